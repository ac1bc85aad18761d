using System.Globalization;

namespace Marketplace.Chat;

/// <summary>
/// The cursor of a conversation in a user's list (newest activity first: last activity, then conversation id):
/// <see cref="IUserConversationsGrain"/> pages by it, the api writes it on each edge.
/// </summary>
public static class ConversationListCursor
{
    public static string Of(ConversationListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.LastActivityAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{entry.ConversationId}";
    }

    /// <summary>The position a cursor names; an <c>INVALID_INPUT</c> refusal on <c>after</c> when it is not one.</summary>
    public static (long Ticks, string ConversationId) Read(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var colon = cursor.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(cursor.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? (ticks, cursor[(colon + 1)..])
            : throw DomainException.InvalidInput("after", "The cursor is not one this list gave.");
    }
}
