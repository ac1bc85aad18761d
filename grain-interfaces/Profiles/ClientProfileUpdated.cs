using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A client changed their profile (stream <see cref="ProfileStreams.Client"/>, key: user id); <see cref="Profile"/> is the profile after the change.</summary>
[GenerateSerializer]
public sealed record ClientProfileUpdated([Id(0)] ClientProfileView Profile);
