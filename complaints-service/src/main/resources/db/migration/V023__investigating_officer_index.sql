-- An investigating officer's work queue holds only the complaints they are appointed to: found by
-- the appointment's staff reference, whatever the size of the history.
CREATE INDEX complaint_investigating_officer_idx ON complaint ((stage_two->'investigatingOfficer'->>'reference'))
    WHERE stage_two->'investigatingOfficer' IS NOT NULL;
