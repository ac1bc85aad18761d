using System.Runtime.CompilerServices;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Conformance;

/// <summary>graphql-ws's own client (npm graphql-ws with ws) runs a query, a mutation and a subscription against our engine over graphql-transport-ws.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task The_graphql_ws_client_runs_a_query_a_mutation_and_a_subscription()
    {
        var greeting = "hi";
        var schema = SchemaBuilder.Build("""
            type Query { greeting: String! }
            type Mutation { setGreeting(text: String!): String! }
            type Subscription { countdown(from: Int!): Int! }
            """);
        ((ObjectType)schema.GetType("Query")!).Field("greeting")!.Resolver = _ => ValueTask.FromResult<object?>(greeting);
        ((ObjectType)schema.GetType("Mutation")!).Field("setGreeting")!.Resolver = c => ValueTask.FromResult<object?>(greeting = (string)c.Argument("text")!);
        ((ObjectType)schema.GetType("Subscription")!).Field("countdown")!.Subscriber = c => ValueTask.FromResult(Countdown((int)c.Argument("from")!, c.CancellationToken));

        await using var server = await ConformanceServer.StartAsync(schema);

        var output = await Testing.Node.RunAsync(Path.Combine(Repository.Root, "tests", "clients"), "graphql-ws/client.mjs", server.WebSocketUrl);

        Assert.Equal(
            """{"query":[{"data":{"greeting":"hi"}}],"mutation":[{"data":{"setGreeting":"hello from graphql-ws"}}],"subscription":[{"data":{"countdown":3}},{"data":{"countdown":2}},{"data":{"countdown":1}}]}""",
            output.Trim());
    }

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i > 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i;
        }
    }
}
