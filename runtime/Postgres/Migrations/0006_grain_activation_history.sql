-- Every activation of every grain, when the silo records them (Runtime:RecordActivations): which silo (with its
-- generation) ran it, from when to when. An audit of single activation: for one grain the periods must never overlap.
-- deactivated_at stays NULL while the activation lives, and forever when its silo died without deactivating it.
CREATE TABLE grain_activation (
    activation_id   uuid        PRIMARY KEY,
    grain_type      text        NOT NULL,
    grain_key       text        NOT NULL,
    silo            text        NOT NULL,
    activated_at    timestamptz NOT NULL,
    deactivated_at  timestamptz
);

CREATE INDEX grain_activation_grain ON grain_activation (grain_type, grain_key, activated_at);
