-- The lists of GET /assessments read one page in their own order, however many completed
-- assessments a council keeps: a social worker's overdue assessments by due date then id, and a
-- team manager's overdue child in need plan reviews by review due date then id. Each index holds
-- only what its list can show (open assessments; assessments with a plan) in exactly that order,
-- so a page is an index-only scan of offset + size entries with no sort of the assessments that
-- share a due date. The unfiltered list is already read in its order from assessment_start_idx.
-- Both replace an index on the date alone with the same condition, which they make redundant
-- (the open-assessment gauges read the new one just as well).
DROP INDEX assessment_open_due_idx;
CREATE INDEX assessment_open_by_due_idx ON assessment (due_date, id) WHERE completed_on IS NULL;

DROP INDEX assessment_cin_plan_review_due_idx;
CREATE INDEX assessment_plan_review_by_due_idx ON assessment (cin_plan_review_due, id)
    WHERE cin_plan_review_due IS NOT NULL;
