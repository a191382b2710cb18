-- Housekeeping deletes the oldest rows of these tables in short batches (see the housekeeping
-- package); each batch walks one of these indexes instead of scanning the table. On a large
-- outbox the first index takes a few seconds to build, during which writes to the outbox wait.
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX processed_message_processed_at_idx ON processed_message (processed_at);
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
