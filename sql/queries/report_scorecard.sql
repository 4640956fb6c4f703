-- Every target, for the report's verdict, chart and table: every column of the scorecard (the reason a
-- target has no status among them), the English name and the release date; ordered by status (met
-- first, then on track, unclear, off track, waiting, unscored).
SELECT *, description AS name_en, strftime(actual_published_at, '%Y-%m-%d') AS published
FROM marts.target_scorecard
ORDER BY CASE status WHEN 'met' THEN 0 WHEN 'on track' THEN 1 WHEN 'unclear' THEN 2 WHEN 'off track' THEN 3
                     WHEN 'no data yet' THEN 4 ELSE 5 END, theme, target_id
