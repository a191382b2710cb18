-- The remedy officer's work queue (GET /remedy-actions) lists actions not yet completed by due
-- date then id. This index holds only those actions, in that order, so the queue's first page
-- reads a page of rows however many completed actions a council has kept over the years.
-- remedy_case_id is carried so a page joins its cases without another visit to remedy_action.
CREATE INDEX remedy_action_open_due_idx ON remedy_action (due_date, id) INCLUDE (remedy_case_id)
    WHERE status <> 'COMPLETED';
