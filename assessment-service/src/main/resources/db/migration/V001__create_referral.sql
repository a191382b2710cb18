-- Referrals about children. The decision on the type of response runs on a clock from the
-- received date (Working Together to Safeguard Children 2023: within 1 working day).
CREATE SEQUENCE referral_reference_seq;

CREATE TABLE referral (
    id              uuid         PRIMARY KEY,
    reference       varchar(32)  NOT NULL UNIQUE,
    child_ref       varchar(32)  NOT NULL,
    received_date   date         NOT NULL,
    referrer_type   varchar(32)  NOT NULL,
    concerns        jsonb        NOT NULL,
    decision_limit  integer      NOT NULL,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);

CREATE INDEX referral_received_idx ON referral (received_date DESC, id);
CREATE INDEX referral_child_idx ON referral (child_ref);
