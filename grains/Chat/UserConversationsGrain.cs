using Actors.Runtime;
using Actors.Runtime.Persistence;
using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>
/// A user's conversations, newest activity first, projected from the conversations' events by
/// <see cref="ConversationListSubscriberGrain"/>. Each update keeps the furthest point seen (last message by
/// sequence, read receipt by maximum), so events applied twice or late change nothing and the list converges.
/// Order: last activity (the last message's time, else the opening), newest first, then conversation id;
/// the cursor is that pair, so a page boundary stays put while other conversations move. Each conversation is an
/// entry of its own, so an event writes the one conversation it is about.
/// </summary>
public sealed class UserConversationsGrain([PersistentState("conversations")] IPersistentState<UserConversationsState> state)
    : Grain, IUserConversationsGrain
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The user's conversations, by conversation id.</summary>
    private IStateEntries<UserConversation> Conversations => state.Entries<UserConversation>("conversations");

    public Task<ConversationListPage> ListAsync(int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw DomainException.InvalidInput("first", $"A page has 1 to {MaxPageSize} conversations.");
        }

        var cursor = after is null ? ((long Ticks, string ConversationId)?)null : ConversationListCursor.Read(after);
        var ordered = Conversations
            .OrderByDescending(c => c.LastActivityAt.UtcTicks)
            .ThenBy(c => c.ConversationId, StringComparer.Ordinal)
            .Where(c => cursor is not { } at || IsAfter(c, at))
            .Take(first + 1)
            .ToList();
        var page = ordered.Take(first).Select(Entry).ToList();
        var end = page.Count > 0 ? ConversationListCursor.Of(page[^1]) : after;
        return Task.FromResult(new ConversationListPage(page, end, ordered.Count > first));
    }

    public async Task RecordOpenedAsync(ConversationOpened opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var me = GetPrimaryKeyString();
        if (Conversations.ContainsKey(opened.ConversationId) || (me != opened.ClientId && me != opened.FreelancerId))
        {
            return;
        }

        var counterpart = me == opened.ClientId ? opened.FreelancerId : opened.ClientId;
        Conversations.Set(opened.ConversationId, new UserConversation(
            opened.ConversationId, opened.Kind, opened.SubjectId, counterpart, null, opened.OpenedAt, 0));
        await WriteAsync();
    }

    public async Task RecordMessageAsync(MessageSent sent, ConversationKind kind, string subjectId, string counterpartId)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var known = Conversations.TryGet(sent.ConversationId, out var listed)
            ? listed
            : new UserConversation(sent.ConversationId, kind, subjectId, counterpartId, null, DateTimeOffset.MinValue, 0);
        if (known.LastMessage is { } last && last.Sequence >= sent.Message.Sequence)
        {
            return;
        }

        Conversations.Set(sent.ConversationId, known with
        {
            LastMessage = sent.Message,
            LastActivityAt = sent.Message.SentAt > known.LastActivityAt ? sent.Message.SentAt : known.LastActivityAt,
        });
        await WriteAsync();
    }

    public async Task RecordReadAsync(MessagesRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.ReaderId != GetPrimaryKeyString()
            || !Conversations.TryGet(read.ConversationId, out var known)
            || known.ReadUpTo >= read.UpToSequence)
        {
            return;
        }

        Conversations.Set(read.ConversationId, known with { ReadUpTo = read.UpToSequence });
        await WriteAsync();
    }

    private static bool IsAfter(UserConversation conversation, (long Ticks, string ConversationId) cursor) =>
        conversation.LastActivityAt.UtcTicks < cursor.Ticks
        || (conversation.LastActivityAt.UtcTicks == cursor.Ticks && string.CompareOrdinal(conversation.ConversationId, cursor.ConversationId) > 0);

    private ConversationListEntry Entry(UserConversation c) => new(
        c.ConversationId, c.Kind, c.SubjectId, c.CounterpartId, c.LastMessage, c.LastActivityAt, c.ReadUpTo,
        c.LastMessage is { } last && last.SenderId != GetPrimaryKeyString() && last.Sequence > c.ReadUpTo);

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
