"""NBS monthly overview (国民经济运行情况 / "N月份国民经济…"): industry, services,
retail, investment, trade, prices, employment and, at quarter ends, GDP.

Each numbered heading (一、工业生产…, 四、固定资产投资…) sets the families its
paragraphs' names are read in, so "制造业" under the investment heading is never
taken for manufacturing value added.
"""
from __future__ import annotations

from .. import catalogue
from ..model import Article, Release
from .industrial_production import FAMILIES as INDUSTRY
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "monthly_overview"
PUBLISHER = "NBS"
_PRICES = ("cpi", "ppi")
_EMPLOYMENT = ("unemployment", "weekly_hours")
_INDUSTRY = INDUSTRY + ("capacity_utilization", "industrial_profit")
_SERVICES = ("services_index", "services_retail", "services_revenue", "pmi_nonmfg")
VOCABULARY = Vocabulary(
    PUBLISHER, KIND,
    families=_INDUSTRY + _SERVICES + ("retail_sales", "fai", "goods_trade", *_PRICES, *_EMPLOYMENT, "gdp",
                                      "industry_va_total", "real_estate", "household"),
    metrics=(("利润总额", "industrial_profit"), ("营业收入利润率", "industrial_margin"),
             ("制造业采购经理指数", "pmi"), ("生产经营活动预期指数", "pmi.expectations")),
    topics=(
        (r"国内生产总值|经济增长|GDP|经济运行", ("gdp", "industry_va_total", "capacity_utilization")),
        (r"工业|产能利用", _INDUSTRY + ("pmi",)),
        (r"服务业", _SERVICES),
        (r"居民消费价格|物价|CPI|PPI|出厂价格", _PRICES),
        (r"居民收入|可支配收入|消费支出", ("household",)),
        (r"市场销售|消费|零售", ("retail_sales", "services_retail")),
        (r"房地产", ("real_estate", "fai")),
        (r"投资", ("fai",)),
        (r"进出口|外贸|贸易", ("goods_trade",)),
        (r"就业|失业", _EMPLOYMENT + _PRICES),
        (r".", ()),   # a heading on anything else (population …): not read
    ),
    totals=("规模以上工业企业", "全国规模以上工业企业"),
    ytd_only=frozenset({"fai", "real_estate"}),
    index_families=catalogue.INDEX_FAMILIES,
    parser_version="nbs-overview/1.5.42",
)

TITLES = Titles(r"国民经济", r"统计公报|核算|解读|答记者问|发布会|新闻稿|计划")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a monthly overview title (…国民经济…)",
                        "national economy overview")
