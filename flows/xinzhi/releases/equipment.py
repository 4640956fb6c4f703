"""MIIT equipment industry reports (装备工业 / 汽车工业 运行情况): value-added growth of
equipment manufacturing and its industries, and product outputs, where printed."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "equipment"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=("miit_va", "industrial_va", "output"),
                        parser_version="miit-equipment/1.0.0")

_TITLE = re.compile(r"(装备工业|装备制造业|汽车工业)(经济)?运行情况")
_NOT_THIS = re.compile(r"解读|答记者问")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "an equipment industry title (…装备工业运行情况)")
    return read_release(article, VOCABULARY, "equipment industry")
