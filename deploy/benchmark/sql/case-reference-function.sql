-- pg_temp.case_reference(prefix, year, serial): a case reference as the services write and parse
-- them (org.redress.contracts.CaseReference): PREFIX-YYYY-NNNNNN-D, D the Luhn check digit over the
-- year and serial digits. Included (\ir) by the scale seeds; lives for the psql session only.
CREATE FUNCTION pg_temp.case_reference(prefix text, year int, serial bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || '-' || lpad(year::text, 4, '0') || '-' || lpad(serial::text, 6, '0') || '-'
         || (10 - sum(CASE WHEN (len - i) % 2 = 0 THEN (d * 2) % 10 + (d * 2) / 10 ELSE d END) % 10) % 10
  FROM (SELECT lpad(year::text, 4, '0') || lpad(serial::text, 6, '0') AS digits) s,
       LATERAL (SELECT length(digits) AS len) l,
       LATERAL (SELECT i, substr(digits, i, 1)::int AS d FROM generate_series(1, len) i) x
  GROUP BY prefix, year, serial
$$;
