-- Loads :complaints complaints into complaints-service's database, as the service would hold them,
-- for the scale benchmark (deploy/benchmark/scale/run.sh, docs/performance.md "Shipped benchmark"):
-- every row readable by the service (valid references with their check digit, decisions and
-- closures in the shapes it stores) so that the HTTP reads see real data, not only the plans.
-- It EMPTIES the complaint tables first: run it only against a database you can lose.
--
--   psql -h 127.0.0.1 -U postgres -d complaints -v complaints=100000 -f complaints-scale-seed.sql
--
-- The spread: ten years received evenly; all closed but 300 + n/1000 received in the last 40 days.
-- A closed complaint has its stage 1 response (nine in ten within the clock, two findings, one in
-- two agreeing an apology, one in five a payment, one in ten a service improvement on one of 40
-- learning themes), its stopped stage 1 clock (a tenth a stage 2 clock too), a closure and two
-- timeline entries. The open ones: four in five at stage 1, one in five under stage 2
-- investigation (half with a progression clock too), so their clocks are overdue, due soon or on
-- track; 5 % of stage 1 clocks paused and half the overdue ones announced as breached.
\set ON_ERROR_STOP on
SET jit = off;
SELECT 300 + :complaints / 1000 AS open_complaints, current_date AS today \gset
SELECT setseed(0.29) \gset

\ir case-reference-function.sql

TRUNCATE complaint_timeline, complaint_remedy_action, complaint_remedy_case, complaint_clock, complaint CASCADE;

CREATE TEMP TABLE seed AS
SELECT g, gen_random_uuid() AS id, received, state, received + 9 AS decided, random() AS r
FROM (SELECT g,
             CASE WHEN g <= :complaints - :open_complaints THEN :'today'::date - 45 - floor(random() * 3650)::int
                  ELSE :'today'::date - floor(random() * 40)::int END AS received,
             CASE WHEN g <= :complaints - :open_complaints THEN 'CLOSED'
                  WHEN g % 5 = 0 THEN 'STAGE_2_INVESTIGATING' ELSE 'STAGE_1_OPEN' END AS state
      FROM generate_series(1, :complaints) g) s;

INSERT INTO complaint (id, reference, received_date, channel, complainant_role, child_references, points,
                       desired_outcomes, matter_arose, procedure, stage_one_limit, stage_one_maximum_limit,
                       created_at, version, state, subject_matters, routing, stage_one_response, closure)
SELECT id, pg_temp.case_reference('CMP', extract(year FROM received)::int, g), received,
       (ARRAY['EMAIL', 'LETTER', 'PHONE', 'ONLINE_FORM'])[1 + g % 4], 'PARENT',
       jsonb_build_array('CR-' || (100000 + g % 400000)),
       '["The assessment took too long", "No short breaks were offered"]', '["A new assessment"]',
       received - 30, 'STATUTORY_CHILDREN', 10, 20, received::timestamptz, CASE WHEN state = 'CLOSED' THEN 4 ELSE 1 END,
       state, '["ASSESSMENT"]',
       '{"proposal": {"reasons": ["subject matter ASSESSMENT: the statutory children''s procedure"], "procedure": "STATUTORY_CHILDREN", "part3Matter": false}, "procedure": "STATUTORY_CHILDREN", "overriddenOn": null, "overrideReason": null}',
       CASE WHEN state = 'CLOSED' THEN jsonb_build_object(
           'actions', CASE WHEN r < 0.1 THEN jsonb_build_array(apology, payment || jsonb_build_object('amountPence', 5000 + (g % 20) * 2500),
                                                               improvement || jsonb_build_object('theme', 'Theme ' || lpad((g % 40)::text, 2, '0')))
                           WHEN r < 0.2 THEN jsonb_build_array(apology, payment || jsonb_build_object('amountPence', 5000 + (g % 20) * 2500))
                           WHEN r < 0.5 THEN jsonb_build_array(apology) ELSE '[]' END,
           'findings', '[{"point": 1, "finding": "UPHELD", "faultAccepted": true}, {"point": 2, "finding": "NO_FINDING", "faultAccepted": false}]'::jsonb,
           'decidedOn', decided, 'clockResult', CASE WHEN g % 10 = 0 THEN 'MISSED' ELSE 'MET' END,
           'nextStepToldOn', null, 'recommendations', '[]'::jsonb) END,
       CASE WHEN state = 'CLOSED' THEN jsonb_build_object('reason', 'RESOLVED', 'closedOn', received + 40) END
FROM seed,
     (SELECT jsonb '{"type": "APOLOGY", "theme": null, "period": "P4W", "actionRef": "A1", "amountPence": null}' AS apology,
             jsonb '{"type": "PAYMENT", "theme": null, "period": "P1M", "actionRef": "A2"}' AS payment,
             jsonb '{"type": "SERVICE_IMPROVEMENT", "period": "P3M", "actionRef": "A3", "amountPence": null}' AS improvement) action;

-- stage 1: stopped unless the complaint is still at stage 1
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, paused, stopped_on,
                             due_date, working_days_used, breach_reported_on)
SELECT id, 'STAGE_1', received, 10, 20, open AND random() < 0.05,
       CASE WHEN open THEN NULL ELSE decided END, received + 14, CASE WHEN open THEN NULL ELSE 7 END,
       CASE WHEN open AND received + 14 < :'today'::date AND random() < 0.5 THEN :'today'::date - 1 END
FROM (SELECT id, received, decided, state = 'STAGE_1_OPEN' AS open FROM seed) s;

-- stage 2: running for complaints under investigation, stopped for a tenth of the closed ones
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, stopped_on, due_date,
                             working_days_used)
SELECT id, 'STAGE_2', received + 14, 25, 65, CASE WHEN open THEN NULL ELSE received + 45 END,
       received + 14 + CASE WHEN open THEN floor(random() * 10)::int ELSE 35 END, CASE WHEN open THEN NULL ELSE 22 END
FROM (SELECT id, received, state = 'STAGE_2_INVESTIGATING' AS open FROM seed
      WHERE state = 'STAGE_2_INVESTIGATING' OR (state = 'CLOSED' AND r > 0.9)) s;

INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, due_date)
SELECT id, 'STAGE_2_PROGRESSION', received + 14, 10, 10, received + 28
FROM seed WHERE state = 'STAGE_2_INVESTIGATING' AND random() < 0.5;

-- the timeline: the stage 1 response and the closure of each closed complaint
INSERT INTO complaint_timeline (complaint_id, occurred_at, actor_subject, actor_roles, what, detail)
SELECT id, at, 'officer-' || (g % 50), 'complaints-officer', what, detail
FROM seed, LATERAL (VALUES (decided::timestamptz + interval '10 hours', 'stage-1.responded', '2 findings, clock MET'),
                           ((received + 40)::timestamptz + interval '11 hours', 'closure.recorded', 'RESOLVED')) t(at, what, detail)
WHERE state = 'CLOSED'
ORDER BY at;

-- the service numbers new complaints from this sequence: keep them clear of the seeded serials
SELECT setval('complaint_reference_seq', :complaints + 1) \gset

VACUUM (ANALYZE) complaint, complaint_clock, complaint_timeline;

SELECT count(*) AS complaints, count(*) FILTER (WHERE state <> 'CLOSED') AS open FROM complaint;
SELECT count(*) AS clocks, count(*) FILTER (WHERE stopped_on IS NULL) AS running,
       count(*) FILTER (WHERE stopped_on IS NULL AND NOT paused AND due_date < :'today'::date) AS overdue
FROM complaint_clock;
