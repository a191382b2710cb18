CREATE SEQUENCE complaint_reference_seq;

CREATE TABLE complaint (
    id                      uuid         PRIMARY KEY,
    reference               varchar(32)  NOT NULL UNIQUE,
    received_date           date         NOT NULL,
    channel                 varchar(32)  NOT NULL,
    complainant_role        varchar(64)  NOT NULL,
    child_references        jsonb        NOT NULL,
    points                  jsonb        NOT NULL,
    desired_outcomes        jsonb        NOT NULL,
    matter_arose            date,
    procedure               varchar(32)  NOT NULL,
    stage_one_limit         integer      NOT NULL,
    stage_one_maximum_limit integer      NOT NULL,
    created_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL
);

CREATE INDEX complaint_received_idx ON complaint (received_date DESC, id);
