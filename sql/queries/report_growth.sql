-- Year-to-date value-added growth of the total and of the key-industry divisions, for the report.
SELECT period, total, c31_ferrous_metals, c32_nonferrous_metals, c26_chemicals, c36_automobiles, c39_electronics
FROM marts.series_industrial_growth
WHERE period_type = 'ytd'
ORDER BY period
