-- The scorecard as printed by `xinzhi scorecard` and the run's artifacts: scored targets first.
SELECT target_id, status, actual, actual_period, comparator, target_value, unit, gap, actual_source_url
FROM marts.target_scorecard
ORDER BY CASE status WHEN 'not scored' THEN 2 WHEN 'no data yet' THEN 1 ELSE 0 END, theme, target_id
