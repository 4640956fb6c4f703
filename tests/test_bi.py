"""BI access: the published file read through SQLAlchemy + duckdb-engine (Superset's path),
read-only, while a refresh runs in another process; and the Parquet export."""
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import sqlalchemy
from sqlalchemy.pool import NullPool

from xinzhi.config import Settings
from xinzhi.pipeline import rebuild
from xinzhi import warehouse
from xinzhi.warehouse import export_parquet

XINZHI = str(Path(sys.executable).parent / "xinzhi")

# One query, one snapshot: figures only from loaded releases, and exactly the ones they announce.
CONSISTENT = """
SELECT
  (SELECT count(*) FROM marts.observations
    WHERE source_url NOT IN (SELECT url FROM raw.releases WHERE status = 'loaded')) AS orphans,
  (SELECT count(*) FROM core.observations) AS figures,
  (SELECT coalesce(sum(observations), 0) FROM raw.releases WHERE status = 'loaded') AS announced,
  (SELECT count(*) FROM marts.target_scorecard) AS targets
"""


def test_bi_reader_sees_a_whole_warehouse_before_during_and_after_a_refresh(tmp_path, mirror, prefect_server, gx_home):
    from prefect.settings import PREFECT_API_URL

    home = tmp_path / "home"
    rebuild(Settings(home=home))                       # an empty published warehouse to start from
    database = home / "xinzhi.duckdb"
    engine = sqlalchemy.create_engine(f"duckdb:///{database}", connect_args={"read_only": True},
                                      poolclass=NullPool)   # a BI tool opens a connection per query
    env = dict(os.environ, XINZHI_HOME=str(home), XINZHI_MIRROR=mirror, XINZHI_RATE="2000",
               PREFECT_API_URL=PREFECT_API_URL.value(), XINZHI_DATA_LABEL="fixture",
               XINZHI_GX_HOME=str(gx_home))     # the session's Great Expectations project
    refresh = subprocess.Popen([XINZHI, "refresh"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    seen, reads = set(), 0
    try:
        while refresh.poll() is None or reads == 0:
            with engine.connect() as con:
                orphans, figures, announced, targets = con.execute(sqlalchemy.text(CONSISTENT)).one()
            assert orphans == 0 and figures == announced and targets > 0
            seen.add(figures)
            reads += 1
            time.sleep(0.2)     # still dozens of reads through the refresh, and the refresh keeps the CPU
        assert refresh.wait(timeout=300) == 0, refresh.stderr.read()
    finally:
        if refresh.poll() is None:
            refresh.kill()
    with engine.connect() as con:
        orphans, figures, announced, _ = con.execute(sqlalchemy.text(CONSISTENT)).one()
        rows = con.execute(sqlalchemy.text(
            "SELECT status, count(*) FROM marts.target_scorecard GROUP BY status")).all()
    assert figures > 0 and figures == announced and orphans == 0
    assert seen <= {0, figures}                        # never a partly refreshed state
    assert reads > 5 and {s for s, _ in rows} >= {"met", "no data yet", "not scored"}
    # read-only: the BI path cannot change the published file
    with engine.connect() as con:
        try:
            con.execute(sqlalchemy.text("DELETE FROM core.observations"))
            raise AssertionError("a write went through")
        except sqlalchemy.exc.DBAPIError as exc:
            assert "read-only" in str(exc).lower()


def test_export_writes_every_mart_as_parquet(tmp_path, fixture_warehouse):
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    written = export_parquet(con, tmp_path / "out")
    views = set(warehouse.mart_names(con))
    assert {p.stem for p in written} == views and not list((tmp_path / "out").glob(".*partial"))
    for path in written:
        assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchone()[0] == \
            con.execute(f"SELECT count(*) FROM marts.{path.stem}").fetchone()[0]


def test_export_without_a_warehouse_says_so_in_one_line(tmp_path):
    env = dict(os.environ, XINZHI_HOME=str(tmp_path / "nothing"))
    result = subprocess.run([XINZHI, "export", "--parquet", str(tmp_path / "out")], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0
    assert "no published warehouse yet" in result.stderr and "Traceback" not in result.stderr
