using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A freelancer changed their profile (stream <see cref="ProfileStreams.Freelancer"/>, key: user id); <see cref="Profile"/> is the profile after the change.</summary>
[GenerateSerializer]
public sealed record FreelancerProfileUpdated([Id(0)] FreelancerProfileView Profile);
