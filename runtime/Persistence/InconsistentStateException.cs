namespace Actors.Runtime.Persistence;

/// <summary>
/// A write named an ETag that is not the stored one: the grain wrote from stale state. Nothing was
/// written; the grain should re-read its state (Orleans deactivates it) before trying again.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedETag, string? currentETag)
        : base(message)
    {
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    public InconsistentStateException(string message, string? storedETag, string? currentETag, Exception innerException)
        : base(message, innerException)
    {
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    /// <summary>The ETag in storage, or null when no record exists.</summary>
    public string? StoredETag { get; }

    /// <summary>The ETag the writer presented.</summary>
    public string? CurrentETag { get; }
}
