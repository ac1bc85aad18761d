namespace Actors.Runtime.Streams.Postgres;

/// <summary>
/// This process as a sender of stream notifications: a random id that every notification of its writes carries,
/// so that its own listener skips them (the process announced those events itself when they committed). One per
/// host, shared by the host's grain storage and its listener; two hosts in one OS process (two test silos) have
/// two ids and hear each other.
/// </summary>
internal sealed class StreamNotifier
{
    public StreamNotifier()
        : this(Guid.NewGuid().ToString("N"))
    {
    }

    public StreamNotifier(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    public string Id { get; }
}
