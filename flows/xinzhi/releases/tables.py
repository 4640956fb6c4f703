"""Reading a release's Word tables: rows are names, columns are (period, measure) or
(metric, measure) headers; a release kind may read its tables its own way (PMI)."""
from __future__ import annotations

import re

from .. import catalogue
from ..catalogue import Indicator, clean_label, family_of
from ..cn import Period, Quantity, find_period, fold, parse_number, unit_factor
from ..model import Article, Observation
from . import comparisons
from .reader import _UNIT, Reader, _Context, _is_rate, strip_noise
from .vocabulary import Vocabulary


def read_tables(article: Article, reader: Reader, one_table=None) -> list[Observation]:
    """Every table of the page through `one_table` (default: rows are names, columns are
    (period, measure) or (metric, measure) headers)."""
    out: list[Observation] = []
    for rows in article.tables:
        table_reader = Reader(reader.release, reader.vocab, reader.default_year, reader.base)
        (one_table or _one_table)(rows, table_reader)
        out.extend(table_reader.out)
        reader.named_out.extend(table_reader.named_out)     # (a row's name not catalogued: kept as printed)
    return out


def _one_table(rows, reader: Reader) -> None:
    header_end = next((i for i, row in enumerate(rows) if any(parse_number(c) is not None for c in row[1:])), None)
    if header_end is None:
        return
    # A title row spans every column ("2025年11月份…主要数据"): it names no column.
    headers = [row for row in rows[:header_end] if len(set(row)) > 1]
    width = max(len(r) for r in rows)
    texts = [fold("".join(row[j] for row in headers if j < len(row))) for j in range(width)]   # each column's header
    columns = _columns(texts, reader)
    words = _column_words(texts)
    units = _column_units(texts)
    for j, col in enumerate(columns):
        if col in ("unit", None) and units[j] and all(parse_number(row[j]) is not None
                                                      for row in rows[header_end:] if j < len(row) and row[j]):
            # '指标 | 万载重吨 | 同比增长（%）': a unit over numbers heads the levels in it, not the rows' units
            after = next((c for c in columns[j + 1:] if isinstance(c, tuple)), None)
            columns[j] = (after[0] if after else reader.base, "level", None)
    unit_col = next((j for j, col in enumerate(columns) if col == "unit"), None)
    # '表 …主要指标累计情况（%）', '注：…其余指标为累计同比增速': a caption (html.caption_of) saying its numbers are in %
    caption = " ".join(row[0] for row in rows[:header_end] if len(set(row)) == 1)
    in_percent = bool(re.search(r"[(（](?:单位[:：]\s*)?%[)）]", caption))
    growths = bool(re.search(r"同比增速|同比增长|增速|增长率", caption))
    for row in rows[header_end:]:
        label_cell = row[0] if row else ""
        numbers = [(j, parse_number(c)) for j, c in enumerate(row) if j > 0]
        if all(v is None for _, v in numbers):
            continue
        if len(row) > 1 and _ROW_METRIC.fullmatch(fold(row[1]).strip()):
            label_cell += row[1]     # '乘用车 | 销量 | 308.2 | …': the row's metric in its second cell (乘用车销量)
        label, unit = split_unit(_ROW_NUMBER.sub("", clean_label(label_cell)))
        if unit_col is not None and unit_col < len(row) and row[unit_col]:
            unit = fold(row[unit_col]).strip("()")
        quote = " | ".join(c for c in row if c)
        row_ind = None          # the row's series as an earlier column read it
        for j, value in numbers:
            col = columns[j] if j < len(columns) else None
            if value is None or not isinstance(col, tuple):
                continue
            period, measure, family = col
            families = (family,) if family else reader.vocab.families
            name = strip_noise(label)
            if name in ("合计", "总计", "全行业") and reader.title_subject:
                name = label = reader.title_subject   # the total row of a report on one industry is that industry
            # '车型 | 产量（万辆） | … | 销量（万辆）': the row's series of the column's quantity; a name alone is what
            # is produced, never what is sold
            # (the row's name as printed first: strip_noise takes 产品 off 软件产品)
            ind = (catalogue.resolve(label + words[j], families) or catalogue.resolve(name + words[j], families)) \
                if words[j] else None
            if ind is None and words[j] and (words[j] == "销量" or not _COLUMN_WORD.match(words[j])):
                # (表观消费量 of a product: never its output; '硫酸 | 6.3 | 4.2' under '消费量同比增长（%）': kept as printed)
                if not _as_named(reader, name + words[j], value, measure, units[j] or unit, period, quote):
                    reader.skip(quote, "unknown name")
                continue
            ind = ind or catalogue.resolve(name, families)
            if ind is not None and ind.dimension == "region" and (whose := _by_region(caption)) \
                    and catalogue.region_of(name, catalogue.resolve(whose, families) or ind) is None:
                # '表1 2024年初级形态塑料分地区产量' over '东部地区 | 7035.02 | 55.2': the region's figure of the product the
                # caption names, never the region's series of another family (东部地区 of industrial value added)
                cell = name + whose + ("占全国的比重" if measure == "share_pct" else
                                       "" if whose.endswith(words[j]) else words[j])
                if not _as_named(reader, cell, value, measure, units[j] or unit, period, quote):
                    reader.skip(quote, "unknown name")
                continue
            if ind is None and measure == "share_pct" and row_ind is not None:
                ind = row_ind       # '软件产品 | 29030 | 11.1 | 23.6' under '…占全行业收入比重': the row's series' share
            if ind is None and not words[j] and reader.vocab.metric_of(name):
                # '钢材出口量', '铁矿石进口均价': a row named with its metric, read as the text reads it
                ind = reader.resolve(name, _Context(period, reader.vocab.families, reader.vocab.families))
            if ind is None and re.fullmatch(r"(?:工业)?增加值", label.strip()) and reader.vocab.totals:
                # '增加值 | 10.6 | 11.1' in a report on one industry: that industry's own value added
                ind = catalogue.resolve(strip_noise(reader.vocab.totals[0]), families)
            if ind is None and family in comparisons.NATIONAL:      # a division's own revenue or profit
                ind = catalogue.resolve(name, (comparisons.NATIONAL[family],))
            if ind is None and name.endswith("指数"):
                ind = _sub_index(caption, name, families)    # '价格指数 | 99.0' under '表1 …建材行业景气指数'
            if ind is None:
                if _as_named(reader, name + words[j] if words[j] else name, value, measure, units[j] or unit, period, quote):
                    continue    # '合成树脂 | 10.3 | 7.0': a product not catalogued, each column's figure as printed
                reader.skip(quote, "unknown name")
                break
            if units[j] and unit_factor(units[j])[1] != unit_factor(ind.unit)[1]:
                # '指标 | 万载重吨 | 同比 | 万修正总吨 | 同比': the columns in another unit are another series'
                if units[j] != units[j - 1]:
                    reader.skip(quote, "not stored")
                continue
            row_ind = ind
            if measure == "share_pct":
                whole = _share_whole(ind, texts[j])
                if whole is not None:
                    reader.emit(ind, label, period, "share_pct", value, "%", quote, origin="table", relative_to=whole)
                continue
            if in_percent and measure == "level" and not units[j] and not _is_rate(ind):
                # an amount's column in a table of %: its growth when the caption says so, else not sure
                if not growths:
                    reader.skip(quote, "not stored")
                    continue
                measure = "yoy_pct"
            figure = _table_figure(ind, units[j] or unit, measure, value, reader.vocab)
            if figure:
                m, v, u = figure
                reader.emit(ind, label, period, m, v, u, quote, origin="table")


# A row's metric printed in a cell of its own after its name
_ROW_METRIC = re.compile(r"产量|销量|出口量?|进口量?|营业收入|利润总额")
# '其中：1.软件产品收入', '2、信息技术服务收入', '软件业务收入合计': the name without its place in the list
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.、．)]|[（(]\d{1,2}[)）])\s*|(?<=.)合计$")


# '表1 2024年初级形态塑料分地区产量': what a table of regions is of
_BY_REGION = re.compile(r"(?:\d{4}年(?:\d{1,2}月份?|1[-—]\d{1,2}月份?)?)(?P<what>[\u4e00-\u9fff]{2,16}?)分(?:地区|区域|省份?|省\(区、市\))"
                        r"(?P<metric>产量|销量|产销量|收入|营业收入|利润总额|增加值)?")


def _by_region(caption: str) -> str:
    """The subject a caption says its regions are of ('初级形态塑料产量'), or ''."""
    said = _BY_REGION.search(fold(caption))
    return said["what"] + (said["metric"] or "") if said else ""


def _as_named(reader: Reader, name: str, value: float, measure: str, unit: str, period: Period, quote: str) -> bool:
    """A cell of a row and column whose series the catalogue does not hold, kept as printed (its growth, its level
    in the column's unit, or its share of the nation's); False when not sure."""
    if measure not in ("yoy_pct", "level", "share_pct") or (measure == "level" and not unit) \
            or re.fullmatch(r"(?:综合|总|分类)?指数", name):
        return False            # ('综合指数' of no index the caption names: whose is not said)
    return reader.as_named(name, Quantity(value, "%" if measure in ("yoy_pct", "share_pct") else unit, "exact", None),
                           period, quote, measure=measure)


def _sub_index(caption: str, name: str, families) -> Indicator | None:
    """A row's index under a caption naming the index it is part of ('表1 2025年8月建材行业景气指数' over '价格指数'):
    the whole's qualifier said for it (catalogue.qualifier_shared), or None."""
    said = re.search(r"(?:[年月份][末底]?|^)([\u4e00-\u9fff]{2,16}?指数)", caption)
    whole = catalogue.resolve(said.group(1), families) if said else None
    if whole is None:
        return None
    if name in ("综合指数", "总指数"):
        return whole            # '综合指数 | 89.51' under '…中国钢材价格指数（CSPI）变化情况': the index itself
    return catalogue.qualifier_shared([said.group(1), name], [whole, None], lambda n: catalogue.resolve(n, families))[1][1]


def _columns(texts: list[str], reader: Reader) -> list:
    """Each column's (period, measure, family), 'unit', or None. A growth column after
    a metric column ('营业收入(亿元) | 比上年同期增长(%)') belongs to that metric."""
    columns, family, level = [], None, None     # (level: the last level column, since the last column of no figure)
    for j, text in enumerate(texts):
        if j == 0:
            columns.append(None)
            continue
        metric = reader.vocab.metric_of(text)
        if metric:
            family = metric[1]
        column = _column(text, reader.default_year, reader.base, family)
        if isinstance(column, tuple) and column[1] != "level" and level is not None and not _names_period(text):
            # '1—11月累计 | 比上年同期增长(%)', '6月末（点） | 环比（%） | 同比（%）': a change column without its own period
            # is the level's before it
            column = (level[0], column[1], column[2])
        if isinstance(column, tuple) and column[1] == "mom_pct" and column[0].period_type != "month":
            column = None       # '环比' of a span: only a month (or a month's end: '6月末（点） | 环比（%）') has one before it
        columns.append(column)
        if not isinstance(column, tuple):
            level = None
        elif column[1] == "level":
            level = column
    return columns


# The quantity a column counts of each row's name ('产量（万辆）', '销量', '收入（亿元）'), with the growth column after it
_COLUMN_WORD = re.compile(r"^(?:累计)?(?P<word>产量|销量|收入|业务收入|营业收入)")


def _column_words(texts: list[str]) -> list[str]:
    """Each column's quantity word ('销量'), '' when its header names none; a growth column after one is its."""
    words, word = [], ""
    for j, text in enumerate(texts):
        found = _COLUMN_WORD.match(text) if j else None
        growth = re.search(r"增长|增速|同比|增幅|增减", text) if j else None
        # '表观消费量同比增长（%）': a quantity of its own, never the one of the column before
        own = re.sub(r"^[\d\-—－月年份季度上下半前累计当]+", "", text[: growth.start()]) if growth else ""
        word = found.group("word") if found else own if re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:量|额|值|价格?)", own) \
            else word if growth else ""
        words.append(word)
    return words


def _column_units(texts: list[str]) -> list[str]:
    """Each column's unit when its header is a unit alone ('万载重吨', '万修正总吨'), for the growth column after
    it too; '' elsewhere."""
    units, unit = [], ""
    for j, text in enumerate(texts):
        plain = text.strip("()（） ")
        if said := re.fullmatch(r"[^()（）]{2,}[(（](?P<unit>[^()（）]+)[)）]", text.strip()):
            plain = said["unit"]          # '出口数量(亿件)': a quantity in the unit its brackets say
        unit = plain if j and _UNIT.fullmatch(plain) and not re.search(r"\d|%", plain) else \
            unit if j and re.search(r"增长|增速|同比|增幅|增减", text) else ""
        units.append(unit)
    return units


# Rows that are parts of their scope's total (a product's row is not: its share column may be of anything)
_PARTS = ("region", "segment", "sector", "industry", "industry_group", "division")


def _share_whole(ind: Indicator, text: str) -> str | None:
    """The whole a share column is of: the world's ('占世界份额'), else the total a part's row is of (软件产品收入 of
    软件业务收入); None for a row that is the whole itself or has none."""
    if re.search(r"世界|全球", text):
        return "world"
    total = catalogue.scope_of(ind.code) if "." in ind.code and ind.dimension in _PARTS else None
    return total if total in catalogue.indicators() and total != ind.code else None


def _names_period(text: str) -> bool:
    return bool(re.search(r"累计|本月|当月|本期|全年", text) or find_period(text, 2000))


def _column(text, default_year, base, family):
    if "单位" in text:
        return "unit"
    if re.search(r"比重|占比|构成|份额", text):
        # a share of the table's whole (its 合计 row is 100) or of the world's: never a level of the row's series
        found = find_period(text, default_year)
        return (found[0] if found else base, "share_pct", family)
    if "环比" in text:
        measure = "mom_pct"
    elif "百分点" in text or ("增减" in text and "%" not in text):
        measure = "pp_change"
    elif re.search(r"增长|增速|同比|增幅|增减", text):       # '同比增减%' is a growth rate
        measure = "yoy_pct"
    elif re.search(r"绝对|产量|销量|数值|数量|总量|亿元|金额|累计|本期|本月|当月", text) or family:
        measure = "level"
    elif (said := find_period(text, default_year)) and \
            not re.sub(r"\([^()]*\)", "", text.replace(said[1].group(), "")).strip():
        measure = "level"        # '2025年 | 2024年', '2025年末', '2025年（万载重吨）': a column of the year's figures
    else:
        return None
    found = find_period(text, default_year)
    if found and "同期" in text and found[0].period_type == "year" and base.period_type != "year":
        # '2016年同期增速' in a report on 2017 H1: the same span a year earlier, not the year 2016
        period = Period(found[0].period + base.period[4:], base.period_type)
    elif found:
        period = found[0]
    elif "累计" in text and base.period_type == "month":   # "本月 | 累计" headers
        period = Period(base.period, "ytd") if not base.period.endswith("-12") else Period(base.period[:4], "year")
    else:
        period = base
    return (period, measure, family)      # (a change on the month before: of a month's column only, _columns)


def split_unit(label: str) -> tuple[str, str | None]:
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


def _table_figure(ind: Indicator, unit: str | None, measure: str, value: float, vocab: Vocabulary):
    if measure == "level":
        if family_of(ind.code) in catalogue.GROWTH_ONLY:
            return None  # absolute value added is not printed; a number here is unexpected
        level_measure = "index" if family_of(ind.code) in vocab.index_families else "level"
        return (level_measure, value, "%" if _is_rate(ind) else (unit or ind.unit))
    if measure in ("yoy_pct", "pp_change") and _is_rate(ind):
        return ("pp_change", value, "百分点")
    return (measure, value, "%")
