-- Stage 3 (review panel): the request, the panel, its report and the council's response.
ALTER TABLE complaint ADD COLUMN stage_three jsonb;
