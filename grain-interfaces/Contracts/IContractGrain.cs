using Actors.Runtime;

namespace Marketplace.Contracts;

/// <summary>
/// A contract (key: contract id, made by the api) from its offer to its end. Every command takes the acting
/// user's id: the client acts on their side, the freelancer on theirs, anyone else is refused (FORBIDDEN). Money
/// moves only through the ledger, under transfer keys derived from the contract, so a retried command never
/// pays twice. Every change is an event on (<see cref="ContractStreams.Contract"/>, contract id).
/// </summary>
public interface IContractGrain : IGrainWithStringKey
{
    /// <summary>Makes the offer (it expires after 30 days). Repeating it with the same draft answers the offer; another draft is ALREADY_EXISTS.</summary>
    Task<ContractView> CreateOfferAsync(string clientId, OfferDraft draft);

    /// <summary>The offered freelancer accepts: the contract is active and the job learns of the hire (JobHired on its stream).</summary>
    Task<ContractView> AcceptOfferAsync(string freelancerId);

    /// <summary>The offered freelancer declines, with an optional reason.</summary>
    Task<ContractView> DeclineOfferAsync(string freelancerId, string reason);

    /// <summary>The client withdraws the offer before it is answered.</summary>
    Task<ContractView> WithdrawOfferAsync(string clientId);

    /// <summary>
    /// The client funds milestone <paramref name="milestone"/> (from 1): its amount moves from the client's wallet into
    /// the contract's escrow. Repeating it with the same <paramref name="idempotencyKey"/> does nothing more.
    /// </summary>
    Task<ContractView> FundMilestoneAsync(string clientId, int milestone, string idempotencyKey);

    /// <summary>The freelancer submits work on a funded milestone; it is released 14 days later unless the client acts first.</summary>
    Task<ContractView> SubmitWorkAsync(string freelancerId, int milestone, string note);

    /// <summary>The client approves submitted work: 90% of the milestone to the freelancer, 10% platform fee.</summary>
    Task<ContractView> ApproveMilestoneAsync(string clientId, int milestone);

    /// <summary>The client asks for changes to submitted work: the milestone is in progress again and its automatic release is off.</summary>
    Task<ContractView> RequestChangesAsync(string clientId, int milestone, string note);

    /// <summary>
    /// The freelancer logs <paramref name="minutes"/> on <paramref name="date"/> ("yyyy-MM-dd", UTC, this week) of an hourly
    /// contract, with a memo of at most 500 characters (empty when there is nothing to say).
    /// </summary>
    Task<ContractView> LogTimeAsync(string freelancerId, string date, int minutes, string memo);

    /// <summary>The client approves (and so pays now) the open or overdue invoice of ISO week <paramref name="week"/> ("2026-W10").</summary>
    Task<ContractView> ApproveInvoiceAsync(string clientId, string week);

    /// <summary>The client pauses the active contract: no funding, submissions or time until resumed.</summary>
    Task<ContractView> PauseAsync(string clientId);

    /// <summary>The client resumes the paused contract.</summary>
    Task<ContractView> ResumeAsync(string clientId);

    /// <summary>
    /// Either party ends the contract. Fixed: refused while work is submitted (the client approves or asks for changes
    /// first); the escrow of funded milestones goes back to the client's wallet. Hourly: time not yet invoiced is
    /// invoiced at once, reviewed and paid as any weekly invoice.
    /// </summary>
    Task<ContractView> EndAsync(string actorId);

    /// <summary>The contract as <paramref name="viewerId"/>, one of its parties, sees it.</summary>
    Task<ContractView> GetAsync(string viewerId);
}
