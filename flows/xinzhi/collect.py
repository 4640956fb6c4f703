"""Collecting: read every source's lists, then fetch and archive the new articles.

Sources are iterated through one interface (sources/base.py); each read is logged in the
archive (`sources.jsonl`), which `marts.source_health` is built from. A source that cannot be
read is a problem of the run, named in its one-line message, while every other source is still
read and every article still fetched. A host that does not answer, or blocks us, is not asked
again in the same run.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from urllib.parse import urlsplit

from . import checkpoints, clock
from .archive import Archive, Discovery, FetchRecord, SourceRecord
from .config import Settings
from .fetch import BlockedError, Client, FetchError, HostNotAllowed, Response, UnreachableError, check_official
from .model import ParseError
from .outcome import NOTHING_FETCHED, Outcome, one_problem
from .sources import GROUPS, Source, SourceError, all_sources, group_of, referer_for
from .sources.base import Classifier, Entry, Read

log = logging.getLogger("xinzhi")


now_iso = clock.now_iso


def get_logged(client: Client, archive: Archive, url: str, role: str, conditional: bool,
               referer: str | None = None, note: str | None = None, follow_redirects: bool = True) -> Response:
    """GET through the polite client; archive the body and log the attempt either way. A
    conditional request is made only while the archived copy it would fall back on is intact."""
    last = archive.last_archived(url) if conditional else None
    if last and not archive.intact(last.sha256):
        last = None
    etag, modified = (last.etag, last.last_modified) if last else (None, None)
    try:
        response = client.get(url, etag=etag, last_modified=modified, referer=referer,
                              follow_redirects=follow_redirects)
    except FetchError as exc:
        archive.log_fetch(FetchRecord(url, role, now_iso(), None, None, None, None, 0, None, exc.reason, note))
        raise
    if role == "article":
        checkpoints.reach("fetch")        # the body is in memory, nothing of it archived yet
    sha = archive.put(response.body) if response.status == 200 else None
    archive.log_fetch(FetchRecord(url, role, response.fetched_at, response.status, sha, response.etag,
                                  response.last_modified, len(response.body or b""), response.content_type,
                                  None, note))
    if role == "article":
        checkpoints.reach("archived")
    if response.status == 304 and last:
        response.body = archive.get(last.sha256)  # unchanged: callers read the archived copy
    return response


def post_logged(client: Client, archive: Archive, url: str, body: bytes, role: str,
                referer: str | None = None) -> Response:
    """POST through the polite client; the answer is archived and logged under the call itself
    (URL#body: the body is part of the key, so a replay finds the answer to the same call)."""
    call = call_key(url, body)
    try:
        response = client.post(url, body, referer=referer)
    except FetchError as exc:
        archive.log_fetch(FetchRecord(call, role, now_iso(), None, None, None, None, 0, None, exc.reason, None))
        raise
    sha = archive.put(response.body)
    archive.log_fetch(FetchRecord(call, role, response.fetched_at, response.status, sha, None, None,
                                  len(response.body or b""), response.content_type, None, None))
    return response


def call_key(url: str, body: bytes) -> str:
    """The name of a POST call in the archive and in the warehouse's lineage: URL#body."""
    return f"{url}#{body.decode('utf-8')}"


class Walk:
    """One run's reading of the sources: polite, archived, logged requests; what is new."""

    def __init__(self, settings: Settings, client: Client, archive: Archive):
        self.settings, self.client, self.archive = settings, client, archive
        self.known = {d.url for d in archive.discoveries()} | set(archive.latest_bodies("article"))
        self.first_run = not self.known
        self.found: dict[str, Discovery] = {}
        self._reads = None

    def get(self, url: str, role: str, conditional: bool = True, referer: str | None = None,
            follow_redirects: bool = True) -> Response:
        return get_logged(self.client, self.archive, url, role, conditional, referer,
                          follow_redirects=follow_redirects)

    def post(self, url: str, body: bytes, role: str, referer: str | None = None) -> Response:
        return post_logged(self.client, self.archive, url, body, role, referer)

    def add(self, entries: list[Entry], found_in: str, classify: Classifier) -> bool:
        """Record the entries not seen before; True when one of them was known already."""
        hit_known = False
        for url, title, date in entries:
            try:
                check_official(url)
            except HostNotAllowed as exc:
                log.warning("skipped a link off the allow-list: %s", exc)
                continue
            if url in self.known:
                hit_known = True
                continue
            if url not in self.found:
                self.found[url] = Discovery(url, title, date.isoformat() if date else None, classify(title),
                                            found_in, now_iso())
        return hit_known

    def last_found(self, publisher: str) -> str | None:
        """When the latest in-scope entry of the publisher's sites was first found (ISO time), by an
        earlier run or this one: a release that says a source's recent figures may have changed."""
        found = [d.found_at for d in [*self.archive.discoveries(), *self.found.values()]
                 if d.kind and group_of(d.url) == publisher]
        return max(found, key=datetime.fromisoformat, default=None)

    def last_detail(self, source: str) -> str | None:
        """What the last read of `source` that got through left for later runs (its list call)."""
        if self._reads is None:
            self._reads = self.archive.source_reads()
        return next((r.detail for r in reversed(self._reads) if r.source == source and r.detail), None)


def discover(settings: Settings, client: Client, archive: Archive, outcome: Outcome,
             groups=GROUPS) -> list[Discovery]:
    """Read every source of the groups (newest entries first in the result). Each source that
    fails adds a line to `outcome.problems`; the others are read all the same."""
    walk = Walk(settings, client, archive)
    down: dict[str, str] = {}          # host -> why it is not asked again this run
    for source in all_sources(settings, groups):
        host = urlsplit(source.url).hostname or ""
        if host in down:
            _record(archive, outcome, source, None, down[host], down[host])
            continue
        try:
            read = source.read(walk)
        except (UnreachableError, BlockedError) as exc:
            down[host] = _host_problem(exc)
            _record(archive, outcome, source, None, down[host], down[host])
        except (FetchError, ParseError, SourceError) as exc:
            _record(archive, outcome, source, None, str(exc), f"{source.name}: {exc}")
        else:
            _record(archive, outcome, source, read, read.problem,
                    f"{source.name}: {read.problem}" if read.problem else None)
    new = sorted(walk.found.values(), key=lambda d: d.list_date or "", reverse=True)
    archive.log_discoveries(new)
    outcome.new_discoveries = len(new)
    outcome.out_of_scope = sum(1 for d in new if d.kind is None)
    for d in new:
        if d.kind is None:
            log.info("skipped (out of scope): %s  %s", d.title, d.url)
    return new


def _host_problem(exc: FetchError) -> str:
    host = urlsplit(exc.url).hostname
    if isinstance(exc, UnreachableError):
        return f"cannot reach {host} ({exc.reason.split(': ', 1)[-1]})"
    return f"{host} refused us: {exc}"


def _record(archive: Archive, outcome: Outcome, source: Source, read: Read | None, reason: str | None,
            line: str | None) -> None:
    """Log one read of a source in the archive and the outcome. `reason` is why it failed or how it
    was degraded; `line` is the run's problem line for it (a host's is said once)."""
    ok = read is not None and reason is None
    entries = read.entries if read else 0
    if read and read.note:
        outcome.notes.append(f"{source.name}: {read.note}")
        log.warning("%s: %s", source.name, read.note)
    archive.log_source_read(SourceRecord(source.name, source.publisher, now_iso(), ok, entries,
                                         reason, read.detail if read else None))
    outcome.sources.append({"name": source.name, "title": source.title, "url": source.url, "ok": ok,
                            "entries": entries, "problem": reason})
    if line and line not in outcome.problems:
        outcome.problems.append(line)
        log.warning("source not usable this run: %s", line)


def discover_step(settings: Settings, client: Client, archive: Archive, outcome: Outcome,
                  groups=GROUPS) -> str | None:
    """Discovery as a step of a run: the run's problem (one line), or None when every source was read."""
    new = discover(settings, client, archive, outcome, groups)
    if outcome.nothing_read:
        return "; ".join(outcome.problems + [NOTHING_FETCHED])
    log.info("discovered %d new articles (%d in scope, %d out of scope)",
             len(new), len(new) - outcome.out_of_scope, outcome.out_of_scope)
    return "; ".join(outcome.problems) or None


def collect(settings: Settings, groups=GROUPS, on_fetched=None) -> tuple[Outcome, str | None]:
    """Discover and fetch every publisher's sources at the same time, one thread each (its own client
    and archive handle): the rate is per host and no host serves two publishers, so no host is asked
    any sooner, and a run takes as long as its slowest publisher instead of their sum. Returns what
    the parts did together and the run's problem (one line)."""
    def part(publisher: str) -> tuple[Outcome, str | None]:
        client, archive, outcome = Client(settings), Archive(settings.archive_dir), Outcome()
        problem = discover_step(settings, client, archive, outcome, [publisher])
        if not outcome.nothing_read or outcome.new_discoveries:
            fetched = fetch_all(client, archive, settings, outcome, [publisher], on_fetched)
            problem = "; ".join(p for p in (problem, fetched) if p) or None
        outcome.requests, outcome.bytes = client.requests_made, client.bytes_downloaded
        return outcome, problem

    with ThreadPoolExecutor(max_workers=len(groups), thread_name_prefix="collect") as pool:
        parts = list(pool.map(part, groups))
    outcome, problems = Outcome(), []
    for piece, problem in parts:
        outcome.add(piece)
        problems += [problem] if problem else []
    return outcome, one_problem(problems, len(groups))


# ---------------------------------------------------------------- fetch

def articles_to_fetch(archive: Archive, settings: Settings, groups=GROUPS, damaged=()) -> list[Discovery]:
    """Every in-scope discovery whose body is not archived yet (including earlier failures), and
    every one of `damaged` (archived copies that no longer match their hash: fetched again)."""
    have = set(archive.latest_bodies("article")) - set(damaged)
    todo: dict[str, Discovery] = {}
    for d in archive.discoveries():
        if d.kind and d.url not in have and _on_or_after_start(d, settings) and group_of(d.url) in groups:
            todo[d.url] = d
    return list(todo.values())


def _on_or_after_start(d: Discovery, settings: Settings) -> bool:
    return not d.list_date or d.list_date[:10] >= settings.start.isoformat()


def fetch_all(client: Client, archive: Archive, settings: Settings, outcome: Outcome,
              groups=GROUPS, on_fetched=None) -> str | None:
    """Fetch and archive every in-scope article of the groups not archived (intact) yet. A failing
    article is recorded and the others go on; an unreachable host ends the step (the problem
    is returned). `on_fetched(discovery, response)` is called with each article archived (the plain
    run hands it to a thread that parses it while the next is fetched)."""
    damaged = archive.damaged("article")
    todo = articles_to_fetch(archive, settings, groups, damaged)
    log.info("%d articles to fetch (already archived ones are never fetched again)", len(todo))
    for number, discovery in enumerate(todo, start=1):
        repair = discovery.url in damaged
        if repair:
            log.warning("the archived copy of %s is damaged: fetching it again", discovery.url)
        try:
            response = get_logged(client, archive, discovery.url, "article", conditional=False,
                                  referer=referer_for(discovery.url), note="repair" if repair else None)
        except UnreachableError as exc:
            return f"cannot reach {exc.host} while fetching articles ({exc.reason.split(': ', 1)[-1]})"
        except FetchError as exc:
            outcome.fetch_errors.append(str(exc))
            log.warning("not fetched: %s", exc)
            continue
        outcome.fetched += 1
        if on_fetched:
            on_fetched(discovery, response)
        if repair:
            outcome.repaired.append(discovery.url)
        log.info("fetched and archived %d of %d: %s", number, len(todo), discovery.url)
    return None
