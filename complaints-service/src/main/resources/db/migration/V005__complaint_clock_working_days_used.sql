-- Working days a stopped clock used (held days excluded), kept so the annual report can average
-- them in SQL without replaying every clock.
ALTER TABLE complaint_clock ADD COLUMN working_days_used integer;
