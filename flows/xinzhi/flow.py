"""The Prefect flows: `refresh` (discover → fetch → archive → parse → validate → load → publish)
and `collect` (one publisher's discover, fetch and parse, when a team spreads it over workers)."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import asdict

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
from prefect.states import Completed, Failed  # noqa: E402

from . import pipeline, report  # noqa: E402
from .archive import Archive  # noqa: E402
from .config import Settings  # noqa: E402
from .fetch import BlockedError, Client, HostNotAllowed, UnreachableError  # noqa: E402
from .parsed import ParsedCache  # noqa: E402

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
def discover(settings: Settings, client: Client, outcome: pipeline.Outcome, publishers: list[str]) -> str | None:
    """New articles from the feed and list pages. An unreachable or blocking site is not a
    crash: it comes back as the run's problem (one line), and the rest of the flow still runs."""
    return pipeline.discover_step(settings, client, _archive(settings, publishers), outcome, publishers)


@task(name="fetch-and-archive", cache_policy=NO_CACHE)
def fetch_and_archive(settings: Settings, client: Client, outcome: pipeline.Outcome,
                      publishers: list[str]) -> str | None:
    return pipeline.fetch_all(client, _archive(settings, publishers), settings, outcome, publishers)


def _archive(settings: Settings, publishers: list[str]) -> Archive:
    """In the team set-up each publisher's collect appends to logs of its own (one writer per
    file even across machines: the collect limit admits one collect per publisher)."""
    return Archive(settings.archive_dir, writer="-".join(publishers) if settings.collect_deployment else None)


def _collect(settings: Settings, publishers: list[str]) -> tuple[pipeline.Outcome, str | None]:
    """Discover and fetch for some publishers, holding each publisher's limit: two overlapping
    refreshes (on any workers) never walk one site at once, so the per-host rate holds and an
    article is never fetched or logged twice."""
    client, outcome = Client(settings), pipeline.Outcome()
    with limits([f"{COLLECT_LIMIT}-{p}" for p in publishers]):
        problem = discover(settings, client, outcome, publishers)
        if problem is None or outcome.new_discoveries:   # one publisher down: still fetch the other's
            problem = fetch_and_archive(settings, client, outcome, publishers) or problem
    outcome.requests, outcome.bytes = client.requests_made, client.bytes_downloaded
    return outcome, problem


@flow(name="collect", persist_result=True)
def collect(publishers: list[str] = list(pipeline.PUBLISHERS)) -> dict:
    """One part of a refresh on its own worker (deployment `xinzhi-collect`): discover and
    fetch the publishers' new articles into the shared archive, and parse their pages for the
    build. Returns what it did."""
    settings = Settings()
    outcome, problem = _collect(settings, publishers)
    parse(settings, publishers)      # parsed here, on this worker; the build reads the results
    return {"outcome": asdict(outcome), "problem": problem}


def _collect_on_workers(settings: Settings) -> tuple[pipeline.Outcome, str | None]:
    """One `collect` run per publisher through the work pool, so free workers share them;
    waits for all and adds up what they did."""
    try:
        runs = {p: run_deployment(settings.collect_deployment, parameters={"publishers": [p]}, timeout=0)
                for p in pipeline.PUBLISHERS}
    except ObjectNotFound:
        return pipeline.Outcome(), (f"XINZHI_COLLECT_DEPLOYMENT={settings.collect_deployment!r} names no deployment "
                                    "(run `prefect deploy --all`; docs/scaling.md); nothing was fetched")
    outcome, problems = pipeline.Outcome(), []
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
            outcome.add(pipeline.Outcome(**part["outcome"]))
            if part["problem"]:
                problems.append(part["problem"])
    return outcome, pipeline.one_problem(problems)


@contextmanager
def limits(names: list[str]):
    """Prefect global concurrency limits of one slot, created on first use, held for the block."""
    with get_client(sync_client=True) as client:
        for name in names:
            try:
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
            except ObjectAlreadyExists:
                pass
    with concurrency(names, occupy=1, strict=True):
        yield


@task(name="parse", cache_policy=NO_CACHE, persist_result=False)
def parse(settings: Settings, publishers: list[str] = list(pipeline.PUBLISHERS)):
    cache = _parsed_cache(settings)
    parsed, quarantine = pipeline.parse_archive(Archive(settings.archive_dir), cache=cache, publishers=publishers)
    reused = f" ({cache.hits} read as parsed by the collect runs)" if cache else ""
    get_run_logger().info("parsed %d releases%s, %d pages failed to parse", len(parsed), reused, len(quarantine))
    return parsed, quarantine


def _parsed_cache(settings: Settings) -> ParsedCache | None:
    """In the team set-up the collect runs parse what they fetched, for the build to read."""
    return ParsedCache(settings.archive_dir) if settings.collect_deployment else None


@task(name="validate", cache_policy=NO_CACHE)
def validate(settings: Settings, parsed):
    releases, rejected = pipeline.validate_releases(parsed, settings.home)
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
    if settings.collect_deployment:
        outcome, problem = _collect_on_workers(settings)
    else:
        outcome, problem = _collect(settings, list(pipeline.PUBLISHERS))
    # Parse to publish under one limit: a later build reads a later archive and publishes
    # after an earlier one, never before it.
    with limits([WAREHOUSE_LIMIT]):
        parsed, parse_quarantine = parse(settings)
        releases, rejected = validate(settings, parsed)
        counts = load_and_publish(settings, releases, parse_quarantine + rejected)
    outcome.parsed = len(parsed)
    outcome.record_held_back(parse_quarantine + rejected)
    outcome.releases_loaded, outcome.observations = counts["releases"], counts["observations"]
    summary = report.run_summary(settings, outcome, problem)
    create_markdown_artifact(key="refresh-summary", markdown=summary, description="What the refresh did")
    columns, rows, label = report.scorecard_rows(settings)
    create_markdown_artifact(key="target-scorecard", markdown=report.scorecard_markdown(columns, rows, label),
                             description="Targets against released figures")
    create_table_artifact(key="target-scorecard-table", table=[dict(zip(columns, row)) for row in rows],
                          description="Targets against released figures (table)")
    logger.info("summary:\n%s", summary)
    if problem or outcome.fetch_errors:
        return Failed(message=problem or f"{len(outcome.fetch_errors)} articles could not be fetched")
    note = f"; {len(outcome.quarantined)} quarantined" if outcome.quarantined else ""
    return Completed(message=f"{outcome.releases_loaded} releases, {outcome.observations} observations{note}")
