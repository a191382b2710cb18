-- Actions are followed through to completion: what exactly and who owns it, payments made
-- against the amount due, the completion date, and a version so that two people (or the
-- overdue sweep and a person) updating one action cannot overwrite each other.
ALTER TABLE remedy_action ALTER COLUMN status TYPE varchar(24);
ALTER TABLE remedy_action ADD COLUMN description  varchar(500);
ALTER TABLE remedy_action ADD COLUMN owner        varchar(100);
ALTER TABLE remedy_action ADD COLUMN paid_pence   bigint NOT NULL DEFAULT 0 CHECK (paid_pence >= 0);
ALTER TABLE remedy_action ADD COLUMN completed_on date;
ALTER TABLE remedy_action ADD COLUMN version      bigint NOT NULL DEFAULT 0;
-- a payment is never paid beyond its amount due (DOMAIN §4), whatever the code does
ALTER TABLE remedy_action ADD CONSTRAINT remedy_action_not_overpaid
    CHECK (amount_pence IS NULL OR paid_pence <= amount_pence);

DROP INDEX remedy_action_due_idx;
-- the daily sweep looks only at actions still open past their due date
CREATE INDEX remedy_action_sweep_idx ON remedy_action (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

-- Missed provision cases come from an assessment, not a complaint: one case per assessment.
ALTER TABLE remedy_case ADD COLUMN assessment_id uuid;
CREATE UNIQUE INDEX remedy_case_one_per_assessment ON remedy_case (assessment_id) WHERE assessment_id IS NOT NULL;

-- What happened on a case, in order: the timeline officers and auditors read.
CREATE TABLE remedy_timeline (
    id             uuid          PRIMARY KEY,
    remedy_case_id uuid          NOT NULL REFERENCES remedy_case (id),
    action_id      uuid          NOT NULL REFERENCES remedy_action (id),
    kind           varchar(16)   NOT NULL,
    occurred_on    date          NOT NULL,
    note           varchar(2000),
    evidence_refs  jsonb         NOT NULL,
    amount_pence   bigint,
    reference      varchar(64),
    recorded_at    timestamptz   NOT NULL,
    seq            bigserial     NOT NULL
);
CREATE INDEX remedy_timeline_case_idx ON remedy_timeline (remedy_case_id, seq);
