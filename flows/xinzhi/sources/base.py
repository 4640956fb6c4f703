"""The one interface every source of releases has: a list page, a feed, a column's list API,
a policy library, a data portal.

The pipeline iterates sources; it knows no site. A source's `read(walk)` reads its lists
through the walk (which fetches politely, archives and logs every request), hands what it
found to `walk.add` with the classifier that decides what is in scope, and says how many
entries it saw. A source that cannot be read raises: an HTTP error, a page without the part
its reader needs, or no entries where entries are expected. Its `name` is its key in
`marts.source_health`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Protocol

from ..model import XinzhiError

Entry = tuple[str, str, "datetime | None"]          # (url, title, list date)
Classifier = Callable[[str], "str | None"]           # title -> release kind in scope, or None


@dataclass
class Read:
    """What one read of a source gave."""
    entries: int                      # entries seen on its lists this run
    detail: str | None = None         # what a later run may fall back on (the list call that worked)
    problem: str | None = None        # read, but degraded (the run names it and fails)
    note: str | None = None           # read, but something to act on (named in the run's summary; not a failure)


class SourceError(XinzhiError):
    """A source that cannot be read this run; the message says which part and why."""


class Walk(Protocol):
    """What a source may ask of the run that reads it (collect.Walk)."""
    first_run: bool

    def get(self, url: str, role: str, conditional: bool = True, referer: str | None = None,
            follow_redirects: bool = True): ...

    def post(self, url: str, body: bytes, role: str, referer: str | None = None): ...

    def add(self, entries: list[Entry], found_in: str, classify: Classifier) -> bool: ...

    def last_found(self, publisher: str) -> str | None: ...

    def last_detail(self, source: str) -> str | None: ...


class Source(Protocol):
    name: str           # stable key, e.g. "nbs.list", "miit.txy"
    publisher: str      # "nbs" or "miit": the group a collect run walks (one host's politeness)
    url: str            # what a person opens to check it
    title: str          # what it is, for messages and the health mart

    def read(self, walk: Walk) -> Read: ...
