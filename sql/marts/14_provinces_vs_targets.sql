-- Each province's industrial growth, year to date from the NBS data portal, against its own target:
-- the industrial (规上工业增加值) target where the province set one, else its GDP target, shown as
-- context only (a different measure: never scored).
CREATE VIEW marts.provinces_vs_targets AS
WITH targets AS (
    SELECT province, CAST(year AS INTEGER) AS year, kind, comparator, CAST(value AS DOUBLE) AS value,
        TRY_CAST(value_high AS DOUBLE) AS value_high, coalesce(TRY_CAST(tolerance AS DOUBLE), 0) AS tolerance,
        document, issued_on, confidence
    FROM seeds.province_targets
),
actuals AS (  -- the latest year-to-date figure of each year
    SELECT p.province, CAST(left(o.period, 4) AS INTEGER) AS year, o.value, o.period, o.source_url, o.quote
    FROM seeds.provinces AS p
    JOIN marts.observations AS o
      ON o.indicator = 'industrial_va.' || p.province AND o.period_type = 'ytd' AND o.measure = 'yoy_pct'
    QUALIFY row_number() OVER (PARTITION BY p.province, left(o.period, 4) ORDER BY o.period DESC) = 1
),
national AS (
    SELECT period, value FROM marts.observations
    WHERE indicator = 'industrial_va' AND dimension = 'total' AND period_type = 'ytd' AND measure = 'yoy_pct'
),
rows AS (SELECT province, year FROM targets UNION SELECT province, year FROM actuals),
joined AS (
    SELECT r.province, r.year, a.value AS actual, a.period AS actual_period, a.source_url, a.quote,
        i.comparator, i.value, i.value_high, i.tolerance, i.document AS industrial_document, i.confidence,
        g.comparator AS gdp_comparator, g.value AS gdp_value, g.value_high AS gdp_value_high,
        g.document AS gdp_document,
        CASE i.comparator
            WHEN '>=' THEN a.value >= i.value
            WHEN 'approx' THEN a.value >= i.value - i.tolerance
            WHEN 'range' THEN a.value >= i.value
        END AS passes
    FROM rows AS r
    LEFT JOIN actuals AS a USING (province, year)
    LEFT JOIN targets AS i ON i.province = r.province AND i.year = r.year AND i.kind = 'industrial'
    LEFT JOIN targets AS g ON g.province = r.province AND g.year = r.year AND g.kind = 'gdp'
)
SELECT
    j.province, p.name_zh, p.name_en, j.year,
    j.actual, j.actual_period, n.value AS national_actual,
    j.comparator AS industrial_comparator, j.value AS industrial_target, j.value_high AS industrial_target_high,
    j.industrial_document,
    CASE WHEN j.value IS NULL THEN j.gdp_comparator END AS gdp_comparator,
    CASE WHEN j.value IS NULL THEN j.gdp_value END AS gdp_target_context,
    CASE WHEN j.value IS NULL THEN j.gdp_value_high END AS gdp_target_context_high,
    CASE WHEN j.value IS NULL THEN j.gdp_document END AS gdp_document,
    round(j.actual - j.value, 2) AS gap,
    CASE
        WHEN j.actual IS NULL THEN 'no data yet'
        WHEN j.value IS NULL AND j.gdp_value IS NOT NULL THEN 'context only (GDP target)'
        WHEN j.value IS NULL THEN 'no target found'
        WHEN j.passes AND j.actual_period = j.year || '-12' THEN 'met'
        WHEN j.passes THEN 'on track'
        ELSE 'off track'
    END AS status,
    CAST(NULL AS DOUBLE) AS share_of_national,
    lower(p.large_industrial) = 'true' AS large_industrial,
    j.confidence, j.source_url, j.quote,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM joined AS j
JOIN seeds.provinces AS p USING (province)
LEFT JOIN national AS n ON n.period = j.actual_period
ORDER BY j.year DESC, large_industrial DESC, j.province;

COMMENT ON VIEW marts.provinces_vs_targets IS 'One row per province and year: its latest year-to-date industrial (规上工业增加值) growth from the NBS data portal against its own industrial target, or, where it set none, its GDP target shown as context (never scored). Targets from sql/seeds/province_targets.csv (confidence: secondary reports).';
COMMENT ON COLUMN marts.provinces_vs_targets.province IS 'Province key (seeds.provinces).';
COMMENT ON COLUMN marts.provinces_vs_targets.name_zh IS 'Name as the portal shows it.';
COMMENT ON COLUMN marts.provinces_vs_targets.name_en IS 'English name.';
COMMENT ON COLUMN marts.provinces_vs_targets.year IS 'Year.';
COMMENT ON COLUMN marts.provinces_vs_targets.actual IS 'Latest year-to-date growth of value added of industry above designated size that year, %.';
COMMENT ON COLUMN marts.provinces_vs_targets.actual_period IS 'Month that year-to-date figure ends in (YYYY-12: the whole year).';
COMMENT ON COLUMN marts.provinces_vs_targets.national_actual IS 'The national figure for the same span, for comparison.';
COMMENT ON COLUMN marts.provinces_vs_targets.industrial_comparator IS 'approx, >= or range: the industrial target''s comparator.';
COMMENT ON COLUMN marts.provinces_vs_targets.industrial_target IS 'The province''s own industrial growth target, % (null when it set none).';
COMMENT ON COLUMN marts.provinces_vs_targets.industrial_target_high IS 'Upper end of a range.';
COMMENT ON COLUMN marts.provinces_vs_targets.industrial_document IS 'Where the industrial target was set.';
COMMENT ON COLUMN marts.provinces_vs_targets.gdp_comparator IS 'Comparator of the GDP target, where no industrial target exists.';
COMMENT ON COLUMN marts.provinces_vs_targets.gdp_target_context IS 'The GDP growth target, where no industrial target exists: context, a different measure, never scored.';
COMMENT ON COLUMN marts.provinces_vs_targets.gdp_target_context_high IS 'Upper end of a GDP range.';
COMMENT ON COLUMN marts.provinces_vs_targets.gdp_document IS 'Where the GDP target was set.';
COMMENT ON COLUMN marts.provinces_vs_targets.gap IS 'actual minus the industrial target, points.';
COMMENT ON COLUMN marts.provinces_vs_targets.status IS 'met (December passes), on track (an earlier month passes), off track, context only (GDP target), no target found, or no data yet. approx passes at target minus 0.5 points; a range at its lower end.';
COMMENT ON COLUMN marts.provinces_vs_targets.share_of_national IS 'The province''s share of national industrial value added: null, the portal''s monthly provincial tables give growth only.';
COMMENT ON COLUMN marts.provinces_vs_targets.large_industrial IS 'One of the largest industrial provinces (seeds.provinces.large_industrial).';
COMMENT ON COLUMN marts.provinces_vs_targets.confidence IS 'Confidence of the industrial target.';
COMMENT ON COLUMN marts.provinces_vs_targets.source_url IS 'The data call the actual comes from.';
COMMENT ON COLUMN marts.provinces_vs_targets.quote IS 'The answer''s names and value the actual was read from.';
COMMENT ON COLUMN marts.provinces_vs_targets.data_label IS 'official, or fixture for demo data built from test pages.';
