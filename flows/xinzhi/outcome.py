"""What a run did, the one line that says what went wrong, and the exit code scripts read."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

NOTHING_FETCHED = "nothing new was fetched and the warehouse was rebuilt from the archive"

# Exit codes of `xinzhi refresh` (docs/commands.md): scripts may rely on them.
EXIT_OK = 0          # every source read, every new article fetched, the warehouse published
EXIT_FAILED = 1      # some sources or articles failed; everything else loaded and published
EXIT_CONFIG = 2      # a configuration error (an XINZHI_* value, a command-line option): nothing ran
EXIT_NOTHING = 3     # no source could be read; the warehouse was rebuilt from the archive


@dataclass
class Outcome:
    """What a run did, for logs, artifacts and the exit message."""
    new_discoveries: int = 0
    out_of_scope: int = 0
    fetched: int = 0
    fetch_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # one line each: a source or host that failed
    notes: list[str] = field(default_factory=list)      # one line each: read, but something to act on (a moved catalogue path)
    parsed: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # attachment-only articles
    damaged: list[tuple[str, str]] = field(default_factory=list)   # archived copies that no longer match their hash
    repaired: list[str] = field(default_factory=list)              # damaged copies fetched again this run
    sources: list[dict] = field(default_factory=list)              # each source read: name, title, ok, entries, problem
    releases_loaded: int = 0
    observations: int = 0
    requests: int = 0
    bytes: int = 0
    config_error: bool = False

    def add(self, other: "Outcome") -> None:
        """Count in another part of the same run (one publisher's collection on another worker)."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            setattr(self, f.name, (mine or theirs) if isinstance(mine, bool) else mine + theirs)

    def record_held_back(self, rows: list[dict]) -> None:
        """Quarantined pages (errors) apart from skipped ones (PDF-only, recorded with the reason)
        and damaged archive copies (fetched again by the next refresh)."""
        self.quarantined = [(q["url"], q["reason"]) for q in rows if q["stage"] not in ("skipped", "archive")]
        self.skipped = [(q["url"], q["reason"]) for q in rows if q["stage"] == "skipped"]
        self.damaged = [(q["url"], q["reason"]) for q in rows if q["stage"] == "archive"]

    @property
    def nothing_read(self) -> bool:
        return bool(self.sources) and not any(s["entries"] for s in self.sources)


def one_problem(problems: list[str], parts: int) -> str | None:
    """The parts' problems in one line, saying once that nothing was fetched when no part of
    the `parts` fetched anything."""
    if not problems:
        return None
    suffix = "; " + NOTHING_FETCHED
    nothing = all(p.endswith(suffix) for p in problems)
    text = "; ".join(p.removesuffix(suffix) for p in problems)
    return text + suffix if nothing and len(problems) == parts else text


def exit_code(outcome: Outcome, problem: str | None) -> int:
    if outcome.config_error:
        return EXIT_CONFIG
    if not problem:
        return EXIT_OK
    return EXIT_NOTHING if outcome.nothing_read else EXIT_FAILED
