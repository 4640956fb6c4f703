-- The ten key industries: their growth plan's target beside the latest growth of their series.
CREATE VIEW marts.key_industries_vs_plans AS
WITH latest AS (
    SELECT indicator, value, period, period_type, source_url, published_at
    FROM marts.observations
    WHERE measure = 'yoy_pct' AND period_type IN ('ytd', 'year')
    QUALIFY row_number() OVER (
        PARTITION BY indicator
        ORDER BY CASE WHEN period_type = 'year' THEN period || '-12' ELSE period END DESC, published_at DESC) = 1
)
SELECT
    k.industry, k.name_zh, k.name_en, k.plan, k.proxy_indicator,
    l.value AS latest_growth, l.period AS latest_period, l.period_type AS latest_period_type,
    l.source_url AS latest_source_url,
    s.target_id, s.description AS target, s.metric AS target_metric, s.comparator,
    s.target_value, s.unit AS target_unit, s.start_year, s.deadline_year,
    s.actual AS scored_actual, s.actual_period AS scored_period, s.gap, coalesce(s.status, 'no target') AS status,
    k.notes,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM seeds.key_industries AS k
LEFT JOIN latest AS l ON l.indicator = k.proxy_indicator
LEFT JOIN marts.target_scorecard AS s ON s.target_id = k.target_id
ORDER BY k.industry;

COMMENT ON VIEW marts.key_industries_vs_plans IS 'The ten key industries of the 2025–2026 growth plans: the plan''s target and its status beside the latest year-to-date or annual growth of the industry''s series.';
COMMENT ON COLUMN marts.key_industries_vs_plans.industry IS 'Key industry id (seeds.key_industries).';
COMMENT ON COLUMN marts.key_industries_vs_plans.name_zh IS 'Chinese name of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.name_en IS 'English name of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.plan IS 'The 2025–2026 growth plan of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.proxy_indicator IS 'Series that stands for the industry (an NBS division or group).';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_growth IS 'Latest year-to-date or full-year value-added growth of that series, %.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_period IS 'Period of latest_growth.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_period_type IS 'ytd or year.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_source_url IS 'Release latest_growth comes from.';
COMMENT ON COLUMN marts.key_industries_vs_plans.target_id IS 'The plan''s target in marts.target_scorecard (null when the plan has no growth target).';
COMMENT ON COLUMN marts.key_industries_vs_plans.target IS 'What the plan targets.';
COMMENT ON COLUMN marts.key_industries_vs_plans.target_metric IS 'The targeted quantity (value added or revenue).';
COMMENT ON COLUMN marts.key_industries_vs_plans.comparator IS 'Comparator of the target.';
COMMENT ON COLUMN marts.key_industries_vs_plans.target_value IS 'Target number.';
COMMENT ON COLUMN marts.key_industries_vs_plans.target_unit IS 'Unit of the target.';
COMMENT ON COLUMN marts.key_industries_vs_plans.start_year IS 'First year of the target window.';
COMMENT ON COLUMN marts.key_industries_vs_plans.deadline_year IS 'Year the target is due.';
COMMENT ON COLUMN marts.key_industries_vs_plans.scored_actual IS 'The figure the scorecard scores the target with.';
COMMENT ON COLUMN marts.key_industries_vs_plans.scored_period IS 'Its period.';
COMMENT ON COLUMN marts.key_industries_vs_plans.gap IS 'scored_actual minus target_value.';
COMMENT ON COLUMN marts.key_industries_vs_plans.status IS 'Scorecard status of the target, or no target.';
COMMENT ON COLUMN marts.key_industries_vs_plans.notes IS 'How the proxy relates to the plan''s scope.';
COMMENT ON COLUMN marts.key_industries_vs_plans.data_label IS 'official, or fixture for demo data built from test pages.';
