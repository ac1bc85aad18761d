using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;
using Microsoft.Extensions.Hosting;

namespace Actors.Runtime.Streams.Memory;

/// <summary>
/// For silos of one process sharing a <see cref="MemoryStore"/> (an in-process cluster): tells this silo's hub of the
/// events the other silos commit, stream by stream with the last sequence, as PostgreSQL's notifications tell silos in
/// other processes. The silo's own commits are announced by its writes already.
/// </summary>
internal sealed class MemoryStreamRelay(MemoryStore store, IGrainStorage ownStorage, Func<StreamHub> hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Appended += OnAppended;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Appended -= OnAppended;
        return Task.CompletedTask;
    }

    private void OnAppended(object? writer, IReadOnlyList<StoredEvent> events)
    {
        if (ReferenceEquals(writer, ownStorage))
        {
            return;
        }

        foreach (var stream in events.GroupBy(e => e.Stream))
        {
            hub().OnNotified(stream.Key, stream.Max(e => e.Sequence));
        }
    }
}
