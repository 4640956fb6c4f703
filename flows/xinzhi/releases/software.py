"""MIIT software and IT services (软件业经济运行情况): business revenue by segment and
region, profits and exports."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "software"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=("software_revenue", "software_profit", "software_export"),
    metrics=(("软件业务收入", "software_revenue"), ("利润总额", "software_profit"),
             ("软件业务出口", "software_export")),
    totals=("软件业", "软件和信息技术服务业", "全行业"),
    parser_version="miit-software/1.0.0",
)

_TITLE = re.compile(r"软件(和信息技术服务)?业(经济)?运行情况")
_NOT_THIS = re.compile(r"解读|答记者问")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "a software industry title (…软件业经济运行情况)")
    return read_release(article, VOCABULARY, "software industry")
