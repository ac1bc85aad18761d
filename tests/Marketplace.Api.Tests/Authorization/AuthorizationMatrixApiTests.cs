using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Authorization;

/// <summary>
/// Every job, proposal and offer mutation tried by every kind of caller that may not do it: anonymous callers are
/// UNAUTHENTICATED, the wrong role is FORBIDDEN before any grain is asked, the right role on someone else's job,
/// proposal or offer is FORBIDDEN by the grain — and the rightful caller still can afterwards, so nothing changed.
/// </summary>
public sealed class AuthorizationMatrixApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Each_mutation_refuses_everyone_but_its_rightful_caller_and_the_rightful_caller_still_can()
    {
        var owner = await _server.SignUpAsync("CLIENT", "Acme");
        var otherClient = await _server.SignUpAsync("CLIENT", "Globex");
        var bidder = await _server.SignUpAsync("FREELANCER", "Ada");
        var otherFreelancer = await _server.SignUpAsync("FREELANCER", "Grace");
        var otherFreelancerProfile = (await _server.DataAsync("{ me { freelancer { id } } }", token: otherFreelancer.Token))
            .GetProperty("me").GetProperty("freelancer").GetProperty("id").GetString();
        var jobId = await _server.PostJobAsync(owner);
        var proposalId = (await _server.SubmitProposalAsync(bidder, jobId, "500.00")).GetProperty("proposal").GetProperty("id").GetString()!;
        var offer = await _server.DataAsync(
            $$"""mutation { makeOffer(input: { proposalId: "{{proposalId}}", title: "Dashboard", kind: FIXED, milestones: [{ title: "All", amount: "500.00" }] }) { contract { id } errors { code } } }""",
            token: owner.Token);
        var contractId = offer.GetProperty("makeOffer").GetProperty("contract").GetProperty("id").GetString()!;

        string[] clientMutations =
        [
            $$"""mutation { editJob(input: { jobId: "{{jobId}}", post: { title: "Changed title", description: "A changed description of the work to do here.", type: FIXED, budget: "900.00", skills: ["React"], experienceLevel: ENTRY, duration: LESS_THAN_ONE_MONTH, screeningQuestions: ["Which similar dashboards have you built?"] } }) { errors { code } } }""",
            $$"""mutation { closeJob(input: { jobId: "{{jobId}}" }) { errors { code } } }""",
            $$"""mutation { inviteFreelancer(input: { jobId: "{{jobId}}", freelancerId: "{{otherFreelancerProfile}}" }) { errors { code } } }""",
            $$"""mutation { shortlistProposal(input: { proposalId: "{{proposalId}}" }) { errors { code } } }""",
            $$"""mutation { archiveProposal(input: { proposalId: "{{proposalId}}" }) { errors { code } } }""",
            $$"""mutation { declineProposal(input: { proposalId: "{{proposalId}}" }) { errors { code } } }""",
            $$"""mutation { makeOffer(input: { proposalId: "{{proposalId}}", title: "x", kind: FIXED, milestones: [{ title: "All", amount: "500.00" }] }) { errors { code } } }""",
            $$"""mutation { withdrawOffer(input: { contractId: "{{contractId}}" }) { errors { code } } }""",
            $$"""mutation { fundMilestone(input: { contractId: "{{contractId}}", milestone: 1, idempotencyKey: "k" }) { errors { code } } }""",
        ];
        string[] freelancerMutations =
        [
            $$"""mutation { reviseProposal(input: { proposalId: "{{proposalId}}", amount: "450.00" }) { errors { code } } }""",
            $$"""mutation { withdrawProposal(input: { proposalId: "{{proposalId}}" }) { errors { code } } }""",
            $$"""mutation { acceptOffer(input: { contractId: "{{contractId}}" }) { errors { code } } }""",
            $$"""mutation { declineOffer(input: { contractId: "{{contractId}}" }) { errors { code } } }""",
        ];

        var matrix = new RefusalMatrix(_server);
        foreach (var mutation in clientMutations)
        {
            await matrix.ExpectAsync(mutation, null, null, "UNAUTHENTICATED");
            await matrix.ExpectAsync(mutation, null, bidder, "FORBIDDEN");
            await matrix.ExpectAsync(mutation, null, otherClient, "FORBIDDEN");
        }

        foreach (var mutation in freelancerMutations)
        {
            await matrix.ExpectAsync(mutation, null, null, "UNAUTHENTICATED");
            await matrix.ExpectAsync(mutation, null, owner, "FORBIDDEN");
            await matrix.ExpectAsync(mutation, null, otherFreelancer, "FORBIDDEN");
        }

        matrix.AssertEveryoneRefused();

        // Nothing changed: the rightful callers act now, and the outsiders still see nothing of the offer or the proposal.
        Assert.Equal("OK", RefusalMatrix.Outcome(await _server.PostAsync(freelancerMutations[0], token: bidder.Token)));
        Assert.Equal("OK", RefusalMatrix.Outcome(await _server.PostAsync(clientMutations[3], token: owner.Token)));
        Assert.Equal("OK", RefusalMatrix.Outcome(await _server.PostAsync(freelancerMutations[2], token: bidder.Token)));
        foreach (var outsider in new[] { otherClient, otherFreelancer })
        {
            var seen = await _server.DataAsync($$"""{ contract(id: "{{contractId}}") { id } node(id: "{{proposalId}}") { id } }""", token: outsider.Token);
            Assert.Equal(JsonValueKind.Null, seen.GetProperty("contract").ValueKind);
            Assert.Equal(JsonValueKind.Null, seen.GetProperty("node").ValueKind);
        }
    }
}
