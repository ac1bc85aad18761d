namespace Marketplace.Profiles;

/// <summary>The stream namespaces of the profiles area.</summary>
public static class ProfileStreams
{
    /// <summary>One stream per freelancer (key: user id): <see cref="FreelancerProfileUpdated"/>.</summary>
    public const string Freelancer = "freelancer";

    /// <summary>One stream per client (key: user id): <see cref="ClientProfileUpdated"/>, <see cref="ClientPaymentMethodVerified"/>.</summary>
    public const string Client = "client";
}
