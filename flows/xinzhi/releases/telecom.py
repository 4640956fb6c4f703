"""MIIT telecom statistics (通信业经济运行情况, monthly and year to date; 通信业统计公报,
annual): revenue and volume, mobile and 5G users, 5G base stations (count, share of
all mobile base stations, net additions since the end of last year), fixed broadband
and gigabit users, PON ports, mobile internet traffic."""
from __future__ import annotations

import re

from ..model import Article, ParseError, Release
from .reader import Vocabulary, read_release

KIND = "telecom"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=("telecom",), parser_version="miit-telecom/1.0.0")

_TITLE = re.compile(r"通信业(经济)?运行情况|通信业统计公报")
_NOT_THIS = re.compile(r"解读|答记者问|[省市]通信")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


def parse(article: Article) -> Release:
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "a telecom statistics title (…通信业经济运行情况)")
    return read_release(article, VOCABULARY, "telecom")
