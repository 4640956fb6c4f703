"""SIGKILL at each point of a refresh, then a normal refresh: no duplicate, no missing row,
an intact archive, a valid read-only published file. And readers in other processes through
a series of publishes: never an error, never a partly refreshed state."""
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

from xinzhi.archive import Archive
from xinzhi.checkpoints import POINTS

XINZHI = str(Path(sys.executable).parent / "xinzhi")
from conftest import copy_home, fixture_totals

TOTAL = fixture_totals().figures            # every figure of the fixture pages, loaded once
RELEASES = fixture_totals().releases


def start(home, mirror, gx_home, pause=None):
    # the GX project of this test process: a batch it has seen pass is not validated again there
    env = dict(os.environ, XINZHI_HOME=str(home), XINZHI_MIRROR=mirror, XINZHI_RATE="2000", XINZHI_GX_HOME=str(gx_home))
    env.pop("XINZHI_PAUSE_AT", None)
    if pause:
        env["XINZHI_PAUSE_AT"] = pause
    return subprocess.Popen([XINZHI, "refresh", "--plain"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(path: Path, process, seconds=120):
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"never reached {path.name}"
        time.sleep(0.05)


def run_here(home, mirror, gx_home):
    """A refresh in this process (the run before and after the killed one)."""
    from xinzhi.config import Settings
    from xinzhi.pipeline import run

    return run(Settings(home=home, mirror=mirror, rate=2000, gx_home=gx_home))


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_any_point_the_next_run_completes_with_nothing_lost_or_doubled(tmp_path, mirror, gx_home, point,
                                                                                  clean_run):
    home = tmp_path / "home"
    if point in ("load", "publish"):
        # a published warehouse from an earlier run must survive a kill while the next one is built
        copy_home(clean_run, home)
        before = (home / "xinzhi.duckdb").read_bytes()
    victim = start(home, mirror, gx_home, pause=point)
    wait_for(home / f".paused-{point}", victim)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    if point in ("load", "publish"):
        assert (home / "xinzhi.duckdb").read_bytes() == before     # the last good file is still there
    (home / f".paused-{point}").unlink()
    outcome, problem = run_here(home, mirror, gx_home)
    assert problem is None and outcome.observations == TOTAL
    con = duckdb.connect(str(home / "xinzhi.duckdb"), read_only=True)
    keys = con.execute("""SELECT count(*), count(DISTINCT (source_url, indicator, dimension, period, period_type,
                          measure, relative_to)) FROM core.observations""").fetchone()
    assert keys == (TOTAL, TOTAL)
    assert con.execute("SELECT count(*) FROM raw.releases WHERE status = 'loaded'").fetchone()[0] == RELEASES
    con.close()
    archive = Archive(home / "archive")
    for record in archive.fetches():            # the log parses and every body matches its hash
        if record.sha256:
            archive.get(record.sha256)
    assert not list(home.glob("xinzhi.duckdb.building-*"))   # the killed run's half-built file is cleared
    assert not os.stat(home / "xinzhi.duckdb").st_mode & 0o222


# Reads until the stop file appears, then once more (the final state); at least 21 reads. Touches
# `ready` after its first read, so the writer starts only once every reader reads.
READER = r"""
import json, os, sys, time, duckdb
path, ready, stop = sys.argv[1:4]
seen, errors, reads = set(), [], 0
while True:
    last = os.path.exists(stop)
    try:
        con = duckdb.connect(path, read_only=True)
        orphans, figures, announced = con.execute('''
            SELECT (SELECT count(*) FROM marts.observations o
                    WHERE NOT EXISTS (SELECT 1 FROM raw.releases r WHERE r.url = o.source_url AND r.status = 'loaded')),
                   (SELECT count(*) FROM core.observations),
                   (SELECT coalesce(sum(observations), 0) FROM raw.releases WHERE status = 'loaded')''').fetchone()
        con.close()
        if orphans or figures != announced:
            errors.append(f"partial state: {orphans} orphans, {figures} figures, {announced} announced")
        seen.add(figures)
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    open(ready, "a").close()
    if last and reads > 20:
        break
    time.sleep(0.1)                     # leave the writer most of the machine (three readers at 0.02 s took
                                        # a core of two: the test was four times slower, not more thorough)
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "reads": reads}))
"""


def test_readers_in_other_processes_never_see_an_error_or_a_partial_state(tmp_path, fixture_warehouse):
    from xinzhi import warehouse

    home = tmp_path / "home"
    home.mkdir()
    # The two states a refresh publishes, each built once; every publish below puts a copy of one in
    # place, as a refresh's build leaves it (building it again each time was most of the test's CPU).
    full = fixture_warehouse
    empty = tmp_path / "empty.duckdb"
    warehouse.build(empty, fetches=[], discoveries=[], releases=[], quarantine=[], data_label="fixture")
    con = duckdb.connect(str(full), read_only=True)
    figures = con.execute("SELECT count(*) FROM core.observations").fetchone()[0]
    con.close()
    shutil.copyfile(full, home / "xinzhi.duckdb.building-first")
    warehouse.publish(home / "xinzhi.duckdb.building-first", home / "xinzhi.duckdb")
    stop = tmp_path / "stop"
    ready = [tmp_path / f"ready-{i}" for i in range(3)]
    readers = [subprocess.Popen([sys.executable, "-c", READER, str(home / "xinzhi.duckdb"), str(flag), str(stop)],
                                stdout=subprocess.PIPE, text=True) for flag in ready]
    for flag, reader in zip(ready, readers):
        wait_for(flag, reader)                 # every reader reads the first state before the writes
    for published in range(7):             # a refresh publishing again and again, two states; the last one empty
        building = home / f"xinzhi.duckdb.building-{published}"
        shutil.copyfile(full if published % 2 else empty, building)
        warehouse.publish(building, home / "xinzhi.duckdb")
    stop.touch()
    results = [json.loads(r.communicate(timeout=120)[0]) for r in readers]
    for result in results:
        assert result["errors"] == [] and result["reads"] > 20
        assert set(result["seen"]) <= {0, figures}
    assert {n for r in results for n in r["seen"]} == {0, figures}
