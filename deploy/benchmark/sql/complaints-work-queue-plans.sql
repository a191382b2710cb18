-- The complaints work queue's first page (20) and its total, as complaints-service runs them,
-- before and after V011: EXPLAIN (ANALYZE, BUFFERS) of each, then the median of five timed runs.
-- Run on a database loaded by complaints-work-queue-seed.sql; "before" drops V011's index for
-- the duration of a transaction, so the database is left as the migrations made it.
--
--   psql -h 127.0.0.1 -U postgres -d wq_bench -f complaints-work-queue-plans.sql
--
-- today and soon (three working days later, DOMAIN §1) match the seed's default date.
\set ON_ERROR_STOP on
\set today '''2026-12-04'''
\set soon '''2026-12-09'''
\pset pager off
SET jit = off;

-- old: every complaint, each with a lateral subquery over its clocks
\set old_overdue 'SELECT c.id FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL AND NOT k.paused AND k.due_date < ' :today ') d ON true WHERE true AND d.due IS NOT NULL ORDER BY d.due NULLS LAST, c.received_date, c.id LIMIT 20 OFFSET 0'
\set old_overdue_total 'SELECT count(*) FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL AND NOT k.paused AND k.due_date < ' :today ') d ON true WHERE true AND d.due IS NOT NULL'
\set old_due_soon 'SELECT c.id FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN ' :today ' AND ' :soon ') d ON true WHERE true AND d.due IS NOT NULL ORDER BY d.due NULLS LAST, c.received_date, c.id LIMIT 20 OFFSET 0'
\set old_due_soon_total 'SELECT count(*) FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN ' :today ' AND ' :soon ') d ON true WHERE true AND d.due IS NOT NULL'
\set old_list 'SELECT c.id FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL) d ON true WHERE true ORDER BY d.due NULLS LAST, c.received_date, c.id LIMIT 20 OFFSET 0'
\set old_list_total 'SELECT count(*) FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL) d ON true WHERE true'

-- new (WorkQueueQueries): from the running clocks through complaint_clock_open_due_idx
\set new_overdue 'SELECT c.id FROM (SELECT k.complaint_id, min(k.due_date) AS due FROM complaint_clock k WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date < ' :today ' GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20 OFFSET 0'
\set new_overdue_total 'SELECT count(DISTINCT k.complaint_id) FROM complaint_clock k WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date < ' :today
\set new_due_soon 'SELECT c.id FROM (SELECT k.complaint_id, min(k.due_date) AS due FROM complaint_clock k WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN ' :today ' AND ' :soon ' GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20 OFFSET 0'
\set new_due_soon_total 'SELECT count(DISTINCT k.complaint_id) FROM complaint_clock k WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN ' :today ' AND ' :soon
\set new_list 'SELECT d.id FROM ((SELECT c.id, d.due, c.received_date FROM (SELECT k.complaint_id, min(k.due_date) AS due FROM complaint_clock k WHERE k.stopped_on IS NULL GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20) UNION ALL (SELECT c.id, CAST(NULL AS date) AS due, c.received_date FROM complaint c WHERE NOT EXISTS (SELECT 1 FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL) ORDER BY c.received_date, c.id LIMIT 20)) d ORDER BY d.due NULLS LAST, d.received_date, d.id LIMIT 20 OFFSET 0'
\set new_list_total 'SELECT count(*) FROM complaint c WHERE true'

-- one query: its plan, then five timed runs and their median (server-side execution time)
CREATE TEMP TABLE timing (query text, ms numeric);
CREATE OR REPLACE FUNCTION pg_temp.timed(label text, sql text) RETURNS void AS $$
DECLARE started timestamptz;
BEGIN
    FOR i IN 1..5 LOOP
        started := clock_timestamp();
        EXECUTE sql;
        INSERT INTO timing VALUES (label, extract(epoch FROM clock_timestamp() - started) * 1000);
    END LOOP;
END $$ LANGUAGE plpgsql;

\echo '==== before V011: complaint_clock_open_due_idx dropped in this transaction'
BEGIN;
DROP INDEX complaint_clock_open_due_idx;
\echo '---- old, clock=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS) :old_overdue;
\echo '---- old, clock=DUE_SOON'
EXPLAIN (ANALYZE, BUFFERS) :old_due_soon;
\echo '---- old, no filter'
EXPLAIN (ANALYZE, BUFFERS) :old_list;
SELECT pg_temp.timed('old clock=OVERDUE page', :'old_overdue'), pg_temp.timed('old clock=OVERDUE total', :'old_overdue_total'),
       pg_temp.timed('old clock=DUE_SOON page', :'old_due_soon'), pg_temp.timed('old clock=DUE_SOON total', :'old_due_soon_total'),
       pg_temp.timed('old no filter page', :'old_list'), pg_temp.timed('old no filter total', :'old_list_total') \gset
\echo '---- old, median of five runs, ms'
SELECT query, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS median_ms
FROM timing GROUP BY query ORDER BY query;
ROLLBACK;

\echo '==== after V011'
\echo '---- new, clock=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS) :new_overdue;
\echo '---- new, clock=OVERDUE, total'
EXPLAIN (ANALYZE, BUFFERS) :new_overdue_total;
\echo '---- new, clock=DUE_SOON'
EXPLAIN (ANALYZE, BUFFERS) :new_due_soon;
\echo '---- new, no filter'
EXPLAIN (ANALYZE, BUFFERS) :new_list;
\echo '---- new, no filter, total'
EXPLAIN (ANALYZE, BUFFERS) :new_list_total;
SELECT pg_temp.timed('new clock=OVERDUE page', :'new_overdue'), pg_temp.timed('new clock=OVERDUE total', :'new_overdue_total'),
       pg_temp.timed('new clock=DUE_SOON page', :'new_due_soon'), pg_temp.timed('new clock=DUE_SOON total', :'new_due_soon_total'),
       pg_temp.timed('new no filter page', :'new_list'), pg_temp.timed('new no filter total', :'new_list_total') \gset

\echo '==== the two give the same pages'
SELECT (SELECT array_agg(id) FROM (:old_overdue) q) = (SELECT array_agg(id) FROM (:new_overdue) q) AS same_overdue,
       (SELECT array_agg(id) FROM (:old_due_soon) q) = (SELECT array_agg(id) FROM (:new_due_soon) q) AS same_due_soon,
       (SELECT array_agg(id) FROM (:old_list) q) = (SELECT array_agg(id) FROM (:new_list) q) AS same_list;

\echo '---- new, median of five runs, ms'
SELECT query, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS median_ms
FROM timing GROUP BY query ORDER BY query;
