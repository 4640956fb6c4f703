"""Release kinds in scope, each a parser module with KIND, PUBLISHER, matches_title()
and parse(). A title that no kind claims is out of scope (recorded, never fetched).

Statistical releases come from the statistics columns and lists; a ministry's statements of
progress (kind `statement`) from its news columns, whose titles the theme rules sort (themes.py);
plan documents (kind `plan`, targets instead of figures) from the policy-file columns and libraries.
"""
from __future__ import annotations

import re

from . import (annual_communique, consumer_goods, electronics, equipment, industrial_production,
               industrial_profits, monthly_overview, plan, pmi, raw_materials, software, statement, telecom)
from .columns import column_kind

PARSERS = {module.KIND: module for module in (
    industrial_production, monthly_overview, pmi, industrial_profits, annual_communique,
    telecom, electronics, software, raw_materials, equipment, consumer_goods, statement, plan)}

def kind_of(title: str, publisher: str | None = None, url: str | None = None) -> str | None:
    """The release kind a title announces, or None when it is out of scope. A page of a news
    column (`url`) is a statement or nothing, a page of a policy column a plan or nothing; a
    statistics title is never either."""
    if url is not None and plan.is_policy(url):
        return plan.KIND if plan.matches_title(title) else None
    in_column = column_kind(url) if url is not None else None
    if in_column and not re.search(PARSERS[in_column].TITLES.refuses, title):
        return in_column
    news = url is not None and statement.is_news(url)
    for kind, module in PARSERS.items():
        if module is plan or (module is statement) != news:
            continue
        if (publisher is None or module.PUBLISHER == publisher) and module.matches_title(title):
            return kind
    return None
