-- The remedy officer's work queue (GET /remedy-actions, remedy-service) at scale: seeds :actions
-- remedy actions (two per case, ten years of decisions, all completed but those of 300 + n/2000
-- cases decided in the last 90 days) and prints the EXPLAIN (ANALYZE, BUFFERS) plans of the first
-- page and the total for state=OVERDUE, state=DUE_SOON and no state, first with V004's index
-- dropped (in a transaction rolled back: the query as it would run without it), then as the
-- service runs it. Run against a scratch database holding remedy-service's migrations; it empties
-- the remedy tables. See docs/performance.md, "Remedy actions work queue".
--
--   psql -d ra_bench -v actions=1000000 -f deploy/benchmark/sql/remedy-actions-work-queue.sql
\set ON_ERROR_STOP on
\timing off
SET jit = off;

TRUNCATE remedy_timeline, remedy_action, remedy_case;
SELECT setseed(0.17);
\set cases (:actions / 2)
\set open_cases (300 + :actions / 2000)

INSERT INTO remedy_case (id, reference, source, complaint_id, complaint_reference, decision_date, child_references,
                         created_at, version)
SELECT gen_random_uuid(), 'BENCH-' || g, 'STAGE_2', gen_random_uuid(), 'CMP-BENCH-' || g, decided, '["CR-100001"]',
       CAST(decided AS timestamptz), 1
FROM (SELECT g, CASE WHEN g <= :cases - :open_cases
                     THEN current_date - 60 - CAST(floor(random() * 3650) AS int)
                     ELSE current_date - CAST(floor(random() * 90) AS int) END AS decided
      FROM generate_series(1, :cases) g) s;

INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, status, description,
                           owner, completed_on, version)
SELECT gen_random_uuid(), c.id, p, 'A' || (p + 1), 'APOLOGY', 'P4W', c.decision_date + 28 + 7 * p,
       CASE WHEN NOT open THEN 'COMPLETED'
            WHEN c.decision_date + 28 + 7 * p < current_date THEN 'OVERDUE'
            WHEN random() < 0.5 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
       'Written apology', 'Head of Service', CASE WHEN open THEN NULL ELSE c.decision_date + 20 END, 1
FROM (SELECT id, decision_date, CAST(substr(reference, 7) AS int) > :cases - :open_cases AS open
      FROM remedy_case) c, generate_series(0, 1) p;

VACUUM ANALYZE remedy_case;
VACUUM ANALYZE remedy_action;

-- today, and the fifth working day after it (weekends skipped; bank holidays are not, which only
-- narrows DUE_SOON by a day around one)
SELECT current_date AS today,
       (SELECT d::date FROM generate_series(current_date + 1, current_date + 14, interval '1 day') d
        WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1) AS soon \gset

SELECT count(*) AS actions, count(*) FILTER (WHERE status <> 'COMPLETED') AS open,
       count(*) FILTER (WHERE status <> 'COMPLETED' AND due_date < :'today') AS overdue,
       count(*) FILTER (WHERE status <> 'COMPLETED' AND due_date BETWEEN :'today' AND :'soon') AS due_soon
FROM remedy_action;

\set page_overdue 'SELECT a.id, a.action_ref, a.type, a.description, a.due_date, a.status, c.id AS case_id, c.reference, c.complaint_id, c.complaint_reference FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id WHERE a.status <> ''COMPLETED'' AND a.due_date < ' :'today' ' ORDER BY a.due_date, a.id LIMIT 20 OFFSET 0'
\set page_due_soon 'SELECT a.id, a.action_ref, a.type, a.description, a.due_date, a.status, c.id AS case_id, c.reference, c.complaint_id, c.complaint_reference FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id WHERE a.status <> ''COMPLETED'' AND a.due_date BETWEEN ' :'today' ' AND ' :'soon' ' ORDER BY a.due_date, a.id LIMIT 20 OFFSET 0'
\set page_all 'SELECT a.id, a.action_ref, a.type, a.description, a.due_date, a.status, c.id AS case_id, c.reference, c.complaint_id, c.complaint_reference FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id WHERE a.status <> ''COMPLETED'' ORDER BY a.due_date, a.id LIMIT 20 OFFSET 0'
\set total_overdue 'SELECT count(*) FROM remedy_action a WHERE a.status <> ''COMPLETED'' AND a.due_date < ' :'today'
\set total_due_soon 'SELECT count(*) FROM remedy_action a WHERE a.status <> ''COMPLETED'' AND a.due_date BETWEEN ' :'today' ' AND ' :'soon'
\set total_all 'SELECT count(*) FROM remedy_action a WHERE a.status <> ''COMPLETED'''

\echo '=== BEFORE: without remedy_action_open_due_idx ==='
BEGIN;
DROP INDEX remedy_action_open_due_idx;
\echo '--- first page, state=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_overdue;
\echo '--- first page, state=DUE_SOON'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_due_soon;
\echo '--- first page, no state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_all;
\echo '--- total, state=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :total_overdue;
ROLLBACK;

\echo '=== AFTER: as remedy-service runs them ==='
\echo '--- first page, state=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_overdue;
\echo '--- first page, state=DUE_SOON'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_due_soon;
\echo '--- first page, no state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :page_all;
\echo '--- total, state=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :total_overdue;
\echo '--- total, state=DUE_SOON'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :total_due_soon;
\echo '--- total, no state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :total_all;
