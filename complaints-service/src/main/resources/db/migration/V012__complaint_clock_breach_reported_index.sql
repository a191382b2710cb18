-- The breaches announced today (the redress_complaint_clock_breaches_today gauge, refreshed every
-- 30 s) are found through this index rather than by reading every clock ever run. Partial: only
-- breached clocks, a small part of the table, are in it.
CREATE INDEX complaint_clock_breach_reported_idx ON complaint_clock (breach_reported_on)
    WHERE breach_reported_on IS NOT NULL;
