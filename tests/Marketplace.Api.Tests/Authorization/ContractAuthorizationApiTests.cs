using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Authorization;

/// <summary>
/// Every mutation of a running contract — time, invoices, pausing, resuming, ending, and the milestones' submit, approve
/// and request changes — tried by every kind of caller that may not: anonymous callers are UNAUTHENTICATED, the wrong
/// role is FORBIDDEN before any grain is asked, the other side's peers (another client, another freelancer) are
/// FORBIDDEN by the contract — and the rightful caller still can afterwards, because nothing changed.
/// </summary>
public sealed class ContractAuthorizationApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Each_hourly_contract_mutation_refuses_everyone_but_its_rightful_caller_and_the_rightful_caller_still_can()
    {
        var hire = await _server.HireHourlyAsync("40.00", weeklyLimitHours: 10, deposit: "500.00");
        var otherClient = await _server.SignUpFundedClientAsync("Globex", "500.00");
        var otherFreelancer = await _server.SignUpAsync("FREELANCER", "Grace");
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 60, "Triage"));
        _server.AdvanceClockTo(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));
        hire = await _server.SignInAgainAsync(hire);
        otherClient = await _server.SignInAgainAsync(otherClient);
        otherFreelancer = await _server.SignInAgainAsync(otherFreelancer);
        var before = await _server.ContractOnceAsync(hire.Client, hire.ContractId, c => c.GetProperty("invoices").GetArrayLength() == 1);

        var contractId = hire.ContractId;
        (string Mutation, object Variables)[] freelancerMutations =
        [
            (ContractRequests.LogTimeMutation, new { input = new { contractId, date = "2026-03-09", minutes = 30, memo = "Reviews" } }),
        ];
        (string Mutation, object Variables)[] clientMutations =
        [
            (ContractRequests.ApproveInvoiceMutation, new { input = new { contractId, week = "2026-W10" } }),
            (ContractRequests.PauseContractMutation, new { input = new { contractId } }),
            (ContractRequests.ResumeContractMutation, new { input = new { contractId } }),
        ];
        var (endMutation, endVariables) = (ContractRequests.EndContractMutation, new { input = new { contractId } });

        var matrix = new RefusalMatrix(_server);
        foreach (var (mutation, variables) in freelancerMutations)
        {
            await matrix.ExpectAsync(mutation, variables, null, "UNAUTHENTICATED");
            await matrix.ExpectAsync(mutation, variables, hire.Client, "FORBIDDEN");
            await matrix.ExpectAsync(mutation, variables, otherFreelancer, "FORBIDDEN");
        }

        foreach (var (mutation, variables) in clientMutations)
        {
            await matrix.ExpectAsync(mutation, variables, null, "UNAUTHENTICATED");
            await matrix.ExpectAsync(mutation, variables, hire.Freelancer, "FORBIDDEN");
            await matrix.ExpectAsync(mutation, variables, otherClient, "FORBIDDEN");
        }

        // Either party may end a contract; nobody else may.
        await matrix.ExpectAsync(endMutation, endVariables, null, "UNAUTHENTICATED");
        await matrix.ExpectAsync(endMutation, endVariables, otherClient, "FORBIDDEN");
        await matrix.ExpectAsync(endMutation, endVariables, otherFreelancer, "FORBIDDEN");
        matrix.AssertEveryoneRefused();

        // Nothing changed: not the contract, not a wallet; outsiders still see nothing of it.
        Assert.Equal(before.GetRawText(), (await _server.ContractAsync(hire.Freelancer, contractId)).GetRawText());
        Assert.Equal(("500", "0", "500"),
            (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer), await _server.BalanceAsync(otherClient)));
        Assert.Equal(JsonValueKind.Null, (await _server.ContractAsync(otherClient, contractId)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await _server.ContractAsync(otherFreelancer, contractId)).ValueKind);

        // The rightful callers, in an order each state allows: log, approve ($40 less 10%), pause, resume, end.
        Assert.Equal(30, ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, contractId, "2026-03-09", 30, "Reviews"))
            .GetProperty("minutesThisWeek").GetInt32());
        Assert.Equal("PAID", ContractRequests.Accepted(await _server.ApproveInvoiceAsync(hire.Client, contractId, "2026-W10"))
            .GetProperty("invoices")[0].GetProperty("status").GetString());
        Assert.Equal(("460", "36"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
        Assert.Equal("PAUSED", ContractRequests.Accepted(await _server.PauseContractAsync(hire.Client, contractId)).GetProperty("status").GetString());
        Assert.Equal("ACTIVE", ContractRequests.Accepted(await _server.ResumeContractAsync(hire.Client, contractId)).GetProperty("status").GetString());
        Assert.Equal("ENDED", ContractRequests.Accepted(await _server.EndContractAsync(hire.Freelancer, contractId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Each_milestone_mutation_refuses_everyone_but_its_rightful_caller_and_the_rightful_caller_still_can()
    {
        var hire = await _server.HireFixedAsync("500.00", "300.00", "200.00");
        var otherClient = await _server.SignUpFundedClientAsync("Globex", "500.00");
        var otherFreelancer = await _server.SignUpAsync("FREELANCER", "Grace");
        ContractRequests.Accepted(await _server.FundMilestoneAsync(hire.Client, hire.ContractId, 1, "fund-1"));
        var contractId = hire.ContractId;
        var (submitMutation, submitVariables) = (ContractRequests.SubmitWorkMutation, new { input = new { contractId, milestone = 1, note = "Done" } });
        (string Mutation, object Variables)[] clientMutations =
        [
            (ContractRequests.ApproveMilestoneMutation, new { input = new { contractId, milestone = 1 } }),
            (ContractRequests.RequestChangesMutation, new { input = new { contractId, milestone = 1, note = "Please add filters." } }),
        ];

        // Submitting is the freelancer's; approving and asking for changes need submitted work, so they are tried after it.
        var matrix = new RefusalMatrix(_server);
        await matrix.ExpectAsync(submitMutation, submitVariables, null, "UNAUTHENTICATED");
        await matrix.ExpectAsync(submitMutation, submitVariables, hire.Client, "FORBIDDEN");
        await matrix.ExpectAsync(submitMutation, submitVariables, otherFreelancer, "FORBIDDEN");
        var funded = await _server.ContractAsync(hire.Client, contractId);
        Assert.Equal("FUNDED", funded.GetProperty("milestones")[0].GetProperty("status").GetString());
        ContractRequests.Accepted(await _server.SubmitWorkAsync(hire.Freelancer, contractId, 1));

        var submitted = await _server.ContractAsync(hire.Client, contractId);
        foreach (var (mutation, variables) in clientMutations)
        {
            await matrix.ExpectAsync(mutation, variables, null, "UNAUTHENTICATED");
            await matrix.ExpectAsync(mutation, variables, hire.Freelancer, "FORBIDDEN");
            await matrix.ExpectAsync(mutation, variables, otherClient, "FORBIDDEN");
        }

        matrix.AssertEveryoneRefused();
        Assert.Equal(submitted.GetRawText(), (await _server.ContractAsync(hire.Freelancer, contractId)).GetRawText());
        Assert.Equal(("200", "0", "500"),
            (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer), await _server.BalanceAsync(otherClient)));

        // The client asks for changes, the freelancer submits again, the client approves: $270 to her, $30 in fees.
        Assert.Equal("FUNDED", await MilestoneStatusAsync(hire.Client, clientMutations[1]));
        ContractRequests.Accepted(await _server.SubmitWorkAsync(hire.Freelancer, contractId, 1));
        Assert.Equal("RELEASED", await MilestoneStatusAsync(hire.Client, clientMutations[0]));
        Assert.Equal(("200", "270"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
    }

    private async Task<string?> MilestoneStatusAsync(SignedInUser caller, (string Mutation, object Variables) request)
    {
        var payload = (await _server.DataAsync(request.Mutation, request.Variables, caller.Token)).EnumerateObject().Single().Value;
        return ContractRequests.Accepted(payload).GetProperty("milestones")[0].GetProperty("status").GetString();
    }
}
