"""HTML helpers shared by publishers: soup, visible text, tables with spans expanded."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag


def soup_of(html: str) -> BeautifulSoup:
    """Parsed HTML without comments (templates leave commented-out copies of content)."""
    soup = BeautifulSoup(html, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    return soup


def find_first(node: Tag, selector: str) -> Tag | None:
    """The first match of a simple descendant selector ('div.detail-title h1', '.TRS_Editor',
    'h2'): the only forms the templates need, without a CSS engine walking the whole page."""
    current: Tag | None = node
    for part in selector.split():
        name, _, cls = part.partition(".")
        current = current.find(name or True, class_=cls or None) if current is not None else None
    return current


_BLOCKS = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
           "blockquote", "table", "tr", "center", "pre")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
# A space next to a CJK character or full-width form is layout (a line break in the source,
# a gap between two spans), never meaning: Chinese text has no spaces.
_LAYOUT_SPACE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])|(?<=\d) (?=[%.])|(?<=\.) (?=\d)")


def clean_text(text: str) -> str:
    return _LAYOUT_SPACE.sub("", _SPACE.sub(" ", text)).strip()


def text_of(node: Tag) -> str:
    return clean_text(node.get_text(" "))


# A numbered section heading in bold at the head of a paragraph ('二、分领域运行情况', '（一）汽车'): no
# stop after it, the text goes on in the same block.
_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[^\d，。；：,;:]{2,24}")


def paragraphs_of(body: Tag) -> list[str]:
    """Visible text of a body, one entry per block (p, div, br-separated line). Inline
    elements (the spans of Word-imported pages) stay joined within their block. Marks the
    body up in place (line breaks around blocks): read it last."""
    copy = body
    for script in copy.find_all(["script", "style"]):
        script.decompose()
    for text in copy.find_all(string=True):
        text.replace_with(_SPACE.sub(" ", str(text)))
    for br in copy.find_all("br"):
        br.replace_with("\n")
    for bold in copy.find_all(["strong", "b"]):
        if _HEADING.fullmatch(clean_text(bold.get_text(""))):
            bold.append("\n")         # '<strong>二、分领域运行情况</strong>软件产品收入…': a heading, its own line
    for block in copy.find_all(_BLOCKS):
        block.insert(0, "\n")
        block.append("\n")
    return [line for line in (clean_text(chunk) for chunk in copy.get_text("").split("\n")) if line]


def split_tables(body: Tag, nodes: list[Tag] | None = None) -> tuple[list[str], list[list[list[str]]]]:
    """(paragraphs, tables) of a body: the tables (`nodes`, default the body's) read row by row and
    taken out, so that their cells are not read again as text; empty tables dropped."""
    nodes = body.find_all("table") if nodes is None else nodes
    tables = [_captioned(table_rows(t), caption_of(t)) for t in nodes]
    for table in nodes:
        table.decompose()
    return paragraphs_of(body), [t for t in tables if t]


_CAPTION = re.compile(r"^\s*(?:表\s*\d*|注[:：])|[(（](?:单位[:：]\s*)?[^()（）]{0,6}[)）]\s*$"
                      r"|^[^。；;，,]{4,40}(?:变化|变动|增长|运行|完成)?情况\s*$")     # '6月末中国钢材价格指数（CSPI）变化情况'


def caption_of(table: Tag) -> str:
    """The caption and note printed just before a table ('表 2025年…累计情况（%）', '注：…其余指标为累计同比增速'):
    what its numbers are when no header says it; '' when none."""
    said = []
    for sibling in table.find_previous_siblings(limit=2):
        text = clean_text(sibling.get_text(""))
        if sibling.find("table") is not None or not text or len(text) > 100 or not _CAPTION.search(text):
            break
        said.insert(0, text)
    return " ".join(said)


def _captioned(rows: list[list[str]], caption: str) -> list[list[str]]:
    """A table's rows after a title row of its caption (one text across every column, as a spanning title is read)."""
    if not rows or not caption:
        return rows
    return [[caption] * max(len(row) for row in rows), *rows]


_ATTACHMENT = re.compile(r"\.(pdf|ofd|docx?|xlsx?|wps)$", re.I)


def attachment_of(body: Tag) -> str | None:
    """The document a body only shows or links: an iframe's file (fileurl attribute) or a linked file."""
    frame = body.find("iframe")
    if frame is not None:
        return frame.get("fileurl") or frame.get("src") or "iframe"
    link = body.find("a", href=_ATTACHMENT)
    return link["href"] if link else None


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
