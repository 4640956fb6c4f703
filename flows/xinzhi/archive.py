"""The raw archive: every fetched body once, named by its sha256, plus append-only logs.

Nothing here is ever rewritten: bodies are written to a temporary file and renamed
into place; log lines are appended whole and fsynced. A torn last line (a crash
mid-write) is ignored when reading, so the archive always reads back consistent.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from .model import XinzhiError

_SHA = re.compile(r"[0-9a-f]{64}")


class Damaged(XinzhiError):
    """An archived body that is missing or whose content no longer matches its name."""

    def __init__(self, sha: str, why: str):
        self.sha = sha
        super().__init__(f"archived copy {sha[:12]}… is damaged ({why})")


@dataclass
class FetchRecord:
    url: str
    role: str                 # 'list', 'feed' or 'article'
    fetched_at: str
    status: int | None
    sha256: str | None
    etag: str | None
    last_modified: str | None
    bytes: int
    content_type: str | None
    error: str | None = None
    note: str | None = None   # 'repair': a damaged archived copy fetched again


@dataclass
class SourceRecord:
    """One read of one source in one run (marts.source_health is made of these)."""
    source: str
    publisher: str
    read_at: str
    ok: bool
    entries: int
    problem: str | None       # why it failed, or how it was degraded
    detail: str | None        # what a later run may fall back on (the list call that worked)


@dataclass
class Discovery:
    url: str
    title: str
    list_date: str | None     # date shown on the list page / feed (the release date)
    kind: str | None          # release kind, or None when out of scope
    found_in: str             # the list page or feed URL
    found_at: str


class Archive:
    def __init__(self, root: Path, writer: str | None = None):
        """`writer`: this process appends to logs of its own (`fetch_log.<writer>.jsonl` …), so
        writers on several machines sharing the archive over NFS, where appends from two
        machines to one file are not atomic, never append to the same file. Readers read all."""
        self.root = Path(root)
        self.objects = self.root / "objects"
        suffix = f".{writer}" if writer else ""
        self.fetch_log_path = self.root / f"fetch_log{suffix}.jsonl"
        self.discovery_log_path = self.root / f"discoveries{suffix}.jsonl"
        self.source_log_path = self.root / f"sources{suffix}.jsonl"
        self._fetches: list[FetchRecord] | None = None   # the log, read once per instance

    # ------------------------------------------------------------ bodies
    def put(self, body: bytes) -> str:
        sha = hashlib.sha256(body).hexdigest()
        path = self.path_of(sha)
        if path.exists() and self.intact(sha):
            return sha      # stored once; a damaged copy is replaced by the good bytes
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return sha

    def get(self, sha: str) -> bytes:
        try:
            body = self.path_of(sha).read_bytes()
        except FileNotFoundError:
            raise Damaged(sha, "missing") from None
        if hashlib.sha256(body).hexdigest() != sha:
            raise Damaged(sha, "its content no longer matches its sha256")
        return body

    def intact(self, sha: str) -> bool:
        try:
            self.get(sha)
        except Damaged:
            return False
        return True

    def damaged(self, role: str = "article") -> dict[str, FetchRecord]:
        """The URLs whose last archived body of `role` is missing or no longer matches its hash."""
        return {url: record for url, record in self.latest_bodies(role).items() if not self.intact(record.sha256)}

    def path_of(self, sha: str) -> Path:
        # Names come from our own hashing, but check anyway: a log line is input too.
        if not _SHA.fullmatch(sha):
            raise ValueError(f"not a sha256 archive name: {sha!r}")
        return self.objects / sha[:2] / sha

    # ------------------------------------------------------------ logs
    def log_fetch(self, record: FetchRecord) -> None:
        self._append(self.fetch_log_path, asdict(record))
        if self._fetches is not None:
            self._fetches.append(record)

    def log_discovery(self, record: Discovery) -> None:
        self._append(self.discovery_log_path, asdict(record))

    def log_discoveries(self, records: list[Discovery]) -> None:
        """Several discoveries in one append (one fsync: a backfill finds hundreds at once)."""
        if records:
            self._append(self.discovery_log_path, *[asdict(record) for record in records])

    def log_source_read(self, record: SourceRecord) -> None:
        self._append(self.source_log_path, asdict(record))

    def source_reads(self) -> list[SourceRecord]:
        return [SourceRecord(**row) for row in self._read_logs("sources", "read_at")]

    def fetches(self) -> list[FetchRecord]:
        if self._fetches is None:
            self._fetches = [FetchRecord(**row) for row in self._read_logs("fetch_log", "fetched_at")]
        return list(self._fetches)

    def discoveries(self) -> list[Discovery]:
        return [Discovery(**row) for row in self._read_logs("discoveries", "found_at")]

    def _read_logs(self, name: str, time_field: str) -> list[dict]:
        """Every writer's log; several are merged in time order (stable: one writer's lines
        keep their order)."""
        paths = sorted(self.root.glob(f"{name}.*jsonl"))
        rows = [row for path in paths for row in _read_jsonl(path)]
        return sorted(rows, key=lambda row: row.get(time_field) or "") if len(paths) > 1 else rows

    def latest_bodies(self, role: str) -> dict[str, FetchRecord]:
        """The last successfully archived body per URL for one role."""
        latest: dict[str, FetchRecord] = {}
        for record in self.fetches():
            if record.role == role and record.sha256 and record.status == 200:
                latest[record.url] = record
        return latest

    def last_archived(self, url: str) -> FetchRecord | None:
        """The last response for `url` whose body is archived (its ETag and Last-Modified
        make the next request conditional)."""
        for record in reversed(self.fetches()):
            if record.url == url and record.sha256:
                return record
        return None

    def _append(self, path: Path, *rows: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        line = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        if _ends_torn(path):
            line = "\n" + line  # close a line torn by a crash, so this one stays whole
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())


def _ends_torn(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a torn line from a crash mid-append
    return rows
