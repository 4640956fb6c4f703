-- Sources as `xinzhi scorecard`, the report and the run's artifacts show them: unhealthy first.
SELECT source, status, consecutive_failures, entries_last_read,
    strftime(last_success_at, '%Y-%m-%d %H:%M') AS last_success,
    strftime(last_failure_at, '%Y-%m-%d %H:%M') AS last_failure, last_failure_reason
FROM marts.source_health
