-- Grain state, keyed by (grain type, key, state name) so that two grain types never share a row
-- (Orleans keys by state name only and collides across grain types: dotnet/orleans#9737).
-- version is the ETag: every write must name the version it read.
CREATE TABLE grain_state (
    grain_type   text        NOT NULL,
    grain_key    text        NOT NULL,
    state_name   text        NOT NULL,
    payload      jsonb       NOT NULL,
    version      bigint      NOT NULL,
    modified_at  timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);

-- Durable reminders: one row per (grain, reminder name); period NULL means it fires once.
CREATE TABLE reminder (
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    name        text        NOT NULL,
    due_at      timestamptz NOT NULL,
    period      interval,
    version     bigint      NOT NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE INDEX reminder_due_at ON reminder (due_at);
