using Actors.Bench;

// dotnet run -c Release --project bench/Actors.Bench -- calls [--callers 64] [--seconds 10]
// dotnet run -c Release --project bench/Actors.Bench -- cross-silo [--callers 64] [--seconds 10]
// dotnet run -c Release --project bench/Actors.Bench -- state-writes --connection "Host=...;Username=...;Database=..." [--writers 64] [--seconds 10]
var command = args.FirstOrDefault() ?? "calls";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return command switch
{
    "calls" => await CallBenchmark.RunAsync(options),
    "cross-silo" => await CrossSiloBenchmark.RunAsync(options),
    "state-writes" => await StateWriteBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Actors.Bench calls|cross-silo|state-writes [--callers N] [--writers N] [--seconds N] [--connection CS]");
    return 2;
}
