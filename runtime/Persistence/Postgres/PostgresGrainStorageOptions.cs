namespace Actors.Runtime.Persistence.Postgres;

/// <summary>How <see cref="PostgresGrainStorage"/> groups concurrent writes into shared round trips.</summary>
public sealed record PostgresGrainStorageOptions
{
    /// <summary>The most writes one statement (one round trip, one transaction) carries. Default 256.</summary>
    public int MaxBatchSize { get; init; } = 256;

    /// <summary>How many batches may be in flight at once, each on its own connection. Default 4.</summary>
    public int ConcurrentBatches { get; init; } = 4;

    /// <summary>How many times a batch that lost a deadlock is retried before its writes run one by one. Default 3.</summary>
    public int DeadlockRetries { get; init; } = 3;

    internal void Validate()
    {
        if (MaxBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "MaxBatchSize must be at least 1.");
        }

        if (ConcurrentBatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ConcurrentBatches), ConcurrentBatches, "ConcurrentBatches must be at least 1.");
        }

        if (DeadlockRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DeadlockRetries), DeadlockRetries, "DeadlockRetries cannot be negative.");
        }
    }
}
