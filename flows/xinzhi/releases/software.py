"""MIIT software and IT services (软件业经济运行情况): business revenue by segment and
region, profits and exports."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "software"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=("software_revenue", "software_profit", "software_export", "software_employees",
                               "software_wages", "software_margin", "miit_enterprises"),
    metrics=(("软件业务收入", "software_revenue"), ("软件收入", "software_revenue"), ("利润总额", "software_profit"),
             ("软件业务出口", "software_export"), ("主营业务利润率", "software_margin"),
             ("营业收入利润率", "software_margin")),
    totals=("软件业", "软件和信息技术服务业", "全行业"),
    # '收入居前5名的北京、广东…共完成收入…' (no 分别): the five together, not each of them
    groups=((r"居前(?:5|五)名的(?:.+、.+|省份?合计|省市合计)", "前5名省份合计"),
            # '北京、广东、江苏、山东、上海五省（市）软件业务收入合计…': the five named, then counted
            (r"^[^、]+(?:、[^、]+){4}(?:五|5)省(?:\(市\)|市)?(?:软件业务收入)?(?:合计)?$", "前5名省份合计")),
    parser_version="miit-software/2.7.41",
)

TITLES = Titles(r"软件(和信息技术服务)?业(经济)?运行情况|软件(和信息技术服务)?业主要指标|软件(和信息技术服务)?业统计公报")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a software industry title (…软件业经济运行情况)",
                        "software industry")
