using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>A page of a user's conversations, newest activity first; pass <see cref="EndCursor"/> as "after" for the next page.</summary>
[GenerateSerializer]
public sealed record ConversationListPage([Id(0)] IReadOnlyList<ConversationListEntry> Entries, [Id(1)] string? EndCursor, [Id(2)] bool HasMore);
