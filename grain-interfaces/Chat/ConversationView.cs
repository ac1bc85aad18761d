using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// A conversation as one participant sees it: who is in it, the last message, how far each participant has read
/// (<see cref="ReadUpTo"/>: user id → last read sequence, 0 when nothing read) and how many messages of the other
/// side the viewer has not read yet (<see cref="UnreadCount"/>).
/// </summary>
[GenerateSerializer]
public sealed record ConversationView(
    [Id(0)] string Id, [Id(1)] ConversationKind Kind, [Id(2)] string SubjectId, [Id(3)] string ClientId, [Id(4)] string FreelancerId,
    [Id(5)] MessageView? LastMessage, [Id(6)] IReadOnlyDictionary<string, long> ReadUpTo, [Id(7)] int UnreadCount);
