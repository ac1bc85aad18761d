using Actors.GraphQL.Types;

namespace Actors.GraphQL.Bench;

/// <summary>The data of bench/graphql-peers/data.mjs, and resolvers that serve it the way the Node peers do.</summary>
internal static class BenchData
{
    public sealed record Client(string Id, string Name, string Country);

    public sealed record Freelancer(string Id, string Name, double Rate);

    public sealed record Proposal(string Id, double Amount, Freelancer Freelancer);

    public sealed record Job(string Id, string Title, double Budget, Client Client, IReadOnlyList<Proposal> Proposals);

    public static IReadOnlyList<Job> Jobs { get; } = [.. Enumerable.Range(0, 50).Select(j => new Job(
        $"job-{j}", $"Job number {j}", 100 + (j * 12.5),
        new Client($"client-{j % 10}", $"Client {j % 10}", "DE"),
        [.. Enumerable.Range(0, 5).Select(p => new Proposal(
            $"proposal-{j}-{p}", 50 + (p * 7.25),
            new Freelancer($"freelancer-{(j + p) % 20}", $"Freelancer {(j + p) % 20}", 20 + ((j + p) % 20))))]))];

    /// <summary>bench/graphql-peers/schema.graphql (copied beside the program) with these resolvers bound.</summary>
    public static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql")));
        Bind(schema);
        return schema;
    }

    private static void Bind(Schema schema)
    {
        var query = (ObjectType)schema.GetType("Query")!;
        query.Field("hello")!.Resolver = _ => ValueTask.FromResult<object?>("world");
        query.Field("version")!.Resolver = _ => ValueTask.FromResult<object?>(1);
        query.Field("healthy")!.Resolver = _ => ValueTask.FromResult<object?>(true);
        query.Field("jobs")!.Resolver = c => ValueTask.FromResult<object?>(Jobs.Take((int)c.Argument("first")!));
        ((ObjectType)schema.GetType("Job")!).Field("proposals")!.Resolver = c => ValueTask.FromResult<object?>(((Job)c.Parent!).Proposals.Take((int)c.Argument("first")!));
    }
}
