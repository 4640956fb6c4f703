"""MIIT equipment industry reports (装备工业 column): the auto industry's production, sales, NEVs,
the NEV share of new-car sales and exports (汽车工业经济运行情况, CAAM's figures as MIIT publishes
them); shipbuilding's completions, new orders and order book with their world shares; equipment
and machinery value added and outputs (装备工业运行情况, NBS figures restated)."""
from __future__ import annotations

import re

from ..model import Article, Release
from .raw_materials import FINANCE, TRADE_TOTAL
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "equipment"
PUBLISHER = "MIIT"
_INDUSTRY = ("miit_va", "industrial_va", "output", "miit_enterprises", "capacity_utilization", "machinery_sales")
# An equipment report restates NBS product outputs (汽车 is NBS's output); the auto and shipbuilding
# reports print the industries' own series (汽车 is the vehicles CAAM counts).
# '机械工业货物贸易进出口总额…。其中，出口额…': the industry's trade, and its parts after it
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=_INDUSTRY + ("vehicles", "shipbuilding"), metrics=FINANCE + TRADE_TOTAL,
                        counts=(("机械", "machinery_products_growing"),), parser_version="miit-equipment/2.6.41")
AUTO = Vocabulary(PUBLISHER, KIND, families=("vehicles", "shipbuilding") + _INDUSTRY, metrics=FINANCE,
                  parser_version="miit-equipment/2.6.41")

TITLES = Titles(r"(装备工业|装备制造业|机械工业|机械行业|汽车工业|汽车|新能源汽车|船舶工业|船舶|工业机器人|工程机械|农机|"
                r"机床)(行业)?(经济)?(运行情况|产销)")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    vocab = AUTO if re.search(r"汽车|船舶", article.title) else VOCABULARY
    return parse_titled(article, vocab, TITLES, "an equipment industry title (…汽车工业经济运行情况)",
                        "equipment industry")
