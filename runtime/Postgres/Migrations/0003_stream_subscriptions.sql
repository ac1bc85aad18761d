-- Explicit stream subscriptions: grain (subscriber_type, subscriber_key) follows one stream. Its position
-- is the stream_checkpoint row whose subscriber is 'subscriber_type/subscriber_key', written in the same
-- transaction as the subscription and deleted with it.
CREATE TABLE stream_subscription (
    stream_namespace  text        NOT NULL,
    stream_key        text        NOT NULL,
    subscriber_type   text        NOT NULL,
    subscriber_key    text        NOT NULL,
    created_at        timestamptz NOT NULL,
    PRIMARY KEY (stream_namespace, stream_key, subscriber_type, subscriber_key)
);
