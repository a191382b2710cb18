-- The work queue of each person the procedure appoints holds only the complaints naming them: the
-- independent person and the adjudicating officer by their stage 2 appointment (as V023 does for the
-- investigating officer), a review panel member by the stage 3 panel's membership.
CREATE INDEX complaint_independent_person_idx ON complaint ((stage_two->'independentPerson'->>'reference'))
    WHERE stage_two->'independentPerson' IS NOT NULL;
CREATE INDEX complaint_adjudicating_officer_idx ON complaint ((stage_two->'adjudicatingOfficer'->>'reference'))
    WHERE stage_two->'adjudicatingOfficer' IS NOT NULL;
CREATE INDEX complaint_review_panel_idx ON complaint USING gin ((stage_three->'panel') jsonb_path_ops)
    WHERE stage_three IS NOT NULL;
