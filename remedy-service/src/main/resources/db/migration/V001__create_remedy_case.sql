CREATE SEQUENCE remedy_case_reference_seq;

CREATE TABLE remedy_case (
    id                  uuid         PRIMARY KEY,
    reference           varchar(32)  NOT NULL UNIQUE,
    source              varchar(32)  NOT NULL,
    complaint_id        uuid,
    complaint_reference varchar(32),
    decision_date       date         NOT NULL,
    child_references    jsonb        NOT NULL,
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    -- One complaint decision opens one remedy case, however often its ActionsAgreed event is
    -- delivered or re-sent with a new id. Cases without a complaint (NULL) are not constrained.
    CONSTRAINT remedy_case_one_per_decision UNIQUE (complaint_id, source, decision_date)
);

CREATE INDEX remedy_case_decision_idx ON remedy_case (decision_date DESC, id);
