"""Figures that compare a subject with an aggregate, read after the subject's own figure in the
same sentence:

- a gap in growth rates: 快于全部规模以上工业4.8个百分点, 增速比规上工业高2.1个百分点,
  高出全行业整体水平4.7个百分点 (measure `pp_gap`, signed);
- a contribution: 拉动电信业务收入增长0.6个百分点 (`contribution_pp`);
- a change of a share just printed: 占比较上年末提高4.1个百分点 (`share_pp_change_ytd`), 较上年同期
  (`share_pp_change`), 较前8个月 / 上半年 (`share_pp_change_prev`).

Each names the aggregate it is relative to (`relative_to`); a generic one (全部规上工业, 全行业)
is the total of the subject's family. Anything else is left to the reader (skipped, not guessed).
"""
from __future__ import annotations

import re

from .. import catalogue, register
from ..catalogue import Indicator, family_of
from ..cn import Period, unit_factor

_GENERIC = re.compile(r"^(?:全部|全国|整个|全)?(?:规模以上|规上)?(?:工业|全行业|行业|制造业)?(?:整体|平均)?(?:水平|增速|增长)?"
                      r"(?:进出口|出口|进口)?(?:总收入|收入|总量|总额)?$")     # '占全行业进出口总额的47.1%'
_MANUFACTURING = re.compile(r"(?:全国|全部)?(?:规模以上|规上)?制造业")
_AGGREGATE_NOISE = re.compile(r"(?<=工业)企业(?!数)|^全部(?=\S*(?:指数|收入|利润))|同期|同月|的|整体水平|平均水平|总体水平|整体增速|增速|增幅|增加值|水平|平均|整体|总体")


def read(reader, clause: str, quote: str, period, ctx) -> bool:
    """Emit the comparison figures of `clause` (register.comparison) for the subjects in force; True
    when it was one."""
    aside = register.aggregate_aside(clause)      # '快于全部规模以上工业（增长6.4%）1.6个百分点'
    clause = aside[0] if aside else clause
    found = register.comparison(clause)
    if found is None and ctx.last_share and ctx.share_at == len(reader.out):
        found = register.share_change_after_share(clause)
    if found is None:
        return _aggregates_aside(reader, clause, quote, period, ctx)
    if found.measure == "share_change":
        return _share_change(reader, found, quote, period, ctx)
    values = list(found.values)
    subjects = ctx.subjects
    named = reader_label(found.label) if found.measure != "share_change" else ""
    if named:        # '其中中部、西部地区分别高出全国平均水平5.7和3.1个百分点': the names said before the gap
        subjects = reader.subjects_of(quote, 0, len(quote), named, clause, ctx)
        if not subjects and ctx.subjects and all(subj.indicator.name_zh.startswith(named) for subj in ctx.subjects):
            subjects = ctx.subjects      # '…信息技术服务收入增速高出全行业…' of the series just read (收入增速 is the rate)
        if not subjects:
            reader.skip(quote, "unknown name", ctx)
            return True
    if not subjects and not named and re.match(r"增速|增幅", clause) and reader.said:
        subjects = reader.said[-1:]      # '。增速比同期规模以上工业增加值高6.1个百分点': the last growth said
    if len(values) > len(subjects) and "分别" in clause and len(ctx.history) >= len(values) and not (
            len(subjects) == 1 and len(catalogue.split_labels(_AGGREGATE_NOISE.sub("", found.aggregate))) == len(values)):
        # (one subject against as many aggregates as figures: '利润率为6.04%，分别高于规模以上工业和制造业…' is the rate's)
        subjects = ctx.history[-len(values):]     # '…增长8.0%，…增长7.2%，分别快于…3.1、2.3个百分点'
    pairs = _pairs(reader, subjects, found.aggregate, values, found.each)
    if pairs is None:
        reader.skip(quote, "unattributed", ctx)
        return True
    if any(aggregate is None or aggregate.code == subj.indicator.code for subj, aggregate, _ in pairs):
        reader.skip(quote, "unknown name", ctx)      # a gap to itself is a misread name, never stored
        return True
    for subj, aggregate, value in pairs:
        reader.emit(subj.indicator, subj.label, period, found.measure, value, "百分点", quote,
                    relative_to=aggregate.code)
    if aside and found.measure == "pp_gap" and len({aggregate.code for _, aggregate, _ in pairs}) == 1:
        # the aggregate's own growth, or its rate when rates are compared ('…产能利用率为71.9%，…低于同期全国规模以上工业
        # 产能利用率（74.0%）2.1个百分点')
        rate = pairs[0][0].indicator.unit == "%" and catalogue.family_of(pairs[0][0].indicator.code) not in catalogue.GROWTH_ONLY
        reader.emit(pairs[0][1], found.aggregate, period, "level" if rate else "yoy_pct", aside[1], "%", quote)
    ctx.subjects = subjects           # '…高6.1个百分点，但比高技术制造业增加值低2.5个百分点': the same names
    return True


def _aggregates_aside(reader, clause: str, quote: str, period, ctx) -> bool:
    """'增速高于同期规模以上工业（5.9%）和高技术制造业（9.4%）' after a growth: each aggregate's own growth (no gap
    printed); False unless every aggregate is known."""
    said = register.aggregates_aside(clause)
    if not said or len(ctx.subjects) != 1:
        return False
    subject = ctx.subjects[0].indicator
    wholes = [relative_to(reader, name, subject) or reader.resolve(reader_label(name), ctx) for name, _ in said]
    if not all(wholes) or any(whole.code == subject.code or whole.unit != "%" for whole in wholes):
        return False
    for whole, (name, value) in zip(wholes, said):
        reader.emit(whole, name, period, "yoy_pct", value, "%", quote)
    return True


def _pairs(reader, subjects, aggregates_text: str, values: list[float], each: bool):
    """(subject, aggregate, value) for every figure: several subjects against one aggregate, or one
    subject against several (增速分别比同期工业、高技术制造业高3个和6个百分点); None when they do not pair up."""
    names = catalogue.split_labels(_AGGREGATE_NOISE.sub("", aggregates_text)) or [""]
    suffix = re.search(r"(投资|利润|收入)$", names[-1]) if len(names) > 1 else None
    if suffix:
        names = [n if n.endswith(suffix.group(1)) else n + suffix.group(1) for n in names]
    if len(subjects) == 1 and len(names) == len(values) > 1:
        return [(subjects[0], relative_to(reader, name, subjects[0].indicator), v) for name, v in zip(names, values)]
    if len(names) != 1 or not subjects:
        return None
    if len(values) == len(subjects) or (len(values) == 1 and (len(subjects) == 1 or each)):
        values = values * len(subjects) if len(values) == 1 else values
        return [(subj, relative_to(reader, names[0], subj.indicator), v) for subj, v in zip(subjects, values)]
    return None


def _share_change(reader, found: register.Comparison, quote, period, ctx) -> bool:
    """A share's change in points: of the share just read ('占比较上年末提高4.1个百分点'), or, the whole
    named, of each subject's share in it ('占规上工业增加值比重较上年分别提高2.2个和0.8个百分点')."""
    named = reader.subjects_of(quote, 0, len(quote), reader_label(found.label), found.label, ctx) \
        if reader_label(found.label) else None
    if found.aggregate:
        shares = [(subj.indicator, subj.label, relative_to(reader, found.aggregate, subj.indicator))
                  for subj in named or ctx.subjects]
        shares = [(ind, label, whole.code if whole is not None and whole.code != ind.code else None)
                  for ind, label, whole in shares]
    elif named:          # '中国品牌乘用车市场份额较上年提升8.6个百分点'
        shares = [(subj.indicator, subj.label, None) for subj in named]
    elif ctx.last_share:
        shares = [ctx.last_share]
    else:
        shares = _share_of_subject(reader, ctx, period)
    values = found.values * len(shares) if len(found.values) == 1 and found.each else found.values
    if not shares or len(values) != len(shares):
        reader.skip(quote, "unattributed", ctx)
        return True
    measure, base = share_change_measure(found.base, period)
    if measure is None:
        reader.skip(quote, "not stored", ctx)
        return True
    for (ind, label, aggregate), value in zip(shares, values):
        reader.emit(ind, label, period, measure, value, "百分点", quote, relative_to=aggregate, base=base)
    if len(shares) == 1:      # '…，占比较上年末提升3.3个百分点，较9月末提升0.2个百分点': the same share's again
        ctx.last_share, ctx.share_at = shares[0], len(reader.out)
    return True


def _share_of_subject(reader, ctx, period) -> list[tuple]:
    """'…占比依次为95.1%和34.1%；千兆用户比上年末净增3113万户，占比较上年末提升3.3个百分点': the share read earlier
    of the one subject in force, over the same period ([] when there is none, or more than one subject)."""
    if len(ctx.subjects) != 1:
        return []
    subj = ctx.subjects[0]
    share = next((o for o in reversed(reader.out) if o.indicator == subj.indicator.code and o.measure == "share_pct"
                  and o.period == period.period), None)
    return [(subj.indicator, subj.label, share.relative_to)] if share is not None else []


def share_change_measure(printed: str, period: Period) -> tuple[str | None, Period | None]:
    """share_pp_change (on a year earlier), share_pp_change_ytd (since the end of last year) or
    share_pp_change_prev with the span it is measured against (较前8个月, 较上半年)."""
    if re.search(r"上年末|年初|去年底|上年底", printed):
        return "share_pp_change_ytd", None
    if re.fullmatch(r"上年同期|去年同期|上年同月|上年|去年|同期", printed):
        return "share_pp_change", None
    base = register.base_period(printed, period)
    if base is None:
        return None, None
    year_earlier = Period(str(int(period.period[:4]) - 1) + period.period[4:], period.period_type)
    # ('截至2024年12月底，手持订单量…占世界总量的63.1%，较2023年提高8.1个百分点': a year-end share on the year before)
    year_end_before = period.period.endswith("-12") and base.period == str(int(period.period[:4]) - 1)
    return ("share_pp_change", None) if base == year_earlier or year_end_before else ("share_pp_change_prev", base)


def reader_label(label: str) -> str:
    """The name a share's change is of, without the words around it ('…市场' of 市场份额)."""
    from .reader import strip_noise
    return strip_noise(re.sub(r"(?:的|市场)$", "", label))


# A ministry's industry series and the same measure of all industry (全国工业整体水平), also the
# family of the divisions' own figures a ministry's table restates (农副食品加工业营业收入).
NATIONAL = {"miit_margin": "industrial_margin", "miit_revenue": "industrial_revenue",
             "miit_profit": "industrial_profit", "miit_assets": "industrial_assets",
             "miit_export_delivery": "export_delivery_value", "electronics_export_delivery": "export_delivery_value"}
# Families whose total is 规模以上工业's own (growth of value added, profits, revenue, costs).
_INDUSTRY_TOTALS = ("industrial_va", "industrial_profit", "industrial_revenue", "industrial_cost")


def relative_to(reader, text: str, subject: Indicator) -> Indicator | None:
    """The aggregate a comparison names. 全部规上工业 is the total of the subject's industrial
    family (value added, profits …), plain 工业 outside them is industrial value added; 全行业 is
    the total of the subject's family; a named one is looked up like any name the kind reads."""
    name = _AGGREGATE_NOISE.sub("", text).strip()
    family = family_of(subject.code)
    if re.fullmatch(r"(?:营业|业务)?收入|利润(?:总额)?", name):
        return catalogue.sibling(subject, name)     # '利润…，增速低于收入1.3个百分点': the same industry's revenue
    totals = catalogue.indicators()
    if re.match(r"(?:全球|全世界|世界|国际市场?$)", name):     # '占全球产量的47%': the world's total of the same series
        return totals["world"]
    said = reader.vocab.metric_of(name)
    plain = name.replace(said[0], "", 1) if said else name
    if _MANUFACTURING.fullmatch(plain):
        # '高于全国工业和制造业…', '快于制造业…', '…制造业营业收入增速': all manufacturing's own figure of the measure
        measured = said[1] if said else family
        whole = totals.get(NATIONAL.get(measured, measured if measured in _INDUSTRY_TOTALS else "industrial_va")
                           + ".manufacturing")
        if whole is not None and whole.code != subject.code:
            return whole
    if _GENERIC.fullmatch(name) or name in reader.vocab.totals:
        if subject.dimension == "region" and "." in subject.code and "工业" not in name:
            # '东部…地区电信业务收入占全国的比重': the nation's total of the same series
            return totals.get(catalogue.scope_of(subject.code)) or totals.get(family)
        if subject.dimension == "segment" and (whole := catalogue.whole_of_segment(subject)) is not None:
            return whole        # '出口船舶完工量…占全国的91.1%': the nation's total of the same series
        if "工业" in name and family == "miit_enterprises" and "industrial_enterprises" in totals:
            return totals["industrial_enterprises"]   # '…企业13.6万家，占全国工业的26.2%': of all industry's enterprises
        if "工业" in name and family in NATIONAL:
            # '医药工业利润率高于全国工业整体水平': the whole of industry's own margin, revenue …
            return totals[NATIONAL[family]]
        if "工业" in name and family not in _INDUSTRY_TOTALS:
            if subject.unit == "%" and family not in catalogue.GROWTH_ONLY:
                return None      # a rate against industry's: no national counterpart catalogued
            if subject.unit != "%" and not family.endswith("_va"):
                return None      # an amount of another metric (出口交货值 …) is never a share of value added
            return totals["industrial_va"]
        return totals.get(family) or totals.get(reader.vocab.families[0])
    families = (family, *reader.vocab.families, "industrial_va", "fai", "gdp")
    # '商用车销量…，增速高于乘用车8.2个百分点': the aggregate's same metric (乘用车销量), never another's
    metric = catalogue.quantity_word(subject)
    found = catalogue.resolve(name + metric, families) if metric and not name.endswith(metric) else None
    found = found or catalogue.resolve(name, families)
    if found is None and register.whole_series(name) != name:    # '全国软件业务总收入' is 软件业务收入
        found = catalogue.resolve(register.whole_series(name), (family, *reader.vocab.families))
    if found is None and re.search(r"(?<=.{2})(?:总数|总量|总额)$", name):   # '移动基站总数' is 移动基站's
        found = catalogue.resolve(name[:-2], (family, *reader.vocab.families))
    if found is None and name.startswith("全国"):       # '全国工业投资': the nation's is the series itself
        found = catalogue.resolve(name[2:], (family, *reader.vocab.families, "industrial_va", "fai"))
        whole = catalogue.resolve(name[2:]) if found is None else None
        # '占全国规模以上工业企业数量的25.8%': a national total of its own, counted alike
        if whole is not None and whole.dimension == "total" and unit_factor(whole.unit)[1] == \
                unit_factor(subject.unit)[1]:
            found = whole
    if found is None and re.search(r"(?<=.{2})总?(?:产量|销量)$", name):   # '十种有色金属总产量': the products'
        found = catalogue.resolve(re.sub(r"总?(?:产量|销量)$", "", name), (family, *reader.vocab.families))
    if found is None and reader.vocab.metric_of(name):
        word, metric_family = reader.vocab.metric_of(name)
        rest = name.replace(word, "", 1)
        if _GENERIC.fullmatch(rest) and "工业" in rest and metric_family in NATIONAL:
            return totals[NATIONAL[metric_family]]    # '全国规模以上工业营业收入': all industry's own
        found = totals.get(metric_family) if _GENERIC.fullmatch(rest) or rest in reader.vocab.totals else None
    return found
