using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>A read receipt: <see cref="ReaderId"/> has read every message up to <see cref="UpToSequence"/> (recorded only when it moves forward).</summary>
[GenerateSerializer]
public sealed record MessagesRead([Id(0)] string ConversationId, [Id(1)] string ReaderId, [Id(2)] long UpToSequence);
