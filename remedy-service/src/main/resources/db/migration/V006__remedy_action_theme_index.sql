-- Learning across cases reads a theme's service improvements newest decision first: the latest few of
-- each theme on GET /themes, the latest few before a case on its earlierOnTheme, and a page at a time on
-- GET /themes/{theme}/actions. The decision date belongs to the case; it is copied onto each action so
-- that one index holds a theme's actions in that order and each of those reads takes a handful of index
-- entries, not every action the council ever agreed on the theme. A trigger fills it on every insert,
-- whoever writes the row (the service, a bulk load); an action never moves to another case, and it
-- follows its case should the case's decision date ever be corrected.
ALTER TABLE remedy_action ADD COLUMN decision_date date;
UPDATE remedy_action a SET decision_date = c.decision_date FROM remedy_case c WHERE c.id = a.remedy_case_id;
ALTER TABLE remedy_action ALTER COLUMN decision_date SET NOT NULL;

CREATE FUNCTION remedy_action_takes_decision_date() RETURNS trigger AS $$
BEGIN
    NEW.decision_date := (SELECT decision_date FROM remedy_case WHERE id = NEW.remedy_case_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER remedy_action_decision_date BEFORE INSERT ON remedy_action
    FOR EACH ROW EXECUTE FUNCTION remedy_action_takes_decision_date();

CREATE FUNCTION remedy_case_decision_date_to_actions() RETURNS trigger AS $$
BEGIN
    UPDATE remedy_action SET decision_date = NEW.decision_date WHERE remedy_case_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER remedy_case_decision_date AFTER UPDATE OF decision_date ON remedy_case
    FOR EACH ROW WHEN (OLD.decision_date IS DISTINCT FROM NEW.decision_date)
    EXECUTE FUNCTION remedy_case_decision_date_to_actions();

-- Only service improvements carry a theme. Theme first, so the list of themes is read by skipping from
-- one code to the next; status, due date and completion are carried so a theme's counts need not visit
-- the table rows.
CREATE INDEX remedy_action_theme_idx ON remedy_action (theme, decision_date DESC, remedy_case_id, action_ref)
    INCLUDE (status, due_date, completed_on)
    WHERE type = 'SERVICE_IMPROVEMENT';
