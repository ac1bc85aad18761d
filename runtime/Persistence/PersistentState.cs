using System.Text.Json;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: JSON in an <see cref="IGrainStorage"/>.</summary>
internal sealed class PersistentState<TState>(GrainStateKey key, IGrainStorage storage, StreamHub streams)
    : IPersistentState<TState> where TState : new()
{
    private readonly List<EventToAppend> _events = [];

    // The entry collections the grain has asked for, by name.
    private readonly Dictionary<string, ITrackedEntries> _entries = new(StringComparer.Ordinal);

    // Entries read from storage for collections the grain has not asked for yet: they are deserialised on
    // first use, when their entry type is known, and never when a grain does not use them.
    private readonly Dictionary<string, List<StoredEntry>> _unread = new(StringComparer.Ordinal);

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
            LoadEntries([]);
            return;
        }

        State = JsonSerializer.Deserialize<TState>(stored.Payload.Span, StateJson.Options)
            ?? throw new InvalidOperationException($"State {key} is stored as JSON null.");
        Etag = stored.ETag;
        RecordExists = true;
        LoadEntries(stored.Entries);
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(State, StateJson.Options);
        List<EntryChange> changes = [];
        ITrackedEntries[] collections = _entries.Count == 0 ? [] : [.. _entries.Values];
        var marks = new long[collections.Length];
        for (var i = 0; i < collections.Length; i++)
        {
            marks[i] = collections[i].AddChanges(changes);
        }

        // Until the write commits every change stays pending, so a write that fails is retried in full.
        var result = await storage.WriteAsync(key, payload, Etag, changes, [.. _events], cancellationToken);
        Etag = result.ETag;
        RecordExists = true;
        for (var i = 0; i < collections.Length; i++)
        {
            collections[i].MarkStored(marks[i]);
        }

        Published(result);
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        var result = await storage.ClearAsync(key, Etag, [.. _events], cancellationToken);
        Etag = null;
        RecordExists = false;
        State = new TState();
        LoadEntries([]);
        Published(result);
    }

    public IStateEntries<TEntry> Entries<TEntry>(string name)
    {
        StorageArguments.RequireEntryName(name, nameof(name));
        if (_entries.TryGetValue(name, out var existing))
        {
            return existing as StateEntries<TEntry> ?? throw new InvalidOperationException(
                $"Entries '{name}' of state {key} are of type {existing.EntryType}; they cannot also be used as {typeof(TEntry)}.");
        }

        var entries = new StateEntries<TEntry>(key, name, _unread.Remove(name, out var stored) ? stored : []);
        _entries.Add(name, entries);
        return entries;
    }

    public void RecordEvent(StreamId stream, object domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        _events.Add(new EventToAppend(stream, EventTypes.NameOf(type),
            JsonSerializer.SerializeToUtf8Bytes(domainEvent, type, StateJson.Options)));
    }

    /// <summary>Takes <paramref name="stored"/> (in <see cref="StoredEntry.Compare"/> order) as the entries of every collection.</summary>
    private void LoadEntries(IReadOnlyList<StoredEntry> stored)
    {
        _unread.Clear();
        foreach (var entry in stored)
        {
            if (!_unread.TryGetValue(entry.Name, out var list))
            {
                list = [];
                _unread.Add(entry.Name, list);
            }

            list.Add(entry);
        }

        foreach (var (name, collection) in _entries)
        {
            collection.Load(_unread.Remove(name, out var list) ? list : []);
        }
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
