"""HTML helpers shared by publishers: soup, visible text, tables with spans expanded."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def text_of(node: Tag) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0\u3000]+", " ", node.get_text(" ", strip=True)).strip()


def paragraphs_of(body: Tag) -> list[str]:
    """Visible text of a body outside its tables, one entry per block."""
    blocks: list[str] = []
    for chunk in body.get_text("\n").split("\n"):
        line = re.sub(r"[ \t\r\f\v\u00a0\u3000]+", " ", chunk).strip()
        if line:
            blocks.append(line)
    return blocks


def table_rows(table: Tag) -> list[list[str]]:
    """Rows of cell texts with rowspan/colspan expanded, so every row has every column."""
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(table.find_all("tr")):
        row: list[str] = []
        c = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        for cell in cells:
            while (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
            text = text_of(cell)
            rowspan = _span(cell.get("rowspan"))
            colspan = _span(cell.get("colspan"))
            for dc in range(colspan):
                row.append(text)
                for dr in range(1, rowspan):
                    pending[(r + dr, c + dc)] = text
            c += colspan
        while (r, c) in pending:
            row.append(pending.pop((r, c)))
            c += 1
        if any(cell for cell in row):
            grid.append(row)
    return grid


def _span(value) -> int:
    try:
        return max(1, min(int(value), 50))
    except (TypeError, ValueError):
        return 1
