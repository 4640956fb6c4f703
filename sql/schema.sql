-- Warehouse layout. Built from scratch into a fresh file on every refresh or rebuild,
-- from the raw archive, then published by an atomic rename (see flows/xinzhi/warehouse.py).
CREATE SCHEMA raw;
CREATE SCHEMA core;
CREATE SCHEMA seeds;
CREATE SCHEMA marts;
-- raw: what was fetched and what became of it; core: validated observations, every vintage;
-- seeds: curated reference data from sql/seeds; marts: stable views for analysts and BI tools.
-- (DuckDB 1.5 cannot COMMENT ON SCHEMA, so the schemas are described here and in the README.)

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
    error VARCHAR
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
    status VARCHAR NOT NULL
);
COMMENT ON TABLE raw.releases IS 'Each parsed release page; status is loaded or quarantined.';

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
    origin VARCHAR NOT NULL,
    check_value DOUBLE,
    parser_version VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    PRIMARY KEY (source_url, indicator, dimension, period, period_type, measure)
);
COMMENT ON TABLE core.observations IS 'Every validated figure of every release: a later release restating a figure adds a vintage.';
COMMENT ON COLUMN core.observations.origin IS 'Where the figure was read: text, table, or text+table (both printed it and they agree).';
COMMENT ON COLUMN core.observations.check_value IS 'The other printing of the figure (table when the value came from text), where both exist.';
COMMENT ON COLUMN core.observations.sha256 IS 'Archived body the figure was parsed from.';
