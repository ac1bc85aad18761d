using System.Text.Json;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-http's own audit suite (npm graphql-http 1.23.1, run by node from tests/clients) against our
/// engine and transports on a real Kestrel server: every MUST, SHOULD and MAY audit must be ok.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_audit_of_graphql_http_passes()
    {
        var schema = SchemaBuilder.Build("type Query { hello(name: String): String! }");
        ((ObjectType)schema.GetType("Query")!).Field("hello")!.Resolver = c => ValueTask.FromResult<object?>($"hello {c.Argument("name") ?? "world"}");

        await using var server = await ConformanceServer.StartAsync(schema);

        var clients = Path.Combine(Repository.Root, "tests", "clients");
        Assert.True(Directory.Exists(Path.Combine(clients, "node_modules", "graphql-http")),
            "tests/clients/node_modules is missing: run `npm ci` in tests/clients (./test.sh does).");
        var run = await Testing.Node.RunAsync(clients, "audit/run-audit.mjs", server.HttpUrl);

        var audits = JsonDocument.Parse(run).RootElement.EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString(), Name: a.GetProperty("name").GetString(), Status: a.GetProperty("status").GetString(), Reason: a.GetProperty("reason").ToString()))
            .ToList();
        Assert.Equal(61, audits.Count);
        var failing = audits.Where(a => a.Status != "ok").Select(a => $"{a.Id} {a.Status}: {a.Name} — {a.Reason}").ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
    }
}
