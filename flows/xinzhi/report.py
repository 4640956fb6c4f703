"""Text a person reads: the run summary and the scorecard, as markdown and as a terminal table."""
from __future__ import annotations

from pathlib import Path

from .warehouse import connect_published, one_snapshot

SCORECARD_SQL = Path(__file__).resolve().parents[2] / "sql" / "queries" / "scorecard.sql"


def scorecard_rows(settings) -> tuple[list[str], list[tuple], str]:
    """The scorecard of the published warehouse (either backend) and its data label."""
    con = connect_published(settings)
    try:
        with one_snapshot(con):
            cursor = con.execute(SCORECARD_SQL.read_text(encoding="utf-8"))
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            label = con.execute("SELECT data_label FROM raw.build_info").fetchone()[0]
    finally:
        con.close()
    return columns, rows, label


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
    if problem:
        lines.append(f"- **problem**: {problem}")
    return "\n".join(lines)
