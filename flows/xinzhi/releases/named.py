"""Figures a MIIT statement or statistics report prints of names the catalogue does not hold
('单项冠军企业平均拥有有效专利363.7件', '西药原料药出口额302.6亿美元').

They are kept as printed (core.named_figures: the name as the page says it, the value, its period and
the quote), never as a series: no target is scored from them and no two pages' names are assumed to be
the same thing. What is decided here is whether a piece of text is a name at all, and what kind of
figure it names (a stock at a date, or a flow over a span), so that it is dated as a catalogued series
of its kind would be.
"""
from __future__ import annotations

import re

from .. import catalogue, register
from ..catalogue import Indicator
from ..cn import QUANTITY_RE, Period, Quantity, bound_of, fold, unit_factor
from ..model import Observation, Release

CODE = "named"      # the indicator field of a named figure: never a catalogue code

# A name: Chinese words (with the Latin of 5G, IPv6, AI) and quotes, at least two Chinese characters,
# no figure inside; never a verb or a word of comparison alone.
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”\"‘’()（）·/+-]{2,40}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# '这一比例', '该指标': the series just read, never a name of its own
REFERENCE = re.compile(r"(?:这一?|该|此|同一|上述)(?:比例|比重|指标|数字|数据|水平|数量|规模|增速|占比|指数)")
# '2021年这一比重仅为31.5%': the reference with an adverb of how it compares
REFERENCE_SAID = re.compile(REFERENCE.pattern + r"(?:仅|只|则|也|还|已|就|更)?")
_NOT_A_NAME = re.compile(r"^(?:共|总共)?(?:" + REFERENCE_SAID.pattern + r"|全省|全市|全区|全国|全行业|全部|日均|月均|年均|户均|人均|平均|同比|环比|其中|为|达|达到|超过|增长|增加|下降|减少|提高|提升|实现|完成|保持|"
                         r"分别|合计|总数|总量|数量|规模|均|约|近|共|累计|已|全年|当年|其|该|这|此|上述|以上|以下|年|月|日|个|家|项|"
                         r"进一步|继续|持续|逐年|逐步|稳步|再次|增速|增幅|降幅|涨幅|跌幅|增长率|"
                         # '覆盖超过98%的服务区': a verb alone says what is done, never whose figure
                         r"覆盖|惠及|带动|服务|支撑|连接|接入|辐射|占|占据|贡献|涉及|涵盖|包括|包含)(?:即|就|便|也|还|又|则)?$")   # ('2021年当年即下降5.6%')
# '…，总量达到13314家' after a count of new ones: the total they are added to
# ('…，累计达到5.8万家'; '…216个、未来工厂28家，累计分别达到1526个、112家': each one's)
TOTAL_OF = re.compile(r"(?:累计(?:总量|总数)?|总量|总数)(?:已)?(?:分别)?(?:达到|达|为|增至|增加到)?(?:分别)?")


def total_of(name: str) -> str:
    """The name of the total a count of new ones is added to ('新增创新型中小企业' → 创新型中小企业总量), or ''."""
    new = _NEW_WORDS.search(name)
    return name[: new.start()] + name[new.end():] + "总量" if name and new and len(name) - new.end() >= 2 else ""


def counts_new(name: str) -> bool:
    """Whether a count's name says what was new in a span ('新增创新型中小企业'): a flow, never a stock at a date."""
    return _NEW_WORDS.search(name) is not None


# '又回落至', '升至': a level moved to, said of the name just read
MOVED_TO = re.compile(r"(?:又|再|再次|进一步|继续|已经|已)?(?:升|降|回落|回升|提高|下降|上升|提升|降低)(?:至|到)")
_REACHED = re.compile(r"(?:将|有望|已经|已)?(?:扩大|增加|提升|提高|上升|增长|跃升|攀升|升|收窄|缩小|回落|回升|下降|降低|降)(?:到|至)$|[增降]至$")
# Who announces or chooses ('工业和信息化部等六部门', '我部', '…局')
_AUTHORITY = r"(?:工业和信息化部|工信部|我部|[^，,]{2,8}?(?:部|委|局|厅))(?:等[^，,]{0,8}?部门)?"
_ANNOUNCER = re.compile(r"^(?:" + _AUTHORITY + r")?(?:公布|发布|认定|遴选|印发|确定)了?")
# ('发布…典型应用场景': who announced it, when said, no part of the name; '在…大会上发布…' is an event's, never dated by
# the year in force: not a name)
# What opens with a preposition is a phrase about another name ('在商用车销量中的渗透率'), never a name
_OF_ANOTHER = re.compile(r"(?:在|占|对(?!二甲苯|苯二甲酸)|与|从|由|向|以|按|据|比|较)")     # (对二甲苯: a chemical)
# '在研吨级无人机', '在空最大数量', '在建项目', '在产浮法玻璃生产线': things in a state (under development, in the air,
# producing), never a preposition
_IN_A_STATE = re.compile(r"在(?:研|建|役|运|用|轨|营|售|库|册|网|空|线|产)")
# '在平台注册的工业企业', '在A股上市的专精特新企业': members named by where they are registered or listed, a name of its own
_LOCATED = re.compile(r"在[^，,；;的]{1,12}?(?:注册|入驻|上线|登记|接入|挂牌|备案|上市)的[^，,；;]{2,}")
# '对欧盟出口服装': the trade with a partner, a name of its own (never '对其出口…': whose is not said)
_TRADE_WITH = re.compile(r"对(?![其此该])[^，,；;]{1,16}?(?:的)?(?:出口|进口)")
# '对全国进出口增量的贡献率': the share of a whole's growth (register.contribution_rate), a name of its own
_CONTRIBUTION_TO = re.compile(r"对[^，,；;]{2,24}的贡献率")
# A comparison inside what reads as a name ('…企业数量比上年末增加'): the figure is a change, never a level
_COMPARED = re.compile(r"(?:比|较)(?:上|去|前|同期|年初|年末|年底|\d|[一二三四]季度|上半年)|(?:比|较)[^，,]{0,12}?(?:高|低|快|慢|多|少)出?$|"
                       r"同比|环比|相比|高于|低于|高出|低出|上年|去年|前年|同期|上月|扭转|(?:增加|减少|增长|下降|提高|降低|提升|回落|回升|加快|放缓|缩短|压缩|扩大|上升|减排|节约|节省)$")
# A part of a subject said without it ('其中国内销量11.8万台': of the excavators before it): whose is not in the name
_PART_ONLY = re.compile(r"(?:其中)?(?:国内|海外|国外|境内|境外|出口|进口|内销|外销|当月|累计|全年)?"
                        r"(?:销量|产量|销售|销售额|收入|营收|利润|利润总额|出口|进口|出口额|进口额|交货值|产值|订单)")
# A trade's total, whose exports and imports may follow ('医药保健品进出口总额', '纺织品服装贸易额')
TRADE_TOTAL = re.compile(r"(?:进出口|贸易)(?:总额|额|总值)?$")
# A trade's one way at the end of a name, whose other way may follow bare ('电子信息行业出口' … '进口6184.2亿美元')
OTHER_WAY = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?P<way>出口|进口)(?P<tail>额?)$")
# A trade series' quantity or value said bare after it ('…，出口数量244.2亿件'): of that series
TRADE_PART = re.compile(r"(?:出口|进口)(?:数量|量|金额|额|平均单价|单价|均价)")


def joined(whose: str, part: str) -> str:
    """A part's name after whose it is, the words they share said once ('针织服装出口' + '出口数量' → 针织服装出口数量)."""
    shared = next((k for k in range(min(len(whose), len(part)), 0, -1) if whose.endswith(part[:k])), 0)
    return whose + part[shared:]


_FIGURE_IN = re.compile(r"\d+(?:\.\d+)?(?:%|倍|万|亿|个|家|项|件|台|吨|年|月|日|批|次)")
# What a clause says is held at a date, never done over a span: for a count ('累计培育…274家', '总数达到…'),
# for an amount ('保有量', '产能', '余额')
# ('电视机出货总量884万台': the total shipped over a span, a flow; never held)
_HELD_COUNT = re.compile(r"累计|总数|(?<!货|产|销|口)总量|达到|增至|(?:扩大|增加|提升|提高|跃升|攀升)(?:到|至)|已有|已经|共有|拥有|现有|在库|在册|"
                         r"保有|覆盖|入驻|连接|接入|建成|(?:出口|输出)[到至]|销往")
_HELD_AMOUNT = re.compile(r"保有量|余额|存量|产能|装机容量|在用|储备")
# What a clause says was added or done in the span ('新认定…286家', '全年完成…').
_NEW_WORDS = re.compile(r"新(?:增|建|认定|培育|遴选|创建|布局|打造|部署|开通|发布|签约)|新(?=完成)|当年|全年|年内|本年度|今年")
_COUNTERS = re.compile(r"(?:家|个|户|项|件|座|台|套|批|次|款|条|所|名|人)$")


# '水泥熟料产能利用率约为52%': about, said before the verb (the figure's own words start after it)
_ABOUT_BEFORE_VERB = re.compile(r"(?:约|大约)(?:为|是|在|达到?)(\d+(?:\.\d+)?)(?![\d.])")


def figure(release: Release, name: str, period: Period, measure: str, quantity: Quantity, quote: str, evidence: str,
           parser_version: str, dimension: str = "total", relative_to: str | None = None,
           base: Period | None = None, universe: float | None = None) -> Observation:
    """A named figure of the page `release` is being read into (`base`: where a yearly average runs from)."""
    if quantity.qualifier == "exact" and any(float(said) == quantity.value for said in _ABOUT_BEFORE_VERB.findall(fold(quote))):
        quantity = Quantity(quantity.value, quantity.unit, "about", quantity.bound)    # '…利用率约为52%': about
    return Observation(
        source_url=release.url, publisher=release.publisher, release_kind=release.kind,
        published_at=release.published_at.isoformat(), indicator=CODE, label_zh=name, dimension=dimension,
        period=period.period, period_type=period.period_type, measure=measure, value=quantity.value, unit=quantity.unit,
        quote=quote, qualifier=quantity.qualifier, evidence=evidence,
        bound=quantity.bound if quantity.bound is not None else bound_of(quantity.value, quantity.qualifier),
        relative_to=relative_to, base_period=base.period if base else None,
        base_period_type=base.period_type if base else None, universe=universe, parser_version=parser_version)


def measure_of(quantity: Quantity, name: str = "") -> str:
    """A level, a count of things (家, 个 …), or a share when the name says it is one ('销售占有率达到69.5%')."""
    if quantity.unit == "%" and re.search(r"(?:占有率|占比|比重|份额|(?<=.{2})占)$", name):     # ('中央企业占15%')
        return "share_pct"
    return "count" if quantity.counts else "level"


def distinct(read: list[Observation], release: Release, key=lambda obs: (obs.label_zh, *obs.key())) -> list[Observation]:
    """One figure per key (a named one's: its name, period and measure); a page that prints one two ways keeps
    neither (listed)."""
    by_key: dict[tuple, list[Observation]] = {}
    for obs in read:
        by_key.setdefault(key(obs), []).append(obs)
    kept = []
    for same in by_key.values():
        if len({(o.value, o.qualifier) for o in same}) == 1:
            kept.append(same[0])
        elif (exact := _restated_exact(same)) is not None:
            kept.append(exact)
            for obs in same:
                if obs.qualifier != "exact":
                    release.skip(obs.quote, "restated")
        else:
            for obs in same:
                release.skip(obs.quote, "unattributed")
    return kept


def _restated_exact(same: list[Observation]) -> Observation | None:
    """'新承接船舶订单量11305万载重吨…全年新接订单量超过1.1亿载重吨': one exact figure, the others the same figure
    rounded to a bound it lies within (over: from the value to its bound; under: from its bound to the value), else None."""
    exact = {o.value: o for o in same if o.qualifier == "exact"}
    if len(exact) != 1:
        return None
    (obs,) = exact.values()
    factor, base = unit_factor(obs.unit)
    value = obs.value * factor
    for said in (o for o in same if o.qualifier != "exact"):
        scale, unit = unit_factor(said.unit)
        if unit != base:
            return None
        if said.qualifier == "about":
            # '接近460万个' beside '459.8万个': the same figure rounded, within a unit of its last digit printed
            if abs(said.value - obs.value * factor / scale) > _last_digit(said.value):
                return None
            continue
        if said.bound is None:
            return None
        low, high = sorted((said.value * scale, said.bound * scale))
        if not (low <= value < high if said.qualifier == "over" else low < value <= high):
            return None
    return obs


def _last_digit(value: float) -> float:
    """What a unit of the last digit printed is worth (460 → 10, 8.2 → 0.1, 1.76 → 0.01)."""
    printed = f"{value:.6f}".rstrip("0").rstrip(".")
    if "." in printed:
        return 10.0 ** -len(printed.split(".")[1])
    return 10.0 ** (len(printed) - len(printed.rstrip("0")))


def growth_named(name: str, measure: str) -> tuple[str, str, int] | None:
    """'…制品产量增速超过20%', '机械工业主要经济指标增速在5.5%左右': a name said as its growth rate is the growth
    (yoy_pct) of the name without it, with the sign its rate says ('预计水泥需求降幅收窄至3%左右': a fall, −1); None for
    any other name or a measure already a change."""
    # ('…降幅收窄至3%': the rate it moved to)
    name = re.sub(r"(?<=增速|增幅|降幅|跌幅)(?:收窄|扩大|回升|回落|提高|提升|加快|放缓|下降|上升)(?:至|到)$", "", name)
    rate = re.search(r"(?:同比)?(?:(?P<rise>增速|增幅|增长率)|降幅|跌幅)$", name)
    if measure in ("yoy_pct", "pp_change") or rate is None or rate.start() < 2:
        return None
    return name[: rate.start()], "yoy_pct", 1 if rate["rise"] else -1


def name_of(text: str) -> str | None:
    """The name a piece of text is, or None when it is no name (a verb, a figure, a bare word)."""
    text = text.strip(" ，,；;：:、。-+/·")
    # '中小企业数字化转型城市试点扩大到', '工业和信息化部公布第七批…': the name, without the verb or who announced it
    text = _REACHED.sub("", _ANNOUNCER.sub("", text)).strip(" ，,；;：:、。-+/·")
    text = re.sub(r"^(?:我们)?国家的", "", text)       # '我们国家的充电设施': the nation's, said in speech
    text = re.sub(r"^(?:一度|曾经|曾)(?=增长|下降|回升|回落|达到|$)", "", text)   # '9月份一度增长0.2%': how, never whose
    text = re.sub(r"[(（]含[^()（）]{1,16}[)）]", "", text)    # '锂电池装机量（含新能源汽车、新型储能）': what it includes
    text = re.sub(r"(?<=.{2})(?:只|仅|则|也|亦|约|大约|已经|已)$", "", text)      # '…在建项目只有1100多个', '…利用率约为52%': how it is said
    text = re.sub(r"(?<=.{2})(?:合计|共计|总计)$", "", text)       # '…等传统业务收入合计': the total is the name's
    text = re.sub(r"(?<=.{2})平均$", "", text)       # '生产效率平均提升22.3%': how the change is said, never the name
    text = SINCE_A_START.sub("", text) if re.search(SINCE_A_START.pattern + r"$", text) else text  # ('…价格较商用初期')
    text = re.sub(r"(?<=.{2})占$", "占比", text)      # '中央企业占15%': its share (measure_of)
    # '首批15家领航级智能工厂遴选产生': how they came to be is no part of the name
    text = re.sub(r"(?<=.{4})(?:已经|已)?(?:遴选|评选|认定)?(?:产生|出炉)$", "", text)
    # '机床工具行业完成营业收入': the verb is no part of the name
    text = re.sub(r"(?<=.{2})(?:实现|完成)(?=(?:营业|业务|主营业务|销售)?收入|利润|产值|出口交货值|[^，,]{0,12}增加值$)", "", text)
    text = re.sub(r"^(?:其中)?(?:包括|包含)(?=.{2})", "", text)    # '名单包括企业品牌93个': what it includes
    text = re.sub(r"^(?:有力)?(?:支撑|带动|助推)(?:了)?(?=.{4})", "", text)   # '…，有力支撑全市地区生产总值达到…': its own name
    if re.search(r"[、和].+等(?:\d+个)?(?:城市|省份|省市|省区|地市|地区|省)", text):
        return None         # '济南、青岛、武汉等城市软件业务收入增速超过15%': each place's, never one figure of them
    if (kind := re.sub(r"^在内的?", "", text.rpartition("等")[2])) != text and len(kind) >= 4 and measures(kind) \
            and not re.fullmatch(r"(?:行业|产业|领域|板块|门类|品种|产品)(?:增加值|营业收入|收入|利润总额|利润|销售额|产值|产量|"
                                 r"出口额|出口交货值|投资)", kind):
        text = kind         # '废塑料等主要再生资源利用量', '…基础设施等在内的产业核心产值': the kind the examples are of
        # (never a kind that names nothing: '建材新材料和非金属矿等行业增加值' is of the examples)
    # ('石油、煤炭及其他燃料加工业出厂价格': a division's own name holds 、, never a list)
    division = catalogue.division_opening(text)
    if not _NAME.fullmatch(text.replace(division, division.replace("、", "")) if division else text) \
            or len(_CHINESE.findall(text)) < 2 or _NOT_A_NAME.match(text) \
            or (_OF_ANOTHER.match(text) and not _TRADE_WITH.match(text) and not _CONTRIBUTION_TO.fullmatch(text)
                and not _LOCATED.fullmatch(text) and not _IN_A_STATE.match(text)) \
            or _NEW_WORDS.fullmatch(text) or re.search(r"(?:在|于|向|对|从|给|与|跟|同|和|及)$", text) \
            or re.match(r"[^(（]*[)）]", text) \
            or _FIGURE_IN.search(_THRESHOLD_IN.sub("", text)) or _COMPARED.search(text) or _PART_ONLY.fullmatch(text) \
            or _GROUP_ONLY.match(text) or _PER_UNIT.search(text) or _DONE.search(text) or _CAPACITY.fullmatch(text) \
            or _EACH.search(text) or _ONLY_A_KIND.fullmatch(text):
        return None
    return text


# '发布新产品超过300款': things of no one said, a kind alone (whose new products?), never a name
_ONLY_A_KIND = re.compile(r"(?:新)?(?:产品|新品|企业|项目|平台|品种|型号)")


# '三类企业数量均占全国总数的…': each of several said at once, a line each passed, never one name's figure; '三大指标的
# 国际市场份额…': several names said by their number, never one name
_EACH = re.compile(r"(?<![人户平日月年])均(?=占|为|在|超过|达到|突破|高于|低于)"
                   r"|^(?:上述|以上|这)?(?:[二两三四五六]|\d)(?:大|项)指标|^(?:这|上述)?[二两三四]者")


# '10万千瓦及以上项目装机占比': a threshold of what the name is of (register.NAME_THRESHOLD), part of the name
_THRESHOLD_IN = re.compile(r"\d+(?:\.\d+)?[^\d及]{0,4}?" + register.NAME_THRESHOLD.pattern)
# '可满足超过4000万辆新能源汽车的充电需求': what something can serve, a verb, never a name
_CAPACITY = re.compile(r"(?:可|能|可以|能够)(?:满足|支撑|支持|覆盖|服务|带动|实现|达到|容纳)"
                       # '设立总规模600亿元的…基金': the size of what was set up, named after the figure
                       r"|(?:设立|成立|组建|发起)(?:总)?(?:规模|金额)")
# '人工智能已渗透70%以上的业务场景': a verb said with 已 ends no name
_DONE = re.compile(r"已(?:经)?[^\d的]{1,2}$")
# '年初在每吨8500美元左右': the unit a price is per, said before it, never the end of a name
_PER_UNIT = re.compile(r"每(?:吨|台|辆|件|套|个|千瓦时|度|平方米|立方米)$")


# '四省', '上述五省市', '两个行业占…': a group counted, whose members and metric the name does not say
_GROUP_ONLY = re.compile(r"(?:上述|以上|这)?(?:\d{1,2}|[二两三四五六七八九十]{1,2})个?(?:省市|省份?|省\(市\)|地区|城市|行业|企业)"
                         r"(?:合计|共计|总计)?(?:$|占)"
                         # '新疆、山东等省份装机规模超过1000万千瓦': places given as examples of a group, each over a line
                         r"|(?:等)?(?:省份|省市|省区)(?=[\u4e00-\u9fff]{2})")


# A measure of a subject, at the end of its name ('中小企业单位数': 中小企业's count of units)
_MEASURE_TAIL = re.compile(r"(?:单位数|企业数|数量|营业收入|业务收入|收入|利润总额|利润|资产总计|资产|从业人员|产量|销量|产值|增加值)$")


def of_one_subject(names: list[str]) -> list[str]:
    """Names listed as measures of the subject the first one names ('中小企业单位数、从业人员、资产总计' →
    中小企业单位数, 中小企业从业人员, 中小企业资产总计); the names as they are when the first is no subject's measure."""
    tail = _MEASURE_TAIL.search(names[0]) if names else None
    head = names[0][: tail.start()] if tail else ""
    if len(head) < 2 or not all(_MEASURE_TAIL.fullmatch(name) for name in names[1:]):
        return names
    return names[:1] + [head + name for name in names[1:]]


# The parts a sales figure is said in after it ('…销量174039台，…，其中国内销量89877台、出口84162台')
SALES_PART = re.compile(r"(?:其中)?(?P<part>国内销量|国内销售|国内|内销|出口销量|出口量|出口|外销)")


def sales_owner(name: str) -> str:
    """Whose sales a name says ('挖掘机累计销量' → 挖掘机), when it names sales of things other than vehicles (a
    vehicle's parts are catalogued series of their own), or ''."""
    owner = re.sub(r"(?:累计|全年)?(?:销量|销售量)$", "", name)
    return owner if owner != name and len(owner) >= 2 and not re.search(r"汽车|乘用车|商用车", owner) else ""


def share_of_members(before: str, after: str) -> str | None:
    """'其中89.6%的企业已经启动数字化改造', '超过60%的“小巨人”企业属于…领域', '90%以上的行政村通了5G': a share said
    before the members it is of and what they do (the name, as printed without the figure); None else."""
    members = re.fullmatch(r"(?:以上)?的(?P<what>[^，,；;]{4,40})", after.strip(" ，,；;。"))
    if not members or not re.fullmatch(r"(?:目前|当前|全国|我国)?(?:其中)?有?", before.strip(" ，,")) \
            or _FIGURE_IN.search(members["what"]):
        return None
    return name_of(members["what"]) and members["what"]


def counted_after(before: str, after: str) -> str | None:
    """The name of what a count printed before it counts ('3916家企业通过复核', '累计有2028家专精特新中小企业在A股上市'):
    the words after the count, as printed, when nothing but a lead word (有, 累计, 其中 …) is before it."""
    if not re.match(r"[\u4e00-\u9fff“\"]", after) or _AT_AN_EVENT.search(after):
        return None
    if (said_of := SAID_OF_THEM.search(after)) and said_of.start() >= 4:
        after = after[: said_of.start()]     # '…1700多项关键智能制造装备和工业软件实现规模化应用': what is counted
    elif (done := _DONE_BY_THEM.search(after)) and done.start() >= 2:
        # '66个城市纳入试点范围', '近3万种电器电子产品达到中国RoHS管控要求': the ones that did it, named as such
        # (纳入试点范围的城市), as a page printing it the other way names them
        after = after[done.start():] + "的" + after[: done.start()]
    # '发布锂离子电池材料、民机铝材等548项新材料行业标准': the examples before the count are no part of who chose, and
    # examples alone ('民机铝材等548项…', the list's last item) say what the count is of
    chosen = _WHO.sub("", before)
    listed = chosen[chose.end():] if (chose := _CHOSEN.match(chosen)) else before
    if re.fullmatch(r"[^，,；;\d]{2,}?等", listed) and not _DOING.search(listed):
        return name_of(after)
    if _COUNT_LEAD.fullmatch(before) or _CHOSEN.fullmatch(chosen):
        # ('分场景遴选196个中小企业数字化转型典型案例': what was chosen, named as printed; '又遴选第三批34个试点城市':
        # that batch's, never all of them)
        batch = re.search(r"第[一二三四五六七八九十]{1,2}批$", chosen)
        return name_of((batch.group() if batch else "") + after)
    # '领航工厂沉淀了超过6000个垂直领域模型': what the owner made, named with it (领航工厂沉淀的垂直领域模型)
    made = re.fullmatch(r"(?P<owner>[\u4e00-\u9fffA-Za-z0-9“”\"]{2,16}?)(?:累计)?(?P<verb>沉淀|形成|建成|推出|拥有|发布)了?", before)
    return name_of(made["owner"] + made["verb"] + "的" + after) if made else None


# What the things counted did ('…城市纳入试点范围', '…企业进入全球研发投入2500强')
_DONE_BY_THEM = re.compile(r"(?:纳入|进入|达到|通过|入选|入围|获得)")
# What a sentence says of the things it counted first ('…数据中心使用的电力…', '…装备实现规模化应用')
SAID_OF_THEM = re.compile(r"(?:使用|采用|利用|来自|实现|具备|拥有|分布|位于)")
# A verb among examples before a count ('支持北京、上海等…'): what follows is what they do, never what is counted
_DOING = re.compile(r"支持|推动|带动|开展|组织|围绕|在|对|向|将|把|由|从")
# Who chose or announced ('工业和信息化部分场景遴选…'): no part of the name
_WHO = re.compile(r"^" + _AUTHORITY + r"(?=分|两|三|首|累|共|先|已|遴|评|培|认|发|公|推|印|出|制)")
# Chosen or announced, with how ('分场景遴选', '两批共遴选', '累计培育'): the count is of what follows
# ('累计推动3.6万家规上工业企业数字化转型', '带动超过110万家中小企业上云用云': the firms that did what follows)
_CHOSEN = re.compile(r"(?:分场景|分行业|分批|两批共|三批共|首批|累计|共|先后|已|又|再)?(?:遴选|评选|培育|认定|发布|公布|推广|印发|出台|制定|推动|带动)了?出?"
                     r"(?:第[一二三四五六七八九十]{1,2}批)?")     # ('又遴选第三批34个…试点城市': that batch's)
# ('已有两批次共66个城市纳入试点范围': the batches said before the count are no part of what it counts)
_COUNT_LEAD = re.compile(r"(?:全国|我国)?(?:其中|另有|另|目前|现|已经|已|累计|共)?(?:有|共有|形成|沉淀|建成|部署|推出)?了?"
                         r"(?:[两三四五六七八九十]批次?共?)?")
# '12家企业负责人作交流发言': who took part in the meeting the page reports, never a measure of progress
_AT_AN_EVENT = re.compile(r"发言|参会|出席|参加|列席|观摩|致辞|签约|参展|与会|会议")


def measures(name: str) -> bool:
    """Whether a name says what it measures ('组件出口量', '稀土永磁材料产量'), not only whose it is ('轻工行业')."""
    return bool(_MEASURE_WORD.search(name))


_MEASURE_WORD = re.compile(r"(?:量|额|数|率|收入|利润|规模|投资|产值|总值|增加值|价格|均价|成本|指数|比重|比例|占比|容量|产能|功率|时长|次数|人次|开工负荷)$")


def listed_by_pause(printed: str, wanted: int) -> list[str]:
    """'生物药品制造、基因工程药物和疫苗制造行业利润': names holding 和 (与, 及) of their own, listed by '、' alone, each
    with the measure the last one prints (sharing_measure); [] unless there are `wanted` of them, each a name of three
    characters or more and none joining two metrics ('篷、帆布企业营业收入和利润' is one name's two)."""
    names = printed.split("、")
    if len(names) != wanted or wanted < 2 or any(len(name) < 3 for name in names) or _METRICS_JOINED.search(printed):
        return []
    return sharing_measure(names)


_METRICS_JOINED = re.compile(r"(?:收入|利润|成本|产量|销量|出口|进口|增加值)(?:总额)?(?:和|与|及)")


def places_sharing(names: list[str], also_a_place=lambda name: False) -> list[str]:
    """'新疆、西藏水泥产量', '白银、天水、定西工业固定资产投资': places listed before a name said once after the last, each with
    the whole name after the last place (never 新疆产量, 白银投资); [] when the names are no such list (`also_a_place`:
    what a reader takes for a place the catalogue does not keep)."""
    place = catalogue.place_opening(names[-1]) if len(names) > 1 else None
    if place and len(names[-1]) > len(place) + 1 \
            and all(catalogue.is_place(name) or also_a_place(name) for name in names[:-1]):
        return [name + names[-1][len(place):] for name in names[:-1]] + names[-1:]
    return []


def grades_sharing(names: list[str]) -> list[str]:
    """'卓越级、领航级智能工厂研发周期': grades (…级, …类, …型) listed before a name said once after the last grade, each
    with the whole name after it (卓越级智能工厂研发周期); [] when the names are no such list."""
    grade = re.match(r"[\u4e00-\u9fff]{1,3}?(?P<kind>[级类型])", names[-1]) if len(names) > 1 else None
    if grade and len(names[-1]) > grade.end() + 1 \
            and all(re.fullmatch(r"[\u4e00-\u9fff]{1,3}" + grade["kind"], name) for name in names[:-1]):
        return [name + names[-1][grade.end():] for name in names[:-1]] + names[-1:]
    return []


def sharing_measure(names: list[str]) -> list[str]:
    """Names listed with what they measure said once, after the last ('光伏电池、组件出口量'): each with it, with
    the industry word before it ('通用设备和汽车制造业投资': 通用设备制造业投资) and the partner's 对 of trade
    ('对美国、俄罗斯的出口额': 对俄罗斯的出口额)."""
    names = [_SAID_AFTER.sub("", name) or name for name in names]
    if by_places := places_sharing(names):
        return by_places
    if by_grades := grades_sharing(names):
        return by_grades
    if len(names) > 1 and names[0].startswith("对") and re.search(r"(?:出口|进口)[^、]{0,3}$", names[-1]):
        names = names[:1] + [name if name.startswith("对") else "对" + name for name in names[1:]]
    said = _SHARED_MEASURE.search(names[-1])
    if said is not None and (field := _FIELD_OF.search(names[-1])) and field.start() >= 2:
        # '公共服务、车联网、…工业制造领域的终端规模': each field's, the words after the last name shared
        return [name if measures(name) else name + field.group() for name in names[:-1]] + names[-1:]
    if said is not None and (trade := re.search(r"(?:制造业|行业|工业|产业)的?$", names[-1][: said.start()])) \
            and trade.start() >= 1:      # (铝、黄金、铜行业利润: one character is a metal)
        said = re.search(re.escape(names[-1][trade.start():]) + "$", names[-1])
    elif said is not None and names[-1][: said.start()].endswith("的"):
        said = re.search("的" + re.escape(said.group()) + "$", names[-1])
    if said is None and (of_trade := _TRADES_MEASURE.fullmatch(names[-1])):
        # '汽车、船舶、电子信息制造行业开展数字化改造的企业比例': industries listed, what they measure after the last
        trade = lambda name: name if name.endswith("行业") else name + "行业"
        return [trade(name) + of_trade["what"] for name in names[:-1]] + names[-1:]
    if said is None or said.start() < 1:       # ('铝、黄金、铜利润': a metal is one character)
        return names
    return [name if measures(name) else _with_tail(name, said.group()) for name in names[:-1]] + names[-1:]


def _with_tail(name: str, tail: str) -> str:
    """A name listed with the tail said after the last ('电气机械行业' + '行业利润': 电气机械行业利润; '金属制品业' +
    '制造业增加值': 金属制品业增加值, an industry named as its own trade)."""
    word = re.match(r"(?:制造业|行业|工业|产业)", tail)
    if word and name.endswith("业") and not name.endswith(word.group()):
        return name + tail[word.end():]
    return _without_trade_word(name, tail) + tail


# ('…工业制造领域的终端规模': what each field listed measures, said once after the last)
_FIELD_OF = re.compile(r"(?:领域|板块|环节|场景)的[^、的]{1,10}$")


def _without_trade_word(name: str, tail: str) -> str:
    """'电气机械行业' before the tail '行业利润': said once (电气机械行业利润)."""
    word = re.match(r"(?:制造业|行业|工业|产业)", tail)
    return name[: -len(word.group())] if word and name.endswith(word.group()) else name


# '…出口额则分别下降…': a word said after a name, before its figures, no part of it
_SAID_AFTER = re.compile(r"(?<=.{2})(?:则|也|亦|都)$")


_TRADES_MEASURE = re.compile(r"[^、]{2,}?行业(?P<what>[^、]{2,30}?(?:比例|比重|占比|普及率|渗透率|利用率))")
_SHARED_MEASURE = re.compile(r"(?:出口|进口|销售|生产|业务|营业)(?:量|额)$"      # ('…利润增加额': never 额 alone)
                             r"|(?:出口|进口|销售|生产|业务|营业)?(?:产量|销量|收入|利润总额|利润|规模|投资|产值|增加值)$"
                             r"|(?:采购|生产|营业)?成本$"
                             r"|出口交货值$"
                             r"|(?:固定资产)?投资(?:完成)?额$"
                             r"|(?:地区)?生产总值$"
                             r"|(?:平均)?(?:开工负荷|开工率|产能利用率)$"
                             r"|(?:生产|冶炼)?产能$"         # ('炼油、乙烯、对二甲苯产能依次达到…')
                             r"|(?<=[\u4e00-\u9fff]{2})(?:出口|进口)$"    # ('电动载人汽车、锂离子蓄电池出口分别增长…')
                             r"|(?:市场|出厂|平均)?(?:均价|价格)$")   # ('电池级碳酸锂和氢氧化锂均价分别为…')


# '…分别增加380亿元…', '…分别比上年减少…': changes in units said with 分别 (a flow's: on the year before)
_FLOW_CHANGED = re.compile(r"(?:同比|比上年|较上年)?(?:分别|均)?(?:比上年|较上年)?(?P<verb>增加|减少)(?=(?:约|近|超过)?\d)")
# What a flow measures, said at a name's end: a span's (its change in units is on the year before, a stock's since the
# year's end; never dated at a stock's date)
FLOW_METRIC = re.compile(r"(?:利润|利润总额|收入|营业收入|产量|销量|产销量|出口额|进口额|出口量|进口量|产值|投资|销售额|零售额"
                         r"|交易额)$")


def listed(names: list[str], quantities: list[Quantity], tail: str, growth: bool,
           members: bool = False) -> list[tuple[str, Quantity, str]] | None:
    """A list of names none catalogued, with a figure each: (name, quantity, measure) per name, or None when the
    list is not read as one ('光伏电池、组件出口量分别增长超过40%和12%': each name's growth; '再生铜、再生铝产量分别为
    296万吨和752万吨': a level each, only of names that say what they measure, never '轻工行业28个' unless they are
    `members` of a count just read, 企业名牌中轻工行业; '…产量分别约占全球的80%、70%…': each one's share of the whole
    said). `tail`: what follows 分别."""
    if len(names) < 2 or len(names) != len(quantities) or (growth and len(QUANTITY_RE.findall(tail)) > len(names)):
        return None
    flows = sharing_measure(names)
    if not growth and (moved := _FLOW_CHANGED.match(tail)) and all(FLOW_METRIC.search(name) for name in flows) \
            and all(q.unit not in ("", "%") and not q.unit.endswith("百分点") for q in quantities):
        # '铝、黄金、铜三个行业利润分别增加380亿元、212亿元和177亿元': each flow's change in its unit on the year before
        sign = register.change_sign(moved["verb"])
        return [(name, Quantity(sign * q.value, q.unit, q.qualifier, q.bound), "yoy_abs_change")
                for name, q in zip(flows, quantities)]
    if any(q.unit.endswith("百分点") for q in quantities) or (not growth and re.match(register.CHANGE_VERB, tail)):
        return None         # '…分别提高0.4个和3.7个百分点': changes (the first's 个 is its points), never levels
    names = sharing_measure(names)       # '光伏电池、组件出口量': 光伏电池出口量
    if growth:
        changes = register.enumerated_changes(tail) if re.match(r"(?:同比|比上年)?(?:增长|下降|缩短|降低|减少|提升|提高)", tail) \
            else register.rates_listed(tail)
        if len(changes) != len(names):
            return None
        # ('分别增长超过40%和12%': the first's qualifier is every item's, as enumerated)
        return [(name, Quantity(item.value, "%", item.qualifier if item.qualifier != "exact" else quantity.qualifier, None),
                 "yoy_pct") for name, item, quantity in zip(names, changes, quantities)]
    # ('浙江、山东…累计拥有单项冠军企业分别为319家、…': each place's firms counted; what it holds, no verb)
    names = [place + _HOLDS.sub("", name[len(place):]) if (place := catalogue.place_opening(name)) else name
             for name in names]
    if not members and not all(measures(name) or q.counts and _COUNTED.search(name) for name, q in zip(names, quantities)):
        return None
    if shared := SHARE_OF_EACH.match(tail):
        if any(q.unit != "%" for q in quantities):
            return None
        about = "about" if shared["about"] else None
        return [(share_of(name, shared["whole"]),
                 Quantity(q.value, q.unit, about or q.qualifier, q.bound if not about else None), "share_pct")
                for name, q in zip(names, quantities)]
    if re.search(r"占|比重|比例|倍", tail):
        return None        # (a multiple said of each, or a share in a form not read: never a level)
    return [(name, quantity, measure_of(quantity)) for name, quantity in zip(names, quantities)]


# What a count counts ('单项冠军企业' in 家): things, said as a name that measures nothing else
_COUNTED = re.compile(r"(?:企业|工厂|园区|集群|基地|平台|项目)$")
# '累计拥有', '共有': how a place holds what it counts, no part of the name
_HOLDS = re.compile(r"^(?:累计|共|已)?(?:拥有|有)(?=.{2})")


# '分别约占全球的80%、70%和40%', '均占全球30%以上': the whole each name's share is of
SHARE_OF_EACH = re.compile(r"(?:分别|均)?(?P<about>约)?占(?P<whole>[^\d，,；;]{1,20}?)的?(?:比重|比例)?(?:分别|均)?(?:为|达到|达|约为)?(?=\d)")


# A rate said with no name of what it is of ('渗透率为62.6%'): the subject's, never a name of its own
BARE_RATE = re.compile(r"(?:(?:国内|国际|全球|海外)?市场|销售)?(?:渗透率|普及率|占有率|占比|比重|份额|利用率|覆盖率|获贷率|开工率|合格率|达标率|通过率|贡献率)")


def points_as_level(quantity: Quantity, measure: str) -> bool:
    """A change in percentage points is never a level or a count ('渗透率提高了40个百分点')."""
    return measure in ("level", "count") and quantity.unit.endswith("百分点")


def bare(name: str) -> bool:
    """A metric said without whose it is ('营业收入利润率', '出口总额', '行业营业收入'): of the subject in force."""
    return bool(_PART_ONLY.fullmatch(name) or _BARE.fullmatch(name) or name.startswith("行业"))


# A metric other than value added said of an industry: a bare industry after it takes it ('制造业利润增长9.9%，
# 电力…供应业增长10.3%' is the utilities' profit, never their value added)
SIBLING_METRIC = re.compile(r"(?:营业收入|利润总额|利润|出口交货值|投资)$")
# The metric a name ends with ('家具制造业营业收入'): what is left is whose it is
# ('民爆生产企业累计完成生产总值': the enterprises' output value, never a region's GDP)
METRIC_TAIL = re.compile(r"(?:累计)?(?:实现|完成)?(?:营业收入|业务收入|利润总额|利润|营业成本|出口交货值|增加值|(?<!地区)生产总值|总产值)$")
_BARE = re.compile(r"(?:营业收入|业务收入|营收)?(?:利润率|营业利润率)|(?:出口|进口)(?:总额|总值)|进出口(?:总额|总值|额)|贸易(?:逆差|顺差)|"
                   r"营业收入|营业成本|利润总额|资产总额|增加值|销售利润率|亏损面|资产负债率")


def owner_of(name: str, tail: re.Pattern = METRIC_TAIL) -> str:
    """Whose a name's metric is: the name without it ('家具制造业营业收入' → 家具制造业), or '' when it ends with none
    (`tail`: the metrics a reader names)."""
    metric = tail.search(name)
    return name[: metric.start()] if metric and metric.start() >= 2 else ""


def dated(said: str) -> bool:
    """Whether a sentence, up to a figure, says its period: a year, a span, a month, a date or 目前 (全年 alone
    names no year)."""
    return bool(_DATED.search(said))


_DATED = re.compile(r"全年|\d{4}年(?!版)|\d{1,2}月|\d{1,2}-\d{1,2}月|[一二三四]季度|上半年|下半年|前三季度|今年|去年|上年|本年|"
                    r"目前|当前|截至|截止|现已|至今")


def share_of(part: str, whole: str) -> str:
    """The name of a part's share as printed: '研发经费占电信业务收入的比重', '中高端机型占比' (no whole said)."""
    if whole.startswith("有率"):
        return f"{part}占有率"         # '市场占有率为…': a rate of its own, no whole said
    whole = re.sub(r"(?:预计|有望|预期|将)+$", "", whole.strip(" ，,"))     # ('…的比重预计超过50%': said as expected)
    whole = re.sub(r"的?(?:比重|比例)?(?:提升|提高|上升|下降|降低|增加|回升|回落|升|降|增)(?:至|到)$", "", whole)
    whole = re.sub(r"的?(?:比重|比例)$", "", whole).strip(" ，,的")
    return f"{part}占{whole}的比重" if whole and whole != "比" else f"{part}占比"


def kind(name: str, quote: str, unit: str, measure: str) -> tuple[Indicator, str]:
    """A stand-in series of the figure's kind, and the measure to date it by: a count is a stock (at a date)
    when the clause says it is held (累计, 总数达到 …) and not new, else the span's (遴选34个, 认定集群100个); an
    amount is a flow unless the clause says it is held (保有量, 产能); a rate, a share or a growth is the
    span's (a date's when one is in force)."""
    counted = bool(_COUNTERS.search(unit))
    if measure == "yoy_pct" and _HELD_AMOUNT.search(name):
        return Indicator(CODE, name, "", "", "", "total"), "count"       # '贷款余额…同比增长12.3%': at the date
    held = (_HELD_COUNT if counted else _HELD_AMOUNT).search(quote) and not _NEW_WORDS.search(quote)
    if measure in ("count", "level") and unit != "%" and held:
        return Indicator(CODE, name, "", unit, "", "total"), "count"      # at a date
    # over a span ('' keeps period_of off the stocks' path)
    return Indicator(CODE, name, "", "" if unit == "%" else unit, "", "total"), \
        "level" if measure in ("count", "level", "share_pct") else measure


def over_a_window(sentence: str) -> bool:
    """A sentence whose figures may be over years or since a date ('自2024年9月以来累计发放…', '2020—2025年累计
    减少…', '“十四五”期间…'): a named figure in it is never dated for sure."""
    return bool(_WINDOW.search(without_record(sentence)))


def averaged(clause: str) -> bool:
    """A growth said as a yearly average ('年均增长13.5%'), or an average effect ('碳排放平均减少20.4%'): over a window or
    against a before, never one year's."""
    return bool(re.search(r"年均|平均(?:增长|增速|增幅|减少|下降|降低|提升|提高|缩短|上升)", clause))


def within_span(clause: str) -> bool:
    """A change over the span itself, never on a year earlier ('当月累计上涨6.03%', '年内累计下跌12%')."""
    return bool(re.search(r"(?:当月|年内|月内|全年|今年以来)累计(?:上涨|下跌|上升|下降|涨|跌)", clause)) \
        and not re.search(r"同比|比上年|较上年", clause)


def effect(clause: str) -> bool:
    """A change a programme made against the state before it, never a change on a year earlier ('这些工厂带动…产品不良率
    降低47%', '研发周期缩短30%', '碳排放平均减少20.4%'): said with 降低 / 提升 / 缩短 (or an average's 减少 / 下降 / 提升)
    and no year before it is measured against; never a yearly average (年均), nor an average growth of members (平均增长)."""
    return bool(re.search(r"(?:降低|提升|提高|缩短)了?(?:约|近|超过)?\d|平均(?:减少|下降|降低|提升|提高|缩短)", clause)
                or SINCE_A_START.search(clause)) \
        and not re.search(r"同比|比上年|较上年|比去年|较去年|上年同期|去年同期|比\d{4}年|较\d{4}年|年均", clause)


# '5G基站能耗较商用初期下降20%', '较改造前提高30%': against the state when something began, no year said
SINCE_A_START = re.compile(r"(?:比|较)(?:商用|投产|建设|实施|改造|应用|上线|启动|部署)(?:初期|之初|前|以前)")


def not_a_figure(clause: str) -> bool:
    """A clause whose number is a line passed, a goal or a multiple, never a figure of its own ('双双突破万亿元大关',
    '超过…提出的4.5%的目标', '是2020年底的近4倍')."""
    return bool(_LINE_OR_GOAL.search(clause))


def under_a_goal(said: str) -> bool:
    """Whether the sentence up to the figure set out a goal ('…实施意见提出，到2027年，…；…选树1000家标杆企业'): what
    follows in it may be the goal's, never sure progress."""
    return bool(_GOAL.search(said))


# ('…由2023年的25个拓展到2025年的48个': the year a level was reached, never a goal's)
# (主要 is no aim, nor 要求 met, 要素 or 要点: '…电器电子产品达到中国RoHS管控要求')
# ('在行业自律减产推动下，…': a circumstance, never a goal; '把…作为推动…的关键举措': a means, nor; '累计推动…': done)
# ('将132家绿色工厂移出名单': 将 before what it acts on is no future; '将近1万家': nearly)
_GOAL = re.compile(r"到20\d\d年(?![底末]?的)|力争|目标|提出|计划|预计|将(?![\d近])|(?<![主重需纲摘只])要(?!求|素|点)"
                   r"|(?<!作为)(?<!累计)(?<!已)推动(?!下)|确保")


# (一度升至: a peak touched once in the span, never its level)
# (全部突破万亿元: a line each of a group passed, never a level of it)
# ('是2020年底的近4倍': a multiple of an earlier level, never a growth: '利润增长1.05倍' is one)
_LINE_OR_GOAL = re.compile(r"大关|关口|门槛|目标|预期|规划提出|(?<!攻关|研发|试点)任务|(?:是|为|相当于)[^，,；;。]{0,14}?倍|一度(?:升|涨|跌|降|回落|突破|达到?)"
                           r"|(?:全部|均|都|双双|各自?)(?:突破|超过|超|迈上|站上|跨上)")
# '…，为2010年以来最低水平': a record since a year, said of the figure before it, never a window of the figures
_RECORD_SINCE = re.compile(r"(?:为|是|创|创下|处于)?(?:\d{4}年|有(?:统计|记录))以来(?:的)?(?:最低|最高|新低|新高)(?:水平|值)?")


def without_record(text: str) -> str:
    """`text` without a record said of a figure ('…，为2010年以来最低水平'): no window, no year it speaks in."""
    return _RECORD_SINCE.sub("", text)


# ('今年以来，…1—9月…产值约6.6万亿元': the year so far, never a window of years)
_WINDOW = re.compile(register.OVER_YEARS.pattern + r"|(?<!今年)(?<!年初)(?<!本年)以来|期间|时期|近一年|\d{4}年\d{1,2}月[-—－至到]")
