-- Telecom and 5G, one row per month (stocks at month end, flows year to date), one column per series: chart-ready.
CREATE VIEW marts.series_telecom AS
SELECT period,
    max(value) FILTER (WHERE indicator = 'telecom.bs_5g' AND measure = 'level' AND unit = '万个') AS bs_5g,
    max(value) FILTER (WHERE indicator = 'telecom.bs_5g' AND measure = 'share_pct') AS bs_5g_share,
    max(value) FILTER (WHERE indicator = 'telecom.bs_5g' AND measure = 'abs_change' AND unit = '万个'
                             AND base_period IS NULL) AS bs_5g_net_added,
    max(value) FILTER (WHERE indicator = 'telecom.bs_5g_per_10k' AND measure = 'level') AS bs_5g_per_10k,
    max(value) FILTER (WHERE indicator = 'telecom.mobile_users_5g' AND measure = 'level' AND unit = '亿户') AS users_5g,
    max(value) FILTER (WHERE indicator = 'telecom.mobile_users_5g' AND measure = 'share_pct') AS users_5g_share,
    max(value) FILTER (WHERE indicator = 'telecom.mobile_users' AND measure = 'level' AND unit = '亿户') AS mobile_users,
    max(value) FILTER (WHERE indicator = 'telecom.broadband_gigabit' AND measure = 'level' AND unit = '亿户') AS gigabit_users,
    max(value) FILTER (WHERE indicator = 'telecom.broadband_gigabit' AND measure = 'share_pct') AS gigabit_share,
    max(value) FILTER (WHERE indicator = 'telecom.broadband_users' AND measure = 'level' AND unit = '亿户') AS broadband_users,
    max(value) FILTER (WHERE indicator = 'telecom.revenue' AND measure = 'level' AND unit = '亿元') AS revenue_ytd,
    max(value) FILTER (WHERE indicator = 'telecom.revenue' AND measure = 'yoy_pct') AS revenue_growth,
    max(value) FILTER (WHERE indicator = 'telecom.volume' AND measure = 'yoy_pct') AS volume_growth,
    max(value) FILTER (WHERE indicator = 'telecom.mobile_traffic' AND measure = 'yoy_pct') AS traffic_growth,
    any_value(data_label) AS data_label
FROM marts.observations
WHERE indicator LIKE 'telecom.%' AND period_type IN ('month', 'ytd')
GROUP BY period
ORDER BY period;

COMMENT ON VIEW marts.series_telecom IS 'Telecom and 5G, one row per month (stocks at month end, flows year to date), one column per series: chart-ready.';
COMMENT ON COLUMN marts.series_telecom.period IS 'YYYY-MM (YYYY for a year).';
COMMENT ON COLUMN marts.series_telecom.bs_5g IS '5G base stations, 万个 (telecom.bs_5g).';
COMMENT ON COLUMN marts.series_telecom.bs_5g_share IS '5G share of all mobile base stations, % (telecom.bs_5g).';
COMMENT ON COLUMN marts.series_telecom.bs_5g_net_added IS '5G base stations added since the end of last year, 万个 (telecom.bs_5g).';
COMMENT ON COLUMN marts.series_telecom.bs_5g_per_10k IS '5G base stations per 10,000 people (telecom.bs_5g_per_10k).';
COMMENT ON COLUMN marts.series_telecom.users_5g IS '5G mobile phone users, 亿户 (telecom.mobile_users_5g).';
COMMENT ON COLUMN marts.series_telecom.users_5g_share IS '5G users, % of mobile users (telecom.mobile_users_5g).';
COMMENT ON COLUMN marts.series_telecom.mobile_users IS 'Mobile phone users, 亿户 (telecom.mobile_users).';
COMMENT ON COLUMN marts.series_telecom.gigabit_users IS 'Fixed broadband users at 1000 Mbps and above, 亿户 (telecom.broadband_gigabit).';
COMMENT ON COLUMN marts.series_telecom.gigabit_share IS 'Gigabit users, % of fixed broadband users (telecom.broadband_gigabit).';
COMMENT ON COLUMN marts.series_telecom.broadband_users IS 'Fixed broadband users, 亿户 (telecom.broadband_users).';
COMMENT ON COLUMN marts.series_telecom.revenue_ytd IS 'Telecom business revenue year to date, 亿元 (telecom.revenue).';
COMMENT ON COLUMN marts.series_telecom.revenue_growth IS 'Telecom business revenue, % year on year (year to date) (telecom.revenue).';
COMMENT ON COLUMN marts.series_telecom.volume_growth IS 'Telecom business volume at previous-year prices, % year on year (telecom.volume).';
COMMENT ON COLUMN marts.series_telecom.traffic_growth IS 'Mobile internet traffic, % year on year (telecom.mobile_traffic).';
COMMENT ON COLUMN marts.series_telecom.data_label IS 'official, or fixture for demo data built from test pages.';
