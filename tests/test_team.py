"""The team set-up of docs/scaling.md, for real: a Prefect server on PostgreSQL, the process work
pool `xinzhi-process`, the deployments of prefect.yaml and two workers, refreshing into a DuckLake
whose catalog is in the same PostgreSQL. Two refreshes are started at once and overlap: each
hands its publishers' collection (fetch and parse) to the pool, the global concurrency limits
keep one walker per site and one writer at a time, and a reader reads throughout."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from postgres import free_port

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
from conftest import fixture_totals, portal_totals, published

TOTAL = fixture_totals().figures            # every figure of the fixture pages, loaded once
RELEASES = fixture_totals().releases
# A data portal figure carries the answer it was last read from (its day, hash and range asked for): two
# refreshes read later answers than one, with the same figures.
OBSERVATIONS = ("SELECT * REPLACE (" + ", ".join(f"CASE WHEN release_kind = 'portal' THEN NULL ELSE {c} END AS {c}"
                                                 for c in ("published_at", "sha256", "quote")) + ") FROM marts.observations")
PAGES = RELEASES - portal_totals()[0]        # release and plan pages (the rest: the portal's leaves)

READER = r"""
import json, os, sys, time
from xinzhi import lake
from xinzhi.config import Settings
from xinzhi.model import XinzhiError
stop = sys.argv[1]                      # read until this file appears
seen, errors, reads, con, tries = set(), [], 0, None, 0
data = Settings().lake_data_path        # a writer makes this folder before it touches the catalog
while not os.path.exists(stop):
    if con is None and tries and not os.path.exists(data):
        time.sleep(0.2)                 # no writer has begun: a connect could only say "nothing yet", and
        continue                        # each costs 0.4 s of CPU (DuckDB checks both extensions' signatures)
    try:
        tries += 1
        con = con or lake.connect(Settings())
    except XinzhiError as exc:          # nothing published yet
        if "no published warehouse yet" not in str(exc):
            errors.append(str(exc))
        time.sleep(0.5)
        continue
    try:
        figures, announced = con.execute('''SELECT (SELECT count(*) FROM core.observations),
            (SELECT coalesce(sum(observations), 0) FROM raw.releases WHERE status = 'loaded')''').fetchone()
        if figures != announced:
            errors.append(f"partial state: {figures} figures, {announced} announced")
        seen.add(figures)
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    time.sleep(0.3)                     # hundreds of reads all the same, a fraction of the CPU
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "reads": reads}))
"""


def prefect(env, *args, timeout=180):
    result = subprocess.run([str(BIN / "prefect"), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result.stdout


def call(env, path: str, body: dict | None = None, method: str = "POST"):
    """One call of the team's Prefect REST API, its answer decoded."""
    request = urllib.request.Request(f"{env['PREFECT_API_URL']}/{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def api(env, path: str) -> list[dict]:
    """A filter call to the team's Prefect API (its REST interface: polling it with a Prefect client in
    a new process every two seconds cost more CPU than the two workers)."""
    return call(env, f"{path}/filter", {})


def flow_runs(env) -> list[dict]:
    flows = {f["id"]: f["name"] for f in api(env, "flows")}
    return [{"id": r["id"], "flow": flows.get(r["flow_id"]), "state": (r["state"] or {}).get("type"),
             "message": (r["state"] or {}).get("message"), "parent": r["parent_task_run_id"] or "",
             "start": r["start_time"] and datetime.fromisoformat(r["start_time"]),
             "end": r["end_time"] and datetime.fromisoformat(r["end_time"])} for r in api(env, "flow_runs")]


@pytest.fixture(scope="module")
def team(postgres, tmp_path_factory, mirror_url, gx_home):
    """Server, pool, deployments and two workers; yields the environment the workers run with."""
    folder = tmp_path_factory.mktemp("team")
    port = free_port()
    env = dict(os.environ, PWD=str(ROOT),
               PREFECT_HOME=str(folder / "prefect"),
               PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
               PREFECT_API_DATABASE_CONNECTION_URL=postgres.url(postgres_database(postgres, "prefect")),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_UI_ENABLED="false",
               PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false",   # the test starts the runs itself
               PREFECT_API_BLOCKS_REGISTER_ON_START="false",        # no block is used: not registered at start
               **QUIET_SERVICES,
               PREFECT_WORKER_QUERY_SECONDS="1", PREFECT_LOGGING_LEVEL="INFO",
               XINZHI_HOME=str(folder / "home"), XINZHI_MIRROR=mirror_url,
               XINZHI_GX_HOME=str(gx_home),     # the session's Great Expectations project
               XINZHI_RATE="10",  # slow enough that two collects of one site would overlap without the limits
               XINZHI_DATA_LABEL="fixture",
               XINZHI_WAREHOUSE="ducklake",
               XINZHI_DUCKLAKE_CATALOG="postgres:" + postgres.create_database("team_lake"),
               XINZHI_DUCKLAKE_DATA=str(folder / "lake") + "/",
               XINZHI_COLLECT_DEPLOYMENT="collect/xinzhi-collect")
    for name in [n for n in env if n.startswith("PREFECT_") and n not in PREFECT_SET]:
        env.pop(name)                   # nothing of the test session's own Prefect set-up
    processes = []
    try:
        server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=open(folder / "server.log", "w"), stderr=subprocess.STDOUT)
        processes.append(server)
        wait_healthy(env["PREFECT_API_URL"], server, folder / "server.log")
        # The limits meanwhile (each command is a Python process importing Prefect: seconds of start-up)
        limits = subprocess.Popen([str(BIN / "xinzhi"), "limits"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        prefect(env, "work-pool", "create", "xinzhi-process", "--type", "process")
        prefect(env, "--no-prompt", "deploy", "--all")
        made = limits.communicate(timeout=120)[0]
        assert limits.returncode == 0 and made.strip().endswith(
            "created xinzhi-warehouse, xinzhi-collect-nbs, xinzhi-collect-miit"), made
        for name in ("worker-1", "worker-2"):
            processes.append(subprocess.Popen(
                [str(BIN / "prefect"), "worker", "start", "--pool", "xinzhi-process", "--name", name, "--limit", "3"],
                env=env, cwd=ROOT, stdout=open(folder / f"{name}.log", "w"), stderr=subprocess.STDOUT,
                start_new_session=True))
        yield env, folder
    finally:
        # The runs are over. A worker given an interrupt hands it to its process worker and then waited 15 s
        # before it was killed (30 s for the two); how a worker shuts down is not what this test checks, so
        # the workers (each in a process group of its own, with that child) are killed, then the server stops.
        for process in processes[1:]:
            os.killpg(process.pid, signal.SIGKILL)
        processes[0].terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# The server's background services that nothing here needs (no automation, pause, late run, cancellation,
# vacuum; events and task runs are not read): their loops were CPU on the server and in PostgreSQL.
QUIET_SERVICES = {f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in (
    "LATE_RUNS", "PAUSE_EXPIRATIONS", "CANCELLATION_CLEANUP", "DB_VACUUM", "FOREMAN", "TRIGGERS", "EVENT_PERSISTER",
    "TASK_RUN_RECORDER", "CLEANUP_RECONCILER")}
PREFECT_SET = {*QUIET_SERVICES, "PREFECT_HOME", "PREFECT_API_URL", "PREFECT_API_DATABASE_CONNECTION_URL",
               "PREFECT_SERVER_ANALYTICS_ENABLED", "PREFECT_UI_ENABLED", "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED",
               "PREFECT_WORKER_QUERY_SECONDS", "PREFECT_LOGGING_LEVEL", "PREFECT_API_BLOCKS_REGISTER_ON_START"}


def postgres_database(postgres, name: str) -> str:
    postgres.create_database(name)
    return name


def wait_healthy(api: str, server, log: Path, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text()[-3000:]
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the Prefect server did not come up:\n" + log.read_text()[-3000:])


@pytest.fixture(scope="module")
def mirror_url(tmp_path_factory):
    from conftest import MIRROR

    from xinzhi.mirror import Mirror

    root = tmp_path_factory.mktemp("team-mirror") / "mirror"
    shutil.copytree(MIRROR, root)
    with Mirror(root) as url:
        yield url


def test_two_overlapping_refreshes_on_two_workers_load_every_row_once(team, tmp_path, monkeypatch, clean_run):
    env, folder = team
    stop = tmp_path / "stop-reading"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(stop)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        check_overlapping_refreshes(env, folder, monkeypatch, clean_run)
    finally:
        stop.touch()
    result = json.loads(reader.communicate(timeout=120)[0])
    assert result["errors"] == [] and result["reads"] > 10 and result["seen"] == [TOTAL]


def check_overlapping_refreshes(env, folder, monkeypatch, clean_run):
    # two refreshes at once, as a schedule and a manual run would: both asked of the API together (what
    # `prefect deployment run` asks; a Python process each cost seconds of CPU to import Prefect)
    deployment = call(env, "deployments/name/refresh/nbs-release-days", method="GET")
    with ThreadPoolExecutor(max_workers=2) as pool:
        started = list(pool.map(lambda _: call(env, f"deployments/{deployment['id']}/create_flow_run", {}), range(2)))
    assert len({run["id"] for run in started}) == 2, started
    deadline = time.monotonic() + 400
    while True:
        runs = flow_runs(env)
        refreshes = [r for r in runs if r["flow"] == "refresh"]
        if len(refreshes) == 2 and all(r["state"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
                                       for r in refreshes):
            break
        assert time.monotonic() < deadline, (runs, tail(folder / "worker-1.log"), tail(folder / "worker-2.log"))
        time.sleep(2)
    logs = {name: (folder / f"{name}.log").read_text() for name in ("worker-1", "worker-2")}
    assert all(r["state"] == "COMPLETED" for r in refreshes), (refreshes, tail_text(logs))
    assert all(f"{RELEASES} releases, {TOTAL} observations" in r["message"] for r in refreshes), refreshes
    first, second = sorted(refreshes, key=lambda r: r["start"])
    assert second["start"] < first["end"]                       # they really overlapped
    collects = [r for r in runs if r["flow"] == "collect"]
    assert len(collects) == 4 and all(r["state"] == "COMPLETED" for r in collects), collects   # 2 groups × 2
    # the pool shared the work: each worker ran flow runs, and each run ran on exactly one worker
    # (both workers may try to take a run; the server lets one have it and aborts the other)
    ran = {name: set(re.findall(r"submitting flow run '([0-9a-f-]{36})'", text)) -
           set(re.findall(r"Aborted submission of flow run '([0-9a-f-]{36})'", text)) for name, text in logs.items()}
    assert all(ran.values()) and not ran["worker-1"] & ran["worker-2"], (ran, tail_text(logs))
    assert ran["worker-1"] | ran["worker-2"] == {r["id"] for r in runs}

    settings_env = {k: v for k, v in env.items() if k.startswith("XINZHI_")}
    for name, value in settings_env.items():
        monkeypatch.setenv(name, value)
    from xinzhi import lake
    from xinzhi.archive import Archive
    from xinzhi.config import Settings
    from xinzhi.parsed import ParsedCache

    settings = Settings()
    # the collect runs parsed what they fetched; both builds read those parses
    # every page but the PDF-only one (the data portal's answers are merged per leaf at the build, not cached)
    assert len(list(ParsedCache(settings.archive_dir).folder.glob("*.json"))) == PAGES
    assert sum(text.count(f"({PAGES} read as parsed by the collect runs)") for text in logs.values()) == 2, \
        tail_text(logs)
    # every article fetched once although two refreshes walked both sites
    archive = Archive(settings.archive_dir)
    fetched = [f.url for f in archive.fetches() if f.role == "article" and f.status == 200]
    assert len(fetched) == len(set(fetched)) == PAGES + 1             # and the PDF-only article
    con = lake.connect(settings)
    keys = con.execute("SELECT count(*), count(DISTINCT (source_url, indicator, dimension, period, period_type, "
                       "measure, relative_to)) FROM core.observations").fetchone()
    assert keys == (TOTAL, TOTAL)
    assert con.execute("SELECT count(*) = count(DISTINCT url) FROM raw.discoveries").fetchone()[0]
    publishes = [s for s in lake.snapshots(con) if "raw.build_info" in (s[2] or {}).get("tables_created", [])]
    assert len(publishes) == 2                                   # one snapshot per refresh
    on_lake = sorted(con.execute(OBSERVATIONS).fetchall(), key=repr)
    con.close()
    # the same marts.observations as the default single-file warehouse from the same pages (a plain
    # refresh of the fixture mirror in one process, also labelled fixture)
    assert sorted(published(clean_run, OBSERVATIONS), key=repr) == on_lake


def tail(path: Path, size: int = 3000) -> str:
    return path.read_text()[-size:] if path.exists() else ""


def tail_text(logs: dict) -> str:
    return "\n".join(f"== {name}\n{text[-3000:]}" for name, text in logs.items())
