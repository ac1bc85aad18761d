using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// One conversation in a user's list: what it is about, the other participant, the last message, when it was last
/// active (the last message's time, or the opening) and how far this user has read. <see cref="HasUnread"/> when the
/// last message is from the other side and is past the user's read receipt.
/// </summary>
[GenerateSerializer]
public sealed record ConversationListEntry(
    [Id(0)] string ConversationId, [Id(1)] ConversationKind Kind, [Id(2)] string SubjectId, [Id(3)] string CounterpartId,
    [Id(4)] MessageView? LastMessage, [Id(5)] DateTimeOffset LastActivityAt, [Id(6)] long ReadUpTo, [Id(7)] bool HasUnread);
