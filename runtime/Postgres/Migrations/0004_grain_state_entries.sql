-- Entries stored beside a grain state, one row each, so that a write stores only the entries it changed
-- instead of rewriting a large state record. They belong to the grain_state row of the same
-- (grain_type, grain_key, state_name): written in the statement that writes that row, under its ETag
-- check, and deleted with it. position orders the entries of one entry_name (the order keys were first
-- stored). There is no foreign key: the writing statement keeps the two tables consistent, and a
-- per-row check would cost every entry write a lookup.
CREATE TABLE grain_state_entry (
    grain_type   text   NOT NULL,
    grain_key    text   NOT NULL,
    state_name   text   NOT NULL,
    entry_name   text   NOT NULL,
    entry_key    text   NOT NULL,
    position     bigint NOT NULL,
    payload      jsonb  NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name, entry_name, entry_key)
);
