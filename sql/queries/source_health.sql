-- Sources as `xinzhi scorecard`, the report and the run's artifacts show them: unhealthy first; times in
-- Beijing time to the minute, with the zone.
SELECT source, status, consecutive_failures, entries_last_read,
    strftime(timezone('Asia/Shanghai', last_success_at), '%Y-%m-%d %H:%M') || ' UTC+8' AS last_success,
    strftime(timezone('Asia/Shanghai', last_failure_at), '%Y-%m-%d %H:%M') || ' UTC+8' AS last_failure,
    last_failure_reason
FROM marts.source_health
