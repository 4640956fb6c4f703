-- Seeds are read from the CSV files next to this file; $seeds is replaced by their folder.
CREATE TABLE seeds.indicators AS
SELECT * FROM read_csv('$seeds/indicators.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.indicators IS 'Indicator catalogue: every indicator code with names, unit, theme and dimension.';

CREATE TABLE seeds.targets AS
SELECT * FROM read_csv('$seeds/targets.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.targets IS 'Curated targets of plans and reports, with their documents (sql/seeds/targets.csv); rules in sql/seeds/README.md.';

CREATE TABLE seeds.documents AS
SELECT * FROM read_csv('$seeds/documents.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.documents IS 'The plan and report documents the targets cite, by document key (sql/seeds/documents.csv): how an archived page is recognised as one of them.';

CREATE TABLE seeds.portal_series AS
SELECT * FROM read_csv('$seeds/portal_series.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.portal_series IS 'The NBS data portal series read, by catalogue path and indicator name (names, not backend ids), and the observation each becomes (sql/seeds/portal_series.csv).';

CREATE TABLE seeds.provinces AS
SELECT * FROM read_csv('$seeds/provinces.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.provinces IS 'The 31 provinces as the data portal names them, their indicator suffix and region code, and whether they count among the largest industrial provinces (sql/seeds/provinces.csv).';

CREATE TABLE seeds.province_targets AS
SELECT * FROM read_csv('$seeds/province_targets.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.province_targets IS 'Each province''s industrial (规上工业增加值) and GDP growth targets for 2025 and 2026 where found, with document, date and confidence; an empty cell is not found, never guessed (sql/seeds/province_targets.csv).';

CREATE TABLE seeds.claims AS
SELECT * FROM read_csv('$seeds/claims.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.claims IS 'Dated numeric claims (the minister''s interview) to set beside official figures (sql/seeds/claims.csv).';

CREATE TABLE seeds.key_industries AS
SELECT * FROM read_csv('$seeds/key_industries.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.key_industries IS 'The ten key industries of the 2025–2026 growth plans, their plan, proxy series and target (sql/seeds/key_industries.csv).';

CREATE TABLE seeds.release_kinds AS
SELECT * FROM read_csv('$seeds/release_kinds.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.release_kinds IS 'Each release kind: publisher, cadence and the usual delay after the period ends (sql/seeds/release_kinds.csv).';

CREATE TABLE seeds.release_calendar AS
SELECT * FROM read_csv('$seeds/release_calendar.csv', header = true, all_varchar = true);
COMMENT ON TABLE seeds.release_calendar IS 'Published release dates by kind and reference period (period = YYYY-MM of the month the data end in), from the NBS release calendar.';

-- Column descriptions.
COMMENT ON COLUMN seeds.indicators.code IS 'Stable indicator code; the part before the first dot is its family.';
COMMENT ON COLUMN seeds.indicators.name_zh IS 'Chinese name as printed.';
COMMENT ON COLUMN seeds.indicators.name_en IS 'English name.';
COMMENT ON COLUMN seeds.indicators.unit IS 'Unit of the series.';
COMMENT ON COLUMN seeds.indicators.theme IS 'Theme (industry, pmi, telecom …).';
COMMENT ON COLUMN seeds.indicators.dimension IS 'Breakdown: total, sector, ownership, industry, industry_group, product, region, size or segment.';
COMMENT ON COLUMN seeds.indicators.aliases IS 'Other printed names of the same series, separated by |.';
COMMENT ON COLUMN seeds.indicators.counts_as IS 'stock: a level at a date (users, factories, capacities); flow: a count of what was new or shipped over a span; empty: as its unit and measure say.';
COMMENT ON COLUMN seeds.targets.target_id IS 'Stable id.';
COMMENT ON COLUMN seeds.targets.kind IS 'target or context (no number).';
COMMENT ON COLUMN seeds.targets.theme IS 'Theme.';
COMMENT ON COLUMN seeds.targets.name_zh IS 'Short Chinese name of the target, for reading (a paraphrase; the document holds the wording).';
COMMENT ON COLUMN seeds.targets.description IS 'What is targeted, in plain English.';
COMMENT ON COLUMN seeds.targets.metric IS 'Measured quantity.';
COMMENT ON COLUMN seeds.targets.indicator IS 'Series that measures it, if any.';
COMMENT ON COLUMN seeds.targets.dimension IS 'Dimension of that series.';
COMMENT ON COLUMN seeds.targets.measure IS 'Measure of that series.';
COMMENT ON COLUMN seeds.targets.comparator IS '>=, <=, approx, range or =.';
COMMENT ON COLUMN seeds.targets.value IS 'Target number.';
COMMENT ON COLUMN seeds.targets.tolerance IS 'Tolerance for approx and =.';
COMMENT ON COLUMN seeds.targets.value_high IS 'Upper bound of a range.';
COMMENT ON COLUMN seeds.targets.unit IS 'Unit of the target.';
COMMENT ON COLUMN seeds.targets.scoring IS 'annual, annual_avg or level.';
COMMENT ON COLUMN seeds.targets.start_year IS 'First year of the window.';
COMMENT ON COLUMN seeds.targets.deadline_year IS 'Year the target is due.';
COMMENT ON COLUMN seeds.targets.document IS 'Issuing document.';
COMMENT ON COLUMN seeds.targets.issuer IS 'Issuing bodies.';
COMMENT ON COLUMN seeds.targets.issued_on IS 'Date issued or published.';
COMMENT ON COLUMN seeds.targets.url IS 'Official URL where known.';
COMMENT ON COLUMN seeds.targets.confidence IS 'Research confidence.';
COMMENT ON COLUMN seeds.targets.scoreable IS 'true when it can be scored from a series in scope.';
COMMENT ON COLUMN seeds.targets.notes IS 'Curation notes.';
COMMENT ON COLUMN seeds.targets.document_key IS 'The document that sets the target (seeds.documents.document_key); empty when none is catalogued.';
COMMENT ON COLUMN seeds.targets.document_metric IS 'Words of the target''s name as the document prints them (增加值, 关键工序数控化率): a target statement of the document whose name holds them is the one checked.';
COMMENT ON COLUMN seeds.documents.document_key IS 'Stable key of the document.';
COMMENT ON COLUMN seeds.documents.title IS 'The document''s own title (without 《》; a notice that issues it carries it inside 《》).';
COMMENT ON COLUMN seeds.documents.doc_number IS 'Document number (发文字号), where known.';
COMMENT ON COLUMN seeds.documents.issuer IS 'Issuing bodies.';
COMMENT ON COLUMN seeds.documents.issued_on IS 'Date issued (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known); an archived page published more than a year away is another document.';
COMMENT ON COLUMN seeds.documents.url IS 'Official URL where known before it is archived.';
COMMENT ON COLUMN seeds.documents.notes IS 'Curation notes.';
COMMENT ON COLUMN seeds.portal_series.code IS 'Catalogue kind: 1 national monthly, 4 provincial monthly.';
COMMENT ON COLUMN seeds.portal_series.path IS 'Catalogue path below the kind''s root, names joined by >.';
COMMENT ON COLUMN seeds.portal_series.indicator_name IS 'The indicator as the portal names it (i_showname).';
COMMENT ON COLUMN seeds.portal_series.indicator IS 'Indicator code it is stored as (for a provincial table, the prefix: the province follows).';
COMMENT ON COLUMN seeds.portal_series.dimension IS 'Dimension.';
COMMENT ON COLUMN seeds.portal_series.measure IS 'Measure.';
COMMENT ON COLUMN seeds.portal_series.period_type IS 'month or ytd.';
COMMENT ON COLUMN seeds.portal_series.unit IS 'Unit.';
COMMENT ON COLUMN seeds.provinces.province IS 'Stable key, the indicator suffix (industrial_va.guangdong).';
COMMENT ON COLUMN seeds.provinces.name_zh IS 'Name as the portal shows it.';
COMMENT ON COLUMN seeds.provinces.name_en IS 'English name.';
COMMENT ON COLUMN seeds.provinces.region_code IS 'The portal''s 12-digit region code.';
COMMENT ON COLUMN seeds.provinces.large_industrial IS 'true for the eight largest industrial provinces by value added (a curation judgement; the interview''s 工业大省).';
COMMENT ON COLUMN seeds.province_targets.province IS 'Province (seeds.provinces).';
COMMENT ON COLUMN seeds.province_targets.year IS 'Year the target is for.';
COMMENT ON COLUMN seeds.province_targets.kind IS 'industrial (规上工业增加值 growth) or gdp (GDP growth).';
COMMENT ON COLUMN seeds.province_targets.comparator IS 'approx, >= or range.';
COMMENT ON COLUMN seeds.province_targets.value IS 'Target growth, %.';
COMMENT ON COLUMN seeds.province_targets.value_high IS 'Upper end of a range.';
COMMENT ON COLUMN seeds.province_targets.tolerance IS 'Tolerance of approx (0.5 points).';
COMMENT ON COLUMN seeds.province_targets.document IS 'Document that sets it (work report, plan report, industry meeting).';
COMMENT ON COLUMN seeds.province_targets.issued_on IS 'When it was set.';
COMMENT ON COLUMN seeds.province_targets.confidence IS 'from-secondary-report: read in reprints, not on the province''s own page.';
COMMENT ON COLUMN seeds.province_targets.source IS 'Where it was read.';
COMMENT ON COLUMN seeds.claims.claim_id IS 'Stable id.';
COMMENT ON COLUMN seeds.claims.said_on IS 'Date the claim was published.';
COMMENT ON COLUMN seeds.claims.speaker IS 'Who said it.';
COMMENT ON COLUMN seeds.claims.source IS 'Where it was said.';
COMMENT ON COLUMN seeds.claims.url IS 'URL where known.';
COMMENT ON COLUMN seeds.claims.confidence IS 'Research confidence.';
COMMENT ON COLUMN seeds.claims.statement IS 'The claim in plain words.';
COMMENT ON COLUMN seeds.claims.indicator IS 'Official series, if any.';
COMMENT ON COLUMN seeds.claims.dimension IS 'Dimension of that series.';
COMMENT ON COLUMN seeds.claims.measure IS 'Measure of that series.';
COMMENT ON COLUMN seeds.claims.period IS 'Period the claim speaks of.';
COMMENT ON COLUMN seeds.claims.period_type IS 'Period type.';
COMMENT ON COLUMN seeds.claims.comparator IS '=, >= or approx.';
COMMENT ON COLUMN seeds.claims.value IS 'Number claimed.';
COMMENT ON COLUMN seeds.claims.tolerance IS 'Rounding tolerance.';
COMMENT ON COLUMN seeds.claims.unit IS 'Unit.';
COMMENT ON COLUMN seeds.claims.notes IS 'Curation notes.';
COMMENT ON COLUMN seeds.key_industries.industry IS 'Key industry id.';
COMMENT ON COLUMN seeds.key_industries.name_zh IS 'Chinese name.';
COMMENT ON COLUMN seeds.key_industries.name_en IS 'English name.';
COMMENT ON COLUMN seeds.key_industries.plan IS 'Its 2025–2026 growth plan.';
COMMENT ON COLUMN seeds.key_industries.proxy_indicator IS 'Series standing for the industry.';
COMMENT ON COLUMN seeds.key_industries.miit_indicator IS 'The series of MIIT''s own industry report that measures the industry (auto production, crude steel output …).';
COMMENT ON COLUMN seeds.key_industries.miit_measure IS 'Measure of that series shown (level or yoy_pct).';
COMMENT ON COLUMN seeds.key_industries.target_id IS 'Its target in seeds.targets, if any.';
COMMENT ON COLUMN seeds.key_industries.notes IS 'Scope notes.';
COMMENT ON COLUMN seeds.release_kinds.kind IS 'Release kind.';
COMMENT ON COLUMN seeds.release_kinds.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN seeds.release_kinds.name_zh IS 'Chinese name.';
COMMENT ON COLUMN seeds.release_kinds.cadence IS 'monthly, annual or irregular.';
COMMENT ON COLUMN seeds.release_kinds.lag_days IS 'Usual days between the end of the period and the release.';
COMMENT ON COLUMN seeds.release_kinds.joint_jan_feb IS 'true when January and February come out together.';
COMMENT ON COLUMN seeds.release_kinds.notes IS 'Release habits.';
COMMENT ON COLUMN seeds.release_calendar.kind IS 'Release kind.';
COMMENT ON COLUMN seeds.release_calendar.period IS 'YYYY-MM of the month the data end in.';
COMMENT ON COLUMN seeds.release_calendar.due IS 'Release date.';
COMMENT ON COLUMN seeds.release_calendar.source IS 'Where the date comes from.';
