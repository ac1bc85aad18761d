-- Versions (ETags) of grain state and reminders come from sequences, so a version is never handed out
-- twice: a record that is cleared and written again cannot get back an ETag a stale writer still holds.
CREATE SEQUENCE grain_state_version;
SELECT setval('grain_state_version', COALESCE((SELECT max(version) FROM grain_state), 0) + 1, false);

CREATE SEQUENCE reminder_version;
SELECT setval('reminder_version', COALESCE((SELECT max(version) FROM reminder), 0) + 1, false);

-- The last sequence number handed out in each stream. A writer takes the row lock of every stream it
-- appends to (INSERT .. ON CONFLICT DO UPDATE .. RETURNING) in the transaction that writes the events,
-- so concurrent writers get consecutive sequences and a rolled-back write leaves no gap.
CREATE TABLE stream_head (
    stream_namespace  text   NOT NULL,
    stream_key        text   NOT NULL,
    last_sequence     bigint NOT NULL CHECK (last_sequence >= 0),
    PRIMARY KEY (stream_namespace, stream_key)
);

-- The events, appended in the transaction of the state write that recorded them (transactional outbox).
CREATE TABLE stream_event (
    stream_namespace  text        NOT NULL,
    stream_key        text        NOT NULL,
    sequence          bigint      NOT NULL CHECK (sequence > 0),
    event_type        text        NOT NULL,
    payload           jsonb       NOT NULL,
    recorded_at       timestamptz NOT NULL,
    PRIMARY KEY (stream_namespace, stream_key, sequence)
);

-- How far each subscriber has processed each stream; it only ever moves forward.
CREATE TABLE stream_checkpoint (
    subscriber        text   NOT NULL,
    stream_namespace  text   NOT NULL,
    stream_key        text   NOT NULL,
    sequence          bigint NOT NULL CHECK (sequence >= 0),
    PRIMARY KEY (subscriber, stream_namespace, stream_key)
);
