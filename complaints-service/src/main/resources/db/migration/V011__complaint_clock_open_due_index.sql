-- The work queue starts from the running clocks, soonest due first, so a complaints manager's
-- morning queue costs what is open rather than every complaint ever received. Partial: a closed
-- complaint's stopped clocks, almost all of the table after a few years, are not in it. It
-- carries the complaint and whether the clock is paused, so the queue reads no clock rows at all.
-- (complaint_clock_running_idx leaves out clocks whose breach was announced, which the queue
-- still shows, so it cannot serve here.)
CREATE INDEX complaint_clock_open_due_idx ON complaint_clock (due_date) INCLUDE (complaint_id, paused)
    WHERE stopped_on IS NULL;
