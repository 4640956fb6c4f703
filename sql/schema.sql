-- Warehouse layout. Built from scratch into a fresh file on every refresh or rebuild,
-- from the raw archive, then published by an atomic rename (see flows/xinzhi/warehouse.py).
CREATE SCHEMA raw;
CREATE SCHEMA core;
CREATE SCHEMA seeds;
CREATE SCHEMA marts;
-- raw: what was fetched and what became of it; core: validated observations, every vintage;
-- seeds: curated reference data from sql/seeds; marts: stable views for analysts and BI tools.
-- (DuckDB 1.5 cannot COMMENT ON SCHEMA, so the schemas are described here and in docs/warehouse.md.)

CREATE TABLE raw.build_info (
    built_at TIMESTAMP NOT NULL,
    data_label VARCHAR NOT NULL,
    parser_versions VARCHAR NOT NULL,
    archive_fetches INTEGER NOT NULL
);
COMMENT ON TABLE raw.build_info IS 'One row: when this warehouse file was built, and whether it holds official or fixture data.';
COMMENT ON COLUMN raw.build_info.data_label IS '''official'' for data fetched from the official sites; ''fixture'' for the demo built from the test pages.';

CREATE TABLE raw.fetch_log (
    url VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    status INTEGER,
    sha256 VARCHAR,
    etag VARCHAR,
    last_modified VARCHAR,
    bytes BIGINT NOT NULL,
    content_type VARCHAR,
    error VARCHAR,
    note VARCHAR
);
COMMENT ON TABLE raw.fetch_log IS 'Every request the pipeline made, from the append-only archive log.';
COMMENT ON COLUMN raw.fetch_log.sha256 IS 'Name of the archived body (archive/objects/xx/<sha256>); null for 304 and errors.';

CREATE TABLE raw.discoveries (
    url VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    list_date TIMESTAMP,
    kind VARCHAR,
    found_in VARCHAR NOT NULL,
    found_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE raw.discoveries IS 'Articles seen on list pages and feeds; kind is null for releases out of scope (skipped, never fetched).';

CREATE TABLE raw.sources (
    source VARCHAR PRIMARY KEY,
    publisher VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    url VARCHAR NOT NULL
);
COMMENT ON TABLE raw.sources IS 'Every source a refresh reads (a list, feed or list API), whether or not it was read yet.';
COMMENT ON COLUMN raw.sources.source IS 'Stable source name, e.g. nbs.list, nbs.feed, miit.txy.';
COMMENT ON COLUMN raw.sources.publisher IS 'Publisher group whose collect run reads it (nbs or miit).';
COMMENT ON COLUMN raw.sources.title IS 'What the source is.';
COMMENT ON COLUMN raw.sources.url IS 'The page a person opens to check it.';

CREATE TABLE raw.source_reads (
    source VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    read_at TIMESTAMPTZ NOT NULL,
    ok BOOLEAN NOT NULL,
    entries INTEGER NOT NULL,
    problem VARCHAR,
    detail VARCHAR
);
COMMENT ON TABLE raw.source_reads IS 'Every read of every source by a refresh (from the archive log sources.jsonl): marts.source_health is made of these.';
COMMENT ON COLUMN raw.source_reads.source IS 'Source name (raw.sources).';
COMMENT ON COLUMN raw.source_reads.publisher IS 'Publisher group.';
COMMENT ON COLUMN raw.source_reads.read_at IS 'When it was read (UTC).';
COMMENT ON COLUMN raw.source_reads.ok IS 'True when the source was read as expected; false when it failed or was read only in a degraded way.';
COMMENT ON COLUMN raw.source_reads.entries IS 'Entries seen on its lists in this read.';
COMMENT ON COLUMN raw.source_reads.problem IS 'Why it failed, or how it was degraded (one line, naming the page or call and what was expected).';
COMMENT ON COLUMN raw.source_reads.detail IS 'What a later read may fall back on: the list API call that worked.';

CREATE TABLE raw.releases (
    url VARCHAR PRIMARY KEY,
    publisher VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    published_at TIMESTAMP NOT NULL,
    period VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    observations INTEGER NOT NULL,
    status VARCHAR NOT NULL,
    skipped INTEGER NOT NULL,
    unexplained INTEGER NOT NULL
);
COMMENT ON TABLE raw.releases IS 'Each parsed release page; status is loaded or quarantined.';

CREATE TABLE raw.skipped (
    url VARCHAR NOT NULL,
    clause VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
COMMENT ON TABLE raw.skipped IS 'What parsing read but did not store, per release: each clause or table row with the reason (a name outside the catalogue, a form not stored …), and every number the page''s self-check could not account for (reason unexplained). A family of figures the parsers miss shows up here.';
COMMENT ON COLUMN raw.skipped.url IS 'Release page URL (raw.releases).';
COMMENT ON COLUMN raw.skipped.clause IS 'The clause or table row as printed; for reason unexplained, the number and its clause.';
COMMENT ON COLUMN raw.skipped.reason IS 'unknown name (not in the catalogue), not stored (a form xinzhi does not store), qualified (扣除… and the like), unattributed (figures that cannot be paired with their names for sure), form not read, chapter not read, table not read, another scale (以修正总吨计 of a series kept in 载重吨, 以美元计 of one in 元), restated (the same figure said again as a bound it lies within: the exact one is stored), milestone (a threshold passed: 均超过…, 首次突破…), not yet over (a period that had not ended when the page was published: an estimate), held back (two slices of a data portal series print it differently), or unexplained (a number neither stored nor skipped nor a known non-figure: a defect).';

CREATE TABLE raw.quarantine (
    url VARCHAR NOT NULL,
    sha256 VARCHAR,
    stage VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
COMMENT ON TABLE raw.quarantine IS 'Pages kept out of core, with the reasons: parse errors (stage parse), failed validations or cross-checks (stage validate), and articles published as an attachment only (stage skipped).';

CREATE TABLE core.observations (
    source_url VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    release_kind VARCHAR NOT NULL,
    published_at TIMESTAMP NOT NULL,
    indicator VARCHAR NOT NULL,
    label_zh VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,
    quote VARCHAR NOT NULL,
    qualifier VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    relative_to VARCHAR,
    universe DOUBLE,
    bound DOUBLE,
    base_period VARCHAR,
    base_period_type VARCHAR,
    origin VARCHAR NOT NULL,
    check_value DOUBLE,
    parser_version VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL
    -- One row per (source_url, indicator, dimension, period, period_type, measure, relative_to, base_period,
    -- base_period_type): checked by validation and at build (the last three may be null, which a key cannot hold).
);
COMMENT ON TABLE core.observations IS 'Every validated figure of every release: a later release restating a figure adds a vintage.';
COMMENT ON COLUMN core.observations.origin IS 'Where the figure was read: text, table, or text+table (both printed it and they agree).';
COMMENT ON COLUMN core.observations.check_value IS 'The other printing of the figure (table when the value came from text), where both exist.';
COMMENT ON COLUMN core.observations.sha256 IS 'Archived body the figure was parsed from.';

-- Column descriptions (every column of every table carries one).
COMMENT ON COLUMN core.observations.source_url IS 'Official URL of the release the figure was read from.';
COMMENT ON COLUMN core.observations.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN core.observations.release_kind IS 'Release kind (see marts.observations.release_kind).';
COMMENT ON COLUMN core.observations.published_at IS 'Release time printed on the page (Beijing time).';
COMMENT ON COLUMN core.observations.indicator IS 'Indicator code (seeds.indicators).';
COMMENT ON COLUMN core.observations.label_zh IS 'The name as printed, without footnote marks.';
COMMENT ON COLUMN core.observations.dimension IS 'Breakdown of the indicator.';
COMMENT ON COLUMN core.observations.period IS 'YYYY-MM, or YYYY for a year.';
COMMENT ON COLUMN core.observations.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN core.observations.measure IS 'Measure (see marts.observations.measure).';
COMMENT ON COLUMN core.observations.value IS 'The figure, signed.';
COMMENT ON COLUMN core.observations.unit IS 'Unit as printed.';
COMMENT ON COLUMN core.observations.quote IS 'The clause or table row the figure was read from.';
COMMENT ON COLUMN core.observations.parser_version IS 'Version of the parser that read the figure.';
COMMENT ON COLUMN core.observations.qualifier IS 'exact, over (余, 超过, 逾, 突破, 以上), about (约, 左右, 近) or under (不到).';
COMMENT ON COLUMN core.observations.evidence IS 'statistics (a statistical release), statement (a ministry states progress) or forecast (预计…: never scored).';
COMMENT ON COLUMN core.observations.bound IS 'For a figure printed as over or under a number, the other end its wording allows: one step of the last printed digit (7000余家 → below 8000, 超过340家 → below 350, 不到1000 → from 0); null for exact and about figures.';
COMMENT ON COLUMN core.observations.universe IS 'For a count out of a fixed whole (41个大类行业中有35个, 97个国民经济大类中的91个): the whole.';
COMMENT ON COLUMN core.observations.base_period IS 'For a change against an earlier span (growth_pp_change, pp_change_prev, share_pp_change_prev): that span, as period (增速比1—11月回落… → 2025-11).';
COMMENT ON COLUMN core.observations.base_period_type IS 'Period type of base_period: month, ytd, quarter or year.';
COMMENT ON COLUMN core.observations.relative_to IS 'For pp_gap, contribution_pp and share measures: the indicator the figure is relative to, where printed.';

CREATE TABLE core.named_figures (
    source_url VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    release_kind VARCHAR NOT NULL,
    published_at TIMESTAMP NOT NULL,
    label_zh VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,
    quote VARCHAR NOT NULL,
    qualifier VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    relative_to VARCHAR,
    base_period VARCHAR,
    base_period_type VARCHAR,
    bound DOUBLE,
    parser_version VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL
    -- One row per (source_url, label_zh, dimension, period, period_type, measure, relative_to, base_period): the
    -- named_figures suite.
);
COMMENT ON TABLE core.named_figures IS 'Figures a MIIT statement or statistics report prints of names the catalogue does not hold (单项冠军企业平均拥有有效专利363.7件), kept as printed: the name is the page''s, never a series; no target is scored from them and two pages'' names are never assumed the same. A statement''s are kept only when their paragraph says their period (a year, a span, a date, 目前); a report''s are over the period its clause is of.';
COMMENT ON COLUMN core.named_figures.source_url IS 'Official URL of the statement or report the figure was read from.';
COMMENT ON COLUMN core.named_figures.publisher IS 'MIIT.';
COMMENT ON COLUMN core.named_figures.release_kind IS 'statement, or the kind of a MIIT statistics column''s report (software, raw_materials …).';
COMMENT ON COLUMN core.named_figures.published_at IS 'Release time printed on the page (Beijing time).';
COMMENT ON COLUMN core.named_figures.label_zh IS 'The name as printed (with the province it is of, when the sentence speaks of one).';
COMMENT ON COLUMN core.named_figures.dimension IS 'total (the nation''s) or region (a province''s or region''s, named in label_zh).';
COMMENT ON COLUMN core.named_figures.period IS 'YYYY-MM, or YYYY for a year: a stock (累计, 总数达到, 保有量) at a date, a flow, rate or share over the span said.';
COMMENT ON COLUMN core.named_figures.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN core.named_figures.measure IS 'level (an amount or rate), count (things counted), yoy_pct (growth on a year earlier), mom_pct (on the month before), share_pct (a share of a whole), pp_change (a rate''s or share''s change on the year before, or a growth''s (a name ending 增速) against the span base_period names, in points), pp_gap (a rate''s, share''s or growth''s points above the average relative_to names), avg_yoy_pct (average yearly growth since base_period), cum_pct (growth since base_period, or against the state before a programme when base_period is null), abs_change (a change in the level''s unit since the year before''s end, or since base_period) yoy_abs_change (a change in units on a year earlier) or contribution_pp (a growth''s pull on the whole relative_to names, in points).';
COMMENT ON COLUMN core.named_figures.value IS 'The figure as printed.';
COMMENT ON COLUMN core.named_figures.unit IS 'Unit as printed.';
COMMENT ON COLUMN core.named_figures.quote IS 'The clause the figure was read from.';
COMMENT ON COLUMN core.named_figures.qualifier IS 'exact, over (余, 超过, 逾, 突破, 以上), about (约, 左右, 近) or under (不到).';
COMMENT ON COLUMN core.named_figures.evidence IS 'statement (a ministry states progress), statistics (a statistics column''s report) or forecast (预计…).';
COMMENT ON COLUMN core.named_figures.relative_to IS 'For a province''s share of the nation''s series: that series'' indicator code; for a pp_gap, the whole whose average it is above or below, as printed (全国, 全部规模以上工业); else null.';
COMMENT ON COLUMN core.named_figures.base_period IS 'For avg_yoy_pct: the year before the window the average runs over (年均增长 over 2021—2025 runs from 2020); for a pp_change of a growth said against an earlier span (较1—7月份加快10.0个百分点): that span; for a cum_pct or abs_change, the date the change is since when printed (比2020年增长…, 较2024年底增加…); for a growth''s share over a plan''s years (“十四五”期间…对全球制造业增长的贡献率), the year before them; as YYYY or YYYY-MM; null otherwise.';
COMMENT ON COLUMN core.named_figures.base_period_type IS 'Period type of base_period (year, month or ytd).';
COMMENT ON COLUMN core.named_figures.bound IS 'For a figure printed as over or under a number, the other end its wording allows; null for exact and about figures.';
COMMENT ON COLUMN core.named_figures.parser_version IS 'Version of the parser that read the figure.';
COMMENT ON COLUMN core.named_figures.sha256 IS 'Archived body the figure was parsed from.';
COMMENT ON COLUMN raw.build_info.built_at IS 'When this warehouse file was built (UTC).';
COMMENT ON COLUMN raw.build_info.parser_versions IS 'Parser versions of the loaded releases.';
COMMENT ON COLUMN raw.build_info.archive_fetches IS 'Fetch-log entries in the archive at build time.';
COMMENT ON COLUMN raw.discoveries.url IS 'Article URL as listed.';
COMMENT ON COLUMN raw.discoveries.title IS 'Title as listed.';
COMMENT ON COLUMN raw.discoveries.list_date IS 'Date shown on the list, if any.';
COMMENT ON COLUMN raw.discoveries.kind IS 'Release kind the title announces; null = out of scope (skipped, never fetched).';
COMMENT ON COLUMN raw.discoveries.found_in IS 'List page, feed or list API call it was found in.';
COMMENT ON COLUMN raw.discoveries.found_at IS 'When it was first seen (UTC).';
COMMENT ON COLUMN raw.fetch_log.url IS 'Requested URL (official form, before any mirror rewrite).';
COMMENT ON COLUMN raw.fetch_log.role IS 'list, feed or article.';
COMMENT ON COLUMN raw.fetch_log.fetched_at IS 'When the request was made (UTC).';
COMMENT ON COLUMN raw.fetch_log.status IS 'HTTP status; null when the request failed before an answer.';
COMMENT ON COLUMN raw.fetch_log.etag IS 'ETag of the answer.';
COMMENT ON COLUMN raw.fetch_log.last_modified IS 'Last-Modified of the answer.';
COMMENT ON COLUMN raw.fetch_log.bytes IS 'Body size in bytes.';
COMMENT ON COLUMN raw.fetch_log.content_type IS 'Content-Type of the answer.';
COMMENT ON COLUMN raw.fetch_log.error IS 'Why the request failed, if it did.';
COMMENT ON COLUMN raw.fetch_log.note IS 'repair: an article fetched again because its archived copy was damaged.';
COMMENT ON COLUMN raw.quarantine.url IS 'Page URL.';
COMMENT ON COLUMN raw.quarantine.sha256 IS 'Archived body.';
COMMENT ON COLUMN raw.quarantine.stage IS 'parse, validate, skipped (attachment only) or archive (the archived copy is damaged; the next refresh fetches it again).';
COMMENT ON COLUMN raw.quarantine.reason IS 'Why the page was held back, naming the part or figure.';
COMMENT ON COLUMN raw.releases.url IS 'Release page URL.';
COMMENT ON COLUMN raw.releases.publisher IS 'NBS or MIIT.';
COMMENT ON COLUMN raw.releases.kind IS 'Release kind.';
COMMENT ON COLUMN raw.releases.title IS 'Page title.';
COMMENT ON COLUMN raw.releases.published_at IS 'Release time (Beijing time).';
COMMENT ON COLUMN raw.releases.period IS 'Reference period of the release.';
COMMENT ON COLUMN raw.releases.period_type IS 'month, ytd, quarter or year.';
COMMENT ON COLUMN raw.releases.sha256 IS 'Archived body it was parsed from.';
COMMENT ON COLUMN raw.releases.parser_version IS 'Parser version.';
COMMENT ON COLUMN raw.releases.observations IS 'Figures read from it.';
COMMENT ON COLUMN raw.releases.status IS 'loaded or quarantined.';
COMMENT ON COLUMN raw.releases.skipped IS 'Clauses and table rows read but not stored (raw.skipped).';
COMMENT ON COLUMN raw.releases.unexplained IS 'Numbers of the page neither stored nor skipped nor known non-figures (should be 0; raw.skipped).';

CREATE TABLE core.plan_documents (
    url VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    plan_title VARCHAR NOT NULL,
    doc_number VARCHAR,
    issuer VARCHAR,
    published_at TIMESTAMP NOT NULL,
    targets INTEGER NOT NULL,
    sha256 VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL
);
COMMENT ON TABLE core.plan_documents IS 'Every archived plan document (kind plan: MIIT policy-file columns, the State Council policy library), with the number of quantitative targets read from it.';
COMMENT ON COLUMN core.plan_documents.url IS 'Official URL of the document page.';
COMMENT ON COLUMN core.plan_documents.title IS 'Page title as printed (often the notice: 关于印发《…》的通知).';
COMMENT ON COLUMN core.plan_documents.plan_title IS 'The plan''s own title: the text inside 《》 of the page title, else the page title.';
COMMENT ON COLUMN core.plan_documents.doc_number IS 'Document number (发文字号, e.g. 工信部联原〔2025〕191号) where printed.';
COMMENT ON COLUMN core.plan_documents.issuer IS 'Issuing bodies as printed (发文机关, or the title''s 工业和信息化部等八部门).';
COMMENT ON COLUMN core.plan_documents.published_at IS 'Publication time printed on the page (Beijing time).';
COMMENT ON COLUMN core.plan_documents.targets IS 'Quantitative targets read from it (core.target_statements).';
COMMENT ON COLUMN core.plan_documents.sha256 IS 'Archived body it was read from.';
COMMENT ON COLUMN core.plan_documents.parser_version IS 'Version of the target reader.';

CREATE TABLE core.target_statements (
    source_url VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    comparator VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    value_high DOUBLE,
    unit VARCHAR NOT NULL,
    start_year INTEGER,
    deadline_year INTEGER,
    base_year INTEGER,
    annual_avg BOOLEAN NOT NULL,
    quote VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    source_kind VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    PRIMARY KEY (source_url, ordinal)
);
COMMENT ON TABLE core.target_statements IS 'Every quantitative target sentence (or table row) of the archived plan documents, as printed: what the catalogue''s targets are checked against (marts.target_documents); and every target a ministry''s statement or statistics report restates (力争…, 方案提出的…目标), with the statement as its source.';
COMMENT ON COLUMN core.target_statements.source_url IS 'Official URL of the plan document (core.plan_documents), or of the statement or report that restates the target (raw.releases).';
COMMENT ON COLUMN core.target_statements.ordinal IS 'Its place among the document''s targets (1, 2 …).';
COMMENT ON COLUMN core.target_statements.section IS 'The heading it stands under (主要目标 …), or the table''s caption.';
COMMENT ON COLUMN core.target_statements.subject IS 'The industry or field it is set for, where the name opens with one (钢铁行业).';
COMMENT ON COLUMN core.target_statements.metric IS 'The name as printed (钢铁行业增加值), without 年均 and the verb.';
COMMENT ON COLUMN core.target_statements.comparator IS 'approx (左右, 约), >= (达到, 超过, 突破, 不低于, 以上), <= (控制在, 不超过, 以内), range (4.5%—5%) or = (no comparator word printed).';
COMMENT ON COLUMN core.target_statements.value IS 'The target, signed: a fall (下降13%) is -13.';
COMMENT ON COLUMN core.target_statements.value_high IS 'Upper end of a range.';
COMMENT ON COLUMN core.target_statements.unit IS 'Unit as printed (%, 万吨, 亿元 …).';
COMMENT ON COLUMN core.target_statements.start_year IS 'First year of the window (2025—2026年), where printed.';
COMMENT ON COLUMN core.target_statements.deadline_year IS 'Year it is due: 到2027年, the end of a window, a year opening the sentence, or the window of the plan''s title.';
COMMENT ON COLUMN core.target_statements.base_year IS 'The year a change is measured against (较2023年下降13%), or a table''s base-year column.';
COMMENT ON COLUMN core.target_statements.annual_avg IS 'True for a yearly average (年均, 平均).';
COMMENT ON COLUMN core.target_statements.quote IS 'The clause or table row it was read from.';
COMMENT ON COLUMN core.target_statements.origin IS 'text or table.';
COMMENT ON COLUMN core.target_statements.source_kind IS 'plan (a plan document sets the target) or statement (a ministry''s statement or statistics report restates it: a candidate, never what the catalogue is checked against).';
COMMENT ON COLUMN core.target_statements.parser_version IS 'Version of the target reader.';
COMMENT ON COLUMN core.target_statements.sha256 IS 'Archived body it was read from.';

CREATE TABLE raw.cross_checks (
    indicator VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    relative_to VARCHAR,
    base_period VARCHAR,
    base_period_type VARCHAR,
    unit VARCHAR NOT NULL,
    kind_a VARCHAR NOT NULL,
    url_a VARCHAR NOT NULL,
    value_a DOUBLE NOT NULL,
    published_a TIMESTAMP NOT NULL,
    kind_b VARCHAR NOT NULL,
    url_b VARCHAR NOT NULL,
    value_b DOUBLE NOT NULL,
    published_b TIMESTAMP NOT NULL,
    rounded_a DOUBLE NOT NULL,
    rounded_b DOUBLE NOT NULL,
    agree BOOLEAN NOT NULL
);
COMMENT ON TABLE raw.cross_checks IS 'Every figure that two release kinds (or a release and the data portal) both give for the same indicator, period and measure, from the latest release of each kind, loaded or held back: the pairs the validation cross-checks (marts.source_agreement).';
COMMENT ON COLUMN raw.cross_checks.indicator IS 'Indicator code.';
COMMENT ON COLUMN raw.cross_checks.dimension IS 'Dimension.';
COMMENT ON COLUMN raw.cross_checks.period IS 'Period.';
COMMENT ON COLUMN raw.cross_checks.period_type IS 'Period type.';
COMMENT ON COLUMN raw.cross_checks.measure IS 'Measure.';
COMMENT ON COLUMN raw.cross_checks.relative_to IS 'The aggregate a gap, contribution or share is of.';
COMMENT ON COLUMN raw.cross_checks.base_period IS 'The earlier span a change is measured against, where it is one.';
COMMENT ON COLUMN raw.cross_checks.base_period_type IS 'Its period type.';
COMMENT ON COLUMN raw.cross_checks.unit IS 'Unit both print.';
COMMENT ON COLUMN raw.cross_checks.kind_a IS 'Release kind of the first (alphabetically).';
COMMENT ON COLUMN raw.cross_checks.url_a IS 'Its source URL (for the portal, the data call URL#body).';
COMMENT ON COLUMN raw.cross_checks.value_a IS 'Its value.';
COMMENT ON COLUMN raw.cross_checks.published_a IS 'When it was published (for the portal, the day its answer was fetched).';
COMMENT ON COLUMN raw.cross_checks.kind_b IS 'Release kind of the second.';
COMMENT ON COLUMN raw.cross_checks.url_b IS 'Its source URL.';
COMMENT ON COLUMN raw.cross_checks.value_b IS 'Its value.';
COMMENT ON COLUMN raw.cross_checks.published_b IS 'When it was published.';
COMMENT ON COLUMN raw.cross_checks.rounded_a IS 'The first rounded to the precision both print.';
COMMENT ON COLUMN raw.cross_checks.rounded_b IS 'The second rounded the same way.';
COMMENT ON COLUMN raw.cross_checks.agree IS 'True when both agree at that precision.';
