using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Jobs;
using Marketplace.Profiles;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>The fields of Job read from <see cref="JobView"/> that need translating or another grain.</summary>
[GraphQLType(JobIds.Job, RuntimeType = typeof(JobView))]
public sealed class JobFields
{
    public static string Id([Parent] JobView job) => JobIds.OfJob(job.Id);

    public static Task<ClientProfileView?> ClientAsync([Parent] JobView job, IGrainFactory grains) => grains.GetGrain<IClientGrain>(job.ClientId).GetAsync();

    public static string Title([Parent] JobView job) => job.Post.Title;

    public static string Description([Parent] JobView job) => job.Post.Description;

    public static JobType Type([Parent] JobView job) => job.Post.Type;

    public static decimal? Budget([Parent] JobView job) => Money.FromCents(job.Post.BudgetCents);

    public static decimal? HourlyRateMin([Parent] JobView job) => Money.FromCents(job.Post.HourlyMinCents);

    public static decimal? HourlyRateMax([Parent] JobView job) => Money.FromCents(job.Post.HourlyMaxCents);

    public static IReadOnlyList<string> Skills([Parent] JobView job) => job.Post.Skills;

    public static ExperienceLevel ExperienceLevel([Parent] JobView job) => job.Post.ExperienceLevel;

    public static ProjectDuration Duration([Parent] JobView job) => job.Post.Duration;

    public static JobVisibility Visibility([Parent] JobView job) => job.Post.Visibility;

    public static IReadOnlyList<string> ScreeningQuestions([Parent] JobView job) => job.Post.ScreeningQuestions;

    public static BidStats BidStats([Parent] JobView job) => job.Bids;

    /// <summary>All proposals for the job's client (marking them viewed), the viewer's own for a freelancer, none for others.</summary>
    public static async Task<ProposalConnection> ProposalsAsync([Parent] JobView job, int first, string? after, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var size = Paging.Size(first);
        var viewer = Viewer.From(user);
        var grain = grains.GetGrain<IJobGrain>(job.Id);
        IReadOnlyList<ProposalView> visible = viewer switch
        {
            { Role: Role.Client } client when client.UserId == job.ClientId => await grain.ViewProposalsAsync(client.UserId),
            { Role: Role.Freelancer } freelancer => await grain.GetOwnProposalAsync(freelancer.UserId) is { } own ? [own] : [],
            _ => [],
        };
        var start = 0;
        if (after is not null)
        {
            start = visible.ToList().FindIndex(p => p.ProposalId == after) + 1;
            if (start == 0)
            {
                throw DomainException.InvalidInput("after", "after is not a cursor of this list.");
            }
        }

        var page = visible.Skip(start).Take(size).Select(p => new ProposalEdge(p.ProposalId, p)).ToList();
        return new ProposalConnection(page, new PageInfo(start + page.Count < visible.Count, start > 0, page.FirstOrDefault()?.Cursor, page.LastOrDefault()?.Cursor));
    }
}

/// <summary>The fields of BidStats, in dollars.</summary>
[GraphQLType("BidStats", RuntimeType = typeof(BidStats))]
public sealed class BidStatsFields
{
    public static decimal? Low([Parent] BidStats bids) => Money.FromCents(bids.LowCents);

    public static decimal? Average([Parent] BidStats bids) => Money.FromCents(bids.AverageCents);

    public static decimal? High([Parent] BidStats bids) => Money.FromCents(bids.HighCents);
}

/// <summary>The fields of Proposal read from <see cref="ProposalView"/> that need translating or another grain.</summary>
[GraphQLType(JobIds.Proposal, RuntimeType = typeof(ProposalView))]
public sealed class ProposalFields
{
    public static string Id([Parent] ProposalView proposal) => JobIds.OfProposal(proposal.JobId, proposal.ProposalId);

    public static Task<JobView?> JobAsync([Parent] ProposalView proposal, ClaimsPrincipal? user, IGrainFactory grains) =>
        JobAccess.VisibleJobAsync(grains, proposal.JobId, Viewer.From(user));

    public static Task<FreelancerProfileView?> FreelancerAsync([Parent] ProposalView proposal, IGrainFactory grains) =>
        grains.GetGrain<IFreelancerGrain>(proposal.FreelancerId).GetAsync();

    public static decimal? Amount([Parent] ProposalView proposal) => Money.FromCents(proposal.AmountCents);

    public static decimal? HourlyRate([Parent] ProposalView proposal) => Money.FromCents(proposal.HourlyRateCents);

    public static DateTimeOffset CoverLetterEditableUntil([Parent] ProposalView proposal) => proposal.TextEditableUntil;
}
