using Actors.Runtime.Streams;
using Marketplace.Chat;
using Marketplace.Notifications;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Chat;

/// <summary>On PostgreSQL: a conversation's history and read receipts, the lists and the inboxes made from it survive a restart.</summary>
public sealed class ChatOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task History_receipts_lists_and_inboxes_survive_a_restart()
    {
        await using var cluster = await MarketplaceCluster.StartOnPostgresAsync(database, _clock);
        var (client, freelancer, contract) = ($"client-{Guid.NewGuid():N}", $"freelancer-{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"));
        var key = ConversationKeys.ForContract(contract);
        var conversation = cluster.GrainFactory.GetGrain<IConversationGrain>(key);
        await conversation.OpenAsync(new ConversationStart(ConversationKind.Contract, contract, client, freelancer, freelancer));
        var sent = new List<MessageView>();
        for (var i = 1; i <= 3; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            sent.Add(await conversation.SendAsync(i == 2 ? freelancer : client, $"m{i}", $"message {i}, write me at me{i}@example.com"));
        }

        await conversation.MarkReadAsync(freelancer, 2);
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>(freelancer);
        var stream = new StreamId(ChatStreams.Conversation, key);
        await StreamProgress.CaughtUpAsync(cluster, "messagenotificationrouter", stream);
        await StreamProgress.CaughtUpAsync(cluster, "conversationlistsubscriber", stream);
        var notifications = await inbox.ListAsync(10, null, false);
        await inbox.MarkReadAsync([notifications.Notifications[^1].Id]);

        await cluster.RestartAsync();

        // Read before anything new is sent: a new message adds a notification as soon as the router gets it.
        inbox = cluster.GrainFactory.GetGrain<IInboxGrain>(freelancer);
        var kept = await inbox.ListAsync(10, null, false);
        Assert.Equal(notifications.Notifications.Select(n => n.Id), kept.Notifications.Select(n => n.Id));
        Assert.NotNull(kept.Notifications[^1].ReadAt);
        Assert.Equal(1, kept.UnreadCount);
        var entry = Assert.Single((await cluster.GrainFactory.GetGrain<IUserConversationsGrain>(freelancer).ListAsync(10, null)).Entries);
        Assert.Equal((key, 2L), (entry.ConversationId, entry.ReadUpTo));

        conversation = cluster.GrainFactory.GetGrain<IConversationGrain>(key);
        var history = await conversation.HistoryAsync(freelancer, 10, null);
        Assert.Equal(sent.AsEnumerable().Reverse(), history.Messages);
        var older = await conversation.HistoryAsync(freelancer, 1, 3);
        Assert.Equal([sent[1]], older.Messages);
        Assert.True(older.HasMore);
        var view = await conversation.GetAsync(freelancer);
        Assert.Equal((2L, 0L, 1), (view.ReadUpTo[freelancer], view.ReadUpTo[client], view.UnreadCount));
        Assert.Equal(sent[0], await conversation.SendAsync(client, "m1", "message 1, write me at me1@example.com"));
        Assert.Equal(4, (await conversation.SendAsync(client, "m4", "after the restart")).Sequence);

        await StreamProgress.CaughtUpAsync(cluster, "messagenotificationrouter", stream);
        Assert.Equal(2, await inbox.UnreadCountAsync());
    }
}
