using Actors.Runtime.Testing;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Ledger;

/// <summary>
/// The marketplace cluster as the money tests run it: the clock jumps days at a time, so the runtime's periodic
/// sweeps run hourly (not every second), a request never times out merely because the test moved the clock, and
/// idle grains are not collected while the clock jumps: a deactivation creates and disposes a timeout timer of the
/// clock, and <see cref="ManualTimeProvider"/> reads a timer's due time outside its lock while advancing, so a timer
/// disposed during <see cref="ManualTimeProvider.Advance"/> can make it throw (seen about once in 16 runs).
/// Restarts still deactivate every grain.
/// </summary>
public static class MoneyCluster
{
    public static Task<TestCluster> StartAsync(ManualTimeProvider clock) => MarketplaceCluster.StartAsync(clock, Configure);

    public static Task<TestCluster> StartOnPostgresAsync(PostgresDatabase database, ManualTimeProvider clock) =>
        MarketplaceCluster.StartOnPostgresAsync(database, clock, Configure);

    /// <summary>Reads until <paramref name="done"/> holds (effects of reminders and streams arrive asynchronously).</summary>
    public static Task<T> WaitUntil<T>(Func<Task<T>> read, Func<T, bool> done) => Poll.Until(read, done);

    private static void Configure(TestClusterOptions options) =>
        options.ConfigureRuntime = runtime =>
        {
            runtime.RequestTimeout = TimeSpan.FromDays(3650);
            runtime.RequestTimeoutCheckPeriod = TimeSpan.FromHours(1);
            runtime.ReminderRefreshPeriod = TimeSpan.FromHours(1);
            runtime.CollectionQuantum = TimeSpan.FromHours(1);
            runtime.CollectionAge = TimeSpan.FromDays(3650);
        };
}
