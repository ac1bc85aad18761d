using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>Posting jobs and proposals through the api, as frontends do.</summary>
public static class JobRequests
{
    public const string PostJobMutation = """
        mutation ($input: PostJobInput!) { postJob(input: $input) { job { id status connectsCost bidStats { count } } errors { code message field } } }
        """;

    public const string SubmitProposalMutation = """
        mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status amount connectsSpent } errors { code message field } } }
        """;

    public static object FixedJob(string budget = "800.00", string visibility = "PUBLIC", string title = "Build a live bidding dashboard") => new
    {
        title,
        description = "A React dashboard that shows proposals on our jobs as they arrive, with filters and statistics.",
        type = "FIXED",
        budget,
        skills = new[] { "React", "GraphQL" },
        experienceLevel = "INTERMEDIATE",
        duration = "ONE_TO_THREE_MONTHS",
        visibility,
        screeningQuestions = new[] { "Which similar dashboards have you built?" },
    };

    public static object HourlyJob(string hourlyRateMin = "25.00", string hourlyRateMax = "45.00", string title = "Maintain our GraphQL api") => new
    {
        title,
        description = "Ongoing work on our GraphQL api: triage issues, fix bugs and review pull requests, a few hours a week.",
        type = "HOURLY",
        hourlyRateMin,
        hourlyRateMax,
        skills = new[] { "C#", "GraphQL" },
        experienceLevel = "EXPERT",
        duration = "MORE_THAN_SIX_MONTHS",
        visibility = "PUBLIC",
        screeningQuestions = Array.Empty<string>(),
    };

    public static async Task<string> PostJobAsync(this MarketplaceServer server, SignedInUser client, object? job = null)
    {
        var payload = (await server.DataAsync(PostJobMutation, new { input = job ?? FixedJob() }, client.Token)).GetProperty("postJob");
        Assert.Equal("[]", payload.GetProperty("errors").GetRawText());
        return payload.GetProperty("job").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> SubmitProposalAsync(this MarketplaceServer server, SignedInUser freelancer, string jobId, string amount)
    {
        var payload = (await server.DataAsync(SubmitProposalMutation, new
        {
            input = new
            {
                jobId,
                amount,
                coverLetter = "I have built three dashboards like this one; here is how I would approach yours.",
                answers = new[] { "An auction monitor and two trading screens." },
                estimatedDuration = "ONE_TO_THREE_MONTHS",
            },
        }, freelancer.Token)).GetProperty("submitProposal");
        return payload;
    }

    /// <summary>Bids <paramref name="hourlyRate"/> on an hourly job (one without screening questions); the proposal's id.</summary>
    public static async Task<string> SubmitHourlyProposalAsync(this MarketplaceServer server, SignedInUser freelancer, string jobId, string hourlyRate)
    {
        var payload = (await server.DataAsync(SubmitProposalMutation, new
        {
            input = new
            {
                jobId,
                hourlyRate,
                coverLetter = "I maintain two GraphQL servers in C#; I can take your triage and reviews from this week.",
                estimatedDuration = "MORE_THAN_SIX_MONTHS",
            },
        }, freelancer.Token)).GetProperty("submitProposal");
        Assert.Equal("[]", payload.GetProperty("errors").GetRawText());
        return payload.GetProperty("proposal").GetProperty("id").GetString()!;
    }
}
