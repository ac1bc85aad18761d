using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>A client who hired a freelancer through the api: the two of them, the job and the contract.</summary>
public sealed record Hire(SignedInUser Client, SignedInUser Freelancer, string JobId, string ContractId);

/// <summary>Offers and contracts through the api, as frontends drive them: hiring, milestones, logging time, invoices, pausing and ending.</summary>
public static class ContractRequests
{
    /// <summary>What the tests read of a contract: its state, this week's time, its invoices and its money.</summary>
    public const string ContractSelection = """
        id kind offerStatus status endedAt hourlyRate weeklyLimitHours minutesThisWeek timeThisWeek { date minutes memo }
        milestones { number amount status }
        invoices { week weekStart minutes amount status reviewEndsAt paidAt } escrow paid freelancerEarned fees refunded
        """;

    public const string MakeOfferMutation = $$"""
        mutation ($input: MakeOfferInput!) { makeOffer(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string AcceptOfferMutation = $$"""
        mutation ($input: ContractActionInput!) { acceptOffer(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string FundMilestoneMutation = $$"""
        mutation ($input: FundMilestoneInput!) { fundMilestone(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string SubmitWorkMutation = $$"""
        mutation ($input: SubmitWorkInput!) { submitWork(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string ApproveMilestoneMutation = $$"""
        mutation ($input: MilestoneActionInput!) { approveMilestone(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string RequestChangesMutation = $$"""
        mutation ($input: RequestChangesInput!) { requestChanges(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string LogTimeMutation = $$"""
        mutation ($input: LogTimeInput!) { logTime(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string ApproveInvoiceMutation = $$"""
        mutation ($input: ApproveInvoiceInput!) { approveInvoice(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string PauseContractMutation = $$"""
        mutation ($input: ContractActionInput!) { pauseContract(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string ResumeContractMutation = $$"""
        mutation ($input: ContractActionInput!) { resumeContract(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string EndContractMutation = $$"""
        mutation ($input: ContractActionInput!) { endContract(input: $input) { contract { {{ContractSelection}} } errors { code message field } } }
        """;

    public const string ContractQuery = $$"""
        query ($id: ID!) { contract(id: $id) { {{ContractSelection}} } }
        """;

    /// <summary>
    /// A client with <paramref name="deposit"/> in their wallet posts an hourly job, a freelancer bids
    /// <paramref name="hourlyRate"/>, the client offers that rate with a weekly limit, and the freelancer accepts.
    /// </summary>
    public static async Task<Hire> HireHourlyAsync(this MarketplaceServer server, string hourlyRate, int weeklyLimitHours, string deposit)
    {
        var client = await server.SignUpFundedClientAsync("Acme", deposit);
        var freelancer = await server.SignUpAsync("FREELANCER", "Ada");
        var jobId = await server.PostJobAsync(client, JobRequests.HourlyJob());
        var proposalId = await server.SubmitHourlyProposalAsync(freelancer, jobId, hourlyRate);
        var offered = Accepted(await server.MakeHourlyOfferAsync(client, proposalId, hourlyRate, weeklyLimitHours));
        var contractId = offered.GetProperty("id").GetString()!;
        var started = Accepted(await server.ContractMutationAsync(AcceptOfferMutation, freelancer, new { contractId }));
        Assert.Equal(("HOURLY", "ACTIVE"), (started.GetProperty("kind").GetString(), started.GetProperty("status").GetString()));
        return new Hire(client, freelancer, jobId, contractId);
    }

    /// <summary>
    /// A client with <paramref name="deposit"/> in their wallet posts a fixed-price job, a freelancer bids the sum of
    /// <paramref name="milestoneAmounts"/>, the client offers those milestones, and the freelancer accepts (nothing funded yet).
    /// </summary>
    public static async Task<Hire> HireFixedAsync(this MarketplaceServer server, string deposit, params string[] milestoneAmounts)
    {
        var client = await server.SignUpFundedClientAsync("Acme", deposit);
        var freelancer = await server.SignUpAsync("FREELANCER", "Ada");
        var jobId = await server.PostJobAsync(client);
        var bid = milestoneAmounts.Sum(amount => decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        var proposal = await server.SubmitProposalAsync(freelancer, jobId, bid.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var proposalId = proposal.GetProperty("proposal").GetProperty("id").GetString()!;
        var offered = Accepted((await server.DataAsync(MakeOfferMutation, new
        {
            input = new
            {
                proposalId,
                title = "Live bidding dashboard",
                kind = "FIXED",
                milestones = milestoneAmounts.Select((amount, i) => new { title = $"Part {i + 1}", amount }).ToArray(),
            },
        }, client.Token)).GetProperty("makeOffer"));
        var contractId = offered.GetProperty("id").GetString()!;
        Accepted(await server.ContractMutationAsync(AcceptOfferMutation, freelancer, new { contractId }));
        return new Hire(client, freelancer, jobId, contractId);
    }

    /// <summary>Signs both parties of <paramref name="hire"/> in again (tokens last 12 hours; the tests move the clock by days).</summary>
    public static async Task<Hire> SignInAgainAsync(this MarketplaceServer server, Hire hire) =>
        hire with { Client = await server.SignInAgainAsync(hire.Client), Freelancer = await server.SignInAgainAsync(hire.Freelancer) };

    /// <summary>makeOffer's payload for an hourly offer.</summary>
    public static async Task<JsonElement> MakeHourlyOfferAsync(
        this MarketplaceServer server, SignedInUser client, string proposalId, string hourlyRate, int weeklyLimitHours) =>
        (await server.DataAsync(MakeOfferMutation, new
        {
            input = new { proposalId, title = "GraphQL api maintenance", kind = "HOURLY", hourlyRate, weeklyLimitHours },
        }, client.Token)).GetProperty("makeOffer");

    /// <summary>fundMilestone's payload.</summary>
    public static Task<JsonElement> FundMilestoneAsync(this MarketplaceServer server, SignedInUser client, string contractId, int milestone, string idempotencyKey) =>
        server.ContractMutationAsync(FundMilestoneMutation, client, new { contractId, milestone, idempotencyKey });

    /// <summary>submitWork's payload.</summary>
    public static Task<JsonElement> SubmitWorkAsync(this MarketplaceServer server, SignedInUser freelancer, string contractId, int milestone) =>
        server.ContractMutationAsync(SubmitWorkMutation, freelancer, new { contractId, milestone, note = "Done: the demo link is in our chat." });

    /// <summary>approveMilestone's payload.</summary>
    public static Task<JsonElement> ApproveMilestoneAsync(this MarketplaceServer server, SignedInUser client, string contractId, int milestone) =>
        server.ContractMutationAsync(ApproveMilestoneMutation, client, new { contractId, milestone });

    /// <summary>logTime's payload; without a <paramref name="memo"/> the input leaves it out (the schema's default).</summary>
    public static Task<JsonElement> LogTimeAsync(this MarketplaceServer server, SignedInUser freelancer, string contractId, string date, int minutes, string? memo) =>
        memo is null
            ? server.ContractMutationAsync(LogTimeMutation, freelancer, new { contractId, date, minutes })
            : server.ContractMutationAsync(LogTimeMutation, freelancer, new { contractId, date, minutes, memo });

    /// <summary>approveInvoice's payload.</summary>
    public static Task<JsonElement> ApproveInvoiceAsync(this MarketplaceServer server, SignedInUser client, string contractId, string week) =>
        server.ContractMutationAsync(ApproveInvoiceMutation, client, new { contractId, week });

    /// <summary>pauseContract's payload.</summary>
    public static Task<JsonElement> PauseContractAsync(this MarketplaceServer server, SignedInUser caller, string contractId) =>
        server.ContractMutationAsync(PauseContractMutation, caller, new { contractId });

    /// <summary>resumeContract's payload.</summary>
    public static Task<JsonElement> ResumeContractAsync(this MarketplaceServer server, SignedInUser caller, string contractId) =>
        server.ContractMutationAsync(ResumeContractMutation, caller, new { contractId });

    /// <summary>endContract's payload.</summary>
    public static Task<JsonElement> EndContractAsync(this MarketplaceServer server, SignedInUser caller, string contractId) =>
        server.ContractMutationAsync(EndContractMutation, caller, new { contractId });

    /// <summary>The payload of one of the contract mutations above, run by <paramref name="caller"/> with <paramref name="input"/>.</summary>
    public static async Task<JsonElement> ContractMutationAsync(this MarketplaceServer server, string mutation, SignedInUser caller, object input) =>
        (await server.DataAsync(mutation, new { input }, caller.Token)).EnumerateObject().Single().Value;

    /// <summary>contract(id:) as <paramref name="viewer"/> sees it (JSON null when they may not).</summary>
    public static async Task<JsonElement> ContractAsync(this MarketplaceServer server, SignedInUser viewer, string contractId) =>
        (await server.DataAsync(ContractQuery, new { id = contractId }, viewer.Token)).GetProperty("contract");

    /// <summary>The contract once <paramref name="until"/> holds: for what reminders do after the clock moved.</summary>
    public static Task<JsonElement> ContractOnceAsync(this MarketplaceServer server, SignedInUser viewer, string contractId, Func<JsonElement, bool> until) =>
        Eventually.ReadAsync(() => server.ContractAsync(viewer, contractId), until);

    /// <summary>The contract of a payload that must have no errors.</summary>
    public static JsonElement Accepted(JsonElement payload)
    {
        Assert.Equal("[]", payload.GetProperty("errors").GetRawText());
        return payload.GetProperty("contract");
    }

    /// <summary>The single error of a refused payload, which must carry no contract.</summary>
    public static JsonElement Refused(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("contract").ValueKind);
        return Assert.Single(payload.GetProperty("errors").EnumerateArray());
    }
}
