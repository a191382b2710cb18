-- The Ombudsman's decision on a complaint (reference, early referral, decision, finding, actions).
ALTER TABLE complaint ADD COLUMN ombudsman jsonb;
