-- The scorecard as printed by `xinzhi scorecard`, the report and the run's artifacts: scored targets first,
-- each with its names, the kind of evidence, the source of its actual, and whether its document confirms it.
SELECT target_id, name_zh, description AS name_en, status, evidence, actual, actual_qualifier, actual_period,
    comparator, target_value, unit, gap, strftime(actual_published_at, '%Y-%m-%d') AS published, actual_source_url,
    verification AS target_check, document_differences, document_url
FROM marts.target_scorecard
ORDER BY CASE WHEN status = 'not scored' THEN 2 WHEN status = 'no data yet' THEN 1 ELSE 0 END, theme, target_id
