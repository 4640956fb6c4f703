"""MIIT equipment industry reports (装备工业 / 汽车工业 运行情况): value-added growth of
equipment manufacturing and its industries, and product outputs, where printed."""
from __future__ import annotations

from ..model import Article, Release
from .raw_materials import FAMILIES
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "equipment"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=FAMILIES,
                        parser_version="miit-equipment/1.0.0")

TITLES = Titles(r"(装备工业|装备制造业|汽车工业)(经济)?运行情况")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "an equipment industry title (…装备工业运行情况)",
                        "equipment industry")
