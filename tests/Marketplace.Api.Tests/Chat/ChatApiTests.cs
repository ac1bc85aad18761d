using System.Text.Json;
using System.Threading.Channels;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Chat;

/// <summary>Chat between a client and a freelancer over real HTTP and graphql-transport-ws against a silo on PostgreSQL.</summary>
public sealed class ChatApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string MessageAdded = """
        subscription ($conversationId: ID!) { messageAdded(conversationId: $conversationId) { id sequence text sentByMe senderId conversationId } }
        """;

    private const string Conversation = """
        query ($id: ID!) { conversation(id: $id) { id kind unreadCount lastMessage { text } readReceipts { userId upToSequence }
          client { displayName } freelancer { displayName } } }
        """;

    private const string History = """
        query ($id: ID!, $before: String) { conversation(id: $id) { messages(first: 2, before: $before) {
          edges { cursor node { sequence text } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }
        """;

    private const string MarkRead = """
        mutation ($conversationId: ID!, $upTo: Long!) { markConversationRead(input: { conversationId: $conversationId, upToSequence: $upTo }) {
          conversation { unreadCount readReceipts { userId upToSequence } } errors { code field } } }
        """;

    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_client_opens_a_conversation_on_a_proposal_and_each_side_receives_the_others_messages_live_and_in_order()
    {
        var chat = await _server.StartProposalChatAsync();
        await using var clientSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, chat.Client.Token);
        await using var freelancerSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, chat.Freelancer.Token);
        var toClient = await clientSocket.SubscribeAsync(MessageAdded, new { conversationId = chat.ConversationId });
        var toFreelancer = await freelancerSocket.SubscribeAsync(MessageAdded, new { conversationId = chat.ConversationId });
        await Task.Delay(500); // both subscriptions read from the stream's end: let them start before chatting

        await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, "Hello Ada, thanks for your proposal.");
        await _server.SendAcceptedAsync(chat.Freelancer, chat.ConversationId, "Hello! Happy to answer any questions.");
        await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, "When could you start?");

        var seenByFreelancer = new List<JsonElement>();
        var seenByClient = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            seenByFreelancer.Add(ChatRequests.Next(await GraphQLSocket.NextAsync(toFreelancer), "messageAdded"));
            seenByClient.Add(ChatRequests.Next(await GraphQLSocket.NextAsync(toClient), "messageAdded"));
        }

        Assert.Equal([1L, 2L, 3L], seenByFreelancer.Select(m => m.GetProperty("sequence").GetInt64()));
        Assert.Equal(
            ["Hello Ada, thanks for your proposal.", "Hello! Happy to answer any questions.", "When could you start?"],
            seenByFreelancer.Select(m => m.GetProperty("text").GetString()));
        Assert.Equal([false, true, false], seenByFreelancer.Select(m => m.GetProperty("sentByMe").GetBoolean()));
        Assert.Equal([true, false, true], seenByClient.Select(m => m.GetProperty("sentByMe").GetBoolean()));
        Assert.Equal(chat.Client.Id, seenByFreelancer[0].GetProperty("senderId").GetString());
        Assert.Equal(chat.ConversationId, seenByClient[0].GetProperty("conversationId").GetString());

        var asFreelancer = (await _server.DataAsync(Conversation, new { id = chat.ConversationId }, chat.Freelancer.Token)).GetProperty("conversation");
        Assert.Equal("PROPOSAL", asFreelancer.GetProperty("kind").GetString());
        Assert.Equal("Acme", asFreelancer.GetProperty("client").GetProperty("displayName").GetString());
        Assert.Equal("Ada", asFreelancer.GetProperty("freelancer").GetProperty("displayName").GetString());
        Assert.Equal("When could you start?", asFreelancer.GetProperty("lastMessage").GetProperty("text").GetString());
    }

    [Fact]
    public async Task History_pages_newest_first_by_cursor_and_read_receipts_move_unread_counts()
    {
        var chat = await _server.StartProposalChatAsync();
        foreach (var text in new[] { "one", "two", "three", "four", "five" })
        {
            await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, text);
        }

        var page1 = (await _server.DataAsync(History, new { id = chat.ConversationId }, chat.Freelancer.Token)).GetProperty("conversation").GetProperty("messages");
        var page2 = (await _server.DataAsync(History, new { id = chat.ConversationId, before = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, chat.Freelancer.Token))
            .GetProperty("conversation").GetProperty("messages");
        var page3 = (await _server.DataAsync(History, new { id = chat.ConversationId, before = page2.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, chat.Freelancer.Token))
            .GetProperty("conversation").GetProperty("messages");
        var badCursor = await _server.PostAsync(History, new { id = chat.ConversationId, before = "not-a-cursor" }, chat.Freelancer.Token);

        static string[] Texts(JsonElement page) => [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("text").GetString()!)];
        Assert.Equal(["five", "four"], Texts(page1));
        Assert.Equal(["three", "two"], Texts(page2));
        Assert.Equal(["one"], Texts(page3));
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page1.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(page3.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("INVALID_INPUT", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var before = (await _server.DataAsync(Conversation, new { id = chat.ConversationId }, chat.Freelancer.Token)).GetProperty("conversation");
        var read = (await _server.DataAsync(MarkRead, new { conversationId = chat.ConversationId, upTo = 3 }, chat.Freelancer.Token)).GetProperty("markConversationRead");
        var backwards = (await _server.DataAsync(MarkRead, new { conversationId = chat.ConversationId, upTo = 1 }, chat.Freelancer.Token)).GetProperty("markConversationRead");
        var beyond = (await _server.DataAsync(MarkRead, new { conversationId = chat.ConversationId, upTo = 9 }, chat.Freelancer.Token)).GetProperty("markConversationRead");
        var asClient = (await _server.DataAsync(Conversation, new { id = chat.ConversationId }, chat.Client.Token)).GetProperty("conversation");

        Assert.Equal(5, before.GetProperty("unreadCount").GetInt32());
        Assert.Equal(2, read.GetProperty("conversation").GetProperty("unreadCount").GetInt32());
        Assert.Equal(2, backwards.GetProperty("conversation").GetProperty("unreadCount").GetInt32());
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(beyond));
        Assert.Equal(0, asClient.GetProperty("unreadCount").GetInt32());
        var receipts = asClient.GetProperty("readReceipts").EnumerateArray().ToDictionary(r => r.GetProperty("userId").GetString()!, r => r.GetProperty("upToSequence").GetInt64());
        Assert.Equal(3, receipts[chat.Freelancer.Id]);
        Assert.Equal(0, receipts[chat.Client.Id]);
    }

    [Fact]
    public async Task Both_participants_list_the_conversation_under_me_with_its_unread_count()
    {
        var chat = await _server.StartProposalChatAsync();
        await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, "Are you available next week?");
        const string MyConversations = "{ me { conversations(first: 10) { edges { cursor node { id unreadCount lastMessage { text } } } pageInfo { hasNextPage } } } }";

        // The lists are projections of the conversations' streams, updated asynchronously: poll until the message shows.
        JsonElement edges = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            edges = (await _server.DataAsync(MyConversations, token: chat.Freelancer.Token)).GetProperty("me").GetProperty("conversations").GetProperty("edges");
            if (edges.GetArrayLength() == 1 && edges[0].GetProperty("node").GetProperty("lastMessage").ValueKind == JsonValueKind.Object)
            {
                break;
            }

            await Task.Delay(50);
        }

        var clientEdges = (await _server.DataAsync(MyConversations, token: chat.Client.Token)).GetProperty("me").GetProperty("conversations").GetProperty("edges");
        Assert.Equal(1, edges.GetArrayLength());
        Assert.Equal(chat.ConversationId, edges[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(1, edges[0].GetProperty("node").GetProperty("unreadCount").GetInt32());
        Assert.Equal(chat.ConversationId, clientEdges[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(0, clientEdges[0].GetProperty("node").GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task Outsiders_can_neither_read_nor_write_nor_subscribe_nor_learn_that_the_conversation_exists()
    {
        var chat = await _server.StartProposalChatAsync();
        await _server.SendAcceptedAsync(chat.Client, chat.ConversationId, "A private question about your proposal.");
        var otherFreelancer = await _server.SignUpAsync("FREELANCER");
        var otherClient = await _server.SignUpAsync("CLIENT");
        var unknown = "Q29udmVyc2F0aW9uOnByb3Bvc2FsLW5vcGU"; // Conversation:proposal-nope

        foreach (var outsider in new[] { otherFreelancer, otherClient })
        {
            var read = (await _server.DataAsync(Conversation, new { id = chat.ConversationId }, outsider.Token)).GetProperty("conversation");
            var node = (await _server.DataAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = chat.ConversationId }, outsider.Token)).GetProperty("node");
            var send = await _server.SendAsync(outsider, chat.ConversationId, "Let me in");
            var sendToUnknown = await _server.SendAsync(outsider, unknown, "Anyone?");
            var markRead = (await _server.DataAsync(MarkRead, new { conversationId = chat.ConversationId, upTo = 1 }, outsider.Token)).GetProperty("markConversationRead");
            await using var socket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, outsider.Token);
            var subscribe = await GraphQLSocket.NextAsync(await socket.SubscribeAsync(MessageAdded, new { conversationId = chat.ConversationId }));

            Assert.Equal(JsonValueKind.Null, read.ValueKind);
            Assert.Equal(JsonValueKind.Null, node.ValueKind);
            Assert.Equal(["NOT_FOUND"], Users.ErrorCodes(send));
            Assert.Equal(Users.ErrorCodes(sendToUnknown), Users.ErrorCodes(send));
            Assert.Equal(["NOT_FOUND"], Users.ErrorCodes(markRead));
            Assert.Equal("error", subscribe.GetProperty("type").GetString());
            Assert.Equal("NOT_FOUND", subscribe.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        var anonymous = (await _server.DataAsync(Conversation, new { id = chat.ConversationId })).GetProperty("conversation");
        var otherClientStarts = (await _server.DataAsync(ChatRequests.StartMutation, new { proposalId = chat.ProposalId }, otherClient.Token)).GetProperty("startProposalConversation");
        var freelancerStarts = await _server.PostAsync(ChatRequests.StartMutation, new { proposalId = chat.ProposalId }, chat.Freelancer.Token);
        var history = (await _server.DataAsync(History, new { id = chat.ConversationId }, chat.Client.Token)).GetProperty("conversation").GetProperty("messages").GetProperty("edges");

        Assert.Equal(JsonValueKind.Null, anonymous.ValueKind);
        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(otherClientStarts));
        Assert.Equal("FORBIDDEN", freelancerStarts.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task Contact_details_before_a_contract_are_refused_and_a_repeated_client_message_id_stores_one_message()
    {
        var chat = await _server.StartProposalChatAsync();

        var email = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "Write to me at ada@example.com instead.");
        var paypal = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "Just pay me by PayPal, it is quicker.");
        var first = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "I can start on Monday.", "retry-1");
        var retried = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "I can start on Monday.", "retry-1");
        var changed = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "I can start on Tuesday.", "retry-1");
        var empty = await _server.SendAsync(chat.Freelancer, chat.ConversationId, "   ");
        var history = (await _server.DataAsync(History, new { id = chat.ConversationId }, chat.Client.Token)).GetProperty("conversation").GetProperty("messages").GetProperty("edges");

        Assert.Equal(["CONTACT_DETAILS_NOT_ALLOWED"], Users.ErrorCodes(email));
        Assert.Equal("[\"input\",\"text\"]", email.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.Equal(JsonValueKind.Null, email.GetProperty("message").ValueKind);
        Assert.Equal(["CONTACT_DETAILS_NOT_ALLOWED"], Users.ErrorCodes(paypal));
        Assert.Equal(first.GetProperty("message").GetProperty("id").GetString(), retried.GetProperty("message").GetProperty("id").GetString());
        Assert.Equal(1, retried.GetProperty("message").GetProperty("sequence").GetInt64());
        Assert.Equal(["IDEMPOTENCY_CONFLICT"], Users.ErrorCodes(changed));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(empty));
        Assert.Equal(["I can start on Monday."], history.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_typing_indicator_reaches_the_other_participant_only_and_is_not_stored()
    {
        var chat = await _server.StartProposalChatAsync();
        const string Typing = "subscription ($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId userId typing } }";
        const string SetTyping = """
            mutation ($conversationId: ID!, $typing: Boolean!) { setTyping(input: { conversationId: $conversationId, typing: $typing }) { errors { code } } }
            """;
        await using var clientSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, chat.Client.Token);
        await using var freelancerSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, chat.Freelancer.Token);
        var toClient = await clientSocket.SubscribeAsync(Typing, new { conversationId = chat.ConversationId });
        var toFreelancer = await freelancerSocket.SubscribeAsync(Typing, new { conversationId = chat.ConversationId });

        // Typing is not stored: only listeners that are there already hear it. Each side types until the other hears it.
        async Task<JsonElement?> TypeUntilHeardAsync(SignedInUser typist, ChannelReader<JsonElement> listener)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var started = (await _server.DataAsync(SetTyping, new { conversationId = chat.ConversationId, typing = true }, typist.Token)).GetProperty("setTyping");
                Assert.Equal("[]", started.GetProperty("errors").GetRawText());
                if (await HeardAsync(listener) is { } heard)
                {
                    return heard;
                }
            }

            return null;
        }

        var heardStart = await TypeUntilHeardAsync(chat.Freelancer, toClient);
        var heardByFreelancer = await TypeUntilHeardAsync(chat.Client, toFreelancer);

        var stopped = (await _server.DataAsync(SetTyping, new { conversationId = chat.ConversationId, typing = false }, chat.Freelancer.Token)).GetProperty("setTyping");
        JsonElement heardStop;
        do
        {
            heardStop = ChatRequests.Next(await GraphQLSocket.NextAsync(toClient), "typing"); // passes over repeated starts from the loop above
        }
        while (heardStop.GetProperty("typing").GetBoolean());

        var outsider = await _server.SignUpAsync("CLIENT");
        var byOutsider = (await _server.DataAsync(SetTyping, new { conversationId = chat.ConversationId, typing = true }, outsider.Token)).GetProperty("setTyping");
        await using var outsiderSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, outsider.Token);
        var outsiderListens = await GraphQLSocket.NextAsync(await outsiderSocket.SubscribeAsync(Typing, new { conversationId = chat.ConversationId }));

        Assert.NotNull(heardStart);
        JsonElement[] heard = [heardStart.Value, heardStop];
        Assert.Equal("[]", stopped.GetProperty("errors").GetRawText());
        Assert.Equal([true, false], heard.Select(t => t.GetProperty("typing").GetBoolean()));
        Assert.All(heard, t => Assert.Equal(chat.Freelancer.Id, t.GetProperty("userId").GetString()));
        Assert.Equal(chat.ConversationId, heard[0].GetProperty("conversationId").GetString());
        Assert.Equal(["NOT_FOUND"], Users.ErrorCodes(byOutsider));
        Assert.Equal("error", outsiderListens.GetProperty("type").GetString());
        Assert.NotNull(heardByFreelancer);
        for (var other = heardByFreelancer; other is not null; other = await HeardAsync(toFreelancer))
        {
            Assert.Equal(chat.Client.Id, other.Value.GetProperty("userId").GetString()); // never the freelancer's own typing
        }

        var history = (await _server.DataAsync(History, new { id = chat.ConversationId }, chat.Client.Token)).GetProperty("conversation").GetProperty("messages").GetProperty("edges");
        Assert.Equal(0, history.GetArrayLength());
    }

    /// <summary>The next typing event within a short wait, or null.</summary>
    private static async Task<JsonElement?> HeardAsync(ChannelReader<JsonElement> typing)
    {
        try
        {
            return ChatRequests.Next(await GraphQLSocket.NextAsync(typing, TimeSpan.FromMilliseconds(200)), "typing");
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
