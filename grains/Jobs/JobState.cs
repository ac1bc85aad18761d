using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>A job's stored state: the post, its life, its invitations and hires (its proposals are entries beside it).</summary>
public sealed class JobState
{
    /// <summary>Null until the job is posted.</summary>
    public string? ClientId { get; set; }

    public JobDraft? Post { get; set; }

    /// <summary>The post as first submitted, to recognise a retried post after edits.</summary>
    public JobDraft? PostedAs { get; set; }

    public JobStatus Status { get; set; }

    public int ConnectsCost { get; set; }

    public DateTimeOffset PostedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public List<string> InvitedFreelancerIds { get; set; } = [];

    /// <summary>The contracts hired from this job (from <see cref="JobHired"/>); any makes the job hired.</summary>
    public List<string> HireContractIds { get; set; } = [];

    public bool HasHire => HireContractIds.Count > 0;
}
