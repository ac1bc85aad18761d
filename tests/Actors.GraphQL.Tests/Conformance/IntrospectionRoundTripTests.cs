using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js's <c>buildClientSchema</c> accepts our answer to the standard introspection query, and
/// <c>printSchema</c> of what it builds equals graphql-js's print of the SDL we served.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    [Fact]
    public async Task graphql_js_rebuilds_the_served_schema_from_our_introspection()
    {
        var clients = Path.Combine(Repository.Root, "tests", "clients");
        var sdlFile = Path.Combine(clients, "validation", "schema.graphql");
        var schema = SchemaBuilder.Build(await File.ReadAllTextAsync(sdlFile));
        var query = await Testing.Node.RunAsync(clients, "introspection/query.mjs");

        var response = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query), new RequestOptions(), CancellationToken.None);
        var resultFile = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(resultFile, ExecutionResultWriter.ToUtf8Bytes(response.Result!));
        try
        {
            Assert.Null(response.Result!.Errors);
            Assert.Equal("equal", (await Testing.Node.RunAsync(clients, "introspection/round-trip.mjs", sdlFile, resultFile)).Trim());
        }
        finally
        {
            File.Delete(resultFile);
        }
    }
}
