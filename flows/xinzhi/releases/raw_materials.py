"""MIIT raw-materials industry reports (原材料工业 / 钢铁 / 有色金属 / 石化化工 / 建材
运行情况): value-added growth by industry and product outputs, where printed."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "raw_materials"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=("miit_va", "industrial_va", "output"),
                        parser_version="miit-raw-materials/1.0.0")

_TITLE = re.compile(r"(原材料工业|钢铁(工业|行业)|有色金属(工业|行业)|石化化工(行业|工业)?|建材(行业|工业))(经济)?运行情况")
_NOT_THIS = re.compile(r"解读|答记者问")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "a raw-materials industry title (…钢铁行业运行情况)")
    return read_release(article, VOCABULARY, "raw-materials industry")
