using System.Diagnostics.Metrics;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>The runtime reports on meter "Actors.Runtime" through System.Diagnostics.Metrics.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Grain_calls_and_activations_are_counted_on_the_runtime_meter()
    {
        await using var cluster = await MemoryClusterFixture.StartAsync();
        var silo = cluster.Services.GetRequiredService<Activation.SiloRuntime>();
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == silo.Metrics.GrainCalls.Meter) // this silo's meter, not a parallel test's
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => counts.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        listener.Start();

        var key = $"metered-{Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>(key).Get();
        }

        Assert.Equal(5, counts.GetValueOrDefault("actors.grain.calls"));
        Assert.Equal(1, counts.GetValueOrDefault("actors.grain.activations"));
    }
}
