"""The DuckLake backend (catalog in a PostgreSQL started for the tests, Parquet data files in a
folder): the same warehouse as the DuckDB file, one snapshot per publish, time travel to an
earlier vintage, several writer and reader processes at once, and a writer killed mid-publish."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from xinzhi import lake, pipeline, warehouse
from xinzhi.config import DUCKDB_MEMORY_LIMIT, Settings
from xinzhi.model import XinzhiError

XINZHI = str(Path(sys.executable).parent / "xinzhi")
from conftest import fixture_totals

TOTAL = fixture_totals().figures            # every figure of the fixture pages, loaded once
RELEASES = fixture_totals().releases


# Marts that carry the time of the run that read a source: two runs differ there and only there.
READ_TIMES = {"source_health": " EXCLUDE (last_read_at, last_success_at, last_failure_at)",
              # the data portal dates its figures by when its answer was fetched
              "observations": " REPLACE (CASE WHEN release_kind = 'portal' THEN NULL ELSE published_at END AS published_at)"}


def rows(con, mart: str) -> list[tuple]:
    return sorted(con.execute(f'SELECT *{READ_TIMES.get(mart, "")} FROM marts."{mart}"').fetchall(), key=repr)


def refresh(monkeypatch, mirror, **env):
    monkeypatch.setenv("XINZHI_MIRROR", mirror)
    monkeypatch.setenv("XINZHI_DATA_LABEL", "fixture")
    for name, value in env.items():
        monkeypatch.setenv(f"XINZHI_{name.upper()}", value)
    outcome, problem = pipeline.run(Settings())
    assert problem is None, problem
    return outcome


def test_a_refresh_on_ducklake_gives_the_same_warehouse_as_on_the_duckdb_file(lake_home, mirror, monkeypatch, clean_run):
    on_lake = refresh(monkeypatch, mirror)
    assert (on_lake.releases_loaded, on_lake.observations) == (RELEASES, TOTAL)
    assert not (lake_home / "xinzhi.duckdb").exists() and not list(lake_home.glob("xinzhi.duckdb.building-*"))
    assert list((lake_home / "lake").rglob("*.parquet"))          # the data is in Parquet files
    assert (lake_home / "report.html").stat().st_size > 100_000   # the report is read from the lake

    # against a plain refresh of the same pages into the DuckDB file, labelled fixture too
    lake_con = lake.connect(Settings(home=lake_home, warehouse="ducklake"))
    file_con = duckdb.connect(str(clean_run / "xinzhi.duckdb"), read_only=True)
    marts = warehouse.mart_names(file_con)
    assert warehouse.mart_names(lake_con) == marts and "observations" in marts
    for mart in marts:
        assert rows(lake_con, mart) == rows(file_con, mart), mart
    assert lake_con.execute("SELECT count(*) FROM core.observations").fetchone()[0] == TOTAL
    # the same descriptions for analysts and BI tools (DuckLake keeps none on view columns)
    describe = ("SELECT schema_name, table_name, column_name, comment FROM duckdb_columns() "
                "WHERE database_name = current_database() AND schema_name IN ('raw', 'core', 'seeds', 'marts') "
                "AND table_name <> 'freshness' ORDER BY ALL")
    assert lake_con.execute(describe).fetchall() == file_con.execute(describe).fetchall()


def test_every_publish_is_a_snapshot_and_an_earlier_vintage_stays_queryable(lake_home, mirror, monkeypatch):
    settings = Settings()
    refresh(monkeypatch, mirror, start="2025-11-01")     # the first vintage: recent releases only
    con = lake.connect(settings)
    first_id, first_time, _ = lake.snapshots(con)[-1]
    first = rows(con, "observations")
    con.close()
    time.sleep(0.05)
    refresh(monkeypatch, mirror, start="2019-01-01")     # the older releases come in
    con = lake.connect(settings)
    now = rows(con, "observations")
    assert 0 < len(first) < len(now)
    assert lake.snapshots(con)[-1][0] > first_id
    # one mart as of the first publish, by time and by snapshot id
    at = first_time.isoformat()
    assert sorted(con.execute(f"SELECT *{READ_TIMES['observations']} FROM marts.observations "
                              f"AT (TIMESTAMP => TIMESTAMPTZ '{at}')").fetchall(),
                  key=repr) == first
    assert con.execute(f"SELECT count(*) FROM marts.observations AT (VERSION => {first_id})").fetchone()[0] == len(first)
    con.close()
    # the whole warehouse as published then: every schema consistent with that vintage
    old = warehouse.connect_published(settings, as_of=at)
    assert rows(old, "observations") == first
    figures, announced = old.execute("SELECT (SELECT count(*) FROM core.observations), "
                                     "(SELECT sum(observations) FROM raw.releases WHERE status = 'loaded')").fetchone()
    assert figures == announced < TOTAL
    old.close()


def test_export_and_snapshots_commands_read_the_lake(lake_home, clean_run, tmp_path):
    lake.publish(clean_run / "xinzhi.duckdb", Settings())       # what a refresh publishes
    env = dict(os.environ)
    listed = subprocess.run([XINZHI, "snapshots"], capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    last = listed.stdout.strip().splitlines()[-1].split("\t")
    assert "core.observations" in last[2] and "marts.observations" in last[2]
    out = tmp_path / "parquet"
    exported = subprocess.run([XINZHI, "export", "--parquet", str(out), "--as-of", last[1]], capture_output=True,
                              text=True, env=env, timeout=120)
    assert exported.returncode == 0, exported.stderr
    con = lake.connect(Settings())
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'observations.parquet'}'").fetchone()[0] == \
        con.execute("SELECT count(*) FROM marts.observations").fetchone()[0] > 300
    con.close()
    too_early = subprocess.run([XINZHI, "export", "--parquet", str(out), "--as-of", "2000-01-01 00:00:00+00"],
                               capture_output=True, text=True, env=env, timeout=120)
    assert too_early.returncode == 1 and too_early.stderr.startswith("xinzhi: cannot open the DuckLake")
    assert "Traceback" not in too_early.stderr


def test_misconfiguration_is_one_clear_line(home, postgres, monkeypatch):
    monkeypatch.setenv("XINZHI_WAREHOUSE", "ducklake")
    with pytest.raises(XinzhiError, match="needs XINZHI_DUCKLAKE_CATALOG"):
        lake.connect(Settings())
    monkeypatch.setenv("XINZHI_DUCKLAKE_CATALOG", f"postgres:dbname=absent host=127.0.0.1 port={postgres.port} user=xinzhi")
    with pytest.raises(XinzhiError, match="cannot open the DuckLake"):
        lake.connect(Settings())
    empty = postgres.create_database("lake_never_published")
    monkeypatch.setenv("XINZHI_DUCKLAKE_CATALOG", "postgres:" + empty)
    with pytest.raises(XinzhiError, match="no published warehouse yet"):
        warehouse.connect_published(Settings())


WRITER = r"""
import sys
from pathlib import Path
from xinzhi import lake
from xinzhi.config import Settings
settings, build, times = Settings(), Path(sys.argv[1]), int(sys.argv[2])
for _ in range(times):
    lake.publish(build, settings)
print("done")
"""

READER = r"""
import json, os, sys, time
from xinzhi import lake
from xinzhi.config import Settings
ready, stop = sys.argv[1:3]             # touched after the first read; read until stop appears, then once more
seen, errors, reads = set(), [], 0
con = lake.connect(Settings())
while True:
    last = os.path.exists(stop)
    try:
        label, figures, announced, marts = con.execute('''
            SELECT (SELECT data_label FROM raw.build_info), (SELECT count(*) FROM core.observations),
                   (SELECT coalesce(sum(observations), 0) FROM raw.releases WHERE status = 'loaded'),
                   (SELECT count(*) FROM marts.observations)''').fetchone()
        if figures != announced or marts > figures:
            errors.append(f"partial state: {figures} figures, {announced} announced, {marts} in the mart")
        seen.add((label, figures))
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    open(ready, "a").close()
    if last and reads > 10:
        break
    time.sleep(0.1)                     # leave the writers most of the machine (three readers at 0.02 s took
                                        # a core of two and most of the test's time)
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "reads": reads}))
"""


def test_several_writers_and_readers_at_once_see_only_whole_publishes(lake_home, tmp_path):
    """Two processes publish different warehouses into the same lake while three read it: every
    publish lands (a writer that loses the race commits again), and readers only ever see one
    whole state or the other."""
    from conftest import build_fixture_warehouse

    full = build_fixture_warehouse(tmp_path / "full.duckdb", data_label="full")
    empty = tmp_path / "empty.duckdb"
    warehouse.build(empty, fetches=[], discoveries=[], releases=[], quarantine=[], data_label="empty")
    figures = duckdb.connect(str(full), read_only=True).execute("SELECT count(*) FROM core.observations").fetchone()[0]
    settings = Settings()
    lake.publish(empty, settings)
    con = lake.connect(settings)
    before = len(lake.snapshots(con))
    con.close()
    times = 2
    stop = tmp_path / "stop-reading"
    ready = [tmp_path / f"ready-{i}" for i in range(3)]
    readers = [subprocess.Popen([sys.executable, "-c", READER, str(flag), str(stop)], stdout=subprocess.PIPE, text=True)
               for flag in ready]
    for flag, reader in zip(ready, readers):         # every reader has read the first state before the writes
        deadline = time.monotonic() + 120
        while not flag.exists():
            assert reader.poll() is None and time.monotonic() < deadline, reader.communicate()
            time.sleep(0.05)
    try:
        writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(build), str(times)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for build in (full, empty)]
        for writer in writers:
            out, err = writer.communicate(timeout=180)
            assert writer.returncode == 0 and out.strip() == "done", err[-2000:]
        lake.publish(full, settings)                 # the last state: every reader reads once more after it
    finally:
        stop.touch()
    results = [json.loads(r.communicate(timeout=120)[0]) for r in readers]
    con = lake.connect(settings)
    assert len(lake.snapshots(con)) == before + 2 * times + 1    # no publish lost, none counted twice
    state = con.execute("SELECT (SELECT data_label FROM raw.build_info), count(*) FROM core.observations").fetchone()
    con.close()
    whole = {("full", figures), ("empty", 0)}
    assert tuple(state) == ("full", figures)
    for result in results:
        assert result["errors"] == [] and result["reads"] > 10
        assert {tuple(s) for s in result["seen"]} <= whole
    assert {tuple(s) for r in results for s in r["seen"]} == whole


def test_a_writer_killed_inside_its_publish_leaves_the_lake_as_it_was(lake_home, mirror, monkeypatch, clean_run):
    # an earlier refresh: its archive, and its build published into the lake
    shutil.copytree(clean_run / "archive", lake_home / "archive")
    settings = Settings()
    lake.publish(clean_run / "xinzhi.duckdb", settings)
    monkeypatch.setenv("XINZHI_MIRROR", mirror)
    monkeypatch.setenv("XINZHI_DATA_LABEL", "fixture")
    con = lake.connect(settings)
    before = (lake.snapshots(con), rows(con, "observations"))
    con.close()
    env = dict(os.environ, XINZHI_PAUSE_AT="publish")
    victim = subprocess.Popen([XINZHI, "refresh", "--plain"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    paused = lake_home / ".paused-publish"
    deadline = time.monotonic() + 120
    while not paused.exists():
        assert victim.poll() is None and time.monotonic() < deadline, victim.communicate()
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)      # every table written, the transaction not committed
    victim.wait(timeout=30)
    paused.unlink()
    con = lake.connect(settings)
    assert (lake.snapshots(con), rows(con, "observations")) == before
    con.close()
    after = refresh(monkeypatch, mirror)          # the next run publishes normally
    assert after.observations == TOTAL and not list(lake_home.glob("xinzhi.duckdb.building-*"))


def test_a_publish_replaces_exactly_the_tables_whose_rows_changed(lake_home, tmp_path, fixture_warehouse):
    first = tmp_path / "first.duckdb"
    shutil.copyfile(fixture_warehouse, first)
    second = tmp_path / "second.duckdb"
    shutil.copy(first, second)
    con = duckdb.connect(str(second))
    con.execute("UPDATE core.observations SET value = value + 0.1 WHERE rowid = 0")   # one figure, same count
    expected = sorted(con.execute("SELECT * FROM core.observations").fetchall(), key=repr)
    con.close()
    settings = Settings()
    lake.publish(first, settings)
    lake.publish(second, settings)
    con = lake.connect(settings)
    changed = lake.snapshots(con)[-1][2].get("tables_created", [])
    assert changed == ["core.observations"]                      # nothing else was rewritten
    assert sorted(con.execute("SELECT * FROM core.observations").fetchall(), key=repr) == expected
    assert lake.snapshots(con)[-1][0] == lake.publish(first, settings) - 1   # and back again: a new snapshot
    con.close()


def catalog_statements(capfd, con, sql: str) -> int:
    """How many statements a query sends to the lake's PostgreSQL catalog (the postgres
    extension prints each one to stderr, a blank line after it, when asked to)."""
    con.execute(sql).fetchall()                       # the connection warmed up: as a BI tool's
    capfd.readouterr()
    con.execute("SET pg_debug_show_queries = true")
    con.execute(sql).fetchall()
    con.execute("SET pg_debug_show_queries = false")
    blocks = [b.strip() for b in capfd.readouterr().err.split("\n\n") if b.strip()]
    return sum(1 for b in blocks if b.split()[0] in ("BEGIN", "COMMIT", "COPY", "SELECT", "DISCARD", "ROLLBACK"))


def test_a_read_of_an_empty_table_asks_the_catalog_no_more_than_a_read_of_a_full_one(lake_home, tmp_path, capfd):
    """A publish writes no inlined-data tables (each would be asked on every read of its table)
    and records the statistics of the tables that hold no rows (without them, planning a read of
    such a table asked the catalog twice per column, every read); an unchanged publish keeps
    both; a reader holding its connection sees the next publish. (Its session is held to the
    memory limit, XINZHI_DUCKDB_MEMORY_LIMIT.)"""
    from conftest import build_fixture_warehouse

    first = build_fixture_warehouse(tmp_path / "first.duckdb")
    settings = Settings()
    lake.publish(first, settings)
    con = lake.connect(settings)
    held = duckdb.connect()
    held.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")       # XINZHI_DUCKDB_MEMORY_LIMIT's default
    assert con.execute("SELECT current_setting('memory_limit')").fetchone() == \
        held.execute("SELECT current_setting('memory_limit')").fetchone()
    empty = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'xinzhi' "
                                             "AND schema_name = 'raw' AND estimated_size = 0").fetchall()]
    assert "fetch_log" in empty and con.execute("SELECT count(*) FROM raw.fetch_log").fetchone()[0] == 0
    metadata = "__ducklake_metadata_xinzhi"
    assert con.execute(f"SELECT count(*) FROM {metadata}.ducklake_inlined_data_tables").fetchone()[0] == 0
    assert con.execute(f"""SELECT count(*) FROM {metadata}.ducklake_table t WHERE end_snapshot IS NULL
                           AND table_id NOT IN (SELECT table_id FROM {metadata}.ducklake_table_stats)""").fetchone()[0] == 0
    full = catalog_statements(capfd, con, "SELECT * FROM raw.build_info")          # one row
    assert catalog_statements(capfd, con, "SELECT * FROM raw.fetch_log") == full   # no rows, 11 columns
    # BEGIN, the snapshot, the table's data files, its delete files, COMMIT (an inlined-data table
    # asked three more; an empty table without statistics 53)
    assert full <= 5

    second = tmp_path / "second.duckdb"
    shutil.copy(first, second)
    build = duckdb.connect(str(second))
    build.execute("UPDATE raw.build_info SET data_label = 'second'")
    build.close()
    lake.publish(second, settings)
    assert con.execute("SELECT data_label FROM raw.build_info").fetchone()[0] == "second"   # the same connection
    assert catalog_statements(capfd, con, "SELECT * FROM raw.fetch_log") == full            # unchanged, still known
    con.close()


def test_a_lake_of_an_earlier_layout_is_written_again_once(lake_home, tmp_path, monkeypatch):
    """A lake published before inlining was switched off holds an inlined-data table per table:
    the next publish writes every table again (without one), the one after writes nothing."""
    from conftest import build_fixture_warehouse

    build = build_fixture_warehouse(tmp_path / "build.duckdb")
    settings = Settings()
    attach = lake.attach_sql
    with monkeypatch.context() as old:
        old.setattr(lake, "LAYOUT", "layout1")
        old.setattr(lake, "attach_sql", lambda *a, **k: attach(*a, **k).replace(", DATA_INLINING_ROW_LIMIT 0", ""))
        lake.publish(build, settings)
    con = lake.connect(settings)
    inlined = "SELECT count(*) FROM __ducklake_metadata_xinzhi.ducklake_inlined_data_tables i JOIN " \
              "__ducklake_metadata_xinzhi.ducklake_table t USING (table_id) WHERE t.end_snapshot IS NULL " \
              "AND t.table_name <> 'published'"    # meta.published, the publisher's own: kept, read by it alone
    tables = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'xinzhi' "
                         "AND schema_name <> 'meta'").fetchone()[0]
    assert con.execute(inlined).fetchone()[0] > tables / 2        # the old default: one for each table
    con.close()
    lake.publish(build, settings)
    con = lake.connect(settings)
    assert len(lake.snapshots(con)[-1][2]["tables_created"]) >= tables
    assert con.execute(inlined).fetchone()[0] == 0
    con.close()
    lake.publish(build, settings)
    con = lake.connect(settings)
    assert "tables_created" not in lake.snapshots(con)[-1][2]
    con.close()


def test_object_storage_data_paths_load_httpfs_and_folders_do_not():
    def loaded(data_path):
        con = duckdb.connect()
        lake.load_extensions(con, data_path)
        return {name for (name,) in con.execute("SELECT extension_name FROM duckdb_extensions() WHERE loaded").fetchall()}
    assert {"ducklake", "postgres_scanner", "httpfs"} <= loaded("s3://bucket/xinzhi/")
    assert "httpfs" not in loaded("/srv/xinzhi-lake/")


def test_time_travel_on_the_duckdb_file_is_refused_in_one_line(home, tmp_path):
    env = dict(os.environ, XINZHI_WAREHOUSE="duckdb")
    for args in (["export", "--parquet", str(tmp_path / "out"), "--as-of", "2026-01-01 00:00:00+08"], ["snapshots"]):
        result = subprocess.run([XINZHI, *args], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "DuckLake" in result.stderr and result.stderr.startswith("xinzhi: "), result.stderr
