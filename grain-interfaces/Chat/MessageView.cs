using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// One message of a conversation. <see cref="Sequence"/> counts the conversation's messages from 1 in the order
/// they were sent; <see cref="Id"/> is unique across conversations ("{conversationId}:{sequence}").
/// </summary>
[GenerateSerializer]
public sealed record MessageView([Id(0)] string Id, [Id(1)] long Sequence, [Id(2)] string SenderId, [Id(3)] string Text, [Id(4)] DateTimeOffset SentAt);
