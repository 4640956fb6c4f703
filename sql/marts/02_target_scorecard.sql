-- Every target and claim beside the released figure that answers it. Rules: sql/seeds/README.md.
CREATE VIEW marts.target_scorecard AS
WITH targets AS (
    SELECT
        target_id, kind, theme, description, indicator, dimension, measure, comparator,
        TRY_CAST(value AS DOUBLE) AS target_value,
        coalesce(TRY_CAST(tolerance AS DOUBLE), 0) AS tolerance,
        TRY_CAST(value_high AS DOUBLE) AS value_high,
        unit, scoring,
        CAST(start_year AS INTEGER) AS start_year,
        CAST(deadline_year AS INTEGER) AS deadline_year,
        claim_period, claim_period_type, document, issuer, issued_on,
        url AS document_url, confidence,
        lower(scoreable) = 'true' AND indicator IS NOT NULL AS scoreable
    FROM seeds.targets
),
series AS (
    SELECT t.target_id, t.scoring, t.start_year, t.deadline_year, t.claim_period, t.claim_period_type,
        o.value, o.period, o.period_type, o.source_url, o.published_at,
        CASE WHEN o.period_type = 'year' THEN o.period || '-12' ELSE o.period END AS period_end
    FROM targets AS t
    JOIN marts.observations AS o
      ON o.indicator = t.indicator AND o.dimension = t.dimension AND o.measure = t.measure
    WHERE t.scoreable
),
claims AS (   -- a claim: the figure for exactly its period
    SELECT target_id, value AS actual, period, period_type, source_url, published_at, true AS is_final
    FROM series
    WHERE scoring = 'point' AND period = claim_period AND period_type = claim_period_type
),
full_years AS (
    SELECT * FROM series
    WHERE scoring IN ('annual', 'annual_avg') AND period_type = 'year'
      AND TRY_CAST(period AS INTEGER) BETWEEN start_year AND deadline_year
),
finals AS (   -- every year of the window is in: the annual figure or the geometric mean
    SELECT target_id,
        (exp(avg(ln(1 + value / 100))) - 1) * 100 AS actual,
        min(period) || CASE WHEN count(*) > 1 THEN '..' || max(period) ELSE '' END AS period,
        CASE WHEN count(*) > 1 THEN 'year_avg' ELSE 'year' END AS period_type,
        arg_max(source_url, published_at) AS source_url,
        max(published_at) AS published_at,
        true AS is_final
    FROM full_years
    GROUP BY target_id, start_year, deadline_year
    HAVING count(*) = any_value(deadline_year) - any_value(start_year) + 1
),
progress AS ( -- before that: the latest year-to-date or full-year figure in the window
    SELECT target_id, value AS actual, period, period_type, source_url, published_at, false AS is_final
    FROM series
    WHERE scoring IN ('annual', 'annual_avg') AND period_type IN ('ytd', 'year')
      AND TRY_CAST(left(period, 4) AS INTEGER) BETWEEN start_year AND deadline_year
    QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY period_end DESC, published_at DESC) = 1
),
best AS (
    SELECT * FROM claims
    UNION ALL SELECT * FROM finals
    UNION ALL SELECT * FROM progress
    WHERE target_id NOT IN (SELECT target_id FROM finals)
),
scored AS (
    SELECT t.*, b.actual, b.period AS actual_period, b.period_type AS actual_period_type,
        b.source_url AS actual_source_url, b.published_at AS actual_published_at, b.is_final,
        CASE t.comparator
            WHEN '>=' THEN b.actual >= t.target_value
            WHEN '<=' THEN b.actual <= t.target_value
            WHEN 'approx' THEN b.actual >= t.target_value - t.tolerance
            WHEN 'range' THEN b.actual BETWEEN t.target_value AND t.value_high
            WHEN '=' THEN abs(b.actual - t.target_value) <= t.tolerance
        END AS passes
    FROM targets AS t
    LEFT JOIN best AS b USING (target_id)
)
SELECT
    target_id, kind, theme, description, indicator, dimension, measure, comparator,
    target_value, tolerance, value_high, unit, scoring, start_year, deadline_year,
    round(actual, 2) AS actual, actual_period, actual_period_type,
    round(actual - target_value, 2) AS gap,
    CASE
        WHEN actual IS NULL OR passes IS NULL THEN 'no data yet'
        WHEN passes AND is_final THEN 'met'
        WHEN passes THEN 'on track'
        ELSE 'off track'
    END AS status,
    coalesce(is_final, false) AS is_final,
    actual_source_url, actual_published_at,
    document, issuer, issued_on, document_url, confidence, scoreable,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM scored
ORDER BY kind, theme, target_id;

COMMENT ON VIEW marts.target_scorecard IS 'One row per target or claim: latest actual, its period and source, the gap and a status (rules in sql/seeds/README.md).';
COMMENT ON COLUMN marts.target_scorecard.target_id IS 'Stable id of the target or claim (seeds.targets).';
COMMENT ON COLUMN marts.target_scorecard.kind IS 'target (from a plan or report) or claim (a dated statement, e.g. the interview).';
COMMENT ON COLUMN marts.target_scorecard.actual IS 'Released figure that answers the target: claim period, full year, geometric mean over the window, or the latest year-to-date figure.';
COMMENT ON COLUMN marts.target_scorecard.actual_period IS 'Period of the actual (YYYY-MM, YYYY, or YYYY..YYYY for an average).';
COMMENT ON COLUMN marts.target_scorecard.gap IS 'actual minus target_value, in the target unit.';
COMMENT ON COLUMN marts.target_scorecard.status IS 'met, on track, off track, or no data yet.';
COMMENT ON COLUMN marts.target_scorecard.is_final IS 'True when the actual is the final figure for the target (not a year-to-date progress figure).';
COMMENT ON COLUMN marts.target_scorecard.actual_source_url IS 'Release the actual comes from (the latest one, for an average).';
