// Live bidding under load (issue 5, point 12): freelancers submit proposals over HTTP while clients and freelancers
// watch the jobs over WebSocket (jobActivity); bids/s, mutation latency and mutation-to-`next` latency.
//
// dotnet build -c Release bench/Marketplace.Bench
// dotnet bench/Marketplace.Bench/bin/Release/net10.0/Marketplace.Bench.dll
//     [--subscribers 2000] [--jobs 200] [--clients 20] [--workers 64]
//     [--rate 2000 | --rate max] [--ceiling 4000] [--warmup 5] [--seconds 20] [--drain 5] [--baseline-seconds 5]
//     [--postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=marketplace_bench"] [--label text]
//     [--target http://127.0.0.1:5000/graphql]
//
// --rate N: open loop, bid k is due at start + k/N and its latencies count from then; without it (or --rate max)
// closed loop, as fast as the server answers. --ceiling sizes the freelancer population for closed-loop runs
// (each freelancer has 80 Connects: 40 bids on $40 jobs). Memory storage unless --postgres. --target drives a silo
// running in its own process instead of one started in this process (start it empty, with few password iterations:
// dotnet silo/bin/Release/net10.0/Marketplace.Silo.dll --urls=http://127.0.0.1:5000 --Demo:Seed=false
// --Marketplace:PasswordIterations=1000); the GC figures are then this process's, the load generator's.
// Prints a human summary and one JSON line of results (prefixed "RESULT ").
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marketplace.Bench;

var options = BenchOptions.Parse(args);
var bidsNeeded = (long)((options.Rate ?? options.CeilingRate) * (options.Warmup + options.Duration).TotalSeconds * 1.15) + options.Jobs;
var plan = new BidPlan(options.Jobs, bidsNeeded);
Log($"load average {LoadAverage()}; {(options.Target is null ? $"starting the silo on {(options.Postgres is null ? "memory" : "PostgreSQL")}" : $"driving the silo at {options.Target}")}");

await using var silo = options.Target is null ? await InProcessSilo.StartAsync(options.Postgres) : null;
var graphQLAddress = options.Target ?? silo!.GraphQLAddress;
using var http = new GraphQLHttpClient(graphQLAddress, Math.Max(options.Workers, 32));

var setup = Stopwatch.StartNew();
var population = await Population.CreateAsync(http, options.Clients, plan.Freelancers, options.Jobs);
Log($"signed up {options.Clients} clients and {plan.Freelancers} freelancers, posted {options.Jobs} jobs in {setup.Elapsed.TotalSeconds:0.0} s");

setup.Restart();
await using var fleet = await SubscriberFleet.OpenAsync(graphQLAddress, population, options.Subscribers);
await Task.Delay(TimeSpan.FromSeconds(2)); // subscriptions start reading their job's stream once the server ran them
Log($"opened {options.Subscribers} jobActivity subscriptions in {setup.Elapsed.TotalSeconds:0.0} s");

var baseline = options.BaselineDuration > TimeSpan.Zero
    ? await TrivialQueryBaseline.RunAsync(http, population.Freelancers[0], options.Workers, options.BaselineDuration)
    : (PerSecond: 0, Latency: new LatencyHistogram().Summarize(), Failed: 0L);
Log($"baseline {{ __typename }}: {baseline.PerSecond:N0} req/s, {baseline.Latency}");

var loadBefore = LoadAverage();
var (pauseBefore, gen0Before, gen1Before, gen2Before) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var load = new BidLoad(http, population, plan, options);
Log($"bidding: {(options.Rate is { } r ? $"open loop at {r:N0} bids/s" : "closed loop")}, {options.Workers} workers, " +
    $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured");
await load.RunAsync();
var loadAfter = LoadAverage();
var gcPause = GC.GetTotalPauseDuration() - pauseBefore;
var collections = $"{GC.CollectionCount(0) - gen0Before}/{GC.CollectionCount(1) - gen1Before}/{GC.CollectionCount(2) - gen2Before}";

// Drain: wait until no next arrived for a second (or the drain time is up).
var drain = Stopwatch.StartNew();
for (var last = -1L; drain.Elapsed < options.Drain && fleet.Nexts != last;)
{
    last = fleet.Nexts;
    await Task.Delay(TimeSpan.FromSeconds(1));
}

var bids = load.Bids.ToArray();
Log($"bids sent {bids.Length:N0} (measured {bids.Count(bid => bid.Measured):N0}), drained for {drain.Elapsed.TotalSeconds:0.0} s");
var (deliveryLatency, expected, received, inconsistent) = new DeliveryMatcher(fleet.Watchers, options.Jobs).Match(bids);
var mutationLatency = new LatencyHistogram();
foreach (var bid in bids.Where(bid => bid is { Measured: true, ProposalId: not null }))
{
    mutationLatency.Record(bid.RoundTrip);
}

var seconds = options.Duration.TotalSeconds;
var accepted = bids.LongCount(bid => bid is { Measured: true, ProposalId: not null });
var result = new LiveBiddingResult
{
    Storage = options.Target is not null ? $"external silo {options.Target}" : options.Postgres is null ? "memory" : "postgres",
    Mode = options.Rate is null ? "closed-loop" : "open-loop",
    TargetRate = options.Rate,
    Subscribers = options.Subscribers,
    Jobs = options.Jobs,
    Freelancers = plan.Freelancers,
    Workers = options.Workers,
    Seconds = seconds,
    BidsDue = options.Rate is { } due ? (long)(due * seconds) : null,
    BidsPerSecond = Math.Round(accepted / seconds, 1),
    BidsAccepted = accepted,
    BidsFailed = load.Failed,
    NextsPerSecond = Math.Round(received / seconds, 1),
    DeliveriesExpected = expected,
    DeliveriesReceived = received,
    DeliveriesMissing = expected - received,
    DeliveriesInconsistent = inconsistent,
    SubscriptionErrors = fleet.Watchers.Sum(watcher => (long)watcher.Errors),
    Mutation = mutationLatency.Summarize(),
    MutationToNext = deliveryLatency.Summarize(),
    BaselinePerSecond = Math.Round(baseline.PerSecond, 1),
    Baseline = baseline.Latency,
    PopulationExhausted = load.Exhausted,
    LoadAverageBefore = loadBefore,
    LoadAverageAfter = loadAfter,
    GcPauseMs = Math.Round(gcPause.TotalMilliseconds, 1),
    GcCollections = collections,
    Label = options.Label,
    LastFailure = load.LastFailure ?? fleet.Watchers.Select(watcher => watcher.LastError).FirstOrDefault(error => error is not null),
};

Console.WriteLine();
Console.WriteLine($"storage {result.Storage}, {result.Mode}{(options.Rate is { } target ? $" at {target:N0} bids/s" : "")}, " +
    $"{result.Subscribers:N0} subscribers on {result.Jobs} jobs, {result.Workers} HTTP workers, {seconds:0} s measured");
Console.WriteLine($"  bids accepted    {result.BidsPerSecond:N0}/s ({accepted:N0}{(result.BidsDue is { } d ? $" of {d:N0} due" : "")}, {result.BidsFailed:N0} failed{(load.Exhausted ? ", POPULATION EXHAUSTED: raise --ceiling" : "")})");
Console.WriteLine($"  nexts delivered  {result.NextsPerSecond:N0}/s ({received:N0} of {expected:N0} expected; missing {result.DeliveriesMissing:N0}, inconsistent {inconsistent:N0}, subscription errors {result.SubscriptionErrors})");
Console.WriteLine($"  mutation         {result.Mutation}");
Console.WriteLine($"  mutation->next   {result.MutationToNext}");
Console.WriteLine($"  baseline         {{ __typename }} {result.BaselinePerSecond:N0} req/s, {result.Baseline}");
Console.WriteLine($"  load average     before {loadBefore}, after {loadAfter}");
Console.WriteLine($"  GC (whole load)  {result.GcPauseMs:N0} ms paused, gen0/1/2 collections {collections}");
if (result.LastFailure is { } failure)
{
    Console.WriteLine($"  last failure     {failure[..Math.Min(300, failure.Length)]}");
}

Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
return 0;

static void Log(string message) => Console.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {message}");

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
