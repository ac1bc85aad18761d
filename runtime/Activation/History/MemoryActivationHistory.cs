using Actors.Runtime.Clustering;

namespace Actors.Runtime.Activation.History;

/// <summary>The activation history in memory, shared by the silos of one process that are given the same instance.</summary>
public sealed class MemoryActivationHistory : IActivationHistory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, ActivationRecord> _records = [];

    public Task RecordActivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _records[activation.ActivationId] = new ActivationRecord(activation, at, null);
        }

        return Task.CompletedTask;
    }

    public Task RecordDeactivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_records.TryGetValue(activation.ActivationId, out var record))
            {
                _records[activation.ActivationId] = record with { DeactivatedAt = at };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ActivationRecord>> ReadAsync(string grainType, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ActivationRecord>>(
                [.. _records.Values.Where(r => r.Activation.Grain.Type == grainType).OrderBy(r => r.ActivatedAt)]);
        }
    }
}
