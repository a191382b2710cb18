-- Remedy cases opened for a complaint, as announced by remedy-service: lets a complaint show
-- the progress of what was agreed without reading remedy-service's tables.
CREATE TABLE complaint_remedy_case (
    remedy_case_id  uuid        PRIMARY KEY,
    complaint_id    uuid        NOT NULL REFERENCES complaint (id),
    reference       varchar(32) NOT NULL,
    source          varchar(32) NOT NULL,
    decision_date   date        NOT NULL,
    action_count    integer     NOT NULL,
    recorded_at     timestamptz NOT NULL
);

CREATE INDEX complaint_remedy_case_complaint_idx ON complaint_remedy_case (complaint_id);
