using Actors.Runtime;

namespace Marketplace.Accounts;

/// <summary>An account was created (stream <see cref="AccountStreams.Account"/>, key: user id); its profile exists already.</summary>
[GenerateSerializer]
public sealed record AccountCreated([Id(0)] string UserId, [Id(1)] string Email, [Id(2)] Role Role, [Id(3)] string DisplayName, [Id(4)] DateTimeOffset CreatedAt);
