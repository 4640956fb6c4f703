-- Figures the ministry prints of names the catalogue does not hold, as printed, with their lineage: for
-- reading what a statement or report said (单项冠军企业平均拥有有效专利…), never a series and never scored.
CREATE VIEW marts.named_figures AS
SELECT
    n.label_zh AS name_zh, n.dimension, n.period, n.period_type, n.measure, n.value, n.unit, n.qualifier, n.bound,
    n.evidence, n.relative_to, n.base_period, n.base_period_type, n.quote,
    n.release_kind, r.title AS release_title, n.source_url, n.published_at, n.parser_version, n.sha256,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM core.named_figures AS n
LEFT JOIN raw.releases AS r ON r.url = n.source_url AND r.status = 'loaded'
ORDER BY n.published_at DESC, n.source_url, n.label_zh, n.period, n.measure;

COMMENT ON VIEW marts.named_figures IS 'Every figure a MIIT statement or statistics report prints of a name the catalogue does not hold, as printed (the name, its period, value and quote) with its lineage; newest first. Never a series: two pages'' names are not taken for the same thing and no target is scored from them.';
COMMENT ON COLUMN marts.named_figures.name_zh IS 'The name as printed (with the province it is of, when the page or sentence speaks of one).';
COMMENT ON COLUMN marts.named_figures.dimension IS 'total (the nation''s, or the industry''s the report is on) or region (a province''s, named in name_zh).';
COMMENT ON COLUMN marts.named_figures.period IS 'YYYY-MM, or YYYY for a year.';
COMMENT ON COLUMN marts.named_figures.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN marts.named_figures.measure IS 'level, count, yoy_pct, mom_pct (on the month before), share_pct, pp_change, pp_gap (points above the average relative_to names), avg_yoy_pct (average yearly growth since base_period), cum_pct (growth since base_period, or against the state before when it is null), abs_change (a change in units since the year before''s end, or since base_period), yoy_abs_change or contribution_pp (a growth''s pull on the whole relative_to names, in points).';
COMMENT ON COLUMN marts.named_figures.value IS 'The figure as printed.';
COMMENT ON COLUMN marts.named_figures.unit IS 'Unit as printed.';
COMMENT ON COLUMN marts.named_figures.qualifier IS 'exact, over, about or under.';
COMMENT ON COLUMN marts.named_figures.bound IS 'For an over or under figure, the other end its wording allows.';
COMMENT ON COLUMN marts.named_figures.evidence IS 'statement, statistics or forecast.';
COMMENT ON COLUMN marts.named_figures.relative_to IS 'For a province''s share of the nation''s series: that series'' indicator code; for a pp_gap, the whole whose average it is above or below, as printed (全国, 全部规模以上工业).';
COMMENT ON COLUMN marts.named_figures.base_period IS 'For avg_yoy_pct (年均增长): the year before the window the average yearly growth runs over, as YYYY; for cum_pct and abs_change the date the change is since (比2020年增长…), when printed; for pp_change the span a growth''s change is against; null for other measures.';
COMMENT ON COLUMN marts.named_figures.base_period_type IS 'Period type of base_period.';
COMMENT ON COLUMN marts.named_figures.quote IS 'The clause the figure was read from.';
COMMENT ON COLUMN marts.named_figures.release_kind IS 'statement, or the kind of a MIIT statistics column''s report.';
COMMENT ON COLUMN marts.named_figures.release_title IS 'Title of the page.';
COMMENT ON COLUMN marts.named_figures.source_url IS 'Official URL of the page.';
COMMENT ON COLUMN marts.named_figures.published_at IS 'Release time printed on the page (Beijing time).';
COMMENT ON COLUMN marts.named_figures.parser_version IS 'Version of the parser that read the figure.';
COMMENT ON COLUMN marts.named_figures.sha256 IS 'Archived body the figure was parsed from.';
COMMENT ON COLUMN marts.named_figures.data_label IS 'official, or fixture for demo data built from test pages.';
