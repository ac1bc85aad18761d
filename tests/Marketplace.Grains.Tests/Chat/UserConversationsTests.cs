using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Marketplace.Chat;
using Testing;

namespace Marketplace.Grains.Tests.Chat;

public sealed class UserConversationsTests
{
    private const string Subscriber = "conversationlistsubscriber";
    // Moves of a second at most: a delivery in flight while the clock jumps past the request timeout (30 s) would fail and wait for its retry on this clock.
    private readonly ManualTimeProvider _clock = new();

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static StreamId Stream(string conversationId) => new(ChatStreams.Conversation, conversationId);

    private static async Task<IConversationGrain> OpenAsync(TestCluster cluster, ConversationKind kind, string subject, string client, string freelancer)
    {
        var conversation = cluster.GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.For(kind, subject));
        await conversation.OpenAsync(new ConversationStart(kind, subject, client, freelancer, client));
        return conversation;
    }

    [Fact]
    public async Task Each_participants_list_converges_on_the_conversations_newest_activity_first()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var client = $"client-{NewId()}";
        var (alice, bob) = ($"alice-{NewId()}", $"bob-{NewId()}");
        var (proposal, contract) = (NewId(), NewId());
        var withAlice = await OpenAsync(cluster, ConversationKind.Proposal, proposal, client, alice);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var withBob = await OpenAsync(cluster, ConversationKind.Contract, contract, client, bob);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var hello = await withAlice.SendAsync(client, "1", "Hello Alice");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var reply = await withAlice.SendAsync(alice, "2", "Hi!");

        await StreamProgress.CaughtUpAsync(cluster, Subscriber, Stream(ConversationKeys.ForProposal(proposal)));
        await StreamProgress.CaughtUpAsync(cluster, Subscriber, Stream(ConversationKeys.ForContract(contract)));
        var clientList = await cluster.GrainFactory.GetGrain<IUserConversationsGrain>(client).ListAsync(10, null);
        var aliceList = await cluster.GrainFactory.GetGrain<IUserConversationsGrain>(alice).ListAsync(10, null);
        var bobList = await cluster.GrainFactory.GetGrain<IUserConversationsGrain>(bob).ListAsync(10, null);

        Assert.Equal([ConversationKeys.ForProposal(proposal), ConversationKeys.ForContract(contract)], clientList.Entries.Select(e => e.ConversationId));
        var first = clientList.Entries[0];
        Assert.Equal((ConversationKind.Proposal, proposal, alice, reply, reply.SentAt, true), (first.Kind, first.SubjectId, first.CounterpartId, first.LastMessage, first.LastActivityAt, first.HasUnread));
        Assert.Equal((bob, (MessageView?)null, false), (clientList.Entries[1].CounterpartId, clientList.Entries[1].LastMessage, clientList.Entries[1].HasUnread));
        Assert.False(clientList.HasMore);
        Assert.Equal(reply, Assert.Single(aliceList.Entries).LastMessage);
        Assert.False(aliceList.Entries[0].HasUnread); // her own message is the last
        Assert.Equal(client, Assert.Single(bobList.Entries).CounterpartId);
        Assert.NotEqual(hello, reply);
    }

    [Fact]
    public async Task A_read_receipt_clears_unread_and_events_delivered_again_change_nothing()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var (client, freelancer, subject) = ($"client-{NewId()}", $"freelancer-{NewId()}", NewId());
        var conversation = await OpenAsync(cluster, ConversationKind.Proposal, subject, client, freelancer);
        await conversation.SendAsync(client, "1", "one");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var last = await conversation.SendAsync(client, "2", "two");
        var stream = Stream(ConversationKeys.ForProposal(subject));
        var list = cluster.GrainFactory.GetGrain<IUserConversationsGrain>(freelancer);
        await StreamProgress.CaughtUpAsync(cluster, Subscriber, stream);
        Assert.True(Assert.Single((await list.ListAsync(10, null)).Entries).HasUnread);

        await conversation.MarkReadAsync(freelancer, 2);
        await StreamProgress.CaughtUpAsync(cluster, Subscriber, stream);
        var read = Assert.Single((await list.ListAsync(10, null)).Entries);
        await StreamProgress.RedeliverAsync(cluster, Subscriber, stream);
        var afterRedelivery = Assert.Single((await list.ListAsync(10, null)).Entries);

        Assert.Equal((2L, false, last), (read.ReadUpTo, read.HasUnread, read.LastMessage));
        Assert.Equal(read, afterRedelivery);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_bad_pages_are_refused()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var client = $"client-{NewId()}";
        var keys = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            var subject = NewId();
            await OpenAsync(cluster, ConversationKind.Contract, subject, client, $"freelancer-{i}-{NewId()}");
            keys.Add(ConversationKeys.ForContract(subject));
        }

        foreach (var key in keys)
        {
            await StreamProgress.CaughtUpAsync(cluster, Subscriber, Stream(key));
        }

        var list = cluster.GrainFactory.GetGrain<IUserConversationsGrain>(client);
        var first = await list.ListAsync(2, null);
        var second = await list.ListAsync(2, first.EndCursor);

        Assert.Equal([keys[2], keys[1]], first.Entries.Select(e => e.ConversationId));
        Assert.True(first.HasMore);
        Assert.Equal([keys[0]], second.Entries.Select(e => e.ConversationId));
        Assert.False(second.HasMore);
        Assert.Equal(ErrorCodes.InvalidInput, (await Assert.ThrowsAsync<DomainException>(() => list.ListAsync(0, null))).Code);
        var badCursor = await Assert.ThrowsAsync<DomainException>(() => list.ListAsync(2, "not-a-cursor"));
        Assert.Equal(("after", ErrorCodes.InvalidInput), (badCursor.Field, badCursor.Code));
    }
}
