"""The quantitative targets a plan document sets (规划, 行动方案, 实施方案, 稳增长工作方案, 指导意见 …).

Forms read (N, X, Y stand for numbers):
  到2027年，…增加值年均增长X%左右              approx, a yearly average, due 2027
  …达到N万吨 / 突破N亿元 / 不低于X% / X%以上     >=
  用户数超过5.6亿                               a count in 亿 or 万 with no unit after it
  …控制在X%以内 / 不超过N                       <=
  …增长X%（no qualifier）                        =
  经济增长4.5%—5%                               range
  A、B分别超过X%、Y%  /  A和B分别达到X%和Y%以上   two targets, the qualifiers shared
  …比2023年下降X%左右 / 累计降低X%              a fall: the value is negative, the base year kept
  a table of targets: a name column, a unit column or （单位） in the name, one column per year: the
  latest year's column is the target, and a ≥ / 以上 / 左右 in its cell the comparator
Only sentences that set a goal are read: a deadline (到YYYY年, YYYY—YYYY年), 力争, 目标, 年均, or any
sentence under a heading that names the targets (主要目标, 工作目标 …). A sentence that reports or
forecasts (截至, 已, 预计) sets nothing. A clause with a number that is not read is listed (raw.skipped).

The deadline: a window or 到YYYY年 in the sentence, else the last one earlier in the paragraph, else the
one a sentence with no figure said for its section (主要目标：到2027年底，…。 then items ——…超过85%), else
a year opening the sentence (2025年，…), else the window of the document's title (（2025—2026年）).
A sentence with a figure that sets no goal (截至2020年底，已建成…) is listed (not stored).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import register
from . import named
from ..cn import BARE_MAGNITUDE, QUANTITY_RE, fold, parse_quantity
from ..model import Release, TargetStatement

PARSER_VERSION = "plan/1.4.15"

_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[章节部分])"
                      r"\s*(?P<title>[^。；;：:，,]{1,24})(?:[。：:]|$)")
_WINDOW = re.compile(r"(?P<start>20\d\d)\s*年?\s*[—－\-–~至到]\s*(?P<end>20\d\d)\s*年")
# ('…，为到2030年建设全球先进制造业基地打下坚实基础': what the goals before it serve, never their deadline)
_BY = re.compile(r"(?<!为)(?:到|至|截至|截止到?|面向)(?P<year>20\d\d)年(?:底|末|前)?")
_OPENING_YEAR = re.compile(r"^(?:力争|确保)?(?P<year>20\d\d)年(?:底|末|全年)?(?!以来|以前|前|来|的|\d)")
_BASE = re.compile(r"(?:比|较|相比|与)(?P<year>20\d\d)年(?:底|末)?(?:相比)?")
_NOW_SAID = re.compile(r"\s*(?:目前|当前|截至目前|截止目前|现阶段)")
_GOAL = re.compile(r"到20\d\d年|力争|目标|确保|年均|20\d\d\s*年?\s*[—－\-–~至到]\s*20\d\d\s*年")
_GOAL_HEADING = re.compile(r"目标|指标")
# A sentence that reports or forecasts: no target in it.
_REPORT = re.compile(r"截至|截止|已经|已(?:建成|达到|累计|超过|突破|实现)|预计|有望|同比(?:增长|下降)")
# '方案提出，…', '方案还明确…': a plan said bare restating its targets (the statement and report readers' too)
PLAN_SAYS = r"(?:(?:行动|工作|实施)?方案|规划|行动计划)(?:还|也|同时)?(?:明确|提出|要求)"     # ('行动方案提出')
# '按照《轻工业稳增长工作方案（2023—2024年）》，…', '按照方案安排，…', '有色金属行业稳增长工作方案提出…': the goals of a plan
# followed or named by its industry (a plan's name ends in 《》 or in 方案/规划 said of an industry)
PLAN_FOLLOWED = r"(?:按照|根据|依据|落实)(?:《[^》]*(?:方案|规划|计划)[^》]*》|[^，,。；;《]{0,16}?(?:方案|规划))(?:的?(?:安排|部署|要求|目标))?" \
    r"|[\u4e00-\u9fff]{0,8}?(?:行业|产业)[\u4e00-\u9fff]{0,8}?(?:工作|行动|实施)?(?:方案|规划)(?:还|也|同时)?(?:明确|提出|要求)"
_LEAD = re.compile(r"^(?:" + PLAN_SAYS + r"|" + PLAN_FOLLOWED + r"|提出|要求(?=.{4})|(?:到|至)?20\d\d年(?:底|末|前)?|20\d\d\s*年?\s*[—－\-–~至到]\s*20\d\d\s*年|力争|确保|要(?=推动|实现|确保|达到|保持)|推动|实现|促进|"
                   r"其中|同时|此外|全年|(?:主要|总体)?(?:预期)?目标(?:是|为)?|培育|打造|建设|建成|推广|新增|形成|[，,、：:\s]|-{2}|—{1,2})+")
# Verbs between a name and its number; the comparator a bare number takes from them.
_AT_LEAST = ("达到", "达", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "突破", "不低于", "不少于", "超过")
_AT_MOST = ("控制在", "不高于", "不超过", "降低到", "降低至", "降至", "降到", "下降到", "下降至", "压减到", "压减至")
_FALL = ("降低", "下降", "减少", "压减", "缩减")
_CHANGES = _FALL + ("增长", "提高", "提升")
_VERB_TAIL = re.compile(r"(?P<avg>年均|平均)?(?P<cum>累计)?(?P<verb>" + "|".join(
    sorted(_AT_LEAST + _AT_MOST + _FALL + ("增长", "提高", "提升", "保持在", "稳定在", "保持"), key=len, reverse=True))
    + r")?(?:为|在|约为)?$")
_RANGE_JOIN = re.compile(r"^\s*[—－\-–~至到]\s*$")
_NAMES = re.compile(r"、|以及|和|与")
# What may follow a figure without naming what it counts (增长5%左右的目标).
_NOT_A_NAME = re.compile(r"^(?:目标|水平|增速|速度|幅度|规模|任务|要求)")
# A count that places rather than targets: 在41个大类中, 覆盖N个城市中.
# (never 中小企业, nor a name with 中 inside: 中试平台, 创新中心)
_UNIVERSE = re.compile(r"^(?!中小)[^，,]{0,8}?中(?!小|试|心|药|间|型|高端|部|国|欧|东|西|亚)")
_YEAR_NUMBER = re.compile(r"(?<![\d.])(?:19|20)\d\d(?=年)")
_TABLE_CELL = re.compile(r"^(?P<cmp>[≥≤><]|约|大于|小于)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|‰)?\s*(?P<post>以上|左右|以内|以下)?$")
_UNIT_IN_NAME = re.compile(r"[（(](?P<unit>[^（）()]{1,12})[)）]\s*$")


def read_targets(release: Release, paragraphs: list[str], tables: list[list[list[str]]], title: str) -> None:
    """Add every target of the document to release.targets (and unread clauses to release.skipped)."""
    window = _WINDOW.search(fold(title))
    default = (int(window["start"]), int(window["end"])) if window else None
    section = ""
    in_section: tuple[int | None, int | None] | None = None    # a deadline said once for a section's items
    goals_at: int | None = None       # the level of the heading naming the goals: deeper headings are its items
    for paragraph in paragraphs:
        text = fold(paragraph).strip()
        heading = _HEADING.match(text)
        if heading:
            level = _level(heading.group())
            text = text[heading.end():].strip()
            if goals_at is None or level <= goals_at:        # '（一）产业基础实力显著增强' under 二、发展目标 stays in it
                section = heading["title"].strip()
                goals_at = level if _GOAL_HEADING.search(section) else None
                in_section = None
        carried: tuple[int | None, int | None] | None = None
        item = text.startswith(("——", "--", "—"))       # '——5G应用普及水平全面提升。…': an item of the goals said above
        if not item and not _GOAL_HEADING.search(section) and not heading:
            in_section = None if _has_figure(text) or not _years(text) else in_section
        for sentence in _SENTENCE.findall(text):
            years = _years(sentence) or carried
            if years:
                carried = years
            held = in_section and (_GOAL_HEADING.search(section) or item)
            if not _sets_goal(sentence, section) and not held:
                if _has_figure(sentence) and not _has_target_form(sentence):
                    release.skip(sentence.strip(), "not stored")     # a fact or forecast of the plan: no target, listed
                continue
            if years and (not _has_figure(sentence) or goals_at is not None):
                in_section = years      # '到2027年底，…全面实现5G规模化应用。': the deadline of the items after it
            first = len(release.targets)
            _read_sentence(release, sentence.strip(), section, years or in_section, default)
            _of_the_goal_before(release, first)
    for table in tables:
        _read_table(release, table)


_GOAL_TAKEN_AS = re.compile(r"(?P<lead>将以|以|将)(?P<goal>[^，,；;。]{2,30}?\d[^，,；;。]{0,12}?)"
                            r"(?P<tail>(?:为|作为)(?:主要)?(?:预期|奋斗)?目标)")


def read_restated(release: Release, text: str, years_said: tuple[int | None, int] | None = None,
                  year_in_force: int | None = None) -> None:
    """The targets a statement restates (力争2025—2026年…, 《…方案》提出，到2027年…): read as a plan's sentence,
    with the statement as their source; a clause with a figure not read is listed. `years_said`: the window of
    the plan named before the goal ('…工作方案（2025—2026年），分行业明确了主要目标：…'), when the text names none;
    `year_in_force`: the year the statement speaks of, not over yet (what 力争全年… is due in)."""
    folded = fold(text)              # same length: a quote read from it is the same slice of the text
    # '以地区生产总值增长5%以上为预期目标': the goal itself (blanked around, the same length)
    folded = _GOAL_TAKEN_AS.sub(lambda m: " " * len(m["lead"]) + m["goal"] + " " * len(m["tail"]), folded)
    targets_before, skipped_before = len(release.targets), len(release.skipped)
    # ('2026年，广东将力争…增长4%左右，…；到2027年，…': a first item with no year of its own is due in the year in force,
    # never at a deadline a later item names; the items after a year said keep it)
    years = years_said or ((None, year_in_force) if year_in_force else None) or _years(folded)
    for piece in re.findall(r"[^；;]+[；;]?", folded):       # '…：钢铁行业力争…；有色金属行业…': each item in turn
        # ('《…方案（2025—2026年）》提出，2025年力争…': the year striven for, never the document's window)
        opening = _OPENING_YEAR.match(piece.strip())      # ('2026年，广东将力争…；到2027年，…': the year it opens with)
        # ('2025—2026年，…，到2025年底80%以上…；有色金属行业…年均增长5%左右': an item's own deadline is its own, the items
        # after it due at the end of the window said before)
        held = years_said if years_said is not None and years_said[0] is not None else years
        years = _striven_for(piece, release.published_at.year) or _years(piece) \
            or ((None, int(opening["year"])) if opening else None) or _this_year(piece, release) \
            or _whole_year(piece, year_in_force or release.published_at.year) or held
        if _NAMED_GOAL.search(piece) and read_named(release, piece, ""):
            continue        # '…；全力完成到2025年…下降13.5%的目标任务': the goal it names
        _read_sentence(release, piece, "", years, None)
        _of_the_goal_before(release, targets_before)
    for target in release.targets[targets_before:]:
        target.quote, target.source_kind = _as_printed(target.quote, folded, text), "statement"
    release.skipped[skipped_before:] = [_as_printed(q, folded, text) for q in release.skipped[skipped_before:]]


# '这一数量', '该比例将': the metric of the goal just said, never a name of its own
_REFERENCE = re.compile(named.REFERENCE.pattern + r"(?:将|要|还将)?")


def _of_the_goal_before(release: Release, first: int) -> None:
    """'到2027年…制定100个左右…标准；到2030年，这一数量将达到200个左右': a goal said of 'this number' is of the goal
    read just before it on the page (in the same unit); with none, whose it is is not said (not stored). `first`: the
    first target of this reading (the one that may refer)."""
    if len(release.targets) <= first or not _REFERENCE.fullmatch(release.targets[-1].metric):
        return
    said = release.targets.pop()
    before = release.targets[-1] if release.targets else None
    if before is None or before.unit != said.unit:
        release.skip(said.quote, "unattributed")
        return
    release.targets.append(replace(said, metric=before.metric, subject=before.subject))


# '全年销量明显高于方案提出的…', '超出年初确定的…': a goal said to be the year's own (a plan's window may be longer)
_THE_YEARS = re.compile(r"全年|年初|年度|今年|当年")
# A target named inside a sentence on progress: '…高于方案提出的3230万辆左右的预期目标', '向着到2025年比2020年下降
# 13.5%的目标迈进', '按照钢铁行业增加值年均增长4%左右等目标要求'.
_NAMED_GOAL = re.compile(r"(?P<goal>[^，,；;。]*\d[^，,；;。]*?)(?:(?:的|等)(?:预期|既定|发展|规划)?|(?<=左右|以上)(?:预期|既定))目标")
_GOAL_OPENER = re.compile(r".*(?:提出|确定|明确|设定|制定|要求|规定)的|.*(?:向着|按照|对照|高于|快于|超过|超出|低于|慢于|完成|实现)")
_NAMELESS = re.compile(r"(?:年均|平均|累计)?(?:增长|提高|提升|下降|降低|减少|达到|突破|超过)|比20\d\d|\d")


def read_named(release: Release, segment: str, name_read: str, year_read: int | None = None) -> bool:
    """The target a clause names (_NAMED_GOAL), if any, into release.targets, with the statement as its source; a goal
    printed without its name ('高于方案确定的年均增长7%左右的目标') is of the name the sentence read (name_read), and
    one printed without its year, said to be the year's (全年, 年初确定的…), of the year of the figure it is set against
    (year_read: '2025年…全年销量明显高于方案提出的3230万辆左右的预期目标' is 2025's). False when no target was read."""
    found = _NAMED_GOAL.search(fold(segment))
    if found is None:
        return False
    goal = found["goal"][opener.end():] if (opener := _GOAL_OPENER.match(found["goal"])) else found["goal"]
    plan = re.search(r"十[一二三四五]五", found["goal"][: opener.end()] if opener else "")
    last = register.plan_last_year(plan.group()) if plan else None     # ('超过“十四五”规划确定的4.5%的发展目标')
    years = _years(goal) or ((None, int(said["year"])) if (said := _OPENING_YEAR.match(goal)) else
                             (last - 4, last) if last else
                             (None, year_read if _THE_YEARS.search(found["goal"]) and "年均" not in goal else None))
    goal = _LEAD.sub("", goal)
    if _NAMELESS.match(goal) and (paired := _goals_of_names(fold(segment)[: found.start("goal")] + found["goal"], goal)):
        # '全年汽车销量、新能源汽车销量均高于《…》提出的3230万辆左右和1550万辆左右的预期目标': one goal per name, in order
        goal = paired
    elif _NAMELESS.match(goal):
        if not name_read:
            return False
        goal = name_read + goal
    read = [target for piece in goal.split("；") for target in _read_clause(piece, "", years, _base_year(piece))]
    for target in read:
        target.quote, target.source_kind, target.source_url = segment.strip(), "statement", release.url
        target.ordinal = len(release.targets) + 1
        release.targets.append(target)
    return bool(read)


def _base_year(goal: str) -> int | None:
    return int(base["year"]) if (base := _BASE.search(goal)) else None


# '全年汽车销量、新能源汽车销量均高于': the names a list of goals after them is of, in order
_NAMES_AGAINST = re.compile(r"(?P<names>[^，,；;。\d]+?(?:、[^，,；;。\d]+?)+?)(?:均|都|分别)?(?:高于|超过|超出|低于|完成|实现|达到)")


def _goals_of_names(said: str, goal: str) -> str:
    """'3230万辆左右和1550万辆左右' after '汽车销量、新能源汽车销量均高于…' → '汽车销量3230万辆左右；新能源汽车销量1550万辆左右';
    '' unless the names and the goals are as many."""
    names = _NAMES_AGAINST.search(said)
    figures = [m.group() for m in QUANTITY_RE.finditer(goal)]
    listed = [n for n in re.split(r"、", re.sub(r"^(?:全年|今年|当年)", "", names["names"]).strip())] if names else []
    pieces = re.split(r"[、和及]", goal)
    if len(listed) < 2 or len(listed) != len(figures) or len(pieces) != len(figures):
        return ""
    return "；".join(name + piece for name, piece in zip(listed, pieces))


def _striven_for(text: str, now: int) -> tuple[None, int] | None:
    """'建材行业力争2026年…': the year a goal is due, said after 力争 / 确保 / 要; '今年力争…' (said in `now`) is due this
    year, never at the end of the plan's window named before it ('按照《…方案（2025—2026年）》，今年力争…')."""
    found = re.search(r"(?:力争|确保|要)(?:在|于)?(20\d\d|今|本|明)年|(20\d\d|今|本|明)年(?:底前|前|内)?(?=力争|确保)", text)
    if not found:
        return None
    said = found.group(1) or found.group(2)
    return None, int(said) if said.isdigit() else now + (said == "明")


def _whole_year(text: str, year: int | None) -> tuple[None, int] | None:
    """'（2026年要…）力争全年新培育…': due at the end of the year in force, never a later year the sentence names after it."""
    return (None, year) if year is not None and re.search(r"(?:力争|确保)全年|全年(?:力争|确保)", text) else None


def _this_year(text: str, release: Release) -> tuple[None, int] | None:
    """'力争今年底前培育5个以上…': due at the end of the year the statement is made in."""
    said = re.search(r"(?:今年|本年)(?:年)?(?:底|末)(?:前)?|(?:今年|本年)内|(?<!\d)年内", text)     # (never '2026年内')
    return (None, release.published_at.year) if said else None


def _as_printed(quote: str, folded: str, text: str) -> str:
    at = folded.find(quote)
    return text[at:at + len(quote)] if at >= 0 else quote


def _level(heading: str) -> int:
    """How deep a heading is: 第一章 0, 一、 1, （一） 2, 1. 3."""
    if heading.startswith("第"):
        return 0
    if re.match(r"[一二三四五六七八九十]+、", heading):
        return 1
    return 2 if re.match(r"[（(]", heading) else 3


def window_said(text: str) -> tuple[int, int] | None:
    """The window a plan's title prints ('…稳增长工作方案（2025—2026年）'), the last said in `text`, or None."""
    found = list(re.finditer(r"(?:方案|规划|计划|意见)[》”\"]?[(（](?P<start>20\d\d)[-—－~至到](?P<end>20\d\d)年?[)）]", text))
    return (int(found[-1]["start"]), int(found[-1]["end"])) if found else None


def deadline_said(text: str) -> tuple[int | None, int] | None:
    """(start, deadline) a goal's sentence names, read as a plan's: a window, or 到YYYY年; None else."""
    return _years(fold(text))


def _years(sentence: str) -> tuple[int | None, int] | None:
    """(start, deadline) a sentence names: a window, or 到YYYY年 (no start)."""
    plain = _BASE.sub("", sentence)
    # ('根据《…实施方案（2025—2030年）》，到2027年，…': a document's window named in passing, never the goal's own)
    if window := _WINDOW.search(re.sub(r"《[^》]*》", "", plain)):
        return int(window["start"]), int(window["end"])
    if by := _BY.search(plain):
        return None, int(by["year"])
    if window := _WINDOW.search(plain):
        return int(window["start"]), int(window["end"])
    return None


# '按照钢铁行业稳增长工作方案，2024年…已完成超低排放改造项目500个': progress made under a plan followed, never its goal
_PROGRESS = re.compile(_REPORT.pattern + r"|已(?:完成|有|培育|开展|推动)")


def progress_under(goal: str, rest: str) -> bool:
    """Whether a plan followed (PLAN_FOLLOWED, as `goal` printed) opens progress made under it in `rest`."""
    return re.fullmatch(PLAN_FOLLOWED, goal) is not None and _PROGRESS.search(rest) is not None


def _sets_goal(sentence: str, section: str) -> bool:
    if _REPORT.search(sentence):
        return False
    return bool(_GOAL.search(sentence) or _GOAL_HEADING.search(section))


def _read_sentence(release: Release, sentence: str, section: str, years, default) -> None:
    opening = _OPENING_YEAR.match(sentence)
    if years is None and opening:
        years = (None, int(opening["year"]))
    years = years or default or (None, None)
    previous = None
    # ('机械行业营业收入年均增长3.5%左右、2026年突破10万亿元': a second goal of the same name, by a year of its own)
    for clause in re.split(r"[，,：:]|、(?=(?:到)?20\d\d年)", sentence.rstrip("。；;！？!?")):
        if not _has_figure(clause):
            continue
        if _NOW_SAID.match(clause):
            # '…加快大屏电视等产品普及，目前国内市场大屏电视渗透率在30%左右': where things stand, never the goal
            release.skip(clause.strip(), "not stored")
            continue
        # '…年均增长4%左右，到2025年底80%以上…': the clause's own deadline; '…表示，2026年全省…预期增长7.5%左右，…力争到
        # 2027年…': the year a clause opens with, never a later deadline the sentence names after it
        own = _OPENING_YEAR.match(clause.strip())
        years = _years(clause) or ((None, int(own["year"])) if own else years)
        base = _BASE.search(clause)
        found = _read_clause(clause, section, years, int(base["year"]) if base else None)
        said = re.match(r"\s*(?:到)?(20\d\d年)", clause)
        if not found and said and previous is not None:
            # ('…普及率到2027年超过70%、到2030年超过90%': the same name's goal for a later year)
            stem = re.sub(r"(?:年均)?(?:增长|增速)$", "", previous.metric)
            found = _read_clause(said.group(1) + stem + clause[said.end():], section, years, None)
            for statement in found:        # (the quote as printed, never the name put back)
                statement.quote = clause.strip()
        if not found:
            release.skip(clause.strip(), "form not read")
        for statement in found:
            if statement.metric.removeprefix("同比") in _CHANGES and previous is not None:
                # '软件业务收入突破14万亿元，年均增长12%以上': the growth of the name just read
                statement.metric, statement.subject = previous.metric + statement.metric.removeprefix("同比"), previous.subject
            previous = statement
            statement.source_url = release.url
            statement.ordinal = len(release.targets) + 1
            release.targets.append(statement)


def _has_target_form(sentence: str) -> bool:
    """A sentence a plan writes as a goal though it is not read as one (任务 sections' 力争…): never listed
    as a fact."""
    return bool(_GOAL.search(sentence))


def _has_figure(clause: str) -> bool:
    plain = _YEAR_NUMBER.sub("", _WINDOW.sub("", clause))
    return bool(QUANTITY_RE.search(plain) or re.search(r"\d(?:亿|万)(?=$|[，,。；;、])", plain))


def _read_clause(clause: str, section: str, years, base_year) -> list[TargetStatement]:
    lead = _LEAD.match(clause)
    first = QUANTITY_RE.match(clause, lead.end() if lead else 0)
    if first and clause[first.end():].startswith("的"):       # 80%以上的钢铁产能完成超低排放改造
        return _figure_first(clause, first, section, years, base_year)
    # A figure followed by 的 inside a name (营收规模超万亿元的省份) qualifies the name, it is no target.
    matches = [m for m in QUANTITY_RE.finditer(clause)
               if not _is_year(clause, m) and not clause[m.end():].startswith("的")]
    if not matches:
        return _bare_magnitude(clause, section, years, base_year)
    if len(matches) == 2 and _RANGE_JOIN.match(clause[matches[0].end():matches[1].start()]):
        return _one(clause, matches[0], section, years, base_year, high=matches[1])
    if len(matches) == 1:
        after = clause[matches[0].end():].strip(" 。；;")
        if after:      # 打造50个以上智能工厂: the figure counts what follows it
            return [] if _UNIVERSE.match(after) else _figure_first(clause, matches[0], section, years, base_year)
        return _one(clause, matches[0], section, years, base_year)
    if "分别" in clause[:matches[0].start()]:
        return _paired(clause, matches, section, years, base_year)
    # 'A达到N万吨、B超过X%', '形成3个万亿级消费领域和10个千亿级消费热点': pieces with one figure each.
    pieces = re.split(r"、|(?:以及|和|及)(?=\d)", clause)
    if all(len([m for m in QUANTITY_RE.finditer(p) if not _is_year(p, m)]) == 1 for p in pieces):
        out = []
        for piece in pieces:
            out += _read_clause(piece, section, years, base_year)
        return out
    return []


def _bare_magnitude(clause, section, years, base_year) -> list[TargetStatement]:
    """'用户数超过5.6亿', '5G物联网终端连接数超1亿': a count said in 亿 or 万 with no unit after it."""
    found = BARE_MAGNITUDE.fullmatch(clause.strip(" 。；;"))
    if not found or not (name := _clean_name(found["name"])):
        return []
    verb = found["verb"] or ""
    comparator = ">=" if verb in ("超过", "超", "突破") else _comparator("exact", verb)
    return [_statement(name, section, comparator, float(found["num"]), found["unit"], years, clause.strip(),
                       base_year, False)]


def _is_year(text: str, match: re.Match) -> bool:
    return match["unit"] == "年" or bool(re.match(r"20\d\d年", text[match.start():]))


def _one(clause, match, section, years, base_year, high=None) -> list[TargetStatement]:
    prefix = clause[:match.start()]
    quantity = parse_quantity(match)
    if prefix.endswith("不") and match["pre"]:          # 不少于 / 不低于 450: at least; 不超过 / 不高于: at most
        prefix, quantity = prefix[:-1], _negated(quantity)
    tail = _VERB_TAIL.search(prefix)
    verb = tail["verb"] or ""
    # A change is part of what is measured (钢铁行业增加值增长, 单位产品能耗降低); a level's verb is not.
    name = _clean_name(prefix[:tail.start()] + (verb if verb in _CHANGES else ""))
    if not name:
        return []
    if quantity.unit == "%" and verb == "" and not re.search(r"率|比重|占比|增速|增幅|比例|普及|渗透|覆盖", name):
        return []        # a bare percentage after a name that is no rate: not a target form we know
    comparator = "range" if high is not None else _comparator(quantity.qualifier, verb)
    value, value_high = quantity.value, parse_quantity(high).value if high is not None else None
    if verb in _FALL:
        value, value_high = -value, (-value_high if value_high is not None else None)
        comparator = {">=": "<=", "<=": ">="}.get(comparator, comparator)
    return [_statement(name, section, comparator, value, quantity.unit, years, clause.strip(), base_year,
                       bool(tail["avg"]) or "年均" in prefix or "平均" in prefix, value_high)]


def _figure_first(clause, match, section, years, base_year) -> list[TargetStatement]:
    name = _clean_name(clause[match.end():].lstrip("的"))
    quantity = parse_quantity(match)
    if len(name) < 2 or _NOT_A_NAME.match(name):
        return []
    low = _RANGE_LOW.search(clause[:match.start()])
    if low:            # '建设2—3个…开源社区': a range, its low end printed bare
        return [_statement(name, section, "range", float(low["low"]), quantity.unit, years, clause.strip(), base_year,
                           False, quantity.value)]
    return [_statement(name, section, _comparator(quantity.qualifier, ""), quantity.value, quantity.unit, years,
                       clause.strip(), base_year, False)]


_RANGE_LOW = re.compile(r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)\s*[—－\-–~至到]\s*$")


def _paired(clause, matches, section, years, base_year) -> list[TargetStatement]:
    """A、B分别达到X%、Y%: names and figures in order; a qualifier printed once applies to all."""
    head = clause[:clause.index("分别")]
    tail = _VERB_TAIL.search(clause[clause.index("分别") + 2:matches[0].start()])
    names = [_clean_name(n) for n in _clean_name(head).split("、")]
    if len(names) != len(matches):          # A和B分别…: the last pair joined by a word
        names = [_clean_name(n) for n in _NAMES.split(_clean_name(head))]
    if len(names) != len(matches) or not all(names):
        return []
    names = named.sharing_measure(names)      # '钢铁、有色金属行业增加值…': each with the measure said once, after the last
    quantities = [parse_quantity(m) for m in matches]
    shared = next((q.qualifier for q in quantities if q.qualifier != "exact"), "exact")
    verb = tail["verb"] or ""
    out = []
    for name, quantity in zip(names, quantities):
        comparator = _comparator(quantity.qualifier if quantity.qualifier != "exact" else shared, verb)
        value = -quantity.value if verb in _FALL else quantity.value
        if verb in _FALL:
            comparator = {">=": "<=", "<=": ">="}.get(comparator, comparator)
        out.append(_statement(name, section, comparator, value, quantity.unit, years, clause.strip(), base_year,
                              "年均" in head or "平均" in head))
    return out


def _negated(quantity):
    return replace(quantity, qualifier={"under": "over", "over": "under"}.get(quantity.qualifier, quantity.qualifier),
                   bound=None)


def _comparator(qualifier: str, verb: str) -> str:
    if qualifier == "about":
        return "approx"
    if qualifier == "over" or verb in _AT_LEAST:
        return ">="
    if qualifier == "under" or verb in _AT_MOST:
        return "<="
    return "="


def _clean_name(text: str) -> str:
    text = _WINDOW.sub("", _BY.sub("", text)) if re.search(r"\d年", text[2:]) else text   # 钢铁行业力争2025—2026年增加值
    text = _LEAD.sub("", _BASE.sub("", text)).strip(" ，,、：:")
    text = re.sub(r"^(?:今|本|明)年|(?:力争|确保)(?:(?:20\d\d|今|本|明)年(?:底|末)?)?(?:实现)?", "", text)
    text = re.sub(r"预期(?=增长|增速)|^将(?=.{4})", "", text)     # ('…生产总值预期增长5.5%左右', '将全省…增长6.5%左右')
    # ('比如安徽提出规上工业增加值增长7%左右': the place's own aim, said as an example)
    text = re.sub(r"^(?:比如|例如)|(?<=[\u4e00-\u9fff]{2})(?:省|市)?提出(?=.{4})|\s+", "", text)
    # ('重庆将以…增长5%以上为预期目标': 重庆…; '全省将推动制造业投资增长8%': 全省制造业投资…)
    text = re.sub(r"^([\u4e00-\u9fff]{2,3}?)将(?:推动|实现|力争|确保|促进)?(?=.{4})", r"\1", text)
    text = re.sub(r"(?<=.{2})(?:将会|将)$", "", text)      # ('宁波卓越级智能工厂总数将达到14家')
    return re.sub(r"年均|平均|累计", "", text).strip()


def _statement(name, section, comparator, value, unit, years, quote, base_year, annual_avg, value_high=None):
    start, deadline = years
    return TargetStatement(source_url="", ordinal=0, section=section, subject=_subject(name), metric=name,
                           comparator=comparator, value=value, unit=unit, deadline_year=deadline, quote=quote,
                           value_high=value_high, start_year=start, base_year=base_year, annual_avg=annual_avg,
                           parser_version=PARSER_VERSION)


def _subject(name: str) -> str:
    """The industry a target is set for, where the name opens with one (钢铁行业增加值 → 钢铁行业)."""
    found = re.match(r"^(.{2,20}?(?:行业|产业|制造业))", name)
    return found.group(1) if found else ""


# ------------------------------------------------------------------ tables of targets

def _read_table(release: Release, rows: list[list[str]]) -> None:
    # (a title row spanning every column, such as the caption printed before the table, is never the header)
    header_at = next((i for i, row in enumerate(rows) if len(set(row)) > 1
                      and any(re.search(r"20\d\d", fold(c)) for c in row[1:])), None)
    if header_at is None:
        return
    header = [fold(c) for c in rows[header_at]]
    year_columns = [(int(re.search(r"20\d\d", c).group()), i) for i, c in enumerate(header)
                    if re.search(r"20\d\d", c) and i > 0]
    deadline, column = max(year_columns, key=lambda yc: (yc[0], "目标" in header[yc[1]]))
    name_column = next((i for i, c in enumerate(header) if "指标" in c or "名称" in c), 0)
    unit_column = next((i for i, c in enumerate(header) if "单位" in c), None)
    caption = rows[0][0] if header_at > 0 and len(set(rows[0])) == 1 else ""
    base = min(year for year, _ in year_columns)
    for row in rows[header_at + 1:]:
        if len(row) <= max(column, name_column):
            continue
        name, cell = fold(row[name_column]).strip(), fold(row[column]).strip()
        found = _TABLE_CELL.match(cell)
        if not name or not found:
            if re.search(r"\d", cell):
                release.skip(" | ".join(row), "table not read")
            continue
        unit = found["unit"] or ""
        if in_name := _UNIT_IN_NAME.search(name):
            unit, name = unit or in_name["unit"], name[:in_name.start()].strip()
        if unit_column is not None and row[unit_column].strip():
            unit = unit or fold(row[unit_column]).strip()
        comparator = {"≥": ">=", ">": ">=", "大于": ">=", "≤": "<=", "<": "<=", "小于": "<=", "约": "approx"}.get(
            found["cmp"] or "", {"以上": ">=", "以内": "<=", "以下": "<=", "左右": "approx"}.get(found["post"] or "", "="))
        statement = _statement(name, caption, comparator, float(found["num"]), unit, (None, deadline),
                               " | ".join(row), base if base < deadline else None, False)
        statement.origin, statement.source_url = "table", release.url
        statement.ordinal = len(release.targets) + 1
        release.targets.append(statement)
