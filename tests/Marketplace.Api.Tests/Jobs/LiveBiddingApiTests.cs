using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Jobs;

/// <summary>Jobs, proposals and live bidding over real HTTP and graphql-transport-ws against a silo on PostgreSQL.</summary>
public sealed class LiveBiddingApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string JobActivity = """
        subscription ($jobId: ID!) { jobActivity(jobId: $jobId) { kind sequence proposal { id amount freelancer { displayName } } bidStats { count low average high } } }
        """;

    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_client_sees_every_bid_live_and_in_order_and_a_freelancer_sees_only_their_own()
    {
        var client = await _server.SignUpAsync("CLIENT", "Acme");
        var ada = await _server.SignUpAsync("FREELANCER", "Ada");
        var grace = await _server.SignUpAsync("FREELANCER", "Grace");
        var jobId = await _server.PostJobAsync(client);
        await using var clientSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, client.Token);
        await using var adaSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, ada.Token);
        var clientFeed = await clientSocket.SubscribeAsync(JobActivity, new { jobId });
        var adaFeed = await adaSocket.SubscribeAsync(JobActivity, new { jobId });
        await Task.Delay(200); // both subscriptions read from the stream's end: let them start before bidding

        var first = await _server.SubmitProposalAsync(ada, jobId, "750.00");
        var second = await _server.SubmitProposalAsync(grace, jobId, "700.50");

        var seenByClient = new[] { await GraphQLSocket.NextAsync(clientFeed), await GraphQLSocket.NextAsync(clientFeed) }.Select(Activity).ToArray();
        var seenByAda = new[] { await GraphQLSocket.NextAsync(adaFeed), await GraphQLSocket.NextAsync(adaFeed) }.Select(Activity).ToArray();
        Assert.Equal("[]", first.GetProperty("errors").GetRawText());
        Assert.Equal("[]", second.GetProperty("errors").GetRawText());
        Assert.Equal(["PROPOSAL_SUBMITTED", "PROPOSAL_SUBMITTED"], seenByClient.Select(a => a.GetProperty("kind").GetString()));
        Assert.True(seenByClient[0].GetProperty("sequence").GetInt64() < seenByClient[1].GetProperty("sequence").GetInt64());
        Assert.Equal(["Ada", "Grace"], seenByClient.Select(a => a.GetProperty("proposal").GetProperty("freelancer").GetProperty("displayName").GetString()));
        Assert.Equal("""{"count":2,"low":"700.5","average":"725.25","high":"750"}""", seenByClient[1].GetProperty("bidStats").GetRawText());
        Assert.Equal("750", seenByAda[0].GetProperty("proposal").GetProperty("amount").GetString());
        Assert.Equal(JsonValueKind.Null, seenByAda[1].GetProperty("proposal").ValueKind);
        Assert.Equal(2, seenByAda[1].GetProperty("bidStats").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Connects_are_spent_per_proposal_and_the_job_lists_proposals_by_viewer()
    {
        var client = await _server.SignUpAsync("CLIENT");
        var ada = await _server.SignUpAsync("FREELANCER");
        var grace = await _server.SignUpAsync("FREELANCER");
        var jobId = await _server.PostJobAsync(client);
        await _server.SubmitProposalAsync(ada, jobId, "500.00");
        await _server.SubmitProposalAsync(grace, jobId, "450.00");
        const string Proposals = "query ($id: ID!) { job(id: $id) { connectsCost proposals { edges { node { amount connectsSpent } } } } }";

        var byClient = (await _server.DataAsync(Proposals, new { id = jobId }, client.Token)).GetProperty("job");
        var byAda = (await _server.DataAsync(Proposals, new { id = jobId }, ada.Token)).GetProperty("job");
        var anonymous = (await _server.DataAsync(Proposals, new { id = jobId })).GetProperty("job");

        Assert.Equal(2, byClient.GetProperty("proposals").GetProperty("edges").GetArrayLength());
        Assert.Equal(["500"], byAda.GetProperty("proposals").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("amount").GetString()));
        Assert.Equal(byClient.GetProperty("connectsCost").GetInt32(), byAda.GetProperty("proposals").GetProperty("edges")[0].GetProperty("node").GetProperty("connectsSpent").GetInt32());
        Assert.Equal(0, anonymous.GetProperty("proposals").GetProperty("edges").GetArrayLength());
        var badCursor = await _server.PostAsync("query ($id: ID!) { job(id: $id) { proposals(after: \"not-a-cursor\") { edges { cursor } } } }", new { id = jobId }, client.Token);
        Assert.Equal("INVALID_INPUT", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_job_and_proposal_input_is_refused_with_codes_and_changes_nothing()
    {
        var client = await _server.SignUpAsync("CLIENT");
        var ada = await _server.SignUpAsync("FREELANCER");

        var tooSmall = (await _server.DataAsync(JobRequests.PostJobMutation, new { input = JobRequests.FixedJob(budget: "4.99") }, client.Token)).GetProperty("postJob");
        var fraction = (await _server.DataAsync(JobRequests.PostJobMutation, new { input = JobRequests.FixedJob(budget: "10.005") }, client.Token)).GetProperty("postJob");
        var byFreelancer = await _server.PostAsync(JobRequests.PostJobMutation, new { input = JobRequests.FixedJob() }, ada.Token);
        var wrongType = await _server.PostAsync(JobRequests.PostJobMutation, new { input = new { title = 5 } }, client.Token);
        var jobId = await _server.PostJobAsync(client);
        var negative = await _server.SubmitProposalAsync(ada, jobId, "-5.00");
        var once = await _server.SubmitProposalAsync(ada, jobId, "600.00");
        var twice = await _server.SubmitProposalAsync(ada, jobId, "650.00");
        var stats = (await _server.DataAsync("query ($id: ID!) { job(id: $id) { bidStats { count low } } }", new { id = jobId })).GetProperty("job").GetProperty("bidStats");

        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(tooSmall));
        Assert.Equal("[\"input\",\"budget\"]", tooSmall.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(fraction));
        Assert.Equal("FORBIDDEN", byFreelancer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(wrongType.TryGetProperty("data", out _));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(negative));
        Assert.Equal("[]", once.GetProperty("errors").GetRawText());
        Assert.Equal(["ALREADY_EXISTS"], Users.ErrorCodes(twice));
        Assert.Equal("""{"count":1,"low":"600"}""", stats.GetRawText());
    }

    [Fact]
    public async Task Clients_act_only_on_their_own_jobs_and_freelancers_only_on_their_own_proposals()
    {
        var owner = await _server.SignUpAsync("CLIENT");
        var otherClient = await _server.SignUpAsync("CLIENT");
        var ada = await _server.SignUpAsync("FREELANCER");
        var grace = await _server.SignUpAsync("FREELANCER");
        var jobId = await _server.PostJobAsync(owner);
        var proposalId = (await _server.SubmitProposalAsync(ada, jobId, "500.00")).GetProperty("proposal").GetProperty("id").GetString();

        var close = (await _server.DataAsync("mutation ($id: ID!) { closeJob(input: { jobId: $id }) { errors { code } } }", new { id = jobId }, otherClient.Token)).GetProperty("closeJob");
        var decline = (await _server.DataAsync("mutation ($id: ID!) { declineProposal(input: { proposalId: $id }) { errors { code } } }", new { id = proposalId }, otherClient.Token)).GetProperty("declineProposal");
        var withdraw = (await _server.DataAsync("mutation ($id: ID!) { withdrawProposal(input: { proposalId: $id }) { errors { code } } }", new { id = proposalId }, grace.Token)).GetProperty("withdrawProposal");
        var shortlistByFreelancer = await _server.PostAsync("mutation ($id: ID!) { shortlistProposal(input: { proposalId: $id }) { errors { code } } }", new { id = proposalId }, ada.Token);
        var otherClientWatching = await _server.PostAsync(JobActivity, new { jobId }, otherClient.Token);
        var shortlist = (await _server.DataAsync("mutation ($id: ID!) { shortlistProposal(input: { proposalId: $id }) { proposal { status } errors { code } } }", new { id = proposalId }, owner.Token)).GetProperty("shortlistProposal");

        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(close));
        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(decline));
        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(withdraw));
        Assert.Equal("FORBIDDEN", shortlistByFreelancer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(otherClientWatching.TryGetProperty("errors", out _));
        Assert.Equal("SHORTLISTED", shortlist.GetProperty("proposal").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Jobs_are_searchable_by_text_skill_and_budget_with_cursor_paging()
    {
        var client = await _server.SignUpAsync("CLIENT");
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var budget in new[] { "100.00", "200.00", "300.00" })
        {
            await _server.PostJobAsync(client, JobRequests.FixedJob(budget: budget, title: $"Dashboard {marker} for {budget}"));
            _server.Clock.Advance(TimeSpan.FromMinutes(1)); // newest first needs distinct posting times
        }

        await _server.PostJobAsync(client, JobRequests.FixedJob(budget: "250.00", title: $"Secret {marker}", visibility: "INVITE_ONLY"));
        const string Search = """
            query ($text: String, $min: Decimal, $after: String) { jobs(filter: { text: $text, skills: ["graphql"], minBudget: $min }, first: 2, after: $after) {
              edges { cursor node { title budget } } pageInfo { hasNextPage endCursor } } }
            """;

        var page1 = await WaitForJobsAsync(Search, marker, 2);
        var page2 = (await _server.DataAsync(Search, new { text = marker, min = "150", after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("jobs");

        Assert.Equal(["300", "200"], page1.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("budget").GetString()));
        Assert.False(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(0, page2.GetProperty("edges").GetArrayLength());
    }

    private static JsonElement Activity(JsonElement message)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        return message.GetProperty("payload").GetProperty("data").GetProperty("jobActivity");
    }

    /// <summary>The job board is an index that converges on the jobs' events: poll until it shows <paramref name="count"/> jobs.</summary>
    private async Task<JsonElement> WaitForJobsAsync(string search, string marker, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var jobs = (await _server.DataAsync(search, new { text = marker, min = "150" })).GetProperty("jobs");
            if (jobs.GetProperty("edges").GetArrayLength() == count || attempt == 100)
            {
                return jobs;
            }

            await Task.Delay(50);
        }
    }
}
