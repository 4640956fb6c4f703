"""NBS monthly industrial production release (规模以上工业增加值 / 工业生产运行情况).

Reads the body text clause by clause and the data table row by row, then merges
the two: a figure printed in both must agree, or the release carries a conflict
and validation refuses the batch. Nothing is emitted that was not read as a
labelled figure; what was read but not understood is listed in `skipped`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import catalogue
from ..catalogue import Indicator, clean_label
from ..cn import CHANGE_RE, NUMBER, Period, find_period, fold, parse_change, parse_number
from ..html import clean_text
from ..model import Article, Observation, ParseError, Release

KIND = "industrial_production"
PUBLISHER = "NBS"

_TITLE = re.compile(r"规模以上工业(增加值(同比)?(实际)?(增长|下降|持平)|生产)|工业生产运行情况")
_NOT_THIS = re.compile(r"解读|利润|产能利用率|国民经济|答记者问|能源生产|财务")


def matches_title(title: str) -> bool:
    return bool(_TITLE.search(title)) and not _NOT_THIS.search(title)


# Section markers that say which breakdown the following figures belong to.
_SECTIONS = [
    (re.compile(r"三大门类|分门类"), "sector"),
    (re.compile(r"经济类型|登记注册类型"), "ownership"),
    (re.compile(r"分地区|区域"), "region"),
    (re.compile(r"产品"), "product"),
    (re.compile(r"行业"), "industry"),
]
_NOTES = re.compile(r"^(附注|注[:：]|指标解释|统计范围|调查方法|附件)")
_SAME_AS = re.compile(r"(?:与|和|同)(?:上月|上年同月|上年同期|去年同期|上年|前月|\d{1,2}月份?)(?:基本)?持平|增速(?:与|和|比|较)")
_SKIP_CLAUSE = re.compile(r"比\d{4}年|较\d{4}年|两年平均|两年|拉动|贡献率|增长面|占比|比重")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_UNIT = re.compile(
    r"%|[万亿千百十]*(?:吨标准煤|千瓦时|千瓦|立方米|重量箱|芯千米|载重吨|标准箱|平方米|千米|"
    r"吨|辆|台|套|米|块|只|支|件|部|箱|线|元|双|条|张|片|架|艘|颗|个)"
)
_COUNT_INDUSTRIES = re.compile(r"(?P<total>\d+)个(?:工业)?(?:大类)?行业(?:中)?(?:有)?(?:(?P<n>\d+)个(?:行业)?|(?P<all>全部))")
_COUNT_PRODUCTS = re.compile(r"(?P<total>\d+)种(?:主要)?(?:工业)?产品(?:中)?(?:有)?(?P<n>\d+)种")
_SHARE = re.compile(r"(?P<label>.*?)占(?:全部|整个)?(?:规模以上|规上)?工业(?:增加值)?(?:的)?(?:比重|比例)(?:为|达到|达)?"
                    r"(?P<num>" + NUMBER + r")%$")
_LABEL_NOISE = re.compile(r"增加值|产量|总产量|实现|累计|同比|均|分别|为$|达到$|达$|保持|当月|增速")


@dataclass
class _Subject:
    indicator: Indicator
    label: str
    quote_start: int


class _Reader:
    """Walks one release's text; keeps the period, section and subject in force."""

    def __init__(self, release: Release, default_year: int, base: Period):
        self.release, self.default_year, self.base = release, default_year, base
        self.out: list[Observation] = []

    def paragraph(self, original: str) -> None:
        work = _blank_parentheticals(fold(original))
        period, section = self.base, None
        for sent_start, sent_end in _spans(work, "。"):
            period, section = self.sentence(original, work, sent_start, sent_end, period, section)

    def sentence(self, original, work, start, end, period, section):
        mom = False
        subject: _Subject | None = None
        for c_start, c_end in _spans(work, ",;:", start, end):
            clause = work[c_start:c_end].strip()
            lead = len(work[c_start:c_end]) - len(work[c_start:c_end].lstrip())
            c_start += lead
            if not clause:
                continue
            # Leading markers: "分行业看", "从环比看", then a period such as "1-11月份".
            marker = re.match(r"(分|从)([^,;:]{1,10}?)看", clause)
            if marker:
                if "环比" in marker.group(2):
                    mom = True
                else:  # "分企业规模看": a breakdown we do not know names no section at all
                    section = next((dim for pattern, dim in _SECTIONS if pattern.search(marker.group(2))), None)
                clause, c_start = clause[marker.end():], c_start + marker.end()
            found = find_period(clause, self.default_year)
            clause_period = period
            if found and found[1].start() == 0:
                clause_period = found[0]
                clause, c_start = clause[found[1].end():], c_start + found[1].end()
                # "…增长4.2%，1—2月份为下降6.5%": an earlier period restated in passing;
                # the figures after it are the current period's again.
                if not clause.startswith("为"):
                    period = clause_period
            if not clause:
                continue
            subject = self.clause(original, clause, c_start, c_end, clause_period, section, mom, subject)
        return period, section

    def clause(self, original, clause, c_start, c_end, period, section, mom, subject):
        quote = original[c_start:c_end].strip()
        share = _SHARE.fullmatch(clause)
        if share:
            return self.share(share, quote, period, section, subject)
        if _SKIP_CLAUSE.search(clause):
            self.release.skipped.append(quote)
            return subject
        if _SAME_AS.search(clause):
            if subject and _is_rate(subject.indicator):
                self.emit(subject.indicator, subject.label, period, "pp_change", 0.0, "百分点",
                          original[subject.quote_start:c_end].strip())
            else:
                self.release.skipped.append(quote)  # 增速与上月持平: compares two growth rates
            return subject
        if self.count(clause, quote, period):
            return None
        changes = list(CHANGE_RE.finditer(clause))
        if changes:
            return self.growth(original, clause, changes, c_start, c_end, period, section, mom, subject)
        return self.level(original, clause, c_start, c_end, period, section, subject)

    def share(self, match, quote, period, section, subject):
        """'装备制造业增加值占规模以上工业增加值比重为36.8%' (or the subject carried over)."""
        label = _strip_noise(match.group("label"))
        ind = catalogue.resolve(label, section) if label else (subject.indicator if subject else None)
        if ind is None or ind.code == "industrial_va" or not ind.code.startswith("industrial_va"):
            self.release.skipped.append(quote)
            return subject
        name = label or subject.label
        self.emit(ind, name, period, "share_pct", float(match.group("num")), "%", quote)
        return subject

    def count(self, clause: str, quote: str, period: Period) -> bool:
        for pattern, code in ((_COUNT_INDUSTRIES, "industries_growing"), (_COUNT_PRODUCTS, "products_growing")):
            match = pattern.search(clause)
            if match and "增长" in clause[match.end():]:
                value = match.group("total") if match.groupdict().get("all") else match.group("n")
                ind = catalogue.indicators()[code]
                self.emit(ind, clean_label(quote), period, "count", float(value), ind.unit, quote)
                return True
        return False

    def growth(self, original, clause, changes, c_start, c_end, period, section, mom, subject):
        head = clause[: changes[0].start()]
        label_text = _strip_noise(head)
        quote_start = c_start
        if label_text:
            labels = catalogue.split_labels(label_text) if "、" in label_text or "均" in clause else [label_text]
            resolved = [catalogue.resolve(lab, section) for lab in labels]
            # 'A和B均增长…' with names we cannot split safely: better no figure than a merged label.
            ambiguous = "均" in clause and any("和" in lab and catalogue.lookup(lab) is None for lab in labels)
            if not all(resolved) or ambiguous:
                self.release.skipped.append(original[c_start:c_end].strip())
                return subject
            label_offsets = [original[c_start:c_end].find(lab) for lab in labels]
            subjects = [_Subject(ind, _full_name(original, c_start, c_end, ind, _printed(original, c_start, c_end, lab, off)), c_start)
                        for ind, lab, off in zip(resolved, labels, label_offsets)]
        elif subject:
            subjects, quote_start = [subject], subject.quote_start
        elif mom:
            ind = catalogue.indicators()["industrial_va"]
            subjects = [_Subject(ind, ind.name_zh, c_start)]
        else:
            self.release.skipped.append(original[c_start:c_end].strip())
            return subject
        values = [parse_change(m) for m in changes]
        if "分别" in clause:
            values = _respectively(clause[clause.index("分别"):]) or values
        if "分别" in clause or len(values) == len(subjects) > 1:
            if len(values) != len(subjects):
                self.release.skipped.append(original[c_start:c_end].strip())
                return subject
            pairs = list(zip(subjects, values))
        elif len(subjects) == 1 and len(changes) > 1:
            pairs = self._chained(clause, changes, values, subjects[0], section, original, c_start, c_end)
        else:  # one figure for one subject, or 均增长: the same figure for several
            pairs = [(s, values[0]) for s in subjects]
        quote = original[quote_start:c_end].strip()
        for subj, change in pairs:
            self.emit_change(subj, change, period, mom, quote)
        return subjects[-1] if len(subjects) == 1 else None

    def _chained(self, clause, changes, values, first, section, original, c_start, c_end):
        """'采矿业增长6.3%、制造业增长4.6%' in one clause: each figure takes the name printed
        before it; a name we cannot resolve ends the chain (no guessing)."""
        pairs, current = [(first, values[0])], first
        for previous, match, value in zip(changes, changes[1:], values[1:]):
            between = _strip_noise(clause[previous.end(): match.start()].strip("、和及 "))
            if between:
                ind = catalogue.resolve(between, section)
                if ind is None:
                    self.release.skipped.append(original[c_start:c_end].strip())
                    break
                current = _Subject(ind, between, c_start)
            pairs.append((current, value))
        return pairs

    def emit_change(self, subj: _Subject, change, period, mom, quote):
        ind = subj.indicator
        if change.unit == "百分点":
            # A change in points only means something for a rate (产品销售率); for a
            # growth rate it compares two growth rates, which is not a figure we store.
            if _is_rate(ind):
                self.emit(ind, subj.label, period, "pp_change", change.value, "百分点", quote)
            else:
                self.release.skipped.append(quote)
            return
        measure = "mom_pct" if (change.base == "mom" or (mom and change.base != "yoy")) else "yoy_pct"
        if measure == "mom_pct" and period.period_type != "month":
            period = Period(period.period if period.period_type != "year" else f"{period.period}-12", "month")
        self.emit(ind, subj.label, period, measure, change.value, "%", quote)

    def level(self, original, clause, c_start, c_end, period, section, subject):
        match = re.fullmatch(r"(?P<label>.+?)(?:为|达到|达|实现|完成)?(?P<num>" + NUMBER + r")(?P<unit>\S+)", clause.strip())
        if not match or not _UNIT.fullmatch(match.group("unit")):
            if _strip_noise(clause):
                # Not understood: the next bare "增长x%" must not attach to an older subject.
                self.release.skipped.append(original[c_start:c_end].strip())
                return None
            return subject
        label_text = _strip_noise(match.group("label"))
        ind = catalogue.resolve(label_text, section) if label_text else None
        if ind is None:
            self.release.skipped.append(original[c_start:c_end].strip())
            return subject
        label = _printed(original, c_start, c_end, label_text, original[c_start:c_end].find(label_text))
        if ind.code.startswith("industrial_va"):
            # Value added is stored as growth; an absolute amount is not a series we keep,
            # but it names the subject of the growth clause that follows.
            self.release.skipped.append(original[c_start:c_end].strip())
            return _Subject(ind, label, c_start)
        quote = original[c_start:c_end].strip()
        self.emit(ind, label, period, "level", float(match.group("num")), match.group("unit"), quote)
        return _Subject(ind, label, c_start)

    def emit(self, ind, label, period, measure, value, unit, quote, origin="text"):
        self.out.append(Observation(
            source_url=self.release.url, publisher=PUBLISHER, release_kind=KIND,
            published_at=self.release.published_at.isoformat(), indicator=ind.code,
            label_zh=clean_label(label), dimension=ind.dimension, period=period.period,
            period_type=period.period_type, measure=measure, value=value, unit=unit,
            quote=quote, origin=origin))


_ITEM = re.compile(r"(?P<verb>增长|下降|持平|减少|回落)?(?P<num>" + NUMBER + r")(?P<unit>%|倍)")


def _respectively(tail: str) -> list:
    """'分别增长6.1%、6.6%和下降4.7%': one signed change per item; a verb carries forward."""
    values, verb = [], "增长"
    for match in _ITEM.finditer(tail):
        verb = match.group("verb") or verb
        text = f"同比{verb}{match.group('num')}{match.group('unit')}"
        values.append(parse_change(CHANGE_RE.match(text)))
    if "持平" in tail and not values:
        return []
    return values


def _spans(text: str, seps: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    pos = start
    for i in range(start, end):
        if text[i] in seps:
            yield pos, i
            pos = i + 1
    if pos < end:
        yield pos, end


def _blank_parentheticals(text: str) -> str:
    """Blank out notes in brackets ('以下增加值增速均为…') but keep short name parts
    such as 移动通信手持机(手机). Same length, so offsets still match the original."""
    def blank(match: re.Match) -> str:
        inner = match.group(0)
        if len(inner) > 12 or re.search(r"增|以下|下同|均为|注|扣除", inner):
            return " " * len(inner)
        return inner
    return _PARENTHETICAL.sub(blank, text)


def _strip_noise(label: str) -> str:
    text = label.strip()
    text = re.sub(r"^(其中|另外|此外)", "", text)
    text = re.sub(r"^(全国|我国)", "", text)
    text = _LABEL_NOISE.sub("", text)
    return text.strip(" ,;:")


def _full_name(original: str, start: int, end: int, ind: Indicator, label: str) -> str:
    # The headline is printed as 规模以上工业增加值: keep 增加值 where it is part of the name.
    if ind.code == "industrial_va" and label + "增加值" in original[start:end]:
        return label + "增加值"
    return label


def _printed(original: str, start: int, end: int, label: str, offset: int) -> str:
    """The label as printed in the original (full-width forms kept) where it can be found."""
    if offset >= 0:
        return original[start + offset: start + offset + len(label)]
    return label


# ------------------------------------------------------------------ tables


def _table_observations(article: Article, release: Release, default_year: int, base: Period) -> list[Observation]:
    out: list[Observation] = []
    for rows in article.tables:
        out.extend(_one_table(rows, release, default_year, base))
    return out


def _one_table(rows, release, default_year, base):
    header_end = next((i for i, row in enumerate(rows) if any(parse_number(c) is not None for c in row[1:])), None)
    if header_end is None:
        return []
    # A title row spans every column ("2025年11月份…主要数据"): it names no column.
    headers = [row for row in rows[:header_end] if len(set(row)) > 1]
    width = max(len(r) for r in rows)
    columns = [_column(headers, j, default_year, base) for j in range(width)]
    unit_col = next((j for j, col in enumerate(columns) if col == "unit"), None)
    section, out = None, []
    reader = _Reader(release, default_year, base)
    for row in rows[header_end:]:
        label_cell = row[0] if row else ""
        numbers = [(j, parse_number(c)) for j, c in enumerate(row) if j > 0]
        if all(v is None for _, v in numbers):
            section = _section_of(label_cell) or section
            continue
        label, unit = _split_unit(label_cell)
        if unit_col is not None and unit_col < len(row) and row[unit_col]:
            unit = fold(row[unit_col]).strip("()")
        ind = catalogue.resolve(_strip_noise(label), section)
        quote = " | ".join(c for c in row if c)
        if ind is None:
            release.skipped.append(quote)
            continue
        for j, value in numbers:
            col = columns[j] if j < len(columns) else None
            if value is None or not isinstance(col, tuple):
                continue
            period, measure = col
            obs = _table_figure(ind, unit, measure, value)
            if obs:
                m, v, u = obs
                reader.emit(ind, label, period, m, v, u, quote, origin="table")
    out.extend(reader.out)
    return out


def _is_rate(ind: Indicator) -> bool:
    """A level printed in % (产品销售率): its change comes in points, not percent."""
    return ind.unit == "%" and not ind.code.startswith("industrial_va")


def _table_figure(ind: Indicator, unit: str | None, measure: str, value: float):
    is_rate = _is_rate(ind)
    if measure == "level":
        if ind.code.startswith("industrial_va"):
            return None  # absolute value added is not printed; a number here is unexpected
        return ("level", value, "%" if is_rate else (unit or ind.unit))
    if measure in ("yoy_pct", "pp_change") and is_rate:
        return ("pp_change", value, "百分点")
    return (measure, value, "%")


def _column(headers, j, default_year, base):
    text = fold("".join(row[j] for row in headers if j < len(row)))
    if j == 0:
        return None
    if "单位" in text:
        return "unit"
    if "环比" in text:
        measure = "mom_pct"
    elif "百分点" in text or "增减" in text:
        measure = "pp_change"
    elif "增长" in text or "增速" in text or "同比" in text:
        measure = "yoy_pct"
    elif "绝对" in text or "产量" in text or "数值" in text or "总量" in text:
        measure = "level"
    else:
        return None
    found = find_period(text, default_year)
    if found:
        period = found[0]
    elif "累计" in text and base.period_type == "month":   # "本月 | 累计" headers
        period = Period(base.period, "ytd") if not base.period.endswith("-12") else Period(base.period[:4], "year")
    else:
        period = base
    if measure == "mom_pct" and period.period_type != "month":
        return None
    return (period, measure)


def _section_of(label: str) -> str | None:
    text = fold(label)
    for pattern, dim in _SECTIONS:
        if pattern.search(text):
            return dim
    return None


def _split_unit(label: str) -> tuple[str, str | None]:
    """'纱(万吨)' -> ('纱', '万吨'); '钢材万吨' -> ('钢材', '万吨') when 钢材 is a known name;
    '原铝(电解铝)' keeps its name part."""
    text = label.strip()
    match = re.search(r"[(（]([^()（）]*)[)）]\s*$", text)
    if match:
        inner = fold(match.group(1)).strip()
        if _UNIT.fullmatch(inner):
            return text[: match.start()].strip(), inner
    for cut in range(1, min(6, len(text))):
        if _UNIT.fullmatch(fold(text[-cut:])) and catalogue.lookup(text[:-cut]):
            return text[:-cut], fold(text[-cut:])
    return text, None


# ------------------------------------------------------------------ merge


def parse(article: Article) -> Release:
    """The release and every figure it prints; raises ParseError on a page that is not one."""
    if not matches_title(article.title):
        raise ParseError(article.url, "title", "an industrial production release title (规模以上工业增加值…)")
    found = find_period(fold(article.title), article.published_at.year)
    if found is None:
        found = next((f for p in article.paragraphs if (f := find_period(fold(p), article.published_at.year))), None)
    if found is None:
        raise ParseError(article.url, "period", "a reference period such as 2025年11月份 in the title or text")
    base = _not_after(found, article.published_at)
    default_year = int(base.period[:4])
    release = Release(article.url, PUBLISHER, KIND, article.title, article.published_at,
                      base.period, base.period_type)
    reader = _Reader(release, default_year, base)
    for paragraph in article.paragraphs:
        paragraph = clean_text(paragraph)
        if _NOTES.match(paragraph):
            break
        reader.paragraph(paragraph)
    table = _table_observations(article, release, default_year, base)
    if not reader.out and not table:
        raise ParseError(article.url, "figures", "value-added growth in the body text or the data table")
    release.observations = _merge(reader.out, table, release)
    return release


def _not_after(found, published_at) -> Period:
    """A period printed without its year belongs to the year before when it would
    otherwise end after the release ('12月份…' published in January)."""
    period, match = found
    if match.groupdict().get("year") or period.as_date() <= published_at.date():
        return period
    if period.period_type == "year":
        return Period(str(int(period.period) - 1), "year")
    year, month = period.period.split("-")
    return Period(f"{int(year) - 1}-{month}", period.period_type)


def _merge(text: list[Observation], table: list[Observation], release: Release) -> list[Observation]:
    merged: dict[tuple, Observation] = {}
    for obs in text:
        seen = merged.get(obs.key())
        if seen is None:
            merged[obs.key()] = obs
        elif not _agree(seen.value, obs.value):
            release.conflicts.append(f"text prints {seen.label_zh} {obs.period} {obs.measure} as both "
                                     f"{seen.value} and {obs.value}")
            seen.check_value, seen.agrees = obs.value, False
    for obs in table:
        seen = merged.get(obs.key())
        if seen is None:
            merged[obs.key()] = obs
            continue
        if seen.origin == "table":
            if not _agree(seen.value, obs.value):  # two cells claim one figure: a layout we misread
                release.conflicts.append(f"table prints {seen.label_zh} {obs.period} {obs.measure} as both "
                                         f"{seen.value} and {obs.value}")
                seen.check_value, seen.agrees = obs.value, False
            continue
        seen.origin, seen.check_value = "text+table", obs.value
        seen.agrees = _agree(seen.value, obs.value)
        if not seen.agrees:
            release.conflicts.append(f"{seen.label_zh} {obs.period} {obs.measure}: text {seen.value}, "
                                     f"table {obs.value}")
        else:
            seen.value = _more_precise(seen.value, obs.value)
    return list(merged.values())


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") else len(text.split(".")[1])


def _agree(a: float, b: float) -> bool:
    places = min(_decimals(a), _decimals(b))
    return round(a, places) == round(b, places)


def _more_precise(a: float, b: float) -> float:
    return b if _decimals(b) > _decimals(a) else a
