using System.Globalization;
using Actors.Runtime.Streams.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Actors.Runtime.Persistence.Postgres;

/// <summary>
/// Runs a batch of state writes and clears, with their entries and events, as ONE statement: one round
/// trip and one (implicit) transaction. Each write keeps its own ETag check: a write whose check fails
/// changes nothing, stores or deletes no entry and appends nothing, while the others in the batch commit.
/// The statement reports, per write, whether it succeeded with its new version and the sequence of each of
/// its events. It also notifies the streams it appended to (<c>pg_notify</c> on
/// <see cref="StreamNotificationPlan.Channel"/>, with each stream's new last sequence), which PostgreSQL delivers
/// to the listeners of every process when, and only if, the statement commits.
/// </summary>
/// <remarks>
/// Locks are taken in a fixed order, so concurrent batches (of this process or another silo) cannot
/// deadlock: first the grain_state rows; then the grain_state_entry rows of those states; then every
/// stream_head row in (namespace, key) order, in one INSERT .. ON CONFLICT DO UPDATE that adds each
/// stream's event count to its last sequence and returns it. Entry rows are touched only for a state
/// whose row this statement holds locked (updated, inserted or deleted, after its ETag check passed), so
/// any two transactions that touch one entry row first queue on one grain_state row: entry rows are never
/// waited for and can close no cycle, whichever order the statement's parts run in. For the same reason
/// the entry changes see every entry of the version they were checked against: a writer learns the version
/// it presents only after that version committed, so before its statement took its snapshot. The head row
/// stays locked until the statement commits, so concurrent appenders to one stream get consecutive
/// ranges, and a write that fails leaves no gap. Versions come from the sequence grain_state_version and
/// are never reused. A batch never holds the same key twice (the queue defers a duplicate to the next
/// batch), and a write names each entry at most once, so no statement touches one row twice. A statement
/// that notifies takes PostgreSQL's notification-queue lock as it commits, so notifying commits of all
/// processes queue there one after another: one more reason to commit writes in batches.
/// </remarks>
internal static class StateWriteBatch
{
    private const string Sql = $$"""
        WITH item AS (
            SELECT * FROM unnest(@ord, @is_clear, @grain_type, @grain_key, @state_name, @payload, @expected)
                AS t(ord, is_clear, grain_type, grain_key, state_name, payload, expected)
        ),
        updated AS (
            UPDATE grain_state AS g
            SET payload = i.payload, version = nextval('grain_state_version'), modified_at = @now
            FROM item AS i
            WHERE NOT i.is_clear AND i.expected IS NOT NULL
              AND g.grain_type = i.grain_type AND g.grain_key = i.grain_key AND g.state_name = i.state_name
              AND g.version = i.expected
            RETURNING i.ord, g.version
        ),
        inserted AS (
            INSERT INTO grain_state AS g (grain_type, grain_key, state_name, payload, version, modified_at)
            SELECT i.grain_type, i.grain_key, i.state_name, i.payload, nextval('grain_state_version'), @now
            FROM item AS i
            WHERE NOT i.is_clear AND i.expected IS NULL
            ORDER BY i.ord
            ON CONFLICT (grain_type, grain_key, state_name) DO NOTHING
            RETURNING g.grain_type, g.grain_key, g.state_name, g.version
        ),
        deleted AS (
            DELETE FROM grain_state AS g
            USING item AS i
            WHERE i.is_clear AND i.expected IS NOT NULL
              AND g.grain_type = i.grain_type AND g.grain_key = i.grain_key AND g.state_name = i.state_name
              AND g.version = i.expected
            RETURNING i.ord, g.grain_type, g.grain_key, g.state_name
        ),
        succeeded AS (
            SELECT ord, version FROM updated
            UNION ALL
            SELECT i.ord, n.version
            FROM inserted AS n
            JOIN item AS i ON NOT i.is_clear AND i.expected IS NULL
              AND i.grain_type = n.grain_type AND i.grain_key = n.grain_key AND i.state_name = n.state_name
            UNION ALL
            SELECT ord, NULL::bigint FROM deleted
            UNION ALL
            SELECT i.ord, NULL::bigint
            FROM item AS i
            WHERE i.is_clear AND i.expected IS NULL AND NOT EXISTS (
                SELECT 1 FROM grain_state AS g
                WHERE g.grain_type = i.grain_type AND g.grain_key = i.grain_key AND g.state_name = i.state_name)
        ),
        entry AS (
            SELECT i.grain_type, i.grain_key, i.state_name, e.entry_name, e.entry_key, e.position, e.payload
            FROM unnest(@entry_item, @entry_name, @entry_key, @entry_position, @entry_payload)
                AS e(item, entry_name, entry_key, position, payload)
            JOIN item AS i ON i.ord = e.item
            WHERE e.item IN (SELECT ord FROM succeeded)
        ),
        entry_stored AS (
            INSERT INTO grain_state_entry AS s (grain_type, grain_key, state_name, entry_name, entry_key, position, payload)
            SELECT grain_type, grain_key, state_name, entry_name, entry_key, position, payload
            FROM entry
            WHERE payload IS NOT NULL
            ON CONFLICT (grain_type, grain_key, state_name, entry_name, entry_key)
                DO UPDATE SET position = EXCLUDED.position, payload = EXCLUDED.payload
        ),
        entry_removed AS (
            DELETE FROM grain_state_entry AS s
            USING entry AS e
            WHERE e.payload IS NULL
              AND s.grain_type = e.grain_type AND s.grain_key = e.grain_key AND s.state_name = e.state_name
              AND s.entry_name = e.entry_name AND s.entry_key = e.entry_key
        ),
        entry_cleared AS (
            DELETE FROM grain_state_entry AS s
            USING deleted AS d
            WHERE s.grain_type = d.grain_type AND s.grain_key = d.grain_key AND s.state_name = d.state_name
        ),
        event AS (
            SELECT e.*
            FROM unnest(@event_item, @event_namespace, @event_key, @event_type, @event_payload)
                WITH ORDINALITY AS e(item, stream_namespace, stream_key, event_type, payload, position)
            WHERE e.item IN (SELECT ord FROM succeeded)
        ),
        head AS (
            INSERT INTO stream_head AS h (stream_namespace, stream_key, last_sequence)
            SELECT stream_namespace, stream_key, count(*)
            FROM event
            GROUP BY stream_namespace, stream_key
            ORDER BY stream_namespace, stream_key
            ON CONFLICT (stream_namespace, stream_key)
                DO UPDATE SET last_sequence = h.last_sequence + EXCLUDED.last_sequence
            RETURNING h.stream_namespace, h.stream_key, h.last_sequence
        ),
        numbered AS (
            SELECT e.item, e.position, e.stream_namespace, e.stream_key, e.event_type, e.payload,
                   h.last_sequence - count(*) OVER stream + row_number() OVER (stream ORDER BY e.position) AS sequence
            FROM event AS e
            JOIN head AS h ON h.stream_namespace = e.stream_namespace AND h.stream_key = e.stream_key
            WINDOW stream AS (PARTITION BY e.stream_namespace, e.stream_key)
        ),
        appended AS (
            INSERT INTO stream_event (stream_namespace, stream_key, sequence, event_type, payload, recorded_at)
            SELECT stream_namespace, stream_key, sequence, event_type, payload, @now FROM numbered
        ),
        notify_stream AS (
            SELECT *
            FROM unnest(@notify_namespace, @notify_key, @notify_entry, @notify_chunk)
                WITH ORDINALITY AS n(stream_namespace, stream_key, entry, chunk, position)
        ),
        notified AS (
            SELECT pg_notify('{{StreamNotificationPlan.Channel}}',
                @notify_head
                || string_agg(n.entry || h.last_sequence::text || '{{StreamNotificationPlan.EntryTail}}', '{{StreamNotificationPlan.Separator}}' ORDER BY n.position)
                || '{{StreamNotificationPlan.Tail}}')
            FROM notify_stream AS n
            JOIN head AS h ON h.stream_namespace = n.stream_namespace AND h.stream_key = n.stream_key
            GROUP BY n.chunk
        )
        SELECT ord, version, NULL::bigint AS position, NULL::bigint AS sequence FROM succeeded
        UNION ALL
        SELECT item, NULL::bigint, position, sequence FROM numbered
        UNION ALL
        SELECT -1, count(*), NULL::bigint, NULL::bigint FROM notified
        """;

    private const string StoredVersionsSql = """
        SELECT t.ord, g.version
        FROM unnest(@ord, @grain_type, @grain_key, @state_name) AS t(ord, grain_type, grain_key, state_name)
        JOIN grain_state AS g
          ON g.grain_type = t.grain_type AND g.grain_key = t.grain_key AND g.state_name = t.state_name
        """;

    /// <summary>What the statement did for one write.</summary>
    public readonly record struct Outcome(bool Succeeded, long? Version, long[] Sequences);

    /// <summary>
    /// Runs the batch; returns one outcome per write, in the order of <paramref name="writes"/>. Its notifications
    /// name <paramref name="notifier"/> as their writer.
    /// </summary>
    public static async Task<Outcome[]> ExecuteAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingStateWrite> writes, DateTimeOffset now, StreamNotifier notifier,
        CancellationToken cancellationToken)
    {
        var count = writes.Count;
        var ord = new int[count];
        var isClear = new bool[count];
        var grainType = new string[count];
        var grainKey = new string[count];
        var stateName = new string[count];
        var payload = new byte[]?[count];
        var expected = new long?[count];
        var firstEvent = new int[count];
        var eventCount = 0;
        var entryCount = 0;
        for (var i = 0; i < count; i++)
        {
            var write = writes[i];
            ord[i] = i;
            isClear[i] = write.IsClear;
            (grainType[i], grainKey[i], stateName[i]) = (write.Key.GrainType, write.Key.GrainKey, write.Key.StateName);
            payload[i] = write.Payload;
            expected[i] = write.ExpectedVersion;
            firstEvent[i] = eventCount;
            eventCount += write.Events.Length;
            entryCount += write.Entries.Length;
        }

        var entryItem = new int[entryCount];
        var entryName = new string[entryCount];
        var entryKey = new string[entryCount];
        var entryPosition = new long[entryCount];
        var entryPayload = new byte[]?[entryCount];
        for (int i = 0, e = 0; i < count; i++)
        {
            foreach (var entry in writes[i].Entries)
            {
                entryItem[e] = i;
                (entryName[e], entryKey[e], entryPosition[e]) = (entry.Name, entry.Key, entry.Position);
                entryPayload[e] = entry.Payload is { } entryJson ? StorageArguments.ArrayOf(entryJson) : null;
                e++;
            }
        }

        var eventItem = new int[eventCount];
        var eventNamespace = new string[eventCount];
        var eventKey = new string[eventCount];
        var eventType = new string[eventCount];
        var eventPayload = new byte[eventCount][];
        for (var i = 0; i < count; i++)
        {
            var events = writes[i].Events;
            for (var j = 0; j < events.Length; j++)
            {
                var e = firstEvent[i] + j;
                eventItem[e] = i;
                (eventNamespace[e], eventKey[e]) = (events[j].Stream.Namespace, events[j].Stream.Key);
                eventType[e] = events[j].EventType;
                eventPayload[e] = StorageArguments.ArrayOf(events[j].Payload);
            }
        }

        var notifications = StreamNotificationPlan.For(notifier.Id, writes.SelectMany(w => w.Events.Select(e => e.Stream)));
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<int[]>("ord", ord));
        command.Parameters.Add(new NpgsqlParameter<bool[]>("is_clear", isClear));
        command.Parameters.Add(new NpgsqlParameter<string[]>("grain_type", grainType));
        command.Parameters.Add(new NpgsqlParameter<string[]>("grain_key", grainKey));
        command.Parameters.Add(new NpgsqlParameter<string[]>("state_name", stateName));
        command.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = payload });
        command.Parameters.Add(new NpgsqlParameter<long?[]>("expected", expected));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        command.Parameters.Add(new NpgsqlParameter<int[]>("entry_item", entryItem));
        command.Parameters.Add(new NpgsqlParameter<string[]>("entry_name", entryName));
        command.Parameters.Add(new NpgsqlParameter<string[]>("entry_key", entryKey));
        command.Parameters.Add(new NpgsqlParameter<long[]>("entry_position", entryPosition));
        command.Parameters.Add(new NpgsqlParameter("entry_payload", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = entryPayload });
        command.Parameters.Add(new NpgsqlParameter<int[]>("event_item", eventItem));
        command.Parameters.Add(new NpgsqlParameter<string[]>("event_namespace", eventNamespace));
        command.Parameters.Add(new NpgsqlParameter<string[]>("event_key", eventKey));
        command.Parameters.Add(new NpgsqlParameter<string[]>("event_type", eventType));
        command.Parameters.Add(new NpgsqlParameter("event_payload", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = eventPayload });
        command.Parameters.Add(new NpgsqlParameter<string>("notify_head", notifications.Head));
        command.Parameters.Add(new NpgsqlParameter<string[]>("notify_namespace", [.. notifications.Streams.Select(s => s.Namespace)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("notify_key", [.. notifications.Streams.Select(s => s.Key)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("notify_entry", notifications.Entries));
        command.Parameters.Add(new NpgsqlParameter<int[]>("notify_chunk", notifications.Chunks));

        // Prepared once per physical connection and reused from then on: parsing and planning this
        // statement costs about as much as running it.
        await command.PrepareAsync(cancellationToken);
        var succeeded = new bool[count];
        var versions = new long?[count];
        var sequences = new long[eventCount];
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var item = reader.GetInt32(0);
                if (item < 0)
                {
                    continue; // the count of notifications sent, a row that makes the statement send them
                }

                if (reader.IsDBNull(2))
                {
                    succeeded[item] = true;
                    versions[item] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                }
                else
                {
                    // WITH ORDINALITY counts from 1 over the whole event array.
                    sequences[reader.GetInt64(2) - 1] = reader.GetInt64(3);
                }
            }
        }

        var outcomes = new Outcome[count];
        for (var i = 0; i < count; i++)
        {
            outcomes[i] = succeeded[i]
                ? new Outcome(true, versions[i], sequences[firstEvent[i]..(firstEvent[i] + writes[i].Events.Length)])
                : new Outcome(false, null, []);
        }

        return outcomes;
    }

    /// <summary>The stored ETag of each write's key (null where no record exists), for the messages of failed writes.</summary>
    public static async Task<string?[]> ReadStoredETagsAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingStateWrite> writes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(StoredVersionsSql, connection);
        command.Parameters.Add(new NpgsqlParameter<int[]>("ord", [.. Enumerable.Range(0, writes.Count)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("grain_type", [.. writes.Select(w => w.Key.GrainType)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("grain_key", [.. writes.Select(w => w.Key.GrainKey)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("state_name", [.. writes.Select(w => w.Key.StateName)]));
        var stored = new string?[writes.Count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetInt32(0)] = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
        }

        return stored;
    }
}
