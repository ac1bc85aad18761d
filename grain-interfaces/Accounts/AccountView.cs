using Actors.Runtime;

namespace Marketplace.Accounts;

/// <summary>An account as the api shows it (never its password hash).</summary>
[GenerateSerializer]
public sealed record AccountView([Id(0)] string UserId, [Id(1)] string Email, [Id(2)] Role Role, [Id(3)] string DisplayName, [Id(4)] DateTimeOffset CreatedAt);
