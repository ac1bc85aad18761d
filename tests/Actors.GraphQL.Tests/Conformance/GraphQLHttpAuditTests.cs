using System.Text.Json;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using Actors.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(schema));
        builder.Services.AddGraphQLServer();
        await using var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/graphql";

        var clients = Path.Combine(Repository.Root, "tests", "clients");
        Assert.True(Directory.Exists(Path.Combine(clients, "node_modules", "graphql-http")),
            "tests/clients/node_modules is missing: run `npm ci` in tests/clients (./test.sh does).");
        var run = await Testing.Node.RunAsync(clients, "audit/run-audit.mjs", url);

        var audits = JsonDocument.Parse(run).RootElement.EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString(), Name: a.GetProperty("name").GetString(), Status: a.GetProperty("status").GetString(), Reason: a.GetProperty("reason").ToString()))
            .ToList();
        Assert.Equal(61, audits.Count);
        var failing = audits.Where(a => a.Status != "ok").Select(a => $"{a.Id} {a.Status}: {a.Name} — {a.Reason}").ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
    }
}
