-- The scorecard as printed by `xinzhi scorecard` and the run's markdown artifact.
SELECT target_id, kind, status, actual, actual_period, target_value, comparator, gap, actual_source_url
FROM marts.target_scorecard
ORDER BY kind DESC, target_id
