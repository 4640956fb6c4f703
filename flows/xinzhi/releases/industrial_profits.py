"""NBS industrial enterprise profits (全国规模以上工业企业利润): profits, revenue,
costs, margins, assets and liabilities, by ownership, sector and division, month and
year to date; the financial table where each metric has an amount and a growth column."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import NBS_COUNTS, Titles, Vocabulary

KIND = "industrial_profits"
PUBLISHER = "NBS"
METRICS = (
    ("利润总额", "industrial_profit"), ("利润", "industrial_profit"),
    ("营业收入利润率", "industrial_margin"), ("营业收入", "industrial_revenue"),
    ("营业成本", "industrial_cost"), ("资产总计", "industrial_assets"),
    ("负债合计", "industrial_liabilities"), ("所有者权益合计", "industrial_equity"),
    ("资产负债率", "industrial_debt_ratio"), ("应收账款", "industrial_receivables"),
    ("产成品存货", "industrial_inventory"), ("每百元营业收入中的成本", "industrial_cost_per_100"),
    ("每百元营业收入中的费用", "industrial_expense_per_100"),
    ("每百元资产实现的营业收入", "industrial_revenue_per_100_assets"),
    ("每百元资产的营业收入", "industrial_revenue_per_100_assets"),   # as read, with 实现 taken out
    ("人均营业收入", "industrial_revenue_per_capita"),
    ("产成品存货周转天数", "industrial_inventory_days"), ("应收账款平均回收期", "industrial_receivables_days"),
)
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=("industrial_profit",), metrics=METRICS, counts=NBS_COUNTS,
                        totals=("规模以上工业企业", "全国规模以上工业企业", "工业企业"),
                        parser_version="nbs-profits/1.5.42")

TITLES = Titles(r"工业企业利润|工业企业财务")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "an industrial profits title (…规模以上工业企业利润…)",
                        "industrial profits")
