using System.Collections.Concurrent;
using System.Text.Json;
using Actors.Runtime.Persistence;

namespace Actors.Runtime.Streams;

/// <summary>
/// The stored name of a domain event's type ("Full.Type.Name, Assembly") and the way back to the type,
/// cached, so that any process holding the assembly can read the event, and the decoding of a stored event.
/// </summary>
public static class EventTypes
{
    private static readonly ConcurrentDictionary<Type, string> s_names = new();
    private static readonly ConcurrentDictionary<string, Type> s_types = new(StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        s_names.GetOrAdd(type, static t => $"{t.FullName}, {t.Assembly.GetName().Name}");

    public static Type Resolve(string name) =>
        s_types.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false)
            ?? throw new InvalidOperationException($"Event type '{n}' is not loaded in this process."));

    /// <summary>Turns a stored event back into its domain event object.</summary>
    internal static StreamEvent Decode(StoredEvent stored) =>
        new(stored.Stream, stored.Sequence,
            JsonSerializer.Deserialize(stored.Payload.Span, Resolve(stored.EventType), StateJson.Options)
                ?? throw new InvalidOperationException($"Event {stored.Stream}#{stored.Sequence} is stored as JSON null."),
            stored.RecordedAt);
}
