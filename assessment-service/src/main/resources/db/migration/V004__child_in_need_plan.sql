-- The child in need plan that follows an assessment: its start and reviews (first within 3 months,
-- then at least every 6 months; Working Together 2023). The next review's due date is kept so that
-- plans with an overdue review can be listed with a plain query.
ALTER TABLE assessment
    ADD COLUMN cin_plan_start       date,
    ADD COLUMN cin_plan_reviews     jsonb  NOT NULL DEFAULT '[]',
    ADD COLUMN cin_plan_review_due  date,
    ADD CONSTRAINT assessment_cin_plan_due CHECK ((cin_plan_start IS NULL) = (cin_plan_review_due IS NULL));
CREATE INDEX assessment_cin_plan_review_due_idx ON assessment (cin_plan_review_due)
    WHERE cin_plan_review_due IS NOT NULL;
