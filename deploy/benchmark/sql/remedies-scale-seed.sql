-- Loads :actions remedy actions (two per remedy case) into remedy-service's database, as the
-- service would hold them, for the scale benchmark (deploy/benchmark/scale/run.sh,
-- docs/performance.md "Shipped benchmark"): valid references, every action readable over HTTP.
-- It EMPTIES the remedy tables first: run it only against a database you can lose.
--
--   psql -h 127.0.0.1 -U postgres -d remedies -v actions=100000 -f remedies-scale-seed.sql
--
-- The spread: cases decided over ten years, seven in ten at stage 1, two at stage 2, the rest at
-- stage 3 or with the Ombudsman; each agrees an apology or a payment first, then a payment, a
-- named contact, a document to share, a reassessment or (one in five) a service improvement on one
-- of 40 learning themes. All completed, with a COMPLETED timeline entry (one in eight late), but
-- the actions of 300 + n/2000 cases decided in the last 90 days: overdue, in progress or open.
\set ON_ERROR_STOP on
SET jit = off;
SELECT :actions / 2 AS cases, 300 + :actions / 2000 AS open_cases, current_date AS today \gset
SELECT setseed(0.31) \gset
\ir case-reference-function.sql

TRUNCATE remedy_timeline, remedy_action, remedy_case CASCADE;

CREATE TEMP TABLE seed AS
SELECT g, gen_random_uuid() AS id, decided, g > :cases - :open_cases AS open,
       CASE WHEN g % 100 < 70 THEN 'STAGE_1' WHEN g % 100 < 90 THEN 'STAGE_2'
            WHEN g % 100 < 93 THEN 'STAGE_3' ELSE 'OMBUDSMAN' END AS source
FROM (SELECT g, CASE WHEN g <= :cases - :open_cases THEN :'today'::date - 60 - floor(random() * 3650)::int
                     ELSE :'today'::date - floor(random() * 90)::int END AS decided
      FROM generate_series(1, :cases) g) s;

INSERT INTO remedy_case (id, reference, source, complaint_id, complaint_reference, decision_date, child_references,
                         created_at, version)
SELECT id, pg_temp.case_reference('REM', extract(year FROM decided)::int, g), source, gen_random_uuid(),
       pg_temp.case_reference('CMP', extract(year FROM decided)::int, g), decided,
       jsonb_build_array('CR-' || (100000 + g % 400000)), decided::timestamptz + interval '12 hours', 1
FROM seed;

CREATE TEMP TABLE seed_action AS
SELECT gen_random_uuid() AS id, s.id AS case_id, p, s.open, s.decided, s.g,
       CASE WHEN p = 0 THEN (ARRAY['APOLOGY', 'PAYMENT'])[1 + s.g % 2]
            ELSE (ARRAY['PAYMENT', 'NAMED_CONTACT', 'SHARE_DOCUMENT', 'REASSESSMENT', 'SERVICE_IMPROVEMENT'])[1 + s.g % 5]
       END AS type,
       s.decided + 28 + 14 * p AS due, random() AS r
FROM seed s, generate_series(0, 1) p;

INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, amount_pence, theme,
                           status, description, owner, paid_pence, completed_on, version)
SELECT id, case_id, p, 'A' || (p + 1), type, CASE WHEN p = 0 THEN 'P4W' ELSE 'P6W' END, due,
       CASE WHEN type = 'PAYMENT' THEN 25000 END,
       CASE WHEN type = 'SERVICE_IMPROVEMENT' THEN 'Theme ' || lpad((g / 5 % 40)::text, 2, '0') END,
       CASE WHEN NOT open THEN 'COMPLETED' WHEN due < :'today'::date THEN 'OVERDUE'
            WHEN r < 0.5 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
       'Agreed ' || lower(type), 'Head of Service',
       CASE WHEN type = 'PAYMENT' AND NOT open THEN 25000 ELSE 0 END,
       CASE WHEN NOT open THEN due - 10 + CASE WHEN r < 0.125 THEN 20 ELSE 0 END END, CASE WHEN open THEN 1 ELSE 2 END
FROM seed_action;

INSERT INTO remedy_timeline (id, remedy_case_id, action_id, kind, occurred_on, note, evidence_refs, recorded_at)
SELECT gen_random_uuid(), case_id, id, 'COMPLETED', completed_on, 'Done', '["EV-1"]',
       completed_on::timestamptz + interval '15 hours'
FROM (SELECT a.id, a.case_id, due - 10 + CASE WHEN r < 0.125 THEN 20 ELSE 0 END AS completed_on
      FROM seed_action a WHERE NOT open) c
ORDER BY completed_on;

SELECT setval('remedy_case_reference_seq', :cases + 1) \gset

VACUUM (ANALYZE) remedy_case, remedy_action, remedy_timeline;

SELECT count(*) AS actions, count(*) FILTER (WHERE status <> 'COMPLETED') AS open,
       count(*) FILTER (WHERE status <> 'COMPLETED' AND due_date < :'today'::date) AS overdue,
       count(DISTINCT theme) AS themes
FROM remedy_action;
