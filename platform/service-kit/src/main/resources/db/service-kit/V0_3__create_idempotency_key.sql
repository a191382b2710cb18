-- Idempotency-Key store: the first request with a key is processed and its response kept;
-- a retry with the same key and body gets the same response without a second effect.
CREATE TABLE idempotency_key (
    idempotency_key varchar(255) NOT NULL,
    method          varchar(8)   NOT NULL,
    path            varchar(512) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    status          integer,
    content_type    varchar(128),
    location        varchar(512),
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (idempotency_key, method, path)
);
