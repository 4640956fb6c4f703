-- One row per source (a list, feed or list API): when it last worked, when it last failed and
-- why, how many reads in a row have failed, how many entries the last read saw. Unhealthy first.
CREATE VIEW marts.source_health AS
WITH last_ok AS (
    SELECT source, max(read_at) FILTER (WHERE ok) AS last_success_at
    FROM raw.source_reads
    GROUP BY source
),
per_source AS (
    SELECT r.source,
        any_value(r.publisher) AS publisher,
        count(*) AS reads,
        max(r.read_at) AS last_read_at,
        any_value(l.last_success_at) AS last_success_at,
        max(r.read_at) FILTER (WHERE NOT r.ok) AS last_failure_at,
        arg_max(r.problem, r.read_at) FILTER (WHERE NOT r.ok) AS last_failure_reason,
        arg_max(r.entries, r.read_at) AS entries_last_read,
        arg_max(r.ok, r.read_at) AS last_read_ok,
        -- failures in a row: every failed read after the last good one
        count(*) FILTER (WHERE NOT r.ok AND (l.last_success_at IS NULL OR r.read_at > l.last_success_at))
            AS consecutive_failures
    FROM raw.source_reads AS r
    JOIN last_ok AS l USING (source)
    GROUP BY r.source
)
SELECT
    coalesce(s.source, p.source) AS source,
    coalesce(s.publisher, p.publisher) AS publisher,
    coalesce(s.title, 'no longer read') AS title,
    s.url,
    CASE
        WHEN p.source IS NULL THEN 'never read'
        WHEN p.last_read_ok THEN 'healthy'
        WHEN p.entries_last_read > 0 THEN 'degraded'
        ELSE 'failing'
    END AS status,
    p.last_read_at, p.last_success_at, p.last_failure_at, p.last_failure_reason,
    coalesce(p.consecutive_failures, 0) AS consecutive_failures,
    p.entries_last_read, coalesce(p.reads, 0) AS reads
FROM raw.sources AS s
FULL JOIN per_source AS p USING (source)
ORDER BY CASE status WHEN 'failing' THEN 0 WHEN 'degraded' THEN 1 WHEN 'never read' THEN 2 ELSE 3 END,
         consecutive_failures DESC, source;

COMMENT ON VIEW marts.source_health IS 'One row per source a refresh reads (NBS list and feed, each MIIT column …): last success, last failure and its reason, failures in a row, entries seen on the last read; unhealthy sources first.';
COMMENT ON COLUMN marts.source_health.source IS 'Stable source name, e.g. nbs.list, nbs.feed, miit.txy.';
COMMENT ON COLUMN marts.source_health.publisher IS 'Publisher group (nbs or miit).';
COMMENT ON COLUMN marts.source_health.title IS 'What the source is (''no longer read'' for a source the code dropped).';
COMMENT ON COLUMN marts.source_health.url IS 'The page a person opens to check it.';
COMMENT ON COLUMN marts.source_health.status IS 'healthy (the last read worked), degraded (the last read got entries only through a fallback), failing (the last read got nothing) or never read.';
COMMENT ON COLUMN marts.source_health.last_read_at IS 'When it was last read (UTC).';
COMMENT ON COLUMN marts.source_health.last_success_at IS 'When a read last worked as expected.';
COMMENT ON COLUMN marts.source_health.last_failure_at IS 'When a read last failed or was degraded.';
COMMENT ON COLUMN marts.source_health.last_failure_reason IS 'Why that read failed (the page or call and what was expected).';
COMMENT ON COLUMN marts.source_health.consecutive_failures IS 'Reads in a row, up to the last one, that failed or were degraded (0 when the last read worked).';
COMMENT ON COLUMN marts.source_health.entries_last_read IS 'Entries the last read saw on the source''s lists.';
COMMENT ON COLUMN marts.source_health.reads IS 'Reads recorded in the archive.';
