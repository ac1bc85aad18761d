using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>A conversation was opened between <see cref="ClientId"/> and <see cref="FreelancerId"/>; its participants' conversation lists show it from now on.</summary>
[GenerateSerializer]
public sealed record ConversationOpened(
    [Id(0)] string ConversationId, [Id(1)] ConversationKind Kind, [Id(2)] string SubjectId, [Id(3)] string ClientId, [Id(4)] string FreelancerId,
    [Id(5)] DateTimeOffset OpenedAt);
