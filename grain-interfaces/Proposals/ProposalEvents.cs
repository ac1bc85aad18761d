using Actors.Runtime;
using Marketplace.Jobs;

namespace Marketplace.Proposals;

/// <summary>A freelancer submitted a proposal on the job.</summary>
[GenerateSerializer]
public sealed record ProposalSubmitted([Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] ProposalView Proposal, [Id(3)] BidStats Bids, [Id(4)] DateTimeOffset At)
    : IProposalActivity;

/// <summary>The freelancer revised the proposal's text or terms.</summary>
[GenerateSerializer]
public sealed record ProposalRevised([Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] ProposalView Proposal, [Id(3)] BidStats Bids, [Id(4)] DateTimeOffset At)
    : IProposalActivity;

/// <summary>The freelancer withdrew the proposal.</summary>
[GenerateSerializer]
public sealed record ProposalWithdrawn([Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] ProposalView Proposal, [Id(3)] BidStats Bids, [Id(4)] DateTimeOffset At)
    : IProposalActivity;

/// <summary>The client shortlisted, archived or declined the proposal, or its freelancer was hired (<see cref="Proposal"/> has the new status).</summary>
[GenerateSerializer]
public sealed record ProposalStatusChanged(
    [Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] ProposalView Proposal, [Id(3)] ProposalStatus From, [Id(4)] BidStats Bids, [Id(5)] DateTimeOffset At)
    : IProposalActivity;
