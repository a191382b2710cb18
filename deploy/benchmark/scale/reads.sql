-- The SQL behind each read the scale benchmark times over HTTP, for its "database alone" column:
-- run.sh runs every statement of a read under EXPLAIN (ANALYZE) in psql and adds up their
-- execution times. Taken from the services' code (WorkQueueQueries, PanacheComplaintRepository,
-- ClockTable, Timeline, AnnualReportQuery, SqlActionWorkQueue, SqlComplianceQueries,
-- SqlThemeQueries, PanacheAssessmentRepository): the same statements with the request's values.
-- Where the service reads rows one at a time (the queue's 20 complaints by id, each with its
-- clocks) one statement here reads them all, so the figure leaves out those round trips.
--
-- Format: a line "-- read <name> <database>" starts a read; each statement ends with ";" at the
-- end of a line. psql variables: today, soon3 (third working day after today), soon5 (fifth),
-- cid (a complaint id), rcid (a remedy case id), from and to (the reporting year).

-- read complaints_overdue complaints
SELECT c.id FROM (SELECT k.complaint_id, min(k.due_date) AS due FROM complaint_clock k
  WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :'today'
  GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d
  JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20 OFFSET 0;
SELECT count(DISTINCT k.complaint_id) FROM complaint_clock k
  WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :'today';
SELECT c.*, k.* FROM complaint c JOIN complaint_clock k ON k.complaint_id = c.id
  WHERE c.id IN (SELECT k.complaint_id FROM complaint_clock k
                 WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :'today' ORDER BY k.due_date LIMIT 20);

-- read complaints_due_soon complaints
SELECT c.id FROM (SELECT k.complaint_id, min(k.due_date) AS due FROM complaint_clock k
  WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN :'today' AND :'soon3'
  GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d
  JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20 OFFSET 0;
SELECT count(DISTINCT k.complaint_id) FROM complaint_clock k
  WHERE k.stopped_on IS NULL AND NOT k.paused AND k.due_date BETWEEN :'today' AND :'soon3';
SELECT c.*, k.* FROM complaint c JOIN complaint_clock k ON k.complaint_id = c.id
  WHERE c.id IN (SELECT k.complaint_id FROM complaint_clock k WHERE k.stopped_on IS NULL AND NOT k.paused
                 AND k.due_date BETWEEN :'today' AND :'soon3' ORDER BY k.due_date LIMIT 20);

-- read complaints_all complaints
SELECT d.id FROM ((SELECT c.id, d.due, c.received_date FROM (SELECT k.complaint_id, min(k.due_date) AS due
    FROM complaint_clock k WHERE k.stopped_on IS NULL GROUP BY k.complaint_id ORDER BY due FETCH FIRST (20) ROWS WITH TIES) d
    JOIN complaint c ON c.id = d.complaint_id ORDER BY d.due, c.received_date, c.id LIMIT 20)
  UNION ALL (SELECT c.id, CAST(NULL AS date) AS due, c.received_date FROM complaint c
    WHERE NOT EXISTS (SELECT 1 FROM complaint_clock k WHERE k.complaint_id = c.id AND k.stopped_on IS NULL)
    ORDER BY c.received_date, c.id LIMIT 20)) d
  ORDER BY d.due NULLS LAST, d.received_date, d.id LIMIT 20 OFFSET 0;
SELECT count(*) FROM complaint c WHERE true;
SELECT c.*, k.* FROM complaint c JOIN complaint_clock k ON k.complaint_id = c.id
  WHERE c.id IN (SELECT k.complaint_id FROM complaint_clock k WHERE k.stopped_on IS NULL ORDER BY k.due_date LIMIT 20);

-- read complaint_one complaints
SELECT * FROM complaint WHERE id = :'cid';
SELECT * FROM complaint_clock WHERE complaint_id = :'cid';

-- read complaint_timeline complaints
SELECT occurred_at, actor_subject, actor_roles, what, detail FROM complaint_timeline
  WHERE complaint_id = :'cid' ORDER BY id;

-- read annual_report complaints
SELECT GROUPING(c.procedure), GROUPING(c.state), c.procedure, c.state, count(*) FROM complaint c
  WHERE c.received_date BETWEEN :'from' AND :'to' GROUP BY GROUPING SETS ((c.procedure), (c.state), ());
SELECT count(*), count(*) FILTER (WHERE c.stage_one_met), count(*) FILTER (WHERE c.stage_one_met AND NOT c.stage_one_extended),
       count(*) FILTER (WHERE c.stage_one_met AND c.stage_one_extended), count(*) FILTER (WHERE c.stage_one_extended), avg(k.working_days_used)
  FROM complaint c LEFT JOIN LATERAL (SELECT k.working_days_used FROM complaint_clock k
                                      WHERE k.complaint_id = c.id AND k.kind = 'STAGE_1' LIMIT 1) k ON true
  WHERE c.stage_one_decided_on BETWEEN :'from' AND :'to';
SELECT f, count(*) FROM complaint c, unnest(c.stage_one_findings) f WHERE c.stage_one_decided_on BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT count(*), count(*) FILTER (WHERE c.stage_two_met), count(*) FILTER (WHERE c.stage_two_met AND NOT c.stage_two_extended),
       count(*) FILTER (WHERE c.stage_two_met AND c.stage_two_extended), count(*) FILTER (WHERE c.stage_two_extended), avg(k.working_days_used)
  FROM complaint c LEFT JOIN LATERAL (SELECT k.working_days_used FROM complaint_clock k
                                      WHERE k.complaint_id = c.id AND k.kind = 'STAGE_2' LIMIT 1) k ON true
  WHERE c.stage_two_decided_on BETWEEN :'from' AND :'to';
SELECT f, count(*) FROM complaint c, unnest(c.stage_two_findings) f WHERE c.stage_two_decided_on BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT count(*), count(*) FILTER (WHERE c.stage_three_met), count(*) FILTER (WHERE c.stage_three_met AND NOT false),
       count(*) FILTER (WHERE c.stage_three_met AND false), count(*) FILTER (WHERE false), avg(k.working_days_used)
  FROM complaint c LEFT JOIN LATERAL (SELECT k.working_days_used FROM complaint_clock k
                                      WHERE k.complaint_id = c.id AND k.kind = 'STAGE_3_RESPONSE' LIMIT 1) k ON true
  WHERE c.stage_three_decided_on BETWEEN :'from' AND :'to';
SELECT f, count(*) FROM complaint c, unnest(c.stage_three_findings) f WHERE c.stage_three_decided_on BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT count(*) FROM complaint c, jsonb_array_elements(c.holds) h
  WHERE redress_latest_day(c.holds, 'heldOn') >= :'from' AND redress_day(h->>'heldOn') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c WHERE (c.out_of_time->>'accepted')::boolean = true
  AND redress_day(c.out_of_time->>'decidedOn') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c WHERE (c.out_of_time->>'accepted')::boolean = false
  AND redress_day(c.out_of_time->>'decidedOn') BETWEEN :'from' AND :'to';
SELECT c.closure_reason, count(*) FROM complaint c WHERE c.closed_on BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT avg(k.working_days_used) FROM complaint_clock k
  WHERE k.kind = 'STAGE_2_PROGRESSION' AND k.stopped_on BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint_clock k WHERE k.kind = 'STAGE_2_PROGRESSION' AND k.start_date BETWEEN :'from' AND :'to'
  AND (k.breach_reported_on IS NOT NULL OR k.stopped_on > k.due_date);
SELECT count(*) FROM complaint c WHERE c.standing->>'outcome' = 'ACCEPTED' AND redress_day(c.standing->>'decidedOn') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c WHERE c.standing->>'outcome' = 'REFUSED' AND redress_day(c.standing->>'decidedOn') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c, jsonb_array_elements(c.declines) d
  WHERE redress_latest_day(c.declines, 'declinedOn') >= :'from' AND redress_day(d->>'declinedOn') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to';
SELECT count(*) FROM complaint c WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to'
  AND (c.ombudsman->>'earlyReferral')::boolean;
SELECT c.ombudsman->>'route', count(*) FROM complaint c WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT c.ombudsman->>'finding', count(*) FROM complaint c WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to' GROUP BY 1;
SELECT coalesce(sum(jsonb_array_length(c.ombudsman->'actions')), 0) FROM complaint c
  WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to';
SELECT type, count(*) FROM (
    SELECT unnest(c.stage_one_actions) AS type FROM complaint c WHERE c.stage_one_decided_on BETWEEN :'from' AND :'to'
    UNION ALL SELECT unnest(c.stage_two_actions) FROM complaint c WHERE c.stage_two_decided_on BETWEEN :'from' AND :'to'
    UNION ALL SELECT unnest(c.stage_three_actions) FROM complaint c WHERE c.stage_three_decided_on BETWEEN :'from' AND :'to'
    UNION ALL SELECT unnest(redress_codes(c.ombudsman->'actions', 'type')) FROM complaint c
    WHERE redress_day(c.ombudsman->>'decisionDate') BETWEEN :'from' AND :'to'
  ) action GROUP BY 1;
SELECT code, count(*) FROM (
    SELECT f->>'code' AS code, redress_day(f->>'raisedOn') AS raised_on FROM complaint c, jsonb_array_elements(c.flags) f
    WHERE redress_latest_day(c.flags, 'raisedOn') >= :'from'
    UNION ALL SELECT 'HOLD_PAST_REVIEW', redress_day(h->>'reviewOn') + 1 FROM complaint c, jsonb_array_elements(c.holds) h
    WHERE redress_latest_day(c.holds, 'reviewOn') >= CAST(:'from' AS date) - 1
      AND redress_day(h->>'reviewOn')
          < coalesce(redress_day(h->>'reviewedOn'), redress_day(h->>'releasedOn'), redress_day(c.closure->>'closedOn'), :'today')
    UNION ALL SELECT 'DECLINE_PAST_REVIEW', redress_day(d->>'reviewOn') + 1 FROM complaint c, jsonb_array_elements(c.declines) d
    WHERE redress_latest_day(c.declines, 'reviewOn') >= CAST(:'from' AS date) - 1
      AND redress_day(d->>'reviewOn') < coalesce(redress_day(d->>'resumedOn'), redress_day(c.closure->>'closedOn'), :'today')
    UNION ALL SELECT 'STANDING_DECISION_OVERDUE', k.due_date + 1 FROM complaint_clock k
    WHERE k.kind = 'STANDING_DECISION' AND k.due_date BETWEEN CAST(:'from' AS date) - 1 AND CAST(:'to' AS date) - 1
      AND (k.stopped_on > k.due_date OR (k.stopped_on IS NULL AND NOT k.paused AND k.due_date < :'today'))
  ) raised WHERE raised.raised_on BETWEEN :'from' AND :'to' GROUP BY 1;

-- read assessments_overdue assessments
SELECT * FROM assessment WHERE completed_on IS NULL AND due_date < :'today' ORDER BY due_date, id LIMIT 20 OFFSET 0;
SELECT count(*) FROM assessment WHERE completed_on IS NULL AND due_date < :'today';

-- read remedy_case remedies
SELECT * FROM remedy_case WHERE id = :'rcid';
SELECT * FROM remedy_action WHERE remedy_case_id = :'rcid' ORDER BY position;
SELECT * FROM remedy_timeline WHERE remedy_case_id = :'rcid' ORDER BY seq;
WITH this_case AS (SELECT id, created_at FROM remedy_case WHERE id = :'rcid'),
  own_theme AS (SELECT DISTINCT a.theme FROM remedy_action a
                WHERE a.remedy_case_id = :'rcid' AND a.type = 'SERVICE_IMPROVEMENT' AND a.theme IS NOT NULL)
SELECT a.theme, c.id, c.reference, c.complaint_reference, c.source, c.decision_date, a.id, a.action_ref,
       CASE WHEN a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :'today' THEN 'OVERDUE' ELSE a.status END, a.due_date, a.completed_on
  FROM own_theme o CROSS JOIN this_case t CROSS JOIN LATERAL (
      SELECT a.* FROM remedy_action a JOIN remedy_case e ON e.id = a.remedy_case_id
      WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme = o.theme AND a.remedy_case_id <> t.id
        AND a.decision_date <= CAST(t.created_at AS date) + 1 AND e.created_at <= t.created_at
      ORDER BY a.decision_date DESC, a.remedy_case_id, a.action_ref LIMIT 5) a
  JOIN remedy_case c ON c.id = a.remedy_case_id
  ORDER BY a.theme, a.decision_date DESC, a.remedy_case_id, a.action_ref;

-- read remedy_actions_overdue remedies
SELECT a.id, a.action_ref, a.type, a.description, a.due_date, a.status, c.id AS case_id, c.reference, c.complaint_id,
       c.complaint_reference
  FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
  WHERE a.status <> 'COMPLETED' AND a.due_date < :'today' ORDER BY a.due_date, a.id LIMIT 20 OFFSET 0;
SELECT count(*) FROM remedy_action a WHERE a.status <> 'COMPLETED' AND a.due_date < :'today';

-- read compliance remedies
SELECT GROUPING(a.type), GROUPING(c.source), a.type, c.source, count(*),
       count(*) FILTER (WHERE a.completed_on IS NOT NULL AND a.completed_on <= a.due_date),
       count(*) FILTER (WHERE a.completed_on > a.due_date),
       count(*) FILTER (WHERE a.status <> 'COMPLETED' AND a.due_date < :'today')
  FROM remedy_action a JOIN remedy_case c ON c.id = a.remedy_case_id
  WHERE a.due_date BETWEEN :'from' AND :'to'
  GROUP BY GROUPING SETS ((a.type), (c.source), ());

-- read themes remedies
WITH RECURSIVE theme_code(theme) AS (
    (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme IS NOT NULL ORDER BY a.theme LIMIT 1)
    UNION ALL
    SELECT (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme > t.theme ORDER BY a.theme LIMIT 1)
    FROM theme_code t WHERE t.theme IS NOT NULL),
  page_theme AS (SELECT theme FROM theme_code WHERE theme IS NOT NULL ORDER BY theme LIMIT 20 OFFSET 0)
SELECT p.theme, n.actions, n.completed, n.open, n.overdue
  FROM page_theme p CROSS JOIN LATERAL (
      SELECT count(*) AS actions, count(a.completed_on) AS completed,
             count(*) FILTER (WHERE a.completed_on IS NULL) AS open,
             count(*) FILTER (WHERE (CASE WHEN a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :'today' THEN 'OVERDUE' ELSE a.status END) = 'OVERDUE') AS overdue
      FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme = p.theme) n
  ORDER BY p.theme;
WITH RECURSIVE theme_code(theme) AS (
    (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme IS NOT NULL ORDER BY a.theme LIMIT 1)
    UNION ALL
    SELECT (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme > t.theme ORDER BY a.theme LIMIT 1)
    FROM theme_code t WHERE t.theme IS NOT NULL),
  page_theme AS (SELECT theme FROM theme_code WHERE theme IS NOT NULL ORDER BY theme LIMIT 20 OFFSET 0)
SELECT a.theme, c.id, c.reference, c.complaint_reference, c.source, c.decision_date, a.id, a.action_ref,
       CASE WHEN a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :'today' THEN 'OVERDUE' ELSE a.status END, a.due_date, a.completed_on
  FROM page_theme p CROSS JOIN LATERAL (
      SELECT a.* FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme = p.theme
      ORDER BY a.decision_date DESC, a.remedy_case_id, a.action_ref LIMIT 5) a
  JOIN remedy_case c ON c.id = a.remedy_case_id
  ORDER BY a.theme, a.decision_date DESC, a.remedy_case_id, a.action_ref;
WITH RECURSIVE theme_code(theme) AS (
    (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme IS NOT NULL ORDER BY a.theme LIMIT 1)
    UNION ALL
    SELECT (SELECT a.theme FROM remedy_action a WHERE a.type = 'SERVICE_IMPROVEMENT' AND a.theme > t.theme ORDER BY a.theme LIMIT 1)
    FROM theme_code t WHERE t.theme IS NOT NULL)
SELECT count(theme) FROM theme_code;
