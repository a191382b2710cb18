-- Makes the assessments loaded by assessments-work-queue-seed.sql (written for query plans) readable
-- by assessment-service over HTTP: the case references it writes and parses instead of BENCH-<n>
-- (ASM-YYYY-NNNNNN-D, the year the assessment started), CHILD_IN_NEED for S17 and SHORT_BREAKS for a
-- need met by SERVICE; and moves its reference sequence past them. One pass over the table (about
-- the time of the seed itself). Part of the scale benchmark (deploy/benchmark/scale/run.sh).
--
--   psql -h 127.0.0.1 -U postgres -d assessments -f assessments-scale-references.sql
\set ON_ERROR_STOP on
SET jit = off;
\ir case-reference-function.sql

UPDATE assessment SET reference = pg_temp.case_reference('ASM', extract(year FROM start_date)::int,
                                                         substr(reference, 7)::bigint),
                      assessment_type = CASE assessment_type WHEN 'S17' THEN 'CHILD_IN_NEED' ELSE assessment_type END,
                      needs = replace(needs::text, '"SERVICE"', '"SHORT_BREAKS"')::jsonb -- a WayMet the service knows
WHERE reference LIKE 'BENCH-%';

SELECT setval('assessment_reference_seq', (SELECT count(*) FROM assessment) + 1) \gset

VACUUM (ANALYZE) assessment;
