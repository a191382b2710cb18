-- Idempotency keys belong to one caller (token subject and client) and one operation (method and
-- path), and are written in the transaction of the work they protect (IdempotentOperation), so a
-- committed row always holds a successful answer and no row is ever left "in progress".
-- The scope is kept as its SHA-256: a path of any length or content fits, and is never stored as sent.
-- Rows written before this change were scoped to the operation only and cannot be attributed to a
-- caller, so they are dropped; a retry of a request sent before the upgrade is processed afresh.
DROP TABLE idempotency_key;

CREATE TABLE idempotency_key (
    scope_hash      char(64)     PRIMARY KEY,
    idempotency_key varchar(255) NOT NULL,
    request_hash    char(64)     NOT NULL,
    -- NULL only inside the claiming transaction; set before it commits
    status          integer,
    content_type    varchar(128),
    location        varchar(512),
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    completed_at    timestamptz
);
