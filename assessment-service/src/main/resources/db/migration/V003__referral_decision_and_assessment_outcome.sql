-- The referral's decision on the type of response (1 working day, Working Together 2023), whether
-- the child is disabled (an assessment must then consider CSDPA 1970 s2 services and a parent
-- carer assessment stays with children's services, s17ZD) and the reason for referral (CIN census
-- primary need code).
ALTER TABLE referral
    ADD COLUMN disabled_child  boolean      NOT NULL DEFAULT false,
    ADD COLUMN reason_code     varchar(48)  NOT NULL DEFAULT 'NOT_STATED',
    ADD COLUMN decision        varchar(32),
    ADD COLUMN decided_on      date,
    ADD COLUMN assessment_id   uuid,
    ADD CONSTRAINT referral_decision_complete CHECK ((decision IS NULL) = (decided_on IS NULL));

-- An assessment opened from a referral keeps the referral; the child's disability decides which
-- completion rules apply.
ALTER TABLE assessment
    ADD COLUMN referral_id     uuid,
    ADD COLUMN disabled_child  boolean      NOT NULL DEFAULT false;

-- one s17 decision opens one assessment
CREATE UNIQUE INDEX assessment_one_per_referral_and_type ON assessment (referral_id, assessment_type)
    WHERE referral_id IS NOT NULL;

-- What is recorded while an assessment is carried out. Needs, assessors, flags and the timeline
-- are read and written with their assessment (one aggregate, one row, one optimistic version);
-- unmet needs, which are listed across assessments, have their own table below.
ALTER TABLE assessment
    ADD COLUMN team          varchar(32)  NOT NULL DEFAULT 'CHILDRENS_SOCIAL_CARE',
    ADD COLUMN due_date      date,
    ADD COLUMN completed_on  date,
    ADD COLUMN conditions    jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN assessors     jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN needs         jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN csdpa_s2      jsonb        NOT NULL DEFAULT '{}',
    ADD COLUMN carers        jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN flags         jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN timeline      jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN provisions    jsonb        NOT NULL DEFAULT '[]';

-- 45 working days from the start: the clock cannot be extended or paused, so the due date is fixed
-- and an overdue list is a plain query
UPDATE assessment SET due_date = start_date WHERE due_date IS NULL;
ALTER TABLE assessment ALTER COLUMN due_date SET NOT NULL;
CREATE INDEX assessment_open_due_idx ON assessment (due_date) WHERE completed_on IS NULL;

-- An eligible need left unmet at completion stays open and visible until provision starts
-- (DOMAIN §3).
CREATE TABLE unmet_need (
    id                    uuid         PRIMARY KEY,
    assessment_id         uuid         NOT NULL REFERENCES assessment (id),
    assessment_reference  varchar(32)  NOT NULL,
    child_ref             varchar(32)  NOT NULL,
    need_code             varchar(64)  NOT NULL,
    area                  varchar(48)  NOT NULL,
    resource_led_reason   boolean      NOT NULL,
    opened_on             date         NOT NULL,
    closed_on             date,
    version               bigint       NOT NULL,
    CONSTRAINT unmet_need_once UNIQUE (assessment_id, need_code)
);
CREATE INDEX unmet_need_open_idx ON unmet_need (opened_on, id) WHERE closed_on IS NULL;
