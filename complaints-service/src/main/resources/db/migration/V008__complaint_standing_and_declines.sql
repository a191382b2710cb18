-- A sufficient-interest complainant's standing decision, and the declines of a complaint pending
-- legal, criminal or disciplinary proceedings (each with the date the complainant was told in
-- writing and, once it comes back, the dates the proceedings ended and it resumed).
ALTER TABLE complaint
    ADD COLUMN standing jsonb,
    ADD COLUMN declines jsonb NOT NULL DEFAULT '[]';
