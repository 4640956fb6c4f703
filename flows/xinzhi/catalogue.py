"""The indicator catalogue (sql/seeds/indicators.csv): codes, names and label look-up."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cn import COUNTING_UNITS, fold, unit_factor

SEEDS = Path(__file__).resolve().parents[2] / "sql" / "seeds"


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    unit: str
    theme: str
    dimension: str


_FOOTNOTE = re.compile(r"(\[\d+\]|\(\d+\)|注\d+|Note\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰*＊]+)$")
# '钢材（含重复材）': what a series includes by definition, noted in passing (a 不含 note is another series)
INCLUDED_NOTE = re.compile(r"\(含[^()]{1,16}\)")
_PREFIX = re.compile(r"^(其中|内|含)[:：]?")


def clean_label(label: str) -> str:
    """The label as printed, without 其中 prefixes, footnote marks or spacing."""
    text = re.sub(r"\s+", "", label)
    text = _PREFIX.sub("", text)
    for _ in range(2):
        text = _FOOTNOTE.sub("", text)
    return text.strip("，,：:；;")


def label_key(label: str) -> str:
    """Comparison key: folded punctuation, no spaces, no brackets, no 的 (接入速率的用户 is 接入速率用户), no
    enumeration comma inside a name (云计算、大数据服务收入 is printed 云计算大数据服务收入 too)."""
    return same_words(re.sub(r"[\s()（）的、]", "", INCLUDED_NOTE.sub("", fold(clean_label(label)))))


def same_words(text: str) -> str:
    """One wording of a name printed several ways: '平均进口价格', '进口平均价格' are the 进口均价."""
    text = re.sub(r"平均(进口|出口)价格|(进口|出口)平均价格", r"\1\2均价", text)
    # '国内市场铜现货平均价格' is the 铜现货均价 the raw-materials reports print
    text = re.sub(r"现货平均价格?", "现货均价", re.sub(r"^(?:国内)?市场(?=.{1,8}现货)|^国内(?=.{1,8}现货)", "", text))
    text = re.sub(r"^(?:国内)?现货市场(.{1,4}?)(?:平均价格?|均价)$", r"\1现货均价", text)   # '现货市场铜均价' is 铜现货均价
    text = re.sub(r"^规上", "规模以上", text)                  # '规上纺织企业' is 规模以上纺织企业
    text = re.sub(r"(?<=.)全行业(?:规模以上|规上)?(?:企业)?(?=.)", "行业", text)   # '石化化工全行业规模以上企业营业收入'
    # '我国汽车产业稳步前行，全年产销…': a key industry said as a 产业 is the 行业 (never 数字产业, 核心产业 …)
    text = re.sub(r"^(汽车|钢铁|有色金属|有色|石化化工|石化|建材|机械|船舶|电子信息|电力装备|轻工|纺织)产业$", r"\1行业", text)
    text = re.sub(r"营收(?!入)", "营业收入", text)                # '营收占全国比重': 营业收入
    text = re.sub(r"(?<=类)(?:商品)?零售类值$", "", text)      # '饮料类商品零售类值' is the category's sales
    text = re.sub(r"(?<=量)中(?=海船$)", "", text)               # '造船完工量中海船' is 造船完工量海船
    text = re.sub(r"(?:船舶|新船)订单$", lambda m: m.group() + "量", text)       # '新承接船舶订单6106万载重吨': the orders' quantity
    text = re.sub(r"(?<=汽车|动车|用车)(?:累计)?(销售|生产)$", lambda m: "销量" if m.group(1) == "销售" else "产量",
                  text)                                     # '纯电动汽车销售771.9万辆': its sales
    return re.sub(r"(?<=.)数量$", "数", text)      # '5G基站数量' is the 5G基站数


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    """The catalogue CSV, read once per process."""
    with open(SEEDS / "indicators.csv", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def indicators() -> dict[str, Indicator]:
    rows = _rows()
    return {row["code"]: Indicator(row["code"], row["name_zh"], row["name_en"], row["unit"],
                                   row["theme"], row["dimension"]) for row in rows}


_QUANTITY_WORD = re.compile(r"(?:产量|销量|出口量|出口|进口量|进口)$")


def quantity_word(ind: Indicator) -> str:
    """The quantity a series' name ends in ('销量' of 乘用车销量), '' when none: what a whole or an aggregate
    named bare is measured in ('高于乘用车', '在新能源汽车中的占比' of sales)."""
    found = _QUANTITY_WORD.search(ind.name_zh)
    return found.group() if found else ""


@lru_cache(maxsize=1)
def names_holding_joints() -> re.Pattern:
    """Catalogue names and aliases with 和, 及, 与 or 、 inside them ('软件和信息技术服务业', '冶炼和压延加工业'),
    as one pattern, longest first: a clause is never split where one of them is printed."""
    names = {fold(name) for row in _rows() for name in [row["name_zh"], *row["aliases"].split("|")]
             if re.search(r"(?<=.)[和及与、](?=.)", name)}
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))


# Families stored as growth rates only: an absolute amount printed for them (value added
# in 亿元) is not a series we keep, and a change in points compares two growth rates.
GROWTH_ONLY = frozenset({"industrial_va", "services_index", "services_retail", "electronics_va", "miit_va",
                         "cpi", "ppi", "energy_intensity", "water_intensity", "carbon_intensity"})


# Families whose yoy_pct is real growth (at constant prices) by definition; elsewhere it is nominal.
REAL_GROWTH = frozenset({"industrial_va", "gdp", "services_index", "industry_va_total", "electronics_va", "miit_va"})


def _counted_as(kind: str) -> frozenset:
    """The codes the catalogue's counts_as column marks `kind` (stock, flow)."""
    return frozenset(row["code"] for row in _rows() if row.get("counts_as") == kind)


# Stocks (counts_as = stock): levels at a date, measured at the end of a month (users, base stations, assets, and what
# statements count up to a date, 截至…: factories, networks, platforms, capacities); a figure read under a
# year-to-date or annual heading still belongs to the month the period ends in.
STOCKS = _counted_as("stock")


# Families the statistical releases publish as levels, whatever they count in (5G基站…万个 is a level).
LEVEL_FAMILIES = ("telecom", "industrial_va", "industry_va_total", "software_revenue", "digital_industry_revenue",
                  "digital_industry_profit", "vehicles", "shipbuilding", "electronics_va", "output", "customs_export",
                  "customs_import", "customs_trade")


# Families whose levels in % are diffusion indices (PMI): an `index`, whoever prints them.
INDEX_FAMILIES = frozenset({"pmi", "pmi_nonmfg", "pmi_composite", "sme_export_index"})   # 50 divides rise from fall


def amount_measure(ind: Indicator, unit: str) -> str:
    """The measure of an amount, the same in every reader: things counted (家, 个 …) are a count, except in
    series the releases publish as levels; enterprises counted in 户 (规模以上工业企业52万户) are counted as
    in 家, users in 户 are a level."""
    if family_of(ind.code) in INDEX_FAMILIES and unit == "%":
        return "index"
    counts = unit[-1:] in COUNTING_UNITS or (unit.endswith("户") and ind.theme == "enterprises")
    return "count" if counts and family_of(ind.code) not in LEVEL_FAMILIES else "level"


# Customs trade: exports, imports and their total
TRADE_FAMILIES = frozenset({"customs_export", "customs_import", "customs_trade"})


# A year's value added printed as an amount ('全年制造业增加值达34.7万亿元，增长6.1%') is all enterprises' (the
# national accounts'), never the above-size statistics', which give growth only: the level and its growth are that.
_ALL_ENTERPRISES = {"industrial_va": "industry_va_total", "industrial_va.manufacturing": "industry_va_total.manufacturing"}


def all_enterprises(ind: Indicator) -> Indicator | None:
    """The all-enterprise value added a growth-only above-size series' amount is of, where the catalogue keeps one."""
    code = _ALL_ENTERPRISES.get(ind.code)
    return indicators()[code] if code else None


def counted_series(ind: Indicator, unit: str) -> Indicator | None:
    """The series a figure in `unit` is of when its name read as `ind`: `ind` itself, unless the figure counts
    things (家, 个 …) and `ind` is kept in money, weights or rates — then the industry's enterprises when the
    things are enterprises ('规模以上轻工企业约14万家' is never light industry's revenue), else None. Counters
    differ between pages (创新中心33家 of a series in 个, 基站…万座) and stay the series'."""
    said, kept = unit_factor(fold(unit))[1], unit_factor(fold(ind.unit))[1]
    counter = _bare(kept)[-1:]
    if said[-1:] not in COUNTING_UNITS or counter in COUNTING_UNITS | set("户座台架人辆艘颗"):
        # '以修正总吨计，造船完工量…1856万修正总吨' is not the completions kept in 载重吨, nor a price (元/吨) an amount
        # in 元: a figure measured on another scale is another series (its own, where the catalogue keeps one)
        return on_scale(ind, said) if _other_scale(said, kept) else ind
    if said[-1:] == "家" and ind.code.startswith("miit_"):
        return indicators().get("miit_enterprises." + ind.code.partition(".")[2])
    return None


# Units that measure different things under one counter word: never one series.
_SCALES = frozenset({"吨", "载重吨", "修正总吨", "总吨", "重量箱", "千升", "升", "千瓦", "千瓦时", "元", "美元", "元/吨",
                     "标准箱", "TEU", "立方米", "平方米", "米", "公里", "千米",
                     # ('多晶硅产量' kept in 万吨 is never a figure in GW: power and energy are scales of their own)
                     "瓦", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh"})


# Things counted by their own word: a vehicle (辆), a machine (台, 台(套)), a ship (艘), an aircraft (架) are
# never one another ('挖掘机…其中国内销量11.8万台' is no vehicle's domestic sales).
_OBJECTS = frozenset({"辆", "台", "艘", "架"})


def _bare(unit: str) -> str:
    """A unit without its gloss: 台(套) → 台."""
    return re.sub(r"\(.*\)$", "", unit)


def _other_scale(said: str, kept: str) -> bool:
    said, kept = _bare(said), _bare(kept)
    return said != kept and ((said in _SCALES and kept in _SCALES) or (said in _OBJECTS and kept in _OBJECTS))


def off_scale(ind: Indicator, scale: str) -> bool:
    """Whether `ind` is kept on another scale than the one a sentence said its figures are on ('以修正总吨计' of a
    series in 载重吨, '以美元计' of one in 元): its figures there are of another series."""
    return _other_scale("元" if scale == "人民币" else scale, unit_factor(fold(ind.unit))[1])


# The series a figure is kept in when a sentence says its scale ('以修正总吨计，造船完工量…'): the code's suffix.
_ON_SCALE = {"修正总吨": "cgt", "人民币": "cny", "元": "cny"}


def on_scale(ind: Indicator, scale: str) -> Indicator | None:
    """The series kept for `ind` on the scale a sentence said (以修正总吨计: completions in compensated gross tons,
    shipbuilding.completions_cgt), or None when the catalogue keeps none."""
    suffix = _ON_SCALE.get(scale)
    other = indicators().get(f"{ind.code}_{suffix}") if suffix else None
    return other if other is not None and not off_scale(other, scale) else None


def share_series(ind: Indicator, relative_to: str | None) -> Indicator | None:
    """The series kept for `ind`'s share of industrial value added, when the catalogue keeps one as a level
    ('十大重点行业增加值占规模以上工业增加值的比重', the share a claim and the marts read), else None."""
    if relative_to not in (None, "industrial_va") or family_of(ind.code) not in ("miit_va", "industrial_va"):
        return None
    own = lookup(ind.name_zh + "增加值占比")
    return own if own is not None and own.unit == "%" and family_of(own.code) != family_of(ind.code) else None


def part_of_share(own: Indicator) -> Indicator | None:
    """The value-added series whose share of industry `own` keeps (key_industries.va_share → miit_va.key_industries),
    else None."""
    return next((ind for code, ind in indicators().items() if family_of(code) in ("miit_va", "industrial_va")
                 and share_series(ind, None) == own), None)


def sibling(ind: Indicator, metric: str) -> Indicator | None:
    """The same industry's revenue, profit or margin ('利润总额…，增速低于收入…' of software is software_revenue); None when
    `metric` is neither or the industry has no such series."""
    kind = "margin" if "利润率" in metric else "profit" if "利润" in metric else "revenue" if "收入" in metric else \
        "export_delivery" if "出口交货值" in metric else "fai" if "投资" in metric else None
    stem, dot, part = ind.code.partition(".")
    if kind and part in ("revenue", "profit", "margin"):      # 'sme_finance.revenue' and 'sme_finance.profit'
        return indicators().get(f"{stem}.{kind}")
    stem = re.sub(r"_(?:va|revenue|profit|margin|export_delivery|fai|assets|enterprises)$", "", stem)
    return indicators().get(f"{stem}_{kind}{dot}{part}") if kind else None


def light_beside_food(found: list, printed: list[str]) -> list:
    """轻工 printed alone is all of light industry; beside 食品 in the same list ('轻工、纺织、食品、医药…') it is
    light industry without food, as the consumer-goods reports print 轻工（不含食品）."""
    food = any(ind is not None and ind.code.endswith(".food") and family_of(ind.code).startswith("miit_") for ind in found)
    out = []
    for ind, name in zip(found, printed):
        family = family_of(ind.code) if ind is not None else ""
        if ind is not None and ind.code in (f"{family}.light", f"{family}.light_ex_food") and family.startswith("miit_") \
                and name.startswith("轻工") and not name.startswith("轻工业"):
            # (in a metric with no series of light industry without food: none, never all of light industry)
            ind = indicators().get(f"{family}.light_ex_food" if food or "不含食品" in name else f"{family}.light")
        out.append(ind)
    return out


def cells_beside_wafers(found: list, printed: list[str]) -> list:
    """电池 printed beside 硅片 or 组件 in one list ('硅片、电池、组件产量分别为…') is the solar cell, never a battery."""
    if not any(ind is not None and family_of(ind.code) == "pv_output" for ind in found):
        return found
    cells = indicators()["pv_output.cells"]
    return [cells if ind is None and re.fullmatch(r"电池(?:片)?(?:产量)?", name) else ind for ind, name in zip(found, printed)]


# Counts of what was new or shipped in a period (counts_as = flow: 新培育国家级绿色工厂1383家, 全年国内市场手机出货量…):
# a flow, not a stock at a date.
FLOW_COUNTS = _counted_as("flow")


def same_rate_of(rate: Indicator, aggregate: Indicator) -> Indicator | None:
    """The rate of `rate`'s family kept for `aggregate`'s scope ('小巨人'企业研发强度 against 规模以上工业's:
    rd_intensity.industry), `aggregate` itself when it is of the same family, else None."""
    family = family_of(rate.code)
    if family_of(aggregate.code) == family:
        return aggregate
    if family == "miit_margin" and family_of(aggregate.code) in ("industrial_va", "industry_va_total", "industrial_margin"):
        # '轻工…营业收入利润率为6.04%，比制造业平均水平高出1.34个百分点': all industry's (or manufacturing's) margin
        part = aggregate.code.partition(".")[2]
        return indicators().get("industrial_margin" + (".manufacturing" if part == "manufacturing" else ""))
    scope = re.sub(r"(?:增加值|营业收入|利润总额|利润)$", "", aggregate.name_zh)
    return next((ind for code, ind in indicators().items() if family_of(code) == family and code != rate.code
                 and len(scope) >= 2 and ind.name_zh.startswith(scope)), None)


# A vehicle class printed with no measure ('其中，乘用车2890万辆'): a part of the vehicle total read before it
BARE_VEHICLE_CLASS = re.compile(r"(?:其中)?(?:乘用车|商用车|新能源汽车)")
VEHICLE_TOTALS = ("vehicles.sales", "vehicles.production")


def vehicle_class_of(label: str, whole: str) -> Indicator | None:
    """The series of a vehicle class said bare ('乘用车'), in the measure of the vehicle total `whole` it is a part of
    (汽车销量 → 乘用车销量, 汽车产量 → 乘用车产量); None when `whole` is no such total."""
    if whole not in VEHICLE_TOTALS:
        return None
    return resolve(re.sub(r"^其中", "", label) + ("销量" if whole == "vehicles.sales" else "产量"), ("vehicles",))


def is_stock(code: str) -> bool:
    """A stock: listed above (also by region: telecom.bs_5g.east), or counted in subscribers (万户, 亿户)."""
    ind = indicators().get(code)
    return code in STOCKS or (ind is not None and ind.unit.endswith("户"))


def whole_of_segment(part: Indicator) -> Indicator | None:
    """The total a segment is part of: the series its name ends with (出口船舶完工量 → 完工量), else the one its
    code extends (customs_trade.petrochem_chemicals → customs_trade.petrochem: 化学工业进出口额 of the industry's), else
    its family's own total."""
    family = family_of(part.code)
    named = next((ind for k in range(1, len(part.name_zh) - 1)
                  if (ind := resolve(part.name_zh[k:], (family,))) is not None
                  and ind.code != part.code and ind.dimension == "total"), None)
    head, _, tail = part.code.partition(".")
    # (beidou_output.core → beidou_output: a segment of a family whose total is the family itself)
    stems = [f"{head}.{tail.rsplit('_', 1)[0]}" if "_" in tail else None, head if part.dimension == "segment" else None]
    stem = next((ind for code in stems if code and (ind := indicators().get(code)) is not None
                 and ind.code != part.code and ind.dimension == "total"), None)
    return named or stem


def whole_read_before(part: Indicator, earlier: list[Indicator]) -> Indicator | None:
    """The whole of a share said with none ('移动电话用户总数18.1亿户，其中5G移动电话用户11.18亿户，占比61.8%'): the
    last total read before the part, counted alike, that the part is a segment of or names."""
    def named_in(ind: Indicator) -> bool:
        return re.sub(r"(?:总数|总量|总额)$", "", ind.name_zh) in part.name_zh

    # ('金属切削机床产量78.6万台，其中数控金属切削机床产量占比为49.3%': a product of the product it names)
    return next((ind for ind in reversed(earlier) if ind.code != part.code
                 and unit_factor(fold(ind.unit))[1] == unit_factor(fold(part.unit))[1]
                 and ((ind.dimension == "total" and (part.dimension == "segment" or named_in(ind)))
                      or (ind.dimension == part.dimension == "product" and named_in(ind)))), None)


def qualifier_shared(labels: list[str], resolved: list, resolve_name) -> tuple[list[str], list]:
    """'出口船舶完工量、新接订单量和手持订单量': the first name's qualifier (出口船舶) is every name's, when
    without it the first is the whole it is a part of (完工量 alone is all completions), or, of an index, no name
    ('建材行业景气指数、价格指数和生产指数': the industry's sub-indices; never '纺织品和服装出口', whose 纺织 is no
    qualifier). `resolve_name` looks a name up as the reader does."""
    if len(labels) < 2 or resolved[0] is None:
        return labels, resolved
    family = family_of(resolved[0].code)
    for k in range(2, len(labels[0]) - 1):
        head, bare = labels[0][:k], resolve_name(labels[0][k:])
        if bare is None and resolved[0].unit != "点" or bare is not None and (
                bare.code == resolved[0].code or family_of(bare.code) != family):
            continue
        headed = [resolve_name(head + label) for label in labels[1:]]
        if all(ind is not None and family_of(ind.code) == family for ind in headed):
            return [labels[0]] + [head + label for label in labels[1:]], [resolved[0]] + headed
        if bare is not None:
            break       # (the first whole found below the qualifier decides)
    return labels, resolved


def is_flow_share(ind: Indicator) -> bool:
    """A share of a flow kept as its own series (市场占有率, 增加值占…的比重, 产量增长的产品占比): over a span
    like the flow it is of, never a state at a date."""
    return ind.unit == "%" and re.search(r"占比|比重|占有率|份额", ind.name_zh) is not None and not is_stock(ind.code)


def family_of(code: str) -> str:
    """The metric family of a code: 'industrial_profit' for 'industrial_profit.C31'."""
    return code.split(".", 1)[0]


@lru_cache(maxsize=1)
def region_words() -> frozenset:
    """Every name and alias a region or province row is printed by (东部地区, 东部, 江苏省, 江苏): what a name must open
    with to be a region's of a series (region_of)."""
    return frozenset(fold(name) for row in _rows() if row["dimension"] == "region"
                     for name in [row["name_zh"], *row["aliases"].split("|")] if name)


def region_of(name: str, series: Indicator) -> Indicator | None:
    """'东部地区' of 软件业务收入 (software_revenue.east): a region the catalogue keeps of `series`, or None."""
    found = resolve(name, (series.code,))
    return found if found is not None and found.dimension == "region" else None


def scope_of(code: str) -> str:
    """Where a code's name is looked up: its family, or for a breakdown of one indicator by region
    ('telecom.revenue.east') that indicator, so 东部地区 means a different series under each."""
    parts = code.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else parts[0]


@lru_cache(maxsize=1)
def _by_label() -> dict[tuple[str | None, str], Indicator]:
    """(scope, label key) -> indicator, plus (None, label key) for the first row
    that prints a name: the same industry name means value added in one release and
    profits in another, so parsers look names up within the families (or scopes) they read."""
    table: dict[tuple[str | None, str], Indicator] = {}
    for row in _rows():
        ind = indicators()[row["code"]]
        for name in [row["name_zh"], *filter(None, row["aliases"].split("|"))]:
            key = label_key(name)
            table.setdefault((scope_of(ind.code), key), ind)
            table.setdefault((None, key), ind)
    return table


def lookup(label: str, families: tuple[str, ...] | None = None) -> Indicator | None:
    """The catalogue entry printed as `label`, searched in `families` in order
    (every family when None)."""
    key = label_key(label)
    table = _by_label()
    if families is None:
        return table.get((None, key))
    return next((table[(f, key)] for f in families if (f, key) in table), None)


def resolve(label: str, families: tuple[str, ...] | None = None) -> Indicator | None:
    """Catalogue entry for a printed label, also when a footnote mark is glued to it.
    A name outside the catalogue resolves to None: it is reported, never guessed."""
    return _resolve(label, tuple(families) if families is not None else None)


@lru_cache(maxsize=1 << 16)
def _resolve(label: str, families: tuple[str, ...] | None) -> Indicator | None:
    # remembered: the readers try the same names on every page (a statement ≈ 900 lookups), the catalogue never changes
    return lookup(label, families) or _lookup_without_mark(label, families) or _lookup_without_gloss(label, families) \
        or _lookup_without_industry(label, families)


# '钢铁行业粗钢产量', '建材行业水泥产量': a product's series named after its industry (never a bare 收入 or 利润 after it)
_INDUSTRY_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:行业|工业)(?P<rest>[^、和及]{2,})")
_BARE_AFTER = re.compile(r"(?:主营业务|营业|业务)?收入|利润总额|利润|\S*利润率|增加值|产量|销量|出口|进口|投资")


def _lookup_without_industry(label: str, families) -> Indicator | None:
    named = _INDUSTRY_BEFORE.fullmatch(clean_label(label))
    if named is None or _BARE_AFTER.fullmatch(named.group("rest")):
        return None
    head = named.group()[: named.start("rest")]
    if place_opening(head) or lookup(head[-2:] + named.group("rest"), families) is not None:
        return None     # ('江苏工业软件产品收入': a place's 工业软件, never the nation's 软件产品收入 of a 江苏工业)
    found = lookup(named.group("rest"), families)
    # a product is its industry's; a count or rate of all industry said of one ('汽车行业5G工厂超过300家',
    # '轻工行业关键工序数控化率') is the industry's, never the nation's
    return found if found is not None and found.dimension in ("product", "segment") else None


def _lookup_without_gloss(label: str, families) -> Indicator | None:
    """'移动互联网月户均流量(DOU)', '充电基础设施(枪)总数': a name with its abbreviation or a short gloss in brackets
    is the name."""
    # 互联网电视（IPTV、OTT）, 冶炼分离产品（折REO）
    plain = re.sub(r"[(（](?:折?[A-Za-z0-9\-/、]{2,16}|[\u4e00-\u9fff]{1,3})[)）]", "", fold(label))
    return lookup(plain, families) if plain != fold(label) else None


def _lookup_without_mark(label: str, families) -> Indicator | None:
    """'钢材1' is 钢材 with a footnote mark printed flat; only for names we know."""
    stripped = re.sub(r"\d{1,2}$", "", clean_label(label))
    return lookup(stripped, families) if stripped != clean_label(label) else None


def split_labels(text: str) -> list[str]:
    """Split '钢材、水泥和十种有色金属' style lists into labels. Names that themselves
    contain 、 or 和 (电力、热力生产和供应业) are matched whole from the catalogue first."""
    folded = INCLUDED_NOTE.sub("", fold(text))
    names = _names_longest_first()
    out: list[str] = []
    i = 0
    while i < len(folded):
        named = next((n for n in names if folded.startswith(n, i)
                      and (i + len(n) == len(folded) or folded.startswith(("、", "和", "及", "以及"), i + len(n)))), None)
        # the last name, with 、 inside, may carry the metric the list shares ('…和电力、热力、燃气及水生产和供应业增加值',
        # '…、电气机械和器材制造业增加值': longer than a name it starts with, 电气机械)
        carrying = next((n for n in names if folded.startswith(n, i) and re.search(r"[、和及]", n)
                         and not re.search(r"[、和及]", folded[i + len(n):])), None)
        end = len(folded) if carrying and (named is None or len(carrying) > len(named)) else \
            (i + len(named) if named else None)
        if end is None:      # an unknown name: it ends at the next 、, or at 和 / 及 when no 、 follows
            nxt = folded.find("、", i)
            joint = re.search(r"[和及]", folded[i + 1:]) if nxt < 0 else None
            end = nxt if nxt >= 0 else (i + 1 + joint.start() if joint else len(folded))
        out.append(text[i:end])
        i = end
        while i < len(folded) and folded[i] in "、和及以":
            i += 1
    labels = [label for label in out if label]
    # '大、中、小型企业': a one-character size or direction takes the rest of the last item's name
    # (a one-character name of its own, 镍 or 铜, stays as it is).
    if len(labels) > 1 and len(labels[-1]) > 2:
        labels = [lab + labels[-1][1:] if len(lab) == 1 and lab in "大中小微东西南北" else lab for lab in labels]
    return labels


# Macro-regions as lists print them (东、中、西部和东北地区), and the city clusters (京津冀、长三角地区).
_REGION_PARTS = {"东": "东部地区", "东部": "东部地区", "中": "中部地区", "中部": "中部地区", "西": "西部地区",
                 "西部": "西部地区", "东北": "东北地区", "京津冀": "京津冀地区",
                 "长三角": "长三角地区"}


def split_regions(text: str) -> list[str] | None:
    """'东、中、西部和东北地区' -> the four region names; None when `text` is not such a list."""
    parts = [p for p in re.split(r"[、和及与]", fold(text).strip()) if p]
    if len(parts) < 2 or not parts[-1].endswith("地区"):
        return None
    names = []
    for part in parts:
        bare = part.removesuffix("地区")
        if bare not in _REGION_PARTS:
            return None
        names.append(_REGION_PARTS[bare])
    return names


def regions_opening(text: str) -> tuple[list[str], str] | None:
    """A name opening with a list of regions ('东、中、西部和东北地区1000Mbps…渗透率'): the regions and the rest of
    the name, or None."""
    for end in [m.end() for m in re.finditer("地区", text)][::-1]:
        if (names := split_regions(text[:end])) and len(names) > 1 and len(text) > end + 1:
            return names, text[end:]
    return None


@lru_cache(maxsize=1)
def _names_longest_first() -> list[str]:
    rows = _rows()
    names = {fold(n) for row in rows for n in [row["name_zh"], *row["aliases"].split("|")] if n}
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def cities() -> tuple[str, ...]:
    """The prefecture-level cities a page may name bare (苏州, 东莞), longest first (sql/seeds/cities.csv): a city's
    figures are its own, never its province's."""
    with open(SEEDS / "cities.csv", encoding="utf-8") as handle:
        return tuple(sorted((row["city"] for row in csv.DictReader(handle)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _city_at_start() -> re.Pattern:
    return re.compile("|".join(map(re.escape, cities())))      # (longest first: the first that matches is the whole)


@lru_cache(maxsize=1)
def _provinces_of_cities() -> dict:
    with open(SEEDS / "cities.csv", encoding="utf-8") as handle:
        return {row["city"]: row["province"] for row in csv.DictReader(handle)}


def province_of(city: str) -> str | None:
    """The province a city is in, as the catalogue names it ('长沙' → '湖南省'), or None: '全省' said after a city."""
    code = _provinces_of_cities().get(re.sub(r"市$", "", city or ""))
    found = indicators().get(f"industrial_va.{code}") if code else None
    return found.name_zh if found is not None else None


@lru_cache(maxsize=1)
def _divisions_listed() -> tuple[str, ...]:
    # (the divisions whose names hold 、, longest first: '石油、煤炭及其他燃料加工业')
    names = {ind.name_zh for code, ind in indicators().items() if ind.dimension == "industry" and "、" in ind.name_zh
             and re.fullmatch(r"[^、]+(?:、[^、]+)+业", ind.name_zh)}
    return tuple(sorted(names, key=len, reverse=True))


def division_opening(text: str) -> str | None:
    """The division whose name holds 、 that `text` opens with ('石油、煤炭及其他燃料加工业出厂价格' → 石油、煤炭及其他燃料加工业),
    or None: one name, never a list."""
    return next((name for name in _divisions_listed() if text.startswith(name)), None)


def city_opening(text: str) -> str | None:
    """The city `text` opens with ('苏州集聚…' → 苏州), or None: one match per sentence, read often."""
    found = _city_at_start().match(text)
    return found.group() if found else None


def city_in(text: str) -> str | None:
    """The first city `text` names anywhere ('“东数西算”庆阳数据中心集群' → 庆阳), or None."""
    found = _city_at_start().search(text)
    return found.group() if found else None


@lru_cache(maxsize=1)
def _province_at_start() -> re.Pattern:
    # (the provinces whose value added the catalogue keeps: every one, by its full name and its short one)
    names = {fold(name) for row in _rows() if row["dimension"] == "region" and row["code"].startswith("industrial_va.")
             for name in [row["name_zh"], *row["aliases"].split("|")] if name and not name.endswith("地区")}
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def place_opening(text: str) -> str | None:
    """The province or city `text` opens with ('新疆水泥产量' → 新疆, '苏州集聚…' → 苏州), or None."""
    found = _province_at_start().match(text)
    return found.group() if found else city_opening(text)


def is_place(text: str) -> bool:
    """Whether `text` is a province or a city and nothing else (广东, 新疆维吾尔自治区, 苏州)."""
    return bool(text) and place_opening(text) == text


# ------------------------------------------------------------------ plan documents

def title_key(title: str) -> str:
    """A document title for comparison: no book-title marks, quotes or spaces; one dash, ASCII brackets."""
    text = re.sub(r"[《》“”\"‘’'\s]", "", fold(title))
    return re.sub(r"[—–－-]+", "-", text)


@lru_cache(maxsize=1)
def documents() -> tuple[dict, ...]:
    """The plan documents the target catalogue cites (sql/seeds/documents.csv)."""
    with open(SEEDS / "documents.csv", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _document_keys() -> tuple[tuple[str, dict], ...]:
    return tuple((title_key(d["title"]), d) for d in documents())


def cited_document(title: str) -> dict | None:
    """The catalogue's document this page title carries (a notice 关于印发《…》的通知 carries its plan)."""
    key = title_key(title)
    return next((d for known, d in _document_keys() if known in key), None)
