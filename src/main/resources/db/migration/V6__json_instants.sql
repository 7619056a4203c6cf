-- Statements are built as JSON by PostgreSQL and streamed to clients as is (search/StatementJson). Their instants
-- must read exactly as the ones the service writes itself (Jackson's ISO-8601 instant: UTC, 'Z', fraction digits in
-- groups of three and only as many as needed), not as PostgreSQL's own '+00:00' form.
CREATE FUNCTION verbatim_json_instant(ts timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE
                  WHEN date_part('microseconds', ts)::bigint % 1000000 = 0 THEN ''
                  WHEN date_part('microseconds', ts)::bigint % 1000 = 0 THEN to_char(ts AT TIME ZONE 'UTC', '.MS')
                  ELSE to_char(ts AT TIME ZONE 'UTC', '.US')
              END
           || 'Z'
$$;
