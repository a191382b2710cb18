-- The scheduled breach sweep reports each clock that ran past its due date once: it claims rows
-- with FOR UPDATE SKIP LOCKED (so two instances never claim the same one) and sets the flag in the
-- same transaction as the outbox row of org.redress.assessment.clock-breached.v1. The flag is not
-- mapped by the entities, so a concurrent edit of the case never writes it back.
ALTER TABLE referral   ADD COLUMN breach_reported boolean NOT NULL DEFAULT false;
ALTER TABLE assessment ADD COLUMN breach_reported boolean NOT NULL DEFAULT false;
CREATE INDEX referral_undecided_unreported_idx ON referral (received_date, id)
    WHERE decided_on IS NULL AND NOT breach_reported;
CREATE INDEX assessment_open_unreported_idx ON assessment (due_date, id)
    WHERE completed_on IS NULL AND NOT breach_reported;
