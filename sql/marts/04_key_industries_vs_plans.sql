-- The ten key industries: their growth plan's target beside the latest growth of their series.
CREATE VIEW marts.key_industries_vs_plans AS
WITH latest AS (
    SELECT indicator, value, period, period_type, source_url, published_at
    FROM marts.observations
    WHERE measure = 'yoy_pct' AND period_type IN ('ytd', 'year')
    QUALIFY row_number() OVER (
        PARTITION BY indicator
        ORDER BY CASE WHEN period_type = 'year' THEN period || '-12' ELSE period END DESC, published_at DESC) = 1
),
ministry AS (   -- the industry's own figure in MIIT's industry report: the latest year or year to date
    SELECT o.indicator, o.measure, o.label_zh, o.value, o.unit, o.period, o.period_type, o.release_kind,
        o.source_url, o.published_at, o.quote
    FROM core.observations AS o
    JOIN seeds.key_industries AS k ON k.miit_indicator = o.indicator AND k.miit_measure = o.measure
    WHERE o.publisher = 'MIIT' AND o.evidence = 'statistics' AND o.period_type IN ('ytd', 'year')
    QUALIFY row_number() OVER (
        PARTITION BY o.indicator, o.measure
        ORDER BY CASE WHEN o.period_type = 'year' THEN o.period || '-12' ELSE o.period END DESC, o.published_at DESC) = 1
)
SELECT
    k.industry, k.name_zh, k.name_en, k.plan, k.proxy_indicator,
    l.value AS latest_growth, l.period AS latest_period, l.period_type AS latest_period_type,
    l.source_url AS latest_source_url,
    k.miit_indicator, m.label_zh AS miit_label, k.miit_measure, m.value AS miit_value, m.unit AS miit_unit,
    m.period AS miit_period, m.period_type AS miit_period_type, m.release_kind AS miit_release_kind,
    m.source_url AS miit_source_url, m.quote AS miit_quote,
    s.target_id, s.description AS target, s.metric AS target_metric, s.comparator,
    s.target_value, s.unit AS target_unit, s.start_year, s.deadline_year,
    s.actual AS scored_actual, s.actual_period AS scored_period, s.gap, coalesce(s.status, 'no target') AS status,
    k.notes,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM seeds.key_industries AS k
LEFT JOIN latest AS l ON l.indicator = k.proxy_indicator
LEFT JOIN ministry AS m ON m.indicator = k.miit_indicator AND m.measure = k.miit_measure
LEFT JOIN marts.target_scorecard AS s ON s.target_id = k.target_id
ORDER BY k.industry;

COMMENT ON VIEW marts.key_industries_vs_plans IS 'The ten key industries of the 2025–2026 growth plans: the plan''s target and its status, the latest year-to-date or annual growth of the NBS series that stands for the industry, and beside it the industry''s own figure from MIIT''s industry report (auto production, crude steel output …), each with its source.';
COMMENT ON COLUMN marts.key_industries_vs_plans.industry IS 'Key industry id (seeds.key_industries).';
COMMENT ON COLUMN marts.key_industries_vs_plans.name_zh IS 'Chinese name of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.name_en IS 'English name of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.plan IS 'The 2025–2026 growth plan of the industry.';
COMMENT ON COLUMN marts.key_industries_vs_plans.proxy_indicator IS 'NBS series that stands for the industry (a division or group).';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_growth IS 'Latest year-to-date or full-year value-added growth of that series, %.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_period IS 'Period of latest_growth.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_period_type IS 'ytd or year.';
COMMENT ON COLUMN marts.key_industries_vs_plans.latest_source_url IS 'Release latest_growth comes from.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_indicator IS 'The series of MIIT''s own report for the industry (seeds.key_industries).';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_label IS 'Its name as MIIT printed it.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_measure IS 'level or yoy_pct.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_value IS 'MIIT''s latest year-to-date or full-year figure of it (null when none is loaded).';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_unit IS 'Its unit as printed.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_period IS 'Its period.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_period_type IS 'ytd or year.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_release_kind IS 'The MIIT report kind it comes from (raw_materials, equipment, consumer_goods, electronics).';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_source_url IS 'The MIIT report it was read from.';
COMMENT ON COLUMN marts.key_industries_vs_plans.miit_quote IS 'The clause it was read from.';
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
