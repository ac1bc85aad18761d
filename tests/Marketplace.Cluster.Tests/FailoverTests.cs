using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Testing.Postgres;
using Xunit.Abstractions;

namespace Marketplace.Cluster.Tests;

/// <summary>
/// Three silo processes, one gateway process and PostgreSQL on loopback. Freelancers edit their profiles through the
/// gateway without pause while one silo is killed with SIGKILL: within 5 s every grain answers again, no two
/// activations of one grain ever overlap (by the silos' activation records), and no acknowledged write is lost.
/// </summary>
public sealed class FailoverTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int Freelancers = 48;
    private const int Workers = 12;

    private const string SignUp = """
        mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } errors { code message } } }
        """;

    private const string Retitle = """
        mutation ($input: UpdateFreelancerProfileInput!) { updateFreelancerProfile(input: $input) { freelancer { title } errors { code message } } }
        """;

    private const string Profile = "{ me { freelancer { title } } }";

    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Killing_a_silo_under_load_loses_no_acknowledged_write_and_every_grain_answers_again_within_5_seconds()
    {
        await using var bed = await MarketplaceClusterBed.StartAsync(database, silos: 3);
        var freelancers = new List<string>();
        for (var i = 0; i < Freelancers; i++)
        {
            var payload = await bed.GraphQL.MutateAsync(SignUp, "signUp", new
            {
                input = new { email = $"f{i}-{Guid.NewGuid():N}@cluster.example", password = "correct horse battery", displayName = $"Freelancer {i}", role = "FREELANCER" },
            });
            freelancers.Add(payload.GetProperty("token").GetString()!);
        }

        // Calls spread: the freelancers' grains are active on every silo.
        var silosWithFreelancers = await bed.QueryAsync(
            $"SELECT DISTINCT silo FROM grain_directory WHERE cluster_id = '{MarketplaceClusterBed.ClusterId}' AND grain_type = 'freelancer'");
        Assert.True(silosWithFreelancers.Count == 3, $"freelancer grains on {silosWithFreelancers.Count} silos only\n{bed.Output}");

        var acknowledged = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<(int Freelancer, long At, string Error)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();

        // Each worker edits its own freelancers, one call at a time, so each profile's titles go up in the order written.
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var mine = Enumerable.Range(0, Freelancers).Where(who => who % Workers == worker).ToArray();
            var version = new int[Freelancers];
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var who = mine[turn % mine.Length];
                var title = ++version[who];
                var started = clock.ElapsedTicks;
                try
                {
                    var root = await bed.GraphQL.PostAsync(Retitle, new { input = new { title = $"v{title}" } }, freelancers[who]);
                    if (root.TryGetProperty("errors", out _) || root.GetProperty("data").GetProperty("updateFreelancerProfile").GetProperty("errors").GetArrayLength() > 0)
                    {
                        failures.Enqueue((who, started, root.ToString()));
                        await Task.Delay(50);
                        continue;
                    }

                    acknowledged[who] = title;
                }
                catch (HttpRequestException exception)
                {
                    failures.Enqueue((who, started, exception.Message));
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(3));
        var victim = bed.Silos[1];
        var killedAt = DateTimeOffset.UtcNow;
        var killedTicks = clock.ElapsedTicks;
        await victim.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(12));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var afterTheKill = failures.Where(f => f.At >= killedTicks).ToList();
        output.WriteLine($"{acknowledged.Values.Sum()} edits acknowledged; {afterTheKill.Count} calls failed after the kill, the last one started " +
            $"{(afterTheKill.Count == 0 ? 0 : (afterTheKill.Max(f => f.At) - killedTicks) * 1000.0 / Stopwatch.Frequency):0} ms after it");
        var late = failures.Where(f => f.At > killedTicks + (long)(Recovery.TotalSeconds * Stopwatch.Frequency)).ToList();
        Assert.True(late.Count == 0,
            $"{late.Count} calls failed more than {Recovery.TotalSeconds} s after the kill, e.g. {late.FirstOrDefault().Error}\n{bed.Output}");
        Assert.Equal(Freelancers, acknowledged.Count);

        // No acknowledged write lost: every profile reads back a title at least as new as the last one acknowledged.
        for (var who = 0; who < Freelancers; who++)
        {
            var root = await bed.GraphQL.PostAsync(Profile, token: freelancers[who]);
            var title = root.GetProperty("data").GetProperty("me").GetProperty("freelancer").GetProperty("title").GetString()!;
            Assert.True(int.Parse(title[1..], CultureInfo.InvariantCulture) >= acknowledged[who],
                $"freelancer {who} reads {title}, but v{acknowledged[who]} was acknowledged");
        }

        // No two activations of one grain overlapped: each ended (or its silo was killed) before the next began.
        var victimSilos = (await bed.QueryAsync(
            $"SELECT host || ':' || port || '@' || generation FROM cluster_member WHERE cluster_id = '{MarketplaceClusterBed.ClusterId}' AND status = 6")).Select(r => r[0]).ToHashSet();
        Assert.Single(victimSilos);
        var records = await bed.QueryAsync(
            "SELECT grain_type, grain_key, silo, to_char(activated_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), coalesce(to_char(deactivated_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '') FROM grain_activation ORDER BY grain_type, grain_key, activated_at");
        var moved = 0;
        foreach (var grain in records.GroupBy(r => (r[0], r[1])))
        {
            var lives = grain.ToList();
            for (var i = 1; i < lives.Count; i++)
            {
                var previousEnd = lives[i - 1][4] is { Length: > 0 } ended
                    ? Time(ended)
                    : victimSilos.Contains(lives[i - 1][2]) ? killedAt : DateTimeOffset.MaxValue;
                Assert.True(previousEnd <= Time(lives[i][3]),
                    $"grain {grain.Key.Item1}/{grain.Key.Item2}: the activation on {lives[i][2]} began at {lives[i][3]} while the one on {lives[i - 1][2]} (from {lives[i - 1][3]}) had not ended");
                if (victimSilos.Contains(lives[i - 1][2]))
                {
                    moved++;
                }
            }
        }

        Assert.True(moved > 0, "no grain of the killed silo activated again elsewhere");
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
