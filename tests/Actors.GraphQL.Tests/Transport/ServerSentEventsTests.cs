using System.Net;
using System.Text.Json;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// graphql-sse in distinct connections mode: a GraphQL-over-HTTP request with
/// <c>Accept: text/event-stream</c> streams <c>next</c> events and a final <c>complete</c>; errors the
/// executor reports before execution travel as a <c>next</c> event (as the protocol requires); a request
/// refused as an HTTP request (malformed, mutation over GET, not permitted, rate limited) keeps the status
/// plain HTTP gives it; leaving the stream cancels it.
/// </summary>
public sealed class ServerSentEventsTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private const string EventStream = "text/event-stream";

    private readonly GraphQLTestServer _server = fixture.Server;

    [Fact]
    public async Task A_posted_subscription_streams_each_event_then_complete()
    {
        using var response = await _server.Http.SendAsync(PostQuery("subscription { counter(to: 3) }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, EventStream);
        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal([1, 2, 3], events.Take(3).Select(e => Data(e).GetProperty("data").GetProperty("counter").GetInt32()));
        Assert.True(_server.Executor.LastOptions!.AllowSubscriptions);
    }

    [Fact]
    public async Task A_get_subscription_streams_like_an_event_source()
    {
        using var response = await _server.Http.SendAsync(Get(EventStream, ("query", "subscription { counter(to: 2) }")), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
    }

    [Fact]
    public async Task A_query_streams_one_next_then_complete()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ hello }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("world", Data(events[0]).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(string.Empty, events[1].Data);
    }

    [Fact]
    public async Task A_validation_error_is_reported_in_a_next_event_on_an_accepted_stream()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ unknownField }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var result = Data(events[0]);
        Assert.False(result.TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", FirstErrorCode(result));
    }

    [Fact]
    public async Task A_malformed_request_keeps_its_http_status()
    {
        using var response = await _server.Http.SendAsync(Post("""{ "not a JSON""", EventStream));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_mutation_over_get_answers_405()
    {
        using var response = await _server.Http.SendAsync(Get(EventStream, ("query", "mutation { addGreeting }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_protection_limit_is_reported_in_a_next_event()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ expensive }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("COST_LIMIT_EXCEEDED", FirstErrorCode(Data(events[0])));
    }

    [Theory]
    [InlineData("{ secret }", HttpStatusCode.Unauthorized, "UNAUTHORIZED")]
    [InlineData("{ throttled }", HttpStatusCode.TooManyRequests, "RATE_LIMITED")]
    public async Task A_refused_http_request_keeps_the_status_of_plain_http(string query, HttpStatusCode status, string code)
    {
        using var response = await _server.Http.SendAsync(PostQuery(query, EventStream));

        Assert.Equal(status, response.StatusCode);
        AssertContentType(response, Json);
        Assert.Equal(code, FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task An_executor_exception_is_an_internal_error_event_then_complete()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ boom }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("INTERNAL_SERVER_ERROR", FirstErrorCode(Data(events[0])));
    }

    [Fact]
    public async Task A_failing_source_stream_ends_with_an_internal_error_event_then_complete()
    {
        using var response = await _server.Http.SendAsync(PostQuery("subscription { failing }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        var events = await ServerSentEventReader.ReadAllAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal(1, Data(events[0]).GetProperty("data").GetProperty("failing").GetInt32());
        Assert.Equal("INTERNAL_SERVER_ERROR", FirstErrorCode(Data(events[1])));
    }

    [Fact]
    public async Task Leaving_the_stream_cancels_the_subscription()
    {
        _server.Executor.Reset();
        var response = await _server.Http.SendAsync(PostQuery("subscription { forever }", EventStream), HttpCompletionOption.ResponseHeadersRead);
        var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("next", (await reader.ReadAsync())?.Event);

        reader.Dispose();
        response.Dispose();

        await _server.Executor.ForeverCancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_idle_stream_carries_keep_alive_comments()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var response = await server.Http.SendAsync(PostQuery("subscription { forever }", EventStream), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync());

        ServerSentEvent? sse;
        do
        {
            sse = await reader.ReadAsync();
            Assert.NotNull(sse);
        }
        while (!sse.IsComment);
    }

    private static JsonElement Data(ServerSentEvent sse)
    {
        using var document = JsonDocument.Parse(sse.Data);
        return document.RootElement.Clone();
    }
}
