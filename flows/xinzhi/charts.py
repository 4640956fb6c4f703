"""The report's charts (plotly): every scored target against its target, and the series charts.
Every axis carries one unit; labels are horizontal and wrapped, so that none overlaps another at
1280 px (tests/test_report.py measures the rendered text boxes); reference lines are named in the
legend, where labels cannot collide."""
from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative
from plotly.subplots import make_subplots

from . import readable

STATUS_COLOURS = {"met": "#2e7d32", "on track": "#7cb342", "unclear": "#f9a825", "off track": "#c62828",
                  "no data yet": "#9e9e9e"}
SCORED = ("met", "on track", "unclear", "off track")          # the order the chart lists them in
GROWTH_MEASURES = ("yoy_pct", "yoy_real_pct", "yoy_nominal_pct")  # drawn as a gap in points
SHARE_SPAN = 100    # the share panel spans 0–200 % of target: the target sits mid-axis, as in the gap panel
ROW_PX = 42         # a two-line label
FONT = {"family": "sans-serif", "size": 12}
# The growth chart's series (marts.series_industrial_growth columns) and the plan targets drawn beside them.
GROWTH_SERIES = {"total": ("Industry, total", None),
                 "c31_ferrous_metals": ("Ferrous metals (C31)", "steel_va_avg_growth_2025_26"),
                 "c32_nonferrous_metals": ("Nonferrous metals (C32)", "nonferrous_va_avg_growth_2025_26"),
                 "c26_chemicals": ("Chemicals (C26)", "petchem_va_avg_growth_2025_26"),
                 "c36_automobiles": ("Automobiles (C36)", "auto_mfg_va_growth_2025"),
                 "c39_electronics": ("Electronics (C39)", "elec_c39_va_avg_growth_2025_26")}


def all_charts(frames: dict[str, pd.DataFrame]) -> list[tuple[str, str, go.Figure]]:
    """(id, title, figure) of every chart, in page order."""
    targets = dict(zip(frames["scorecard"].target_id, frames["scorecard"].target_value))
    return [targets_chart(frames["scorecard"]), growth_chart(frames["growth"], targets),
            key_industries_chart(frames["key_industries"]), provinces_chart(frames["provinces"]),
            *five_g_charts(frames["five_g"])]


def targets_chart(card: pd.DataFrame):
    """Every scored target as one row, its distance from the target drawn from one vertical line:
    growth rates as the gap in points, levels and shares as the actual's share of the target (two
    panels, as a point and a percentage never share an axis), sorted by status."""
    scored = card[card.status.isin(SCORED)]
    growth = scored.measure.isin(GROWTH_MEASURES)
    panels = [(part, kind) for part, kind in ((scored[growth], "gap"), (scored[~growth & (scored.target_value != 0)],
                                                                       "share")) if len(part)]
    if not panels:
        return ("targets", "Every scored target against its target", _empty("no target is scored yet"))
    rows = sum(len(part) for part, _ in panels)
    height = ROW_PX * rows + 170 * len(panels) + 40
    fig = make_subplots(rows=len(panels), cols=1, row_heights=[len(part) for part, _ in panels],
                        vertical_spacing=130 / height)
    shown = set()
    for row, (part, kind) in enumerate(panels, start=1):
        _target_panel(fig, row, part, kind, shown)
    fig.add_scatter(x=[None], y=[None], mode="lines", name="target", line={"color": "black", "width": 2})
    _layout(fig, height, legend_top=True)
    fig.update_layout(bargap=0.35, barmode="overlay")
    return ("targets", "Every scored target against its target", fig)


def _target_panel(fig, row: int, part: pd.DataFrame, kind: str, shown: set) -> None:
    if kind == "gap":
        distance = part.actual - part.target_value
        reach = max(distance.abs().max() * 1.5, 1.0)
        axis = {"range": [-reach, reach], "title": "growth-rate targets: actual minus target, percentage points",
                "ticksuffix": " pt", "zeroline": False}
        bars, base, line = distance, 0, 0
    else:
        distance = part.actual / part.target_value * 100 - 100
        reach = SHARE_SPAN
        axis = {"range": [0, 2 * SHARE_SPAN], "title": "level and share targets: actual as % of target",
                "ticksuffix": " %"}
        bars, base, line = distance.clip(-reach, reach), 100, 100
    part = part.assign(bar=bars, order=part.status.map(SCORED.index), label=[_wrap(n, 15) for n in part.name_zh],
                       text=[_value_text(r) + (f" ({d + 100:.0f} % of target)" if d > reach else "")
                             for r, d in zip(part.itertuples(), distance)])
    part = part.sort_values(["order", "bar"], ascending=[True, False])
    for status in SCORED:
        these = part[part.status == status]
        if these.empty:
            continue
        fig.add_bar(row=row, col=1, orientation="h", x=these.bar, base=base, y=these.label,
                    name=status, legendgroup=status, showlegend=status not in shown,
                    marker_color=STATUS_COLOURS[status], text=these.text,
                    textposition=["inside" if abs(b) > 0.55 * reach else "outside" for b in these.bar],
                    insidetextanchor="end", cliponaxis=False, hovertext=[_hover(r) for r in these.itertuples()],
                    hoverinfo="text")
        shown.add(status)
    fig.add_vline(x=line, row=row, col=1, line={"color": "black", "width": 2})
    fig.update_xaxes(row=row, col=1, **axis)
    fig.update_yaxes(row=row, col=1, categoryorder="array", categoryarray=list(part.label), autorange="reversed")


def _value_text(target) -> str:
    """'11.5 % vs ≈6 %': the actual and the target in their own unit, as the reader checks them."""
    return (f"{readable.figure(target.actual, target.unit, target.actual_qualifier)} vs "
            f"{readable.goal(target.comparator, target.target_value, target.unit, target.value_high)}")


def _hover(target) -> str:
    ends = sorted([target.actual, target.actual_bound]) if pd.notna(target.actual_bound) else None
    bound = f" (the wording allows {ends[0]:g} to {ends[1]:g})" if ends else ""
    return (f"<b>{target.name_zh}</b><br>{target.name_en}<br>{target.status}: {_value_text(target)}{bound}<br>"
            f"{target.evidence}, {target.actual_period}")


def growth_chart(growth: pd.DataFrame, targets: dict):
    fig = go.Figure()
    for colour, (column, (name, target_id)) in zip(qualitative.Plotly, GROWTH_SERIES.items()):
        if column not in growth:
            continue
        fig.add_scatter(name=name, x=growth.period, y=growth[column], mode="lines+markers", connectgaps=True,
                        line={"color": colour})
        value = targets.get(target_id)
        if value is not None and pd.notna(value) and len(growth):
            fig.add_scatter(name=f"{name}: plan {value:g} %", x=[growth.period.iloc[0], growth.period.iloc[-1]],
                            y=[value, value], mode="lines", line={"dash": "dot", "width": 1.5, "color": colour})
    # at most a dozen period labels: the history from 2012 would otherwise turn them on their side
    fig.update_layout(yaxis_title="% year on year, year to date", xaxis={"type": "category", "nticks": 12})
    _layout(fig, 460)
    return ("growth", "Industrial growth over time, with the plan targets as dotted lines", fig)


def key_industries_chart(key: pd.DataFrame):
    fig = go.Figure()
    names = [_wrap(f"{zh} {en}", 28) for zh, en in zip(key.name_zh, key.name_en)]
    percent = key.target_unit == "%"
    fig.add_bar(name="latest growth, year to date", y=names, x=key.latest_growth, orientation="h",
                marker_color="#1e88e5", hovertext=key.latest_period)
    fig.add_bar(name="plan target (growth targets only)", y=names, x=key.target_value.where(percent), orientation="h",
                marker_color="#9e9e9e")
    fig.update_layout(barmode="group", xaxis_title="% year on year",
                      yaxis={"categoryorder": "array", "categoryarray": names, "autorange": "reversed"})
    _layout(fig, ROW_PX * len(key) + 160, legend_top=True)
    return ("key-industries", "The ten key industries against their growth plans", fig)


def provinces_chart(provinces: pd.DataFrame):
    """Every province with a figure against its own target: the industrial target where it set one, its
    GDP target (another measure, context only) where it did not."""
    fig = go.Figure()
    names = [f"{zh} {period}" for zh, period in zip(provinces.name_zh, provinces.actual_period)]
    fig.add_bar(name="industrial growth, year to date", y=names, x=provinces.actual, orientation="h",
                marker_color=[STATUS_COLOURS.get(s, "#90a4ae") for s in provinces.status],
                text=provinces.status, textposition="inside", insidetextanchor="start")
    fig.add_scatter(name="industrial target", y=names, x=provinces.industrial_target, mode="markers",
                    marker={"symbol": "line-ns-open", "size": 22, "color": "black", "line": {"width": 3}})
    fig.add_scatter(name="GDP target (context, not scored)", y=names, x=provinces.gdp_target_context, mode="markers",
                    marker={"symbol": "circle-open", "size": 10, "color": "#616161"})
    fig.update_layout(xaxis_title="% year on year, year to date",
                      yaxis={"categoryorder": "array", "categoryarray": names, "autorange": "reversed"})
    _layout(fig, 30 * len(provinces) + 160, legend_top=True)
    return ("provinces", "The provinces against their own targets (latest year with figures)", fig)


def five_g_charts(five_g: pd.DataFrame):
    stations = go.Figure()
    stations.add_bar(name="5G base stations", x=five_g.period, y=five_g.bs_5g)
    stations.update_layout(yaxis_title="base stations, 10,000s", xaxis={"type": "category"})
    _layout(stations, 380)
    density = go.Figure()
    density.add_scatter(name="5G base stations per 10,000 people", x=five_g.period, y=five_g.bs_5g_per_10k,
                        mode="lines+markers", connectgaps=True)
    for column, text in (("target_2025", "2025 plan"), ("target_2027", "2027 plan")):
        value = five_g[column].dropna().max() if not five_g.empty else None
        if value is not None and pd.notna(value):
            density.add_scatter(name=f"{text}: {value:g} per 10,000", x=[five_g.period.iloc[0], five_g.period.iloc[-1]],
                                y=[value, value], mode="lines", line={"dash": "dot", "width": 1.5})
    density.update_layout(yaxis_title="base stations per 10,000 people", xaxis={"type": "category"})
    _layout(density, 380)
    return [("five-g", "5G base stations built", stations),
            ("five-g-density", "5G base stations per 10,000 people against the plans", density)]


def _layout(fig: go.Figure, height: int, legend_top: bool = False) -> None:
    """The layout every chart shares: the page's font, labels outside the plot pushing the margins out
    rather than overlapping, and the legend above the plot when the chart is as wide as the page."""
    fig.update_layout(height=height, font=FONT, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      plot_bgcolor="#f5f5f5")
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    if legend_top:
        fig.update_layout(legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"})


def _empty(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    _layout(fig, 160)
    return fig


def _wrap(text: str, width: int) -> str:
    """A label on lines of about `width` characters. Chinese has no spaces: lines break between
    characters, but never inside a number or a Latin word (1550万辆, 5G, EB)."""
    lines = [""]
    for token in re.findall(r"[A-Za-z0-9.,%()/\-–]+ ?|.", str(text)):
        if lines[-1] and len(lines[-1]) + len(token.rstrip()) > width:
            lines.append("")
        lines[-1] += token
    return "<br>".join(line.strip() for line in lines)
