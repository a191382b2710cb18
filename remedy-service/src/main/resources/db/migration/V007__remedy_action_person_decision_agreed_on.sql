-- What councils agree beyond a child's reassessment: a carer's assessment names the carer (person_ref) and the kind
-- of carer (carer_type); a service to put in place names the child it is for (person_ref). A financial remedy
-- considered keeps its decision: awarded (with the amount and the payment action added for it) or not (with the
-- reason), who recorded it and on which day. Earlier actions have none of these.
ALTER TABLE remedy_action ADD COLUMN person_ref varchar(32);
ALTER TABLE remedy_action ADD COLUMN carer_type varchar(16);
ALTER TABLE remedy_action ADD COLUMN remedy_outcome varchar(16);
ALTER TABLE remedy_action ADD COLUMN remedy_amount_pence bigint CHECK (remedy_amount_pence > 0);
ALTER TABLE remedy_action ADD COLUMN remedy_reason varchar(10000);
ALTER TABLE remedy_action ADD COLUMN remedy_decided_on date;
ALTER TABLE remedy_action ADD COLUMN remedy_decided_by varchar(200);
ALTER TABLE remedy_action ADD COLUMN remedy_payment_action_id uuid;

-- The day each action was agreed, so that a case or the work queue read as of a past day leaves out what was not yet
-- agreed: the decision date for a case's own actions, the day an action added later went on the timeline for the
-- others. A row inserted without it (a bulk load) takes its case's decision date, as the trigger of V006 fills that.
ALTER TABLE remedy_action ADD COLUMN agreed_on date;
UPDATE remedy_action a SET agreed_on = COALESCE(
    (SELECT min(t.occurred_on) FROM remedy_timeline t WHERE t.action_id = a.id AND t.kind = 'ACTION_ADDED'),
    a.decision_date);
ALTER TABLE remedy_action ALTER COLUMN agreed_on SET NOT NULL;

CREATE OR REPLACE FUNCTION remedy_action_takes_decision_date() RETURNS trigger AS $$
BEGIN
    NEW.decision_date := (SELECT decision_date FROM remedy_case WHERE id = NEW.remedy_case_id);
    NEW.agreed_on := COALESCE(NEW.agreed_on, NEW.decision_date);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Provision starting for a child completes that child's open services to put in place: found by the child.
CREATE INDEX remedy_action_service_in_place_idx ON remedy_action (person_ref)
    WHERE type = 'PUT_SERVICE_IN_PLACE' AND status <> 'COMPLETED';

-- The work queue as of a past day also lists the actions open that day but completed since: those completed after
-- the day, found by their completion date rather than by reading every completed action.
CREATE INDEX remedy_action_completed_on_idx ON remedy_action (completed_on, due_date, id) INCLUDE (remedy_case_id)
    WHERE status = 'COMPLETED';

-- A page of the work queue read as of a past day replays its actions' own timeline entries.
CREATE INDEX remedy_timeline_action_idx ON remedy_timeline (action_id, seq);
