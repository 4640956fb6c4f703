"""The grammar of the official register: the forms every reader shares.

NBS releases, MIIT's industry reports, the ministry's statements and its plans write their
figures in one register. Its forms are small named rules here, each reading folded text (cn.fold)
and giving what the form says; the readers (releases/reader.py, releases/statement.py,
releases/targets.py) decide which catalogue series the names are. As in duckling, rules compose
(a number, a number with its unit, a list of them …) and each rule's examples are its test
(tests/test_parse_forms.py). N, X, Y stand for numbers:

  enumeration   分别为N万吨、N万吨和N万吨 · 依次为X%、Y%和Z% · 分别下降X%、下降Y%和增长Z% · 0.2个和1.0个百分点
  items         实现营业收入N亿元和利润总额N亿元 · 营业收入N亿元、利润总额N亿元: one figure each, its own name
  compound      产销 (产量 and 销量), 产量和销量, 进出口, 收支: one figure each ·
                …产销分别为X万辆和Y万辆，增长a%和b% (the changes listed with no 分别: one per name just read)
  share         占全行业收入的比重为X% · 在全行业收入中占X% · 占全国的X% · 达到汽车新车总销量的X% · 占比X% ·
                新车销量中新能源汽车占到X% (the whole said first)
  span change   增速比1—11月低N个百分点 · 较上半年回落 · 降幅较一季度收窄 · 与1—11月基本持平 (a stated zero) ·
                增速提高N个百分点 in a year's report (against the year before)
  comparison    快于全部规上工业N个百分点 · 增速分别高于规上工业X个和Y个百分点 · 拉动…增长N个百分点 ·
                占比较上年末提高N个百分点 · 占规上工业增加值比重较上年分别提高X个和Y个百分点
  cumulative    与2020年相比分别累计增长约X%和Y% (growth since a base year) · 较2023年底增长X% ·
                算力总规模较上年末增长X% (the name before it)
  year end      比上年末净增N万个 · 比上年末下降N点 (an index): a stock's change since then; 降幅为X% after it: in % ·
                分别较上年底增加N亿个和M万家 (of the stocks just read) · 比2020年底增加N家 (since that base, kept with it)
  cities        5G-A网络已在300余个城市开通商用 : the cities a network reaches, a count
  growth said   …产量N万台，增速达X% · 增速高达X% · 同比增速为X% : the growth of the figure just read
  two-year avg  两年平均增长X% · 制造业增加值两年平均增长X% · 两年平均分别增长X%和Y% · 两年平均增速为X%
  contribution  工业对经济增长的贡献率为X% (the share of an aggregate's growth a part accounts for)
  from … to     全部工业增加值从2020年的N万亿元增长到2024年的N万亿元 (a level in each of two years) ·
                2020—2024年，…从N万亿元增长到M万亿元 (the years of the window said before) · 由2020年底的N万户增长到
                2025年底的M亿户 (one unit, two magnitudes) · A和B产量由2020年的N、M增长到2024年的P、Q (one per name)
  basis         与上年相比，… · 同比，… : the base of the list that follows · 与2020年相比，… (a base year)
  period list   一季度、二季度、三季度 · 二、三季度 · 5、6月份 · 上半年和1—7月 : one period per figure of the list after it ·
                分季度看，一季度…，二季度… : spans looked at in passing (the period in force before holds after them)
  multiples     分别增长1.7倍和1.2倍 : +170 % and +120 %, one per name · 是2020年的1.7倍 : +70 % since 2020 ·
                约为“十三五”末2121家的3.8倍 : the value then (2121 at the end of 2020), the ratio itself not read
  batch before  比第六批的3012家多出470家 · 上一批为711家 · 与上一批的400家基本持平 : a yearly list's batch against the
                one before, said as of the year before
  members said  2327家…企业实现营业收入N亿元 : how many, then their metric
  etc           A、B、C等产品产量 : the members listed, with the metric after them
  members       电子、有色、化工、汽车4个行业 · 汽车、电子等行业 : a count of the names listed, never a figure of one
  count         41个大类行业中有30个行业增长 · 在统计的91种主要轻工业产品中，55种产品产量实现增长 (a count, its whole) ·
                …中，产量比上年增长的有72种
  group         居前5名的省份中 (a list's members follow) · 五省（市）合计 · 前5名 (a rank, not a figure) ·
                …。四个地区同比分别增长… · …居全国前5位。五省（市）…，合计… (the places named before, counted) ·
                广东、浙江、山东三省…合计占全国的X% (the places' share together) · 从三省合计看，… (the group's, no one's)
  aspect        乘用车方面，… · 商用车市场企稳回升，… : the name the compounds after it are of (产销 → 商用车产销)
  threshold     均超过N万辆 · 首次突破N · 连续N年 : a milestone, never a figure
  no figure     处于景气区间 · 重回临界点以上 (the index stays the subject) · A增长最快 (the metric after it is A's) ·
                仅A、B产量同比增长 (the figures listed after it are theirs) · 从增速看， (the growths of those listed before) ·
                重点监测的…企业 (a scope: the rest of the sentence is the scope's) · …和手持订单量中海船 (every name's part)
  look back     …超过5300家，五年前这一数字为1400余家 : the figure just read, N years before the year it is of ·
                …8300余家、…616家，而2021年底这两项数字分别为2783家和223家 : the figures just read, at the date said
  aside         市场占有率为X%（上年同期为Y%）: the year-earlier value said aside, not the figure read ·
                产销量分别为N万辆和M万辆（同比分别增长X%和Y%）: the changes of the figures just read
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cn import NUMBER, QUANTITY_RE, Period, Quantity, find_period, fold, parse_quantity, unit_factor

# ------------------------------------------------------------------ enumeration

FALL_VERBS = ("下降", "回落", "减少", "降低", "下跌", "放缓", "缩短", "减")
RISE_VERBS = ("增长", "上升", "提高", "提升", "增加", "回升", "加快", "上涨", "扩大", "增")
# A growth said by the size of its fall ('降幅达8.6%' is -8.6 %; a fall that widens is a rate that fell further)
FALL_RATES = ("降幅", "跌幅")
_VERB = "|".join(sorted(FALL_VERBS + RISE_VERBS, key=len, reverse=True))
# A verb of change opening a clause ('提高0.4个和3.7个百分点', '增加551万载重吨'): what follows are changes, never levels
CHANGE_VERB = r"(?:同比|比上年|较上年)?(?:分别|均)?(?:" + _VERB + r")"
_ITEM = re.compile(
    r"(?P<verb>" + _VERB + r")?(?:(?P<pre>约|近|超过|超|逾|突破|不到)为?)?(?<![\d月])(?P<sign>[-+])?(?P<num>" + NUMBER + r")"
    r"(?P<unit>%|倍|个百分点|百分点|个(?=[和、])|[万亿千百]*[^\d、和及与,;%]{0,4}?(?=[和、与]|$|左右|以上))?"
    r"(?P<post>左右|以上|余)?"
    r"|(?P<flat>(?:基本)?持平)")


@dataclass(frozen=True)
class Item:
    """One figure of an enumeration, signed by its own verb (or the last verb printed before it)."""
    value: float
    unit: str                 # %, 百分点, 万吨, 元/吨 …; the unit printed once at the end holds for all
    qualifier: str = "exact"  # about (约, 左右), over (超过, 以上, 余), under (不到)


def enumeration(text: str) -> list[Item]:
    """The figures of a list, in order: '为48.9%和49.1%', '分别为4.33亿吨、4.99亿吨和6.06亿吨',
    '分别下降2.3%、下降1.7%和增长1.1%', '上升0.2个和2.0个百分点', '1.1和0.7个百分点', '持平' (a zero).
    A sign under a verb of fall ('下降1.2%和-0.3%') is a double negative no release means: no items."""
    raw = list(_ITEM.finditer(text))
    last_unit = next((m.group("unit") for m in reversed(raw) if m.group("unit") and m.group("unit") != "个"), "")
    last_post = raw[-1].group("post") if raw else None
    # '约39.5%和48.4%': a qualifier printed once, before the first figure, holds for the list too
    first_pre = raw[0].group("pre") if raw and not any(m.group("pre") for m in raw[1:]) else None
    out: list[Item] = []
    verb = None
    for match in raw:
        if match.group("flat"):
            out.append(Item(0.0, last_unit if last_unit in ("%", "百分点", "个百分点") else "%"))
            continue
        verb = match.group("verb") or verb
        falls = verb in FALL_VERBS
        if match.group("sign") == "-" and falls:
            return []
        value = float(match.group("num")) * (-1 if match.group("sign") == "-" else 1) * (-1 if falls else 1)
        unit = match.group("unit") or ""
        unit = last_unit if unit in ("", "个") else unit
        # '79万、33.5万、10.4万个': a magnitude alone takes the unit the last item completes it with
        unit = last_unit if unit in ("万", "亿", "万亿") and last_unit.startswith(unit) else unit
        unit = "百分点" if unit == "个百分点" else unit
        out.append(Item(value, unit, _qualifier(match.group("pre") or first_pre, match.group("post") or last_post)))
    return out


# '…分别增长1.7倍和1.2倍': growths listed as multiples (增长N倍 is +N×100 %)
_TIMES_LISTED = re.compile(r"(?:同比)?(?:分别|依次)?(?:同比)?增长" + NUMBER + r"(?:倍|%)(?:[、和及]" + NUMBER + r"(?:倍|%))+")


def times_listed(text: str) -> list[Quantity]:
    """The growths of '分别增长1.7倍和1.2倍' in % (+170 %, +120 %), in order, a list holding a growth in % too ('分别增长
    1.9倍和53.2%'); [] for any other text."""
    found = _TIMES_LISTED.match(text.strip())
    if found is None or "倍" not in found.group():
        return []
    items = enumeration(found.group())
    if len(items) != len(re.findall(r"倍|%", found.group())) or any(item.unit not in ("倍", "%") for item in items):
        return []
    return [Quantity(item.value * (100 if item.unit == "倍" else 1), "%", item.qualifier, None) for item in items]


def _qualifier(pre: str | None, post: str | None) -> str:
    """A figure's qualifier from the words printed before and after it ('超过…', '…余', '不到…', '约…', '…左右')."""
    if pre in ("超过", "超", "逾", "突破", "余", "多") or post in ("以上", "余", "多"):
        return "over"
    if pre in ("不到", "不足"):
        return "under"
    if pre in ("约", "近", "接近", "将近") or post == "左右":
        return "about"
    return "exact"


def enumerated_changes(text: str) -> list[Item]:
    """The changes of a list ('分别增长6.1%、6.6%和下降4.7%', '增长1.2倍'), in % or points; none
    when the list holds another unit (a level) or no verb of change."""
    if not re.search(_VERB + r"|持平", text):
        return []
    out = []
    for item in enumeration(text):
        if item.unit == "倍":
            item = Item(round(item.value * 100, 6), "%", item.qualifier)
        if item.unit not in ("%", "百分点"):
            return []
        out.append(item)
    return out


# '分别达10.2亿、4.8亿和1.1亿户': a magnitude printed alone in a list, its unit said once after the last figure
_MAGNITUDE_ALONE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<mag>万亿|亿|万)(?=[、和及与])")


def units_completed(listed: str) -> str:
    """A list with each magnitude completed by the unit the last figure prints ('10.2亿、4.8亿和1.1亿户' →
    '10.2亿户、4.8亿户和1.1亿户'); the text as it is when the last figure has no magnitude of its own."""
    figures = list(QUANTITY_RE.finditer(listed))
    last = figures[-1] if figures else None
    if last is None or not last.group("mag") or not last.group("unit"):
        return listed
    return _MAGNITUDE_ALONE.sub(lambda m: m.group() + last.group("unit") if m.start() < last.start() else m.group(), listed)


# '全国算力中心平均电能利用效率（PUE）降至1.42': a ratio printed bare, read only of a series kept as that ratio
BARE_RATIO = re.compile(r"(?P<name>[^,;，；\d]*?(?:电能利用效率|PUE))(?:[(（]PUE[)）])?(?:已|进一步)?"
                        r"(?:降至|降低到|下降到|下降至|为|达到|达)(?P<num>\d(?:\.\d+)?)$")


# '…分别为', '…依次为', '…分别达到' …: the verbs that hand a list of figures to the names before them.
DISTRIBUTES = re.compile(r"分别|依次")


# the metric a verb after 分别 names, before the figures it hands out
_METRIC_AFTER = re.compile(r"(?:实现|完成)(?P<metric>(?:软件|电信)?业务收入|营业收入|主营业务收入|利润总额|工业总产值|产值|工业增加值|增加值"
                           r"|出口交货值|出口额)(?:为|达到?|约)?(?=\d)")


def distributes(text: str) -> bool:
    """Whether a clause hands its figures out one per name ('分别', '依次', or a compound subject with one
    figure per part: implied_distribution)."""
    return bool(DISTRIBUTES.search(text)) or implied_distribution(text) is not None


def after_distributor(text: str) -> str:
    """The list after 分别 / 依次 (the whole text when neither is printed)."""
    return distributed_parts(text)[1]


def distributed_parts(text: str) -> tuple[str, str]:
    """(what comes before the list, the list): split at 分别 / 依次, or after the verb of a compound
    subject with one figure per part (implied_distribution); (text, text) when neither."""
    match = DISTRIBUTES.search(text)
    if match:
        head, tail = text[: match.start()], text[match.end():]
        metric = _METRIC_AFTER.match(tail)
        # '广东、江苏分别实现营业收入3.58万亿元和1.96万亿元': the metric said after 分别 is each name's
        return (head + metric["metric"], tail[metric.end():]) if metric else (head, tail)
    plain = _PLAIN_VALUES.fullmatch(text) if implied_distribution(text) else None
    if plain:
        return text[: plain.start("values")], plain.group("values")
    return text, text


# a flow or an amount said with no name ('全年共销售2092.2万辆', '全年出口额2938.1亿美元')
BARE_FLOW = re.compile(r"(?:共|累计|合计)?(?:实现|完成)?(?P<metric>销售|销量|产量|出口额|出口量?|进口额|进口量?|生产|营业收入|利润总额)")


def remark_openings(said_before: str) -> list[str]:
    """'中国品牌乘用车优势进一步巩固，全年共销售2092.2万辆': the openings of the clause just before a bare flow, when it
    remarks on a name and prints no figure, longest first (never a word or two), for the name the flow may be of; []
    when the clause before has a figure or is too short to remark on anything. The clause's own lead words ('全年')
    are passed over."""
    pieces = re.split(r"[,，;；。]", said_before.rstrip(" ,，"))
    remark = (pieces[-2] if len(pieces) > 1 and len(pieces[-1].strip()) <= 4 else pieces[-1]).strip()
    if re.search(r"\d", remark) or len(remark) < 6:
        return []
    return [remark[:k] for k in range(min(len(remark) - 2, 14), 3, -1)]


# '保持20%以上的增速', '实现10%左右的增长': a growth said as the rate kept, never a level
_RATE_KEPT = re.compile(r"(?:保持|实现|维持)了?(?P<n>\d+(?:\.\d+)?%)(?P<q>以上|左右)?的(?:较快|快速|高速|平稳|两位数)?(?:增速|增长|增幅)")


def growth_kept(text: str) -> str:
    """'人工智能产业规模保持20%以上的增速' read as '…增长20%以上'."""
    return _RATE_KEPT.sub(lambda m: "增长" + m["n"] + (m["q"] or ""), text)


def rates_listed(tail: str) -> list:
    """The growth rates of '增速分别为9.2%、8.9%', '增速分别回升至4.4%和5.8%' (signed as printed: a rate said to
    fall to a figure is that figure)."""
    rest = re.sub(r"^(?:同比)?(?:为|是|达到|达|(?:回升|回落|提高|提升|加快|放缓|升|降|下降|上升)(?:至|到))", "", tail.strip())
    items = enumeration(rest) if re.match(r"-?\d", rest) else []
    return items if items and all(item.unit == "%" for item in items) else []


# ------------------------------------------------------------------ several figures in one clause

_JOINT = re.compile(r"以及|和|及|与|、")
# '…4093亿元' ends in a figure; '1000Mbps' (a name) and '居前5名的北京' (a rank) do not
_ENDS_IN_FIGURE = re.compile(r"(?<![前第\d.])\d+(?:\.\d+)?(?:%|[万亿千百]*[^\d的、和及与,;\sA-Za-z%]{0,4})$")
# A name before a figure: words that are not a verb of change, a qualifier or a copula (下降1.0 is no name).
_NAMED_FIGURE = re.compile(r"(?!(?:同比|环比|比上年|比上月|分别)?(?:" + _VERB + r"|为|达|约|近|超过|超|突破|持平))"
                           r"[\u4e00-\u9fff][^\d]*?\d")
_FIGURE_NAMED = re.compile(r"\d[^\d]*?[\u4e00-\u9fff]{2,}$")   # a figure, then its name


def figure_items(clause: str, whole_names: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Spans of the figures a clause joins with 和 / 、 / 及, each with its own name: '实现营业收入4093亿元和
    利润总额219.3亿元', '水泥行业营业收入9960亿元、利润总额1833亿元', '230多家卓越级智能工厂和1260家5G工厂'.
    One span when the clause is one figure or a list of numbers ('分别为48.9%和49.1%'); never split inside one of
    `whole_names` ('3.8万家软件和信息技术服务业企业…': 软件和信息技术服务业 is one name)."""
    if distributes(clause):
        return [(0, len(clause))]
    held = [range(m.start(), m.end()) for m in whole_names.finditer(clause)] if whole_names else []
    spans, start = [], 0
    for joint in _JOINT.finditer(clause):
        if any(joint.start() in inside for inside in held):
            continue
        left, right = clause[start: joint.start()], clause[joint.end():]
        if re.match(r"以[上下内]", right):
            continue        # '10万千瓦及以上项目装机占比62.3%': a threshold of one name, never two figures
        named_right = _NAMED_FIGURE.match(right) and _ENDS_IN_FIGURE.search(left)
        # ('…业务收入118亿元和821亿元': a figure and its unit, then a bare figure, is one list, never two named figures)
        named_left = _FIGURE_NAMED.search(left) and not _ENDS_IN_FIGURE.search(left) and re.match(r"\d", right)
        if named_right or named_left:
            spans.append((start, joint.start()))
            start = joint.end()
    return spans + [(start, len(clause))]


def joined(head: str, tail: str) -> str:
    """A name and the tail of another, said once where they overlap (5G行业应用 + 应用案例数 → 5G行业应用案例数;
    基础软件 + 软件产品收入 → 基础软件产品收入): how a shared tail or a topic completes a name."""
    overlap = next((k for k in range(min(len(head), len(tail)) - 1, 0, -1) if head.endswith(tail[:k])), 0)
    return head + tail[overlap:]


# ------------------------------------------------------------------ compound subjects

# One printed word for two series, in the order their figures follow (产销 → production, sales).
_COMPOUNDS = (
    (re.compile(r"(?:总)?产量(?:和|与|及|、)(?:总)?销(?:售)?量$"), ("产量", "销量")),
    (re.compile(r"产、?销量?$"), ("产量", "销量")),       # (工业炸药产、销量)
    (re.compile(r"生产(?:和|与)销售$"), ("产量", "销量")),
    (re.compile(r"进[、,]?出口(?P<tail>量|额)?$"), ("进口", "出口")),     # 进、出口额 too: 进口额, 出口额
    (re.compile(r"出口(?:和|与|、)进口$"), ("出口", "进口")),
    (re.compile(r"进口(?:和|与|、)出口$"), ("进口", "出口")),
    (re.compile(r"收支$"), ("收入", "支出")),
)


def compound(label: str) -> list[str] | None:
    """'汽车产销' → ['汽车产量', '汽车销量'], '新能源汽车产量和销量' → the same pair, '钢材进出口' →
    ['钢材进口', '钢材出口']; None for a name that is one series (产销率, 进出口总额)."""
    for pattern, parts in _COMPOUNDS:
        match = pattern.search(label)
        if match:
            head, tail = label[: match.start()], match.groupdict().get("tail") or ""
            return [head + part + tail for part in parts]
    return None


_PLAIN_VALUES = re.compile(r"(?P<label>[^,;\d]+?)(?P<verb>(?:累计)?(?:完成|实现|达到|为|达))?"
                           r"(?P<values>" + NUMBER + r"[^\d,;和、及]*(?:[和、及]" + NUMBER + r"[^\d,;和、及]*)+)$")


def implied_distribution(clause: str) -> str | None:
    """'汽车产销累计完成3128.2万辆和3143.6万辆': a compound subject with one figure per part and no
    分别 printed is the same list; the clause with its 分别, or None."""
    match = _PLAIN_VALUES.fullmatch(clause)
    if not match or DISTRIBUTES.search(clause):
        return None
    parts = compound(match.group("label"))
    values = re.findall(NUMBER, match.group("values"))
    if not parts or len(values) != len(parts):
        return None
    return f"{match.group('label')}分别{match.group('verb') or '为'}{match.group('values')}"


# '…产销分别为2747.7万辆和2756.3万辆，增长5.2%和5.8%': changes listed with no 分别, one per name just read
# An index in points printed without its unit ('房地产开发景气指数为92.91', '三季度中小企业发展指数为89.2'), or
# the index just named ('…快速回升至132.9'): read only of a series kept in 点.
BARE_INDEX = re.compile(r"(?P<label>(?:.*?指数|.*?[A-Z]{2,6})(?:(?:全年)?(?:平均值?|均值))?|(?:平均值?|均值)?)"
                        # ('…发展指数一季度为89.5': the span said after the name, the sentence's)
                        r"(?:(?:20\d\d年)?(?:第?[一二三四]季度|上半年|下半年|前三季度|\d{1,2}月份?))?"
                        r"(?:为|达到|达|是|(?:快速|继续|进一步)?(?:回升|上升|回落|下降|升|降|提高)至)"
                        r"(?P<num>" + NUMBER + r")(?P<unit>点?)")
_CHANGES_LISTED = re.compile(r"(?P<base>同比|比上年|较上年)?(?P<verb>增长|下降)(?P<list>" + NUMBER + r"%(?:[、和]" + NUMBER + r"%)+)")


def changes_listed(clause: str, names: int) -> str | None:
    """The clause with its 分别 when it lists as many changes in % as `names` were just read, else None."""
    match = _CHANGES_LISTED.fullmatch(clause.strip())
    if not match or len(re.findall(NUMBER, match.group("list"))) != names:
        return None
    return f"{match.group('base') or ''}分别{match.group('verb')}{match.group('list')}"


# ------------------------------------------------------------------ shares

@dataclass(frozen=True)
class Share:
    label: str          # what the share is of, as printed before it ('' when it is the figure just read)
    whole: str          # the whole, as printed ('' when unnamed: 占比40.9%)
    value: float        # in %
    qualifier: str = "exact"


_PCT = r"(?P<pre>约|接近|将近|近|超过|突破|逾|超)?(?P<num>" + NUMBER + r")%(?P<post>左右|以上)?"
# 为 · 已达到 · 已超过 (超过 is the qualifier's) · 稳定在: what stands between the word for share and its figure
_SHARE_VERB = r"(?:已经?|均|仍|继续|依然)?(?:为|达到|达|是|升至|提高到|提升至|稳定在|保持在|维持在)?"
_SHARE_FORMS = (
    # 在全行业收入中占比为66.3% · 在全行业收入中占66.3% · 在所有移动电话用户中占比达65.9%
    re.compile(r"(?P<label>.*?)在(?P<whole>[^,;\d]+?)中(?:的)?(?:所占比重|占比重|占比|比重|占)" + _SHARE_VERB + _PCT + r"$"),
    # 占全行业收入的比重为23.4% · 占全国的70.1% · 占全国比重为70.1% · 占移动基站总数的36.6%
    re.compile(r"(?P<label>.*?)(?:约|已)?占(?!比|有率)(?P<whole>[^,;\d]+?)(?:的)?(?:比重|比例|份额)?"
               + _SHARE_VERB + _PCT + r"$"),
    # 达到汽车新车总销量的40.9%
    _SHARE_REACHED := re.compile(r"(?P<label>.*?)(?:达到|达|相当于)(?P<whole>[^,;\d]*?(?:总|全|所有)[^,;\d]*?)的" + _PCT + r"$"),
    # 全球占比为60% · 全国比重达70.1%: the whole printed before the word for share
    re.compile(r"(?P<label>[^占,;]*?)(?P<whole>全球|世界|全国)(?:市场)?(?:的)?(?:所占比重|占比|比重|份额)"
               r"(?:为|达到|达|升至)?" + _PCT + r"$"),
    # 新车销量占比为40.9% (the whole unnamed)
    re.compile(r"(?P<label>[^占,;]*?)(?P<whole>)(?:所占比重|占比|比重|市场份额|市场占有率|份额)(?:已经?|进一步|继续)?"
               r"(?:为|达到|达|升至|降至|(?:提高|提升|上升|下降|回落)(?:至|到))?" + _PCT + r"$"),
    # '…在新能源汽车中占60%，插电式混合动力汽车销量占40%': the whole said just before
    re.compile(r"(?P<label>[^占,;\d]+?)占(?P<whole>)" + _PCT + r"$"),
)


def share(clause: str, forms=_SHARE_FORMS) -> Share | None:
    """A share of a whole in one clause, in any of the register's wordings (or in those of `forms`)."""
    for pattern in forms:
        match = pattern.fullmatch(clause.strip())
        if match:      # '在年末手持订单量中占92.4%': the whole, not its date
            whole = re.sub(r"^(?:年末|年底|期末|月末|当月|当期|同期)", "", match.group("whole").strip())
            return Share(match.group("label"), whole, float(match.group("num")),
                         _qualifier(match.group("pre"), match.group("post")))
    return None


def share_reached(clause: str) -> Share | None:
    """'新能源汽车新车销量达到汽车新车总销量的47.9%': a part said to reach a share of the whole."""
    return share(clause, (_SHARE_REACHED,))


@dataclass(frozen=True)
class MetricShares:
    head: str                              # what comes before: the subject ('轻工业以'), or ''
    whole: str                             # the whole, as printed ('全国工业'); '' when said before
    items: tuple[tuple[float, str], ...]   # (share in %, the metric it is a share of)
    about: bool = False                    # '以占…约3%的数量': printed as about


_SHARE_OF_METRIC = r"(?P<about>约|近)?(?P<num>" + NUMBER + r")%的(?P<metric>[^,;\d、和及]+)"
# '以占全国工业13.92%的资产总额，实现了占全国工业18.74%的营业收入和20.05%的利润': the share of
# each metric the subject holds, the number before the metric's name
# ('以约占全国…3%的数量': about, said before the whole)
_METRIC_SHARES = re.compile(r"(?P<head>.*?)(?:(?:以|实现了?|创造了?|贡献了?)(?P<about_whole>约|近)?(?:占?(?P<whole>[^,;\d]+?))?|占(?P<whole2>[^,;\d]+?))"
                            r"(?P<items>" + _SHARE_OF_METRIC.replace("?P<num>", "?:").replace("?P<metric>", "?:")
                            .replace("?P<about>", "?:")
                            + r"(?:[、和及]" + _SHARE_OF_METRIC.replace("?P<num>", "?:").replace("?P<metric>", "?:")
                            .replace("?P<about>", "?:") + r")*)$")


def metric_shares(clause: str) -> MetricShares | None:
    """'轻工业以占全国工业13.92%的资产总额', '实现了占全国工业18.74%的营业收入和20.05%的利润': shares
    printed before the metric they are of."""
    match = _METRIC_SHARES.fullmatch(clause.strip())
    if not match:
        return None
    found = list(re.finditer(_SHARE_OF_METRIC, match.group("items")))
    items = tuple((float(m.group("num")), m.group("metric")) for m in found)
    return MetricShares(match.group("head"), (match.group("whole") or match.group("whole2") or "").strip(), items,
                        bool(match.group("about_whole")) or any(m.group("about") for m in found))


_SHARE_LIST = (
    # 四个地区软件业务收入在全国总收入中的占比分别为82.5%、4.8%、10.5%和2.2% · 两者在…中所占比重依次为…
    # …占规上工业比重分别提升到34.6%和16.3% (the shares reached)
    re.compile(r"(?P<label>.*?)(?:在|占)(?P<whole>[^,;]*?)中?(?:所占)?的?(?:占比|比重|比例)(?:分别|依次)(?P<about>约|近)?"
               r"(?:为|达到|达|是|(?:提升|提高|上升|升|增加)(?:到|至))(?P<list>\d.+)"),
    # 在全国软件业务收入中依次占83.6%、4.9%、9.4%和2.1% (of the names said before)
    re.compile(r"(?P<label>.*?)在(?P<whole>[^,;\d]*?)中(?:分别|依次)占(?:比)?为?(?P<list>\d.+)"),
    # 造船完工量、新接订单量、手持订单量以载重吨计分别占世界总量的56.1%、69.0%和66.8%
    re.compile(r"(?P<label>.*?)(?:分别|依次)占(?P<whole>[^,;\d]*?)的?(?:比重|比例|份额)?(?:分别|依次)?为?(?P<list>\d.+)"),
    # 三大指标的国际市场份额依次为55.7%、74.1%和63.1%: the world's total of each (a share of the market)
    re.compile(r"(?P<label>.*?)的?(?P<whole>(?:国际|全球|世界)市场)(?:的)?(?:份额|占有率)(?:分别|依次)(?:为|达到|达|是)(?P<list>\d.+)"),
    # 出口船舶占完工量、新接订单量、手持订单量的比重为89.3%、88.2%和92.4%: the wholes are listed
    re.compile(r"(?P<label>.*?)占(?P<whole>[^,;\d]*?、[^,;\d]*?)的(?:比重|比例)(?:分别|依次)?为(?P<list>\d.+)"),
)


# '以修正总吨计，…', '…手持订单量以载重吨计分别占…', '以美元计，…': the scale every figure after it in the sentence is on
SCALE = re.compile(r"[以按](?P<scale>修正总吨|载重吨|总吨|美元|人民币)计(?:算|价)?")


# '两者', '三项指标', '三大指标': the names just read, as many as the figures that follow
THE_LAST_NAMED = re.compile(r"(?:上述|以上|这)?(?:[二两三四五六]|\d)?(?:大|项)?指标(?:的?(?:增速|增幅))?|(?:这|上述)?[二两三四]者"
                            r"|(?:这|上述)?[二两三四]类(?:产业|行业)")     # ('两类产业占…的比重分别达到…')


_LAST_NAMED_METRIC = re.compile(r"(?:" + THE_LAST_NAMED.pattern + r")(?P<metric>[\u4e00-\u9fff]{1,6})")


def last_named_metric(name: str) -> str:
    """'两者增加值' → '增加值': the metric said after the names just read, said together; '' for any other name."""
    found = _LAST_NAMED_METRIC.fullmatch(name)
    return found["metric"] if found else ""


# '造船完工量、新接订单量、手持订单量三大指标实现全面增长': the names a later '三大指标' stands for
_GROUP_DEFINED = re.compile(r"(?P<names>[^,;:。]+?[、和及][^,;:。]+?)(?P<group>(?P<n>[二两三四五六七八九十]|\d{1,2})(?:大|项)(?:主要)?指标)")


# Groups the register names by a fixed phrase, whatever the page said before ('2024年我国造船三大指标国际市场份额分别为…')
KNOWN_GROUPS = {"造船三大指标": "造船完工量、新接订单量、手持订单量", "三大造船指标": "造船完工量、新接订单量、手持订单量"}


def group_defined(text: str) -> tuple[str, str] | None:
    """(the group as printed, the names it stands for) when a list of as many names as the group counts is said
    with it ('…、…、…三大指标' → ('三大指标', '…、…、…')); None otherwise (the split into names is the reader's)."""
    found = _GROUP_DEFINED.search(fold(text))
    if found is None or len(re.split(r"[、和及]", found["names"])) != _count(found["n"]):
        return None
    return found["group"], found["names"]


def share_list(clause: str) -> tuple[str, str, list[Item]] | None:
    """(label, whole, items) of a list of shares, one per name; None when the list is not all in %."""
    for pattern in _SHARE_LIST:
        match = pattern.fullmatch(clause.strip())
        if match:
            items = enumeration(match.group("list"))
            if items and all(item.unit == "%" for item in items):
                if match.groupdict().get("about"):      # '…的比重分别约为47%、60%': each about
                    items = [Item(item.value, item.unit, "about") for item in items]
                return match.group("label"), match.group("whole"), items
    return None


# ------------------------------------------------------------------ the cities a network reaches

# '5G-A网络已在300余个城市开通商用': how many cities the network is launched in (its cities covered); '工业机器人应用
# 已覆盖国民经济71个行业大类', '…已输出到140余个国家和地区': how many classes or countries a thing reaches
CITIES_REACHED = re.compile(r"(?P<name>[^,;]*?)(?:已经|已)?(?P<verb>在|覆盖了?|输出[到至]|出口[到至]|销往)(?:全国|国民经济|全球)?"
                            r"(?P<pre>超过|逾|近|约)?(?P<num>\d+)(?P<yu>余|多)?个(?P<what>城市|地市|地级市|行业大类|行业中类|国家和地区)"
                            r"(?:开通商用|开通|实现商用|商用|部署)?$")


def reached_name(reached: re.Match, reaching: str) -> str:
    """The name of what a thing reaches, kept as printed ('工业机器人应用覆盖行业大类', '5G-A网络覆盖城市')."""
    what = "城市" if reached["what"] in ("城市", "地市") else reached["what"]
    return reaching + ("覆盖" if reached["verb"] in ("在", "覆盖", "覆盖了") else reached["verb"][:2]) + what


# ------------------------------------------------------------------ a growth said by its name

# '家用冷柜产量1000万台，增速达14%': the growth of the one figure just read, named as a rate
GROWTH_SAID = re.compile(r"(?:同比)?(?:增速|增长速度|增长率|(?P<fall>" + "|".join(FALL_RATES) + r"))(?:高达|达到|达|为|是)"
                         r"(?P<num>-?" + NUMBER + r")%")

# '…1.44亿吨，同比、环比均下降6.6%': one change on a year earlier and on the month before alike;
# '…800万吨，同比、环比分别增长8.7%和0.9%': one each, in that order
_YOY_AND_MOM = re.compile(r"(?:同比|比上年同期)[、和及与](?:环比|比上月)(?P<how>均|都|分别|依次)?(?P<changes>"
                          + r"(?:" + _VERB + r").*%)")


def yoy_and_mom(clause: str) -> list[tuple[str, Item]]:
    """The changes of one figure on a year earlier and on the month before (yoy, mom), from one clause; [] for any
    other form."""
    said = _YOY_AND_MOM.fullmatch(clause.strip())
    items = enumerated_changes(said["changes"]) if said else []
    if not items or any(item.unit != "%" for item in items):
        return []
    if len(items) == 1 and said["how"] not in ("分别", "依次"):
        return [("yoy", items[0]), ("mom", items[0])]
    return list(zip(("yoy", "mom"), items)) if len(items) == 2 and said["how"] in ("分别", "依次") else []


# '新车销量中新能源汽车占到40.9%': the whole said first, then the part whose share follows
_WHOLE_FIRST = re.compile(r"(?P<whole>[^,;]{2,}?(?:销量|产量|出口额?|收入|总量|总额))中(?P<part>[^,;中]{2,})")


def whole_first(label: str) -> tuple[str, str] | None:
    """(part, whole) of a share whose whole is said before its part, the part taking the whole's metric
    ('新车销量中新能源汽车' → 新能源汽车销量 of 新车销量); None for any other name (专精特新中小企业 holds 中)."""
    found = _WHOLE_FIRST.fullmatch(label)
    if found is None:
        return None
    metric = re.search(r"(?:销量|产量|出口|收入)$", found["whole"])
    part = found["part"] + (metric.group() if metric and not found["part"].endswith(metric.group()) else "")
    return part, found["whole"]


# ------------------------------------------------------------------ changes against an earlier span

# What a change in points is the change of, as printed before it.
_RATE_WORDS = r"增速|增幅|降幅|涨幅|跌幅|增长率|占比|比重|份额|占有率|利润率|率"
# the span of an earlier year ('比去年上半年加快', '较2023年全年提高'): before the bare spans and years
_EARLIER_YEAR_SPAN = (r"(?:上年|去年|\d{4}年)(?:全年|上半年|下半年|前三季度|\d{1,2}-\d{1,2}月份?|前\d{1,2}个月"
                      r"|前[一二三四五六七八九十]{1,2}个月)")
_SPAN_BASE = (_EARLIER_YEAR_SPAN + r"|\d{1,2}-\d{1,2}月份?|\d{1,2}至\d{1,2}月份?|前\d{1,2}个月|前[一二三四五六七八九十]{1,2}个月|上半年|一季度|第一季度|前三季度"
              r"|第?[二三四]季度"
              r"|(?:上年|去年|\d{4}年)第?[一二三四]季度|上期|上季度|上月|前月|上年同期|去年同期|上年同月|上年全年"
              r"|上年末|上年底|去年底|去年末|年初|上年|去年"
              r"|\d{4}年(?:同期|全年)?|\d{1,2}月份?(?:末|底)?")
_SPAN_HEAD = re.compile(r"(?P<what>" + _RATE_WORDS + r")?(?:均|分别|依次)?(?:(?:比|较|与|同)(?:今年|本年)?(?P<base>\d{4}年(?:底|末)|"
                        + _SPAN_BASE + r")(?:相比)?"
                        r"|(?P<same>同比))(?:均|分别|依次)?")
_UP = ("提高", "提升", "加快", "回升", "扩大", "上升", "增加", "高出", "高", "微升")
_DOWN = ("回落", "放缓", "下降", "降低", "收窄", "减少", "缩小", "低", "下滑", "回调", "微降")
_SPAN_VERB = "|".join(sorted(_UP + _DOWN, key=len, reverse=True))
# '…0.2个和0.6个百分点' · '提高0.4个百分点、下降5.1个百分点和提高3.7个百分点' (the unit said with each)
_SPAN_ITEMS = re.compile(r"(?:(?:" + _SPAN_VERB + r")?" + NUMBER + r"个?(?:百分点(?=[和、及]))?(?:和|、|及)?)+(?:个)?百分点")
_SPAN_ITEM = re.compile(r"(?P<verb>" + _SPAN_VERB + r")?(?P<num>" + NUMBER + r")")


@dataclass(frozen=True)
class SpanChange:
    what: str             # 增速, 降幅, 占比 … as printed ('' when unnamed)
    base: str             # the earlier span as printed: 1-11月, 上半年, 上年同期 …
    values: tuple[float, ...]   # signed points, one per subject (0.0 for 持平)
    head: str = ""        # the names printed before it ('产销' of '产销增速较…'), '' when none


_SPAN_SAID = re.compile(r"(?:与|和|同)(?P<base>" + _SPAN_BASE + r")相比")
_SPAN_LATER = re.compile(r"(?P<what>" + _RATE_WORDS + r")(?:均|分别|依次)?(?=(?:" + _SPAN_VERB + r"))")


_TURNED = re.compile(r"(?P<head>.*?)由(?P<base>(?:上年|去年)(?:同期|全年)?|" + _SPAN_BASE + r"|\d{1,2}月份?|上个?月)的?(?:同比)?(?P<v1>增长|下降)"
                     r"(?:(?P<n1>" + NUMBER + r")%)?转为(?:同比)?(?P<v2>增长|下降)(?P<n2>" + NUMBER + r")%")


def turned(clause: str) -> tuple[str, str, float | None, float] | None:
    """'营业收入…，由上年的下降1.1%转为增长2.1%', '非金属矿物制品业由6月份下降0.1%转为增长0.2%': (the name before,
    the earlier span as said, the growth then, the growth now); the growth then is None when only its sign is said
    ('由上月下降转为增长3.8%', '由8月份的同比下降转为增长3.8%')."""
    match = _TURNED.fullmatch(clause.strip().rstrip("。；;，,"))
    if not match:
        return None
    sign = {"增长": 1, "下降": -1}
    then = sign[match.group("v1")] * float(match.group("n1")) if match.group("n1") else None
    return match.group("head"), match.group("base"), then, sign[match.group("v2")] * float(match.group("n2"))


def span_basis(clause: str) -> str | None:
    """'与1-11月相比' standing alone before the changes it qualifies: the span ('1-11月'); None for the
    year before (basis), which is a growth's own base."""
    match = _SPAN_SAID.fullmatch(clause.strip())
    return match.group("base") if match and basis(clause) is None else None


def span_base_said(base: str) -> bool:
    """Whether a change's base is an earlier span named in full (1-11月, 上半年, 上月 …), one that holds for a
    bare change later in the sentence ('增速回落1个百分点')."""
    return re.fullmatch(_SPAN_BASE, base) is not None


# '分别增加551万载重吨和6570万载重吨': changes in a unit listed after names (the base said before), never their levels
_CHANGES_IN_UNITS = re.compile(r"(?:分别|均)?净?(?:增加|减少|增|减|多|少)了?(?:约|近|超过)?" + NUMBER + r"(?![\d.]|%|个?百分点)")


def changes_in_units(listed: str) -> bool:
    """Whether what a list of names is said to do is change by amounts in a unit ('分别增加551万载重吨和…'): never
    levels, and not stored unless the reader knows the base."""
    return bool(_CHANGES_IN_UNITS.match(listed.strip())) and not re.search(r"%|百分点", listed)


def span_change_said(clause: str, base: str) -> SpanChange | None:
    """A change in points whose span was said before (span_basis): '与1-11月相比，生铁产量增速加快0.1个
    百分点' → +0.1 against 1-11月."""
    match = _SPAN_LATER.search(clause)
    if not match or re.search(r"\d", clause[: match.start()]) or _SPAN_HEAD.search(clause[match.start():]):
        return None
    rest = clause[match.end():].strip()
    if not (_SPAN_ITEMS.fullmatch(rest) and re.match(_SPAN_VERB, rest)):
        return None
    values, up, what = (), True, match.group("what")
    for item in _SPAN_ITEM.finditer(rest):
        up = item.group("verb") in _UP if item.group("verb") else up
        values += (float(item.group("num")) * (1 if up != (what in FALL_RATES) else -1),)
    return SpanChange(what, base, values, _owner(clause[: match.start()], what))


# '东部地区增速较1—11月回落0.7个百分点，中部地区回落1个百分点': a name and its change, the span and what changed
# said once before it in the sentence
_ELIDED = re.compile(r"(?P<head>[^\d,;]{2,12}?)(?P<rest>(?:" + _SPAN_VERB + r")" + NUMBER + r"个?百分点)")


def span_change_elided(clause: str, base: str, what: str) -> SpanChange | None:
    """'中部地区回落1个百分点' after '东部地区增速较1—11月回落0.7个百分点': the same change (增速) of another name
    against the same span; None when the clause says what changed itself."""
    said = _ELIDED.fullmatch(clause.strip())
    if not said or re.search(_RATE_WORDS + r"|比|较|与|同", said["head"]):
        return None
    return span_change_said(said["head"] + what + said["rest"], base)


def span_change_in_a_year(clause: str) -> SpanChange | None:
    """'…比上年增长11.1%，增速提高1.2个百分点' in a report on a whole year: with no span said, against the year
    before (a report on part of a year may mean the span before or the year before: never guessed)."""
    said = re.sub(r"^(增速|增幅|降幅)(?=提高|加快|回落|放缓|下降|回升|收窄|扩大)", r"\1比上年", clause.strip())
    return span_change(said) if said != clause.strip() else None


_CONCEDED = re.compile(r"^(?:但是?|而且?|并且?|且|却)(?=增速|增幅|降幅|比|较|与)|(?<=增速|增幅|降幅)(?:虽然|虽|却|仍|也)(?=比|较|与)")


_ABOVE_SPAN = re.compile(r"^(?P<what>增速|增幅)?(?P<dir>高出|高于|快于|低于|慢于)(?P<base>" + _SPAN_BASE + r"|\d{4}年全年)(?=\d)")


_PERIOD_OPENING = re.compile(r"^(?:其中)?(?:\d{4}年)?(?:\d{1,2}(?:-\d{1,2})?月份?(?:当月)?|第?[一二三四]季度)")


def span_change(clause: str) -> SpanChange | None:
    """A change in points against an earlier span: '增速比1-11月低0.7个百分点' (−0.7), '降幅较1-9月收窄
    2.1个百分点' (+2.1: a fall that narrows is a rate that rose), '增速与1-11月基本持平' (0),
    '产销增速较1-6月分别扩大0.2个和0.6个百分点' (one per subject), '比上月上升0.2和下降1.0个百分点',
    '亏损面同比扩大1.6个百分点' (同比: on the same span a year earlier); a concession's words are no part of it
    ('增速虽较上半年回落0.2个百分点，但比上年同期高出0.4个百分点')."""
    clause = _CONCEDED.sub("", clause)
    # '增速高出2024年全年2个百分点': said as '增速比2024年全年高2个百分点' (an earlier span, never an aggregate)
    clause = _ABOVE_SPAN.sub(lambda m: f"{m['what'] or ''}比{m['base']}{'低' if m['dir'] in ('低于', '慢于') else '高'}",
                             clause, count=1)
    match = _SPAN_HEAD.search(clause)
    # ('6月当月增速较5月加快1.0个百分点': a period said before it is no figure; the head keeps it)
    if not match or re.search(r"\d", _PERIOD_OPENING.sub("", clause[: match.start()])):
        return None
    # '较一季度小幅回落0.1个百分点': how much it moved, said in words before the figure
    rest = re.sub(r"^(?:小幅|大幅|略有|稍有|有所|明显|进一步|继续)", "", clause[match.end():].strip())
    what = match.group("what") or ""
    if re.fullmatch(r"(?:基本)?持平", rest):
        if match.group("same"):          # '同比持平' is a growth of zero (cn.CHANGE_RE), not a change in points
            return None
        values: tuple[float, ...] = (0.0,)
    elif _SPAN_ITEMS.fullmatch(rest) and re.match(_SPAN_VERB, rest):
        values, up = (), True
        for item in _SPAN_ITEM.finditer(rest):
            up = item.group("verb") in _UP if item.group("verb") else up
            rises = up != (what in FALL_RATES)      # a fall that widens is a rate that fell further
            values += (float(item.group("num")) * (1 if rises else -1),)
    else:
        return None
    return SpanChange(what, match.group("base") or "上年同期", values, _owner(clause[: match.start()], what))


def fall_changed_again(change: SpanChange, changed_before: str) -> SpanChange:
    """'…下降0.4%，降幅较上年收窄1.6个百分点，较1—9月扩大0.3个百分点': a change naming no rate, right after a change of
    a fall (`changed_before`: the rate the change just read was of), is of that fall too, signed as the fall's (−0.3)."""
    if change.what or change.head.strip() or changed_before not in FALL_RATES:
        return change
    return SpanChange(changed_before, change.base, tuple(-v for v in change.values), change.head)


_BY_BASES = re.compile(r"(?P<what>" + _RATE_WORDS + r")?(?:比|较)(?P<bases>(?:" + _SPAN_BASE + r")(?:(?:和|、|及)(?:"
                       + _SPAN_BASE + r"))+)(?:相比)?(?:分别|依次)(?P<rest>.+)$")


def span_changes_by_base(clause: str) -> list[SpanChange] | None:
    """One change in points against each earlier span listed: '增速较上年同期和上半年分别回落2.4和1个百分点' → −2.4
    against 上年同期, −1 against 上半年; None unless there is one figure per span."""
    match = _BY_BASES.search(clause)
    if not match or re.search(r"\d", clause[: match.start()]):
        return None
    bases = re.findall(_SPAN_BASE, match.group("bases"))
    rest, what = match.group("rest").strip(), match.group("what") or ""
    if not (_SPAN_ITEMS.fullmatch(rest) and re.match(_SPAN_VERB, rest)):
        return None
    values, up = [], True
    for item in _SPAN_ITEM.finditer(rest):
        up = item.group("verb") in _UP if item.group("verb") else up
        values.append(float(item.group("num")) * (1 if up != (what in FALL_RATES) else -1))
    if len(values) != len(bases) or "".join(bases) != re.sub(r"[和、及]", "", match.group("bases")):
        return None
    owner = _owner(clause[: match.start()], what)
    return [SpanChange(what, base, (value,), owner) for base, value in zip(bases, values)]


def _owner(head: str, what: str | None) -> str:
    """Whose rate a change is of: '新接订单量所占（份额）' → 新接订单量 (所占 and 的 join a name to its rate)."""
    return re.sub(r"(?<=.)(?:所占|的)$", "", head) if what else head


# '较一季度下降0.4点', '比上季度上升0.1个点', '较上年四季度上升0.5点': a quarterly index's change in points
_QUARTER_POINTS = re.compile(r"(?:较|比)(?P<base>上一?季度|(?:上年|去年|\d{4}年)(?:第)?四季度|(?:第)?[一二三四]季度)(?P<verb>" + "|".join(_UP + _DOWN)
                             + r")(?P<num>" + NUMBER + r")个?点")
_QUARTERS = {"一": 3, "二": 6, "三": 9, "四": 12}


# '环比上升2.69点', '比上月末下降0.8点': a monthly index's change in points on the month before
# ('10月份…指数为89.0，较9月份上升0.3点': the month before said by its number)
_MONTH_POINTS = re.compile(r"(?:环比|(?:较|比)(?:上月|(?P<month>\d{1,2})月份?)末?)(?P<verb>" + "|".join(_UP + _DOWN)
                           + r")(?P<num>" + NUMBER + r")个?点")


# '比上月依次回落6.3点、4.9点和3.4点': an index's changes in points listed, one per index just read
# ('…指数分别较上季度下降0.3和0.6个点': 分别 said before the base too)
_POINTS_LISTED = re.compile(r"(?:分别|依次)?(?P<base>环比|同比|(?:比|较)(?:上月|上年同月|上年同期|上季度|[一二三四]季度|\d{1,2}月份?)末?)"
                            r"(?:分别|依次)?(?P<verb>" + "|".join(_UP + _DOWN)
                            + r")(?P<nums>" + NUMBER + r"(?:个?点)?(?:[、和及]" + NUMBER + r"(?:个?点)?)+)个?点")   # (…0.2个点)


def points_listed(clause: str) -> tuple[str, list[str]] | None:
    """(the base and verb as said, e.g. '比上月回落', each change as it would be said alone: '比上月回落6.3点') of indices'
    changes in points listed; None for any other clause. Read each with points_on_month_before (…_quarter_before,
    …_year_before) against its index's period."""
    match = _POINTS_LISTED.fullmatch(clause.strip().rstrip("。；;，,"))
    if match is None or not DISTRIBUTES.search(clause):
        return None
    said = match.group("base") + match.group("verb")
    return said, [f"{said}{n}点" for n in re.findall(NUMBER, match.group("nums"))]


def points_moved(said: str, period: Period) -> tuple[str, float] | None:
    """(measure, signed change) of one index's change in points said alone, against the period before its own or a
    year earlier; None when the base is not the one before (points_on_… of the period's kind)."""
    if (value := points_on_year_before(said, period)) is not None:
        return "yoy_abs_change", value
    value = points_on_quarter_before(said, period) if period.period_type == "quarter" else \
        points_on_month_before(said, period)
    return ("mom_abs_change", value) if value is not None else None


def points_on_month_before(clause: str, period: Period) -> float | None:
    """The change in points of a monthly index of `period` on the month before, signed; None unless the clause says
    exactly that of a month."""
    match = _MONTH_POINTS.fullmatch(clause.strip())
    if not match or period.period_type != "month" \
            or match.group("month") and int(match.group("month")) % 12 + 1 != int(period.period[5:7]):
        return None
    return (1 if match.group("verb") in _UP else -1) * float(match.group("num"))


# '同比下降13.28点', '比上年同期上升2.1点': an index's change in points on the same span a year earlier ('比上年下降
# 9.28点' of a year's average: on the year before; '比上年末下降5.60点' at a month's end: since last year's end)
_YEAR_POINTS = re.compile(r"(?:同比|(?:较|比)(?:上年|去年)(?P<when>同期|同月|末|底)?)(?P<verb>" + "|".join(_UP + _DOWN)
                          + r")(?P<num>" + NUMBER + r")个?点")


def points_on_year_before(clause: str, period: Period | None = None) -> float | None:
    """The change in points of an index on the same span a year earlier, signed; None unless the clause says exactly
    that (上年 said bare only of a year's figure: `period`)."""
    match = _YEAR_POINTS.fullmatch(clause.strip())
    if not match or match["when"] in ("末", "底"):
        return None
    if match["when"] is None and not match.group().startswith("同比") and (period is None or period.period_type != "year"):
        return None
    return _points(match)


def points_since_year_end(clause: str, period: Period) -> float | None:
    """'比上年末下降5.60点' of an index at a month's end: its change since last year's end, signed; None else."""
    match = _YEAR_POINTS.fullmatch(clause.strip())
    return _points(match) if match and match["when"] in ("末", "底") and period.period_type == "month" else None


def _points(match: re.Match) -> float:
    return (1 if match.group("verb") in _UP else -1) * float(match.group("num"))


def points_on_quarter_before(clause: str, period: Period) -> float | None:
    """The change in points of a quarterly index of `period` against the quarter before, signed; None unless the
    clause says exactly that and the quarter it names is the one before."""
    match = _QUARTER_POINTS.fullmatch(clause.strip())
    if not match or period.period_type != "quarter":
        return None
    year, month = int(period.period[:4]), int(period.period[5:7])
    before = (year, month - 3) if month > 3 else (year - 1, 12)
    base = match.group("base")
    named = before if base.startswith("上") and "年" not in base else \
        (year - 1, 12) if base.startswith(("上年", "去年")) else \
        (int(base[:4]), 12) if base[0].isdigit() else (year, _QUARTERS[base[-3]])
    if named != before:
        return None
    sign = 1 if match.group("verb") in _UP else -1
    return sign * float(match.group("num"))


def flat_on_a_year_before(change: SpanChange) -> bool:
    """'…同比增长0.2%，与上年同期基本持平': a level the same as a year before, said with no rate word — its growth,
    never a change of a growth rate."""
    return not change.what and change.values == (0.0,) and change.base in ("上年同期", "去年同期", "上年", "去年")


def share_change_after_basis(clause: str) -> SpanChange | None:
    """'与上年相比，完工量和手持订单量所占份额分别提高0.4个和3.7个百分点': shares' changes in points against the year
    before said as the basis before them (a growth's basis, never a span of its own)."""
    said = re.sub(r"(?<=份额|比重|占比)(?=(?:分别|均|依次)?(?:提高|提升|上升|增加|回落|下降|降低|减少|扩大|收窄))",
                  "比上年", clause.strip(), count=1)
    return span_change(said) if said != clause.strip() else None


# '“十三五”末': the end of a five-year plan's last year, said as a base (plan_end reads it)
PLAN_END = r"[“\"]?十[一二三四五]五[”\"]?(?:期|时期)?末"


def base_period(base: str, period: Period) -> Period | None:
    """The period a change is measured against, for a figure of `period`: 上年同期 is the same span a
    year earlier, 1-11月 / 前11个月 / 上半年 the span of the same year, 上月 the month before, 上期 the
    report before (the span one month shorter), 上年 the year before."""
    year = int(period.period[:4])
    if re.fullmatch(PLAN_END, base) and (end := plan_end(base)) is not None:      # '比“十三五”末': that plan's last year's end
        return Period(f"{end}-12", "month") if end < year else None
    if base in ("上年同期", "去年同期", "上年同月"):
        return Period(shift_year(period.period, -1), period.period_type)
    if re.fullmatch(r"\d{4}年同期", base):
        return Period(base[:4] + period.period[4:], period.period_type)
    if base in ("上年", "去年", "上年全年"):
        return Period(str(year - 1), "year")
    if base in ("上年末", "上年底", "去年末", "去年底"):     # '比上年末的425.1万个': a stock at last year's end
        return Period(f"{year - 1}-12", "month")
    if re.fullmatch(r"\d{4}年(?:底|末)", base):       # '比2020年底提高10.5个百分点': a rate at that year's end
        return Period(base[:4] + "-12", "month") if int(base[:4]) < year else None
    quarter = re.fullmatch(r"(?P<year>上年|去年|\d{4}年)第?([一二三四])季度", base)
    if quarter:        # '比去年四季度加快2.6个百分点', '比2022年四季度高': that quarter of the year before
        q = "一二三四".index(quarter.group(2)) + 1
        said = int(quarter.group("year")[:4]) if quarter.group("year")[0].isdigit() else year - 1
        return Period(f"{said}-{3 * q:02d}", "ytd" if q == 1 else "quarter")
    earlier = re.fullmatch(r"(?P<year>上年|去年|\d{4}年)(?P<span>.+)", base)
    if earlier and earlier.group("span") != "全年" and not re.fullmatch(r"第?[一二三四]季度|同期|同月|末|底", earlier.group("span")):
        # '去年上半年', '2023年前三季度': that span of the year named
        said = int(earlier.group("year")[:4]) if earlier.group("year")[0].isdigit() else year - 1
        found = find_period(earlier.group("span"), said)
        return found[0] if found and found[0].as_date() < _end(period) else None
    if re.fullmatch(r"(?:\d{4}年|上年|去年)(?:全年)?", base):
        if not base[0].isdigit():
            return Period(str(year - 1), "year")
        return Period(base[:4], "year")
    if base in ("上月", "前月"):
        return Period(shift_month(period.period if period.period_type != "year" else f"{year}-12", -1), "month")
    if base in ("上期", "上季度"):
        step = -3 if base == "上季度" or period.period_type == "quarter" else -1
        end = period.period if period.period_type != "year" else f"{year}-12"
        shifted = shift_month(end, step)
        kind = "quarter" if period.period_type == "quarter" else ("ytd" if period.period_type in ("ytd", "year") else "month")
        return None if shifted[:4] != str(year) and kind == "ytd" else Period(shifted, kind)
    found = find_period(base, year)
    if found is None:
        return None
    earlier = found[0]
    # '较1-11月' printed without its year, in a December report, is the same year's
    return earlier if earlier.as_date() < _end(period) else None


def _end(period: Period):
    return Period(f"{period.period}-12", "month").as_date() if period.period_type == "year" else period.as_date()


def shift_year(period: str, years: int) -> str:
    return str(int(period[:4]) + years) + period[4:]


def shift_month(period: str, months: int) -> str:
    year, month = map(int, period.split("-"))
    total = year * 12 + month - 1 + months
    return f"{total // 12}-{total % 12 + 1:02d}"


# ------------------------------------------------------------------ comparisons with an aggregate

_NUMS = r"(?P<nums>" + NUMBER + r"个?(?:百分点)?(?:(?:和|、|及)" + NUMBER + r"个?(?:百分点)?)*)个?百分点"
# ('三项指标增速分别比全国工业低4.4、3.5和0.8个百分点': of the names just read, said as their number)
_GAP_AFTER = re.compile(r"(?P<label>" + THE_LAST_NAMED.pattern + r")?(?:增速|增幅|利润增速|收入增速)?(?:均|分别|依次)?(?:比|较)(?P<agg>[^,;]*?)(?:分别|依次)?"
                        r"(?P<dir>(?<!加)快|高出|(?<!提)高|(?<!放)慢|(?<!降)低)" + _NUMS)
_GAP_BEFORE = re.compile(r"(?P<label>[^,;\d]*?)(?:增速|增幅|利润增速|收入增速)?(?:均|分别|依次)?(?P<dir>快于|高于|高出|超出|慢于|低于)(?P<agg>[^,;]*?)"
                         r"(?:分别|依次)?" + _NUMS)
# '拉动…增长0.6个百分点' of the figure just read, or of the name before it ('工业拉动经济增长1.1个百分点')
_CONTRIBUTION = re.compile(r"(?P<label>[^,;\d]*?)(?:共同|合计)?(?:分别|依次)?(?P<dir>拉动|上拉|带动|下拉|拖累|影响)(?P<agg>[^,;]*?)(?:增长|下降|上升)?(?:分别|依次)?"
                           + _NUMS)
# '建材工业增加值增速与全部工业持平': a gap of zero to an aggregate (an earlier span instead is a span change)
_GAP_FLAT = re.compile(r"(?:增速|增幅)?(?:均)?(?:与|和|同(?!比))(?P<agg>[^,;]+?)(?:增速|增幅)?(?:基本)?(?P<dir>持平)")
_SHARE_VERBS = r"提高|提升|上升|增加|扩大|下降|回落|降低|减少|缩小"
# '占比较上年末提高4.1个百分点' (the share just read) · '占规上工业增加值比重较上年分别提高2.2个和0.8个百分点' (the whole named)
# '中国品牌乘用车市场份额较上年提升8.6个百分点': the share of a name printed before it, no share printed
# '在规模以上工业中的占比较2024年分别提高…': the whole said with 在…中
_SHARE_CHANGE = re.compile(r"(?P<label>[^,;\d占在]*?)(?:占(?P<agg>[^,;\d]+?)的?|在(?P<agg_in>[^,;\d]+?)中(?:的|所)?)?"
                           r"(?:占比|比重|所占比重|占比重|市场份额|份额)(?:均|分别|依次)?"
                           r"(?:(?:较|比)(?P<base>[^,;]*?)|(?P<yoy>同比))(?:分别|依次|均)?(?P<dir>" + _SHARE_VERBS + r")" + _NUMS)
# A change in points right after a share is the share's ('占…比重为35.2%，比上年同期提高2.7个百分点').
_AFTER_SHARE = re.compile(r"(?:比|较)(?P<base>[^,;]*?)(?:分别|依次|均)?(?P<dir>" + _SHARE_VERBS + r")" + _NUMS)
_FALLS = r"慢|低|少|慢于|低于|下拉|拖累|下降|回落|降低|减少|缩小"


@dataclass(frozen=True)
class Comparison:
    measure: str                # pp_gap, contribution_pp or share_change
    aggregate: str              # the aggregate or whole as printed ('' when unnamed)
    values: tuple[float, ...]   # signed points, one per subject or per aggregate
    each: bool = False          # 均: the one figure for every subject
    base: str = ""              # a share's change: the span it is measured against, as printed
    label: str = ""             # a share's change: the name it is of, when printed before it


_SPAN_SAID_ALONE = re.compile(r"(?:比|较|与)(?:" + _SPAN_BASE + r"|上年同期|去年同期|上年|去年)")


def comparison(clause: str) -> Comparison | None:
    """A subject's figure against an aggregate, said after it: a gap in growth rates (快于全部规模以上工业
    4.8个百分点: pp_gap, signed), a contribution (拉动…增长0.6个百分点), a share's change in points."""
    for pattern, measure in ((_GAP_AFTER, "pp_gap"), (_GAP_BEFORE, "pp_gap"), (_GAP_FLAT, "pp_gap"),
                             (_CONTRIBUTION, "contribution_pp"), (_SHARE_CHANGE, "share_change")):
        match = pattern.fullmatch(clause.strip())
        # '增速比上年加快…', '但比上年同期高出…' compare with an earlier span (span_change), not with an aggregate
        if match and not (measure == "pp_gap" and (re.fullmatch(_SPAN_BASE, match.group("agg")) or _SPAN_SAID_ALONE.fullmatch(
                _CONCEDED.sub("", match.groupdict().get("label") or "").strip()))):
            return _comparison(match, measure, clause)
    return None


def share_change_after_share(clause: str) -> Comparison | None:
    """'比上年同期提高2.7个百分点' right after a share: the share's change."""
    match = _AFTER_SHARE.fullmatch(clause.strip())
    return _comparison(match, "share_change", clause) if match else None


def _comparison(match: re.Match, measure: str, clause: str) -> Comparison:
    sign = -1 if re.fullmatch(_FALLS, match.group("dir")) else 1
    nums = match.groupdict().get("nums")
    values = tuple(sign * float(n) for n in re.findall(NUMBER, nums)) if nums else (0.0,)
    label = (match.groupdict().get("label") or "").strip()
    # ('增速比上半年回落…，但仍高于全部规模以上工业1个百分点': words of concession, never a name)
    label = "" if _ONLY_CONCEDED.fullmatch(label) else label
    return Comparison(measure, match.groupdict().get("agg") or match.groupdict().get("agg_in") or "", values, bool(re.search(r"(?<!平)均", clause)),
                      match.groupdict().get("base") or ("上年同期" if match.groupdict().get("yoy") else ""), label)


_ONLY_CONCEDED = re.compile(r"(?:但是?|而且?|并且?|且|却|虽然?)?(?:仍然?|依然|依旧|也|还|均|都|继续)?")


# '快于同期全部规模以上工业（增长6.4%）1.6个百分点': the aggregate's own growth said aside, inside the gap
AGGREGATE_ASIDE = re.compile(r"(?<=[^,;()\d])\((?:同比)?(?P<verb>增长|下降|增速为|增速|为)?(?P<num>" + NUMBER + r")%\)"
                              r"(?=(?:分别|依次|均)?(?:高|低|快|慢)?" + NUMBER + r"个?(?:百分点|[和、]))")


def aggregate_aside(clause: str) -> tuple[str, float] | None:
    """(the comparison without the aside, the aggregate's growth in %) of a gap whose aggregate's own
    figure is said in brackets after its name; None else."""
    match = AGGREGATE_ASIDE.search(clause)
    if match is None or comparison(clause[: match.start()] + clause[match.end():]) is None:
        return None
    value = float(match.group("num")) * (-1 if match.group("verb") == "下降" else 1)
    return clause[: match.start()] + clause[match.end():], value


# ------------------------------------------------------------------ cumulative change since a base year

_CUMULATIVE = re.compile(r"(?:与|比|较|相比)(?:[“”\"]?十[一二三四五]五[“”\"]?(?:末|期末)的)?(?:(?P<base>\d{4})年|(?:上|去)年(?=底|末))(?:(?P<end>底|末)|(?P<span>同期|同月|" + _SPAN_BASE + r"|\d{1,2}月份?))?(?:相比)?"
                         r"(?:分别|依次|均)?(?P<cum>累计)?(?:分别|依次|均)?(?P<rest>(?:增长|下降|提高|降低|增加|减少).+)")


@dataclass(frozen=True)
class Since:
    base: str                 # the base year, or 上年 ('较上年末增长16.5%': the year before the figure's)
    items: tuple[Item, ...]   # the changes in %, one per subject
    year_end: bool            # '较2023年底': against the stock at that year's end
    span: str = ""            # '比2019年同期', '比2019年3月份': the same span (or the span named) of the base year

    def base_year(self, period: Period) -> str:
        return str(int(period.period[:4]) - 1) if self.base == "上年" else self.base

    def base_period(self, period: Period) -> Period:
        """The base of a figure of `period`: the base year, or its span (同期: the figure's own span); the end of
        the base year for a stock said against it ('较上年末增长…' of October: since December)."""
        base = self.base_year(period)
        if self.span in ("同期", "同月"):
            return Period(base + period.period[4:], period.period_type)
        if self.span:
            found = find_period(self.span, int(base))
            if found:
                return found[0]
        if self.year_end and period.period_type == "month":
            return Period(base + "-12", "month")
        return Period(base, "year")


def cumulative(clause: str) -> Since | None:
    """'与2020年相比分别累计增长约39.5%和48.4%', '比2020年增长26.3%', '较2023年底增长6.1%': a change in % since a base year
    (against a year before the figure's, a plain growth on a year earlier); '比2019年同期增长13.8%',
    '比2019年3月份增长13.8%': since that span of the base year (printed in 2021 beside 两年平均)."""
    match = _CUMULATIVE.fullmatch(clause.strip())
    if not match:
        return None
    items = enumerated_changes(match.group("rest"))
    if not items or any(i.unit != "%" for i in items):
        return None
    return Since(match.group("base") or "上年", tuple(items), bool(match.group("end")), match.group("span") or "")


# '约为2020年末的6.7倍', '规模是2020年的1.7倍', '约为“十三五”末2121家的3.8倍': the figure just read as a multiple of its
# value then (multiple_since, multiple_said_as_value_then read what it says)
MULTIPLE_OF_EARLIER = re.compile(r"(?:(?:其|该)?(?:规模|总量|总额|数量|产量|销量|收入))?"
                                 r"(?:约|近|超过)?(?:为|是|相当于)[^，,；;。]{2,12}的\d+(?:\.\d+)?倍(?:多|以上)?")
_MULTIPLE_SINCE = re.compile(r"(?:其|该)?(?:规模|总量|总额|数量|产量|销量|收入)?(?P<pre>约|近|接近)?(?:为|是|相当于)(?P<base>\d{4})年"
                             r"(?P<end>底|末)?的(?P<times>" + NUMBER + r")倍(?P<post>多|以上)?")


def multiple_since(clause: str) -> Since | None:
    """'是2020年的1.7倍' → a growth of +70 % since 2020 (cum_pct), '约为2020年末的6.7倍' → about +570 % since the end of
    2020; None for any other clause."""
    found = _MULTIPLE_SINCE.fullmatch(clause)
    if not found:
        return None
    qualifier = "over" if found["post"] else "about" if found["pre"] else "exact"
    return Since(found["base"], (Item(round((float(found["times"]) - 1) * 100, 6), "%", qualifier),), bool(found["end"]))


# '算力总规模较上年末增长16.5%': a name, then its change since a year's end
# ('单位增加值能耗较2020年累计下降19.8%': since a base year said with 累计)
_NAMED_SINCE = re.compile(r"(?P<head>[^,;]{2,}?)(?=(?:与|比|较)(?:(?:\d{4}|上|去)年(?:底|末)|\d{4}年(?:相比)?累计))")


def cumulative_named(clause: str) -> tuple[str, Since] | None:
    """(name, change) of '算力总规模较上年末增长16.5%': the name printed before a change since a year's end."""
    head = _NAMED_SINCE.match(clause)
    since = cumulative(clause[head.end():]) if head else None
    return (head["head"], since) if since else None


# ------------------------------------------------------------------ a look back by years

_YEARS_AGO = re.compile(r"\s*(?:而)?(?P<n>[一二两三四五六七八九十]|\d{1,2})年前(?:的)?")
_CN_YEARS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def years_ago(text: str) -> tuple[int, str] | None:
    """'五年前这一数字', '10年前该指标': (how many years back, what follows) of a look back said by years before the
    year in force; None else."""
    found = _YEARS_AGO.match(text)
    if found is None:
        return None
    n = found["n"]
    return (int(n) if n.isdigit() else _CN_YEARS[n]), text[found.end():]


# '而2021年底这两项数字分别为…', '2020年二者分别为…': the figures just read, at another date (said before them)
_THESE_LISTED = re.compile(r"\s*(?:而|但)?(?P<when>[^,;]*?)(?:这|此|上述)?(?P<n>[两二三四])(?:项|个)(?:数字|数据|指标)"
                           r"|\s*(?:而|但)?(?P<when2>[^,;]*?)(?:两者|二者)")


def these_listed(head: str) -> tuple[str, int] | None:
    """(what is said before the reference, how many figures it refers to) of a head referring to the figures just
    read ('2021年底这两项数字' → ('2021年底', 2)); None else."""
    found = _THESE_LISTED.fullmatch(head)
    if found is None:
        return None
    n = found["n"]
    return (found["when"], {"两": 2, "二": 2, "三": 3, "四": 4}[n]) if n else (found["when2"], 2)


# ------------------------------------------------------------------ two-year average growth

_TWO_YEAR = re.compile(r"(?P<label>[^,;]*?)(?:的)?两年平均(?:增速|增幅|增长率|涨幅)?(?:分别|均|依次)?(?P<verb>为|达到|达|是)?"
                       r"(?P<rest>[^,;]*\d[^,;]*)")


@dataclass(frozen=True)
class Average:
    label: str                # the names said before it in the clause ('' when they were said before)
    items: tuple[Item, ...]   # the average yearly changes in %, one per name
    base_year: int | None = None   # a window's: the year before it began (None: two years before the span)
    end_year: int | None = None    # the window's last year (None: the span's own)

    def base_period(self, period: Period) -> Period | None:
        """The span the average runs from; None when the window is not over by `period` (a plan's aim)."""
        if self.base_year is None:
            return Period(shift_year(period.period, -2), period.period_type)
        year = int(period.period[:4])
        if period.period_type != "year" or (self.end_year or year) > year or self.base_year >= year:
            return None
        return Period(str(self.base_year), "year")


def two_year_average(clause: str) -> Average | None:
    """'两年平均增长6.2%', '制造业增加值两年平均增长6.6%', '两年平均分别增长X%和Y%', '两年平均增速为X%':
    the average yearly growth over the two years since the same span two years earlier (printed through
    2021–2022, when growth on a year earlier measured against the slump of 2020)."""
    match = _TWO_YEAR.fullmatch(clause.strip())
    if not match:
        return None
    rest = match.group("rest")
    items = enumerated_changes(("增长" if match.group("verb") else "") + rest)
    if not items or any(i.unit != "%" for i in items):
        return None
    return Average(match.group("label").strip(), tuple(items))


# '“十四五”期间年均增长5.0%', '2021—2025年年均增长8%', '2021年以来年均增长': the average yearly growth over a
# window of years, from the year before it began.
_PLAN_WINDOWS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
_WINDOW_AVERAGE = re.compile(
    r"(?P<label>[^,;]*?)(?:[“\"]?(?P<plan>十[一二三四五]五)[”\"]?(?P<plan_since>以来|期间|时期)"
    r"|(?P<y1>\d{4})年?[-~至到](?P<y2>\d{4})年(?:间|期间)?|(?P<since>\d{4})年以来)(?:的)?(?P<after>[^,;\d]*?)"
    r"年均(?:增速|增幅|增长率)?(?:分别|均|依次)?(?P<verb>为|达到|达|是)?(?P<rest>[^,;]*\d[^,;]*)")


def window_average(clause: str) -> Average | None:
    """'“十四五”期间年均增长5.0%', '2021—2025年年均增长8%', '2021年以来年均增长6.1%', '2021—2024年规模以上工业增加值
    年均增长5.9%': the average yearly growth
    since the year before the window began (a plan's window ends in its fifth year; 以来 runs to the span)."""
    match = _WINDOW_AVERAGE.fullmatch(clause.strip())
    if not match:
        return None
    # ('年均增速超过13%': the rate said with its qualifier and no verb)
    verb = match.group("verb") or re.match(r"(?:超过|约|近|接近|逾)\d", match.group("rest"))
    items = enumerated_changes(("增长" if verb else "") + match.group("rest"))
    if not items or any(i.unit != "%" for i in items):
        return None
    if match.group("plan"):
        base = _PLAN_WINDOWS[match.group("plan")]
        end = None if match.group("plan_since") == "以来" else base + 5
    elif match.group("y1"):
        base, end = int(match.group("y1")) - 1, int(match.group("y2"))
    else:
        base, end = int(match.group("since")) - 1, None
    # the name said before the window or after it ('2021—2024年规模以上工业增加值年均增长5.9%')
    return Average((match.group("label") + match.group("after")).strip(), tuple(items), base, end)


# '“十三五”末，…': the end of a plan, said as a time
# Said opening a sentence, a window of years its figures are over: '“十四五”期间，…', '2021—2025年，…', '近五年，…'
OVER_YEARS = re.compile(r"[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)|\d{4}年?[-—－至到]\d{4}年|近(?:[二两三四五六七八九十]|\d+)年|"
                        r"(?:[二两三四五六七八九十]|\d+|多)年(?:间|来)|近年来")
_PLAN_END = re.compile(r"[“\"]?(?P<plan>十[一二三四五]五)[”\"]?(?:末|期末|时期末|收官之年)(?:时)?")


def plan_end(text: str) -> int | None:
    """The last year of a plan said as a time ('“十三五”末，…分别为2121家…' → 2020), or None."""
    found = _PLAN_END.match(text.strip())
    return plan_last_year(found.group("plan")) if found else None


# '“十三五”时期，…能耗累计下降16%', '…用水量“十三五”时期下降近40%', '…能耗在“十三五”时期下降约16%的基础上持续降低': a
# change over a plan's five years, from the year before its first to its last (cum_pct)
_WINDOW_CHANGE = re.compile(r"(?P<label>[^,;\d]*?)在?[“\"]?(?P<plan>十[一二三四五]五)[”\"]?(?:期间|时期)(?P<after>[^,;\d]*?)"
                            r"(?:累计)?(?P<verb>下降|降低|减少|增长|提高|上升|增加)(?P<about>约|近|超过)?(?P<num>" + NUMBER + r")%"
                            r"(?:的基础上[^,;\d]*)?")


@dataclass(frozen=True)
class WindowChange:
    label: str          # the name said around the window ('' when said before)
    base_year: int      # the year before the plan's first
    end_year: int       # the plan's last
    item: Item          # the change over the window, in %


def window_change(clause: str) -> WindowChange | None:
    """The change of a name over a plan's whole window (_WINDOW_CHANGE); None for any other clause (a yearly average
    over it: window_average)."""
    said = _WINDOW_CHANGE.fullmatch(clause.strip())
    if said is None or "年均" in clause:
        return None
    sign = -1 if said["verb"] in ("下降", "降低", "减少") else 1
    qualifier = {"约": "about", "近": "about", "超过": "over"}.get(said["about"] or "", "exact")
    base = _PLAN_WINDOWS[said["plan"]]
    return WindowChange((said["label"] + said["after"]).strip(), base, base + 5,
                        Item(sign * float(said["num"]), "%", qualifier))


def plan_ending(year: int | None) -> str:
    """The five-year plan whose last year is `year` (2020 → '十三五'), or ''."""
    return next((plan for plan, base in _PLAN_WINDOWS.items() if base + 5 == year), "")


def plan_last_year(plan: str) -> int:
    """The last of a five-year plan's years ('十四五' → 2025)."""
    return _PLAN_WINDOWS[plan] + 5


# '从市州看，', '分地区看，': a paragraph or sentence opening with a breakdown of what the one before it said
BREAKDOWN_VIEW = re.compile(r"\s*(?:从|分)(?:市州|地市|市县|城市|地区|区域|省份|省市|行业|门类|产品)(?:情况)?看[,，]")
# '从增速看，…': the growths of what the sentence before listed
GROWTH_VIEW = re.compile(r"\s*从(?:增速|增幅|增长)(?:来|上)?看[，,]")
# '同比增长均超过30%' after the names just read: each one's growth over the line
GROWTH_EACH_OVER = re.compile(r"(?:同比)?(?:(?:增长|增速)均|均(?:增长|增速))(?:超过|超|高于)(?P<num>\d+(?:\.\d+)?)%(?:以上)?")
# '下一步，…': the work ahead, every figure of the sentence a goal
NEXT_STEP = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4}[：:])?\s*(?:下一步|下阶段|下一阶段)[,，]")
# '烟台三市' after '青岛、济南、': the places listed counted as a group
PLACES_GROUPED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[二两三四五六七八九十]|\d+)个?(?:市|省|省市|省份|城市|地市|地区)")
# '广东、浙江、山东三省家电产量合计占全国的62.4%' · '（江苏、广东、山东…分别达到62家、55家和48家，）三省合计约占全国总数的
# 33%' · '5省合计占全国总产量的33.8%' · '广东、浙江、安徽家用电器产量合计占全国的比重超过60%': a group of places' share of
# the nation's, the places named in the clause or, counted, in the clause before
_GROUP_SIZE = r"(?P<n>\d{1,2}|[二两三四五六七八九十])个?(?:省\(市\)|省\(区、市\)|省\(区\)|省市|省份|省区|省|市|城市|地区)"
_PLACES_SHARE = [re.compile(r"(?P<places>[^,;\d]*?)" + size + r"(?P<what>(?:[^,;\d]|\d(?=[A-Za-z]))*?)(?:合计|共计|总计)"
                            r"(?P<about>约|大约)?(?:占|占到|占据)(?P<whole>全(?:国|省|市)[^,;\d]*?)(?:的)?(?:比重|份额|比例)?"
                            r"(?:为|达到?|超过|超|接近|约为?|在)*") for size in (_GROUP_SIZE, r"(?P<none>)")]
_SHARE_SAID = re.compile(r"(?:约|近|超过)?\d+(?:\.\d+)?%")


# '两市对全省…的贡献率', '上述三省…': places counted as a group, opening a name that names none of them
PLACES_COUNTED = re.compile(r"(?:这|上述|以上)?" + _GROUP_SIZE.replace("(?P<n>", "(?:") + r"(?!场|级|域)")
# '从三省合计看，二级节点共152个…', '五省市合计，…': what follows is the group's, never the nation's nor one place's
GROUP_HEADING = re.compile(r"\s*(?:从|就)?(?:这|上述|以上)?(?:[两三四五六七八九十]|\d{1,2})个?(?:省\(市\)|省\(区、市\)|省市|省份|省区|省|市|城市|地区)"
                           r"(?:合计|总体|整体|加总)(?:来?看|而言|来说)?[,，]")


@dataclass(frozen=True)
class PlacesShare:
    places: list          # as printed, in order
    what: str             # what their share is of ('家电产量')
    whole: str            # '全国', '全国总产量'
    share: Quantity       # in %, about when said so before the whole ('三省合计约占…')

    @property
    def name(self) -> str:
        """The share's name as kept ('广东浙江山东家电产量合计占全国的比重': a name holds no 、)."""
        return f"{''.join(self.places)}{self.what}合计占{self.whole}的比重"


def places_share(clause: str, before: str, is_place) -> PlacesShare | None:
    """A group of places' share of the nation's (see _PLACES_SHARE), its places those `is_place` says are places: named
    in the clause, or counted in it and named in `before` (the sentence before the clause); None when the places or
    what their share is of are not sure."""
    clause = clause.strip()
    share = _SHARE_SAID.search(clause)
    said = next((m for pattern in _PLACES_SHARE if share and (m := pattern.fullmatch(clause[: share.start()]))), None)
    if said is None:
        return None
    counted = said.groupdict().get("n")
    places, what = _places_named(said["places"] + ("" if counted else said["what"]), is_place)
    what = said["what"] if counted else what
    if not places and (counted or not said["places"].strip() and not said["what"].strip()):
        # ('江苏、广东、山东卓越级智能工厂分别达到…，三省合计…': the last places listed before, with what they measure;
        # '…依次为广东、江苏…，产量分别为…，合计占全国水泥产量的32.5%': said with no count, what the whole says)
        places, what_before = next((found for part in reversed(re.split(r"[,;。]", before))
                                    if (found := _places_named(_LIST_HEAD.split(_members_ranked(part))[0], is_place))[0]),
                                   ([], ""))
        what = what or what_before or (said["whole"][2:].rstrip("的") if not counted else "")
    quantity = parse_quantity(QUANTITY_RE.search(clause, share.start()))
    if len(places) < 2 or (counted and len(places) != _count(counted)) or len(what.strip("的")) < 2 \
            or quantity.unit != "%":
        return None
    if said["about"] and quantity.qualifier == "exact":
        quantity = Quantity(quantity.value, "%", "about", quantity.bound)
    return PlacesShare(places, what.strip("的"), said["whole"].rstrip("的"), quantity)


# '河北、江苏、山东三省粗钢产量合计约3.9亿吨': a group of places' level together, the places named in the clause
_PLACES_TOTAL = [re.compile(r"(?P<places>[^,;\d]*?)" + size + r"(?P<what>(?:[^,;\d]|\d(?=[A-Za-z]))*?)(?:合计|共计|总计)"
                            r"(?:为|达到?|实现|完成)?") for size in (_GROUP_SIZE, r"(?P<none>)")]


def places_total(clause: str, is_place) -> tuple[str, Quantity] | None:
    """(name, level) of a group of places' figure together, named in the clause ('河北、江苏、山东三省粗钢产量合计约3.9亿吨'
    → '河北江苏山东粗钢产量合计'); None when the places or what they total are not sure, or it is a share."""
    clause = re.sub(r"^\s*其中[,，]?", "", clause)       # ('其中广东、浙江、江苏三省乙烯产量合计…')
    found = QUANTITY_RE.search(clause)
    said = next((m for pattern in _PLACES_TOTAL if found and (m := pattern.fullmatch(clause.strip()[: clause.strip().find(
        found.group())]))), None) if found else None
    if said is None:
        return None
    counted = said.groupdict().get("n")
    places, what = _places_named(said["places"] + ("" if counted else said["what"]), is_place)
    what = said["what"] if counted else what
    quantity = parse_quantity(found)
    if len(places) < 2 or (counted and len(places) != _count(counted)) or len(what.strip("的")) < 2 \
            or quantity.unit in ("%", "") or len(QUANTITY_RE.findall(clause)) != 1 or re.match(r"(?:首次)?突破", found.group()):
        return None     # ('…三市地区生产总值合计突破4.3万亿元': a line passed, never a level)
    return f"{''.join(places)}{what.strip('的')}合计", quantity


# where a list's names end: a verb of its figures, or a figure
_LIST_HEAD = re.compile(r"分别|依次|同比|均|居|合计|实现|完成|达到|\d")
def _members_ranked(part: str) -> str:
    """'水泥产量居前5位的省份依次为广东、江苏…' → '广东、江苏…': the members a ranking names (list_intro_named), else the part."""
    ranked = list_intro_named(part)
    return part[ranked[2]:] if ranked else part


def _places_named(text: str, is_place) -> tuple[list, str]:
    """'广东、浙江、安徽家用电器产量' → ([广东, 浙江, 安徽], 家用电器产量): places listed, the last carrying the name; ([], '')
    when they are not all places."""
    names = [p for p in re.split(r"[、和及]", text.strip()) if p]
    if len(names) < 2 or not all(is_place(name) for name in names[:-1]):
        return [], ""
    last = names[-1] if is_place(names[-1]) else _place_prefix(names[-1], is_place)
    return (names[:-1] + [last], names[-1][len(last):]) if last else ([], "")


def _place_prefix(name: str, is_place) -> str:
    return next((name[:k] for k in range(len(name) - 1, 1, -1) if is_place(name[:k])), "")


# '制造业单项冠军企业数量比2020年底增加近1000家', '…，较2020年的历史峰值累计减少9219万吨': a level's change in its
# unit since an earlier year (its end when said), the name before the base (or the figure's just read)
CHANGED_SINCE_YEAR = re.compile(r"(?P<name>(?:[^,;\d]|\d(?=[A-Za-z])){2,}?)?(?:数量)?(?:比|较)(?P<year>20\d\d)年(?P<end>底|末)?(?:的历史峰值|的峰值)?"
                                r"(?:累计)?(?P<verb>净增|净减|增加|减少)(?=(?:约|近|超过|逾)?\d)[^,;]*")
# '“小巨人”企业增加约3000家': a name's change, of the span a sentence opened with ('与2024年底相比，…')
CHANGED_BY = re.compile(r"(?P<name>[^,;\d]{2,}?)(?:数量)?(?:累计)?(?P<verb>净增|净减|增加|减少)(?=(?:约|近|超过)?\d)[^,;]*")
# '实现产量下降预期', '好于预期': an expectation met or missed, said of a figure read (never a forecast)
EXPECTATION_MET = re.compile(r"(?:实现|符合|达到|超出|超过|好于|优于|高于|低于|不及|完成|未达到?)[^,;:，；：\d]{0,8}?预期$")

# The verbs of a level that moved from one figure to another ('由…增至…', '从…跃升到…', '由…降至…').
# '据中国钢铁工业协会监测，', '据国际机器人联合会统计，2023年…': who counted, said before what they counted
CITED = re.compile(r"\s*(?:根据|据)[^，,。;；:：]{0,24}?(?:统计|测算|数据|监测|显示|调查|报告|发布)")
# '…增加到目前的14万家': the second level of a from-to, said of the day
_THE_DAY = r"目前|当前|现在"
_MOVED = r"(?:(?:逐年|逐步|稳步|持续|大幅|快速)?(?:增长|增加|提高|提升|上升|扩大|拓展|扩展|跃升|攀升|下降|减少|降低|回落|降|升|增))"   # ('逐年提升至')

# '全部工业增加值从2020年的31.3万亿元增长到2024年的40.5万亿元': a level in each of two years; '由2020年的42%
# 上升至50%': the second the year the figures are of; '…从2020年的5.4%提升到去年的40.9%': the year before the page's.
_FROM_TO = re.compile(r"(?P<label>[^,;]*?)(?:从|由)(?P<y1>\d{4}年|上年|去年|[“\"]?十[一二三四五]五[”\"]?(?=末))(?:底|末)?的?(?P<pre1>不足|不到|近|约|超过)?(?P<v1>" + NUMBER + r")(?P<u1>[^\d,;]{1,6}?)"
                      r"" + _MOVED + r"?(?:到|至)(?:(?P<y2>\d{4}年|去年|上年|今年)(?:底|末)?的?|(?P<now>" + _THE_DAY + r")的)?"
                      r"(?P<pre2>超过|近|约)?(?P<v2>" + NUMBER + r")(?P<u2>[^\d,;]{1,6})")


# A from-to's name: no figure in it, but a generation's number (5G移动电话用户普及率, 10G PON端口)
_LABEL = r"(?:[^,;\d]|\d+(?=[A-Za-z]))*?"
# '2020—2024年，全部工业增加值从31.3万亿元增长到了40.5万亿元': the two years said before, as a window.
_FROM_TO_BARE = re.compile(r"(?P<label>" + _LABEL + r")(?:从|由)(?P<pre1>不足|不到|近|约|超过)?(?P<v1>" + NUMBER + r")(?P<u1>[^\d,;]{1,6}?)"
                           + _MOVED + r"?(?:到|至)了?(?P<pre2>超过|近|约)?"
                           r"(?P<v2>" + NUMBER + r")(?P<u2>[^\d,;]{1,6})")


# '…占规模以上工业增加值的比重分别由33.7%和15.1%提高到34.6%和16.3%': one from-to per name listed, in order;
# '…产量由2020年的116.1万辆、10.5万辆增长到2024年的357万辆、168.4万辆': with the years each list is of (分别 unsaid).
_FROM_TO_LISTED = re.compile(r"(?P<label>" + _LABEL + r")(?:分别|依次)?(?:从|由)(?:(?P<y1>\d{4})年(?:底|末)?的)?(?P<first>" + NUMBER
                             + r"[^\d,;]{0,4}?(?:[、和及]" + NUMBER + r"[^\d,;]{0,4}?)+)" + _MOVED
                             + r"?(?:到|至)了?(?:(?P<y2>\d{4})年(?:底|末)?的)?(?P<second>"
                             + NUMBER + r"[^\d,;]{0,4}?(?:[、和及]" + NUMBER + r"[^\d,;]{0,4}?)+)")


@dataclass(frozen=True)
class ListedFromTo:
    """The levels of several names each moved from one figure to another, in the order the names were said."""
    label: str
    first: list[Item]
    second: list[Item]
    years: tuple[str, str] | None       # the two years printed with the lists, or None (said before them)


def from_to_listed(clause: str) -> ListedFromTo | None:
    """'…分别由33.7%和15.1%提高到34.6%和16.3%' · '…由2020年的116.1万辆、10.5万辆增长到2024年的357万辆、168.4万辆':
    one level of each list per name, in the units each list prints; None when the lists differ in length or unit,
    when only one list has its year, or for any other clause."""
    match = _FROM_TO_LISTED.fullmatch(clause.strip())
    if match is None or bool(match.group("y1")) != bool(match.group("y2")):
        return None
    first, second = enumeration("为" + match.group("first")), enumeration("为" + match.group("second"))
    if len(first) != len(second) or any(a.unit != b.unit or not a.unit for a, b in zip(first, second)):
        return None
    years = (match.group("y1"), match.group("y2")) if match.group("y1") else None
    return ListedFromTo(match.group("label"), first, second, years)


# '“小巨人”企业由5000余家跃升至1.76万家': a level reached from one never dated; only the second is a figure of a known
# date (the one in force); the first, said with no year, is not read.
_RISEN_TO = re.compile(r"(?P<label>" + _LABEL + r")(?P<start>(?:从|由)(?:[“\"]?十[一二三四五]五[”\"]?(?:末|初期|初|开局之年)的?)?(?:不足|不到|近|约|超过)?" + NUMBER
                       + r"[^\d,;]{1,6}?)(?:增长|增加|提高|提升|上升|扩大|跃升|攀升|跃居|增|升)(?:到|至)了?(?P<pre>超过|超|逾|近|约)?(?P<v2>" + NUMBER + r")"
                       r"(?P<yu>余|多)?(?P<u2>[^\d,;]{1,6})")


def risen_start(clause: str) -> tuple[int, int] | None:
    """Where the undated start of a level risen to is printed ('由不足4万家' of '…由不足4万家增长到14万家以上'):
    listed, never a figure; None for any other clause."""
    match = _RISEN_TO.search(clause)
    return match.span("start") if match else None


def risen_to(clause: str) -> tuple[str, Item] | None:
    """(label, level) of '…由5000余家跃升至1.76万家': the level reached, its start never dated; None for any other
    clause (a from-to with years is from_to's)."""
    match = _RISEN_TO.fullmatch(clause.strip())
    if match is None or re.search(r"\d{4}年", clause):
        return None
    pre = match.group("pre") or match.group("yu")
    post = re.search(r"(?:左右|以上)$", match.group("u2"))      # '…增长到14万家以上': its qualifier, never its unit
    unit = match.group("u2")[: post.start()] if post else match.group("u2")
    return match.group("label"), Item(float(match.group("v2")), unit, _qualifier(pre, post and post.group()))


def to_the_day(clause: str) -> bool:
    """Whether a from-to's second level is said of the day ('…由2020年的10.87万家增加到目前的14万家')."""
    return re.search(r"(?:到|至)(?:" + _THE_DAY + r")的", clause) is not None


def from_to(clause: str, window: tuple[str, str] | None = None, year: str | None = None, now: int | None = None
            ) -> tuple[str, list[tuple[str, Item]]] | None:
    """(label, [(year, level), (year, level)]) of a level said in two years; the years are those of a
    window said before the clause (`window`) when the clause names none, the second `year` (the year
    the figures are of) when only the first is named; 去年 / 今年 as the second, of the page's year `now`
    (unknown: None). Two units must be the same (从31.3万亿元增长到40.5万亿元), or the levels are not of one series."""
    match = _FROM_TO.fullmatch(clause.strip())
    if match and (not match.group("y2") or not match.group("y1")[0].isdigit() and "五" not in match.group("y1")) and (
            not year or _unit_of(match.group("u1"))[0] != _unit_of(match.group("u2"))[0]):
        match = None          # the second year unsaid, or the first said as 上年: the year the figures are of
    second = match.group("y2") if match else None
    if second and second[0].isdigit():
        second = second[:4]
    elif second:
        if now is None:
            return None       # '…提升到去年的40.9%' of a page whose year is not known
        second = str(now - 1 if second in ("去年", "上年") else now)
    plan = re.search(r"十[一二三四五]五", match.group("y1")) if match else None
    if match and plan:       # '从“十三五”末的1450万吨增加到2024年的1915万吨': the plan's last year (2020)
        years = str(_PLAN_WINDOWS[plan.group()] + 5), second or year
    elif match:
        first = match.group("y1")[:4] if match.group("y1")[0].isdigit() else str(int(second or year) - 1)
        years = first, second or year
    elif window and (match := _FROM_TO_BARE.fullmatch(clause.strip())):
        years = window
    else:
        return None
    # '由2020年的58%降至50%左右', '…增加到2024年的4亿吨以上': the second's qualifier, never its unit; '由2020年的1400余家
    # 增长到超过5000家', '从2020年的140万辆左右跃升到…': the first's
    (unit1, post1), (unit2, post2) = _unit_of(match.group("u1")), _unit_of(match.group("u2"))
    if unit1 != unit2 and not (unit1 and unit_factor(unit1)[1] == unit_factor(unit2)[1] != unit2):
        return None         # (640万户 and 2.38亿户: one series in two magnitudes, each kept as printed)
    levels = []
    for (at, value, unit, pre, post) in ((years[0], match.group("v1"), unit1, match.groupdict().get("pre1"), post1),
                                         (years[1], match.group("v2"), unit2, match.groupdict().get("pre2"), post2)):
        levels.append((at, Item(float(value), unit, _qualifier(pre, post))))
    # ('制造业用钢占比则由2020年的42%提高至50%': the adverb before the from-to is no part of the name)
    return re.sub(r"(?:则|也|亦|还|更)$", "", match.group("label")), levels


def _unit_of(printed: str) -> tuple[str, str]:
    """(unit, qualifier word) of a unit printed with its qualifier ('万家以上', '余家', '万辆左右')."""
    lead = re.match(r"(?:余|多)", printed)
    post = re.search(r"(?:左右|以上|多|余)$", printed[lead.end() if lead else 0:])
    unit = printed[lead.end() if lead else 0:]
    unit = unit[: post.start()] if post else unit
    return unit, (post.group() if post else lead.group() if lead else "")


# '工业对经济增长的贡献率为35%', '贡献了全国进出口增量的24.1%': the share of an aggregate's growth a part accounts for.
_CONTRIBUTION_RATE = re.compile(r"(?P<label>[^,;]*?)对(?P<agg>[^,;]+?)(?:增长)?的贡献率(?:(?P<about>约)?为|达到|达)?" + _PCT)
_CONTRIBUTED = re.compile(r"(?P<label>(?:我国|全省|全市)?)贡献了?(?P<agg>[^,;\d]{2,24}?(?:增量|增长|增幅))的(?P<about>约)?" + _PCT)


def contribution_rate(clause: str) -> Share | None:
    """'工业对经济增长的贡献率为35%' · '对全国数字产业收入增长的贡献率达99.5%' · '贡献全国进出口增量的24.1%' (the
    subject in force)."""
    match = _CONTRIBUTION_RATE.fullmatch(clause.strip()) or _CONTRIBUTED.fullmatch(clause.strip())
    if not match:
        return None
    return Share(match.group("label"), re.sub(r"增长$", "", match.group("agg").strip()), float(match.group("num")),
                 _qualifier(match.group("pre") or match.group("about"), match.group("post")))


# ------------------------------------------------------------------ basis of a list

_BASIS = re.compile(r"(?:与|和|同)(?P<base>上年同期|去年同期|上年同月|上年|去年|上月)相比|(?P<short>同比|环比)")


def basis(clause: str) -> str | None:
    """'与上年相比' or '同比' standing alone before the list it qualifies: 'yoy' or 'mom'."""
    match = _BASIS.fullmatch(clause.strip())
    if not match:
        return None
    base = match.group("base") or match.group("short")
    return "mom" if base in ("上月", "环比") else "yoy"


# '与2020年相比' · '比2020年' · '较“十三五”末的2020年': the base year of the changes that follow.
_BASIS_YEAR = re.compile(r"(?:与|和|同|比|较)(?P<year>\d{4})年(?:底|末)?(?:相比|比较)?")


def basis_year(clause: str) -> str | None:
    """'与2020年相比' standing alone before the changes it is the base of: the year ('2020')."""
    match = _BASIS_YEAR.fullmatch(clause.strip())
    return match.group("year") if match else None


# ------------------------------------------------------------------ lists of periods

_QUARTER = r"第?[一二三四](?:季度)?"
PERIOD_LIST = _PERIOD_LIST = re.compile(r"(?P<year>\d{4}年)?(?P<list>(?:" + _QUARTER + r"(?:、|和|及|与))+" + _QUARTER + r"(?<=季度)"
                          r"|(?:\d{1,2}(?:月份?)?(?:、|和|及|与))+\d{1,2}(?:月份?|[两三四五六七八九十]个月))(?:当月|单月)?")


# '从年内走势看，一季度…，上半年…', '分季度看，一季度…，二季度…': spans inside the year looked at in passing; with their
# figures said, the sentences after them are of the period in force before (the readers' both)
SPANS_IN_PASSING = re.compile(r"\s*(?:从(?:年内|全年)(?:走势|运行|情况)?看|分季度看|从季度看|分月份?看|从月度看|逐月看|从各月看)[,，]")


def period_list(text: str, year: int) -> tuple[list[Period], str] | None:
    """A list of periods opening `text` ('一季度、二季度、三季度…', '二、三季度…', '5、6月份…') and what
    follows it: one period per figure of the list handed out after it. None when `text` does not open
    with two or more periods."""
    match = _PERIOD_LIST.match(text.strip())
    if not match:
        return _spans_listed(text.strip(), year)
    year = int(match.group("year")[:4]) if match.group("year") else year
    kind = "quarter" if "季度" in match.group("list") else "month"
    items = re.split(r"、|和|及|与", re.sub(r"[两三四五六七八九十]个月$", "", match.group("list")))
    periods = []
    for item in items:
        item = item.removeprefix("第")
        if kind == "quarter":
            found = find_period(f"{year}年{item[0]}季度", year)
        else:
            found = find_period(f"{year}年{re.match(NUMBER, item).group()}月", year)
        if found is None:
            return None
        periods.append(found[0])
    if len(periods) < 2 or len(set(periods)) != len(periods):
        return None
    return periods, text.strip()[match.end():]


_JOINT_NEAR = re.compile(r"[^,，;；。]{1,12}?(?:、|和|及|与)")


def _spans_listed(text: str, year: int) -> tuple[list[Period], str] | None:
    """'上半年和1—7月依次下降5.4%和5.6%', '一季度、上半年分别…': spans of the year said in a list (never whole years, a
    list of names' figures by year being no list of spans)."""
    if not _JOINT_NEAR.match(text):
        return None         # (no joint where a second span could follow the first: most clauses, read cheaply)
    periods, at = [], 0
    while (found := find_period(text[at:], year)) is not None and found[1].start() == 0 \
            and found[0].period_type in ("ytd", "half", "quarter", "month"):
        periods.append(found[0])
        at += found[1].end()
        joint = re.match(r"(?:份)?(?:、|和|及|与)", text[at:])
        if joint is None:
            break
        at += joint.end()
    if len(periods) < 2 or len(set(periods)) != len(periods) or re.match(r"(?:、|和|及|与)$", text[:at][-1:]):
        return None
    return periods, re.sub(r"^份", "", text[at:])


# '2327家规模以上农机企业实现营业收入2661.89亿元': how many members, then their metric, in one clause
_MEMBERS_AND_METRIC = re.compile(r"(?P<n>" + NUMBER + r")(?P<unit>万?家|万?户)(?P<who>[^,;\d]{2,20}?(?:企业|单位))"
                                 r"(?:共|合计|累计)?(?:实现|完成)(?P<metric>营业收入|主营业务收入|利润总额|利润|工业总产值|产值"
                                 r"|工业增加值|增加值|出口交货值|出口额)(?:为|达到?|约)?(?P<amount>" + NUMBER + r")(?P<amount_unit>[万亿]*元|[万亿]*美元)")


@dataclass(frozen=True)
class MembersAndMetric:
    count: Item                 # how many members ('2327家')
    who: str                    # what they are, as printed ('规模以上农机企业')
    metric: str                 # their metric ('营业收入')
    amount: Item                # its amount ('2661.89亿元')


def members_and_metric(clause: str) -> MembersAndMetric | None:
    """'2327家规模以上农机企业实现营业收入2661.89亿元': the members counted and their metric; None for any other clause."""
    match = _MEMBERS_AND_METRIC.fullmatch(clause.strip())
    if match is None:
        return None
    return MembersAndMetric(Item(float(match["n"]), match["unit"]), match["who"], match["metric"],
                            Item(float(match["amount"]), match["amount_unit"]))


# ------------------------------------------------------------------ circumstances

# '钢铁行业在粗钢产量调控背景下增加值增长4.6%': the circumstance a figure was reached in is no part of its name.
# '在以旧换新、新能源汽车下乡等政策推动下，…': nor are the policies it was reached by, listed or not.
CIRCUMSTANCE = re.compile(r"在[^，,；;。在]{2,40}?(?:的)?(?:背景下|情况下|形势下|条件下|压力下"
                          r"|(?:共同|持续|有力|协同)?(?:推动|带动|拉动|支撑|驱动|作用|影响|引领|加持|助力)下)"
                          # ('随着人工智能加快融入研发、生产、管理各环节，…': as things go, never names)
                          r"|随着[^，,；;。\d]{2,40}")


def without_circumstance(text: str) -> str:
    return CIRCUMSTANCE.sub("", text)


# ------------------------------------------------------------------ what a part of the nation holds

# '机械行业拥有制造业单项冠军企业超过500家、…': the counts after it are the industry's (or the province's, the
# park's), never the nation's; '我国拥有…', '全国已有…' are the nation's own.
_HOLDER = re.compile(r"(?P<holder>[^，,、。；;]{2,14}?(?:行业|产业|领域|集团|园区|基地|地区|省|自治区|市))"
                     r"(?:目前|现已|已经|已|共|累计)?(?:拥有|聚集|集聚|汇聚)")


# '制造业增加值增量预计将达到8万亿元': how much a level grew over a window (its change from the window's start)
_INCREMENT = re.compile(r"(?P<name>[^,;\d]{2,20}?)(?<!新)增量(?:预计|将|有望|可望)*(?:达到|达|超过|突破|为)?(?=\d)")


def increment(clause: str) -> tuple[str, re.Match] | None:
    """(the name, the amount printed) of a level's increment over a window said ('制造业增加值增量将达到8万亿元'),
    the name never opening with the window itself; None for any other clause."""
    said = _INCREMENT.match(clause.strip())
    amount = QUANTITY_RE.match(clause.strip(), said.end()) if said else None
    if amount is None or amount.end() != len(clause.strip().rstrip("。；;，,")):
        return None
    return re.sub(r"^(?:整个)?[“\"]?十[一二三四五]五[”\"]?(?:期间|时期)?", "", said["name"]), amount


def holder(clause: str) -> str | None:
    """The part of the nation a clause says holds what it counts ('机械行业拥有…' → 机械行业), or None."""
    match = _HOLDER.search(clause)
    if match is None or re.search(r"全国|我国|全行业|各地区?", match.group("holder")):
        return None
    return match.group("holder")


# ------------------------------------------------------------------ a list closed by 等

_ETC = re.compile(r"等(?:主要|重点)?(?:产品|行业|商品|领域|品种)(?=产量|增加值|销量|利润|营业收入|出口|$)")


# '以云计算、大数据、物联网、数据中心为主的…': examples of a kind, said before its name (never items of their own)
EXAMPLES = re.compile(r"以[^，,；;。以]{2,}?为(?:主|代表|核心)的")


def kind_after_etc(text: str) -> str:
    """What a list closed by 等 names ('发展云计算、…、数据中心等新兴业务' → 新兴业务; '以云计算、…为主的新兴业务收入' →
    新兴业务收入), or '': a metric said next without a name (…，全年完成收入…) is of it."""
    # ('语音、短信、流量等传统业务收入小幅回落': the kind, without the trend said of it)
    text = TREND.sub("", text.strip("。；;，, "))
    found = re.search(r"(?:等|^" + EXAMPLES.pattern + r")(?P<what>[^，,；;。等、\d]{2,8})[。；;，,]?$", text)
    return found.group("what") if found else ""


def without_etc(label: str) -> str:
    """'超白玻璃、多晶硅、单晶硅等产品产量' → '超白玻璃、多晶硅、单晶硅产量': a list closed by 等 with no count
    names its members only, each taking the metric printed after it; '纺织、医药等行业利润' → '纺织、医药行业利润' (an
    industry's name may need its 行业)."""
    return _ETC.sub(lambda etc: "行业" if etc.group().endswith("行业") else "", label)


# ------------------------------------------------------------------ members of a group, counted

# '电子、有色、化工、汽车4个行业' · '汽车、电子等4个行业' · '钢铁、有色等行业': the number counts the names
# listed (a group), it is no figure of any of them.
# What a group of members is counted as ('4个行业', '三个品种', '7个工业大省')
_GROUP_OF = r"(?:个|家|种|大)?(?:重点|主导|支柱|优势|特色|新兴)?(?:行业|产业|领域|品种|省份|省市|省|地区|城市|市(?![场值])|地(?![区方产])|产品|企业|工业大省|大类|门类)"
_MEMBERS = re.compile(r"[^,;\d]+(?:、[^,;\d、]+)+?(?:等)?(?P<n>\d+|[一二两三四五六七八九十]{1,2})" + _GROUP_OF
                      + r"|[^,;\d]+等(?P<m>\d+|[一二两三四五六七八九十]{1,2})" + _GROUP_OF)


def members_counted(clause: str) -> int | None:
    """The size of a group whose members are listed before it ('电子、有色、化工、汽车4个行业对工业生产增长
    的贡献率…' → 4), or None. What such a clause says is said of the group, never of its first name."""
    match = _MEMBERS.match(clause.strip())
    if not match:
        return None
    n = match.group("n") or match.group("m")
    return int(n) if n.isdigit() else _count(n)


_GROUP_COUNT = re.compile(r"(?:等)?(?P<n>\d+|[一二两三四五六七八九十]{1,2})" + _GROUP_OF)


def without_group_count(names: str) -> tuple[str, int] | None:
    """'广东、江苏…、四川7个工业大省规上工业增加值' → ('广东、江苏…、四川规上工业增加值', 7): a group counted after its
    members, taken out so that a figure handed out per member (分别) goes to each; None when no count is printed."""
    if members_counted(names) is None:
        return None
    count = _GROUP_COUNT.search(names, names.rfind("、") + 1)
    if count is None:
        return None
    n = count.group("n")
    return names[: count.start()] + names[count.end():], int(n) if n.isdigit() else _count(n)


# ------------------------------------------------------------------ counts out of a whole

# '在统计的91种主要轻工业产品中' · '41个工业大类行业中' · '重点监测的31种建材产品中': the whole a count is of
_UNIVERSE = re.compile(r"(?:在|从)?(?:全省|全市|全区|全国|我国)?(?:(?:国家统计局|统计局|行业)?(?:统计的|监测的|重点监测的|纳入统计的))?(?:(?:规模以上|规上)?工业)?(?P<total>\d+)"
                       r"(?P<what>个(?:工业|制造业)?(?:大类)?行业|个(?:工业|制造业)?大类|种[^,;\d]{0,8}?产品|类[^,;\d]{0,8}?商品"
                       r"|个省份|个省(?:\(区、市\)|区市|\(自治区、直辖市\))?)(?P<of>中)?")
_COUNTED = re.compile(r"(?:有)?(?:(?P<n>\d+)(?:个|种|类)(?:行业|产品|商品)?|(?P<all>全部))(?P<rest>[^,;\d]*?)"
                      r"(?:实现|保持)?(?P<dir>增长|下降|正增长)")


# '产量比上年增长的有72种': the count said after what the members did
_COUNTED_AFTER = re.compile(r"(?P<all>全部)?(?P<rest>[^,;\d]*?)(?:比上年|同比|比上年同期|较上年)?(?P<dir>增长|下降|正增长)的(?:产品|行业)?"
                            r"(?:有|为)(?P<n>\d+)(?:个|种|类)(?:产品|行业)?$")


def _counted(text: str) -> re.Match | None:
    return _COUNTED.match(text) or _COUNTED_AFTER.match(text)


@dataclass(frozen=True)
class Count:
    value: float         # how many (the whole when 全部)
    whole: float | None  # out of how many (None: not said)
    what: str            # what is counted, as printed (种主要轻工业产品, 个大类行业)
    falling: bool        # counted because they fell (下降)
    # what grew or fell, as printed ('中小企业利润总额', '增加值同比'): read only to tell another measure from value added
    of: str = field(default="", compare=False)
    fast: bool = False   # counted because they grew by two digits (保持两位数增长)


def universe(clause: str) -> tuple[float | None, str] | None:
    """'在41个工业大类行业中' said alone: (41, '个工业大类行业'); '重点监测的建材产品中': (None, '种主要建材产品'), how
    many there are unsaid."""
    match = _UNIVERSE.fullmatch(clause.strip())
    if match and match.group("of"):
        return float(match.group("total")), match.group("what")
    among = _AMONG_MAIN_PRODUCTS.fullmatch(clause.strip())
    return (None, f"种主要{among['kind']}产品") if among and among["kind"] else None


# '主要轻工产品中，', '重点监测的建材产品中': the main products of an industry, their number unsaid
_AMONG_MAIN_PRODUCTS = re.compile(r"(?:在)?(?:规模以上工业)?(?:(?:统计的|监测的|重点监测的)(?:主要)?|主要)"
                                  r"(?P<kind>[\u4e00-\u9fff]{0,6}?)产品中[,，]?")


_EXAMPLES = re.compile(r"^[^,;\d]{1,60}?等(?=\d)")


def without_examples(clause: str) -> str:
    """A count with the examples printed before it taken off ('电风扇、…、纸浆等18种产品…' → '18种产品…')."""
    return _EXAMPLES.sub("", clause.strip())


def count(clause: str, said: tuple[float, str] | None = None) -> Count | None:
    """'41个大类行业中有30个行业增加值同比增长' in one clause, or '55种产品产量实现增长' after a whole said
    before it (`said`)."""
    # ('其中纸浆等18种产品产量保持两位数增长': a part of those counted before, the examples no part of the count)
    if lead := re.match(r"(?:其中|以及)[，,]?", clause.strip()):
        clause = without_examples(clause.strip()[lead.end():])
    clause = clause.strip()
    whole = _UNIVERSE.match(clause)
    if whole and (match := _counted(clause[whole.end():].strip())):
        total, what = float(whole.group("total")), whole.group("what")
    elif said and (match := _counted(clause)):
        total, what = said
    elif re.match(r"有?\d+个(?:工业大类|大类行业)", clause) and (match := _counted(clause)):
        total, what = 41.0, "个工业大类行业"    # '37个工业大类行业增加值实现同比增长': of the 41 divisions, the whole never printed
    elif (place := re.match(r"(?:全省|全市|全区)有?(?=\d+个(?:工业大类|大类行业|行业大类))"
                            r"|(?:全省|全市|全区)(?:规模以上|规上)?(?:工业大类行业|工业大类|大类行业|行业大类)中有?(?=\d+个)", clause)) \
            and (match := _counted(clause[place.end():])):
        # '全省30个工业大类行业增加值实现增长', '全省工业大类行业中有35个实现增长': a province's, how many it has unsaid
        total, what = None, "个工业大类行业"
    elif (among := _AMONG_MAIN_PRODUCTS.match(clause)) and (match := _counted(clause[among.end():].strip())):
        total, what = None, f"种主要{among['kind']}产品"   # '主要轻工产品中有35种产量实现增长': how many there are unsaid
    else:
        return None
    value = total if match.group("all") else float(match.group("n"))
    rest = match.group("rest").strip("的 ")
    return Count(value, total, what, match.group("dir") == "下降", rest, fast=rest.endswith("两位数"))


# '比11月份增加3个', '比上月多15种': a count's change on the month before (its members, 个 or 种)
_COUNT_CHANGE = re.compile(r"(?:比|较)(?P<base>上月|上年同期|去年同期|上年|去年|\d{1,2}月份?)(?P<verb>增加|多|减少|少)(?P<num>\d+)(?:个|种)(?:行业|产品)?")


def count_moved(clause: str, at: Period) -> tuple[str, float] | None:
    """(measure, signed change) of a count of `at` said against the month before ('比11月份增加3个': mom_abs_change) or
    the same span a year before ('比上年增加13种': yoy_abs_change); None for any other base or clause."""
    said = count_change(clause)
    base = base_period(said[0], at) if said else None
    if base is None:
        return None
    if at.period_type == "month" and base.period == shift_month(at.period, -1):
        return "mom_abs_change", float(said[1])
    if (base.period, base.period_type) == (shift_year(at.period, -1), at.period_type):
        return "yoy_abs_change", float(said[1])
    return None


def count_change(clause: str) -> tuple[str, int] | None:
    """(the base said, the signed change) of a count against an earlier period; None for any other clause."""
    said = _COUNT_CHANGE.fullmatch(clause.strip())
    return (said["base"], (-1 if said["verb"] in ("减少", "少") else 1) * int(said["num"])) if said else None


# ------------------------------------------------------------------ clauses with no figure that still say whose

# Where an index stands, no figure ('处于景气区间'): the index just read stays the subject
# ('重回临界点以上', '跌破荣枯线': the line passed again)
STATE_ONLY = re.compile(r"(?:仍|继续|持续)?(?:处于|位于|保持在|维持在|重回|回到|重返|站上|跌破|降至)[^,;\d]{0,10}"
                        r"(?:区间|(?:临界点|临界值|荣枯线|景气线)(?:以上|以下|之上|之下)?)")
# Names listed with how they fared, no figure ('仅西藏、宁夏水泥产量同比增长'): their figures follow with 分别
LISTED_BARE = re.compile(r"(?:仅|只有|其中)?(?P<names>[^,;\d]+、[^,;\d]+?)(?:同比)?(?:均)?(?:实现|保持)?"
                         r"(?:增长|正增长|增势较好|增速较快|表现较好|下降)")
# A name said with how it fares, no figure ('卫生材料及医药用品制造增长最快'): the subject of the metric after it
NAMED_ONLY = re.compile(r"(?P<name>[^,;\d]{2,}?)(?:增长|增速|增幅|降幅|下降)(?:最快|最高|最大|较快|领先|明显)")
# A scope of enterprises opening a figure ('重点监测的造船企业完工…', '骨干企业…'): when it names no series, the rest
# of the sentence is the scope's too
KEY_SCOPE = re.compile(r"(?:其中)?(?:重点(?:监测|统计|联系|调查)的?|骨干)[^,;，；]{0,12}?(?:企业|船企)")
# '造船完工量、新接订单量和手持订单量中海船': a part said once, after the last name of a list
_PART_AFTER_LIST = re.compile(r"中(?:海船|出口船)$")


def part_after_list(labels: list[str]) -> list[str]:
    """Every name of a list with the part said once after the last one (…手持订单量中海船 → 造船完工量中海船, …)."""
    among = _PART_AFTER_LIST.search(labels[-1]) if len(labels) > 1 else None
    return [lab if lab.endswith(among.group()) else lab + among.group() for lab in labels] if among else labels


# ------------------------------------------------------------------ groups and ranks

_RANK = r"(?:前|第)(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})(?:名|位|强)?"
# '软件业务收入居前5名的省份中，' / '居全国前五位的…' / '排名前十位的企业（集团）': members named next
_LIST_INTRO = re.compile(r"(?P<what>.*?)(?:居|位居|居于|排名|排在|排名在|位列|列)(?:全国)?" + _RANK + r"的(?P<who>省份?|省市|地区|城市|企业|企业\(集团\)|企业集团)中?")
# '…居前5名的北京、广东…' · '…居前5名的省份依次为北京、广东…': the members named in the same clause
_LIST_NAMED = re.compile(r"(?P<what>.*?)(?:居|位居|居于|排名|排在|排名在|位列|列)(?:全国)?" + _RANK + r"的(?:(?:省份?|省市|省\(市\)|地区|城市|企业)?"
                         r"(?:依次|分别)?(?:为|是))?(?P<members>[^,;\d的]+)")
# '五省（市）合计' · '5省(市)共' · '前5名省份合计' · '上述五省市合计' · '这五个省份合计'
_GROUP_TOTAL = re.compile(r"(?:上述|这|以上)?(?:(?P<size>\d{1,2}|[一二三四五六七八九十]{1,2})个?(?:省份?|省市|省\(市\)|地区|城市|企业)"
                          r"|" + _RANK + r"(?:的)?(?:省份?|省市|地区|城市|企业))(?:合计|共计|共|总计)")


# '四个地区同比分别增长…' · '五省（市）同比分别…' · '上述5个省份' · '四大区域': the places named in the sentence before, counted
# Words before a list's figures, never a figure ('的5G移动电话用户': 5G is a name)
_WORDS = r"(?:[^,;\d]|\d(?=[A-Za-z]))*?"
_NAMED_GROUP = re.compile(r"(?:上述|以上|这)?(?P<n>\d{1,2}|[二两三四五六七八九十]{1,2})(?:个|大)?"
                          r"(?:省\(市\)|省市|省份?|地区|区域|城市)(?=同比|比上年|较上年|分别|依次|均|合计|共计|增速|[,;]|$|(?!" + _WORDS
                          + r"(?:占|比重|比例))" + _WORDS + r"(?:分别|依次))")    # shares: share_list's


def named_group(clause: str) -> tuple[int, int] | None:
    """'四个地区同比分别增长…' → (4, where the rest begins): a group of places counted, the ones just named; None else."""
    match = _NAMED_GROUP.match(clause.strip())
    if not match:
        return None
    return _count(match.group("n")), len(clause) - len(clause.lstrip()) + match.end()


# '两个行业的利润总额分别为…' · '上述四个行业1—7月增加值…依次为…' · '两者收入分别为…': the industries or products
# named just before, counted (a metric of each follows)
_NAMED_TRADES = re.compile(r"(?:上述|以上|这)?(?:(?P<n>\d{1,2}|[二两三四五六七八九十]{1,2})(?:个|大|类)?(?:子行业|行业|产品|领域|门类)"
                           r"|(?P<m>[二两三四])者)的?")


def named_trades(clause: str) -> tuple[int, int] | None:
    """'两个行业的利润总额…' → (2, where the rest begins): industries or products counted, the ones just
    named (a list of figures follows them: the reader checks); None else."""
    match = _NAMED_TRADES.match(clause.strip())
    if not match:
        return None
    return _count(match.group("n") or match.group("m")), len(clause) - len(clause.lstrip()) + match.end()


def list_intro(clause: str) -> tuple[str, int] | None:
    """'软件业务收入居前5名的省份中' → ('软件业务收入', 5): the members of a ranked group follow."""
    match = _LIST_INTRO.fullmatch(clause.strip())
    return (match.group("what"), _count(match.group("n"))) if match else None


def list_intro_named(clause: str) -> tuple[str, int, int] | None:
    """'软件业务收入居全国前5位的北京、广东、江苏、山东、上海' → (what, 5, where the members start): the
    members of a ranked group named in the same clause, their figures in the clause after it."""
    match = _LIST_NAMED.fullmatch(clause.strip())
    if not match or len(re.split(r"[、和及]", match.group("members"))) != _count(match.group("n")):
        return None
    return match.group("what"), _count(match.group("n")), clause.index(match.group("members"))


def group_total(label: str) -> int | None:
    """The size of the group a total is of ('五省（市）合计软件业务收入' → 5), or None."""
    match = _GROUP_TOTAL.search(label)
    return _count(match.group("size") or match.group("n")) if match else None


def strip_rank(label: str) -> str:
    """Names without the rank a list says of them: 'A、B、C软件业务收入居全国前5' (规模居全国前列) → 'A、B、C软件业务收入'."""
    # ('汽车、船舶、电子信息制造行业开展数字化改造的企业比例居前': a rank said with no number too)
    return re.sub(r"(?:规模)?(?:均)?(?:(?:居|位居|位列|排名)(?:全国)?(?:" + _RANK + r"|前列|前)|靠前)$", "", label)


_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# '4个行业合计拉动…', '这五个产业共同…': a group of the industries just listed, counted
INDUSTRIES_COUNTED = re.compile(r"\s*(?:这|上述|以上)?(?P<n>\d{1,2}|[二两三四五六七八九十]{1,2})个(?:重点|主要|主导|优势)?(?:行业|产业)")


def group_size(text: str) -> int:
    """How many a group counts ('4', '四', '十二')."""
    return _count(text)


def _count(text: str) -> int:
    """5, 五, 十, 十五, 二十: a rank or a group size."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _CN[text]
    return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)


# ------------------------------------------------------------------ thresholds

# A milestone a figure passed, never the figure: 均超过3100万辆, 双双突破1000万辆, 首次突破, 连续N年,
# 保持在3000万辆以上规模, 迈上N台阶
_THRESHOLD = re.compile(r"(?:均|双双|都|首次|历史上首次|再次|又|连续\d+(?:个)?(?:年|月|季度)?)双?(?:超过|超出|超|突破|站上|迈上|达到|接近|保持在?|稳定在|重回|回到)"
                        r"|(?:位居|居|保持|稳居|位列)(?:世界|全球|全国)(?:第一|首位|前列)"
                        r"|(?:突破|超过|迈上|站上)(?:\d+(?:\.\d+)?)?[万亿千百]*(?:[^\d,;]{0,3})?(?:大关|台阶|关口|规模)"
                        r"|以上规模|连续\d+年"
                        # ('产销量连续三年保持在3000万辆以上': a line held each year; '比重继续保持在30%以上': a level now)
                        r"|(?:连续[\d一二三四五六七八九十]+个?(?:年|月|季度)|均|都|双双)(?:仍|继续|依然)?保持在[^,;]*?以上")


# '通用设备（8.3%）、专用设备（3.8%）和仪器仪表（7.6%）制造业保持增长': each name's growth in brackets after it,
# the names completed by the words they share after the list, the growth said by the trend at the end
_BRACKETED = re.compile(r"(?P<name>[^,;()、和及\d]{2,20}?)\((?P<num>-?" + NUMBER + r")%\)")
_BRACKETED_LIST = re.compile(r"(?:[^,;()、和及\d]{2,20}?\(-?" + NUMBER + r"%\)[、和及]){1,}[^,;()、和及\d]{2,20}?\(-?"
                             + NUMBER + r"%\)(?P<tail>[^,;()\d]*)")


def bracketed_growths(clause: str) -> tuple[list[tuple[str, float]], str] | None:
    """([(name, growth in %)], the words after the list) of names each with its growth in brackets, said to
    grow or fall together ('…制造业保持增长'); None when the list says no direction or a fall with unsigned figures."""
    match = _BRACKETED_LIST.fullmatch(clause.strip())
    if match is None:
        return None
    tail = match.group("tail")
    trend = TREND.search(tail)
    items = [(m.group("name"), float(m.group("num"))) for m in _BRACKETED.finditer(clause[: match.start("tail")])]
    if trend is None or (re.search(r"下降|回落", trend.group()) and any(value > 0 for _, value in items)):
        return None
    return items, tail[: trend.start()]


# '均在8%以上', '均超过10%', '均增长超过10%': a line each of the names passed (never 'A、B均增长11%左右', one figure each)
_EACH_PAST = re.compile(r"(?<![户人年月日])均(?:在|为)?(?:同比)?(?:增长|增速)?(?:超过|超|高于|突破)" + NUMBER + r"[^,;\d]{0,4}?"
                        r"|(?<![户人年月日])均(?:在|为)?(?:同比)?(?:增长|增速)?(?:在|为)?" + NUMBER + r"[^,;\d]{0,4}?以上")


def each_past(clause: str) -> bool:
    """Whether a list's clause says a line each name passed ('增速均在8%以上'), not a figure of each."""
    return bool(_EACH_PAST.search(clause))


# '10万千瓦及以上项目装机占比62.3%', '4小时及以上新型储能电站': a threshold printed inside a name (after a figure)
NAME_THRESHOLD = re.compile(r"及以[上下](?=[\u4e00-\u9fff])(?!的)")


def threshold(clause: str) -> bool:
    """Whether a clause states a milestone rather than a figure ('产销量均突破3000万辆', '增速均在8%以上')."""
    return bool(_THRESHOLD.search(clause)) or each_past(clause)


# '商用车出口首次突破100万辆', '新能源汽车产销量均超过1100万辆': a line passed, said of the name before it and
# nothing after: the name's level, over the line (a bound the exact figure, if printed too, lies within)
_PASSED_LINE = re.compile(r"(?P<name>[^,;\d]{2,}?)(?:首次|再次|又|均|双双|都|已经|已)*(?=(?:突破|超过|超)\d)")


def passed_line(clause: str) -> tuple[str, int] | None:
    """(the name, where its figure starts) of a line passed and nothing else; None for any other clause (连续16年…,
    …大关, a rate's line: 均超过50% is a milestone of each, never a figure)."""
    said = _PASSED_LINE.match(clause.strip())
    figure = QUANTITY_RE.match(clause.strip(), said.end()) if said else None
    if figure is None or clause.strip()[figure.end():].strip(" 。;；") or parse_quantity(figure).unit in ("%", "") \
            or re.search(r"连续|居|第一|首位", said["name"]):
        return None
    return said["name"], clause.index(clause.strip()) + said.end()


def milestone_subject(clause: str) -> str:
    """The name a milestone is said of, when it leads the clause ('新能源汽车产量首次突破1000万辆' →
    新能源汽车产量): the figure that follows ('，达到1288.8万辆') is its."""
    found = _THRESHOLD.search(clause)
    head = clause[: found.start()] if found else ""
    # '乘用车产销首次双双突破…': how the milestone was passed is no part of the name
    head = re.sub(r"(?:首次|再次|均|双双|已经|已)+$", "", head)
    return "" if re.search(r"\d", head) else head


# ------------------------------------------------------------------ asides

# '装备制造业恢复态势明显', '制造业用钢占比持续提高': a trend said of a name, with no figure (the name is the
# subject of what follows)
TREND = re.compile(r"(?:(?:明显|持续|稳步|较快|快速|逐步|逐年|继续|进一步|企稳|小幅|大幅|平稳|保持|实现|有所|略有|逆势|逆市|两位数)*(?:回升|回暖|增长|提高|提升|攀升|上升|加快|好转|恢复|改善|下降|回落)"
                   r"|稳中有(?:增|升|降|进)|(?:维持|保持|处于)(?:在)?高位(?:运行)?|高位运行"
                   r"|(?:增势|增长态势|发展态势|运行态势|走势)(?:平稳|良好|向好|强劲|稳定|较好|突出|明显)|(?:增长|增速)较快|稳中有升|稳中向好)$")


# '以云计算、大数据…等为主的新兴业务收入': what a name is made of, said before it, is no part of the name
DESCRIBED_AS = r"以[^,;，；]{2,30}?为(?:主|代表)的"
# '在上年高基数基础上同比下降4.6%': the base a change is said on, an aside before the change
ON_A_BASE = r"在[^,;\d]{0,8}?高?基数(?:的)?基础上"
# Who reports a telecom figure, before its name ('三家基础电信企业及中国广电的移动电话用户', '…发展移动物联网终端用户')
TELECOM_REPORTERS = r"(?:三家)?基础电信企业(?:[及和与]中国广电)?(?:的|共?发展了?的?)?"


def whole_series(text: str) -> str:
    """'全国软件业务总收入' → '软件业务收入': the series a whole is named by, without its scope words."""
    return re.sub(r"^(?:全部|所有|全国|全行业)|总(?=(?:业务|营业)?收入$)", "", text)


# '乘用车方面，…' · '商用车市场企稳回升，…': the name the compounds after it are of (产销 → 商用车产销)
# ('商用车回暖明显，11月产销分别完成…': the name with how it moved, no market said)
_ASPECT = re.compile(r"(?P<name>[^,;]{2,10}?)方面|(?P<moved>[^,;\d]{2,10}?)(?:市场|行业)" + TREND.pattern
                     + r"|(?P<bare>[^,;\d]{2,10}?)(?:回暖|回升|增长|好转|下滑|回落)(?:明显|显著|较快)$")


def aspect(clause: str) -> str | None:
    """The name an aspect clause speaks of ('乘用车方面' → 乘用车), or None."""
    match = _ASPECT.fullmatch(clause.strip())
    return (match.group("name") or match.group("moved") or match.group("bare")) if match else None


# A metric said with no name ('实现营业收入…', '利润总额同比分别…', '收入占全国的…'): never anyone's alone, the
# subject's in force (catalogue.sibling).
BARE_METRIC = re.compile(r"(?:主营业务|营业|业务)?收入|(?:营业|主营业务)?成本|利润总额|利润|(?:营业收入|主营业务收入|销售)?利润率")


# '比上年末净增45.5万个', '净增87.4万个', '较2022年底增加3.2万户', '比上年末下降9.1点' (an index): a stock's
# change since the end of the year before, in the level's unit (abs_change); with 净 the base may go unsaid.
# A change in % or in points of a share is another measure (a rate of change, share_pp_change_ytd).
SINCE_YEAR_END = re.compile(r"(?:(?:比|较)(?:上年末|上年底|去年底|去年末|年初|(?P<year>20\d\d)年(?:底|末))(?:累计)?净?|(?:累计)?净)"
                            r"(?P<verb>增加|增|减少|减|(?:下降|上升|提高|提升|回落|上涨|下跌)(?!" + NUMBER + r"(?:%|个?百分点)))"
                            r"(?P<about>约|近|将近)?(?P<over>超过|逾)?(?P<num>" + NUMBER + r")(?P<unit>\S+)")
# ('增加近900亿个': about; '净增超过3000万户': more than it)


# '软件业务收入增速为13.2%', '智能算力规模增速将超过40%': a growth said as a rate of its name (its change on a year
# earlier); the name may be the subject in force ('…，同比增速为10%')
GROWTH_NAMED = re.compile(r"(?P<label>.*?)的?(?:同比|比上年)?(?:增速|增长率|增幅|增长速度|(?P<fall>" + "|".join(FALL_RATES) + r"))"
                          r"(?:高|仅|只|也|则|就|已|已经|均|仍)?")      # ('西成药出口增速高达22.94%', '…增速就达到13.4%')


# '全省工程机械出口继续保持两位数增长，增速为15.7%': a clause remarking that a name grows, printing no figure; the
# growth rate said after it is that name's
_GROWTH_REMARK = re.compile(r"(?P<name>[^,;\d]{2,16}?)(?:继续|持续|仍然|仍|依然|保持|实现|呈现|均|了)*"
                            r"(?:两位数|较快|快速|高速|稳定|平稳|强劲|大幅|稳步)?的?(?:增长|增势)(?:态势|势头)?(?:强劲|良好|明显)?")


def growth_remarked(said_before: str) -> str | None:
    """The name the clause just before remarks grows ('全省工程机械出口继续保持两位数增长' → 全省工程机械出口), when that
    clause prints no figure; else None."""
    remark = re.split(r"[,;。]", said_before.rstrip(" ,，"))[-1].strip()
    said = _GROWTH_REMARK.fullmatch(remark) if not re.search(r"\d", remark) else None
    return said["name"] if said else None


def growth_sign(named: re.Match) -> int:
    """-1 for a growth said as its fall ('水泥产量同比降幅达8.6%' is a growth of -8.6 %), else 1."""
    return -1 if named.groupdict().get("fall") else 1


# '1—2月份…增长5.9%，3月份加快至7.7%', '6月份回升到6.8%': the growth of the name in force, said as the rate it moved to
# (of a growth just read only: '利用率提高到…' is a rate's level, '占比提高到…' a share)
GROWTH_MOVED_TO = re.compile(r"(?:增速|增幅)?(?:又|再|明显|进一步|小幅|大幅|继续|逐步)?(?:加快|回升|回落|放缓|放慢|提高|提升|上升|下降|降|升)"
                             r"(?:至|到)(?P<num>-?" + NUMBER + r")%")


# '软件业务收入居前5位的北京、广东、…、上海分别增长…': the members ranked, each of the metric they were ranked by
_RANKED_MEMBERS = re.compile(r"(?P<metric>[^,;]+?)(?:位)?居(?:全国)?前(?:\d+|[一二三四五六七八九十]+)(?:位|名)?的(?P<names>[^,;]+)")


def ranked_members(head: str) -> str | None:
    """'软件业务收入居前5位的北京、广东、江苏' → '北京、广东、江苏软件业务收入', or None."""
    match = _RANKED_MEMBERS.fullmatch(head.strip())
    return match.group("names") + match.group("metric") if match and re.search(r"[、和]", match.group("names")) else None


# '为去年8月以来累计最高增速', '创2021年以来新高': a record, said against a span (never the period of a figure)
RECORD_SINCE = re.compile(r"(?:为|是|创|系)?[^，,；;]*以来[^，,；;]*(?:最高|最低|最快|最慢|最大|最小|新高|新低|首次|最好)")
# '单月出口规模再创新高', '为年内单月最高', '创历史新高': a record said of the figure just read, in a clause of its own
# (its changes may follow: '…72.8万辆，单月出口规模再创新高，环比增长9.3%')
RECORD = re.compile(r"(?P<what>[^,;\d]{0,10}?)(?:(?:再|又|均|双双)?创(?:出)?(?:历史|年内|单月|月度|同期){0,2}(?:新高|新低|纪录)"
                    r"|(?:为|是|居)[^,;\d]{0,8}?(?:最高|最低|新高|新低)(?:水平|纪录)?)|" + RECORD_SINCE.pattern)


# '比9月末减少260万平方米', '较上月末增加5.3万个', '较9月末净增5.3万个', '环比上涨6102元/吨' (on the month before) and '同比增加0.24元', '比2024年
# 增加…' (on a year earlier): a change in the level's unit (mom_abs_change, yoy_abs_change)
# ('比上月小幅回落0.2点': how much it moved, said between)
_HOW_MUCH = r"(?:小幅|大幅|略有|略微|明显|继续)?"
ABS_MOM = re.compile(r"(?:(?:比|较)(?:上月末|上月|(?P<month>\d{1,2})(?:月末|月底|月份?))|环比)" + _HOW_MUCH
                     + r"(?P<verb>净增|净减|增加|减少|上升|下降|提高|回落|回升|上涨|下跌)(?P<about>约)?(?P<num>" + NUMBER + r")(?P<unit>\S+)")
ABS_YOY = re.compile(r"(?:同比|比上年同期|较上年同期|比上年同月|较上年同月|比上年|较上年|(?:比|较)(?P<year>\d{4})年度?(?:同期)?)" + _HOW_MUCH
                     + r"(?P<verb>增加|减少|上升|下降|提高|回落|回升|上涨|下跌|低|高|多出?|少)(?P<about>约)?(?P<num>" + NUMBER + r")(?P<unit>\S+)")


# '比第六批的3012家多出470家', '较上一批的561家增长23.17%', '上一批为711家', '与上一批的400家基本持平': a yearly list's batch
# compared with the one before it, the list of the year before
_BATCH_BEFORE = r"(?:上一批次?|上批|前一批|第(?P<{}>[一二三四五六七八九十]{{1,3}})批)"
_BATCH_COMPARED = re.compile(r"(?P<verb>比|较|与)" + _BATCH_BEFORE.format("ordinal") + r"(?P<tail>的(?=\d)|(?=增加|减少|增长|下降|多|少))"
                             r"|^" + _BATCH_BEFORE.format("said") + r"(?=(?:为|是)\d)")
_ORDINALS = "一二三四五六七八九十"


def batch_said_as_year(clause: str, current: str | None) -> str | None:
    """A clause comparing a yearly list's batch with the one before, said of the year before ('比第六批的3012家多出470家'
    → '比上年的3012家多出470家', '上一批为711家' → '上年为711家'); `current` is the ordinal of the batch read ('七'): a
    batch named by its own ordinal must be the one before it. None when the clause says no batch before."""
    found = _BATCH_COMPARED.search(clause)
    ordinal = found and (found["ordinal"] or found["said"])
    if found is None or ordinal and (not current or current not in _ORDINALS
                                     or _ORDINALS.find(ordinal) != _ORDINALS.find(current) - 1):
        return None
    return clause[: found.start()] + (found["verb"] or "") + "上年" + (found["tail"] or "") + clause[found.end():]


# '…平均充电功率较上年提升30%': a name's change in % on the year before, said with a verb of improvement (never read
# as a growth by the change forms, 提升 being also a programme's improvement)
ON_A_YEAR_BEFORE = re.compile(r"(?P<name>.{2,}?)(?:比|较)(?:上年|去年)(?:同期)?(?P<verb>提升|提高|增加|降低|减少)")


def change_sign(verb: str) -> int:
    """The sign a change takes from its verb (ABS_YOY, ABS_MOM, SINCE_YEAR_END …): '减少260万平方米', '比上年少…',
    '比上年末净减…' are falls."""
    return -1 if verb.removeprefix("净") in FALL_VERBS or verb in ("低", "少") else 1


# '4G基站、5G基站分别为…，全年分别净增81.8万个和87.4万个': each stock's change since the end of the year before
# ('…服务企业超过52万家，分别较上年底增加约1200亿个和6万家': 分别 said before the base)
SINCE_YEAR_END_LISTED = re.compile(r"(?:(?:分别|依次)(?:比|较)(?:上年末|上年底|去年底|去年末|年初)"
                                   r"|(?:(?:比|较)(?:上年末|上年底|去年底|去年末|年初))?(?:分别|依次))(?:累计)?净?(?P<verb>增加|增|减少|减)"
                                   r"(?P<list>(?:约|近)?" + NUMBER + r"[^,;]*)")


def since_year_end_listed(clause: str) -> list[Item] | None:
    """The changes since the year before's end a list hands out ('分别净增81.8万个和87.4万个'), signed; None else."""
    said = SINCE_YEAR_END_LISTED.fullmatch(clause.strip())
    items = enumeration(said["list"]) if said else []
    if not items or any(item.unit in ("%", "百分点") for item in items):
        return None
    return [Item(change_sign(said["verb"]) * item.value, item.unit, item.qualifier) for item in items]


# '10月当月净增1700万户', '其中10月份新增5.3万个' (a month said just before, MONTH_SAID): a stock's change in the
# month, on the month before's end (mom_abs_change), never since the year's end
MONTH_ADDED = re.compile(r"(?:当月|单月)?(?:净增加|净增|新增|净减少|净减)(?P<num>" + NUMBER + r")(?P<unit>\S+)")
MONTH_SAID = re.compile(r"(?:(?<![-—－~至\d])\d{1,2}月份?|当月|单月)(?:当月)?$")


# '产销量分别为…（同比分别增长29.0%和28.2%）': the changes of the figures just read, said in brackets
# '5G移动电话用户11.54亿户（比上年末净增1.4亿户）': a change since the end of last year too
_CHANGE_ASIDE = re.compile(r"[(（](?P<said>(?:同比|比上年|较上年)(?:同期|末)?(?:分别|均)?(?:增长|下降|上涨|减少|净增|净减)[^()（）]*"
                           r"|(?:增速|增幅|降幅)(?:比|较)[^()（）\d]{1,8}(?:提高|回落|加快|放缓|收窄|扩大|下降|上升)[^()（）]*?百分点"
                           r"|(?:分别)?(?:高于|低于|快于|慢于|高出)[^()（）\d]{1,16}\d[^()（）]*?百分点"
                           r"|占[^()（）\d]{2,30}?(?:的)?(?:比重|比例)?(?:为|达)?\d+(?:\.\d+)?[%％]"
                           r"|全国(?:平均)?(?:同比)?(?:增长|下降|为)\d+(?:\.\d+)?[%％])[)）]")   # also '（占全国…的11.8%）', '（全国增长5.9%）'


# '…增加值占规模以上工业增加值的比重（79.6%）保持稳定': a share's figure in brackets after its word
_SHARE_ASIDE = re.compile(r"(?<=比重|占比|比例)[(（](?P<said>\d+(?:\.\d+)?[%％])[)）]")


# '…回落0.4个百分点（一季度为增长11.6%）', '同比增长2.1%（上年为下降1.1%）', '市场占有率为69.3%（上年同期为
# 64.5%）': the figure of an earlier span or year, said aside
_EARLIER_ASIDE = re.compile(r"[(（](?P<said>(?:" + _SPAN_BASE + r")(?:分别|依次)?(?:为|是)(?:同比)?(?:增长|下降)?\d[^()（）]*"
                            r"|(?:上年同期|去年同期|上年|去年)\d[^()（）]*)[)）]")     # '（上年同期110.38点）' too
# The clause such an aside opens into ('一季度为增长11.6%', '上年同期为64.5%'): the same name's figure of that
# span or year, a growth or a value in the unit of the figure just read.
# ('…出口钢材978.2万吨，同比下降13%，上年同期出口量为1118.2万吨': the subject's own quantity word said again)
EARLIER_SAID = re.compile(r"(?P<base>上年同期|去年同期|上年同月|上年|去年|" + _SPAN_BASE + r")(?:的?(?:出口量|进口量|产量|销量))?"
                          r"(?:(?:分别|依次)?(?:为|是)"
                          r"(?=(?:同比)?(?:增长|下降|持平)|\d)|(?<=同期|上年|去年)(?=\d+(?:\.\d+)?[^\d.月年]))")


# '比10月底的475.8万个继续增加', '较2024年的100509万吨进一步减少', '超过2016年上半年的5712万吨': the value the figure
# just read is compared with, of the period said (the same name's, in its measure and unit)
EARLIER_COMPARED = re.compile(r"(?:比|较|与|超过|高于|低于)(?P<base>(?=[^的])(?:(?:\d{4}年度?|上年|去年)?"
                              r"(?:\d{1,2}月份?[底末]?|第?[一二三四]季度末?|上半年|前三季度|全年|同期|[底末])?|" + PLAN_END
                              + r"))(?:时)?的(?=(?:超过|约|近)?\d)")     # ('较2024年11月时的超过15000个')


# '比上年的123258亿元增长10.0%', '较上年末的425.1万个净增58.7万个': a value then, said between the base and the change
_VALUE_THEN_CHANGE = re.compile(EARLIER_COMPARED.pattern + r"(?P<then>" + NUMBER + r"[万亿千]*[^\d,;，；、]{1,4}?)"
                                r"(?=(?:继续|进一步)?净?(?:" + _VERB + r"|多出?|少)(?:了)?(?:约|近|将近)?" + NUMBER
                                + r"|(?:基本|大体)?(?:持平|相当))")


# '增速比上半年（7.6%）加快0.2个百分点': the base's own rate said aside, in brackets, before the change against it
_VALUE_ASIDE_CHANGE = re.compile(r"(?:比|较)(?P<base>" + _SPAN_BASE + r")[(（](?P<then>" + NUMBER + r"%)[)）]"
                                 r"(?=(?:继续|进一步)?(?:" + _VERB + r")(?:约|近)?" + NUMBER + r")")


# '增速较6月份（8.5%）有所回落': the base's own rate said aside, its change said by direction only (the rate then read)
_VALUE_ASIDE_MOVED = re.compile(r"(?:比|较)(?P<base>" + _SPAN_BASE + r")[(（](?P<then>" + NUMBER + r"%)[)）]"
                                r"(?:有所|略有|明显|继续|进一步)?(?:加快|回落|放缓|提高|提升|下降|回升|上升)[。]?$")


# '…有望突破1.6万亿元，较2024年（超过1.5万亿元）再上新台阶': the base's own level said aside, the move said in words
_VALUE_ASIDE_RISEN = re.compile(r"(?:比|较)(?P<base>\d{4}年(?:底|末)?|上年(?:底|末)?|去年(?:底|末)?)[(（]"
                                r"(?P<then>(?:超过|约|近)?" + NUMBER + r"[万亿千]*[^\d()（）%]{1,4})[)）]"
                                r"(?:再上新台阶|迈上新台阶|继续(?:增长|扩大|提升)|(?:稳步|持续|明显|大幅)(?:增长|扩大|提升))[。]?$")


def value_then_change(clause: str) -> tuple[int, int] | None:
    """Where a value then sits in a change against it ('比上年的123258亿元增长10.0%': the span of
    '的123258亿元'; '比上半年（7.6%）加快…': of '（7.6%）'), so the change reads as against the base said bare;
    None if there is none."""
    if then := _VALUE_THEN_CHANGE.search(clause):
        return then.start("then") - 1, then.end("then")
    return aside[2:] if (aside := value_aside(clause)) else None


# '增速高于同期规模以上工业（5.9%）和高技术制造业（9.4%）': the aggregates' own growths said aside, no gap printed
_ASIDES_ONLY = re.compile(r"(?:增速|增幅)?(?:明显|均)?(?:高于|快于|低于|慢于)(?:同期)?(?P<list>.+)")
_ASIDE_ITEM = re.compile(r"(?P<name>[^,;、和及()（）\d]{2,}?)[(（](?:增长|下降)?(?P<num>-?" + NUMBER + r")%[)）]")


def aggregates_aside(clause: str) -> list[tuple[str, float]]:
    """The aggregates a growth is said above or below, each with its own growth in brackets and no gap; [] else."""
    said = _ASIDES_ONLY.fullmatch(clause.strip())
    items = list(_ASIDE_ITEM.finditer(said["list"])) if said else []
    joints = [said["list"][a.end(): b.start()] for a, b in zip(items, items[1:])] if items else []
    if not items or said["list"][: items[0].start()] or said["list"][items[-1].end():].strip("。 ") \
            or any(joint not in ("和", "、", "及", "以及") for joint in joints):
        return []
    return [(item["name"], float(item["num"]) * (-1 if "下降" in item.group() else 1)) for item in items]


def value_aside(clause: str) -> tuple[str, float, int, int] | None:
    """'增速比上半年（7.6%）加快0.2个百分点': the base, its rate then and where the brackets sit; None else."""
    aside = _VALUE_ASIDE_CHANGE.search(clause)
    return (aside["base"], float(aside["then"].rstrip("%")), aside.start("then") - 1, aside.end("then") + 1) \
        if aside else None


# '…达到1289家，而2020年末仅为531家': the same name's value at an earlier year (or its end), contrasted
EARLIER_CONTRASTED = re.compile(r"(?:而|但)?(?P<base>\d{4}年[末底]?|上年末|去年底|" + PLAN_END + r")(?:时)?(?:仅|只|才|则)(?:为|是|有)(?=\d)")


# '超过2017年9454亿元的峰值': a value of an earlier year said as the peak passed (read as '超过2017年的9454亿元')
# ('比2020年10.53亿吨的历史最高水平累计减少9219万吨': the peak a figure is said against, its change not read)
_PEAK_THEN = re.compile(r"(?P<verb>超过|超越|突破|高于|比|较)(?P<base>\d{4}年)(?:创下的)?(?P<then>" + NUMBER
                        + r"[万亿千]*[^\d,;，；的]{1,4}?)的(?:历史)?(?:峰值|高点|最高点|纪录|最高水平)")


# '是2020年底71.8万个的6.4倍', '约为“十三五”末2121家的3.8倍': the value then a figure is a multiple of
_MULTIPLE_OF_THEN = re.compile(r"(?:约|近|超过)?(?:为|是|相当于)(?P<base>\d{4}年[底末]?|" + PLAN_END + r")(?P<then>" + NUMBER
                               + r"[万亿千]*[^\d,;，；的]{1,4}?)的" + NUMBER + r"倍(?:多|以上)?")


def multiple_said_as_value_then(clause: str) -> str | None:
    """'是2020年底71.8万个的6.4倍' → '比2020年底的71.8万个': the value then, in the form EARLIER_COMPARED reads (the
    multiple itself is not read); None for any other clause."""
    found = _MULTIPLE_OF_THEN.fullmatch(clause)
    return f"比{found['base']}的{found['then']}" if found else None


def peak_said_as_value_then(clause: str) -> str:
    """'超过2017年9454亿元的峰值' → '超过2017年的9454亿元': the earlier year's value, in the form EARLIER_COMPARED reads;
    the clause as it is else."""
    return _PEAK_THEN.sub(lambda m: f"{m['verb']}{m['base']}的{m['then']}", clause)


def earlier_base(clause: str) -> str | None:
    """The earlier span or date a clause restates a value of ('（上年同期为64.5%）', '比10月底的475.8万个'), or None."""
    # ('增速比上半年的16.4%提高0.4个百分点': the growth's value then, its rate word said first)
    clause = re.sub(r"^(?:增速|增幅|降幅)", "", clause)
    said = EARLIER_SAID.match(clause) or EARLIER_COMPARED.match(clause) or _VALUE_ASIDE_CHANGE.match(clause) \
        or EARLIER_CONTRASTED.match(clause) or _VALUE_ASIDE_MOVED.match(clause) or _VALUE_ASIDE_RISEN.match(clause)
    return said.group("base").replace("年度", "年") if said else None     # ('比2024年度的230余家': a yearly list's)


# '服装产量（112.3亿件）同比下降2.6%': a figure in brackets right after its metric, its change after it
_LEVEL_ASIDE = re.compile(r"(?:(?<=产量|销量|产值|收入|规模)|(?<=出口额|进口额))[(（](?P<said>\d+(?:\.\d+)?[万亿千]*[^\d()（）,，、]{1,4})[)）]"
                          r"(?=同比|比上年|较上年|增长|下降)")


_DONE = re.compile(r"(?:(?<=^)|(?<=[，,；;。：:]))(?P<before>[^，,；;。：:了]*?)(?P<verb>提高|提升|增长|增加|下降|降低|回落|减少|上升|"
                   r"扩大|缩小|收窄|加快|放缓|达到|超过|完成|实现)了(?=(?:约|近|超过)?\d)")
_COMPARISON_LISTED = re.compile(r"(?<=[%点])、(?=(?:增速|增幅|降幅)?(?:同比|比上年|比|较|高于|低于|快于|慢于|高出|低出|超出|占)"
                                r"[^、，,；;。]*?\d)")


def change_aside_opened(text: str) -> str:
    """`text` with a bracketed change after a figure read as the clause it is ('…万辆（同比增长29.0%）' →
    '…万辆，同比增长29.0% '), a figure of an earlier span or year too ('（一季度为增长11.6%）' →
    '，一季度为增长11.6% ', '（上年同期为64.5%）': EARLIER_SAID) and a share's figure in brackets after its
    word as said ('比重（79.6%）' → '比重为79.6% '); the same length, so offsets into the page hold."""
    # '铜精矿进口量2259万吨（实物量）': the physical tonnage every trade series is kept in, said again (blanked)
    text = re.sub(r"(?<=吨)[（(]实物量[)）]", lambda m: " " * len(m.group()), text)
    # '…同比分别下降2.3%、下降1.7%和增长1.1%（见表1）': a pointer to the table, no part of the clause (blanked)
    text = re.sub(r"[（(](?:详)?见(?:附)?(?:表|图)\s*\d*[)）]", lambda m: " " * len(m.group()), text)
    # '…增长7.1%、高于全国1.1个百分点', '…35.5%、比上年提升2.3个百分点': a comparison after '、' is a clause of its own
    text = _COMPARISON_LISTED.sub("，", text)
    # '…比上年提高了4.3个百分点', '…连接数超过了1亿台': the verb without its 了, read as '比上年提高4.3个百分点' (the 了
    # kept as a blank at the clause's start: the same length)
    text = _DONE.sub(lambda m: " " + m.group("before") + m.group("verb"), text)
    # '普及率为每百人130部' is '普及率为130部/百人', the rate's own unit (the same length)
    text = re.sub(r"每百人(\d+(?:\.\d+)?)部", r"\1部/百人", text)
    # '…产量增长均超过5%' is '…产量均增长超过5%' (the same length)
    text = re.sub(r"(增长|下降)均(?=超过|达到|在|近|约|\d)", lambda m: "均" + m.group(1), text)
    text = re.sub(r"增速均(?=超过|达到|在|近|约|\d)", "均增长", text)      # '…产量增速均超过10%' (the same length)
    text = _SHARE_ASIDE.sub(lambda m: "为" + m.group("said") + " ", text)
    text = _LEVEL_ASIDE.sub(lambda m: "为" + m.group("said") + "，", text)
    for aside in reversed(list(_EARLIER_ASIDE.finditer(fold(text)))):      # '（1—4月为…）': its dash folded
        text = text[: aside.start()] + "，" + text[aside.start() + 1: aside.end() - 1] + " " + text[aside.end():]
    return _CHANGE_ASIDE.sub(lambda m: "，" + m.group("said") + " ", text)

