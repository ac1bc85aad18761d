using Actors.GraphQL.Binding;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>The payload of the job mutations.</summary>
[GraphQLRuntimeType("JobPayload")]
public sealed record JobPayload(JobView? Job, IReadOnlyList<UserError> Errors)
{
    public static JobPayload Refused(DomainException refused, params string[] inputPath) => new(null, [UserError.From(refused, inputPath)]);
}

/// <summary>The payload of the proposal mutations.</summary>
[GraphQLRuntimeType("ProposalPayload")]
public sealed record ProposalPayload(ProposalView? Proposal, IReadOnlyList<UserError> Errors)
{
    public static ProposalPayload Refused(DomainException refused) => new(null, [UserError.From(refused)]);
}

/// <summary>A page of jobs.</summary>
[GraphQLRuntimeType("JobConnection")]
public sealed record JobConnection(IReadOnlyList<JobEdge> Edges, PageInfo PageInfo);

/// <summary>A job in a page, with its cursor.</summary>
[GraphQLRuntimeType("JobEdge")]
public sealed record JobEdge(string Cursor, JobView Node);

/// <summary>A page of proposals.</summary>
[GraphQLRuntimeType("ProposalConnection")]
public sealed record ProposalConnection(IReadOnlyList<ProposalEdge> Edges, PageInfo PageInfo);

/// <summary>A proposal in a page, with its cursor.</summary>
[GraphQLRuntimeType("ProposalEdge")]
public sealed record ProposalEdge(string Cursor, ProposalView Node);
