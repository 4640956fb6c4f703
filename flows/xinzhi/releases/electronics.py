"""MIIT electronic information manufacturing (电子信息制造业运行情况): value added,
main products, export delivery value, revenue, costs, profits, margin, investment
and revenue by region."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "electronics"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=("electronics_va", "output"),
    metrics=(("出口交货值", "electronics_export_delivery"), ("营业收入利润率", "electronics_margin"),
             ("营业收入", "electronics_revenue"), ("营业成本", "electronics_cost"),
             ("利润总额", "electronics_profit"), ("固定资产投资", "electronics_fai"),
             # customs figures the report quotes (据海关统计…出口笔记本电脑…): codes customs_export.*
             ("出口", "customs_export"), ("进口", "customs_import")),
    totals=("规模以上电子信息制造业", "电子信息制造业"),
    parser_version="miit-electronics/1.7.41",
)

TITLES = Titles(r"电子信息制造业(经济)?运行情况")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "an electronics manufacturing title (…电子信息制造业运行情况)",
                        "electronics manufacturing")
