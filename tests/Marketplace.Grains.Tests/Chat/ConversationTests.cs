using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Marketplace.Chat;
using Microsoft.Extensions.DependencyInjection;
using Testing;

namespace Marketplace.Grains.Tests.Chat;

public sealed class ConversationTests
{
    private readonly ManualTimeProvider _clock = new();

    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A proposal's conversation opened by its client, with fresh ids.</summary>
    private static async Task<Room> OpenAsync(TestCluster cluster, ConversationKind kind = ConversationKind.Proposal)
    {
        var subject = NewId();
        var key = ConversationKeys.For(kind, subject);
        var room = new Room(cluster.GrainFactory.GetGrain<IConversationGrain>(key), key, subject, $"client-{NewId()}", $"freelancer-{NewId()}");
        await room.Grain.OpenAsync(new ConversationStart(kind, subject, room.Client, room.Freelancer, room.Client));
        return room;
    }

    private static async Task<DomainException> Refused(Func<Task> command, string code, string? field = null)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(command);
        Assert.Equal(code, refused.Code);
        if (field is not null)
        {
            Assert.Equal(field, refused.Field);
        }

        return refused;
    }

    private static async Task<int> CountAsync(Room room) => (await room.Grain.HistoryAsync(room.Client, 100, null)).Messages.Count;

    [Fact]
    public void Keys_name_the_proposal_or_the_contract()
    {
        Assert.Equal("proposal-p1", ConversationKeys.ForProposal("p1"));
        Assert.Equal("contract-c1", ConversationKeys.ForContract("c1"));
    }

    [Fact]
    public async Task Opening_again_with_the_same_participants_gives_the_same_view_and_with_others_is_already_exists()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);

        var again = await room.Grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, room.Subject, room.Client, room.Freelancer, room.Client));
        await Refused(() => room.Grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, room.Subject, room.Client, "someone-else", room.Client)), ErrorCodes.AlreadyExists);

        Assert.Equal(ConversationKeys.ForProposal(room.Subject), again.Id);
        Assert.Equal((ConversationKind.Proposal, room.Subject, room.Client, room.Freelancer), (again.Kind, again.SubjectId, again.ClientId, again.FreelancerId));
        Assert.Null(again.LastMessage);
        Assert.Equivalent(new Dictionary<string, long> { [room.Client] = 0, [room.Freelancer] = 0 }, again.ReadUpTo, strict: true);
        Assert.Equal(room.Freelancer, (await room.Grain.GetAsync(room.Freelancer)).FreelancerId);
    }

    [Fact]
    public async Task Only_the_client_opens_a_proposal_conversation_but_either_side_a_contract_conversation()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var proposal = NewId();
        var contract = NewId();
        var grain = cluster.GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.ForProposal(proposal));

        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, "c", "f", "f")), ErrorCodes.Forbidden);
        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, "c", "f", "stranger")), ErrorCodes.Forbidden);
        await Refused(() => grain.GetAsync("c"), ErrorCodes.NotFound);

        var opened = await cluster.GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.ForContract(contract))
            .OpenAsync(new ConversationStart(ConversationKind.Contract, contract, "c", "f", "f"));
        Assert.Equal(ConversationKind.Contract, opened.Kind);
    }

    [Fact]
    public async Task Bad_starts_are_refused_with_the_field_and_open_nothing()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var proposal = NewId();
        var grain = cluster.GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.ForProposal(proposal));

        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, "another-proposal", "c", "f", "c")), ErrorCodes.InvalidInput, "subjectId");
        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Contract, proposal, "c", "f", "c")), ErrorCodes.InvalidInput, "subjectId");
        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, "c", "c", "c")), ErrorCodes.InvalidInput, "freelancerId");
        await Refused(() => grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, " ", "f", "f")), ErrorCodes.InvalidInput, "clientId");
        await Refused(() => grain.OpenAsync(new ConversationStart((ConversationKind)7, proposal, "c", "f", "c")), ErrorCodes.InvalidInput, "kind");

        await Refused(() => grain.GetAsync("c"), ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Messages_are_trimmed_numbered_and_paged_newest_first()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);
        var sent = new List<MessageView>();
        for (var i = 1; i <= 5; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            sent.Add(await room.Grain.SendAsync(i % 2 == 1 ? room.Client : room.Freelancer, $"m{i}", $"  message {i}\n"));
        }

        Assert.Equal([1L, 2, 3, 4, 5], sent.Select(m => m.Sequence));
        Assert.Equal($"{room.Key}:3", sent[2].Id);
        Assert.Equal("message 3", sent[2].Text);
        Assert.Equal(room.Freelancer, sent[1].SenderId);
        Assert.Equal(_clock.GetUtcNow(), sent[4].SentAt);

        var newest = await room.Grain.HistoryAsync(room.Freelancer, 2, null);
        var middle = await room.Grain.HistoryAsync(room.Freelancer, 2, newest.Messages[^1].Sequence);
        var oldest = await room.Grain.HistoryAsync(room.Freelancer, 2, middle.Messages[^1].Sequence);
        Assert.Equal([5L, 4], newest.Messages.Select(m => m.Sequence));
        Assert.True(newest.HasMore);
        Assert.Equal([3L, 2], middle.Messages.Select(m => m.Sequence));
        Assert.True(middle.HasMore);
        Assert.Equal([1L], oldest.Messages.Select(m => m.Sequence));
        Assert.False(oldest.HasMore);
        Assert.Equal(sent[0], oldest.Messages[0]);
        Assert.False((await room.Grain.HistoryAsync(room.Client, 5, null)).HasMore);
        Assert.Equal(sent[4], (await room.Grain.GetAsync(room.Client)).LastMessage);
    }

    [Fact]
    public async Task A_retry_returns_the_first_message_and_stores_nothing_new()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);
        var first = await room.Grain.SendAsync(room.Client, "cm-1", "Hello, can you start Monday?");
        _clock.Advance(TimeSpan.FromSeconds(1));

        var retry = await room.Grain.SendAsync(room.Client, "cm-1", " Hello, can you start Monday? ");
        await Refused(() => room.Grain.SendAsync(room.Client, "cm-1", "Something else"), ErrorCodes.IdempotencyConflict, "clientMessageId");
        var theirs = await room.Grain.SendAsync(room.Freelancer, "cm-1", "Yes");

        Assert.Equal(first, retry);
        Assert.Equal(2, theirs.Sequence);
        Assert.Equal(2, await CountAsync(room));
    }

    [Fact]
    public async Task Only_participants_read_or_write_and_an_unopened_conversation_is_not_found()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);
        await room.Grain.SendAsync(room.Client, "a", "Hi");
        var unopened = cluster.GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.ForProposal(NewId()));

        await Refused(() => room.Grain.SendAsync("stranger", "b", "Hi"), ErrorCodes.Forbidden);
        await Refused(() => room.Grain.SendAsync("", "b", "Hi"), ErrorCodes.Forbidden);
        await Refused(() => room.Grain.HistoryAsync("stranger", 10, null), ErrorCodes.Forbidden);
        await Refused(() => room.Grain.MarkReadAsync("stranger", 1), ErrorCodes.Forbidden);
        await Refused(() => room.Grain.GetAsync("stranger"), ErrorCodes.Forbidden);
        await Refused(() => unopened.SendAsync(room.Client, "a", "Hi"), ErrorCodes.NotFound);
        await Refused(() => unopened.HistoryAsync(room.Client, 10, null), ErrorCodes.NotFound);
        await Refused(() => unopened.MarkReadAsync(room.Client, 0), ErrorCodes.NotFound);

        Assert.Equal(1, await CountAsync(room));
        Assert.Equivalent(new Dictionary<string, long> { [room.Client] = 0, [room.Freelancer] = 0 }, (await room.Grain.GetAsync(room.Client)).ReadUpTo, strict: true);
    }

    [Fact]
    public async Task Bad_messages_and_pages_are_refused_with_the_field_and_store_nothing()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);

        await Refused(() => room.Grain.SendAsync(room.Client, "a", "   \n "), ErrorCodes.InvalidInput, "text");
        await Refused(() => room.Grain.SendAsync(room.Client, "a", new string('x', 5_001)), ErrorCodes.InvalidInput, "text");
        await Refused(() => room.Grain.SendAsync(room.Client, " ", "Hi"), ErrorCodes.InvalidInput, "clientMessageId");
        await Refused(() => room.Grain.HistoryAsync(room.Client, 0, null), ErrorCodes.InvalidInput, "first");
        await Refused(() => room.Grain.HistoryAsync(room.Client, 101, null), ErrorCodes.InvalidInput, "first");
        await Refused(() => room.Grain.HistoryAsync(room.Client, 10, 0), ErrorCodes.InvalidInput, "beforeSequence");
        Assert.Equal(0, await CountAsync(room));

        var longest = await room.Grain.SendAsync(room.Client, "a", $"  {new string('x', 5_000)}  ");
        Assert.Equal(5_000, longest.Text.Length);
    }

    [Fact]
    public async Task Before_a_contract_contact_details_are_refused_and_nothing_is_stored()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);

        var refused = await Refused(() => room.Grain.SendAsync(room.Client, "a", "Email me at boss@acme.io"), ErrorCodes.ContactDetailsNotAllowed, "text");
        await Refused(() => room.Grain.SendAsync(room.Freelancer, "b", "Sure, add me on Skype"), ErrorCodes.ContactDetailsNotAllowed, "text");
        await Refused(() => room.Grain.SendAsync(room.Freelancer, "c", "I'd rather be paid via PayPal"), ErrorCodes.ContactDetailsNotAllowed, "text");
        await Refused(() => room.Grain.SendAsync(room.Client, "d", "call 555 123 4567"), ErrorCodes.ContactDetailsNotAllowed, "text");

        Assert.Contains("an email address", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(room));
        Assert.Equal(1, (await room.Grain.SendAsync(room.Client, "a", "I have 10 years of experience? Budget is $1,500.")).Sequence);
    }

    [Fact]
    public async Task In_a_contract_conversation_contact_details_are_allowed()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster, ConversationKind.Contract);

        var sent = await room.Grain.SendAsync(room.Client, "a", "Email me at boss@acme.io or call 555 123 4567");

        Assert.Equal(1, sent.Sequence);
    }

    [Fact]
    public async Task Read_receipts_count_the_other_sides_unread_messages_and_never_move_backwards()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);
        await room.Grain.SendAsync(room.Client, "1", "one");
        await room.Grain.SendAsync(room.Client, "2", "two");
        await room.Grain.SendAsync(room.Freelancer, "3", "three");
        await room.Grain.SendAsync(room.Client, "4", "four");

        Assert.Equal(3, (await room.Grain.GetAsync(room.Freelancer)).UnreadCount);
        Assert.Equal(1, (await room.Grain.GetAsync(room.Client)).UnreadCount);

        var read = await room.Grain.MarkReadAsync(room.Freelancer, 2);
        Assert.Equal(1, read.UnreadCount);
        Assert.Equal(2, read.ReadUpTo[room.Freelancer]);

        var backwards = await room.Grain.MarkReadAsync(room.Freelancer, 1);
        await Refused(() => room.Grain.MarkReadAsync(room.Freelancer, 5), ErrorCodes.InvalidInput, "upToSequence");
        await Refused(() => room.Grain.MarkReadAsync(room.Freelancer, -1), ErrorCodes.InvalidInput, "upToSequence");
        Assert.Equal(2, backwards.ReadUpTo[room.Freelancer]);
        var seenByClient = await room.Grain.GetAsync(room.Client);
        Assert.Equal(2, seenByClient.ReadUpTo[room.Freelancer]);
        Assert.Equal(0, seenByClient.ReadUpTo[room.Client]);

        Assert.Equal(0, (await room.Grain.MarkReadAsync(room.Freelancer, 4)).UnreadCount);
    }

    [Fact]
    public async Task Opening_sending_and_reading_are_recorded_on_the_conversation_stream_once()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var room = await OpenAsync(cluster);
        await room.Grain.OpenAsync(new ConversationStart(ConversationKind.Proposal, room.Subject, room.Client, room.Freelancer, room.Client));
        var message = await room.Grain.SendAsync(room.Client, "1", "Hello");
        await room.Grain.SendAsync(room.Client, "1", "Hello");
        await room.Grain.MarkReadAsync(room.Freelancer, 1);
        await room.Grain.MarkReadAsync(room.Freelancer, 1);
        await Assert.ThrowsAsync<DomainException>(() => room.Grain.SendAsync(room.Client, "2", "my email is a@b.cd"));

        var stream = new StreamId(ChatStreams.Conversation, room.Key);
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        Assert.Equal(3, await streams.ReadLastSequenceAsync(stream, CancellationToken.None));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = await streams.ReadAsync(stream, 0, stop.Token).Take(3).Select(e => e.Event).ToListAsync(stop.Token);

        var opened = Assert.IsType<ConversationOpened>(events[0]);
        Assert.Equal((room.Client, room.Freelancer, ConversationKind.Proposal), (opened.ClientId, opened.FreelancerId, opened.Kind));
        var sent = Assert.IsType<MessageSent>(events[1]);
        Assert.Equal(message, sent.Message);
        Assert.Equal([room.Freelancer], sent.RecipientIds);
        Assert.Equal(new MessagesRead(room.Key, room.Freelancer, 1), events[2]);
    }

    private sealed record Room(IConversationGrain Grain, string Key, string Subject, string Client, string Freelancer);
}
