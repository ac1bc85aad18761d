using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Notifications;

/// <summary>The inbox over real HTTP and graphql-transport-ws against a silo on PostgreSQL: message notifications, paging, marking read.</summary>
public sealed class NotificationsApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Inbox = """
        query ($after: String, $unreadOnly: Boolean) { me { unreadNotificationCount notifications(first: 2, after: $after, unreadOnly: $unreadOnly) {
          unreadCount edges { cursor node { id kind title body readAt subject { id } } } pageInfo { hasNextPage endCursor } } } }
        """;

    private const string MarkRead = """
        mutation ($ids: [ID!], $all: Boolean) { markNotificationsRead(input: { ids: $ids, all: $all }) { unreadCount errors { code field } } }
        """;

    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_recipient_of_a_message_is_notified_live_and_in_the_inbox_and_the_sender_is_not()
    {
        var chat = await _server.StartProposalChatAsync();
        await using var freelancerSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, chat.Freelancer.Token);
        var live = await freelancerSocket.SubscribeAsync("subscription { notifications { id kind title body subject { id } } }");
        await Task.Delay(500); // the subscription reads the inbox stream from its end

        await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, "Could you share a similar dashboard you built?");

        var pushed = ChatRequests.Next(await GraphQLSocket.NextAsync(live), "notifications");
        var inbox = await WaitForNotificationsAsync(chat.Freelancer, 1);
        var senderInbox = (await _server.DataAsync(Inbox, token: chat.Client.Token)).GetProperty("me");

        Assert.Equal("MESSAGE", pushed.GetProperty("kind").GetString());
        Assert.Equal("Could you share a similar dashboard you built?", pushed.GetProperty("body").GetString());
        Assert.Equal(chat.ConversationId, pushed.GetProperty("subject").GetProperty("id").GetString());
        var node = inbox.GetProperty("notifications").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(pushed.GetProperty("id").GetString(), node.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("readAt").ValueKind);
        Assert.Equal(1, inbox.GetProperty("unreadNotificationCount").GetInt32());
        // The client's inbox has the freelancer's proposal (the job's router), but not the client's own message.
        Assert.Equal(["NEW_PROPOSAL"], senderInbox.GetProperty("notifications").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Notifications_page_newest_first_and_are_marked_read_by_id_or_all_at_once_by_their_owner_only()
    {
        var chat = await _server.StartProposalChatAsync();
        foreach (var text in new[] { "first", "second", "third" })
        {
            await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, text);
        }

        var me = await WaitForNotificationsAsync(chat.Freelancer, 3);
        var page1 = me.GetProperty("notifications");
        var page2 = (await _server.DataAsync(Inbox, new { after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, chat.Freelancer.Token))
            .GetProperty("me").GetProperty("notifications");
        static string[] Bodies(JsonElement page) => [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("body").GetString()!)];
        Assert.Equal(["third", "second"], Bodies(page1));
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["first"], Bodies(page2));
        Assert.False(page2.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var newestId = page1.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        var byOther = (await _server.DataAsync(MarkRead, new { ids = new[] { newestId } }, chat.Client.Token)).GetProperty("markNotificationsRead");
        var neither = (await _server.DataAsync(MarkRead, new { }, chat.Freelancer.Token)).GetProperty("markNotificationsRead");
        var notAnId = (await _server.DataAsync(MarkRead, new { ids = new[] { "nope" } }, chat.Freelancer.Token)).GetProperty("markNotificationsRead");
        var one = (await _server.DataAsync(MarkRead, new { ids = new[] { newestId } }, chat.Freelancer.Token)).GetProperty("markNotificationsRead");
        var unread = (await _server.DataAsync(Inbox, new { unreadOnly = true }, chat.Freelancer.Token)).GetProperty("me").GetProperty("notifications");
        var all = (await _server.DataAsync(MarkRead, new { all = true }, chat.Freelancer.Token)).GetProperty("markNotificationsRead");
        var after = (await _server.DataAsync(Inbox, token: chat.Freelancer.Token)).GetProperty("me");

        Assert.Equal(["NOT_FOUND"], Users.ErrorCodes(byOther));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(neither));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(notAnId));
        Assert.Equal("[\"input\",\"ids\"]", notAnId.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.Equal(2, one.GetProperty("unreadCount").GetInt32());
        Assert.Equal(["second", "first"], Bodies(unread));
        Assert.Equal(0, all.GetProperty("unreadCount").GetInt32());
        Assert.Equal(0, after.GetProperty("unreadNotificationCount").GetInt32());
        Assert.All(after.GetProperty("notifications").GetProperty("edges").EnumerateArray(), e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("node").GetProperty("readAt").ValueKind));
    }

    /// <summary>Notifications come from routers that follow the chat's streams asynchronously: poll until the inbox holds <paramref name="count"/>.</summary>
    private async Task<JsonElement> WaitForNotificationsAsync(SignedInUser user, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var me = (await _server.DataAsync(Inbox, token: user.Token)).GetProperty("me");
            if (me.GetProperty("unreadNotificationCount").GetInt32() >= count || attempt == 100)
            {
                return me;
            }

            await Task.Delay(50);
        }
    }
}
