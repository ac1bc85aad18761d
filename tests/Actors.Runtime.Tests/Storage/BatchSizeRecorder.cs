using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// A meter factory that records the sizes of the write batches committed by the storage it is given
/// to, and only that storage's (meters of other tests running at the same time are ignored).
/// </summary>
public sealed class BatchSizeRecorder : IMeterFactory
{
    private readonly List<Meter> _meters = [];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<int> _sizes = new();

    public BatchSizeRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, this) && instrument.Name == "actors.storage.write.batch_size")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => _sizes.Enqueue(value));
        _listener.Start();
    }

    public IReadOnlyList<int> Sizes => [.. _sizes];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        _listener.Dispose();
        lock (_meters)
        {
            foreach (var meter in _meters)
            {
                meter.Dispose();
            }
        }
    }
}
