"""The report's tables. The scorecard sorts and filters in the page itself (DataTables through itables,
its script inlined so that the page stays one file that opens offline): by status, theme and evidence
in panes above it, by any column from its header. Empty cells are blank, never 'None'."""
from __future__ import annotations

from html import escape

import itables
import pandas as pd
from itables.javascript import generate_init_offline_itables_html

from . import readable

FILTERS = ("status", "theme", "evidence")   # the columns a reader filters the scorecard by


def library_html() -> str:
    """The table library (script and style), once per page, before any table."""
    return generate_init_offline_itables_html(itables.options.dt_bundle)


def scorecard_html(card: pd.DataFrame) -> str:
    table = scorecard_frame(card)
    return itables.to_html_datatable(
        table, connected=False, allow_html=True, showIndex=False, paging=False, display_logo_when_loading=False,
        classes="display compact", table_id="scorecard-table", order=[], autoWidth=False,
        text_in_header_can_be_selected=False,   # a click on a column's name sorts by it
        style={"width": "100%", "table-layout": "auto"},
        layout={"top1": "searchPanes", "topStart": None, "topEnd": "search", "bottomStart": "info", "bottomEnd": None},
        searchPanes={"columns": [list(table.columns).index(c) for c in FILTERS], "layout": "columns-3",
                     "initCollapsed": False, "cascadePanes": True},
        columnDefs=[{"searchPanes": {"show": True}, "targets": [list(table.columns).index(c) for c in FILTERS]}])


def scorecard_frame(card: pd.DataFrame) -> pd.DataFrame:
    """One row per target as a person reads it: names, status, the figure that answers it and its
    release, the target and its document, each linked; numbers stay numbers (they sort as such)."""
    table = pd.DataFrame({
        "target": [f"{escape(str(zh))}<br><small>{escape(en)}</small>" for zh, en in zip(card.name_zh, card.name_en)],
        "theme": [_breakable(theme) for theme in card.theme],
        "status": card.status,
        "why not scored": [escape(r) if isinstance(r, str) else r for r in card.unscored_reason],
        "evidence": card.evidence,
        "actual": [escape(readable.figure(t.actual, t.unit, t.actual_qualifier)) for t in card.itertuples()],
        "target value": [escape(readable.goal(t.comparator, t.target_value, t.unit, t.value_high))
                         for t in card.itertuples()],
        "gap": card.gap,
        "period": card.actual_period,
        "released": [_link(url, day) for url, day in zip(card.actual_source_url, card.published)],
        "document": [_link(url, title) for url, title in zip(card.document_url, card.document)],
        "checked against its document": [_check(c, d) for c, d in zip(card.verification, card.document_differences)],
        "id": [_breakable(target_id) for target_id in card.target_id],
    })
    return blank(table)


def blank(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells as empty text (pandas and DataTables would print None or NaN); numbers as printed."""
    return frame.astype(object).map(lambda v: "" if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v))
                                    else readable.number(v) if isinstance(v, float) else v)


def plain_html(frame: pd.DataFrame) -> str:
    return blank(frame).to_html(index=False, classes="plain", border=0)


def _breakable(code: str) -> str:
    """An identifier that may wrap after its '_' and '.' (key_industry.auto), not inside a word."""
    return escape(code).replace("_", "_<wbr>").replace(".", ".<wbr>")


def _check(verification, differences) -> str:
    """✓ for a target its archived document confirms; ⚠ and the reason (and what differs) otherwise."""
    if verification == "confirmed":
        return "✓ confirmed"
    detail = f": {escape(differences)}" if isinstance(differences, str) and differences else ""
    return f"⚠ {escape(verification)}{detail}" if isinstance(verification, str) else ""


def _link(url, text) -> str:
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        text = url if isinstance(url, str) else ""
    if not isinstance(url, str) or not url:
        return escape(str(text))
    return f'<a href="{escape(url)}" target="_blank">{escape(str(text))}</a>'
