using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Reminders;
using Actors.Runtime.Streams;
using Marketplace.Contracts;
using Marketplace.Jobs;
using Marketplace.Ledger;

namespace Marketplace.Grains.Contracts;

/// <summary>
/// A contract from its offer to its end (key: contract id). The four state machines are the tables
/// <see cref="OfferTransitions"/>, <see cref="ContractTransitions"/>, <see cref="MilestoneTransitions"/> and
/// <see cref="InvoiceTransitions"/>; this class checks the guards and performs the effects. Every command validates
/// everything first, then moves money through the ledger (under a transfer key derived from the contract, so a
/// retry after a failed write finds the transfer done instead of paying twice), then changes the state, records
/// its events and writes once. Reminders: the offer's expiry, each submitted milestone's automatic release, the
/// Monday invoice of an hourly contract and each invoice's Friday payment. Reminders are registered before the
/// write that needs them and each handler checks the state, so a stale or repeated reminder does nothing.
/// </summary>
public sealed partial class ContractGrain(
    [PersistentState("contract")] IPersistentState<ContractState> state, TimeProvider clock) : Grain, IContractGrain, IRemindable
{
    private const string OfferExpiryReminder = "offer-expiry";
    private const string AutoReleaseReminderPrefix = "auto-release-";
    private const string WeeklyInvoiceReminder = "weekly-invoice";
    private const string InvoicePaymentReminderPrefix = "invoice-";
    private const int MaxReasonLength = 2_000;

    private ContractState C => state.State;

    /// <summary>The time logged on an hourly contract, oldest first, keyed by number (see <see cref="LogTimeAsync"/>).</summary>
    private IStateEntries<TimeEntryState> TimeEntries => state.Entries<TimeEntryState>("time-entries");

    /// <summary>The weekly invoices of an hourly contract, in the order issued, keyed by week (<see cref="InvoiceState.Week"/>).</summary>
    private IStateEntries<InvoiceState> Invoices => state.Entries<InvoiceState>("invoices");

    private string Id => GetPrimaryKeyString();

    private ILedgerGrain Ledger => GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);

    public async Task<ContractView> CreateOfferAsync(string clientId, OfferDraft draft)
    {
        OfferRules.Validate(Id, clientId, draft);
        if (C.Exists)
        {
            return OfferRules.IsSameOffer(C, clientId, draft)
                ? View()
                : throw new DomainException(ErrorCodes.AlreadyExists, $"Contract \"{Id}\" already has an offer.");
        }

        var now = clock.GetUtcNow();
        await RegisterOrUpdateReminder(OfferExpiryReminder, OfferRules.OfferLifetime);
        C.ClientId = clientId;
        C.FreelancerId = draft.FreelancerId;
        C.JobId = draft.JobId;
        C.ProposalId = draft.ProposalId;
        C.Title = draft.Title;
        C.Description = draft.Description;
        C.Kind = draft.Kind;
        C.HourlyRateCents = draft.HourlyRateCents;
        C.WeeklyLimitHours = draft.WeeklyLimitHours;
        C.Milestones = [.. draft.Milestones.Select((m, i) => new MilestoneState { Number = i + 1, Title = m.Title, AmountCents = m.AmountCents, DueDate = m.DueDate })];
        C.OfferStatus = OfferStatus.Pending;
        C.OfferedAt = now;
        C.OfferExpiresAt = now + OfferRules.OfferLifetime;
        Record(new OfferMade(Id, C.ClientId, C.FreelancerId, C.JobId, C.Title, C.Kind, C.OfferExpiresAt, now));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> AcceptOfferAsync(string freelancerId)
    {
        var to = OfferTransitions.Table.Fire(C.OfferStatus, OfferTrigger.Accept, PartyOf(freelancerId));
        var now = clock.GetUtcNow();
        if (now >= C.OfferExpiresAt)
        {
            throw new DomainException(ErrorCodes.WindowClosed, "The offer expired.");
        }

        if (C.Kind == ContractKind.Hourly)
        {
            await RegisterOrUpdateReminder(WeeklyInvoiceReminder, WorkWeek.NextMondayAfter(now) - now, TimeSpan.FromDays(7));
        }

        C.OfferStatus = to;
        C.Status = ContractStatus.Active;
        C.StartedAt = now;
        state.RecordEvent(new StreamId(JobStreams.Job, C.JobId), new JobHired(C.JobId, C.ProposalId, Id, C.ClientId, C.FreelancerId, now));
        Record(new OfferAccepted(Id, C.ClientId, C.FreelancerId, C.JobId, C.ProposalId, now));
        await WriteAsync();
        await UnregisterReminder(OfferExpiryReminder);
        return View();
    }

    public async Task<ContractView> DeclineOfferAsync(string freelancerId, string reason)
    {
        var to = OfferTransitions.Table.Fire(C.OfferStatus, OfferTrigger.Decline, PartyOf(freelancerId));
        if (reason is { Length: > MaxReasonLength })
        {
            throw DomainException.InvalidInput("reason", $"A reason has at most {MaxReasonLength} characters.");
        }

        C.OfferStatus = to;
        C.DeclineReason = reason ?? "";
        Record(new OfferDeclined(Id, C.ClientId, C.FreelancerId, C.DeclineReason, clock.GetUtcNow()));
        await WriteAsync();
        await UnregisterReminder(OfferExpiryReminder);
        return View();
    }

    public async Task<ContractView> WithdrawOfferAsync(string clientId)
    {
        C.OfferStatus = OfferTransitions.Table.Fire(C.OfferStatus, OfferTrigger.Withdraw, PartyOf(clientId));
        Record(new OfferWithdrawn(Id, C.ClientId, C.FreelancerId, clock.GetUtcNow()));
        await WriteAsync();
        await UnregisterReminder(OfferExpiryReminder);
        return View();
    }

    public async Task<ContractView> PauseAsync(string clientId)
    {
        var party = PartyOf(clientId);
        C.Status = ContractTransitions.Table.Fire(RequireContract(), ContractTrigger.Pause, party);
        Record(new ContractPaused(Id, C.ClientId, C.FreelancerId, clock.GetUtcNow()));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> ResumeAsync(string clientId)
    {
        var party = PartyOf(clientId);
        C.Status = ContractTransitions.Table.Fire(RequireContract(), ContractTrigger.Resume, party);
        Record(new ContractResumed(Id, C.ClientId, C.FreelancerId, clock.GetUtcNow()));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> EndAsync(string actorId)
    {
        var party = PartyOf(actorId);
        var to = ContractTransitions.Table.Fire(RequireContract(), ContractTrigger.End, party);
        var now = clock.GetUtcNow();
        long refunded = 0;
        if (C.Kind == ContractKind.Fixed)
        {
            refunded = await RefundEscrowAsync();
        }
        else
        {
            await IssueInvoicesAsync(now, includeThisWeek: true);
        }

        C.Status = to;
        C.EndedAt = now;
        C.EndedBy = party;
        Record(new ContractEnded(Id, C.ClientId, C.FreelancerId, party, refunded, now));
        await WriteAsync();
        if (C.Kind == ContractKind.Hourly)
        {
            await UnregisterReminder(WeeklyInvoiceReminder);
        }

        return View();
    }

    public Task<ContractView> GetAsync(string viewerId)
    {
        PartyOf(viewerId);
        return Task.FromResult(View());
    }

    public async Task ReceiveReminder(string reminderName, DateTimeOffset dueAt)
    {
        if (!C.Exists)
        {
            return; // registered by an offer whose write failed
        }

        var now = clock.GetUtcNow();
        if (reminderName == OfferExpiryReminder)
        {
            await ExpireOfferAsync(now);
        }
        else if (reminderName == WeeklyInvoiceReminder)
        {
            if (await IssueInvoicesAsync(now, includeThisWeek: false))
            {
                await WriteAsync();
            }
        }
        else if (reminderName.StartsWith(AutoReleaseReminderPrefix, StringComparison.Ordinal)
            && int.TryParse(reminderName.AsSpan(AutoReleaseReminderPrefix.Length), out var milestone))
        {
            await AutoReleaseAsync(milestone, now);
        }
        else if (reminderName.StartsWith(InvoicePaymentReminderPrefix, StringComparison.Ordinal))
        {
            await AutoPayAsync(reminderName[InvoicePaymentReminderPrefix.Length..], now);
        }
    }

    private async Task ExpireOfferAsync(DateTimeOffset now)
    {
        if (C.OfferStatus != OfferStatus.Pending || now < C.OfferExpiresAt)
        {
            return;
        }

        C.OfferStatus = OfferTransitions.Table.Fire(C.OfferStatus, OfferTrigger.Expire, Party.System);
        Record(new OfferExpired(Id, C.ClientId, C.FreelancerId, now));
        await WriteAsync();
    }

    /// <summary>Which side of the contract <paramref name="actorId"/> is: NOT_FOUND without an offer, FORBIDDEN for anyone else.</summary>
    private Party PartyOf(string actorId)
    {
        if (!C.Exists)
        {
            throw DomainException.NotFound("Contract", Id);
        }

        if (actorId == C.ClientId)
        {
            return Party.Client;
        }

        return actorId == C.FreelancerId ? Party.Freelancer : throw DomainException.Forbidden("Only the client and the freelancer of a contract act on it.");
    }

    /// <summary>The contract's status; INVALID_STATE while it is still an offer.</summary>
    private ContractStatus RequireContract() =>
        C.Status ?? throw new DomainException(ErrorCodes.InvalidState, $"The offer is {C.OfferStatus.ToString().ToLowerInvariant()}, not an accepted contract.");

    private void RequireActive()
    {
        if (RequireContract() != ContractStatus.Active)
        {
            throw new DomainException(ErrorCodes.InvalidState, $"The contract is {C.Status.ToString()!.ToLowerInvariant()}.");
        }
    }

    private void RequireKind(ContractKind kind)
    {
        if (C.Kind != kind)
        {
            throw new DomainException(ErrorCodes.InvalidState, $"This is a {C.Kind.ToString().ToLowerInvariant()} contract.");
        }
    }

    private void Record(IContractEvent contractEvent) => state.RecordEvent(new StreamId(ContractStreams.Contract, Id), contractEvent);

    private ContractView View() => C.ToView(Id, TimeEntries, Invoices, clock.GetUtcNow());

    private static TransferLeg[] Legs(params TransferLeg[] legs) => [.. legs.Where(leg => leg.AmountCents > 0)];

    /// <summary>Stores the state and events; when that fails the activation ends, so the next call starts from the stored state.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
