-- The work queue as of a past day (asOf) starts from the clocks open at the end of that day: those still
-- running (complaint_clock_open_due_idx) and those stopped after it, found through this index by a range on
-- stopped_on, so a queue as of last month reads what stopped since then, not the years of clocks stopped
-- before. It carries what the query narrows by, so it reads no clock rows for those it leaves out.
CREATE INDEX complaint_clock_stopped_idx ON complaint_clock (stopped_on) INCLUDE (complaint_id, start_date, limit_days)
    WHERE stopped_on IS NOT NULL;
