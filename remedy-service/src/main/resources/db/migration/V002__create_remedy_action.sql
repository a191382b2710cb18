-- The actions of a remedy case, one row each: later work records progress, payments and
-- evidence per action, so they are rows rather than a JSON list on the case.
CREATE TABLE remedy_action (
    id             uuid         PRIMARY KEY,
    remedy_case_id uuid         NOT NULL REFERENCES remedy_case (id),
    position       integer      NOT NULL,
    action_ref     varchar(16)  NOT NULL,
    type           varchar(32)  NOT NULL,
    period         varchar(8)   NOT NULL,
    due_date       date         NOT NULL,
    amount_pence   bigint       CHECK (amount_pence > 0),
    theme          varchar(64),
    status         varchar(16)  NOT NULL,
    CONSTRAINT remedy_action_ref_unique UNIQUE (remedy_case_id, action_ref),
    CONSTRAINT remedy_action_position_unique UNIQUE (remedy_case_id, position)
);

CREATE INDEX remedy_action_due_idx ON remedy_action (due_date) WHERE status = 'OPEN';
