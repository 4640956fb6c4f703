"""NBS annual statistical communiqué (国民经济和社会发展统计公报): the parts on the
economy as a whole, industry, science and technology, and posts and telecoms, with the
table of main industrial products. Other chapters are not read (their headings switch
name resolution off)."""
from __future__ import annotations

from ..model import Article, Release
from .industrial_production import FAMILIES as INDUSTRY
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "annual_communique"
PUBLISHER = "NBS"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND,
    families=("gdp", "industry_va_total") + INDUSTRY,
    metrics=(("利润总额", "industrial_profit"), ("利润", "industrial_profit")),
    topics=(
        (r"综合", ("gdp",)),
        (r"工业", ("industry_va_total",) + INDUSTRY),
        (r"科学技术|科技", ("rd_spending",)),
        (r"邮电|通信|电信", ("telecom",)),
        (r".", ()),
    ),
    totals=("规模以上工业企业", "全国规模以上工业企业"),
    parser_version="nbs-communique/1.3.42",
)

TITLES = Titles(r"国民经济和社会发展统计公报", r"解读|答记者问|[省市区县州盟旗]\d{4}年|^(?!.*中华人民共和国).*[省市]")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a statistical communiqué title (…国民经济和社会发展统计公报)",
                        "annual communiqué")
