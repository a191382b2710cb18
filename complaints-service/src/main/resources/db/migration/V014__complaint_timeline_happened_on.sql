-- The day the fact a timeline entry records happened (the complaint received, a decision made), beside
-- occurred_at, when it was recorded. Entries recorded before it was kept have none.
ALTER TABLE complaint_timeline ADD COLUMN happened_on date;
