using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A change to a client's profile: a null field stays as it is, an empty one is cleared.</summary>
[GenerateSerializer]
public sealed record ClientProfileUpdate([Id(0)] string? CompanyName = null, [Id(1)] string? Country = null);
