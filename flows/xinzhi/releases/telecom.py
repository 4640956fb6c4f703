"""MIIT telecom statistics (通信业经济运行情况, monthly and year to date; 通信业统计公报,
annual): revenue and volume, mobile and 5G users, 5G base stations (count, share of
all mobile base stations, net additions since the end of last year), fixed broadband
and gigabit users, PON ports, mobile internet traffic."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "telecom"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=("telecom",), parser_version="miit-telecom/1.0.0")

TITLES = Titles(r"通信业(经济)?运行情况|通信业统计公报", r"解读|答记者问|[省市]通信")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a telecom statistics title (…通信业经济运行情况)",
                        "telecom")
