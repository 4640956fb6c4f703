"""Chinese number, change and period parsing shared by every release parser.

The official pages mix full-width and ASCII punctuation and several dashes
(U+2014 —, U+FF0D －, U+2013 –, ~, ～). `fold` maps them one character to one
character, so offsets found in folded text can cut quotes from the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII, ideographic space -> space; every
# range dash -> "-". One char to one char: offsets stay valid.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20})
for _dash in "—–―－~～−‐‑":
    _FOLD[ord(_dash)] = ord("-")
_FOLD[ord("﹪")] = ord("%")


def fold(text: str) -> str:
    """Same length as `text`, with full-width forms and dashes made ASCII, and a price said per unit first written
    as the unit price it is ('每吨362元' → '362元/吨', the same length)."""
    folded = text.translate(_FOLD)
    return _PRICE_PER.sub(r"\2\3/\1", folded) if "每" in folded else folded


# '平均出厂价格为每吨362元': a price per unit, said unit first
_PRICE_PER = re.compile(r"每(吨|件)(\d+(?:\.\d+)?)(万?元|万?美元)")


NUMBER = r"\d+(?:\.\d+)?"

_TENTHS = re.compile(r"(超过|达到|接近|约占|占比|贡献率|约为|超|近|逾|占|为)([一二三四五六七八九])成(?!本|功|员|效|果|熟|绩|立|交|长|就|型|品|都)")


def tenths(text: str) -> str:
    """'贡献率超过四成', '占比近三成': a share said in tenths, written as the percent it is ('超过40%').
    Not the same length as `text`: for reading a segment, never for offsets into the page."""
    return _TENTHS.sub(lambda m: f"{m.group(1)}{('一二三四五六七八九'.index(m.group(2)) + 1) * 10}%", text)

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}

# A growth phrase: optional comparison base, verb, number and unit.
#   同比增长4.8%  比上月增长0.44%  下降0.5%  增长2.8倍  同比持平  同比名义增长7.7%  增长-0.8%
# A sign after a verb of fall ('下降-0.6%') is a double negative no release means: not matched.
CHANGE_RE = re.compile(
    r"(?P<base>同比|环比|比上年同期|比上年同月|比上年|比上月末|较上月末|比上月|比去年同期|(?:比|较)\d{1,2}月(?:份|末|底)?|较上年同期|较上年同月|较去年同期|较上年|较上月"
    r"|(?:较|比)(?:\d{1,2}-\d{1,2}月份?|前\d{1,2}个月|上半年|一季度|前三季度|上期|上季度))?"
    r"(?:(?:(?<=[比较]上年)|(?<=[比较]上月)|(?<=上年同期)|(?<=上年同月)|(?<=\d月末)|(?<=\d月底)|(?<=\d月份))(?:分别|均))?(?P<basis>实际|名义)?"   # '比上年分别上涨8.6%和2.1%'
    r"(?:小幅|大幅|略有|稳步|明显)?"                                                             # '同比小幅增长2.6%'
    r"(?:(?P<verb>增长|下降|上升|提高|提升|减少|回落|回升|加快|上涨|下跌|降低|增加|微降|微增|缩短|(?<=同比)增|(?<=同比)降|(?<=环比)增"
    r"|(?<=环比)降)(?:(?<=增长|上升|提高|提升|增加|上涨|回升|加快)(?P<sign>-))?(?:将|有望)?(?P<pre>超过|超|逾|约|接近|近|不到|不足)?"
    r"(?P<num>" + NUMBER + r")(?P<unit>%|倍|个百分点|百分点)(?P<post>左右|以上)?"      # '增长3%左右': about
    r"|(?P<flat>(?<!保)持平(?!稳))"
    r"|(?P<doubled>翻了?[一两二三]番|增长一倍)"      # '比上年翻了一番', '增长一倍': +100 %; 翻两番 +300 %
    # '是上年同期的2倍多' (over +100 %), '约为上年同期的1.9倍' (about +90 %): a multiple of a year earlier
    r"|(?P<times_pre>约|接近|近)?(?:是|为|相当于)(?:上年同期|去年同期|上年|去年)的(?P<times>" + NUMBER + r")倍(?P<times_post>多|以上)?)"
)

# A quantity doubled n times has grown by (2**n - 1) × 100 %.
_DOUBLINGS = {"一": 100, "两": 300, "二": 300, "三": 700}

# Verbs that make a change negative.
_NEGATIVE = {"下降", "减少", "回落", "降低", "下跌", "降", "微降", "缩短"}      # (研发周期缩短28.4%: an effect)


@dataclass(frozen=True)
class Change:
    value: float          # signed; percent for % and 倍, points for 百分点
    unit: str             # "%" or "百分点"
    base: str             # "yoy", "mom", "prev" (比N月: the previous month), or ""
    basis: str = ""       # "实际" (real), "名义" (nominal) or "" as printed
    qualifier: str = "exact"   # 增长超过56%: over; 增长约5%: about; 增长不到1%: under
    month: int | None = None   # the month a 'mom' change names (比3月份), when it names one

    def against_another_month(self, period: Period) -> bool:
        """Whether a change said against a named month is against one other than the month before `period`'s
        ('12月份均价…，比3月份下降14.1%': never a change on the month before)."""
        return self.base == "mom" and self.month is not None and period.period_type == "month" \
            and int(period.period[5:]) != self.month % 12 + 1


def parse_change(match: re.Match) -> Change:
    """Turn a CHANGE_RE match into a signed value. 增长2.8倍 means +280 %."""
    base_text = match.group("base") or ""
    base = _base_kind(base_text)
    basis = match.group("basis") or ""
    if match.group("flat"):
        return Change(0.0, "%", base, basis)
    if match.group("doubled"):
        return Change(float(_DOUBLINGS[match.group("doubled")[-2]]), "%", base, basis)
    if match.group("times"):
        qualifier = "over" if match.group("times_post") else "about" if match.group("times_pre") else "exact"
        return Change(round((float(match.group("times")) - 1) * 100, 6), "%", "yoy", basis, qualifier)
    named_month = re.fullmatch(r"(?:比|较)(\d{1,2})月(?:份|末|底)?", base_text)
    if named_month:
        return replace(_parse_value(match, base, basis), month=int(named_month[1]))
    return _parse_value(match, base, basis)


def _parse_value(match: re.Match, base: str, basis: str) -> Change:
    value = float(match.group("num"))
    if match.group("sign"):     # '增长-0.8%': MIIT prints a fall as negative growth
        value = -value
    unit = match.group("unit")
    if unit == "倍":
        value, unit = round(value * 100, 6), "%"
    elif unit.endswith("百分点"):
        unit = "百分点"
    if match.group("verb") in _NEGATIVE:
        value = -value
    pre = match.group("pre")
    qualifier = "exact" if not pre else "over" if pre in ("超过", "超", "逾") else "under" if pre in ("不到", "不足") \
        else "about"
    if qualifier == "exact" and match.group("post"):
        qualifier = "about" if match.group("post") == "左右" else "over"
    return Change(value, unit, base, basis, qualifier)


def _base_kind(base_text: str) -> str:
    if base_text in ("环比", "比上月", "较上月", "比上月末", "较上月末") or re.fullmatch(r"(?:比|较)\d{1,2}月(?:份|末|底)?", base_text):
        return "mom"
    if re.match(r"(?:较|比)(?:\d|前|上半年|一季度|前三季度|上期|上季度)", base_text):
        return "prev"          # on an earlier cumulative period of the same year: not a figure we store
    if base_text:
        return "yoy"
    return ""


def parse_number(text: str) -> float | None:
    """A printed figure such as '6.0', '-0.1', '1,310.3'; None for '……', '-', ''. Space inside
    a cell ('49.2 3', two text runs of a broken cell) is not a number: joining it could make one up."""
    cleaned = re.sub(r"(?<=\d),(?=\d{3}\b)", "", fold(text)).strip()
    cleaned = cleaned.rstrip("%")
    if re.fullmatch(r"[+-]?" + NUMBER, cleaned):
        return float(cleaned)
    return None


def decimals(value: float) -> int:
    """Decimal places a figure was printed with, as far as a float can tell. A whole
    number counts as one place: the releases print growth as 6.0, and treating it as
    6 would let 6.0 and 6.1 "agree" when rounded to whole numbers."""
    text = repr(float(value))
    if "e" in text:         # 1e+17, 2.5e-05: the places the mantissa and its exponent leave
        mantissa, exponent = text.split("e")
        places = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return max(1, places - int(exponent))
    return 1 if text.endswith(".0") else len(text.split(".")[1])


def rounded(value: float, places: int) -> float:
    """Rounded half up, as the releases round (5.25 prints as 5.3)."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def agree(a: float, b: float) -> bool:
    """Two printings of one figure agree at the precision both carry (6.04 ~ 6.0, 6.0 != 6.1)."""
    if max(abs(a), abs(b)) >= 1e15:
        return a == b           # beyond what a printed figure carries (and what a Decimal quantizes)
    places = min(decimals(a), decimals(b))
    return rounded(a, places) == rounded(b, places)


# ---------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    period: str        # 'YYYY-MM' or 'YYYY'
    period_type: str   # month, ytd, quarter, year

    def as_date(self) -> date:
        """Last day-ish anchor used for 'no future period' checks (first of the month)."""
        if self.period_type == "year":
            return date(int(self.period), 12, 1)
        year, month = self.period.split("-")
        return date(int(year), int(month), 1)


# Period markers, on folded text. Order matters: ranges before single months.
_YEAR = r"(?:(?P<year>\d{4})年)?"
_AS_OF = r"(?:截至|截止到?|到)?"
PERIOD_PATTERNS: list[tuple[re.Pattern, str]] = [
    # Stocks at the end of a month or year ("截至9月末", "11月底", "年末"): the month's period.
    (re.compile(_AS_OF + _YEAR + r"(?P<m>\d{1,2})月份?(?:末|底)"), "month"),
    # '截至去年底' in January: the end of the year before the page's (never after 比/较: a base, not a date)
    (re.compile(_AS_OF + r"(?:(?P<year>\d{4})年年?(?:末|底)|(?<![比较与])(?P<last>去年|上年)年?(?:末|底)|年末(?!月度|数据)|年底)"), "year_end"),
    (re.compile(_YEAR + r"(?P<m1>\d{1,2})月?份?(?:-|至|到)(?P<m2>\d{1,2})月份?"), "range"),
    (re.compile(_YEAR + r"前(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})个月"), "first_n"),
    (re.compile(_YEAR + r"(?P<half>上半年)"), "half"),
    (re.compile(_YEAR + r"(?P<q>一季度|前三季度|第一季度)"), "quarter_ytd"),
    (re.compile(_YEAR + r"第?(?P<qn>[二三四])季度"), "quarter"),
    # ('自8月份以来': since, not a period)
    (re.compile(_YEAR + r"(?P<m>\d{1,2})月份?(?!份?(?:以来|来))(?:当月)?"), "month"),
    # 2016年以来: since, not a period; 2024年度…名单: a list's year, not the period of what follows; 2024年版: an edition
    # '2023年初…已有110个': at the start of that year, its first month (never the year or its end)
    (re.compile(r"(?P<year>\d{4})年年?初(?!步)"), "year_start"),
    (re.compile(r"(?P<year>\d{4})年(?!以来|来|度|版|年?初(?!步)|\d{1,2}月份?(?:以来|来))(?:全年)?|全年"), "year"),
]


# '3月7日至11月7日': a span of days, no month or year-to-date (find_period reads its first month: never its period)
DAY_SPAN = re.compile(r"\d{1,2}月\d{1,2}日(?:至|到|[-—~])(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日")


def find_period(text: str, default_year: int) -> tuple[Period, re.Match] | None:
    """The first period marker in folded `text`, or None."""
    best: tuple[Period, re.Match] | None = None
    for pattern, kind in PERIOD_PATTERNS:
        match = pattern.search(text)
        if not match or (best and match.start() >= best[1].start()):
            continue
        period = _period_from(match, kind, default_year)
        if period:
            best = (period, match)
    return best


def _period_from(match: re.Match, kind: str, default_year: int) -> Period | None:
    groups = match.groupdict()
    year = int(groups.get("year") or default_year)
    if kind == "range":
        start, end = int(groups["m1"]), int(groups["m2"])
        if start != 1 or not 1 < end <= 12:
            return None
        return _ytd(year, end)
    if kind == "first_n":
        n = groups["n"]
        end = int(n) if n.isdigit() else _CN_DIGITS.get(n)
        return _ytd(year, end) if end and 1 <= end <= 12 else None
    if kind == "half":
        return _ytd(year, 6)
    if kind == "quarter_ytd":
        return _ytd(year, 9 if groups["q"] == "前三季度" else 3)
    if kind == "month":
        month = int(groups["m"])
        return Period(f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else None
    if kind == "quarter":
        return Period(f"{year:04d}-{3 * ' 一二三四'.index(groups['qn']):02d}", "quarter")
    if kind == "year_start":
        return Period(f"{year:04d}-01", "month")
    if kind == "year_end":
        return Period(f"{year - 1 if groups.get('last') else year:04d}-12", "month")
    return Period(f"{year:04d}", "year")


def _ytd(year: int, end_month: int) -> Period:
    # A cumulative span that ends in December is the year itself.
    if end_month == 12:
        return Period(f"{year:04d}", "year")
    return Period(f"{year:04d}-{end_month:02d}", "ytd")


# ---------------------------------------------------------------- quantities in statements

# How a statement qualifies a number. 余 / 多 follow the number (7000余家); the others come before
# it (超过2万个, 约90%) or after the unit (500家以上, 9%左右).
# ('不低于80%' is at least 80 %, '不超过1.5亿元' at most: the negation decides, never the verb after it)
_OVER_BEFORE = r"不低于|不少于|超过|超出|超|逾|突破|多于|高于"
_ABOUT_BEFORE = r"约|大约|近|接近|将近"
_UNDER_BEFORE = r"不超过|不高于|不多于|不到|不足|少于|低于"
_MAGNITUDE = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "万": 1e4}
# Units statements count and measure in (longest first where one is the start of another).
STATEMENT_UNITS = (r"台\(套\)|台套|台/万人|部/百人|部/百户|EFLOPS|EFlops|Eflops|EB|PB|泽字节|ZB|[MGT]bps(?!及|以上|接入|速率|的)|个百分点|百分点|%|标准机架|机架|家|个(?![月季])|项|座|张|款|件|所|批|条|台|套|部|辆|架|艘|户|人|"
                   r"载重吨|修正总吨|吨标准煤|吨标煤|吨|千瓦时|吉瓦时|GWh|GW|吉瓦|兆瓦|千瓦|美元/(?:吨|件)|美元|元/(?:吨|件)|元|平方米|立方米|公里|米|GB|"
                   # products' own units (集成电路4514亿块, 手机…亿部, 布…亿米, 啤酒…万千升)
                   r"块|片|只|双|颗|千升|重量箱|"
                   # applications (汽车以旧换新补贴申请超过1120万份); times done (拦截诈骗电话36亿次, 服务100万人次)
                   # kinds (新增1516.6万种; never '10种主要再生资源', a number inside a name)
                   r"份|笔|(?<=[万亿])种|种(?=[，,。；;、)）]|$|以上|左右)|人次|次(?!会议|全会|大会)|"
                   # people (贡献者8600多位) and lines of code (代码规模超过1.3亿行), at a figure's end only
                   r"位(?=[，,。；;、)）]|$|以上|左右)|(?<=[万亿])行(?=[，,。；;、)）]|$)|"
                   # latency (时延不超过20毫秒); computing power in petaflops (算力规模达到12.6万P); hours flown and licences
                   # counted in ten thousands (飞行4530万小时, 执照超过27万本)
                   r"毫秒|P(?![A-Za-z0-9])|(?<=[万亿])小时|(?<=[万亿])本|"
                   # detonators (工业雷管产量为2.47亿发)
                   r"(?<=[万亿])发(?=[，,。；;、)）]|$|以上|左右)")
# A magnitude without a number ('超过万亿元') only after a qualifier: '每万人' is no figure.
QUANTITY_RE = re.compile(
    r"(?:(?P<pre>" + "|".join((_OVER_BEFORE, _ABOUT_BEFORE, _UNDER_BEFORE)) + r")?"
    r"(?<![第\d.])(?<!(?<![目此之当以提])前)(?P<num>\d+(?:\.\d+)?)(?:(?P<yu_mag>余|多)(?=万亿|亿|万))?(?P<mag>万亿|亿|万)?"     # 900余万架, 1000多万辆
    r"|(?P<pre_bare>" + "|".join((_OVER_BEFORE, _ABOUT_BEFORE, _UNDER_BEFORE)) + r")(?P<bare>万亿|千亿|百亿|亿))"
    r"(?P<yu>余|多)? ?(?P<unit>" + STATEMENT_UNITS + r")(?P<post>以上|左右|上下|以下|以内)?"
)
# (a number after 前 is a rank or a group, never a figure: '居全国前5位', '前10家企业'; '目前246个…' is one)
# Units that count things: such a figure is a count, any other a level.
COUNTING_UNITS = frozenset("家个项座张款件所批条部份次笔种位本")
# '用户数超过5.6亿', '标识注册量突破6000亿': a count said in 亿 or 万 with no unit after it (a plan's or a
# statement's); the unit is the named series' own, never guessed for money (元 or 美元?).
BARE_MAGNITUDE = re.compile(r"(?P<name>[^，,、]*?[^\d.，,、])(?P<verb>超过|超|达到|达|突破|不少于|不低于|增至|提升至|提高至)?"
                            r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿|万)$")


@dataclass(frozen=True)
class Quantity:
    value: float           # as printed, in `unit` (2 for 2万个)
    unit: str              # magnitude and unit as printed: 万个, 亿元, %, 家
    qualifier: str         # exact, over, about, under
    bound: float | None    # the other end the wording allows: 7000余 → 8000, 不到950 → 940

    @property
    def counts(self) -> bool:
        return self.unit[-1:] in COUNTING_UNITS and "/" not in self.unit     # (美元/件 is a price)


def parse_quantity(match: re.Match) -> Quantity:
    """A QUANTITY_RE match as a Quantity. '超过万亿元' is 1 万亿元, over. The bound of an over or
    under figure is one step of its last printed digit away (超过340 → below 350; 3.5万余 → below
    3.6万): officials round down to the precision they print."""
    printed = match.group("num") or "1"
    value = float(printed)
    unit = (match.group("mag") or match.group("bare") or "") + match.group("unit")
    unit = re.sub(r"EFlops|Eflops", "EFLOPS", unit)      # (one unit, however it is cased)
    pre, post = match.group("pre") or match.group("pre_bare") or "", match.group("post") or ""
    if match.group("yu") or match.group("yu_mag") or re.fullmatch(_OVER_BEFORE, pre) or post == "以上":
        qualifier = "over"
    elif re.fullmatch(_UNDER_BEFORE, pre) or post in ("以下", "以内"):
        qualifier = "under"
    elif re.fullmatch(_ABOUT_BEFORE, pre) or post in ("左右", "上下"):
        qualifier = "about"
    else:
        qualifier = "exact"
    return Quantity(value, unit, qualifier, bound_of(value, qualifier, printed))


def bound_of(value: float, qualifier: str, printed: str | None = None) -> float | None:
    """The other end an over or under figure's wording allows: one step of its last printed digit away
    (超过340 → below 350; 3.5万余 → below 3.6万), officials round down to the precision they print; None
    for an exact or about figure."""
    step = _last_digit_step(printed or format(value, "f").rstrip("0").rstrip("."))
    bound = {"over": value + step, "under": value - step}.get(qualifier)
    return None if bound is None else round(bound, 6)


def _last_digit_step(printed: str) -> float:
    """The place value of the last non-zero digit printed: 7000 → 1000, 340 → 10, 3.5 → 0.1."""
    if "." in printed:
        return 10.0 ** -len(printed.split(".")[1])
    stripped = printed.rstrip("0")
    return 10.0 ** (len(printed) - len(stripped)) if stripped else 1.0


def unit_factor(unit: str) -> tuple[float, str]:
    """(factor, base unit) of a printed unit: 万个 → (1e4, 个), 亿元 → (1e8, 元), % → (1, %)."""
    for prefix, factor in _MAGNITUDE.items():
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return factor, unit[len(prefix):]
    return 1.0, unit
