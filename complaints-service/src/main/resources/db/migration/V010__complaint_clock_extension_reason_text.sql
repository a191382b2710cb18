-- An extension's reason is narrative, bounded at the API (Bounds.MAX_NARRATIVE_LENGTH), not by the column:
-- a reason the API accepts must never fail to store.
ALTER TABLE complaint_clock ALTER COLUMN extension_reason TYPE text;
