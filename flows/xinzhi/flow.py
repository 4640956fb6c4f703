"""The Prefect flow `refresh`: discover → fetch → archive → parse → validate → load → publish."""
from __future__ import annotations

import os

os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "xinzhi")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.states import Completed, Failed  # noqa: E402

from . import pipeline, report  # noqa: E402
from .archive import Archive  # noqa: E402
from .config import Settings  # noqa: E402
from .fetch import BlockedError, Client, HostNotAllowed, UnreachableError  # noqa: E402


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
def discover(settings: Settings, client: Client, outcome: pipeline.Outcome) -> str | None:
    """New articles from the feed and list pages. An unreachable or blocking site is not a
    crash: it comes back as the run's problem (one line), and the rest of the flow still runs."""
    return pipeline.discover_step(settings, client, Archive(settings.archive_dir), outcome)


@task(name="fetch-and-archive", cache_policy=NO_CACHE)
def fetch_and_archive(settings: Settings, client: Client, outcome: pipeline.Outcome) -> str | None:
    return pipeline.fetch_all(client, Archive(settings.archive_dir), settings, outcome)


@task(name="parse", cache_policy=NO_CACHE)
def parse(settings: Settings):
    parsed, quarantine = pipeline.parse_archive(Archive(settings.archive_dir))
    get_run_logger().info("parsed %d releases, %d pages failed to parse", len(parsed), len(quarantine))
    return parsed, quarantine


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
    client = Client(settings)
    outcome = pipeline.Outcome()
    problem = discover(settings, client, outcome)
    if problem is None or outcome.new_discoveries:   # one publisher down: still fetch the other's
        problem = fetch_and_archive(settings, client, outcome) or problem
    parsed, parse_quarantine = parse(settings)
    releases, rejected = validate(settings, parsed)
    counts = load_and_publish(settings, releases, parse_quarantine + rejected)
    outcome.parsed = len(parsed)
    outcome.record_held_back(parse_quarantine + rejected)
    outcome.releases_loaded, outcome.observations = counts["releases"], counts["observations"]
    outcome.requests, outcome.bytes = client.requests_made, client.bytes_downloaded
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
