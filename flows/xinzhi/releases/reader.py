"""The clause reader every release parser shares.

A release prints its figures as clauses ("制造业增长4.6%", "5G基站总数达470.5万个，比上年末
净增45.5万个，占移动基站总数的36.6%"). The reader walks sentences clause by clause, keeping
the period, the subject and the metric in force, and resolves every printed name in the
catalogue families the release kind reads (a `Vocabulary`). Nothing is emitted that was not
read as a labelled figure; what was read but not understood goes to `release.skipped`.
Tables are read in tables.py, a whole page in release.py.
"""
from __future__ import annotations

import calendar
import os
import re
from datetime import date
from dataclasses import dataclass, field, replace

from .. import catalogue, register
from ..catalogue import Indicator, clean_label, family_of
from ..cn import CHANGE_RE, NUMBER, QUANTITY_RE, Change, Period, Quantity, bound_of, find_period, fold, parse_change, \
    parse_quantity
from ..model import Observation, Release
from . import comparisons, named, selfcheck, targets
from .vocabulary import Vocabulary


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])")
_SKIP_CLAUSE = re.compile(r"比\d{4}年|较\d{4}年|两年平均|两年|拉动|贡献率|增长面|占比|比重|^增速|^涨幅|^降幅|快于|慢于|高于|低于")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_UNIT = re.compile(
    r"%|点|[万亿千百十]*(?:吨标准煤|千瓦时|千瓦|千升|立方米|重量箱|芯千米|修正总吨|载重吨|标准箱|平方米|千米|公里|"
    r"美元|吨|辆|台|套|米|块|只|支|件|部|箱|线|元|双|条|张|片|架|艘|颗|个|户|人|家|GB|TB|[MG]bps|分钟|小时|天)"
    # a price or a rate: 元/吨, 美元/件, 万吨/日, GB/户·月, 部/百人 (phones per hundred people)
    r"(?:/(?:吨|重量箱|日|天|平方米|桶|千克|件|户·月|户/月|百人))?"
)
# '折合粗钢净出口约1.13亿吨': an approximate figure (约, 近, 接近).
# '5G-A网络已覆盖330多个城市': the things counted after the unit complete the name (…覆盖城市), 多 / 余 is 'over'.
# (a number is read whole: never its last digits after a first one taken for a label, '1649万辆' → 649)
_LEVEL = re.compile(r"(?P<label>.+?)(?:平均)?(?:为|达到|达|实现|完成|是|共计)?(?:(?P<about>约|近|接近)|(?P<over>超过|逾|突破))?(?<![\d.])(?P<num>" + NUMBER + r")"
                    r"(?P<yu>余|多)?(?P<unit>" + _UNIT.pattern + r")(?P<about_post>左右)?(?P<counted>城市|地市|省份|企业|项目)?")
# An index printed without a unit ('房地产开发景气指数为92.43', '…3月快速回升至132.9'): read only for a
# catalogued index without one.
# A qualifier that changes what the rest of the sentence measures ("扣除房地产开发投资，
# 全国固定资产投资增长0.8%"): nothing after it in the sentence is read.
_NEUTRAL = re.compile(r"按(?:不变价格|可比价格|可比口径|现价|当年价格)计算|以下除特殊说明外均为名义增长|扣除价格因素(?:影响)?")
_QUALIFIER = re.compile(r"^(?:扣除|剔除|不含|不包括|如果?|若)")
# '…同比下降8.02点，降幅为7.3%': the same change in %, after its change in the level's unit.
_CHANGE_SIZE = re.compile(r"(?P<dir>降幅|跌幅|升幅|涨幅|增幅)(?:为|达|是)?(?P<num>" + NUMBER + r")%")
# '四个地区…占比分别为…', '上述两个地区…': the last N regions named in the paragraph.
_REGIONS_SAID = re.compile(r"(?P<n>四|4|三|3|两|2)个地区")
# ('规模以上有色金属工业企业（含独立黄金企业）': a note on the scope, not the name; '5G移动电话用户规模为…': the users)
# ('全国通用水泥（P·O 42.5散装）平均出厂价格': a product's grade, said in brackets, is no part of its name)
_LABEL_NOISE = re.compile(r"\([A-Z][A-Z]?[·.]?[A-Z]?\s?\d+(?:\.\d+)?[^()]{0,6}\)|(?<=企业)\((?:含|包括|包含)[^()]*\)|(?<=工业|行业)\([^()]{2,10}业\)(?=增加值)|(?<=用户)规模|有望|(?<=现货)年(?=均价|平均价)|(?<=业)工业增加值|(?<=业)(?:规模以上|规上)(?:工业)?企业(?:工业)?增加值|增加值|(?:月|全年)?(?:平均值|均值)$|总产量(?![和与及]总?销)|产量(?![和与及]总?销)|累计|同比|均$|分别$|依次$|(?:共|合计)(?=实现|完成|计|销售)|以(?:载重吨|修正总吨|金额|数量)计|实现|完成|发生|(?<=.)(?:将|有望|可望)(?=(?:达到|达|超过|突破)?$)|为$|达到$|达$|保持|当月|增速")
# ('5月下旬重点统计钢铁企业钢材库存量…': the last ten days of the month, a stock at its end)
_LEAD_NOISE = re.compile(r"^(?:" + register.DESCRIBED_AS + r"|" + register.ON_A_BASE + r"|当年(?=.{2})|同年(?=.{2})|下旬(?:末)?|(?:超过|逾|近|约)?\d+(?:\.\d+)?万?余?家(?=[^,;\d]{2,}?企业)|其中|另外|此外|同期|(?:上述|以上|这)(?=\d|[两二三四五六七八九十]个?(?:省|地区|城市|企业))|(?:据|初步)?测算|全行业(?=[^,;]{1,8}产量|从业)|纳入统计的|(?:共|累计|合计)(?=出口|进口|产量|销量|产销)|按可比口径(?:计算|测算)?的?|全国|我国|国内(?=.{1,4}(?:现货|市场)?(?:均价|价格))|全年|规模以上工业中|规模以上(?:工业)?企业(?=[^,;]{1,8}[、和及]|[^,;]{2,8}产量)|限额以上单位|扣除价格因素(?:影响)?|" + register.TELECOM_REPORTERS
                         + r"|按照?(?:上年)?(?:不变价|价格)(?:格)?计算的?)+")
# A period said inside a name or after it ('铜、铝全年现货均价', '重点统计企业上半年实现营业收入', '…东北地区全年分别完成…'):
# not part of it.
_INNER_PERIOD = re.compile(r"(?<=.)(?:全年|上半年|下半年|前三季度|一季度|(?:\d{1,2}-)?\d{1,2}月份?(?:当月)?|当月|累计)")
# A place named by a word for one ('京津冀地区', '长三角', '中西部省份'): what is said of it next is its own
_PLACE = re.compile(r"(?:地区|区域|省份|省|城市群|京津冀|长三角|珠三角|成渝|粤港澳大湾区)$")
# '展望2025年，汽车市场有望…': an outlook on a year after the report's; what follows in the paragraph is expected
_OUTLOOK = re.compile(r"展望(?P<year>20\d\d)年|对(?P<year2>20\d\d)年(?:的)?(?:展望|预判)")
# A paragraph that opens with the parts of what the one before it said (其中, 分行业看, 从细分行业看 …)
# '但仍分别高于同期工业…': how a gap is conceded, no part of the comparison
_CONCEDED_GAP = re.compile(r"(?:但|而)?(?:仍然?|依然|依旧)?(?=(?:分别|均)?(?:高于|低于|快于|慢于|高出|低出))")
_PARTS_OPEN = re.compile(r"\s*(?:其中|(?:从|按)?(?:细分)?(?:分)?(?:行业|子行业|产品|领域|品种)(?:看|来看))")
# A ministry's finance series: a name said with one of their metric words is of that family only.
_FINANCE_FAMILIES = ("miit_revenue", "miit_profit", "miit_margin", "miit_assets", "miit_cost")
# The metric a catalogue name ends in, to name another metric or a part of the same subject.
# The trade a name is of ('机械工业货物贸易进出口总额', '建材及非金属矿商品出口金额'): its other part names its goods
_TRADE_TAIL = re.compile(r"(?:(?:货物贸易)?进出口(?:贸易)?总额|(?:出口|进口)金?额)$")
_METRIC_TAIL = re.compile(r"(?:进出口贸易总额|进出口总额|贸易总额|总额|营业收入|业务收入|利润总额|产量|销量|出口|进口|收入)$")
# The industry a report is about, from its title ('2024年石化化工行业经济运行情况').
_TITLE_SUBJECT = re.compile(r"(?:我国|全国)?(?P<subject>.+?)(?:经济)?(?:运行情况|运行简况|运行态势|主要经济指标完成情况)")
# '服装出口一季度下降1.9%', '锦纶行业前三季度平均开工负荷83%': a span said between a name and its change or its
# metric's figure, the clause's period
# ('…增加值1—2月同比下降2.1%', '…景气指数（MPI）6月份为100.6点': months too, and a figure said with 为)
_PERIOD_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff)])(?<![比较与于和同及至到为前])(?P<period>[一二三四]季度|上半年|下半年|前三季度"
                            r"|\d{1,2}-\d{1,2}月份?|\d{1,2}月份?)"
                            r"(?=(?:同比|比上年同期)?(?:增长|下降|增加|减少|回落|上涨|下跌)\d|为\d|"
                            r"(?:平均|累计|月均|日均)[\u4e00-\u9fff]{2,8}?(?:分别|依次)?(?:为|达到?)?\d)")
# The scope of a figure printed before its name ('全国规模以上工业生铁、粗钢…').
_SCOPE = re.compile(r"^(?:全国)?(?:规模以上|规上)(?:工业)?(?=.{2})")
# 合计 after a name (移动电话用户合计), never a group of places' (5省（市）合计, 省份合计) nor in a name (资产总计)
_VERBS = re.compile(r"(?:(?:将|有望|可望)(?=达到|实现|完成)|(?:将|有望|可望)?(?:进一步|继续|持续|小幅|温和|有所)+|(?:将|有望|可望)$|实现|完成|发生|达到|共|(?<![省市份区)）])合计|共计|已|已经|仍|依然|依旧)+$")


@dataclass
class Subject:
    indicator: Indicator
    label: str
    quote_start: int


@dataclass
class _Context:
    """What stays in force inside one sentence."""
    period: Period
    families: tuple[str, ...]           # where names are looked up first (a metric word switches them)
    base: tuple[str, ...] = ()           # the chapter's families, always tried after
    subjects: list[Subject] = field(default_factory=list)
    mention: str | None = None          # a business named without a figure ("…等新兴业务")
    universe: tuple | None = None       # (41, '个大类行业') said before a count
    counted: str = ""                   # the code of the count just read (for 增长面 after it)
    pending: list[Subject] = field(default_factory=list)   # names listed before their figures ("A，B，C…分别")
    metric_subject: str = ""            # the name a metric word was last said of in this sentence
    metric_family: str = ""             # the family of the metric word last read in this sentence
    share_whole: str = ""               # the whole a share before its metric was last of ('占全国工业13.92%的资产')
    place_said: bool = False            # a place with no series named in this sentence: a total after it is its
    lost: bool = False                  # a name in this sentence was not read: a bare metric after it is its
    history: list[Subject] = field(default_factory=list)   # every subject with a figure in this sentence, in order
    unchanged: list[Subject] = field(default_factory=list)  # subjects with a level and no change yet ('A x，B y，同比分别…')
    mom: bool = False
    last_abs: str = ""                  # base of the change in the level's unit just read: yoy or mom
    last_share: tuple | None = None     # (indicator, label, relative_to) of the share just read
    list_base: str = ""                 # '与上年相比，' said before the list it qualifies: yoy or mom
    span_said: str = ""                 # '与1—11月相比，' said before the changes in points it qualifies
    span_what: str = ""                 # ... and what changed against it (增速), for a name said with its change alone
    rate_changed: tuple = ()            # the rate the change in points just read was of (降幅), and where it ended
    parts_of: list = field(default_factory=list)   # a compound's subjects while its parts are said one by one (产量增速…，销量增速…)
    sales_of: str = ""                  # whose sales the parts said are of (挖掘机: 其中国内销量…，出口…)
    periods: list = field(default_factory=list)    # '1月、2月…分别为…': the periods a list's figures are of
    share_of: str = ""                  # '出口船舶占A和B的比重…': the part whose shares of wholes are being read
    share_at: int = 0                   # figures read when it was (a later figure ends its turn)
    among: bool = False                 # '三大指标中，…': what follows is a part of each of the names just read
    parts: bool = False                 # '其中，…': what follows is a part of the whole read before it
    unmeasured_parts: str = ""          # parts listed of a metric no series of theirs keeps (as printed)
    aspect: str = ""                    # '乘用车方面，…': the name the compounds after it are of
    listed_bare: str = ""               # '仅西藏、宁夏水泥产量同比增长，…': names listed with no figure, for 分别… after them
    metric_listed: str = ""             # '各子行业营业收入如下：…': the metric of each name listed after it
    regions_said: list = field(default_factory=list)   # '东、中、西部和东北地区…渗透率分别为…' (no series): the regions listed
    ranked: str = ""                    # a ranked group just named ('居前5名的省份依次为北京、…'): a total after it is its
    places_said: str = ""               # 'A、B、C水泥产量居全国前5位' (no series): places named with a metric, figures next


# A goal said in a report ('2025年力争实现汽车销量3230万辆左右', '方案提出，到2026年…'): what is aimed at, never read
_GOAL_SAID = re.compile(r"力争|(?:预期|主要)?目标(?:是|为)|" + targets.PLAN_SAYS + r"(?![的了]|以来)|" + targets.PLAN_FOLLOWED + "|"
                        r"(?:方案|规划|计划)[^》]{0,16}》\s*(?:还|也|同时)?(?:明确|提出|要求)")   # '《…方案（2025—2026年）》提出


class Reader:
    """Walks one release's text; emits observations into `out`."""

    def __init__(self, release: Release, vocab: Vocabulary, default_year: int, base: Period):
        self.release, self.vocab, self.default_year, self.base = release, vocab, default_year, base
        self.out: list[Observation] = []
        self.topic: tuple[str, ...] | None = None
        self.last_measure: dict[str, str] = {}     # code → measure of its last figure in the sentence
        self.said: list[Subject] = []
        self.said_before: list[Subject] = []
        self.group_said: list[Subject] = []
        self.shares_said: list[Subject] = []
        self.totals_said: list[Subject] = []
        self.metric_subject = ""                   # the last subject a metric word was said of, on the page
        self.title_subject = self._title_subject(release.title)   # '2024年石化化工行业经济运行情况': 全行业 is it
        self.forecast = False
        self.expected_before = False
        self.whole_counted = None     # (the whole, what) of the count read last: its parts said after it are of it
        self.outlook: int | None = None
        self.scale = ""
        self.scope_unread = False
        self.whole_said: tuple | None = None       # (family, whole) of the last share with a whole on the page
        self.period_said: Period | None = None     # the period in force at the end of the paragraph before
        self.named_out: list[Observation] = []     # figures of names the catalogue does not hold (named.py)
        self.named_said: tuple | None = None       # (name, what was read then): the last of them, for a growth after it
        self.trade_said: tuple | None = None       # (name, what was read then): the last trade series read
        self.named_listed: tuple | None = None     # (names, what was read then): a named list's, for the growths after it
        self.window_said = ""
        self.named_before = False                  # the sentence said a name before the clause being read
        self.named_in_sentence = ""                # the last figure's name kept as printed in the sentence
        self.now_said = False                      # the sentence opens with 目前: its counts are held the day it appeared
        self.wholes_said: list[str] = []           # the wholes a part's shares were last listed of (…占完工量、新接订单量…)

    def skip(self, quote: str, reason: str, ctx: "_Context | None" = None) -> None:
        """A clause read but not stored; a name looked up under a chapter outside the themes is
        that chapter's, not the catalogue's."""
        if reason in ("unknown name", "unattributed") and ctx is not None and not ctx.families:
            reason = "chapter not read"
        if reason == "unknown name" and register.KEY_SCOPE.match(quote):
            self.scope_unread = True
        if reason in ("unknown name", "form not read") and ctx is not None:
            # a figure not read breaks the run: a later '分别…' must not reach past it to older names,
            # and a metric said without its name ('营收占全国比重…') is of the name not read, not the total
            ctx.history, ctx.unchanged, ctx.lost = [], [], True
        self.release.skip(quote, reason)

    @staticmethod
    def remember(ctx: _Context, subjects: list[Subject], level: bool) -> None:
        """Subjects given a figure: in the sentence's history (once in a row), and waiting for their
        change when the figure was a level."""
        for subj in subjects:
            if not ctx.history or ctx.history[-1].indicator != subj.indicator:
                ctx.history.append(subj)
        codes = {subj.indicator.code for subj in subjects}
        kept = [subj for subj in ctx.unchanged if subj.indicator.code not in codes]
        ctx.unchanged = kept + subjects if level else kept

    # ------------------------------------------------------------ walking

    def paragraphs(self, paragraphs: list[str]) -> None:
        selfcheck.read_as_printed(self, paragraphs, self.read_paragraph)

    def read_paragraph(self, paragraph: str) -> None:
        if self.vocab.topics and _HEADING.match(paragraph):
            self.topic = self.vocab.topic_of(paragraph)
        elif self.vocab.topics and len(paragraph) < 40 and not re.search(r"\d", paragraph):
            # An unnumbered short line may be a heading ("工业生产稳定增长") or a byline
            # ("国家统计局"): it may set a topic it names, never switch reading off.
            self.topic = self.vocab.topic_of(paragraph) or self.topic
        self.paragraph(paragraph)

    def paragraph(self, original: str) -> None:
        self.said_before = self.said or self.said_before   # the last paragraph's subjects with figures
        self.said: list[Subject] = []      # subjects with figures in this paragraph, in order
        self.group_said: list[Subject] = []    # the names of the last list read or named ('四个地区…' of them)
        self.regions_listed: list[str] = []    # the regions a sentence listed with figures of no series (ctx.regions_said)
        self.shares_said: list[Subject] = []   # the names of the last list of shares read ('三项指标的份额…' of them)
        self.totals_said: list[Subject] = []   # subjects with a level in this paragraph (what '占总用户数' is of)
        self.metric_subject = ""
        work = _blank_parentheticals(fold(original))
        # '实现营业收入1484亿元、同比增长27.9%': a level and its change set off by 、 are two clauses
        work = re.sub(r"(?<!同比)(?<!比上年同期)、(?=同比|环比|比上年|较上年)", ",", work)     # ('同比、环比均…': one clause)
        # '1—9月，…营业收入…。\n其中，水泥行业营业收入…' (分行业看，…): a paragraph of parts goes on with the period before it
        # (a month's end said before, 截至12月末, is a stock's date: parts of a span's flows are never at it)
        parts = _PARTS_OPEN.match(work)
        period = self.period_said if parts and self.period_said and (
            parts.group().strip() == "其中" or self.period_said.period_type != "month") else self.base
        self.outlook = None       # '展望2025年，…': the year the rest of the paragraph expects (forecasts, 全年 of it)
        self.expected_before = False   # the sentence before was expected ('预计…。其中，乘用车…': its parts too)
        self.whole_counted = None      # (a count's parts are of a count read in the same paragraph)
        for start, end in _spans(work, "。"):
            # ('展望2026年，中国汽车工业协会预计，全年…': the sentence that opens the outlook is expected too)
            ahead = _OUTLOOK.search(work, start, end)
            if ahead and int(ahead["year"] or ahead["year2"]) > int(self.base.period[:4]):
                self.outlook = int(ahead["year"] or ahead["year2"])
            period = self.sentence(original, work, start, end, period)
            self.expected_before = self.forecast
        self.period_said = period

    def sentence(self, original, work, start, end, period) -> Period:
        if (goal := _GOAL_SAID.search(work, start, end)) is not None \
                and not targets.progress_under(goal.group(), work[goal.end():end]):
            # '…；2025年力争实现汽车销量3230万辆左右，…': from the part the goal opens, targets restated, never figures
            opened_at = max(work.rfind(mark, start, goal.start()) for mark in ",;:") + 1
            opened_at = max(opened_at, start)
            targets.read_restated(self.release, original[opened_at:end])
            if not work[start:opened_at].strip(" ,;:"):
                return period
            end = opened_at
        families = self.topic if self.topic is not None else self.vocab.families
        ctx = _Context(period, families, families)
        if register.GROWTH_VIEW.match(work[start:end]) and self.said and self.said[-1].indicator.dimension == "region":
            # '…东部、中部、西部和东北地区电信业务收入分别完成…。从增速看，中部、西部地区同比分别增长…': the regions'
            # growths of the metric the sentence before listed them with
            ctx.metric_family = catalogue.scope_of(self.said[-1].indicator.code)
        self.named_before = False     # a name said before in the sentence (a metric said bare is then its, not the report's)
        self.named_in_sentence = ""   # the last figure's name kept as printed in the sentence (江苏水泥产量 …；西藏…)
        # '目前，全国获得绿色建材产品认证的企业超过6000家': a count held now, the day the report appeared
        self.now_said = re.match(r"\s*(?:截至|截止)?(?:目前|当前)[,，]", work[start:end]) is not None
        self.last_measure = {}
        self.scale = ""           # '以修正总吨计，…': the scale the sentence's figures are on, once said
        # '预计全年…增长3.5%左右': what follows is expected, never a result; '预计2025年全年汽车销量在3290万辆左右，…。
        # 其中，乘用车2890万辆，…': the parts of what was expected, said in the next sentence, are expected too
        self.forecast = self.outlook is not None or (self.expected_before and re.match(r"\s*其中", work[start:end]) is not None)
        self.scope_unread = False  # '重点监测的造船企业完工…；新接订单…': the sentence speaks of a scope not read
        part_period, part_start = period, True       # the period a ';'-part opens with
        opened = None         # the period in force at the sentence's first figure: what the next sentence keeps
        part_said = None      # the period of a '其中…' part, for a bare change right after it
        over_years = False    # the sentence opened a window of years ('“十四五”期间，…')
        self.window_said = ""     # ... as printed, for a yearly average after it ('2021—2025年，…年均增长13.7%')
        world = False         # the sentence speaks of the world's figures ('全球造船完工量…，新接订单量…')
        month_inside = None   # a month of the span in force said after the sentence's first clause
        walked = set()        # the periods the sentence's clauses opened with
        for c_start, c_end in _spans(work, ",;:", start, end):
            if c_start > start and work[c_start - 1] == ";":
                # '一季度水泥产量…，3月份水泥产量…；平板玻璃产量…': a period named inside a part holds to its end
                ctx.period, part_start = part_period, True
            clause = work[c_start:c_end].strip()
            c_start += len(work[c_start:c_end]) - len(work[c_start:c_end].lstrip())
            if not clause:
                continue
            if re.fullmatch(r"(?:上年|去年)同期", clause):
                # '上年同期，全国造船完工量、…分别为2502万载重吨…': this sentence speaks of the span a year earlier (the
                # next one keeps the period it had)
                opened = opened or ctx.period
                ctx.period = Period(register.shift_year(ctx.period.period, -1), ctx.period.period_type)
                part_period = ctx.period if part_start else part_period
                continue
            marker = re.match(r"(分|从|按)([^,;:]{1,10}?)(看|分)|单(?:月)?看", clause)     # '单看5月份，…': the month's
            if marker:
                if "环比" in (marker.group(2) or ""):
                    ctx.mom = True
                # ('从9月份看，行业营业收入…': the month looked at is the period of what follows)
                looked = marker.group(2) and (at := find_period(marker.group(2), self.default_year)) \
                    and at[1].group() == marker.group(2)
                if looked:      # (看 blanked in place: offsets into the page hold)
                    clause, c_start = marker.group(2) + " " + clause[marker.end():], c_start + marker.start(2)
                else:
                    clause, c_start = clause[marker.end():], c_start + marker.end()
            # '初步预计，2026年…', '据行业机构预计，全年…' too
            # ('中国汽车工业协会预计，…', '行业预计粗钢产量…': who expects, said before)
            expected = re.match(r"(?:据[^,;:\d]{0,12}?)?(?:综合判断|初步|经初步)?(?:预计|预期|预测)", clause) or \
                re.fullmatch(r"[^,;:\d]{2,16}?(?:预计|预期|预测)", clause) or \
                re.match(r"[^,;:\d]{0,14}?(?:协会|联合会|机构|组织|行业|业界|业内|专家)(?:初步)?(?:预计|预期|预测)", clause)
            if expected and not register.EXPECTATION_MET.search(clause):
                self.forecast = True
                clause, c_start = clause[expected.end():], c_start + expected.end()
            lead = re.match(r"其中", clause)
            ctx.parts = ctx.parts or lead is not None
            part_of = bool(lead and (found := find_period(clause[lead.end():], self.default_year))
                           and found[1].start() == 0)
            if part_of:       # '其中12月份当月…': a part's period, for this clause only
                clause, c_start = clause[lead.end():], c_start + lead.end()
            listed = register.period_list(clause, self.default_year)
            if listed and clause.rstrip().endswith(listed[1]):
                # '1月、2月建筑材料工业景气指数分别为72.8、76.5', '上半年和1—7月依次下降…': one figure per period
                ctx.periods = listed[0]
                taken = len(clause.rstrip()) - len(listed[1])
                clause, c_start = clause[taken:], c_start + taken
            aside = register.EARLIER_SAID.match(clause)
            if aside and ctx.subjects and re.match(r"\d", clause[aside.end():]) and \
                    (said := register.base_period(aside.group("base"), ctx.period)):
                # '（2024年分别为55.7%、74.1%和63.1%）', '（上年同期为64.5%）': the values just read, then
                self.earlier_value(clause[aside.end():], original[c_start:end].strip(), said, ctx)
                # ('…；8月份为101.2点，比7月回升6.4点': the change said after it is of that month too)
                part_said = said
                continue
            compared = register.EARLIER_COMPARED.match(clause)
            if compared and ctx.subjects and (value := QUANTITY_RE.match(clause, compared.end())) and \
                    (said := register.base_period(compared.group("base"), ctx.period)):
                # '…96081万吨，较2024年的100509万吨进一步减少': the value just read, of the year compared with
                self.earlier_value(value.group(), original[c_start:end].strip(), said, ctx)
                if (then := register.value_then_change(clause)) is None:
                    continue
                # '比上年的123258亿元增长10.0%': the change read as against the base said bare, in place (the
                # same length, so offsets into the page hold)
                base = clause[: then[0]]
                clause = " " * (then[1] - len(base)) + base + clause[then[1]:]
            aside = register.value_aside(clause)
            if aside and len(ctx.subjects) == 1 and (said := register.base_period(aside[0], ctx.period)):
                # '增速比上半年（7.6%）加快0.2个百分点': the subject's rate then (its growth, when a growth's change is
                # said), then the change read against the base said bare (blanked in place: offsets hold)
                self.rate_then(aside[1], clause, original[c_start:c_end].strip(), said, ctx)
                clause = clause[: aside[2]] + " " * (aside[3] - aside[2]) + clause[aside[3]:]
            if looked_back := re.match(r"(?:回顾|回看|回望)(?=\d{4}年|去年|上年)", clause):
                clause, c_start = clause[looked_back.end():], c_start + looked_back.end()   # '回顾2024年，全国…': that year's
            if entered := re.match(r"进入(?=\d{1,2}月|[一二三四]季度|下半年)", clause):
                clause, c_start = clause[entered.end():], c_start + entered.end()     # '进入6月份，…当月…': June's
            if said_then := re.match(r"(?:而|但)(?=\d{1,2}[-—至]\d{1,2}月|[一二三四]季度|上半年|前三季度)", clause):
                clause, c_start = clause[said_then.end():], c_start + said_then.end()   # '…，而1—2月份为同比下降0.3%'
            if (conceded := _CONCEDED_GAP.match(clause)) and conceded.end():
                clause, c_start = clause[conceded.end():], c_start + conceded.end()     # '…，但仍分别高于同期工业…'
            # '2026年汽车市场…，预计全年…': 全年 is the year in force
            found = find_period(clause, (self.outlook or int(ctx.period.period[:4])) if re.match(r"全年", clause)
                                else self.default_year)
            clause_period, inside_said = ctx.period, None
            if (not found or found[1].start() > 0) and (inside := _PERIOD_INSIDE.search(clause)) \
                    and not re.search(r"\d|比|较|与|同", clause[: inside.start()]) \
                    and (said := find_period(inside.group("period"), self.default_year)):
                # '服装出口一季度下降1.9%': that span's, for this clause only (moved out as blanks before the
                # name, which stays whole: offsets into the page hold)
                found = None
                clause_period = inside_said = said[0]
                clause = " " * len(inside.group()) + clause[: inside.start()] + clause[inside.end():]
            if part_said is not None and not part_of and re.match(
                    r"(?:同比|环比|比|较|增长|下降|回落|回升|上升|上涨|下跌)", clause):
                clause_period = part_said     # '其中10月新能源汽车销量171.5万辆，同比增长20.0%': the part's change too
            # ('…价格指数8月份为99.0点，比上月回落0.7点': a month's level said inside, its change too)
            part_said = inside_said if inside_said is not None and re.search(r"为\d", clause) else None
            if found and found[1].start() == 0:
                clause_period = found[0]
                walked.add(clause_period)
                # (who counted, '据中国钢铁工业协会监测，10月份，…', is no first clause: the month opens the sentence)
                if c_start > start and work[start:c_start].strip(" ,;:") and clause_period.period_type == "month" \
                        and not register.CITED.fullmatch(work[start:c_start].strip(" ,;:")) \
                        and period.period_type == "ytd" and clause_period.period == period.period:
                    month_inside = clause_period
                clause, c_start = clause[found[1].end():], c_start + found[1].end()
                # "…增长4.2%，1—2月份为下降6.5%": an earlier period restated in passing.
                if not clause.startswith("为") and not part_of:
                    ctx.period = clause_period
                    part_period = clause_period if part_start else part_period
                # ('…96081万吨，12月份为6818万吨，同比下降10.3%': a month's level said in passing, its change too)
                part_said = clause_period if part_of or re.match(r"为\d", clause) else None
            earlier = register.EARLIER_SAID.match(clause)
            if earlier and ctx.subjects and (said := register.base_period(earlier.group("base"), clause_period)):
                # '…增长8.9%，上年为增长7.4%', '…（一季度为增长11.6%）': the same subject's growth of that span (a value
                # said so was read above, before its year could be taken for the clause's period)
                clause_period, clause, c_start = said, clause[earlier.end():], c_start + earlier.end()
            if c_start > start and work[c_start - 1] == ";":
                over_years = world = False
                self.window_said = ""
            if re.match(r"(?:全球|世界)(?!第|首位|前列|领先|占比|份额|比重|市场份额|总量的)", clause) \
                    and selfcheck.has_figure(clause):
                world = True            # '2024年全球造船完工量8650万载重吨，新接订单量15256万载重吨': the world's, to the ';'
            if world and selfcheck.has_figure(clause) and not re.match(r"(?:其中)?(?:我国|全国|中国)", clause):
                self.skip(original[c_start:c_end].strip(), "not stored")
                continue
            if register.OVER_YEARS.match(clause) and not selfcheck.has_figure(clause):
                over_years = True       # '“十四五”期间，我国汽车累计销量14906.9万辆，…': flows over the window's years
                self.window_said = clause
            if over_years and selfcheck.has_figure(clause) and not re.search(r"年均|平均|\d{4}年", clause):
                # never one year's (a yearly average is read, and a level dated by its own year: 由2020年的…增加到…)
                self.skip(original[c_start:c_end].strip(), "not stored")
                continue
            part_start = part_start and not selfcheck.has_figure(clause)
            if opened is None and selfcheck.has_figure(clause):
                opened = ctx.period
            if not clause:
                continue
            if _QUALIFIER.match(clause) and not re.search(r"\d", clause) and not _NEUTRAL.fullmatch(clause):
                self.skip(original[c_start:end].strip(), "qualified")
                break
            if scale := register.SCALE.search(clause):
                self.scale = scale.group("scale")
            self.clause(original, clause, c_start, c_end, clause_period, ctx)
            self.named_before = self.named_before or len(re.findall(r"[\u4e00-\u9fff]", _LEAD_NOISE.sub("", clause))) > 1
        # the names a later sentence may count ('…前5位。五省（市）同比分别…'): named without figures, or listed with them
        self.group_said = ctx.pending or (ctx.subjects if len(ctx.subjects) > 1 else self.group_said)
        self.regions_listed = ctx.regions_said or self.regions_listed
        # '1-9月，…增长0.9%；9月当月下降1.2%。31种主要建材产品中，13种…': the month was a part's, not the page's
        # ('前三季度…。精炼铜生产保持较快增长，9月份产量127万吨…。原铝产量3395.5万吨': a month of the span said
        # inside a sentence, never its opening, is a part's too)
        if month_inside is not None and (opened or ctx.period) is month_inside:
            return period
        if register.SPANS_IN_PASSING.match(work[start:end]) and len({p.period for p in walked}) > 1 and period not in walked:
            # ('分季度看，一季度服装出口同比下降1.9%，二季度增长1.2%…。分品类看，针织服装出口…': the year's again; never
            # one span looked at: '从年内走势看，前三季度…；截至9月底…。同期，…' goes on with it)
            return period
        if len(walked) > 2 and period not in walked:
            # ('一季度…397元/吨；二季度回落至…，三季度…，四季度…。分区域看，东北地区…': a sentence walking through the
            # periods leaves none of them in force; the one before it holds)
            return period
        return opened or ctx.period

    # ------------------------------------------------------------ one clause

    def clause(self, original, clause, c_start, c_end, period, ctx) -> None:
        conjunction = re.match(r"(?:但是|但|而且|并且|而|且|则)(?=比|较|高|低|快|慢|增|占|下降|减少)", clause)
        if conjunction:        # '…，但比高技术制造业增加值低2.5个百分点': what follows is the clause
            clause, c_start = clause[conjunction.end():], c_start + conjunction.end()
        group = register.named_group(clause)
        if group and len(self.group_said) == group[0] and not ctx.pending \
                and all(subj.indicator.dimension == "region" for subj in self.group_said):
            # '…东部、中部、西部和东北地区分别完成…。四个地区同比分别增长…': the places named just before, counted;
            # a total after it is theirs ('五省（市）…，合计完成…')
            ctx.pending = [Subject(subj.indicator, subj.label, c_start) for subj in self.group_said]
            ctx.ranked = clause[: group[1]]
            clause, c_start = clause[group[1]:], c_start + group[1]
            if not clause.strip(" ,;"):
                return None
        elif group and not ctx.regions_said and len(self.regions_listed) == group[0]:
            # '…东部、中部、西部和东北地区…渗透率依次为…（no series）。从5G看，四个地区的5G移动电话用户分别达到…': the
            # regions listed in the sentence before, in their order
            ctx.regions_said = self.regions_listed
            end = group[1] + (clause[group[1]:].startswith("的"))
            clause, c_start = clause[end:], c_start + end
        together = register.THE_LAST_NAMED.match(clause)
        if together and _LIST_START.match(clause[together.end():]):
            # '三项指标同比分别增长…': the figures just read, named together
            clause, c_start = clause[together.end():], c_start + together.end()
        bracketed = register.bracketed_growths(clause)
        if bracketed:    # '通用设备（8.3%）、专用设备（3.8%）和仪器仪表（7.6%）制造业保持增长': each name's growth
            return self.bracketed(bracketed, original, c_start, c_end, period, ctx)
        held = register.metric_shares(clause)
        if held:       # '实现了占全国工业18.74%的营业收入和20.05%的利润': shares, not figures one by one
            return self.metric_shares(held, original[c_start:c_end].strip(), period, ctx)
        items = register.figure_items(clause, catalogue.names_holding_joints())
        if len(items) > 1:       # '实现营业收入4093亿元和利润总额219.3亿元': one figure each, read in turn
            for a, b in items:
                self.clause(original, clause[a:b], c_start + a, c_start + b, period, ctx)
            return None
        quote = original[c_start:c_end].strip()
        if not selfcheck.has_figure(clause):
            listed = re.fullmatch(r"(?:各|主要)?(?:子行业|行业|产品)?的?(?P<metric>营业收入|利润总额|利润|产量|出口额?)(?:情况)?如下",
                                  clause.strip())
            if listed:                                        # '各子行业营业收入如下：A2168.2亿元，…': that metric of each
                ctx.metric_listed = listed.group("metric")
                return None
            aspect = register.aspect(clause)
            if aspect:        # '乘用车方面，全年产量和销量分别为…', '商用车市场企稳回升，全年产销…': of that name
                ctx.aspect = aspect
                return None
            among = register.THE_LAST_NAMED.match(clause)
            if among and re.fullmatch(r"(?:之|当)?中", clause[among.end():]):
                ctx.among = True                              # '三大指标中，海船分别为…': a part of each
                return None
            if register.basis(clause) and (ctx.subjects or self._said_once()):
                # '与上年相比，' before the list it qualifies (or the shares read in the sentence before)
                ctx.list_base = register.basis(clause)
                return None
            if register.list_intro(clause):                   # '…居前5名的省份中，' : the members follow
                return None
            named = register.list_intro_named(clause)
            if named:            # '…居全国前5位的北京、广东、江苏、山东、上海，同比分别…': the members, named
                at = named[2]
                ctx.ranked = clause
                return None if self._names_only(original, clause[at:], c_start + at, c_end, ctx) else \
                    self.skip(quote, "unknown name", ctx)
            if said := register.span_basis(clause):         # '与1—11月相比，' before the changes it qualifies
                ctx.span_said = said
                return None
            if record := register.RECORD.fullmatch(clause.strip()):
                # '…72.8万辆，单月出口规模再创新高，环比增长9.3%': the subject's changes follow; '汽车产销量再创新高，
                # 全年产量…、销量…': a name said with the record is what follows is of
                # ('规模创历史新高', '单月出口规模再创新高': the figure's own size said again, no other name)
                what = re.sub(r"^(?:单月|月度|年度|全年)|(?:规模|总量|水平)$", "", strip_noise(record["what"] or ""))
                names = register.compound(what) or ([what] if len(what) >= 2 else [])
                found = [Subject(ind, name, c_start) for name in names if (ind := self.resolve(name, ctx)) is not None]
                ctx.subjects = found if names and len(found) == len(names) else \
                    [s for s in ctx.subjects if not what or _shares_words(what, s.indicator.name_zh)]
                return None
            if self._names_only(original, clause, c_start, c_end, ctx):
                return None
        listed = register.share_list(clause)
        if listed:
            return self.share_list(*listed, original, quote, c_start, c_end, period, ctx)
        if (together := register.places_share(clause, fold(original[:c_start]), catalogue.is_place)) is not None \
                and self.as_named(together.name, together.share, period, quote, "share_pct", ctx=ctx, cleaned=True):
            return None         # '5省合计占全国总产量的33.8%' after the five listed: the places' share together
        share = register.share(clause)
        if share and ctx.counted and self.out and self.out[-1].indicator == ctx.counted and not share.label.strip() \
                and not share.whole:
            share = None         # '84种产品产量同比增长，占比68.9%': the share of the whole counted (count)
        if share and not _SKIP_CLAUSE.search(share.label):
            return self.share(share, quote, period, ctx)
        if _NEUTRAL.fullmatch(clause):   # a basis note between a figure and its growth
            return None
        if register.threshold(clause):   # '产销量均突破3000万辆', '首次突破700万辆': a milestone passed
            self.skip(quote, "milestone")
            head = strip_noise(register.milestone_subject(clause))
            # '…产量首次突破1000万辆，达到1288.8万辆': what follows is the named subject's figure
            # ('…，首次双双超过2000万辆；其中，产量增速…': with no name, the milestone is of the figures just read)
            found = self.subjects_of(original, c_start, c_end, head, clause, ctx) if head else None
            # ('…8175万吨，…，年产量首次突破8000万吨，“十四五”时期年均增长5.0%': a bare metric is the subject's own)
            # ('…收入155028亿元，规模首次突破15万亿元，同比增长12.9%': its size, the subject's own too)
            ctx.subjects = found or (ctx.subjects if not head or re.fullmatch(r"年?(?:产量|销量|产销量)?|(?:收入|业务|产业|行业)?(?:规模|总量)", head)
                                     else [])
            return None
        if comparisons.read(self, clause, quote, period, ctx):
            return None
        if (found := register.contribution_rate(clause)) is not None and self.contribution(found, original, c_start, c_end,
                                                                                          quote, period, ctx):
            return None
        moved = register.GROWTH_MOVED_TO.fullmatch(clause.strip())
        if moved and len(ctx.subjects) == 1 and self.out and self.out[-1].indicator == ctx.subjects[0].indicator.code \
                and self.out[-1].measure in ("yoy_pct", "yoy_real_pct"):
            # '1—2月份…增长5.9%，3月份加快至7.7%': the subject's growth in the period said, the rate it moved to
            self.emit_change(ctx.subjects[0], Change(float(moved["num"]), "%", "yoy"), period, False, quote)
            return None
        was = register.turned(clause)
        if was and not strip_noise(was[0]) and len(ctx.subjects) == 1 and (then := _year_earlier(period) if re.fullmatch(
                r"(?:上年|去年)(?:同期)?", was[1]) else register.base_period(was[1], period)) is not None:
            # '由上年的下降1.1%转为增长2.1%': the subject's growth now and then (a year earlier, or the span said)
            subj = ctx.subjects[0]
            self.emit_change(subj, Change(was[3], "%", "yoy"), period, False, quote)
            if was[2] is not None:
                self.emit_change(subj, Change(was[2], "%", "yoy"), then, False, quote)
            return None
        if by_base := register.span_changes_by_base(clause):
            for span in by_base:      # '增速较上年同期和上半年分别回落2.4和1个百分点': one change against each span
                self.span(span, original, c_start, c_end, period, ctx)
            return None
        span = register.span_change(clause) or (ctx.span_said and register.span_change_said(clause, ctx.span_said)) \
            or (ctx.span_said and ctx.span_what and register.span_change_elided(clause, ctx.span_said, ctx.span_what)) \
            or (period.period_type == "year" and register.span_change_in_a_year(clause)) \
            or (ctx.list_base == "yoy" and register.share_change_after_basis(clause))
        if span:
            return self.span(span, original, c_start, c_end, period, ctx)
        size = _CHANGE_SIZE.fullmatch(clause)
        if size and ctx.last_abs:
            return self.change_size(size, quote, period, ctx)
        both = register.yoy_and_mom(clause)
        if both and len(ctx.subjects) == 1:
            for base, item in both:     # '同比、环比均下降6.6%', '同比、环比分别增长8.7%和0.9%'
                self.emit_change(ctx.subjects[0], Change(item.value, "%", base), period, base == "mom", quote)
            return None
        rate = register.GROWTH_SAID.fullmatch(clause)
        if rate and len(ctx.subjects) == 1 and not _is_rate(ctx.subjects[0].indicator):
            # '…产量1000万台，增速达14%': the growth of the level just read
            return self.emit_change(ctx.subjects[0], Change(register.growth_sign(rate) * float(rate.group("num")), "%", "yoy"),
                                    period, ctx.mom, quote)
        if self.vocab.counts and self.count(clause, quote, period, ctx):
            ctx.subjects = []
            return None
        levels = register.from_to(clause, year=period.period if period.period_type == "year" else None)
        if levels:           # '制造业用钢占比由2020年的42%提高到2024年的50%': a level in each of two years
            return self.from_to(levels, original, c_start, c_end, ctx)
        average = register.two_year_average(clause) or register.window_average(clause) or (
            self.window_said and "年均" in clause and register.window_average(self.window_said + clause))
        if average:
            return self.average(average, original, clause, c_start, c_end, period, ctx)
        since = register.cumulative(clause)
        if since and since.year_end and len(since.items) == len(ctx.subjects) \
                and all(catalogue.is_stock(subj.indicator.code) for subj in ctx.subjects):
            # '截至6月底，手持订单量23454万载重吨，…，比2024年底增长12.4%': a stock's growth since that year's end
            base = since.base_period(period)
            for subj, item in zip(ctx.subjects, since.items):
                self.emit(subj.indicator, subj.label, period, "cum_pct", item.value, "%", quote, base=base,
                          qualifier=item.qualifier)
            return None
        if since and since.span and len(since.items) == len(ctx.subjects):
            # '…增长14.1%，比2019年同期增长13.8%': the growth since that span of the base year
            base = since.base_period(period)
            for subj, item in zip(ctx.subjects, since.items):
                self.emit(subj.indicator, subj.label, period, "cum_pct", item.value, "%", quote, base=base,
                          qualifier=item.qualifier)
            return None
        added = register.MONTH_ADDED.fullmatch(clause)
        if added and register.MONTH_SAID.search(original[:c_start].rstrip()) \
                and len(ctx.subjects) == 1 and catalogue.is_stock(ctx.subjects[0].indicator.code) \
                and _UNIT.fullmatch(added.group("unit")):
            return self.month_added(added, quote, period, ctx)
        net = register.SINCE_YEAR_END.fullmatch(clause)
        if net:
            return self.net(net, quote, period, ctx)
        if (listed := register.since_year_end_listed(clause)) and len(listed) == len(ctx.subjects) > 1 \
                and all(catalogue.is_stock(subj.indicator.code) for subj in ctx.subjects):
            for subj, item in zip(ctx.subjects, listed):     # '…全年分别净增81.8万个和87.4万个': each one's
                self.emit(subj.indicator, subj.label, period, "abs_change", item.value, item.unit, quote,
                          qualifier=item.qualifier)
            return None
        named_net = register.SINCE_YEAR_END.search(clause)
        if named_net and named_net.group().startswith(("比", "较")) and named_net.end() == len(clause) \
                and re.fullmatch(r"[^\d,;]{2,}", label := clause[: named_net.start()]) \
                and (subjects := self.subjects_of(original, c_start, c_end, strip_noise(label), clause, ctx)) \
                and len(subjects) == 1 and catalogue.is_stock(subjects[0].indicator.code):
            # '千兆用户比上年末净增3113万户': the change of a stock named with it, its level unsaid
            ctx.subjects = subjects
            return self.net(named_net, quote, period, ctx)
        if (points := register.points_listed(clause)) is not None and len(points[1]) == len(ctx.subjects) > 1 \
                and all(subj.indicator.unit == "点" for subj in ctx.subjects) \
                and all(moved := [register.points_moved(said, period) for said in points[1]]):
            # '…指数分别为95.0点、99.9点和98.0点，比上月依次回落6.3点、4.9点和3.4点': each index's own change, in points
            for subj, (measure, value) in zip(ctx.subjects, moved):
                self.emit(subj.indicator, subj.label, period, measure, value, "点", quote)
            return None
        for pattern, measure in ((register.ABS_YOY, "yoy_abs_change"), (register.ABS_MOM, "mom_abs_change")):
            absolute = pattern.fullmatch(clause)
            if absolute and _UNIT.fullmatch(absolute.group("unit")) and absolute.group("unit") != "%":
                return self.abs_change(absolute, measure, quote, period, ctx)
        if _SKIP_CLAUSE.search(clause):
            if selfcheck.has_figure(clause):
                self.skip(quote, "not stored")
            return None
        changes = list(CHANGE_RE.finditer(clause))
        if _LIST_START.match(clause) and len(ctx.subjects) < 2 <= len(ctx.unchanged):
            # '产量696.8万辆，销量693.7万辆，同比分别增长41.4%和40.3%', '营业收入…，营业成本…，同比均增长9.4%':
            # the levels just read that have no change yet, all of them or none
            n = len(register.enumerated_changes(clause))
            if (register.distributes(clause) and n == len(ctx.unchanged)) or ("均" in clause and n == 1):
                ctx.subjects = ctx.unchanged
            elif register.distributes(clause) and n == len(ctx.unchanged) - 1 \
                    and "其中" in original[ctx.unchanged[0].quote_start: ctx.unchanged[1].quote_start + 2]:
                # '纺织品服装出口222.6亿美元，其中纺织品出口…，服装出口…，同比分别下降…': the parts, never the whole
                ctx.subjects = ctx.unchanged[1:]
        if len(ctx.subjects) > 1 and _LIST_START.match(clause):
            return self.carried_list(clause, quote, period, ctx)
        if changes:
            return self.growth(original, clause, changes, c_start, c_end, period, ctx)
        return self.level(original, clause, c_start, c_end, period, ctx)

    def bracketed(self, found, original, c_start, c_end, period, ctx) -> None:
        items, tail = found
        quote = original[c_start:c_end].strip()
        label = "、".join(strip_noise(name) for name, _ in items) + tail
        subjects = self.subjects_of(original, c_start, c_end, label, "分别", ctx)
        if not subjects or len(subjects) != len(items):
            self.skip(quote, "unknown name", ctx)
            return
        for subj, (_, value) in zip(subjects, items):
            self.emit_change(subj, Change(value, "%", "yoy"), period, False, quote)
        ctx.subjects = subjects

    def _places_whole(self, label_text: str, ctx: _Context) -> bool:
        """Whether `label_text` names the whole series whose parts the places waiting for a figure are."""
        if not all(p.indicator.dimension == "region" for p in ctx.pending) or re.match(r"全国|全行业", label_text):
            return False
        whole = catalogue.resolve(strip_noise(label_text), ctx.families)
        return whole is not None and all(catalogue.scope_of(p.indicator.code) == whole.code for p in ctx.pending)

    def _names_only(self, original, clause, c_start, c_end, ctx) -> bool:
        """'信息传输、软件和信息技术服务业，租赁和商务服务业，金融业生产指数分别…': names set off by
        commas before the clause with their figures; kept until that clause."""
        label = strip_noise(register.TREND.sub("", clause))     # '制造业用钢占比持续提高，由…': the name
        label = re.sub(r"(?<=.{2})生产$", "", label)     # '精炼铜生产保持较快增长，9月份产量…': the product's output
        if not label or selfcheck.has_figure(clause):
            return False
        said = self.metric_subject, ctx.metric_subject, ctx.families
        found = self.subjects_of(original, c_start, c_end, label, label, ctx)
        if not found:      # a heading ('三、营收增长、利润下降') names no subject for what follows
            self.metric_subject, ctx.metric_subject, ctx.families = said
            listed = register.strip_rank(clause.strip())
            if "、" in listed and catalogue.place_opening(listed):
                ctx.places_said = listed        # '广东、山东…安徽水泥产量居全国前5位，依次为…': each place's, kept as printed
            if _PLACE.search(label):
                # '京津冀地区增势突出，软件业务收入同比增长…': the place's, which has no series: never the nation's
                ctx.lost = ctx.place_said = True
            return False
        ctx.pending += found
        return True

    def _index_read(self) -> Indicator | None:
        """'建筑材料工业景气指数（MPI）6月份为100.6点，…。11月份景气指数回升至102.9点': the one 景气指数 the report has
        read, said bare again; None when it read none or several."""
        read = {o.indicator for o in self.out if catalogue.indicators()[o.indicator].name_zh.endswith("景气指数")}
        return catalogue.indicators()[read.pop()] if len(read) == 1 else None

    def resolve(self, label_text: str, ctx: _Context) -> Indicator | None:
        """A printed name in the families in force; a metric word in it picks its family
        ('国有控股企业实现利润总额' is a profit figure) and stays in force for the sentence."""
        label_text = catalogue.same_words(self.grouped(label_text))
        metric = self.vocab.metric_of(label_text)
        # '…；家具制造业实现营业收入…（named），利润总额…': of that name, never a series read before it
        of_the_named = named.bare(label_text) and bool(self.named_subject())
        if metric and not of_the_named:
            found = self._with_metric(label_text, metric, ctx)
            # a metric said and not resolved still holds: '东部地区实现利润总额…；中部和西部地区分别增长…'
            # are profits, never a bare region's revenue
            ctx.metric_family = metric[1]
            if found is not None:
                ctx.families = (metric[1],)
                return found
        if of_the_named or (not metric and not ctx.metric_family and label_text in catalogue.region_words()
                            and _region_prefix(self.named_in_sentence)):
            # ('江苏水泥产量11285万吨，…；西藏同比增长11.84%': the province's cement, never its value added)
            return None
        found = catalogue.resolve(label_text, ctx.families) or catalogue.resolve(label_text, ctx.base) \
            or self._mentioned(label_text, ctx) or self._of_subject(label_text, ctx)
        if found is not None and not metric and ctx.metric_family and family_of(found.code) != ctx.metric_family \
                and found.dimension in ("industry", "industry_group"):
            # '食品、医药行业出口交货值分别增长…，轻工、纺织行业分别下降…': the metric said before holds for the
            # industries after it, never their value added
            return catalogue.resolve(label_text, (ctx.metric_family,))
        if found is None and label_text.startswith("国内") and (own := self.resolve(label_text[2:], ctx)) is not None \
                and family_of(own.code) == "output":
            return own          # '国内铁矿石原矿产量': the nation's output (国内销量 is a series of its own)
        if found is None and re.fullmatch(r"(?:该|这一?|此)?(?:景气)?指数", label_text) and label_text != "指数":
            found = self._index_read()
        scoped = _SCOPE.sub("", label_text)
        if found is None and scoped and scoped != label_text:   # '规模以上工业生铁': the scope is not the name
            return self.resolve(scoped, ctx)
        if found is None and (trade := re.fullmatch(r"(.{2,}?)(?:工业|行业)?企业", label_text)):
            # '有色金属企业', '有色金属工业企业': the enterprises of an industry are the industry
            found = next((ind for name in (trade.group(1) + "工业", trade.group(1) + "行业")
                          if (ind := catalogue.resolve(name, ctx.families) or catalogue.resolve(name, ctx.base))), None)
        if found is None and self.title_subject and re.fullmatch(r"(?:该|全|本)?行业(?:规模以上|规上)(?:工业)?企业(?:数量?|个数)?",
                                                                 label_text):
            # '行业规模以上企业超过3.2万家' in a report on one industry: that industry's enterprises
            found = catalogue.resolve(self.title_subject + "规模以上企业数", ("miit_enterprises",))
        if found is None and self.title_subject and re.fullmatch(r"(?:全年)?(?:该|全|本)?行业", label_text) \
                and ctx.families[:1] == ("miit_va",) and not ctx.metric_family:
            # '全年行业增加值同比增长6.5%' in a report on one industry: that industry's own value added (增加值 is noise)
            found = catalogue.resolve(self.title_subject, ("miit_va",))
        if found is None and (made := re.fullmatch(r"(?:累计)?生产(.{1,8})", label_text)):
            # '全国累计生产粗钢6.14亿吨': the output of what was produced
            found = catalogue.resolve(made.group(1), ctx.families) or catalogue.resolve(made.group(1), ctx.base)
        if found is None and (kind := re.fullmatch(r"[^等]+、[^等]+等(?P<kind>[^等、]{4,})", label_text)):
            # '云计算、大数据…等新兴业务收入': the kind the examples are of, when it is a series as a whole
            found = catalogue.resolve(kind["kind"], ctx.families)
        return found

    def _of_trades_named(self, label_text: str, clause: str, ctx: _Context) -> str:
        """'水泥、平板玻璃行业营业收入分别为…；两个行业的利润总额分别为…': the industries or products counted are the
        ones listed just before (in this sentence or the one before), each under the metric said now."""
        counted = register.named_trades(label_text)
        group = ctx.subjects if counted and len(ctx.subjects) == counted[0] else self.group_said
        if not counted or not register.distributes(clause) or len(group) != counted[0] \
                or any(subj.indicator.dimension == "region" for subj in group):
            return label_text
        names = []
        for subj in group:
            metric = self.vocab.metric_of(subj.label)
            names.append(subj.label[: subj.label.index(metric[0])] if metric else subj.label)
        return "、".join(names) + label_text[counted[1]:] if all(names) else label_text

    @staticmethod
    def _of_ranked(label_text: str, clause: str, ctx: _Context) -> str:
        """'…居前5名的省份依次为北京、…，合计完成软件业务收入…': a total said after a ranked group is the group's."""
        if ctx.ranked and re.match(r"(?:合计|共计|总计|共)(?!同)", clause.strip()):
            ctx.pending = []
            if not label_text and ctx.subjects:    # '…分别为…，合计99116亿元': the members' series, together
                label_text = catalogue.indicators()[family_of(ctx.subjects[0].indicator.code)].name_zh
            return ctx.ranked + label_text
        if not label_text and len(ctx.subjects) > 1 and re.match(r"(?:合计|共计|总计)", clause.strip()):
            # '纺织品、服装出口额依次为116亿美元和151.6亿美元，合计267.7亿美元': the names listed, together
            labels = [subj.label for subj in ctx.subjects]
            tail = os.path.commonprefix([label[::-1] for label in labels])[::-1]
            return "".join(label[: len(label) - len(tail)] for label in labels) + tail
        return label_text

    def grouped(self, label_text: str) -> str:
        """The catalogue name of a group the release names by a rule ('居前5名的北京、广东…共'),
        never applied to a clause that gives each member its own figure (分别)."""
        return next((name for pattern, name in self.vocab.groups if re.search(pattern, label_text)), label_text)

    def _with_metric(self, label_text: str, metric: tuple[str, str], ctx: _Context) -> Indicator | None:
        word, family = metric
        # '钢材出口金额', '钢材进口均价': a series named with its metric whole, before the thing's own
        whole_name = catalogue.resolve(strip_noise(label_text), (family,)) \
            if re.search(r".(?:出口|进口)(?:金额|额)$", label_text) else None
        if whole_name is not None:
            return whole_name
        # '钢材出口量', '铜精矿进口实物量': the series of the thing, not of its quantity
        subject = re.sub(r"(?<=.)(?:实物量|金额|量|额)$", "", _VERBS.sub("", strip_noise(label_text.replace(word, "", 1))))
        if re.fullmatch(r"(?:该|全|本)?行业(?:(?:规模以上|规上)(?:工业)?)?(?:企业)?|(?:规模以上|规上)?企业", subject):
            # '行业亏损面26.5%', '该行业营业收入…': the industry the sentence is about
            subject = ""
        printed = bool(subject)
        if not subject and (ctx.metric_subject or (self.metric_subject and not self.vocab.totals)):
            # '通信设备制造业实现营业收入…；实现利润总额…': the metric is the same subject's; in a report on one
            # industry, the subject the paragraph named before ('规模以上纺织企业…。行业亏损面…')
            subject = ctx.metric_subject or self.metric_subject
        if not subject and ctx.subjects:
            # '规模以上纺织企业工业增加值增长1.5%，营业收入20568亿元': the metric of the subject in force
            last = ctx.subjects[-1].label
            found = catalogue.resolve(strip_noise(last), (family,)) or catalogue.resolve(_SCOPE.sub("", strip_noise(last)), (family,))
            if found is not None:
                ctx.metric_subject = self.metric_subject = strip_noise(last)
                return found
        if not subject and self.title_subject and not self.vocab.totals:
            subject = self.title_subject
        if not subject and ctx.lost:
            return None
        if not subject or subject in self.vocab.totals:
            ctx.metric_subject = ""
            return catalogue.indicators().get(family)
        ctx.metric_subject = self.metric_subject = subject
        # '规模以上电子信息制造业东部地区', '东部地区规模以上电子信息制造业': a part of the whole, named with it.
        for total in self.vocab.totals:
            rest = subject[len(total):] if subject.startswith(total) else subject[:-len(total)] \
                if subject.endswith(total) else ""
            part = catalogue.resolve(rest, (family,)) if rest else None
            if part:
                return part
        found = next((found for name in _subject_variants(subject) if (found := catalogue.resolve(name, (family,)))), None)
        # the whole label as printed; never the bare metric when its subject came from before and is not known
        return found or (catalogue.resolve(label_text, (family,)) if printed else None)

    def _title_subject(self, title: str) -> str:
        """The industry a report's title names, when the kind's metrics know it ('2020年上半年钢铁行业运行情况'
        → 钢铁行业): what '全行业实现营业收入…' is said of."""
        title = fold(title)
        found = find_period(title, self.default_year)
        if found and found[1].start() == 0:
            title = title[found[1].end():]
        named = _TITLE_SUBJECT.match(title)
        subject = named.group("subject") if named else ""
        known = subject and any(catalogue.resolve(subject, (family,)) for _, family in self.vocab.metrics)
        return subject if known else ""

    def _of_subject(self, label_text: str, ctx: _Context) -> Indicator | None:
        """'进口铁矿石12.37亿吨…；进口均价106.93美元/吨': a metric said of the subject in force (铁矿石进口均价);
        '有色金属进出口贸易总额…，其中，进口额…': a part of it (有色金属进口额)."""
        trade = re.fullmatch(r"(?:出口|进口)金?额?", label_text)
        # '…商品出口额376.8亿美元，…；进口额187.4亿美元': the other direction of the trade just read
        directions = ("customs_export", "customs_import") if trade else ()
        for subj in [*reversed(ctx.subjects), *reversed(self.said)]:
            name = subj.indicator.name_zh
            families = ctx.families + tuple(family for _, family in self.vocab.metrics) + directions
            heads = (name, _METRIC_TAIL.sub("", name)) + ((_TRADE_TAIL.sub("", name),) if trade else ()) \
                + ((re.sub(r"(?<=工业|行业)[^业]{0,6}指数$", "", name),) if label_text.endswith("指数") else ())
            # ('建材行业价格指数为99.0点；生产指数为102.2点': a sibling index of the one just read)
            for head in dict.fromkeys(heads):
                found = catalogue.resolve(head + label_text, families) if head else None
                if found is not None and found.code != subj.indicator.code:
                    return found
        return None

    @staticmethod
    def _metric_of_each(label_text: str, count: int, ctx: _Context) -> list[Subject]:
        """'日产' after as many products just read: each one's series of that metric (生铁日产, 钢材日产), when the
        catalogue keeps every one; [] else."""
        if len(ctx.subjects) != count or count < 2:
            return []
        found = [catalogue.resolve(subj.indicator.name_zh + strip_noise(label_text), (family_of(subj.indicator.code),)
                                   + ctx.families) for subj in ctx.subjects]
        if not all(found) or len({ind.code for ind in found}) != count \
                or any(ind.code == subj.indicator.code for ind, subj in zip(found, ctx.subjects)):
            return []
        return [Subject(ind, ind.name_zh, subj.quote_start) for ind, subj in zip(found, ctx.subjects)]

    def _mentioned(self, label_text: str, ctx: _Context) -> Indicator | None:
        """'…等新兴业务，共完成业务收入3252亿元': a generic metric takes the business just named."""
        generic = re.fullmatch(r"(?:共|合计|累计)?(?:完成|实现)?(业务收入|收入|用户|用户数)", label_text)
        if not (generic and ctx.mention):
            return None
        name = ctx.mention + generic.group(1).removeprefix("业务")
        return catalogue.resolve(name, ctx.families) or catalogue.resolve(name, ctx.base) \
            or catalogue.resolve(ctx.mention + generic.group(1), ctx.base)

    def subjects_of(self, original, c_start, c_end, label_text, clause, ctx) -> list[Subject] | None:
        """Every name a clause's figures belong to, or None when one cannot be resolved."""
        if self.vocab.publisher == "MIIT" and self.title_subject \
                and re.match(r"全国(?:规模以上|规上)?工业企业", clause.lstrip()):
            return None     # '同期，全国规模以上工业企业利润…' in a steel report: all industry's, never steel's
        label_text = register.ranked_members(label_text) or label_text     # '…收入居前5名的北京、广东…': each member's
        label_text = register.strip_rank(label_text)       # '…居全国前5': a rank, not a name
        label_text = self._of_ranked(label_text, clause, ctx)
        label_text = self._of_trades_named(label_text, clause, ctx)
        if ctx.aspect and label_text and not label_text.startswith(ctx.aspect) and register.compound(label_text):
            label_text = ctx.aspect + label_text            # '乘用车方面，…产量和销量…': 乘用车产量和销量
        distributed = register.distributes(clause)
        if not distributed:
            label_text = self.grouped(label_text)
        kind = register.kind_after_etc(label_text) if "、" in label_text and not distributed else ""
        if kind and catalogue.resolve(strip_noise(kind), ctx.families) is not None:
            label_text = kind       # '云计算、大数据…等新兴业务收入同比增长4.6%': the kind the examples are of
        elif "、" in label_text:
            label_text = register.without_etc(label_text)   # '纺织、食品、医药等行业分别增长…': the members named
        multiple = "、" in label_text or "均" in clause or distributed
        by_region = self._regions(label_text, ctx) if multiple else None
        if by_region == []:        # regions the metric in force does not have: never another metric's
            return None
        if by_region:
            return [Subject(ind, name, c_start) for ind, name in by_region]
        # '汽车产销', '新能源汽车产量和销量': one printed name for two series (register.compound)
        parts = register.compound(label_text) if multiple else None
        before = (ctx.subjects or self.said)[-1:]
        if parts and parts[0] in ("进口", "出口", "产量", "销量") and before:
            # '有色金属进出口贸易总额…。进、出口额分别为…': the parts of the subject just read
            head = re.match(r"(.+?)(?:进出口|进口|出口|产销|产量|销量)", before[0].indicator.name_zh)
            parts = [head.group(1) + part for part in parts] if head else parts
        labels = [strip_noise(part) for part in parts] if parts else \
            catalogue.split_labels(label_text) if multiple else [label_text]
        labels = register.part_after_list(labels)      # '…和手持订单量中海船分别为…': every name's part
        printed = labels
        labels = self._shared_metric(labels)
        resolved = [self.resolve(lab, ctx) for lab in labels]
        labels, resolved = catalogue.qualifier_shared(labels, resolved, lambda name: catalogue.resolve(name, ctx.families))
        if parts and all(resolved) and len({family_of(ind.code) for ind in resolved}) > 1:
            # '汽车产销量分别为…': production and sales of one counter (CAAM's), never NBS's output beside them
            family = (family_of(resolved[-1].code),)
            resolved = [catalogue.resolve(lab, family) or ind for ind, lab in zip(resolved, labels)]
        # '装备制造业和消费品行业PMI': the earlier names share the last one's suffix.
        suffix = re.search(r"(PMI|指数|收入|用户)$", labels[-1]) if len(labels) > 1 else None
        if suffix:
            resolved = [ind or (self.resolve(lab + suffix.group(1), ctx) if not lab.endswith(suffix.group(1)) else None)
                        for ind, lab in zip(resolved, labels)]
        # '中型、小型企业PMI': a short earlier name takes the rest of the last one's ('中型' + '企业PMI');
        # '基础软件、工业软件产品收入': an earlier name takes a tail of the last one (基础软件产品收入).
        for i, (ind, lab) in enumerate(zip(resolved, labels)):
            if ind is None and len(lab) <= 2 < len(labels[-1]):
                whole = lab + labels[-1][len(lab):]
                if (found := self.resolve(whole, ctx)) is not None:
                    resolved[i], labels[i] = found, whole
            if resolved[i] is None and i < len(labels) - 1:
                # from the name as printed: '软件产品、…、嵌入式系统软件收入' is 软件产品收入, not 软件产品软件收入
                head = printed[i] if len(printed) == len(labels) else lab
                for whole in (register.joined(head, labels[-1][k:]) for k in range(1, len(labels[-1]))):
                    if (found := catalogue.resolve(catalogue.same_words(whole), ctx.families)) is not None:
                        resolved[i], labels[i] = found, whole
                        break
        labels, resolved = _industries_alike(labels, resolved)
        resolved = catalogue.light_beside_food(resolved, labels)
        labels, resolved = self._parts_in_metric(labels, resolved, label_text, original[:c_start], ctx)
        if not all(resolved) and len(labels) > 1 and not parts:
            labels, resolved = self._shared_head(label_text.split("、") if "、" in label_text else labels, ctx)
        if resolved and not resolved[0] and (before := (ctx.subjects or self.said)[-1:]):
            first, found = self._sibling_of(labels[0], before[0], ctx)
            if found is not None:
                labels, resolved = self._shared_head([first, *labels[1:]], ctx) if len(labels) > 1 else ([first], [found])
        # 'A和B均增长…' with names we cannot split safely: better no figure than a merged label.
        ambiguous = "均" in clause and any("和" in lab and catalogue.lookup(lab) is None for lab in labels)
        if not all(resolved) or ambiguous:
            return None
        if ctx.place_said and not re.match(r"全国|全行业", label_text) and all(ind.dimension == "total" for ind in resolved):
            return None     # '京津冀地区增势突出，软件业务收入同比增长…': the place's figure, never the nation's
        if "增加值" in original[c_start:c_end] + clause and any(family_of(ind.code) == "output" for ind in resolved):
            # '汽车、电气机械行业增加值分别增长…': value added, never a product's output: the industry's, or nothing
            resolved = [catalogue.resolve(lab + "制造业", ("industrial_va",)) if family_of(ind.code) == "output" else ind
                        for ind, lab in zip(resolved, labels)]
            if not all(resolved):
                return None
        said = {family for word, family in self.vocab.metrics if word in label_text}
        if said & set(_FINANCE_FAMILIES) and any(family_of(ind.code) not in said for ind in resolved):
            return None     # '…营业收入分别为…': a name that resolved outside the metrics said is misread, never stored
        segment = original[c_start:c_end]
        return [Subject(ind, _full_name(segment, ind, _printed(segment, lab)), c_start)
                for ind, lab in zip(resolved, labels)]

    def _parts_in_metric(self, labels: list[str], resolved: list, label_text: str, said_before: str,
                         ctx: _Context) -> tuple[list[str], list]:
        """'消费品工业出口交货值同比下降0.8%…。其中，轻工、纺织、食品和医药行业同比分别增长…': parts with no metric of their own
        (其中) after a whole measured by a finance metric are measured by it too, each the series of its metric beside the
        industry's value added (never that value added, the default of a bare name)."""
        before = (ctx.subjects or self.said)[-1:]
        family = family_of(before[0].indicator.code) if before else ""
        if len(labels) < 2 or not re.search(r"其中[,，]?\s*$", said_before) or self.vocab.metric_of(label_text) is not None \
                or family not in _FINANCE_FAMILIES + ("miit_export_delivery",):
            return labels, resolved
        word = next(word for word, fam in self.vocab.metrics if fam == family)
        found = [catalogue.indicators().get(f"{family}.{ind.code.split('.', 1)[1]}") if ind is not None else None
                 for ind in resolved]
        # all the parts or none: a part whose metric no series keeps is never stored as its value added, nor named bare
        ctx.unmeasured_parts = "" if all(found) else fold(label_text)
        return [lab + word for lab in labels], found if all(found) else [None] * len(labels)

    def _sibling_of(self, label: str, before: Subject, ctx: _Context) -> tuple[str, Indicator | None]:
        """'有色金属矿采选业增加值增长3.7%，冶炼和压延加工业增长9.7%': an industry said without the head the one
        before it printed (有色金属冶炼和压延加工业), the longest head that names a series."""
        if not re.search(r"业(?:营业收入|利润总额|利润|增加值)?$", label):
            return label, None
        head = before.indicator.name_zh
        for k in range(len(head) - 3, 1, -1):
            if not label.startswith(head[k:k + 2]) and (found := self.resolve(head[:k] + label, ctx)) is not None:
                return head[:k] + label, found
        return label, None

    def _shared_head(self, labels: list[str], ctx: _Context) -> tuple[list[str], list]:
        """'有色金属矿采选业、冶炼和压延加工业利润': a later name takes the head of the first (有色金属冶炼和
        压延加工业), the longest that names a series, and an earlier one the metric of the last (有色金属矿采选业
        利润); '规模以上船舶工业企业营业收入和利润总额': the subject's other metric."""
        metric = re.search(r"(?:利润总额|利润|营业收入|增加值|产量)$", labels[-1])
        out = []
        for i, lab in enumerate(labels):
            names = [lab] + ([lab + metric.group()] if metric and not lab.endswith(metric.group()) else [])
            if i:
                names += [labels[0][:k] + name for name in names for k in range(len(labels[0]) - 2, 1, -1)]
            out.append(next(((name, ind) for name in names if (ind := self.resolve(name, ctx)) is not None), (lab, None)))
        return [name for name, _ in out], [ind for _, ind in out]

    def _shared_metric(self, labels: list[str]) -> list[str]:
        """'铜、铝、锌现货均价' → 铜现货均价 …, '铜精矿、铝土矿进口实物量' → 铜精矿进口实物量 …: the metric
        word printed once, with the last name, is each name's."""
        metric = self.vocab.metric_of(labels[-1]) if len(labels) > 1 else None
        if not metric:
            return labels
        at = labels[-1].index(metric[0])
        # '水泥、平板玻璃行业营业收入': the industry word before the metric is every name's (水泥行业营业收入)
        at -= 2 if labels[-1][max(0, at - 2):at] == "行业" and at > 2 else 0
        tail = labels[-1][at:]
        # a name with a metric of its own keeps it ('…企业营业收入和利润总额')
        # said once where they overlap ('工业软件' + '软件收入' → 工业软件收入)
        return [lab if metric[0] in lab or self.vocab.metric_of(lab) else register.joined(lab, tail) for lab in labels]

    def _regions(self, label_text: str, ctx: _Context) -> list[tuple[Indicator, str]] | None:
        """'东、中、西部和东北地区移动互联网接入流量': one subject per region, under the metric; '…；中部、
        西部和东北地区依次增长…': under the metric said earlier in the sentence."""
        metric = self.vocab.metric_of(label_text)
        said = not metric and ctx.metric_family
        if said:
            metric = ("", ctx.metric_family)
        if not metric:
            return None
        rest = label_text.replace(metric[0], "", 1)
        for total in sorted(self.vocab.totals, key=len, reverse=True):     # '…东北地区电子信息制造业营业收入'
            rest = rest.replace(total, "", 1) if not rest.startswith(total) else rest
        names = catalogue.split_regions(strip_noise(rest))
        found = [catalogue.resolve(name, (metric[1],)) for name in names or []]
        if not found or not all(found):
            return [] if said and names else None
        ctx.families = (metric[1],)
        return [(ind, f"{name}{metric[0]}") for ind, name in zip(found, names)]

    def _regions_again(self, label_text: str, n: int, ctx: _Context, c_start: int) -> list[Subject] | None:
        """'东部、中部、西部和东北地区5G基站分别达到…；5G移动电话用户分别达到…': a new metric's list goes
        to the regions the sentence last listed, in their order."""
        regions = [subj for subj in ctx.history if subj.indicator.dimension == "region"][-n:]
        if len(regions) == n:
            names, start = "、".join(subj.indicator.name_zh for subj in regions), regions[0].quote_start
        elif len(ctx.regions_said) == n:      # (listed with a metric of no series: '…渗透率分别为…；5G…分别达…')
            names, start = "、".join(ctx.regions_said), c_start
        else:
            return None
        found = self._regions(names + label_text, ctx) if self.vocab.metric_of(label_text) else None
        return [Subject(ind, name, start) for ind, name in found] if found else None

    @staticmethod
    def _places_of_whole(label: str, whole: str, ctx: _Context) -> tuple[list[Indicator], Indicator] | None:
        """'东部地区收入' of '全国软件业务总收入', '东部、中部、西部、东北地区收入' of it: regions said with a bare metric
        are the regions of the whole's series (the regions and the whole, or None)."""
        bare = re.search("(?:" + register.BARE_METRIC.pattern + ")$", label)
        if not bare or bare.start() < 2:
            return None
        series = register.whole_series(strip_noise(whole))
        found = catalogue.resolve(series, ctx.families) or catalogue.resolve(series, ctx.base)
        if found is None:
            return None
        names = re.split(r"[、和及]", label[: bare.start()])
        suffix = "地区" if names[-1].endswith("地区") else ""      # '东部、中部…东北地区': the last one's suffix
        places = [catalogue.region_of(name if name.endswith(suffix) else name + suffix, found) for name in names]
        return (places, found) if all(places) else None

    def share(self, share: register.Share, quote, period, ctx) -> None:
        """'高技术制造业增加值占规模以上工业增加值比重为17.1%', '占移动基站总数的36.6%', '在全行业收入中占
        比为66.3%', '新能源汽车新车销量达到汽车新车总销量的40.9%' (register.share)."""
        known_whole = None
        label = strip_noise(share.label)
        own = next((found for word in ("市场占有率", "市场份额", "占比", "比重") if word in quote and label and not share.whole
                    and (found := self.resolve(label + word, ctx)) is not None and found.unit == "%"), None)
        if own is not None:
            # '中国品牌乘用车市场占有率为69.4%', '建筑业用钢占比降至50%左右': a share kept as a series of its own
            self.emit(own, label, period, "level", share.value, "%", quote, qualifier=share.qualifier)
            ctx.subjects = [Subject(own, label, 0)]
            return
        if label:
            subjects = self.subjects_of(quote, 0, len(quote), label, label, ctx) or []
            if len(subjects) == 1 and subjects[0].indicator.dimension == "region" and not self.vocab.metric_of(label) \
                    and not any(family_of(s.indicator.code) == family_of(subjects[0].indicator.code) for s in ctx.subjects):
                subjects = []     # '…3省区冶炼分离产品产量合计占全国的72.5%，其中内蒙古占比为45.3%': a place's share of
                #                   a metric not read is not its share of the series its bare name resolves to
            if not subjects and len(ctx.subjects) == 1 and ctx.subjects[0].indicator.name_zh.endswith(label):
                subjects = ctx.subjects      # '…其中销量1478万辆，…，新车销量占比为47.5%': the subject's own words
            if not subjects and len(ctx.subjects) == 1 and catalogue.sibling(ctx.subjects[0].indicator, label) \
                    == ctx.subjects[0].indicator and register.BARE_METRIC.fullmatch(label):
                subjects = ctx.subjects      # '东部地区完成软件业务收入…，收入占全国的82.3%': the subject's revenue
            if not subjects and share.whole and (part := self.resolve(label + strip_noise(share.whole), ctx)) is not None \
                    and part.dimension == "segment":
                subjects = [Subject(part, label, 0)]    # '出口船舶占手持订单量的比重为92.4%': the part of that whole
            if not subjects and share.whole and (placed := self._places_of_whole(label, share.whole, ctx)):
                subjects = [Subject(place, label, 0) for place in placed[0]]   # '东部地区收入占全国软件业务总收入的85.1%'
                known_whole = placed[1]
        elif ctx.share_of and (part := self.resolve(ctx.share_of + strip_noise(share.whole), ctx)):
            subjects = [Subject(part, ctx.share_of + strip_noise(share.whole), 0)]   # '…在年末手持订单量中占92.4%'
        else:
            # ('信息技术服务收入保持两位数增长，在全行业收入中的占比为67.3%': of the name said before it, no figure)
            subjects = ctx.subjects or (ctx.pending if len(ctx.pending) == 1 else [])
            if len(subjects) > 1 and (measured := re.search(r"销量|产量|出口", share.whole or "")):
                # '…产销量依次为…，占汽车新车总销量的45.5%': of the one name measured as the whole is (its sales)
                alike = [subj for subj in subjects if measured.group() in subj.indicator.name_zh]
                subjects = alike if len(alike) == 1 else subjects
            # '中国品牌乘用车销售1797万辆，市场占有率达到65.2%': the subject's share kept as a series of its own
            own = next((found for word in ("市场占有率", "市场份额") if (found := self._of_subject(word, ctx))
                        and found.unit == "%"), None) if len(subjects) == 1 and not share.whole else None
            if own is not None:
                self.emit(own, own.name_zh, period, "level", share.value, "%", quote, qualifier=share.qualifier)
                ctx.subjects = [Subject(own, own.name_zh, subjects[0].quote_start)]
                return
        if not label and (said := self.named_just_read()) and self.as_named(
                named.share_of(said, share.whole or ""), Quantity(share.value, "%", share.qualifier, None),
                period, quote, "share_pct", cleaned=True):
            return      # '对美国出口服装318.6亿美元，…，占服装出口总额的21.1%': the share of the name just read
        if not subjects and label and not named.bare(label) and not register.BARE_METRIC.fullmatch(label) \
                and self.named_share(label, share, period, quote):
            return      # '自主品牌乘用车国内零售份额达到66.9%': a share of a name not catalogued, as printed
        if len(subjects) != 1:
            self.skip(quote, "unknown name" if label else "unattributed", ctx)
            return
        ind = subjects[0].indicator
        if family_of(ind.code) == "industrial_va" and ind.dimension == "total":
            self.skip(quote, "not stored")  # the whole is 100 % of itself: a misread
            return
        # '新能源汽车…，新车销量占比为47.5%': a share of new-car sales is of all new cars sold
        whole = share.whole or ctx.share_whole or ("汽车新车总销量" if "新车销量" in share.label else "")
        ctx.share_whole = whole
        tail = _METRIC_TAIL.search(subjects[0].label)
        # '纯电动汽车销量在新能源汽车中占60%': the whole's 销量, not its first series
        aggregate = known_whole or (tail and not _METRIC_TAIL.search(whole) and comparisons.relative_to(self, whole + tail.group(), ind)) \
            or (comparisons.relative_to(self, whole, ind) if whole else None) or self._total_said(whole, ind, ctx)
        if aggregate is None and not whole and self.whole_said and self.whole_said[0] == family_of(ind.code):
            aggregate = self.whole_said[1]      # '…在电信业务收入中的占比…。新兴业务收入…，占比提升至25%': the same whole
        code = aggregate.code if aggregate is not None and aggregate.code != ind.code else None
        if code:
            self.whole_said = (family_of(ind.code), aggregate)
        self.emit(ind, subjects[0].label, period, "share_pct", share.value, "%", quote, relative_to=code,
                  qualifier=share.qualifier)
        ctx.subjects = subjects
        ctx.last_share, ctx.share_at = (ind, subjects[0].label, code), len(self.out)

    def _total_said(self, whole: str, part: Indicator, ctx: _Context) -> Indicator | None:
        """'宽带接入用户总数6.86亿户，…其中…用户6.52亿户，占总用户数的95.2%': a whole named only as the total
        is the total read last before the part, in the sentence or the paragraph; a whole unsaid
        ('…端口数量达12.39亿个，其中光纤接入端口11.98亿个，占比达到96.7%') is the total the sentence read before
        the part, counted alike."""
        if not whole:
            return catalogue.whole_read_before(part, [subj.indicator for subj in ctx.history])
        if not re.fullmatch(r"(?:总用户数|用户总数|全部用户|总数|总量)", whole or ""):
            return None
        return next((subj.indicator for subj in reversed(self.totals_said + ctx.history) if subj.indicator.code != part.code
                     and subj.indicator.dimension == "total" and "总" in subj.indicator.name_zh), None)

    def metric_shares(self, held: register.MetricShares, quote, period, ctx) -> None:
        """'轻工业以占全国工业13.92%的资产总额，实现了占全国工业18.74%的营业收入和20.05%的利润': the
        subject's share of each whole, the subject named before or in force, the whole said once."""
        name = strip_noise(held.head) or ctx.metric_subject or self.metric_subject or self.title_subject
        whole = held.whole or ctx.share_whole
        ctx.share_whole = whole
        found = [(self.resolve(name + metric, ctx), metric, value) for value, metric in held.items] if name else []
        if not found or not whole or any(ind is None for ind, _, _ in found):
            self.skip(quote, "unknown name" if name else "unattributed", ctx)
            return
        for ind, metric, value in found:
            aggregate = comparisons.relative_to(self, whole, ind)
            if aggregate is None or aggregate.code == ind.code:
                self.skip(quote, "unknown name", ctx)
                continue
            self.emit(ind, name + metric, period, "share_pct", value, "%", quote, relative_to=aggregate.code)
        ctx.metric_subject = self.metric_subject = name

    def _said_once(self) -> list[Subject]:
        """The series with figures in this paragraph, each once, in the order first read; in a paragraph that has
        read none yet, the paragraph's before ('…手持订单量27442万载重吨。\n以载重吨计，三大指标在世界总量中…')."""
        return list({subj.indicator.code: subj for subj in self.said or self.said_before}.values())

    def share_list(self, label_text, whole, items, original, quote, c_start, c_end, period, ctx) -> None:
        """'四个地区软件业务收入在全国总收入中的占比分别为82.5%、4.8%、10.5%和2.2%': one share per name;
        'N个地区' are the last N regions with figures in this paragraph; '出口船舶占完工量、新接订单量、手持
        订单量的比重为…': one share of each whole."""
        said = _REGIONS_SAID.search(label_text)
        wholes = catalogue.split_labels(strip_noise(whole)) if re.search(r"[、和及]", whole) else [whole]
        if register.THE_LAST_NAMED.fullmatch(strip_noise(whole)) and len(self.wholes_said) == len(items):
            wholes = self.wholes_said       # '…。上半年，出口船舶占三大指标的比重依次为…': the wholes listed before
        if len(wholes) == len(items) > 1 and strip_noise(label_text):
            # '出口船舶占完工量、新接订单量、手持订单量的比重为…': the part of each whole
            self._shares_of_wholes(strip_noise(label_text), wholes, items, quote, period, ctx)
            return
        if said:
            n = {"四": 4, "三": 3, "两": 2}.get(said.group("n")) or int(said.group("n"))
            regions = [subj for subj in self._said_once() if subj.indicator.dimension == "region"]
            subjects = regions[-n:] if len(regions) >= n else []
        elif register.THE_LAST_NAMED.fullmatch(re.sub(r"以[^,;]{1,6}计$", "", strip_noise(label_text))):
            # '三大指标以载重吨计分别占世界总量的…': the last series with figures, one per share ('以修正总吨计，三项
            # 指标的…' after a list of shares: the names of that list, never the levels of the paragraph before)
            subjects = next((said for said in (self.shares_said, self.group_said) if len(said) == len(items)),
                            self._said_once()[-len(items):])
        else:
            label = strip_noise(label_text)
            subjects = (self.subjects_of(original, c_start, c_end, label, "分别", ctx) or []) if label else ctx.subjects
            if label and not subjects and (placed := self._places_of_whole(label, whole, ctx)):
                subjects = [Subject(place, label, c_start) for place in placed[0]]   # '东部、中部…地区收入占全国…的比重分别为'
        if not subjects or len(items) != len(subjects):
            self.skip(quote, "unattributed", ctx)
            return
        wholes = [comparisons.relative_to(self, whole, subj.indicator) for subj in subjects]
        for subj, item, aggregate in zip(subjects, items, wholes):
            code = aggregate.code if aggregate is not None and aggregate.code != subj.indicator.code else None
            self.emit(subj.indicator, subj.label, period, "share_pct", item.value, "%", quote, relative_to=code,
                      qualifier=item.qualifier)
        ctx.subjects = self.shares_said = subjects    # '…分别占世界总量的…，与2024年相比分别提高…': the changes of these shares

    def _shares_of_wholes(self, label, wholes, items, quote, period, ctx) -> None:
        parts = [(self.resolve(label + whole, ctx), self.resolve(whole, ctx), whole) for whole in wholes]
        if not all(part for part, _, _ in parts):
            self.skip(quote, "unknown name", ctx)
            return
        ctx.share_of, self.wholes_said = label, wholes
        # '截至6月底，手持订单量…。出口船舶分别占完工量、新接订单量、手持订单量的…': the flows' shares are over the
        # report's span ending that month, the stock's at its end
        span = self.base if period.period_type == "month" and self.base.period_type == "ytd" \
            and self.base.period == period.period else period
        for (part, whole, printed), item in zip(parts, items):
            self.emit(part, label + printed, span if not catalogue.is_stock(part.code) else period, "share_pct",
                      item.value, "%", quote,
                      relative_to=whole.code if whole is not None else None)

    def span(self, change: register.SpanChange, original, c_start, c_end, period, ctx) -> None:
        """A change in points against an earlier span (register.span_change) of the figures just read
        or of the names before it: of a growth rate (增速比1—11月回落0.2个百分点: growth_pp_change), of
        a rate (利润率较上年提高0.4个百分点: pp_change, pp_change_mom or pp_change_prev), or a stated
        zero (与上年同期持平: a level unchanged is a growth of 0 %)."""
        quote = original[c_start:c_end].strip()
        # ('…降幅较上年收窄1.6个百分点，较1—9月扩大0.3个百分点': the fall changed just before, again)
        change = register.fall_changed_again(change, ctx.rate_changed[0] if ctx.rate_changed[1:] == (len(self.out),) else "")
        head = strip_noise(re.sub(r"(?:" + "|".join(_GROWTH_WORDS) + r")$", "", change.head.strip()))
        part = re.sub(r"^其中", "", change.head.strip())
        if part in ("产量", "销量", "出口", "进口") and len(ctx.parts_of or ctx.subjects) > 1:
            # '汽车产销…，其中产量增速较1—9月回落0.1个百分点': of production only, never of sales too ('…，销量增速回落0.5个
            # 百分点' after it: of the compound's sales)
            ctx.parts_of = ctx.parts_of or ctx.subjects
            subjects = [subj for subj in ctx.parts_of if part in subj.indicator.name_zh or subj.label.endswith(part)]
        else:
            subjects = self.subjects_of(original, c_start, c_end, head, "分别", ctx) if head else ctx.subjects
        if not head and len(subjects or []) < len(change.values) <= len(ctx.history) and "分别" in quote:
            # '…运输设备制造业增长14.0%，电气机械和器材制造业增长9.2%，增速较上年分别加快3.1个和4.1个百分点': the names just read
            subjects = ctx.history[-len(change.values):]
        base = register.base_period(change.base, period)
        values = change.values * len(subjects or []) if len(change.values) == 1 else change.values
        if not subjects and not head and len(change.values) == 1 and change.what not in ("增速", "增幅") \
                and self.named_points(change.values[0], change.base, quote):
            return      # '营业收入利润率为5.1%，比上年提高1.6个百分点': the rate of a name not catalogued, its change
        if not head and len(change.values) == 1 and change.what in ("", "增速", "增幅", "降幅") \
                and not register.flat_on_a_year_before(change) \
                and self.named_growth_points(change.values[0], change.base, quote):
            return      # '原材料制造业利润同比增长22.1%，较1—7月份加快10.0个百分点': its growth's change
        if not subjects and not head and len(change.values) > 1 and self.named_points_listed(change, quote):
            return      # '…渗透率分别为33.5%、…和26.8%，较上年末分别提升2.3个、…和3.2个百分点': each rate's change
        if not subjects or len(values) != len(subjects) or base is None:
            self.skip(quote, "unattributed" if base is not None else "not stored", ctx)
            return
        quote = original[subjects[0].quote_start if not head else c_start: c_end].strip()
        ctx.subjects = subjects
        if change.base != "上年同期" and register.span_base_said(change.base):
            # '东部…增速比1—11月回落0.7个百分点…；中部…增速回落1个百分点': the span holds for the sentence
            ctx.span_said = ctx.span_said or change.base
            same = change.base == ctx.span_said
            # ('东部地区增速较1—10月提高0.1个百分点，东北地区较1—10月回落0.2个百分点': what changed, said once)
            ctx.span_what = (change.what or ctx.span_what) if same else ""
            change = replace(change, what=change.what or ctx.span_what) if same else change
        for subj, value in zip(subjects, values):
            share = next((o for o in reversed(self.out) if o.indicator == subj.indicator.code and o.measure == "share_pct"),
                         None) if change.what in ("占比", "比重", "份额", "占有率") or (
                not change.what and self.last_measure.get(subj.indicator.code) == "share_pct") else None
            if share is not None:
                # '…分别占世界总量的…。与2024年相比，造船完工量份额提高0.4个百分点': the change of the share read
                at = Period(share.period[:4], "year") if share.period.endswith("-12") else Period(share.period, share.period_type)
                measure, kept = comparisons.share_change_measure(change.base, at)
                if measure is not None:
                    self.emit(subj.indicator, subj.label, at, measure, value, "百分点", quote,
                              relative_to=share.relative_to, base=kept)
                    continue
            measure = self._span_measure(subj, change, base, period)
            if measure is None:
                self.skip(quote, "not stored")
                continue
            unit = "%" if measure in ("yoy_pct", "mom_pct") else "百分点"
            kept = None if measure in ("yoy_pct", "mom_pct", "pp_change", "pp_change_mom") else base
            # '基本持平', '大体持平': about unchanged, never exactly
            about = value == 0 and re.search(r"(?:基本|大体|大致)持平", quote)
            self.emit(subj.indicator, subj.label, period, measure, value, unit, quote, base=kept,
                      qualifier="about" if about else "exact")
        ctx.rate_changed = (change.what, len(self.out))

    def earlier_value(self, printed: str, quote: str, period: Period, ctx: _Context) -> None:
        """'市场占有率为69.3%（上年同期为64.5%）': the figure just read, of the earlier span or year, in its
        measure and unit; nothing when the unit differs (a value is never guessed to be another measure's)."""
        items = register.enumeration(printed.strip()) if re.search(r"[、和]", printed) else []
        if len(items) > 1:
            # '…分别占世界总量的56.1%、69.0%和66.8%（2024年分别为55.7%、74.1%和63.1%）': each name's then
            return self.earlier_values(items, quote, period, ctx)
        value = re.fullmatch(r"(?P<num>" + NUMBER + r")(?P<unit>%|[^\d]{1,6}?)\s*", printed)
        # the subject's figure in that unit, just read ('…96081万吨，同比下降4.4%，较2024年的100509万吨…': its level)
        last = next((o for o in reversed(self.out[-2:]) if value and o.unit == value.group("unit")
                     and o.measure in ("level", "count", "index", "share_pct")), None)
        if last is None or value is None or len(ctx.subjects) != 1 or last.indicator != ctx.subjects[0].indicator.code:
            self.skip(quote, "not stored", ctx)
            return
        subj = ctx.subjects[0]
        self.emit(subj.indicator, subj.label, period, last.measure, float(value.group("num")), last.unit, quote,
                  relative_to=last.relative_to)

    def contribution(self, found: register.Share, original, c_start, c_end, quote, period, ctx) -> bool:
        """'对全部规模以上工业增长的贡献率达18.1%' of the growing flow just read, '高技术制造业对…的贡献率达26.1%' of the
        name said: its share of the aggregate's growth (contribution_pct); False when whose or of what is not sure."""
        label = strip_noise(found.label)
        subjects = self.subjects_of(original, c_start, c_end, label, label, ctx) if label else ctx.subjects
        # (a contribution is a growing flow's: never a rate's or a share's just read)
        if not subjects or len(subjects) != 1 \
                or subjects[0].indicator.unit == "%" and family_of(subjects[0].indicator.code) not in catalogue.GROWTH_ONLY:
            return False
        subj = subjects[0]
        whole = comparisons.relative_to(self, found.whole, subj.indicator)    # the aggregate, as a gap names it
        if whole is None or whole.code == subj.indicator.code:
            return False
        self.emit(subj.indicator, subj.label, period, "contribution_pct", found.value, "%", quote, relative_to=whole.code)
        ctx.subjects = [subj]
        return True

    def rate_of_subject(self, rate: str, quantity: Quantity, ctx: _Context) -> tuple[str, Period, Indicator | None] | None:
        """'固定电话用户总数1.6亿户，…，普及率为11.4部/百人': a bare rate of the one subject just read, named with it, at
        its date, and its catalogued series if any ('移动电话用户总数…，普及率为每百人130部'); None else."""
        if len(ctx.subjects) != 1 or not (quantity.unit == "%" or "/" in quantity.unit):
            return None
        owner = re.sub(r"(?:用户)?(?:总数|数量|数)$", "", strip_noise(ctx.subjects[0].label))
        last = next((o for o in reversed(self.out) if o.indicator == ctx.subjects[0].indicator.code), None)
        if len(owner) < 2 or last is None:
            return None
        own = self.resolve(owner + rate, ctx)
        return owner + rate, Period(last.period, last.period_type), own if own is not None and own.unit == quantity.unit else None

    def rate_then(self, value: float, clause: str, quote: str, period: Period, ctx: _Context) -> None:
        """The rate the subject had in an earlier span, said aside: its growth when the clause changes a growth
        ('增速比上半年（7.6%）…', or a growth just read), else its value in the measure just read."""
        subj = ctx.subjects[0]
        last = next((o for o in reversed(self.out) if o.indicator == subj.indicator.code and o.unit == "%"), None)
        if re.match(r"(?:增速|增幅)", clause) or (last is not None and last.measure == "yoy_pct"):
            self.emit_change(subj, Change(value, "%", "yoy"), period, False, quote)
        else:
            self.earlier_value(f"{value:g}%", quote, period, ctx)

    def earlier_values(self, items, quote: str, period: Period, ctx: _Context) -> None:
        """The values of the names just read, of an earlier span or year, in their measure and unit, one each."""
        read = self.out[-len(items):] if len(self.out) >= len(items) else []
        if len(ctx.subjects) != len(items) or [o.indicator for o in read] != [s.indicator.code for s in ctx.subjects] \
                or any(o.measure not in ("level", "count", "index", "share_pct") or o.unit != item.unit
                       for o, item in zip(read, items)):
            self.skip(quote, "not stored", ctx)
            return
        for subj, last, item in zip(ctx.subjects, read, items):
            at = Period(f"{period.period}-12", "month") if catalogue.is_stock(subj.indicator.code) \
                and period.period_type == "year" else period
            self.emit(subj.indicator, subj.label, at, last.measure, item.value, last.unit, quote, relative_to=last.relative_to)

    def from_to(self, found, original, c_start, c_end, ctx) -> None:
        label, levels = found
        quote = original[c_start:c_end].strip()
        held = re.fullmatch(r"(?:在(?P<within>.+?)中|占(?P<of>.+?))(?:的|所)?(?:占比|比重|份额)", label.strip())
        if held and len(ctx.subjects) == 1 and levels[1][1].unit == "%":
            # '…收入6289亿元，…，在电信业务收入中的占比由上年的37.9%降至36.2%': the subject's share, then and now
            subj, whole = ctx.subjects[0], held.group("within") or held.group("of")
            aggregate = comparisons.relative_to(self, whole, subj.indicator)
            code = aggregate.code if aggregate is not None and aggregate.code != subj.indicator.code else None
            for year, item in levels:
                self.emit(subj.indicator, subj.label, Period(year, "year"), "share_pct", item.value, "%", quote,
                          relative_to=code, qualifier=item.qualifier)
            if code:
                self.whole_said = (family_of(subj.indicator.code), aggregate)
            return
        # '制造业用钢占比持续提高，由2020年的42%上升至50%': of the name said just before
        subjects = self.subjects_of(original, c_start, c_end, strip_noise(label), label, ctx) if strip_noise(label) \
            else (ctx.pending[-1:] or ctx.subjects)
        if not subjects or len(subjects) != 1:
            self.skip(quote, "unknown name", ctx)
            return
        subj, ctx.pending = subjects[0], []
        # a share kept as a series of its own (用钢占比, in %) is its level
        measure = "share_pct" if re.search(r"(?:占比|比重|份额)$", label) and subj.indicator.unit != "%" else "level"
        for year, item in levels:
            self.emit(subj.indicator, subj.label, Period(year, "year"), measure, item.value, item.unit, quote,
                      qualifier=item.qualifier)
        ctx.subjects = subjects

    def average(self, found: register.Average, original, clause, c_start, c_end, period, ctx) -> None:
        """'…同比增长14.1%，两年平均增长6.2%': the average yearly growth since the same span two years
        earlier (avg_yoy_pct), or over a window ('“十四五”期间年均增长5.0%'), of the names before it in the
        clause or of the figures just read."""
        quote = original[c_start:c_end].strip()
        head = strip_noise(found.label)
        subjects = self.subjects_of(original, c_start, c_end, head, "分别", ctx) if head else ctx.subjects
        if not head and len(subjects or []) < len(found.items) <= len(ctx.history) and register.distributes(clause):
            # '股份制企业增长15.2%，…私营企业增长16.9%，两年平均分别增长7.3%、5.3%和7.9%': the names just read
            subjects = ctx.history[-len(found.items):]
        if not subjects or len(found.items) != len(subjects):
            self.skip(quote, "unattributed", ctx)
            return
        base = found.base_period(period)
        if base is None:       # a window not over: an aim, never a result
            self.skip(quote, "not stored", ctx)
            return
        for subj, item in zip(subjects, found.items):
            self.emit(subj.indicator, subj.label, period, "avg_yoy_pct", item.value, "%", quote, base=base,
                      qualifier=item.qualifier)

    def _span_measure(self, subj: Subject, change: register.SpanChange, base: Period, period: Period) -> str | None:
        ind = subj.indicator
        previous_year = _year_earlier(period)
        last = self.last_measure.get(ind.code)
        if last == "yoy_pct" and register.flat_on_a_year_before(change):
            return None     # '…同比增长0.2%，与上年同期基本持平': the level on a year before, its growth already read
        if change.what in _GROWTH_WORDS or last in ("yoy_pct", "mom_pct", "growth_pp_change"):
            return "growth_pp_change"
        if _is_rate(ind) or family_of(ind.code) in self.vocab.index_families:
            if base == previous_year:
                return "pp_change"
            return "pp_change_mom" if base == _month_before(period) else "pp_change_prev"
        if change.values == (0.0,) and family_of(ind.code) not in catalogue.GROWTH_ONLY:
            # '化纤产量与去年同期持平': the level did not change
            if base == previous_year:
                return "yoy_pct"
            if base == _month_before(period):
                return "mom_pct"
        return None

    def count(self, clause: str, quote: str, period: Period, ctx: _Context) -> bool:
        """'41个大类行业中有30个行业增加值增长', or over two clauses ('在41个工业大类行业中，20个行业利润
        总额同比增长'): the count (register.count), its whole kept, under a label that stays the same;
        '增长面为60.4%' or '占比68.9%' after it: the share of the whole counted, where the catalogue holds one."""
        said = register.universe(clause)
        if said:                            # the whole, said before the count's own clause
            ctx.universe = said
            return True
        last = next((o for o in reversed(self.out[-3:]) if o.indicator == ctx.counted and o.measure == "count"), None) \
            if ctx.counted else None
        if last is not None and (moved := register.count_moved(clause, Period(last.period, last.period_type))) is not None:
            # '85种产品产量同比增长，比上年增加13种': the count's change on the year (or month) before
            ind = catalogue.indicators()[ctx.counted]
            self.emit(ind, ind.name_zh, Period(last.period, last.period_type), moved[0], moved[1], ind.unit, quote)
            return True
        share = re.fullmatch(r"(?:增长面|占比|占)(?:为|达)?(?P<num>" + NUMBER + r")%", clause)    # '…，占比68.9%' too
        if share and ctx.counted:
            ind = catalogue.indicators().get(ctx.counted + "_share")
            if ind is not None:
                self.emit(ind, ind.name_zh, period, "level", float(share.group("num")), "%", quote)
                return True
            return False
        counted = register.count(clause, ctx.universe)
        if counted is None and ctx.parts and self.whole_counted is not None:
            # '…91种主要轻工业产品中，66种…增长。其中，电风扇、…、纸浆等18种产品产量保持两位数增长': a part of those
            # counted in the sentence before, out of the same whole
            counted = register.count(register.without_examples(clause), self.whole_counted)
        if counted is None:
            return False
        code = next((code for pattern, code in self.vocab.counts if re.search(pattern, clause + counted.what)), None)
        if code is None and len(self.vocab.counts) == 1 and not re.search(r"出口|进口|商品|企业|行业|地区|省", clause + counted.what):
            # '122种主要产品中，72种…' in a machinery report: its products ('22类主要出口商品中有11类…': never)
            code = self.vocab.counts[0][1]
        if code is None:
            return False
        if counted.falling or counted.fast:
            # '20种产品产量同比下降', '18种产品产量保持两位数增长': the count of those that fell (grew by two digits), where
            # the catalogue holds one; never the count of all that grew
            code = code.replace("_growing", "_falling" if counted.falling else "_double_digit")
            if code not in catalogue.indicators():
                return False
        ind = catalogue.indicators()[code]
        self.emit(ind, ind.name_zh, period, "count", counted.value, ind.unit, quote, universe=counted.whole)
        ctx.counted, self.whole_counted = code, (counted.whole, counted.what)
        return True

    def carried_list(self, clause, quote, period, ctx) -> None:
        """'…分别为48.9%和49.1%，比上月上升0.2个和2.0个百分点', '…产量分别为x万吨、y万吨和z万吨，比上年
        分别下降a%、下降b%和增长c%': one change per name in force."""
        base = _LIST_START.match(clause).group("base") or ctx.list_base
        kind = "mom" if re.search(r"上月|环比|mom", base) else ("yoy" if base else "")
        changes = [Change(item.value, item.unit, kind) for item in register.enumerated_changes(clause)]
        if len(changes) == 1 and "均" in clause:        # '…比上年均增长5%': the one figure for each
            changes = changes * len(ctx.subjects)
        if len(changes) != len(ctx.subjects):
            self.skip(quote, "unattributed")
            ctx.subjects = []
            return
        for subj, change in zip(ctx.subjects, changes):
            self.emit_change(subj, change, period, ctx.mom, quote)
        self.remember(ctx, ctx.subjects, level=False)

    def net(self, match, quote, period, ctx) -> None:
        """'比上年末净增45.5万个': the change since the end of last year, in the level's unit."""
        unit = match.group("unit")
        if match.group("year") and int(match.group("year")) != int(period.period[:4]) - 1:
            self.skip(quote, "not stored")          # '比2020年底增加…': since an earlier year's end
            return
        value = float(match.group("num")) * register.change_sign(match.group("verb"))
        last = self.named_out[-1] if not ctx.subjects and self.named_just_read() else None
        if last is not None and last.measure in ("level", "count") and last.unit == unit:
            # '家庭户均签约带宽达到553.4Mbps（kept as printed），比上年末提升41.6Mbps': that figure's change
            if not self.as_named(last.label_zh, Quantity(value, unit, "exact", None), Period(last.period, last.period_type),
                                 quote, "abs_change", ctx=ctx, cleaned=True):
                self.skip(quote, "not stored")
            return
        if len(ctx.subjects) != 1 or not _UNIT.fullmatch(unit):
            self.skip(quote, "unattributed")
            return
        subj = ctx.subjects[0]
        self.emit(subj.indicator, subj.label, period, "abs_change", value, unit, quote,
                  qualifier="about" if match.group("about") else "over" if match.group("over") else "exact")
        ctx.last_abs = "year_end"

    def month_added(self, match, quote, period, ctx) -> None:
        """'10月当月净增1700万户', '其中10月份新增5.3万个': the stock's change in the month (on the month before's end)."""
        subj = ctx.subjects[0]
        sign = -1 if "减" in match.group() else 1
        self.emit(subj.indicator, subj.label, period, "mom_abs_change", sign * float(match.group("num")),
                  match.group("unit"), quote)
        ctx.last_abs = "mom"

    def abs_change(self, match, measure, quote, period, ctx) -> None:
        """'每百元营业收入中的成本为85.57元，同比增加0.24元' (on a year earlier), '商品房待售面积…，
        比9月末减少260万平方米' (on the previous month's end): the change, in the level's unit."""
        if match.groupdict().get("year") and int(match.group("year")) != int(period.period[:4]) - 1:
            self.skip(quote, "not stored", ctx)      # '比2020年增加…': against an earlier year than the last
            return
        if match.groupdict().get("month") and (period.period_type != "month" or
                                               int(match.group("month")) % 12 + 1 != int(period.period[5:7])):
            self.skip(quote, "not stored", ctx)      # '6月份…比3月份回落…': against a month other than the one before
            return
        if len(ctx.subjects) != 1:
            self.skip(quote, "unattributed", ctx)
            return
        value = float(match.group("num")) * register.change_sign(match.group("verb"))
        subj = ctx.subjects[0]
        self.emit(subj.indicator, subj.label, period, measure, value, match.group("unit"), quote,
                  qualifier="about" if match.group("about") else "exact")
        ctx.last_abs = "mom" if measure == "mom_abs_change" else "yoy"

    def change_size(self, match, quote, period, ctx) -> None:
        """'…同比下降8.02点，降幅为7.3%': the change just read in the level's unit, now in %."""
        if len(ctx.subjects) != 1:
            self.skip(quote, "unattributed", ctx)
            return
        sign = -1 if match.group("dir") in register.FALL_RATES else 1
        if ctx.last_abs == "year_end":
            # '…比上年末下降9.1点，降幅8.9%': the change since the end of last year, in %
            base = Period(f"{int(period.period[:4]) - 1}-12", "month")
            self.emit(ctx.subjects[0].indicator, ctx.subjects[0].label, period, "cum_pct", sign * float(match.group("num")),
                      "%", quote, base=base)
            ctx.last_abs = ""
            return
        change = Change(sign * float(match.group("num")), "%", ctx.last_abs)
        self.emit_change(ctx.subjects[0], change, period, False, quote)
        ctx.last_abs = ""

    def growth(self, original, clause, changes, c_start, c_end, period, ctx) -> None:
        head = clause[: changes[0].start()]
        label_text = strip_noise(head)
        quote_start = c_start
        if label_text and ctx.pending and re.fullmatch(r"(?:业务|营业)?收入(?:同比)?", label_text) and all(
                catalogue.sibling(p.indicator, "收入") == p.indicator for p in ctx.pending):
            label_text = ""              # '…居全国前五位的是北京、…，收入同比分别增长…': the members' revenue
        if label_text and ctx.pending and self._places_whole(label_text, ctx):
            label_text = ""              # '京津冀地区增势突出，软件业务收入同比增长…': the place's, never the nation's
        metric = re.sub(r"同比$", "", label_text)
        if metric and len(ctx.subjects) > 1 and register.distributes(clause) and register.BARE_METRIC.fullmatch(metric) \
                and all(catalogue.sibling(subj.indicator, metric) for subj in ctx.subjects):
            # 'A、B营业收入分别为…；利润总额同比分别增长12.4%、下降2.1%': each name's other metric
            ctx.subjects = [Subject(catalogue.sibling(subj.indicator, metric), subj.label, subj.quote_start)
                            for subj in ctx.subjects]
            label_text = ""
        single = len(changes) == 1 and parse_change(changes[0]).unit == "%" and parse_change(changes[0]).base in ("yoy", "") \
            and not ctx.mom and not register.distributes(clause)
        if label_text:
            subjects = self.subjects_of(original, c_start, c_end, label_text, clause, ctx)
            if subjects is None:
                quote = original[c_start:c_end].strip()
                listed = register.distributes(clause) and re.search(r"[、和及]", head) and not ctx.mom and \
                    parse_change(changes[0]).base in ("yoy", "") and self.named_growths(head, clause, quote, period, ctx)
                if not (listed or single and ("、" in head and self.named_alike(head, changes[0], quote, period, ctx)
                                              or self.named_growth(head, changes[0], quote, period, ctx))):
                    self.skip(quote, "unknown name", ctx)
                ctx.subjects = []
                return
        elif ctx.subjects:
            subjects, quote_start = ctx.subjects, ctx.subjects[0].quote_start
        elif ctx.pending:            # 'A、B、C软件业务收入居全国前5，同比分别增长…': the names said before
            subjects, quote_start, ctx.pending = ctx.pending, ctx.pending[0].quote_start, []
        elif ctx.mom and "industrial_va" in ctx.families:
            ind = catalogue.indicators()["industrial_va"]
            subjects = [Subject(ind, ind.name_zh, c_start)]
        elif re.fullmatch(r"(?:当月)?(?:工业)?增加值(?:同比)?", head.strip()) and self.vocab.totals \
                and family_of(self.vocab.families[0]).endswith("_va"):
            # '11月份，增加值同比增长9.3%' in a report on one industry: that industry's value added
            ind = catalogue.indicators()[self.vocab.families[0]]
            subjects = [Subject(ind, ind.name_zh, c_start)]
        else:
            if self.listed_growth(clause, changes, original[c_start:c_end].strip(), period, ctx):
                return
            listed_bare = ctx.listed_bare
            places = catalogue.split_labels(listed_bare) if listed_bare else []
            if places and all(catalogue.is_place(name) for name in places) \
                    and (place := catalogue.place_opening(self.named_in_sentence)) and len(self.named_in_sentence) > len(place) + 1:
                # '…深圳、杭州、南京软件业务收入分别达到…；济南、武汉增势较好，同比分别增长…': the places' growths of
                # the metric the sentence read of the places before them (places alone are never a name)
                listed_bare = "、".join(name + self.named_in_sentence[len(place):] for name in places)
            if listed_bare and register.distributes(clause) and not head.strip(" ,;同比分别依次") \
                    and not all(catalogue.is_place(name) for name in catalogue.split_labels(listed_bare)) \
                    and self.named_growths(listed_bare, clause, original[c_start:c_end].strip(), period, ctx):
                ctx.listed_bare = ""    # '仅西藏、宁夏水泥产量同比增长，分别增长4.8%和1.9%': of the names just listed
                return
            said = self.named_just_read()
            place = catalogue.place_opening(said) if said else None
            if ctx.metric_subject and place and not said.startswith(ctx.metric_subject):
                # '…西藏、宁夏水泥产量…分别增长…；陕西降幅最大，同比下降16.5%': the place just remarked on, of the same
                # metric; another name remarked on is not sure
                said = ctx.metric_subject + said[len(place):] if catalogue.is_place(ctx.metric_subject) else None
            # ('日产生铁207.8万吨（kept as printed），环比下降1.7%': its change on the month before too)
            on_month = len(changes) == 1 and changes[0].group("unit") == "%" and parse_change(changes[0]).base == "mom" \
                and period.period_type == "month" and not register.distributes(clause)
            if not ((single or on_month) and said and self.named_growth(said, changes[0], original[c_start:c_end].strip(),
                                                                        period, ctx, said=True)):
                self.skip(original[c_start:c_end].strip(), "unattributed", ctx)
            return
        values = [parse_change(m) for m in changes]
        distributed = register.distributes(clause)
        listed = _changes(register.after_distributor(clause) if distributed else clause[changes[0].start():],
                          values[0])
        if distributed or (len(subjects) > 1 and len(listed) == len(subjects)):
            values = listed or values
        if ctx.pending and len(subjects) == 1 and len(values) == len(ctx.pending) > 1 and label_text \
                and all(family_of(p.indicator.code) == family_of(subjects[0].indicator.code) for p in ctx.pending):
            # '收入居前5名的北京、…、上海，软件业务收入同比分别增长…': the members' metric said again
            subjects, quote_start, ctx.pending = ctx.pending, ctx.pending[0].quote_start, []
        if ctx.pending and len(values) == len(ctx.pending) + len(subjects):
            subjects, quote_start = ctx.pending + subjects, ctx.pending[0].quote_start
        if distributed and len(subjects) == 1 and len(ctx.periods) == len(values) > 1:
            # '…3月份加快至7.7%；4月、5月分别增长6.1%和5.8%': the subject's growth in each period listed
            quote = original[c_start:c_end].strip()
            for at, change in zip(ctx.periods, values):
                self.emit_change(subjects[0], change, at, ctx.mom, quote)
            return      # (the periods stay: '…分别为285万吨和299万吨，同比分别增长5.8%和5.3%')
        if distributed or len(values) == len(subjects) > 1:
            if len(values) != len(subjects):
                self.skip(original[c_start:c_end].strip(), "unattributed")
                return
            pairs = list(zip(subjects, values))
        elif len(subjects) == 1 and len(changes) > 1:
            pairs = self._chained(clause, changes, values, subjects[0], original, c_start, c_end, ctx)
        elif len(subjects) > 1 and "均" not in clause:
            self.skip(original[c_start:c_end].strip(), "unattributed")
            return
        else:  # one figure for one subject, or 均增长: the same figure for several
            pairs = [(s, values[0]) for s in subjects]
        quote = original[quote_start:c_end].strip()
        for subj, change in pairs:
            self.emit_change(subj, change, period, ctx.mom, quote)
        ctx.subjects, ctx.pending = subjects, []
        self.remember(ctx, subjects, level=False)
        self.said += subjects

    def _chained(self, clause, changes, values, first, original, c_start, c_end, ctx):
        """'采矿业增长6.3%、制造业增长4.6%' in one clause: each figure takes the name printed
        before it; a name we cannot resolve ends the chain (no guessing)."""
        pairs, current = [(first, values[0])], first
        for previous, match, value in zip(changes, changes[1:], values[1:]):
            between = strip_noise(clause[previous.end(): match.start()].strip("、和及 "))
            if between:
                ind = self.resolve(between, ctx)
                if ind is None:
                    self.skip(original[c_start:c_end].strip(), "unknown name", ctx)
                    break
                current = Subject(ind, between, c_start)
            pairs.append((current, value))
        return pairs

    def emit_change(self, subj: Subject, change: Change, period, mom, quote):
        ind = subj.indicator
        if change.base == "prev":   # '较1—9月份提高0.13个百分点': a change on an earlier span, not stored
            self.skip(quote, "not stored")
            return
        if change.unit == "百分点":
            # A change in points only means something for a rate (产品销售率, PMI); for a
            # growth rate it compares two growth rates, which is not a figure we store.
            if not _is_rate(ind):
                self.skip(quote, "not stored")
                return
            base = change.base or ("mom" if mom else self.vocab.pp_base)
            self.emit(ind, subj.label, period, _pp_measure(base), change.value, "百分点", quote)
            return
        measure = "mom_pct" if (change.base == "mom" or (mom and change.base != "yoy")) else "yoy_pct"
        if change.against_another_month(period):
            self.skip(quote, "not stored")      # '12月份均价…，比3月份下降14.1%': on another month, never the one before
            return
        if measure == "mom_pct" and period.period_type not in ("month", "quarter"):
            period = Period(period.period if period.period_type != "year" else f"{period.period}-12", "month")
        if measure == "yoy_pct":
            measure = self._basis_measure(ind, change.basis)
        self.emit(ind, subj.label, period, measure, change.value, "%", quote, qualifier=change.qualifier)

    @staticmethod
    def _basis_measure(ind, basis: str) -> str:
        """yoy_pct is real growth for value added and GDP and nominal for amounts (retail sales,
        revenue, income); a rate printed on the other basis ('扣除价格因素，社会消费品零售总额实际增长
        1.3%') is yoy_real_pct or yoy_nominal_pct."""
        real_by_definition = family_of(ind.code) in catalogue.REAL_GROWTH
        if basis == "实际" and not real_by_definition:
            return "yoy_real_pct"
        if basis == "名义" and real_by_definition:
            return "yoy_nominal_pct"
        return "yoy_pct"

    def level(self, original, clause, c_start, c_end, period, ctx) -> None:
        quote = original[c_start:c_end].strip()
        if register.distributes(clause):
            return self.levels(original, clause, c_start, c_end, period, ctx)
        match = _LEVEL.fullmatch(clause.strip())
        bare = register.BARE_INDEX.fullmatch(clause.strip()) if not match else None
        if bare and bare.group("label") and (ind := self.resolve(strip_noise(bare.group("label")), ctx)) is not None \
                and ind.unit == "点":
            match = bare                  # '房地产开发景气指数为92.91': an index in points, printed without unit
        elif bare and not bare.group("label") and len(ctx.subjects) == 1 and ctx.subjects[0].indicator.unit == "点":
            match = bare                  # '…3月快速回升至132.9': the index just named
        elif bare and bare.group("label").endswith("指数") and self.as_named(
                bare.group("label"), Quantity(float(bare.group("num")), "点", "exact", None), period, quote, "level", ctx=ctx):
            return                        # '机械工业景气指数为106.9': an index of no series, in points, as printed
        mention = re.search(r"等([^,;等]{2,12}?业务)$", clause)
        if mention:
            ctx.mention = mention.group(1)
        if not match:
            if register.STATE_ONLY.fullmatch(clause):
                return          # '…景气指数为100.6点，处于景气区间，比5月份回落2.3点': the index still in force
            if strip_noise(clause):
                # Not understood: the next bare "增长x%" must not attach to an older subject.
                if selfcheck.has_figure(clause):
                    self.skip(quote, "form not read", ctx)
                ctx.subjects = []
                listed = register.LISTED_BARE.fullmatch(clause.strip())
                ctx.listed_bare = listed["names"] if listed and not selfcheck.has_figure(clause) else ""
                if only := register.NAMED_ONLY.fullmatch(clause):
                    # '卫生材料及医药用品制造增长最快，营业收入同比增长6.3%': the metric after it is this name's
                    ctx.metric_subject = strip_noise(only.group("name"))
            return
        rate = register.GROWTH_NAMED.fullmatch(re.sub(r"(?:为|是|达到|达)$", "", match.group("label"))) \
            if match.group("unit") == "%" else None
        as_growth = rate is not None
        label_text = strip_noise(rate["label"] if rate else match.group("label") + (match.groupdict().get("counted") or ""))
        if as_growth:            # '其中12月份当月增加值增速为7.4%': the growth of the name, or of the subject in force
            subjects = self.subjects_of(original, c_start, c_end, label_text, clause, ctx) if label_text else ctx.subjects
            if subjects and len(subjects) == 1:
                self.emit_change(subjects[0], Change(register.growth_sign(rate) * float(match.group("num")), "%", "yoy"),
                                 period, ctx.mom, quote)
                return
        said = (ctx.pending or self.said)[-1:]
        bare = re.fullmatch(r"(?:累计|当月)?产量(?:为|是|达到|达)?", match.group("label").strip()) \
            or ctx.pending and re.fullmatch(r"(?:为|是)", match.group("label").strip())
        if (not label_text or re.fullmatch(r"累计产量", label_text)) and not ctx.subjects and said and bare \
                and match.group("unit") != "%" and family_of(said[0].indicator.code) == "output":
            # '…粗钢产量7.46亿吨…；四季度…，12月份产量6818万吨': the product read last, or the one the sentence named
            # before ('精炼铜生产保持较快增长，9月份产量127万吨', '氧化铝产量保持较快增长，1—10月累计产量7634.4万吨',
            # '精炼铜产量维持高位，9月份为127万吨')
            label_text = ""
            ctx.subjects = [Subject(said[0].indicator, said[0].label, c_start)]
        if label_text and named.MOVED_TO.fullmatch(match.group("label").strip()) and len(ctx.subjects) == 1 \
                and match.group("unit") == "%" and family_of(ctx.subjects[0].indicator.code) == "capacity_utilization":
            # '一季度…产能利用率为73.5%…；二季度进一步降至71.9%': the quarterly rate in force, at the quarter said (a
            # margin said by month after one to date is not sure to be the same series: not read)
            label_text = ""
        if not label_text and len(ctx.subjects) == 1:   # '…指数比上月回落1个百分点，为58.4%'
            subj = ctx.subjects[0]
            self.emit_level(subj.indicator, subj.label, period, float(match.group("num")),
                            match.group("unit") or subj.indicator.unit, quote)
            return
        unit = match.group("unit")
        per = re.search(r"(?<=.)每(?P<per>吨|重量箱|立方米|平方米|千瓦时)(?:约|近)?$", label_text or "")
        if per and unit in ("元", "美元"):     # '水泥平均出厂价格每吨353元': 353 元/吨; '出口均价每吨约818美元'
            label_text, unit = re.sub(r"(?:为|达到|达|是)$", "", label_text[: per.start()]), f"{unit}/{per.group('per')}"
        label_text = self._of_ranked(label_text, clause, ctx)
        owner = named.sales_owner(ctx.subjects[0].label) if len(ctx.subjects) == 1 else ctx.sales_of
        if owner and (part := named.SALES_PART.fullmatch(label_text or "")) and unit != "%":
            # '挖掘机销量23.5万台，…；其中国内销量11.8万台，增长18.0%，出口11.7万台': the machine's parts, kept as
            # printed (never a vehicle series); the growth after each is its own
            if not self.as_named(owner + part["part"], Quantity(float(match.group("num")), unit, "exact", None), period,
                                 quote, ctx=ctx, cleaned=True):
                self.skip(quote, "not stored", ctx)
            ctx.subjects, ctx.sales_of = [], owner
            return
        ind = (self._remarked_on(original[:c_start], label_text, ctx) or self.resolve(label_text, ctx)) if label_text else None
        if ind is not None and ctx.parts and catalogue.BARE_VEHICLE_CLASS.fullmatch(label_text) and ind.code.startswith("vehicles."):
            # '汽车销量3143.6万辆…。其中，乘用车2756.3万辆': a vehicle class said bare among the parts of a whole is in the
            # whole's measure (销量 → 乘用车销量), never production guessed; not read when the whole is none of them
            # (the whole read last in the paragraph, or the one before)
            whole = next((subj.indicator.code for subj in reversed(self.said or self.said_before)
                          if subj.indicator.code in catalogue.VEHICLE_TOTALS), "")
            ind = catalogue.vehicle_class_of(label_text, whole)
            if ind is None:
                ctx.subjects = []       # (its growth after it is of no series read before)
                return self.skip(quote, "unattributed", ctx)
        if ind is None and label_text and ctx.metric_listed:
            ind = self.resolve(label_text + ctx.metric_listed, ctx)
        last = ctx.subjects[0] if len(ctx.subjects) == 1 else self.said[-1] if self.said and not ctx.subjects else None
        if ind is None and last is not None and re.fullmatch(r"(出口|进口)额?", label_text or "") \
                and family_of(last.indicator.code) == ("customs_export" if "出口" in label_text else "customs_import"):
            ind = last.indicator      # '轻工商品出口额…。其中，8月份出口811.7亿美元': the exports in force
        if ind is not None and unit:
            ind = catalogue.counted_series(ind, unit)   # '规模以上轻工企业约14万家': the enterprises, not the revenue
        if ind is None:
            printed = QUANTITY_RE.search(clause, match.start("num"))
            quantity = parse_quantity(printed) if printed else Quantity(float(match.group("num")), unit or "", "exact", None)
            raw = match.group("label") + (match.groupdict().get("counted") or "")
            # ('云南、内蒙古、新疆三省（区）原铝产量合计1581万吨': the places' level together, a series the catalogue
            # does not keep)
            together = register.places_total(clause, catalogue.is_place)
            if together is not None and self.as_named(together[0], together[1], period, quote, ctx=ctx, cleaned=True):
                pass
            elif not (label_text and quantity.unit and self.as_named(raw, quantity, period, quote, ctx=ctx)):
                self.skip(quote, "unknown name", ctx)
            ctx.subjects = []
            return
        if ind.unit == "点" and period.period_type == "month" and re.search(r"平均值?(?:为|是|达到)?$", match.group("label")):
            # '7月末CSPI为97.00点；7月份CSPI平均值100.46点': a month's index is its value at the month's end; its
            # average over the month is a series of its own, where the catalogue keeps one
            ind = catalogue.indicators().get(ind.code + "_avg")
            if ind is None:
                self.skip(quote, "not stored", ctx)
                return
        segment = original[c_start:c_end]
        if family_of(ind.code) in catalogue.GROWTH_ONLY and period.period_type == "year" \
                and not re.search(r"规模以上|规上", segment) and (whole := catalogue.all_enterprises(ind)) is not None:
            ind = whole         # '全年制造业增加值达34.7万亿元，增长6.1%': all enterprises' level and growth
        subj = Subject(ind, _full_name(segment, ind, _printed(segment, label_text)), c_start)
        ctx.subjects = [subj]
        self.remember(ctx, [subj], level=True)
        self.totals_said.append(subj)
        self.said.append(subj)
        if family_of(ind.code) in catalogue.GROWTH_ONLY:
            # Stored as growth only; the amount names the subject of the growth that follows.
            self.skip(quote, "not stored")
            return
        about = match.groupdict().get("about") or match.groupdict().get("about_post") or (per and per.group().endswith(("约", "近")))
        over = match.groupdict().get("over") or match.groupdict().get("yu")   # '超过3.2万家', '330多个': more than it
        stored = self.emit_level(ind, subj.label, period, float(match.group("num")), unit or ind.unit, quote,
                                 "about" if about else "over" if over else "exact")
        if stored is not None and stored != ind:
            # ('…。其中，纺织品出口7641.5亿元，同比增长3%': the change after is of the series the unit put it in)
            ctx.subjects = [Subject(stored, subj.label, subj.quote_start)]
            ctx.unchanged = [ctx.subjects[0] if said is subj else said for said in ctx.unchanged]

    def _remarked_on(self, said_before: str, label_text: str, ctx: _Context) -> Indicator | None:
        """'中国品牌乘用车优势进一步巩固，全年共销售2092.2万辆': a bare flow after a clause remarking on a name
        (register.remark_openings) is that name's, where the catalogue keeps the name with that metric; else None."""
        bare = register.BARE_FLOW.fullmatch(label_text)
        if not bare:
            return None
        # a trial that names none leaves the metric in force as it was
        held = ctx.metric_family, ctx.families, ctx.metric_subject, self.metric_subject
        found = next((ind for name in register.remark_openings(said_before)
                      if (ind := self.resolve(name + bare["metric"], ctx)) is not None), None)
        if found is None:
            ctx.metric_family, ctx.families, ctx.metric_subject, self.metric_subject = held
        return found

    def levels(self, original, clause, c_start, c_end, period, ctx) -> None:
        """'中、小型企业PMI分别为48.9%和49.1%', '汽车产销分别完成3128.2万辆和3143.6万辆': one level per
        name, in order (register.enumeration)."""
        quote = original[c_start:c_end].strip()
        head, listed = register.distributed_parts(clause)
        if register.changes_in_units(listed):
            self.skip(quote, "not stored", ctx)      # '…分别增加551万载重吨和6570万载重吨': changes, never levels
            return
        items = register.enumeration(listed)
        rate = register.GROWTH_NAMED.fullmatch(re.sub(r"(?:为|是|达到|达)$", "", head))
        as_growth = rate is not None
        if rate and register.growth_sign(rate) < 0:       # '…降幅分别为…': each a fall
            items = [register.Item(-item.value, item.unit, item.qualifier) for item in items]
        label_text = strip_noise(rate["label"] if rate else head)
        moved = re.match(r"(?:实现|完成)?(营业收入|业务收入|收入|利润总额|出口|进口|销售)(?:为|达到)?(?=\d)", listed)
        if moved and label_text and not self.vocab.metric_of(label_text):
            # '新能源乘用车和新能源商用车分别出口194.4万辆和7万辆', '化学药品原料药制造、…分别实现营业收入…': the metric
            # said after 分别 is each name's ('挖掘机、装载机分别销售…': their sales, never their output)
            metric = "销量" if moved.group(1) == "销售" else moved.group(1)
            label_text = label_text + metric if catalogue.split_regions(label_text) else \
                "、".join(name + metric for name in catalogue.split_labels(label_text))   # regions: the list's
        named = list(dict.fromkeys(subj.indicator for subj in reversed(self.said)))[: len(items)][::-1]
        if ctx.among and label_text and len(named) == len(items):
            # '三大指标中，海船分别为1680万修正总吨、…': the part named of each of the figures just read
            parts = [catalogue.resolve(ind.name_zh + label_text, (family_of(ind.code),)) for ind in named]
            saids = [next((o for o in reversed(self.out) if o.indicator == whole.code), None) for whole in named]
            if all(parts) and all(saids) and all(_UNIT.fullmatch(item.unit) for item in items):
                ctx.among = False
                for said, part, item in zip(saids, parts, items):    # each over its whole's period
                    self.emit_level(part, part.name_zh, Period(said.period, said.period_type), item.value, item.unit,
                                    quote, item.qualifier)
                ctx.subjects = [Subject(ind, ind.name_zh, c_start) for ind in parts]
                return
        subjects = self.subjects_of(original, c_start, c_end, label_text, clause, ctx) if label_text else ctx.subjects
        if subjects is None and register.THE_LAST_NAMED.fullmatch(label_text) and len(self._said_once()) >= len(items):
            subjects = self._said_once()[-len(items):]     # '以修正总吨计，三大指标依次为…': the last names read
        if subjects is None and register.BARE_METRIC.fullmatch(label_text) and len(items) == len(ctx.pending) > 1 \
                and all(catalogue.sibling(p.indicator, label_text) == p.indicator for p in ctx.pending):
            # '…居前5名的北京、广东、…，收入增速分别为…': the members' own metric, said bare
            subjects, quote = ctx.pending, original[ctx.pending[0].quote_start:c_end].strip()
        if subjects and len(subjects) == 1 and len(items) == len(ctx.pending) > 1 \
                and all(family_of(p.indicator.code) == family_of(subjects[0].indicator.code) for p in ctx.pending):
            # '…前五位的依次是北京、…。上述五省（市）软件业务收入分别为…': the members' metric said again
            subjects, quote = ctx.pending, original[ctx.pending[0].quote_start:c_end].strip()
        if subjects is not None and ctx.pending and len(items) == len(ctx.pending) + len(subjects):
            subjects, quote = ctx.pending + subjects, original[ctx.pending[0].quote_start:c_end].strip()
        if subjects and len(subjects) == 1 and len(ctx.periods) == len(items) > 1:
            return self._over_periods(subjects[0], items, quote, ctx)
        if subjects and len(subjects) == 1 < len(items):
            subjects = self._regions_again(label_text, len(items), ctx, c_start) or subjects
        if subjects is None and (each := re.match(r"(?:各|四大)(?:地区|区域)", label_text or "")):
            # '…东、中、西部和东北地区5G基站数分别为…；各地区5G移动电话用户分别为…': the regions just listed
            subjects = self._regions_again(label_text[each.end():], len(items), ctx, c_start)
        printed = rate["label"] if rate else head
        if subjects is None and label_text and (opened := catalogue.regions_opening(strip_noise(label_text))):
            # '东、中、西部和东北地区1000Mbps及以上固定宽带接入用户渗透率分别为…': each region's, kept as printed; the
            # regions stay listed for the sentence's next list ('…；5G移动电话用户分别达…')
            ctx.regions_said = opened[0]
            if len(opened[0]) == len(items) and not as_growth and all(_UNIT.fullmatch(i.unit) for i in items) and all(
                    [self.as_named(region + opened[1], Quantity(item.value, item.unit, item.qualifier, None), period,
                                   quote, ctx=ctx, cleaned=True) for region, item in zip(opened[0], items)]):
                ctx.subjects = []
                self.named_listed = ([o.label_zh for o in self.named_out[-len(items):]], self.marker())
                return
        if subjects is None and label_text and "、" in printed and self.named_list(printed, items, listed, as_growth,
                                                                                 quote, period, ctx):
            ctx.subjects = []
            return
        if not subjects and not label_text and ctx.places_said and self.named_list(ctx.places_said, items, listed,
                                                                                   as_growth, quote, period, ctx):
            ctx.subjects, ctx.places_said = [], ""
            return
        if (not subjects or len(subjects) == 1 < len(items)) and label_text and (each := self._metric_of_each(label_text, len(items), ctx)):
            subjects = each         # '当月生铁、钢材产量分别为…；日产依次为…': each product's own metric, said bare
        if not subjects or len(items) != len(subjects) or any(not _UNIT.fullmatch(i.unit) for i in items):
            self.skip(quote, "unattributed")
            ctx.subjects = []
            return
        if self._ranked_places(subjects, items, label_text, quote, period, as_growth, ctx):
            return
        for i, (subj, item) in enumerate(zip(subjects, items)):
            if as_growth and item.unit == "%":
                self.emit_change(subj, Change(item.value, "%", "yoy"), period, ctx.mom, quote)
            elif (stored := self.emit_level(subj.indicator, subj.label, period, item.value, item.unit, quote)) \
                    and stored != subj.indicator:
                # ('…，纺织品、服装出口分别为7641.5亿元和8268.5亿元，同比分别增长…': the changes after are of the series stored)
                subjects[i] = Subject(stored, subj.label, subj.quote_start)
        ctx.subjects, ctx.pending = subjects, []
        self.remember(ctx, subjects, level=not as_growth)
        self.said += subjects

    def _ranked_places(self, subjects, items, label_text: str, quote: str, period, as_growth: bool, ctx) -> bool:
        """'水泥产量居前5位的省份依次为广东、…，产量分别为11286万吨、…': each place ranked, its figure of what they were
        ranked by (kept as printed: 广东水泥产量), never the province's series the place's name stands for."""
        ranked = register.list_intro_named(ctx.ranked) if ctx.ranked else None
        what = _LEAD_NOISE.sub("", _INNER_PERIOD.sub("", ranked[0])).strip(" ,;:") if ranked else ""
        metric = strip_noise(label_text or "")
        if as_growth or not what or metric and not what.endswith(metric) \
                or not all(s.indicator.dimension == "region" and family_of(s.indicator.code) in catalogue.GROWTH_ONLY
                           and catalogue.is_place(s.label) for s in subjects):
            return False
        return all([self.as_named(s.label + what, Quantity(item.value, item.unit, item.qualifier, None), period, quote,
                                  ctx=ctx, cleaned=True) for s, item in zip(subjects, items)])

    def _over_periods(self, subj: Subject, items, quote, ctx) -> None:
        """'1月、2月建筑材料工业景气指数（MPI）分别为72.8、76.5': the one name's figure in each period."""
        for period, item in zip(ctx.periods, items):
            self.emit_level(subj.indicator, subj.label, period, item.value, item.unit or subj.indicator.unit, quote)
        ctx.subjects = [subj]       # (the periods stay in force for the sentence's next list)

    def marker(self) -> tuple[int, int, int]:
        return len(self.out), len(self.named_out), len(self.release.skipped)

    def named_growth(self, head: str, change: re.Match, quote: str, period: Period, ctx: _Context,
                     said: bool = False) -> bool:
        """'西药原料药出口额…，同比增长1.1%': the growth of a name the catalogue does not hold (`said`: of the
        name just read)."""
        found = parse_change(change)
        if re.search(r"[增减上下升降长少]-", change.group()):
            return False        # '同比下降-0.6%': which sign is meant is not sure
        return self.as_named(head, Quantity(found.value, "%", found.qualifier, None), period, quote,
                             "mom_pct" if found.base == "mom" else "yoy_pct", ctx=ctx, cleaned=said)

    def named_share(self, label: str, share: register.Share, period: Period, quote: str) -> bool:
        """A share of a name not catalogued kept as printed: of the whole said, or by its own word (…零售份额)."""
        word = re.search(re.escape(label) + r"(?:的)?(市场占有率|市场份额|份额|占比|比重|占有率)", quote)
        if not (share.whole or word):
            return False
        return self.as_named(named.share_of(label, share.whole) if share.whole else label + word.group(1),
                             Quantity(share.value, "%", share.qualifier, None), period, quote, "share_pct")

    def named_growths(self, head: str, clause: str, quote: str, period: Period, ctx: _Context) -> bool:
        """'电气机械、仪器仪表行业利润分别增长18.7%和12.3%': names none catalogued, a growth each (named_list)."""
        printed = re.sub(r"(?:同比)?(?:分别|依次)$", "", head.strip())
        each = Quantity(0.0, "%", "exact", None)     # (the growths are read from the list after 分别)
        names = catalogue.split_labels(register.without_etc(printed))
        wanted = len(register.enumerated_changes(register.after_distributor(clause)))
        if len(names) != wanted and (paused := named.listed_by_pause(register.without_etc(printed), wanted)):
            names = paused      # ('生物药品制造、基因工程药物和疫苗制造行业利润分别增长…')
        return self.named_list(printed, [each] * len(names), register.after_distributor(clause), True, quote, period, ctx,
                               names=names)

    def named_alike(self, printed: str, change: re.Match, quote: str, period: Period, ctx: _Context) -> bool:
        """'夹层玻璃、玻璃纤维纱…、高岭土制品产量增长均超过5%': names none catalogued, each the same growth."""
        said = re.fullmatch(r"(?P<names>[^,;]+、[^,;]+?)(?:同比)?均", printed.strip())
        if said is None:
            return False
        found = parse_change(change)
        names = named.sharing_measure([_named_label(name) for name in register.without_etc(said["names"]).split("、")])
        return all([self.as_named(name, Quantity(found.value, "%", found.qualifier, None), period, quote, "yoy_pct",
                                  ctx=ctx) for name in names])

    def named_list(self, printed: str, items: list, tail: str, growth: bool, quote: str, period: Period,
                   ctx: _Context, names: list[str] | None = None) -> bool:
        """'再生铜、再生铝产量分别为296万吨和752万吨': a list of names none catalogued, a figure each (named.listed;
        `names`: as the caller split them)."""
        if ctx.unmeasured_parts and ctx.unmeasured_parts in fold(quote):
            return False
        if grouped := register.without_group_count(printed):
            # '铝、黄金、铜三个品种利润分别…': the members, each (as many as counted, else none is sure)
            printed = grouped[0]
            if len(catalogue.split_labels(register.without_etc(printed))) != grouped[1]:
                return False
            names = None
        names = [_named_label(name) for name in names or catalogue.split_labels(register.without_etc(printed))]
        quantities = [Quantity(item.value, item.unit, item.qualifier, None) for item in items]
        figures = named.listed(names, quantities, tail, growth) if all(_UNIT.fullmatch(i.unit) for i in items) else None
        kept = [self.as_named(name, quantity, period, quote, measure, ctx=ctx) for name, quantity, measure in figures or []]
        if figures and not all(kept):
            self.skip(quote, "unknown name")       # (the ones kept stay: each is sure on its own)
        if all(kept) and figures and figures[0][2] != "yoy_pct":
            self.named_listed = ([out.label_zh for out in self.named_out[-len(figures):]], self.marker())
        return any(kept)

    def listed_growth(self, clause: str, changes: list, quote: str, period: Period, ctx: _Context) -> bool:
        """'再生铜、再生铝产量分别为…，同比分别增长5%和8%': each named level just read, its growth on a year earlier."""
        names = self.named_listed[0] if self.named_listed and self.named_listed[1] == self.marker() else []
        if not names or not register.distributes(clause) or parse_change(changes[0]).base not in ("yoy", "") or ctx.mom:
            return False
        items = register.enumerated_changes(register.after_distributor(clause))
        if len(items) != len(names) or any(item.unit != "%" for item in items):
            return False
        kept = [self.as_named(name, Quantity(item.value, "%", item.qualifier, None), period, quote, "yoy_pct", ctx=ctx,
                              cleaned=True) for name, item in zip(names, items)]
        return all(kept)

    def named_just_read(self) -> str:
        """The name of the figure kept as printed when it was the last thing read (nothing read or skipped since), or ''."""
        return self.named_said[0] if self.named_said and self.named_said[1] == self.marker() else ""

    def named_subject(self) -> str:
        """Whose a named figure just read is ('家具制造业营业收入' → 家具制造业), when it was the last thing read and
        its name ends with a metric; else ''."""
        return named.owner_of(self.named_just_read())

    def named_points(self, value: float, base_said: str, quote: str) -> bool:
        """A change in points right after a rate or share of a name not catalogued (over that figure's period), on
        the year before ('锦纶行业前三季度平均开工负荷83%，较上年同期下降6.27个百分点') or against the earlier span
        said, kept with it ('亏损面为24.2%，较上半年收窄2.6个百分点')."""
        last = self.named_out[-1] if self.named_out and self.named_just_read() else None
        if last is None or last.unit != "%" or last.measure not in ("level", "share_pct"):
            return False
        period = Period(last.period, last.period_type)
        if (base := register.base_period(base_said, period)) is None:
            return False
        base = None if base.period == register.shift_year(period.period, -1) else base
        return self.as_named(last.label_zh, Quantity(value, "百分点", "exact", None), period, quote, "pp_change",
                             cleaned=True, base=base)

    def named_points_listed(self, change: register.SpanChange, quote: str) -> bool:
        """Changes in points listed after rates kept as printed, listed just before: each rate's, against the span
        said (none when it is the year before)."""
        names = self.named_listed[0] if self.named_listed and self.named_listed[1] == self.marker() else []
        last = self.named_out[-1] if names else None
        if len(names) != len(change.values) or last is None or last.unit != "%" or last.measure != "level":
            return False
        period = Period(last.period, last.period_type)
        if (base := register.base_period(change.base, period)) is None:
            return False
        base = None if base.period == register.shift_year(period.period, -1) else base
        return all([self.as_named(name, Quantity(value, "百分点", "exact", None), period, quote, "pp_change", cleaned=True,
                                  base=base) for name, value in zip(names, change.values)])

    def named_growth_points(self, value: float, base_said: str, quote: str) -> bool:
        """A change in points of the growth of a name not catalogued read just before, against the span said (over
        that growth's period): kept as its growth's ('…利润增速') change, with the span it is against."""
        last = self.named_out[-1] if self.named_out and self.named_just_read() else None
        if last is None or last.measure != "yoy_pct":
            return False
        period = Period(last.period, last.period_type)
        if (base := register.base_period(base_said, period)) is None:
            return False
        return self.as_named(last.label_zh + "增速", Quantity(value, "百分点", "exact", None), period, quote,
                             "pp_change", cleaned=True, base=base)

    def as_named(self, raw: str, quantity: Quantity, period: Period, quote: str, measure: str = "",
                 ctx: _Context | None = None, cleaned: bool = False, base: Period | None = None) -> bool:
        """A figure of a MIIT report of a name the catalogue does not hold ('矿采选业实现利润1010亿元'), kept as
        printed (core.named_figures) over the clause's period (a count held: at its end); a metric said bare
        opening a sentence is of the industry the report is on ('营业收入利润率为5.1%' of 船舶工业). False when
        it is no name or not sure."""
        if self.vocab.publisher != "MIIT" or self.scope_unread or self.scale or register.KEY_SCOPE.match(quote) \
                or (not self.forecast and re.search(r"预计|预测|预期|有望|将", quote)) \
                or named.not_a_figure(fold(quote)) or named.over_a_window(fold(quote)) \
                or named.points_as_level(quantity, measure or named.measure_of(quantity)) \
                or (measure == "yoy_pct" and (named.averaged(fold(quote)) or named.within_span(fold(quote)))):
            # ('五年间累计实现软件业务出口…': over a window, never the year's; '当月累计上涨6.03%': over the month)
            # (a key enterprises' scope is skipped as unknown: what follows in the sentence is of it too)
            return False
        text = raw if cleaned else _named_label(raw)
        if re.fullmatch(r"(?:小幅|大幅|明显|略有?|进一步|继续|逐步|稳步|又|再)*(?:" + named.MOVED_TO.pattern + r")?", text) \
                and self.named_in_sentence and named.MOVED_TO.search(raw) and measure in ("", "level"):
            text = self.named_in_sentence     # '…平均成交价为397元/吨；二季度回落至375元/吨，…四季度小幅回升至351元/吨'
        if named.BARE_RATE.fullmatch(text) and ctx is not None and (of := self.rate_of_subject(text, quantity, ctx)):
            text, period, own = of
            if own is not None:
                self.emit_level(own, text, period, quantity.value, quantity.unit, quote, quantity.qualifier)
                return True
        if grown := named.growth_named(text, measure):
            # '…制品产量增速超过20%': its growth ('预计水泥需求降幅收窄至3%左右': a fall)
            text, measure = grown[:2]
            quantity = Quantity(grown[2] * quantity.value, quantity.unit, quantity.qualifier, quantity.bound)
        if named.bare(text) and (subject := self.named_subject()):
            text = subject + text       # '家具制造业实现营业收入4533.6亿元，…，利润总额193.5亿元': that industry's profit
        elif named.TRADE_PART.fullmatch(text) and self.trade_said and self.trade_said[1] == self.marker():
            # '针织服装出口698.8亿美元，…，出口数量244.2亿件': the quantity of the trade series just read
            text = named.joined(self.trade_said[0], text)
        elif named.bare(text) and not self.named_before:
            text = self.title_subject + text.removeprefix("行业") if self.title_subject not in ("", "全行业", "行业") else ""
        elif re.search(r"(?:业|行业|工业)$", text) and measure == "yoy_pct" \
                and (said := named.SIBLING_METRIC.search(self.named_in_sentence)):
            # '家具制造业利润增长9.9%，造纸和纸制品业增长10.3%': the metric just said, of another industry
            text += said.group()
        elif re.fullmatch(r"(?:出口|进口)额?", text) and (total := named.TRADE_TOTAL.search(self.named_in_sentence)) \
                and total.start() >= 2:
            # '纺织品服装贸易额3139.9亿美元，…；其中出口2938.1亿美元': the exports of the trade just read
            text = self.named_in_sentence[: total.start()] + text[:2]
        elif (way := re.fullmatch(r"(?P<way>出口|进口)额?", text)) \
                and (other := named.OTHER_WAY.search(traded := re.sub(r"增速$", "", self.named_in_sentence))) \
                and other["way"] != way["way"]:
            # '…出口额418.6亿美元，…，降幅比1—10月收窄0.5个百分点；进口额127.3亿美元': the other way of the trade just read
            text = traded[: other.start()] + text
        elif text in catalogue.region_words():
            # '江苏水泥产量11285万吨，…；西藏同比增长11.84%': the other province's same figure, else whose is not sure
            place = _region_prefix(self.named_in_sentence)
            if not place:
                return False
            text += self.named_in_sentence[len(place):]
        elif (place := _region_prefix(text)) and (before := _region_prefix(self.named_in_sentence)) \
                and self.named_in_sentence.endswith(text[len(place):]):
            text = place + self.named_in_sentence[len(before):]     # '…；北京产量134.46万吨': 北京水泥产量
        elif (place := _region_prefix(text)) and named.bare(text[len(place):]) \
                and self.title_subject not in ("", "全行业", "行业"):
            text = place + self.title_subject + text[len(place):]     # '江苏实现营业收入…' in the pharma report
        name = named.name_of(text)
        if name is None or (period := self.expected_period(period)) is None:
            return False
        measure = measure or named.measure_of(quantity, name)
        # (a count held, or a rate per hundred people: '电话普及率达127.1部/百人' at the year's end)
        if measure != "yoy_pct" and (named.kind(name, fold(quote), quantity.unit, measure)[1] == "count"
                                     or re.search(r"/(?:百|万)人$", quantity.unit)) \
                and period.period_type in ("ytd", "year"):
            period = Period(period.period if period.period_type == "ytd" else f"{period.period}-12", "month")
        if measure == "count" and self.now_said and not self.forecast:
            period = Period(self.release.published_at.strftime("%Y-%m"), "month")
        before = self.marker()
        self.named_out.append(named.figure(self.release, clean_label(name), period, measure, quantity, quote,
                                           "forecast" if self.forecast else "statistics", self.vocab.parser_version,
                                           dimension="region" if _region_prefix(name) else "total", base=base))
        self.named_said = (name, self.marker())
        self.named_in_sentence = name
        if measure in ("level", "count"):
            # '油气开采板块营业收入6829.6亿元、利润1834.2亿元，同比分别下降…': levels read one after another, nothing
            # between, are a list for the growths after them (listed_growth)
            so_far = self.named_listed[0] if self.named_listed and self.named_listed[1] == before else []
            self.named_listed = ([*so_far, clean_label(name)], self.marker())
        return True

    def expected_period(self, period: Period) -> Period | None:
        """The period of a figure: in an outlook ('展望2026年，行业预计粗钢产量将下降3%左右'), an expected one with no
        period of its own is the outlook's year (None: a span or month before it, not sure)."""
        if not self.forecast or (self.outlook is None or int(period.period[:4]) >= self.outlook) \
                and _period_end(period) > self.release.published_at.date():
            return period
        # ('中国纺织工业联合会预计，…增长2%左右' in a report on a year over: no period of its own said, not sure)
        return Period(str(self.outlook), "year") if self.outlook is not None and period.period_type == "year" else None

    def emit_level(self, ind, label, period, value, unit, quote, qualifier="exact") -> Indicator | None:
        """The level of `ind`, stored under the series its unit is of (catalogue.counted_series: '…出口分别为7641.5亿元…'
        is the exports in yuan); that series, or None when not stored."""
        if (ind := catalogue.counted_series(ind, unit)) is None or family_of(ind.code) in catalogue.GROWTH_ONLY:
            self.skip(quote, "not stored")
            return None
        measure = "index" if family_of(ind.code) in self.vocab.index_families else catalogue.amount_measure(ind, unit)
        self.emit(ind, label, period, measure, value, unit, quote, qualifier=qualifier)
        return ind

    def emit(self, ind, label, period, measure, value, unit, quote, origin="text", relative_to=None, universe=None,
             base: Period | None = None, qualifier: str = "exact"):
        if self.scope_unread and origin == "text":
            # '重点监测的造船企业完工2215万载重吨，…；新接订单4058万载重吨': the key enterprises' orders, never the nation's
            self.release.skip(quote, "not stored")
            return
        if measure == "share_pct" and (own := catalogue.share_series(ind, relative_to)) is not None:
            ind, measure, relative_to = own, "level", None     # the ten key industries' share: its own series
        if self.scale and catalogue.off_scale(ind, self.scale):
            # '以修正总吨计，造船完工量…' of the completions kept in 载重吨: its series on that scale, where one is kept
            ind = catalogue.on_scale(ind, self.scale)
            if ind is None:
                self.skip(quote, "another scale")
                return
        if (period := self.expected_period(period)) is None:
            self.skip(quote, "not stored")
            return
        if catalogue.is_stock(ind.code) and period.period_type in ("ytd", "year"):
            period = Period(period.period if period.period_type == "ytd" else f"{period.period}-12", "month")
        if family_of(ind.code) in self.vocab.ytd_only and period.period_type == "month" and measure != "mom_pct" \
                and not catalogue.is_stock(ind.code):
            # Investment is only compiled year to date: a paragraph that does not repeat
            # "1—11月份" still speaks of the cumulative figure.
            month = int(period.period[5:])
            period = Period(period.period[:4], "year") if month == 12 else Period(period.period, "ytd")
        self.out.append(Observation(
            source_url=self.release.url, publisher=self.vocab.publisher, release_kind=self.vocab.kind,
            published_at=self.release.published_at.isoformat(), indicator=ind.code,
            label_zh=clean_label(label), dimension=ind.dimension, period=period.period,
            period_type=period.period_type, measure=measure, value=value, unit=unit,
            quote=quote, qualifier=qualifier, relative_to=relative_to, universe=universe, origin=origin,
            evidence="forecast" if self.forecast else "statistics", bound=bound_of(value, qualifier),
            base_period=base.period if base else None, base_period_type=base.period_type if base else None,
            parser_version=self.vocab.parser_version))
        if measure not in ("pp_gap", "contribution_pp"):
            # '增长11.1%，比同期工业…高4.8个百分点，较1—2月加快0.5个百分点': a gap beside a growth leaves it the one changed
            self.last_measure[ind.code] = measure
        self.trade_said = (clean_label(label), self.marker()) if family_of(ind.code) in catalogue.TRADE_FAMILIES else None


# ------------------------------------------------------------------ clause helpers

def _region_prefix(name: str) -> str:
    """The province or region a name opens with ('江苏水泥产量' → 江苏), or ''."""
    return max((w for w in catalogue.region_words() if name.startswith(w) and len(name) > len(w)), key=len, default="")


def _shares_words(what: str, name: str) -> bool:
    """Whether a name said with a record shares two characters running with a series' name ('单月出口规模' and
    汽车出口: the same figure's record)."""
    return any(what[k:k + 2] in name for k in range(len(what) - 1))


def _named_label(raw: str) -> str:
    """A name as printed, for a figure the catalogue does not hold: without periods, lead words and the
    verb before the figure, but with its metric ('家具产量', '…制品产量增速')."""
    text = _LEAD_NOISE.sub("", _INNER_PERIOD.sub("", register.without_circumstance(raw.strip())))
    text = re.sub(r"(?:保持在|稳定在|维持在|在|为|是|达到|达|实现|完成|共计|累计|同比)+$", "", text.strip(" ,;:"))
    # ('实现利润1996亿元': the verb is no part of the name; what is left may be a bare metric, whose is then said before)
    return re.sub(r"(?<=.{2})(?:实现|完成)(?=.{2})|^(?:实现|完成)(?=.{2})", "", text).strip(" ,;:")


# A list of changes carried to the names of the figures before it ('比上年分别下降…', '分别同比增长…').
_LIST_START = re.compile(r"(?:分别|依次)?(?P<base>同比|环比|比上月|较上月|比上年同期|比上年同月|较上年同月|比上年|较上年同期|较上年|与上年相比|与上年同期相比"
                         r"|与去年同期相比)?(?:分别|依次|均)?(?:增长|下降|上升|提高|回落|回升|减少|降低|下跌|增加)")
# What a change in points of a growth rate is said of ('增速较1—11月回落…').
_GROWTH_WORDS = ("增速", "增幅", "降幅", "涨幅", "跌幅", "增长率")


def _changes(text: str, first: Change) -> list[Change]:
    """The changes of a '分别增长6.1%、6.6%和下降4.7%' list (register.enumerated_changes), on the base
    and basis of the first one printed."""
    return [Change(item.value, item.unit, first.base, first.basis) for item in register.enumerated_changes(text)]


def _period_end(period: Period) -> date:
    """The last day of a period ('2025': 31 December; '2025-09', of a month, span or quarter: 30 September)."""
    year, month = int(period.period[:4]), int(period.period[5:7] or 12)
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_earlier(period: Period) -> Period:
    return Period(str(int(period.period[:4]) - 1) + period.period[4:], period.period_type)


def _month_before(period: Period) -> Period | None:
    if period.period_type != "month":
        return None
    year, month = map(int, period.period.split("-"))
    return Period(f"{year - (month == 1)}-{12 if month == 1 else month - 1:02d}", "month")


def _pp_measure(base: str) -> str:
    return "pp_change_mom" if base == "mom" else "pp_change"


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
        if register.AGGREGATE_ASIDE.match(text, match.start()):
            return inner        # '高出全行业（增长10.8%）1.8个百分点': the aggregate's own growth (comparisons)
        if len(inner) > 12 or re.search(r"增|以下|下同|均为|注|扣除|详见", inner):
            return " " * len(inner)
        return inner
    return _PARENTHETICAL.sub(blank, text)


def strip_noise(label: str) -> str:
    text = _INNER_PERIOD.sub("", register.without_circumstance(label.strip()))
    text = _LEAD_NOISE.sub("", text)
    text = _LABEL_NOISE.sub("", text)
    # '新能源汽车产品产量', '金银珠宝类商品零售额': the name before the metric
    text = re.sub(r"(?<=.)产品$", "", re.sub(r"类(?:商品)?零售额$", "类", text))
    # '云计算、大数据服务合计收入': the total of the names listed is their catalogued name's
    text = re.sub(r"(?<=.)合计(?=(?:营业|业务)?收入$)", "", text)
    # '排名前十位的企业(集团)共销售汽车': the vehicles sold are the series' own; the sellers are the name
    text = re.sub(r"(?<=.{2}(?:销售|生产|出口))(?:汽车|乘用车|商用车)$", "", text)
    text = _VERBS.sub("", text.strip(" ,;:"))
    # '11月份景气指数回升至102.9点': the level it moved to, named without the move
    text = re.sub(r"(?<=.{2})" + named.MOVED_TO.pattern + r"$", "", text.strip(" ,;:"))
    return text.strip(" ,;:")



def _subject_variants(subject: str) -> list[str]:
    """An industry as printed and as the catalogue may name it: '医药工业规模以上企业' is 医药工业."""
    plain = re.sub(r"^(?:全国)?(?:规模以上|规上)|(?<=.)(?:规模以上|规上)(?=.)", "", subject)
    return list(dict.fromkeys((subject, plain, re.sub(r"(?<=.{2})企业$", "", plain))))


def _full_name(segment: str, ind: Indicator, label: str) -> str:
    # The headline is printed as 规模以上工业增加值: keep 增加值 where it is part of the name.
    if ind.code == "industrial_va" and label + "增加值" in segment:
        return label + "增加值"
    if re.match(r"(?:该|全|本)行业", label):     # '该行业营业收入': the industry's own name
        return ind.name_zh
    return label


def _printed(segment: str, label: str) -> str:
    """The label as printed in the original (full-width forms kept) where it can be found."""
    offset = fold(segment).find(label)
    return segment[offset: offset + len(label)] if offset >= 0 else label


def _is_rate(ind: Indicator) -> bool:
    """A level printed in % (产品销售率, PMI, 失业率): its change comes in points."""
    return ind.unit == "%" and family_of(ind.code) not in catalogue.GROWTH_ONLY


def _industries_alike(labels: list[str], resolved: list) -> tuple[list[str], list]:
    """'汽车、电子行业分别增长11.5%和10.6%': an earlier name that is a product on its own is, with the last one's 行业, an
    industry of the last one's family (汽车制造业 beside 计算机、通信和其他电子设备制造业), never the output of cars."""
    tail = re.search(r"(?:行业|工业)$", labels[-1]) if len(labels) > 1 else None
    if tail is None or resolved[-1] is None or resolved[-1].dimension not in ("industry", "industry_group"):
        return labels, resolved
    labels, resolved = list(labels), list(resolved)
    family = (family_of(resolved[-1].code),)
    for i in range(len(labels) - 1):
        if resolved[i] is None or resolved[i].dimension != "product":
            continue
        found = catalogue.resolve(labels[i] + tail.group(), family) or catalogue.resolve(labels[i] + "制造业", family)
        if found is not None and found.dimension in ("industry", "industry_group"):
            labels[i], resolved[i] = labels[i] + tail.group(), found
    return labels, resolved
