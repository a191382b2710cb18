-- The complaint's stage model: where it stands, its routing and stage records, holds and flags.
ALTER TABLE complaint
    ADD COLUMN state              varchar(32) NOT NULL DEFAULT 'STAGE_1_OPEN',
    ADD COLUMN subject_matters    jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN routing            jsonb,
    ADD COLUMN out_of_time        jsonb,
    ADD COLUMN stage_one_extension jsonb,
    ADD COLUMN stage_one_response jsonb,
    ADD COLUMN stage_two          jsonb,
    ADD COLUMN holds              jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN flags              jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN closure            jsonb;

CREATE INDEX complaint_state_idx ON complaint (state);

-- One row per statutory clock of a complaint. due_date is the effective due date as last saved
-- (extended, moved by released holds) so the breach sweep and the work queue can use SQL; the
-- sweep claims rows with FOR UPDATE SKIP LOCKED and sets breach_reported_on in the transaction
-- that writes the breach event to the outbox, so each breach is announced once.
CREATE TABLE complaint_clock (
    complaint_id        uuid        NOT NULL REFERENCES complaint (id),
    kind                varchar(32) NOT NULL,
    start_date          date        NOT NULL,
    limit_days          integer     NOT NULL,
    maximum_days        integer     NOT NULL,
    extension_days      integer,
    extension_reason    varchar(2000),
    pauses              jsonb       NOT NULL DEFAULT '[]',
    paused              boolean     NOT NULL DEFAULT false,
    stopped_on          date,
    due_date            date        NOT NULL,
    breach_reported_on  date,
    PRIMARY KEY (complaint_id, kind)
);

CREATE INDEX complaint_clock_running_idx ON complaint_clock (due_date)
    WHERE stopped_on IS NULL AND breach_reported_on IS NULL;

INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, due_date)
SELECT id, 'STAGE_1', received_date, stage_one_limit, stage_one_maximum_limit, received_date
FROM complaint;

-- The complaint's chronology: who did what and when. Append-only, like the audit trail.
CREATE TABLE complaint_timeline (
    id             bigserial    PRIMARY KEY,
    complaint_id   uuid         NOT NULL REFERENCES complaint (id),
    occurred_at    timestamptz  NOT NULL,
    actor_subject  varchar(255) NOT NULL,
    actor_roles    varchar(500) NOT NULL,
    what           varchar(100) NOT NULL,
    detail         varchar(4000)
);

CREATE INDEX complaint_timeline_complaint_idx ON complaint_timeline (complaint_id, id);

CREATE FUNCTION complaint_timeline_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'complaint_timeline is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER complaint_timeline_no_rewrite BEFORE UPDATE OR DELETE ON complaint_timeline
    FOR EACH ROW EXECUTE FUNCTION complaint_timeline_append_only();
