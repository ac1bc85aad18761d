using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>Batches and keys are counted on meter "Actors.GraphQL", tagged with the loader's name.</summary>
public sealed class DataLoaderMetricsTests
{
    [Fact]
    public async Task Batches_and_fetched_keys_are_counted_per_loader_and_cache_hits_are_not()
    {
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Actors.GraphQL" && instrument.Name.StartsWith("graphql.dataloader.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "graphql.dataloader.name", Value: nameof(MeteredItemByIdDataLoader) })
                {
                    counts.AddOrUpdate(instrument.Name, value, (_, total) => total + value);
                }
            }
        });
        listener.Start();

        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new MeteredItemByIdDataLoader(new DataLoaderOptions { MaxBatchSize = 10 }));
        var loads = Enumerable.Range(0, 25).Select(i => loader.LoadAsync(i)).ToList();
        scope.Dispatch();
        await Task.WhenAll(loads);
        await loader.LoadAsync(3);
        scope.Dispatch();

        Assert.Equal(3, counts.GetValueOrDefault("graphql.dataloader.batches"));
        Assert.Equal(25, counts.GetValueOrDefault("graphql.dataloader.keys"));
    }
}
