"""Ministry of Industry and Information Technology (www.miit.gov.cn): statistics, news and
policy-file columns, their script-built lists, and article pages.

A column page (/gxsj/tjfx/<section>/index.html) is a shell: its list comes from a JSON
API (GET only), whose parameters the page carries in a <script url=… querydata=…> tag.
The site refuses requests without a browser-like User-Agent and a Referer equal to
the column page, so every call here names its referer.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlencode, urljoin, urlsplit

from ..fetch import BlockedError, FetchError, UnreachableError
from ..html import attachment_of, soup_of, split_tables, text_of
from ..model import Article, NotHtml, ParseError
from ..releases import PARSERS, columns, plan
from ..releases.statement import KIND as STATEMENT
from ..news_scope import never_progress
from .base import Classifier, Read, SourceError, Walk
from .nbs import parse_date

PUBLISHER = "MIIT"
GROUP = "miit"
HOST = "www.miit.gov.cn"
ROOT = f"https://{HOST}"
API_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def column_url(path: str) -> str:
    return f"{ROOT}/{path}/index.html"


def list_api_url(column_html: str, column: str) -> str:
    """The list API call a column page makes: its `<script url=… querydata=…>` tag (the
    unitbuild.js loader), or a script block that sets 'pageId':'…' and the other ids."""
    soup = soup_of(column_html)
    for script in soup.find_all("script"):
        params = _querydata(script.get("querydata") or "") or _script_ids(script.string or "")
        if params.get("pageId"):
            return api_call(params, script.get("url"))
    raise ParseError(column, "list script", "a <script url=… querydata=…> (or a script block) naming the list pageId")


_API_DEFAULTS = {"parseType": "buildstatic", "pageType": "column", "tagId": "右侧内容", "editType": "null"}


def api_call(params: dict, url: str | None = None) -> str:
    """The list API URL for a column's ids (the page's own parameters first, in its order)."""
    params = {**params, **{k: v for k, v in _API_DEFAULTS.items() if k not in params}}
    return urljoin(ROOT, url or API_PATH) + "?" + urlencode(params)


def _querydata(text: str) -> dict:
    """querydata is a JS object literal in single quotes: {'pageId':'…', …}."""
    try:
        data = json.loads(text.replace("'", '"'))
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


_ID = re.compile(r"""['"](webId|tplSetId|pageId|pageType|tagId|parseType|editType)['"]\s*:\s*['"]([^'"]*)['"]""")


def _script_ids(text: str) -> dict:
    return dict(_ID.findall(text)) if "pageId" in text else {}


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
    paragraphs, tables = split_tables(body)
    if not paragraphs and not tables:
        attachment = attachment_of(body)
        if attachment:
            raise NotHtml(url, attachment)
        raise ParseError(url, "body", "text or a table inside div#con_con")
    return Article(url, title, published, paragraphs, tables, "miit", meta=_source(soup))


def _source(soup) -> dict:
    """Who wrote the page (meta ContentSource, else the 来源 of the date line): a ministry's department, or a
    province's (江苏省工业和信息化厅), whose page speaks of the province."""
    meta = soup.find("meta", attrs={"name": "ContentSource"})
    source = (meta.get("content") or "").strip() if meta else ""
    if not source and (line := soup.select_one("div.cinfo")):
        said = re.search(r"来源[：:]\s*(\S+)", text_of(line))
        source = said.group(1) if said else ""
    return {"source": source} if source else {}


def _published(soup) -> datetime | None:
    node = soup.select_one("#con_time")
    if node and (found := parse_date(text_of(node))):
        return found
    meta = soup.find("meta", attrs={"name": "PubDate"})
    return parse_date(meta.get("content") or "") if meta else None


# ------------------------------------------------------------------ columns as sources

class Column:
    """A column whose list comes from the list API. Its page names the call; when the page
    cannot (HTTP error, changed layout), the call that worked last time is tried before giving
    up, and the run still names the column as a problem."""
    publisher = GROUP

    def __init__(self, path: str, name: str, title: str, classify: Classifier, page_id: str | None = None):
        self.path, self.name, self.title, self.classify = path, name, title, classify
        self.url = column_url(path)
        self.page_id = page_id          # known from the public record, for a first run

    def read(self, walk: Walk) -> Read:
        try:
            page = walk.get(self.url, "list", referer=ROOT + "/")
            api, degraded = list_api_url(page.text(), self.url), None
        except (UnreachableError, BlockedError):
            raise
        except (FetchError, ParseError) as exc:
            api, degraded = walk.last_detail(self.name), f"{exc} (its list was read with the call of an earlier run)"
            if api is None and self.page_id:
                api, degraded = api_call({"pageId": self.page_id}), f"{exc} (its list was read with the known pageId)"
            if api is None:
                raise SourceError(f"{exc}, and no list API call is known from an earlier run") from None
        answer = walk.get(api, "list", referer=self.url)
        entries = parse_list_api(answer.body, api)
        if not entries:
            raise ParseError(api, "list API answer", "entries linking to articles (…/art_<32 hex>.html)")
        walk.add(entries, api, self.classify)
        return Read(len(entries), detail=api, problem=degraded)


def referer_for(url: str) -> str:
    """The column page a browser would have come from (MIIT refuses requests without one)."""
    path = urlsplit(url).path
    return column_url(path[1:path.index("/art/")]) if "/art/" in path else ROOT + "/"


def classify_column(kind: str) -> Classifier:
    """A report of a statistics column is the column's kind, unless the kind refuses its title (解读)."""
    refuses = PARSERS[kind].TITLES.refuses
    return lambda title: None if re.search(refuses, title) else kind


def classify_news(title: str) -> str | None:
    """A news item is read as a statement unless it is a kind that never states progress (news_scope.py):
    the reader decides from its text whether it states any."""
    return None if never_progress(title) else STATEMENT


def classify_policy(title: str) -> str | None:
    """A policy document is in scope when the catalogue cites it or its title has a plan's form."""
    return plan.KIND if plan.matches_title(title) else None


# Statistics columns (STRUCTURE.md 2.1): path, Chinese name, list pageId when publicly known.
STATISTICS = (
    ("txy", "通信业", "1434685f08314ae8ae78f78b6a5a7915"),
    ("rjy", "软件业", "50bf589f36614b7394522245a13fedae"),
    ("dzxx", "电子信息制造业", None),
    ("yclgy", "原材料工业", None),
    ("zbgy", "装备工业", None),
    ("xfpgy", "消费品工业", None),
)


# News columns (STRUCTURE.md 2.6): path, key, Chinese name. Their list ids are read from the pages.
NEWS = (
    ("xwfb/szyw", "szyw", "时政要闻"),
    ("xwfb/gxdt/sjdt", "sjdt", "工信动态·司局动态"),
    ("xwfb/xwfbh", "xwfbh", "新闻发布会"),
)


# Policy-file columns (STRUCTURE.md 2.6): 通知 and 意见, where MIIT publishes its plans.
POLICY = (
    ("zwgk/zcwj/wjfb/tz", "tz", "政策文件·通知"),
    ("zwgk/zcwj/wjfb/yj", "yj", "政策文件·意见"),
)


def sources(settings) -> list[Column]:
    statistics = [Column(f"gxsj/tjfx/{section}", f"miit.{section}", f"MIIT statistics column {name} ({section})",
                         classify_column(columns.KINDS[section]), page_id) for section, name, page_id in STATISTICS]
    news = [Column(path, f"miit.{key}", f"MIIT news column {name} ({path})", classify_news)
            for path, key, name in NEWS]
    policy = [Column(path, f"miit.{key}", f"MIIT policy-file column {name} ({path})", classify_policy)
              for path, key, name in POLICY]
    return statistics + news + policy
