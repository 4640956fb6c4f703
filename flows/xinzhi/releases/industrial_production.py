"""NBS monthly industrial production release (规模以上工业增加值 / 工业生产运行情况).

Value-added growth in total, by sector, ownership, division, group and region, product
outputs, the sales ratio and export delivery value, from the text and the data table.
"""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import NBS_COUNTS, Titles, Vocabulary

KIND = "industrial_production"
PUBLISHER = "NBS"
FAMILIES = ("industrial_va", "output", "sales_ratio", "export_delivery_value")
VOCABULARY = Vocabulary(PUBLISHER, KIND, FAMILIES, counts=NBS_COUNTS, parser_version="nbs-ip/1.5.42")

TITLES = Titles(r"规模以上工业(增加值(同比)?(实际)?(增长|下降|持平)|生产)|工业生产运行情况", r"解读|利润|产能利用率|国民经济|答记者问|能源生产|财务")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "an industrial production release title (规模以上工业增加值…)",
                        "value-added growth")
