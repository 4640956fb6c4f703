-- Figures whose value changed from one release to the next (revisions and restatements).
CREATE VIEW marts.revisions AS
WITH vintages AS (
    SELECT indicator, dimension, period, period_type, measure, unit, value, source_url, release_kind, published_at,
        lag(value) OVER series AS old_value,
        lag(source_url) OVER series AS old_source_url,
        lag(release_kind) OVER series AS old_release_kind,
        lag(published_at) OVER series AS old_published_at
    FROM core.observations
    WINDOW series AS (PARTITION BY indicator, dimension, period, period_type, measure, relative_to, unit
                      ORDER BY published_at, source_url)
)
SELECT indicator, dimension, period, period_type, measure, unit,
    old_value, value AS new_value, round(value - old_value, 6) AS change,
    old_release_kind, old_source_url, old_published_at,
    release_kind AS new_release_kind, source_url AS new_source_url, published_at AS new_published_at,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM vintages
WHERE old_value IS NOT NULL AND old_value <> value
ORDER BY indicator, period, measure, new_published_at;

COMMENT ON VIEW marts.revisions IS 'Figures whose value changed between two releases that print them (the earlier and the later vintage, with both sources).';
COMMENT ON COLUMN marts.revisions.indicator IS 'Indicator code (seeds.indicators).';
COMMENT ON COLUMN marts.revisions.dimension IS 'Breakdown of the indicator.';
COMMENT ON COLUMN marts.revisions.period IS 'Period of the figure.';
COMMENT ON COLUMN marts.revisions.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN marts.revisions.measure IS 'Measure of the figure.';
COMMENT ON COLUMN marts.revisions.unit IS 'Unit as printed (both vintages print the same unit).';
COMMENT ON COLUMN marts.revisions.old_value IS 'Value in the earlier release.';
COMMENT ON COLUMN marts.revisions.new_value IS 'Value in the later release.';
COMMENT ON COLUMN marts.revisions.change IS 'new_value minus old_value.';
COMMENT ON COLUMN marts.revisions.old_release_kind IS 'Release kind of the earlier release.';
COMMENT ON COLUMN marts.revisions.old_source_url IS 'URL of the earlier release.';
COMMENT ON COLUMN marts.revisions.old_published_at IS 'When the earlier release was published.';
COMMENT ON COLUMN marts.revisions.new_release_kind IS 'Release kind of the later release.';
COMMENT ON COLUMN marts.revisions.new_source_url IS 'URL of the later release.';
COMMENT ON COLUMN marts.revisions.new_published_at IS 'When the later release was published.';
COMMENT ON COLUMN marts.revisions.data_label IS 'official, or fixture for demo data built from test pages.';
