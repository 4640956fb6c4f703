"""Text a person reads: the run summary and the scorecard, as markdown and as a terminal table."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .warehouse import connect_published, one_snapshot

QUERIES = Path(__file__).resolve().parents[2] / "sql" / "queries"


@dataclass
class Card:
    """The scorecard and the sources' health of the published warehouse, read in one snapshot."""
    columns: list[str]
    rows: list[tuple]
    label: str
    health_columns: list[str]
    health: list[tuple]       # unhealthy sources first

    @property
    def unhealthy(self) -> list[tuple]:
        status = self.health_columns.index("status")
        return [row for row in self.health if row[status] not in ("healthy", "never read")]


def query(con, name: str) -> tuple[list[str], list[tuple]]:
    cursor = con.execute((QUERIES / f"{name}.sql").read_text(encoding="utf-8"))
    return [d[0] for d in cursor.description], cursor.fetchall()


def scorecard_rows(settings) -> Card:
    """The scorecard of the published warehouse (either backend), its data label and the sources."""
    con = connect_published(settings)
    try:
        with one_snapshot(con):
            columns, rows = query(con, "scorecard")
            health_columns, health = query(con, "source_health")
            label = con.execute("SELECT data_label FROM raw.build_info").fetchone()[0]
    finally:
        con.close()
    return Card(columns, rows, label, health_columns, health)


def scorecard_markdown(columns: list[str], rows: list[tuple], label: str) -> str:
    lines = []
    if label != "official":
        lines.append(f"> **{label.upper()} DATA** — built from test pages, not official figures.\n")
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "---|" * len(columns))
    for row in rows:
        lines.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
    return "\n".join(lines)


def run_summary(settings, outcome, problem: str | None) -> str:
    lines = []
    if settings.data_label != "official":
        lines.append(f"> **{settings.data_label.upper()} DATA** — built from test pages, not official figures.\n")
    lines += [
        f"- warehouse: `{settings.published}`; report with charts: `{settings.report}`",
        f"- new articles discovered: {outcome.new_discoveries} ({outcome.out_of_scope} out of scope, skipped)",
        f"- articles fetched: {outcome.fetched}; fetch errors: {len(outcome.fetch_errors)}",
        f"- HTTP requests: {outcome.requests}; bytes downloaded: {outcome.bytes}",
        f"- releases parsed: {outcome.parsed}; loaded: {outcome.releases_loaded}; observations: {outcome.observations}",
        f"- quarantined: {len(outcome.quarantined)}",
    ]
    lines += [f"  - {url}: {reason}" for url, reason in outcome.quarantined]
    if outcome.skipped:
        lines.append(f"- skipped (published as an attachment only): {len(outcome.skipped)}")
        lines += [f"  - {url}" for url, _ in outcome.skipped]
    lines += [f"  - fetch error: {error}" for error in outcome.fetch_errors]
    if outcome.repaired:
        lines.append(f"- damaged archive copies fetched again: {len(outcome.repaired)}")
        lines += [f"  - {url}" for url in outcome.repaired]
    if outcome.damaged:
        lines.append(f"- damaged archive copies not loaded (the next refresh fetches them again): {len(outcome.damaged)}")
        lines += [f"  - {reason}" for _, reason in outcome.damaged]
    lines += [f"- note: {note}" for note in outcome.notes]
    if problem:
        lines.append(f"- **problem**: {problem}")
    lines += sources_table(outcome.sources)
    return "\n".join(lines)


def sources_table(sources: list[dict]) -> list[str]:
    """Each source read this run, the ones that failed first."""
    if not sources:
        return []
    failed = sum(1 for s in sources if not s["ok"])
    lines = ["", f"Sources: {len(sources) - failed} read, {failed} failed", "",
             "| source | read | entries | problem |", "|---|---|---|---|"]
    for s in sorted(sources, key=lambda s: (s["ok"], s["name"])):
        problem = (s["problem"] or "").replace("|", "\\|")
        lines.append(f"| {s['name']} | {'yes' if s['ok'] else '**no**'} | {s['entries']} | {problem} |")
    return lines
