using System.Runtime.InteropServices;
using System.Text.Json;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>
/// The checks every storage provider (memory and PostgreSQL) makes on its input before it touches
/// anything, so that bad input fails the same way everywhere: with an <see cref="ArgumentException"/>
/// that names the parameter and says what is wrong.
/// </summary>
internal static class StorageArguments
{
    public static void RequireKey(GrainStateKey key, string parameterName)
    {
        RequireText(key.GrainType, parameterName, "grain type of the state key");
        RequireText(key.GrainKey, parameterName, "grain key of the state key");
        RequireText(key.StateName, parameterName, "state name of the state key");
    }

    public static void RequireGrain(GrainId grain, string parameterName)
    {
        RequireText(grain.Type, parameterName, "grain type");
        RequireText(grain.Key, parameterName, "grain key");
    }

    public static void RequireStream(StreamId stream, string parameterName)
    {
        RequireText(stream.Namespace, parameterName, "stream namespace");
        RequireText(stream.Key, parameterName, "stream key");
    }

    public static void RequireText(string? value, string parameterName, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The {what} must be a non-empty string.", parameterName);
        }
    }

    /// <summary>
    /// Checks that <paramref name="payload"/> is exactly one well-formed UTF-8 JSON value that storage can
    /// keep: no string may hold the character U+0000 or an unpaired surrogate, which PostgreSQL's jsonb
    /// refuses (the memory provider refuses them too, so that both behave alike).
    /// </summary>
    public static void RequireJson(ReadOnlySpan<byte> payload, string parameterName, string what)
    {
        if (payload.IsEmpty)
        {
            throw new ArgumentException($"The {what} is empty; it must be one UTF-8 JSON value.", parameterName);
        }

        try
        {
            var reader = new Utf8JsonReader(payload);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && reader.ValueIsEscaped
                    && MayEscapeUnstorableCharacter(reader.ValueSpan)
                    && !IsStorable(ref reader))
                {
                    throw new ArgumentException(
                        $"The {what} holds a string with the character U+0000 or an unpaired surrogate " +
                        $"(at byte {reader.TokenStartIndex}), which storage cannot keep.",
                        parameterName);
                }
            }
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The {what} is not valid UTF-8 JSON: {ex.Message}", parameterName, ex);
        }
    }

    // Only an escape can put these characters in a JSON string, and most escaped strings are plain
    // non-ASCII text, so the raw bytes are searched before anything is decoded.
    private static bool MayEscapeUnstorableCharacter(ReadOnlySpan<byte> raw) =>
        raw.IndexOf("\\u0000"u8) >= 0 || raw.IndexOf("\\ud"u8) >= 0 || raw.IndexOf("\\uD"u8) >= 0;

    private static bool IsStorable(ref Utf8JsonReader reader)
    {
        try
        {
            return !reader.GetString()!.Contains('\0', StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            return false; // an unpaired surrogate cannot be decoded
        }
    }

    /// <summary>
    /// Checks the events of a write and returns them with their payloads copied, so that a caller who
    /// reuses its buffers after the call cannot change what was stored.
    /// </summary>
    public static EventToAppend[] RequireEvents(IReadOnlyList<EventToAppend>? events, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(events, parameterName);
        var copies = new EventToAppend[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var @event = events[i] ?? throw new ArgumentException($"Event {i} of the write is null.", parameterName);
            if (string.IsNullOrEmpty(@event.Stream.Namespace) || string.IsNullOrEmpty(@event.Stream.Key))
            {
                throw new ArgumentException(
                    $"Event {i} of the write ('{@event.EventType}') names a stream with an empty namespace or key.",
                    parameterName);
            }

            if (string.IsNullOrEmpty(@event.EventType))
            {
                throw new ArgumentException($"Event {i} of the write (stream {@event.Stream}) has an empty event type.", parameterName);
            }

            RequireJson(@event.Payload.Span, parameterName, $"payload of event {i} ('{@event.EventType}' on {@event.Stream})");
            copies[i] = @event with { Payload = @event.Payload.ToArray() };
        }

        return copies;
    }

    /// <summary>
    /// Checks the entry changes of a write and returns them with their payloads copied (see
    /// <see cref="RequireEvents"/>). Only the payloads a write stores are parsed, so a write that changes
    /// one entry of a large collection validates one entry.
    /// </summary>
    public static EntryChange[] RequireEntries(IReadOnlyList<EntryChange>? entries, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(entries, parameterName);
        if (entries.Count == 0)
        {
            return [];
        }

        var copies = new EntryChange[entries.Count];
        var named = new HashSet<(string Name, string Key)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"Entry change {i} of the write is null.", parameterName);
            RequireEntryName(entry.Name, parameterName);
            RequireEntryKey(entry.Key, parameterName);
            if (!named.Add((entry.Name, entry.Key)))
            {
                throw new ArgumentException(
                    $"The write names entry '{entry.Key}' of '{entry.Name}' twice; an entry may change once per write.", parameterName);
            }

            if (entry.Payload is { } payload)
            {
                RequireJson(payload.Span, parameterName, $"payload of entry '{entry.Key}' of '{entry.Name}'");
                copies[i] = entry with { Payload = payload.ToArray() };
            }
            else
            {
                copies[i] = entry;
            }
        }

        return copies;
    }

    /// <summary>
    /// The array behind a payload that <see cref="RequireEntries"/> or <see cref="RequireEvents"/> copied,
    /// which the payload spans whole, so taking it takes no second copy.
    /// </summary>
    public static byte[] ArrayOf(ReadOnlyMemory<byte> copied) =>
        MemoryMarshal.TryGetArray(copied, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : copied.ToArray();

    /// <summary>Checks the name of an entry collection: text that every provider can index.</summary>
    public static void RequireEntryName(string? name, string parameterName) =>
        RequireIndexableText(name, StoredEntry.MaxNameLength, parameterName, "entry collection name");

    /// <summary>Checks an entry key: text that every provider can index.</summary>
    public static void RequireEntryKey(string? key, string parameterName) =>
        RequireIndexableText(key, StoredEntry.MaxKeyLength, parameterName, "entry key");

    // PostgreSQL text cannot hold U+0000, its UTF-8 cannot hold an unpaired surrogate, and a B-tree key
    // must stay short; the memory provider refuses the same, so that both behave alike.
    private static void RequireIndexableText(string? value, int maxLength, string parameterName, string what)
    {
        RequireText(value, parameterName, what);
        if (value!.Length > maxLength)
        {
            throw new ArgumentException(
                $"The {what} '{value[..16]}...' is {value.Length} characters long; at most {maxLength} are allowed.", parameterName);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var unpaired = char.IsHighSurrogate(c)
                ? i + 1 == value.Length || !char.IsLowSurrogate(value[++i])
                : char.IsLowSurrogate(c);
            if (c == '\0' || unpaired)
            {
                throw new ArgumentException(
                    $"The {what} holds the character U+0000 or an unpaired surrogate, which storage cannot keep.", parameterName);
            }
        }
    }

    public static void RequireSequence(long sequence, string parameterName)
    {
        if (sequence < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, sequence, "A stream sequence number cannot be negative.");
        }
    }

    public static void RequireMaxCount(int maxCount, string parameterName)
    {
        if (maxCount < 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, maxCount, "The number of events to read must be at least 1.");
        }
    }

    public static void RequirePeriod(TimeSpan? period, string parameterName)
    {
        if (period is { } value && value < TimeSpan.FromTicks(10))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, value, "A reminder period must be positive (at least one microsecond); use null for a reminder that fires once.");
        }
    }

    /// <summary>Checks the (subscriber, namespace) pairs of a behind-read and returns them without duplicates.</summary>
    public static List<(string Subscriber, string Namespace)> RequireSubscribers(
        IReadOnlyList<(string Subscriber, string Namespace)>? subscribers, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(subscribers, parameterName);
        var distinct = new List<(string, string)>(subscribers.Count);
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < subscribers.Count; i++)
        {
            var (subscriber, @namespace) = subscribers[i];
            RequireText(subscriber, parameterName, $"subscriber name of pair {i}");
            RequireText(@namespace, parameterName, $"stream namespace of pair {i}");
            if (seen.Add((subscriber, @namespace)))
            {
                distinct.Add((subscriber, @namespace));
            }
        }

        return distinct;
    }
}
