-- Idempotent consumer: one row per (consumer, event id), written in the consumer's own
-- transaction, so a redelivered event finds its row and has no second effect.
CREATE TABLE processed_message (
    consumer     varchar(64)  NOT NULL,
    event_id     varchar(64)  NOT NULL,
    event_type   varchar(128) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
