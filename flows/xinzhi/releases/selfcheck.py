"""The page's own check: every number printed in the body is accounted for.

A number is accounted for when it is a stored figure (its clause or table row gave an
observation with that value), when its clause or row is listed as skipped (with the reason),
or when it is not a figure at all: a date or period, a section number, a threshold in a
definition, the universe of a count ("41个大类行业中"), a number inside a name (5G, 10G PON,
3D打印). Anything else is "unexplained": a figure the parsers missed without saying so.
A number printed with a minus sign ('增长-0.8%') is accounted for only by a negative figure.
"""
from __future__ import annotations

import re

from ..cn import PERIOD_PATTERNS, fold
from ..html import clean_text
from ..model import Article, Observation, Release
from .. import register

NOTES = re.compile(r"^(附注|注[:：]|指标解释|统计范围|调查方法|附件|数据来源|说明[:：])")   # where a page's notes begin: not read


def notes_begin(text: str) -> bool:
    """Where a page's notes begin; a table's one-line source ('数据来源：海关总署。', '注：表中数据来源于国家统计局。')
    is no beginning of them: the text goes on after it."""
    return bool(NOTES.match(text)) and not _SOURCE_LINE.fullmatch(text.strip())


def as_read(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Each paragraph as printed and as the readers read it (register.change_aside_opened: '…增速均超过10%' read as
    '…均增长超过10%', the same length)."""
    printed = [clean_text(paragraph) for paragraph in paragraphs]
    return [(text, register.change_aside_opened(text)) for text in printed]


def read_as_printed(reader, paragraphs: list[str], read_one) -> None:
    """Reads a page's paragraphs up to its notes with `read_one` (each as read: change_aside_opened), then quotes what
    each gave (the reader's `out` and `named_out`, the release's skipped clauses and targets) as printed: a quote is
    the page's own words."""
    texts = as_read(paragraphs)
    release = reader.release
    for (printed, text), note in zip(texts, in_notes([text for _, text in texts])):
        if note:
            continue
        out, named_out, skipped, restated = (len(reader.out), len(reader.named_out), len(release.skipped),
                                             len(release.targets))
        read_one(text)
        if text == printed or len(text) != len(printed):
            continue

        def printed_of(quote: str) -> str:
            at = -1 if quote in printed else text.find(quote)
            if at < 0:
                return quote
            # ('比上年提高了4.3个百分点' read with its 了 blanked at the clause's start: the words as printed, 了 and all)
            done = re.search("了?".join(map(re.escape, quote.strip())), printed[max(at - 2, 0): at + len(quote) + 2])
            return done.group() if done else printed[at: at + len(quote)].strip()

        for obs in reader.out[out:] + reader.named_out[named_out:]:
            obs.quote = printed_of(obs.quote)
        release.skipped[skipped:] = [printed_of(clause) for clause in release.skipped[skipped:]]
        for target in release.targets[restated:]:
            target.quote = printed_of(target.quote)


_CHAPTER = re.compile(r"^([一二三四五六七八九十])、")


def in_notes(texts: list[str]) -> list[bool]:
    """Which of a page's paragraphs (as read) are notes, never read for figures: from where the notes begin to the
    end, except that a note under a table ('注：指数以100点为临界点…') with the body's next chapter printed after it
    ('三、行业效益…') is a note until that chapter, and the text goes on there."""
    marks, chapter, state = [], 0, "body"       # body, note (a table's, until the next chapter) or notes (to the end)
    for i, text in enumerate(texts):
        number = _chapter(text)
        if state == "note" and number == chapter + 1:
            state = "body"
        if state == "body" and number:
            chapter = number
        elif state == "body" and notes_begin(text):
            follows = any(_chapter(later) == chapter + 1 for later in texts[i + 1:])
            state = "note" if re.match(r"注[:：]", text) and follows else "notes"
        marks.append(state != "body")
    return marks


def _chapter(text: str) -> int:
    """The number of a chapter heading ('三、行业效益降幅收窄': 3), 0 for any other text."""
    heading = _CHAPTER.match(text)
    return "一二三四五六七八九十".index(heading.group(1)) + 1 if heading else 0


# (also a note on the table just printed: '注：表中数据来源于国家统计局。', '注：上表…')
_SOURCE_LINE = re.compile(r"(?:数据|资料)来源[:：][^。\d]{1,40}。?|注[:：](?:表中|上表|本表|表\d)[^。\d]{1,40}。?"
                          r"|注[:：](?!\s*\d)[^。]{1,24}(?:数据|快报数|初步统计数)。?")    # '注：手持订单量为6月底数据。'
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# Spans that hold numbers but no figure.
_NON_FIGURES = [
    re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{1,2}日|\d{4}-\d{1,2}(?:-\d{1,2})?"
               r"|\d{1,2}:\d{2}|\d{4}/\d{1,2}/\d{1,2}"),                        # dates and times
    re.compile(r"^\s*\(?\d{1,2}[.、)]"),                                         # a numbered heading or note
    re.compile(r"\d+(?=[A-Za-z])|(?<=[A-Za-z])\d+(?:\.\d+)?"),                  # 5G, 10G PON, 3D, IPv6, PM2.5
    re.compile(r"\d+(?=个(?:工业|制造业)?(?:大类|中类|小类)?行业(?:中|里))|\d+(?=种[^,;\d]{0,8}?产品(?:中|里))"
               r"|\d+(?=个(?:国民经济)?大类(?:中|里))|\d+(?=个(?:省份?|地区|城市)(?:\(区、市\))?中)"),  # universes
    re.compile(r"\d+(?=个大中城市|个大城市|个主要城市)"),                         # 31个大城市, 70个大中城市
    re.compile(r"\d+(?=万元(?:及|或)?以上)"),                                     # thresholds of definitions
    re.compile(r"\d{1,2}月份?(?=以来|来)"),                                       # 自8月份以来: since, a date
    re.compile(r"第[一二三四五六七八九十\d]+"),                                     # ordinals
    re.compile(r"(?<=[见附]表)\s*\d+|(?<=见图)\s*\d+"),                               # （见表1）: a table's number
    re.compile(r"\d+(?=家(?:中央企业|基础电信企业))"),                             # who reports
    re.compile(r"\d+(?=个分类指数中)|(?:连续|近)\d+(?:个月|年)"),                     # PMI wording, 连续10年
    re.compile(r"居(?:全国)?前\d+(?:名|位)?|前\d+(?=名|位|强|的)|(?<=投入)\d+(?=强)|\d+(?=个副省级中心城市)|(?<=[前])\d+(?=位)"),      # rankings, city groups
    re.compile(r"\d+(?=个?(?:省|省份|省市|省\(市\)|省\(区、市\)|地区|城市|企业|类)(?:[^,;，；。\d]{0,12}?)(?:合计|共|总计))"),               # the size of a group total (轻工11类商品零售额合计)
    re.compile(r"\d+(?:\.\d+)?%?(?:以上|以下)?的?(?:较高|较低)?(?:景气区间|临界点)"),   # thresholds of a scale
    register.PERIOD_LIST,                                                       # 7、8、9三个月, 5、6月份
]


def unexplained(article: Article, release: Release, read: list[Observation]) -> list[str]:
    """Numbers of the body text and tables that are neither read (`read`: every figure read from
    the text and the tables, before a figure printed in both is merged into one) nor skipped nor
    non-figures."""
    values = _values_by_quote(read)
    skipped = set(release.skipped) | {target.quote for target in release.targets}   # a target's every number
    found: list[str] = []
    paragraphs = as_read(article.paragraphs)
    for (printed, _), note in zip(paragraphs, in_notes([text for _, text in paragraphs])):
        if not note:
            found += _in_text(printed, values, skipped)
    for rows in article.tables:
        found += _in_table(rows, values, skipped)
    return found


def _values_by_quote(read: list[Observation]) -> dict[str, set[float]]:
    """Each quote (a clause, or a table row) and the values read from it: every magnitude ('下降0.8%'
    prints 0.8) and every negative value (a printed '-0.8' needs a stored -0.8)."""
    values: dict[str, set[float]] = {}
    for obs in read:
        signed = {obs.value} | ({obs.check_value} if obs.check_value is not None else set())
        signed |= {round(v / 100, 6) for v in signed}            # 增长2.8倍 is stored as 280 %
        printed = {abs(v) for v in signed} | {v for v in signed if v < 0} | ({obs.universe} if obs.universe else set())
        for part in obs.quote.split(" ‖ "):
            values.setdefault(part.strip(), set()).update(printed)
    return values


def _in_text(text: str, values: dict[str, set[float]], skipped: set[str]) -> list[str]:
    folded = fold(text)
    covered = _non_figure_spans(folded)
    explained: list[tuple[int, int, set[float] | None]] = []   # None: a skipped clause, every number in it
    for quote, printed in values.items():
        at = text.find(quote) if quote else -1
        if at >= 0:
            explained.append((at, at + len(quote), printed))
    for quote in skipped:
        at = text.find(quote) if quote else -1
        if at >= 0:
            explained.append((at, at + len(quote), None))
    out = []
    for match in _NUMBER.finditer(folded):
        start, end = match.span()
        if any(a <= start and end <= b for a, b in covered):
            continue
        value = float(match.group().replace(",", ""))
        if start > 0 and folded[start - 1] == "-" and (start < 2 or not folded[start - 2].isdigit()):
            value = -value                                       # printed with a minus sign
        if any(a <= start and end <= b and (printed is None or _printed_in(value, printed))
               for a, b, printed in explained):
            continue
        out.append(f"{match.group()} in «{_clause(text, start, end)}»")
    return out


def _in_table(rows: list[list[str]], values: dict[str, set[float]], skipped: set[str]) -> list[str]:
    body = next((i for i, row in enumerate(rows) if any(_cell_number(c) is not None for c in row[1:])), None)
    if body is None:
        return []
    out = []
    for row in rows[body:]:
        quote = " | ".join(c for c in row if c)
        if quote in skipped:
            continue
        printed = values.get(quote, set())
        for cell in row[1:]:
            value = _cell_number(cell)
            if value is not None and not _printed_in(value, printed):
                out.append(f"{cell.strip()} in table row «{quote}»")
    return out


def _cell_number(cell: str) -> float | None:
    text = fold(cell).strip().rstrip("%")
    if re.fullmatch(r"[+-]?\d+(?:,\d{3})*(?:\.\d+)?", text):
        return abs(float(text.replace(",", "")))
    return None


def _printed_in(value: float, printed: set[float]) -> bool:
    return any(abs(value - v) < 1e-9 for v in printed)


def _non_figure_spans(folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for pattern, _ in PERIOD_PATTERNS for m in pattern.finditer(folded)]
    spans += [m.span() for pattern in _NON_FIGURES for m in pattern.finditer(folded)]
    return spans


def has_figure(folded: str) -> bool:
    """Whether a clause prints a number that is not a date, period, universe or threshold."""
    covered = _non_figure_spans(folded)
    return any(not any(a <= m.start() and m.end() <= b for a, b in covered) for m in _NUMBER.finditer(folded))


def _clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in "，。；：,;:")
    rights = [i for i in (text.find(sep, end) for sep in "，。；：,;:") if i >= 0]
    return text[left + 1: min(rights) if rights else len(text)].strip()
