-- Industrial enterprise profits and revenue, one row per period, one column per series (亿元 as printed, or % year on year): chart-ready.
CREATE VIEW marts.series_profits AS
SELECT period, period_type,
    max(value) FILTER (WHERE indicator = 'industrial_profit' AND measure = 'level' AND unit = '亿元') AS profit_total,
    max(value) FILTER (WHERE indicator = 'industrial_profit' AND measure = 'yoy_pct') AS profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_revenue' AND measure = 'yoy_pct') AS revenue_growth,
    max(value) FILTER (WHERE indicator = 'industrial_cost' AND measure = 'yoy_pct') AS cost_growth,
    max(value) FILTER (WHERE indicator = 'industrial_margin' AND measure = 'level') AS margin,
    max(value) FILTER (WHERE indicator = 'industrial_profit.mining' AND measure = 'yoy_pct') AS mining_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.manufacturing' AND measure = 'yoy_pct') AS manufacturing_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.utilities' AND measure = 'yoy_pct') AS utilities_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.C31' AND measure = 'yoy_pct') AS c31_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.C32' AND measure = 'yoy_pct') AS c32_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.C36' AND measure = 'yoy_pct') AS c36_profit_growth,
    max(value) FILTER (WHERE indicator = 'industrial_profit.C39' AND measure = 'yoy_pct') AS c39_profit_growth,
    any_value(data_label) AS data_label
FROM marts.observations
WHERE indicator LIKE 'industrial_%' AND indicator NOT LIKE 'industrial_va%'
GROUP BY period, period_type
ORDER BY period, period_type;

COMMENT ON VIEW marts.series_profits IS 'Industrial enterprise profits and revenue, one row per period, one column per series (亿元 as printed, or % year on year): chart-ready.';
COMMENT ON COLUMN marts.series_profits.period IS 'YYYY-MM (YYYY for a year).';
COMMENT ON COLUMN marts.series_profits.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN marts.series_profits.profit_total IS 'Total profits, 亿元 (industrial_profit).';
COMMENT ON COLUMN marts.series_profits.profit_growth IS 'Total profits, % year on year (industrial_profit).';
COMMENT ON COLUMN marts.series_profits.revenue_growth IS 'Operating revenue, % year on year (industrial_revenue).';
COMMENT ON COLUMN marts.series_profits.cost_growth IS 'Operating costs, % year on year (industrial_cost).';
COMMENT ON COLUMN marts.series_profits.margin IS 'Profit margin on operating revenue, % (industrial_margin).';
COMMENT ON COLUMN marts.series_profits.mining_profit_growth IS 'Mining profits, % year on year (industrial_profit.mining).';
COMMENT ON COLUMN marts.series_profits.manufacturing_profit_growth IS 'Manufacturing profits, % year on year (industrial_profit.manufacturing).';
COMMENT ON COLUMN marts.series_profits.utilities_profit_growth IS 'Utilities profits, % year on year (industrial_profit.utilities).';
COMMENT ON COLUMN marts.series_profits.c31_profit_growth IS 'C31 ferrous metals profits, % year on year (industrial_profit.C31).';
COMMENT ON COLUMN marts.series_profits.c32_profit_growth IS 'C32 nonferrous metals profits, % year on year (industrial_profit.C32).';
COMMENT ON COLUMN marts.series_profits.c36_profit_growth IS 'C36 automobiles profits, % year on year (industrial_profit.C36).';
COMMENT ON COLUMN marts.series_profits.c39_profit_growth IS 'C39 electronics profits, % year on year (industrial_profit.C39).';
COMMENT ON COLUMN marts.series_profits.data_label IS 'official, or fixture for demo data built from test pages.';
