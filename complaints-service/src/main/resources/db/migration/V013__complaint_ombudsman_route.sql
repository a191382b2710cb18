-- How each complaint came to the Ombudsman (AFTER_COUNCIL_PROCEDURE, EARLY_REFERRAL, COUNCIL_DELAY,
-- WRONG_PROCEDURE) is kept in the decision beside earlyReferral. Before it was kept, a decision could
-- only be recorded after stage 3 or as the council's early referral: its earlyReferral says which.
UPDATE complaint
SET ombudsman = ombudsman || jsonb_build_object('route',
        CASE WHEN (ombudsman->>'earlyReferral')::boolean THEN 'EARLY_REFERRAL' ELSE 'AFTER_COUNCIL_PROCEDURE' END)
WHERE jsonb_typeof(ombudsman) = 'object' AND NOT ombudsman ? 'route';
