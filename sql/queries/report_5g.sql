-- The 5G build-out (base stations and density) beside the plan targets for density, for the report.
SELECT s.period, s.bs_5g, s.bs_5g_share, s.bs_5g_per_10k,
    (SELECT target_value FROM marts.target_scorecard WHERE target_id = 'ict14_g5_bs_per_10k_2025') AS target_2025,
    (SELECT target_value FROM marts.target_scorecard WHERE target_id = 'g5_bs_per_10k_2027') AS target_2027
FROM marts.series_telecom AS s
WHERE s.bs_5g IS NOT NULL OR s.bs_5g_per_10k IS NOT NULL
ORDER BY s.period
