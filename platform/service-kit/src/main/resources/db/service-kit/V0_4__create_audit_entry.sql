-- Append-only audit trail: who (subject, roles, client), what (action on a resource), when, and
-- the request's correlation id. Written in the same transaction as the change it records.
CREATE TABLE audit_entry (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor_subject  varchar(255) NOT NULL,
    actor_roles    varchar(512) NOT NULL,
    client_id      varchar(255),
    action         varchar(128) NOT NULL,
    resource_type  varchar(64)  NOT NULL,
    resource_id    varchar(64)  NOT NULL,
    correlation_id varchar(64)
);

CREATE INDEX audit_entry_resource_idx ON audit_entry (resource_type, resource_id, id);

-- The application may only add entries: an update or delete is refused by the database itself,
-- whoever attempts it.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
