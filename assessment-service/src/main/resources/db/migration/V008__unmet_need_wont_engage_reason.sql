-- The ledger keeps the two faults the Ombudsman names separately: a need left unmet for want of
-- resources, capacity or a team's threshold (resource_led_reason), and one left unmet because the
-- family "would not engage" (wont_engage_reason). Needs recorded before this migration keep the flag
-- they were recorded with, where both kinds counted as resource-led.
ALTER TABLE unmet_need ADD COLUMN wont_engage_reason boolean NOT NULL DEFAULT false;
