"""Publishing: build aside, atomic rename, readers of the old file undisturbed, read-only result."""
import os
import stat

import duckdb

from xinzhi import warehouse
from xinzhi.config import DUCKDB_MEMORY_LIMIT, Settings
from xinzhi.pipeline import rebuild


def test_publish_is_atomic_for_open_readers(tmp_path):
    final = tmp_path / "xinzhi.duckdb"
    for rows, name in ((1, "old"), (2, "new")):
        building = tmp_path / f"{name}.building"
        con = duckdb.connect(str(building))
        con.execute("CREATE TABLE t AS SELECT * FROM range(?)", [rows])
        con.close()
        if name == "old":
            warehouse.publish(building, final)
            reader = duckdb.connect(str(final), read_only=True)
        else:
            warehouse.publish(building, final)
    assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1   # still the file it opened
    reader.close()
    fresh = duckdb.connect(str(final), read_only=True)
    assert fresh.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    fresh.close()
    assert not stat.S_IMODE(os.stat(final).st_mode) & 0o222


def test_rebuild_from_an_empty_archive_gives_a_valid_empty_warehouse(tmp_path):
    outcome = rebuild(Settings(home=tmp_path))
    assert outcome.observations == 0
    con = duckdb.connect(str(tmp_path / "xinzhi.duckdb"), read_only=True)
    views = set(warehouse.mart_names(con))
    assert {"observations", "target_scorecard"} <= views
    assert con.execute("SELECT count(*) FROM seeds.indicators").fetchone()[0] > 100
    con.close()


def test_a_restated_figure_adds_a_vintage_and_the_mart_shows_the_latest(tmp_path):
    from datetime import datetime

    from xinzhi.model import Observation, Release

    def release(url, published, value):
        obs = Observation(url, "NBS", "industrial_production", published.isoformat(), "industrial_va.mining",
                          "采矿业", "sector", "2020-02", "ytd", "yoy_pct", value, "%", f"采矿业下降{-value}%")
        return Release(url, "NBS", "industrial_production", "t", published, "2020-02", "ytd", [obs])

    first = release("https://www.stats.gov.cn/a.html", datetime(2020, 3, 16), -6.5)
    later = release("https://www.stats.gov.cn/b.html", datetime(2020, 4, 17), -6.4)
    path = tmp_path / "w.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="official",
                    releases=[(first, "a" * 64, "loaded"), (later, "b" * 64, "loaded")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM core.observations").fetchone()[0] == 2
    assert con.execute("SELECT value, source_url, vintages FROM marts.observations").fetchall() == [
        (-6.4, "https://www.stats.gov.cn/b.html", 2)]
    con.close()


def test_abandoned_building_files_are_cleared_and_live_ones_kept(tmp_path):

    from xinzhi.pipeline import _remove_abandoned_builds

    dead = 2 ** 22 + 12345   # above the kernel pid limit: never a live process
    (tmp_path / f"xinzhi.duckdb.building-{dead}").write_bytes(b"half")
    (tmp_path / f"xinzhi.duckdb.building-{dead}.wal").write_bytes(b"half")
    (tmp_path / f"xinzhi.duckdb.building-{os.getpid()}").write_bytes(b"mine")
    _remove_abandoned_builds(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"xinzhi.duckdb.building-{os.getpid()}"]


def test_what_parsing_did_not_store_is_in_raw_skipped_with_its_reason(fixture_warehouse):
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    try:
        rows = con.execute("SELECT clause, reason FROM raw.skipped WHERE url LIKE '%t20251215_1962075%'").fetchall()
        assert ("扣除房地产开发投资，全国固定资产投资增长0.8%", "qualified") in rows
        per_release = con.execute("""SELECT r.url, r.skipped, count(s.url) FROM raw.releases r
                                     LEFT JOIN raw.skipped s USING (url) GROUP BY ALL""").fetchall()
        assert all(listed == counted for _, listed, counted in per_release)
        assert con.execute("SELECT sum(unexplained) FROM raw.releases").fetchone()[0] == 0
    finally:
        con.close()


def test_every_database_xinzhi_opens_is_held_to_the_configured_memory_limit(tmp_path, monkeypatch):
    """DuckDB's own default is 80 % of the machine's RAM; xinzhi's is XINZHI_DUCKDB_MEMORY_LIMIT
    (the lake's session: tests/test_ducklake.py)."""
    def limit(con):
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    default = duckdb.connect()
    default.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
    assert limit(warehouse.open_duckdb()) == limit(default)          # the default, as DuckDB shows it
    monkeypatch.setenv("XINZHI_DUCKDB_MEMORY_LIMIT", "300MB")
    settings = Settings(home=tmp_path)
    rebuild(settings)
    default.execute("SET memory_limit = '300MB'")
    reader = warehouse.connect_published(settings)
    assert limit(reader) == limit(default)
    reader.close()


def test_every_database_xinzhi_opens_runs_on_the_configured_threads(tmp_path, monkeypatch):
    """XINZHI_DUCKDB_THREADS (the tests set 1); unset, DuckDB's own default."""
    def threads(con):
        return con.execute("SELECT current_setting('threads')").fetchone()[0]

    assert threads(warehouse.open_duckdb()) == threads(duckdb.connect())
    assert threads(warehouse.open_duckdb(threads=1)) == 1
    monkeypatch.setenv("XINZHI_DUCKDB_THREADS", "1")
    settings = Settings(home=tmp_path)
    rebuild(settings)
    reader = warehouse.connect_published(settings)
    assert threads(reader) == 1
    reader.close()
