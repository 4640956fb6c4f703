-- Purchasing managers' indices, %, one row per month, one column per index: chart-ready.
CREATE VIEW marts.series_pmi AS
SELECT period,
    max(value) FILTER (WHERE indicator = 'pmi') AS manufacturing_pmi,
    max(value) FILTER (WHERE indicator = 'pmi.production') AS production,
    max(value) FILTER (WHERE indicator = 'pmi.new_orders') AS new_orders,
    max(value) FILTER (WHERE indicator = 'pmi.raw_materials_inventory') AS raw_materials_inventory,
    max(value) FILTER (WHERE indicator = 'pmi.employment') AS employment,
    max(value) FILTER (WHERE indicator = 'pmi.supplier_delivery') AS supplier_delivery,
    max(value) FILTER (WHERE indicator = 'pmi.new_export_orders') AS new_export_orders,
    max(value) FILTER (WHERE indicator = 'pmi.input_prices') AS input_prices,
    max(value) FILTER (WHERE indicator = 'pmi.output_prices') AS output_prices,
    max(value) FILTER (WHERE indicator = 'pmi.expectations') AS expectations,
    max(value) FILTER (WHERE indicator = 'pmi.large') AS large_enterprises,
    max(value) FILTER (WHERE indicator = 'pmi.medium') AS medium_enterprises,
    max(value) FILTER (WHERE indicator = 'pmi.small') AS small_enterprises,
    max(value) FILTER (WHERE indicator = 'pmi.high_tech') AS high_tech,
    max(value) FILTER (WHERE indicator = 'pmi.equipment') AS equipment,
    max(value) FILTER (WHERE indicator = 'pmi_nonmfg') AS non_manufacturing,
    max(value) FILTER (WHERE indicator = 'pmi_nonmfg.construction') AS construction,
    max(value) FILTER (WHERE indicator = 'pmi_nonmfg.services') AS services,
    max(value) FILTER (WHERE indicator = 'pmi_composite') AS composite_output,
    any_value(data_label) AS data_label
FROM marts.observations
WHERE measure = 'index' AND period_type = 'month'
GROUP BY period
ORDER BY period;

COMMENT ON VIEW marts.series_pmi IS 'Purchasing managers'' indices, %, one row per month, one column per index: chart-ready.';
COMMENT ON COLUMN marts.series_pmi.period IS 'YYYY-MM (YYYY for a year).';
COMMENT ON COLUMN marts.series_pmi.manufacturing_pmi IS 'Manufacturing PMI (pmi).';
COMMENT ON COLUMN marts.series_pmi.production IS 'Production index (pmi.production).';
COMMENT ON COLUMN marts.series_pmi.new_orders IS 'New orders index (pmi.new_orders).';
COMMENT ON COLUMN marts.series_pmi.raw_materials_inventory IS 'Raw materials inventory index (pmi.raw_materials_inventory).';
COMMENT ON COLUMN marts.series_pmi.employment IS 'Employment index (pmi.employment).';
COMMENT ON COLUMN marts.series_pmi.supplier_delivery IS 'Supplier delivery times index (pmi.supplier_delivery).';
COMMENT ON COLUMN marts.series_pmi.new_export_orders IS 'New export orders index (pmi.new_export_orders).';
COMMENT ON COLUMN marts.series_pmi.input_prices IS 'Main raw materials purchase price index (pmi.input_prices).';
COMMENT ON COLUMN marts.series_pmi.output_prices IS 'Output prices index (pmi.output_prices).';
COMMENT ON COLUMN marts.series_pmi.expectations IS 'Production and business expectations index (pmi.expectations).';
COMMENT ON COLUMN marts.series_pmi.large_enterprises IS 'PMI of large enterprises (pmi.large).';
COMMENT ON COLUMN marts.series_pmi.medium_enterprises IS 'PMI of medium enterprises (pmi.medium).';
COMMENT ON COLUMN marts.series_pmi.small_enterprises IS 'PMI of small enterprises (pmi.small).';
COMMENT ON COLUMN marts.series_pmi.high_tech IS 'PMI of high-tech manufacturing (pmi.high_tech).';
COMMENT ON COLUMN marts.series_pmi.equipment IS 'PMI of equipment manufacturing (pmi.equipment).';
COMMENT ON COLUMN marts.series_pmi.non_manufacturing IS 'Non-manufacturing business activity index (pmi_nonmfg).';
COMMENT ON COLUMN marts.series_pmi.construction IS 'Construction business activity index (pmi_nonmfg.construction).';
COMMENT ON COLUMN marts.series_pmi.services IS 'Services business activity index (pmi_nonmfg.services).';
COMMENT ON COLUMN marts.series_pmi.composite_output IS 'Composite PMI output index (pmi_composite).';
COMMENT ON COLUMN marts.series_pmi.data_label IS 'official, or fixture for demo data built from test pages.';
