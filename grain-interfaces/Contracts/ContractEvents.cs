using Actors.Runtime;

namespace Marketplace.Contracts;

/// <summary>
/// An event of a contract's stream (<see cref="ContractStreams.Contract"/>, contract id): each names both parties,
/// so the api's notifications reach the client and the freelancer without asking the contract.
/// </summary>
public interface IContractEvent
{
    string ContractId { get; }

    string ClientId { get; }

    string FreelancerId { get; }

    DateTimeOffset At { get; }
}

/// <summary>A client made an offer; it expires at <see cref="ExpiresAt"/>.</summary>
[GenerateSerializer]
public sealed record OfferMade(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string JobId, [Id(4)] string Title,
    [Id(5)] ContractKind Kind, [Id(6)] DateTimeOffset ExpiresAt, [Id(7)] DateTimeOffset At) : IContractEvent;

/// <summary>The freelancer accepted the offer: the contract started.</summary>
[GenerateSerializer]
public sealed record OfferAccepted(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string JobId, [Id(4)] string ProposalId,
    [Id(5)] DateTimeOffset At) : IContractEvent;

/// <summary>The freelancer declined the offer.</summary>
[GenerateSerializer]
public sealed record OfferDeclined(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string Reason, [Id(4)] DateTimeOffset At) : IContractEvent;

/// <summary>The client withdrew the offer.</summary>
[GenerateSerializer]
public sealed record OfferWithdrawn([Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] DateTimeOffset At) : IContractEvent;

/// <summary>The offer was not answered within 30 days.</summary>
[GenerateSerializer]
public sealed record OfferExpired([Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] DateTimeOffset At) : IContractEvent;

/// <summary>The client funded milestone <see cref="Milestone"/> into the contract's escrow.</summary>
[GenerateSerializer]
public sealed record MilestoneFunded(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] int Milestone, [Id(4)] long AmountCents,
    [Id(5)] DateTimeOffset At) : IContractEvent;

/// <summary>The freelancer submitted work on a milestone; without client action it is released at <see cref="AutoReleaseAt"/>.</summary>
[GenerateSerializer]
public sealed record WorkSubmitted(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] int Milestone, [Id(4)] string Note,
    [Id(5)] DateTimeOffset AutoReleaseAt, [Id(6)] DateTimeOffset At) : IContractEvent;

/// <summary>The client asked for changes to submitted work; the milestone is funded and in progress again.</summary>
[GenerateSerializer]
public sealed record ChangesRequested(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] int Milestone, [Id(4)] string Note,
    [Id(5)] DateTimeOffset At) : IContractEvent;

/// <summary>A milestone's escrow was released: by the client's approval or (<see cref="By"/> System) 14 days after submission.</summary>
[GenerateSerializer]
public sealed record MilestoneReleased(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] int Milestone, [Id(4)] long AmountCents,
    [Id(5)] long FreelancerCents, [Id(6)] long FeeCents, [Id(7)] Party By, [Id(8)] DateTimeOffset At) : IContractEvent;

/// <summary>The freelancer logged time on an hourly contract.</summary>
[GenerateSerializer]
public sealed record TimeLogged(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string Date, [Id(4)] int Minutes,
    [Id(5)] DateTimeOffset At) : IContractEvent;

/// <summary>A weekly invoice was issued; the client reviews it until <see cref="ReviewEndsAt"/>, when it is paid automatically.</summary>
[GenerateSerializer]
public sealed record InvoiceIssued(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string Week, [Id(4)] int Minutes,
    [Id(5)] long AmountCents, [Id(6)] DateTimeOffset ReviewEndsAt, [Id(7)] DateTimeOffset At) : IContractEvent;

/// <summary>A weekly invoice was paid: approved by the client or (<see cref="By"/> System) automatically on Friday.</summary>
[GenerateSerializer]
public sealed record InvoicePaid(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string Week, [Id(4)] long AmountCents,
    [Id(5)] long FreelancerCents, [Id(6)] long FeeCents, [Id(7)] Party By, [Id(8)] DateTimeOffset At) : IContractEvent;

/// <summary>Friday's automatic payment of a weekly invoice failed: the client's wallet held too little. Nothing was paid.</summary>
[GenerateSerializer]
public sealed record InvoiceOverdue(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] string Week, [Id(4)] long AmountCents,
    [Id(5)] DateTimeOffset At) : IContractEvent;

/// <summary>The client paused the contract.</summary>
[GenerateSerializer]
public sealed record ContractPaused([Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] DateTimeOffset At) : IContractEvent;

/// <summary>The client resumed the contract.</summary>
[GenerateSerializer]
public sealed record ContractResumed([Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] DateTimeOffset At) : IContractEvent;

/// <summary>A party ended the contract; <see cref="RefundedCents"/> of escrow went back to the client's wallet.</summary>
[GenerateSerializer]
public sealed record ContractEnded(
    [Id(0)] string ContractId, [Id(1)] string ClientId, [Id(2)] string FreelancerId, [Id(3)] Party EndedBy, [Id(4)] long RefundedCents,
    [Id(5)] DateTimeOffset At) : IContractEvent;
