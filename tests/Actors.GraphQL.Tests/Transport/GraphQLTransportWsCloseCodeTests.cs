using Actors.GraphQL.Transport;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// Every close code the server uses in graphql-transport-ws, each provoked on a raw socket, asserting the
/// exact code and reason the client receives.
/// </summary>
public sealed class GraphQLTransportWsCloseCodeTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Theory]
    [InlineData("{ not json", "Invalid message received")]
    [InlineData("[1, 2]", "Message must be a JSON object")]
    [InlineData("""{"id":"1"}""", "Message is missing the 'type' property")]
    [InlineData("""{"type":"start","id":"1"}""", "Unknown message type 'start'")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Message of type 'next' is only sent by the server")]
    [InlineData("""{"type":"connection_init","payload":"token"}""", "The payload of a 'connection_init' message must be an object")]
    public async Task An_invalid_message_closes_with_4400(string message, string reason)
    {
        await using var client = await TransportWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync(message);

        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "The 'subscribe' message needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "The 'subscribe' message needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "The 'subscribe' message needs an object 'payload'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "The request has no 'query' parameter (a string holding the GraphQL document).")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[1]}}""", "The 'variables' parameter must be a JSON object (a map of variable values) or null.")]
    [InlineData("""{"type":"complete"}""", "The 'complete' message needs a non-empty string 'id'")]
    public async Task A_malformed_subscribe_or_complete_closes_with_4400(string message, string reason)
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync(message);

        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_4400()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestBodyBytes = 1024);
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }","extensions":{"padding":"PADDING"}}}""".Replace("PADDING", new string('x', 2048), StringComparison.Ordinal));

        Assert.Equal((4400, "Message is larger than 1024 bytes"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server.WebSocketUri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_rejected_connection_init_closes_with_4403()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.ConnectionInitAuthorizer = context =>
            ValueTask.FromResult(context.GetPayloadString("token") == "letmein" ? ConnectionInitResult.Accept() : ConnectionInitResult.Reject()));
        await using var client = await TransportWsClient.ConnectAsync(server.WebSocketUri);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_socket_without_the_subprotocol_closes_with_4406()
    {
        await using var client = await TransportWsClient.ConnectWithoutSubProtocolAsync(_server.WebSocketUri);

        Assert.Null(client.Socket.SubProtocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_socket_asking_for_the_legacy_subprotocol_closes_with_4406()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server.WebSocketUri, "graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await TransportWsClient.ConnectAsync(server.WebSocketUri);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_authorizer_slower_than_the_timeout_closes_with_4408()
    {
        await using var server = await GraphQLTestServer.StartAsync(options =>
        {
            options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200);
            options.ConnectionInitAuthorizer = async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return ConnectionInitResult.Accept();
            };
        });
        await using var client = await TransportWsClient.ConnectAsync(server.WebSocketUri);

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;
        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { forever }"}}""");
        await client.ReceiveAsync("next");

        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { forever }"}}""");

        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_executor_exception_closes_with_4500()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"id":"b","type":"subscribe","payload":{"query":"{ boom }"}}""");

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_failing_subscription_source_closes_with_4500()
    {
        var (client, _) = await TransportWsClient.ConnectAndInitAsync(_server.WebSocketUri);
        await using var _client = client;

        await client.SendAsync("""{"id":"f","type":"subscribe","payload":{"query":"subscription { failing }"}}""");

        Assert.Equal(1, (await client.ReceiveAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("failing").GetInt32());
        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_authorizer_exception_closes_with_4500()
    {
        await using var server = await GraphQLTestServer.StartAsync(options =>
            options.ConnectionInitAuthorizer = _ => throw new InvalidOperationException("The authorizer failed, as asked."));
        await using var client = await TransportWsClient.ConnectAsync(server.WebSocketUri);

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }
}
