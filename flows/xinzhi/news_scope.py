"""Which MIIT news items are fetched: every item of the news and press-conference columns
(时政要闻, 工信动态·司局动态, 新闻发布会) except the kinds of news that never carry progress figures.
Whether an item states progress is for the statement reader to say from its text (a title such as
'我国造船业三大指标连续16年领跑全球' names no theme word, yet carries every figure); an item with no
catalogued figure is recorded as read with none.

The kinds never fetched are written down here, each with the title words that announce it; an item
denied is recorded (raw.discoveries, kind null) with its title, never fetched. Examples of both are in
tests/test_statements.py.
"""
from __future__ import annotations

import re

# Kind of news that never states progress figures, and the title words that announce it.
NEVER_PROGRESS: tuple[tuple[str, str], ...] = (
    ("meeting with guests", r"会见|会谈|接见|通电话|视频通话|举行双边"),
    # a party group's meeting on the work ahead ('部党组召开会议 研究部署四季度重点工作') reviews the figures: read
    ("party affairs", r"^(?!.*(?:研究部署|部署.{0,6}工作|重点工作|经济工作|经济运行|工业经济|经济形势)).*"
                      r"(?:党组|党委|党建|党风|主题教育|学习教育|理论学习|读书班|民主生活会|巡视|巡察|廉政|纪检|警示教育)"),
    ("personnel", r"任免|任职|招聘|录用|人事|干部选拔"),
    # a list explained ('…负责同志介绍2024年度绿色制造名单有关情况') states what it adds up to: read
    ("notice of a list or a draft", r"^(?!.*(?:介绍|解读|答记者问)).*(?:名单|公示|征求意见|听证|公开征集|遴选.*通知|申报.*通知"
                                    r"|组织开展.*通知|通报)"),
    ("ceremony", r"慰问|悼念|逝世|植树|出版发行"),
    ("inspection feedback", r"督察|督查|反馈.*意见"),
)


# '2025年度名单公布 累计培育数量超8000家': a title that states a figure of its own is progress, whatever its kind
_STATES_A_FIGURE = re.compile(r"(?:累计|超过?|突破|达到?|逾|近)\d[\d.]*(?:万|亿)?(?:家|个|项|座|台|辆|吨|户|人|元|%)"
                              r"|\d[\d.]*(?:万|亿)?(?:家|个|项|座|台|辆|吨|户|元|%)以上")


def never_progress(title: str) -> str | None:
    """The kind of news a title announces that never carries progress figures, or None."""
    if _STATES_A_FIGURE.search(title):
        return None
    return next((kind for kind, words in NEVER_PROGRESS if re.search(words, title)), None)
