-- A dump of the complaints database must restore as it is: pg_restore and psql run a dump with an
-- empty search_path, and the body of redress_latest_day named redress_day unqualified, so the indexes
-- built on it (V020) failed to restore, and with them the annual report's speed. The body now reads the
-- ISO date with built-in functions only, as redress_day does, and so resolves under any search_path.
-- The result is the same for every value, so the indexes built on it stay valid.
CREATE OR REPLACE FUNCTION redress_latest_day(items jsonb, field text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT max(make_date(substr(item->>field, 1, 4)::int, substr(item->>field, 6, 2)::int,
                           substr(item->>field, 9, 2)::int))
      FROM jsonb_array_elements(items) item $$;
