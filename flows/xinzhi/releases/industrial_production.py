"""NBS monthly industrial production release (规模以上工业增加值 / 工业生产运行情况).

Value-added growth in total, by sector, ownership, division, group and region, product
outputs, the sales ratio and export delivery value, from the text and the data table.
"""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "industrial_production"
PUBLISHER = "NBS"
FAMILIES = ("industrial_va", "output", "sales_ratio", "export_delivery_value")
VOCABULARY = Vocabulary(PUBLISHER, KIND, FAMILIES, counts=True, parser_version="nbs-ip/1.1.0")

_TITLE = re.compile(r"规模以上工业(增加值(同比)?(实际)?(增长|下降|持平)|生产)|工业生产运行情况")
_NOT_THIS = re.compile(r"解读|利润|产能利用率|国民经济|答记者问|能源生产|财务")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    """The release and every figure it prints; raises ParseError on a page that is not one."""
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "an industrial production release title (规模以上工业增加值…)")
    return read_release(article, VOCABULARY, "value-added growth")
