-- The ten key industries against their plans, for the report (every column: MIIT's own figures are
-- picked up when the mart carries them).
SELECT * FROM marts.key_industries_vs_plans ORDER BY industry
