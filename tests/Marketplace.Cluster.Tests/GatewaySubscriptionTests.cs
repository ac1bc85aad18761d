using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Cluster.Tests;

/// <summary>
/// The GraphQL gateway as its own process, a cluster client of two silo processes: it serves queries and mutations
/// by calling grains on the silos, and a subscription it holds receives the events grains on the silos raise (they
/// reach it through PostgreSQL's notifications), in order, for bids sent through the gateway and straight to a silo.
/// </summary>
public sealed class GatewaySubscriptionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string SignUp = """
        mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } errors { code message } } }
        """;

    private const string PostJob = """
        mutation ($input: PostJobInput!) { postJob(input: $input) { job { id } errors { code message } } }
        """;

    private const string SubmitProposal = """
        mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id } errors { code message } } }
        """;

    private const string Activity = """
        subscription ($jobId: ID!) { jobActivity(jobId: $jobId) { kind sequence proposal { id } bidStats { count } } }
        """;

    [Fact]
    public async Task A_subscription_held_by_the_gateway_receives_the_bids_grains_on_the_silos_record()
    {
        await using var bed = await MarketplaceClusterBed.StartAsync(database, silos: 2);
        var client = await SignUpAsync(bed.GraphQL, "CLIENT");
        var job = (await bed.GraphQL.MutateAsync(PostJob, "postJob", new
        {
            input = new
            {
                title = "Port a GraphQL resolver to the cluster",
                description = "A small fixed-price task: move one resolver of ours onto a cluster client and keep its tests green.",
                type = "FIXED",
                budget = "40.00",
                skills = new[] { "GraphQL" },
                experienceLevel = "ENTRY",
                duration = "LESS_THAN_ONE_MONTH",
            },
        }, client)).GetProperty("job").GetProperty("id").GetString()!;

        await using var socket = await GraphQLSocket.ConnectAsync(bed.Gateway.GraphQL, client);
        var activity = await socket.SubscribeAsync(Activity, new { jobId = job });
        await Task.Delay(TimeSpan.FromSeconds(1)); // the subscription reads the job's stream from its current end

        // Three bids: two through the gateway, one straight to a silo's own GraphQL endpoint.
        using var silo = new GraphQLClient(bed.Silos[0].GraphQL);
        var proposals = new List<string>();
        foreach (var through in new[] { bed.GraphQL, silo, bed.GraphQL })
        {
            var freelancer = await SignUpAsync(bed.GraphQL, "FREELANCER");
            var payload = await through.MutateAsync(SubmitProposal, "submitProposal", new
            {
                input = new { jobId = job, amount = "35.00", coverLetter = "I have moved resolvers onto cluster clients before; I can start today.", estimatedDuration = "LESS_THAN_ONE_MONTH" },
            }, freelancer);
            proposals.Add(payload.GetProperty("proposal").GetProperty("id").GetString()!);
        }

        var seen = new List<(long Sequence, string Proposal, int Count)>();
        while (seen.Count < 3)
        {
            var message = await GraphQLSocket.NextAsync(activity, TimeSpan.FromSeconds(20));
            Assert.True(message.GetProperty("type").GetString() == "next", $"{message}\n{bed.Output}");
            var item = message.GetProperty("payload").GetProperty("data").GetProperty("jobActivity");
            if (item.GetProperty("kind").GetString() == "PROPOSAL_SUBMITTED")
            {
                seen.Add((item.GetProperty("sequence").GetInt64(), item.GetProperty("proposal").GetProperty("id").GetString()!, item.GetProperty("bidStats").GetProperty("count").GetInt32()));
            }
        }

        Assert.Equal(proposals, seen.Select(s => s.Proposal));
        Assert.Equal([1, 2, 3], seen.Select(s => s.Count));
        Assert.Equal(seen.Select(s => s.Sequence).Order(), seen.Select(s => s.Sequence));
    }

    private static async Task<string> SignUpAsync(GraphQLClient graphQL, string role)
    {
        var payload = await graphQL.MutateAsync(SignUp, "signUp", new
        {
            input = new { email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@cluster.example", password = "correct horse battery", displayName = $"A {role.ToLowerInvariant()}", role },
        });
        return payload.GetProperty("token").GetString()!;
    }
}
