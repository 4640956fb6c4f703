-- The provinces of the latest year that has provincial figures, for the report's chart.
SELECT province, name_zh, year, actual, actual_period, industrial_target, gdp_target_context, status
FROM marts.provinces_vs_targets
WHERE actual IS NOT NULL AND year = (SELECT max(year) FROM marts.provinces_vs_targets WHERE actual IS NOT NULL)
ORDER BY large_industrial DESC, actual DESC
