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


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Text of a page served as UTF-8 or GBK, whatever its labels claim.

    Labels lie (a GBK page labelled UTF-8) or are missing, so each candidate must
    decode strictly; charset-normalizer guesses only when none does."""
    # Strict UTF-8 first: GBK text practically never decodes as UTF-8, while UTF-8
    # text can decode as (garbled) GB18030 under a wrong label.
    candidates: list[str] = ["utf-8"]
    if content_type and "charset=" in content_type.lower():
        candidates.append(content_type.lower().split("charset=")[-1].strip(' "\';'))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii").lower())
    candidates.append("gb18030")
    for name in candidates:
        codec = "gb18030" if name in ("gbk", "gb2312", "gb18030", "x-gbk") else name
        try:
            return body.decode("utf-8-sig" if codec in ("utf-8", "utf8") else codec)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes
    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("utf-8", errors="replace")
