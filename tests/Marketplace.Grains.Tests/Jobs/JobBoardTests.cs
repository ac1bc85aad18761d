using Marketplace.Jobs;
using Testing;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Jobs;

public sealed class JobBoardTests
{
    [Fact]
    public async Task Search_lists_open_public_jobs_newest_first_filtered_by_text_skills_type_and_budget()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var client = NewId("client");
        var tag = NewId("tag"); // every job of this test has it in its description: other tests' jobs never match
        async Task<string> Post(JobDraft draft)
        {
            var id = NewId("job");
            clock.Advance(TimeSpan.FromMinutes(1));
            await cluster.GrainFactory.GetGrain<IJobGrain>(id).PostAsync(client, draft with { Description = $"{draft.Description} {tag}" });
            return id;
        }

        var landing = await Post(Fixed(100_00, title: "Build a LANDING page", skills: ["HTML", "CSS"]));
        var shop = await Post(Fixed(2_000_00, title: "Online shop", skills: ["Shopify"]));
        var react = await Post(Hourly(20_00, 60_00, skills: ["React", "css"]));
        var hidden = await Post(Fixed(100_00, visibility: JobVisibility.InviteOnly));
        var closed = await Post(Fixed(100_00));
        await cluster.GrainFactory.GetGrain<IJobGrain>(closed).CloseAsync(client);
        var board = cluster.GrainFactory.GetGrain<IJobBoardGrain>(IJobBoardGrain.Key);
        await WaitUntil(() => board.ClientJobsAsync(client, 10, null), page => page.Items.Count == 5 && page.Items.Single(j => j.JobId == closed).Status == JobStatus.Closed);

        async Task<IEnumerable<string>> Search(JobFilter filter) => (await board.SearchAsync(filter with { Text = filter.Text ?? tag }, 10, null)).Items.Select(j => j.JobId);

        Assert.Equal([react, shop, landing], await Search(new JobFilter()));
        Assert.Equal([shop], await Search(new JobFilter(Text: "online SHOP")));
        Assert.Equal([shop, landing], await Search(new JobFilter(Text: "BAKERY")));
        Assert.Equal([react], await Search(new JobFilter(Text: "logistics")));
        Assert.Equal([react, landing], await Search(new JobFilter(Skills: ["CSS", "Rust"])));
        Assert.Equal([react], await Search(new JobFilter(Type: JobType.Hourly)));
        Assert.Equal([shop], await Search(new JobFilter(MinBudgetCents: 100_01)));
        Assert.Equal([react], await Search(new JobFilter(MaxBudgetCents: 60_00))); // an hourly job's size is its top rate
        Assert.Equal([react, landing], await Search(new JobFilter(MinBudgetCents: 60_00, MaxBudgetCents: 100_00)));
        Assert.Equal([shop], await Search(new JobFilter(Skills: ["shopify"], Type: JobType.Fixed, MinBudgetCents: 1_000_00, MaxBudgetCents: 2_000_00)));
        Assert.DoesNotContain(hidden, await Search(new JobFilter()));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_the_board_follows_proposals_and_edits()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var client = NewId("client");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add(NewId("job"));
            await cluster.GrainFactory.GetGrain<IJobGrain>(ids[^1]).PostAsync(client, Fixed());
        }

        var job = cluster.GrainFactory.GetGrain<IJobGrain>(ids[0]);
        await job.SubmitProposalAsync("freelancer-1", Bid(90_00));
        await job.EditAsync(client, Fixed(title: "Build a landing page, urgently"));
        var board = cluster.GrainFactory.GetGrain<IJobBoardGrain>(IJobBoardGrain.Key);
        await WaitUntil(() => board.ClientJobsAsync(client, 5, null), page => page.Items.Count == 5 && page.Items[^1].Title.EndsWith("urgently", StringComparison.Ordinal));

        var first = await board.ClientJobsAsync(client, 2, null);
        var second = await board.ClientJobsAsync(client, 2, first.EndCursor);
        var third = await board.ClientJobsAsync(client, 2, second.EndCursor);

        Assert.Equal([ids[4], ids[3]], first.Items.Select(j => j.JobId));
        Assert.Equal([ids[2], ids[1]], second.Items.Select(j => j.JobId));
        Assert.Equal([ids[0]], third.Items.Select(j => j.JobId));
        Assert.Equal((true, true, false), (first.HasNextPage, second.HasNextPage, third.HasNextPage));
        Assert.Equal(1, third.Items[0].ProposalCount);
        Assert.Equal("first", (await Refused(ErrorCodes.InvalidInput, () => board.ClientJobsAsync(client, 0, null))).Field);
        Assert.Equal("first", (await Refused(ErrorCodes.InvalidInput, () => board.SearchAsync(new JobFilter(), 101, null))).Field);
        Assert.Equal("after", (await Refused(ErrorCodes.InvalidInput, () => board.ClientJobsAsync(client, 2, "not a cursor"))).Field);
        Assert.Empty((await board.ClientJobsAsync(NewId("client"), 10, null)).Items);
    }
}
