-- Progress of each remedy case opened for a complaint, from remedy-service's action, payment and
-- completion events: counters on the case row, so the complaint shows them without a query
-- over remedy-service, plus one row per action reported on, so the same action reported twice
-- (under different event ids) is counted once.
ALTER TABLE complaint_remedy_case
    ADD COLUMN actions_completed         integer NOT NULL DEFAULT 0,
    ADD COLUMN actions_completed_on_time integer NOT NULL DEFAULT 0,
    ADD COLUMN actions_overdue           integer NOT NULL DEFAULT 0,
    ADD COLUMN paid_pence                bigint  NOT NULL DEFAULT 0,
    ADD COLUMN completed_on              date,
    ADD COLUMN version                   bigint  NOT NULL DEFAULT 0;

CREATE TABLE complaint_remedy_action (
    action_id         uuid        PRIMARY KEY,
    remedy_case_id    uuid        NOT NULL REFERENCES complaint_remedy_case (remedy_case_id),
    state             varchar(16) NOT NULL,
    completed_on_time boolean     NOT NULL,
    paid_pence        bigint      NOT NULL
);

CREATE INDEX complaint_remedy_action_case_idx ON complaint_remedy_action (remedy_case_id);
