using System.Collections.Concurrent;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>
/// What a silo's default grain storage was asked to write, recorded by a decorator around whichever
/// provider the silo uses; it can also fail the next writes, as a storage outage would, before they reach
/// the provider.
/// </summary>
public sealed class StorageRecording
{
    private readonly ConcurrentQueue<(GrainStateKey Key, string[] Entries)> _writes = new();
    private int _failuresLeft;

    /// <summary>The entry changes of every write that reached the provider, as "name/key" (stored) or "-name/key" (removed).</summary>
    public IReadOnlyList<(GrainStateKey Key, string[] Entries)> Writes => [.. _writes];

    public void FailNextWrites(int count) => Volatile.Write(ref _failuresLeft, count);

    /// <summary>Wraps the default storage that <paramref name="services"/> registered so far.</summary>
    public void Install(IServiceCollection services)
    {
        var registered = services.Last(d =>
            d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, PersistentStateAttribute.DefaultStorage));
        var factory = registered.KeyedImplementationFactory!;
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage,
            (sp, key) => new RecordingStorage((IGrainStorage)factory(sp, key), this));
    }

    private sealed class RecordingStorage(IGrainStorage inner, StorageRecording recording) : IGrainStorage, IAsyncDisposable
    {
        public Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken) =>
            inner.ReadAsync(key, cancellationToken);

        public Task<StateWriteResult> WriteAsync(
            GrainStateKey key, ReadOnlyMemory<byte> payload, string? expectedETag, IReadOnlyList<EntryChange> entries,
            IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref recording._failuresLeft) >= 0)
            {
                return Task.FromException<StateWriteResult>(new IOException($"Injected storage failure writing {key}."));
            }

            recording._writes.Enqueue((key, [.. entries.Select(e => $"{(e.IsRemoval ? "-" : "")}{e.Name}/{e.Key}")]));
            return inner.WriteAsync(key, payload, expectedETag, entries, events, cancellationToken);
        }

        public Task<StateWriteResult> ClearAsync(
            GrainStateKey key, string? expectedETag, IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken) =>
            inner.ClearAsync(key, expectedETag, events, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (inner is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
