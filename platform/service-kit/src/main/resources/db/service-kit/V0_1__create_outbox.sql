-- Transactional outbox. Column names follow Debezium's outbox event router (aggregatetype,
-- aggregateid, type, payload) so that moving to change-data-capture is configuration only.
CREATE TABLE outbox (
    id             uuid         PRIMARY KEY,
    seq            bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype  varchar(64)  NOT NULL,
    aggregateid    varchar(64)  NOT NULL,
    type           varchar(128) NOT NULL,
    subject        varchar(64)  NOT NULL,
    payload        jsonb        NOT NULL,
    correlation_id varchar(64),
    occurred_at    timestamptz  NOT NULL,
    sent_at        timestamptz,
    attempts       integer      NOT NULL DEFAULT 0,
    last_error     varchar(500)
);

-- The relay reads unsent rows in write order; the partial index keeps that cheap however
-- many sent rows accumulate.
CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL;
