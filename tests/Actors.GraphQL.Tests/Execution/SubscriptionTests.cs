using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private const string Sdl = """
        type Query { unused: Int }
        type Subscription { bidPlaced(jobId: ID!): Bid onlyOne: Int other: Int }
        type Bid { amount: Int! by: String }
        """;

    private static async Task<IAsyncEnumerable<ExecutionResult>> SubscribeAsync(Schema schema, string query, string? variables = null, CancellationToken cancellationToken = default)
    {
        var response = await schema.ExecuteAsync(query, variables, cancellationToken: cancellationToken);
        Assert.Equal(RequestFailure.None, response.Failure);
        return response.Stream ?? throw new InvalidOperationException("The response is not a stream.");
    }

    private static async Task<List<string>> ReadAllAsync(IAsyncEnumerable<ExecutionResult> stream)
    {
        var results = new List<string>();
        await foreach (var result in stream)
        {
            results.Add(ExecutionHarness.Json(result));
        }

        return results;
    }

    private static async IAsyncEnumerable<object?> Events(params object?[] events)
    {
        foreach (var item in events)
        {
            await Task.Yield();
            yield return item;
        }
    }

    [Fact]
    public async Task Each_source_event_is_executed_as_the_root_fields_value()
    {
        string? jobId = null;
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.bidPlaced").Subscriber = context =>
        {
            jobId = (string)context.Argument("jobId")!;
            return ValueTask.FromResult(Events(new Bid(100, "ada"), new Bid(120, "bob"), new Bid(90, null)));
        };

        var stream = await SubscribeAsync(schema, """subscription ($job: ID!) { bidPlaced(jobId: $job) { amount by } }""", """{"job":"j7"}""");
        var results = await ReadAllAsync(stream).WaitAsync(Hang);

        Assert.Equal("j7", jobId);
        Assert.Equal(
            [
                """{"data":{"bidPlaced":{"amount":100,"by":"ada"}}}""",
                """{"data":{"bidPlaced":{"amount":120,"by":"bob"}}}""",
                """{"data":{"bidPlaced":{"amount":90,"by":null}}}""",
            ],
            results);
    }

    [Fact]
    public async Task A_resolver_on_the_root_field_maps_each_event()
    {
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.onlyOne").Subscriber = _ => ValueTask.FromResult(Events(1, 2));
        schema.Resolve("Subscription.onlyOne", context => (int)context.Parent! * 10);

        var results = await ReadAllAsync(await SubscribeAsync(schema, "subscription { n: onlyOne }")).WaitAsync(Hang);

        Assert.Equal(["""{"data":{"n":10}}""", """{"data":{"n":20}}"""], results);
    }

    [Fact]
    public async Task Field_errors_of_an_event_stay_in_that_events_result()
    {
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.bidPlaced").Subscriber = _ => ValueTask.FromResult(Events(new Bid(null, "x"), new Bid(5, "y")));

        var results = await ReadAllAsync(await SubscribeAsync(schema, """subscription { bidPlaced(jobId: "j") { amount by } }""")).WaitAsync(Hang);

        Assert.Equal(
            [
                """{"errors":[{"message":"Cannot return null for non-nullable field Bid.amount.","locations":[{"line":1,"column":40}],"path":["bidPlaced","amount"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"bidPlaced":null}}""",
                """{"data":{"bidPlaced":{"amount":5,"by":"y"}}}""",
            ],
            results);
    }

    [Fact]
    public async Task A_subscriber_that_fails_is_a_request_error()
    {
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.bidPlaced").Subscriber = _ => throw new GraphQLException("Job \"j\" is closed.", "JOB_CLOSED");

        var response = await schema.ExecuteAsync("""subscription { bidPlaced(jobId: "j") { amount } }""");

        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.Equal(
            """{"errors":[{"message":"Job \"j\" is closed.","locations":[{"line":1,"column":16}],"path":["bidPlaced"],"extensions":{"code":"JOB_CLOSED"}}]}""",
            ExecutionHarness.Json(response.Result!));
    }

    [Fact]
    public async Task A_root_field_without_a_subscriber_is_a_request_error()
    {
        var response = await SchemaBuilder.Build(Sdl).ExecuteAsync("subscription { onlyOne }");

        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.Equal(
            """{"errors":[{"message":"Subscription field \"Subscription.onlyOne\" has no source stream resolver.","locations":[{"line":1,"column":16}],"path":["onlyOne"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            ExecutionHarness.Json(response.Result!));
    }

    [Fact]
    public async Task More_than_one_root_field_is_a_request_error_when_validation_lets_it_through()
    {
        var response = await SchemaBuilder.Build(Sdl).ExecuteAsync("subscription { onlyOne other }", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.Equal(
            """{"errors":[{"message":"A subscription operation must select exactly one top-level field.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
            ExecutionHarness.Json(response.Result!));
    }

    [Fact]
    public async Task A_source_stream_that_fails_ends_the_stream_with_an_error_result()
    {
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.onlyOne").Subscriber = _ => ValueTask.FromResult(FailsAfterOne());

        var results = await ReadAllAsync(await SubscribeAsync(schema, "subscription { onlyOne }")).WaitAsync(Hang);

        Assert.Equal(
            [
                """{"data":{"onlyOne":1}}""",
                """{"errors":[{"message":"The bid feed is down.","locations":[{"line":1,"column":16}],"path":["onlyOne"],"extensions":{"code":"FEED_DOWN"}}]}""",
            ],
            results);

        static async IAsyncEnumerable<object?> FailsAfterOne()
        {
            await Task.Yield();
            yield return 1;
            throw new GraphQLException("The bid feed is down.", "FEED_DOWN");
        }
    }

    [Fact]
    public async Task Cancelling_the_enumeration_cancels_and_disposes_the_source()
    {
        var feed = new Feed();
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.onlyOne").Subscriber = context =>
        {
            feed.SubscriberToken = context.CancellationToken;
            return ValueTask.FromResult(feed.Read(CancellationToken.None));
        };
        using var stop = new CancellationTokenSource();

        var stream = await SubscribeAsync(schema, "subscription { onlyOne }");
        await using var results = stream.GetAsyncEnumerator(stop.Token);
        feed.Publish(1);
        Assert.True(await results.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal("""{"data":{"onlyOne":1}}""", ExecutionHarness.Json(results.Current));

        var waiting = results.MoveNextAsync().AsTask();
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Hang));
        Assert.True(feed.SubscriberToken.IsCancellationRequested);
        await feed.Disposed.Task.WaitAsync(Hang);
    }

    [Fact]
    public async Task Leaving_the_enumeration_early_disposes_the_source()
    {
        var feed = new Feed();
        var schema = SchemaBuilder.Build(Sdl);
        schema.Field("Subscription.onlyOne").Subscriber = context =>
        {
            feed.SubscriberToken = context.CancellationToken;
            return ValueTask.FromResult(feed.Read(CancellationToken.None));
        };
        feed.Publish(1);
        feed.Publish(2);

        await foreach (var result in await SubscribeAsync(schema, "subscription { onlyOne }"))
        {
            Assert.Equal("""{"data":{"onlyOne":1}}""", ExecutionHarness.Json(result));
            break;
        }

        await feed.Disposed.Task.WaitAsync(Hang);
        Assert.True(feed.SubscriberToken.IsCancellationRequested);
    }

    private sealed record Bid(int? Amount, string? By);

    /// <summary>A live source: events are published by the test; it records its own disposal.</summary>
    private sealed class Feed
    {
        private readonly Channel<object?> _events = Channel.CreateUnbounded<object?>();

        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken SubscriberToken { get; set; }

        public void Publish(object? item) => _events.Writer.TryWrite(item);

        public async IAsyncEnumerable<object?> Read([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                while (await _events.Reader.WaitToReadAsync(cancellationToken))
                {
                    while (_events.Reader.TryRead(out var item))
                    {
                        yield return item;
                    }
                }
            }
            finally
            {
                Disposed.TrySetResult();
            }
        }
    }
}
