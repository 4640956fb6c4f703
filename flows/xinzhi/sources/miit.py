"""Ministry of Industry and Information Technology (www.miit.gov.cn): statistics
columns, their script-built lists, and article pages.

A column page (/gxsj/tjfx/<section>/index.html) is a shell: its list comes from a JSON
API (GET only), whose parameters the page carries in a <script url=… querydata=…> tag.
The site refuses requests without a browser-like User-Agent and a Referer equal to
the column page, so every call here names its referer.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlencode, urljoin

from ..html import paragraphs_of, soup_of, table_rows, text_of
from ..model import Article, NotHtml, ParseError
from .nbs import parse_date

PUBLISHER = "MIIT"
HOST = "www.miit.gov.cn"
ROOT = f"https://{HOST}"
API_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"

# Statistics columns in scope: section path -> the list API pageId when known (the
# column page names it too; that one wins, so a changed id is followed).
SECTIONS = {
    "txy": "1434685f08314ae8ae78f78b6a5a7915",     # 通信业
    "rjy": "50bf589f36614b7394522245a13fedae",     # 软件业
    "dzxx": None,                                   # 电子信息制造业
    "yclgy": None,                                  # 原材料工业
    "zbgy": None,                                   # 装备工业
}


def column_url(section: str) -> str:
    return f"{ROOT}/gxsj/tjfx/{section}/index.html"


def list_api_url(column_html: str, section: str) -> str:
    """The list API call a column page makes, read from its script tag."""
    soup = soup_of(column_html)
    for script in soup.find_all("script", attrs={"querydata": True}):
        params = _querydata(script.get("querydata") or "")
        if params.get("pageId"):
            return urljoin(ROOT, script.get("url") or API_PATH) + "?" + urlencode(params)
    page_id = SECTIONS.get(section)
    if not page_id:
        raise ParseError(column_url(section), "list script", "a <script url=… querydata=…> naming the list pageId")
    return f"{ROOT}{API_PATH}?" + urlencode({"parseType": "buildstatic", "pageType": "column",
                                            "tagId": "右侧内容", "editType": "null", "pageId": page_id})


def _querydata(text: str) -> dict:
    """querydata is a JS object literal in single quotes: {'pageId':'…', …}."""
    try:
        data = json.loads(text.replace("'", '"'))
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def parse_list_api(body: bytes, api_url: str) -> list[tuple[str, str, datetime | None]]:
    """(url, title, date) of each item in the list API's JSON answer."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(api_url, "list API answer", f"JSON ({exc})") from None
    html = (data.get("data") or {}).get("html") if isinstance(data, dict) else None
    if not isinstance(html, str) or not data.get("success", True):
        raise ParseError(api_url, "list API answer", "{success: true, data: {html: '<li>…'}}")
    items = []
    for li in soup_of(html).find_all("li"):
        anchor = li.find("a", href=True)
        if anchor is None:
            continue
        href = anchor["href"].strip()
        title = (anchor.get("title") or "").strip() or text_of(anchor)
        if not title or not re.search(r"/art_[0-9a-f]{32}\.html?$", href.split("?")[0]):
            continue
        date_node = li.find("span")
        items.append((urljoin(ROOT, href), title, parse_date(text_of(date_node)) if date_node else None))
    return items


def parse_article(html: str, url: str, list_date: datetime | None = None) -> Article:
    """Title, publication time, paragraphs and tables of a MIIT article page."""
    soup = soup_of(html)
    title_node = soup.select_one("h1#con_title") or soup.select_one("#con_title")
    title = text_of(title_node) if title_node else ""
    if not title:
        meta = soup.find("meta", attrs={"name": "ArticleTitle"})
        title = (meta.get("content") or "").strip() if meta else ""
    if not title:
        raise ParseError(url, "title", "h1#con_title or meta ArticleTitle")
    body = soup.select_one("#con_con") or soup.select_one("div.ccontent")
    if body is None:
        raise ParseError(url, "body", "div.ccontent#con_con")
    published = _published(soup) or list_date
    if published is None:
        raise ParseError(url, "release date", "span#con_time (发布时间：YYYY-MM-DD HH:MM) or meta PubDate")
    tables = [table_rows(t) for t in body.find_all("table")]
    for table in body.find_all("table"):
        table.decompose()
    paragraphs = paragraphs_of(body)
    if not paragraphs and not any(tables):
        attachment = _attachment(body)
        if attachment:
            raise NotHtml(url, attachment)
        raise ParseError(url, "body", "text or a table inside div#con_con")
    return Article(url, title, published, paragraphs, [t for t in tables if t], "miit")


def _published(soup) -> datetime | None:
    node = soup.select_one("#con_time")
    if node and (found := parse_date(text_of(node))):
        return found
    meta = soup.find("meta", attrs={"name": "PubDate"})
    return parse_date(meta.get("content") or "") if meta else None


def _attachment(body) -> str | None:
    """A PDF shown in an iframe (fileurl attribute) or linked as the only content."""
    frame = body.find("iframe")
    if frame is not None:
        return frame.get("fileurl") or frame.get("src") or "iframe"
    link = body.find("a", href=re.compile(r"\.(pdf|docx?|xlsx?)$", re.I))
    return link["href"] if link else None
