-- Per release kind: the latest period loaded, when the next release is due, and whether it is late.
-- What does not depend on today is computed at build time (core.release_due), so a read of the view
-- reads one small table instead of every release (milliseconds from a DuckLake too); only the status
-- is computed when read.
CREATE OR REPLACE TABLE core.release_due AS
WITH loaded AS (
    SELECT kind,
        max(CASE WHEN period_type = 'year' THEN period || '-12' ELSE period END) AS latest_period_end,
        max(published_at) AS last_published_at,
        count(*) AS releases_loaded
    FROM raw.releases
    WHERE status = 'loaded'
    GROUP BY kind
),
expected AS (
    SELECT k.kind, k.publisher, k.name_zh, k.cadence, TRY_CAST(k.lag_days AS INTEGER) AS lag_days,
        l.latest_period_end, l.last_published_at, coalesce(l.releases_loaded, 0) AS releases_loaded,
        CAST(strptime(l.latest_period_end || '-01', '%Y-%m-%d') AS DATE) AS latest_month
    FROM seeds.release_kinds AS k
    LEFT JOIN loaded AS l USING (kind)
),
next_period AS (
    SELECT *,
        CASE
            WHEN cadence = 'annual' THEN latest_month + INTERVAL 12 MONTH
            WHEN cadence = 'monthly' AND month(latest_month + INTERVAL 1 MONTH) = 1
                 AND kind IN (SELECT kind FROM seeds.release_kinds WHERE joint_jan_feb = 'true')
                THEN latest_month + INTERVAL 2 MONTH     -- January comes out with February
            WHEN cadence = 'monthly' THEN latest_month + INTERVAL 1 MONTH
        END AS next_month
    FROM expected
),
due AS (
    SELECT n.*, strftime(n.next_month, '%Y-%m') AS next_period,
        coalesce(CAST(c.due AS DATE),
                 CAST(last_day(n.next_month) + n.lag_days * INTERVAL 1 DAY AS DATE)) AS next_due
    FROM next_period AS n
    LEFT JOIN seeds.release_calendar AS c
      ON c.kind = n.kind AND c.period = strftime(n.next_month, '%Y-%m')
)
SELECT
    kind, publisher, name_zh, cadence, releases_loaded,
    latest_period_end AS latest_period, last_published_at, next_period, next_due,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM due;

COMMENT ON TABLE core.release_due IS 'Per release kind, as built: the latest period loaded and when the next release is due (what marts.freshness reads; its status is computed when read).';
COMMENT ON COLUMN core.release_due.kind IS 'Release kind.';
COMMENT ON COLUMN core.release_due.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN core.release_due.name_zh IS 'Chinese name of the release.';
COMMENT ON COLUMN core.release_due.cadence IS 'monthly, annual or irregular.';
COMMENT ON COLUMN core.release_due.releases_loaded IS 'How many releases of this kind are loaded.';
COMMENT ON COLUMN core.release_due.latest_period IS 'Latest reference period loaded (YYYY-MM of the month the data end in).';
COMMENT ON COLUMN core.release_due.last_published_at IS 'Publication time of the newest loaded release.';
COMMENT ON COLUMN core.release_due.next_period IS 'The reference period expected next (January is skipped where January and February come out together).';
COMMENT ON COLUMN core.release_due.next_due IS 'Date the next release is due: from the release calendar where it lists the period, else the period end plus the usual delay.';
COMMENT ON COLUMN core.release_due.data_label IS 'official, or fixture for demo data built from test pages.';

CREATE VIEW marts.freshness AS
SELECT
    kind, publisher, name_zh, cadence, releases_loaded, latest_period, last_published_at, next_period, next_due,
    CASE
        WHEN cadence = 'irregular' THEN 'irregular'
        WHEN latest_period IS NULL THEN 'nothing loaded'
        WHEN CAST(timezone('Asia/Shanghai', now()) AS DATE) > next_due THEN 'late'
        ELSE 'on time'
    END AS status,
    data_label
FROM core.release_due
ORDER BY publisher DESC, kind;

COMMENT ON VIEW marts.freshness IS 'Per release kind: the latest period loaded, the next period and when it is due (NBS release calendar, else the usual delay), and whether it is late (Beijing date).';
COMMENT ON COLUMN marts.freshness.kind IS 'Release kind.';
COMMENT ON COLUMN marts.freshness.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN marts.freshness.name_zh IS 'Chinese name of the release.';
COMMENT ON COLUMN marts.freshness.cadence IS 'monthly, annual or irregular.';
COMMENT ON COLUMN marts.freshness.releases_loaded IS 'How many releases of this kind are loaded.';
COMMENT ON COLUMN marts.freshness.latest_period IS 'Latest reference period loaded (YYYY-MM of the month the data end in).';
COMMENT ON COLUMN marts.freshness.last_published_at IS 'Publication time of the newest loaded release.';
COMMENT ON COLUMN marts.freshness.next_period IS 'The reference period expected next (January is skipped where January and February come out together).';
COMMENT ON COLUMN marts.freshness.next_due IS 'Date the next release is due: from the release calendar where it lists the period, else the period end plus the usual delay.';
COMMENT ON COLUMN marts.freshness.status IS 'on time, late (today in Beijing is past next_due), nothing loaded, or irregular.';
COMMENT ON COLUMN marts.freshness.data_label IS 'official, or fixture for demo data built from test pages.';
