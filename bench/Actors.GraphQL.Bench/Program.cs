using Actors.GraphQL.Bench;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using Actors.GraphQL.Types;

// dotnet bench/Actors.GraphQL.Bench/bin/Release/net10.0/Actors.GraphQL.Bench.dll [port]
// Serves bench/graphql-peers/schema.graphql with the same data as the Node peers, for bench/graphql-peers/load.mjs.
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 4000;
var schemaFile = Path.Combine(AppContext.BaseDirectory, "schema.graphql");
var schema = SchemaBuilder.Build(File.ReadAllText(schemaFile));
BenchData.Bind(schema);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(schema));
builder.Services.AddGraphQLServer();
var app = builder.Build();
app.MapGraphQL("/graphql");
Console.WriteLine($"Actors.GraphQL listening on http://127.0.0.1:{port}/graphql");
await app.RunAsync();
