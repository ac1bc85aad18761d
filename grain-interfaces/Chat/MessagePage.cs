using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>A page of a conversation's history, newest first; <see cref="HasMore"/> when older messages remain.</summary>
[GenerateSerializer]
public sealed record MessagePage([Id(0)] IReadOnlyList<MessageView> Messages, [Id(1)] bool HasMore);
