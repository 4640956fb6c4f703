"""One saved page to a Release: what `xinzhi parse` needs, and only that (no warehouse, no
validation, no report: the command starts in half the time `pipeline` would take to import)."""
from __future__ import annotations

from datetime import datetime

from .html import decode_body
from .model import ParseError, Release
from .releases import PARSERS, kind_of, plan
from .sources import site_of


def parse_page(body: bytes, url: str, content_type: str | None = None, list_date: str | None = None) -> Release:
    """One archived page to a Release: the host picks the page reader, the title the release kind."""
    date = datetime.fromisoformat(list_date) if list_date else None
    source = site_of(url)
    article = source.parse_article(decode_body(body, content_type), url, date)
    kind = kind_of(article.title, source.PUBLISHER, url)
    if kind is None and plan.is_policy(url):
        raise ParseError(url, "title", f"a plan document (a title of a plan's form, or one sql/seeds/documents.csv "
                                       f"cites); got {article.title!r}")
    if kind is None:
        raise ParseError(url, "title", f"a {source.PUBLISHER} release kind in scope "
                                       f"({', '.join(k for k, m in PARSERS.items() if m.PUBLISHER == source.PUBLISHER)}); "
                                       f"got {article.title!r}")
    return PARSERS[kind].parse(article)
