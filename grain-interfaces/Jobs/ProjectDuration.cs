namespace Marketplace.Jobs;

/// <summary>How long a job is expected to take (the client's estimate on the post, the freelancer's on a proposal).</summary>
public enum ProjectDuration
{
    LessThanOneMonth,
    OneToThreeMonths,
    ThreeToSixMonths,
    MoreThanSixMonths,
}
