-- pg_temp.case_reference(prefix, year, serial): a case reference as the services write and parse
-- them (org.redress.contracts.CaseReference): PREFIX-YYYY-NNNNNN-D, D the Luhn check digit over the
-- year and serial digits (padded on the left to twelve digits, which leaves the Luhn sum as it is;
-- every second digit from the right doubled, through the table of doubled digits' sums). One
-- expression, so that PostgreSQL inlines it into a bulk INSERT. Included (\ir) by the scale seeds;
-- lives for the psql session only.
CREATE FUNCTION pg_temp.luhn(s text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT (10 - (
    substr(s, 1, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 2, 1)::int + 1] +
    substr(s, 3, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 4, 1)::int + 1] +
    substr(s, 5, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 6, 1)::int + 1] +
    substr(s, 7, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 8, 1)::int + 1] +
    substr(s, 9, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 10, 1)::int + 1] +
    substr(s, 11, 1)::int + (ARRAY[0, 2, 4, 6, 8, 1, 3, 5, 7, 9])[substr(s, 12, 1)::int + 1]
  ) % 10) % 10
$$;
CREATE FUNCTION pg_temp.case_reference(prefix text, year int, serial bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || '-' || lpad(year::text, 4, '0') || '-' || lpad(serial::text, 6, '0') || '-'
         || pg_temp.luhn(lpad(lpad(year::text, 4, '0') || lpad(serial::text, 6, '0'), 12, '0'))
$$;
