using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A client's payment method was verified (stream <see cref="ProfileStreams.Client"/>, key: user id).</summary>
[GenerateSerializer]
public sealed record ClientPaymentMethodVerified([Id(0)] string UserId, [Id(1)] DateTimeOffset VerifiedAt);
