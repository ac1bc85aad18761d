using System.Text.Json;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: JSON in an <see cref="IGrainStorage"/>.</summary>
internal sealed class PersistentState<TState>(GrainStateKey key, IGrainStorage storage, StreamHub streams)
    : IPersistentState<TState> where TState : new()
{
    private readonly List<EventToAppend> _events = [];

    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await storage.ReadAsync(key, cancellationToken);
        if (stored is null)
        {
            State = new TState();
            Etag = null;
            RecordExists = false;
            return;
        }

        State = JsonSerializer.Deserialize<TState>(stored.Payload.Span, StateJson.Options)
            ?? throw new InvalidOperationException($"State {key} is stored as JSON null.");
        Etag = stored.ETag;
        RecordExists = true;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(State, StateJson.Options);
        var result = await storage.WriteAsync(key, payload, Etag, [.. _events], cancellationToken);
        Etag = result.ETag;
        RecordExists = true;
        Published(result);
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        var result = await storage.ClearAsync(key, Etag, [.. _events], cancellationToken);
        Etag = null;
        RecordExists = false;
        State = new TState();
        Published(result);
    }

    public void RecordEvent(StreamId stream, object domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        _events.Add(new EventToAppend(stream, EventTypes.NameOf(type),
            JsonSerializer.SerializeToUtf8Bytes(domainEvent, type, StateJson.Options)));
    }

    private void Published(StateWriteResult result)
    {
        _events.Clear();
        if (result.Events.Count > 0)
        {
            streams.OnAppended(result.Events);
        }
    }
}
