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
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=("telecom", "g5a_cities", "gigabit_cities"),
    # Metrics printed after a region or a list of regions (东、中、西部和东北地区…分别…): the region
    # is looked up under that metric.
    metrics=(("电信业务收入", "telecom.revenue"), ("移动互联网接入流量", "telecom.mobile_traffic"),
             ("移动互联网流量", "telecom.mobile_traffic"), ("新兴业务收入", "telecom.emerging_revenue"),
             ("千兆宽带用户", "telecom.broadband_gigabit"), ("千兆用户", "telecom.broadband_gigabit"),
             ("5G移动电话用户", "telecom.mobile_users_5g"), ("5G用户", "telecom.mobile_users_5g"),
             ("户均移动互联网接入流量", "telecom.dou"), ("DOU", "telecom.dou"), ("5G基站数", "telecom.bs_5g"),
             ("5G基站", "telecom.bs_5g"), ("5G移动电话用户数", "telecom.mobile_users_5g"),
             ("固定互联网宽带接入用户", "telecom.broadband_users"), ("宽带接入用户", "telecom.broadband_users")),
    parser_version="miit-telecom/1.7.41")

TITLES = Titles(r"通信业(经济)?运行情况|通信业统计公报", r"解读|答记者问|[省市]通信")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a telecom statistics title (…通信业经济运行情况)",
                        "telecom")
