using System.Text.Json;

namespace Actors.Runtime.Streams.Postgres;

/// <summary>
/// One notification on <see cref="StreamNotificationPlan.Channel"/>, read back: which process wrote, and the last
/// sequence each named stream reached. <see cref="HasUnnamedStreams"/> says the writer also appended to a stream
/// whose name was too long to send, so every reader must look at the store.
/// </summary>
internal sealed record StreamNotification(string Writer, IReadOnlyList<(StreamId Stream, long LastSequence)> Streams, bool HasUnnamedStreams)
{
    /// <summary>Reads a payload that <see cref="StreamNotificationPlan"/> describes; anything else throws <see cref="FormatException"/>.</summary>
    public static StreamNotification Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("it is not a JSON object");
            }

            if (!root.TryGetProperty("writer", out var writerElement) || writerElement.ValueKind != JsonValueKind.String
                || writerElement.GetString() is not { Length: > 0 } writer)
            {
                throw Malformed("\"writer\" is not a non-empty string");
            }

            if (!root.TryGetProperty("streams", out var streamsElement) || streamsElement.ValueKind != JsonValueKind.Array)
            {
                throw Malformed("\"streams\" is not an array");
            }

            var streams = new List<(StreamId, long)>(streamsElement.GetArrayLength());
            var unnamed = false;
            var index = 0;
            foreach (var entry in streamsElement.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() != 3)
                {
                    throw Malformed($"stream {index} is not an array of namespace, key and sequence");
                }

                var (ns, key, sequence) = (entry[0], entry[1], entry[2]);
                if (sequence.ValueKind != JsonValueKind.Number || !sequence.TryGetInt64(out var last) || last < 1)
                {
                    throw Malformed($"the sequence of stream {index} is not a whole number of at least 1");
                }

                if (ns.ValueKind == JsonValueKind.Null && key.ValueKind == JsonValueKind.Null)
                {
                    unnamed = true;
                }
                else if (ns.ValueKind == JsonValueKind.String && key.ValueKind == JsonValueKind.String
                    && ns.GetString() is { Length: > 0 } streamNamespace && key.GetString() is { Length: > 0 } streamKey)
                {
                    streams.Add((new StreamId(streamNamespace, streamKey), last));
                }
                else
                {
                    throw Malformed($"stream {index} has no non-empty namespace and key (nor null for both)");
                }

                index++;
            }

            return new StreamNotification(writer, streams, unnamed);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape that is no valid UTF-16 text.
            throw new FormatException($"The stream notification is malformed: {ex.Message}", ex);
        }
    }

    private static FormatException Malformed(string reason) => new($"The stream notification is malformed: {reason}.");
}
