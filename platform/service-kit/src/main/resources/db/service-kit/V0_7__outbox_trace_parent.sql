-- The W3C traceparent of the request or event that wrote the row (null when it had no trace): the
-- relay publishes the event as a child of it, so that one trace follows a decision from the HTTP
-- request through the broker into the services that act on it, however late the relay sends it.
ALTER TABLE outbox ADD COLUMN trace_parent varchar(55);
