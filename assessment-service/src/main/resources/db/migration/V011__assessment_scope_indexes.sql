-- Each person sees the assessments their part in them allows (AssessmentScope): a social worker those they are
-- assigned to and their team's, a team manager their team's, a remedy officer those a remedy asked for. Every
-- list of assessments (and of what belongs to them) filters by that rule in its one query; these indexes find
-- each part without reading the history:
-- the assessments an assignment names a staff reference in (assessors @> [{"assessor": ...}]),
CREATE INDEX assessment_assessors_idx ON assessment USING gin (assessors jsonb_path_ops);
-- a team's assessments in the unfiltered list's order (newest started first),
CREATE INDEX assessment_team_start_idx ON assessment (team, start_date DESC, id);
-- and the reassessments remedies asked for, in the same order.
CREATE INDEX assessment_remedy_linked_start_idx ON assessment (start_date DESC, id) WHERE remedy_case_id IS NOT NULL;
