-- Loads :assessments assessments for the assessments work queue's plans (GET /assessments,
-- assessment-service): ten years started evenly, all completed but 300 + n/1000 opened in the last
-- 120 days, whose 45-working-day clocks (63 calendar days) are overdue or running; half of the
-- overdue ones already reported as breached. One in 40 assessments completed in the last two years
-- has a child in need plan, a quarter of them with a review up to 60 days overdue. Run against a
-- scratch database holding assessment-service's migrations; it empties the assessment tables. See
-- docs/performance.md, "Assessments work queue".
--
--   psql -d as_bench -q -v assessments=1000000 -f deploy/benchmark/sql/assessments-work-queue-seed.sql
\set ON_ERROR_STOP on
SET jit = off;

TRUNCATE unmet_need, assessment;
SELECT setseed(0.17);
\set open (300 + :assessments / 1000)

INSERT INTO assessment (id, reference, child_ref, assessment_type, start_date, clock_limit, created_at, version,
                        team, due_date, completed_on, assessors, needs, timeline, breach_reported,
                        cin_plan_start, cin_plan_review_due)
SELECT gen_random_uuid(), 'BENCH-' || g, 'CR-' || (100000 + g % 400000), 'S17', started, 45,
       CAST(started AS timestamptz), 4, 'CHILDRENS_SOCIAL_CARE', started + 63,
       CASE WHEN NOT open THEN started + 20 + CAST(floor(random() * 50) AS int) END,
       '[{"assessor":"sw-0147","from":[2026,11,25]}]',
       CAST('[{"code":"N1","area":"CARER_BREAK","description":"Parents have had no overnight break for two years",'
            || '"eligible":true,"criteriaScore":15,"wayMet":"SERVICE","reason":null,"inHomeShortBreaksConsidered":true}]'
            AS jsonb),
       '[{"on":[2026,11,16],"what":"OPENED","about":null},{"on":[2026,11,25],"what":"NEED_RECORDED","about":"N1"}]',
       open AND started + 63 < current_date AND random() < 0.5,
       CASE WHEN planned THEN started + 90 END,
       CASE WHEN planned THEN current_date - 60 + CAST(floor(random() * 240) AS int) END
FROM (SELECT g, started, open,
             NOT open AND started > current_date - 730 AND random() < 0.025 AS planned
      FROM (SELECT g, g > :assessments - :open AS open,
                   CASE WHEN g > :assessments - :open THEN current_date - CAST(floor(random() * 120) AS int)
                        ELSE current_date - 120 - CAST(floor(random() * 3650) AS int) END AS started
            FROM generate_series(1, :assessments) g) s) p;

VACUUM ANALYZE assessment;

SELECT count(*) AS assessments, count(*) FILTER (WHERE completed_on IS NULL) AS open,
       count(*) FILTER (WHERE completed_on IS NULL AND due_date < current_date) AS overdue,
       count(*) FILTER (WHERE cin_plan_review_due IS NOT NULL) AS plans,
       count(*) FILTER (WHERE cin_plan_review_due < current_date) AS plan_reviews_overdue,
       pg_size_pretty(pg_table_size('assessment')) AS table_size
FROM assessment;
