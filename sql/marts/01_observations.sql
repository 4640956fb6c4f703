-- The analyst contract: the latest vintage of every figure, with the observation fields.
CREATE VIEW marts.observations AS
SELECT
    o.source_url, o.publisher, o.release_kind, o.published_at, o.indicator, o.label_zh,
    o.dimension, o.period, o.period_type, o.measure, o.value, o.unit, o.quote, o.qualifier, o.evidence,
    o.relative_to, o.universe, o.bound, o.base_period, o.base_period_type, o.origin, o.parser_version, o.sha256,
    o.vintages, b.data_label
FROM (
    SELECT *,
        count(*) OVER series AS vintages,
        -- a statistical release before the data portal (which agrees with it, or one of them is held
        -- back) before a ministry's statement before a forecast; then the latest
        row_number() OVER (series ORDER BY CASE WHEN release_kind = 'portal' THEN 1 WHEN evidence = 'statistics' THEN 0
                                                WHEN evidence = 'statement' THEN 2 ELSE 3 END,
                                           published_at DESC, source_url DESC) AS newest
    FROM core.observations
    WINDOW series AS (PARTITION BY indicator, dimension, period, period_type, measure, relative_to, base_period,
                                   base_period_type)
) AS o
CROSS JOIN raw.build_info AS b
WHERE o.newest = 1;

COMMENT ON VIEW marts.observations IS 'Latest vintage of every released figure, one row per indicator, dimension, period, period type and measure (and relative_to, base_period). Where a statistical release and a ministry''s statement (or a forecast) give the same figure, the statistical one is shown; a release''s figure before the data portal''s (release_kind portal: the history and series the releases do not print); between statements, the later one.';
COMMENT ON COLUMN marts.observations.source_url IS 'Official URL of the release the figure was read from.';
COMMENT ON COLUMN marts.observations.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN marts.observations.release_kind IS 'Release kind: industrial_production, monthly_overview, pmi, industrial_profits, annual_communique (NBS); telecom, electronics, software, raw_materials, equipment, statement (MIIT); portal (the NBS data portal: source_url is the data call, URL#body).';
COMMENT ON COLUMN marts.observations.published_at IS 'Release time printed on the page (Beijing time).';
COMMENT ON COLUMN marts.observations.indicator IS 'Stable indicator code (seeds.indicators).';
COMMENT ON COLUMN marts.observations.label_zh IS 'The name exactly as printed, without footnote marks.';
COMMENT ON COLUMN marts.observations.dimension IS 'Breakdown: total, sector, ownership, industry, industry_group, product, region, size (enterprise size) or segment (a part of a total: a PMI sub-index, an investment area, a software business line).';
COMMENT ON COLUMN marts.observations.period IS 'YYYY-MM of the month, or of the last month of a year-to-date span; YYYY for a year.';
COMMENT ON COLUMN marts.observations.period_type IS 'month (also a stock at the end of that month: users, base stations, assets), ytd, quarter (a single quarter; the first quarter is ytd) or year.';
COMMENT ON COLUMN marts.observations.measure IS 'yoy_pct, mom_pct (or quarter on quarter), level, index (diffusion indices in %: PMI, the SME export index), share_pct (share of relative_to where printed), count, pp_change (points, year on year), pp_change_mom (points, on the previous month), abs_change (net change since the end of last year, in the unit shown), yoy_abs_change and mom_abs_change (change on a year earlier or on the previous month-end — the previous quarter for a quarterly index — in the unit shown), yoy_real_pct and yoy_nominal_pct (growth printed as real or nominal where yoy_pct means the other: value added and GDP are real, amounts nominal), pp_gap (growth rate minus the growth rate of relative_to, in points: 快于全部规上工业N个百分点), contribution_pp (points of relative_to''s growth this part accounts for: 拉动…N个百分点), share_pp_change (change of the share in points on a year earlier), share_pp_change_ytd (since the end of last year) or share_pp_change_prev (since the earlier span in base_period: 较前8个月, 较上半年), growth_pp_change (change in points of the growth rate against the growth of the span in base_period: 增速比1—11月回落0.2个百分点, 比上年加快1.2个百分点; 持平 is zero), pp_change_prev (change in points of a rate against an earlier span of the same year, in base_period), cum_pct (growth since base_period, in %), avg_yoy_pct (average yearly growth since base_period, in %: 两年平均增长 against the same span two years earlier).';
COMMENT ON COLUMN marts.observations.value IS 'The figure, signed (下降 negative, 持平 zero; 增长2.8倍 = 280).';
COMMENT ON COLUMN marts.observations.unit IS 'Unit as printed: %, 百分点, 万吨, 亿元, …';
COMMENT ON COLUMN marts.observations.quote IS 'The clause or table row the figure was read from.';
COMMENT ON COLUMN marts.observations.qualifier IS 'How exactly the figure is printed: exact, over (余, 超过, 逾, 突破, 以上), about (约, 左右, 近) or under (不到).';
COMMENT ON COLUMN marts.observations.evidence IS 'statistics (a statistical release), statement (a ministry states progress: news, work conference, press conference) or forecast (预计…: stored, never used to score).';
COMMENT ON COLUMN marts.observations.relative_to IS 'The indicator a pp_gap, contribution_pp or share figure is relative to (e.g. industrial_va for 快于全部规上工业), where the release names it.';
COMMENT ON COLUMN marts.observations.bound IS 'For a figure printed as over or under a number (7000余家, 超过340家, 不到1000家), the other end its wording allows: one step of the last printed digit (8000, 350, 0); null for exact and about figures. Scoring treats such a figure as the range between value and bound.';
COMMENT ON COLUMN marts.observations.universe IS 'For a count out of a fixed whole (41个大类行业中有35个, 97个国民经济大类中的91个): the whole; the label stays the same from release to release.';
COMMENT ON COLUMN marts.observations.base_period IS 'For growth_pp_change, pp_change_prev and share_pp_change_prev: the span the change is measured against; for an abs_change or contribution_pct over a plan''s years (“十四五”期间…增量, …对全球制造业增长的贡献率): the year before them (YYYY-MM or YYYY, like period).';
COMMENT ON COLUMN marts.observations.base_period_type IS 'Period type of base_period (month, ytd, quarter, year).';
COMMENT ON COLUMN marts.observations.origin IS 'text, table, or text+table when both printed it (and agreed).';
COMMENT ON COLUMN marts.observations.parser_version IS 'Version of the parser that read the figure.';
COMMENT ON COLUMN marts.observations.sha256 IS 'Archived body the figure was parsed from.';
COMMENT ON COLUMN marts.observations.vintages IS 'How many releases printed this figure (later ones restate or revise it).';
COMMENT ON COLUMN marts.observations.data_label IS 'official, or fixture for demo data built from test pages.';
