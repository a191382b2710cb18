-- pgbench script: the one transaction complaints-service runs for POST /complaints (a new complaint
-- at stage 1), statement for statement as PostgreSQL logged it (log_statement = all) for the
-- body run.sh posts: the reference serial, the complaint row (its jsonb as the service writes it),
-- the stage 1 clock, three outbox events each with its NOTIFY, the audit entry. Not included: what
-- the outbox relay does afterwards (claims the three rows, publishes them, marks them sent), and
-- Hibernate's own look-ups of types the driver has not seen yet (first use of a connection only).
-- run.sh runs it against a schema-only copy of the complaints database, so that the relay never
-- publishes these rows. Its first statement, outside the transaction, makes the ids and dates the
-- service makes in Java.
SELECT gen_random_uuid() AS id, gen_random_uuid() AS correlation, nextval('complaint_reference_seq') AS serial,
       current_date - 5 AS received, current_date + 9 AS due \gset
BEGIN;
SELECT nextval(CAST('complaint_reference_seq' AS regclass));
insert into complaint (advocate_reference,channel,child_references,closure,complainant_role,created_at,declines,desired_outcomes,flags,holds,matter_arose,ombudsman,out_of_time,points,procedure,received_date,reference,routing,stage_one_extension,stage_one_limit,stage_one_maximum_limit,stage_one_response,stage_three,stage_two,standing,state,subject_matters,version,id) values (NULL, 'EMAIL', '["CR-100042"]', NULL, 'PARENT', now(), '[]', '["A new assessment"]', '[]', '[]', NULL, NULL, NULL, '["The assessment took too long", "No short breaks were offered"]', 'STATUTORY_CHILDREN', ':received', 'CMP-2026-:serial-0', '{"proposal": {"reasons": ["no subject matter recorded: handled under the statutory children''s procedure until routed"], "procedure": "STATUTORY_CHILDREN", "part3Matter": false}, "procedure": "STATUTORY_CHILDREN", "overriddenOn": null, "overrideReason": null}', NULL, 10, 20, NULL, NULL, NULL, NULL, 'STAGE_1_OPEN', '[]', 0, ':id');
INSERT INTO complaint_clock (complaint_id, kind, start_date, limit_days, maximum_days, extension_days, extension_reason, pauses, paused, stopped_on, due_date, working_days_used) VALUES (':id', 'STAGE_1', ':received', 10, 20, NULL, NULL, CAST('[]' AS jsonb), false, NULL, ':due', NULL) ON CONFLICT (complaint_id, kind) DO UPDATE SET extension_days = EXCLUDED.extension_days, extension_reason = EXCLUDED.extension_reason, pauses = EXCLUDED.pauses, paused = EXCLUDED.paused, stopped_on = EXCLUDED.stopped_on, due_date = EXCLUDED.due_date, working_days_used = EXCLUDED.working_days_used;
insert into outbox (aggregateid,aggregatetype,attempts,correlation_id,last_error,occurred_at,payload,sent_at,subject,trace_parent,type,id) values (':id', 'complaint', 0, ':correlation', NULL, now(), '{"procedure": "STATUTORY_CHILDREN", "reference": "CMP-2026-:serial-0", "complaintId": ":id", "receivedDate": ":received", "stageOneDueDate": ":due"}', NULL, 'CMP-2026-:serial-0', NULL, 'org.redress.complaint.registered.v1', gen_random_uuid());
SELECT pg_notify('redress_outbox', '');
insert into outbox (aggregateid,aggregatetype,attempts,correlation_id,last_error,occurred_at,payload,sent_at,subject,trace_parent,type,id) values (':id', 'complaint', 0, ':correlation', NULL, now(), '{"routedOn": ":received", "procedure": "STATUTORY_CHILDREN", "overridden": false, "complaintId": ":id", "proposedProcedure": "STATUTORY_CHILDREN", "complaintReference": "CMP-2026-:serial-0"}', NULL, 'CMP-2026-:serial-0', NULL, 'org.redress.complaint.routed.v1', gen_random_uuid());
SELECT pg_notify('redress_outbox', '');
insert into outbox (aggregateid,aggregatetype,attempts,correlation_id,last_error,occurred_at,payload,sent_at,subject,trace_parent,type,id) values (':id', 'complaint', 0, ':correlation', NULL, now(), '{"clock": "STAGE_1", "stage": "STAGE_1", "dueDate": ":due", "openedOn": ":received", "complaintId": ":id", "complaintReference": "CMP-2026-:serial-0"}', NULL, 'CMP-2026-:serial-0', NULL, 'org.redress.complaint.stage-opened.v1', gen_random_uuid());
SELECT pg_notify('redress_outbox', '');
INSERT INTO audit_entry (occurred_at, actor_subject, actor_roles, client_id, action, resource_type, resource_id, correlation_id) VALUES (now(), 'dev-user', 'complaints-officer', 'redress-dev-cli', 'complaint.registered', 'complaint', ':id', ':correlation');
COMMIT;
