"""The State Council policy library on www.gov.cn (中国政府网 政策文件库): the ministries'
documents (国务院部门文件), where many MIIT plans are published as well (STRUCTURE.md 2.7).

List page: /zhengce/zhengceku/bmwj/home.htm, a plain HTML list (no script): items are
`div.news_box div.list li` with `h4 > a` (title, href to …/zhengceku/YYYYMM/content_NNNNNNN.htm or
the older …/YYYY-MM/DD/content_NNNNNNN.htm) and `h4 > span.date` (YYYY-MM-DD); any anchor to a
content page is read when that layout changes.

Document page: title in `div.share-title` (older pages: `h1`, meta ArticleTitle); a header table
`table.bd1` with 发文机关, 发文字号, 成文日期, 发布日期 cells; the body in `#UCAP-CONTENT`
(a div or td) or `div.TRS_UEDITOR`; meta `firstpublishedtime` (YYYY-MM-DD-HH:MM:SS).
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

from ..html import attachment_of, clean_text, soup_of, split_tables, text_of
from ..model import Article, NotHtml, ParseError
from ..releases import plan
from .base import Read, Walk
from .nbs import parse_date

PUBLISHER = "GOV"
GROUP = "miit"            # read by MIIT's collect run (the library carries MIIT's plans); its own host rate
HOST = "www.gov.cn"
ROOT = f"https://{HOST}"
LIST_URL = f"{ROOT}/zhengce/zhengceku/bmwj/home.htm"
_CONTENT = re.compile(r"/zhengce/(?:zhengceku|content)/.*content_\d+\.htm$")
_HEADER_CELLS = {"发文机关": "issuer", "发文字号": "doc_number", "成文日期": "written_on", "发布日期": "published_on"}


def parse_list(html: str, url: str) -> list[tuple[str, str, datetime | None]]:
    """(url, title, date) of each document listed."""
    soup = soup_of(html)
    items = []
    for li in soup.select("div.news_box div.list li") or soup.find_all("li"):
        anchor = li.select_one("h4 a[href]") or li.find("a", href=True)
        if anchor is None or not _CONTENT.search(anchor["href"].split("?")[0]):
            continue
        title = (anchor.get("title") or "").strip() or text_of(anchor)
        date_node = li.select_one("span.date") or li.find("span")
        items.append((urljoin(url, anchor["href"].strip()), title, parse_date(text_of(date_node)) if date_node else None))
    return items


def parse_article(html: str, url: str, list_date: datetime | None = None) -> Article:
    soup = soup_of(html)
    title_node = soup.select_one("div.share-title") or soup.find("h1")
    title = text_of(title_node) if title_node else ""
    if not title:
        meta = soup.find("meta", attrs={"name": "ArticleTitle"})
        title = (meta.get("content") or "").strip() if meta else ""
    if not title:
        raise ParseError(url, "title", "div.share-title, h1 or meta ArticleTitle")
    header = _header(soup)
    body = soup.select_one("#UCAP-CONTENT") or soup.select_one("div.TRS_UEDITOR")
    if body is None:
        raise ParseError(url, "body", "#UCAP-CONTENT or div.TRS_UEDITOR")
    published = _published(soup, header) or list_date
    if published is None:
        raise ParseError(url, "release date", "meta firstpublishedtime or a 发布日期 cell of table.bd1")
    paragraphs, tables = split_tables(body)
    attachment = attachment_of(body)
    if attachment is not None and not any(len(p) > 40 for p in paragraphs):
        raise NotHtml(url, attachment)              # the document is only linked: recorded, not read
    if not paragraphs:
        raise ParseError(url, "body", "text inside #UCAP-CONTENT")
    meta = {key: header[key] for key in ("issuer", "doc_number") if header.get(key)}
    return Article(url, title, published, paragraphs, tables, "govcn", meta)


def _header(soup) -> dict:
    """发文机关, 发文字号 … of the header table: each label's value is the rest of its cell or the next cell."""
    found = {}
    table = soup.select_one("table.bd1")
    if table is None:
        return found
    tds = table.find_all("td")
    cells = [text_of(td) for td in tds]
    for i, cell in enumerate(cells):
        for label, key in _HEADER_CELLS.items():
            if cell.startswith(label) and key not in found:
                following = cells[i + 1] if i + 1 < len(cells) else ""
                is_label = following.endswith(("：", ":")) or any(following.startswith(o) for o in _HEADER_CELLS)
                found[key] = cell[len(label):].lstrip("：:").strip() or ("" if is_label else _names(tds[i + 1]))
    return found


def _names(td) -> str:
    """A cell's text with the (full-width) spaces between joint issuers kept, as 、."""
    return "、".join(part for part in (clean_text(p) for p in re.split(r"[\s\u3000]+", td.get_text(" "))) if part)


def _published(soup, header: dict) -> datetime | None:
    meta = soup.find("meta", attrs={"name": "firstpublishedtime"})
    if meta and (found := re.match(r"(\d{4})-(\d{2})-(\d{2})-(\d{2}):(\d{2})", meta.get("content") or "")):
        return datetime(*map(int, found.groups()))
    return parse_date(header.get("published_on", ""))


def classify(title: str) -> str | None:
    return plan.KIND if plan.matches_title(title) else None


class PolicyLibrary:
    """The ministries' documents list of the State Council policy library."""
    name, publisher, url = "govcn.bmwj", GROUP, LIST_URL
    title = "State Council policy library: ministries' documents (www.gov.cn/zhengce/zhengceku/bmwj)"

    def read(self, walk: Walk) -> Read:
        page = walk.get(self.url, "list", referer=ROOT + "/")
        entries = parse_list(page.text(), self.url)
        if not entries:
            raise ParseError(self.url, "document list", "items linking to …/zhengceku/…/content_N.htm")
        walk.add(entries, self.url, classify)
        return Read(len(entries))


def sources(settings) -> list[PolicyLibrary]:
    return [PolicyLibrary()]


def referer_for(url: str) -> str:
    return LIST_URL
