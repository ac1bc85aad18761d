using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>
/// The stored state of a conversation: its participants, how many messages it has and each participant's read
/// receipt. The messages themselves are entries beside it (see <see cref="ConversationGrain"/>); the two read receipts
/// stay here, as they are bounded and change with the state's other small facts.
/// </summary>
public sealed class ConversationState
{
    public bool Opened { get; set; }

    public ConversationKind Kind { get; set; }

    public string SubjectId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string FreelancerId { get; set; } = "";

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>How many messages were sent: their sequences are 1 to this, and the next one gets this plus one.</summary>
    public long MessageCount { get; set; }

    /// <summary>User id → the sequence of the last message that user has read.</summary>
    public Dictionary<string, long> ReadUpTo { get; set; } = [];
}

/// <summary>A stored message, with the sender's own id for it (the key of retries).</summary>
public sealed record StoredMessage(string Id, long Sequence, string SenderId, string ClientMessageId, string Text, DateTimeOffset SentAt)
{
    public MessageView ToView() => new(Id, Sequence, SenderId, Text, SentAt);
}
