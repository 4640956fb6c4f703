"""The pipeline stages as plain functions: discover, fetch, parse, validate, build+publish.

The Prefect flow (flows/refresh.py) runs them as tasks; `xinzhi rebuild` runs the
last three alone. The warehouse is always rebuilt from the raw archive, so a refresh
and a rebuild give the same result and a crashed run loses nothing already archived.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from . import charts, checkpoints, warehouse
from .archive import Archive, Discovery, FetchRecord
from .config import Settings
from .fetch import BlockedError, Client, FetchError, HostNotAllowed, Response, UnreachableError, check_official
from .html import decode_body
from .model import NotHtml, ParseError, Release, XinzhiError
from .parsed import ParsedCache
from .releases import PARSERS, kind_of
from .sources import miit, nbs
from .validate import observations_frame, validate

log = logging.getLogger("xinzhi")

PUBLISHERS = ("nbs", "miit")
NOTHING_FETCHED = "nothing new was fetched and the warehouse was rebuilt from the archive"


@dataclass
class Outcome:
    """What a run did, for logs, artifacts and the exit message."""
    new_discoveries: int = 0
    out_of_scope: int = 0
    fetched: int = 0
    fetch_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # a publisher unreachable or refusing us
    parsed: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # attachment-only articles
    releases_loaded: int = 0
    observations: int = 0
    requests: int = 0
    bytes: int = 0

    def add(self, other: "Outcome") -> None:
        """Count in another part of the same run (one publisher's collection on another worker)."""
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def record_held_back(self, rows: list[dict]) -> None:
        """Quarantined pages (errors) apart from skipped ones (PDF-only, recorded with the reason)."""
        self.quarantined = [(q["url"], q["reason"]) for q in rows if q["stage"] != "skipped"]
        self.skipped = [(q["url"], q["reason"]) for q in rows if q["stage"] == "skipped"]


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- fetch helpers

def get_logged(client: Client, archive: Archive, url: str, role: str, conditional: bool,
               referer: str | None = None) -> Response:
    """GET through the polite client; archive the body and log the attempt either way."""
    last = archive.last_archived(url) if conditional else None
    etag, modified = (last.etag, last.last_modified) if last else (None, None)
    try:
        response = client.get(url, etag=etag, last_modified=modified, referer=referer)
    except FetchError as exc:
        archive.log_fetch(FetchRecord(url, role, now_iso(), None, None, None, None, 0, None, exc.reason))
        raise
    if role == "article":
        checkpoints.reach("fetch")        # the body is in memory, nothing of it archived yet
    sha = archive.put(response.body) if response.status == 200 else None
    archive.log_fetch(FetchRecord(url, role, response.fetched_at, response.status, sha, response.etag,
                                  response.last_modified, len(response.body or b""), response.content_type))
    if role == "article":
        checkpoints.reach("archived")
    if response.status == 304 and last:
        response.body = archive.get(last.sha256)  # unchanged: callers read the archived copy
    return response


# ---------------------------------------------------------------- discover

def publisher_of(url: str) -> str:
    return "miit" if (urlsplit(url).hostname or "").endswith("miit.gov.cn") else "nbs"


def discover(settings: Settings, client: Client, archive: Archive, outcome: Outcome,
             publishers=PUBLISHERS) -> list[Discovery]:
    """New candidate articles from the publishers' lists (newest first). A publisher
    that cannot be reached or refuses us is a problem of the run, not the end of it:
    the other publisher's lists are still read. Raises the first publisher's error
    only when every publisher failed."""
    known = {d.url for d in archive.discoveries()} | set(archive.latest_bodies("article"))
    first_run = not known
    found: dict[str, Discovery] = {}

    def add(items, source: str, publisher: str) -> bool:
        hit_known = False
        for url, title, date in items:
            try:
                check_official(url)
            except HostNotAllowed as exc:
                log.warning("skipped a link off the allow-list: %s", exc)
                continue
            if url in known:
                hit_known = True
                continue
            if url not in found:
                kind = kind_of(title, publisher)
                found[url] = Discovery(url, title, date.isoformat() if date else None, kind, source, now_iso())
        return hit_known

    errors: list[FetchError] = []
    walks = {"nbs": _walk_nbs, "miit": _walk_miit}
    for walk in (walks[name] for name in publishers):
        try:
            walk(settings, client, archive, add, first_run)
        except FetchError as exc:
            errors.append(exc)
            outcome.problems.append(_problem(exc))
    new = sorted(found.values(), key=lambda d: d.list_date or "", reverse=True)
    for discovery in new:
        archive.log_discovery(discovery)
    outcome.new_discoveries = len(new)
    outcome.out_of_scope = sum(1 for d in new if d.kind is None)
    for d in new:
        if d.kind is None:
            log.info("skipped (out of scope): %s  %s", d.title, d.url)
    if errors and len(errors) == len(publishers):
        raise errors[0]
    return new


def discover_step(settings: Settings, client: Client, archive: Archive, outcome: Outcome,
                  publishers=PUBLISHERS) -> str | None:
    """Discovery as a step of a run: the run's problem (one line), or None when every
    publisher's lists were read."""
    try:
        new = discover(settings, client, archive, outcome, publishers)
    except FetchError:  # every publisher unreachable, blocking, or failing after the retries
        return "; ".join(outcome.problems + [NOTHING_FETCHED])
    log.info("discovered %d new articles (%d in scope, %d out of scope)",
             len(new), len(new) - outcome.out_of_scope, outcome.out_of_scope)
    return "; ".join(outcome.problems) or None


def one_problem(problems: list[str]) -> str | None:
    """The parts' problems in one line, saying once that nothing was fetched when no part fetched."""
    if not problems:
        return None
    suffix = "; " + NOTHING_FETCHED
    nothing = all(p.endswith(suffix) for p in problems)
    text = "; ".join(p.removesuffix(suffix) for p in problems)
    return text + suffix if nothing and len(problems) == len(PUBLISHERS) else text


def _problem(exc: FetchError) -> str:
    if isinstance(exc, UnreachableError):
        return f"cannot reach {exc.host} ({exc.reason.split(': ', 1)[-1]})"
    return f"discovery stopped: {exc}"


def _walk_nbs(settings: Settings, client: Client, archive: Archive, add, first_run: bool) -> None:
    """The NBS feed, then the list pages back to XINZHI_START (later runs stop at the
    first article they already know)."""
    try:
        feed = get_logged(client, archive, nbs.FEED_URL, "feed", conditional=True)
        add(nbs.parse_feed(feed.body, nbs.FEED_URL), nbs.FEED_URL, nbs.PUBLISHER)
    except UnreachableError:
        raise
    except (FetchError, ParseError) as exc:
        log.warning("feed not usable this run, continuing with the list pages: %s", exc)

    for index in range(settings.max_list_pages):
        url = nbs.list_page_url(index)
        try:
            page = get_logged(client, archive, url, "list", conditional=index == 0, referer=nbs.LIST_URL)
        except FetchError as exc:
            if index > 0 and "HTTP 404" in exc.reason:
                break  # past the last list page
            raise
        if page.status == 304:
            # Unchanged: its archived copy is read like a fresh one. A run that died before
            # logging its discoveries then still finds them, and a finished one stops here.
            log.info("list page unchanged since the last run (HTTP 304)")
        items, page_count = nbs.parse_list_page(page.text(), url)
        if not items:
            break
        hit_known = add(items, url, nbs.PUBLISHER)
        dates = [d for _, _, d in items if d]
        if hit_known and not first_run:
            break  # later runs stop at the first article they already know
        if dates and min(dates).date() < settings.start:
            break
        if page_count is not None and index + 1 >= page_count:
            break


def _walk_miit(settings: Settings, client: Client, archive: Archive, add, first_run: bool) -> None:
    """Each MIIT statistics column: its page names the list API call; the API answers
    with the newest items. A column whose page or answer is unusable is logged and
    skipped; an unreachable or blocking site ends the walk."""
    for section in miit.SECTIONS:
        column = miit.column_url(section)
        try:
            page = get_logged(client, archive, column, "list", conditional=True, referer=miit.ROOT + "/")
            api = miit.list_api_url(page.text(), section)
            answer = get_logged(client, archive, api, "list", conditional=True, referer=column)
            add(miit.parse_list_api(answer.body, api), api, miit.PUBLISHER)
        except (UnreachableError, BlockedError):
            raise
        except (FetchError, ParseError) as exc:
            log.warning("MIIT column %s not usable this run: %s", section, exc)


# ---------------------------------------------------------------- fetch

def articles_to_fetch(archive: Archive, settings: Settings, publishers=PUBLISHERS) -> list[Discovery]:
    """Every in-scope discovery whose body is not archived yet (including earlier failures)."""
    have = set(archive.latest_bodies("article"))
    todo: dict[str, Discovery] = {}
    for d in archive.discoveries():
        if d.kind and d.url not in have and _on_or_after_start(d, settings) and publisher_of(d.url) in publishers:
            todo[d.url] = d
    return list(todo.values())


def _on_or_after_start(d: Discovery, settings: Settings) -> bool:
    return not d.list_date or d.list_date[:10] >= settings.start.isoformat()


def fetch_article(client: Client, archive: Archive, discovery: Discovery) -> None:
    get_logged(client, archive, discovery.url, "article", conditional=False, referer=_referer(discovery.url))


def fetch_all(client: Client, archive: Archive, settings: Settings, outcome: Outcome,
              publishers=PUBLISHERS) -> str | None:
    """Fetch and archive every in-scope article of the publishers not archived yet. A failing
    article is recorded and the others go on; an unreachable host ends the step (the problem
    is returned)."""
    todo = articles_to_fetch(archive, settings, publishers)
    log.info("%d articles to fetch (already archived ones are never fetched again)", len(todo))
    for number, discovery in enumerate(todo, start=1):
        try:
            fetch_article(client, archive, discovery)
        except UnreachableError as exc:
            return f"cannot reach {exc.host} while fetching articles ({exc.reason.split(': ', 1)[-1]})"
        except FetchError as exc:
            outcome.fetch_errors.append(str(exc))
            log.warning("not fetched: %s", exc)
            continue
        outcome.fetched += 1
        log.info("fetched and archived %d of %d: %s", number, len(todo), discovery.url)
    return None


def run(settings: Settings) -> tuple[Outcome, str | None]:
    """The whole refresh without Prefect (`xinzhi refresh --plain`, tests, benchmarks): the
    same steps as the flow, in one process. Returns the outcome and the run's problem, if any."""
    client, archive, outcome = Client(settings), Archive(settings.archive_dir), Outcome()
    problem = discover_step(settings, client, archive, outcome)
    if problem is None or outcome.new_discoveries:
        problem = fetch_all(client, archive, settings, outcome) or problem
    rebuild(settings, outcome)
    outcome.requests, outcome.bytes = client.requests_made, client.bytes_downloaded
    if problem is None and outcome.fetch_errors:
        problem = f"{len(outcome.fetch_errors)} articles could not be fetched"
    return outcome, problem


def _referer(url: str) -> str:
    """The list page a browser would have come from (MIIT refuses requests without one)."""
    if publisher_of(url) == "miit":
        match = re.search(r"/gxsj/tjfx/([a-z]+)/", url)
        return miit.column_url(match.group(1)) if match else miit.ROOT + "/"
    return nbs.LIST_URL


# ---------------------------------------------------------------- parse

def parse_archive(archive: Archive, track=None, cache: ParsedCache | None = None,
                  publishers=PUBLISHERS) -> tuple[list[tuple[Release, str]], list[dict]]:
    """Parse every archived article of the publishers; pages that fail go to quarantine with
    the reason. `track(items, total)` wraps the loop to show progress (a terminal bar for
    `xinzhi rebuild`). With a `cache` (team set-up), a page parsed before by the same code is
    read from it, and a new parse is added to it."""
    list_dates = {d.url: d.list_date for d in archive.discoveries()}
    parsed, quarantine = [], []
    pages = sorted((url, record) for url, record in archive.latest_bodies("article").items()
                   if publisher_of(url) in publishers)
    for url, record in (track or _log_progress)(pages, len(pages)):
        key = cache and cache.key(url, record.sha256, record.content_type, list_dates.get(url))
        release = cache.get(key) if cache else None
        if release is not None:
            parsed.append((release, record.sha256))
            continue
        try:
            release = parse_page(archive.get(record.sha256), url, record.content_type, list_dates.get(url))
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
    return parsed, quarantine


def _log_progress(items, total: int):
    """Progress of a long parse (a backfill or rebuild) in the log: every 100 pages."""
    for done, item in enumerate(items, start=1):
        yield item
        if done % 100 == 0 or (done == total and total >= 100):
            log.info("parsed %d of %d archived pages", done, total)


def parse_page(body: bytes, url: str, content_type: str | None = None, list_date: str | None = None) -> Release:
    """One archived page to a Release: the host picks the page reader, the title the release kind."""
    date = datetime.fromisoformat(list_date) if list_date else None
    source = miit if publisher_of(url) == "miit" else nbs
    article = source.parse_article(decode_body(body, content_type), url, date)
    kind = kind_of(article.title, source.PUBLISHER)
    if kind is None:
        raise ParseError(url, "title", f"a {source.PUBLISHER} release kind in scope "
                                       f"({', '.join(k for k, m in PARSERS.items() if m.PUBLISHER == source.PUBLISHER)}); "
                                       f"got {article.title!r}")
    return PARSERS[kind].parse(article)


# ---------------------------------------------------------------- validate, build, publish

def validate_releases(parsed: list[tuple[Release, str]], home: Path) -> tuple[list[tuple[Release, str, str]], list[dict]]:
    observations = [o for release, _ in parsed for o in release.observations]
    failures = validate(observations_frame(observations), home)
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
                             releases=releases, quarantine=quarantine, data_label=settings.data_label)
    warehouse.publish_build(settings, building)
    con = warehouse.connect_published(settings)
    try:
        charts.write_report(con, settings.report)
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


def rebuild(settings: Settings, outcome: Outcome | None = None, track=None) -> Outcome:
    """Parse, validate, load and publish everything in the archive; no network."""
    outcome = outcome or Outcome()
    archive = Archive(settings.archive_dir)
    parsed, quarantine = parse_archive(archive, track)
    releases, rejected = validate_releases(parsed, settings.home)
    quarantine += rejected
    counts = build_and_publish(settings, archive, releases, quarantine)
    outcome.parsed = len(parsed)
    outcome.record_held_back(quarantine)
    outcome.releases_loaded = counts["releases"]
    outcome.observations = counts["observations"]
    return outcome
