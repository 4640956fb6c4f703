"""Parsed releases kept beside the raw archive, so that in the team set-up the collect runs on
other workers do the parsing of what they fetched and the build reads their results
(docs/scaling.md), and a one-process run parses only what it fetched: it parses each page as it
arrives, into a ParsedMemo its build reads, which keeps them on disk too; every page archived before
is read as an earlier run parsed it (a run that finds nothing new parses nothing).

An entry is named by everything a parse depends on: the body's sha256, its URL, content type and
list date, and a fingerprint of the parsing code and the indicator catalogue. Any change to one
of them is a different name, so an entry made by other code or for other input is never read.
Only successful parses are kept; a page that fails is parsed (and fails) again at the build.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict
from datetime import datetime
from functools import cache
from pathlib import Path

from .model import Observation, Release, TargetStatement

PACKAGE = Path(__file__).resolve().parent
CATALOGUE = PACKAGE.parents[1] / "sql" / "seeds" / "indicators.csv"
DOCUMENTS = PACKAGE.parents[1] / "sql" / "seeds" / "documents.csv"    # which titles are plans in scope


@cache
def fingerprint() -> str:
    """The parsing code (every module of the package), the catalogue it resolves names in, and the
    catalogue of plan documents."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")) + [CATALOGUE, DOCUMENTS]:
        digest.update(str(path.relative_to(PACKAGE.parents[1])).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class ParsedCache:
    def __init__(self, archive_root: Path):
        self.folder = Path(archive_root) / "parsed" / fingerprint()[:20]
        self.hits = 0

    @staticmethod
    def key(url: str, sha256: str, content_type: str | None, list_date: str | None) -> str:
        return hashlib.sha256(json.dumps([url, sha256, content_type, list_date]).encode()).hexdigest()

    def get(self, key: str) -> Release | None:
        path = self.folder / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):        # absent, or torn by a crash mid-write: parse again
            return None
        data["published_at"] = datetime.fromisoformat(data["published_at"])
        data["observations"] = [Observation(**o) for o in data["observations"]]
        data["targets"] = [TargetStatement(**t) for t in data.get("targets", [])]
        data["named"] = [Observation(**o) for o in data.get("named", [])]
        self.hits += 1
        return Release(**data)

    def said(self) -> str:
        """What the build read instead of parsing, for the log."""
        return f" ({self.hits} read as parsed by the collect runs)"

    def prune(self) -> None:
        """Removes the parses of other code or catalogues (never read again: their names differ)."""
        for folder in self.folder.parent.glob("*"):
            if folder != self.folder and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    def put(self, key: str, release: Release) -> None:
        data = asdict(release)
        data["published_at"] = release.published_at.isoformat()
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False)
            os.replace(tmp, self.folder / f"{key}.json")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


class ParsedMemo:
    """Releases parsed while they were fetched, each in the pause the per-host rate leaves before the
    next request, for the same run's build to read: a backfill's parsing is then done when its last
    page arrives. With a `disk` cache (the one-process run's), each is also kept there, and a page not
    fetched by this run is read from it as an earlier run parsed it."""

    key = staticmethod(ParsedCache.key)

    def __init__(self, disk: ParsedCache | None = None):
        self.releases: dict[str, Release] = {}
        self.disk = disk
        self.hits = 0

    def get(self, key: str) -> Release | None:
        release = self.releases.pop(key, None)
        self.hits += release is not None
        if release is None and self.disk:
            release = self.disk.get(key)
        return release

    def put(self, key: str, release: Release) -> None:
        self.releases[key] = release
        if self.disk:
            self.disk.put(key, release)

    def said(self) -> str:
        """What the build read instead of parsing, for the log."""
        earlier = f", {self.disk.hits} as an earlier run parsed them" if self.disk else ""
        return f" ({self.hits} parsed as they were fetched{earlier})"
