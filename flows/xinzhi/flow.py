"""The Prefect flows: `refresh` (discover → fetch → archive → parse → validate → load → publish)
and `collect` (one publisher's discover, fetch and parse, when a team spreads it over workers)."""
from __future__ import annotations

import contextvars
import fcntl
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "xinzhi")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_client, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate  # noqa: E402
from prefect.concurrency.sync import concurrency  # noqa: E402
from prefect.deployments import run_deployment  # noqa: E402
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound  # noqa: E402
from prefect.settings import PREFECT_HOME  # noqa: E402
from prefect.states import Completed, Failed  # noqa: E402

from . import collect as collecting  # noqa: E402
from . import pipeline, report  # noqa: E402
from .archive import Archive  # noqa: E402
from .config import Settings  # noqa: E402
from .fetch import BlockedError, Client, HostNotAllowed, UnreachableError  # noqa: E402
from .outcome import Outcome, exit_code, one_problem  # noqa: E402
from .parsed import ParsedCache, ParsedMemo  # noqa: E402
from .sources import GROUPS  # noqa: E402

# Prefect global concurrency limits (one slot each): `xinzhi-collect-<publisher>` while a
# site is walked and fetched, `xinzhi-warehouse` from parsing the archive to publishing.
COLLECT_LIMIT = "xinzhi-collect"
WAREHOUSE_LIMIT = "xinzhi-warehouse"


def _transient(task, task_run, state) -> bool:
    """Retry a task only for faults that may pass; never for blocks or an unreachable host."""
    try:
        state.result()
    except (UnreachableError, BlockedError, HostNotAllowed):
        return False
    except Exception:
        return True
    return False


@task(name="discover", retries=1, retry_delay_seconds=20, retry_condition_fn=_transient, cache_policy=NO_CACHE)
def discover(settings: Settings, client: Client, outcome: Outcome, publishers: list[str]) -> str | None:
    """New articles from every source's lists. A source that cannot be read is not a crash: it
    comes back as the run's problem (one line), and the rest of the flow still runs."""
    return collecting.discover_step(settings, client, _archive(settings, publishers), outcome, publishers)


@task(name="fetch-and-archive", cache_policy=NO_CACHE)
def fetch_and_archive(settings: Settings, client: Client, outcome: Outcome,
                      publishers: list[str], on_fetched=None) -> str | None:
    return collecting.fetch_all(client, _archive(settings, publishers), settings, outcome, publishers, on_fetched)


def _archive(settings: Settings, publishers: list[str]) -> Archive:
    """In the team set-up each publisher's collect appends to logs of its own (one writer per
    file even across machines: the collect limit admits one collect per publisher)."""
    return Archive(settings.archive_dir, writer="-".join(publishers) if settings.collect_deployment else None)


def _collect(settings: Settings, publishers: list[str], on_fetched=None) -> tuple[Outcome, str | None]:
    """Discover and fetch for some publishers, holding each publisher's limit: two overlapping
    refreshes (on any workers) never walk one site at once, so the per-host rate holds and an
    article is never fetched or logged twice."""
    client, outcome = Client(settings), Outcome()
    with limits([f"{COLLECT_LIMIT}-{p}" for p in publishers]):
        problem = discover(settings, client, outcome, publishers)
        if not outcome.nothing_read or outcome.new_discoveries:   # one source down: still fetch the others'
            fetched = fetch_and_archive(settings, client, outcome, publishers, on_fetched)
            problem = "; ".join(p for p in (problem, fetched) if p) or None
    outcome.requests, outcome.bytes = client.requests_made, client.bytes_downloaded
    return outcome, problem


@flow(name="collect", persist_result=True)
def collect(publishers: list[str] = list(GROUPS)) -> dict:
    """One part of a refresh on its own worker (deployment `xinzhi-collect`): discover and
    fetch the publishers' new articles into the shared archive, and parse their pages for the
    build. Returns what it did."""
    settings = Settings()
    outcome, problem = _collect(settings, publishers)
    parse(settings, publishers)      # parsed here, on this worker; the build reads the results
    return {"outcome": asdict(outcome), "problem": problem}


def _collect_here(settings: Settings) -> tuple[Outcome, str | None, ParsedMemo]:
    """Every publisher collected in this process at once, one thread each (as `xinzhi refresh --plain`
    does: the rate is per host and no host serves two publishers), each article parsed on a thread of
    its own as it arrives, and Great Expectations imported meanwhile once an article is fetched
    (pipeline.parse_as_fetched). The threads run in the flow's context, so their tasks are the flow's."""
    memo = pipeline.parse_memo(settings)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse") as parser:
        on_fetched = pipeline.parse_as_fetched(parser, memo)
        with ThreadPoolExecutor(max_workers=len(GROUPS), thread_name_prefix="collect") as pool:
            futures = [pool.submit(contextvars.copy_context().run, _collect, settings, [p], on_fetched)
                       for p in GROUPS]
            parts = [future.result() for future in futures]
    outcome, problems = Outcome(), []
    for part, problem in parts:
        outcome.add(part)
        problems += [problem] if problem else []
    return outcome, one_problem(problems, len(GROUPS)), memo


def _collect_on_workers(settings: Settings) -> tuple[Outcome, str | None]:
    """One `collect` run per publisher through the work pool, so free workers share them;
    waits for all and adds up what they did."""
    try:
        runs = {p: run_deployment(settings.collect_deployment, parameters={"publishers": [p]}, timeout=0)
                for p in GROUPS}
    except ObjectNotFound:
        return Outcome(config_error=True), (
            f"XINZHI_COLLECT_DEPLOYMENT={settings.collect_deployment!r} names no deployment "
            "(run `prefect deploy --all`; docs/scaling.md); nothing was fetched")
    outcome, problems = Outcome(), []
    deadline = time.monotonic() + settings.collect_timeout
    with get_client(sync_client=True) as client:
        for publisher, run in runs.items():
            while not run.state.is_final() and time.monotonic() < deadline:
                time.sleep(1)
                run = client.read_flow_run(run.id)
            if not run.state.is_completed():
                problems.append(f"collecting {publisher} ended {run.state.name}: {run.state.message or 'no message'}"
                                if run.state.is_final() else
                                f"collecting {publisher} did not finish within {settings.collect_timeout:.0f} s")
                continue
            try:
                part = run.state.result()
            except Exception as exc:     # result storage not shared with this worker
                problems.append(f"collecting {publisher}: its result could not be read ({exc}); workers on several "
                                "machines need shared result storage (docs/scaling.md)")
                continue
            outcome.add(Outcome(**part["outcome"]))
            if part["problem"]:
                problems.append(part["problem"])
    return outcome, one_problem(problems, len(GROUPS))


@contextmanager
def limits(names: list[str]):
    """Prefect global concurrency limits of one slot, held for the block."""
    ensure_limits(names)
    with concurrency(names, occupy=1, strict=True):
        yield


def all_limits() -> list[str]:
    return [WAREHOUSE_LIMIT] + [f"{COLLECT_LIMIT}-{p}" for p in GROUPS]


_ENSURED: set[str] = set()


def ensure_limits(names: list[str]) -> list[str]:
    """Create the limits that do not exist yet, without a race: looked up first, and created
    under a file lock in PREFECT_HOME, so two runs starting together on one machine never both
    try (the losing create would make the server log a traceback). A team's shared server gets
    them at set-up (`xinzhi limits`, docs/scaling.md). Returns the names created."""
    missing = [name for name in names if name not in _ENSURED]
    created = []
    with get_client(sync_client=True) as client:
        missing = [name for name in missing if not _limit_exists(client, name)]
        if missing:
            with _home_lock("xinzhi-limits.lock"):
                for name in missing:
                    if _limit_exists(client, name):
                        continue
                    try:
                        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
                        created.append(name)
                    except ObjectAlreadyExists:   # another machine created it meanwhile
                        pass
    _ENSURED.update(names)
    return created


def start_temporary_server() -> None:
    """Without PREFECT_API_URL a run starts a temporary Prefect server, which migrates the database
    in PREFECT_HOME as it starts. Two runs starting at once on a fresh PREFECT_HOME would migrate it
    together: one server fails (logging a traceback) and Prefect starts it again. So one server
    starts at a time (a file lock in PREFECT_HOME); the flow then uses the one started here."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return
    # Imported only here: importing the server's module builds its whole API (3 s of CPU), which a
    # run against a running server (PREFECT_API_URL) never needs.
    from prefect.server.api.server import SubprocessASGIServer

    # The server registers Prefect's block types in a new database as it starts (≈ 5 s of CPU on a fresh
    # PREFECT_HOME); a run uses no block, and a server started later on this home registers them itself.
    # The server process reads its settings from this environment when it is started.
    unset = "PREFECT_API_BLOCKS_REGISTER_ON_START" not in os.environ
    if unset:
        os.environ["PREFECT_API_BLOCKS_REGISTER_ON_START"] = "false"
    try:
        with _home_lock("xinzhi-server.lock"):
            SubprocessASGIServer().start()
    finally:
        if unset:
            del os.environ["PREFECT_API_BLOCKS_REGISTER_ON_START"]


@contextmanager
def _home_lock(name: str):
    """An exclusive lock on a file in PREFECT_HOME, between processes on this machine."""
    lock = Path(PREFECT_HOME.value()) / name
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _limit_exists(client, name: str) -> bool:
    try:
        client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        return False
    return True


@task(name="parse", cache_policy=NO_CACHE, persist_result=False)
def parse(settings: Settings, publishers: list[str] = list(GROUPS), cache=None):
    cache = cache or _parsed_cache(settings)
    parsed, quarantine = pipeline.parse_archive(Archive(settings.archive_dir), cache=cache, groups=publishers)
    reused = cache.said() if cache else ""
    get_run_logger().info("parsed %d releases%s, %d pages failed to parse", len(parsed), reused, len(quarantine))
    return parsed, quarantine


def _parsed_cache(settings: Settings) -> ParsedCache | None:
    """In the team set-up the collect runs parse what they fetched, for the build to read."""
    return ParsedCache(settings.archive_dir) if settings.collect_deployment else None


@task(name="validate", cache_policy=NO_CACHE)
def validate(settings: Settings, parsed):
    releases, rejected = pipeline.validate_releases(parsed, settings.gx_project)
    for row in rejected:
        get_run_logger().warning("quarantined %s: %s", row["url"], row["reason"])
    return releases, rejected


@task(name="load-and-publish", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def load_and_publish(settings: Settings, releases, quarantine) -> dict:
    counts = pipeline.build_and_publish(settings, Archive(settings.archive_dir), releases, quarantine)
    get_run_logger().info("published %s: %d releases, %d observations",
                          settings.published, counts["releases"], counts["observations"])
    return counts


@flow(name="refresh", log_prints=False)
def refresh():
    settings = Settings()
    logger = get_run_logger()
    memo = None
    if settings.collect_deployment:
        outcome, problem = _collect_on_workers(settings)
    else:
        outcome, problem, memo = _collect_here(settings)
    # Parse to publish under one limit: a later build reads a later archive and publishes
    # after an earlier one, never before it.
    with limits([WAREHOUSE_LIMIT]):
        parsed, parse_quarantine = parse(settings, cache=memo)
        releases, rejected = validate(settings, parsed)
        counts = load_and_publish(settings, releases, parse_quarantine + rejected)
    outcome.parsed = len(parsed)
    outcome.record_held_back(parse_quarantine + rejected)
    outcome.releases_loaded, outcome.observations = counts["releases"], counts["observations"]
    problem = pipeline.run_problem(outcome, problem)
    summary = report.run_summary(settings, outcome, problem)
    create_markdown_artifact(key="refresh-summary", markdown=summary, description="What the refresh did")
    card = report.scorecard_rows(settings)
    create_markdown_artifact(key="target-scorecard", markdown=report.scorecard_markdown(card.columns, card.rows, card.label),
                             description="Targets against released figures")
    create_table_artifact(key="target-scorecard-table", table=[dict(zip(card.columns, row)) for row in card.rows],
                          description="Targets against released figures (table)")
    logger.info("summary:\n%s", summary)
    code = exit_code(outcome, problem)
    if problem:
        return Failed(message=problem, data={"exit": code})
    note = f"; {len(outcome.quarantined)} quarantined" if outcome.quarantined else ""
    return Completed(message=f"{outcome.releases_loaded} releases, {outcome.observations} observations{note}",
                     data={"exit": code})
