using System.Diagnostics.Metrics;

namespace Actors.GraphQL.DataLoader;

/// <summary>
/// The DataLoader's instruments on meter "Actors.GraphQL": <c>graphql.dataloader.batches</c> (calls of a fetch
/// function) and <c>graphql.dataloader.keys</c> (keys sent to them), both tagged with
/// <c>graphql.dataloader.name</c>, the loader's class name. Keys answered from the per-request cache are not
/// counted, so keys per batch and batches per request are the two numbers to watch.
/// </summary>
internal static class DataLoaderMetrics
{
    public const string MeterName = "Actors.GraphQL";
    public const string LoaderTag = "graphql.dataloader.name";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _batches =
        _meter.CreateCounter<long>("graphql.dataloader.batches", "{batch}", "Calls of a DataLoader's fetch function.");
    private static readonly Counter<long> _keys =
        _meter.CreateCounter<long>("graphql.dataloader.keys", "{key}", "Keys sent to DataLoader fetch functions.");

    public static void RecordBatch(Type loader, int keyCount)
    {
        if (!_batches.Enabled && !_keys.Enabled)
        {
            return;
        }

        var tag = new KeyValuePair<string, object?>(LoaderTag, loader.Name);
        _batches.Add(1, tag);
        _keys.Add(keyCount, tag);
    }
}
