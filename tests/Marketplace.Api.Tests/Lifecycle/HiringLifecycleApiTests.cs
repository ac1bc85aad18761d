using System.Text.Json;
using Actors.Runtime;
using Marketplace.Api.Tests.Harness;
using Marketplace.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Lifecycle;

/// <summary>
/// The whole hiring lifecycle as two frontends drive it, over real HTTP and WebSocket against a silo on PostgreSQL: post,
/// live bids, a message to one bidder, offer with two milestones, funding, submission, one approval and one
/// auto-release after 14 days — with balances, fees and Connects exact to the cent.
/// </summary>
public sealed class HiringLifecycleApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string ContractFields = "id status offerStatus escrow paid freelancerEarned fees milestones { number status amount autoReleaseAt }";

    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task From_posting_to_paid_milestones_every_cent_and_connect_is_where_it_should_be()
    {
        var ledger = _server.Services.GetRequiredService<IGrainFactory>().GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var feesBefore = await ledger.BalanceAsync(LedgerAccount.PlatformFees);
        var client = await _server.SignUpAsync("CLIENT", "Acme");
        var ada = await _server.SignUpAsync("FREELANCER", "Ada");
        var grace = await _server.SignUpAsync("FREELANCER", "Grace");

        // The client verifies a card and deposits $1,000 (a retried deposit with the same key moves the money once).
        await Mutate("mutation { verifyPaymentMethod(input: { cardToken: \"tok_visa_4242\" }) { errors { code } } }", client);
        await Mutate("mutation { deposit(input: { amount: \"1000.00\", idempotencyKey: \"first-deposit\" }) { balance errors { code } } }", client);
        var repeated = await Mutate("mutation { deposit(input: { amount: \"1000.00\", idempotencyKey: \"first-deposit\" }) { balance errors { code } } }", client);
        Assert.Equal("1000", repeated.GetProperty("balance").GetString());

        // Posting, and two live bids the client watches arrive in order.
        var jobId = await _server.PostJobAsync(client);
        await using var clientSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, client.Token);
        var feed = await clientSocket.SubscribeAsync("subscription ($jobId: ID!) { jobActivity(jobId: $jobId) { kind proposal { id amount } } }", new { jobId });
        await Task.Delay(200);
        var adaProposal = (await _server.SubmitProposalAsync(ada, jobId, "500.00")).GetProperty("proposal").GetProperty("id").GetString()!;
        await _server.SubmitProposalAsync(grace, jobId, "480.00");
        var live = new[] { await GraphQLSocket.NextAsync(feed), await GraphQLSocket.NextAsync(feed) }
            .Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("jobActivity").GetProperty("proposal").GetProperty("amount").GetString());
        Assert.Equal(["500", "480"], live);

        // The client messages Ada about her proposal; Ada reads it in the conversation's history and answers.
        var opened = (await _server.DataAsync(ChatRequests.StartMutation, new { proposalId = adaProposal }, client.Token)).GetProperty("startProposalConversation");
        var conversationId = opened.GetProperty("conversation").GetProperty("id").GetString()!;
        await _server.SendAcceptedAsync(client, conversationId, "Your dashboards look great. Can you start on Monday?");
        await _server.SendAcceptedAsync(ada, conversationId, "Yes, Monday works for me.");
        var history = (await _server.DataAsync(
            "query ($id: ID!) { conversation(id: $id) { messages(first: 10) { edges { node { text sentByMe } } } } }", new { id = conversationId }, ada.Token))
            .GetProperty("conversation").GetProperty("messages").GetProperty("edges");
        Assert.Equal(["Yes, Monday works for me.", "Your dashboards look great. Can you start on Monday?"],
            history.EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("text").GetString()));

        // The client offers Ada two milestones ($300 and $200); Ada accepts.
        var offer = await Mutate($$"""
            mutation { makeOffer(input: { proposalId: "{{adaProposal}}", title: "Live bidding dashboard", kind: FIXED,
              milestones: [{ title: "Design and data model", amount: "300.00" }, { title: "Dashboard and tests", amount: "200.00" }] }) {
              contract { {{ContractFields}} } errors { code message } } }
            """, client);
        var contractId = offer.GetProperty("contract").GetProperty("id").GetString()!;
        var accepted = await Mutate($$"""mutation { acceptOffer(input: { contractId: "{{contractId}}" }) { contract { {{ContractFields}} } errors { code } } }""", ada);
        Assert.Equal("ACTIVE", accepted.GetProperty("contract").GetProperty("status").GetString());

        // Accepting opened the contract's conversation, where contact details are allowed.
        var conversations = await Eventually.ReadAsync(
            async () => (await _server.DataAsync("{ me { conversations(first: 10) { edges { node { id kind } } } } }", token: ada.Token))
                .GetProperty("me").GetProperty("conversations").GetProperty("edges"),
            edges => edges.EnumerateArray().Any(edge => edge.GetProperty("node").GetProperty("kind").GetString() == "CONTRACT"));
        var contractConversation = conversations.EnumerateArray().Select(edge => edge.GetProperty("node"))
            .First(node => node.GetProperty("kind").GetString() == "CONTRACT").GetProperty("id").GetString()!;
        await _server.SendAcceptedAsync(ada, contractConversation, "Kick-off call? Reach me at ada@example.com.");

        // Funding both milestones (a retried fund pays once), submitting both, approving the first.
        foreach (var (milestone, key) in new[] { (1, "fund-1"), (1, "fund-1"), (2, "fund-2") })
        {
            await Mutate($$"""mutation { fundMilestone(input: { contractId: "{{contractId}}", milestone: {{milestone}}, idempotencyKey: "{{key}}" }) { errors { code } } }""", client);
        }

        foreach (var milestone in new[] { 1, 2 })
        {
            await Mutate($$"""mutation { submitWork(input: { contractId: "{{contractId}}", milestone: {{milestone}}, note: "Done, see the demo link in our chat." }) { errors { code } } }""", ada);
        }

        var approved = await Mutate($$"""mutation { approveMilestone(input: { contractId: "{{contractId}}", milestone: 1 }) { contract { {{ContractFields}} } errors { code } } }""", client);
        Assert.Equal("200", approved.GetProperty("contract").GetProperty("escrow").GetString());
        Assert.Equal("270", await _server.BalanceAsync(ada));
        Assert.Equal("500", await _server.BalanceAsync(client));

        // Fourteen days without client action release the second milestone.
        _server.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        client = await _server.SignInAgainAsync(client);
        ada = await _server.SignInAgainAsync(ada);
        grace = await _server.SignInAgainAsync(grace);
        var released = await Eventually.ReadAsync(
            async () => (await _server.DataAsync($$"""{ contract(id: "{{contractId}}") { {{ContractFields}} } }""", token: ada.Token)).GetProperty("contract"),
            contract => contract.GetProperty("milestones")[1].GetProperty("status").GetString() == "RELEASED");

        Assert.Equal(["RELEASED", "RELEASED"], released.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("status").GetString()));
        Assert.Equal("0", released.GetProperty("escrow").GetString());
        Assert.Equal("450", released.GetProperty("freelancerEarned").GetString());
        Assert.Equal("50", released.GetProperty("fees").GetString());
        Assert.Equal("450", await _server.BalanceAsync(ada));
        Assert.Equal("500", await _server.BalanceAsync(client));
        Assert.Equal(50_00, await ledger.BalanceAsync(LedgerAccount.PlatformFees) - feesBefore);
        Assert.Equal(0, await ledger.TotalAsync());

        // Connects: the job costs 8 (budget under $5,000); nobody is refunded because the job has a hire, even when it closes.
        await Mutate($$"""mutation { closeJob(input: { jobId: "{{jobId}}" }) { errors { code } } }""", client);
        Assert.Equal(72, (await _server.DataAsync("{ me { connects } }", token: ada.Token)).GetProperty("me").GetProperty("connects").GetInt32());
        Assert.Equal(72, (await _server.DataAsync("{ me { connects } }", token: grace.Token)).GetProperty("me").GetProperty("connects").GetInt32());

        // Ada withdraws $100 of her $450.
        var withdrawn = await Mutate("mutation { withdraw(input: { amount: \"100.00\", idempotencyKey: \"payout-1\" }) { balance errors { code } } }", ada);
        Assert.Equal("350", withdrawn.GetProperty("balance").GetString());
        Assert.Equal(0, await ledger.TotalAsync());
    }

    [Fact]
    public async Task Money_mutations_refuse_bad_amounts_wrong_parties_and_wrong_states_and_change_nothing()
    {
        var client = await _server.SignUpAsync("CLIENT");
        var otherClient = await _server.SignUpAsync("CLIENT");
        var ada = await _server.SignUpAsync("FREELANCER");

        var unverified = await Mutate("mutation { deposit(input: { amount: \"50.00\", idempotencyKey: \"d1\" }) { balance errors { code } } }", client, expectErrors: true);
        await Mutate("mutation { verifyPaymentMethod(input: { cardToken: \"tok_visa_4242\" }) { errors { code } } }", client);
        var negative = await Mutate("mutation { deposit(input: { amount: \"-5.00\", idempotencyKey: \"d2\" }) { balance errors { code field } } }", client, expectErrors: true);
        await Mutate("mutation { deposit(input: { amount: \"100.00\", idempotencyKey: \"d3\" }) { balance errors { code } } }", client);
        var overdraw = await Mutate("mutation { withdraw(input: { amount: \"1.00\", idempotencyKey: \"w1\" }) { balance errors { code } } }", ada, expectErrors: true);

        var jobId = await _server.PostJobAsync(client);
        var proposal = (await _server.SubmitProposalAsync(ada, jobId, "500.00")).GetProperty("proposal").GetProperty("id").GetString()!;
        var foreignOffer = await Mutate($$"""mutation { makeOffer(input: { proposalId: "{{proposal}}", title: "x", kind: FIXED, milestones: [{ title: "All", amount: "500.00" }] }) { errors { code } } }""", otherClient, expectErrors: true);
        var offer = await Mutate($$"""mutation { makeOffer(input: { proposalId: "{{proposal}}", title: "Dashboard", kind: FIXED, milestones: [{ title: "All", amount: "500.00" }] }) { contract { id } errors { code } } }""", client);
        var contractId = offer.GetProperty("contract").GetProperty("id").GetString()!;
        var fundBeforeAccept = await Mutate($$"""mutation { fundMilestone(input: { contractId: "{{contractId}}", milestone: 1, idempotencyKey: "f1" }) { errors { code } } }""", client, expectErrors: true);
        await Mutate($$"""mutation { acceptOffer(input: { contractId: "{{contractId}}" }) { errors { code } } }""", ada);
        var approveBeforeSubmit = await Mutate($$"""mutation { approveMilestone(input: { contractId: "{{contractId}}", milestone: 1 }) { errors { code } } }""", client, expectErrors: true);
        var underfunded = await Mutate($$"""mutation { fundMilestone(input: { contractId: "{{contractId}}", milestone: 1, idempotencyKey: "f2" }) { errors { code } } }""", client, expectErrors: true);
        var foreignContract = await _server.DataAsync($$"""{ contract(id: "{{contractId}}") { id } }""", token: otherClient.Token);

        Assert.Equal(["INVALID_STATE"], Users.ErrorCodes(unverified));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(negative));
        Assert.Equal(["INSUFFICIENT_FUNDS"], Users.ErrorCodes(overdraw));
        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(foreignOffer));
        Assert.Equal(["INVALID_STATE"], Users.ErrorCodes(fundBeforeAccept));
        Assert.Equal(["INVALID_STATE"], Users.ErrorCodes(approveBeforeSubmit));
        Assert.Equal(["INSUFFICIENT_FUNDS"], Users.ErrorCodes(underfunded));
        Assert.Equal(JsonValueKind.Null, foreignContract.GetProperty("contract").ValueKind);
        Assert.Equal("100", await _server.BalanceAsync(client));
        Assert.Equal("0", await _server.BalanceAsync(ada));
    }

    /// <summary>Runs a mutation as <paramref name="user"/>; its payload (the one field of data), which must have no errors unless <paramref name="expectErrors"/>.</summary>
    private async Task<JsonElement> Mutate(string mutation, SignedInUser user, bool expectErrors = false)
    {
        var data = await _server.DataAsync(mutation, token: user.Token);
        var payload = data.EnumerateObject().Single().Value;
        Assert.Equal(expectErrors, payload.GetProperty("errors").GetArrayLength() > 0);
        return payload;
    }
}
