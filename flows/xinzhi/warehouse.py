"""Building the DuckDB warehouse aside and publishing it with an atomic rename.

Readers never see a half-built file: a refresh writes `xinzhi.duckdb.building-<pid>`, closes
it, then renames it over `xinzhi.duckdb` (readers holding the old file keep reading it). With
XINZHI_WAREHOUSE=ducklake the same build is published into a DuckLake instead (lake.py).
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import duckdb
import pandas as pd

from . import checkpoints, clock, lake
from .archive import Discovery, FetchRecord, SourceRecord
from .config import DUCKDB_MEMORY_LIMIT
from .model import Release, XinzhiError

log = logging.getLogger("xinzhi")
SQL = Path(__file__).resolve().parents[2] / "sql"


def run_sql_file(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    text = text.replace("$seeds", str(SQL / "seeds").replace("'", "''"))
    con.execute(text)


def open_duckdb(path: Path | str = ":memory:", *, read_only: bool = False,
                memory_limit: str = DUCKDB_MEMORY_LIMIT, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection as xinzhi opens every database: within `memory_limit`
    (XINZHI_DUCKDB_MEMORY_LIMIT; DuckDB's own default is 80 % of the machine's RAM). Set once
    connected, not as the connection's config: a file this process has open already (a test's,
    a notebook's) would refuse a second connection of another config."""
    con = duckdb.connect(str(path), read_only=read_only)
    con.execute(f"SET memory_limit = {lake.literal(memory_limit)}")
    if threads:                                            # XINZHI_DUCKDB_THREADS
        con.execute(f"SET threads = {lake.literal(str(int(threads)))}")
    return con


def build(path: Path, *, fetches: list[FetchRecord], discoveries: list[Discovery],
          releases: list[tuple[Release, str, str]], quarantine: list[dict], data_label: str,
          sources=(), source_reads: list[SourceRecord] = (), memory_limit: str = DUCKDB_MEMORY_LIMIT,
          threads: int | None = None) -> dict:
    """Write a complete warehouse at `path`. `releases` holds (release, sha256, status);
    `sources` are the sources a refresh reads, `source_reads` every read of them so far."""
    path.unlink(missing_ok=True)
    Path(str(path) + ".wal").unlink(missing_ok=True)
    con = open_duckdb(path, memory_limit=memory_limit, threads=threads)
    try:
        con.execute("BEGIN")
        run_sql_file(con, SQL / "schema.sql")
        run_sql_file(con, SQL / "seeds.sql")
        versions = sorted({_version(r) for r, _, _ in releases if _version(r)})
        con.execute("INSERT INTO raw.build_info VALUES (?, ?, ?, ?)",
                    [clock.now().replace(tzinfo=None), data_label, ",".join(versions), len(fetches)])
        _insert(con, "raw.fetch_log", pd.DataFrame([asdict(f) for f in fetches]))
        _insert(con, "raw.discoveries", pd.DataFrame([asdict(d) for d in discoveries]))
        _insert(con, "raw.sources", pd.DataFrame([{"source": s.name, "publisher": s.publisher, "title": s.title,
                                                    "url": s.url} for s in sources]))
        _insert(con, "raw.source_reads", pd.DataFrame([asdict(r) for r in source_reads]))
        _insert(con, "raw.releases", _releases_frame(releases))
        _insert(con, "raw.skipped", _skipped_frame(releases))
        checkpoints.reach("load")         # half loaded, uncommitted, in the building file
        _insert(con, "raw.quarantine", pd.DataFrame(quarantine))
        _insert(con, "core.observations", _observations_frame(releases))
        _insert(con, "core.named_figures", _observations_frame(releases, named=True))
        _insert(con, "raw.cross_checks", _cross_checks_frame(releases))
        _insert(con, "core.plan_documents", _plans_frame(releases))
        _insert(con, "core.target_statements", _targets_frame(releases))
        _check_unique_figures(con)
        build_marts(con)
        counts = {
            "observations": con.execute("SELECT count(*) FROM core.observations").fetchone()[0],
            "releases": con.execute("SELECT count(*) FROM raw.releases WHERE status = 'loaded'").fetchone()[0],
        }
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def _check_unique_figures(con) -> None:
    """One row per figure of a release (validation checks it first; this keeps a bug from publishing)."""
    rows, unique = con.execute("""SELECT count(*), count(DISTINCT (source_url, indicator, dimension, period, period_type,
                                  measure, coalesce(relative_to, ''), coalesce(base_period, ''),
                                  coalesce(base_period_type, ''))) FROM core.observations""").fetchone()
    if rows != unique:
        raise XinzhiError(f"core.observations holds {rows - unique} duplicate figures: the build is not published")


def build_marts(con) -> None:
    """Create every mart from sql/marts/ in file order (later marts read earlier ones),
    precomputed as tables except the live ones, and query each once."""
    for view in sorted((SQL / "marts").glob("*.sql")):
        run_sql_file(con, view)
        _materialize(con, view.stem.split("_", 1)[1])
    _check_views(con)


# Marts that must be computed when read (they depend on today's date).
LIVE_MARTS = {"freshness"}


def _materialize(con, name: str) -> None:
    """Replace the view marts.<name> by a table of its rows, with the same name and the same
    descriptions: the warehouse is rebuilt on every run anyway, so readers get precomputed
    marts (milliseconds on a million figures) and later marts build on the table."""
    if name in LIVE_MARTS:
        return
    comment = con.execute("SELECT comment FROM duckdb_views() WHERE schema_name = 'marts' AND view_name = ?",
                          [name]).fetchone()[0]
    columns = con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'marts' "
                          "AND table_name = ? ORDER BY column_index", [name]).fetchall()
    con.execute(f'CREATE TABLE marts."{name}__rows" AS SELECT * FROM marts."{name}"')
    con.execute(f'DROP VIEW marts."{name}"')
    con.execute(f'ALTER TABLE marts."{name}__rows" RENAME TO "{name}"')
    con.execute(f"COMMENT ON TABLE marts.\"{name}\" IS {lake.literal(comment)}")
    for column, text in columns:
        con.execute(f'COMMENT ON COLUMN marts."{name}"."{column}" IS {lake.literal(text)}')


def mart_names(con) -> list[str]:
    """Every mart, whether precomputed (a table) or live (a view), by name."""
    return [name for (name,) in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE schema_name = 'marts' AND database_name = current_database() "
        "UNION SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' "
        "AND database_name = current_database() ORDER BY 1").fetchall()]


def _check_views(con) -> None:
    """Query every mart once: a view that fails at query time must fail the build, not the readers."""
    for view in mart_names(con):
        con.execute(f'SELECT count(*) FROM marts."{view}"').fetchone()


def _insert(con, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    frame = frame.reindex(columns=columns)
    con.register("incoming", frame)
    con.execute(f"INSERT INTO {table} SELECT * FROM incoming")
    con.unregister("incoming")


def _releases_frame(releases) -> pd.DataFrame:
    rows = []
    for release, sha, status in releases:
        version = _version(release)
        rows.append({"url": release.url, "publisher": release.publisher, "kind": release.kind,
                     "title": release.title, "published_at": release.published_at,
                     "period": release.period, "period_type": release.period_type, "sha256": sha,
                     "parser_version": version, "observations": len(release.observations),
                     "status": status, "skipped": len(release.skipped), "unexplained": len(release.unexplained)})
    return pd.DataFrame(rows)


def _version(release: Release) -> str:
    if release.document:
        return release.document["parser_version"]
    return release.observations[0].parser_version if release.observations else ""


def _cross_checks_frame(releases) -> pd.DataFrame:
    """Every figure two release kinds (or a release and the data portal) both print, loaded or held
    back, with whether they agree at the precision both print (the validation's cross-check pairs)."""
    from .validate import cross_check_frame, observations_frame

    pairs = cross_check_frame(observations_frame([o for r, _, _ in releases for o in r.observations]))
    if pairs.empty:
        return pairs
    pairs["agree"] = pairs["rounded_a"] == pairs["rounded_b"]
    return pairs


def _plans_frame(releases) -> pd.DataFrame:
    return pd.DataFrame([{"url": r.url, "title": r.title, "plan_title": r.document["plan_title"],
                          "doc_number": r.document["doc_number"] or None, "issuer": r.document["issuer"] or None,
                          "published_at": r.published_at, "targets": len(r.targets), "sha256": sha,
                          "parser_version": r.document["parser_version"]}
                         for r, sha, status in releases if r.document and status == "loaded"])


def _targets_frame(releases) -> pd.DataFrame:
    return pd.DataFrame([{**t.to_dict(), "sha256": sha} for r, sha, status in releases if status == "loaded"
                         for t in r.targets])


def _skipped_frame(releases) -> pd.DataFrame:
    return pd.DataFrame([{"url": release.url, "clause": clause, "reason": reason}
                         for release, _, _ in releases for clause, reason in release.not_stored()])


def _observations_frame(releases, named: bool = False) -> pd.DataFrame:
    """Every figure of the releases loaded (`named`: those of names the catalogue does not hold)."""
    rows = []
    for release, sha, status in releases:
        if status != "loaded":
            continue
        for obs in release.named if named else release.observations:
            row = obs.to_dict()
            row["sha256"] = sha
            rows.append(row)
    frame = pd.DataFrame(rows)
    if not frame.empty:
        frame["published_at"] = pd.to_datetime(frame["published_at"])
    return frame


def publish(building: Path, final: Path) -> None:
    """Atomically replace the published warehouse; the new file is read-only."""
    os.chmod(building, 0o444)
    checkpoints.reach("publish")          # built and closed, not yet in place
    os.replace(building, final)
    directory = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def publish_build(settings, building: Path) -> None:
    """Publish a finished build where the configuration says: over the DuckDB file, or as
    one snapshot of the DuckLake (the build file is then removed)."""
    if settings.warehouse == "ducklake":
        snapshot = lake.publish(building, settings)
        building.unlink()
        log.info("published DuckLake snapshot %d", snapshot)
    else:
        publish(building, settings.database)


def connect_published(settings, as_of: str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published warehouse, whichever the backend; `marts.*`,
    `core.*`, `raw.*` and `seeds.*` resolve the same way in both. `as_of` (DuckLake only):
    the warehouse as published at that time."""
    if settings.warehouse == "ducklake":
        return lake.connect(settings, read_only=True, as_of=as_of)
    if as_of:
        raise XinzhiError("--as-of needs the DuckLake backend (XINZHI_WAREHOUSE=ducklake): "
                          "the DuckDB file keeps only the latest publish")
    if not settings.database.exists():
        raise XinzhiError(f"{settings.database}: no published warehouse yet (run `xinzhi refresh` or `make demo`)")
    return open_duckdb(settings.database, read_only=True, memory_limit=settings.duckdb_memory_limit,
                       threads=settings.duckdb_threads)


@contextmanager
def one_snapshot(con: duckdb.DuckDBPyConnection):
    """Several reads of the published warehouse in one read-only transaction: a publish
    meanwhile (a new DuckLake snapshot) does not mix two states."""
    con.execute("BEGIN")
    try:
        yield con
    finally:
        con.execute("ROLLBACK")


def export_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Path]:
    """Every mart as `<mart>.parquet`, all read in one snapshot; each file is renamed into
    place when complete."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with one_snapshot(con):
        for view in mart_names(con):
            target = folder / f"{view}.parquet"
            partial = folder / f".{view}.parquet.partial"
            con.execute(f"COPY (SELECT * FROM marts.\"{view}\") TO {lake.literal(str(partial))} (FORMAT parquet)")
            os.replace(partial, target)
            written.append(target)
    return written
