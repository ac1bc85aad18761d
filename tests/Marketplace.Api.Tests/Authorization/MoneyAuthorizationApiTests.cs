using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Authorization;

/// <summary>
/// The ledger as the api exposes it — deposit, withdraw, a user's balance and a contract's escrow — tried by every kind
/// of caller that may not: anonymous callers are UNAUTHENTICATED, the wrong role is FORBIDDEN, and another client or
/// freelancer reaches only their own money (no input names an account; idempotency keys are the caller's own) and sees
/// nobody else's balance or escrow — while the rightful callers still can afterwards.
/// </summary>
public sealed class MoneyAuthorizationApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string UserBalanceQuery = "query ($id: ID!) { node(id: $id) { id ... on User { balance } } }";

    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Money_moves_and_balances_are_refused_to_everyone_but_their_owner_and_the_owner_still_can()
    {
        // The client funds two milestones ($100 and $50) and approves the first: $90 is the freelancer's, $50 stays in escrow.
        var hire = await _server.HireFixedAsync("500.00", "100.00", "50.00");
        var (owner, earner, contractId) = (hire.Client, hire.Freelancer, hire.ContractId);
        ContractRequests.Accepted(await _server.FundMilestoneAsync(owner, contractId, 1, "fund-1"));
        ContractRequests.Accepted(await _server.FundMilestoneAsync(owner, contractId, 2, "fund-2"));
        ContractRequests.Accepted(await _server.SubmitWorkAsync(earner, contractId, 1));
        ContractRequests.Accepted(await _server.ApproveMilestoneAsync(owner, contractId, 1));
        var otherClient = await _server.SignUpFundedClientAsync("Globex", "10.00");
        var otherFreelancer = await _server.SignUpAsync("FREELANCER", "Grace");
        Assert.Equal("375", (await _server.DepositAsync(owner, "25.00", "top-up")).GetProperty("balance").GetString());
        Assert.Equal("50", (await _server.WithdrawAsync(earner, "40.00", "payout")).GetProperty("balance").GetString());

        var deposit = new { input = new { amount = "25.00", idempotencyKey = "top-up-2" } };
        var withdrawal = new { input = new { amount = "10.00", idempotencyKey = "payout-2" } };
        var matrix = new RefusalMatrix(_server);
        await matrix.ExpectAsync(MoneyRequests.DepositMutation, deposit, null, "UNAUTHENTICATED");
        await matrix.ExpectAsync(MoneyRequests.DepositMutation, deposit, earner, "FORBIDDEN");
        await matrix.ExpectAsync(MoneyRequests.DepositMutation, deposit, otherFreelancer, "FORBIDDEN");
        await matrix.ExpectAsync(MoneyRequests.WithdrawMutation, withdrawal, null, "UNAUTHENTICATED");
        await matrix.ExpectAsync(MoneyRequests.WithdrawMutation, withdrawal, owner, "FORBIDDEN");
        await matrix.ExpectAsync(MoneyRequests.WithdrawMutation, withdrawal, otherClient, "FORBIDDEN");
        // Another freelancer repeating the earner's payout key withdraws from his own (empty) balance, not hers.
        await matrix.ExpectAsync(MoneyRequests.WithdrawMutation, new { input = new { amount = "40.00", idempotencyKey = "payout" } }, otherFreelancer, "INSUFFICIENT_FUNDS");
        matrix.AssertEveryoneRefused();

        // Another client repeating the owner's deposit key deposits into their own wallet: not a replay of the owner's.
        Assert.Equal("35", (await _server.DepositAsync(otherClient, "25.00", "top-up")).GetProperty("balance").GetString());

        // Nobody reads another user's balance or a contract's escrow but its parties: node(id:) and contract(id:) answer null.
        Assert.Equal(JsonValueKind.Null, (await _server.DataAsync(MoneyRequests.BalanceQuery)).GetProperty("me").ValueKind);
        foreach (var (user, outsiders) in new[] { (owner, new[] { null, otherClient, earner }), (earner, new[] { null, otherFreelancer, owner }) })
        {
            foreach (var outsider in outsiders)
            {
                var seen = await _server.DataAsync(UserBalanceQuery, new { id = user.Id }, outsider?.Token);
                Assert.True(seen.GetProperty("node").ValueKind == JsonValueKind.Null, $"{outsider?.Email ?? "anonymous"} read {user.Email}'s balance");
            }
        }

        foreach (var outsider in new[] { otherClient, otherFreelancer })
        {
            Assert.Equal(JsonValueKind.Null, (await _server.ContractAsync(outsider, contractId)).ValueKind);
        }

        // Nothing moved; the owners see their own money and still move it.
        Assert.Equal("375", (await _server.DataAsync(UserBalanceQuery, new { id = owner.Id }, owner.Token)).GetProperty("node").GetProperty("balance").GetString());
        Assert.Equal("50", (await _server.ContractAsync(earner, contractId)).GetProperty("escrow").GetString());
        Assert.Equal(("375", "50", "35", "0"), (await _server.BalanceAsync(owner), await _server.BalanceAsync(earner),
            await _server.BalanceAsync(otherClient), await _server.BalanceAsync(otherFreelancer)));
        Assert.Equal("400", (await _server.DepositAsync(owner, "25.00", "top-up-2")).GetProperty("balance").GetString());
        Assert.Equal("40", (await _server.WithdrawAsync(earner, "10.00", "payout-2")).GetProperty("balance").GetString());
    }
}
