"""NBS annual statistical communiqué (国民经济和社会发展统计公报): the parts on the
economy as a whole, industry, science and technology, and posts and telecoms, with the
table of main industrial products. Other chapters are not read (their headings switch
name resolution off)."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .industrial_production import FAMILIES as INDUSTRY
from .reader import Vocabulary, read_release

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
    parser_version="nbs-communique/1.0.0",
)

_TITLE = re.compile(r"国民经济和社会发展统计公报")
_NOT_THIS = re.compile(r"解读|答记者问|[省市区县州盟旗]\d{4}年|^(?!.*中华人民共和国).*[省市]")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "a statistical communiqué title (…国民经济和社会发展统计公报)")
    return read_release(article, VOCABULARY, "annual communiqué")
