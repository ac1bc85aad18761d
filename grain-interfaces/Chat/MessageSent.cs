using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>A message was sent; <see cref="RecipientIds"/> are the participants other than its sender.</summary>
[GenerateSerializer]
public sealed record MessageSent([Id(0)] string ConversationId, [Id(1)] MessageView Message, [Id(2)] IReadOnlyList<string> RecipientIds);
