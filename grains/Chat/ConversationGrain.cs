using System.Globalization;
using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>
/// A chat room between a client and a freelancer about a proposal or a contract. Every command checks the acting
/// user is a participant, validates everything, then changes the state and records its event in one write, so a
/// refused command changes nothing and every event is stored exactly when its change is. Each message is stored as
/// an entry of its own beside the state, so sending one writes that message and the small state, not the history.
/// </summary>
public sealed class ConversationGrain([PersistentState("conversation")] IPersistentState<ConversationState> state, TimeProvider clock)
    : Grain, IConversationGrain
{
    /// <summary>The longest message, in characters after trimming.</summary>
    public const int MaxTextLength = 5_000;

    /// <summary>The largest page of history.</summary>
    public const int MaxPageSize = 100;

    /// <summary>(sender, clientMessageId) → sequence, rebuilt from the messages on activation.</summary>
    private readonly Dictionary<(string Sender, string ClientMessageId), long> _sent = [];

    private ConversationState State => state.State;

    /// <summary>The messages, keyed by sequence (see <see cref="Key"/>), oldest first.</summary>
    private IStateEntries<StoredMessage> Messages => state.Entries<StoredMessage>("messages");

    private StreamId Stream => new(ChatStreams.Conversation, GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var message in Messages)
        {
            _sent[(message.SenderId, message.ClientMessageId)] = message.Sequence;
        }

        return Task.CompletedTask;
    }

    public async Task<ConversationView> OpenAsync(ConversationStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (!Enum.IsDefined(start.Kind))
        {
            throw DomainException.InvalidInput("kind", "The conversation's kind must be Proposal or Contract.");
        }

        Require("subjectId", start.SubjectId);
        Require("clientId", start.ClientId);
        Require("freelancerId", start.FreelancerId);
        Require("openedBy", start.OpenedBy);
        if (ConversationKeys.For(start.Kind, start.SubjectId) != GetPrimaryKeyString())
        {
            throw DomainException.InvalidInput("subjectId", $"Conversation \"{GetPrimaryKeyString()}\" is not the conversation of {start.Kind.ToString().ToLowerInvariant()} \"{start.SubjectId}\".");
        }

        if (start.ClientId == start.FreelancerId)
        {
            throw DomainException.InvalidInput("freelancerId", "A conversation is between two different users.");
        }

        if (start.OpenedBy != start.ClientId && start.OpenedBy != start.FreelancerId)
        {
            throw DomainException.Forbidden("Only the client or the freelancer may open their conversation.");
        }

        if (start.Kind == ConversationKind.Proposal && start.OpenedBy != start.ClientId)
        {
            throw DomainException.Forbidden("The client messages first about a proposal; the freelancer may answer once the client has opened the conversation.");
        }

        if (State.Opened)
        {
            if (State.Kind != start.Kind || State.SubjectId != start.SubjectId || State.ClientId != start.ClientId || State.FreelancerId != start.FreelancerId)
            {
                throw new DomainException(ErrorCodes.AlreadyExists, $"Conversation \"{GetPrimaryKeyString()}\" is already open between other participants.");
            }

            return View(start.OpenedBy);
        }

        var now = clock.GetUtcNow();
        State.Opened = true;
        State.Kind = start.Kind;
        State.SubjectId = start.SubjectId;
        State.ClientId = start.ClientId;
        State.FreelancerId = start.FreelancerId;
        State.OpenedAt = now;
        State.ReadUpTo = new() { [start.ClientId] = 0, [start.FreelancerId] = 0 };
        state.RecordEvent(Stream, new ConversationOpened(GetPrimaryKeyString(), start.Kind, start.SubjectId, start.ClientId, start.FreelancerId, now));
        await WriteAsync();
        return View(start.OpenedBy);
    }

    public async Task<MessageView> SendAsync(string senderId, string clientMessageId, string text)
    {
        RequireParticipant(senderId);
        Require("clientMessageId", clientMessageId);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length is 0 or > MaxTextLength)
        {
            throw DomainException.InvalidInput("text", $"A message has 1 to {MaxTextLength:N0} characters.");
        }

        if (_sent.TryGetValue((senderId, clientMessageId), out var sequence))
        {
            var first = Message(sequence);
            return first.Text == trimmed
                ? first.ToView()
                : throw new DomainException(ErrorCodes.IdempotencyConflict, $"Message \"{clientMessageId}\" was sent before with another text.", "clientMessageId");
        }

        if (State.Kind == ConversationKind.Proposal && OffPlatformContactRule.FindViolation(trimmed) is { } violation)
        {
            throw new DomainException(ErrorCodes.ContactDetailsNotAllowed,
                $"Before a contract, messages may not carry contact details or ask for payment off the platform; this one has {violation}.", "text");
        }

        var next = State.MessageCount + 1;
        var message = new StoredMessage($"{GetPrimaryKeyString()}:{next}", next, senderId, clientMessageId, trimmed, clock.GetUtcNow());
        Messages.Set(Key(next), message);
        State.MessageCount = next;
        state.RecordEvent(Stream, new MessageSent(GetPrimaryKeyString(), message.ToView(), [Counterpart(senderId)]));
        await WriteAsync();

        _sent[(senderId, clientMessageId)] = next;
        return message.ToView();
    }

    public Task<MessagePage> HistoryAsync(string viewerId, int first, long? beforeSequence)
    {
        RequireParticipant(viewerId);
        if (first is < 1 or > MaxPageSize)
        {
            throw DomainException.InvalidInput("first", $"A page has 1 to {MaxPageSize} messages.");
        }

        if (beforeSequence is < 1)
        {
            throw DomainException.InvalidInput("beforeSequence", "A message sequence starts at 1.");
        }

        var end = Math.Min(beforeSequence - 1 ?? long.MaxValue, State.MessageCount); // messages 1..end are older than the cursor
        var start = Math.Max(0, end - first);
        var page = new List<MessageView>((int)(end - start));
        for (var sequence = end; sequence > start; sequence--)
        {
            page.Add(Message(sequence).ToView());
        }

        return Task.FromResult(new MessagePage(page, start > 0));
    }

    public async Task<ConversationView> MarkReadAsync(string readerId, long upToSequence)
    {
        RequireParticipant(readerId);
        if (upToSequence < 0 || upToSequence > State.MessageCount)
        {
            throw DomainException.InvalidInput("upToSequence", $"There are {State.MessageCount} messages; a read receipt is 0 to that.");
        }

        if (upToSequence <= State.ReadUpTo.GetValueOrDefault(readerId))
        {
            return View(readerId);
        }

        State.ReadUpTo[readerId] = upToSequence;
        state.RecordEvent(Stream, new MessagesRead(GetPrimaryKeyString(), readerId, upToSequence));
        await WriteAsync();

        return View(readerId);
    }

    public Task<ConversationView> GetAsync(string viewerId)
    {
        RequireParticipant(viewerId);
        return Task.FromResult(View(viewerId));
    }

    /// <summary>
    /// Stores the state and its recorded events. When the write fails, this activation's state (and the events it
    /// holds) no longer match what is stored: it ends, and the next call reads the stored state anew.
    /// </summary>
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

    private ConversationView View(string viewerId)
    {
        var readUpTo = State.ReadUpTo.GetValueOrDefault(viewerId);
        var unread = 0;
        for (var sequence = State.MessageCount; sequence > readUpTo; sequence--)
        {
            if (Message(sequence).SenderId != viewerId)
            {
                unread++;
            }
        }

        return new ConversationView(
            GetPrimaryKeyString(), State.Kind, State.SubjectId, State.ClientId, State.FreelancerId,
            State.MessageCount > 0 ? Message(State.MessageCount).ToView() : null,
            new Dictionary<string, long>(State.ReadUpTo), unread);
    }

    /// <summary>The message with <paramref name="sequence"/>, 1 to <see cref="ConversationState.MessageCount"/>.</summary>
    private StoredMessage Message(long sequence) =>
        Messages.TryGet(Key(sequence), out var message)
            ? message
            : throw new InvalidOperationException($"Conversation \"{GetPrimaryKeyString()}\" has no stored message {sequence} of {State.MessageCount}.");

    private static string Key(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private string Counterpart(string participantId) => participantId == State.ClientId ? State.FreelancerId : State.ClientId;

    /// <summary>NOT_FOUND when the conversation was never opened, FORBIDDEN for anyone but its two participants.</summary>
    private void RequireParticipant(string userId)
    {
        if (!State.Opened)
        {
            throw DomainException.NotFound("Conversation", GetPrimaryKeyString());
        }

        if (string.IsNullOrEmpty(userId) || (userId != State.ClientId && userId != State.FreelancerId))
        {
            throw DomainException.Forbidden("Only the client and the freelancer of a conversation may read or write it.");
        }
    }

    private static void Require(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.InvalidInput(field, $"{field} is required.");
        }
    }
}
