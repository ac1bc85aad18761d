using Actors.GraphQL.Bench;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using BenchmarkDotNet.Running;

// dotnet bench/Actors.GraphQL.Bench/bin/Release/net10.0/Actors.GraphQL.Bench.dll [port]
//   serves bench/graphql-peers/schema.graphql with the same data as the Node peers, for the load drivers;
// ... Actors.GraphQL.Bench.dll micro [BenchmarkDotNet arguments]
//   in-process parse, validate and execute of each workload (bodies from `node bench/graphql-peers/bodies.mjs`);
// ... Actors.GraphQL.Bench.dll profile <workload> <seconds> [threads]
//   executes one workload in a loop on each thread (default: one per core), for a profiler (dotnet-trace) to watch;
// ... Actors.GraphQL.Bench.dll http-alloc <workload> <requests>
//   posts one workload over one local HTTP connection, sequentially, and prints bytes allocated and time per request.
if (args is ["micro", .. var rest])
{
    BenchmarkRunner.Run<EngineBenchmarks>(args: rest);
    return;
}

if (args is ["profile", var workload, var seconds, .. var threads])
{
    await Profile.RunAsync(
        workload,
        TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
        threads is [var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    return;
}

if (args is ["http-alloc", var allocWorkload, var requests])
{
    await HttpAllocation.RunAsync(allocWorkload, int.Parse(requests, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 4000;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(BenchData.CreateSchema()));
builder.Services.AddGraphQLServer();
var app = builder.Build();
app.MapGraphQL("/graphql");
Console.WriteLine($"Actors.GraphQL listening on http://127.0.0.1:{port}/graphql");
await app.RunAsync();
