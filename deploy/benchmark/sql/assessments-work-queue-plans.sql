-- The lists of GET /assessments (assessment-service) at scale: EXPLAIN (ANALYZE, BUFFERS) of the
-- first page (20) and the total of clock=OVERDUE, planReview=OVERDUE and the unfiltered list,
-- first as the service ran them before V007 (Hibernate's SQL, with the indexes V007 replaced,
-- restored in a transaction rolled back), then as it runs them now; then checks that both give
-- the same pages. Run on a database loaded by assessments-work-queue-seed.sql, which holds
-- assessment-service's migrations up to V007. See docs/performance.md, "Assessments work queue".
--
--   psql -d as_bench -f deploy/benchmark/sql/assessments-work-queue-plans.sql
\set ON_ERROR_STOP on
\pset pager off
SET jit = off;
SELECT current_date AS today \gset

-- before: the Panache queries, as Hibernate wrote them (every column of the page's assessments)
\set columns 'a.id, a.assessment_type, a.assessors, a.carers, a.child_ref, a.cin_plan_review_due, a.cin_plan_reviews, a.cin_plan_start, a.clock_limit, a.complaint_id, a.completed_on, a.conditions, a.created_at, a.csdpa_s2, a.disabled_child, a.due_date, a.flags, a.needs, a.provisions, a.reference, a.referral_id, a.remedy_action_id, a.remedy_case_id, a.remedy_due_date, a.remedy_reference, a.start_date, a.team, a.timeline, a.version'
\set old_overdue 'SELECT ' :columns ' FROM assessment a WHERE a.completed_on IS NULL AND a.due_date < ' :'today' ' ORDER BY a.due_date, a.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY'
\set old_plans 'SELECT ' :columns ' FROM assessment a WHERE a.cin_plan_review_due < ' :'today' ' ORDER BY a.cin_plan_review_due, a.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY'
\set old_all 'SELECT ' :columns ' FROM assessment a ORDER BY a.start_date DESC, a.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY'
\set old_overdue_total 'SELECT count(*) FROM assessment a WHERE a.completed_on IS NULL AND a.due_date < ' :'today'
\set old_plans_total 'SELECT count(*) FROM assessment a WHERE a.cin_plan_review_due < ' :'today'
\set old_all_total 'SELECT count(*) FROM assessment a'

-- after (AssessmentWorkQueueQueries): the page's rows, read in the list's order from its index
\set new_overdue 'SELECT a.* FROM assessment a WHERE a.completed_on IS NULL AND a.due_date < ' :'today' ' ORDER BY a.due_date, a.id LIMIT 20 OFFSET 0'
\set new_plans 'SELECT a.* FROM assessment a WHERE a.cin_plan_review_due < ' :'today' ' ORDER BY a.cin_plan_review_due, a.id LIMIT 20 OFFSET 0'
\set new_all 'SELECT a.* FROM assessment a ORDER BY a.start_date DESC, a.id LIMIT 20 OFFSET 0'
\set new_overdue_total 'SELECT count(*) FROM assessment a WHERE a.completed_on IS NULL AND a.due_date < ' :'today'
\set new_plans_total 'SELECT count(*) FROM assessment a WHERE a.cin_plan_review_due < ' :'today'
\set new_all_total 'SELECT count(*) FROM assessment a'

SELECT count(*) AS assessments, count(*) FILTER (WHERE completed_on IS NULL) AS open,
       count(*) FILTER (WHERE completed_on IS NULL AND due_date < current_date) AS overdue,
       count(*) FILTER (WHERE cin_plan_review_due IS NOT NULL) AS plans,
       count(*) FILTER (WHERE cin_plan_review_due < current_date) AS plan_reviews_overdue
FROM assessment;

\echo '==== before V007: its indexes dropped and the ones it replaced restored, in this transaction'
BEGIN;
DROP INDEX assessment_open_by_due_idx;
DROP INDEX assessment_plan_review_by_due_idx;
CREATE INDEX assessment_open_due_idx ON assessment (due_date) WHERE completed_on IS NULL;
CREATE INDEX assessment_cin_plan_review_due_idx ON assessment (cin_plan_review_due) WHERE cin_plan_review_due IS NOT NULL;
ANALYZE assessment;
\echo '---- before, clock=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_overdue;
\echo '---- before, planReview=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_plans;
\echo '---- before, no filter'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_all;
\echo '---- before, clock=OVERDUE, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_overdue_total;
\echo '---- before, planReview=OVERDUE, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_plans_total;
\echo '---- before, no filter, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :old_all_total;
ROLLBACK;

\echo '==== after V007, as assessment-service runs them'
\echo '---- after, clock=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_overdue;
\echo '---- after, planReview=OVERDUE'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_plans;
\echo '---- after, no filter'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_all;
\echo '---- after, clock=OVERDUE, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_overdue_total;
\echo '---- after, planReview=OVERDUE, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_plans_total;
\echo '---- after, no filter, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :new_all_total;

\echo '==== before and after give the same pages'
SELECT (SELECT array_agg(id) FROM (:old_overdue) q) = (SELECT array_agg(id) FROM (:new_overdue) q) AS same_overdue,
       (SELECT array_agg(id) FROM (:old_plans) q) = (SELECT array_agg(id) FROM (:new_plans) q) AS same_plans,
       (SELECT array_agg(id) FROM (:old_all) q) = (SELECT array_agg(id) FROM (:new_all) q) AS same_all;
