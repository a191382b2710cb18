-- Updates of children's Education, Health and Care plans as the SEND service reports them. A child
-- with one has each completed assessment's social care provision sent for sections H1 and H2; an
-- update saying "no social care needs" while an assessment is open is kept with its flags (DOMAIN §3).
CREATE TABLE ehc_plan_update (
    id                    uuid         PRIMARY KEY,
    child_ref             varchar(32)  NOT NULL,
    issued_on             date         NOT NULL,
    no_social_care_needs  boolean      NOT NULL,
    recorded_on           date         NOT NULL,
    flags                 jsonb        NOT NULL DEFAULT '[]',
    version               bigint       NOT NULL
);
CREATE INDEX ehc_plan_update_child_idx ON ehc_plan_update (child_ref, issued_on DESC, id);
