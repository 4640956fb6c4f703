"""The run's report: one self-contained HTML page (plotly and the table library inlined, so that it
opens offline), written under XINZHI_HOME by every refresh and rebuild. Its first screen states the
verdict; the charts, the sources and the sortable scorecard follow."""
from __future__ import annotations

from html import escape
from pathlib import Path

import duckdb
import pandas as pd

from . import charts, tables, verdict
from .warehouse import one_snapshot

QUERIES = Path(__file__).resolve().parents[2] / "sql" / "queries"
# What the page reads, each through its query in sql/queries/.
FRAMES = {"scorecard": "report_scorecard", "claims": "report_claims", "growth": "report_growth",
          "key_industries": "report_key_industries", "provinces": "report_provinces", "five_g": "report_5g",
          "health": "source_health", "build": "report_build"}
STYLE = """
body{font-family:sans-serif;margin:1.2em 2em;max-width:1216px;color:#212121}
h1{font-size:1.6em;margin:.2em 0} h2{font-size:1.25em;margin:1.2em 0 .4em} h3{font-size:1em;margin:.8em 0 .3em}
.banner{background:#ffe082;padding:.3em .6em;margin:.3em 0} .alert{background:#ffcdd2;padding:.3em .6em}
.built,.note{color:#555;font-size:.9em;margin:.3em 0} .headline{font-size:1.1em;margin:.4em 0 .6em}
table.counts,table.claims,table.plain{border-collapse:collapse;font-size:.9em}
table.counts th,table.counts td{padding:3px 12px;text-align:center}
table.counts tbody th{text-align:left;font-weight:normal}
table.counts td[data-evidence=all]{font-weight:bold;font-size:1.15em}
table.claims td,table.claims th,table.plain td,table.plain th{padding:2px 8px;border-bottom:1px solid #e0e0e0;text-align:left}
td.num{white-space:nowrap} .pill{color:#fff;padding:1px 6px;border-radius:3px;white-space:nowrap}
details summary{cursor:pointer} #scorecard-table{font-size:.85em}
#scorecard-table td:first-child{min-width:15em}
"""


def write_report(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """The report from a read-only connection to the published warehouse (one snapshot), written
    aside and renamed into place."""
    html = page(read_frames(con))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(html, encoding="utf-8")
    partial.replace(path)
    return path


def read_frames(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Everything the page shows, read in one snapshot."""
    with one_snapshot(con):
        return {name: con.execute((QUERIES / f"{query}.sql").read_text(encoding="utf-8")).df()
                for name, query in FRAMES.items()}


def page(frames: dict[str, pd.DataFrame]) -> str:
    label, built = frames["build"].iloc[0]
    banner = ("" if label == "official" else
              f'<p class="banner">{escape(label.upper())} DATA: built from test pages, not official figures.</p>')
    figures = "\n".join(
        f'<section class="chart" id="{fid}"><h2>{escape(title)}</h2>'
        f'{fig.to_html(full_html=False, include_plotlyjs=(i == 0), div_id=fid + "-plot", config={"responsive": True})}'
        f"</section>" for i, (fid, title, fig) in enumerate(charts.all_charts(frames)))
    card = frames["scorecard"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>xinzhi: China's industrial policy against its own numbers</title>
<style>{STYLE}</style>{tables.library_html()}
</head><body>
<h1>China's industrial policy against its own numbers</h1>
{banner}<p class="built" id="built">Warehouse built <span id="built-at">{escape(built)}</span> Beijing time (UTC+8) ·
figures, sources and lineage in <code>marts.observations</code> · rules in <code>sql/seeds/README.md</code></p>
{verdict.verdict_html(card, frames["claims"])}
{_health(frames["health"])}
{figures}
<section id="scorecard"><h2>Scorecard: every target, sortable and filterable</h2>{_checks_note(card)}
{tables.scorecard_html(card)}</section>
</body></html>
"""


def _health(health: pd.DataFrame) -> str:
    """The sources, unhealthy ones first, named and open, so a source that stopped working is seen
    first; folded into one line when all of them worked."""
    if health.empty:
        return ""
    unhealthy = health[~health.status.isin(["healthy", "never read"])]
    if len(unhealthy):
        summary = (f'<span class="alert">{len(unhealthy)} of {len(health)} sources did not work on their last read: '
                   f'{escape(", ".join(unhealthy.source))}</span>')
    else:
        summary = f"All {len(health)} sources worked on their last read"
    return (f'<details id="sources"{" open" if len(unhealthy) else ""}><summary>{summary}</summary>'
            f"{tables.plain_html(health)}</details>")


def _checks_note(card: pd.DataFrame) -> str:
    """How many targets their own archived documents confirm: the others are typed in, unchecked, or differ."""
    confirmed = int((card.verification == "confirmed").sum())
    differ = int((card.verification == "differs").sum())
    note = (f"<p>{confirmed} of {len(card)} targets are confirmed by the archived document that sets them; "
            f"{differ} differ from it. A target marked ⚠ is not confirmed: its number comes from the catalogue "
            f"(sql/seeds/targets.csv) and the reason is shown.</p>")
    return note.replace("<p>", '<p class="alert">', 1) if differ else note
