-- Bulk-loads complaints and their statutory clocks for the complaints work queue's plans
-- (docs/performance.md, "Complaints work queue"). Run against a scratch database that holds
-- complaints-service's migrations, never against a live one: it empties both tables first.
--
--   psql -h 127.0.0.1 -U postgres -d wq_bench -v complaints=1000000 -f complaints-work-queue-seed.sql
--
-- The spread: ten years of history, almost all closed (their clocks stopped, a tenth with a
-- stage 2 clock too), and 300 + complaints/1000 open ones received in the last 40 days, whose
-- running clocks are overdue, due soon or on track; some of them paused, some with two running
-- clocks, half the overdue ones already announced as breached.
\set ON_ERROR_STOP on
\if :{?complaints}
\else
\set complaints 100000
\endif
\if :{?today}
\else
\set today 2026-12-04
\endif
SELECT 300 + :complaints / 1000 AS open \gset
SELECT setseed(0.17) \gset

TRUNCATE complaint_clock, complaint CASCADE;

INSERT INTO complaint (id, reference, received_date, channel, complainant_role, child_references, points,
                       desired_outcomes, matter_arose, procedure, stage_one_limit, stage_one_maximum_limit,
                       created_at, version, state, subject_matters)
SELECT gen_random_uuid(), 'BENCH-' || g, received, 'EMAIL', 'PARENT', '["CR-100001"]', '["A point"]',
       '["An outcome"]', received - 30, 'STATUTORY_CHILDREN', 10, 20, received::timestamptz, 3, state,
       '["ASSESSMENT"]'
FROM (SELECT g,
             CASE WHEN g <= :complaints - :open THEN date :'today' - 45 - floor(random() * 3650)::int
                  ELSE date :'today' - floor(random() * 40)::int END AS received,
             CASE WHEN g <= :complaints - :open THEN 'CLOSED'
                  WHEN g % 5 = 0 THEN 'STAGE_2_INVESTIGATING' ELSE 'STAGE_1_OPEN' END AS state
      FROM generate_series(1, :complaints) g) s;

-- stage 1: stopped unless the complaint is still at stage 1
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, paused, stopped_on,
                             due_date, working_days_used, breach_reported_on)
SELECT id, 'STAGE_1', received_date, 10, 20, open AND random() < 0.05,
       CASE WHEN open THEN NULL ELSE received_date + 12 END, received_date + 14,
       CASE WHEN open THEN NULL ELSE 9 END,
       CASE WHEN open AND received_date + 14 < date :'today' AND random() < 0.5 THEN date :'today' - 1 END
FROM (SELECT id, received_date, state = 'STAGE_1_OPEN' AS open FROM complaint) c;

-- stage 2: running for complaints under investigation, stopped for a tenth of the closed ones
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, stopped_on, due_date,
                             working_days_used)
SELECT id, 'STAGE_2', received_date + 14, 25, 65, CASE WHEN open THEN NULL ELSE received_date + 45 END,
       received_date + 14 + CASE WHEN open THEN floor(random() * 10)::int ELSE 35 END,
       CASE WHEN open THEN NULL ELSE 22 END
FROM (SELECT id, received_date, state = 'STAGE_2_INVESTIGATING' AS open FROM complaint
      WHERE state = 'STAGE_2_INVESTIGATING' OR (state = 'CLOSED' AND random() < 0.1)) c;

-- a second running clock for some complaints under investigation: the earlier one orders them
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, due_date)
SELECT id, 'STAGE_2_PROGRESSION', received_date + 14, 10, 10, received_date + 28
FROM complaint WHERE state = 'STAGE_2_INVESTIGATING' AND random() < 0.5;

VACUUM (ANALYZE) complaint, complaint_clock;

SELECT count(*) AS complaints, count(*) FILTER (WHERE state <> 'CLOSED') AS open FROM complaint;
SELECT count(*) AS clocks, count(*) FILTER (WHERE stopped_on IS NULL) AS running,
       count(*) FILTER (WHERE stopped_on IS NULL AND NOT paused AND due_date < date :'today') AS overdue
FROM complaint_clock;
