"""Shared fixtures: the fixture mirror on 127.0.0.1, a fresh XINZHI_HOME, one Prefect test server."""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
# The data portal is asked up to the month its fixture answers were written for (not today's).
os.environ.setdefault("XINZHI_PORTAL_THROUGH", "2026-03")
# One DuckDB thread per database: the fixture-sized builds and reads take about a quarter less CPU than
# on a thread per core, and the two pytest processes (and their children) already share the two cores.
os.environ.setdefault("XINZHI_DUCKDB_THREADS", "1")

FIXTURES = Path(__file__).parent / "fixtures"
MIRROR = FIXTURES / "mirror"
NBS = MIRROR / "www.stats.gov.cn"
MIIT = MIRROR / "www.miit.gov.cn"


# Every fixture release or plan page of the three sites (not the article published only as a PDF).
RELEASE_PAGES = sorted(p for p in MIRROR.rglob("*.htm*")
                       if re.search(r"/(t\d{8}_\d+|art_[0-9a-f]{32})\.html$|/content_\d+\.htm$", str(p))
                       and "0c2e4a6b8d0f" not in p.name)


def url_of(path: Path) -> str:
    """The official URL of a fixture page."""
    relative = path.relative_to(MIRROR).as_posix()
    scheme = "http" if relative.startswith("www.stats.gov.cn/tjsj/") else "https"
    return f"{scheme}://{relative}"


@dataclass(frozen=True)
class Totals:
    releases: int       # release pages a refresh of the mirror loads
    nbs: int            # of which NBS releases
    figures: int        # figures they give, each loaded once


@lru_cache(maxsize=1)
def fixture_totals() -> Totals:
    """What the fixture pages give when parsed one by one (the parser tests check every page's
    figures exactly): what a refresh against the mirror must load, each figure once."""
    releases = [release for release, _, _ in fixture_releases()[:len(RELEASE_PAGES)]]
    leaves, values = portal_totals()
    return Totals(len(releases) + leaves, sum(r.publisher == "NBS" for r in releases) + leaves,
                  sum(len(r.observations) for r in releases) + values)


def portal_totals() -> tuple[int, int]:
    """The data portal's part: one release per catalogue leaf, each value once (portal.merge)."""
    releases = portal_releases()
    return len(releases), sum(len(r.observations) for r in releases)


def portal_releases():
    """The fixture answers of the data portal as a refresh loads them: each answer file beside the
    request it answers (`….request`), merged per catalogue leaf."""
    from xinzhi.sources import portal

    answers = []
    for request in sorted((MIRROR / "data.stats.gov.cn").rglob("esData@body=*.request")):
        call = portal.DATA + "#" + request.read_text(encoding="utf-8")
        answers.append((call, portal.parse_answer(request.with_suffix("").read_bytes(), call),
                        "2026-04-01T00:00:00+00:00"))
    return portal.merge(answers)


def page(relative: str) -> bytes:
    """A fixture page's bytes by its path under www.stats.gov.cn/."""
    return (NBS / relative).read_bytes()


def official_url(relative: str) -> str:
    scheme = "http" if relative.startswith("tjsj/") else "https"
    return f"{scheme}://www.stats.gov.cn/{relative}"


@pytest.fixture
def mirror_root(tmp_path) -> Path:
    """A private copy of the fixture mirror that a test may change."""
    root = tmp_path / "mirror"
    shutil.copytree(MIRROR, root)
    return root


@pytest.fixture
def mirror(mirror_root):
    from xinzhi.mirror import Mirror

    with Mirror(mirror_root) as url:
        yield url


def refresh_plain(root: Path, faults: dict | None = None):
    """One refresh without Prefect (pipeline.run) against a mirror of `root` with `faults`;
    XINZHI_MIRROR is left as it was found."""
    from xinzhi.config import Settings
    from xinzhi.mirror import Mirror
    from xinzhi.pipeline import run

    saved = os.environ.get("XINZHI_MIRROR")
    with Mirror(root, faults=faults) as url:
        os.environ["XINZHI_MIRROR"] = url
        try:
            return run(Settings())
        finally:
            if saved is None:
                os.environ.pop("XINZHI_MIRROR", None)
            else:
                os.environ["XINZHI_MIRROR"] = saved


def published(home: Path, sql: str, params=()) -> list[tuple]:
    """Rows of a query on the published warehouse under `home`."""
    import duckdb

    con = duckdb.connect(str(home / "xinzhi.duckdb"), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def gx_home(tmp_path_factory) -> Path:
    """One Great Expectations project for the tests of this process (registering the suites and
    checkpoints is done once per project and process)."""
    return tmp_path_factory.mktemp("gx")


@pytest.fixture
def home(tmp_path, monkeypatch, gx_home) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("XINZHI_HOME", str(folder))
    monkeypatch.setenv("XINZHI_GX_HOME", str(gx_home))
    monkeypatch.setenv("XINZHI_RATE", "2000")
    monkeypatch.setenv("XINZHI_BACKOFF", "0.01")
    monkeypatch.setenv("XINZHI_RETRIES", "2")
    monkeypatch.setenv("XINZHI_TIMEOUT", "5")
    return folder


@pytest.fixture(scope="session")
def clean_run(tmp_path_factory, gx_home) -> Path:
    """The home (raw archive, published warehouse) of one plain refresh of the untouched fixture
    mirror, labelled `fixture`: the reference that runs with faults, killed runs and the DuckLake
    are compared with, and the earlier run that some tests start from (copy it, with
    `copy_home`; never change it). One per test process instead of one per test: it took a
    full refresh each time."""
    base = tmp_path_factory.mktemp("clean-run")
    shutil.copytree(MIRROR, base / "mirror")
    saved = {k: v for k, v in os.environ.items() if k.startswith("XINZHI_")}
    for name in saved:
        if name not in ("XINZHI_PORTAL_THROUGH", "XINZHI_DUCKDB_THREADS"):
            del os.environ[name]
    os.environ.update(XINZHI_HOME=str(base / "home"), XINZHI_GX_HOME=str(gx_home), XINZHI_RATE="2000",
                      XINZHI_DATA_LABEL="fixture")
    try:
        outcome, problem = refresh_plain(base / "mirror")
    finally:
        for name in [k for k in os.environ if k.startswith("XINZHI_")]:
            del os.environ[name]
        os.environ.update(saved)
    assert problem is None and outcome.observations == fixture_totals().figures, problem
    return base / "home"


def copy_home(clean: Path, home: Path) -> Path:
    """`home` as the clean run left its own: archive, published warehouse and report."""
    shutil.copytree(clean, home, dirs_exist_ok=True)
    return home


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect API for the whole session (each flow run would otherwise start its own)."""
    from prefect.testing.utilities import prefect_test_harness

    # The server registers Prefect's block types in its new database at start (3 s of its CPU); no
    # test uses a block. Only this server's environment: the temporary servers that `xinzhi refresh`
    # processes start (tests/test_runs.py) keep Prefect's default.
    # Nor does any test use the server's background loops (schedules, late or paused runs, cancellation
    # clean-up, automations, event storage, vacuum): they took CPU from both test processes all session.
    # The task-run recorder stays: the demo's test reads the task runs.
    quiet = {"PREFECT_API_BLOCKS_REGISTER_ON_START": "false", **{
        f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in (
            "SCHEDULER", "LATE_RUNS", "PAUSE_EXPIRATIONS", "CANCELLATION_CLEANUP", "DB_VACUUM", "FOREMAN",
            "TRIGGERS", "EVENT_PERSISTER", "REPOSSESSOR", "CLEANUP_RECONCILER")}}
    saved = {name: os.environ.get(name) for name in quiet}
    os.environ.update(quiet)
    try:
        harness = prefect_test_harness(server_startup_timeout=120)
        harness.__enter__()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    try:
        yield
    finally:
        harness.__exit__(None, None, None)


def artifact(state, key: str) -> str:
    """The artifact `key` of the flow run that ended in `state`."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=[key]), flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    return found[0].data


@lru_cache(maxsize=1)
def fixture_releases() -> tuple:
    """(release, sha256, status) of every fixture release and plan page, then of the data portal's
    leaves: parsed once per test process (the builds only read them)."""
    from xinzhi.pipeline import parse_page

    releases = [(parse_page(p.read_bytes(), url_of(p)), f"{i:064d}", "loaded") for i, p in enumerate(RELEASE_PAGES)]
    releases += [(r, f"{i:064x}", "loaded") for i, r in enumerate(portal_releases(), start=len(releases))]
    return tuple(releases)


def build_fixture_warehouse(path: Path, data_label: str = "fixture") -> Path:
    """A warehouse of every fixture release and plan page, built directly (no network, no Prefect)."""
    from xinzhi import warehouse

    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label=data_label,
                    releases=list(fixture_releases()), threads=int(os.environ.get("XINZHI_DUCKDB_THREADS") or 0))
    return path


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory) -> Path:
    """A warehouse of every fixture page (build_fixture_warehouse, labelled fixture), built once per
    test process for the tests that read it; open it read-only, or copy it to change or publish it."""
    return build_fixture_warehouse(tmp_path_factory.mktemp("fixture-warehouse") / "xinzhi.duckdb")


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server started for the session (Debian's `postgresql`). CI installs it and
    sets XINZHI_REQUIRE_POSTGRES=1, so these tests cannot skip there."""
    from postgres import Postgres, bindir

    if bindir() is None:
        message = "PostgreSQL server binaries not found (Debian package `postgresql`)"
        if os.environ.get("XINZHI_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    server = Postgres().start()
    yield server
    server.stop()


@pytest.fixture
def lake_home(home, postgres, monkeypatch, request) -> Path:
    """XINZHI_HOME configured for the DuckLake backend, with its own catalog database."""
    name = "lake_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    monkeypatch.setenv("XINZHI_WAREHOUSE", "ducklake")
    monkeypatch.setenv("XINZHI_DUCKLAKE_CATALOG", "postgres:" + postgres.create_database(name))
    monkeypatch.setenv("XINZHI_DUCKLAKE_DATA", str(home / "lake") + "/")
    return home


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests that use the session's Prefect server run in one pytest process (`--dist loadgroup`),
    so that one server is started, not one per process; the others are spread one by one."""
    for item in items:
        if "prefect_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("prefect"))
    if getattr(config.option, "loadgroup", False):      # a pytest-xdist worker with --dist loadgroup
        for item in items:
            _group_by_node_id(item)
    # The longest modules first, so that no process is left alone with a long test at the end.
    items.sort(key=lambda item: LONGEST_FIRST.index(item.module.__name__)
               if item.module.__name__ in LONGEST_FIRST else len(LONGEST_FIRST))


LONGEST_FIRST = ["test_team", "test_bench_smoke", "test_ducklake", "test_runs", "test_faults", "test_crash"]


def _group_by_node_id(item) -> None:
    """What pytest-xdist does for `--dist loadgroup` (the group's name after an `@` in the node id,
    which its scheduler reads), done here because pytest-xdist 3.8 writes `item._nodeid`, which
    pytest 9 no longer reads (the id is `item._id`): without this every xdist_group was ignored
    and each process started its own Prefect server, browser and report warehouse."""
    names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                    for m in item.iter_markers("xdist_group")})
    if not names or item.nodeid.rfind("@") > item.nodeid.rfind("]"):
        return                                          # no group, or xdist already named it
    grouped = f"{item.nodeid}@{'_'.join(names)}"
    if hasattr(item, "_id"):
        from _pytest.nodeid import NodeId
        item._id = NodeId.parse(grouped)
    else:
        item._nodeid = grouped
