using System.Security.Claims;
using System.Text.Json;
using Actors.GraphQL.Transport;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// graphql-transport-ws on the GraphQL endpoint, driven by a real <see cref="System.Net.WebSockets.ClientWebSocket"/>:
/// initialisation and acknowledgement, ping/pong, subscriptions streaming <c>next</c> messages and
/// <c>complete</c>, client <c>complete</c> cancelling the source stream, single results, pre-execution
/// <c>error</c> messages, concurrency on one socket.
/// </summary>
public sealed class GraphQLTransportWsTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Fact]
    public async Task A_subscription_streams_every_event_then_completes()
    {
        var (client, ack) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri, """{"type":"connection_init","payload":{"token":"t"}}""");
        await using var _client = client;
        Assert.Equal(TransportWsClient.SubProtocol, client.Socket.SubProtocol);
        Assert.False(ack.TryGetProperty("payload", out _));

        await client.SendAsync("""{"id":"s1","type":"subscribe","payload":{"query":"subscription { counter(to: 3) }"}}""");

        for (var expected = 1; expected <= 3; expected++)
        {
            var next = await client.ReceiveAsync("next");
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(expected, next.GetProperty("payload").GetProperty("data").GetProperty("counter").GetInt32());
        }

        var complete = await client.ReceiveAsync("complete");
        Assert.Equal("s1", complete.GetProperty("id").GetString());
        await client.CloseAsync();
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_echoing_its_payload()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync("""{"type":"ping","payload":{"at":42}}""");

        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(42, pong.GetProperty("payload").GetProperty("at").GetInt32());
    }

    [Fact]
    public async Task An_unsolicited_pong_is_ignored()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_server_sends_keep_alive_pings_once_acknowledged()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(server.WebSocketUri);
        await using var _client = client;

        var ping = await client.ReceiveAsync();

        Assert.Equal("ping", ping.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_client_complete_cancels_the_subscription_and_frees_its_id()
    {
        _server.Executor.Reset();
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;
        await client.SendAsync("""{"id":"f","type":"subscribe","payload":{"query":"subscription { forever }"}}""");
        Assert.Equal(0, (await client.ReceiveAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("forever").GetInt32());

        await client.SendAsync("""{"id":"f","type":"complete"}""");

        await _server.Executor.ForeverCancelled.WaitAsync(TimeSpan.FromSeconds(10));
        await client.SendAsync("""{"id":"f","type":"subscribe","payload":{"query":"{ hello }"}}""");
        var next = await client.ReceiveAsync("next");
        Assert.Equal("world", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("f", (await client.ReceiveAsync("complete")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Closing_the_socket_cancels_its_subscriptions()
    {
        _server.Executor.Reset();
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;
        await client.SendAsync("""{"id":"f","type":"subscribe","payload":{"query":"subscription { forever }"}}""");
        await client.ReceiveAsync("next");

        await client.CloseAsync();

        await _server.Executor.ForeverCancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_next_message_is_the_json_a_standard_writer_makes_also_for_an_id_to_escape()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;
        const string id = "s\"<\u00e9>\\1";

        await client.SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = "subscription { counter(to: 1) }" } }));

        var expected = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "next");
            writer.WriteStartObject("payload");
            writer.WriteStartObject("data");
            writer.WriteNumber("counter", 1);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.WrittenSpan), await client.ReceiveTextAsync());
        Assert.Equal(id, (await client.ReceiveAsync("complete")).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{ hello }", "hello", "world")]
    [InlineData("mutation { addGreeting }", "addGreeting", "added")]
    public async Task Queries_and_mutations_answer_one_next_then_complete(string query, string field, string value)
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync(JsonSerializer.Serialize(new { id = "q", type = "subscribe", payload = new { query } }));

        var next = await client.ReceiveAsync("next");
        Assert.Equal(value, next.GetProperty("payload").GetProperty("data").GetProperty(field).GetString());
        Assert.Equal("q", (await client.ReceiveAsync("complete")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_request_error_before_execution_answers_an_error_message_without_complete()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ unknownField }"}}""");

        var error = await client.ReceiveAsync("error");
        Assert.Equal("bad", error.GetProperty("id").GetString());
        var errors = error.GetProperty("payload");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Field_errors_travel_inside_next()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"id":"p","type":"subscribe","payload":{"query":"{ partial }"}}""");

        var next = await client.ReceiveAsync("next");
        Assert.Equal("FIELD_FAILED", next.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.ReceiveAsync("complete");
    }

    [Fact]
    public async Task Many_subscriptions_run_concurrently_on_one_socket()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;
        string[] ids = ["a", "b", "c"];
        foreach (var id in ids)
        {
            await client.SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = "subscription { counter(to: 50) }" } }));
        }

        var received = ids.ToDictionary(id => id, _ => new List<int>());
        var completed = new HashSet<string>();
        while (completed.Count < ids.Length)
        {
            var message = await client.ReceiveAsync();
            var id = message.GetProperty("id").GetString()!;
            switch (message.GetProperty("type").GetString())
            {
                case "next":
                    Assert.DoesNotContain(id, completed);
                    received[id].Add(message.GetProperty("payload").GetProperty("data").GetProperty("counter").GetInt32());
                    break;
                case "complete":
                    Assert.True(completed.Add(id));
                    break;
                default:
                    Assert.Fail($"Unexpected message {message}.");
                    break;
            }
        }

        foreach (var id in ids)
        {
            Assert.Equal(Enumerable.Range(1, 50), received[id]);
        }
    }

    [Fact]
    public async Task A_subscribe_beyond_the_socket_limit_answers_an_error_and_keeps_the_socket()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxSubscriptionsPerSocket = 1);
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(server.WebSocketUri);
        await using var _client = client;
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { forever }"}}""");
        await client.ReceiveAsync("next");

        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"{ hello }"}}""");

        var error = await client.ReceiveAsync("error");
        Assert.Equal("2", error.GetProperty("id").GetString());
        Assert.Equal("SUBSCRIPTION_LIMIT_EXCEEDED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.SendAsync("""{"id":"1","type":"complete"}""");
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_authorizer_sets_the_user_context_data_and_ack_payload()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.ConnectionInitAuthorizer = context =>
        {
            var token = context.GetPayloadString("token");
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, $"user-of-{token}")], "token"));
            return ValueTask.FromResult(ConnectionInitResult.Accept(user, new Dictionary<string, object?> { ["tenant"] = "acme" }, new { server = "actors" }));
        });
        var (client, ack) = await TransportWsClient.ConnectAndInitAsync(server.WebSocketUri, """{"type":"connection_init","payload":{"token":"abc"}}""");
        await using var _client = client;
        Assert.Equal("actors", ack.GetProperty("payload").GetProperty("server").GetString());

        await client.SendAsync("""{"id":"w","type":"subscribe","payload":{"query":"{ whoami }"}}""");

        var whoami = (await client.ReceiveAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("whoami");
        Assert.Equal("user-of-abc", whoami.GetProperty("user").GetString());
        Assert.Equal("abc", whoami.GetProperty("token").GetString());
        Assert.Equal("acme", whoami.GetProperty("tenant").GetString());
        Assert.Equal("graphql-transport-ws", whoami.GetProperty("transport").GetString());
    }
}
