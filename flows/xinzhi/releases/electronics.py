"""MIIT electronic information manufacturing (电子信息制造业运行情况): value added,
main products, export delivery value, revenue, costs, profits, margin, investment
and revenue by region."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "electronics"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=("electronics_va", "output"),
    metrics=(("出口交货值", "electronics_export_delivery"), ("营业收入利润率", "electronics_margin"),
             ("营业收入", "electronics_revenue"), ("营业成本", "electronics_cost"),
             ("利润总额", "electronics_profit"), ("固定资产投资", "electronics_fai")),
    totals=("规模以上电子信息制造业", "电子信息制造业"),
    parser_version="miit-electronics/1.0.0",
)

_TITLE = re.compile(r"电子信息制造业(经济)?运行情况")
_NOT_THIS = re.compile(r"解读|答记者问")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "an electronics manufacturing title (…电子信息制造业运行情况)")
    return read_release(article, VOCABULARY, "electronics manufacturing")
