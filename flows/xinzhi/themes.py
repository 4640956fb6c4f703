"""Which MIIT news items are in scope: the rules, written down.

A news title (时政要闻, 工信动态 / 司局动态, 新闻发布会) is in scope when it names one of the
interview's themes and none of the kinds of news that never carry progress figures (meetings
with guests, party affairs, notices of lists and drafts). Out-of-scope items are recorded with
their title and never fetched. Examples of both are in tests/test_statements.py.
"""
from __future__ import annotations

import re

# Theme, and the title words that announce it.
THEMES: tuple[tuple[str, str], ...] = (
    ("work_conference", r"工业和信息化工作会议"),
    ("press_conference", r"新闻发布会|发布会|吹风会|答记者问|部长通道"),
    ("progress", r"工业和信息化发展|工业经济(?:运行|发展)|新型工业化|成绩单|“?十四五”?.{0,12}(?:成就|成效|回顾)"),
    ("5g", r"5G|千兆|万兆|光网|信息通信业|通信业|宽带|算力|6G"),
    ("smart_manufacturing", r"智能制造|智能工厂|数字化转型|数智化|两化融合|工业互联网|人工智能|智能体|机器人"),
    ("green", r"绿色(?:制造|工厂|工业|低碳|发展)|节能|降碳|碳达峰|固废|循环经济|零碳"),
    ("key_industries", r"稳增长|重点行业|钢铁|有色金属|石化|化工|建材|机械工业|汽车|电子信息|电力装备|轻工业|纺织"),
    ("enterprises", r"专精特新|小巨人|单项冠军|优质企业"),
)
# News that never states progress figures, whatever theme words it carries.
OUT_OF_SCOPE = (r"会见|会谈|党组|党建|主题教育|巡视|廉政|纪检|招聘|录用|公示|征求意见|听证|慰问|悼念|名单|"
                r"申报|遴选.*通知|组织开展.*工作的通知")


def theme_of(title: str) -> str | None:
    """The first theme a news title names, or None when the item is out of scope."""
    if re.search(OUT_OF_SCOPE, title):
        return None
    return next((theme for theme, words in THEMES if re.search(words, title)), None)
