-- "What did this request read or change?": an investigator holding a correlation id (from a log line, a problem
-- detail or a caller's report) finds its entries without reading the whole trail.
CREATE INDEX audit_entry_correlation_idx ON audit_entry (correlation_id) WHERE correlation_id IS NOT NULL;
