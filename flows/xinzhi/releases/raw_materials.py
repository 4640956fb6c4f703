"""MIIT raw-materials industry reports (原材料工业 / 钢铁 / 有色金属 / 石化化工 / 建材
运行情况): value-added growth by industry and product outputs, where printed."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "raw_materials"
PUBLISHER = "MIIT"
# MIIT's industry reports restate NBS value added and outputs beside their own industry groups.
FAMILIES = ("miit_va", "industrial_va", "output")
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=FAMILIES,
                        parser_version="miit-raw-materials/1.0.0")

TITLES = Titles(r"(原材料工业|钢铁(工业|行业)|有色金属(工业|行业)|石化化工(行业|工业)?|建材(行业|工业))(经济)?运行情况")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a raw-materials industry title (…钢铁行业运行情况)",
                        "raw-materials industry")
