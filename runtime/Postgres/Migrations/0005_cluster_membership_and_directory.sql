-- The membership table's version, one row per cluster. Every change of a member row (a join, a status
-- change, a suspicion) moves it by one in the transaction that writes the row, and only if it still holds
-- the version the writer read, so two writers of one view never both succeed and every silo sees the
-- changes in one order. The row is created lazily (INSERT .. ON CONFLICT DO NOTHING) with version 0 when
-- a silo first uses the cluster, so there is no separate "create cluster" step.
CREATE TABLE cluster_version (
    cluster_id  text   NOT NULL PRIMARY KEY,
    version     bigint NOT NULL DEFAULT 0 CHECK (version >= 0)
);

-- One row per silo, that is per (host, port, generation): a restarted silo is a new row, and a dead one
-- stays until it is cleaned up. suspicions is a jsonb array of {"by": "host:port@generation", "at":
-- timestamp}, oldest first; a small list read and rewritten whole, so it needs no table of its own.
-- The foreign key keeps member rows from outliving their cluster's version, which orders them.
CREATE TABLE cluster_member (
    cluster_id     text        NOT NULL REFERENCES cluster_version (cluster_id),
    host           text        NOT NULL,
    port           integer     NOT NULL CHECK (port BETWEEN 1 AND 65535),
    generation     bigint      NOT NULL,
    status         smallint    NOT NULL,
    gateway_port   integer     NOT NULL CHECK (gateway_port BETWEEN 0 AND 65535),
    silo_name      text        NOT NULL,
    host_name      text        NOT NULL,
    suspicions     jsonb       NOT NULL DEFAULT '[]',
    started_at     timestamptz NOT NULL,
    -- Written on every heartbeat without touching the version (a heartbeat is not a change of view).
    i_am_alive_at  timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, host, port, generation)
);

-- Where each grain is active: at most one row per grain and cluster, which the primary key enforces, so
-- concurrent registrations of one grain race on the key and exactly one insert wins. silo is
-- SiloAddress.ToString() (host:port@generation); activation_id tells one activation of the grain on that
-- silo from a later one, so a late unregister of an old activation cannot remove a newer registration.
CREATE TABLE grain_directory (
    cluster_id     text        NOT NULL,
    grain_type     text        NOT NULL,
    grain_key      text        NOT NULL,
    silo           text        NOT NULL,
    activation_id  uuid        NOT NULL,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cluster_id, grain_type, grain_key)
);

-- When a silo is declared dead every row it registered is deleted at once; without this index that
-- delete would scan the cluster's whole directory.
CREATE INDEX grain_directory_silo ON grain_directory (cluster_id, silo);
