-- Industrial value-added growth, % year on year, one row per period (month, ytd, quarter or year), one column per series: chart-ready.
CREATE VIEW marts.series_industrial_growth AS
SELECT period, period_type,
    max(value) FILTER (WHERE indicator = 'industrial_va') AS total,
    max(value) FILTER (WHERE indicator = 'industrial_va.mining') AS mining,
    max(value) FILTER (WHERE indicator = 'industrial_va.manufacturing') AS manufacturing,
    max(value) FILTER (WHERE indicator = 'industrial_va.utilities') AS utilities,
    max(value) FILTER (WHERE indicator = 'industrial_va.high_tech') AS high_tech,
    max(value) FILTER (WHERE indicator = 'industrial_va.equipment') AS equipment,
    max(value) FILTER (WHERE indicator = 'industrial_va.digital_products') AS digital_products,
    max(value) FILTER (WHERE indicator = 'industrial_va.C26') AS c26_chemicals,
    max(value) FILTER (WHERE indicator = 'industrial_va.C30') AS c30_nonmetallic_minerals,
    max(value) FILTER (WHERE indicator = 'industrial_va.C31') AS c31_ferrous_metals,
    max(value) FILTER (WHERE indicator = 'industrial_va.C32') AS c32_nonferrous_metals,
    max(value) FILTER (WHERE indicator = 'industrial_va.C34') AS c34_general_equipment,
    max(value) FILTER (WHERE indicator = 'industrial_va.C35') AS c35_special_equipment,
    max(value) FILTER (WHERE indicator = 'industrial_va.C36') AS c36_automobiles,
    max(value) FILTER (WHERE indicator = 'industrial_va.C37') AS c37_transport_equipment,
    max(value) FILTER (WHERE indicator = 'industrial_va.C38') AS c38_electrical_machinery,
    max(value) FILTER (WHERE indicator = 'industrial_va.C39') AS c39_electronics,
    any_value(data_label) AS data_label
FROM marts.observations
WHERE measure = 'yoy_pct' AND indicator LIKE 'industrial_va%'
GROUP BY period, period_type
ORDER BY period, period_type;

COMMENT ON VIEW marts.series_industrial_growth IS 'Industrial value-added growth, % year on year, one row per period (month, ytd, quarter or year), one column per series: chart-ready.';
COMMENT ON COLUMN marts.series_industrial_growth.period IS 'YYYY-MM (YYYY for a year).';
COMMENT ON COLUMN marts.series_industrial_growth.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN marts.series_industrial_growth.total IS 'All industry above designated size (industrial_va).';
COMMENT ON COLUMN marts.series_industrial_growth.mining IS 'Mining (industrial_va.mining).';
COMMENT ON COLUMN marts.series_industrial_growth.manufacturing IS 'Manufacturing (industrial_va.manufacturing).';
COMMENT ON COLUMN marts.series_industrial_growth.utilities IS 'Electricity, heat, gas and water (industrial_va.utilities).';
COMMENT ON COLUMN marts.series_industrial_growth.high_tech IS 'High-tech manufacturing (industrial_va.high_tech).';
COMMENT ON COLUMN marts.series_industrial_growth.equipment IS 'Equipment manufacturing (industrial_va.equipment).';
COMMENT ON COLUMN marts.series_industrial_growth.digital_products IS 'Digital product manufacturing (industrial_va.digital_products).';
COMMENT ON COLUMN marts.series_industrial_growth.c26_chemicals IS 'C26 chemical materials and products (petrochemical plan proxy) (industrial_va.C26).';
COMMENT ON COLUMN marts.series_industrial_growth.c30_nonmetallic_minerals IS 'C30 non-metallic mineral products (building materials) (industrial_va.C30).';
COMMENT ON COLUMN marts.series_industrial_growth.c31_ferrous_metals IS 'C31 ferrous metal smelting and pressing (steel plan proxy) (industrial_va.C31).';
COMMENT ON COLUMN marts.series_industrial_growth.c32_nonferrous_metals IS 'C32 nonferrous metal smelting and pressing (nonferrous plan proxy) (industrial_va.C32).';
COMMENT ON COLUMN marts.series_industrial_growth.c34_general_equipment IS 'C34 general equipment (industrial_va.C34).';
COMMENT ON COLUMN marts.series_industrial_growth.c35_special_equipment IS 'C35 special equipment (industrial_va.C35).';
COMMENT ON COLUMN marts.series_industrial_growth.c36_automobiles IS 'C36 automobiles (auto plan proxy) (industrial_va.C36).';
COMMENT ON COLUMN marts.series_industrial_growth.c37_transport_equipment IS 'C37 railway, ship, aerospace and other transport equipment (industrial_va.C37).';
COMMENT ON COLUMN marts.series_industrial_growth.c38_electrical_machinery IS 'C38 electrical machinery and equipment (power equipment) (industrial_va.C38).';
COMMENT ON COLUMN marts.series_industrial_growth.c39_electronics IS 'C39 computers, communication and other electronic equipment (electronics plan proxy) (industrial_va.C39).';
COMMENT ON COLUMN marts.series_industrial_growth.data_label IS 'official, or fixture for demo data built from test pages.';
