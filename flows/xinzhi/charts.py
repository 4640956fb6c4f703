"""The run's report: one self-contained HTML file with charts (plotly, its script inlined so
the file opens offline), written under XINZHI_HOME by every refresh and rebuild. Every chart
has one unit on its axis; reference lines are named in the legend, where labels cannot overlap."""
from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .warehouse import one_snapshot

QUERIES = Path(__file__).resolve().parents[2] / "sql" / "queries"
STATUS_COLOURS = {"met": "#2e7d32", "on track": "#7cb342", "off track": "#c62828", "unclear": "#f9a825",
                  "no data yet": "#9e9e9e"}
SCORED = ("met", "on track", "off track", "unclear")
# Reference lines on the growth chart: division column -> its plan target (marts.target_scorecard).
GROWTH_TARGETS = {"c31_ferrous_metals": "steel_va_avg_growth_2025_26", "c32_nonferrous_metals": "nonferrous_va_avg_growth_2025_26",
                  "c26_chemicals": "petchem_va_avg_growth_2025_26", "c36_automobiles": "auto_mfg_va_growth_2025",
                  "c39_electronics": "elec_c39_va_avg_growth_2025_26"}


def write_report(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """The report from a read-only connection to the published warehouse (one snapshot)."""
    with one_snapshot(con):
        frames = {name: con.execute((QUERIES / f"{name}.sql").read_text(encoding="utf-8")).df()
                  for name in ("scorecard", "report_growth", "report_5g", "source_health")}
        frames["key"] = con.execute("SELECT * FROM marts.key_industries_vs_plans ORDER BY industry").df()
        frames["provinces"] = con.execute((QUERIES / "report_provinces.sql").read_text(encoding="utf-8")).df()
        targets = con.execute("SELECT target_id, target_value FROM marts.target_scorecard").df()
        label, built = con.execute("SELECT data_label, built_at FROM raw.build_info").fetchone()
    target_values = dict(zip(targets.target_id, targets.target_value))
    figures = [_targets_chart(frames["scorecard"]), _growth_chart(frames["report_growth"], target_values),
               _key_industries_chart(frames["key"]), _provinces_chart(frames["provinces"]),
               *_five_g_charts(frames["report_5g"])]
    body = "\n".join(f'<section class="chart" id="{fid}"><h2>{html.escape(title)}</h2>{fig.to_html(full_html=False, include_plotlyjs=(i == 0), div_id=fid + "-plot")}</section>'
                     for i, (fid, title, fig) in enumerate(figures))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(_page(body, frames["scorecard"], frames["source_health"], label, built), encoding="utf-8")
    partial.replace(path)
    return path


def _targets_chart(card: pd.DataFrame):
    """The scored targets, one panel per unit (a count of factories never shares an axis with a %)."""
    scored = card[card.status.isin(SCORED)]
    units = list(dict.fromkeys(scored.unit)) or ["%"]
    fig = make_subplots(rows=len(units), cols=1, subplot_titles=units, vertical_spacing=0.5 / max(len(units), 1))
    for row, unit in enumerate(units, start=1):
        part = scored[scored.unit == unit]
        names = [f"{zh}<br>{target_id}" for zh, target_id in zip(part.name_zh, part.target_id)]
        fig.add_bar(name="actual", x=names, y=part.actual, row=row, col=1, showlegend=row == 1,
                    marker_color=[STATUS_COLOURS[s] for s in part.status],
                    text=[f"{s}, {e}" for s, e in zip(part.status, part.evidence)], textposition="outside",
                    hovertext=part.name_en)
        fig.add_scatter(name="target", x=names, y=part.target_value, mode="markers", row=row, col=1,
                        showlegend=row == 1,
                        marker={"symbol": "line-ew-open", "size": 28, "color": "black", "line": {"width": 3}})
        fig.update_yaxes(title_text=unit, row=row, col=1)
    fig.update_layout(height=320 * len(units) + 120)
    return ("targets", "Every scored target: actual against target, one unit per panel", fig)


def _growth_chart(growth: pd.DataFrame, targets: dict):
    fig = go.Figure()
    for column in [c for c in growth.columns if c != "period"]:
        fig.add_scatter(name=column, x=growth.period, y=growth[column], mode="lines+markers", connectgaps=True)
    for column, target_id in GROWTH_TARGETS.items():
        value = targets.get(target_id)
        if value is not None and pd.notna(value) and len(growth):
            fig.add_scatter(name=f"{column} target {value:g} %", x=[growth.period.iloc[0], growth.period.iloc[-1]],
                            y=[value, value], mode="lines", line={"dash": "dot", "width": 1})
    fig.update_layout(yaxis_title="% year on year (year to date)", xaxis={"type": "category"}, height=480)
    return ("growth", "Industrial growth over time, with the plan targets as reference lines", fig)


def _key_industries_chart(key: pd.DataFrame):
    fig = go.Figure()
    percent = key.target_unit == "%"
    fig.add_bar(name="latest growth (%)", x=key.name_en, y=key.latest_growth)
    fig.add_bar(name="plan target (%)", x=key.name_en, y=key.target_value.where(percent))
    fig.update_layout(barmode="group", yaxis_title="%", height=420)
    return ("key-industries", "The ten key industries against their growth plans (growth targets only)", fig)


def _provinces_chart(provinces: pd.DataFrame):
    """Every province with a figure against its own target: the industrial target where it set one, its
    GDP target (another measure, context only) where it did not."""
    fig = go.Figure()
    names = [f"{zh}<br>{period}" for zh, period in zip(provinces.name_zh, provinces.actual_period)]
    fig.add_bar(name="industrial growth, year to date (%)", x=names, y=provinces.actual,
                marker_color=[STATUS_COLOURS.get(s, "#90a4ae") for s in provinces.status],
                text=provinces.status, textposition="outside")
    fig.add_scatter(name="industrial target (%)", x=names, y=provinces.industrial_target, mode="markers",
                    marker={"symbol": "line-ew-open", "size": 28, "color": "black", "line": {"width": 3}})
    fig.add_scatter(name="GDP target (context, not scored)", x=names, y=provinces.gdp_target_context, mode="markers",
                    marker={"symbol": "circle-open", "size": 10, "color": "#616161"})
    fig.update_layout(yaxis_title="%", height=440, xaxis={"type": "category"})
    return ("provinces", "The provinces against their own targets (latest year with figures)", fig)


def _five_g_charts(five_g: pd.DataFrame):
    stations = go.Figure()
    stations.add_bar(name="5G base stations", x=five_g.period, y=five_g.bs_5g)
    stations.update_layout(yaxis_title="base stations (10,000s)", xaxis={"type": "category"}, height=380)
    density = go.Figure()
    density.add_scatter(name="per 10,000 people", x=five_g.period, y=five_g.bs_5g_per_10k, mode="lines+markers",
                        connectgaps=True)
    for column, text in (("target_2025", "2025 plan"), ("target_2027", "2027 plan")):
        value = five_g[column].dropna().max() if not five_g.empty else None
        if value is not None and pd.notna(value):
            density.add_scatter(name=f"{text}: {value:g} per 10,000", x=[five_g.period.iloc[0], five_g.period.iloc[-1]],
                                y=[value, value], mode="lines", line={"dash": "dot", "width": 1})
    density.update_layout(yaxis_title="base stations per 10,000 people", xaxis={"type": "category"}, height=380)
    return [("five-g", "5G base stations built", stations),
            ("five-g-density", "5G base stations per 10,000 people against the plans", density)]


def _health(health: pd.DataFrame) -> str:
    """The sources, unhealthy ones first and marked, so a source that stopped working is seen first."""
    unhealthy = health[~health.status.isin(["healthy", "never read"])]
    note = (f'<p class="alert">{len(unhealthy)} of {len(health)} sources did not work on their last read.</p>'
            if len(unhealthy) else f"<p>All {len(health)} sources worked on their last read.</p>")
    table = health.to_html(index=False, na_rep="", classes="scorecard", border=0)
    return f'<section id="sources"><h2>Sources</h2>{note}{table}</section>'


def _checks_note(card: pd.DataFrame) -> str:
    """How many targets their own archived documents confirm: the others are typed in, unchecked, or differ."""
    confirmed = int((card.target_check == "confirmed").sum())
    differ = int((card.target_check == "differs").sum())
    note = (f"<p>{confirmed} of {len(card)} targets are confirmed by the archived document that sets them; "
            f"{differ} differ from it. A target marked ⚠ is not confirmed: its number comes from the catalogue "
            f"(sql/seeds/targets.csv) and the reason is shown.</p>")
    return note.replace("<p>", '<p class="alert">', 1) if differ else note


def _marked(card: pd.DataFrame) -> pd.DataFrame:
    """The scorecard with every target that its document does not confirm marked ⚠."""
    card = card.copy()
    card["target_check"] = ["✓ confirmed" if c == "confirmed" else f"⚠ {c}" for c in card.target_check]
    card["document_differences"] = card.document_differences.fillna("")
    return card


def _page(body: str, card: pd.DataFrame, health: pd.DataFrame, label: str, built: datetime) -> str:
    banner = ("" if label == "official" else
              f'<p class="banner">{html.escape(label.upper())} DATA: built from test pages, not official figures.</p>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>xinzhi: targets against results</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1200px}} .banner{{background:#ffe082;padding:.5em}}
.alert{{background:#ffcdd2;padding:.5em}}
table.scorecard{{border-collapse:collapse;font-size:.85em}} table.scorecard td,table.scorecard th{{padding:2px 8px;border-bottom:1px solid #ddd}}</style>
</head><body>
<h1>China's industrial policy against its own numbers</h1>
{banner}<p>Warehouse built {built:%Y-%m-%d %H:%M} UTC. Sources and lineage: <code>marts.observations</code>.</p>
{_health(health)}
{body}
<section id="scorecard"><h2>Scorecard</h2>{_checks_note(card)}{_marked(card).to_html(index=False, na_rep="", classes="scorecard", border=0, render_links=True)}</section>
</body></html>
"""
