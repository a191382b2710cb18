-- The work queue as of a past day (GET /assessments?clock=OVERDUE&asOf=...) lists the assessments open and
-- past their due date at the end of that day: those still open (assessment_open_by_due_idx) and those
-- completed after it. This index holds the completed ones by completion day, with the due date beside it, so
-- the second part reads only the assessments completed since that day, never the years completed before it.
CREATE INDEX assessment_completed_by_day_idx ON assessment (completed_on, due_date, id) WHERE completed_on IS NOT NULL;
