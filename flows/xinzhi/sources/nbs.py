"""National Bureau of Statistics (www.stats.gov.cn): article pages and discovery.

Two site layouts: the current one (since early 2023, /sj/zxfb/) and the old one
(/tjsj/zxfb/), whose pages still turn up in archives and backfills.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

from bs4 import Tag

from ..cn import fold
from ..fetch import FetchError
from ..html import find_first, soup_of, split_tables, text_of
from ..model import Article, ParseError
from ..releases import kind_of
from .base import Read, Walk

PUBLISHER = "NBS"
GROUP = "nbs"
HOST = "www.stats.gov.cn"
LIST_URL = f"https://{HOST}/sj/zxfb/"
FEED_URL = f"https://{HOST}/sj/zxfb/rss.xml"

_DATE = re.compile(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2}))?")
_BODY_SELECTORS = (".TRS_UEDITOR", ".trs_editor_view", ".TRS_Editor", ".TRS_PreAppend",
                   ".xilan_con", ".center_xilan")


def parse_article(html: str, url: str, list_date: datetime | None = None) -> Article:
    """Title, release time, paragraphs and tables of an NBS article, either layout."""
    soup = soup_of(html)
    for hidden in soup.find_all(class_="pchide"):  # phone copies of the body: never count twice
        hidden.decompose()
    for mark in soup.find_all(_footnote_mark):  # footnote marks glued to names and figures
        mark.decompose()
    layout = "old" if any(find_first(soup, c) for c in (".xilan_tit", ".center_xilan", ".xilan_con")) else "new"
    title = _title(soup)
    if not title:
        raise ParseError(url, "title", "div.detail-title h1, h2.xilan_tit or meta ArticleTitle")
    body = _body(soup)
    if body is None:
        raise ParseError(url, "body", "a .TRS_UEDITOR / .TRS_Editor / .TRS_PreAppend wrapper")
    published = _published(soup) or list_date or _url_date(url)
    if published is None:
        raise ParseError(url, "release date", "a date in the page header, meta PubDate or the URL")
    # The release's data table sits in the body; if a template puts it beside the body,
    # take the Word-imported one from anywhere on the page.
    paragraphs, tables = split_tables(body, body.find_all("table") or soup.select("table.trs_word_table"))
    if not paragraphs and not tables:
        raise ParseError(url, "body", "text or a table inside the body wrapper")
    return Article(url, title, published, paragraphs, tables, layout)


def _footnote_mark(tag: Tag) -> bool:
    return tag.name == "sup" or (tag.name == "span" and "super" in (tag.get("style") or ""))


def _title(soup) -> str:
    for selector in ("div.detail-title h1", "h1.con_titles", "h2.xilan_tit", ".xilan_tit"):
        node = find_first(soup, selector)
        if node and text_of(node):
            return text_of(node)
    meta = soup.find("meta", attrs={"name": "ArticleTitle"})
    return (meta.get("content") or "").strip() if meta else ""


def _body(soup) -> Tag | None:
    for selector in _BODY_SELECTORS:
        node = find_first(soup, selector)
        if node is not None and (text_of(node) or node.find("table")):
            return node
    return None


def _published(soup) -> datetime | None:
    # lxml may lift the <p> out of <h2> (<h2><p>date</p></h2>), so read the whole header.
    for selector in ("div.detail-title-des", ".detail-title-des h2", "font.xilan_titf",
                     ".xilan_titf", "div.info"):
        node = find_first(soup, selector)
        if node and (found := parse_date(text_of(node))):
            return found
    meta = soup.find("meta", attrs={"name": "PubDate"})
    if meta and (found := parse_date(meta.get("content") or "")):
        return found
    return None


def parse_date(text: str) -> datetime | None:
    match = _DATE.search(fold(text))
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None


def _url_date(url: str) -> datetime | None:
    match = re.search(r"/t(\d{4})(\d{2})(\d{2})_\d+\.html?$", url)
    if not match:
        return None
    return datetime(*map(int, match.groups()))


def absolute(base: str, href: str) -> str:
    return urljoin(base, href.strip())


# ------------------------------------------------------------------ discovery

_ARTICLE_HREF = re.compile(r"t\d{8}_\d{5,9}\.html?$")
_PAGE_COUNT = re.compile(r"createPageHTML\(\s*(\d+)")


def list_page_url(index: int) -> str:
    return LIST_URL if index == 0 else f"{LIST_URL}index_{index}.html"


def parse_list_page(html: str, page_url: str) -> tuple[list[tuple[str, str, datetime | None]], int | None]:
    """(url, title, date) of each article linked from a list page, and the page count
    the page announces (createPageHTML), if any. Entries without a usable link or title
    are dropped; duplicates (PC and phone copies of one item) count once."""
    soup = soup_of(html)
    items: dict[str, tuple[str, str, datetime | None]] = {}
    for anchor in soup.find_all("a", href=True):
        href = anchor["href"].strip()
        if not _ARTICLE_HREF.search(href.split("?")[0]):
            continue
        url = absolute(page_url, href)
        title = (anchor.get("title") or "").strip() or _anchor_text(anchor)
        if not title:
            continue
        date = _item_date(anchor)
        if url in items:  # the PC and phone copies of one item: keep the fuller of each part
            _, seen_title, seen_date = items[url]
            title = max(title, seen_title, key=len)
            date = seen_date or date
        items[url] = (url, title, date)
    items = {url: (url, title, date or _url_date(url)) for url, (_, title, date) in items.items()}
    count = _PAGE_COUNT.search(html)
    return list(items.values()), int(count.group(1)) if count else None


_DATE_ONLY = re.compile(r"\s*[\[(（]?\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?\s*")


def _date_elements(node: Tag) -> list[Tag]:
    """Elements whose whole text is a date (the list item's date, not its title)."""
    return [el for el in node.find_all(True) if _DATE_ONLY.fullmatch(el.get_text())]


def _anchor_text(anchor: Tag) -> str:
    copy = soup_of(str(anchor))
    for element in _date_elements(copy):
        element.decompose()
    return re.sub(r"\s+", " ", copy.get_text(" ", strip=True))


def _item_date(anchor: Tag) -> datetime | None:
    # The date sits inside the link or beside it in the same list item; never look
    # further up, where the dates of other items are.
    scopes = [anchor]
    parent = anchor.parent
    if parent is not None and len(parent.find_all("a", href=_ARTICLE_HREF)) <= 2:
        scopes.append(parent)
    for scope in scopes:
        for element in _date_elements(scope):
            found = parse_date(element.get_text())
            if found:
                return found
    return None


def parse_feed(xml: bytes, feed_url: str) -> list[tuple[str, str, datetime | None]]:
    """Items of the RSS feed. The date may be <pubDate> (RFC 822) or <pubTime>."""
    from email.utils import parsedate_to_datetime

    from lxml import etree

    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise ParseError(feed_url, "feed", f"RSS XML ({exc.msg})") from None
    items = []
    for item in root.iter("item"):
        title = (item.findtext("title") or "").strip()
        link = (item.findtext("link") or "").strip()
        if not title or not link:
            continue
        date = None
        for tag in ("pubDate", "pubTime"):
            text = (item.findtext(tag) or "").strip()
            if not text:
                continue
            try:
                date = parsedate_to_datetime(text).replace(tzinfo=None)
            except (TypeError, ValueError):
                date = parse_date(text)
            if date:
                break
        items.append((absolute(feed_url, link), title, date))
    return items


def classify(title: str) -> str | None:
    return kind_of(title, PUBLISHER)


class Feed:
    """The latest-releases RSS feed."""
    name, publisher, url, title = "nbs.feed", GROUP, FEED_URL, "NBS latest releases feed (rss.xml)"

    def read(self, walk: Walk) -> Read:
        feed = walk.get(FEED_URL, "feed")
        items = parse_feed(feed.body, FEED_URL)
        if not items:
            raise ParseError(FEED_URL, "feed", "<item> entries with a title and a link")
        walk.add(items, FEED_URL, classify)
        return Read(len(items))


class ListPages:
    """The latest-releases list (最新发布), page by page back to XINZHI_START; later runs stop at
    the first article they already know."""
    name, publisher, url, title = "nbs.list", GROUP, LIST_URL, "NBS latest releases list (最新发布)"

    def __init__(self, start, max_pages: int):
        self.start, self.max_pages = start, max_pages

    def read(self, walk: Walk) -> Read:
        seen = 0
        for index in range(self.max_pages):
            url = list_page_url(index)
            try:
                page = walk.get(url, "list", conditional=index == 0, referer=LIST_URL)
            except FetchError as exc:
                if index > 0 and "HTTP 404" in exc.reason:
                    break  # past the last list page
                raise
            # An unchanged (304) page is read from its archived copy, so a run that died before
            # logging its discoveries is still caught up, and a finished one stops here.
            items, page_count = parse_list_page(page.text(), url)
            if not items:
                if index == 0 or (page_count is not None and index < page_count):
                    raise ParseError(url, "list", "links to releases (…/tYYYYMMDD_N.html) with their titles")
                break
            seen += len(items)
            hit_known = walk.add(items, url, classify)
            dates = [d for _, _, d in items if d]
            if hit_known and not walk.first_run:
                break
            if dates and min(dates).date() < self.start:
                break
            if page_count is not None and index + 1 >= page_count:
                break
        return Read(seen)


def sources(settings) -> list:
    return [Feed(), ListPages(settings.start, settings.max_list_pages)]
