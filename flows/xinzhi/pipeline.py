"""The pipeline stages as plain functions: collect (discover and fetch, collect.py), parse,
validate, build+publish.

The Prefect flow (flows/refresh.py) runs them as tasks; `xinzhi rebuild` runs the
last three alone. The warehouse is always rebuilt from the raw archive, so a refresh
and a rebuild give the same result and a crashed run loses nothing already archived.
"""
from __future__ import annotations

import hashlib
import importlib
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import report_html, warehouse
from .archive import Archive, Damaged
from .collect import collect
from .config import Settings
from .model import NotHtml, Release, XinzhiError
from .outcome import Outcome
from .page import parse_page
from .parsed import ParsedCache, ParsedMemo
from .sources import GROUPS, all_sources, group_of, portal
from .validate import observations_frame, validate

log = logging.getLogger("xinzhi")


def run(settings: Settings) -> tuple[Outcome, str | None]:
    """The whole refresh without Prefect (`xinzhi refresh --plain`, tests, benchmarks): the
    same steps as the flow, in one process, the publishers collected at once and each page parsed
    as it arrives. Returns the outcome and the run's problem, if any."""
    memo = parse_memo(settings)
    # Pages are parsed on a thread of their own while the fetch waits its turn at the host (the
    # fetch is never held up by a parse); leaving the block waits for the last ones.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse") as parser:
        outcome, problem = collect(settings, GROUPS, on_fetched=parse_as_fetched(parser, memo))
    rebuild(settings, outcome, cache=memo)
    return outcome, run_problem(outcome, problem)


def parse_memo(settings: Settings) -> ParsedMemo:
    """A one-process run's parses: kept in memory for its build and on disk for the next run's."""
    disk = ParsedCache(settings.archive_dir)
    disk.prune()
    return ParsedMemo(disk)


def parse_as_fetched(parser: ThreadPoolExecutor, memo: ParsedMemo):
    """The `on_fetched` of a run: each fetched article is parsed on the `parser` thread into `memo`.
    Great Expectations, which validation needs, is imported there first (seconds of start-up), once
    the run has fetched an article: a run that finds nothing new (the same rows passed before) never
    validates, and a run whose article fetch is the last step it reaches never gets that far."""
    imported = []

    def on_fetched(discovery, response) -> None:
        if not imported:
            imported.append(parser.submit(importlib.import_module, "great_expectations"))
        parser.submit(parse_into, memo, discovery, response)
    return on_fetched


def parse_into(memo: ParsedMemo, discovery, response) -> None:
    """An article as it was fetched, parsed for the build (a page that fails is parsed again by the
    build, which quarantines it with the reason)."""
    if response.status != 200 or not response.body:
        return
    try:
        release = parse_page(response.body, discovery.url, response.content_type, discovery.list_date)
    except Exception:
        return
    memo.put(memo.key(discovery.url, hashlib.sha256(response.body).hexdigest(), response.content_type,
                      discovery.list_date), release)


def run_problem(outcome: Outcome, problem: str | None) -> str | None:
    """The run's one line: the sources' and hosts' problems, then articles that could not be
    fetched or repaired."""
    parts = [problem] if problem else []
    if outcome.fetch_errors:
        parts.append(f"{len(outcome.fetch_errors)} articles could not be fetched")
    return "; ".join(parts) or None


# ---------------------------------------------------------------- parse

def parse_archive(archive: Archive, track=None, cache: ParsedCache | None = None,
                  groups=GROUPS) -> tuple[list[tuple[Release, str]], list[dict]]:
    """Parse every archived article of the publisher groups; pages that fail go to quarantine
    with the reason (a damaged archived copy: stage `archive`, fetched again by the next refresh). `track(items, total)` wraps the loop to show progress (a terminal bar for
    `xinzhi rebuild`). With a `cache` (team set-up), a page parsed before by the same code is
    read from it, and a new parse is added to it."""
    list_dates = {d.url: d.list_date for d in archive.discoveries()}
    parsed, quarantine = [], []
    pages = sorted((url, record) for url, record in archive.latest_bodies("article").items()
                   if group_of(url) in groups)
    for url, record in (track or _log_progress)(pages, len(pages)):
        key = cache and cache.key(url, record.sha256, record.content_type, list_dates.get(url))
        release = cache.get(key) if cache else None
        if release is not None:
            parsed.append((release, record.sha256))
            continue
        try:
            release = parse_page(archive.get(record.sha256), url, record.content_type, list_dates.get(url))
        except Damaged as exc:
            quarantine.append({"url": url, "sha256": record.sha256, "stage": "archive",
                               "reason": f"{url}: {exc}; the next refresh fetches it again"})
            continue
        except NotHtml as exc:   # a PDF-only article: recorded with the reason, not an error
            quarantine.append({"url": url, "sha256": record.sha256, "stage": "skipped", "reason": str(exc)})
            continue
        except XinzhiError as exc:
            quarantine.append({"url": url, "sha256": record.sha256, "stage": "parse", "reason": str(exc)})
            continue
        except Exception as exc:  # a parser bug must not take down the run or publish garbage
            quarantine.append({"url": url, "sha256": record.sha256, "stage": "parse",
                               "reason": f"{url}: parser failed: {type(exc).__name__}: {exc}"})
            continue
        if cache:
            cache.put(key, release)
        parsed.append((release, record.sha256))
    if portal.GROUP in groups:
        parsed += parse_portal(archive, quarantine)
    return parsed, quarantine


def parse_portal(archive: Archive, quarantine: list[dict]) -> list[tuple[Release, str]]:
    """The data portal's archived answers, one release per catalogue leaf (portal.merge), each named
    with the hash of its latest answer."""
    answers, latest = [], {}
    for call, record in archive.latest_bodies("data").items():
        try:
            rows = portal.parse_answer(archive.get(record.sha256), call)
        except Damaged as exc:
            quarantine.append({"url": call, "sha256": record.sha256, "stage": "archive",
                               "reason": f"{call}: {exc}; the next refresh asks again"})
            continue
        except XinzhiError as exc:
            quarantine.append({"url": call, "sha256": record.sha256, "stage": "parse", "reason": str(exc)})
            continue
        answers.append((call, rows, record.fetched_at))
        key = portal.leaf_key(call)
        if record.fetched_at >= latest.get(key, ("", ""))[0]:
            latest[key] = (record.fetched_at, record.sha256)
    return [(release, latest[release.url][1]) for release in portal.merge(answers)]


def _log_progress(items, total: int):
    """Progress of a long parse (a backfill or rebuild) in the log: every 100 pages."""
    for done, item in enumerate(items, start=1):
        yield item
        if done % 100 == 0 or (done == total and total >= 100):
            log.info("parsed %d of %d archived pages", done, total)


# ---------------------------------------------------------------- validate, build, publish

def validate_releases(parsed: list[tuple[Release, str]], home: Path) -> tuple[list[tuple[Release, str, str]], list[dict]]:
    observations = [o for release, _ in parsed for o in release.observations]
    named = [o for release, _ in parsed for o in release.named]
    failures = validate(observations_frame(observations), home, observations_frame(named))
    out, quarantine = [], []
    for release, sha in parsed:
        reasons = failures.get(release.url, []) + [f"text and table disagree: {c}" for c in release.conflicts]
        if reasons:
            quarantine.append({"url": release.url, "sha256": sha, "stage": "validate", "reason": "; ".join(reasons)})
            out.append((release, sha, "quarantined"))
        else:
            out.append((release, sha, "loaded"))
    return out, quarantine


def build_and_publish(settings: Settings, archive: Archive, releases, quarantine) -> dict:
    settings.home.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(settings.home)
    # One building file per process: two overlapping runs never write the same file.
    building = settings.home / f"xinzhi.duckdb.building-{os.getpid()}"
    counts = warehouse.build(building, fetches=archive.fetches(), discoveries=archive.discoveries(),
                             releases=releases, quarantine=quarantine, data_label=settings.data_label,
                             sources=all_sources(settings), source_reads=archive.source_reads(),
                             memory_limit=settings.duckdb_memory_limit, threads=settings.duckdb_threads)
    warehouse.publish_build(settings, building)
    con = warehouse.connect_published(settings)
    try:
        report_html.write_report(con, settings.report)
    finally:
        con.close()
    return counts


def _remove_abandoned_builds(home: Path) -> None:
    """Building files left by a process that died mid-build (their pid is gone)."""
    for path in home.glob("xinzhi.duckdb.building-*"):
        pid = path.name.rsplit("-", 1)[-1].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def rebuild(settings: Settings, outcome: Outcome | None = None, track=None, cache=None) -> Outcome:
    """Parse, validate, load and publish everything in the archive; no network. `cache`: pages
    parsed already (as they were fetched)."""
    outcome = outcome or Outcome()
    archive = Archive(settings.archive_dir)
    parsed, quarantine = parse_archive(archive, track, cache)
    releases, rejected = validate_releases(parsed, settings.gx_project)
    quarantine += rejected
    counts = build_and_publish(settings, archive, releases, quarantine)
    outcome.parsed = len(parsed)
    outcome.record_held_back(quarantine)
    outcome.releases_loaded = counts["releases"]
    outcome.observations = counts["observations"]
    return outcome
