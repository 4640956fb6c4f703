"""The DuckLake backend (XINZHI_WAREHOUSE=ducklake): the same schemas and marts, with the
catalog in a database (PostgreSQL when several machines write and read) and the data in
Parquet files (a folder, or object storage).

A refresh still builds and validates a complete DuckDB file aside (warehouse.build); publishing
copies it into the lake in one transaction, so every publish is one DuckLake snapshot: readers
see the old state or the new one, never a mix, and any earlier publish stays queryable (time
travel: `AT (TIMESTAMP => …)`, or the whole warehouse attached as of a time).
"""
from __future__ import annotations

import importlib
import logging
import random
import time
from pathlib import Path

import duckdb

from . import checkpoints
from .model import XinzhiError

log = logging.getLogger("xinzhi")

ALIAS = "xinzhi"                        # the lake's catalog name in every connection
SCHEMAS = ("raw", "core", "seeds", "marts")
META = "meta"                           # the lake's own bookkeeping: meta.published, what each table holds
# DuckDB cannot download extensions here (nor on many locked-down workers): they come from
# the duckdb-extension-* wheels pinned beside duckdb, installed from the file.
EXTENSIONS = ("ducklake", "postgres")
OBJECT_STORES = ("s3://", "gs://", "gcs://", "r2://", "https://")   # data on object storage: httpfs
COMMIT_ATTEMPTS = 8                     # another writer committing first is a conflict: retry


def literal(text: str | None) -> str:
    """A SQL string literal (ATTACH and COMMENT ON take no parameters)."""
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def _extension_file(name: str) -> Path:
    package = importlib.import_module(f"duckdb_extension_{name}")
    found = sorted(Path(package.__file__).parent.glob(f"extensions/v{duckdb.__version__}/*.duckdb_extension"))
    if not found:
        raise XinzhiError(f"duckdb-extension-{name} has no build for duckdb {duckdb.__version__}: "
                          "pin both to the same version")
    return found[0]


def load_extensions(con: duckdb.DuckDBPyConnection, data_path: str = "") -> None:
    """Install each extension from its wheel once (into DuckDB's extension folder: LOAD by
    path would need the file named as the extension calls itself), then load it by name."""
    installed = {name for (name,) in con.execute(
        "SELECT unnest(list_prepend(extension_name, aliases)) FROM duckdb_extensions() WHERE installed").fetchall()}
    for name in EXTENSIONS + (("httpfs",) if data_path.startswith(OBJECT_STORES) else ()):
        if name not in installed:
            con.execute(f"INSTALL {literal(str(_extension_file(name)))}")
        con.execute(f"LOAD {name}")


def attach_sql(settings, *, read_only: bool = False, as_of: str | None = None) -> str:
    """The ATTACH statement for this configuration (also what an analyst types, see docs/scaling.md)."""
    if not settings.ducklake_catalog:
        raise XinzhiError("XINZHI_WAREHOUSE=ducklake needs XINZHI_DUCKLAKE_CATALOG, e.g. "
                          "'postgres:dbname=xinzhi host=127.0.0.1 user=xinzhi' (docs/scaling.md)")
    options = [f"DATA_PATH {literal(settings.lake_data_path)}"]
    if read_only:
        options.append("READ_ONLY")
    else:
        # No data inlining (DuckLake 1.0 inlines inserts of up to 10 rows into the catalog by
        # default): it is for many small inserts, and a publish writes whole tables. With it on,
        # every table gets an inlined-data table in the catalog that every read of the table
        # asks again (three more round trips per read, measured in BENCHMARKS.md, figure 8).
        options.append("DATA_INLINING_ROW_LIMIT 0")
    if as_of:
        options.append(f"SNAPSHOT_TIME {literal(as_of)}")
    return f"ATTACH {literal('ducklake:' + settings.ducklake_catalog)} AS {ALIAS} ({', '.join(options)})"


_NOTHING_YET = "ducklake:{}: no published warehouse yet (run `xinzhi refresh`)"

# What every reader of the lake sets (docs/scaling.md tells BI tools the same): a lake's Parquet
# files are never changed once written (a publish writes new ones), so their footers, parsed
# once, hold for every later read (DuckDB otherwise parses the footer of each file on each read).
READER_SETTINGS = ("SET parquet_metadata_cache = true",)


def connect(settings, *, read_only: bool = True, as_of: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB session with the lake attached as the default catalog, so
    `marts.observations` reads the same as in the DuckDB file. `as_of`: the warehouse as
    published at that time (a timestamp with time zone)."""
    if not read_only and not settings.lake_data_path.startswith(OBJECT_STORES):
        Path(settings.lake_data_path).mkdir(parents=True, exist_ok=True)
    # No progress bar: DuckDB draws one on stdout for a query over two seconds, into the output of
    # whatever process reads or publishes (a loaded machine's reader printed one into its JSON).
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute(f"SET memory_limit = {literal(settings.duckdb_memory_limit)}")   # XINZHI_DUCKDB_MEMORY_LIMIT
    if settings.duckdb_threads:                                                   # XINZHI_DUCKDB_THREADS
        con.execute(f"SET threads = {literal(str(int(settings.duckdb_threads)))}")
    for setting in READER_SETTINGS:
        con.execute(setting)
    try:
        load_extensions(con, settings.lake_data_path)
        con.execute(attach_sql(settings, read_only=read_only, as_of=as_of))
        con.execute(f"USE {ALIAS}")
        if read_only and not con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = ? "
                                         "AND schema_name = 'raw' AND table_name = 'build_info'",
                                         [ALIAS]).fetchone()[0]:
            raise XinzhiError(_NOTHING_YET.format(settings.ducklake_catalog))
    except XinzhiError:
        con.close()
        raise
    except duckdb.Error as exc:
        con.close()
        if read_only and "creating a new DuckLake is explicitly disabled" in str(exc):
            raise XinzhiError(_NOTHING_YET.format(settings.ducklake_catalog)) from exc
        raise XinzhiError(f"cannot open the DuckLake ducklake:{settings.ducklake_catalog}: "
                          f"{str(exc).splitlines()[0]}") from exc
    return con


def publish(building: Path, settings) -> int:
    """Copy a finished build into the lake as one snapshot; returns the snapshot id. Tables
    whose rows did not change are left alone, so a snapshot records what a refresh changed."""
    con = connect(settings, read_only=False)
    try:
        con.execute(f"ATTACH {literal(str(building))} AS build (READ_ONLY)")
        for attempt in range(1, COMMIT_ATTEMPTS + 1):
            try:
                con.execute("BEGIN")
                _copy(con)
                checkpoints.reach("publish")      # all written, not committed: invisible to readers
                con.execute("COMMIT")
                break
            except duckdb.TransactionException as exc:
                _rollback(con)
                if attempt == COMMIT_ATTEMPTS:
                    raise XinzhiError(f"DuckLake publish gave up after {attempt} conflicting commits: {exc}") from exc
                log.warning("another writer committed first; publishing again (%d of %d)", attempt + 1,
                            COMMIT_ATTEMPTS)
                time.sleep(random.uniform(0, min(8.0, 0.5 * 2 ** attempt)))   # jitter: writers fall out of step
            except duckdb.Error as exc:        # nothing was committed: the lake is as it was
                raise XinzhiError(f"DuckLake publish failed, nothing changed: {str(exc).splitlines()[0]}") from exc
        _record_empty_tables(con)
        # this connection's own commit (another writer may have committed since)
        return con.execute("SELECT * FROM ducklake_last_committed_snapshot(?)", [ALIAS]).fetchone()[0]
    finally:
        con.close()


def _record_empty_tables(con) -> None:
    """Give each table of the lake that holds no rows its table statistics: zero rows, zero bytes.

    DuckLake writes a table's statistics (`ducklake_table_stats`) when data files are added, so
    an empty table has none, and the ducklake extension pinned here (1.5.5) caches only the
    statistics it finds: planning a read of an empty table asks the catalog for them once per
    column and optimizer pass, on every read (the PostgreSQL log of one read of a 12-column empty
    table: 65 statements, against 9 for a table with rows; 50–150 ms on this loaded machine).
    Fixed upstream by caching the miss (duckdb/ducklake#1313), in no release that matches
    duckdb 1.5.5. The row written is the one DuckLake itself would hold
    for a table with no rows (record_count 0, next_row_id 0, file_size_bytes 0, no column
    statistics); a later insert into the table updates it as it would its own. After the commit,
    outside it (DuckDB writes one database per transaction), and only for current tables that
    have none: two writers doing it at once would both write the same zeros."""
    tables = f"__ducklake_metadata_{ALIAS}"      # the catalog database, its default schema
    try:
        con.execute(f"""INSERT INTO {tables}.ducklake_table_stats (table_id, record_count, next_row_id, file_size_bytes)
                        SELECT t.table_id, 0, 0, 0 FROM {tables}.ducklake_table t
                        WHERE t.end_snapshot IS NULL AND t.table_id NOT IN (
                            SELECT table_id FROM {tables}.ducklake_table_stats)""")
    except duckdb.Error as exc:   # published all the same: only reads of empty tables stay slow
        log.warning("could not record the lake's empty tables: %s", str(exc).splitlines()[0])


def _rollback(con) -> None:
    """Roll back what is left: a failed COMMIT has already ended the transaction."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass


def _copy(con) -> None:
    """Make the lake's raw/core/seeds/marts what the build holds: tables, views, comments. The
    catalog is read in a few queries (each of the lake's costs round trips to its catalog
    database), and what each lake table holds is known from `meta.published`, written with it,
    so an unchanged table is neither read nor written."""
    tables = _objects(con, "build", "table")
    views = _objects(con, "build", "view")
    for schema in SCHEMAS + (META,):
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {ALIAS}.{schema}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {ALIAS}.{META}.published (schema_name VARCHAR, table_name VARCHAR, "
                "fingerprint VARCHAR)")
    wanted = {**{k: "table" for k in tables}, **{k: "view" for k in views}}
    for kind in ("view", "table"):
        for (schema, name) in _objects(con, ALIAS, kind):
            if wanted.get((schema, name)) != kind:     # gone from the build, or now the other kind
                con.execute(f'DROP {kind.upper()} {ALIAS}.{schema}."{name}"')
    lake_tables = _objects(con, ALIAS, "table")
    build_columns, lake_columns = _columns(con, "build"), _columns(con, ALIAS)
    recorded = {(schema, name): fingerprint for schema, name, fingerprint in con.execute(
        f"SELECT schema_name, table_name, fingerprint FROM {ALIAS}.{META}.published").fetchall()}
    written = {}
    for key, comment in tables.items():
        schema, name = key
        fingerprint = _fingerprint(con, "build", schema, name, build_columns[key])
        if key not in lake_tables:
            held = None
        elif key in recorded:
            held = recorded[key]
        else:                         # a lake published before meta.published: read once, then known
            held = _fingerprint(con, ALIAS, schema, name, lake_columns.get(key, {}))
        if held != fingerprint:
            con.execute(f'CREATE OR REPLACE TABLE {ALIAS}.{schema}."{name}" AS SELECT * FROM build.{schema}."{name}"')
            lake_tables[key], lake_columns[key] = None, {}
        if recorded.get(key) != fingerprint:
            written[key] = fingerprint
        _copy_comments(con, key, comment, "TABLE", lake_tables[key], build_columns[key], lake_columns.get(key, {}))
    gone = [key for key in recorded if key not in tables]
    if written or gone:
        con.execute(f"DELETE FROM {ALIAS}.{META}.published WHERE list_contains(?, [schema_name, table_name])",
                    [[list(key) for key in [*written, *gone]]])
        con.execute(f"INSERT INTO {ALIAS}.{META}.published SELECT unnest(?), unnest(?), unnest(?)",
                    [[k[0] for k in written], [k[1] for k in written], list(written.values())])
    for (schema, name), comment in views.items():
        sql = con.execute("SELECT sql FROM duckdb_views() WHERE database_name = 'build' AND schema_name = ? "
                          "AND view_name = ?", [schema, name]).fetchone()[0]
        # The view's own text, created while the lake is the default catalog: its names resolve
        # there. Always replaced (DuckLake rewrites view text, so it cannot be compared); every
        # publish is a new snapshot anyway (raw.build_info changes). A replaced view has no comment.
        con.execute(sql.replace("CREATE VIEW", "CREATE OR REPLACE VIEW", 1))
        _copy_comments(con, (schema, name), comment, "VIEW", None, {}, {})   # DuckLake keeps no column comments on views


def _objects(con, database: str, kind: str) -> dict[tuple[str, str], str | None]:
    source = "duckdb_tables() WHERE true" if kind == "table" else "duckdb_views() WHERE NOT internal"
    name = "table_name" if kind == "table" else "view_name"
    rows = con.execute(f"SELECT schema_name, {name}, comment FROM {source} AND database_name = ? "
                       "AND list_contains(?, schema_name)", [database, list(SCHEMAS)]).fetchall()
    return {(schema, object_name): comment for schema, object_name, comment in rows}


def _columns(con, database: str) -> dict[tuple[str, str], dict[str, tuple[str, str | None]]]:
    """Every table's columns in order, name → (type, comment), in one query."""
    out: dict[tuple[str, str], dict[str, tuple[str, str | None]]] = {}
    for schema, table, column, kind, comment in con.execute(
            "SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns() "
            "WHERE database_name = ? AND list_contains(?, schema_name) ORDER BY schema_name, table_name, column_index",
            [database, list(SCHEMAS)]).fetchall():
        out.setdefault((schema, table), {})[column] = (kind, comment)
    return out


def _fingerprint(con, database: str, schema: str, name: str, columns: dict) -> str:
    """The table's columns and the multiset of its rows: the count and two order-free sums of row
    hashes, one scan (comparing rows with EXCEPT took 13 s on a million figures, longer than writing
    them again)."""
    count, total, xor = con.execute(f'SELECT count(*), sum(hash(r)), bit_xor(hash(r)) FROM {database}.{schema}."{name}" AS r'
                                    ).fetchone()
    shape = ",".join(f"{column} {kind}" for column, (kind, _) in columns.items())
    return f"{LAYOUT}:{count}:{total}:{xor}:{shape}"


# How the lake's tables are written, part of every fingerprint: a publish with another layout
# writes each table again once. 2: no inlined-data tables (a lake published before keeps one per
# table, which each read asks, until the table is written again).
LAYOUT = "layout2"


def _copy_comments(con, key: tuple[str, str], comment: str | None, kind: str, current: str | None,
                   wanted: dict, have: dict) -> None:
    """Table, view and column descriptions, written only where they differ (each is a catalog change)."""
    schema, name = key
    if current != comment:
        con.execute(f'COMMENT ON {kind} {ALIAS}.{schema}."{name}" IS {literal(comment)}')
    for column, (_, text) in wanted.items():
        if have.get(column, (None, None))[1] != text:
            con.execute(f'COMMENT ON COLUMN {ALIAS}.{schema}."{name}"."{column}" IS {literal(text)}')


def snapshots(con) -> list[tuple]:
    """(snapshot id, time, changes) of every publish, oldest first."""
    return con.execute(f"SELECT snapshot_id, snapshot_time, changes FROM {ALIAS}.snapshots() "
                       "ORDER BY snapshot_id").fetchall()
