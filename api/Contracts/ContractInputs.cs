using Marketplace.Contracts;

namespace Marketplace.Api.Contracts;

/// <summary>A milestone of makeOffer.</summary>
public sealed record MilestoneInput(string Title, decimal Amount, DateTimeOffset? DueDate);

/// <summary>The input of makeOffer.</summary>
public sealed record MakeOfferInput(
    string ProposalId, string Title, string? Description, ContractKind Kind, IReadOnlyList<MilestoneInput>? Milestones, decimal? HourlyRate, int? WeeklyLimitHours)
{
    public OfferDraft ToDraft(string jobId, string proposalId, string freelancerId) => new(
        jobId, proposalId, freelancerId, Title, Kind,
        [.. (Milestones ?? []).Select((m, i) => new MilestoneDraft(m.Title, Money.ToCents(m.Amount, $"milestones[{i}].amount"), m.DueDate))],
        Money.ToCents(HourlyRate, "hourlyRate"), WeeklyLimitHours, Description ?? "");
}

/// <summary>The input of the contract actions that need nothing but the contract.</summary>
public sealed record ContractActionInput(string ContractId);

/// <summary>The input of declineOffer.</summary>
public sealed record DeclineOfferInput(string ContractId, string? Reason);

/// <summary>The input of fundMilestone.</summary>
public sealed record FundMilestoneInput(string ContractId, int Milestone, string IdempotencyKey);

/// <summary>The input of submitWork.</summary>
public sealed record SubmitWorkInput(string ContractId, int Milestone, string? Note);

/// <summary>The input of approveMilestone.</summary>
public sealed record MilestoneActionInput(string ContractId, int Milestone);

/// <summary>The input of requestChanges.</summary>
public sealed record RequestChangesInput(string ContractId, int Milestone, string Note);

/// <summary>The input of logTime.</summary>
public sealed record LogTimeInput(string ContractId, string Date, int Minutes, string? Memo);

/// <summary>The input of approveInvoice.</summary>
public sealed record ApproveInvoiceInput(string ContractId, string Week);
