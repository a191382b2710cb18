-- Assessments of a child's needs, each with its 45-working-day clock. An assessment opened
-- because a remedy asked for a reassessment keeps the remedy case, the action and the remedy's
-- own due date, so that its completion can be reported back to that action.
CREATE SEQUENCE assessment_reference_seq;

CREATE TABLE assessment (
    id                  uuid         PRIMARY KEY,
    reference           varchar(32)  NOT NULL UNIQUE,
    child_ref           varchar(32)  NOT NULL,
    assessment_type     varchar(32)  NOT NULL,
    start_date          date         NOT NULL,
    clock_limit         integer      NOT NULL,
    remedy_case_id      uuid,
    remedy_reference    varchar(32),
    remedy_action_id    uuid,
    complaint_id        uuid,
    remedy_due_date     date,
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    -- a remedy link is all or nothing
    CONSTRAINT assessment_remedy_link_complete CHECK (
        (remedy_case_id IS NULL AND remedy_action_id IS NULL AND remedy_reference IS NULL)
        OR (remedy_case_id IS NOT NULL AND remedy_action_id IS NOT NULL AND remedy_reference IS NOT NULL)),
    -- one reassessment action asks for one assessment of each child: the data model itself cannot
    -- hold a second, whatever the consumer does (assessments not asked for by a remedy have
    -- no action id, and NULLs never collide)
    CONSTRAINT assessment_one_per_remedy_action_and_child UNIQUE (remedy_action_id, child_ref)
);

CREATE INDEX assessment_start_idx ON assessment (start_date DESC, id);
CREATE INDEX assessment_child_idx ON assessment (child_ref);
