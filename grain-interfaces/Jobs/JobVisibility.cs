namespace Marketplace.Jobs;

/// <summary>Who may find and bid on a job: anyone (listed on the job board), or only the freelancers the client invited.</summary>
public enum JobVisibility
{
    Public,
    InviteOnly,
}
