-- Why a case was read outside the reader's own assignment or team (break-glass): the reason the reader
-- gave, kept with the read's entry for review. Null for every other entry.
ALTER TABLE audit_entry ADD COLUMN reason varchar(500);

-- The entries awaiting review are the few with a reason: found without reading the whole trail.
CREATE INDEX audit_entry_break_glass_idx ON audit_entry (id) WHERE reason IS NOT NULL;
