-- Seeds are read from the CSV files next to this file; $seeds is replaced by their folder.
CREATE TABLE seeds.indicators AS
SELECT * FROM read_csv('$seeds/indicators.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.indicators IS 'Indicator catalogue: every indicator code with names, unit, theme and dimension.';

CREATE TABLE seeds.targets AS
SELECT * FROM read_csv('$seeds/targets.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.targets IS 'Curated targets and dated claims (sql/seeds/targets.csv); rules in sql/seeds/README.md.';
