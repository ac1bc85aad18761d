using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Reminders;
using Actors.Runtime.Streams;
using Marketplace.Connects;
using Marketplace.Grains.Proposals;
using Marketplace.Jobs;
using Marketplace.Proposals;
using Microsoft.Extensions.Logging;

namespace Marketplace.Grains.Jobs;

/// <summary>
/// A job post and its proposals (see <see cref="IJobGrain"/>): the post's life here, by <see cref="JobTransitions"/>;
/// the proposals' in JobGrain.Proposals.cs, by <see cref="ProposalTransitions"/>. Every change is one write of the
/// state, the proposals it changed (each proposal is an entry of its own) and its events on the job's stream. Effects
/// on other grains (Connects spent or refunded) happen before that write and are idempotent per job, so a command that
/// fails after them is safe to retry. The grain also listens to its own stream for <see cref="JobHired"/>, which the
/// contract records there.
/// </summary>
[ImplicitStreamSubscription(JobStreams.Job)]
public sealed partial class JobGrain(
    [PersistentState("job")] IPersistentState<JobState> state, TimeProvider clock, ILogger<JobGrain> logger)
    : Grain, IJobGrain, IRemindable, IStreamSubscriber
{
    private const string ExpiryReminder = "expire";

    private JobState S => state.State;

    /// <summary>The job's proposals in submission order, keyed by proposal id: each stored as its own entry, so a bid writes one.</summary>
    private IStateEntries<ProposalRecord> Proposals => state.Entries<ProposalRecord>("proposals");

    private string JobId => GetPrimaryKeyString();

    private StreamId Stream => new(JobStreams.Job, JobId);

    public async Task<JobView> PostAsync(string clientId, JobDraft draft)
    {
        RequireId(clientId, "clientId");
        var post = JobDraftValidation.Validate(draft);
        if (S.ClientId is not null)
        {
            if (S.ClientId == clientId && S.PostedAs is not null && JobDraftValidation.Same(S.PostedAs, post))
            {
                await ScheduleExpiryAsync();
                return View();
            }

            throw new DomainException(ErrorCodes.AlreadyExists, $"Job \"{JobId}\" exists already.");
        }

        var now = clock.GetUtcNow();
        S.ClientId = clientId;
        S.Post = S.PostedAs = post;
        S.Status = JobStatus.Open;
        S.ConnectsCost = JobRules.ConnectsCost(post);
        S.PostedAt = now;
        var view = View();
        state.RecordEvent(Stream, new JobPosted(JobId, clientId, view, now));
        await WriteAsync();
        await ScheduleExpiryAsync();
        return view;
    }

    public async Task<JobView> EditAsync(string clientId, JobDraft draft)
    {
        RequireClient(clientId);
        var post = JobDraftValidation.Validate(draft);
        var to = JobTransitions.Table.Fire(S.Status, JobTrigger.Edit, Party.Client);
        if (Proposals.Count > 0 && post.Type != S.Post!.Type)
        {
            throw DomainException.InvalidInput("type", "The job has proposals: its payment type can no longer change.");
        }

        if (Proposals.Count > 0 && !post.ScreeningQuestions.SequenceEqual(S.Post!.ScreeningQuestions, StringComparer.Ordinal))
        {
            throw DomainException.InvalidInput("screeningQuestions", "The job has proposals: its screening questions can no longer change.");
        }

        var now = clock.GetUtcNow();
        S.Status = to;
        S.Post = post;
        S.ConnectsCost = JobRules.ConnectsCost(post);
        S.EditedAt = now;
        var view = View();
        state.RecordEvent(Stream, new JobEdited(JobId, clientId, view, now));
        await WriteAsync();
        return view;
    }

    public async Task<JobView> CloseAsync(string clientId)
    {
        RequireClient(clientId);
        var to = JobTransitions.Table.Fire(S.Status, JobTrigger.Close, Party.Client);
        var refunded = await RefundConnectsUnlessHiredAsync();
        var now = clock.GetUtcNow();
        S.Status = to;
        S.EndedAt = now;
        var view = View();
        state.RecordEvent(Stream, new JobClosed(JobId, clientId, view, refunded, now));
        await WriteAsync();
        await CancelExpiryAsync();
        return view;
    }

    public async Task<JobView> InviteAsync(string clientId, string freelancerId)
    {
        RequireClient(clientId);
        RequireId(freelancerId, "freelancerId");
        if (freelancerId == clientId)
        {
            throw DomainException.InvalidInput("freelancerId", "A client cannot invite themselves to their own job.");
        }

        S.Status = JobTransitions.Table.Fire(S.Status, JobTrigger.Invite, Party.Client);
        if (!S.InvitedFreelancerIds.Contains(freelancerId))
        {
            S.InvitedFreelancerIds.Add(freelancerId);
            await WriteAsync();
        }

        return View();
    }

    public Task<bool> IsInvitedAsync(string freelancerId)
    {
        RequirePosted();
        return Task.FromResult(S.InvitedFreelancerIds.Contains(freelancerId));
    }

    public Task<JobView> GetAsync()
    {
        RequirePosted();
        return Task.FromResult(View());
    }

    /// <summary>The expiry reminder: an open job expires <see cref="JobRules.OpenFor"/> after posting.</summary>
    public async Task ReceiveReminder(string reminderName, DateTimeOffset dueAt)
    {
        if (reminderName != ExpiryReminder || S.ClientId is null || S.Status != JobStatus.Open)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (now < ExpiresAt)
        {
            await ScheduleExpiryAsync();
            return;
        }

        var to = JobTransitions.Table.Fire(S.Status, JobTrigger.Expire, Party.System);
        var refunded = await RefundConnectsUnlessHiredAsync();
        S.Status = to;
        S.EndedAt = now;
        var view = View();
        state.RecordEvent(Stream, new JobExpired(JobId, S.ClientId, view, refunded, now));
        await WriteAsync();
    }

    /// <summary>Takes <see cref="JobHired"/> from the job's stream; the job's own events on it are ignored.</summary>
    public Task OnNextAsync(StreamEvent streamEvent) =>
        streamEvent.Event is JobHired hired ? RecordHireAsync(hired) : Task.CompletedTask;

    private async Task RecordHireAsync(JobHired hired)
    {
        if (S.ClientId is null)
        {
            LogHireOnUnknownJob(logger, JobId, hired.ContractId);
            return;
        }

        if (S.HireContractIds.Contains(hired.ContractId))
        {
            return;
        }

        S.Status = JobTransitions.Table.Fire(S.Status, JobTrigger.RecordHire, Party.System);
        S.HireContractIds.Add(hired.ContractId);
        Proposals.TryGet(hired.ProposalId, out var proposal);
        if (proposal is not null && ProposalTransitions.Table.Allows(proposal.Status, ProposalTrigger.Hire, Party.System))
        {
            var from = proposal.Status;
            proposal.Status = ProposalTransitions.Table.Fire(from, ProposalTrigger.Hire, Party.System);
            proposal.ContractId = hired.ContractId;
            Proposals.Set(proposal.ProposalId, proposal);
            state.RecordEvent(Stream, new ProposalStatusChanged(JobId, S.ClientId, proposal.ToView(JobId), from, Stats(), hired.At));
        }
        else
        {
            LogHireWithoutProposal(logger, JobId, hired.ProposalId, proposal?.Status.ToString() ?? "missing");
        }

        await WriteAsync();
    }

    /// <summary>
    /// The job ends: unless someone was hired, every freelancer who spent Connects on it gets them back. Refunds are
    /// idempotent per job, so running this again after a failed write refunds nothing twice.
    /// </summary>
    private async Task<IReadOnlyList<string>> RefundConnectsUnlessHiredAsync()
    {
        if (S.HasHire)
        {
            return [];
        }

        var freelancerIds = Proposals.Where(p => p.ConnectsSpent > 0).Select(p => p.FreelancerId).Distinct().ToList();
        foreach (var freelancerId in freelancerIds)
        {
            await GrainFactory.GetGrain<IConnectsGrain>(freelancerId).RefundAsync(JobId);
        }

        return freelancerIds;
    }

    private DateTimeOffset ExpiresAt => S.PostedAt + JobRules.OpenFor;

    private async Task ScheduleExpiryAsync()
    {
        if (S.Status == JobStatus.Open)
        {
            var due = ExpiresAt - clock.GetUtcNow();
            await RegisterOrUpdateReminder(ExpiryReminder, due > TimeSpan.Zero ? due : TimeSpan.Zero);
        }
    }

    private async Task CancelExpiryAsync()
    {
        try
        {
            await UnregisterReminder(ExpiryReminder);
        }
        catch (Exception ex)
        {
            // Harmless: the reminder finds the job no longer open and does nothing.
            LogExpiryNotCancelled(logger, JobId, ex);
        }
    }

    private JobView View() =>
        new(JobId, S.ClientId!, S.Post!, S.Status, S.ConnectsCost, S.PostedAt, S.EditedAt, S.EndedAt, ExpiresAt, S.HasHire, Stats());

    private BidStats Stats() => ProposalRecord.Stats(Proposals);

    private void RequirePosted()
    {
        if (S.ClientId is null)
        {
            throw DomainException.NotFound("Job", JobId);
        }
    }

    private void RequireClient(string clientId)
    {
        RequirePosted();
        if (clientId != S.ClientId)
        {
            throw DomainException.Forbidden("Only the job's client may do this.");
        }
    }

    private static void RequireId(string? id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw DomainException.InvalidInput(field, $"{field} is required.");
        }
    }

    /// <summary>Stores the state and its events; when that fails the activation ends, so the next call starts from the stored state.</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} got a hire (contract {ContractId}) but was never posted; ignored")]
    private static partial void LogHireOnUnknownJob(ILogger logger, string jobId, string contractId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} recorded a hire from proposal {ProposalId}, which cannot be hired ({Status})")]
    private static partial void LogHireWithoutProposal(ILogger logger, string jobId, string proposalId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} is closed but its expiry reminder could not be removed")]
    private static partial void LogExpiryNotCancelled(ILogger logger, string jobId, Exception exception);
}
