namespace Marketplace.Jobs;

/// <summary>
/// Where a job post is in its life: open for proposals, closed by its client, or expired 30 days after posting.
/// A hire does not change it (a client may hire several freelancers from one open post); <see cref="JobView.HasHire"/> says whether one happened.
/// </summary>
public enum JobStatus
{
    Open,
    Closed,
    Expired,
}
