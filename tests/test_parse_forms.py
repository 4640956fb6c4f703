"""The forms of the official register (flows/xinzhi/register.py), each rule alone with its corpus of
examples (text → what it says), then the forms at work in the readers on text written for these tests
(real 2024–2025 figures, worded the ways the releases word them, never a copied sentence)."""
import re
from datetime import datetime

import pytest

from parsing import expect, figures, goals, parse_text, statement_page
from xinzhi import catalogue, register
from xinzhi.releases import named, targets
from xinzhi.cn import QUANTITY_RE, Period, Quantity, fold

I = register.Item


@pytest.mark.parametrize("text, items", [
    ("为48.9%和49.1%", [I(48.9, "%"), I(49.1, "%")]),
    ("分别为4.33亿吨、4.99亿吨和6.06亿吨", [I(4.33, "亿吨"), I(4.99, "亿吨"), I(6.06, "亿吨")]),
    # a sign per item: each verb holds until the next one
    ("分别下降2.3%、下降1.7%和增长1.1%", [I(-2.3, "%"), I(-1.7, "%"), I(1.1, "%")]),
    ("分别增长12.5%、11.4%和下降3.0%", [I(12.5, "%"), I(11.4, "%"), I(-3.0, "%")]),
    ("分别增长3.2%、持平和下降1.1%", [I(3.2, "%"), I(0.0, "%"), I(-1.1, "%")]),
    # the unit printed once, at the end, holds for the items before it
    ("上升0.2个和2.0个百分点", [I(0.2, "百分点"), I(2.0, "百分点")]),
    ("1.1和0.7个百分点", [I(1.1, "百分点"), I(0.7, "百分点")]),
    ("3128.2万辆和3143.6万辆", [I(3128.2, "万辆"), I(3143.6, "万辆")]),
    # a magnitude alone is completed by the last item's unit
    ("分别达到174.1万、88.7万和24.5万个", [I(174.1, "万个"), I(88.7, "万个"), I(24.5, "万个")]),
    ("分别达4.06亿、0.61亿户", [I(4.06, "亿户"), I(0.61, "亿户")]),
    # units may change inside one list
    ("为68212元/吨、18462元/吨、19万元/吨", [I(68212, "元/吨"), I(18462, "元/吨"), I(19, "万元/吨")]),
    # a qualifier printed once after the last figure holds for them all
    ("约9%和12%左右", [I(9, "%", "about"), I(12, "%", "about")]),
    ("增长1.2倍", [I(1.2, "倍")]),
    # a sign under a verb of fall is a double negative no release means: nothing, never a guess
    ("下降1.2%和-0.3%", []),
])
def test_enumeration(text, items):
    assert register.enumeration(fold(text)) == items


def test_enumerated_changes_are_in_percent_or_points_only():
    assert register.enumerated_changes("增长1.2倍和35.5%") == [I(120.0, "%"), I(35.5, "%")]
    assert register.enumerated_changes("分别为4.33亿吨和4.99亿吨") == []       # levels, not changes


def test_distributors_hand_a_list_out_one_figure_per_name():
    assert register.distributes("产量分别为") and register.distributes("增速依次为")
    assert not register.distributes("产量为")
    assert register.after_distributor(fold("分别增长6.1%和5.2%")) == "增长6.1%和5.2%"
    assert register.after_distributor("增长5%") == "增长5%"


def test_a_metric_said_after_the_distributor_is_each_names():
    assert register.distributed_parts(fold("广东、江苏分别实现营业收入3.58万亿元和1.96万亿元")) \
        == ("广东、江苏营业收入", "3.58万亿元和1.96万亿元")
    assert register.distributed_parts(fold("产销分别完成3128.2万辆和3143.6万辆")) == ("产销", "完成3128.2万辆和3143.6万辆")
    # real figures: software revenue by region in 2025 (the regions' series of the metric said after 分别)
    regions = parse_text("software", "2025年软件业经济运行情况", "2026-01-27T10:00", [
        "2025年，东部、中部、西部和东北地区分别完成软件业务收入127812亿元、8383亿元、15360亿元和3473亿元。"])
    assert {o.indicator: o.value for o in regions.observations} == {
        "software_revenue.east": 127812.0, "software_revenue.central": 8383.0, "software_revenue.west": 15360.0,
        "software_revenue.northeast": 3473.0}
    # places with a bare metric no series of theirs keeps: whose revenue is not said, so nothing (never a place's all)
    release = statement_page("2025年1—9月电子信息制造业运行情况", "2025-10-28 10:30", [
        "1—9月，广东、江苏分别实现营业收入3.58万亿元和1.96万亿元，同比分别增长7.9%和10.4%。"])
    assert not release.named


@pytest.mark.parametrize("text, items", [
    ("实现营业收入4093亿元和利润总额219.3亿元", ["实现营业收入4093亿元", "利润总额219.3亿元"]),
    ("水泥行业营业收入9960亿元、利润总额1833亿元", ["水泥行业营业收入9960亿元", "利润总额1833亿元"]),
    ("230多家卓越级智能工厂和1260家5G工厂", ["230多家卓越级智能工厂", "1260家5G工厂"]),
    # a figure and its unit, then a bare figure: one list of the name before them, never two named figures
    ("完成固定语音和移动语音业务收入118亿元和821亿元", ["完成固定语音和移动语音业务收入118亿元和821亿元"]),
    # one figure, or one list handed out by 分别: one span
    ("分别为48.9%和49.1%", ["分别为48.9%和49.1%"]),
    ("规上工业增加值增长5.8%", ["规上工业增加值增长5.8%"]),
    # a number inside a name (1000Mbps) or a rank (前5名) ends no figure
    ("1000Mbps及以上接入速率的用户达2.07亿户", ["1000Mbps及以上接入速率的用户达2.07亿户"]),
    ("居前5名的北京和上海收入增长", ["居前5名的北京和上海收入增长"]),
])
def test_several_named_figures_in_one_clause(text, items):
    folded = fold(text)
    assert [folded[a:b] for a, b in register.figure_items(folded)] == items


def test_a_name_completed_by_the_tail_of_another_says_the_overlap_once():
    assert register.joined("5G行业应用", "应用案例数") == "5G行业应用案例数"
    assert register.joined("基础软件", "软件产品收入") == "基础软件产品收入"
    assert register.joined("钢材", "出口") == "钢材出口"


@pytest.mark.parametrize("text, parts", [
    ("汽车产销", ["汽车产量", "汽车销量"]),
    ("新能源汽车产销量", ["新能源汽车产量", "新能源汽车销量"]),
    ("乘用车产量和销量", ["乘用车产量", "乘用车销量"]),
    ("汽车总产量与总销量", ["汽车产量", "汽车销量"]),
    ("钢材进出口", ["钢材进口", "钢材出口"]),
    ("进、出口额", ["进口额", "出口额"]),          # the metric word printed once, each part's
    ("动力和其他电池累计产量、销量", ["动力和其他电池累计产量", "动力和其他电池累计销量"]),   # listed with 、
    ("钢材出口、进口", ["钢材出口", "钢材进口"]),
    ("全国工业炸药产、销量", ["全国工业炸药产量", "全国工业炸药销量"]),      # the pause mark inside 产销量
    ("产销率", None),                      # one series: the ratio of sales to output
    ("有色金属进出口贸易总额", None),       # one series: the total
])
def test_compound_subjects(text, parts):
    assert register.compound(text) == parts


@pytest.mark.parametrize("text, completed", [
    ("分别达10.2亿、4.8亿和1.1亿户", "分别达10.2亿户、4.8亿户和1.1亿户"),   # the unit said once, after the last
    ("分别为79万、33.5万、10.4万个", "分别为79万个、33.5万个、10.4万个"),
    ("分别为3.5亿户和8000万户", "分别为3.5亿户和8000万户"),               # each with its own unit: as printed
    ("分别增长10.2%和4.8%", "分别增长10.2%和4.8%"),                         # no magnitude: as printed
])
def test_a_magnitude_alone_in_a_list_takes_the_unit_of_the_last_figure(text, completed):
    assert register.units_completed(text) == completed


@pytest.mark.parametrize("text, label, whole, value", [
    ("占全行业收入的比重为23.4%", "", "全行业收入", 23.4),
    ("占全行业收入比重为22.5%", "", "全行业收入", 22.5),
    ("占全行业收入的22.2%", "", "全行业收入", 22.2),
    ("在全行业收入中占比为66.3%", "", "全行业收入", 66.3),
    ("在全行业收入中占67.2%", "", "全行业收入", 67.2),
    ("占全国比重为70.1%", "", "全国", 70.1),
    ("占全国的70.1%", "", "全国", 70.1),
    ("新能源汽车新车销量达到汽车新车总销量的40.9%", "新能源汽车新车销量", "汽车新车总销量", 40.9),
    ("新能源汽车新车销量占汽车新车总销量的47.9%", "新能源汽车新车销量", "汽车新车总销量", 47.9),
    ("新车销量占比为44.3%", "新车销量", "", 44.3),
    ("占世界总量的56.1%", "", "世界总量", 56.1),
    ("插电式混合动力汽车销量占40%", "插电式混合动力汽车销量", "", 40.0),    # the whole said just before
])
def test_shares_of_a_whole(text, label, whole, value):
    assert register.share(fold(text)) == register.Share(label, whole, value)


def test_share_lists_give_one_share_per_name_or_per_whole():
    label, whole, items = register.share_list(fold("四个地区软件业务收入在全国总收入中的占比分别为82.3%、5.3%、10%和2.3%"))
    assert (label, whole, [i.value for i in items]) == ("四个地区软件业务收入", "全国总收入", [82.3, 5.3, 10.0, 2.3])
    label, whole, items = register.share_list(fold("出口船舶占完工量、新接订单量、手持订单量的比重为89.3%、88.2%和92.4%"))
    assert (label, whole, [i.value for i in items]) == ("出口船舶", "完工量、新接订单量、手持订单量", [89.3, 88.2, 92.4])
    assert register.share_list(fold("分别为4.33亿吨和4.99亿吨")) is None
    # the names said in the clause before: '东部、中部…分别完成…，在全国软件业务收入中依次占…'
    label, whole, items = register.share_list(fold("在全国软件业务收入中依次占82.1%、5.6%、9.9%和2.4%"))
    assert (label, whole, [i.value for i in items]) == ("", "全国软件业务收入", [82.1, 5.6, 9.9, 2.4])


@pytest.mark.parametrize("text, what, base, values", [
    ("增速比1—11月低0.7个百分点", "增速", "1-11月", (-0.7,)),
    ("增速较1－9月回落1.1个百分点", "增速", "1-9月", (-1.1,)),
    # a fall that narrows is a rate that rose; one that widens, a rate that fell
    ("降幅较1—9月收窄2.1个百分点", "降幅", "1-9月", (2.1,)),
    ("降幅较上半年扩大0.5个百分点", "降幅", "上半年", (-0.5,)),
    ("增速与1—11月基本持平", "增速", "1-11月", (0.0,)),
    ("增速较上期持平", "增速", "上期", (0.0,)),
    ("产销增速较1—6月分别扩大0.2个和0.6个百分点", "增速", "1-6月", (0.2, 0.6)),
    ("比上月上升0.2和下降1.0个百分点", "", "上月", (0.2, -1.0)),
    ("较上年提高9.3个百分点", "", "上年", (9.3,)),
    # a span of an earlier year, named whole
    ("增速比去年上半年加快0.4个百分点", "增速", "去年上半年", (0.4,)),
    ("比2023年全年提高1.5个百分点", "", "2023年全年", (1.5,)),
    ("较上年前三季度回落0.3个百分点", "", "上年前三季度", (-0.3,)),
    ("占比较前11个月回落0.8个百分点", "占比", "前11个月", (-0.8,)),
    # how much it moved, said in words too
    ("增速较一季度小幅回落0.1个百分点", "增速", "一季度", (-0.1,)),
    ("增速比1—8月有所加快0.3个百分点", "增速", "1-8月", (0.3,)),
    # said as above or below the earlier span
    ("增速高出2024年全年2个百分点", "增速", "2024年全年", (2.0,)),
    ("增速低于上年同期0.5个百分点", "增速", "上年同期", (-0.5,)),
    # the period the change is of, said before it
    ("6月当月增速较5月加快1.0个百分点", "增速", "5月", (1.0,)),
])
def test_changes_against_an_earlier_span(text, what, base, values):
    change = register.span_change(fold(text))
    assert (change.what, change.base, change.values) == (what, base, values)


def test_a_change_against_an_aggregate_or_with_a_figure_before_it_is_not_a_span_change():
    assert register.span_change(fold("增速比全部规上工业高4.8个百分点")) is None
    assert register.span_change(fold("增速高于全国平均水平4.8个百分点")) is None
    assert register.span_change(fold("同比增长4.8%增速比上月回落0.1个百分点")) is None
    assert register.span_change(fold("同比持平")) is None


@pytest.mark.parametrize("base, period, expected", [
    ("1-11月", Period("2024", "year"), Period("2024-11", "ytd")),
    ("前11个月", Period("2024", "year"), Period("2024-11", "ytd")),
    ("上半年", Period("2025-07", "ytd"), Period("2025-06", "ytd")),
    ("上年同期", Period("2025-07", "ytd"), Period("2024-07", "ytd")),
    ("上年", Period("2024", "year"), Period("2023", "year")),
    ("2023年", Period("2024", "year"), Period("2023", "year")),
    ("上月", Period("2025-01", "month"), Period("2024-12", "month")),
    ("上期", Period("2024-05", "ytd"), Period("2024-04", "ytd")),
    ("上期", Period("2024", "year"), Period("2024-11", "ytd")),
    ("1-11月", Period("2025-07", "ytd"), None),          # not an earlier span of this one
    ("去年上半年", Period("2025-06", "ytd"), Period("2024-06", "ytd")),
    ("去年全年", Period("2025-06", "ytd"), Period("2024", "year")),
    ("2023年全年", Period("2024", "year"), Period("2023", "year")),
    ("2024年前三季度", Period("2025-09", "ytd"), Period("2024-09", "ytd")),
    ("上年1-5月", Period("2025-05", "ytd"), Period("2024-05", "ytd")),
])
def test_the_span_a_change_is_measured_against(base, period, expected):
    assert register.base_period(base, period) == expected


def test_a_basis_said_alone_before_its_list():
    assert [register.basis(t) for t in ("与上年相比", "与去年同期相比", "同比", "环比", "比上年增长5%")] == \
        ["yoy", "yoy", "yoy", "mom", None]


def test_groups_and_ranks():
    assert register.list_intro(fold("软件业务收入居前5名的省份中")) == ("软件业务收入", 5)
    assert register.list_intro(fold("销量排名前十位的企业(集团)中")) == ("销量", 10)
    assert [register.group_total(fold(t)) for t in ("五省（市）合计软件业务收入", "5省(市)合计", "前5名省份合计",
                                                     "上述五省市合计", "软件业务收入")] == [5, 5, 5, 5, None]
    assert register.strip_rank("北京、广东、江苏、山东、上海软件业务收入居全国前5") == "北京、广东、江苏、山东、上海软件业务收入"
    assert register.strip_rank("北京、上海软件业务收入规模居全国前列") == "北京、上海软件业务收入"
    assert register.strip_rank("汽车、船舶行业开展数字化改造的企业比例居前") == "汽车、船舶行业开展数字化改造的企业比例"
    # the members named after the kind of place ranked: '…居前5名的省份依次为北京、…'
    named = register.list_intro_named(fold("软件业务收入居前5名的省份依次为北京、广东、江苏、浙江和山东"))
    assert named[:2] == ("软件业务收入", 5)
    assert register.list_intro_named(fold("居前3位的省份分别是广东、江苏和浙江"))[1] == 3
    assert register.list_intro_named(fold("软件业务收入居全国前5位的省（市）依次为北京、广东、江苏、山东、上海"))[:2] == (
        "软件业务收入", 5)


@pytest.mark.parametrize("text", ["增速排名全国第3位", "规模居全国第13位", "首批认定第2家", "水泥产量居全国前13位"])
def test_a_rank_is_never_a_quantity(text):
    assert QUANTITY_RE.search(fold(text)) is None
    # real figures: Hebei's industrial investment in the first half of 2025
    release = statement_page("河北工业经济运行情况", "2025-07-30T10:00", [
        f"上半年，河北省工业投资同比增长21.7%，{text}。"])
    assert not [o for o in release.observations + release.named if o.value in (2.0, 3.0, 13.0)]


@pytest.mark.parametrize("text, milestone", [
    ("汽车产销量均突破3000万辆", True),
    ("新能源汽车产销双双突破1000万辆", True),
    ("连续17年稳居全球第一", True),
    ("首次突破1000万辆", True),
    ("保持在3000万辆以上规模", True),
    ("产销量连续三年保持在3000万辆以上", True),      # a line held each year
    ("出口额占全球的比重继续保持在30%以上", False),  # a level now, over the line: a figure, qualified
    ("5G工厂超过8000家", False),             # a statement's figure, qualified: over
    ("汽车产销分别完成3128.2万辆和3143.6万辆", False),
])
def test_thresholds_are_milestones_not_figures(text, milestone):
    assert register.threshold(fold(text)) is milestone


def test_the_name_a_milestone_is_said_of():
    assert register.milestone_subject(fold("新能源汽车产量首次突破1000万辆")) == "新能源汽车产量"
    assert register.milestone_subject(fold("汽车产销量均突破3000万辆")) == "汽车产销量"
    assert register.milestone_subject(fold("首次突破700万辆")) == ""
    assert register.milestone_subject(fold("乘用车产销首次双双突破3000万辆")) == "乘用车产销"
    assert register.milestone_subject(fold("产量1288.8万辆连续10年保持全球第一")) == ""   # a figure before: no name


@pytest.mark.parametrize("text, measure, aggregate, values, each", [
    ("快于全部规模以上工业4.8个百分点", "pp_gap", "全部规模以上工业", (4.8,), False),
    ("增速分别比同期工业、高技术制造业高6个和2.9个百分点", "pp_gap", "同期工业、高技术制造业", (6.0, 2.9), False),
    ("增速分别高于规上工业3.3个和3.5个百分点", "pp_gap", "规上工业", (3.3, 3.5), False),
    ("较工业平均水平高2.1个百分点", "pp_gap", "工业平均水平", (2.1,), False),
    ("其中中部、西部地区分别高出全国平均水平5.7和3.1个百分点", "pp_gap", "全国平均水平", (5.7, 3.1), False),
    ("增速均低于全行业1.2个百分点", "pp_gap", "全行业", (-1.2,), True),
    ("拉动全部规模以上工业利润增长1.8个百分点", "contribution_pp", "全部规模以上工业利润", (1.8,), False),
    ("分别拉动全部规模以上工业增长0.5个和0.4个百分点", "contribution_pp", "全部规模以上工业", (0.5, 0.4), False),
    ("上拉全省工业增长3.0个百分点", "contribution_pp", "全省工业", (3.0,), False),
    # a share's change: of the share just read, or of each subject's share in a whole named
    ("占比较上年末提高4.1个百分点", "share_change", "", (4.1,), False),
    ("占规上工业增加值比重较上年分别提高2.2个和0.8个百分点", "share_change", "规上工业增加值", (2.2, 0.8), False),
    # the names just read, said by their number, each against the aggregate (the unit printed once, at the end)
    ("三项指标增速分别比全国工业低4.4、3.5和0.8个百分点", "pp_gap", "全国工业", (-4.4, -3.5, -0.8), False),
])
def test_comparisons_with_an_aggregate(text, measure, aggregate, values, each):
    found = register.comparison(fold(text))
    assert (found.measure, found.aggregate, found.values, found.each) == (measure, aggregate, values, each)
    if text.startswith("分别"):
        assert found.label == ""        # (分别 is how they are distributed, never a name)


def test_a_change_against_an_earlier_span_is_no_comparison_with_an_aggregate():
    assert register.comparison(fold("增速比上年加快0.1个百分点")) is None       # 加快: against 上年, a span
    assert register.comparison(fold("较上年降低0.3个百分点")) is None
    assert register.comparison(fold("同比持平")) is None            # a growth of zero, not a gap to '比'
    assert register.comparison(fold("增速与全部工业持平")).aggregate == "全部工业"


def test_a_share_change_said_right_after_the_share():
    found = register.share_change_after_share(fold("比上年同期提高2.7个百分点"))
    assert (found.measure, found.values, found.base) == ("share_change", (2.7,), "上年同期")
    assert register.share_change_after_share(fold("较上年末下降0.4个百分点")).values == (-0.4,)
    assert register.share_change_after_share(fold("比上年同期增长2.7%")) is None     # a growth rate, not a share's change


def test_a_level_said_in_two_years():
    assert register.from_to(fold("全部工业增加值从2020年的31.3万亿元增长到2024年的40.5万亿元")) == \
        ("全部工业增加值", [("2020", I(31.3, "万亿元")), ("2024", I(40.5, "万亿元"))])
    assert register.from_to(fold("由2020年底的71.8万个提高至2024年底的425.1万个"))[1][1] == ("2024", I(425.1, "万个"))
    assert register.from_to(fold("全部工业增加值增长到40.5万亿元")) is None          # one year only
    # how it moved, said with the verb ('逐年提升至')
    assert register.from_to(fold("国际市场份额由2021年的31.5%逐年提升至2024年的78.5%")) == \
        ("国际市场份额", [("2021", I(31.5, "%")), ("2024", I(78.5, "%"))])
    # one series in two magnitudes, each as printed; never two series (万户 and 万台)
    assert register.from_to(fold("千兆宽带用户由2020年底的640万户增长到2025年底的2.38亿户")) == \
        ("千兆宽带用户", [("2020", I(640.0, "万户")), ("2025", I(2.38, "亿户"))])
    assert register.from_to(fold("终端由2020年底的640万户增长到2025年底的2.38亿台")) is None


def test_a_level_reached_by_a_year_or_by_the_day():
    # a reach said with 拓展 is a move of the level
    assert register.from_to(fold("国民经济大类由2023年的25个拓展到2025年的48个")) == \
        ("国民经济大类", [("2023", I(25.0, "个")), ("2025", I(48.0, "个"))])
    # '…增加到目前的14万家': the second is of the day, dated by the year the caller gives (never by a window)
    said = fold("规模以上轻工企业由2020年的10.87万家增加到目前的14万家")
    assert register.from_to(said) is None and register.from_to(said, ("2021", "2025")) is None
    assert register.from_to(said, None, "2026") == ("规模以上轻工企业", [("2020", I(10.87, "万家")), ("2026", I(14.0, "万家"))])


def test_a_value_at_an_earlier_date_contrasted_with_the_one_just_read():
    assert register.earlier_base(fold("而2020年末仅为531家")) == "2020年末"
    assert register.earlier_base(fold("2020年只有71.8万个")) == "2020年"
    assert register.earlier_base(fold("2020年末达到531家")) is None        # a level of its own, never a value then


def test_a_level_said_in_two_years_of_a_window_said_before():
    window = ("2020", "2024")
    assert register.from_to(fold("制造业增加值从26.6万亿元增长到了33.6万亿元"), window) == \
        ("制造业增加值", [("2020", I(26.6, "万亿元")), ("2024", I(33.6, "万亿元"))])
    assert register.from_to(fold("制造业增加值从26.6万亿元增长到33.6万亿元")) is None         # no years said
    assert register.from_to(fold("用户从8000万户增长到1.2亿户"), window) == \
        ("用户", [("2020", I(8000.0, "万户")), ("2024", I(1.2, "亿户"))])                 # one series in two magnitudes
    assert register.from_to(fold("用户从8000万户增长到1.2亿元"), window) is None             # two units: not one series


def test_a_base_year_said_alone_before_its_changes():
    assert register.basis_year(fold("与2020年相比")) == "2020"
    assert register.basis_year(fold("较2023年底")) == "2023"
    assert register.basis_year(fold("与上年相比")) is None                  # a base of one year: register.basis
    assert register.basis_year(fold("与2020年相比增长29.4%")) is None       # the change itself: register.cumulative


@pytest.mark.parametrize("text, periods, rest", [
    ("一季度、二季度、三季度", [("2020-03", "ytd"), ("2020-06", "quarter"), ("2020-09", "quarter")], ""),
    ("二、三季度同比增速分别回升至4.4%和5.8%", [("2020-06", "quarter"), ("2020-09", "quarter")], "同比增速分别回升至4.4%和5.8%"),
    ("2012年二季度和三季度", [("2012-06", "quarter"), ("2012-09", "quarter")], ""),
    ("7、8、9三个月同比增速分别为9.2%、8.9%和9.2%", [("2020-07", "month"), ("2020-08", "month"), ("2020-09", "month")],
     "同比增速分别为9.2%、8.9%和9.2%"),
    ("5、6月份汽车工业增加值", [("2020-05", "month"), ("2020-06", "month")], "汽车工业增加值"),
    ("5月、6月当月分别增长5.8%和6.8%", [("2020-05", "month"), ("2020-06", "month")], "分别增长5.8%和6.8%"),   # each month alone
])
def test_a_list_of_periods_hands_one_period_to_each_figure(text, periods, rest):
    found, after = register.period_list(fold(text), 2020)
    assert [(p.period, p.period_type) for p in found] == periods and after == rest


@pytest.mark.parametrize("text", ["一季度增长6.1%", "1-9月份", "三季度", "二季度、二季度"])
def test_one_period_is_no_list(text):
    assert register.period_list(fold(text), 2020) is None


@pytest.mark.parametrize("text, size", [
    ("电子、有色、化工、汽车4个行业对工业生产增长的贡献率接近一半", 4),
    ("汽车、电子等4个行业增加值合计增长8%", 4),
    ("北京、上海和广东3省市合计", 3),
    ("江苏、浙江等五个工业大省", 5),
    # a list with its own figures is no group; neither is a count with no members listed
    ("高技术制造业、装备制造业增加值分别增长9.2%和9.3%", None),
    ("9个工业大省增速超过全国平均水平", None),
    ("41个工业大类行业中有35个行业", None),
])
def test_a_count_of_the_members_listed_before_it(text, size):
    assert register.members_counted(fold(text)) == size


@pytest.mark.parametrize("text, value, unit", [
    ("比上年末净增1.66亿户", 1.66, "亿户"),
    ("净增3460万户", 3460, "万户"),
    ("较2024年底增加3.2万个", 3.2, "万个"),
    ("较2024年底增加近900亿个", 900, "亿个"),        # about: said with 近
    ("比上年末净增超过3000万户", 3000, "万户"),       # more than it
    ("比上年末减少120万户", -120, "万户"),
    # an index moves in points since the year's end: its verb signs it
    ("比上年末下降9.1点", -9.1, "点"),
    ("较上年末上涨3.06点", 3.06, "点"),
    # a rate of change, or a share's change in points, is another measure
    ("比上年末下降8.9%", None, None),
    ("比上年末提高9.4个百分点", None, None),
])
def test_a_stocks_change_since_the_end_of_last_year(text, value, unit):
    match = register.SINCE_YEAR_END.fullmatch(fold(text))
    assert (match and (float(match.group("num")) * register.change_sign(match.group("verb")), match.group("unit"))) == \
        ((value, unit) if value is not None else None)


def test_an_index_since_the_end_of_last_year_in_points_then_in_percent():
    # the steel price index (CSPI) of a 2025 steel report: real figures, our own words
    release = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-02-20T10:00", [
        "12月末，中国钢材价格指数（CSPI）为92.15点，比上年末下降9.1点，降幅为8.9%。"])
    assert release.unexplained == [], release.unexplained
    assert figures(release) == expect("""
steel.cspi 2025-12 month level 92.15
steel.cspi 2025-12 month abs_change -9.1
steel.cspi 2025-12 month cum_pct -8.9 2024-12/month
""")


def test_cumulative_growth_since_a_base_year():
    since = register.cumulative(fold("与2020年相比分别累计增长约39.5%和48.4%"))
    assert since == register.Since("2020", (I(39.5, "%", "about"), I(48.4, "%", "about")), False)
    assert register.cumulative(fold("较2023年底增长6.1%")) == register.Since("2023", (I(6.1, "%"),), True)
    assert register.cumulative(fold("比上年增长39.5%")) is None
    # no 累计, no span: since that year (the reader makes it a plain growth when the year is the one before)
    assert register.cumulative(fold("比2019年增长14.7%")) == register.Since("2019", (register.Item(14.7, "%", "exact"),), False)
    # the end of last year: the year before the figure's, a stock's change since its December
    last = register.cumulative(fold("较上年末增长16.5%"))
    assert last == register.Since("上年", (I(16.5, "%"),), True)
    assert last.base_period(Period("2025-09", "month")) == Period("2024-12", "month")
    assert last.base_period(Period("2024-12", "month")) == Period("2023-12", "month")


@pytest.mark.parametrize("text, span, base", [
    ("比2019年同期增长11.9%", "同期", ("2019-12", "month")),              # the figure's own span, two years back
    ("比2019年12月份增长11.9%", "12月份", ("2019-12", "month")),
    ("较2019年1-12月增长11.9%", "1-12月", ("2019", "year")),
])
def test_growth_since_a_span_of_a_base_year(text, span, base):
    since = register.cumulative(fold(text))
    assert since == register.Since("2019", (I(11.9, "%"),), False, span)
    found = since.base_period(Period("2021-12", "month"))
    assert (found.period, found.period_type) == base


@pytest.mark.parametrize("text, label, values", [
    ("两年平均增长5.8%", "", [5.8]),
    ("制造业增加值两年平均增长6.6%", "制造业增加值", [6.6]),
    ("两年平均分别增长7.3%、5.3%和7.9%", "", [7.3, 5.3, 7.9]),
    ("两年平均增速为6.1%", "", [6.1]),
    ("两年平均下降1.2%", "", [-1.2]),
])
def test_two_year_averages(text, label, values):
    found = register.two_year_average(fold(text))
    assert found.label == label and [i.value for i in found.items] == values


def test_a_two_year_average_in_points_or_without_a_figure_is_not_one():
    assert register.two_year_average(fold("两年平均增长5.0个百分点")) is None
    assert register.two_year_average(fold("两年平均增速加快")) is None
    assert register.two_year_average(fold("比上年增长9.6%")) is None


@pytest.mark.parametrize("text, label, base, end, values", [
    ("“十三五”期间年均增长3.6%", "", 2015, 2020, [3.6]),
    ("精炼铜产量“十三五”时期年均增长4.7%", "精炼铜产量", 2015, 2020, [4.7]),
    ("“十四五”以来年均增长5.6%", "", 2020, None, [5.6]),
    ("2016—2020年年均增长分别为4.7%和3.3%", "", 2015, 2020, [4.7, 3.3]),
    ("2021年以来年均增长9.2%", "", 2020, None, [9.2]),
    ("2021—2024年规模以上工业增加值年均增长5.9%", "规模以上工业增加值", 2020, 2024, [5.9]),   # the name after the window
])
def test_averages_over_a_window_of_years(text, label, base, end, values):
    found = register.window_average(fold(text))
    assert (found.label, found.base_year, found.end_year) == (label, base, end)
    assert [i.value for i in found.items] == values


def test_a_window_average_runs_from_the_year_before_the_window_and_only_once_it_is_over():
    plan = register.window_average(fold("“十四五”期间年均增长5.0%"))
    assert plan.base_period(Period("2025", "year")) == Period("2020", "year")
    assert plan.base_period(Period("2023", "year")) is None          # the window not over: an aim
    assert plan.base_period(Period("2025-06", "ytd")) is None        # a year's average, never a half's
    since = register.window_average(fold("“十四五”以来年均增长5.6%"))
    assert since.base_period(Period("2023", "year")) == Period("2020", "year")
    assert register.window_average(fold("“十四五”期间年均增长0.5个百分点")) is None


def test_a_plan_window_average_and_a_share_of_the_world_in_an_industry_report():
    # 2020年 (the last year of the 13th plan): averages over the plan, the world's share said two ways,
    # three figures' changes named together, the enterprises of an industry named for the industry
    release = read("raw_materials", "2020年有色金属行业运行情况", """
2020年，规模以上有色金属企业工业增加值同比增长2.0%。十种有色金属产量达到6168万吨，同比增长5.5%，“十三五”期间年均增长3.6%。其中，精炼铜产量1002.5万吨，同比增长7.4%，占全球产量的42%，“十三五”时期年均增长4.7%；原铝产量3708万吨，同比增长4.9%，全球占比为57%。
2020年，规模以上有色金属工业企业资产总额突破5万亿元，营业收入58266.5亿元，利润总额1833.2亿元，后两项指标同比分别增长3.8%和19.2%。
""")
    assert figures(release) == expect("""
miit_va.nonferrous 2020 year yoy_pct 2.0
output.ten_nonferrous 2020 year level 6168
output.ten_nonferrous 2020 year yoy_pct 5.5
output.ten_nonferrous 2020 year avg_yoy_pct 3.6 2015/year
output.copper 2020 year level 1002.5
output.copper 2020 year yoy_pct 7.4
output.copper 2020 year share_pct 42
output.copper 2020 year avg_yoy_pct 4.7 2015/year
output.aluminium 2020 year level 3708
output.aluminium 2020 year yoy_pct 4.9
output.aluminium 2020 year share_pct 57
miit_assets.nonferrous 2020-12 month level 5
miit_revenue.nonferrous 2020 year level 58266.5
miit_profit.nonferrous 2020 year level 1833.2
""")
    assert {o.indicator: o.relative_to for o in release.observations if o.measure == "share_pct"} == \
        {"output.copper": "world", "output.aluminium": "world"}
    assets = next(o for o in release.observations if o.indicator == "miit_assets.nonferrous")
    assert assets.qualifier == "over"          # 突破5万亿元: more than the figure


def test_contribution_rates():
    assert register.contribution_rate(fold("工业对经济增长的贡献率为35%")) == register.Share("工业", "经济", 35.0)
    assert register.contribution_rate(fold("对全国数字产业收入增长的贡献率达99.5%")) == \
        register.Share("", "全国数字产业收入", 99.5)
    assert register.contribution_rate(fold("对全部规模以上工业利润增长的贡献率最大")) is None


@pytest.mark.parametrize("text, said, count", [
    ("41个大类行业中有30个行业增加值同比增长", None, register.Count(30, 41, "个大类行业", False)),
    ("41个大类行业全部保持同比增长", None, register.Count(41, 41, "个大类行业", False)),
    ("55种产品产量实现增长", (91.0, "种主要轻工业产品"), register.Count(55, 91, "种主要轻工业产品", False)),
    ("21种产品产量同比下降", (31.0, "种建材产品"), register.Count(21, 31, "种建材产品", True)),
    ("55种产品产量实现增长", None, None),            # no whole said: not a count we can place
    # the whole said with its place or its scope ('全省', '规模以上工业', or '工业' left after the scope is read)
    ("全省规模以上工业39个大类行业中有28个行业增加值实现增长", None, register.Count(28, 39, "个大类行业", False)),
    ("规模以上工业623种产品中有310种产品产量同比增长", None, register.Count(310, 623, "种产品", False)),
    ("工业39个大类行业中有28个行业增加值实现增长", None, register.Count(28, 39, "个大类行业", False)),
    # a province's divisions, how many it has unsaid (never the nation's 41)
    ("全省30个工业大类行业增加值实现增长", None, register.Count(30, None, "个工业大类行业", False)),
])
def test_counts_out_of_a_whole(text, said, count):
    assert register.count(fold(text), said) == count


def test_a_count_among_an_industrys_main_products_whose_number_is_unsaid():
    found = register.count(fold("主要轻工产品中有35种产量实现增长"))
    assert (found.value, found.whole, found.what) == (35.0, None, "种主要轻工产品")
    assert register.count(fold("主要轻工产品中有35种产量实现下降")).falling
    # the whole said in a clause of its own
    assert register.universe(fold("重点监测的建材产品中")) == (None, "种主要建材产品")
    assert register.universe(fold("在重点监测的主要机械产品中")) == (None, "种主要机械产品")
    assert register.universe(fold("在统计的产品中")) is None        # no kind: whose products is not said


def test_the_whole_a_count_is_of_said_before_it():
    assert register.universe(fold("在统计的91种主要轻工业产品中")) == (91.0, "种主要轻工业产品")
    assert register.universe(fold("在41个工业大类行业中")) == (41.0, "个工业大类行业")
    assert register.universe(fold("41个大类行业全部保持同比增长")) is None


# ------------------------------------------------------------------ the forms at work in the readers

def read(kind, title, text, tables=()):
    release = parse_text(kind, title, "2025-11-27T09:30", [line.strip() for line in text.strip().splitlines()], tables)
    assert release.unexplained == [], release.unexplained
    return release


def test_pmi_sizes_sharing_a_suffix_and_non_manufacturing_industries():
    release = read("pmi", "2025年11月中国采购经理指数运行情况", """
一、中国制造业采购经理指数运行情况
11月份，制造业采购经理指数（PMI）为49.2%，比上月上升0.2个百分点。
从企业规模看，大型企业PMI为49.3%，较上月回升0.4个百分点；中型、小型企业PMI分别为48.9%和49.1%，比上月上升0.2和下降1.0个百分点。
二、中国非制造业采购经理指数运行情况
分行业看，建筑业商务活动指数为49.6%，比上月下降0.5个百分点；服务业商务活动指数为49.5%，比上月下降0.2个百分点。
建筑业新订单指数为43.8%，服务业业务活动预期指数为56.1%。
""", [[["", "PMI"], ["2025年11月", "49.2"]]])
    assert figures(release) == expect("""
pmi 2025-11 month index 49.2
pmi 2025-11 month pp_change_mom 0.2
pmi.large 2025-11 month index 49.3
pmi.large 2025-11 month pp_change_mom 0.4
pmi.medium 2025-11 month index 48.9
pmi.small 2025-11 month index 49.1
pmi.medium 2025-11 month pp_change_mom 0.2
pmi.small 2025-11 month pp_change_mom -1.0
pmi_nonmfg.construction 2025-11 month index 49.6
pmi_nonmfg.construction 2025-11 month pp_change_mom -0.5
pmi_nonmfg.services 2025-11 month index 49.5
pmi_nonmfg.services 2025-11 month pp_change_mom -0.2
pmi_nonmfg.construction_new_orders 2025-11 month index 43.8
pmi_nonmfg.services_expectations 2025-11 month index 56.1
""")


def test_profits_of_a_group_with_its_gap_contribution_and_share_and_a_count_with_its_universe():
    release = read("industrial_profits", "2025年1—10月份全国规模以上工业企业利润增长1.9%", """
1—10月份，高技术制造业实现利润总额同比增长10.0%，增速比全部规模以上工业高8.1个百分点，拉动全部规模以上工业利润增长1.8个百分点；占全部规模以上工业利润的比重为17.5%，比上年同期提高1.4个百分点。
装备制造业利润同比增长7.8%，对全部规模以上工业利润增长的贡献率最大。
在41个工业大类行业中，有24个行业利润同比增长，增长面为58.5%。
""")
    assert figures(release) == expect("""
industrial_profit.high_tech 2025-10 ytd yoy_pct 10.0
industrial_profit.high_tech 2025-10 ytd pp_gap 8.1 industrial_profit
industrial_profit.high_tech 2025-10 ytd contribution_pp 1.8
industrial_profit.high_tech 2025-10 ytd share_pct 17.5
industrial_profit.high_tech 2025-10 ytd share_pp_change 1.4
industrial_profit.equipment 2025-10 ytd yoy_pct 7.8
industries_profit_growing 2025-10 ytd count 24
""")
    count = next(o for o in release.observations if o.measure == "count")
    assert count.universe == 41 and "41" not in count.label_zh and "24" not in count.label_zh
    assert dict(zip(release.skipped, release.skip_reasons)) == {"增长面为58.5%": "not stored"}


def test_overview_chapters_beyond_industry():
    release = read("monthly_overview", "2025年11月份国民经济运行总体平稳", """
二、服务业持续恢复
1—11月份，信息传输、软件和信息技术服务业，租赁和商务服务业生产指数分别增长11.1%和9.5%。
四、固定资产投资
分领域看，基础设施投资同比下降1.1%，制造业投资增长1.9%，房地产开发投资下降15.9%。
分地区看，东部地区投资下降6.2%，中部地区投资下降1.9%。
五、房地产开发
1—11月份，新建商品房销售面积78702万平方米，同比下降7.8%；新建商品房销售额75130亿元，下降11.2%。11月末，商品房待售面积75928万平方米，比10月末减少124万平方米。房地产开发景气指数为92.91。
六、货物进出口
1—11月份，货物进出口总额413001亿元，同比增长3.6%。进出口相抵，贸易顺差106850亿元。
七、居民消费价格
11月份，全国居民消费价格同比上涨0.7%。分类别看，食品烟酒价格同比上涨0.9%，衣着价格上涨1.6%。扣除食品和能源价格后的核心CPI同比上涨1.2%。
八、产能利用率
三季度，全国规模以上工业产能利用率为74.6%，比上年同期上升0.5个百分点。其中，制造业产能利用率为74.6%。
九、居民收入
前三季度，全国居民人均可支配收入32509元，同比名义增长5.1%，扣除价格因素实际增长5.2%。
""")
    assert figures(release) == expect("""
services_index.ict 2025-11 ytd yoy_pct 11.1
services_index.leasing 2025-11 ytd yoy_pct 9.5
fai.infrastructure 2025-11 ytd yoy_pct -1.1
fai.manufacturing 2025-11 ytd yoy_pct 1.9
fai.real_estate 2025-11 ytd yoy_pct -15.9
fai.east 2025-11 ytd yoy_pct -6.2
fai.central 2025-11 ytd yoy_pct -1.9
real_estate.sales_area 2025-11 ytd level 78702
real_estate.sales_area 2025-11 ytd yoy_pct -7.8
real_estate.sales_value 2025-11 ytd level 75130
real_estate.sales_value 2025-11 ytd yoy_pct -11.2
real_estate.unsold_area 2025-11 month level 75928
real_estate.unsold_area 2025-11 month mom_abs_change -124
real_estate.climate_index 2025-11 month level 92.91
goods_trade 2025-11 ytd level 413001
goods_trade 2025-11 ytd yoy_pct 3.6
goods_trade.balance 2025-11 ytd level 106850
cpi 2025-11 month yoy_pct 0.7
cpi.food_tobacco_liquor 2025-11 month yoy_pct 0.9
cpi.clothing 2025-11 month yoy_pct 1.6
cpi.core 2025-11 month yoy_pct 1.2
capacity_utilization 2025-09 quarter level 74.6
capacity_utilization 2025-09 quarter pp_change 0.5
capacity_utilization.manufacturing 2025-09 quarter level 74.6
household 2025-09 ytd level 32509
household 2025-09 ytd yoy_pct 5.1
household 2025-09 ytd yoy_real_pct 5.2
""")
    units = {o.indicator: o.unit for o in release.observations if o.measure == "level"}
    assert units["real_estate.climate_index"] == "点" and units["household"] == "元"


def test_electronics_gaps_on_two_aggregates_customs_figures_and_a_subsector_said_twice():
    release = read("electronics", "2025年1—10月电子信息制造业运行情况", """
一、生产增速较快
1—10月，规模以上电子信息制造业增加值同比增长10.6%，增速分别比同期工业、高技术制造业高4.5个和1.2个百分点。
主要产品中，手机产量13.2亿台，同比下降1.4%，其中智能手机产量9.6亿台，同比增长0.8%；集成电路产量3943亿块，同比增长8.6%。
二、出口小幅增长
据海关统计，1—10月，我国出口笔记本电脑1.13亿台，同比下降3.6%；出口手机6.22亿台，同比下降6.2%；出口集成电路2743亿个，同比增长19.3%。
三、效益稳步向好
1—10月，通信设备制造业实现营业收入33512亿元，同比增长6.1%；实现利润总额1427亿元，同比增长2.8%。
""")
    assert figures(release) == expect("""
electronics_va 2025-10 ytd yoy_pct 10.6
electronics_va 2025-10 ytd pp_gap 4.5 industrial_va
electronics_va 2025-10 ytd pp_gap 1.2 industrial_va.high_tech
output.mobile_phones 2025-10 ytd level 13.2
output.mobile_phones 2025-10 ytd yoy_pct -1.4
output.smartphones 2025-10 ytd level 9.6
output.smartphones 2025-10 ytd yoy_pct 0.8
output.integrated_circuits 2025-10 ytd level 3943
output.integrated_circuits 2025-10 ytd yoy_pct 8.6
customs_export.notebooks 2025-10 ytd level 1.13
customs_export.notebooks 2025-10 ytd yoy_pct -3.6
customs_export.mobile_phones 2025-10 ytd level 6.22
customs_export.mobile_phones 2025-10 ytd yoy_pct -6.2
customs_export.integrated_circuits 2025-10 ytd level 2743
customs_export.integrated_circuits 2025-10 ytd yoy_pct 19.3
electronics_revenue.communication 2025-10 ytd level 33512
electronics_revenue.communication 2025-10 ytd yoy_pct 6.1
electronics_profit.communication 2025-10 ytd level 1427
electronics_profit.communication 2025-10 ytd yoy_pct 2.8
""")


def test_software_regions_their_shares_the_top_five_and_the_central_cities():
    release = read("software", "2025年1—10月软件业经济运行情况", """
四、分地区运行情况
1—10月，东部地区、中部地区、西部地区和东北地区分别完成软件业务收入105228亿元、5573亿元、13022亿元和2115亿元，四个地区软件业务收入分别占全国软件业务收入的83.7%、4.4%、10.4%和1.7%。
软件业务收入居前5名的北京、广东、江苏、山东、上海共完成收入87500亿元，占全国软件业务收入的比重为69.6%。其中，北京软件业务收入30154亿元，同比增长11.7%。
1—10月，全国15个副省级中心城市实现软件业务收入63213亿元，同比增长11.4%；实现利润总额8311亿元，同比增长9.1%。
""")
    assert figures(release) == expect("""
software_revenue.east 2025-10 ytd level 105228
software_revenue.central 2025-10 ytd level 5573
software_revenue.west 2025-10 ytd level 13022
software_revenue.northeast 2025-10 ytd level 2115
software_revenue.east 2025-10 ytd share_pct 83.7
software_revenue.central 2025-10 ytd share_pct 4.4
software_revenue.west 2025-10 ytd share_pct 10.4
software_revenue.northeast 2025-10 ytd share_pct 1.7
software_revenue.top5_provinces 2025-10 ytd level 87500
software_revenue.top5_provinces 2025-10 ytd share_pct 69.6
software_revenue.beijing 2025-10 ytd level 30154
software_revenue.beijing 2025-10 ytd yoy_pct 11.7
software_revenue.central_cities 2025-10 ytd level 63213
software_revenue.central_cities 2025-10 ytd yoy_pct 11.4
software_profit.central_cities 2025-10 ytd level 8311
software_profit.central_cities 2025-10 ytd yoy_pct 9.1
""")


def test_the_top_five_each_with_their_own_figure_are_not_the_group():
    release = read("software", "2025年1—10月软件业经济运行情况", """
1—10月，软件业务收入居前5名的省份中，北京、广东、江苏、山东、上海软件业务收入分别为30154亿元、19821亿元、14695亿元、11626亿元和11204亿元。
""")
    assert figures(release) == expect("""
software_revenue.beijing 2025-10 ytd level 30154
software_revenue.guangdong 2025-10 ytd level 19821
software_revenue.jiangsu 2025-10 ytd level 14695
software_revenue.shandong 2025-10 ytd level 11626
software_revenue.shanghai 2025-10 ytd level 11204
""")


def test_telecom_stocks_beyond_the_core_set_a_share_change_and_negative_growth_in_a_list():
    release = read("telecom", "2025年1—10月通信业经济运行情况", """
三、用户规模
截至10月末，三家基础电信企业发展蜂窝物联网终端用户28.64亿户，比上年末净增2.07亿户，占移动网终端连接数的比重达59.4%，占比较上年末提升1.4个百分点。
IPTV（网络电视）总用户数达4.12亿户。
五、区域发展
1—10月，东部、中部、西部和东北地区电信业务收入分别为7861亿元、2442亿元、2606亿元和518.5亿元，同比增长0.7%、1.1%、0.6%和-0.8%。
""")
    assert figures(release) == expect("""
telecom.iot_users 2025-10 month level 28.64
telecom.iot_users 2025-10 month abs_change 2.07
telecom.iot_users 2025-10 month share_pct 59.4
telecom.iot_users 2025-10 month share_pp_change_ytd 1.4
telecom.iptv_users 2025-10 month level 4.12
telecom.revenue.east 2025-10 ytd level 7861
telecom.revenue.central 2025-10 ytd level 2442
telecom.revenue.west 2025-10 ytd level 2606
telecom.revenue.northeast 2025-10 ytd level 518.5
telecom.revenue.east 2025-10 ytd yoy_pct 0.7
telecom.revenue.central 2025-10 ytd yoy_pct 1.1
telecom.revenue.west 2025-10 ytd yoy_pct 0.6
telecom.revenue.northeast 2025-10 ytd yoy_pct -0.8
""")


def test_a_minus_sign_after_a_verb_of_rise_is_a_fall_and_after_a_verb_of_fall_is_not_read():
    release = parse_text("telecom", "2025年1—10月通信业经济运行情况", "2025-11-20T10:00", [
        "1—10月，东北地区电信业务收入518.5亿元，同比增长-0.8%。",
        "1—10月，西部地区电信业务收入2606亿元，同比下降-0.6%。"])
    assert figures(release) == expect("""
telecom.revenue.northeast 2025-10 ytd level 518.5
telecom.revenue.northeast 2025-10 ytd yoy_pct -0.8
telecom.revenue.west 2025-10 ytd level 2606
""")
    assert [s for s in release.skipped if "0.6" in s] == ["同比下降-0.6%"]


def test_the_self_check_names_a_negative_number_stored_without_its_sign():
    from xinzhi.model import Article, Observation, Release
    from xinzhi.releases.selfcheck import unexplained

    text = "东北地区电信业务收入同比增长-0.8%"
    article = Article("https://www.miit.gov.cn/x.html", "x", datetime(2025, 11, 20), [text], [], "new")
    release = Release(article.url, "MIIT", "telecom", "x", article.published_at, "2025-10", "ytd")

    def stored(value):
        return Observation(article.url, "MIIT", "telecom", article.published_at.isoformat(), "telecom.revenue.northeast",
                           "东北地区电信业务收入", "region", "2025-10", "ytd", "yoy_pct", value, "%", text)
    assert unexplained(article, release, [stored(0.8)]) == [f"0.8 in «{text}»"]
    assert unexplained(article, release, [stored(-0.8)]) == []


def test_the_size_of_a_group_whose_total_is_printed_is_no_figure():
    release = parse_text("consumer_goods", "2025年轻工、纺织行业运行情况", "2026-02-10T10:00",
                         ["2025年，轻工11类商品零售额合计86719亿元，同比增长4.2%。"])
    assert figures(release) == expect("""
retail_sales.light_industry 2025 year level 86719
retail_sales.light_industry 2025 year yoy_pct 4.2
""") and release.unexplained == []


def test_shares_printed_before_the_metric_they_are_of():
    held = register.metric_shares(fold("我国轻工业以占全国工业13.92%的资产总额"))
    assert (held.head, held.whole, held.items) == ("我国轻工业", "全国工业", ((13.92, "资产总额"),))
    held = register.metric_shares(fold("实现了占全国工业18.74%的营业收入和20.05%的利润"))
    assert (held.head, held.whole, held.items) == ("", "全国工业", ((18.74, "营业收入"), (20.05, "利润")))
    held = register.metric_shares(fold("“小巨人”企业以占全国规模以上工业中小企业约3%的数量"))   # about, printed once
    assert (held.head, held.whole, held.items, held.about) == ("“小巨人”企业", "全国规模以上工业中小企业", ((3.0, "数量"),), True)
    held = register.metric_shares(fold("“小巨人”企业以约占全国规模以上工业中小企业3%的数量"))   # about, said before the whole
    assert (held.head, held.whole, held.items, held.about) == ("“小巨人”企业", "全国规模以上工业中小企业", ((3.0, "数量"),), True)
    assert register.metric_shares(fold("占全国的70.1%")) is None          # the share after its whole
    assert register.metric_shares(fold("实现利润总额1686.52亿元")) is None


def test_a_compound_subject_with_one_figure_per_part_is_a_list_without_分别():
    text = fold("汽车产销累计完成3128.2万辆和3143.6万辆")
    assert register.distributes(text)
    assert register.distributed_parts(text) == ("汽车产销累计完成", "3128.2万辆和3143.6万辆")
    assert not register.distributes(fold("实现营业收入4093亿元和利润总额219.3亿元"))   # two names, two figures
    assert not register.distributes(fold("汽车产销3128.2万辆"))                       # one figure for two parts


def test_a_span_said_alone_before_the_changes_in_points_it_qualifies():
    assert register.span_basis(fold("与1—11月相比")) == "1-11月"
    assert register.span_basis(fold("与11月相比")) == "11月"
    assert register.span_basis(fold("与上年相比")) is None        # the year before: a growth's own basis
    found = register.span_change_said(fold("生铁、钢材产量同比增速分别加快0.7和2个百分点"), "11月")
    assert (found.what, found.base, found.values, found.head) == ("增速", "11月", (0.7, 2.0), "生铁、钢材产量同比")
    assert register.span_change_said(fold("粗钢产量增速回落0.3个百分点"), "1-11月").values == (-0.3,)
    assert register.span_change_said(fold("增速比1-11月加快0.1个百分点"), "1-11月") is None   # its own span


def test_a_growth_turned_from_a_year_earlier():
    assert register.turned(fold("由上年的下降1.1%转为增长2.1%")) == ("", "上年", -1.1, 2.1)
    assert register.turned(fold("非金属矿物制品业由6月份下降0.1%转为增长0.2%")) == ("非金属矿物制品业", "6月份", -0.1, 0.2)
    assert register.turned(fold("同比增长2.1%")) is None
    # the growth then said by its sign only: no figure of it
    assert register.turned(fold("9月份出口交货值由上月下降转为增长3.8%")) == ("9月份出口交货值", "上月", None, 3.8)
    assert register.turned(fold("出口交货值由8月份的同比下降转为增长3.8%")) == ("出口交货值", "8月份", None, 3.8)   # 同比 said


def test_a_concessions_words_are_no_part_of_a_change_against_an_earlier_span():
    assert register.span_change(fold("增速虽较上半年回落0.2个百分点")).values == (-0.2,)
    found = register.span_change(fold("但比上年同期高出0.4个百分点"))
    assert (found.base, found.values, found.head) == ("上年同期", (0.4,), "")
    assert register.comparison(fold("但比上年同期高出0.4个百分点")) is None      # no aggregate: an earlier span
    assert register.comparison(fold("但快于全部规模以上工业0.6个百分点")).values == (0.6,)


def test_levels_of_several_names_each_from_one_to_another():
    found = register.from_to_listed(fold("占规模以上工业增加值的比重分别由33.7%和15.1%提高到34.6%和16.3%"))
    assert found.label == "占规模以上工业增加值的比重" and found.years is None      # (the years said before it)
    assert [(i.value, i.unit) for i in found.first] == [(33.7, "%"), (15.1, "%")]
    assert [(i.value, i.unit) for i in found.second] == [(34.6, "%"), (16.3, "%")]
    assert [i.value for i in register.from_to_listed(fold("分别由120万辆、50万辆增长到300万辆和80万辆")).second] == [300.0, 80.0]
    assert register.from_to_listed(fold("分别由33.7%和15.1%提高到34.6%")) is None        # one figure short: whose?


def test_growths_listed_as_multiples():
    found = register.times_listed(fold("分别增长1.7倍和1.2倍。"))
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(170.0, "%", "exact"), (120.0, "%", "exact")]
    assert [q.value for q in register.times_listed(fold("增长2.1倍、1.5倍和0.8倍"))] == [210.0, 150.0, 80.0]
    assert register.times_listed(fold("分别增长17%和12%")) == []          # percents are QUANTITY_RE's
    assert register.times_listed(fold("增长1.7倍")) == []                 # one multiple is a change of its own


def test_levels_of_several_names_each_in_the_years_printed_with_them():
    found = register.from_to_listed(fold("全省汽车和新能源汽车产量由2020年的116.1万辆、10.5万辆增长到2024年的357万辆、168.4万辆"))
    assert (found.label, found.years) == ("全省汽车和新能源汽车产量", ("2020", "2024"))
    assert [(i.value, i.unit) for i in found.first] == [(116.1, "万辆"), (10.5, "万辆")]
    assert [i.value for i in found.second] == [357.0, 168.4]
    assert register.from_to_listed(fold("产量由2020年的116.1万辆、10.5万辆增长到357万辆、168.4万辆")) is None   # the second year?


def test_a_monthly_indexs_points_on_the_month_before():
    july = Period("2025-07", "month")
    assert register.points_on_month_before(fold("环比上升2.69点"), july) == 2.69
    assert register.points_on_month_before(fold("比上月末下降0.8个点"), july) == -0.8
    assert register.points_on_month_before(fold("环比上升2.69点"), Period("2025-06", "quarter")) is None
    assert register.BARE_INDEX.fullmatch(fold("1—7月CSPI平均值为93.58点"))["label"] == "1-7月CSPI平均值"


def test_an_indexs_average_over_the_whole_year_is_its_level_of_the_year():
    assert register.BARE_INDEX.fullmatch(fold("中国钢材价格指数全年平均值为93.46点"))["label"] == "中国钢材价格指数全年平均值"
    # real figures: the steel price index in 2025
    release = statement_page("2025年钢铁行业运行情况", "2026-02-10T10:00", [
        "2025年，中国钢材价格指数（CSPI）全年平均值为93.46点，同比下降8.8%。"])
    assert {(o.indicator, o.measure, o.period): o.value for o in release.observations} == {
        ("steel.cspi", "level", "2025"): 93.46, ("steel.cspi", "yoy_pct", "2025"): -8.8}


def test_a_plans_last_year_said_as_a_time_and_a_from_tos_second_qualifier():
    assert register.plan_end(fold("“十三五”末，国家层面绿色工厂…")) == 2020
    assert register.plan_end(fold("“十四五”以来")) is None
    label, levels = register.from_to(fold("再生资源回收利用量由2020年的3.8亿吨增加到2024年的4亿吨以上"))
    assert [(year, item.value, item.unit, item.qualifier) for year, item in levels] == [
        ("2020", 3.8, "亿吨", "exact"), ("2024", 4.0, "亿吨", "over")]


def test_the_kind_a_list_of_examples_is_of():
    assert register.kind_after_etc(fold("发展云计算、大数据、物联网、数据中心等新兴业务")) == "新兴业务"
    assert register.kind_after_etc(fold("以云计算、大数据、物联网、数据中心为主的新兴业务收入")) == "新兴业务收入"
    assert register.kind_after_etc(fold("新兴业务收入")) == ""


def test_a_level_risen_to_from_one_never_dated():
    label, item = register.risen_to(fold("国家级专精特新“小巨人”企业由5000余家跃升至1.76万家"))
    assert (label, item.value, item.unit, item.qualifier) == ("国家级专精特新“小巨人”企业", 1.76, "万家", "exact")
    assert register.risen_to(fold("高技术制造业增加值由2020年的15.1%提高到2024年的16.3%")) is None   # from_to's
    reached = register.risen_to(fold("智能工厂由不足1000家增加至超过3万家"))[1]
    assert (reached.value, reached.unit, reached.qualifier) == (3.0, "万家", "over")
    assert register.risen_to(fold("专精特新中小企业由“十三五”末的不足4万家增加到目前的规模")) is None
    reached = register.risen_to(fold("专精特新中小企业由不足4万家增长到14万家以上"))[1]
    assert (reached.value, reached.unit, reached.qualifier) == (14.0, "万家", "over")     # 以上 is never the unit


def test_a_share_held_steady_at():
    found = register.share(fold("占全国规模以上工业营业收入的比重稳定在12%左右"))
    assert (found.whole, found.value, found.qualifier) == ("全国规模以上工业营业收入", 12.0, "about")


def test_the_names_a_gap_is_said_of_before_it():
    assert register.comparison(fold("其中中部、西部地区分别高出全国平均水平5.7和3.1个百分点")).label == "其中中部、西部地区"
    assert register.comparison(fold("快于全部规模以上工业4.8个百分点")).label == ""


def test_a_quarter_of_the_year_before_as_the_span_a_change_is_against():
    found = register.span_change(fold("比去年四季度加快2.6个百分点"))
    assert (found.base, found.values) == ("去年四季度", (2.6,))
    assert register.base_period("去年四季度", Period("2022-03", "ytd")) == Period("2021-12", "quarter")
    assert register.base_period("上年一季度", Period("2022-06", "ytd")) == Period("2021-03", "ytd")


def test_provinces_counted_out_of_all_provinces():
    assert register.count(fold("31个省（区、市）中有29个增加值实现正增长"), None) == register.Count(29.0, 31.0, "个省(区、市)", False)


def test_a_share_said_in_tenths_and_a_contribution_over_or_about():
    from xinzhi.cn import tenths
    assert tenths("贡献率超过四成") == "贡献率超过40%"
    assert tenths("占比近三成") == "占比近30%"
    assert tenths("完成了主要任务，成本下降") == "完成了主要任务，成本下降"     # 成 of other words
    assert register.contribution_rate(fold("对全部规上工业增长的贡献率超过40%")).qualifier == "over"
    assert register.contribution_rate(fold("对经济增长的贡献率约为36%")).qualifier == "about"


def test_growth_since_two_years_earlier_and_the_two_year_average_in_a_2021_release():
    # December 2021 (NBS, real figures): growth on 2019 beside growth on 2020, printed while 2020 was the base
    release = parse_text("industrial_production", "2021年12月份规模以上工业增加值增长4.3%", "2022-01-17T10:00", [
        "12月份，规模以上工业增加值同比实际增长4.3%，比2019年同期增长11.9%，两年平均增长5.8%。",
        "2021年，规模以上工业增加值比上年增长9.6%，两年平均增长6.1%。"])
    assert release.unexplained == [], release.unexplained
    assert figures(release) == expect("""
industrial_va 2021-12 month yoy_pct 4.3
industrial_va 2021-12 month cum_pct 11.9 2019-12/month
industrial_va 2021-12 month avg_yoy_pct 5.8 2019-12/month
industrial_va 2021 year yoy_pct 9.6
industrial_va 2021 year avg_yoy_pct 6.1 2019/year
""")


def test_a_statement_gives_two_year_averages_of_the_names_it_said():
    from xinzhi.model import Article
    from xinzhi.releases import statement
    url = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2022/art_0123456789abcdef0123456789abcdef.html"
    release = statement.parse(Article(url, "2021年工业经济稳中向好", datetime(2022, 1, 20, 10), [
        "2021年，全国规模以上工业增加值同比增长9.6%，两年平均增长6.1%。",
        "制造业增加值增长9.8%，两年平均增长6.6%；规模以上工业企业实现利润总额87092.1亿元，同比增长34.3%，"
        "两年平均增长18.2%。"], [], "new"))
    got = {(o.indicator, o.period, o.measure, o.base_period): o.value for o in release.observations}
    assert got == {("industrial_va", "2021", "yoy_pct", None): 9.6,
                   ("industrial_va", "2021", "avg_yoy_pct", "2019"): 6.1,
                   ("industry_va_total.manufacturing", "2021", "yoy_pct", None): 9.8,
                   ("industry_va_total.manufacturing", "2021", "avg_yoy_pct", "2019"): 6.6,
                   ("industrial_profit", "2021", "level", None): 87092.1,
                   ("industrial_profit", "2021", "yoy_pct", None): 34.3,
                   ("industrial_profit", "2021", "avg_yoy_pct", "2019"): 18.2}


def test_a_ranked_group_with_its_members_named_in_the_same_clause():
    assert register.list_intro_named(fold("软件业务收入排名全国前5位的北京、广东、江苏、山东、上海")) == ("软件业务收入", 5, 14)
    assert register.list_intro_named(fold("软件业务收入居全国前5位的省份")) is None        # the group, no members
    assert register.list_intro_named(fold("收入居全国前5位的北京、广东")) is None           # two names are not five


def test_the_members_of_a_ranked_group_named_before_their_figures_and_the_group_total():
    # 2024 software report (MIIT, real figures), in our own words
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "2024年，全国软件业务收入137276亿元，同比增长10.0%。",
        "软件业务收入排名全国前5位的北京、广东、江苏、山东、上海，同比分别增长10.5%、12.0%、8.7%、10.6%和11.9%，"
        "五省（市）合计完成软件业务收入96211亿元，占全国的比重为70.1%。"])
    assert release.unexplained == [], release.unexplained
    assert figures(release) == expect("""
software_revenue 2024 year level 137276
software_revenue 2024 year yoy_pct 10.0
software_revenue.beijing 2024 year yoy_pct 10.5
software_revenue.guangdong 2024 year yoy_pct 12.0
software_revenue.jiangsu 2024 year yoy_pct 8.7
software_revenue.shandong 2024 year yoy_pct 10.6
software_revenue.shanghai 2024 year yoy_pct 11.9
software_revenue.top5_provinces 2024 year level 96211
software_revenue.top5_provinces 2024 year share_pct 70.1
""")


def test_a_whole_said_with_who_counts_it():
    assert register.universe(fold("在国家统计局统计的91种主要轻工业产品中")) == (91.0, "种主要轻工业产品")
    assert register.universe(fold("在统计的41个工业大类行业中")) == (41.0, "个工业大类行业")


def test_a_share_in_two_years_and_the_value_of_imports_in_a_steel_report():
    # 2024 steel (MIIT / customs, real figures), in our own words
    release = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-20T10:00", [
        "2024年，制造业用钢占比从2020年的42%上升至2024年的50%。",
        "全年进口钢材682万吨，同比下降10.9%；进口金额115亿美元，同比下降9.2%。",
        # the second year unsaid: the year the report is on; the name said with its trend just before
        "建筑业用钢占比持续下降，由2020年的58%降至50%左右。"])
    assert release.unexplained == [], release.unexplained
    assert figures(release) == expect("""
steel.use_manufacturing 2020 year level 42
steel.use_manufacturing 2024 year level 50
steel.use_construction 2020 year level 58
steel.use_construction 2024 year level 50
customs_import.steel_products 2024 year level 682
customs_import.steel_products 2024 year yoy_pct -10.9
customs_import.steel_products_value 2024 year level 115
customs_import.steel_products_value 2024 year yoy_pct -9.2
""")


def test_what_statements_cite_beside_the_statistical_series():
    # real figures (2021, 2023, 2024 and 2025 statements of the ministry), in our own words
    from xinzhi.model import Article
    from xinzhi.releases import statement

    def read(published, *paragraphs):
        url = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2025/art_0123456789abcdef0123456789abcdef.html"
        release = statement.parse(Article(url, "工业和信息化发展情况", published, list(paragraphs), [], "new"))
        return {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}

    assert read(datetime(2022, 1, 20, 10), "2021年，规模以上工业单位增加值能耗同比下降5.6%，我国制造业增加值占全球比重接近30%。") == {
        ("energy_intensity", "2021", "yoy_pct", None): -5.6,
        ("industry_va_total.manufacturing", "2021", "share_pct", "world"): 30.0}
    assert read(datetime(2021, 11, 18, 10), "1—10月，规上中小企业营业收入同比增长21.5%，利润总额增长30.4%。") == {
        ("sme_finance.revenue", "2021-10", "yoy_pct", None): 21.5,
        ("sme_finance.profit", "2021-10", "yoy_pct", None): 30.4}
    assert read(datetime(2024, 10, 23, 10), "截至目前，我国“灯塔工厂”总数达到72家，占全球的42%。") == {
        ("lighthouse_factories", "2024-10", "count", None): 72.0,
        ("lighthouse_factories", "2024-10", "share_pct", "world"): 42.0}
    assert read(datetime(2026, 1, 21, 10), "截至2025年底，全国所有乡镇和95%的行政村已通5G，累计培育中试平台241家。") == {
        ("telecom.coverage_5g_villages", "2025-12", "level", None): 95.0,
        ("pilot_platforms", "2025-12", "count", None): 241.0}


@pytest.mark.parametrize("text, value, qualifier", [
    ("同比增长超过56%", 56.0, "over"),
    ("增长约5%", 5.0, "about"),
    ("同比下降不到1%", -1.0, "under"),
    ("同比增长56%", 56.0, "exact"),
])
def test_a_change_qualified_between_its_verb_and_its_number(text, value, qualifier):
    from xinzhi.cn import CHANGE_RE, parse_change
    change = parse_change(CHANGE_RE.search(fold(text)))
    assert (change.value, change.qualifier) == (value, qualifier)


def test_a_figure_not_read_ends_the_subject_its_change_would_go_to():
    # 2023 Jan–Jul (MIIT, real figures): the 158 % is new PV installations', never solar cells'
    from xinzhi.model import Article
    from xinzhi.releases import statement
    url = "https://www.miit.gov.cn/xwfb/xwfbh/bxwfbh/art/2023/art_0123456789abcdef0123456789abcdef.html"
    release = statement.parse(Article(url, "介绍有关情况", datetime(2023, 9, 1, 10), [
        "1—7月，我国太阳能电池产量276.6吉瓦，同比增长超过56%；光伏新增装机97.2吉瓦，同比增长158%。"], [], "new"))
    got = {(o.indicator, o.measure, o.qualifier): o.value for o in release.observations}
    assert got == {("output.solar_cells", "level", "exact"): 276.6, ("output.solar_cells", "yoy_pct", "over"): 56.0}


def test_a_new_metric_listed_after_regions_goes_to_those_regions_and_the_city_clusters():
    # 2024年上半年: the regions named once for the base stations, then the users' list alone (；…分别…)
    release = read("telecom", "2024年上半年通信业经济运行情况", """
截至6月末，东、中、西部和东北地区5G基站分别为174.1万、88.7万、104.3万、24.5万个，占本地区移动电话基站总数的比重分别为34%、34.6%、30.5%、31.6%；5G移动电话用户依次达到4.06亿、2.19亿、2.41亿、0.61亿户，在本地区移动电话用户总数中的占比分别为52.9%、52.9%、52%、49.5%。
截至6月末，京津冀和长三角地区5G基站分别为36.7万个、76.7万个，5G移动电话用户分别达8105万户、16689万户。
截至6月末，三家基础电信企业和中国广电的移动电话用户合计17.65亿户。
""")
    got = figures(release)
    assert got == expect("""
telecom.bs_5g.east 2024-06 month level 174.1
telecom.bs_5g.central 2024-06 month level 88.7
telecom.bs_5g.west 2024-06 month level 104.3
telecom.bs_5g.northeast 2024-06 month level 24.5
telecom.bs_5g.east 2024-06 month share_pct 34
telecom.bs_5g.central 2024-06 month share_pct 34.6
telecom.bs_5g.west 2024-06 month share_pct 30.5
telecom.bs_5g.northeast 2024-06 month share_pct 31.6
telecom.mobile_users_5g.east 2024-06 month level 4.06
telecom.mobile_users_5g.central 2024-06 month level 2.19
telecom.mobile_users_5g.west 2024-06 month level 2.41
telecom.mobile_users_5g.northeast 2024-06 month level 0.61
telecom.mobile_users_5g.east 2024-06 month share_pct 52.9
telecom.mobile_users_5g.central 2024-06 month share_pct 52.9
telecom.mobile_users_5g.west 2024-06 month share_pct 52
telecom.mobile_users_5g.northeast 2024-06 month share_pct 49.5
telecom.bs_5g.jingjinji 2024-06 month level 36.7
telecom.bs_5g.yangtze_delta 2024-06 month level 76.7
telecom.mobile_users_5g.jingjinji 2024-06 month level 8105
telecom.mobile_users_5g.yangtze_delta 2024-06 month level 16689
telecom.mobile_users 2024-06 month level 17.65
""")
    # a list as long as the regions' but with no metric of its own is never theirs
    lost = read("telecom", "2024年上半年通信业经济运行情况", """
截至6月末，东、中、西部和东北地区5G基站分别为174.1万、88.7万、104.3万、24.5万个；分别为4.06亿、2.19亿、2.41亿、0.61亿户。
""")
    assert not any(o.indicator.startswith("telecom.mobile_users") for o in lost.observations)


def test_medicine_prices_retail_and_a_basis_said_before_the_change():
    # 2023年1—10月 (NBS figures a medicine report restates): the comparable basis, the CPI's medicines
    release = read("consumer_goods", "2023年1—10月医药工业运行情况", """
1—10月，规模以上医药制造业企业营业收入20317.7亿元，按可比口径计算同比下降3.6%。
10月份，居民西药消费价格同比持平，中药消费价格同比上涨7.4%。1—10月平均，居民西药消费价格比上年同期上涨0.2%。
1—10月，纳入统计的限额以上单位中西药品类零售额5468亿元，同比增长8.7%。
""")
    assert figures(release) == expect("""
miit_revenue.medicine 2023-10 ytd level 20317.7
miit_revenue.medicine 2023-10 ytd yoy_pct -3.6
cpi.western_medicine 2023-10 month yoy_pct 0
cpi.chinese_medicine 2023-10 month yoy_pct 7.4
cpi.western_medicine 2023-10 ytd yoy_pct 0.2
retail_sales.medicine 2023-10 ytd level 5468
retail_sales.medicine 2023-10 ytd yoy_pct 8.7
""")


def test_exports_said_with_their_total_word_before_the_verb():
    release = read("electronics", "2024年前三季度电子信息制造业运行情况", """
据海关统计，前三季度，我国累计出口笔记本电脑1.07亿台，同比增长0.7%。
""")
    assert figures(release) == expect("""
customs_export.notebooks 2024-09 ytd level 1.07
customs_export.notebooks 2024-09 ytd yoy_pct 0.7
""")


def test_a_group_counted_after_its_members_is_taken_out_of_their_names():
    assert register.without_group_count(fold("广东、江苏、山东、浙江、河南、福建、四川7个工业大省规上工业增加值")) == (
        "广东、江苏、山东、浙江、河南、福建、四川规上工业增加值", 7)
    assert register.without_group_count(fold("电子、有色、化工、汽车四个行业")) == ("电子、有色、化工、汽车", 4)
    assert register.without_group_count(fold("广东、江苏规上工业增加值")) is None


def test_a_part_said_to_reach_a_share_of_the_whole():
    found = register.share_reached(fold("新能源汽车新车销量达到汽车新车总销量的47.9%"))
    assert (found.label, found.whole, found.value) == ("新能源汽车新车销量", "汽车新车总销量", 47.9)
    assert register.share_reached(fold("新能源汽车新车销量达到1649万辆")) is None
    assert register.share_reached(fold("占移动基站总数的36%")) is None      # 占…: register.share's other forms


@pytest.mark.parametrize("text, said", [
    ("市场占有率为69.3%（上年同期为64.5%）", "上年同期"),
    ("产量增长4.1%(去年为下降2.0%)", "去年"),
    ("收入1.2万亿元（2024年同期为1.1万亿元），利润（亿元）", "2024年同期"),
    ("增速比一季度回落0.3个百分点（一季度为增长9.1%）", "一季度"),
    ("五省（市）合计", None),                      # brackets that hold no earlier value
    ("（均为前三季度数据）", None),
])
def test_a_value_of_an_earlier_period_said_aside_is_opened_into_the_clause_it_is(text, said):
    opened = fold(register.change_aside_opened(text))
    assert len(opened) == len(text)
    clauses = [c.strip() for c in re.split(r"[，,]", opened)]
    found = [m.group("base") for c in clauses if (m := register.EARLIER_SAID.match(c))]
    assert found == ([said] if said else [])


def test_a_compound_is_one_counters_and_a_share_kept_as_its_own_series_is_read_as_it():
    # 2024 autos (CAAM figures as MIIT restates them in its equipment report), in our own words
    release = parse_text("equipment", "2024年装备工业经济运行情况", "2025-02-10T10:00", [
        "2024年，汽车产销量分别为3128.2万辆和3143.6万辆，比上年分别增长3.7%和4.5%。",
        "中国品牌乘用车销售1797万辆，市场占有率达到65.2%。"])
    assert figures(release) == expect("""
vehicles.production 2024 year level 3128.2
vehicles.sales 2024 year level 3143.6
vehicles.production 2024 year yoy_pct 3.7
vehicles.sales 2024 year yoy_pct 4.5
vehicles.chinese_brand_sales 2024 year level 1797
vehicles.chinese_brand_share 2024 year level 65.2
""")


def test_a_doubling_a_whole_said_with_its_month_and_a_price_per_ton_about_in_dollars():
    autos = parse_text("equipment", "2025年10月汽车工业经济运行情况", "2025-11-12T10:00", [
        "10月份，新能源汽车销量171.5万辆，新能源汽车新车销量占当月汽车新车总销量的51.6%。",
        "10月份，其中新能源汽车出口25.6万辆，较去年同期增长一倍。"])
    assert {(o.indicator, o.measure): (o.value, o.relative_to) for o in autos.observations} == {
        ("vehicles.nev_sales", "level"): (171.5, None), ("vehicles.nev_sales", "share_pct"): (51.6, "vehicles.sales"),
        ("vehicles.nev_exports", "level"): (25.6, None), ("vehicles.nev_exports", "yoy_pct"): (100.0, None)}
    steel = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-20T10:00", [
        "全年出口钢材11072万吨，比上年增长22.7%，出口均价每吨约818美元。"])
    price = [o for o in steel.observations if o.indicator == "customs_export.steel_products_price"]
    assert [(o.value, o.unit, o.qualifier) for o in price] == [(818.0, "美元/吨", "about")]


def test_the_members_of_a_ranked_group_with_their_metric_said_again():
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "2024年，全国软件业务收入137276亿元，同比增长10.0%。",
        "收入居前5名的北京、广东、江苏、山东、上海，软件业务收入同比分别增长10.5%、12.0%、8.7%、10.6%和11.9%。"])
    assert {k: v for k, v in figures(release).items() if k[0] != "software_revenue"} == expect("""
software_revenue.beijing 2024 year yoy_pct 10.5
software_revenue.guangdong 2024 year yoy_pct 12.0
software_revenue.jiangsu 2024 year yoy_pct 8.7
software_revenue.shandong 2024 year yoy_pct 10.6
software_revenue.shanghai 2024 year yoy_pct 11.9
""")


def test_spot_prices_said_in_full_and_an_industrys_margin_and_trade_in_its_report():
    # 2024 nonferrous prices and petrochemicals (real figures as the ministry reported them), in our own words
    release = parse_text("raw_materials", "2024年石化化工行业运行情况", "2025-02-18T10:00", [
        "2024年，全行业实现营业收入16.28万亿元，同比增长2.1%；营业收入利润率为4.85%，较上年下降0.55个百分点。",
        "石化化工产品进出口总额9510亿美元，同比下降1.5%，其中出口额3260亿美元，增长2.0%。",
        "国内市场铜、铝现货平均价格分别为74877元/吨、19921元/吨。"])
    assert figures(release) == expect("""
miit_revenue.petrochem 2024 year level 16.28
miit_revenue.petrochem 2024 year yoy_pct 2.1
miit_margin.petrochem 2024 year level 4.85
miit_margin.petrochem 2024 year pp_change -0.55
customs_trade.petrochem 2024 year level 9510
customs_trade.petrochem 2024 year yoy_pct -1.5
customs_export.petrochem_value 2024 year level 3260
customs_export.petrochem_value 2024 year yoy_pct 2.0
price.copper 2024 year level 74877
price.aluminium 2024 year level 19921
""")


@pytest.mark.parametrize("text, named", [("两者", True), ("三项指标", True), ("三大指标", True), ("上述指标", True),
                                          ("这两者", True), ("两类产业", True), ("三大门类", False), ("指标体系", False),
                                          ("各类产业", False)])
def test_the_names_just_read_said_together(text, named):
    assert bool(register.THE_LAST_NAMED.fullmatch(text)) is named


def test_the_names_just_read_said_together_with_their_metric():
    assert register.last_named_metric("两者增加值") == "增加值"
    assert register.last_named_metric("两类产业增加值") == "增加值"
    assert register.last_named_metric("两者") == "" and register.last_named_metric("装备制造业增加值") == ""


def test_shares_of_the_series_just_read_said_together_and_machinerys_export_delivery():
    # 2024 shipbuilding (real figures), in our own words
    release = parse_text("equipment", "2024年装备工业运行情况", "2025-02-10T10:00", [
        "2024年，全国造船完工量4818万载重吨，新接订单量11305万载重吨；截至12月底，手持订单量20872万载重吨。"
        "三大指标以载重吨计分别占世界总量的55.7%、74.1%和63.1%。",
        "1—12月，规模以上机械工业企业出口交货值同比增长6.1%。"])
    assert figures(release) == expect("""
shipbuilding.completions 2024 year level 4818
shipbuilding.new_orders 2024 year level 11305
shipbuilding.order_book 2024-12 month level 20872
shipbuilding.completions 2024 year share_pct 55.7
shipbuilding.new_orders 2024 year share_pct 74.1
shipbuilding.order_book 2024-12 month share_pct 63.1
miit_export_delivery.machinery 2024 year yoy_pct 6.1
""")


def test_the_first_names_qualifier_is_every_names_and_a_segments_share_of_the_nation_is_of_its_total():
    from xinzhi import catalogue
    names = ["出口船舶完工量", "新接订单量", "手持订单量"]
    labels, found = catalogue.qualifier_shared(names, [catalogue.resolve(n) for n in names], catalogue.resolve)
    assert [ind.code for ind in found] == [
        "shipbuilding.export_completions", "shipbuilding.export_new_orders", "shipbuilding.export_order_book"]
    # a head that is part of the first name's own wording changes nothing ('造船完工量、新接订单量')
    names = ["造船完工量", "新接订单量"]
    _, found = catalogue.qualifier_shared(names, [catalogue.resolve(n) for n in names], catalogue.resolve)
    assert [ind.code for ind in found] == ["shipbuilding.completions", "shipbuilding.new_orders"]
    assert catalogue.whole_of_segment(catalogue.indicators()["shipbuilding.export_order_book"]).code == \
        "shipbuilding.order_book"
    release = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-20T10:00", [
        "2024年，全国造船完工量4818万载重吨。出口船舶完工量、新接订单量和手持订单量分别占全国的91.1%、90.8%和93.3%。"])
    assert {(o.indicator, o.relative_to) for o in release.observations if o.measure == "share_pct"} == {
        ("shipbuilding.export_completions", "shipbuilding.completions"),
        ("shipbuilding.export_new_orders", "shipbuilding.new_orders"),
        ("shipbuilding.export_order_book", "shipbuilding.order_book")}


def test_changes_against_last_year_said_for_each_of_a_list():
    release = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-12T10:00", [
        "2025年，全年铜、铝现货均价分别为80850元/吨和20420元/吨，比上年分别上涨8.6%和2.1%。"])
    assert figures(release) == expect("""
price.copper 2025 year level 80850
price.aluminium 2025 year level 20420
price.copper 2025 year yoy_pct 8.6
price.aluminium 2025 year yoy_pct 2.1
""")


def test_a_metric_word_printed_once_is_joined_where_it_overlaps_the_earlier_name():
    # '基础软件收入' ends in the metric word 软件收入: 工业软件 takes it as 工业软件收入, not 工业软件软件收入
    release = parse_text("software", "2025年软件业经济运行情况", "2026-01-28T10:00", [
        "2025年，工业软件和基础软件收入分别为2940亿元和1930亿元，同比分别增长8.5%和9.1%。"])
    assert figures(release) == expect("""
software_revenue.industrial_software 2025 year level 2940
software_revenue.basic_software 2025 year level 1930
software_revenue.industrial_software 2025 year yoy_pct 8.5
software_revenue.basic_software 2025 year yoy_pct 9.1
""")


def test_a_price_per_ton_said_with_为_and_a_daily_average_output():
    release = parse_text("raw_materials", "2025年1—10月钢铁行业运行情况", "2025-11-25T10:00", [
        "1—10月，出口钢材9774万吨；出口均价为每吨712美元，同比下降12.1%。",
        "10月份，粗钢日均产量为232.4万吨，环比下降7.0%。"])
    assert figures(release) == expect("""
customs_export.steel_products 2025-10 ytd level 9774
customs_export.steel_products_price 2025-10 ytd level 712
customs_export.steel_products_price 2025-10 ytd yoy_pct -12.1
steel.daily_crude_steel 2025-10 month level 232.4
steel.daily_crude_steel 2025-10 month mom_pct -7.0
""")


def test_changes_before_their_levels_an_average_for_the_year_a_month_said_alone_and_counts_that_fell():
    steel = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-20T10:00", [
        "2024年粗钢、生铁产量较上年分别减少1.7%和2.3%，分别为100509万吨和85174万吨。",
        "全年中国钢材价格指数（CSPI）平均为102.47点，同比下降8.39%。"])
    assert figures(steel) == expect("""
output.crude_steel 2024 year yoy_pct -1.7
output.pig_iron 2024 year yoy_pct -2.3
output.crude_steel 2024 year level 100509
output.pig_iron 2024 year level 85174
steel.cspi 2024 year level 102.47
steel.cspi 2024 year yoy_pct -8.39
""")
    electronics = parse_text("electronics", "2025年1—5月电子信息制造业运行情况", "2025-06-28T10:00", [
        "1—5月，规模以上电子信息制造业增加值同比增长11.1%。单看5月份，规模以上电子信息制造业增加值同比增长10.2%。"])
    assert figures(electronics) == expect("""
electronics_va 2025-05 ytd yoy_pct 11.1
electronics_va 2025-05 month yoy_pct 10.2
""")
    materials = parse_text("raw_materials", "2025年前三季度建材行业运行情况", "2025-10-28T10:00", [
        "前三季度，重点监测的31种建材产品中，11种产品产量同比增长，20种产品产量同比下降。"])
    assert {(o.indicator, o.value, o.universe) for o in materials.observations} == {
        ("building_products_growing", 11.0, 31.0), ("building_products_falling", 20.0, 31.0)}


@pytest.mark.parametrize("text, opened", [
    ("产销量分别为1662.6万辆和1649万辆（同比分别增长29.0%和28.2%）。", "产销量分别为1662.6万辆和1649万辆，同比分别增长29.0%和28.2% 。"),
    ("收入3000亿元(比上年增长5.0%)", "收入3000亿元，比上年增长5.0% "),
    ("市场占有率为69.3%（上年同期为64.5%）", "市场占有率为69.3%，上年同期为64.5% "),   # an earlier value aside
    # the growth of an earlier span, said aside: the clause it is ('一季度为增长…' of the same name)
    ("增速比一季度回落0.3个百分点（一季度为增长9.1%）。", "增速比一季度回落0.3个百分点，一季度为增长9.1% 。"),
    ("增速比1—8月提高0.6个百分点（1—8月为增长2.2%）", "增速比1—8月提高0.6个百分点，1—8月为增长2.2% "),
    ("同比增长3.4%（上年为下降0.9%）", "同比增长3.4%，上年为下降0.9% "),
    ("同比增长13.6%（增速较上年提高7.9个百分点）", "同比增长13.6%，增速较上年提高7.9个百分点 "),
    ("同比增长9%（高于规模以上工业3.1个百分点）", "同比增长9%，高于规模以上工业3.1个百分点 "),
    ("长材指数平均值95.80点（上年同期110.38点）", "长材指数平均值95.80点，上年同期110.38点 "),    # said without 为
    # a share of a whole, said aside after the figure it is of
    ("营业收入16.28万亿元（占全国规模以上工业营业收入的11.8%），同比增长2.1%",
     "营业收入16.28万亿元，占全国规模以上工业营业收入的11.8% ，同比增长2.1%"),
])
def test_a_change_said_in_brackets_after_its_figures_is_read_as_the_clause_it_is(text, opened):
    assert register.change_aside_opened(text) == opened
    assert len(register.change_aside_opened(text)) == len(text)


def test_products_after_the_scope_of_enterprises_and_a_spot_price_of_the_home_market():
    release = parse_text("consumer_goods", "2025年1—10月纺织行业运行情况", "2025-11-28T10:00", [
        "1—10月，规模以上企业纱、布产量分别为1892万吨和223亿米，同比分别下降0.8%和1.6%。"])
    assert figures(release) == expect("""
output.yarn 2025-10 ytd level 1892
output.cloth 2025-10 ytd level 223
output.yarn 2025-10 ytd yoy_pct -0.8
output.cloth 2025-10 ytd yoy_pct -1.6
""")
    prices = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-12T10:00", [
        "2025年，国内市场铜现货均价79960元/吨，同比上涨7.9%。"])
    assert figures(prices) == expect("""
price.copper 2025 year level 79960
price.copper 2025 year yoy_pct 7.9
""")


def test_a_shares_figure_in_brackets_after_its_word_is_said_as_it():
    text = "十大重点行业增加值占规模以上工业增加值的比重（79.6%）保持稳定"
    assert register.change_aside_opened(text) == "十大重点行业增加值占规模以上工业增加值的比重为79.6% 保持稳定"


def test_a_milestone_approached_names_its_subject_and_a_share_of_new_car_sales_is_of_all_new_cars():
    # November 2025 autos (CAAM figures as MIIT restates them), in our own words
    release = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-12T10:00", [
        "1—11月，汽车产销分别完成3123.1万辆和3112.7万辆。",
        "1—11月，新能源汽车产销量均接近1500万辆，其中销量1478万辆，同比增长31.2%，新车销量占比为47.5%。"])
    assert figures(release) == expect("""
vehicles.production 2025-11 ytd level 3123.1
vehicles.sales 2025-11 ytd level 3112.7
vehicles.nev_sales 2025-11 ytd level 1478
vehicles.nev_sales 2025-11 ytd yoy_pct 31.2
vehicles.nev_sales 2025-11 ytd share_pct 47.5
""")
    assert [o.relative_to for o in release.observations if o.measure == "share_pct"] == ["vehicles.sales"]
    assert ("新能源汽车产销量均接近1500万辆", "milestone") in release.not_stored()


@pytest.mark.parametrize("text, kind", [
    ("三家基础电信企业发展云计算、大数据、移动物联网、数据中心等新兴业务", "新兴业务"),
    ("钢铁、有色等4个行业", ""),                  # counted members: a group, not a kind
    ("云计算、大数据", ""),
])
def test_what_a_list_closed_by_etc_names(text, kind):
    assert register.kind_after_etc(fold(text)) == kind


def test_a_ranked_groups_total_the_regions_shares_said_after_their_revenue_and_an_earlier_spans_growth_aside():
    release = parse_text("software", "2025年1—8月软件业经济运行情况", "2025-09-25T10:00", [
        "1—8月，软件业实现利润总额10120亿元，同比增长8.3%，增速比1—7月提高0.5个百分点（1—7月为增长7.8%）。",
        "1—8月，东部、中部、西部和东北地区分别完成软件业务收入75010亿元、5120亿元、9230亿元和2010亿元，"
        "在全国软件业务收入中依次占82.1%、5.6%、10.1%和2.2%。",
        "1—8月，软件业务收入居前5名的省份依次为北京、广东、江苏、浙江和山东，合计完成软件业务收入64120亿元，"
        "占全国的70.2%。"])
    assert figures(release) == expect("""
software_profit 2025-08 ytd level 10120
software_profit 2025-08 ytd yoy_pct 8.3
software_profit 2025-08 ytd growth_pp_change 0.5 2025-07/ytd
software_profit 2025-07 ytd yoy_pct 7.8
software_revenue.east 2025-08 ytd level 75010
software_revenue.central 2025-08 ytd level 5120
software_revenue.west 2025-08 ytd level 9230
software_revenue.northeast 2025-08 ytd level 2010
software_revenue.east 2025-08 ytd share_pct 82.1
software_revenue.central 2025-08 ytd share_pct 5.6
software_revenue.west 2025-08 ytd share_pct 10.1
software_revenue.northeast 2025-08 ytd share_pct 2.2
software_revenue.top5_provinces 2025-08 ytd level 64120
software_revenue.top5_provinces 2025-08 ytd share_pct 70.2
""")


def test_the_enterprises_of_the_industry_a_report_is_on_and_their_change_since_the_end_of_last_year():
    release = parse_text("raw_materials", "2025年石化化工行业经济运行情况", "2026-02-26T10:00", [
        "2025年，行业规模以上企业实现营业收入16.9万亿元，同比增长3.2%（上年为增长2.1%）；营业收入利润率为4.6%。",
        "截至2025年底，行业规模以上企业3.3万家，比上年末增加1050家。"])
    assert figures(release) == expect("""
miit_revenue.petrochem 2025 year level 16.9
miit_revenue.petrochem 2025 year yoy_pct 3.2
miit_revenue.petrochem 2024 year yoy_pct 2.1
miit_margin.petrochem 2025 year level 4.6
miit_enterprises.petrochem 2025-12 month count 3.3
miit_enterprises.petrochem 2025-12 month abs_change 1050
""")


def test_a_brands_market_share_is_its_own_series_and_what_each_part_exported():
    release = parse_text("equipment", "2025年9月汽车工业经济运行情况", "2025-10-14T10:00", [
        "1—9月，中国品牌乘用车市场占有率为68.9%。",
        "1—9月，新能源汽车出口175.8万辆，其中新能源乘用车和新能源商用车分别出口170.1万辆和5.7万辆，"
        "同比分别增长85.2%和1.1倍。"])
    assert figures(release) == expect("""
vehicles.chinese_brand_share 2025-09 ytd level 68.9
vehicles.nev_exports 2025-09 ytd level 175.8
vehicles.nev_passenger_exports 2025-09 ytd level 170.1
vehicles.nev_commercial_exports 2025-09 ytd level 5.7
vehicles.nev_passenger_exports 2025-09 ytd yoy_pct 85.2
vehicles.nev_commercial_exports 2025-09 ytd yoy_pct 110
""")


def test_shares_changes_after_a_year_said_before_a_change_on_a_named_year_and_enterprises_never_as_revenue():
    ships = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-16T10:00", [
        "2024年，全国造船完工量4818万载重吨，同比增长13.8%，比2023年增加586万载重吨。",
        "以载重吨计，我国造船完工量、新接订单量和手持订单量分别占世界总量的55.7%、74.1%和63.1%。与2023年相比，"
        "造船完工量份额提高5.3个百分点，新接订单量份额提高7.4个百分点，手持订单量份额提高7.7个百分点。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in ships.observations}
    assert got[("shipbuilding.completions", "2024", "yoy_abs_change", None)] == 586.0
    assert got[("shipbuilding.completions", "2024", "share_pp_change", "world")] == 5.3
    assert got[("shipbuilding.new_orders", "2024", "share_pp_change", "world")] == 7.4
    assert got[("shipbuilding.order_book", "2024-12", "share_pp_change", "world")] == 7.7
    light = parse_text("consumer_goods", "2024年轻工业经济运行情况", "2025-02-10T10:00", [
        "2024年，规模以上轻工业增加值同比增长5.4%。", "截至2024年底，规模以上轻工企业约13万家。"])
    assert figures(light) == expect("""
miit_va.light 2024 year yoy_pct 5.4
miit_enterprises.light 2024-12 month count 13
""")


def test_an_earlier_value_aside_in_a_report_is_the_figure_just_read_then():
    release = parse_text("equipment", "2025年9月汽车工业经济运行情况", "2025-10-14T10:00", [
        "1—9月，中国品牌乘用车共销售1505.7万辆，同比增长21.3%，市场占有率为68.9%（上年同期为63.2%）。",
        "1—9月，新能源汽车新车销量达到汽车新车总销量的46.1%（上年同期为38.6%）。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("vehicles.chinese_brand_share", "2024-09", "level", None)] == 63.2
    assert got[("vehicles.nev_sales", "2024-09", "share_pct", "vehicles.sales")] == 38.6
    assert got[("vehicles.chinese_brand_share", "2025-09", "level", None)] == 68.9


def test_a_report_says_what_it_expects_a_bare_revenue_of_the_subject_and_a_span_said_once_for_the_sentence():
    metals = parse_text("raw_materials", "2025年1—9月有色金属行业运行情况", "2025-10-30T10:00", [
        "1—9月，十种常用有色金属产量6110万吨，同比增长3.2%。",
        "综合判断，预计全年十种常用有色金属产量增长3%左右。"])
    expected = [o for o in metals.observations if o.evidence == "forecast"]
    assert [(o.indicator, o.period, o.period_type, o.measure, o.value, o.qualifier) for o in expected] == [
        ("output.ten_nonferrous", "2025", "year", "yoy_pct", 3.0, "about")]
    software = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "东部地区完成软件业务收入112000亿元，增长10.2%，增速比1—11月回落0.5个百分点，收入占全国的82.0%；"
        "中部地区完成7300亿元，增长11.4%，增速回落0.9个百分点。",
        "软件业务收入居全国前五位的是北京、广东、江苏、山东、上海，收入同比分别增长10.4%、11.8%、8.9%、10.1%和11.2%。"])
    got = figures(software)
    assert got[("software_revenue.central", "2024", "year", "growth_pp_change", "2024-11/ytd")] == -0.9
    assert got[("software_revenue.shanghai", "2024", "year", "yoy_pct")] == 11.2
    shares = {(o.indicator, o.relative_to): o.value for o in software.observations if o.measure == "share_pct"}
    assert shares == {("software_revenue.east", "software_revenue"): 82.0}


def test_a_share_of_the_total_just_read_an_aside_since_last_years_end_and_a_name_with_a_gloss_holding_a_comma():
    release = parse_text("telecom", "2025年1—8月份通信业经济运行情况", "2025-09-20T10:00", [
        "截至8月末，移动电话用户总数达18.19亿户。其中，5G移动电话用户11.54亿户（比上年末净增1.4亿户）。",
        "截至8月末，全国互联网宽带接入端口数量达12.39亿个，其中光纤接入（FTTH/O）端口11.98亿个，占比达到96.7%。",
        "截至8月末，互联网电视（IPTV、OTT）用户4.12亿户，净增424.6万户。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("telecom.mobile_users_5g", "abs_change", None)] == 1.4
    assert got[("telecom.ftth_ports", "share_pct", "telecom.broadband_ports")] == 96.7
    assert got[("telecom.iptv_users", "level", None)] == 4.12
    assert got[("telecom.iptv_users", "abs_change", None)] == 424.6


def test_two_figures_of_the_text_read_as_one_are_neither_kept_and_the_rest_of_the_page_is():
    release = parse_text("raw_materials", "2024年7月钢铁行业运行情况", "2024-08-20T10:00", [
        "7月份，全国粗钢产量8294万吨，同比下降9.0%；生铁产量7064万吨。",
        "7月份，粗钢产量8100万吨。",
        # a month's index is its value at the month's end; the month's average is its own series
        "7月末中国钢材价格指数（CSPI）为97.00点；7月份CSPI平均值100.46点。"])
    got = figures(release)
    assert ("output.crude_steel", "2024-07", "month", "level") not in got
    assert release.conflicts and ("粗钢产量8100万吨", "not stored") in release.not_stored()
    assert got[("output.pig_iron", "2024-07", "month", "level")] == 7064.0
    assert got[("steel.cspi", "2024-07", "month", "level")] == 97.0
    assert got[("steel.cspi_avg", "2024-07", "month", "level")] == 100.46


def test_the_software_industrys_employment_however_its_whole_is_named():
    # 2025 software report (MIIT), in our own words
    for lead in ("全行业从业人员平均人数", "全国软件和信息技术服务业从业平均人数", "软件业从业平均人数"):
        release = parse_text("software", "2025年软件业经济运行情况", "2026-01-28T10:00", [
            f"{lead}达到900万人，同比增长1.2%；从业人员工资总额同比增长5.5%。"])
        assert figures(release) == expect("""
software_employees 2025 year level 900
software_employees 2025 year yoy_pct 1.2
software_wages 2025 year yoy_pct 5.5
"""), lead


def test_energy_imports_in_a_petrochemical_report():
    # 2025 petrochemical report (customs figures, real-sized), in our own words
    release = parse_text("raw_materials", "2025年石化化工行业运行情况", "2026-02-20T10:00", [
        "全年原油加工量7.4亿吨，同比增长2.2%；进口原油5.6亿吨，增长4.4%，对外依存度72.5%；进口天然气1.3亿吨，下降2.0%。"])
    assert figures(release) == expect("""
output.crude_oil_processed 2025 year level 7.4
output.crude_oil_processed 2025 year yoy_pct 2.2
customs_import.crude_oil 2025 year level 5.6
customs_import.crude_oil 2025 year yoy_pct 4.4
customs_import.natural_gas 2025 year level 1.3
customs_import.natural_gas 2025 year yoy_pct -2.0
""")


def test_a_part_counted_in_machines_is_never_a_vehicle_series():
    # 2025 equipment report (MIIT / the machinery association, real-sized figures), in our own words
    release = parse_text("equipment", "2025年装备工业运行情况", "2026-01-20T10:00", [
        "汽车国内销量2700万辆，同比增长3.0%。",
        "挖掘机销量23.5万台，同比增长17.0%；其中国内销量11.8万台，增长18.0%，出口11.7万台，增长16.0%。"])
    assert figures(release) == expect("""
vehicles.domestic_sales 2025 year level 2700
vehicles.domestic_sales 2025 year yoy_pct 3.0
machinery_sales.excavators 2025 year level 23.5
machinery_sales.excavators 2025 year yoy_pct 17.0
""")
    # the machine's parts, kept as printed with the machine's name (the statement reader's way too)
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("挖掘机国内销量", "level"): 11.8, ("挖掘机国内销量", "yoy_pct"): 18.0,
        ("挖掘机出口", "level"): 11.7, ("挖掘机出口", "yoy_pct"): 16.0}


def test_a_share_of_all_industry_is_of_the_same_metric_never_of_value_added():
    # consumer goods and machinery, 2025 (MIIT, real figures), in our own words
    goods = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-10T10:00", [
        "规模以上消费品工业出口交货值同比下降1.2%，占全部工业的比重为18.5%。",
        "其中，轻工、纺织行业出口交货值分别下降0.8%和2.4%。"])
    assert goods.unexplained == [], goods.unexplained
    assert {(o.indicator, o.measure, o.relative_to): o.value for o in goods.observations} == {
        ("miit_export_delivery.consumer_goods", "yoy_pct", None): -1.2,
        ("miit_export_delivery.consumer_goods", "share_pct", "export_delivery_value"): 18.5,
        ("miit_export_delivery.light", "yoy_pct", None): -0.8,
        ("miit_export_delivery.textiles", "yoy_pct", None): -2.4}
    machinery = parse_text("equipment", "2025年机械工业运行情况", "2026-02-10T10:00", [
        "机械工业出口交货值同比增长5.2%，占全部工业的比重为28.5%。"])
    assert ("miit_export_delivery.machinery", "share_pct", "export_delivery_value") in \
        {(o.indicator, o.measure, o.relative_to) for o in machinery.observations}


def test_consumer_goods_reports_figures_in_brackets_totals_of_a_list_and_each_names_other_metric():
    textiles = parse_text("consumer_goods", "2025年1—6月纺织行业运行情况", "2025-07-28T10:00", [
        "1—6月，服装产量（96.4亿件）同比下降2.8%。",
        "6月当月，纺织品、服装出口额依次为120.3亿美元和155.1亿美元，合计275.4亿美元，同比微降0.3%。"])
    assert figures(textiles) == expect("""
output.garments 2025-06 ytd level 96.4
output.garments 2025-06 ytd yoy_pct -2.6
customs_export.textiles 2025-06 month level 120.3
customs_export.apparel 2025-06 month level 155.1
customs_export.textiles_apparel 2025-06 month level 275.4
customs_export.textiles_apparel 2025-06 month yoy_pct -0.3
""".replace("-2.6", "-2.8"))
    light = parse_text("consumer_goods", "2025年1—7月轻工业经济运行情况", "2025-08-28T10:00", [
        "1—7月，电池制造业、家用电器制造业营业收入分别为1.35万亿元和1.15万亿元；利润总额同比分别增长11.9%、下降1.8%。",
        "1—7月，轻工商品出口额5306.7亿美元，同比增长1.6%。其中，7月份出口790.2亿美元，同比下降0.5%。"])
    got = figures(light)
    assert got[("miit_profit.batteries", "2025-07", "ytd", "yoy_pct")] == 11.9
    assert got[("miit_profit.home_appliances", "2025-07", "ytd", "yoy_pct")] == -1.8
    assert got[("customs_export.light_industry", "2025-07", "month", "level")] == 790.2


def test_raw_materials_reports_net_exports_estimated_shares_of_a_products_total_investment_and_yearly_average_prices():
    steel = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-20T10:00", [
        "钢材净出口折合粗钢约1.1亿吨。测算全年折合粗钢表观消费量约8.9亿吨，同比下降5.4%。"])
    assert {k[0] for k in figures(steel)} == {"steel.net_exports", "steel.apparent_consumption"}
    metals = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-20T10:00", [
        "十种常用有色金属产量7918.8万吨；原铝产量4400.5万吨，占十种有色金属总产量的55.6%。",
        "有色金属工业完成固定资产投资同比增长23.6%，比全国工业投资增幅高11.5个百分点。其中，有色金属冶炼和压延加工业投资增长25.3%。",
        "国内市场铜、铝现货年均价分别为75103元/吨和19902元/吨。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in metals.observations}
    assert got[("output.aluminium", "share_pct", "output.ten_nonferrous")] == 55.6
    assert got[("fai.nonferrous", "pp_gap", "fai.industry")] == 11.5
    assert got[("fai.C32", "yoy_pct", None)] == 25.3
    assert got[("price.copper", "level", None)] == 75103.0 and got[("price.aluminium", "level", None)] == 19902.0


def test_a_telecom_bulletins_shares_then_and_now_and_a_share_of_the_same_whole_said_without_it():
    release = parse_text("telecom", "2024年通信业统计公报", "2025-01-24T10:00", [
        "移动数据流量业务收入6289亿元，比上年下降1.5%，在电信业务收入中的占比由上年的37.9%降至36.2%。",
        "新兴业务收入4348亿元，比上年增长10.6%，占比提升至25%。其中，云计算、大数据、移动物联网业务收入分别增长13.2%、69.2%和13.3%。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("telecom.mobile_data_revenue", "2023", "share_pct", "telecom.revenue")] == 37.9
    assert got[("telecom.mobile_data_revenue", "2024", "share_pct", "telecom.revenue")] == 36.2
    assert got[("telecom.emerging_revenue", "2024", "share_pct", "telecom.revenue")] == 25.0
    assert got[("telecom.iot_revenue", "2024", "yoy_pct", None)] == 13.3


def test_a_part_of_each_of_the_three_indicators_just_read_over_each_ones_period_and_an_industrys_total_output():
    ships = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-20T10:00", [
        "全年全国造船完工量4818万载重吨；新接订单量11305万载重吨。截至12月底，手持订单量20872万载重吨。"
        "三大指标中，海船分别为1680万修正总吨、4600万修正总吨和7550万修正总吨。"])
    got = figures(ships)
    assert got[("shipbuilding.completions_sea", "2024", "year", "level")] == 1680.0
    assert got[("shipbuilding.new_orders_sea", "2024", "year", "level")] == 4600.0
    assert got[("shipbuilding.order_book_sea", "2024-12", "month", "level")] == 7550.0
    chemicals = parse_text("raw_materials", "2025年上半年石化化工行业运行情况", "2025-07-28T10:00", [
        "上半年，全行业油气当量总产量同比增长3.2%，主要化学品总产量增长6.1%。"])
    assert figures(chemicals) == expect("""
output.oil_gas_equivalent 2025-06 ytd yoy_pct 3.2
output.main_chemicals 2025-06 ytd yoy_pct 6.1
""")


def test_an_aspect_said_before_its_compounds_an_outlook_for_the_next_year_and_share_changes_listed_with_their_unit():
    autos = parse_text("equipment", "2025年汽车工业经济运行情况", "2026-01-16T10:00", [
        "2025年，汽车产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。",
        "乘用车方面，全年产量和销量分别为3027.5万辆和3010.3万辆。商用车市场企稳回升，产销分别完成425.6万辆和429.7万辆。",
        "综合研判，2026年汽车市场仍将保持稳中向好态势，预计全年汽车总销量3475万辆左右，同比增长1%左右。"])
    got = {(o.indicator, o.period, o.measure, o.evidence): o.value for o in autos.observations}
    assert got[("vehicles.sales", "2025", "yoy_pct", "statistics")] == 9.4
    assert got[("vehicles.sales", "2026", "level", "forecast")] == 3475.0
    assert got[("vehicles.passenger_sales", "2025", "level", "statistics")] == 3010.3
    assert got[("vehicles.commercial_production", "2025", "level", "statistics")] == 425.6
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "1—12月，全国完工出口船4794万载重吨；承接出口船订单9510万载重吨。截至12月底，手持出口船订单25356万载重吨。",
        "1—12月，我国造船完工量、新接订单量、手持订单量以载重吨计分别占世界总量的56.1%、69.0%和66.8%，"
        "与2024年相比分别提高0.4个百分点、下降5.1个百分点和提高3.7个百分点。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in ships.observations}
    assert got[("shipbuilding.export_new_orders", "level", None)] == 9510.0
    assert got[("shipbuilding.new_orders", "share_pp_change", "world")] == -5.1
    assert got[("shipbuilding.order_book", "share_pp_change", "world")] == 3.7


def test_a_metric_said_after_分别_is_each_listed_names():
    medicine = parse_text("consumer_goods", "2024年医药工业经济运行情况", "2025-02-20T10:00", [
        "全年，化学药品原料药制造、化学药品制剂制造、中药饮片加工、中成药制造分别实现营业收入4500.0亿元、8800.0亿元、"
        "2000.0亿元和5200.0亿元，同比分别下降3.0%、增长1.0%、下降4.0%和下降2.0%。"])
    got = figures(medicine)
    assert got[("miit_revenue.medicine_formulations", "2024", "year", "level")] == 8800.0
    assert got[("miit_revenue.medicine_tcm", "2024", "year", "yoy_pct")] == -2.0
    software = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "全年，集成电路设计、电子商务平台技术服务分别实现收入3600亿元和13700亿元，同比分别增长16.0%和11.0%。"])
    assert figures(software)[("software_revenue.ecommerce_platform", "2024", "year", "level")] == 13700.0
    regions = parse_text("electronics", "2025年1—5月电子信息制造业运行情况", "2025-06-27T10:00", [
        "1—5月，中部、西部和东北地区分别实现营业收入10640亿元、7570亿元和366亿元。"])
    assert figures(regions)[("electronics_revenue.northeast", "2025-05", "ytd", "level")] == 366.0


def test_a_products_output_is_never_its_industrys_value_added_and_shares_of_a_total_said_with_企业_or_总额():
    textiles = parse_text("consumer_goods", "2024年纺织行业运行情况", "2025-02-20T10:00", [
        "2024年，规模以上企业纱、布、化纤产量分别为2277.9万吨、306.3亿米和7910.8万吨，同比分别增长1.3%、2.2%和9.7%。",
        "纺织品出口额1419.6亿美元，在纺织品服装出口总额中占47.1%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in textiles.observations}
    assert got[("output.chemical_fibers", "yoy_pct", None)] == 9.7
    assert not [k for k in got if k[0] == "industrial_va.C28"]
    assert got[("customs_export.textiles", "share_pct", "customs_export.textiles_apparel")] == 47.1
    chemicals = parse_text("raw_materials", "2024年石化化工行业经济运行情况", "2025-02-20T10:00", [
        "2024年，石化化工行业实现利润总额7897.1亿元，占全国规模以上工业企业利润总额的10.6%。"])
    assert {(o.indicator, o.relative_to) for o in chemicals.observations if o.measure == "share_pct"} == {
        ("miit_profit.petrochem", "industrial_profit")}


def test_a_metric_announced_before_a_list_of_names_with_their_figures():
    release = parse_text("consumer_goods", "2025年1—6月医药工业经济运行情况", "2025-07-28T10:00", [
        "1—6月，各子行业营业收入如下：化学药品原料药制造2168.2亿元，增长1.2%；制药专用设备制造86.1亿元，增长5.5%。"])
    assert figures(release) == expect("""
miit_revenue.medicine_api 2025-06 ytd level 2168.2
miit_revenue.medicine_api 2025-06 ytd yoy_pct 1.2
miit_revenue.medicine_equipment 2025-06 ytd level 86.1
miit_revenue.medicine_equipment 2025-06 ytd yoy_pct 5.5
""")


def test_a_paragraph_of_parts_goes_on_with_the_period_of_the_paragraph_before():
    release = parse_text("raw_materials", "2025年1—10月建材行业运行情况", "2025-11-28T10:00", [
        "1—10月，建材工业增加值同比下降0.5%。",
        "1—9月，规模以上建材企业完成营业收入3.52万亿元，同比下降5.3%。",
        "其中，水泥行业营业收入4920亿元，下降9.8%。"])
    assert figures(release)[("miit_revenue.cement", "2025-09", "ytd", "level")] == 4920.0
    by_industry = parse_text("raw_materials", "2025年1—11月建材行业运行情况", "2025-12-20T10:00", [
        "1—10月，规模以上建材企业完成营业收入37860亿元，同比下降5.2%。",
        "分行业看，水泥行业营业收入6380亿元，同比下降8.9%。"])
    assert figures(by_industry)[("miit_revenue.cement", "2025-10", "ytd", "level")] == 6380.0
    # a stock's date said before is no span of the parts' flows: they stay in the page's
    after_stock = parse_text("consumer_goods", "2025年轻工业经济运行情况", "2026-02-10T10:00", [
        "截至12月末，规模以上轻工企业共有141632家。",
        "分行业看，规模以上食品工业营业收入91260亿元，同比增长1.8%。"])
    assert figures(after_stock)[("miit_revenue.food", "2025", "year", "level")] == 91260.0


def test_a_share_of_a_national_total_of_its_own():
    release = parse_text("equipment", "2024年机械工业经济运行情况", "2025-02-20T10:00", [
        "截至2024年底，机械工业规模以上企业达到13.1万家，占全国规模以上工业企业数量的25.8%。"])
    assert {(o.indicator, o.relative_to) for o in release.observations if o.measure == "share_pct"} == {
        ("miit_enterprises.machinery", "industrial_enterprises")}


@pytest.mark.parametrize("clause, expected", [
    ("四个地区同比分别增长9.8%", (4, 4)), ("五省（市）同比分别增长", (5, 5)), ("5省(市)合计完成", (5, 5)),
    ("上述5个省份同比分别增长", (5, 6)), ("四大区域同比均增长", (4, 4)),
    ("四个地区软件业务收入", None), ("地区生产总值增长5%", None), ("31个省份中", None),
    ("4个地区软件业务收入在全国软件业务总收入中的占比分别为", None)])     # their shares: share_list's form
def test_places_counted_are_the_ones_just_named(clause, expected):
    assert register.named_group(fold(clause)) == expected


@pytest.mark.parametrize("text, expected", [
    ("船舶工业发展态势良好，造船完工量、新接订单量、手持订单量三大指标实现全面增长",
     ("三大指标", "造船完工量、新接订单量、手持订单量")),
    ("营业收入和利润总额两项指标均实现增长", ("两项指标", "营业收入和利润总额")),
    ("钢材、水泥、平板玻璃三项主要指标", ("三项主要指标", "钢材、水泥、平板玻璃")),
    ("造船完工量、新接订单量、手持订单量两大指标", None),       # three names, two counted: no group
    ("三大指标依次占全球总量的55.7%", None),         # the group used, not defined
])
def test_a_group_defined_by_the_names_it_counts(text, expected):
    assert register.group_defined(text) == expected


def test_a_group_defined_in_one_paragraph_hands_out_the_shares_of_a_later_one():
    # real figures: shipbuilding in 2024 and in its first half, the world shares by deadweight tonnage
    release = statement_page("我国造船业国际市场份额保持领先", "2025-01-16T10:00", [
        "2024年，我国船舶工业造船完工量、新接订单量、手持订单量三大指标实现全面增长。",
        "全年造船完工量4818万载重吨，新接订单量11305万载重吨，年末手持订单量20872万载重吨。"
        "以载重吨计，我国三大指标依次占全球总量的55.7%、74.1%和63.1%。",
        "上半年，全国造船完工量2502万载重吨，三大指标当时分别占全球总量的55.0%、74.7%和58.9%。"])
    assert {(o.indicator, o.period, o.value) for o in release.observations if o.measure == "share_pct"} == {
        ("shipbuilding.completions", "2024", 55.7), ("shipbuilding.new_orders", "2024", 74.1),
        ("shipbuilding.order_book", "2024-12", 63.1), ("shipbuilding.completions", "2024-06", 55.0),
        ("shipbuilding.new_orders", "2024-06", 74.7), ("shipbuilding.order_book", "2024-06", 58.9)}


def test_places_counted_in_the_next_sentence_their_total_and_a_regions_revenue_share_of_the_whole():
    # 2025 1—2月 software (real figures), in our own words
    release = parse_text("software", "2025年1—2月份软件业经济运行情况", "2025-03-25T10:00", [
        "1—2月份，全国软件业务收入18965亿元，同比增长9.9%。",
        "东部、中部、西部和东北地区分别实现软件业务收入16139亿元、891亿元、1537亿元和398亿元。四个地区同比分别增长"
        "9.8%、10.9%、9.8%和10.0%。东部地区收入占全国软件业务总收入的85.1%。",
        "北京、广东、江苏、山东、上海软件业务收入位居全国前5位。五省（市）同比分别增长10.6%、6.5%、9.7%、12.2%和14.1%，"
        "合计完成软件业务收入14007亿元，占全国比重为73.9%。",
        "东部、中部、西部、东北地区收入在全国软件业务收入中的比重分别为85.1%、4.7%、8.1%和2.1%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("software_revenue", "level", None)] == 18965.0          # never the five's total
    assert [got[(f"software_revenue.{r}", "yoy_pct", None)] for r in ("east", "central", "west", "northeast")] \
        == [9.8, 10.9, 9.8, 10.0]
    assert [got[(f"software_revenue.{r}", "yoy_pct", None)] for r in ("beijing", "guangdong", "jiangsu", "shandong",
                                                                      "shanghai")] == [10.6, 6.5, 9.7, 12.2, 14.1]
    assert got[("software_revenue.top5_provinces", "level", None)] == 14007.0
    assert got[("software_revenue.top5_provinces", "share_pct", "software_revenue")] == 73.9
    assert [got[(f"software_revenue.{r}", "share_pct", "software_revenue")] for r in ("east", "central", "west",
                                                                                      "northeast")] == [85.1, 4.7, 8.1, 2.1]
    # a count that is not the number of places just named names nothing
    other = parse_text("software", "2025年1—2月份软件业经济运行情况", "2025-03-25T10:00", [
        "1—2月份，全国软件业务收入18965亿元。东部、中部地区分别实现软件业务收入16139亿元和891亿元。"
        "四个地区同比分别增长9.8%、10.9%、9.8%和10.0%。"])
    assert not [o for o in other.observations if o.measure == "yoy_pct"]
    # nor are names that are no places
    products = parse_text("software", "2025年1—2月份软件业经济运行情况", "2025-03-25T10:00", [
        "1—2月份，软件产品、信息技术服务、信息安全、嵌入式系统软件分别实现收入4253亿元、12585亿元、393亿元和1735亿元。"
        "四个地区同比分别增长9.8%、10.9%、9.8%和10.0%。"])
    assert not [o for o in products.observations if o.measure == "yoy_pct"]


def test_a_tables_columns_of_sales_beside_output_and_of_two_years():
    # November 2025 autos and 2025 telecom (real figures), our own tables
    autos = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-11T10:00", [
        "1—11月，汽车产销分别完成3123.1万辆和3112.7万辆。"], tables=[[
            ["车型", "产量（万辆）", "同比增长（%）", "销量（万辆）", "同比增长（%）"],
            ["乘用车", "2738.8", "12.0", "2725.6", "11.5"],
            ["商用车", "384.3", "11.6", "387.0", "10.4"]]])
    got = {(o.indicator, o.measure): o.value for o in autos.observations if o.origin == "table"}
    assert got == {("vehicles.passenger_production", "level"): 2738.8, ("vehicles.passenger_production", "yoy_pct"): 12.0,
                   ("vehicles.passenger_sales", "level"): 2725.6, ("vehicles.passenger_sales", "yoy_pct"): 11.5,
                   ("vehicles.commercial_production", "level"): 384.3, ("vehicles.commercial_production", "yoy_pct"): 11.6,
                   ("vehicles.commercial_sales", "level"): 387.0, ("vehicles.commercial_sales", "yoy_pct"): 10.4}
    telecom = parse_text("telecom", "2025年通信业统计公报", "2026-01-22T10:00", [
        "2025年，电信业务收入累计完成17652亿元。"], tables=[[
            ["指标名称", "单位", "2025年末", "2024年末"],
            ["移动电话用户", "亿户", "18.27", "17.90"],
            ["5G基站", "万个", "483.8", "425.1"]]])
    got = {(o.indicator, o.period): o.value for o in telecom.observations if o.origin == "table"}
    assert got == {("telecom.mobile_users", "2025-12"): 18.27, ("telecom.mobile_users", "2024-12"): 17.9,
                   ("telecom.bs_5g", "2025-12"): 483.8, ("telecom.bs_5g", "2024-12"): 425.1}


def test_what_a_name_is_made_of_said_before_it_and_a_gap_to_gdp():
    release = parse_text("telecom", "2025年通信业统计公报", "2026-01-22T10:00", [
        "2025年，电信业务总量同比增长9.1%，增速高于同期国内生产总值（GDP）4.1个百分点。",
        "以云计算、大数据、物联网等为主的新兴业务收入同比增长4.7%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("telecom.volume", "pp_gap", "gdp")] == 4.1
    assert got[("telecom.emerging_revenue", "yoy_pct", None)] == 4.7


def test_trade_said_by_its_value_a_tables_source_line_rows_named_with_their_metric_and_a_years_mean_index():
    # 2024 steel (real figures), in our own words and table
    release = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-10T10:00", [
        "2024年钢材出口量同比增长22.7%，出口金额同比下降1.1%。全年钢材出口金额836亿美元，钢材进口额115亿美元。",
        "数据来源：海关总署。",                                   # a table's source: the text goes on after it
        "2024年中国钢材价格指数（CSPI）全年均值为102.47点，比上年下降8.39%。"], tables=[[
            ["项目", "单位", "2024年", "同比（%）"],
            ["钢材出口量", "万吨", "11071.6", "22.7"],
            ["铁矿石进口均价", "美元/吨", "106.93", "-7.08"]]])
    got = {(o.indicator, o.measure, o.origin): o.value for o in release.observations}
    assert got[("customs_export.steel_products_value", "level", "text")] == 836.0      # never the tonnage's series
    assert got[("customs_import.steel_products_value", "level", "text")] == 115.0
    assert ("customs_export.steel_products", "level", "text") not in got
    assert got[("customs_export.steel_products", "level", "table")] == 11071.6
    assert got[("customs_export.steel_products", "yoy_pct", "text+table")] == 22.7
    assert got[("customs_import.iron_ore_price", "level", "table")] == 106.93
    assert got[("steel.cspi", "level", "text")] == 102.47 and got[("steel.cspi", "yoy_pct", "text")] == -8.39


def test_a_tables_share_column_is_of_the_rows_total_or_of_the_worlds():
    # 2025 1—3月 software and 2025 shipbuilding (real figures), our own tables
    software = parse_text("software", "2025年1—3月份软件业经济运行情况", "2025-04-25T10:00", [
        "1—3月份，全国软件业务收入31479亿元，同比增长10.0%。"], tables=[[
            ["指标", "单位", "1—3月份", "同比增长（%）", "占比（%）"],
            ["软件产品收入", "亿元", "7536", "9.4", "23.9"],
            ["信息安全产品和服务收入", "亿元", "481", "8.6", "1.5"]]])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in software.observations if o.origin == "table"}
    assert got[("software_revenue.products", "share_pct", "software_revenue")] == 23.9
    assert got[("software_revenue.security", "share_pct", "software_revenue")] == 1.5
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "2025年，全国造船完工量5369万载重吨。"], tables=[[
            ["指标", "单位", "2025年", "占世界份额（%）"],
            ["造船完工量", "万载重吨", "5369", "56.1"]]])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in ships.observations if o.origin == "table"}
    assert got[("shipbuilding.completions", "share_pct", "world")] == 56.1
    # a product's share of a whole the table does not name is not read
    raw = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-10T10:00", [
        "2024年全国粗钢产量10.05亿吨。"], tables=[[
            ["产品", "产量（万吨）", "占比（%）"], ["钢材", "140000", "60.1"]]])
    assert not [o for o in raw.observations if o.measure == "share_pct"]


def test_a_years_column_with_its_unit_and_the_growth_after_each_year():
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "2025年，全国造船完工量5369万载重吨，同比增长11.4%。"], tables=[[
            ["指标", "2025年（万载重吨）", "同比增长（%）", "2024年（万载重吨）", "同比增长（%）"],
            ["造船完工量", "5369", "11.4", "4818", "13.8"]]])
    got = {(o.period, o.measure): o.value for o in ships.observations if o.indicator == "shipbuilding.completions"}
    assert got == {("2025", "level"): 5369.0, ("2025", "yoy_pct"): 11.4, ("2024", "level"): 4818.0,
                   ("2024", "yoy_pct"): 13.8}


def test_the_indicators_named_together_at_the_head_of_the_next_paragraph():
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "全年造船完工量5369万载重吨，新接订单量10782万载重吨；截至12月底，手持订单量27442万载重吨。",
        "以载重吨计，三大指标在世界总量中所占比重依次为56.1%、69.0%和66.8%。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in ships.observations if o.measure == "share_pct"}
    assert got == {("shipbuilding.completions", "2025", "share_pct", "world"): 56.1,
                   ("shipbuilding.new_orders", "2025", "share_pct", "world"): 69.0,
                   ("shipbuilding.order_book", "2025-12", "share_pct", "world"): 66.8}


def test_a_part_named_by_its_kind_of_the_whole_its_share_is_of():
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "全年新接船舶订单10782万载重吨。出口船舶新接订单9510万载重吨，在全国新接订单量中占88.2%。",
        "截至12月底，手持船舶订单27442万载重吨。出口船舶占手持订单量的比重为92.4%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in ships.observations}
    assert got[("shipbuilding.export_new_orders", "level", None)] == 9510.0
    assert got[("shipbuilding.export_new_orders", "share_pct", "shipbuilding.new_orders")] == 88.2
    assert got[("shipbuilding.export_order_book", "share_pct", "shipbuilding.order_book")] == 92.4


def test_the_earlier_years_values_of_a_list_said_aside():
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "以载重吨计，我国造船完工量、新接订单量、手持订单量分别占世界总量的56.1%、69.0%和66.8%"
        "（2024年分别为55.7%、74.1%和63.1%）。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in ships.observations}
    assert got[("shipbuilding.completions", "2024", "share_pct", "world")] == 55.7
    assert got[("shipbuilding.new_orders", "2024", "share_pct", "world")] == 74.1
    assert got[("shipbuilding.order_book", "2024-12", "share_pct", "world")] == 63.1
    assert got[("shipbuilding.completions", "2025", "share_pct", "world")] == 56.1
    assert not [o for o in ships.observations if o.measure == "level"]      # never a tonnage


@pytest.mark.parametrize("clause, name", [("乘用车方面", "乘用车"), ("商用车市场企稳回升", "商用车"),
                                          ("乘用车市场稳步增长", "乘用车"), ("汽车产销稳中有进", None),
                                          ("商用车回暖明显", "商用车"), ("工业生产稳步增长", None),
                                          ("全年产销分别为426.1万辆和429.7万辆", None)])
def test_an_aspect_the_compounds_after_it_are_of(clause, name):
    assert register.aspect(fold(clause)) == name


@pytest.mark.parametrize("whole, series", [("全国软件业务总收入", "软件业务收入"), ("全部规模以上工业企业", "规模以上工业企业"),
                                           ("全行业收入", "收入"), ("电信业务收入", "电信业务收入")])
def test_the_series_a_whole_is_named_by(whole, series):
    assert register.whole_series(whole) == series


def test_a_numbered_heading_in_bold_at_a_paragraphs_head_is_a_line_of_its_own():
    from xinzhi.html import paragraphs_of, soup_of

    body = soup_of("<div><p><strong>二、分领域运行情况</strong>\u3000软件产品收入10236亿元，同比增长9.6%。</p>"
                   "<p><b>（三）汽车</b>汽车产销分别完成281.5万辆和285.7万辆。</p>"
                   "<p><strong>一是规模持续扩大</strong>，收入增长较快。<strong>1—4月</strong>利润增长。</p></div>")
    assert paragraphs_of(body) == ["二、分领域运行情况", "软件产品收入10236亿元，同比增长9.6%。", "（三）汽车",
                                   "汽车产销分别完成281.5万辆和285.7万辆。", "一是规模持续扩大，收入增长较快。1—4月利润增长。"]


@pytest.mark.parametrize("text, rest, growth", [
    ("比全部规模以上工业（增长5.9%）高1.0个百分点", "比全部规模以上工业高1.0个百分点", 5.9),
    ("分别快于同期全部规模以上工业（增长6.4%）1.6个和2.2个百分点", "分别快于同期全部规模以上工业1.6个和2.2个百分点", 6.4),
    ("高于全国（下降1.2%）0.5个百分点", "高于全国0.5个百分点", -1.2),
    # an earlier value said aside, or a bracket with no gap after it: not an aggregate's growth
    ("增长6.4%（上年为5.0%）", None, None),
    ("工业（增长5.9%）保持稳定", None, None),
])
def test_an_aggregates_own_growth_said_aside_inside_a_gap(text, rest, growth):
    found = register.aggregate_aside(fold(text))
    assert (found == (rest, growth)) if rest else found is None


def test_the_aggregate_of_a_gap_with_its_growth_in_brackets_is_read_too():
    # real figures: 2025 growth of value added, SMEs 6.9 % against 5.9 % for all industry above designated size
    said = parse_text("statement", "中小企业发展情况", "2026-01-20T10:00", [
        "2025年，规模以上工业中小企业增加值同比增长6.9%，比全部规模以上工业（增长5.9%）高1.0个百分点。"])
    assert figures(said) == expect("""
industrial_va.sme 2025 year yoy_pct 6.9
industrial_va.sme 2025 year pp_gap 1.0 industrial_va
industrial_va 2025 year yoy_pct 5.9
""")
    report = parse_text("software", "2025年1—4月份软件业经济运行情况", "2025-05-26T10:00", [
        "1—4月，中部地区完成软件业务收入2101亿元，同比增长12.6%，高出全行业（增长10.8%）1.8个百分点。"])
    assert figures(report) == expect("""
software_revenue.central 2025-04 ytd level 2101
software_revenue.central 2025-04 ytd yoy_pct 12.6
software_revenue.central 2025-04 ytd pp_gap 1.8 software_revenue
software_revenue 2025-04 ytd yoy_pct 10.8
""")


def test_a_gap_to_manufacturing_is_to_all_manufacturings_figure():
    # '机械工业规模以上企业增加值': the industry's value added, never its number of enterprises
    release = parse_text("equipment", "2025年上半年机械工业经济运行情况", "2025-07-20T10:00", [
        "上半年，机械工业规模以上企业增加值同比增长9.0%，增速分别高于全国工业和制造业2.6个和2.0个百分点。"])
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("miit_va.machinery", "yoy_pct", 9.0, None), ("miit_va.machinery", "pp_gap", 2.6, "industrial_va"),
        ("miit_va.machinery", "pp_gap", 2.0, "industrial_va.manufacturing")}


@pytest.mark.parametrize("clause, expected", [
    ("两个行业的利润总额", (2, 5)), ("上述四个行业1—7月增加值", (4, 6)), ("两者收入", (2, 2)), ("三类产品出口额", (3, 4)),
    ("四个地区", None), ("行业利润", None)])
def test_industries_or_products_counted_are_the_ones_just_named(clause, expected):
    assert register.named_trades(fold(clause)) == expected


def test_a_metric_of_the_industries_just_listed_and_a_name_never_read_outside_the_metric_said():
    # real figures (2025): cement and flat glass industries' revenue and profits
    listed = parse_text("raw_materials", "2025年建材行业经济运行情况", "2026-02-10T10:00", [
        "分行业看，水泥、平板玻璃行业营业收入分别为7860亿元和905亿元，同比分别下降8.3%和12.1%；"
        "两个行业的利润总额分别为262亿元和12.3亿元。"])
    assert figures(listed) == expect("""
miit_revenue.cement 2025 year level 7860
miit_revenue.flat_glass 2025 year level 905
miit_revenue.cement 2025 year yoy_pct -8.3
miit_revenue.flat_glass 2025 year yoy_pct -12.1
miit_profit.cement 2025 year level 262
miit_profit.flat_glass 2025 year level 12.3
""")
    # '水泥' alone is cement output: with 营业收入 said it would be a revenue read as an output, so nothing is read
    bare = parse_text("raw_materials", "2025年建材行业经济运行情况", "2026-02-10T10:00", [
        "2025年，水泥、平板玻璃营业收入分别为7860亿元和905亿元。建材工业增加值同比下降0.5%。"])
    assert not [o for o in bare.observations if o.indicator.startswith("output.")]


def test_a_year_said_between_the_names_and_their_list_and_members_ranked_then_counted():
    # 2025 software figures by region and province (modelled on the 2024 bulletin's shares), in our own words
    release = parse_text("software", "2025年软件业经济运行情况", "2026-01-28T10:00", [
        "2025年，全国软件业务收入153000亿元。东部、中部、西部和东北地区全年分别完成软件业务收入129790亿元、7702亿元、"
        "13680亿元和2690亿元。",
        "软件业务收入排在全国前五位的依次是北京、广东、江苏、山东和上海。上述五省（市）全年软件业务收入分别为34215亿元、"
        "22760亿元、16384亿元、13905亿元和11852亿元，合计99116亿元，占全国比重为64.4%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert [got[(f"software_revenue.{r}", "level")] for r in ("east", "central", "west", "northeast")] == \
        [129790, 7702, 13680, 2690]
    assert [got[(f"software_revenue.{p}", "level")] for p in ("beijing", "guangdong", "jiangsu", "shandong", "shanghai")] \
        == [34215, 22760, 16384, 13905, 11852]
    assert got[("software_revenue.top5_provinces", "level")] == 99116
    assert got[("software_revenue.top5_provinces", "share_pct")] == 64.4
    assert got[("software_revenue", "level")] == 153000          # never the five's total


def test_changes_on_the_month_before_and_the_same_month_listed_and_a_gap_to_the_same_metric():
    # real figures: autos in November 2025 and the first eight months
    month = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-10T10:00", [
        "11月份，全国汽车产量353.2万辆、销量342.9万辆，较上月分别增长5.1%和3.2%，较上年同月分别增长2.8%和3.4%。",
        "商用车销量34.7万辆，同比增长10.8%，增速高于乘用车8.2个百分点。"])
    assert figures(month) == expect("""
vehicles.production 2025-11 month level 353.2
vehicles.sales 2025-11 month level 342.9
vehicles.production 2025-11 month mom_pct 5.1
vehicles.sales 2025-11 month mom_pct 3.2
vehicles.production 2025-11 month yoy_pct 2.8
vehicles.sales 2025-11 month yoy_pct 3.4
vehicles.commercial_sales 2025-11 month level 34.7
vehicles.commercial_sales 2025-11 month yoy_pct 10.8
vehicles.commercial_sales 2025-11 month pp_gap 8.2 vehicles.passenger_sales
""")
    # a milestone with no name is of the figures just read: the part named after it is one of them
    span = parse_text("equipment", "2025年8月汽车工业经济运行情况", "2025-09-10T10:00", [
        "1—8月，汽车产销累计完成2105.1万辆和2112.8万辆，同比分别增长12.7%和12.6%，首次双双超过2000万辆；"
        "其中，产量增速与1—7月持平，销量增速比1—7月提高0.6个百分点。"])
    assert {k: v for k, v in figures(span).items() if k[3] == "growth_pp_change"} == expect("""
vehicles.production 2025-08 ytd growth_pp_change 0 2025-07/ytd
vehicles.sales 2025-08 ytd growth_pp_change 0.6 2025-07/ytd
""")


def test_a_statements_growth_against_two_aggregates_in_turn():
    # real figures: electronics manufacturing's value added in 2024 against industry and high-tech manufacturing
    said = parse_text("statement", "电子信息制造业有关情况", "2025-02-20T10:00", [
        "2024年，规模以上电子信息制造业增加值同比增长11.8%，增速分别比同期工业、高技术制造业高6.0个和2.9个百分点。"])
    assert figures(said) == expect("""
electronics_va 2024 year yoy_pct 11.8
electronics_va 2024 year pp_gap 6.0 industrial_va
electronics_va 2024 year pp_gap 2.9 industrial_va.high_tech
""")


def test_a_compound_with_no_name_is_of_the_subject_just_read():
    # real-scaled figures: nonferrous metals trade, January–October 2025
    release = parse_text("raw_materials", "2025年1—10月有色金属行业运行情况", "2025-11-25T10:00", [
        "1—10月，有色金属进出口贸易总额2965亿美元，同比增长6.8%。进、出口额分别为2218亿美元和747亿美元，"
        "同比分别增长5.1%和12.2%。"])
    assert figures(release) == expect("""
customs_trade.nonferrous 2025-10 ytd level 2965
customs_trade.nonferrous 2025-10 ytd yoy_pct 6.8
customs_import.nonferrous_value 2025-10 ytd level 2218
customs_export.nonferrous_value 2025-10 ytd level 747
customs_import.nonferrous_value 2025-10 ytd yoy_pct 5.1
customs_export.nonferrous_value 2025-10 ytd yoy_pct 12.2
""")


def test_a_statements_industries_counted_after_the_list_that_named_them():
    # electronics sub-industries, January–July 2025 (figures of a holdout-like page, our own words)
    said = parse_text("statement", "电子信息制造业运行情况", "2025-09-10T10:00", [
        "1—7月，通信设备制造业、电子元件及电子专用材料制造业、电子器件制造业和计算机制造业增加值均实现增长。"
        "上述四个行业1—7月增加值同比增速依次为12.3%、11.6%、15.4%和6.9%。"])
    assert figures(said) == expect("""
electronics_va.communication 2025-07 ytd yoy_pct 12.3
electronics_va.components 2025-07 ytd yoy_pct 11.6
electronics_va.devices 2025-07 ytd yoy_pct 15.4
electronics_va.computers 2025-07 ytd yoy_pct 6.9
""")
    review = parse_text("statement", "建材行业运行情况", "2026-01-20T10:00", [
        "2025年，水泥、平板玻璃行业营业收入分别为7860亿元和905亿元；两个行业的利润总额分别为262亿元和12.3亿元。"])
    assert figures(review) == expect("""
miit_revenue.cement 2025 year level 7860
miit_revenue.flat_glass 2025 year level 905
miit_profit.cement 2025 year level 262
miit_profit.flat_glass 2025 year level 12.3
""")


def test_a_count_of_enterprises_is_a_share_of_all_industrys_enterprises_never_of_its_value_added():
    # real figures: machinery enterprises above designated size at the end of June 2025
    release = parse_text("equipment", "2025年上半年机械工业经济运行情况", "2025-07-20T10:00", [
        "机械工业规模以上企业13.6万家，较上年同期增加0.6万家，占全国工业的26.2%，占比较上年同期提高0.4个百分点。"])
    assert {(o.measure, o.relative_to) for o in release.observations if o.relative_to} == {
        ("share_pct", "industrial_enterprises"), ("share_pp_change", "industrial_enterprises")}


def test_the_share_said_right_after_a_count_is_the_share_of_the_whole_counted():
    # real figures: main machinery products, first half of 2025
    release = parse_text("equipment", "2025年1—6月机械工业经济运行情况", "2025-07-20T10:00", [
        "重点监测的122种主要机械产品中，84种产品产量同比增长，占比68.9%；38种产品产量同比下降，占比31.1%。"])
    assert figures(release) == expect("""
machinery_products_growing 2025-06 ytd count 84
machinery_products_growing_share 2025-06 ytd level 68.9
machinery_products_falling 2025-06 ytd count 38
machinery_products_falling_share 2025-06 ytd level 31.1
""")


@pytest.mark.parametrize("text, expected", [
    ("通用设备（8.3%）、专用设备（3.8%）和仪器仪表（7.6%）制造业保持增长",
     ([("通用设备", 8.3), ("专用设备", 3.8), ("仪器仪表", 7.6)], "制造业")),
    ("汽车（12.1%）、电气机械（9.9%）行业增加值增长较快", ([("汽车", 12.1), ("电气机械", 9.9)], "行业增加值")),
    # a fall said with unsigned figures, or no direction at all: which way is not printed per name
    ("钢铁（3.1%）和建材（2.2%）行业下降", None),
    ("钢铁（3.1%）和建材（2.2%）行业", None),
])
def test_names_each_with_its_growth_in_brackets(text, expected):
    assert register.bracketed_growths(fold(text)) == expected


def test_names_each_with_its_growth_in_brackets_are_read_with_the_words_they_share():
    release = parse_text("equipment", "2025年上半年机械工业经济运行情况", "2025-07-20T10:00", [
        "上半年，通用设备（8.3%）、专用设备（3.8%）和仪器仪表（7.6%）制造业保持增长。"])
    assert figures(release) == expect("""
industrial_va.C34 2025-06 ytd yoy_pct 8.3
industrial_va.C35 2025-06 ytd yoy_pct 3.8
industrial_va.C40 2025-06 ytd yoy_pct 7.6
""")


def test_shares_of_the_wholes_same_metric_and_a_growth_at_prices_of_the_year_before():
    # real figures: BEV and PHEV shares of NEV sales in 2024; telecom volume in the first half of 2025
    said = parse_text("statement", "新能源汽车产业发展情况", "2025-02-20T10:00", [
        "2024年，纯电动汽车、插电式混合动力汽车销量在新能源汽车中的占比分别为60%和40%。"])
    assert {(o.indicator, o.value, o.relative_to) for o in said.observations} == {
        ("vehicles.bev_sales", 60.0, "vehicles.nev_sales"), ("vehicles.phev_sales", 40.0, "vehicles.nev_sales")}
    telecom = parse_text("statement", "通信业运行情况", "2025-07-20T10:00", [
        "上半年，按照上年不变价计算的电信业务总量同比增长9.3%。"])
    assert figures(telecom) == expect("telecom.volume 2025-06 ytd yoy_pct 9.3")


def test_a_figure_is_read_whole_never_its_last_digits():
    # a damaged sentence (found by the fuzz test): '1649万辆' alone must never give 649
    release = parse_text("equipment", "2025年汽车工业经济运行情况", "2026-01-14T10:00", [
        "2025年，汽车产量3453.1万辆。商用车产销均超别达到1662.6万辆和1649万辆。"])
    assert {o.value for o in release.observations} == {3453.1}


def test_a_place_named_before_the_total_metric_and_a_name_holding_和_with_a_count_of_firms_before_it():
    # 2023 software figures (real headline; the regional growth modelled), in our own words
    release = parse_text("software", "2023年软件和信息技术服务业统计公报", "2024-01-25T10:00", [
        "2023年，全国超过3.8万家软件和信息技术服务业规模以上企业累计完成软件业务收入123258亿元，同比增长13.4%。",
        "京津冀地区增势突出，软件业务收入同比增长17.1%，高出全国平均水平3.7个百分点。"])
    assert figures(release) == expect("""
software_revenue 2023 year level 123258
software_revenue 2023 year yoy_pct 13.4
software_revenue.jingjinji 2023 year yoy_pct 17.1
software_revenue.jingjinji 2023 year pp_gap 3.7 software_revenue
""")
    assert register.figure_items("超过3.8万家软件和信息技术服务业企业完成收入123258亿元", re.compile("软件和信息技术服务业")) == \
        [(0, 31)]


def test_a_tables_revenue_column_names_each_rows_series_and_its_share_column_the_same_series():
    rows = [["领域", "收入（亿元）", "同比增长（%）", "占全行业收入比重（%）"],
            ["软件产品", "29030", "11.1", "23.6"], ["信息技术服务", "81226", "14.7", "65.9"]]
    release = parse_text("software", "2023年软件和信息技术服务业统计公报", "2024-01-25T10:00",
                         ["2023年，全国软件业务收入123258亿元。"], tables=[rows])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("software_revenue.products", "level", None)] == 29030
    assert got[("software_revenue.products", "share_pct", "software_revenue")] == 23.6
    assert got[("software_revenue.it_services", "yoy_pct", None)] == 14.7


@pytest.mark.parametrize("line, begins", [
    ("数据来源：海关总署。", False), ("注：表中数据来源于国家统计局。", False), ("注：上表数据为快报数。", False),
    ("注：手持订单量为6月底数据。", False),
    ("注：1.规模以上工业企业指年主营业务收入2000万元及以上的工业企业。", True), ("附注", True), ("指标解释", True)])
def test_a_tables_one_line_note_is_no_beginning_of_the_pages_notes(line, begins):
    from xinzhi.releases import selfcheck

    assert selfcheck.notes_begin(line) is begins


def test_a_table_in_two_units_reads_each_rows_series_in_its_own_unit_only():
    # first half of 2025 shipbuilding (figures of a holdout-like page): deadweight tons, then compensated gross tons
    rows = [["指标", "万载重吨", "同比增长（%）", "万修正总吨", "同比增长（%）"],
            ["造船完工量", "2413", "3.5", "748", "5.2"], ["新接订单量", "4933", "-23.3", "1587", "-19.6"]]
    release = parse_text("equipment", "2025年上半年船舶工业经济运行情况", "2025-07-20T10:00",
                         ["上半年，全国造船完工量2413万载重吨，同比增长3.5%。"], tables=[rows])
    assert figures(release) == expect("""
shipbuilding.completions 2025-06 ytd level 2413
shipbuilding.completions 2025-06 ytd yoy_pct 3.5
shipbuilding.new_orders 2025-06 ytd level 4933
shipbuilding.new_orders 2025-06 ytd yoy_pct -23.3
""")


def test_products_counted_without_their_industrys_name_and_a_gap_to_manufacturings_same_metric():
    # real figures: machinery in 2024 (a report whose universe names no industry had failed whole)
    release = parse_text("equipment", "2024年机械工业经济运行情况", "2025-02-20T10:00", [
        "2024年，机械工业实现营业收入29.5万亿元，同比增长5.1%，高于全国规模以上工业和制造业营业收入增速3.9个和3.6个百分点。",
        "重点监测的122种主要产品中，72种产品产量较上年增长，占59%；50种产品产量下降，占41%。"])
    assert figures(release) == expect("""
miit_revenue.machinery 2024 year level 29.5
miit_revenue.machinery 2024 year yoy_pct 5.1
miit_revenue.machinery 2024 year pp_gap 3.9 industrial_revenue
miit_revenue.machinery 2024 year pp_gap 3.6 industrial_revenue.manufacturing
machinery_products_growing 2024 year count 72
machinery_products_growing_share 2024 year level 59
machinery_products_falling 2024 year count 50
machinery_products_falling_share 2024 year level 41
""")


def test_a_gap_said_with_the_series_name_before_its_rate_word():
    # real figures: IT services revenue in 2023
    release = parse_text("software", "2023年软件和信息技术服务业统计公报", "2024-01-25T10:00", [
        "2023年，全国软件业务收入123258亿元。信息技术服务实现收入81226亿元，同比增长14.7%，"
        "信息技术服务收入增速高出全行业整体水平1.3个百分点。"])
    assert figures(release)[("software_revenue.it_services", "2023", "year", "pp_gap", "software_revenue")] == 1.3


def test_an_earlier_value_said_aside_without_为_and_shares_said_as_a_比例():
    # real figures: CSPI long and flat products, first half of 2025 and 2024; BEV/PHEV shares of NEV sales, 2024
    steel = parse_text("raw_materials", "2025年上半年钢铁行业运行情况", "2025-07-25T10:00", [
        "上半年，长材指数平均值95.80点（上年同期110.38点），板材指数平均值92.01点（上年同期106.85点）。"])
    assert figures(steel) == expect("""
steel.cspi_long 2025-06 ytd level 95.8
steel.cspi_long 2024-06 ytd level 110.38
steel.cspi_flat 2025-06 ytd level 92.01
steel.cspi_flat 2024-06 ytd level 106.85
""")
    autos = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "2024年，新能源汽车销量1286.6万辆。纯电动汽车、插电式混合动力汽车销量占新能源汽车销量的比例依次为60%和40%。"])
    assert {(o.indicator, o.value, o.relative_to) for o in autos.observations if o.measure == "share_pct"} == {
        ("vehicles.bev_sales", 60.0, "vehicles.nev_sales"), ("vehicles.phev_sales", 40.0, "vehicles.nev_sales")}


def test_value_added_of_a_name_that_is_also_a_product_is_its_industrys_never_the_products_output():
    # real figures: the first half of 2025 (autos and electrical machinery value added)
    release = parse_text("equipment", "2025年上半年机械工业经济运行情况", "2025-07-20T10:00", [
        "上半年，汽车、电气机械行业增加值分别增长11.3%和12.2%。"])
    assert figures(release) == expect("""
industrial_va.C36 2025-06 ytd yoy_pct 11.3
industrial_va.C38 2025-06 ytd yoy_pct 12.2
""")


def test_an_outlook_opened_by_初步预计_is_a_forecast():
    release = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-01-25T10:00", [
        "2025年全国粗钢产量96081万吨，同比下降4.4%。", "初步预计，2026年全国粗钢产量同比下降3%左右。"])
    assert {(o.period, o.value, o.evidence) for o in release.observations if o.measure == "yoy_pct"} == {
        ("2025", -4.4, "statistics"), ("2026", -3.0, "forecast")}


def test_a_tables_row_metric_in_a_cell_of_its_own():
    # November 2025 passenger cars (figures of a holdout-like page): '车型 | 指标 | …' with 产量 and 销量 rows
    rows = [["车型", "指标", "11月", "同比增长", "1－11月", "同比增长"],
            ["乘用车", "产量", "318.9", "2.1", "2786.6", "12.4"], ["乘用车", "销量", "308.2", "2.6", "2774.9", "11.8"]]
    release = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-10T10:00",
                         ["11月，乘用车产量318.9万辆。"], tables=[rows])
    got = figures(release)
    assert got[("vehicles.passenger_production", "2025-11", "month", "level")] == 318.9
    assert got[("vehicles.passenger_sales", "2025-11", "month", "level")] == 308.2
    assert got[("vehicles.passenger_sales", "2025-11", "ytd", "yoy_pct")] == 11.8


def test_regions_counted_with_an_arabic_number_and_their_shares_of_the_whole_named_as_a_total():
    # real figures: software revenue by region, first quarter of 2025
    release = parse_text("software", "2025年一季度软件业经济运行情况", "2025-04-25T10:00", [
        "一季度，全国软件业务收入31479亿元。一季度，东部、中部、西部和东北地区软件业务收入同比分别增长10.5%、11.8%、10.2%和"
        "10.9%。4个地区软件业务收入在全国软件业务总收入中的占比分别为83.8%、4.9%、9.4%和1.9%。"])
    assert [(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "share_pct"] == [
        ("software_revenue.east", 83.8, "software_revenue"), ("software_revenue.central", 4.9, "software_revenue"),
        ("software_revenue.west", 9.4, "software_revenue"), ("software_revenue.northeast", 1.9, "software_revenue")]


def test_a_place_with_no_series_named_before_a_totals_metric_keeps_the_figure_from_the_nation():
    # '成渝地区' has no software series: its growth is stored for no one, never as the nation's
    release = parse_text("software", "2023年软件业经济运行情况", "2024-01-25T10:00", [
        "2023年，全国软件业务收入123258亿元，同比增长13.4%。", "成渝地区增势突出，软件业务收入同比增长17.1%。"])
    assert figures(release) == expect("""
software_revenue 2023 year level 123258
software_revenue 2023 year yoy_pct 13.4
""")


def test_the_scale_a_sentence_says_its_figures_are_on():
    assert register.SCALE.search(fold("以修正总吨计，造船完工量…")).group("scale") == "修正总吨"
    assert register.SCALE.search(fold("三大指标以载重吨计分别占…")).group("scale") == "载重吨"
    assert register.SCALE.search(fold("按修正总吨计分别占47.2%、…")).group("scale") == "修正总吨"      # said with 按 too
    assert register.SCALE.search(fold("以美元计价，出口增长…")).group("scale") == "美元"
    assert register.SCALE.search(fold("按可比价格计算，增长5.9%")) is None


def test_figures_on_another_scale_than_the_series_are_not_its_figures():
    # real figures: shipbuilding in 2024 in deadweight tons; the same three measures in compensated gross tons
    # (worded as the reports word them) are another series: never the completions kept in 载重吨, but the ones kept
    # in 修正总吨 (shipbuilding.*_cgt)
    release = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-20T10:00", [
        "2024年，全国造船完工量4818万载重吨，同比增长13.8%；新接订单量11305万载重吨，同比增长58.8%。",
        "以修正总吨计，造船完工量、新接订单量分别为1572万修正总吨和4198万修正总吨，同比分别增长8.4%和61.5%。"])
    assert figures(release) == expect("""
shipbuilding.completions 2024 year level 4818
shipbuilding.completions 2024 year yoy_pct 13.8
shipbuilding.new_orders 2024 year level 11305
shipbuilding.new_orders 2024 year yoy_pct 58.8
shipbuilding.completions_cgt 2024 year level 1572
shipbuilding.completions_cgt 2024 year yoy_pct 8.4
shipbuilding.new_orders_cgt 2024 year level 4198
shipbuilding.new_orders_cgt 2024 year yoy_pct 61.5
""")
    # a scale with no series kept on it is still never the series': 以美元计 of a series in 元
    steel = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-01-20T10:00", [
        "2024年，重点统计钢铁企业营业收入6.4万亿元。以美元计，重点统计钢铁企业营业收入8900亿美元。"])
    assert {o.unit for o in steel.observations} <= {"万亿元", "亿元"}


def test_a_product_named_after_its_industry_and_a_gloss_of_its_basis():
    from xinzhi import catalogue
    assert catalogue.resolve("钢铁行业粗钢").code == "output.crude_steel"
    assert catalogue.resolve("建材行业水泥").code == "output.cement"
    assert catalogue.resolve("稀土冶炼分离产品(折REO)").code == "output.rare_earth_separated"
    # the industry's own money is never a product's: a bare metric after the industry is not looked up alone
    assert catalogue.resolve("钢铁行业利润总额").code == "miit_profit.steel"
    assert catalogue.resolve("钢铁行业利润") is None


def test_a_places_share_of_a_metric_not_read_is_not_its_share_of_another_series():
    release = parse_text("raw_materials", "2025年上半年稀土行业运行情况", "2025-07-30T10:00", [
        "上半年，全国稀土冶炼分离产品产量约13.8万吨，同比增长6.2%。",
        "从地区看，内蒙古、江西、四川3省区冶炼分离产能合计占全国的72.5%，其中内蒙古占比为45.3%。"])
    assert figures(release) == expect("""
output.rare_earth_separated 2025-06 ytd level 13.8
output.rare_earth_separated 2025-06 ytd yoy_pct 6.2
""")


def test_products_sold_are_their_sales_never_their_output():
    # figures of a machinery report's wording (sales of excavators and loaders, and of cars): each its sales series
    release = parse_text("equipment", "2025年机械工业经济运行情况", "2026-02-06T10:00", [
        "2025年，挖掘机、装载机全年分别销售23.5万台和12.8万台，同比分别增长17%和18.4%。",
        "2025年，乘用车和商用车分别销售3010.3万辆和429.6万辆。"])
    assert figures(release) == expect("""
machinery_sales.excavators 2025 year level 23.5
machinery_sales.loaders 2025 year level 12.8
machinery_sales.excavators 2025 year yoy_pct 17
machinery_sales.loaders 2025 year yoy_pct 18.4
vehicles.passenger_sales 2025 year level 3010.3
vehicles.commercial_sales 2025 year level 429.6
""")
    assert not any(o.indicator.startswith("output.") for o in release.observations)


def test_a_metric_said_before_holds_for_the_industries_listed_after_it_in_the_sentence():
    # '轻工、纺织行业分别下降…' after the export delivery value of 食品、医药: never light industry's value added
    release = parse_text("consumer_goods", "2026年一季度消费品工业运行情况", "2026-04-24T10:00", [
        "一季度，规模以上消费品工业增加值同比增长6.3%。",
        "其中，食品、医药行业出口交货值分别增长2.1%和3.8%，轻工、纺织行业分别下降0.9%和4.6%。"])
    # food's export delivery value is no catalogued series: that pair is not read, by halves never
    assert figures(release) == expect("""
miit_va.consumer_goods 2026-03 ytd yoy_pct 6.3
miit_export_delivery.light 2026-03 ytd yoy_pct -0.9
miit_export_delivery.textiles 2026-03 ytd yoy_pct -4.6
""")


@pytest.mark.parametrize("text, value", [
    ("增速达14%", 14.0),
    ("增速高达83.3%", 83.3),
    ("同比增速为-2.1%", -2.1),
    ("增长率为7.5%", 7.5),
    # a change of the rate, or a rate with no figure, is another form
    ("增速比上年加快1.2个百分点", None),
    ("增速较快", None),
])
def test_a_growth_said_by_its_name(text, value):
    found = register.GROWTH_SAID.fullmatch(fold(text))
    assert (float(found.group("num")) if found else None) == value


def test_a_growth_said_by_its_name_is_the_growth_of_the_level_just_read():
    # figures of a light-industry report's wording (2024, January to September): appliances' output
    release = parse_text("consumer_goods", "2024年1—9月轻工业经济运行情况", "2024-10-25T10:00", [
        "1—9月，家用冷柜产量2315.6万台，增速达14%；房间空气调节器产量21600万台，增速为8%。"])
    assert figures(release) == expect("""
output.freezers 2024-09 ytd level 2315.6
output.freezers 2024-09 ytd yoy_pct 14
output.air_conditioners 2024-09 ytd level 21600
output.air_conditioners 2024-09 ytd yoy_pct 8
""")


def test_a_list_whose_metric_is_printed_with_its_last_name_only():
    # 2024 segment figures of the software industry, listed by 依次 with 收入 said once, at the end
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "2024年，软件产品、信息技术服务、信息安全产品和服务、嵌入式系统软件收入依次为30417亿元、92190亿元、"
        "2290亿元和12378亿元，同比依次增长6.6%、11.0%、5.1%和11.8%。",
        "其中，云计算大数据服务、集成电路设计、电子商务平台技术服务收入依次为14088亿元、3644亿元和13424亿元。"])
    assert figures(release) == expect("""
software_revenue.products 2024 year level 30417
software_revenue.it_services 2024 year level 92190
software_revenue.security 2024 year level 2290
software_revenue.embedded 2024 year level 12378
software_revenue.products 2024 year yoy_pct 6.6
software_revenue.it_services 2024 year yoy_pct 11.0
software_revenue.security 2024 year yoy_pct 5.1
software_revenue.embedded 2024 year yoy_pct 11.8
software_revenue.cloud_bigdata 2024 year level 14088
software_revenue.ic_design 2024 year level 3644
software_revenue.ecommerce_platform 2024 year level 13424
""")


@pytest.mark.parametrize("text, label, whole, values", [
    ("三大指标的国际市场份额依次为55.7%、74.1%和63.1%", "三大指标", "国际市场", [55.7, 74.1, 63.1]),
    ("三项指标全球市场份额分别为53%、68.3%和57.9%", "三项指标", "全球市场", [53, 68.3, 57.9]),
    ("我国造船完工量、新接订单量和手持订单量分别占世界总量的55.7%、74.1%和63.1%",
     "我国造船完工量、新接订单量和手持订单量", "世界总量", [55.7, 74.1, 63.1]),
])
def test_a_list_of_shares_of_the_world_market(text, label, whole, values):
    got = register.share_list(fold(text))
    assert (got[0], got[1], [item.value for item in got[2]]) == (label, whole, values)


def test_the_three_indicators_world_shares_in_a_report_and_a_statement_never_on_another_scale():
    # 2024 shipbuilding: completions, new orders and the order book, then their shares in deadweight tons; the
    # shares in compensated gross tons are of other series (shipbuilding.*_cgt): never stored as these
    paragraphs = ["2024年，全国造船完工量4818万载重吨，新接订单量11305万载重吨；截至12月底，手持订单量20872万载重吨。"
                  "以载重吨计，三大指标的国际市场份额依次为55.7%、74.1%和63.1%。"
                  "以修正总吨计，三大指标的国际市场份额分别为53.0%、68.3%和57.9%。"]
    shares = """
shipbuilding.completions 2024 year share_pct 55.7
shipbuilding.new_orders 2024 year share_pct 74.1
shipbuilding.order_book 2024-12 month share_pct 63.1
"""
    for kind, title in (("equipment", "2024年船舶工业经济运行情况"), ("statement", "连续15年 我国造船三大指标领跑全球")):
        release = parse_text(kind, title, "2025-01-20T10:00", paragraphs)
        got = {key: value for key, value in figures(release).items() if key[3] == "share_pct" and "_cgt" not in key[0]}
        assert got == expect(shares), kind
        in_cgt = {(key[0], value) for key, value in figures(release).items() if "_cgt" in key[0]}
        assert in_cgt == {("shipbuilding.completions_cgt", 53.0), ("shipbuilding.new_orders_cgt", 68.3),
                          ("shipbuilding.order_book_cgt", 57.9)}, kind
        assert {o.relative_to for o in release.observations if o.measure == "share_pct"} == {"world"}, kind


def test_an_industry_said_without_the_head_the_one_before_it_printed():
    # 2024 nonferrous metals: value added, revenue and profits of mining, then of smelting and pressing
    release = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-20T10:00", [
        "2024年，规模以上有色金属矿采选业增加值比上年增长3.7%，冶炼和压延加工业增长9.7%。",
        "分行业看，有色金属矿采选业营业收入增长8.9%，利润增长17.3%；冶炼和压延加工业营业收入、利润分别增长16.1%和15.2%。"])
    assert figures(release) == expect("""
industrial_va.B09 2024 year yoy_pct 3.7
industrial_va.C32 2024 year yoy_pct 9.7
miit_revenue.nonferrous_mining 2024 year yoy_pct 8.9
miit_profit.nonferrous_mining 2024 year yoy_pct 17.3
miit_revenue.nonferrous_smelting 2024 year yoy_pct 16.1
miit_profit.nonferrous_smelting 2024 year yoy_pct 15.2
""")


def test_the_other_direction_of_the_trade_just_read_and_the_industrys_own_trade():
    materials = parse_text("raw_materials", "2024年建材行业运行情况", "2025-02-14T10:00", [
        "2024年，建材及非金属矿商品出口额376.8亿美元，比上年下降6.2%；进口额187.4亿美元，下降3.9%。"])
    assert figures(materials) == expect("""
customs_export.building_materials_value 2024 year level 376.8
customs_export.building_materials_value 2024 year yoy_pct -6.2
customs_import.building_materials_value 2024 year level 187.4
customs_import.building_materials_value 2024 year yoy_pct -3.9
""")
    # 全行业 on a petrochemical report is the petrochemical industry: its trade, then the exports and imports of it
    chemicals = parse_text("raw_materials", "2024年石化化工行业运行情况", "2025-02-27T10:00", [
        "全行业进出口总额9468.0亿美元，同比下降1.8%。其中，出口3231.5亿美元，增长1.1%；进口6236.5亿美元，下降3.2%。"])
    assert figures(chemicals) == expect("""
customs_trade.petrochem 2024 year level 9468.0
customs_trade.petrochem 2024 year yoy_pct -1.8
customs_export.petrochem_value 2024 year level 3231.5
customs_export.petrochem_value 2024 year yoy_pct 1.1
customs_import.petrochem_value 2024 year level 6236.5
customs_import.petrochem_value 2024 year yoy_pct -3.2
""")


def test_names_printed_other_ways_in_the_columns_reports():
    metals = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-20T10:00", [
        "2024年国内现货市场铜均价75091元/吨，比上年上涨9.6%。"])
    assert figures(metals) == expect("""
price.copper 2024 year level 75091
price.copper 2024 year yoy_pct 9.6
""")
    light = parse_text("consumer_goods", "2024年1—9月轻工业经济运行情况", "2024-10-25T10:00", [
        "1—9月，规模以上轻工企业实现出口交货值1.94万亿元，同比增长3.5%。",
        "轻工全行业出口总额6821.6亿美元，同比增长2.6%，其中家用电器出口额约840亿美元，同比增长15.3%。"])
    assert figures(light) == expect("""
miit_export_delivery.light 2024-09 ytd level 1.94
miit_export_delivery.light 2024-09 ytd yoy_pct 3.5
customs_export.light_industry 2024-09 ytd level 6821.6
customs_export.light_industry 2024-09 ytd yoy_pct 2.6
customs_export.home_appliances 2024-09 ytd level 840
customs_export.home_appliances 2024-09 ytd yoy_pct 15.3
""")


def test_a_statement_reads_telecom_figures_said_of_their_reporters_and_software_exports():
    said = parse_text("statement", "我国信息通信业发展成效显著", "2025-12-03T10:00", [
        "截至10月末，三家基础电信企业及中国广电的移动电话用户总数达18.3亿户，比上年末净增4015万户。"
        "三家基础电信企业发展移动物联网终端用户28.9亿户。",
        "2024年，软件业务出口569.5亿美元，增长3.5%。"])
    assert figures(said) == expect("""
telecom.mobile_users 2025-10 month level 18.3
telecom.mobile_users 2025-10 month abs_change 4015
telecom.iot_users 2025-10 month level 28.9
software_export 2024 year level 569.5
software_export 2024 year yoy_pct 3.5
""")


@pytest.mark.parametrize("text, name, n", [
    ("5G-A网络已在300余个城市开通商用", "5G-A网络", 300),
    ("5G-A已在330多个城市开通", "5G-A", 330),
    ("千兆光网覆盖全国300个城市", "千兆光网", 300),
    # where something else happens is no count of a network's cities
    ("168个万兆光网试点在86个城市有序部署", None, None),
    # the classes of industry or the countries a thing reaches
    ("工业机器人应用已覆盖国民经济71个行业大类", "工业机器人应用", 71),
    ("北斗产品已输出到140余个国家和地区", "北斗产品", 140),
])
def test_the_cities_a_network_reaches(text, name, n):
    found = register.CITIES_REACHED.fullmatch(fold(text))
    assert ((found["name"], int(found["num"])) if found else (None, None)) == (name, n)


@pytest.mark.parametrize("text, named", [
    ("5G-A网络已在300余个城市开通商用", "5G-A网络覆盖城市"),
    ("工业机器人应用已覆盖国民经济71个行业大类", "工业机器人应用覆盖行业大类"),
    ("北斗产品已输出到140余个国家和地区", "北斗产品输出国家和地区"),
])
def test_what_a_thing_reaches_is_named_by_what_it_reaches(text, named):
    found = register.CITIES_REACHED.fullmatch(fold(text))
    assert register.reached_name(found, found["name"]) == named


def test_a_statement_reads_a_stocks_growth_since_last_year_end_a_bare_count_in_ten_thousands_and_cities_reached():
    # the computing figures of a 2025 statement (end of September) and 5G-A's cities, in the ministry's words
    said = parse_text("statement", "数字经济发展迈上新台阶", "2025-10-20T10:00", [
        "截至9月底，我国在用算力中心标准机架数超过1000万，算力总规模达到300EFLOPS，较上年末增长7.1%。",
        "5G-A网络已在300余个城市开通商用。"])
    assert figures(said) == expect("""
compute_racks 2025-09 month level 1000
compute_total 2025-09 month level 300
compute_total 2025-09 month cum_pct 7.1 2024-12/month
g5a_cities 2025-10 month count 300
""")   # a paragraph that names no date speaks of the statement's month
    racks = next(o for o in said.observations if o.indicator == "compute_racks")
    assert (racks.unit, racks.qualifier) == ("万标准机架", "over")
    # at the end of the year, since the end of the year before is a growth on a year earlier
    year_end = parse_text("statement", "数字经济发展迈上新台阶", "2025-03-17T10:00", [
        "截至2024年底，我国算力总规模达到280EFLOPS，较上年末增长16.5%。"])
    assert figures(year_end) == expect("""
compute_total 2024-12 month level 280
compute_total 2024-12 month yoy_pct 16.5
""")
    # the name printed with its change, no level before it
    named = parse_text("statement", "数字经济发展迈上新台阶", "2025-03-17T10:00", [
        "截至2024年末，在用算力中心标准机架数超过880万，算力总规模较上年末增长16.5%。"])
    assert figures(named) == expect("""
compute_racks 2024-12 month level 880
compute_total 2024-12 month yoy_pct 16.5
""")


def test_a_months_average_index_with_its_changes_in_points_then_in_percent():
    # the steel price index of a monthly steel report (October 2025), in our own words
    release = parse_text("raw_materials", "2025年1—10月钢铁行业运行情况", "2025-11-20T10:00", [
        "10月份，中国钢材价格指数（CSPI）平均值为92.19点，环比下降0.68点，降幅为0.73%；同比下降9.12点，降幅为9.00%。"])
    assert figures(release) == expect("""
steel.cspi_avg 2025-10 month level 92.19
steel.cspi_avg 2025-10 month mom_abs_change -0.68
steel.cspi_avg 2025-10 month mom_pct -0.73
steel.cspi_avg 2025-10 month yoy_abs_change -9.12
steel.cspi_avg 2025-10 month yoy_pct -9.0
""")


def test_a_provinces_official_speaks_of_the_province_until_another_speaker():
    # a press conference where a province's department answers after the ministry (2025 figures, our own words):
    # what the province's official says without naming the province is the province's, never the nation's
    said = parse_text("statement", "工业和信息化部举行新闻发布会 介绍工业大省挑大梁有关情况", "2026-02-06T15:00", [
        "运行监测协调局负责同志：2025年，全国规模以上工业增加值同比增长5.9%，装备制造业增加值增长9.2%。",
        "江苏省工业和信息化厅负责同志：2025年，全省规上工业增加值增长6.5%。装备制造业增加值增长8.8%，"
        "对规上工业增长的贡献率达到74.6%。",
        "产业结构继续优化，规上高技术制造业增加值同比增长11.9%。",
        "运行监测协调局负责同志：全年制造业增加值增长6.1%。"])
    assert figures(said) == expect("""
industrial_va 2025 year yoy_pct 5.9
industrial_va.equipment 2025 year yoy_pct 9.2
industrial_va.jiangsu 2025 year yoy_pct 6.5
industrial_va.equipment.jiangsu 2025 year yoy_pct 8.8
industrial_va.high_tech.jiangsu 2025 year yoy_pct 11.9
industry_va_total.manufacturing 2025 year yoy_pct 6.1
""") | {("industrial_va.equipment.jiangsu", "2025", "year", "contribution_pct"): 74.6}
    # the province's equipment contributes to the province's growth, never the nation's
    assert {o.relative_to for o in said.observations if o.measure == "contribution_pct"} == {"industrial_va.jiangsu"}


@pytest.mark.parametrize("text, value, falling", [
    # the whole said in the clause before (在重点监测的122种主要机械产品中，…)
    ("产量比上年增长的有72种", 72, False),
    ("产量下降的有50种", 50, True),
    ("55种产品产量实现增长", 55, False),
])
def test_a_count_said_before_or_after_what_its_members_did(text, value, falling):
    found = register.count(fold(text), said=(122, "种主要机械产品"))
    assert (found.value, found.whole, found.falling) == (value, 122, falling)


def test_a_machinery_report_reads_its_products_counted_and_the_industrys_trade_with_its_parts():
    # 2024 machinery figures (CMIF, as MIIT's equipment column reports them), in our own words
    release = parse_text("equipment", "2024年机械工业经济运行情况", "2025-02-20T10:00", [
        "在重点监测的122种主要机械产品中，产量比上年增长的有72种；产量下降的有50种。",
        "2024年，机械工业货物贸易进出口总额1.17万亿美元，同比增长7.5%。其中，出口额8904亿美元，增长10.2%；"
        "进口额2796亿美元，下降0.2%。"])
    assert figures(release) == expect("""
machinery_products_growing 2024 year count 72
machinery_products_falling 2024 year count 50
customs_trade.machinery 2024 year level 1.17
customs_trade.machinery 2024 year yoy_pct 7.5
customs_export.machinery_value 2024 year level 8904
customs_export.machinery_value 2024 year yoy_pct 10.2
customs_import.machinery_value 2024 year level 2796
customs_import.machinery_value 2024 year yoy_pct -0.2
""")


def test_a_metric_after_a_name_said_with_no_figure_is_that_names_never_the_industrys():
    # a pharmaceutical report's wording (2024): the fastest segment named, then its revenue's growth
    release = parse_text("consumer_goods", "2024年医药工业经济运行情况", "2025-03-06T10:00", [
        "2024年，规模以上医药工业企业实现营业收入29552.5亿元，同比下降0.1%。各子行业中，卫生材料及医药用品制造"
        "增长最快，营业收入同比增长6.3%。"])
    assert figures(release) == expect("""
miit_revenue.medicine 2024 year level 29552.5
miit_revenue.medicine 2024 year yoy_pct -0.1
miit_revenue.medicine_materials 2024 year yoy_pct 6.3
""")


def test_about_unchanged_then_the_exact_growth_is_one_figure_not_a_conflict():
    # a software report's summary says exports about unchanged, its body the exact fall (January–February 2025)
    release = parse_text("software", "2025年1—2月份软件业经济运行情况", "2025-03-27T10:00", [
        "1—2月份，我国软件业运行态势平稳，软件业务出口与上年同期基本持平。",
        "1—2月份，软件业务出口80.3亿美元，同比下降0.3%。"])
    assert release.conflicts == []
    exports = {o.measure: (o.value, o.qualifier) for o in release.observations if o.indicator == "software_export"}
    assert exports == {"level": (80.3, "exact"), "yoy_pct": (-0.3, "exact")}


def test_a_statement_reads_bracketed_lists_in_a_name_the_whole_industry_and_a_batch_of_a_list():
    said = parse_text("statement", "信息通信业运行稳中有进 新型基础设施建设迈上新台阶", "2025-12-02T10:00", [
        "前10个月，全行业完成电信业务收入14670亿元，同比增长0.9%。截至10月末，互联网电视（IPTV、OTT）用户达到4.12亿户。"])
    assert figures(said) == expect("""
telecom.revenue 2025-10 ytd level 14670
telecom.revenue 2025-10 ytd yoy_pct 0.9
telecom.iptv_users 2025-10 month level 4.12
""")
    green = parse_text("statement", "绿色制造体系持续完善", "2025-01-24T10:00", [
        "2024年度绿色制造名单日前公布。本批次新培育国家层面绿色工厂1382家、绿色工业园区123家。"])
    assert figures(green) == expect("""
green_factories_new 2024 year count 1382
green_parks_new 2024 year count 123
""")


def test_a_statements_share_said_with_no_whole_is_of_its_own_total_and_a_share_not_read_breaks_the_chain():
    # first-half 2025 telecom figures, as a press conference says them (our own words)
    said = parse_text("statement", "国新办举行新闻发布会 介绍2025年上半年工业和信息化发展情况", "2025-07-18T10:00", [
        "截至6月末，5G移动电话用户11.18亿户，占移动电话用户的61.8%；千兆及以上接入速率的固定宽带用户占比为33%。",
        "上半年，规模以上工业专精特新“小巨人”企业增加值同比增长8.6%；“小巨人”企业研发费用占营业收入的比重为5.3%，"
        "高出全部规上工业平均水平3.1个百分点。"])
    shares = {o.indicator: o.relative_to for o in said.observations if o.measure == "share_pct"}
    assert shares == {"telecom.mobile_users_5g": "telecom.mobile_users", "telecom.broadband_gigabit": "telecom.broadband_users"}
    # the R&D share is no catalogued series: its gap is never the value added's
    assert [o.measure for o in said.observations if o.indicator == "industrial_va.little_giants"] == ["yoy_pct"]


def test_a_change_of_growth_with_no_span_said_is_against_the_year_before_in_a_years_report_only():
    assert register.span_change_in_a_year(fold("增速提高1.2个百分点")).values == (1.2,)
    assert register.span_change_in_a_year(fold("降幅收窄3.6个百分点")).values == (3.6,)
    assert register.span_change_in_a_year(fold("增速比上年提高1.2个百分点")) is None     # said: span_change's
    year = parse_text("software", "2023年软件业经济运行情况", "2024-01-26T10:00", [
        "2023年，软件产品收入29030亿元，比上年增长11.1%，增速提高1.2个百分点。"])
    assert figures(year)[("software_revenue.products", "2023", "year", "growth_pp_change", "2022/year")] == 1.2
    # part of a year: the span before, or the year before? never guessed
    months = parse_text("software", "2024年1—8月软件业经济运行情况", "2024-09-26T10:00", [
        "1—8月，软件产品收入19030亿元，同比增长11.1%，增速提高1.2个百分点。"])
    assert [o.measure for o in months.observations] == ["level", "yoy_pct"]


def test_a_key_enterprises_figures_never_stand_for_the_nations_and_a_part_said_after_a_list_is_every_names():
    # first-half 2025 shipbuilding (CANSI's figures as MIIT's column prints them), in our own words
    release = parse_text("equipment", "2025年1—6月船舶工业经济运行情况", "2025-07-18T10:00", [
        "1—6月，全国造船完工2413万载重吨，同比下降3.5%；承接新船订单4433万载重吨，同比下降18.2%。",
        "1—6月，重点监测的造船企业完工2215万载重吨，同比下降4.1%；新接订单4058万载重吨，同比下降19.6%。",
        "以修正总吨计，造船完工量、新接订单量和手持订单量中海船分别为800万修正总吨、1900万修正总吨和9000万修正总吨。"])
    assert release.conflicts == []
    assert figures(release) == expect("""
shipbuilding.completions 2025-06 ytd level 2413
shipbuilding.completions 2025-06 ytd yoy_pct -3.5
shipbuilding.new_orders 2025-06 ytd level 4433
shipbuilding.new_orders 2025-06 ytd yoy_pct -18.2
shipbuilding.completions_sea 2025-06 ytd level 800
shipbuilding.new_orders_sea 2025-06 ytd level 1900
shipbuilding.order_book_sea 2025-06 month level 9000
""")


def test_a_statement_reads_the_nations_exports_of_a_named_class_of_goods_never_a_bare_export():
    said = parse_text("statement", "国新办举行新闻发布会 介绍2025年上半年工业和信息化发展情况", "2025-07-18T10:00", [
        "上半年，机电产品出口7.8万亿元，同比增长9.5%。其中，出口汽车308.3万辆。"])
    got = figures(said)
    assert got[("goods_trade.mech_elec_exports", "2025-06", "ytd", "level")] == 7.8
    assert got[("goods_trade.mech_elec_exports", "2025-06", "ytd", "yoy_pct")] == 9.5
    assert not any(code.startswith("goods_trade.exports") for code, *_ in got)


def test_a_page_whose_figures_are_all_in_a_table():
    # the software column's main-indicators table (January–October 2025 wording), no sentence before it
    release = parse_text("software", "2025年1—10月份软件业运行情况", "2025-11-27T10:00", [], tables=[[
        ["指标名称", "单位", "1—10月累计", "同比增长（%）"],
        ["软件业务收入", "亿元", "122170", "12.4"],
        ["利润总额", "亿元", "15068", "7.3"]]])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("software_revenue", "level")] == 122170 and got[("software_revenue", "yoy_pct")] == 12.4


def test_a_statement_reads_the_industry_said_as_hangye_and_never_a_share_of_nothing_as_a_level():
    # 2024 petrochemicals as a ministry statement says them (real figures, our own words)
    said = parse_text("statement", "2024年原材料工业运行总体平稳", "2025-02-21T10:00", [
        "全年石化化工行业增加值同比增长7.2%，乙烯产量3493万吨。行业实现营业收入16.28万亿元，同比增长2.1%，"
        "约占全国规模以上工业营业收入的12%；利润总额7897.1亿元，同比下降8.8%。"])
    assert figures(said) == expect("""
miit_va.petrochem 2024 year yoy_pct 7.2
output.ethylene 2024 year level 3493
miit_revenue.petrochem 2024 year level 16.28
miit_revenue.petrochem 2024 year yoy_pct 2.1
miit_revenue.petrochem 2024 year share_pct 12
miit_profit.petrochem 2024 year level 7897.1
miit_profit.petrochem 2024 year yoy_pct -8.8
""")
    # with no industry to be of, the share is of nothing read: never a level of the whole's name
    alone = parse_text("statement", "2024年原材料工业运行总体平稳", "2025-02-21T10:00", [
        "全年实现营业收入16.28万亿元，约占全国规模以上工业营业收入的12%。"])
    assert [o for o in alone.observations if o.unit == "%"] == []


def test_a_market_shares_change_said_as_zhanyoulu():
    release = parse_text("equipment", "2025年1—10月汽车工业经济运行情况", "2025-11-14T10:00", [
        "1—10月，中国品牌乘用车共销售1683.6万辆，占乘用车销售总量的69.6%，占有率比上年同期提升3.9个百分点。"])
    got = {(o.measure, o.relative_to): o.value for o in release.observations if o.indicator == "vehicles.chinese_brand_sales"}
    assert got[("share_pp_change", "vehicles.passenger_sales")] == 3.9


def test_a_statement_reads_exports_said_verb_first_a_total_said_with_heji_and_an_industrys_export_delivery():
    # 2024 electronics and software, as a ministry news item says them (real figures, our own words)
    said = parse_text("statement", "2024年电子信息产业量质齐升", "2025-02-10T10:00", [
        "2024年，规模以上电子信息制造业实现出口交货值同比增长2.3%。全年出口手机8.14亿台，增长1.9%。",
        "软件业务收入137276亿元，其中云计算、大数据服务收入合计14088亿元。"])
    assert figures(said) == expect("""
electronics_export_delivery 2024 year yoy_pct 2.3
customs_export.mobile_phones 2024 year level 8.14
customs_export.mobile_phones 2024 year yoy_pct 1.9
software_revenue 2024 year level 137276
software_revenue.cloud_bigdata 2024 year level 14088
""")


def test_light_industry_products_and_exports_the_column_prints():
    release = parse_text("consumer_goods", "2025年上半年轻工业经济运行情况", "2025-08-05T10:00", [
        "上半年，塑料制品、纸制品产量分别为3742.6万吨和3826.5万吨。",
        "其中，塑料制品、家用电器出口额分别为537.2亿美元和508.6亿美元，家具出口超过300亿美元。"])
    assert figures(release) == expect("""
output.plastic_products 2025-06 ytd level 3742.6
output.paper_products 2025-06 ytd level 3826.5
customs_export.plastic_products 2025-06 ytd level 537.2
customs_export.home_appliances 2025-06 ytd level 508.6
customs_export.furniture 2025-06 ytd level 300
""")


@pytest.mark.parametrize("text, names, said", [
    ("增长5.2%和5.8%", 2, "分别增长5.2%和5.8%"),
    ("同比下降5.8%、3.9%和1.2%", 3, "同比分别下降5.8%、3.9%和1.2%"),
    ("增长5.2%和5.8%", 3, None),             # not as many changes as names: never handed out
    ("增长5.2%", 1, None),
])
def test_changes_listed_with_no_fenbie_are_one_per_name_just_read(text, names, said):
    assert register.changes_listed(fold(text), names) == said


def test_a_statement_reads_changes_listed_without_fenbie_a_basis_before_a_list_and_a_whole_said_first():
    # 2024 autos and steel as ministry news items say them (real figures, our own words)
    autos = parse_text("statement", "2024年汽车产业发展跑出加速度", "2025-01-26T10:00", [
        "其中，乘用车产销分别为2747.7万辆和2756.3万辆，增长5.2%和5.8%。",
        "新能源汽车产销分别完成1288.8万辆和1286.6万辆，新车销量中新能源汽车占到40.9%。"])
    got = figures(autos)
    assert got[("vehicles.passenger_production", "2024", "year", "yoy_pct")] == 5.2
    assert got[("vehicles.passenger_sales", "2024", "year", "yoy_pct")] == 5.8
    share = next(o for o in autos.observations if o.measure == "share_pct")
    assert (share.indicator, share.value, share.relative_to) == ("vehicles.nev_sales", 40.9, "vehicles.sales")
    assert autos.unexplained == []
    steel = parse_text("statement", "2024年原材料工业运行总体平稳", "2025-02-21T10:00", [
        "生铁、粗钢和钢材产量分别为85174万吨、100509万吨和139967万吨，与上年相比依次下降2.3%、下降1.7%和增长1.1%。"])
    got = figures(steel)
    assert [got[(code, "2024", "year", "yoy_pct")] for code in ("output.pig_iron", "output.crude_steel",
                                                               "output.steel_products")] == [-2.3, -1.7, 1.1]


def test_an_index_said_where_it_stands_then_its_changes_in_points_against_the_month_before_and_the_year_before():
    # the building-materials business-climate index of June 2025 (real figures, our own words)
    release = parse_text("raw_materials", "2025年上半年建材行业运行情况", "2025-07-29T10:00", [
        "6月份建筑材料工业景气指数为100.6点，处于景气区间，比5月份回落2.3点，比上年同月低1.4点。"])
    assert figures(release) == expect("""
building_materials.mpi 2025-06 month level 100.6
building_materials.mpi 2025-06 month mom_abs_change -2.3
building_materials.mpi 2025-06 month yoy_abs_change -1.4
""")
    # against a month other than the one before: neither a change on the month nor on the year
    earlier = parse_text("raw_materials", "2025年上半年建材行业运行情况", "2025-07-29T10:00", [
        "6月份建筑材料工业景气指数为100.6点，比3月份回落2.3点。"])
    assert [o.measure for o in earlier.observations] == ["level"]


def test_an_index_said_to_pass_its_line_again_then_its_changes_and_the_month_before_said_as_this_index():
    # August 2025 (real figures, our own words)
    release = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-30T10:00", [
        "8月份建筑材料工业景气指数为101.2点，重回临界点以上，比7月份回升6.4点，比上年同月低0.2点；"
        "7月份该指数为94.8点，处于非景气区间。"])
    assert figures(release) == expect("""
building_materials.mpi 2025-08 month level 101.2
building_materials.mpi 2025-08 month mom_abs_change 6.4
building_materials.mpi 2025-08 month yoy_abs_change -0.2
building_materials.mpi 2025-07 month level 94.8
""")
    assert register.STATE_ONLY.fullmatch("重回临界点以上") and register.STATE_ONLY.fullmatch("跌破荣枯线")
    assert not register.STATE_ONLY.fullmatch("重回增长")


def test_a_quarterly_rate_said_to_move_to_a_level_in_the_next_quarter():
    release = parse_text("raw_materials", "2025年石化化工行业经济运行情况", "2026-02-12T10:00", [
        "一季度，化学原料和化学制品制造业产能利用率为73.5%，比上年同期下降2.9个百分点；二季度进一步降至71.9%。"])
    got = {(o.period, o.period_type, o.measure): o.value for o in release.observations
           if o.indicator == "capacity_utilization.chemicals"}
    assert got[("2025-06", "quarter", "level")] == 71.9
    # a margin said by month after one to date: not sure to be the same series, not read
    steel = parse_text("raw_materials", "2025年前三季度钢铁行业运行情况", "2025-10-30T10:00", [
        "上半年，重点统计钢铁企业平均利润率为1.97%。分月看，行业销售利润率6月份达到2.82%，9月份回落至1.71%。"])
    assert 1.71 not in {o.value for o in steel.observations}


def test_members_counted_then_their_metric():
    found = register.members_and_metric(fold("2327家规模以上农机企业实现营业收入2661.89亿元"))
    assert (found.count, found.who, found.metric, found.amount) == (
        register.Item(2327.0, "家"), "规模以上农机企业", "营业收入", register.Item(2661.89, "亿元"))
    assert register.members_and_metric(fold("2327家企业参加展会，成交2661.89亿元")) is None
    assert register.members_and_metric(fold("规模以上农机企业实现营业收入2661.89亿元")) is None    # no count: a level


def test_quarters_looked_at_in_passing_leave_the_reports_year_and_one_span_looked_at_goes_on():
    release = parse_text("consumer_goods", "2025年纺织行业运行情况", "2026-02-27T10:00", [
        "分季度看，一季度服装出口同比下降1.9%，二季度增长1.2%，三季度、四季度分别下降6.2%和12.2%。"
        "分品类看，针织服装出口698.8亿美元，下降4.3%。"])
    assert {(o.period, o.measure) for o in release.observations if o.indicator == "customs_export.apparel_knitted"} == {
        ("2025", "level"), ("2025", "yoy_pct")}          # the year's, never the first quarter's
    ships = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "从年内走势看，前三季度全国造船完工量3853万载重吨，同比增长6.0%；截至9月底，手持订单量24224万载重吨。"
        "同期，造船完工量占世界总量的53.8%。"])
    assert {o.period for o in ships.observations if o.measure == "share_pct"} == {"2025-09"}


def test_a_month_entered_opens_the_month():
    release = parse_text("raw_materials", "2025年上半年钢铁行业运行情况", "2025-08-06T10:00", [
        "上半年全国粗钢产量51483万吨，同比下降3.0%；生铁产量43468万吨，同比下降0.8%。"
        "进入6月份，各地减产力度加大，当月粗钢、生铁产量同比分别下降9.2%和4.1%。"])
    assert figures(release).items() >= expect("""
output.crude_steel 2025-06 ytd yoy_pct -3.0
output.pig_iron 2025-06 ytd yoy_pct -0.8
output.crude_steel 2025-06 month yoy_pct -9.2
output.pig_iron 2025-06 month yoy_pct -4.1
""").items()


def test_a_reports_bare_cost_and_margin_after_a_named_revenue_are_the_same_owners():
    release = parse_text("raw_materials", "2025年上半年钢铁行业运行情况", "2025-08-06T10:00", [
        "上半年会员钢铁企业实现营业收入29985亿元，同比下降5.79%；营业成本28055亿元，同比下降6.83%；"
        "实现利润总额592亿元，同比增长63.26%。销售利润率为1.97%，同比提高0.83个百分点。"])
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("会员钢铁企业营业收入", "level", 29985.0), ("会员钢铁企业营业收入", "yoy_pct", -5.79),
        ("会员钢铁企业营业成本", "level", 28055.0), ("会员钢铁企业营业成本", "yoy_pct", -6.83),
        ("会员钢铁企业利润总额", "level", 592.0), ("会员钢铁企业利润总额", "yoy_pct", 63.26),
        ("会员钢铁企业销售利润率", "level", 1.97), ("会员钢铁企业销售利润率", "pp_change", 0.83)}   # never a bare '营业成本'


def test_spans_of_the_year_listed_before_one_names_figures():
    assert register.period_list(fold("上半年和1—7月依次下降5.4%和5.6%"), 2025) == (
        [Period("2025-06", "ytd"), Period("2025-07", "ytd")], "依次下降5.4%和5.6%")
    assert register.period_list(fold("一季度、上半年分别增长"), 2025)[0] == [Period("2025-03", "ytd"), Period("2025-06", "ytd")]
    assert register.period_list(fold("2024年和2025年分别"), 2025) is None     # years: a list of names' figures by year
    assert register.period_list(fold("上半年，利润"), 2025) is None


def test_a_share_of_a_whole_measured_like_one_of_the_names_just_read_is_that_names():
    # January–August 2025 NEVs (CAAM figures as MIIT prints them), in our own words
    release = parse_text("equipment", "2025年1—8月汽车工业经济运行情况", "2025-09-15T10:00", [
        "1—8月新能源汽车产销量依次为962.5万辆和962万辆，较上年同期分别增长37.3%和36.7%，占汽车新车总销量的45.5%。"])
    shares = [(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "share_pct"]
    assert shares == [("vehicles.nev_sales", 45.5, "vehicles.sales")]


def test_a_statement_never_reads_a_bare_metric_said_with_de_as_a_series():
    # '…贡献了9.6%的营业收入': whose revenue? Not the electronics industry's, whose series prints it bare: the little
    # giants' share of the SMEs' (户数: their number)
    said = parse_text("statement", "工业和信息化部举行新闻发布会 介绍前三季度中小企业发展情况", "2025-10-29T10:00", [
        "“小巨人”企业以占全国规上工业中小企业3.5%的户数，贡献了9.6%的营业收入和13.7%的利润总额。"])
    assert {(o.indicator, o.value) for o in said.observations} == {
        ("sme.little_giants_count_share", 3.5), ("sme.little_giants_revenue_share", 9.6),
        ("sme.little_giants_profit_share", 13.7)}


def test_a_product_said_after_the_scope_of_enterprises():
    release = parse_text("consumer_goods", "2025年1—6月纺织行业运行情况", "2025-08-05T10:00", [
        "1—6月，规模以上企业化学纤维产量4236万吨，同比增长4.9%。"])
    assert figures(release) == expect("""
output.chemical_fibers 2025-06 ytd level 4236
output.chemical_fibers 2025-06 ytd yoy_pct 4.9
""")


def test_a_statement_reads_the_retail_sales_of_a_category_as_nbs_names_it():
    said = parse_text("statement", "消费品工业稳中向好", "2026-02-11T10:00", [
        "2025年，限额以上单位家用电器和音像器材类、通讯器材类商品零售额分别增长11%和20.9%。"])
    assert figures(said) == expect("""
retail_sales.appliances 2025 year yoy_pct 11
retail_sales.telecom_equipment 2025 year yoy_pct 20.9
""")


def test_examples_closed_by_deng_name_the_kind_when_the_kind_is_a_series():
    # first-half 2025 telecom (real figures, our own words): the emerging businesses as a whole
    release = parse_text("telecom", "2025年上半年通信业经济运行情况", "2025-07-22T10:00", [
        "上半年，云计算、大数据、移动物联网、数据中心等新兴业务合计实现收入2263亿元，同比增长5.6%，占电信业务收入的25%。"])
    assert figures(release) == expect("""
telecom.emerging_revenue 2025-06 ytd level 2263
telecom.emerging_revenue 2025-06 ytd yoy_pct 5.6
telecom.emerging_revenue 2025-06 ytd share_pct 25
""")


@pytest.mark.parametrize("label, read", [
    ("新车销量中新能源汽车", ("新能源汽车销量", "新车销量")),
    ("出口总额中机电产品", ("机电产品", "出口总额")),       # a total as the whole: the part keeps its own name
    ("规模以上工业中小企业", None),                        # the words before 中 measure nothing
    ("专精特新中小企业", None),                            # a 中 inside a name, no whole before it
])
def test_a_share_whose_whole_is_said_first(label, read):
    assert register.whole_first(fold(label)) == read


def test_a_change_since_a_years_end_after_the_name_it_is_of():
    name, since = register.cumulative_named(fold("算力总规模较上年末增长16.5%"))
    assert (name, since) == ("算力总规模", register.Since("上年", (I(16.5, "%"),), True))
    assert register.cumulative_named(fold("算力总规模增长16.5%")) is None


@pytest.mark.parametrize("rule, text, found", [
    (register.STATE_ONLY, "处于景气区间", True),
    (register.STATE_ONLY, "继续保持在荣枯线以上", True),
    (register.STATE_ONLY, "处于较高水平", False),
    (register.NAMED_ONLY, "卫生材料及医药用品制造增长最快", True),
    (register.NAMED_ONLY, "卫生材料及医药用品制造增长6.3%", False),
])
def test_clauses_with_no_figure_that_still_say_whose(rule, text, found):
    assert bool(rule.fullmatch(fold(text))) == found


def test_a_key_enterprises_scope_and_a_part_said_after_a_list():
    assert register.KEY_SCOPE.match(fold("重点监测的造船企业完工2215万载重吨"))
    assert not register.KEY_SCOPE.match(fold("全国造船完工2413万载重吨"))
    assert register.part_after_list(["造船完工量", "新接订单量", "手持订单量中海船"]) == \
        ["造船完工量中海船", "新接订单量中海船", "手持订单量中海船"]
    assert register.part_after_list(["造船完工量", "新接订单量"]) == ["造船完工量", "新接订单量"]


def test_a_segments_share_of_the_whole_industrys_trade_is_of_the_industrys_total():
    # the 2025 first-half petrochemical trade, in our own words
    release = parse_text("raw_materials", "2025年上半年石化化工行业运行情况", "2025-07-30T10:00", [
        "上半年，全行业进出口总额4416.2亿美元，同比下降4.6%。其中，油气开采业进出口额1779.5亿美元，下降11%；"
        "化学工业进出口额2080.3亿美元，增长0.3%，占全行业进出口总额的47.1%。"])
    assert figures(release) == expect("""
customs_trade.petrochem 2025-06 ytd level 4416.2
customs_trade.petrochem 2025-06 ytd yoy_pct -4.6
customs_trade.petrochem_oil_gas 2025-06 ytd level 1779.5
customs_trade.petrochem_oil_gas 2025-06 ytd yoy_pct -11
customs_trade.petrochem_chemicals 2025-06 ytd level 2080.3
customs_trade.petrochem_chemicals 2025-06 ytd yoy_pct 0.3
customs_trade.petrochem_chemicals 2025-06 ytd share_pct 47.1
""")
    share, = [o for o in release.observations if o.measure == "share_pct"]
    assert share.relative_to == "customs_trade.petrochem"


def test_a_scope_note_in_brackets_and_users_said_as_a_scale():
    # 2024 nonferrous and 2025 third-quarter telecom figures, in our own words
    metals = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-11T10:00", [
        "2024年，规模以上有色金属工业企业（含独立黄金企业）实现营业收入86687.1亿元，同比增长13.3%。"])
    assert figures(metals) == expect("""
miit_revenue.nonferrous 2024 year level 86687.1
miit_revenue.nonferrous 2024 year yoy_pct 13.3
""")
    users = parse_text("telecom", "2025年前三季度通信业经济运行情况", "2025-10-24T10:00", [
        "截至9月末，移动电话用户总数达18.28亿户。其中，5G移动电话用户规模为11.67亿户，在移动电话用户中占63.9%。"])
    assert figures(users) == expect("""
telecom.mobile_users 2025-09 month level 18.28
telecom.mobile_users_5g 2025-09 month level 11.67
telecom.mobile_users_5g 2025-09 month share_pct 63.9
""")


def test_a_list_of_industries_closed_by_等_names_its_members():
    # 2025 first-three-quarters consumer-goods figures, in our own words; light industry without food is its own
    release = parse_text("consumer_goods", "2025年前三季度消费品工业运行情况", "2025-10-31T10:00", [
        "前三季度，规模以上消费品工业增加值同比增长4.6%。其中，轻工（不含食品）、纺织、食品、医药和烟草等行业分别增长"
        "6.1%、1.5%、4.8%、2.3%和4.7%。",
        "前三季度，规模以上消费品工业企业实现营业收入27.1万亿元，同比增长1.6%。纺织、医药等行业利润分别下降3.5%和1.8%。"
        "消费品工业营业收入在全部工业中占26.3%。"])
    assert figures(release) == expect("""
miit_va.consumer_goods 2025-09 ytd yoy_pct 4.6
miit_va.light_ex_food 2025-09 ytd yoy_pct 6.1
miit_va.textiles 2025-09 ytd yoy_pct 1.5
miit_va.food 2025-09 ytd yoy_pct 4.8
miit_va.medicine 2025-09 ytd yoy_pct 2.3
miit_va.tobacco 2025-09 ytd yoy_pct 4.7
miit_revenue.consumer_goods 2025-09 ytd level 27.1
miit_revenue.consumer_goods 2025-09 ytd yoy_pct 1.6
miit_profit.textiles 2025-09 ytd yoy_pct -3.5
miit_profit.medicine 2025-09 ytd yoy_pct -1.8
miit_revenue.consumer_goods 2025-09 ytd share_pct 26.3
""")
    assert register.without_etc("纺织、医药等行业利润") == "纺织、医药行业利润"
    assert register.without_etc("超白玻璃、多晶硅等产品产量") == "超白玻璃、多晶硅产量"


SHIPS_2025 = ["2025年，全国造船完工量5369万载重吨；新接订单量10782万载重吨；截至12月底，手持订单量27442万载重吨。",
              "我国造船完工量、新接订单量、手持订单量分别占世界总量的56.1%、69.0%和66.8%。与上年相比，完工量和手持订单量"
              "所占份额分别提高0.4个和3.7个百分点，新接订单量所占份额回落5.1个百分点。"]


def test_shares_changes_after_a_basis_of_the_year_before_in_a_report_and_a_statement():
    # 2025 shipbuilding figures, in our own words; 所占 joins each name to its share
    assert register.share_change_after_basis(fold("完工量和手持订单量所占份额分别提高0.4个和3.7个百分点")) == \
        register.SpanChange("份额", "上年", (0.4, 3.7), "完工量和手持订单量")
    assert register.share_change_after_basis(fold("完工量同比增长11.4%")) is None
    changes = {("shipbuilding.completions", "2025", 0.4), ("shipbuilding.order_book", "2025-12", 3.7),
               ("shipbuilding.new_orders", "2025", -5.1)}
    report = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-02-01T10:00", SHIPS_2025)
    said = statement_page("我国造船三大指标连续16年保持世界第一", "2026-02-01T10:00", SHIPS_2025)
    for release in (report, said):
        read = {(o.indicator, o.period, o.value) for o in release.observations if o.measure == "share_pp_change"}
        assert read == changes
        assert {o.relative_to for o in release.observations if o.measure == "share_pp_change"} == {"world"}


def test_a_part_of_several_wholes_in_a_statement():
    # the export ships' 2025 shares, in our own words (the release reader's form, read by the statement reader too)
    release = statement_page("我国造船三大指标连续16年保持世界第一", "2026-02-01T10:00", [
        SHIPS_2025[0], "出口船舶占全国造船完工量、新接订单量、手持订单量的比重依次为89.3%、88.2%和92.4%。"])
    assert {(o.indicator, o.period, o.value, o.relative_to) for o in release.observations if o.measure == "share_pct"} == {
        ("shipbuilding.export_completions", "2025", 89.3, "shipbuilding.completions"),
        ("shipbuilding.export_new_orders", "2025", 88.2, "shipbuilding.new_orders"),
        ("shipbuilding.export_order_book", "2025-12", 92.4, "shipbuilding.order_book")}


def test_the_members_named_before_their_bare_metric_and_a_level_flat_on_a_year_before():
    # 2025 software and steel figures, in our own words
    release = parse_text("software", "2025年1—7月份软件业经济运行情况", "2025-08-27T10:00", [
        "1—7月份，全国软件业务收入80000亿元，同比增长12%。",
        "1—7月份，软件业务收入居前5名的北京、广东、江苏、山东、上海，收入增速分别为13.8%、9.6%、12.7%、12.6%和15.4%。"])
    grown = {o.indicator: o.value for o in release.observations if o.measure == "yoy_pct" and o.dimension == "region"}
    assert grown == {"software_revenue.beijing": 13.8, "software_revenue.guangdong": 9.6, "software_revenue.jiangsu": 12.7,
                     "software_revenue.shandong": 12.6, "software_revenue.shanghai": 15.4}
    assert all(o.quote.startswith("北京、广东") for o in release.observations if o.dimension == "region")
    # '同比增长0.2%，与上年同期基本持平' says the growth again: never a change of a growth rate
    steel = parse_text("raw_materials", "2025年前三季度钢铁行业运行情况", "2025-10-31T10:00", [
        "前三季度，进口铁矿砂及其精矿91210万吨，同比增长0.2%，与上年同期基本持平。"])
    assert {o.measure for o in steel.observations} == {"level", "yoy_pct"}
    said = statement_page("钢铁行业运行情况", "2025-10-31T10:00", ["前三季度，进口铁矿砂91210万吨，同比增长0.2%，与上年同期基本持平。"])
    assert {o.measure for o in said.observations} == {"level", "yoy_pct"}
    # an amount flat on a year before is a growth of about zero, never a change of a growth rate
    flat = statement_page("深入实施三品战略", "2025-02-14T10:00", ["2024年，医药制造业实现营业收入2.53万亿元，与上年基本持平。"])
    assert {(o.measure, o.value, o.qualifier) for o in flat.observations} == {("level", 2.53, "exact"),
                                                                            ("yoy_pct", 0.0, "about")}
    assert register.flat_on_a_year_before(register.SpanChange("", "上年同期", (0.0,), ""))
    assert not register.flat_on_a_year_before(register.SpanChange("增速", "上年同期", (0.0,), ""))


def test_petrochemical_segments_are_never_the_whole_industry():
    # 2025 first-nine-months petrochemical finance, in our own words: 化工行业 is the chemical segment
    release = parse_text("raw_materials", "2025年1－9月石化化工行业运行情况", "2025-11-06T10:00", [
        "1－9月，石化化工行业规模以上企业实现营业收入11.6万亿元，同比下降3.5%。",
        "分板块看，石油和天然气开采业实现营业收入9320亿元；炼油业实现营业收入3.02万亿元；化工行业实现营业收入7.46万亿元。"])
    assert {o.indicator: o.value for o in release.observations if o.measure == "level"} == {
        "miit_revenue.petrochem": 11.6, "miit_revenue.oil_gas_extraction": 9320.0, "miit_revenue.refining": 3.02,
        "miit_revenue.chemical_industry": 7.46}


@pytest.mark.parametrize("clause, period, change", [
    ("较一季度下降0.4点", Period("2025-06", "quarter"), -0.4),
    ("比上季度上升0.1个点", Period("2025-06", "quarter"), 0.1),
    ("较上年四季度上升0.5点", Period("2025-03", "quarter"), 0.5),
    ("较一季度下降0.4点", Period("2025-09", "quarter"), None),     # not the quarter before: never guessed
    ("较上季度上升0.1点", Period("2025-06", "ytd"), None),          # not a quarterly figure
    ("较2024年四季度上升0.5点", Period("2025-03", "quarter"), 0.5),  # the quarter before, its year printed
    ("较2023年四季度上升0.5点", Period("2025-03", "quarter"), None),  # not the quarter before
])
def test_a_quarterly_index_moved_in_points_on_the_quarter_before(clause, period, change):
    assert register.points_on_quarter_before(fold(clause), period) == change


def test_a_circumstance_is_no_part_of_a_name_and_members_counted_share_their_kind():
    # 2025 figures of the raw-materials industries, in our own words
    assert register.without_circumstance("钢铁行业在粗钢产量调控背景下增加值") == "钢铁行业增加值"
    assert register.without_circumstance("在全球需求偏弱的情况下出口") == "出口"
    for release in (parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-01-20T10:00",
                               ["2025年，钢铁行业在粗钢产量调控背景下增加值同比增长4.6%。"]),
                    statement_page("十大重点行业稳增长成效明显", "2026-01-20T10:00",
                                   ["2025年，钢铁行业在粗钢产量调控背景下增加值增长4.6%。"])):
        assert [(o.indicator, o.measure, o.value) for o in release.observations] == [("miit_va.steel", "yoy_pct", 4.6)]
    shares = statement_page("十大重点行业稳增长成效明显", "2026-01-20T10:00",
                            ["2025年，有色、钢铁、建材三个行业占规上工业的比重分别为3.8%、4.2%和4.9%。"])
    assert {(o.indicator, o.value, o.relative_to) for o in shares.observations} == {
        ("miit_va.nonferrous", 3.8, "industrial_va"), ("miit_va.steel", 4.2, "industrial_va"),
        ("miit_va.building_materials", 4.9, "industrial_va")}


def test_figures_on_the_scale_a_sentence_names_are_of_the_series_kept_on_that_scale():
    # 2025 shipbuilding figures in compensated gross tons, in our own words; the same figures in both readers
    cgt = ["2025年，全国造船完工量5369万载重吨；新接订单量10782万载重吨；截至12月底，手持订单量27442万载重吨。",
           "以修正总吨计，三大指标依次为2086万修正总吨、3912万修正总吨和9165万修正总吨，分别占世界总量的51.7%、63.8%和58.2%。"]
    expected = {("shipbuilding.completions_cgt", "level", 2086.0), ("shipbuilding.new_orders_cgt", "level", 3912.0),
                ("shipbuilding.order_book_cgt", "level", 9165.0), ("shipbuilding.completions_cgt", "share_pct", 51.7),
                ("shipbuilding.new_orders_cgt", "share_pct", 63.8), ("shipbuilding.order_book_cgt", "share_pct", 58.2)}
    for release in (parse_text("equipment", "2025年船舶工业经济运行情况", "2026-02-01T10:00", cgt),
                    statement_page("我国造船三大指标连续16年保持世界第一", "2026-02-01T10:00", cgt)):
        read = {(o.indicator, o.measure, o.value) for o in release.observations if o.indicator.endswith("_cgt")}
        assert read == expected
        assert not any(o.unit.endswith("修正总吨") and not o.indicator.endswith("_cgt") for o in release.observations)


def test_the_three_indicators_after_a_list_of_shares_are_that_lists_names():
    # 2024 shipbuilding, in our own words: the paragraph before read the export ships' levels; '三项指标' after the shares
    # of the three totals are those totals (in compensated gross tons), never the export ships
    release = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-20T10:00", [
        "2024年，全国造船完工量4818万载重吨，新接订单量11305万载重吨；截至12月底，手持订单量20872万载重吨。",
        "全年完工出口船4236万载重吨；承接出口船订单9923万载重吨；截至12月底，手持出口船订单18930万载重吨。",
        "以载重吨计，2024年我国造船完工量、新接订单量和手持订单量分别占世界总量的55.7%、74.1%和63.1%，"
        "新接订单量和手持订单量均创历史最好水平。以修正总吨计，三项指标的国际市场份额分别为53%、68.3%和57.9%。"])
    assert {(o.indicator, o.value) for o in release.observations if o.indicator.endswith("_cgt")} == {
        ("shipbuilding.completions_cgt", 53.0), ("shipbuilding.new_orders_cgt", 68.3), ("shipbuilding.order_book_cgt", 57.9)}
    assert "another scale" not in release.skip_reasons


def test_exports_said_in_yuan_are_the_series_kept_in_yuan():
    # the 2025 first-half textile exports, in our own words: in dollars, then 以人民币计
    release = parse_text("consumer_goods", "2025年上半年纺织行业运行情况", "2025-07-30T10:00", [
        "上半年，纺织品服装出口1438.8亿美元，同比增长1%。以人民币计，纺织品服装出口10348.2亿元，同比增长1.9%，"
        "其中纺织品出口5081亿元，服装出口5267.2亿元。"])
    assert {(o.indicator, o.measure, o.value, o.unit) for o in release.observations} == {
        ("customs_export.textiles_apparel", "level", 1438.8, "亿美元"), ("customs_export.textiles_apparel", "yoy_pct", 1.0, "%"),
        ("customs_export.textiles_apparel_cny", "level", 10348.2, "亿元"),
        ("customs_export.textiles_apparel_cny", "yoy_pct", 1.9, "%"),
        ("customs_export.textiles_cny", "level", 5081.0, "亿元"), ("customs_export.apparel_cny", "level", 5267.2, "亿元")}


def test_a_stock_at_the_last_ten_days_of_a_month_is_the_months():
    # CISA key enterprises' inventories in late May 2025, in our own words; the middle ten days are never a month's end
    release = parse_text("raw_materials", "2025年1—5月钢铁行业运行情况", "2025-06-27T10:00", [
        "5月下旬重点统计钢铁企业钢材库存量1557万吨，比上年同期下降9.2%。5月中旬重点统计钢铁企业钢材库存量1600万吨。"])
    assert figures(release) == expect("""
steel.key_inventory 2025-05 month level 1557
steel.key_inventory 2025-05 month yoy_pct -9.2
""")


def test_policies_listed_in_a_circumstance_what_a_part_of_the_nation_holds_and_a_share_already_over():
    assert register.without_circumstance("在以旧换新、新能源汽车下乡等政策组合推动下汽车销量") == "汽车销量"
    assert register.without_circumstance("在新能源汽车带动下汽车制造业增加值") == "汽车制造业增加值"
    assert register.holder("机械行业拥有制造业单项冠军企业超过500家") == "机械行业"
    assert register.holder("广东省已拥有国家级专精特新“小巨人”企业1500家") == "广东省"
    assert register.holder("我国拥有全部工业门类") is None
    assert register.holder("全国已有5G工厂超过8000家") is None
    assert register.share("新能源汽车新车销量在国内新车销量中的占比已超过50%") == \
        register.Share("新能源汽车新车销量", "国内新车销量", 50.0, "over")
    assert register.share("中国品牌乘用车市场份额已达到69.5%") == register.Share("中国品牌乘用车", "", 69.5, "exact")


def test_a_value_of_an_earlier_period_said_in_a_comparison():
    assert register.earlier_base("比10月底的475.8万个继续增加") == "10月底"
    assert register.earlier_base("较2024年的100509万吨进一步减少") == "2024年"
    assert register.earlier_base("超过2016年上半年的5712万吨") == "2016年上半年"
    assert register.earlier_base("上年同期为64.5%") == "上年同期"
    assert register.earlier_base("比上年增长5%") is None         # a change, never a value
    # the report reader: the level just read, of the year compared with (not its growth, read in between)
    steel = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-01-30T16:00", [
        "2025年，全国规模以上工业粗钢产量96081万吨，同比下降4.4%，较2024年的100509万吨进一步减少。"])
    assert figures(steel)[("output.crude_steel", "2024", "year", "level")] == 100509.0
    # the statement reader: a stock at the month-end compared with
    news = statement_page("网络底座持续夯实", "2025-12-26T18:00",
                          ["截至11月底，5G基站总数达到483.8万个，比10月底的475.8万个继续增加。"])
    assert {(o.indicator, o.period): o.value for o in news.observations} == {
        ("telecom.bs_5g", "2025-11"): 483.8, ("telecom.bs_5g", "2025-10"): 475.8}


def test_a_months_level_said_in_passing_keeps_its_change_and_a_products_output_said_bare():
    # steel 2025 (NBS figures as the ministry's column restates them, our words)
    steel = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-01-30T16:00", [
        "2025年，全国粗钢产量96081万吨，12月份为6818万吨，同比下降10.3%。",
        "前三季度粗钢产量7.46亿吨，同比下降2.9%；四季度压减力度加大，12月份产量6818万吨，同比下降10.3%。"])
    assert figures(steel) == expect("""
output.crude_steel 2025 year level 96081
output.crude_steel 2025-12 month level 6818
output.crude_steel 2025-12 month yoy_pct -10.3
output.crude_steel 2025-09 ytd level 7.46
output.crude_steel 2025-09 ytd yoy_pct -2.9
""")
    # a product's sales said bare are never its output
    sold = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-01-30T16:00", [
        "2025年，粗钢产量96081万吨。12月份销量342万吨。"])
    assert [o.indicator for o in sold.observations] == ["output.crude_steel"]


def test_a_level_from_the_end_of_a_plan_period():
    label, values = register.from_to("再生有色金属产量从“十三五”末的1450万吨增加到2024年的1915万吨")
    assert label == "再生有色金属产量" and [(year, item.value) for year, item in values] == [("2020", 1450.0), ("2024", 1915.0)]
    assert register.from_to("专利申请数从“十三五”末的90.7万件提高到124.4万件") is None     # the later year unsaid


def test_a_milestone_said_of_the_subjects_own_metric_keeps_the_subject_and_a_span_said_after_but():
    metals = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-03T10:00", [
        "十种有色金属产量8175万吨，比上年增长3.9%，年产量首次突破8000万吨，“十四五”时期年均增长5.0%。"])
    assert ("output.ten_nonferrous", "avg_yoy_pct") in {(o.indicator, o.measure) for o in metals.observations}
    software = parse_text("software", "2025年一季度软件业经济运行情况", "2025-04-25T10:00", [
        "一季度，软件业务出口131亿美元，同比增长2.4%，而1—2月份为同比下降0.3%。"])
    assert figures(software)[("software_export", "2025-02", "ytd", "yoy_pct")] == -0.3


def test_the_building_materials_climate_index_and_its_sub_indices():
    # the building-materials federation's August 2025 index as the column restates it (our words)
    page = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-28T10:00", [
        "8月份建筑材料工业景气指数为101.2点，比7月份回升6.4点。建筑材料工业价格指数为99.0点，比上月回落0.7点；"
        "建材投资需求指数为101.0点，比上月回升7.1点。"])
    got = {(o.indicator, o.measure): o.value for o in page.observations}
    assert got[("building_materials.mpi", "level")] == 101.2
    assert got[("building_materials.mpi_price", "level")] == 99.0
    assert got[("building_materials.mpi_investment", "level")] == 101.0


def test_a_names_growth_said_as_its_rate_and_a_change_on_the_month_end_before():
    assert register.GROWTH_NAMED.fullmatch("智能算力规模增速")["label"] == "智能算力规模"
    assert register.GROWTH_NAMED.fullmatch("软件业务收入的同比增长率")["label"] == "软件业务收入"
    assert register.GROWTH_NAMED.fullmatch("同比增速")["label"] == ""          # the subject in force
    assert register.GROWTH_NAMED.fullmatch("全市规上工业增加值增速就")["label"] == "全市规上工业增加值"   # '…增速就达到13.4%'
    assert register.GROWTH_NAMED.fullmatch("增速较快") is None
    moved = register.ABS_MOM.fullmatch("较9月末增加5.3万个")
    assert (moved["month"], moved["verb"], moved["num"], moved["unit"]) == ("9", "增加", "5.3", "万个")
    assert register.ABS_MOM.fullmatch("较上年末增加5.3万个") is None          # since the year's end: SINCE_YEAR_END


def test_garment_exports_by_kind():
    textiles = parse_text("consumer_goods", "2025年1－10月纺织行业运行情况", "2025-11-20T10:00", [
        "1—9月，梭织服装出口471.9亿美元，同比下降2.5%；针织服装出口529.4亿美元，下降2.3%；衣着附件出口114.7亿美元，下降2%。"])
    assert figures(textiles) == expect("""
customs_export.apparel_woven 2025-09 ytd level 471.9
customs_export.apparel_woven 2025-09 ytd yoy_pct -2.5
customs_export.apparel_knitted 2025-09 ytd level 529.4
customs_export.apparel_knitted 2025-09 ytd yoy_pct -2.3
customs_export.clothing_accessories 2025-09 ytd level 114.7
customs_export.clothing_accessories 2025-09 ytd yoy_pct -2.0
""")


def test_one_rate_against_two_aggregates_the_nations_own_output_and_enterprises_from_one_year_to_another():
    light = parse_text("consumer_goods", "2025年轻工业经济运行情况", "2026-02-06T10:00", [
        "全年，规模以上轻工企业实现营业收入23万亿元；营业收入利润率为6.04%，分别高于规模以上工业和制造业0.73个和1.34个百分点。",
        "“十四五”以来，全国规模以上轻工企业数量由2020年的10.87万家增加到14万家。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in light.observations}
    assert got[("miit_margin.light", "2025", "pp_gap", "industrial_margin")] == 0.73
    assert got[("miit_margin.light", "2025", "pp_gap", "industrial_margin.manufacturing")] == 1.34
    assert not any(k[0] == "miit_revenue.light" and k[2] == "pp_gap" for k in got)
    assert got[("miit_enterprises.light", "2020-12", "level", None)] == 10.87
    assert got[("miit_enterprises.light", "2025-12", "level", None)] == 14.0
    ore = parse_text("raw_materials", "2025年1—10月钢铁行业运行情况", "2025-11-28T16:00", [
        "原料方面，1—10月国内铁矿石原矿产量85173.6万吨，同比下降3.2%；10月产量8403.3万吨，同比下降2.9%。"])
    assert figures(ore) == expect("""
output.iron_ore 2025-10 ytd level 85173.6
output.iron_ore 2025-10 ytd yoy_pct -3.2
output.iron_ore 2025-10 month level 8403.3
output.iron_ore 2025-10 month yoy_pct -2.9
""")


def test_a_record_said_against_a_span():
    assert register.RECORD_SINCE.search("为去年8月以来累计最高增速")
    assert register.RECORD_SINCE.search("创2021年以来新高")
    assert register.RECORD_SINCE.search("去年以来") is None       # a span opening the figures after it


def test_a_growth_said_as_the_rate_it_moved_to_and_growths_of_listed_months():
    assert register.GROWTH_MOVED_TO.fullmatch("加快至7.7%")["num"] == "7.7"
    assert register.GROWTH_MOVED_TO.fullmatch("回升到6.8%")["num"] == "6.8"
    assert register.GROWTH_MOVED_TO.fullmatch("占比提高到40%") is None
    months = ["1—2月份规模以上工业增加值增长5.9%，3月份加快至7.7%；4月、5月分别增长6.1%和5.8%，6月份回升到6.8%。"]
    expected = expect("""
industrial_va 2025-02 ytd yoy_pct 5.9
industrial_va 2025-03 month yoy_pct 7.7
industrial_va 2025-04 month yoy_pct 6.1
industrial_va 2025-05 month yoy_pct 5.8
industrial_va 2025-06 month yoy_pct 6.8
""")
    assert figures(parse_text("industrial_production", "2025年9月份规模以上工业增加值增长6.5%", "2025-10-20T10:00",
                              months)) == expected
    news = statement_page("前三季度稳中有进", "2025-10-24T16:20", months)
    assert {(o.indicator, o.period, o.period_type, o.measure): o.value for o in news.observations} == expected
    # a rate's level moved to is never a growth ('利用率提高到…')
    rate = statement_page("前三季度稳中有进", "2025-10-24T16:20", ["三季度，全国工业产能利用率为74.6%，比二季度提高到74.6%。"])
    assert all(o.measure != "yoy_pct" for o in rate.observations)


def test_members_ranked_by_a_metric_are_each_of_it():
    assert register.ranked_members("软件业务收入居前5位的北京、广东、江苏") == "北京、广东、江苏软件业务收入"
    assert register.ranked_members("软件业务收入居全国前五的北京") is None      # one member: no list
    news = statement_page("多项指标保持两位数增长", "2025-09-05T10:00",
                          ["上半年，软件业务收入居前5位的北京、广东、江苏、山东、上海分别增长15.6%、12.7%、6.5%、13.8%和12%。"])
    assert {o.indicator: o.value for o in news.observations} == {
        "software_revenue.beijing": 15.6, "software_revenue.guangdong": 12.7, "software_revenue.jiangsu": 6.5,
        "software_revenue.shandong": 13.8, "software_revenue.shanghai": 12.0}


def test_cells_beside_wafers_are_solar_cells():
    news = statement_page("我国制造业“含绿量”持续提升", "2025-11-18T09:30",
                          ["2024年，硅片、电池、组件产量分别为753GW、654GW和588GW。"])
    assert [(o.indicator, o.value) for o in news.observations] == [
        ("pv_output.wafers", 753.0), ("pv_output.cells", 654.0), ("pv_output.modules", 588.0)]
    batteries = statement_page("我国制造业“含绿量”持续提升", "2025-11-18T09:30", ["2024年，电池产量分别为…"])
    assert batteries.observations == []


def test_a_change_said_with_an_adverb_members_ranked_in_a_report_and_conventional_and_domestic_car_sales():
    assert parse_change_text("同比小幅增长2.6%") == 2.6
    cars = parse_text("equipment", "2025年6月汽车工业经济运行情况", "2025-07-11T15:00", [
        "上半年，商用车累计销售212.2万辆，同比小幅增长2.6%。",
        "6月，传统燃料汽车销售157.5万辆，同比增长4.8%。6月，汽车国内销售231.2万辆，同比增长11.9%。"])
    got = figures(cars)
    assert got[("vehicles.commercial_sales", "2025-06", "ytd", "yoy_pct")] == 2.6
    assert got[("vehicles.ice_sales", "2025-06", "month", "level")] == 157.5
    assert got[("vehicles.domestic_sales", "2025-06", "month", "yoy_pct")] == 11.9
    software = parse_text("software", "2025年上半年软件业经济运行情况", "2025-07-25T10:00", [
        "上半年，软件业务收入居前5名的北京、广东、江苏、山东、上海同比分别增长13.1%、9.0%、12.4%、12.6%和15.3%。"])
    assert figures(software)[("software_revenue.shanghai", "2025-06", "ytd", "yoy_pct")] == 15.3


def parse_change_text(text):
    from xinzhi.cn import CHANGE_RE, parse_change
    return parse_change(CHANGE_RE.search(fold(text))).value


def test_light_industrys_trade_in_and_exports_and_internet_tv_users_by_the_columns_words():
    light = parse_text("consumer_goods", "2025年轻工业经济运行情况", "2026-02-06T10:00", [
        "2025年，12类家电产品以旧换新超过1.29亿台，轻工产品出口总额9114.6亿美元。"])
    got = figures(light)
    assert got[("trade_in.appliances", "2025", "year", "level")] == 1.29
    assert got[("customs_export.light_industry", "2025", "year", "level")] == 9114.6
    tv = parse_text("telecom", "2025年前10个月通信业经济运行情况", "2025-12-01T09:30", [
        "截至10月末，三家基础电信企业发展互联网电视（IPTV、OTT）用户数达4.12亿户，比上年末净增473.7万户。"])
    assert figures(tv)[("telecom.iptv_users", "2025-10", "month", "level")] == 4.12


def test_an_index_on_the_month_end_before_and_a_spot_price_of_imported_ore():
    release = parse_text("raw_materials", "2025年1—9月钢铁行业运行情况", "2025-10-30T15:20", [
        "9月末，中国钢材价格指数（CSPI）为93.12点，比上月末下降0.3%，比上年同期上升0.6%。",
        "9月份，进口铁矿粉平均价格为103.8美元/吨，环比上涨2.4%。"])
    assert figures(release) == expect("""
steel.cspi 2025-09 month level 93.12
steel.cspi 2025-09 month mom_pct -0.3
steel.cspi 2025-09 month yoy_pct 0.6
price.iron_ore_import 2025-09 month level 103.8
price.iron_ore_import 2025-09 month mom_pct 2.4
""")


def test_a_compounds_parts_growth_changes_said_one_by_one_and_never_of_both():
    release = parse_text("equipment", "2025年10月汽车工业经济运行情况", "2025-11-14T10:00", [
        "1—10月，汽车产销分别完成2769.2万辆和2768.7万辆，同比分别增长13.2%和12.4%，其中产量增速较1—9月回落0.1个百分点，"
        "销量增速回落0.5个百分点。"])
    got = figures(release)
    assert got[("vehicles.production", "2025-10", "ytd", "growth_pp_change", "2025-09/ytd")] == -0.1
    assert got[("vehicles.sales", "2025-10", "ytd", "growth_pp_change", "2025-09/ytd")] == -0.5


def test_the_physical_tonnage_said_again_after_a_trade_figure_and_the_consumer_goods_margin():
    trade = parse_text("raw_materials", "2025年1－9月有色金属行业运行情况", "2025-10-29T15:00", [
        "1－9月，铜精矿进口量2259万吨（实物量），同比增长7.9%。"])
    assert figures(trade) == expect("""
customs_import.copper_concentrate 2025-09 ytd level 2259
customs_import.copper_concentrate 2025-09 ytd yoy_pct 7.9
""")
    margin = parse_text("consumer_goods", "2025年前三季度消费品工业运行情况", "2025-10-31T09:30", [
        "1—9月，规模以上消费品工业企业实现营业收入28.6万亿元，同比增长1.2%；实现利润总额1.63万亿元，同比增长2.4%，"
        "营业收入利润率为5.7%。"])
    assert figures(margin)[("miit_margin.consumer_goods", "2025-09", "ytd", "level")] == 5.7


def test_an_outlook_on_the_next_year_is_a_forecast_of_that_year_never_the_reports():
    release = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-16T10:00", [
        "全年汽车产销分别完成3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%。",
        "展望2025年，汽车市场有望延续稳中有升态势。据行业机构预计，全年汽车销量将达到3290万辆左右，同比增长4.7%；"
        "其中新能源汽车销量1600万辆左右，增长24.4%。"])
    got = {(o.indicator, o.period, o.measure): (o.value, o.evidence) for o in release.observations}
    assert got[("vehicles.sales", "2024", "level")] == (3143.6, "statistics")
    assert got[("vehicles.sales", "2025", "level")] == (3290.0, "forecast")
    assert got[("vehicles.sales", "2025", "yoy_pct")] == (4.7, "forecast")
    assert got[("vehicles.nev_sales", "2025", "yoy_pct")] == (24.4, "forecast")
    assert all(o.evidence == "statistics" for o in release.observations if o.period == "2024")


def test_a_kind_named_after_its_examples_and_an_industry_glossed_by_its_statistical_name():
    telecom = parse_text("telecom", "2025年前10个月通信业经济运行情况", "2025-12-01T17:00", [
        "前10个月，云计算、大数据、物联网、数据中心等新兴业务收入同比增长4.6%，在电信业务收入中占25.4%。"])
    assert figures(telecom) == expect("""
telecom.emerging_revenue 2025-10 ytd yoy_pct 4.6
telecom.emerging_revenue 2025-10 ytd share_pct 25.4
""")
    building = parse_text("raw_materials", "2025年1－9月建材工业经济运行情况", "2025-10-30T15:00", [
        "1—9月，规模以上建材工业（非金属矿物制品业）增加值同比下降0.2%。",
        "9月份，全国通用水泥平均价格为347元/吨，环比上涨1.2%，同比下降11.9%。"])
    assert figures(building) == expect("""
miit_va.building_materials 2025-09 ytd yoy_pct -0.2
price.cement 2025-09 month level 347
price.cement 2025-09 month mom_pct 1.2
price.cement 2025-09 month yoy_pct -11.9
""")
    auto = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-16T10:00", [
        "全年汽车制造业实现营业收入106196亿元，同比增长4%；营业收入利润率为4.3%。"])
    assert figures(auto)[("miit_margin.auto", "2024", "year", "level")] == 4.3


def test_a_change_against_an_earlier_span_after_gaps_is_of_the_growth_and_ranked_members_after_their_kind():
    release = parse_text("electronics", "2025年1—5月电子信息制造业运行情况", "2025-06-25T10:00", [
        "1—5月，规模以上电子信息制造业增加值同比增长11.1%，比同期工业和高技术制造业分别高4.8个和1.6个百分点，"
        "较1—2月加快0.5个百分点。"])
    assert figures(release) == expect("""
electronics_va 2025-05 ytd yoy_pct 11.1
electronics_va 2025-05 ytd pp_gap 4.8 industrial_va
electronics_va 2025-05 ytd pp_gap 1.6 industrial_va.high_tech
electronics_va 2025-05 ytd growth_pp_change 0.5 2025-02/ytd
""")
    release = parse_text("software", "2025年1—2月份软件业经济运行情况", "2025-03-25T10:00", [
        "1—2月份，软件业务收入居全国前5位的省（市）依次为北京、广东、江苏、山东、上海，"
        "收入同比依次增长10.6%、6.5%、9.7%、12.2%和14.1%，上海、山东增速居前。"])
    assert figures(release) == expect("""
software_revenue.beijing 2025-02 ytd yoy_pct 10.6
software_revenue.guangdong 2025-02 ytd yoy_pct 6.5
software_revenue.jiangsu 2025-02 ytd yoy_pct 9.7
software_revenue.shandong 2025-02 ytd yoy_pct 12.2
software_revenue.shanghai 2025-02 ytd yoy_pct 14.1
""") and release.unexplained == []


def test_a_value_then_said_between_the_base_and_the_change_is_that_periods_and_the_change_the_figures():
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "2024年，我国软件业务收入137276亿元，比上年的123258亿元增长10.0%。"])
    assert figures(release) == expect("""
software_revenue 2024 year level 137276
software_revenue 2023 year level 123258
software_revenue 2024 year yoy_pct 10.0
""") and release.unexplained == []
    release = statement_page("我国5G网络建设持续推进", "2026-01-20T10:00", [
        "截至2025年底，5G基站总数达到483.8万个，比上年末的425.1万个净增58.7万个。",
        "全年软件业务收入152000亿元，较上年的137276亿元增长10.7%。"])
    assert figures(release) == expect("""
telecom.bs_5g 2025-12 month level 483.8
telecom.bs_5g 2025-12 month abs_change 58.7
telecom.bs_5g 2024-12 month level 425.1
software_revenue 2025 year level 152000
software_revenue 2025 year yoy_pct 10.7
software_revenue 2024 year level 137276
""") and release.unexplained == []
    assert {o.quote for o in release.observations if o.period == "2024-12" or o.measure == "abs_change"} == {
        "比上年末的425.1万个净增58.7万个。"}     # the page's own words, never the reading


def test_changes_against_each_of_the_spans_listed():
    assert register.span_changes_by_base("增速较上年同期和上半年分别回落2.4和1个百分点") == [
        register.SpanChange("增速", "上年同期", (-2.4,)), register.SpanChange("增速", "上半年", (-1.0,))]
    assert register.span_changes_by_base("增速较上年同期和上半年分别回落2.4个百分点") is None    # one figure, two spans
    release = parse_text("consumer_goods", "2025年1—9月纺织行业运行情况", "2025-11-14T10:00", [
        "1—9月，规模以上纺织企业工业增加值同比增长1.8%，增速较上年同期和上半年分别回落2.4和1个百分点。"])
    assert figures(release) == expect("""
miit_va.textiles 2025-09 ytd yoy_pct 1.8
miit_va.textiles 2025-09 ytd growth_pp_change -2.4 2024-09/ytd
miit_va.textiles 2025-09 ytd growth_pp_change -1.0 2025-06/ytd
""")


def test_a_sibling_index_said_bare_after_the_one_just_read():
    release = parse_text("raw_materials", "2025年1－8月建材行业运行情况", "2025-10-11T10:00", [
        "8月，建材行业景气指数为101.2点，比7月回升6.4点。从供给侧看，建材行业价格指数为99.0点，比上月回落0.7点；"
        "生产指数为102.2点，比上月回升7.1点。从需求侧看，投资需求指数为101.0点，工业消费指数为102.5点；国际贸易指数为98.3点。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("building_materials.mpi", "level"): 101.2, ("building_materials.mpi", "mom_abs_change"): 6.4,
        ("building_materials.mpi_price", "level"): 99.0, ("building_materials.mpi_price", "mom_abs_change"): -0.7,
        ("building_materials.mpi_production", "level"): 102.2,
        ("building_materials.mpi_production", "mom_abs_change"): 7.1,
        ("building_materials.mpi_investment", "level"): 101.0, ("building_materials.mpi_consumption", "level"): 102.5,
        ("building_materials.mpi_trade", "level"): 98.3}


def test_a_goal_a_report_restates_is_a_target_never_a_figure():
    release = parse_text("equipment", "2025年9月汽车工业经济运行情况", "2025-10-21T10:00", [
        "1—9月，汽车产销分别完成2433.3万辆和2436.3万辆，同比分别增长13.3%和12.9%。下一步，将抓好方案落地实施。"
        "方案提出，2025年力争实现汽车销量3230万辆左右，同比增长3%左右，其中新能源汽车销量1550万辆左右。"])
    assert figures(release) == expect("""
vehicles.production 2025-09 ytd level 2433.3
vehicles.sales 2025-09 ytd level 2436.3
vehicles.production 2025-09 ytd yoy_pct 13.3
vehicles.sales 2025-09 ytd yoy_pct 12.9
""")
    assert [(t.metric, t.comparator, t.value, t.unit, t.deadline_year) for t in release.targets] == [
        ("汽车销量", "approx", 3230.0, "万辆", 2025), ("汽车销量增长", "approx", 3.0, "%", 2025),
        ("新能源汽车销量", "approx", 1550.0, "万辆", 2025)]


def test_the_industrys_own_value_added_said_bare_in_a_report_on_one_industry():
    release = parse_text("raw_materials", "2024年石化化工行业经济运行情况", "2025-02-28T10:00", [
        "截至2024年底，石化化工行业规模以上企业超过3.2万家。全年行业增加值同比增长6.5%，高于全国规模以上工业0.7个百分点。"])
    assert figures(release) == expect("""
miit_enterprises.petrochem 2024-12 month count 3.2
miit_va.petrochem 2024 year yoy_pct 6.5
miit_va.petrochem 2024 year pp_gap 0.7 industrial_va
""")


def test_divisions_counted_without_their_whole_printed_are_of_the_41():
    assert register.count("37个工业大类行业增加值实现同比增长") == register.Count(37.0, 41.0, "个工业大类行业", False)
    assert register.count("385种主要工业产品产量同比增长") is None           # products: the whole is never implied
    release = statement_page("工业经济运行情况", "2025-10-28T10:00", [
        "前三季度，37个工业大类行业增加值实现同比增长，增长面达到90.2%。"])
    assert {(o.indicator, o.period, o.value, o.universe) for o in release.observations} == {
        ("industries_growing", "2025-09", 37.0, 41.0), ("industries_growing_share", "2025-09", 90.2, None)}


def test_a_share_said_to_break_or_pass_a_line_is_over_it():
    assert register.share("新能源汽车新车销量占比突破50%") == register.Share("新能源汽车新车销量", "", 50.0, "over")
    assert register.share("出口额占全球的比重逾30%") == register.Share("出口额", "全球", 30.0, "over")


def test_an_auto_report_reads_sales_by_body_type_and_a_window_of_years_is_never_one_years():
    """'分车型看，轿车销售…；SUV…' (each body type its own series), and '“十四五”期间，我国汽车累计销量…' over the
    plan's years: never the year's sales (it had put the year's 3440万辆 in conflict and dropped both)."""
    release = parse_text("equipment", "2025年汽车工业经济运行情况", "2026-01-15T10:00", [
        "2025年，汽车产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。",
        "分车型看，轿车销售1408.5万辆，同比增长6.8%；SUV销售1485.2万辆，同比增长11.9%；MPV销售116.6万辆，"
        "同比增长7.3%。商用车中，货车销售374.8万辆，同比增长11.2%；客车销售54.9万辆，同比增长8.9%。",
        "“十四五”期间，我国汽车累计销量14906.9万辆，产业规模显著提升。",
        "新能源商用车销量119.6万辆，同比增长52.8%。"])
    assert figures(release) == expect("""
        vehicles.production 2025 year level 3453.1
        vehicles.sales 2025 year level 3440
        vehicles.production 2025 year yoy_pct 10.4
        vehicles.sales 2025 year yoy_pct 9.4
        vehicles.sedan_sales 2025 year level 1408.5
        vehicles.sedan_sales 2025 year yoy_pct 6.8
        vehicles.suv_sales 2025 year level 1485.2
        vehicles.suv_sales 2025 year yoy_pct 11.9
        vehicles.mpv_sales 2025 year level 116.6
        vehicles.mpv_sales 2025 year yoy_pct 7.3
        vehicles.truck_sales 2025 year level 374.8
        vehicles.truck_sales 2025 year yoy_pct 11.2
        vehicles.bus_sales 2025 year level 54.9
        vehicles.bus_sales 2025 year yoy_pct 8.9
        vehicles.nev_commercial_sales 2025 year level 119.6
        vehicles.nev_commercial_sales 2025 year yoy_pct 52.8
    """)
    assert ("我国汽车累计销量14906.9万辆", "not stored") in release.not_stored()


def test_a_sentence_of_the_worlds_figures_stores_none_of_them_as_the_nations():
    """'2024年全球造船完工量8650万载重吨，新接订单量15256万载重吨': the world's, to the ';' (the second had been read as
    the nation's new orders, in conflict with the nation's own)."""
    release = parse_text("equipment", "2024年船舶工业经济运行情况", "2025-01-16T10:00", [
        "2024年，全国造船完工量4818万载重吨，同比增长13.8%；新接订单量11305万载重吨，同比增长58.8%。"
        "2024年全球造船完工量8650万载重吨，新接订单量15256万载重吨。我国造船完工量占世界总量的55.7%。"])
    assert figures(release) == expect("""
        shipbuilding.completions 2024 year level 4818
        shipbuilding.completions 2024 year yoy_pct 13.8
        shipbuilding.new_orders 2024 year level 11305
        shipbuilding.new_orders 2024 year yoy_pct 58.8
        shipbuilding.completions 2024 year share_pct 55.7
    """)
    assert ("新接订单量15256万载重吨", "not stored") in release.not_stored()


def test_a_span_said_between_a_name_and_its_change_is_that_clauses_and_quarters_listed_go_in_order():
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-06T10:00", [
        "据海关统计，全年纺织品服装出口2938.1亿美元，同比下降2.4%。分季度看，服装出口一季度下降1.9%，二季度增长1.2%，"
        "三季度、四季度分别下降6.2%和12.2%。"])
    assert {(o.period, o.period_type, o.value) for o in release.observations
            if o.indicator == "customs_export.apparel"} == {
        ("2025-03", "ytd", -1.9), ("2025-06", "quarter", 1.2), ("2025-09", "quarter", -6.2), ("2025-12", "quarter", -12.2)}
    # a span compared with is never the clause's own ('增速比前三季度回落…')
    release = parse_text("raw_materials", "2025年1—10月有色金属行业运行情况", "2025-12-09T16:30", [
        "1—10月，规模以上有色金属工业增加值同比增长7.4%，增速比前三季度回落0.4个百分点。"])
    assert {(o.measure, o.period, o.base_period, o.value) for o in release.observations} == {
        ("yoy_pct", "2025-10", None, 7.4), ("growth_pp_change", "2025-10", "2025-09", -0.4)}


def test_a_count_of_export_categories_is_never_the_count_of_products_whose_output_grew():
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-06T10:00", [
        "国家统计局统计的90种主要轻工产品中，35种产品产量实现增长。轻工商品出口总额9114.6亿美元，22类主要出口商品中有11类实现增长。"])
    assert [(o.indicator, o.value) for o in release.observations if o.measure == "count"] == [("light_products_growing", 35.0)]


def test_a_table_column_in_another_unit_than_the_rows_series_and_its_growth_are_not_that_series():
    table = [["品类", "出口额（亿美元）", "同比（%）", "出口数量（亿件）", "同比（%）"],
             ["针织服装", "698.8", "-4.3", "244.2", "3.9"], ["梭织服装", "615.2", "-5.6", "145.3", "3.7"]]
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-06T10:00",
                         ["2025年，纺织品服装出口2938.1亿美元，同比下降2.4%。"], tables=[table])
    assert release.conflicts == []
    assert {(o.indicator, o.measure, o.value) for o in release.observations if o.origin == "table"} == {
        ("customs_export.apparel_knitted", "level", 698.8), ("customs_export.apparel_knitted", "yoy_pct", -4.3),
        ("customs_export.apparel_woven", "level", 615.2), ("customs_export.apparel_woven", "yoy_pct", -5.6)}


def test_one_change_said_on_a_year_earlier_and_on_the_month_before_alike():
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-06T09:30", [
        "12月份，水泥产量1.44亿吨，同比、环比均下降6.6%。"])
    assert {(o.measure, o.period, o.value) for o in release.observations} == {
        ("level", "2025-12", 1.44), ("yoy_pct", "2025-12", -6.6), ("mom_pct", "2025-12", -6.6)}


def test_a_table_captioned_in_percent_with_its_growths_noted_gives_growths_never_levels():
    from xinzhi.html import soup_of, split_tables
    body = soup_of("<div><p>表 2025年电子信息制造业主要指标累计情况（%）</p><p>注：营业收入利润率为累计水平，其余指标为累计同比增速。</p>"
                   "<table><tr><td>指标</td><td>1—2月</td><td>1—5月</td></tr><tr><td>增加值</td><td>10.6</td><td>11.1</td></tr>"
                   "<tr><td>出口交货值</td><td>5.9</td><td>3.3</td></tr><tr><td>营业收入利润率</td><td>1.67</td><td>3.33</td></tr>"
                   "</table></div>").div
    paragraphs, tables = split_tables(body)
    release = parse_text("electronics", "2025年1—5月电子信息制造业运行情况", "2025-06-30T10:00",
                         ["1—5月，规模以上电子信息制造业增加值同比增长11.1%。"], tables=tables)
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations if o.origin == "table"} == {
        ("electronics_va", "2025-02", "yoy_pct", 10.6), ("electronics_export_delivery", "2025-02", "yoy_pct", 5.9),
        ("electronics_export_delivery", "2025-05", "yoy_pct", 3.3),
        ("electronics_margin", "2025-02", "level", 1.67), ("electronics_margin", "2025-05", "level", 3.33)}
    # the same table without its note: an amount's column in % is not sure, never a level
    release = parse_text("electronics", "2025年1—5月电子信息制造业运行情况", "2025-06-30T10:00",
                         ["1—5月，规模以上电子信息制造业增加值同比增长11.1%。"],
                         tables=[[[tables[0][0][0].split(" 注")[0]] * 3, *tables[0][1:]]])
    assert not any(o.indicator == "electronics_export_delivery" for o in release.observations)


def test_a_table_column_of_another_quantity_of_the_row_is_never_its_output():
    table = [["产品", "产量同比增长（%）", "表观消费量同比增长（%）"], ["硫酸", "6.3", "4.2"], ["烧碱", "4.8", "1.8"]]
    release = parse_text("raw_materials", "2025年上半年石化化工行业运行情况", "2025-08-22T10:00",
                         ["上半年，原油加工量3.6亿吨，同比增长1.6%。"], tables=[table])
    assert release.conflicts == []
    assert {(o.indicator, o.measure, o.value) for o in release.observations if o.origin == "table"} == {
        ("output.sulfuric_acid", "yoy_pct", 6.3), ("output.caustic_soda", "yoy_pct", 4.8)}


def test_changes_in_points_listed_after_names_each_read_in_its_own_clause_go_to_them_in_order():
    release = parse_text("equipment", "2025年装备工业运行情况", "2026-02-10T10:00", [
        "2025年，铁路、船舶、航空航天和其他运输设备制造业增长14.0%，电气机械和器材制造业增长9.2%，增速较上年分别加快3.1个和"
        "4.1个百分点。"])
    assert {(o.indicator, o.base_period, o.value) for o in release.observations if o.measure == "growth_pp_change"} == {
        ("industrial_va.C37", "2024", 3.1), ("industrial_va.C38", "2024", 4.1)}


def test_a_table_column_headed_quantity_beside_a_unit_column_is_the_rows_level():
    table = [["指标", "单位", "数量", "同比增长（%）", "占世界总量比重（%）"],
             ["造船完工量", "万载重吨", "5369", "11.4", "56.1"], ["新接订单量", "万载重吨", "10782", "-4.6", "69.0"]]
    release = parse_text("equipment", "2025年装备工业运行情况", "2026-02-10T10:00",
                         ["2025年，规模以上装备制造业增加值同比增长9.2%。"], tables=[table])
    assert {(o.indicator, o.measure, o.value) for o in release.observations if o.origin == "table"} >= {
        ("shipbuilding.completions", "level", 5369.0), ("shipbuilding.new_orders", "level", 10782.0),
        ("shipbuilding.completions", "yoy_pct", 11.4)}


def test_months_listed_before_a_names_levels_date_them_and_its_changes_after_them():
    release = parse_text("raw_materials", "2025年1—9月石化化工行业经济运行情况", "2025-11-18T10:00", [
        "6月、9月，乙烯产量分别为285万吨和299万吨，同比分别增长5.8%和5.3%；原油加工量分别为6224万吨和6269万吨，"
        "分别增长8.5%和6.8%。"])
    assert {(o.indicator, o.measure, o.period, o.period_type, o.value) for o in release.observations} == {
        ("output.ethylene", "level", "2025-06", "month", 285.0), ("output.ethylene", "level", "2025-09", "month", 299.0),
        ("output.ethylene", "yoy_pct", "2025-06", "month", 5.8), ("output.ethylene", "yoy_pct", "2025-09", "month", 5.3),
        ("output.crude_oil_processed", "level", "2025-06", "month", 6224.0),
        ("output.crude_oil_processed", "level", "2025-09", "month", 6269.0),
        ("output.crude_oil_processed", "yoy_pct", "2025-06", "month", 8.5),
        ("output.crude_oil_processed", "yoy_pct", "2025-09", "month", 6.8)}


def test_a_span_said_between_a_name_and_its_metric_dates_the_clause_and_a_change_in_points_after_it():
    release = parse_text("raw_materials", "2025年1—9月石化化工行业经济运行情况", "2025-11-18T10:00", [
        "涤纶长丝开工负荷总体好于上年，3月平均开工负荷达94%，为年内高点；锦纶行业前三季度平均开工负荷83%，较上年同期下降"
        "6.27个百分点，10月平均开工负荷已降至75%。"])
    kept = {(o.label_zh, o.measure, o.period, o.period_type, o.value) for o in release.named}
    assert {("锦纶行业平均开工负荷", "level", "2025-09", "ytd", 83.0),
            ("锦纶行业平均开工负荷", "pp_change", "2025-09", "ytd", -6.27)} <= kept
    assert not any(label.startswith("锦纶") and period == "2025-03" for label, _, period, _, _ in kept)
    assert all(not label.endswith("已") for label, *_ in kept)


def test_a_note_under_a_table_ends_at_the_next_chapter_and_the_notes_at_the_end_are_not_read():
    release = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-30T10:00", [
        "二、建材行业景气度回升", "8月份，建材行业景气指数为101.2点。", "注：指数以100点为临界点，高于100点为景气区间。",
        "三、行业效益降幅收窄", "1—8月份，规模以上非金属矿物制品业增加值同比下降0.3%。",
        "注：1.本文中规模以上工业企业指年主营业务收入2000万元及以上的工业企业，2025年8月水泥产量1.48亿吨。"])
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("building_materials.mpi", 101.2), ("industrial_va.C30", -0.3)}


def test_a_change_in_points_of_a_named_growth_against_an_earlier_span_is_kept_with_that_span():
    release = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-30T10:00", [
        "1—8月份，原材料制造业利润同比增长22.1%，较1—7月份加快10.0个百分点；全国基础设施投资（不含电力）同比增长4.6%，"
        "增速较上年同期回落0.8个百分点。"])
    assert {(o.label_zh, o.measure, o.value, o.base_period, o.base_period_type) for o in release.named
            if o.measure == "pp_change"} == {("原材料制造业利润增速", "pp_change", 10.0, "2025-07", "ytd"),
                                             ("基础设施投资(不含电力)增速", "pp_change", -0.8, "2024-08", "ytd")}


def test_a_pointer_to_a_table_after_a_list_of_changes_is_no_part_of_it():
    release = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-14T10:00", [
        "2024年，全国规模以上生铁、粗钢和钢材产量分别为85174万吨、100509万吨和139967万吨，同比分别下降2.3%、下降1.7%和"
        "增长1.1%（见表1），粗钢产量下降的预期目标顺利实现。"])
    assert {(o.indicator, o.value) for o in release.observations if o.measure == "yoy_pct"} == {
        ("output.pig_iron", -2.3), ("output.crude_steel", -1.7), ("output.steel_products", 1.1)}


@pytest.mark.parametrize("form, text, matches", [
    (register.BREAKDOWN_VIEW, "从市州看，全省市州全部实现正增长", True),
    (register.BREAKDOWN_VIEW, "分省份看，江苏公示807家", True),
    (register.BREAKDOWN_VIEW, "从全年看，工业生产稳中有进", False),
    (register.NEXT_STEP, "下一步，我们将加快5G-A网络规模商用", True),
    (register.NEXT_STEP, "谢存：下一步，…", True),
    (register.NEXT_STEP, "一步一个脚印", False),
    (register.PLACES_GROUPED, "烟台三市地区生产总值合计", True),
    (register.PLACES_GROUPED, "烟台规上工业增加值增长13.5%", False),
])
def test_the_view_the_work_ahead_and_places_grouped(form, text, matches):
    assert bool(form.match(fold(text))) is matches


@pytest.mark.parametrize("text, value", [
    ("同比增长均超过30%", 30.0), ("同比均增长超过30%", 30.0), ("增速均高于10%", 10.0), ("同比分别增长31%和32%", None)])
def test_each_names_growth_over_a_line(text, value):
    found = register.GROWTH_EACH_OVER.fullmatch(fold(text))
    assert (float(found["num"]) if found else None) == value


@pytest.mark.parametrize("text, name, verb", [
    ("“小巨人”企业增加约3000家", "“小巨人”企业", "增加"), ("单项冠军企业增加305家", "单项冠军企业", "增加"),
    ("规上工业企业净增1.2万家", "规上工业企业", "净增"), ("单项冠军企业增加较多", None, None)])
def test_a_names_change_in_its_own_unit(text, name, verb):
    found = register.CHANGED_BY.fullmatch(fold(text))
    assert ((found["name"], found["verb"]) if found else (None, None)) == (fold(name) if name else None, verb)


@pytest.mark.parametrize("clause, met", [
    ("实现产量下降预期", True), ("好于市场预期", True), ("符合预期", True), ("低于年初预期", True),
    ("行业预期", False), ("中国钢铁工业协会预期", False), ("市场预期", False)])
def test_an_expectation_met_is_no_forecast(clause, met):
    assert bool(register.EXPECTATION_MET.search(clause)) is met


def test_the_outputs_after_an_expectation_met_are_the_years_figures_not_forecasts():
    # real figures: pig iron 8.52 and steel products 14.00 hundred million tonnes in 2024
    release = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-01-22T10:00", [
        "2024年全国粗钢产量10.05亿吨，同比下降1.7%，实现产量下降预期；生铁产量8.52亿吨，同比下降2.3%；钢材产量14.00亿吨，"
        "同比增长1.1%。"])
    assert expect("""
output.crude_steel 2024 year level 10.05
output.crude_steel 2024 year yoy_pct -1.7
output.pig_iron 2024 year level 8.52
output.pig_iron 2024 year yoy_pct -2.3
output.steel_products 2024 year level 14.0
output.steel_products 2024 year yoy_pct 1.1""") == figures(release)
    assert {(o.unit, o.evidence) for o in release.observations if o.measure == "level"} == {("亿吨", "statistics")}


@pytest.mark.parametrize("text, followed", [
    ("按照《轻工业稳增长工作方案（2023—2024年）》，", True), ("按照方案安排，", True), ("根据规划部署，", True),
    ("有色金属行业稳增长工作方案提出", True), ("建材行业稳增长工作方案还明确", True),
    ("按照市场化原则", False), ("根据国家统计局数据", False), ("行业运行总体平稳", False)])
def test_a_plan_followed_or_named_by_its_industry(text, followed):
    assert bool(re.search(targets.PLAN_FOLLOWED, fold(text))) is followed


def test_the_goals_of_a_plan_followed_are_targets_in_a_report_and_in_a_statement():
    # real goals: the light-industry (2023—2024) and nonferrous (2025—2026) plans to stabilise growth
    report = parse_text("consumer_goods", "2023年轻工业经济运行情况", "2024-02-23T10:00", [
        "2023年，规模以上轻工业增加值比上年增长1.8%。按照《轻工业稳增长工作方案（2023—2024年）》，2023—2024年轻工业"
        "增加值平均增速4%左右，规上企业营业收入规模突破25万亿元。"])
    assert {(t.metric, t.deadline_year, t.value, t.annual_avg) for t in report.targets} == {
        ("轻工业增加值增速", 2024, 4.0, True), ("规上企业营业收入规模", 2024, 25.0, False)}
    assert not report.named and {o.value for o in report.observations} == {1.8}
    # progress made under a plan followed is never its goal
    progress = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-01-22T10:00", [
        "按照钢铁行业稳增长工作方案，2024年钢铁行业已完成超低排放改造项目500个。"])
    assert not progress.targets
    said = statement_page("绿色制造体系持续壮大", "2026-03-19T10:00", [
        "面向2026年，有色金属行业稳增长工作方案提出再生金属产量超过2000万吨，建材行业稳增长工作方案提出绿色建材营业收入超过3000亿元。"])
    assert {(t.metric, t.deadline_year, t.value, t.unit) for t in said.targets} == {
        ("再生金属产量", 2026, 2000.0, "万吨"), ("绿色建材营业收入", 2026, 3000.0, "亿元")}
    assert not said.observations and not said.named


def test_trucks_and_buses_produced_and_sold_are_each_their_own_series():
    # real figures: June 2025 (CAAM, printed in MIIT's equipment column)
    release = parse_text("equipment", "2025年上半年汽车工业经济运行情况", "2025-07-15T10:00", [
        "在商用车主要品种中，6月货车产销分别完成30.4万辆和31.6万辆，同比分别增长4.7%和7.5%；客车产销分别完成5万辆和5.3万辆，"
        "同比分别增长24.1%和22.6%。"])
    assert figures(release) == expect("""
        vehicles.truck_production 2025-06 month level 30.4
        vehicles.truck_sales 2025-06 month level 31.6
        vehicles.truck_production 2025-06 month yoy_pct 4.7
        vehicles.truck_sales 2025-06 month yoy_pct 7.5
        vehicles.bus_production 2025-06 month level 5
        vehicles.bus_sales 2025-06 month level 5.3
        vehicles.bus_production 2025-06 month yoy_pct 24.1
        vehicles.bus_sales 2025-06 month yoy_pct 22.6""")


def test_a_years_value_added_printed_as_an_amount_is_all_enterprises_with_its_growth():
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-12T10:00", [
        "2025年，全国规模以上工业增加值同比增长5.9%；全年制造业增加值达34.7万亿元，增长6.1%。",
        "2025年，规模以上制造业增加值同比增长6.4%。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("industrial_va", "yoy_pct", 5.9), ("industry_va_total.manufacturing", "level", 34.7),
        ("industry_va_total.manufacturing", "yoy_pct", 6.1), ("industrial_va.manufacturing", "yoy_pct", 6.4)}


def test_a_trade_series_quantity_and_a_partners_share_said_after_it_are_kept_as_printed():
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-02-12T10:00", [
        "分品类看，针织服装出口698.8亿美元，同比下降4.3%，出口数量244.2亿件，增长3.9%。",
        "分市场看，对美国出口服装318.6亿美元，同比下降12%，占服装出口总额的21.1%；对欧盟出口服装285.9亿美元，增长3.1%，"
        "占比18.9%。"])
    assert {(o.label_zh, o.measure, o.value) for o in release.named} >= {
        ("针织服装出口数量", "count", 244.2), ("针织服装出口数量", "yoy_pct", 3.9),
        ("对美国出口服装占服装出口总额的比重", "share_pct", 21.1), ("对欧盟出口服装占比", "share_pct", 18.9)}
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("customs_export.apparel_knitted", 698.8), ("customs_export.apparel_knitted", -4.3)}


def test_a_share_of_a_name_not_catalogued_is_kept_as_printed_with_its_change_but_a_bare_metrics_is_not():
    release = parse_text("equipment", "2025年9月汽车工业经济运行情况", "2025-10-17T10:00", [
        "9月，汽车产销分别完成327.6万辆和322.6万辆。",
        "9月自主品牌乘用车国内零售份额达到66.9%，比上年同期提升3.6个百分点。"])
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("自主品牌乘用车国内零售份额", "share_pct", 66.9), ("自主品牌乘用车国内零售份额", "pp_change", 3.6)}
    release = parse_text("electronics", "2021年电子信息制造业运行情况", "2022-02-01T10:00", [
        "规模以上电子信息制造业成渝地区实现营业收入2500亿元、同比增长7.9%，营收占全国比重5.4%。"])
    assert not any(o.measure == "share_pct" for o in release.named)


def test_a_quote_is_the_pages_own_words_where_the_reader_reordered_them():
    release = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-30T10:00", [
        "8月份，玻璃纤维纱、混凝土机械产量增速均超过10%，水泥、平板玻璃产量同比分别下降6.2%和2.0%（见表1）。"])
    printed = "8月份，玻璃纤维纱、混凝土机械产量增速均超过10%，水泥、平板玻璃产量同比分别下降6.2%和2.0%（见表1）。"
    # '增速均超过10%': a line each passed, never a figure (issue 21: thresholds are milestones)
    assert release.named == [] and "milestone" in release.skip_reasons
    assert len(release.observations) == 2
    assert all(o.quote in printed for o in release.observations + release.named)
    assert release.unexplained == []


def test_an_indexs_sub_indices_said_bare_after_it_or_under_its_caption_are_its_own():
    table = [["表1 2025年8月建材行业景气指数（单位：点）"] * 2, ["指数名称", "8月"], ["建材行业景气指数", "101.2"],
             ["价格指数", "99.0"], ["生产指数", "102.2"]]
    release = parse_text("raw_materials", "2025年1—8月建材行业经济运行情况", "2025-09-30T10:00", [
        "7月份，建材行业景气指数、价格指数和生产指数分别为94.8点、99.7点和95.1点。"], tables=[table])
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("building_materials.mpi", "2025-07", 94.8), ("building_materials.mpi_price", "2025-07", 99.7),
        ("building_materials.mpi_production", "2025-07", 95.1), ("building_materials.mpi", "2025-08", 101.2),
        ("building_materials.mpi_price", "2025-08", 99.0), ("building_materials.mpi_production", "2025-08", 102.2)}
    # a qualifier of a list that is no index's is never shared when the first name says no whole of its own
    release = statement_page("消费品工业司负责同志介绍有关情况", "2025-04-20T10:00", [
        "2024年，纺织品服装出口3011亿美元，其中纺织品和服装出口分别为1419.6亿美元和1591.4亿美元。"])
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("customs_export.textiles_apparel", 3011.0), ("customs_export.textiles", 1419.6), ("customs_export.apparel", 1591.4)}


def test_a_sentence_opened_by_shang_nian_tong_qi_speaks_of_the_span_a_year_earlier():
    release = parse_text("equipment", "2025年上半年船舶工业经济运行情况", "2025-07-18T10:00", [
        "1—6月，全国造船完工量2413万载重吨，同比下降3.5%。",
        "上年同期，全国造船完工量、新接订单量和手持订单量分别为2502万载重吨、5422万载重吨和17155万载重吨。",
        "全国新接订单量4433万载重吨。"])
    assert {(o.indicator, o.period, o.period_type, o.value) for o in release.observations if o.measure == "level"} == {
        ("shipbuilding.completions", "2025-06", "ytd", 2413.0), ("shipbuilding.completions", "2024-06", "ytd", 2502.0),
        ("shipbuilding.new_orders", "2024-06", "ytd", 5422.0), ("shipbuilding.order_book", "2024-06", "month", 17155.0),
        ("shipbuilding.new_orders", "2025-06", "ytd", 4433.0)}
    assert release.conflicts == []


def test_regions_listed_with_a_rate_of_no_series_are_kept_as_printed_and_stay_listed_for_the_next_list():
    release = parse_text("telecom", "2025年前7个月通信业经济运行情况", "2025-08-26T10:00", [
        "截至7月末，5G移动电话用户达11.37亿户。",
        "截至7月末，东、中、西部和东北地区1000Mbps及以上固定宽带接入用户渗透率分别为33.5%、33.5%、34.3%和26.8%，较上年末分别"
        "提升2.3个、2.4个、2.6个和3.2个百分点；5G移动电话用户分别达4.92亿、2.7亿、2.97亿和0.78亿户。"])
    assert {(o.indicator, o.value) for o in release.observations if o.dimension == "region"} == {
        ("telecom.mobile_users_5g.east", 4.92), ("telecom.mobile_users_5g.central", 2.7),
        ("telecom.mobile_users_5g.west", 2.97), ("telecom.mobile_users_5g.northeast", 0.78)}
    kept = {(o.label_zh, o.dimension, o.measure, o.base_period): o.value for o in release.named}
    assert kept[("东北地区1000Mbps及以上固定宽带接入用户渗透率", "region", "level", None)] == 26.8
    assert kept[("东北地区1000Mbps及以上固定宽带接入用户渗透率", "region", "pp_change", "2024-12")] == 3.2
    assert len(kept) == 8


def test_names_none_catalogued_listed_with_a_growth_each_and_an_index_of_no_series_are_kept_as_printed():
    release = parse_text("equipment", "2025年上半年装备工业经济运行情况", "2025-08-06T10:00", [
        "6月份，汽车行业利润增长96.8%，电气机械、仪器仪表行业利润分别增长18.7%和12.3%。",
        "6月份，机械工业景气指数为106.9，持续运行在景气区间。"])
    assert {(o.label_zh, o.measure, o.unit, o.value) for o in release.named} == {
        ("电气机械行业利润", "yoy_pct", "%", 18.7), ("仪器仪表行业利润", "yoy_pct", "%", 12.3),
        ("机械工业景气指数", "level", "点", 106.9)}
    assert {(o.indicator, o.value) for o in release.observations} == {("miit_profit.auto", 96.8)}


def test_a_plan_named_by_its_title_restates_targets_and_shares_listed_about_keep_their_qualifier():
    release = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-12T15:30", [
        "2025年，精炼铜、原铝产量分别为1472.0万吨、4501.6万吨，占全球产量的比重分别约为47%、60%。",
        "《有色金属行业稳增长工作方案（2025—2026年）》提出，2025—2026年有色金属行业增加值年均增长5%左右，十种有色金属"
        "产量年均增长1.5%左右，再生金属产量突破2000万吨。"])
    assert {(o.indicator, o.value, o.qualifier) for o in release.observations if o.measure == "share_pct"} == {
        ("output.copper", 47.0, "about"), ("output.aluminium", 60.0, "about")}
    assert release.named == []            # 2000万吨 is a target, never 2025's recycled output
    assert {(t.value, t.deadline_year) for t in release.targets} == {(5.0, 2026), (1.5, 2026), (2000.0, 2026)}


def test_names_listed_with_a_span_inside_their_rates_and_a_trade_series_price_per_piece():
    release = parse_text("consumer_goods", "2025年1—9月纺织行业运行情况", "2025-11-20T09:30", [
        "1—9月，化学纤维产量同比增长5.6%。锦纶、氨纶前三季度平均开工负荷分别为83%和80%，比上年同期依次下降6.27个和4.84个百分点。",
        "1—9月，服装出口1152.1亿美元，同比下降2.5%；出口数量267.5亿件，增长5.9%，出口平均单价3.6美元/件，同比下降7.5%。"])
    kept = {(o.label_zh, o.measure, o.unit): o.value for o in release.named}
    assert kept[("锦纶平均开工负荷", "level", "%")] == 83.0 and kept[("氨纶平均开工负荷", "pp_change", "百分点")] == -4.84
    assert kept[("出口平均单价", "level", "美元/件")] == 3.6       # a price, never 3.6 美元 nor a count
    assert all(o.period == "2025-09" and o.period_type == "ytd" for o in release.named)


def test_a_level_moved_from_one_figure_to_another_in_any_verb():
    window = ("2020", "2024")
    assert register.from_to(fold("全部工业增加值由31.3万亿元增至40.5万亿元"), window) == \
        ("全部工业增加值", [("2020", I(31.3, "万亿元")), ("2024", I(40.5, "万亿元"))])
    label, levels = register.from_to(fold("新能源汽车产量从2020年的140万辆左右跃升到2024年的1300万辆左右"))
    assert [(at, item.value, item.unit, item.qualifier) for at, item in levels] == [
        ("2020", 140.0, "万辆", "about"), ("2024", 1300.0, "万辆", "about")]
    assert register.from_to(fold("综合能耗由2020年的3.2亿吨降至2024年的2.9亿吨"))[1][1] == ("2024", I(2.9, "亿吨"))
    assert register.from_to(fold("制造业用钢占比则由2020年的42%提高至50%"), year="2024")[0] == "制造业用钢占比"


def test_a_from_tos_second_year_said_as_last_year():
    label, levels = register.from_to(fold("新能源汽车的销售占比从2020年的5.4%提升到去年的40.9%"), now=2025)
    assert (label, levels) == ("新能源汽车的销售占比", [("2020", I(5.4, "%")), ("2024", I(40.9, "%"))])
    assert register.from_to(fold("新能源汽车的销售占比从2020年的5.4%提升到去年的40.9%")) is None   # the page's year unknown


def test_a_table_row_or_column_not_catalogued_is_kept_as_printed():
    # 2025 first-half petrochemicals, in our own words: output growth of a catalogued product is its series; the
    # consumption column and a product not catalogued are kept as printed, each cell its own figure
    release = parse_text("raw_materials", "2025年上半年石化化工行业运行情况", "2025-08-06T15:00", [
        "上半年，原油产量1.08亿吨，同比增长1.3%。主要产品产量和消费量增长情况见下表。"], tables=[[
            ["产品名称", "产量同比增长（%）", "消费量同比增长（%）"],
            ["乙烯", "10.9", "12.2"],
            ["合成树脂", "10.3", "7.0"]]])
    assert {(o.indicator, o.measure): o.value for o in release.observations if o.origin == "table"} == {
        ("output.ethylene", "yoy_pct"): 10.9}
    assert {(o.label_zh, o.period, o.measure): o.value for o in release.named} == {
        ("乙烯消费量", "2025-06", "yoy_pct"): 12.2, ("合成树脂产量", "2025-06", "yoy_pct"): 10.3,
        ("合成树脂消费量", "2025-06", "yoy_pct"): 7.0}


@pytest.mark.parametrize("text, read", [
    ("市场份额达到69.5%，比上年提高了4.3个百分点。", "市场份额达到69.5%， 比上年提高4.3个百分点。"),
    ("设备连接数超过了1亿台（套）", " 设备连接数超过1亿台（套）"),
    ("覆盖了全国98%以上的服务区", "覆盖了全国98%以上的服务区"),          # no figure after the verb's 了: as printed
    ("普及率为每百人130部", "普及率为130部/百人"),                          # a rate per hundred people in its own unit
])
def test_a_verbs_perfective_le_before_its_figure_is_read_without_it(text, read):
    assert register.change_aside_opened(text) == read
    assert len(register.change_aside_opened(text)) == len(text)


@pytest.mark.parametrize("clause", ["产销均重回400万辆以上", "用了一年半左右的时间又突破了2000万个"])
def test_a_line_crossed_again_is_a_milestone(clause):
    assert register.threshold(fold(clause))


def test_a_named_growth_flat_on_a_year_before_and_a_measure_never_cut_to_one_word():
    # 2025 petrochemicals and nonferrous metals, in our own words
    release = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-10T10:00", [
        "2025年，化工板块进出口额2080.3亿美元，同比增长0.3%，与上年同期基本持平。",
        "铝、黄金、铜行业利润增加额分别为380亿元、212亿元和177亿元。"])
    assert {(o.label_zh, o.measure) for o in release.named} == {("化工板块进出口额", "level"), ("化工板块进出口额", "yoy_pct")}


@pytest.mark.parametrize("listed, changes", [
    ("分别增加551万载重吨和6570万载重吨", True), ("分别减少3家和5家", True),
    ("分别增长11.4%和31.5%", False), ("分别为5369万载重吨和27442万载重吨", False), ("分别增加1.2个和0.5个百分点", False),
])
def test_changes_in_a_unit_listed_after_names_are_never_levels(listed, changes):
    assert register.changes_in_units(fold(listed)) is changes


def test_a_reports_changes_in_units_never_conflict_with_the_levels():
    release = parse_text("equipment", "2025年船舶工业经济运行情况", "2026-01-20T10:00", [
        "2025年，全国造船完工量5369万载重吨，同比增长11.4%；截至12月底，手持订单量27442万载重吨。与上年相比，"
        "造船完工量和手持订单量分别增加551万载重吨和6570万载重吨。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("shipbuilding.completions", "level"): 5369.0, ("shipbuilding.completions", "yoy_pct"): 11.4,
        ("shipbuilding.order_book", "level"): 27442.0}


def test_an_index_table_under_its_caption_the_composite_row_and_changes_of_the_months_end():
    # June 2025 CSPI, in our own words: the caption names the index; 综合指数 is the index itself; the changes are the
    # month end's, on the month before and a year before
    from xinzhi.page import parse_page
    html = ('<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="2025年上半年钢铁行业运行情况">'
            '<meta name="PubDate" content="2025-08-01 10:00"></head><body><h1 id="con_title">2025年上半年钢铁行业运行情况</h1>'
            '<span id="con_time">发布时间：2025-08-01 10:00</span><div id="con_con">'
            '<p>上半年，全国粗钢产量51483万吨，同比下降3.0%。</p>'
            '<p><strong>6月末中国钢材价格指数（CSPI）变化情况</strong></p><table>'
            '<tr><td>指数</td><td>6月末（点）</td><td>环比（%）</td><td>同比（%）</td></tr>'
            '<tr><td>综合指数</td><td>89.51</td><td>-1.42</td><td>-13.06</td></tr>'
            '<tr><td>长材指数</td><td>91.27</td><td>-1.12</td><td>-13.24</td></tr></table></div></body></html>')
    release = parse_page(html.encode(), "https://www.miit.gov.cn/gxsj/tjfx/yclgy/art/2025/art_09935dfa8aed1fbc32f1f7dcd1ff7f9f.html")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations if o.origin == "table"}
    assert got == {("steel.cspi", "2025-06", "month", "level"): 89.51, ("steel.cspi", "2025-06", "month", "mom_pct"): -1.42,
                   ("steel.cspi", "2025-06", "month", "yoy_pct"): -13.06,
                   ("steel.cspi_long", "2025-06", "month", "level"): 91.27,
                   ("steel.cspi_long", "2025-06", "month", "mom_pct"): -1.12,
                   ("steel.cspi_long", "2025-06", "month", "yoy_pct"): -13.24}


def test_a_reports_rate_per_hundred_people_is_never_a_count_named_by_its_words():
    release = parse_text("telecom", "2025年通信业统计公报", "2026-01-20T10:00", [
        "截至12月末，移动电话用户总数达18.27亿户，普及率为每百人130部。"])
    assert [o.label_zh for o in release.named] == []
    # the rate of the subject just read, in its own unit (部/百人): the catalogued series
    assert [(o.indicator, o.period, o.value, o.unit) for o in release.observations] == [
        ("telecom.mobile_users", "2025-12", 18.27, "亿户"), ("telecom.mobile_penetration", "2025-12", 130.0, "部/百人")]


def test_a_change_said_on_a_base_is_the_change_of_the_figure_before_it():
    # '在上年高基数基础上同比下降4.6%': the base it is said on is an aside; the same in both readers
    text = ["2025年1—12月，全国造船完工量5369万载重吨，同比增长11.4%；新接订单量10782万载重吨，在上年高基数基础上同比下降4.6%，"
            "仍处于历史较高水平。"]
    for release in (parse_text("equipment", "2025年船舶工业经济运行情况", "2026-02-01T10:00", text),
                    statement_page("我国造船三大指标连续16年保持世界第一", "2026-02-01T10:00", text)):
        assert {(o.indicator, o.period, o.value) for o in release.observations if o.measure == "yoy_pct"} == {
            ("shipbuilding.completions", "2025", 11.4), ("shipbuilding.new_orders", "2025", -4.6)}


def test_a_table_of_regions_is_of_what_its_caption_names():
    # 2024 petrochemicals (real figures), our own table: 东部地区 is the region's plastics output, never its value added
    release = parse_text("raw_materials", "2024年石化化工行业经济运行情况", "2025-03-06T10:00", [
        "2024年，全年初级形态塑料产量12751.6万吨，同比增长4.3%。"], tables=[[
            ["表1 2024年初级形态塑料分地区产量"] * 3,
            ["地区", "产量（万吨）", "占全国比重（%）"],
            ["东部地区", "7035.02", "55.2"],
            ["西部地区", "3813.17", "29.9"]]])
    assert not [o for o in release.observations if o.origin == "table"]
    assert {(o.label_zh, o.dimension, o.period, o.measure): (o.value, o.unit) for o in release.named} == {
        ("东部地区初级形态塑料产量", "region", "2024", "level"): (7035.02, "万吨"),
        ("东部地区初级形态塑料产量占全国的比重", "region", "2024", "share_pct"): (55.2, "%"),
        ("西部地区初级形态塑料产量", "region", "2024", "level"): (3813.17, "万吨"),
        ("西部地区初级形态塑料产量占全国的比重", "region", "2024", "share_pct"): (29.9, "%")}


def test_a_growth_said_as_its_fall_is_negative_in_both_readers():
    text = ["9月，水泥产量15444万吨，同比降幅达8.6%。"]
    for release in (parse_text("raw_materials", "2025年9月建材行业运行情况", "2025-10-24T10:00", text),
                    statement_page("重点行业稳增长工作推进会召开", "2025-10-24T10:00", text)):
        assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
            ("output.cement", "level", 15444.0), ("output.cement", "yoy_pct", -8.6)}


@pytest.mark.parametrize("text, past", [
    ("福建、安徽、河南、湖南增速均在8%以上", True), ("乙烯、合成树脂产量增速均超过10%", True),
    ("乙烯、合成树脂产量均增长超过10%", True), ("产销量均突破3000万辆", True),
    ("A、B同比均增长11%左右", False),                   # one figure of each, about
    ("重点行业和重点地区的工业增加值占工业总量的比重均在80%左右", False),
    ("发明专利总量达到46万项、户均26.6项", False),       # 户均 is no 均
])
def test_a_line_each_name_passed_is_a_milestone(text, past):
    assert register.each_past(fold(text)) is past
    assert register.threshold(fold(text)) is past


def test_a_milestone_passed_by_both_at_once_is_no_figure():
    assert register.threshold(fold("我国汽车年产销量首次双超3000万辆"))


def test_a_shorter_span_said_mid_paragraph_holds_for_its_sentence_only():
    # 2025 software (in our own words): '一季度，…' in a paragraph on 前5个月; the regions after it are 前5个月's
    release = statement_page("软件产业运行情况", "2025-07-24T10:00", [
        "今年以来，软件业延续稳健增长态势。前5个月，全国软件业务收入55788亿元，同比增长11.2%。一季度，工业软件产品收入671亿元。"
        "从地区看，东部地区软件业务收入占全国的84.2%。"])
    assert {(o.indicator, o.period) for o in release.observations if o.measure == "share_pct"} == {
        ("software_revenue.east", "2025-05")}


def test_a_part_of_a_compound_just_read_changes_against_an_earlier_span_in_both_readers():
    text = ["1—11月，全国汽车产销分别完成2790.3万辆和2794万辆，同比分别增长2.9%和3.7%，产量增速较1—10月扩大1.1个百分点。"]
    for release in (parse_text("equipment", "2024年11月汽车工业经济运行情况", "2024-12-10T10:00", text),
                    statement_page("稳中有进谱新篇", "2024-12-27T10:00", text)):
        assert [(o.indicator, o.period, o.value) for o in release.observations if o.measure == "growth_pp_change"] == [
            ("vehicles.production", "2024-11", 1.1)]


@pytest.mark.parametrize("text, name, sign", [
    ("全国公共场站平均充电功率较上年提升", "全国公共场站平均充电功率", 1),
    ("单位产品能耗比去年同期降低", "单位产品能耗", -1),
])
def test_a_change_on_the_year_before_said_with_a_verb_of_improvement(text, name, sign):
    said = register.ON_A_YEAR_BEFORE.fullmatch(text)
    assert (said["name"], register.change_sign(said["verb"])) == (name, sign)


def test_a_span_of_days_is_no_period():
    from xinzhi.cn import DAY_SPAN
    assert DAY_SPAN.search("去年3月7日至11月7日，我国消费品新增1516.6万种") and not DAY_SPAN.search("截至11月7日")


def test_the_exports_of_a_trade_total_just_read_are_that_trade_s():
    # real figures: textiles and apparel trade in 2025
    release = parse_text("consumer_goods", "2025年纺织行业运行情况", "2026-02-10T10:00", [
        "纺织品服装贸易额3139.9亿美元，同比下降2.6%；其中出口2938.1亿美元，同比下降2.4%。"])
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("纺织品服装贸易额", "level", 3139.9), ("纺织品服装贸易额", "yoy_pct", -2.6),
        ("纺织品服装出口", "level", 2938.1), ("纺织品服装出口", "yoy_pct", -2.4)}
    # a statement reads it the same way
    said = statement_page("纺织行业运行平稳", "2026-02-10T10:00", [
        "2025年，纺织品服装贸易额3139.9亿美元，同比下降2.6%；其中出口2938.1亿美元，同比下降2.4%。"])
    assert ("纺织品服装出口", "level", 2938.1) in {(o.label_zh, o.measure, o.value) for o in said.named}


def test_a_compound_after_a_key_industry_said_as_a_chanye_is_of_its_product():
    # real figures: vehicles in 2025; '汽车产业' is the 汽车行业 the compound 产销 is of
    release = statement_page("我国汽车产销规模连续17年位居全球首位", "2026-01-22T10:00", [
        "2025年，我国汽车产业顶住外部压力稳步前行，全年产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("vehicles.production", "level", 3453.1), ("vehicles.sales", "level", 3440.0),
        ("vehicles.production", "yoy_pct", 10.4), ("vehicles.sales", "yoy_pct", 9.4)}
    # a 产业 that is no key industry stays a name of its own
    from xinzhi import catalogue
    assert catalogue.same_words("数字产业") == "数字产业" and catalogue.same_words("钢铁产业") == "钢铁行业"


def test_figures_of_one_market_are_never_the_nation_s_series():
    # real figures: NEV share of new-car sales in 2025, nationally and in the domestic market
    release = statement_page("市场结构持续优化", "2026-01-22T10:00", [
        "2025年，新能源汽车新车销量占汽车新车总销量的47.9%；在国内市场，新能源汽车新车销量占比突破50%，已成为市场的主导力量。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {("vehicles.nev_sales", "share_pct", 47.9)}
    assert ("新能源汽车新车销量占比突破50%", "qualified") in release.not_stored()


@pytest.mark.parametrize("clause, record", [
    ("单月出口规模再创新高", True), ("为年内单月最高", True), ("创历史新高", True), ("均创同期新高", True),
    ("出口规模扩大", False), ("市场地位进一步巩固", False)])
def test_a_record_said_in_a_clause_of_its_own(clause, record):
    assert bool(register.RECORD.fullmatch(fold(clause))) is record


def test_changes_after_a_record_said_of_the_figure_are_the_figure_s():
    # real figures: vehicle exports in November 2025, iron ore imports in December 2025
    release = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-16T10:00", [
        "11月，汽车出口72.8万辆，单月出口规模再创新高，环比增长9.3%，同比增长48.5%。"])
    assert {(o.measure, o.value) for o in release.observations if o.indicator == "vehicles.exports"} == {
        ("level", 72.8), ("mom_pct", 9.3), ("yoy_pct", 48.5)}
    ore = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-02-10T10:00", [
        "12月份，进口铁矿砂及其精矿11965万吨，为年内单月最高，同比增长6.4%，环比增长8.2%。",
        "2025年全国生铁、粗钢和钢材（含重复材）产量分别为83604万吨、96081万吨和144612万吨。"])
    assert {(o.indicator, o.measure, o.value) for o in ore.observations} == {
        ("customs_import.iron_ore", "level", 11965.0), ("customs_import.iron_ore", "yoy_pct", 6.4),
        ("customs_import.iron_ore", "mom_pct", 8.2), ("output.pig_iron", "level", 83604.0),
        ("output.crude_steel", "level", 96081.0), ("output.steel_products", "level", 144612.0)}


def test_names_not_catalogued_counted_as_a_group_are_each_a_member():
    # the form only (illustrative growths; the real page prints the profits' increases in 亿元): each member its own name
    release = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-10T10:00", [
        "2025年，十种有色金属产量8000万吨。铝、黄金、铜三个品种利润分别增长10%、20%和30%。"])
    assert {(o.label_zh, o.value) for o in release.named if o.measure == "yoy_pct"} == {
        ("铝利润", 10.0), ("黄金利润", 20.0), ("铜利润", 30.0)}
    # members fewer than counted: none is sure
    fewer = parse_text("raw_materials", "2025年有色金属行业运行情况", "2026-02-10T10:00", [
        "2025年，十种有色金属产量8000万吨。铝、黄金两个品种利润分别增长10%、20%和30%。"])
    assert not [o for o in fewer.named if o.measure == "yoy_pct"]


@pytest.mark.parametrize("clause, verb, value", [
    ("比上月小幅回落0.2点", "回落", "0.2"), ("比5月回落2.3点", "回落", "2.3"), ("环比上升2.69点", "上升", "2.69")])
def test_a_change_on_the_month_before_said_with_how_much_it_moved(clause, verb, value):
    found = register.ABS_MOM.fullmatch(fold(clause))
    assert (found["verb"], found["num"]) == (verb, value)


def test_a_period_said_between_a_name_and_its_figure_dates_it_and_the_change_after_it():
    # real figures: building materials in 2025 (an annual report speaking of months)
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-10T10:00", [
        "规模以上非金属矿物制品业增加值1—2月同比下降2.1%。",
        "建筑材料工业景气指数（MPI）6月份为100.6点，比5月回落2.3点。",
        "建筑材料工业价格指数8月份为99.0点，比上月回落0.7点。"])
    assert figures(release) == expect("""
industrial_va.C30 2025-02 ytd yoy_pct -2.1
building_materials.mpi 2025-06 month level 100.6
building_materials.mpi 2025-06 month mom_abs_change -2.3
building_materials.mpi_price 2025-08 month level 99.0
building_materials.mpi_price 2025-08 month mom_abs_change -0.7
""")


def test_a_compound_after_its_name_with_a_span_of_its_own():
    # real figures: NEVs, January to November 2025 (the work conference)
    release = statement_page("全国工业和信息化工作会议在京召开", "2025-12-26T10:00", [
        "2025年，新能源汽车产销两旺，1—11月产销量分别达到1490.7万辆和1478万辆，同比分别增长31.4%和31.2%。"])
    assert figures(release) == expect("""
vehicles.nev_production 2025-11 ytd level 1490.7
vehicles.nev_sales 2025-11 ytd level 1478.0
vehicles.nev_production 2025-11 ytd yoy_pct 31.4
vehicles.nev_sales 2025-11 ytd yoy_pct 31.2
""")


def test_a_bare_industry_after_another_s_profit_growth_in_a_report_takes_the_metric():
    # the form of a consumer-goods report (revenue real: 1—9月 2025, the two growths illustrative)
    release = parse_text("consumer_goods", "2025年1—9月轻工业运行情况", "2025-10-28T10:00", [
        "1—9月，规模以上轻工企业营业收入17万亿元。分行业看，家具制造业利润增长9.9%，造纸和纸制品业增长10.3%。"])
    assert {(o.label_zh, o.value) for o in release.named if o.measure == "yoy_pct"} == {
        ("家具制造业利润", 9.9), ("造纸和纸制品业利润", 10.3)}


def test_a_record_naming_another_series_is_of_it_and_one_naming_nothing_read_ends_the_subject():
    # real figures: November 2025 vehicles (the record's name decides what the changes after it are of)
    named = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-16T10:00", [
        "11月，汽车出口72.8万辆，出口规模再创新高，环比增长9.3%。",
        "11月，汽车产销分别完成353.2万辆和342.9万辆，新能源汽车销量再创新高，同比增长20.6%。"])
    assert {(o.indicator, o.measure, o.value) for o in named.observations if o.measure in ("mom_pct", "yoy_pct")} == {
        ("vehicles.exports", "mom_pct", 9.3), ("vehicles.nev_sales", "yoy_pct", 20.6)}
    other = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-16T10:00", [
        "11月，汽车出口72.8万辆，同比增长48.5%。11月，汽车产销分别完成353.2万辆和342.9万辆，二手车交易量再创新高，同比增长5.1%。"])
    assert not [o for o in other.observations if o.value == 5.1]


def test_a_record_of_the_figure_s_own_size_keeps_its_subject():
    # real figures: machinery revenue in 2025
    release = parse_text("equipment", "2025年机械工业经济运行情况", "2026-02-06T10:00", [
        "2025年，机械工业规模以上企业实现营业收入33.2万亿元，规模创历史新高，同比增长6.0%。"])
    assert [(o.measure, o.value) for o in release.observations if o.indicator == "miit_revenue.machinery"] == [
        ("level", 33.2), ("yoy_pct", 6.0)]


def test_a_sector_whole_on_its_own_never_takes_the_tail_of_the_next_and_a_named_list_shares_its_metric():
    # real figures: value added and export delivery value, January to September 2025
    release = statement_page("运行监测协调局负责人答记者问", "2025-10-28T10:00", [
        "前三季度，采矿业、电力热力燃气及水生产和供应业分别增长5.8%和2.0%。",
        "9月份，铁路船舶航空航天、专用设备、通用设备、化工行业出口交货值分别增长30.6%、12.4%、9.6%、9.2%。"])
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_va.mining", 5.8), ("industrial_va.utilities", 2.0)}
    assert {(o.label_zh, o.value) for o in release.named} == {
        ("铁路船舶航空航天行业出口交货值", 30.6), ("专用设备行业出口交货值", 12.4), ("通用设备行业出口交货值", 9.6), ("化工行业出口交货值", 9.2)}


@pytest.mark.parametrize("before, clause, read", [
    ("10月当月", "净增1700万户", (1700, "万户")),
    ("其中10月份", "新增5.3万个", (5.3, "万个")),
    ("12月", "净减少12万户", (-12, "万户")),
    ("1—10月", "新增5.3万个", None),            # a span's, not one month's
    ("截至10月末", "比上年末净增50.7万个", None),   # since the year's end: SINCE_YEAR_END
])
def test_a_stocks_change_in_a_month_said_before_it(before, clause, read):
    added = register.MONTH_ADDED.fullmatch(clause)
    got = (float(added["num"]) * (-1 if "减" in added.group() else 1), added["unit"]) \
        if added and register.MONTH_SAID.search(before) else None
    assert got == read


def test_a_stocks_changes_since_the_year_end_and_in_the_month_named_with_it_or_said_after_it():
    # real figures: the January to October 2025 telecom report
    release = parse_text("telecom", "2025年1—10月通信业经济运行情况", "2025-11-20T10:00", [
        "截至10月末，三家基础电信企业的固定互联网宽带接入用户总数达6.97亿户。其中，100Mbps及以上、1000Mbps及以上接入速率"
        "的用户分别达6.63亿户和2.38亿户，在总用户数中的占比依次为95.1%和34.1%；千兆用户比上年末净增3113万户，"
        "占比较上年末提升3.3个百分点，较9月末提升0.2个百分点。",
        "截至10月末，5G移动电话用户达11.84亿户，比上年末净增1.7亿户，10月当月净增1700万户。5G基站总数达475.8万个，"
        "比上年末净增50.7万个，其中10月份新增5.3万个。"])
    got = {(o.indicator, o.measure, o.base_period): o.value for o in release.observations
           if o.measure not in ("level", "share_pct")}
    assert got == {
        ("telecom.broadband_gigabit", "abs_change", None): 3113.0,
        ("telecom.broadband_gigabit", "share_pp_change_ytd", None): 3.3,
        ("telecom.broadband_gigabit", "share_pp_change_prev", "2025-09"): 0.2,
        ("telecom.mobile_users_5g", "abs_change", None): 1.7,
        ("telecom.mobile_users_5g", "mom_abs_change", None): 1700.0,
        ("telecom.bs_5g", "abs_change", None): 50.7,
        ("telecom.bs_5g", "mom_abs_change", None): 5.3}
    assert not release.conflicts


def test_a_heading_names_the_bare_output_and_exports_after_it_and_ends_the_subject_before_it():
    # real figures: the photovoltaic industry in 2024
    release = statement_page("光伏行业运行平稳", "2025-02-28T10:00", [
        "光伏产业链各环节产量稳步增长。多晶硅环节，全年产量超过182万吨，同比增长23.6%；硅片环节，全年产量753GW，"
        "同比增长12.7%，出口量约60.9GW，同比下降13.3%；电池环节，出口57.5GW，同比增长46.3%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("pv_output.polysilicon", "level"): 182.0, ("pv_output.polysilicon", "yoy_pct"): 23.6,
        ("pv_output.wafers", "level"): 753.0, ("pv_output.wafers", "yoy_pct"): 12.7}
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("硅片出口量", "level"): 60.9, ("硅片出口量", "yoy_pct"): -13.3,
        ("电池出口", "level"): 57.5, ("电池出口", "yoy_pct"): 46.3}


def test_a_bare_flow_after_a_products_output_is_that_products():
    # real figures: batteries, January to October 2025
    release = statement_page("动力电池产业保持较快增长", "2025-11-12T10:00", [
        "1—10月，我国动力和其他电池累计产量1291.4GWh，同比增长51.5%；累计销量1249.5GWh，同比增长53.7%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("battery_output", "level"): 1291.4, ("battery_output", "yoy_pct"): 51.5}
    assert {(o.label_zh, o.measure, o.period): o.value for o in release.named} == {
        ("动力和其他电池销量", "level", "2025-10"): 1249.5, ("动力和其他电池销量", "yoy_pct", "2025-10"): 53.7}


@pytest.mark.parametrize("clause, spans", [
    ("10万千瓦及以上项目装机占比62.3%", 1),          # a threshold inside one name
    ("实现营业收入4093亿元及利润总额219.3亿元", 2),   # two figures, each named
])
def test_a_threshold_inside_a_name_never_splits_it_into_two_figures(clause, spans):
    assert len(register.figure_items(clause)) == spans


@pytest.mark.parametrize("clause, read", [
    ("中部地区回落1个百分点", ("增速", "1-11月", (-1.0,), "中部地区")),
    ("西部地区加快0.6个百分点", ("增速", "1-11月", (0.6,), "西部地区")),
    ("利润率回落1个百分点", None),              # says what changed itself: not the earlier change's
    ("比上年回落1个百分点", None),              # says its own base
])
def test_a_names_change_with_the_span_and_what_changed_said_before_it_in_the_sentence(clause, read):
    found = register.span_change_elided(clause, "1-11月", "增速")
    assert (found and (found.what, found.base, found.values, found.head)) == read


def test_changes_elided_after_the_first_are_each_names_growth_change_against_the_same_span():
    # real figures: the 2024 software report's regions
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "2024年，东部、中部、西部和东北地区分别完成软件业务收入113022亿元、7341亿元、13776亿元和3137亿元。其中，东部地区"
        "增速较1—11月回落0.7个百分点，中部地区回落1个百分点，西部地区回落0.6个百分点，东北地区增速与1—11月基本持平。"])
    assert {(o.indicator, o.base_period): o.value for o in release.observations if o.measure == "growth_pp_change"} == {
        ("software_revenue.east", "2024-11"): -0.7, ("software_revenue.central", "2024-11"): -1.0,
        ("software_revenue.west", "2024-11"): -0.6, ("software_revenue.northeast", "2024-11"): 0.0}


def test_changes_listed_after_a_whole_and_its_parts_are_the_parts():
    # real figures: textile and apparel exports, October 2025
    release = parse_text("consumer_goods", "2025年1—10月纺织行业运行情况", "2025-11-28T10:00", [
        "10月当月，纺织品服装出口222.6亿美元，其中纺织品出口112.6亿美元，服装出口110.0亿美元，同比分别下降9.1%和15.9%。"])
    assert {o.indicator: o.value for o in release.observations if o.measure == "yoy_pct"} == {
        "customs_export.textiles": -9.1, "customs_export.apparel": -15.9}


def test_a_named_rates_change_against_an_earlier_span_is_kept_with_the_span():
    release = parse_text("consumer_goods", "2025年前三季度纺织行业运行情况", "2025-10-30T10:00", [
        "前三季度，行业营业利润率为3.7%，同比下降0.1个百分点；亏损面为24.2%，较上半年收窄2.6个百分点。"])
    assert {(o.label_zh, o.measure, o.base_period): o.value for o in release.named if o.label_zh == "亏损面"} == {
        ("亏损面", "level", None): 24.2, ("亏损面", "pp_change", "2025-06"): -2.6}


@pytest.mark.parametrize("paragraph, expected", [
    # 以及 joins the last name of a list like 和
    ("11月份，采矿业、制造业以及电力、热力、燃气及水生产和供应业增加值分别增长6.3%、4.6%和4.3%。",
     {("industrial_va.mining", "2025-11"): 6.3, ("industrial_va.manufacturing", "2025-11"): 4.6,
      ("industrial_va.utilities", "2025-11"): 4.3}),
    # '自8月份以来' is since, never the period of what follows
    ("1—11月，规模以上工业企业利润总额同比增长0.1%，但自8月份以来累计增速保持增长；规模以上工业企业营业收入同比增长1.6%。",
     {("industrial_profit", "2025-11"): 0.1, ("industrial_revenue", "2025-11"): 1.6}),
])
def test_a_statements_list_joined_by_yiji_and_a_month_said_as_since(paragraph, expected):
    release = statement_page("运行监测协调局负责人答记者问", "2025-12-29T10:00", [paragraph])
    assert {(o.indicator, o.period): o.value for o in release.observations if o.measure == "yoy_pct"} == expected


def test_a_heading_on_an_aspect_of_all_industry_names_nothing():
    release = statement_page("答记者问", "2025-12-29T10:00", [
        "效益方面，1—11月，规模以上工业企业实现利润总额66268.6亿元；实现营业收入125.34万亿元。"])
    assert not release.named
    assert {o.indicator for o in release.observations} == {"industrial_profit", "industrial_revenue"}


def test_a_named_growths_change_and_a_gap_to_the_services_growth_in_a_statement():
    # real figures: the first quarter of 2025
    release = statement_page("一季度信息通信业运行情况", "2025-04-24T10:00", [
        "一季度，规模以上计算机、通信和其他电子设备制造业增加值同比增长11.5%，高出同期全部工业5个百分点；电子产品出口额同比"
        "增长5.8%，比上年同期加快9.8个百分点。电信业务总量同比增长7.7%，比服务业增加值增速高2.4个百分点。"])
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("电子产品出口额", "yoy_pct"): 5.8, ("电子产品出口额增速", "pp_change"): 9.8}
    gaps = {(o.indicator, o.relative_to): o.value for o in release.observations if o.measure == "pp_gap"}
    assert gaps == {("industrial_va.C39", "industrial_va"): 5.0, ("telecom.volume", "gdp.tertiary"): 2.4}


def test_a_bare_index_said_again_is_the_one_index_the_report_read_and_its_level_is_named_without_the_move():
    # real figures: the building-materials business-climate index, 2025
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-06T10:00", [
        "建筑材料工业景气指数（MPI）6月份为100.6点。11月份景气指数回升至102.9点，比上年同月高0.5点；12月份景气指数与上月"
        "持平，仍为102.9点，比上年同期高1.8点。"])
    got = {(o.period, o.measure): o.value for o in release.observations if o.indicator == "building_materials.mpi"}
    assert got == {("2025-06", "level"): 100.6, ("2025-11", "level"): 102.9, ("2025-11", "yoy_abs_change"): 0.5,
                   ("2025-12", "mom_pct"): 0.0, ("2025-12", "level"): 102.9, ("2025-12", "yoy_abs_change"): 1.8}
    assert not release.named
    # no index read before: a bare one is none of the catalogue's
    alone = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-06T10:00", ["11月份景气指数回升至102.9点。"])
    assert not alone.observations


def test_a_change_after_a_months_level_said_in_passing_is_of_that_month():
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-06T10:00", [
        "建筑材料工业景气指数（MPI）6月份为100.6点，比5月回落2.3点；8月份为101.2点，比7月回升6.4点。"])
    assert {(o.period, o.measure): o.value for o in release.observations} == {
        ("2025-06", "level"): 100.6, ("2025-06", "mom_abs_change"): -2.3,
        ("2025-08", "level"): 101.2, ("2025-08", "mom_abs_change"): 6.4}


def test_regions_counted_after_a_sentence_listed_them_with_figures_of_no_series_are_those_regions():
    # real figures: the telecom report for January to July 2025
    release = parse_text("telecom", "2025年前7个月通信业经济运行情况", "2025-08-26T10:00", [
        "从千兆宽带看，截至7月末，东部、中部、西部和东北地区1000Mbps及以上固定宽带用户的渗透率依次为33.5%、33.5%、34.3%和"
        "26.8%。从5G看，四个地区的5G移动电话用户分别达到4.92亿、2.7亿、2.97亿和0.78亿户。"])
    assert {o.indicator: o.value for o in release.observations} == {
        "telecom.mobile_users_5g.east": 4.92, "telecom.mobile_users_5g.central": 2.7,
        "telecom.mobile_users_5g.west": 2.97, "telecom.mobile_users_5g.northeast": 0.78}


@pytest.mark.parametrize("clause, group", [
    ("四个地区同比分别增长", 4),
    ("四个地区的5G移动电话用户分别达到", 4),      # 5G is part of a name, no figure
    ("四个地区的收入占全国的比重分别为", None),    # shares: another form's
])
def test_a_group_of_places_counted(clause, group):
    found = register.named_group(clause)
    assert (found[0] if found else None) == group


@pytest.mark.parametrize("text, read", [
    ("规模以上工业单位增加值能耗在“十三五”时期下降约16%的基础上持续降低", ("规模以上工业单位增加值能耗", 2015, 2020, -16.0, "about")),
    ("万元工业增加值用水量“十三五”时期下降近40%", ("万元工业增加值用水量", 2015, 2020, -40.0, "about")),
    ("“十四五”期间软件业务收入累计增长超过60%", ("软件业务收入", 2020, 2025, 60.0, "over")),
    ("“十四五”期间年均增长5%", None),         # a yearly average: window_average's
    ("2021年下降5.6%", None),                # no window
])
def test_a_change_over_a_plans_five_years(text, read):
    found = register.window_change(fold(text))
    assert (found and (found.label, found.base_year, found.end_year, found.item.value, found.item.qualifier)) == read



def test_a_rate_against_the_same_rate_of_all_industry_said_aside_is_that_rates_level():
    # real figures: chemicals' capacity utilization, the second quarter of 2025
    release = parse_text("raw_materials", "2025年上半年石化化工行业经济运行情况", "2025-08-22T10:00", [
        "二季度，化学原料和化学制品制造业产能利用率为71.9%，较一季度的73.5%回落1.6个百分点，低于同期全国规模以上工业产能"
        "利用率（74.0%）2.1个百分点。"])
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("capacity_utilization.chemicals", "2025-06", "level"): 71.9,
        ("capacity_utilization.chemicals", "2025-03", "level"): 73.5,
        ("capacity_utilization.chemicals", "2025-06", "pp_change_prev"): -1.6,
        ("capacity_utilization.chemicals", "2025-06", "pp_gap"): -2.1,
        ("capacity_utilization", "2025-06", "level"): 74.0}      # all industry's rate, never its growth
    assert not release.named


def test_a_machinery_reports_construction_machinery_sales_are_their_catalogued_series():
    # real figures: the machinery industry in 2025
    release = parse_text("equipment", "2025年机械工业经济运行情况", "2026-02-10T10:00", [
        "2025年，工程机械销售回暖，挖掘机销量23.5万台，同比增长17.0%，装载机销量12.8万台，同比增长18.4%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("machinery_sales.excavators", "level"): 23.5, ("machinery_sales.excavators", "yoy_pct"): 17.0,
        ("machinery_sales.loaders", "level"): 12.8, ("machinery_sales.loaders", "yoy_pct"): 18.4}
    assert not release.named


def test_changes_after_levels_stored_in_another_currency_are_of_those_series_in_both_readers():
    # real figures: textile and apparel exports, January to September 2025, in dollars and in yuan
    text = ["1—9月，纺织品出口1064.8亿美元，同比增长2.1%；服装出口1152.1亿美元，同比下降2.5%。",
            "以人民币计，1—9月纺织品服装累计出口15910亿元，同比增长0.6%。其中，纺织品、服装出口分别为7641.5亿元和8268.5亿元，"
            "同比分别增长3%和下降1.6%。", "1—9月，纺织品出口7641.5亿元，同比增长3%。"]
    expected = {"customs_export.textiles": 2.1, "customs_export.apparel": -2.5, "customs_export.textiles_apparel_cny": 0.6,
                "customs_export.textiles_cny": 3.0, "customs_export.apparel_cny": -1.6}
    report = parse_text("consumer_goods", "2025年1—9月纺织行业运行情况", "2025-11-18T10:00", text)
    statement = statement_page("纺织行业运行情况", "2025-11-18T10:00", text)
    for release in (report, statement):
        assert {o.indicator: o.value for o in release.observations if o.measure == "yoy_pct"} == expected
        assert not release.conflicts


@pytest.mark.parametrize("clause, values", [
    ("分别净增81.8万个和87.4万个", [81.8, 87.4]),
    ("比上年末分别净减120万户和30万户", [-120, -30]),
    ("分别增长5%和8%", None),              # growths: another form's
])
def test_stocks_changes_since_the_year_end_handed_out_by_a_list(clause, values):
    found = register.since_year_end_listed(clause)
    assert ([item.value for item in found] if found else None) == values


def test_a_list_of_stocks_takes_the_list_of_their_changes_since_the_year_end():
    # real figures: the 2024 telecom statistical bulletin
    release = parse_text("telecom", "2024年通信业统计公报", "2025-01-26T10:00", [
        "截至2024年底，4G基站、5G基站分别为711.2万个和425.1万个，全年分别净增81.8万个和87.4万个。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("telecom.bs_4g", "level"): 711.2, ("telecom.bs_5g", "level"): 425.1,
        ("telecom.bs_4g", "abs_change"): 81.8, ("telecom.bs_5g", "abs_change"): 87.4}


def test_a_stocks_growth_since_a_year_end_said_by_its_number():
    # real figures: the shipbuilding order book, the end of June 2025
    release = parse_text("equipment", "2025年上半年船舶工业经济运行情况", "2025-08-05T10:00", [
        "截至6月底，手持订单量23454万载重吨，同比增长36.7%，比2024年底增长12.4%。"])
    assert figures(release) == expect("""
shipbuilding.order_book 2025-06 month level 23454
shipbuilding.order_book 2025-06 month yoy_pct 36.7
shipbuilding.order_book 2025-06 month cum_pct 12.4 2024-12/month
""")


@pytest.mark.parametrize("clause, changes", [
    ("同比、环比均下降6.6%", [("yoy", -6.6), ("mom", -6.6)]),
    ("同比、环比分别增长8.7%和0.9%", [("yoy", 8.7), ("mom", 0.9)]),
    ("同比、环比分别增长8.7%和下降0.9%", [("yoy", 8.7), ("mom", -0.9)]),
    ("同比、环比分别增长8.7%", []),            # a list with one change for two bases: not sure which
    ("同比增长8.7%", []),
])
def test_a_figures_changes_on_a_year_earlier_and_on_the_month_before_in_one_clause(clause, changes):
    assert [(base, item.value) for base, item in register.yoy_and_mom(clause)] == changes


@pytest.mark.parametrize("clause, aside", [
    ("增速比上半年（7.6%）加快0.2个百分点", ("上半年", 7.6)),
    ("增速比1-8月(10.2%)回落0.3个百分点", ("1-8月", 10.2)),
    ("比全国（6.2%）高1.6个百分点", None),         # the aggregate's own rate: no earlier span of the subject
])
def test_an_earlier_spans_rate_said_aside_before_the_change_against_it(clause, aside):
    found = register.value_aside(clause)
    assert (found[:2] if found else None) == aside


def test_a_month_said_inside_a_sentence_of_a_span_is_a_parts_and_a_product_named_before_its_output():
    # real figures: non-ferrous metals, January to September 2025
    release = parse_text("raw_materials", "2025年前三季度有色金属行业运行情况", "2025-11-07T10:00", [
        "前三季度，十种有色金属产量6119万吨，同比增长3.0%；其中9月份产量695万吨，同比增长2.9%。精炼铜生产保持较快增长，"
        "9月份产量127万吨，同比增长10.1%。原铝产量3395.5万吨，同比增长2.2%；9月份原铝产量380万吨，同比增长1.8%。氧化铝产量约"
        "6860万吨，同比增长8.4%；9月份氧化铝产量800万吨，创单月历史新高，同比、环比分别增长8.7%和0.9%。"])
    assert figures(release) == expect("""
output.ten_nonferrous 2025-09 ytd level 6119
output.ten_nonferrous 2025-09 ytd yoy_pct 3.0
output.ten_nonferrous 2025-09 month level 695
output.ten_nonferrous 2025-09 month yoy_pct 2.9
output.copper 2025-09 month level 127
output.copper 2025-09 month yoy_pct 10.1
output.aluminium 2025-09 ytd level 3395.5
output.aluminium 2025-09 ytd yoy_pct 2.2
output.aluminium 2025-09 month level 380
output.aluminium 2025-09 month yoy_pct 1.8
output.alumina 2025-09 ytd level 6860
output.alumina 2025-09 ytd yoy_pct 8.4
output.alumina 2025-09 month level 800
output.alumina 2025-09 month yoy_pct 8.7
output.alumina 2025-09 month mom_pct 0.9
""")
    assert release.conflicts == []


def test_an_earlier_spans_growth_said_aside_is_the_subjects_growth_then_in_both_readers():
    # real figures: non-ferrous value added and mobile traffic, 2025
    report = parse_text("raw_materials", "2025年前三季度有色金属行业运行情况", "2025-11-07T10:00", [
        "前三季度，规模以上有色金属工业增加值同比增长7.8%，比全国规模以上工业增加值增速（6.2%）高1.6个百分点，"
        "增速比上半年（7.6%）加快0.2个百分点。"])
    got = {(o.indicator, o.period, o.measure): o.value for o in report.observations}
    assert got[("miit_va.nonferrous", "2025-06", "yoy_pct")] == 7.6
    assert got[("miit_va.nonferrous", "2025-09", "growth_pp_change")] == 0.2
    assert got[("industrial_va", "2025-09", "yoy_pct")] == 6.2
    statement = statement_page("前11个月通信业运行平稳", "2025-12-24T10:00", [
        "1—11月，移动互联网累计流量达3232亿GB，同比增长16.8%，增速比上半年（16.4%）提高0.4个百分点。"])
    assert {(o.period, o.measure): o.value for o in statement.observations if o.indicator == "telecom.mobile_traffic"} == {
        ("2025-11", "level"): 3232.0, ("2025-11", "yoy_pct"): 16.8, ("2025-06", "yoy_pct"): 16.4,
        ("2025-11", "growth_pp_change"): 0.4}


def test_a_price_kept_as_printed_moving_through_the_quarters_and_the_sentence_after_them():
    # real figures: the average cement price in each quarter of 2025
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-06T10:00", [
        "一季度，全国水泥市场平均成交价为397元/吨，同比上涨9.3%，为全年高点；二季度回落至375元/吨，三季度进一步降至344元/吨，"
        "四季度小幅回升至351元/吨。分区域看，东北地区水泥均价463元/吨，继续居全国前列。"])
    got = {(o.label_zh, o.period, o.period_type): o.value for o in release.named if o.measure == "level"}
    assert got == {("水泥市场平均成交价", "2025-03", "ytd"): 397.0, ("水泥市场平均成交价", "2025-06", "quarter"): 375.0,
                   ("水泥市场平均成交价", "2025-09", "quarter"): 344.0, ("水泥市场平均成交价", "2025-12", "quarter"): 351.0,
                   # (a sentence walking through the quarters leaves none in force: the year the report is on)
                   ("东北地区水泥均价", "2025", "year"): 463.0}


@pytest.mark.parametrize("clause, said", [
    ("增速高于同期规模以上工业（5.9%）和高技术制造业（9.4%）", [("规模以上工业", 5.9), ("高技术制造业", 9.4)]),
    ("快于全部工业（增长6.1%）", [("全部工业", 6.1)]),
    ("比全国（6.2%）高1.6个百分点", []),          # a gap printed: the comparison's own form
    ("高于同期规模以上工业（5.9%），位居前列", []),  # more said after the asides
])
def test_the_aggregates_a_growth_is_said_above_with_their_own_growths_aside(clause, said):
    assert register.aggregates_aside(clause) == said


def test_the_aggregates_growths_aside_and_the_contribution_of_the_growth_just_read_in_both_readers():
    # real figures: the electronics industry in 2025
    text = ["2025年，规模以上电子信息制造业增加值同比增长10.6%，增速高于同期规模以上工业（5.9%）和高技术制造业（9.4%），"
            "对全部规模以上工业增长的贡献率达18.1%。"]
    report = parse_text("electronics", "2025年电子信息制造业运行情况", "2026-02-05T10:00", text)
    statement = statement_page("2025年电子信息制造业保持较快增长", "2026-02-05T10:00", text)
    for release in (report, statement):
        got = {(o.indicator, o.measure): (o.value, o.relative_to) for o in release.observations}
        assert got == {("electronics_va", "yoy_pct"): (10.6, None), ("industrial_va", "yoy_pct"): (5.9, None),
                       ("industrial_va.high_tech", "yoy_pct"): (9.4, None),
                       ("electronics_va", "contribution_pct"): (18.1, "industrial_va")}
        assert release.named == []


def test_a_reports_named_figure_changes_since_the_year_end_a_bare_rate_of_the_subject_and_a_kinds_total():
    # real figures: the 2025 telecom bulletin
    release = parse_text("telecom", "2025年通信业统计公报", "2026-01-28T10:00", [
        "截至2025年底，移动电话普及率为130部/百人，比上年末提高2.9部/百人；固定电话用户总数1.6亿户，全年净减633.7万户，"
        "普及率为11.4部/百人。", "截至2025年底，家庭户均签约带宽达到553.4Mbps，比上年末提升41.6Mbps。",
        "2025年，语音、短信、流量等传统业务收入合计同比下降0.5%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("telecom.mobile_penetration", "level")] == 130.0
    assert got[("telecom.mobile_penetration", "abs_change")] == 2.9
    named = {(o.label_zh, o.period, o.measure): o.value for o in release.named}
    assert named == {("固定电话普及率", "2025-12", "level"): 11.4, ("家庭户均签约带宽", "2025-12", "level"): 553.4,
                     ("家庭户均签约带宽", "2025-12", "abs_change"): 41.6, ("传统业务收入", "2025", "yoy_pct"): -0.5}


def test_a_trades_other_way_said_bare_after_one_way_in_both_readers():
    # real figures: building materials, January-November 2025
    release = read("raw_materials", "2025年1—11月建材行业运行情况",
                   "1—11月，建材商品进出口总额545.9亿美元，同比下降5.6%。其中，出口额418.6亿美元，同比下降4.3%，降幅比1—10月"
                   "收窄0.5个百分点；进口额127.3亿美元，同比下降9.6%。")
    got = {(o.label_zh, o.measure): o.value for o in release.named}
    assert got[("建材行业进口额", "level")] == 127.3 and got[("建材行业进口额", "yoy_pct")] == -9.6
    # real figures: electronics trade, 2025 (the exports named with their owner, no total said)
    release = statement_page("电子信息制造业保持较快增长", "2026-01-30T10:00", [
        "2025年，电子信息行业出口7583.2亿美元，同比增长7.2%；进口6184.2亿美元，同比增长10.2%。"])
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("电子信息行业出口", "level", 7583.2), ("电子信息行业出口", "yoy_pct", 7.2),
        ("电子信息行业进口", "level", 6184.2), ("电子信息行业进口", "yoy_pct", 10.2)}


def test_a_products_output_said_bare_after_a_heading_that_names_it():
    # real figures: nonferrous metals, January-October 2025
    release = read("raw_materials", "2025年1—10月有色金属行业运行情况",
                   "氧化铝产量保持较快增长，1—10月累计产量7634.4万吨，同比增长8.0%，10月份产量786.5万吨，同比增长5.8%。"
                   "精炼铜产量维持高位，9月份为127万吨，同比增长10.1%。")
    assert figures(release) == expect("""
output.alumina 2025-10 ytd level 7634.4
output.alumina 2025-10 ytd yoy_pct 8.0
output.alumina 2025-10 month level 786.5
output.alumina 2025-10 month yoy_pct 5.8
output.copper 2025-09 month level 127
output.copper 2025-09 month yoy_pct 10.1
""")


@pytest.mark.parametrize("printed, wanted, names", [
    ("生物药品制造、基因工程药物和疫苗制造行业利润", 2, ["生物药品制造行业利润", "基因工程药物和疫苗制造行业利润"]),
    ("电子元器件与机电组件设备制造、敏感元件及传感器制造行业利润", 2,
     ["电子元器件与机电组件设备制造行业利润", "敏感元件及传感器制造行业利润"]),
    ("篷、帆布企业营业收入和利润", 2, []),          # one name's two metrics, never two names
    ("生物药品制造、基因工程药物和疫苗制造行业利润", 3, []),
])
def test_names_holding_and_listed_by_pause_marks(printed, wanted, names):
    assert named.listed_by_pause(printed, wanted) == names


def test_names_holding_and_listed_by_pause_marks_in_both_readers():
    # real figures: pharmaceuticals, 2025
    text = "2025年，生物药品制造、基因工程药物和疫苗制造行业利润分别增长37.1%和72.7%。"
    for release in (read("consumer_goods", "2025年消费品工业运行情况", text),
                    statement_page("消费品工业司召开座谈会", "2026-01-30T10:00", [text])):
        assert {(o.label_zh, o.value) for o in release.named} == {
            ("生物药品制造行业利润", 37.1), ("基因工程药物和疫苗制造行业利润", 72.7)}


def test_regions_listed_short_and_each_region_again_in_the_telecom_report():
    # real figures: telecom, end of May 2024
    release = read("telecom", "2024年1—5月份通信业经济运行情况",
                   "截至5月末，东、中、西部和东北地区5G基站数分别为170.6万、86.4万、102.8万、23.8万个；各地区5G移动电话用户"
                   "分别为39634万、21385万、23469万、6001万户。")
    assert figures(release) == expect("""
telecom.bs_5g.east 2024-05 month level 170.6
telecom.bs_5g.central 2024-05 month level 86.4
telecom.bs_5g.west 2024-05 month level 102.8
telecom.bs_5g.northeast 2024-05 month level 23.8
telecom.mobile_users_5g.east 2024-05 month level 39634
telecom.mobile_users_5g.central 2024-05 month level 21385
telecom.mobile_users_5g.west 2024-05 month level 23469
telecom.mobile_users_5g.northeast 2024-05 month level 6001
""")


def test_the_month_looked_at_and_a_gap_conceded():
    # real figures: electronics, first three quarters of 2024
    release = read("electronics", "2024年前三季度电子信息制造业运行情况",
                   "前三季度，规模以上电子信息制造业营业收入达到11.49万亿元，同比增长7.5%。从9月份看，行业营业收入1.55万亿元，"
                   "同比增长6%。\n前三季度，电子信息制造业固定资产投资同比增长13.1%，增速比1—8月份回落1.1个百分点，但仍分别高于同期"
                   "工业和高技术制造业投资增速0.8个和3.7个百分点。")
    assert figures(release) == expect("""
electronics_revenue 2024-09 ytd level 11.49
electronics_revenue 2024-09 ytd yoy_pct 7.5
electronics_revenue 2024-09 month level 1.55
electronics_revenue 2024-09 month yoy_pct 6
electronics_fai 2024-09 ytd yoy_pct 13.1
electronics_fai 2024-09 ytd growth_pp_change -1.1 2024-08/ytd
electronics_fai 2024-09 ytd pp_gap 0.8 fai.industry
electronics_fai 2024-09 ytd pp_gap 3.7 fai.high_tech_mfg
""")


def test_a_levels_increment_over_a_window():
    name, amount = register.increment(fold("“十四五”期间制造业增加值增量预计达到8万亿元"))
    assert (name, amount.group()) == ("制造业增加值", "8万亿元")
    assert register.increment(fold("制造业增加值增量将达到8万亿元"))[0] == "制造业增加值"
    assert register.increment(fold("新增量8万亿元")) is None             # 新增 is no increment of a name
    assert register.increment(fold("制造业增加值增量将达到8万亿元左右，占比提高")) is None     # more after it


def test_a_growth_turned_from_an_earlier_span_said_many_ways():
    assert register.turned(fold("利润由上年全年下降3.3%转为同比增长0.8%")) == ("利润", "上年全年", -3.3, 0.8)
    assert register.turned(fold("非金属矿物制品业由6月份下降0.1%转为增长0.2%")) == ("非金属矿物制品业", "6月份", -0.1, 0.2)
    assert register.named_trades(fold("三大门类增加值")) == (3, 4)


def test_the_sub_indices_month_averages_after_a_month_said_after_the_source():
    # real figures: CSPI, October 2025 (the month said after who monitors it opens the sentence)
    release = read("raw_materials", "2025年1—10月钢铁行业运行情况",
                   "据中国钢铁工业协会监测，10月份，中国钢材价格指数（CSPI）平均值为91.92点，环比下降1.26点。分品种看，长材指数平均值"
                   "为92.23点，环比下降1.58%；板材指数平均值为91.17点，环比下降1.25%。\n1—10月，CSPI平均值为93.50点。其中，长材、板材"
                   "指数平均值分别为95.12点和92.03点。")
    got = figures(release)
    assert got[("steel.cspi_long_avg", "2025-10", "month", "level")] == 92.23
    assert got[("steel.cspi_flat_avg", "2025-10", "month", "mom_pct")] == -1.25
    assert got[("steel.cspi_long", "2025-10", "ytd", "level")] == 95.12     # over the span: never the month's
    assert release.conflicts == []


def test_a_value_a_year_before_said_with_the_quantity_word_and_a_share_after_a_name_said_with_its_trend():
    # real figures: steel exports, October 2025
    release = read("raw_materials", "2025年1—10月钢铁行业运行情况",
                   "10月份，我国出口钢材978.2万吨，同比下降13%，上年同期出口量为1118.2万吨，基数较高。")
    assert figures(release)[("customs_export.steel_products", "2024-10", "month", "level")] == 1118.2
    # real figures: software, January-November 2024
    release = read("software", "2024年1—11月软件业经济运行情况",
                   "1—11月，我国软件业务收入124950亿元，同比增长10.1%。信息技术服务收入保持两位数增长，在全行业收入中的占比为67.3%。")
    assert figures(release)[("software_revenue.it_services", "2024-11", "ytd", "share_pct")] == 67.3


def test_a_named_growth_in_times_is_a_growth_and_a_multiple_of_an_earlier_level_is_none():
    # real figures: light industry, first half of 2024
    release = read("consumer_goods", "2024年上半年轻工业经济运行情况",
                   "上半年，规模以上轻工企业实现利润总额4000亿元，同比增长10%。分行业看，造纸行业利润增长1.05倍，家具制造业利润增长9.9%。")
    assert {(o.label_zh, o.value) for o in release.named if o.measure == "yoy_pct"} == {
        ("造纸行业利润", 105.0), ("家具制造业利润", 9.9)}
    release = statement_page("发展成效", "2026-01-20T10:00", ["2025年，新型储能装机规模是2020年底的近4倍。"])
    assert release.named == [] and release.observations == []


def test_the_count_of_an_industrys_main_products_grown_in_its_report():
    # real figures: light industry, 2025 (published after the year's end)
    release = parse_text("consumer_goods", "2025年消费品工业运行情况", "2026-01-30T10:00",
                         ["2025年，规模以上轻工业增加值同比增长5.3%。主要轻工产品中有35种产量实现增长。"])
    assert figures(release)[("light_products_growing", "2025", "year", "count")] == 35.0


def test_a_parts_shares_of_the_wholes_listed_before_said_by_their_number():
    # real figures: export ships, 2025
    release = read("equipment", "2025年1—10月船舶工业经济运行情况",
                   "2025年1—10月，出口船舶在全国造船完工量、新接订单量、手持订单量中的比重分别为89.3%、88.2%和92.4%。上半年，"
                   "出口船舶占三大指标的比重依次为89.6%、89.5%和93.2%。")
    got = figures(release)
    assert got[("shipbuilding.export_completions", "2025-06", "ytd", "share_pct")] == 89.6
    assert got[("shipbuilding.export_order_book", "2025-06", "month", "share_pct")] == 93.2


def test_an_industrys_products_grown_and_fallen_after_their_whole_said_alone():
    # real figures: building materials, January-July 2024
    release = read("raw_materials", "2024年1—7月建材行业运行情况",
                   "1—7月，全国水泥产量10.0亿吨，同比下降10.5%。重点监测的建材产品中，有10种产品产量同比增长，21种产品产量同比下降。")
    got = figures(release)
    assert got[("building_products_growing", "2024-07", "ytd", "count")] == 10.0
    assert got[("building_products_falling", "2024-07", "ytd", "count")] == 21.0


@pytest.mark.parametrize("text, said", [
    ("比上月依次回落6.3点、4.9点和3.4点", ["比上月回落6.3点", "比上月回落4.9点", "比上月回落3.4点"]),
    ("较三季度分别上升0.2、0.4、0.4和0.7点", ["较三季度上升0.2点", "较三季度上升0.4点", "较三季度上升0.4点", "较三季度上升0.7点"]),
    ("较上季度分别下降0.1、0.4和0.2个点", ["较上季度下降0.1点", "较上季度下降0.4点", "较上季度下降0.2点"]),   # 个点
    ("分别较上季度下降0.3和0.6个点", ["较上季度下降0.3点", "较上季度下降0.6点"]),     # 分别 before the base
    ("比上月回落6.3点", None),                 # one change: the index's own reading
    ("比上月分别回落6.3%和4.9%", None),        # changes in %: never points
])
def test_indices_changes_in_points_listed_each_said_alone(text, said):
    found = register.points_listed(fold(text))
    assert (found[1] if found else None) == said


def test_each_indexs_change_in_points_listed_in_the_report():
    # real figures: building materials climate sub-indices, July 2024
    release = read("raw_materials", "2024年1—7月建材行业运行情况",
                   "7月份建筑材料工业景气指数为96.3点。需求侧，建材投资需求指数、工业消费指数和国际贸易指数分别为95.0点、99.9点和"
                   "98.0点，比上月依次回落6.3点、4.9点和3.4点。")
    got = figures(release)
    assert got[("building_materials.mpi_investment", "2024-07", "month", "mom_abs_change")] == -6.3
    assert got[("building_materials.mpi_trade", "2024-07", "month", "mom_abs_change")] == -3.4
    assert not any(measure == "mom_pct" for _, _, _, measure, *_ in got)      # points, never a change in %


def test_each_steel_products_daily_output_said_bare_after_it_or_listed_after_the_products():
    # real figures: the first half of 2024 and June 2024
    release = parse_text("raw_materials", "2024年上半年钢铁行业运行情况", "2024-07-30T10:00", [
        "1—6月，全国粗钢产量5.31亿吨，同比下降1.1%，累计日产291.52万吨；生铁产量4.36亿吨，同比下降3.6%，累计日产239.35万吨。",
        "6月份，当月生铁、钢材产量分别为7449万吨和12555万吨，同比分别下降3.3%、增长3.2%；日产依次为248.30万吨和418.50万吨，"
        "环比分别增长1.1%和5.7%。"])
    daily = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations if ".daily_" in o.indicator}
    assert daily == {
        ("steel.daily_crude_steel", "2024-06", "ytd", "level"): 291.52, ("steel.daily_pig_iron", "2024-06", "ytd", "level"): 239.35,
        ("steel.daily_pig_iron", "2024-06", "month", "level"): 248.3, ("steel.daily_steel_products", "2024-06", "month", "level"): 418.5,
        ("steel.daily_pig_iron", "2024-06", "month", "mom_pct"): 1.1, ("steel.daily_steel_products", "2024-06", "month", "mom_pct"): 5.7}


def test_a_vehicle_class_said_bare_among_a_totals_parts_is_in_the_totals_measure_never_production_guessed():
    # real figures: 2024 (CAAM)
    release = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "2024年，汽车销量3143.6万辆，同比增长4.5%。其中，乘用车2756.3万辆，同比增长5.8%；商用车387.3万辆，同比下降3.9%。",
        "2024年，汽车产量3128.2万辆，同比增长3.7%，其中，乘用车2747.7万辆，同比增长5.2%。"])
    levels = {o.indicator: o.value for o in release.observations if o.measure == "level"}
    assert levels == {"vehicles.sales": 3143.6, "vehicles.passenger_sales": 2756.3, "vehicles.commercial_sales": 387.3,
                      "vehicles.production": 3128.2, "vehicles.passenger_production": 2747.7}


def test_the_parts_of_a_forecast_said_in_the_next_sentence_are_expected_too():
    # real figures: CAAM's outlook for 2025, published January 2025
    release = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "预计2025年全年汽车销量在3290万辆左右，同比增长4.7%。其中，汽车出口620万辆，同比增长5.8%；乘用车2890万辆，同比增长4.9%。"])
    assert {(o.indicator, o.measure, o.evidence) for o in release.observations} == {
        ("vehicles.exports", "level", "forecast"), ("vehicles.exports", "yoy_pct", "forecast")}
    # (乘用车: the whole expected is kept as printed, no series: its part is not read rather than guessed)


def test_products_grown_by_two_digits_are_counted_apart_from_all_that_grew():
    found = register.count(fold("其中纸浆等18种产品产量保持两位数增长"), (91.0, "种主要轻工业产品"))
    assert (found.value, found.whole, found.fast, found.falling) == (18.0, 91.0, True, False)
    assert register.count(fold("有66种产品产量实现增长"), (91.0, "种主要轻工业产品")).fast is False
    # real figures: light industry, first half of 2024
    release = parse_text("consumer_goods", "2024年上半年轻工业运行情况", "2024-08-02T10:00", [
        "上半年，在统计的91种主要轻工业产品中，有66种产品产量实现增长，增长面为72.5%，其中纸浆等18种产品产量保持两位数增长。"])
    assert {o.indicator: o.value for o in release.observations if o.measure == "count"} == {
        "light_products_growing": 66.0, "light_products_double_digit": 18.0}
    # said in the next sentence, after its examples
    release = parse_text("consumer_goods", "2024年上半年轻工业运行情况", "2024-08-02T10:00", [
        "在国家统计局统计的91种主要轻工业产品中，66种产品产量实现增长。其中，电风扇、冷柜等家电类产品及锂电池、纸浆等18种产品产量"
        "保持两位数增长。"])
    assert {(o.indicator, o.universe): o.value for o in release.observations if o.measure == "count"} == {
        ("light_products_growing", 91.0): 66.0, ("light_products_double_digit", 91.0): 18.0}
    assert register.without_examples("电风扇、冷柜等家电类产品及锂电池、纸浆等18种产品") == "18种产品"
    # and in a statement, the examples before the count no part of it
    release = statement_page("消费品工业司召开座谈会", "2024-12-20T10:00", [
        "2024年1—11月，主要轻工业产品中有58种产品产量实现增长，其中自行车、家用冷柜等15种产品产量保持两位数增长。"])
    assert {o.indicator: o.value for o in release.observations if o.measure == "count"} == {
        "light_products_growing": 58.0, "light_products_double_digit": 15.0}


@pytest.mark.parametrize("text, at, moved", [
    ("比上年增加13种", Period("2025", "year"), ("yoy_abs_change", 13.0)),            # a year's count on the year before
    ("比11月份增加3个", Period("2025-12", "month"), ("mom_abs_change", 3.0)),         # a month's on the month before
    ("比上月少2个", Period("2025-12", "month"), ("mom_abs_change", -2.0)),
    ("比上年增加13种", Period("2025-06", "ytd"), None),       # a span's against a year: not the same span, not read
    ("比10月份增加3个", Period("2025-12", "month"), None),    # not the month before
])
def test_a_counts_change_on_the_month_or_the_year_before(text, at, moved):
    assert register.count_moved(text, at) == moved


def test_a_counts_change_on_the_year_before_in_both_readers():
    # real figures: the machinery industry, 2025
    release = parse_text("equipment", "2025年机械工业经济运行情况", "2026-02-10T10:00", [
        "重点监测的122种主要机械产品中，85种产品产量同比增长，比上年增加13种，增长面为69.7%。"])
    assert figures(release)[("machinery_products_growing", "2025", "year", "yoy_abs_change")] == 13.0
    release = statement_page("装备工业一司召开座谈会", "2026-02-10T10:00", [
        "2025年，重点监测的122种主要机械产品中有85种产量同比增长，增长面为69.7%，比上年增加13种。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations if o.indicator == "machinery_products_growing"} == {
        ("machinery_products_growing", "count"): 85.0, ("machinery_products_growing", "yoy_abs_change"): 13.0}


@pytest.mark.parametrize("text, then", [
    ("是2020年底71.8万个的6.4倍", "比2020年底的71.8万个"),
    ("约为十三五末2121家的3.8倍", "比十三五末的2121家"),
    ("是2020年的1.7倍", None),            # no value then: a growth since that year (multiple_since)
])
def test_a_multiple_of_a_value_then_said_as_the_value_then(text, then):
    assert register.multiple_said_as_value_then(fold(text)) == then


@pytest.mark.parametrize("text, since", [
    ("是2020年的1.7倍", register.Since("2020", (I(70.0, "%"),), False)),
    ("约为2020年末的6.7倍", register.Since("2020", (I(570.0, "%", "about"),), True)),
    ("是2020年的2倍多", register.Since("2020", (I(100.0, "%", "over"),), False)),
    ("是上年的1.3倍", None),               # a year earlier: a plain growth (cn.CHANGE_RE reads it)
    ("是2020年底71.8万个的6.4倍", None),    # a value then said: of that value (multiple_said_as_value_then)
])
def test_a_multiple_of_an_earlier_year_is_a_growth_since_it(text, since):
    assert register.multiple_since(fold(text)) == since


@pytest.mark.parametrize("base, at, period", [
    ("“十三五”末", Period("2026-03", "month"), Period("2020-12", "month")),
    ("十四五末", Period("2026-01", "month"), Period("2025-12", "month")),
    ("十四五末", Period("2025-06", "month"), None),           # a plan's end not yet reached: no base
])
def test_a_plans_end_as_the_base_of_a_comparison(base, at, period):
    assert register.base_period(fold(base), at) == period


def test_a_level_as_a_multiple_of_an_earlier_year_in_a_statement():
    # real figures: 5G base stations at the end of 2025 and 2020; green factories
    release = statement_page("新型基础设施建设成效", "2026-01-22T10:00", [
        "截至2025年底，我国5G基站总数达到483.8万个，是2020年底的6.7倍。",
        "截至2025年底，累计培育国家级绿色工厂超过8000家，约为“十三五”末2121家的3.8倍。"])
    got = figures(release)
    assert got[("telecom.bs_5g", "2025-12", "month", "level")] == 483.8
    assert got[("telecom.bs_5g", "2025-12", "month", "cum_pct", "2020-12/month")] == 570.0
    assert got[("green_factories", "2020-12", "month", "count")] == 2121.0
    assert not any(o.value in (6.7, 3.8, 380.0) for o in release.observations + release.named)


def test_a_stocks_value_then_and_its_growth_since_that_year_end():
    # real figures: industrial robots in service, 2024 against 2020
    text = "2024年，工业机器人保有量突破200万台，比2020年的96万台增长1.1倍。"
    got = figures(statement_page("机器人产业发展成效", "2025-09-09T10:00", [text]))
    assert got[("robots.stock", "2020-12", "month", "level")] == 96.0
    assert [v for k, v in got.items() if k[:4] == ("robots.stock", "2024-12", "month", "cum_pct")] == [110.0]
    release = statement_page("机器人产业发展成效", "2025-09-09T10:00", [text.replace("工业机器人保有量", "在役服务机器人保有量")])
    assert {(o.period, o.measure, o.value, o.base_period) for o in release.named} == {
        ("2024-12", "level", 200.0, None), ("2020-12", "level", 96.0, None), ("2024-12", "cum_pct", 110.0, "2020-12")}


def test_an_effect_against_the_state_before_is_a_change_with_no_base_year():
    # real figures: the excellence-level smart factories at the end of 2025
    release = statement_page("智能制造纵深推进", "2026-01-30T10:00", [
        "截至2025年底，累计建成500余家卓越级智能工厂。卓越级智能工厂产品研发周期平均缩短28.4%，生产效率平均提升22.3%，"
        "不良品率平均下降50.2%，碳排放平均减少20.4%。"])
    effects = {(o.label_zh, o.period, o.value) for o in release.named if o.measure == "cum_pct"}
    assert ("卓越级智能工厂产品研发周期", "2025", -28.4) in effects and ("生产效率", "2025", 22.3) in effects
    assert ("不良品率", "2025", -50.2) in effects        # (平均下降 is an effect here, never a yearly average)
    assert all(o.base_period is None for o in release.named if o.measure == "cum_pct")
    assert not [o for o in release.named + release.observations if o.measure == "yoy_pct"]
    # a year's growth stays a growth: '比上年降低' is measured against a year
    release = statement_page("智能制造", "2026-01-30T10:00", ["2025年，领航级智能工厂带动产品不良率降低47%。"])
    assert [(o.measure, o.value, o.period) for o in release.named] == [("cum_pct", -47.0, "2025")]   # never a year's change
    assert named.effect(fold("运营成本降低11.6%")) and not named.effect(fold("单位增加值能耗比上年降低3.5%"))
    assert not named.effect(fold("研发投入年均增长12%"))
    assert not named.effect(fold("首批试点城市工业技术改造投资平均增长7.3%"))     # an average growth of members


def test_a_cost_said_bare_is_of_whose_revenue_was_just_read():
    # real figures: CISA's key steel enterprises, first half of 2025
    release = statement_page("钢铁行业运行情况", "2025-07-31T10:00", [
        "据钢铁协会统计，上半年重点统计钢铁企业实现营业收入29985亿元，同比下降5.79%；营业成本28055亿元，下降6.83%；"
        "利润总额592亿元，同比增长63.26%。"])
    got = {(o.label_zh, o.measure): o.value for o in release.named}
    assert got[("重点统计钢铁企业营业成本", "level")] == 28055.0 and got[("重点统计钢铁企业营业成本", "yoy_pct")] == -6.83
    assert got[("重点统计钢铁企业利润总额", "level")] == 592.0 and got[("重点统计钢铁企业利润总额", "yoy_pct")] == 63.26
    assert register.BARE_METRIC.fullmatch("营业成本") and not [o for o in release.named if o.label_zh == "营业成本"]


@pytest.mark.parametrize("text, current, said", [
    ("比第六批的3012家多出470家", "七", "比上年的3012家多出470家"),
    ("较上一批的561家增长23.17%", None, "较上年的561家增长23.17%"),
    ("上一批为711家", None, "上年为711家"),
    ("与上一批的400家基本持平", None, "与上年的400家基本持平"),
    ("比上一批增加130家", None, "比上年增加130家"),
    ("比第五批的3012家多出470家", "七", None),        # not the batch before the one read: no year is sure
    ("比第六批的3012家多出470家", None, None),        # no batch read: which one it follows is not said
    ("第六批中有120家", "七", None),                  # a batch named, not compared with
])
def test_a_yearly_lists_batch_compared_with_the_one_before(text, current, said):
    assert register.batch_said_as_year(text, current) == said


def test_a_batch_and_each_provinces_share_of_it_against_the_batch_before():
    # real figures: the seventh batch of little giants (2025) against the sixth
    release = statement_page("梯度培育稳步推进", "2025-08-12T10:00", [
        "今年公示的第七批专精特新“小巨人”企业共3482家，比第六批的3012家多出470家，增长15.6%。分省份看，江苏公示807家，"
        "上一批为711家；广东691家，较上一批的561家增长23.17%；浙江398家，与上一批的400家基本持平。"])
    got = {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations}
    assert got == {
        ("sme.little_giants_new", "2025", "count"): (3482.0, "exact"),
        ("sme.little_giants_new", "2024", "count"): (3012.0, "exact"),
        ("sme.little_giants_new", "2025", "yoy_abs_change"): (470.0, "exact"),
        ("sme.little_giants_new", "2025", "yoy_pct"): (15.6, "exact"),
        ("sme.little_giants_new.jiangsu", "2025", "count"): (807.0, "exact"),
        ("sme.little_giants_new.jiangsu", "2024", "count"): (711.0, "exact"),
        ("sme.little_giants_new.guangdong", "2025", "count"): (691.0, "exact"),
        ("sme.little_giants_new.guangdong", "2024", "count"): (561.0, "exact"),
        ("sme.little_giants_new.guangdong", "2025", "yoy_pct"): (23.17, "exact"),
        ("sme.little_giants_new.zhejiang", "2025", "count"): (398.0, "exact"),
        ("sme.little_giants_new.zhejiang", "2024", "count"): (400.0, "exact"),
        ("sme.little_giants_new.zhejiang", "2025", "yoy_pct"): (0.0, "about")}


def test_a_flows_change_said_with_its_value_then_is_of_now():
    # real figures: vehicle exports, 2025 against 2024 (the change was dated 2024, the year of the value then)
    release = statement_page("汽车出口再创新高", "2026-01-16T10:00", ["2025年，我国汽车出口709.8万辆，比上年的585.9万辆增加123.9万辆。"])
    assert {(o.period, o.measure): o.value for o in release.observations if o.indicator == "vehicles.exports"} == {
        ("2025", "level"): 709.8, ("2024", "level"): 585.9, ("2025", "yoy_abs_change"): 123.9}


def test_a_level_risen_over_a_plans_years_said_whole_is_of_its_first_and_last_years():
    # real figures: light industry over the 14th plan, said in January 2026
    release = statement_page("消费品工业运行稳中有进", "2026-02-06T10:00", [
        "“十四五”期间，规模以上轻工企业由2020年的10.87万家增至14万家；智能家电占家电产品的比重由38%提高至62%。"])
    assert {(o.period, o.value) for o in release.named if o.label_zh == "智能家电占家电产品的比重"} == {("2020", 38.0), ("2025", 62.0)}
    # the plan's years running to now ('以来') or not over: the start is no year's
    for said, published in (("“十四五”以来", "2026-02-06T10:00"), ("“十四五”期间", "2025-09-06T10:00")):
        release = statement_page("消费品工业运行稳中有进", published, [f"{said}，智能家电占家电产品的比重由38%提高至62%。"])
        assert not [o for o in release.named if o.value == 38.0]


def test_a_yearly_list_said_by_what_it_holds_and_against_an_earlier_years_list():
    # real figures: the 5G-factory lists of 2024 and 2025; the excellence-level smart factories of 2024 and 2025
    release = statement_page("5G规模化应用进展", "2025-11-27T10:00", [
        "2025年5G工厂名录共收录560个项目，较2024年的400个增加160个。"])
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("g5_factories_new", "2025", "count"): 560.0, ("g5_factories_new", "2024", "count"): 400.0,
        ("g5_factories_new", "2025", "yoy_abs_change"): 160.0}
    release = statement_page("智能工厂梯度培育", "2026-02-12T10:00", [
        "从批次看，2025年度卓越级智能工厂名单共270余家，比2024年度的230余家增加40余家。"])
    assert {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations} == {
        ("smart_factories.excellent_new", "2025", "count"): (270.0, "over"),
        ("smart_factories.excellent_new", "2024", "count"): (230.0, "over"),
        ("smart_factories.excellent_new", "2025", "yoy_abs_change"): (40.0, "over")}
    assert register.earlier_base(fold("比2024年度的230余家")) == "2024年"


def test_a_growth_said_with_its_own_span_after_a_years_level_is_of_that_span():
    # real figures: the new-materials industry, its output value in 2024 and its growth over January–November
    release = statement_page("原材料工业向高端化迈进", "2025-09-10T10:00", [
        "新材料产业总产值由2022年的约6.8万亿元增长至2024年的8万亿元以上，2024年1—11月同比增长10%以上。"])
    growth = [(o.period, o.period_type, o.value) for o in release.named if o.measure == "yoy_pct"]
    assert growth == [("2024-11", "ytd", 10.0)]


def test_a_count_before_kinds_listed_is_never_of_the_first_kind():
    # '首批168个小区、工厂和园区的万兆光网试点': 168 pilots, never 168 residential compounds
    release = statement_page("网络支撑能力持续增强", "2025-07-18T10:00", [
        "截至6月底，5G基站总数达到455万个。首批168个小区、工厂和园区的万兆光网试点部署顺利开展。"])
    assert not [o for o in release.named if o.value == 168.0] and "首批168个小区" in release.skipped


def test_a_gap_conceded_after_a_slowdown_is_the_subjects():
    # real figures: SMEs' value added in 2025
    assert register.comparison(fold("但仍高于全部规模以上工业1个百分点")).label == ""
    release = statement_page("中小企业发展总体平稳", "2026-02-27T10:00", [
        "全年规模以上工业中小企业增加值同比增长6.9%，增速比上半年回落1.1个百分点，但仍高于全部规模以上工业1个百分点。"])
    assert figures(release)[("industrial_va.sme", "2025", "year", "pp_gap", "industrial_va")] == 1.0


def test_a_province_giving_its_own_account_speaks_of_the_province_in_the_sentences_after():
    # real figures: Anhui in 2025, told to the minister on a research trip
    release = statement_page("李乐成在安徽调研", "2026-02-06T10:00", [
        "座谈中，安徽省介绍了全省工业经济运行情况。2025年，安徽规模以上工业增加值增长9.4%，高于全国3.5个百分点。"
        "高技术制造业增加值增长30.4%，装备制造业增加值增长18.1%，分别高于全国21.0个和8.9个百分点。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.high_tech.anhui", "yoy_pct")] == 30.4 and got[("industrial_va.equipment.anhui", "yoy_pct")] == 18.1
    assert got[("industrial_va.high_tech.anhui", "pp_gap")] == 21.0
    assert not [o for o in release.observations if o.indicator in ("industrial_va.high_tech", "industrial_va.equipment")]


def test_an_indexs_value_then_in_points_is_read_never_a_crash():
    # real figures: the SME development index, second quarter of 2025 against the first (the page failed whole)
    release = statement_page("中小企业发展质效稳步提升", "2025-08-01T10:00", [
        "二季度，中小企业发展指数为89.1点，比一季度的89.5点下降0.4点。"])
    assert [o.value for o in release.observations + release.named if o.value == 89.1]


def test_a_forecast_of_a_span_after_a_paragraph_on_an_earlier_year_is_of_the_pages_year():
    # real figures: the cement industry, first half of 2025, said in July after a paragraph on 2024
    release = statement_page("上半年原材料工业运行情况", "2025-07-24T10:00", [
        "2024年，全国水泥产量18.3亿吨。",
        "上半年，全国水泥产量8.15亿吨，同比下降4.3%。水泥行业效益明显改善，预计上半年利润总额超过150亿元，实现扭亏为盈。"])
    profit = next(o for o in release.observations if o.value == 150.0)
    assert (profit.period, profit.period_type, profit.evidence) == ("2025-06", "ytd", "forecast")


def test_a_breakdown_paragraph_of_a_january_review_is_of_the_year_its_title_names():
    # real figures: Sichuan in 2025, Chengdu's growth (reviewed in January 2026)
    paragraphs = ["2025年，四川规模以上工业增加值比上年增长6.5%。“十四五”时期，全省工业增加值由2020年的1.34万亿元增加到2024年的1.79万亿元。",
                  "分地区看，成都市规上工业增加值增长7.0%。"]
    release = statement_page("四川省2025年规上工业增加值增长6.5%", "2026-01-28T10:00", paragraphs)
    assert [(o.label_zh, o.period, o.value) for o in release.named if o.measure == "yoy_pct"] == [("成都市规上工业增加值", "2025", 7.0)]
    # the breakdown after a paragraph on a window only, its title naming no year: of no year sure
    release = statement_page("四川：工业经济稳中有进", "2026-01-28T10:00", [
        "2021年至2024年，全省规上工业增加值年均增长6.6%。", "分地区看，成都市规上工业增加值增长7.0%。"])
    assert not [o for o in release.named if o.value == 7.0]


def test_a_provinces_expected_growth_for_the_year_ahead_is_its_target():
    # real figures: Sichuan's and Fujian's aims for 2026, said in January 2026
    release = statement_page("四川省2025年规上工业增加值增长6.5%", "2026-01-28T10:00", [
        "2026年，四川将坚持把制造业作为主攻方向。全省地区生产总值预期增长5.5%左右，推动规上工业增加值增速继续高于全国平均水平。"])
    assert [(t.metric, t.deadline_year, t.value, t.comparator) for t in release.targets] == [
        ("全省地区生产总值增长", 2026, 5.5, "approx")]
    assert not release.observations and not release.named
    # a goal met, said after the year (超出…预期目标): never a goal of its own here
    assert targets.read_named.__name__ and not statement_page("安徽工业", "2026-02-06T10:00", [
        "2025年，安徽规模以上工业增加值增长9.4%，超出年初确定的预期增长目标。"]).targets


def test_the_nations_figures_said_aside_after_a_provinces_shares_are_the_nations():
    # real figures: Anhui's vehicle output in 2025 and the nation's
    release = statement_page("李乐成在安徽调研", "2026-02-06T10:00", [
        "2025年，安徽省汽车产量达到368.65万辆，其中新能源汽车179.41万辆，分别占全国的10.7%和10.9%"
        "（全国汽车产量3453.1万辆、新能源汽车产量1652.4万辆），均居全国首位；全年汽车出口量突破100万辆。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("vehicles.production.anhui", "level"): 368.65, ("vehicles.nev_production.anhui", "level"): 179.41,
        ("vehicles.production.anhui", "share_pct"): 10.7, ("vehicles.nev_production.anhui", "share_pct"): 10.9,
        ("vehicles.production", "level"): 3453.1, ("vehicles.nev_production", "level"): 1652.4,
        ("vehicles.exports.anhui", "level"): 100.0}     # (the province's again after the aside)


def test_a_provinces_divisions_listed_with_the_metric_said_once_are_each_the_metrics():
    # real figures: Hunan's divisions in 2025
    assert named.sharing_measure(["金属制品业", "汽车制造业", "通用设备制造业增加值"]) == [
        "金属制品业增加值", "汽车制造业增加值", "通用设备制造业增加值"]
    release = statement_page("湖南：稳的基础巩固", "2026-01-27T10:00", [
        "据湖南省统计局数据，2025年，全省规模以上工业增加值同比增长6.2%。金属制品业、汽车制造业、通用设备制造业增加值"
        "依次增长16.8%、9.4%和7.8%。"])
    assert {o.label_zh: o.value for o in release.named} == {
        "湖南金属制品业增加值": 16.8, "湖南汽车制造业增加值": 9.4, "湖南通用设备制造业增加值": 7.8}


@pytest.mark.parametrize("paragraph, published, goal", [
    # real figures: autos in 2025 against the stabilising-growth plan's aims for the year
    ("2025年全国汽车产销分别完成3453.1万辆和3440万辆，全年销量明显高于方案提出的3230万辆左右的预期目标。", "2026-01-16T10:00",
     ("汽车销量", 2025, 3230.0, "万辆")),
    # a plan's aim not said to be the year's: its year is the plan's, not sure here (a plan may run two years)
    ("据国家统计局数据，2025年汽车制造业增加值同比增长11.5%，高于方案提出的6%左右的预期目标。", "2026-01-16T10:00",
     ("汽车制造业增加值增长", None, 6.0, "%")),
    ("2025年，石化化工行业增加值增长6.1%，超过方案提出的5%以上的目标。", "2026-01-23T10:00",
     ("石化化工行业增加值增长", None, 5.0, "%")),
    # real figures: Anhui's aim for 2025, set at the year's start
    ("2025年，安徽规模以上工业增加值增长9.4%，高于全国3.5个百分点，超出年初确定的7%左右预期目标。", "2026-02-06T10:00",
     ("安徽规模以上工业增加值增长", 2025, 7.0, "%")),
])
def test_a_goal_a_result_is_set_against_is_the_goal_of_its_name_and_year(paragraph, published, goal):
    release = statement_page("稳增长成效", published, [paragraph])
    assert [(t.metric, t.deadline_year, t.value, t.unit) for t in release.targets] == [goal]
    assert not [o for o in release.observations + release.named if o.value == goal[2]]


def test_each_named_growths_pull_on_the_whole_listed_in_turn():
    # real figures: Hunan's divisions in 2025, their growths and pulls on the province's industry
    release = statement_page("湖南：稳的基础巩固", "2026-01-27T10:00", [
        "据湖南省统计局数据，2025年，全省规模以上工业增加值同比增长6.2%。分行业看，金属制品业，计算机、通信和其他电子设备制造业，"
        "汽车制造业增加值依次增长16.8%、11.9%和9.4%，分别拉动全省规模以上工业增长0.6个、1.2个和0.5个百分点。"])
    pulls = {o.label_zh: (o.value, o.relative_to) for o in release.named if o.measure == "contribution_pp"}
    assert pulls == {"湖南金属制品业增加值": (0.6, "全省规模以上工业"),
                     "湖南计算机、通信和其他电子设备制造业增加值": (1.2, "全省规模以上工业"),
                     "湖南汽车制造业增加值": (0.5, "全省规模以上工业")}


def test_a_sections_heading_naming_a_place_holds_for_its_figures():
    # real figures: Beijing and Tianjin in 2025, one section each on a page reviewing several cities
    release = statement_page("北京、天津交出2025年成绩单", "2026-02-06T10:00", [
        "近日，北京、天津两市统计部门相继发布2025年经济运行数据。同期全国规模以上工业增加值增长5.9%。",
        "北京：电子、汽车行业带动作用突出",
        "2025年，北京汽车制造业增加值增长17.7%。规模以上工业高技术制造业增加值增长7.5%，锂离子电池产量增长1.2倍。",
        "天津：制造业支撑作用持续增强",
        "2025年，天津制造业增加值增长4.9%。高技术制造业增加值增长5.3%，占规上工业的比重为16.6%。"])
    # (Tianjin's high-tech growth and share are the municipality's catalogued series; Beijing's kept as printed)
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_va", 5.9), ("industrial_va.high_tech.tianjin", 5.3), ("industrial_va.high_tech.tianjin", 16.6)}
    places = {o.value: o.label_zh[:2] for o in release.named}
    assert places[7.5] == "北京" and places[120.0] == "北京" and places[4.9] == "天津"


def test_a_named_figures_change_since_a_base_year_said_with_its_name_is_cumulative():
    # real figures: Shandong's energy use per unit of industrial value added, 2024 against 2020 (it was kept as a
    # year's fall of 19.8 %, under a name ending in 较)
    release = statement_page("山东工业挑大梁", "2025-10-28T10:00", [
        "2024年，山东全省规模以上工业单位增加值能耗较2020年累计下降19.8%。"])
    assert [(o.period, o.measure, o.value, o.base_period) for o in release.named] == [("2024", "cum_pct", -19.8, "2020")]
    assert not release.named[0].label_zh.endswith("较")
    assert register.cumulative_named(fold("单位增加值能耗较2020年累计下降19.8%"))[0] == "单位增加值能耗"


def test_a_share_said_with_zhan_alone_is_a_share_of_its_name():
    # '中央企业占15%': the name's share, never a level of a name ending in 占
    assert named.name_of("中央企业占") == "中央企业占比"
    from xinzhi.cn import Quantity
    assert named.measure_of(Quantity(15.0, "%", "exact", None), "中央企业占") == "share_pct"
    release = statement_page("优质中小企业梯度培育", "2026-01-27T10:00", ["2025年，“小巨人”企业中制造业企业占88%。"])
    assert [(o.label_zh, o.measure, o.value) for o in release.named] == [("小巨人企业中制造业企业占比", "share_pct", 88.0)]


def test_a_provinces_divisions_holding_commas_listed_by_commas_each_keep_their_output_growth():
    # real figures: Shanghai's divisions in 2025, listed with '，' because their names hold '、'
    release = statement_page("上海2025年规上工业总产值创历史新高", "2026-01-26T10:00", [
        "2025年，上海铁路、船舶、航空航天和其他运输设备制造业，电气机械和器材制造业，计算机、通信和其他电子设备制造业"
        "产值分别增长15.8%、11.1%和7.7%。"])
    assert {o.label_zh: o.value for o in release.named} == {
        "上海铁路、船舶、航空航天和其他运输设备制造业产值": 15.8, "上海电气机械和器材制造业产值": 11.1,
        "上海计算机、通信和其他电子设备制造业产值": 7.7}


def test_places_listed_again_with_their_gaps_to_the_nation_are_each_their_growths():
    # real figures: Beijing, Tianjin and Dalian in 2025
    release = statement_page("北京、天津、大连交出2025年成绩单", "2026-02-06T10:00", [
        "2025年，北京、天津、大连规模以上工业增加值分别增长6.5%、4.2%和11.7%。同期全国规模以上工业增加值增长5.9%，"
        "北京、大连增速分别高于全国0.6个和5.8个百分点。"])
    gaps = {o.label_zh[:2]: (o.value, o.relative_to) for o in release.named if o.measure == "pp_gap"}
    assert gaps == {"北京": (0.6, "全国"), "大连": (5.8, "全国")}
    # names not all read before: none is sure
    release = statement_page("北京、天津交出2025年成绩单", "2026-02-06T10:00", [
        "2025年，北京规模以上工业增加值增长6.5%。北京、大连增速分别高于全国0.6个和5.8个百分点。"])
    assert not [o for o in release.named if o.measure == "pp_gap"]


def test_a_goal_striven_for_this_year_is_due_this_year_never_at_the_end_of_the_plans_window():
    # real figures: the auto plan for 2025-2026 restated at the press conference of October 2025
    release = statement_page("工业和信息化部举行新闻发布会", "2025-10-30T10:00", [
        "按照《汽车行业稳增长工作方案（2025—2026年）》，今年力争实现汽车销量3230万辆左右，同比增长3%左右。",
        "明年力争实现规上工业增加值增长5%左右。"])
    assert goals(release) == [
        ("汽车销量", 3230.0, 2025), ("汽车销量增长", 3.0, 2025), ("规上工业增加值增长", 5.0, 2026)]


def test_a_rate_then_said_aside_with_a_direction_only_is_the_rate_of_that_span():
    # real figures: crude oil processed in September 2025, its growth against June's
    assert register.earlier_base(fold("增速较6月份（8.5%）有所回落")) == "6月份"
    assert register.earlier_base(fold("增速较6月份（8.5%）")) is None
    release = statement_page("石化化工行业生产保持较快增长", "2025-10-30T10:00", [
        "9月份，原油加工量6269万吨，增长6.8%，增速较6月份（8.5%）有所回落，但仍处于年内较高水平。"])
    assert {(o.period, o.measure, o.value) for o in release.observations} == {
        ("2025-09", "level", 6269.0), ("2025-09", "yoy_pct", 6.8), ("2025-06", "yoy_pct", 8.5)}
    assert not release.named


def test_a_value_then_said_after_a_name_kept_as_printed_is_that_names_never_the_catalogued_figure_before_it():
    # real figures: investment in 2025 and 2024 (上年同期为… was stored as fixed-asset investment of 2023)
    release = statement_page("建材行业稳增长", "2026-01-28T10:00", [
        "据国家统计局数据，2025年全国固定资产投资（不含农户）48.52万亿元，同比下降3.8%（2024年为增长3.2%）；"
        "基础设施投资（不含电力）下降2.2%，上年同期为增长4.4%。"])
    assert {(o.period, o.value) for o in release.observations if o.measure == "yoy_pct"} == {("2025", -3.8), ("2024", 3.2)}
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("基础设施投资(不含电力)", "2025", -2.2), ("基础设施投资(不含电力)", "2024", 4.4)}


def test_clauses_said_aside_in_brackets_leave_the_sentences_dates_and_lists_as_they_were():
    # real figures: Chongqing in 2025 (its 2024 said aside dated the rest of the sentence 2024); smart factories at the
    # end of 2025 with those of September said aside (the aside's 分别 kept the list before it from being read)
    release = statement_page("重庆市2025年工业经济顶压前行", "2026-02-04T09:30", [
        "2025年，重庆全市工业经济顶压前行。全年规模以上工业增加值比上年增长5.9%，与全国平均水平持平（2024年增长7.3%，"
        "高于全国1.5个百分点），全市工业经济总量超过3万亿元，有力支撑全市地区生产总值达到33757.93亿元、增长5.3%。"])
    assert {(o.label_zh, o.period) for o in release.named} == {
        ("重庆工业经济总量", "2025"), ("重庆地区生产总值", "2025")}
    release = statement_page("人工智能赋能千行百业", "2026-01-20T10:00", [
        "截至2025年底，累计建成3.5万余家基础级、8200余家先进级、500余家卓越级智能工厂，培育领航级智能工厂15家"
        "（2025年9月时，先进级、卓越级智能工厂分别为6300余家和230余家）。"])
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("smart_factories.basic", "2025-12", 3.5), ("smart_factories.advanced", "2025-12", 8200.0),
        ("smart_factories.excellent", "2025-12", 500.0), ("smart_factories.leading", "2025-12", 15.0),
        ("smart_factories.advanced", "2025-09", 6300.0), ("smart_factories.excellent", "2025-09", 230.0)}
    assert all("（" not in o.quote and "  " not in o.quote for o in release.observations)


def test_a_growth_said_expected_in_its_own_clause_is_a_forecast_however_long_ago_its_year():
    # real figures: Shanxi's industrial chains in 2024, an estimate restated in 2026
    release = statement_page("山西制造业振兴升级成效明显", "2026-01-15T10:00", [
        "2024年，软件业务收入和利润总额预计分别增长15.6%和14%。"])
    assert {(o.period, o.evidence) for o in release.named} == {("2024", "forecast")}


def test_last_years_month_said_as_a_date_is_last_years():
    # real figures: industrial-internet identifiers at the end of August 2024, said in December 2025
    release = statement_page("工业互联网发布会", "2025-12-30T10:00", [
        "标识解析体系全面建成，截至去年8月，标识注册总量已超过6900亿个，二级节点达到383个。",
        "截至去年8月底，5G基站总数达到404万个。截至8月底，5G基站总数达到454万个。"])
    assert {(o.value, o.period) for o in release.observations} == {
        (6900.0, "2024-08"), (383.0, "2024-08"), (404.0, "2024-08"), (454.0, "2025-08")}


def test_another_spans_value_said_in_passing_leaves_the_span_in_force():
    # real figures: SMEs in the first half of 2025
    release = statement_page("中小企业发展情况新闻发布会", "2025-08-28T15:50", [
        "上半年，规模以上工业中小企业增加值同比增长8.0%，一季度这一增速为8.2%；规模以上工业专精特新“小巨人”企业增加值"
        "同比增长8.6%。",
        "截至今年6月底，我国在用算力中心标准机架达1085万架，2024年底这一数字超过880万架；智能算力规模达788EFLOPS。"])
    assert {(o.indicator, o.period, o.value) for o in release.observations} >= {
        ("industrial_va.sme", "2025-06", 8.0), ("industrial_va.sme", "2025-03", 8.2),
        ("industrial_va.little_giants", "2025-06", 8.6), ("compute_intelligent", "2025-06", 788.0)}


def test_a_share_of_the_world_said_after_a_name_kept_as_printed_is_that_names():
    # real figures: computing power in June 2025 (the share was stored as a series called 'the world')
    release = statement_page("赋能千行百业取得新进展", "2026-01-20T10:00", [
        "截至2025年6月，我国计算设备算力总规模达到962EFlops，全球占比约为21%。"])
    assert not [o for o in release.observations if o.indicator == "world"]
    assert {(o.label_zh, o.measure, o.value, o.unit) for o in release.named} == {
        ("计算设备算力总规模", "level", 962.0, "EFLOPS"), ("计算设备算力总规模占全球比重", "share_pct", 21.0, "%")}


def test_a_list_of_last_year_said_as_such_is_never_dated_this_year():
    # real figures: the 5G factory lists (it was stored as this year's count at the page's month)
    release = statement_page("5G工厂建设取得新进展", "2025-12-30T10:00", ["去年的名录遴选出400个高水平5G工厂。"])
    assert not [o for o in release.observations + release.named if o.period.startswith("2025")]
    assert release.not_stored()


def test_one_products_figures_listed_by_month_and_their_growths_in_the_same_order():
    # real figures: cement in June, September and November 2025
    release = statement_page("建材行业稳增长", "2026-01-28T10:00", [
        "2025年，全国水泥产量16.93亿吨，同比下降6.9%；下半年需求明显走弱，6月份、9月份、11月份当月产量分别为15547万吨、"
        "15444万吨和15434万吨，同比分别下降5.3%、8.6%和8.2%。"])
    assert {(o.period, o.measure, o.value) for o in release.observations if o.indicator == "output.cement"} == {
        ("2025", "level", 16.93), ("2025", "yoy_pct", -6.9), ("2025-06", "level", 15547.0),
        ("2025-09", "level", 15444.0), ("2025-11", "level", 15434.0), ("2025-06", "yoy_pct", -5.3),
        ("2025-09", "yoy_pct", -8.6), ("2025-11", "yoy_pct", -8.2)}


def test_a_places_aims_said_as_taken_for_a_goal_or_proposed_are_its_targets():
    # real figures: Chongqing's plan for 2026; Anhui's and Hunan's aims for 2025, said as examples in October
    release = statement_page("重庆市2025年工业经济顶压前行", "2026-02-04T09:30", [
        "2026年是“十五五”开局之年。按照全市国民经济和社会发展计划，重庆将以地区生产总值增长5%以上为预期目标，"
        "推动制造业投资增长8%。"])
    assert goals(release) == [
        ("重庆地区生产总值增长", 5.0, 2026), ("制造业投资增长", 8.0, 2026)]
    assert not release.observations and not release.named
    release = statement_page("前三季度工业和信息化发展情况", "2025-10-30T10:00", [
        "不少省份年初就锚定了较高的工业增长目标，比如安徽提出规上工业增加值增长7%左右，湖南提出规模工业增加值增长6.5%以上。"])
    assert goals(release) == [
        ("安徽规上工业增加值增长", 7.0, 2025), ("湖南规模工业增加值增长", 6.5, 2025)]


def test_a_from_to_over_a_plans_years_of_a_name_holding_a_generation_number():
    # real figures: Chongqing over the 14th plan (a name with 5G in it was never read)
    assert register.from_to(fold("5G移动电话用户普及率从9%提升至84%"), ("2020", "2025"))[0] == "5G移动电话用户普及率"
    release = statement_page("工业经济顶压前行", "2026-02-04T09:30", [
        "2025年，重庆工业经济顶压前行。“十四五”期间，重庆5G移动电话用户普及率从9%提升至84%。"])
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("重庆5G移动电话用户普及率", "2020", 9.0), ("重庆5G移动电话用户普及率", "2025", 84.0)}


def test_a_growth_turned_of_a_name_kept_as_printed_is_its_growth_now_and_then():
    # (a bare 研发投入 was the telecom firms' series, whatever industry the page spoke of)
    release = statement_page("石化化工行业", "2025-10-30T10:00", ["2024年，全行业研发投入由上年下降1.1%转为增长2.1%。"])
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {("研发投入", "2024", 2.1), ("研发投入", "2023", -1.1)}
    assert not release.observations


def test_a_growth_said_against_a_year_named_is_on_the_year_before_or_since_an_earlier_one():
    # real figures: 2025 against 2024 (stored under a name ending in 比), and NEV output since 2020 (was a year's growth)
    release = statement_page("2025年工业经济运行", "2026-01-20T10:00", [
        "2025年，全国规模以上工业增加值比2024年增长5.9%。", "2025年，我国新能源汽车产量比2020年增长250%。",
        "2025年，我国低空经济规模比2020年增长120%。"])
    assert {(o.indicator, o.measure, o.value, o.base_period) for o in release.observations} == {
        ("industrial_va", "yoy_pct", 5.9, None), ("vehicles.nev_production", "cum_pct", 250.0, "2020")}
    assert [(o.label_zh, o.measure, o.base_period) for o in release.named] == [("低空经济规模", "cum_pct", "2020")]
    # said after a count kept as printed: its growth on the year before
    release = statement_page("绿色工厂", "2026-03-18T10:00", [
        "以江苏为例，2025年全省省级绿色工厂申报企业1291家，比2024年增长39.7%。"])
    assert {(o.measure, o.period, o.value) for o in release.named} == {("count", "2025", 1291.0), ("yoy_pct", "2025", 39.7)}


def test_names_each_over_a_line_are_the_names_of_the_figures_listed_after_them():
    # real figures: retail sales of appliances and of telecom equipment in 2025
    release = statement_page("轻纺行业顶压前行", "2026-02-10T10:05", [
        "2025年，家用电器和音像器材类、通讯器材类零售额均突破1万亿元，分别增长11%和20.9%。"])
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("retail_sales.appliances", 11.0), ("retail_sales.telecom_equipment", 20.9)}
    assert ("家用电器和音像器材类、通讯器材类零售额均突破1万亿元", "milestone") in release.not_stored()


def test_a_bare_share_after_another_share_of_a_whole_in_its_sentence_is_of_that_whole():
    # real figures: apparel exports by market in 2025
    release = statement_page("纺织服装出口展现韧性", "2026-02-10T10:05", [
        "2025年，对美国出口服装318.6亿美元，下降12%，占服装出口总额的21.1%；对欧盟出口服装285.9亿美元，增长3.1%，"
        "占比18.9%。"])
    shares = {o.label_zh: o.value for o in release.named if o.measure == "share_pct"}
    assert shares == {"对美国出口服装占服装出口总额的比重": 21.1, "对欧盟出口服装占服装出口总额的比重": 18.9}


def test_textile_exports_said_with_what_they_hold_are_the_customs_textile_series():
    release = statement_page("纺织服装出口展现韧性", "2026-02-10T10:05", [
        "2025年，1—11月纺织品（纱线、织物及制品）出口1300.1亿美元，同比增长0.9%。"])
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("customs_export.textiles", "2025-11", "level", 1300.1), ("customs_export.textiles", "2025-11", "yoy_pct", 0.9)}


def test_a_plan_to_be_carried_out_opens_its_goals():
    # real figures: the light industry plan for 2025-2026 (its goals were read as progress of unknown names)
    release = statement_page("轻纺行业顶压前行", "2026-02-10T10:05", [
        "会议要求，要认真落实《轻工业稳增长工作方案（2025—2026年）》，2025—2026年新增推广300项升级和创新产品。"])
    assert goals(release) == [("升级和创新产品", 300.0, 2026)]
    assert not release.named and not release.observations


def test_a_look_back_opening_a_sentence_dates_that_sentence_only():
    # real figures: 5G base stations at the end of 2024 looked back to in November 2025; trade-in effects in 2025
    release = statement_page("网络覆盖再上新台阶", "2025-11-28T15:30", [
        "截至9月末，5G基站总数达470.5万个。回看2024年，全国全年净增5G基站87.4万个，年末总数达到425.1万个。",
        "目前，全国建成5G行业虚拟专网6.4万个。“5G+工业互联网”相关建设项目超过2万个。"])
    assert {(o.label_zh, o.period) for o in release.named if o.value in (87.4, 2.0)} == {
        ("净增5G基站", "2024"), ("5G+工业互联网相关建设项目", "2025-11")}


def test_a_value_then_contrasted_with_a_plans_end_is_at_that_plans_end():
    release = statement_page("制造业发展成就综述", "2026-01-20T10:00", [
        "截至2025年底，累计培育国家绿色工厂超过8000家，而“十三五”末仅为2121家。"])
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("green_factories", "2025-12", 8000.0), ("green_factories", "2020-12", 2121.0)}


def test_a_date_contrasted_in_passing_leaves_the_date_in_force_for_the_clauses_after_it():
    # real figures: digital tools and NC rates at March 2025 against the end of 2021 (the smart factories after them
    # were dated 2021)
    release = statement_page("数实融合走深向实", "2025-11-20T10:00", [
        "截至今年3月底，工业企业数字化研发设计工具普及率为83.5%，关键工序数控化率为66.2%，而2021年底两项指标分别为74.7%"
        "和51.3%；全国累计建成3万余家基础级智能工厂、230余家卓越级智能工厂。"])
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("digital_rd_tools_rate", "2025-03", 83.5), ("nc_rate", "2025-03", 66.2), ("digital_rd_tools_rate", "2021-12", 74.7),
        ("nc_rate", "2021-12", 51.3), ("smart_factories.basic", "2025-03", 3.0), ("smart_factories.excellent", "2025-03", 230.0)}


def test_last_years_span_after_a_dash_is_last_years():
    # real figures: emerging business revenue in the first half of 2024, said in July 2025
    release = statement_page("上半年行业运行稳中有进", "2025-07-23T10:00", [
        "新兴业务已成为拉动收入增长的主要力量——去年上半年，三家基础电信企业共完成新兴业务收入2279亿元，占电信业务收入的25.5%。"])
    assert {(o.period, o.value) for o in release.observations} == {("2024-06", 2279.0), ("2024-06", 25.5)}


def test_a_change_against_the_start_of_something_is_an_effect_never_a_years_growth():
    assert named.effect(fold("5G基站能耗较商用初期下降20%")) and named.name_of("5G基站能耗较商用初期") == "5G基站能耗"
    release = statement_page("网络覆盖再上新台阶", "2025-11-28T15:30", [
        "截至2024年4月底，5G基站能耗较商用初期下降20%。"])
    assert [(o.label_zh, o.measure, o.value, o.base_period) for o in release.named] == [("5G基站能耗", "cum_pct", -20.0, None)]


def test_an_aggregates_own_growth_said_aside_before_the_gap_is_its_growth():
    # real figures: a province against the nation, electronics against industry (the bare rate in brackets was dropped)
    release = statement_page("贵州工业", "2025-08-26T10:00", [
        "1—7月，贵州全省规上工业增加值增长15.6%，增速高于全国（6.3%）9.3个百分点。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("industrial_va.guizhou", "yoy_pct", 15.6), ("industrial_va.guizhou", "pp_gap", 9.3), ("industrial_va", "yoy_pct", 6.3)}
    release = statement_page("电子信息制造业", "2026-01-26T10:00", [
        "2025年，电子信息制造业增加值同比增长10.6%，增速比同期工业（5.9%）高4.7个百分点。"])
    assert ("industrial_va", "2025", 5.9) in {(o.indicator, o.period, o.value) for o in release.observations}


def test_a_growth_taken_as_the_main_expected_goal_is_a_target():
    # real figures: Jilin's aim for 2026
    release = statement_page("吉林工业", "2026-01-26T10:00", [
        "2026年，吉林省将规上工业增加值增长6%左右作为主要预期目标，力争新能源产业产值增长8%以上。",
        "2026年，全省将推动制造业投资增长8%。"])
    assert goals(release) == [
        ("吉林省规上工业增加值增长", 6.0, 2026), ("新能源产业产值增长", 8.0, 2026), ("全省制造业投资增长", 8.0, 2026)]


def test_a_change_on_the_year_before_in_units_after_a_level_and_its_growth_and_the_share_after_it():
    # real figures: ship completions in 2025 (the change was an unknown name, the world share after it unattributed)
    release = statement_page("造船三大指标", "2026-02-01T09:30", [
        "2025年1—12月，全国造船完工量5369万载重吨，同比增长11.4%，比上年增加551万载重吨，占世界总量的56.1%。"])
    assert {(o.measure, o.value) for o in release.observations if o.indicator == "shipbuilding.completions"} == {
        ("level", 5369.0), ("yoy_pct", 11.4), ("yoy_abs_change", 551.0), ("share_pct", 56.1)}


def test_a_bare_from_to_after_one_with_years_in_its_sentence_is_over_those_years_and_of_that_whole():
    # real figures: high-tech and equipment manufacturing shares, 2020 and 2025
    release = statement_page("制造业发展成就综述", "2026-01-20T10:00", [
        "高技术制造业增加值占规模以上工业增加值的比重由2020年的15.1%提高到2025年的17.1%，装备制造业占比由33.7%提高到36.8%。"])
    assert {(o.indicator, o.period, o.value, o.relative_to) for o in release.observations} == {
        ("industrial_va.high_tech", "2020", 15.1, "industrial_va"), ("industrial_va.high_tech", "2025", 17.1, "industrial_va"),
        ("industrial_va.equipment", "2020", 33.7, "industrial_va"), ("industrial_va.equipment", "2025", 36.8, "industrial_va")}


def test_places_listed_before_a_shared_name_each_take_the_whole_name():
    # real figures: Gansu's cities, January-September 2025 (stored as 白银投资, 天水投资)
    release = statement_page("甘肃工业", "2025-10-20T10:00", [
        "1—9月，白银、天水、定西工业固定资产投资分别增长42.2%、29.3%和22.2%。"])
    # (白银 is no city the catalogue keeps, 白银 being silver too: on Gansu's page it is said with the province)
    assert {o.label_zh: o.value for o in release.named} == {
        "甘肃白银工业固定资产投资": 42.2, "天水工业固定资产投资": 29.3, "定西工业固定资产投资": 22.2}


def test_a_stock_kept_as_printed_then_its_growth_since_last_years_end():
    release = statement_page("甘肃工业", "2025-10-20T10:00", ["截至8月底，甘肃全省算力规模增至7.5万P，较2024年底增长36%。"])
    assert {(o.measure, o.period, o.value, o.base_period) for o in release.named} == {
        ("level", "2025-08", 7.5, None), ("cum_pct", "2025-08", 36.0, "2024-12")}


def test_places_given_as_examples_of_a_group_over_a_line_are_no_figure():
    # real figures: new energy storage forecasts (stored as a name 省份装机规模, the nation's)
    release = statement_page("重点行业运行形势座谈会", "2025-11-26T10:00", [
        "据行业机构预计，2025年全国新型储能装机规模将达到1.3亿千瓦左右，新疆、山东等省份装机规模超过1000万千瓦。"])
    assert not [o for o in release.observations + release.named if o.value == 1000.0]
    assert named.name_of("省份装机规模") is None and named.name_of("地区生产总值") == "地区生产总值"


def test_goals_serving_a_later_aim_are_due_in_the_year_the_sentence_opens_with():
    # real figures: Zhejiang's aims for 2026 (dated 2030 by the aim they serve)
    release = statement_page("浙江工业经济稳中有进", "2026-02-05T10:00", [
        "2026年是“十五五”开局之年，浙江将持续打好攻坚战，力争全年规上工业增加值增长6%左右、制造业投资增长8%以上，"
        "为到2030年建设全球先进制造业基地打下坚实基础。"])
    assert goals(release) == [
        ("规上工业增加值增长", 6.0, 2026), ("制造业投资增长", 8.0, 2026)]


def test_a_later_year_said_as_a_clause_of_its_own_is_in_force_after_its_sentence():
    # real figures: Zhejiang's digital economy (a district's first three quarters were dated 2024)
    release = statement_page("浙江工业经济稳中有进", "2026-02-05T10:00", [
        "2024年全省数字经济核心产业增加值首次突破1万亿元，2025年继续保持较快增长。"
        "从重点地区看，杭州市余杭区前三季度实现数字经济核心产业增加值1688亿元，同比增长9.2%。"])
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("杭州市余杭区数字经济核心产业增加值", "2025-09", 1688.0), ("杭州市余杭区数字经济核心产业增加值", "2025-09", 9.2)}


def test_the_worlds_share_said_after_a_catalogued_output_and_its_growth_is_that_outputs():
    release = statement_page("原材料工业稳增长", "2026-02-10T10:00", [
        "2025年，原铝产量4501.6万吨，增长2.4%，全球占比约60%。"])
    assert {(o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("level", 4501.6, None), ("yoy_pct", 2.4, None), ("share_pct", 60.0, "world")}


def test_a_peak_said_against_with_bi_is_the_value_that_year():
    # real figures: crude steel in 2025 against the 2020 peak
    assert register.peak_said_as_value_then(fold("比2020年10.53亿吨的历史最高水平累计减少9219万吨")).startswith("比2020年的10.53亿吨")
    release = statement_page("原材料工业稳增长", "2026-02-10T10:00", [
        "2025年，全国粗钢产量9.61亿吨，同比下降4.4%，比2020年10.53亿吨的历史最高水平累计减少9219万吨。"])
    assert {(o.period, o.measure, o.value) for o in release.observations} == {
        ("2025", "level", 9.61), ("2025", "yoy_pct", -4.4), ("2020", "level", 10.53)}


def test_an_earlier_year_said_after_before_this_and_a_span_then_the_whole_year():
    # real figures: Sichuan (GDP was dated 2024 after '此前，2024年…'); Hangzhou after a district's first three quarters
    release = statement_page("四川工业", "2026-02-09T10:00", [
        "2025年，四川全年规上工业增加值比上年增长6.5%。此前，2024年全省规上工业增加值增长6.6%。"
        "全省地区生产总值67665.34亿元，按不变价格计算比上年增长5.5%。"])
    assert {(o.period, o.value) for o in release.named if o.label_zh == "四川地区生产总值"} == {("2025", 67665.34), ("2025", 5.5)}
    release = statement_page("浙江工业", "2026-02-05T10:00", [
        "2025年，杭州市余杭区前三季度实现数字经济核心产业增加值1688亿元，同比增长9.2%；杭州市全年规上工业增加值4624亿元，"
        "比上年增长6%。"])
    assert {(o.label_zh, o.period) for o in release.named} == {
        ("杭州市余杭区数字经济核心产业增加值", "2025-09"), ("杭州市规上工业增加值", "2025")}


def test_a_month_after_the_pages_own_said_without_its_year_is_last_years():
    # real figures: November 2025 said in February 2026 (stored as the year's, then as a month ahead)
    release = statement_page("原材料工业稳增长", "2026-02-10T10:00", [
        "从年末月度数据看，11月份，化学原料和化学制品制造业增加值同比增长6.7%；乙烯产量309万吨，增长7.3%。"])
    assert {(o.indicator, o.period) for o in release.observations} == {
        ("industrial_va.C26", "2025-11"), ("output.ethylene", "2025-11")}


def test_a_later_date_said_after_a_span_in_its_sentence_ends_the_span():
    # real figures: new energy storage in 2025 (a stock at the end of September was dated the first half)
    release = statement_page("重点行业运行形势座谈会", "2025-11-26T10:00", [
        "新型储能快速发展，2025年上半年达到9491万千瓦，较2024年底增长约29%；截至9月底，新型储能装机规模超过1亿千瓦。"])
    assert {(o.label_zh, o.period) for o in release.named if o.value == 1.0} == {("新型储能装机规模", "2025-09")}


def test_a_city_named_alone_with_a_growth_is_that_citys_growth_of_the_metric_another_city_was_named_with():
    # real figures: Qingdao, Jinan and Yantai in 2025 (Yantai must never take Jinan's industries' metric)
    release = statement_page("山东工业经济头号工程", "2026-02-05T10:00", [
        "重点城市支撑有力。青岛全年规上工业增加值增长7.9%，高出全省平均水平；济南增长6.9%，装备制造业和高技术制造业"
        "增加值分别增长16.8%、14.7%；烟台增长13.5%。"])
    assert {o.label_zh: o.value for o in release.named} == {
        "青岛规上工业增加值": 7.9, "济南规上工业增加值": 6.9, "济南装备制造业增加值": 16.8, "济南高技术制造业增加值": 14.7,
        "烟台规上工业增加值": 13.5}


def test_a_from_tos_second_year_is_no_deadline_and_a_part_of_another_count_is_never_the_nations():
    # real figures: AI enterprises 2020-2025 (the little giants among them were read as a 2025 target, then as the
    # nation's little giants); digital tools (83.5 % was read as a target after '…提高到2025年一季度末的66.2%')
    release = statement_page("赋能千行百业取得新进展", "2026-01-20T10:00", [
        "“十四五”以来，我国人工智能企业由2020年的1400余家增长到2025年9月的超过5000家，其中国家级专精特新“小巨人”企业"
        "超过400家。",
        "规模以上工业企业关键工序数控化率由2020年的52.1%提高到2025年一季度末的66.2%，数字化研发设计工具普及率达到83.5%。"])
    assert not release.targets
    assert not [o for o in release.observations if o.indicator == "sme.little_giants"]
    release = statement_page("优质中小企业梯度培育", "2026-01-27T10:00", [
        "截至2025年底，累计培育专精特新中小企业超过14万家，其中“小巨人”企业1.76万家。"])
    assert {(o.indicator, o.value) for o in release.observations} == {("sme.specialized", 14.0), ("sme.little_giants", 1.76)}


def test_how_a_figure_moved_and_a_rate_per_hundred_households_are_no_name_and_no_count():
    assert named.name_of("一度") is None
    release = statement_page("固定网络提速", "2026-01-30T10:00", ["截至2025年底，家庭宽带普及率达到117.9部/百户。"])
    assert [(o.measure, o.value, o.unit) for o in release.named] == [("level", 117.9, "部/百户")]


def test_cities_listed_after_another_city_are_each_their_own_never_the_city_said_before():
    # real-sized figures: Zhejiang's cities in 2025 ('宁波绍兴…' was stored for Shaoxing's growth)
    release = statement_page("浙江：数字化转型走在前列", "2026-01-13T10:00", [
        "2025年，宁波规上工业增加值增长7.8%，新增国家卓越级智能工厂6家；绍兴、温州规上工业增加值分别增长9.8%、8.6%，"
        "增速居全省前列。"])
    assert {o.label_zh: o.value for o in release.named if o.measure == "yoy_pct"} == {
        "宁波规上工业增加值": 7.8, "绍兴规上工业增加值": 9.8, "温州规上工业增加值": 8.6}


def test_a_title_opening_with_one_province_makes_the_page_that_provinces():
    # real-sized figures: Zhejiang's 2025 (全省 was a province not known, figures said bare were the nation's)
    paragraphs = ["2025年全省规上工业增加值同比增长6.9%，高于全国1.0个百分点。全年新增省级智能工厂（数字化车间）216个。"]
    release = statement_page("浙江去年新增省级智能工厂（数字化车间）216个", "2026-01-13T10:00", paragraphs)
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("industrial_va.zhejiang", "yoy_pct", 6.9), ("industrial_va.zhejiang", "pp_gap", 1.0)}
    assert [o.label_zh for o in release.named] == ["浙江新增省级智能工厂(数字化车间)"]
    # a title naming two provinces, or opening with a region across them, is no one province's
    for title in ("浙江江苏两省新增省级智能工厂", "长三角新增省级智能工厂"):
        release = statement_page(title, "2026-01-13T10:00", paragraphs)
        assert not [o for o in release.observations if o.indicator == "industrial_va.zhejiang"]


@pytest.mark.parametrize("clause, before, places, what, whole", [
    ("广东、浙江、山东三省家电产量合计占全国的62.4%", "", ["广东", "浙江", "山东"], "家电产量", "全国"),
    ("广东、浙江、安徽家用电器产量合计占全国的比重超过60%", "", ["广东", "浙江", "安徽"], "家用电器产量", "全国"),
    ("广东、江苏、山东、浙江4省“5G+工业互联网”项目合计占全国的41.6%", "", ["广东", "江苏", "山东", "浙江"],
     "“5G+工业互联网”项目", "全国"),
    # counted, the places named in the clause before with what they measure
    ("三省合计约占全国总数的33%", "从地区看,江苏、广东、山东卓越级智能工厂分别达到62家、55家和48家,",
     ["江苏", "广东", "山东"], "卓越级智能工厂", "全国总数"),
    ("5省合计占全国总产量的33.8%", "广东、山东、江苏、四川、安徽水泥产量居全国前5位,依次为13620万吨、12130万吨,",
     ["广东", "山东", "江苏", "四川", "安徽"], "水泥产量", "全国总产量"),
])
def test_places_share_together(clause, before, places, what, whole):
    said = register.places_share(fold(clause), fold(before), catalogue.is_place)
    assert (said.places, said.what, said.whole) == (places, what, whole)


@pytest.mark.parametrize("clause, before", [
    ("两省合计占全国的43.9%", "广东、江苏分别实现营业收入3.58万亿元和1.96万亿元,"),    # whose revenue: not said
    ("三省合计占全国的40%", "广东、江苏分别增长5%和6%,"),                              # two places named, three counted
    ("电子、汽车两个行业合计占全国的40%", ""),                                           # industries, never places
])
def test_places_share_not_sure_is_not_read(clause, before):
    assert register.places_share(fold(clause), fold(before), catalogue.is_place) is None


def test_places_listed_with_a_rank_then_their_figures_and_their_share_together():
    # real-sized figures: cement output of the top five provinces in 2025 (a statement and a report read alike)
    text = ("2025年，广东、山东、江苏、四川、安徽水泥产量居全国前5位，依次为13620万吨、12130万吨、11840万吨、9760万吨和"
            "9710万吨，5省合计占全国总产量的33.8%。")
    want = {"广东水泥产量": 13620.0, "山东水泥产量": 12130.0, "江苏水泥产量": 11840.0, "四川水泥产量": 9760.0,
            "安徽水泥产量": 9710.0, "广东山东江苏四川安徽水泥产量合计占全国总产量的比重": 33.8}
    release = statement_page("建材行业运行", "2026-02-12T10:00", [text])
    assert {o.label_zh: o.value for o in release.named} == want
    release = parse_text("raw_materials", "2025年建材工业经济运行情况", "2026-02-12T10:00",
                         ["全年水泥产量16.9亿吨，同比下降6.9%。", text])
    assert {o.label_zh: o.value for o in release.named} == want
    # the places' growths after them: each place's cement ('新疆建材工业产量' was stored)
    release = parse_text("raw_materials", "2025年建材工业经济运行情况", "2026-02-12T10:00",
                         ["全年水泥产量16.9亿吨，同比下降6.9%。西部地区中，新疆、西藏水泥产量同比分别增长6.4%和3.1%。"])
    assert {o.label_zh: o.value for o in release.named} == {"新疆水泥产量": 6.4, "西藏水泥产量": 3.1}


@pytest.mark.parametrize("clause", ["分别较上年底增加约1200亿个和6万家", "较上年末分别增加约1200亿个和6万家"])
def test_changes_since_the_year_end_listed_after_stocks_said_in_their_own_clauses(clause):
    # real-sized figures: industrial internet identifiers and the firms they serve, the end of 2025
    release = statement_page("网络底座更加坚实", "2026-01-27T10:00", [
        f"截至2025年12月底，工业互联网标识注册总量突破7000亿个，服务企业超过52万家，{clause}。"])
    assert {(o.indicator, o.measure, o.period, o.value) for o in release.observations if o.measure == "abs_change"} == {
        ("iip_identifiers", "abs_change", "2025-12", 1200.0), ("iip_service_enterprises", "abs_change", "2025-12", 6.0)}
    assert register.since_year_end_listed(fold(clause))[0].qualifier == "about"
    # stocks of a month within the year: their change since the year before's end, at their month
    release = statement_page("网络底座更加坚实", "2025-10-27T10:00", [
        f"截至2025年9月底，工业互联网标识注册总量突破7000亿个，服务企业超过52万家，{clause}。"])
    assert {(o.period, o.value) for o in release.observations if o.measure == "abs_change"} == {
        ("2025-09", 1200.0), ("2025-09", 6.0)}
    # flows listed before: never a stock's change
    release = statement_page("网络底座更加坚实", "2026-01-27T10:00", [
        f"2025年，软件业务收入15万亿元，利润总额1.8万亿元，分别较上年底增加约1200亿元和6000亿元。"])
    assert not [o for o in release.observations if o.measure == "abs_change"]


def test_new_ones_listed_share_their_word_and_the_totals_after_them_are_each_ones():
    # real-sized figures: Zhejiang's intelligent factories in 2025 (28 was stored as all 未来工厂, the totals lost)
    release = statement_page("浙江：数字化转型走在前列", "2026-01-13T10:00", [
        "2025年，全年新增省级智能工厂（数字化车间）216个、未来工厂28家，累计分别达到1526个、112家。"
        "当年新完成改造企业1.3万家，累计达到5.8万家。"])
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("浙江新增省级智能工厂(数字化车间)", "2025", 216.0), ("浙江新增未来工厂", "2025", 28.0),
        ("浙江省级智能工厂(数字化车间)总量", "2025-12", 1526.0), ("浙江未来工厂总量", "2025-12", 112.0),
        ("浙江新完成改造企业", "2025", 1.3), ("浙江完成改造企业总量", "2025-12", 5.8)}
    assert [o.quote for o in release.named if o.value == 28.0] == ["未来工厂28家"]     # as printed


def test_totals_listed_need_as_many_new_counts_read_before_them():
    release = statement_page("浙江：数字化转型走在前列", "2026-01-13T10:00", [
        "2025年，全年新增省级智能工厂（数字化车间）216个，累计分别达到1526个、112家。"])
    assert not [o for o in release.named if o.label_zh.endswith("总量")]


def test_a_source_cited_with_genju_dates_its_own_sentence_only():
    # real figures: robot density 2024 (IFR), then the page's own year again (48.3 % was dated 2024)
    release = statement_page("推进会召开", "2026-01-13T10:00", [
        "2025年，全国工业机器人产量达到77.3万套，同比增长28%。根据国际机器人联合会最新报告，2024年我国制造业机器人密度"
        "达到每万名工人567台。国产金属切削机床数控化率提升至48.3%，比上年提高1.5个百分点。"])
    assert {(o.label_zh, o.period) for o in release.named} == {("国产金属切削机床数控化率", "2025")}
    assert register.CITED.match(fold("根据国际机器人联合会最新报告"))


def test_a_goal_for_the_whole_year_is_due_in_the_year_in_force_never_a_later_year_said_after_it():
    release = statement_page("推进会召开", "2026-01-13T10:00", [
        "会议要求，2026年要坚持智能化方向。要持续做好智能工厂梯度培育，力争全年新培育先进级智能工厂2000家左右；"
        "加快人工智能规模化应用，到2027年推动规模以上工业企业关键工序数控化率达到70%以上。"])
    assert goals(release) == [("新培育先进级智能工厂", 2000.0, 2026), ("规模以上工业企业关键工序数控化率", 70.0, 2027)]


def test_a_level_then_said_aside_after_its_year_with_the_move_in_words():
    release = statement_page("网络底座更加坚实", "2026-01-27T10:00", [
        "据初步测算，2025年我国工业互联网核心产业规模有望突破1.6万亿元，较2024年（超过1.5万亿元）再上新台阶。"])
    assert {(o.period, o.value, o.evidence) for o in release.observations} == {
        ("2025", 1.6, "forecast"), ("2024", 1.5, "statement")}
    assert register.earlier_base(fold("较2024年（超过1.5万亿元）再上新台阶")) == "2024年"
    assert register.earlier_base(fold("较2024年（超过1.5万亿元）的基础上")) is None


def test_what_a_meeting_sets_for_a_year_not_over_is_a_goal_and_for_a_year_past_is_progress():
    release = statement_page("浙江：数字化转型走在前列", "2026-01-13T10:00", [
        "会议明确，2026年全省规上工业增加值增长6%左右，制造业投资增长8%以上。"])
    assert [(value, year) for _, value, year in goals(release)] == [(6.0, 2026), (8.0, 2026)]
    assert not release.observations + release.named
    release = statement_page("浙江：数字化转型走在前列", "2026-01-13T10:00", ["会议明确，2025年全省规上工业增加值增长6.9%。"])
    assert not release.targets and [(o.indicator, o.value) for o in release.observations] == [("industrial_va.zhejiang", 6.9)]


def test_this_share_opening_a_sentence_is_the_share_the_sentence_before_ended_with():
    # real figures: the digital economy's core industries, 2023 and 2024 (10 % was lost)
    release = statement_page("数实融合迈出坚实步伐", "2026-01-30T10:00", [
        "2023年我国数字经济核心产业增加值为127555亿元，占国内生产总值（GDP）的比重为9.9%。据有关方面测算，2024年这一比重"
        "达到10%左右。"])
    assert {(o.measure, o.period, o.value, o.relative_to) for o in release.observations if o.measure == "share_pct"} == {
        ("share_pct", "2023", 9.9, "gdp"), ("share_pct", "2024", 10.0, "gdp")}
    # after a growth, '这一比重' has no share to be: nothing read
    release = statement_page("数实融合迈出坚实步伐", "2026-01-30T10:00", [
        "2023年我国数字经济核心产业增加值为127555亿元，同比增长8%。2024年这一比重达到10%左右。"])
    assert not [o for o in release.observations if o.value == 10.0]


def test_a_growth_since_a_plans_end_of_the_name_just_read_is_cumulative_since_that_year():
    release = statement_page("数实融合迈出坚实步伐", "2026-01-30T10:00", [
        "2024年，全国数据产业规模达到5.86万亿元，较“十三五”末增长117%。"])
    assert {(o.measure, o.period, o.value, o.base_period) for o in release.named} == {
        ("level", "2024", 5.86, None), ("cum_pct", "2024", 117.0, "2020")}


def test_figures_after_a_heading_of_a_group_of_places_are_the_groups_never_the_nations():
    # real-sized figures: identifier resolution nodes, the end of 2025 (152 and 36.4 % were stored as the nation's, and
    # the nation's own 418 then refused as conflicting)
    release = statement_page("工业互联网标识解析体系建设推进会", "2026-01-23T10:00", [
        "截至2025年底，全国已建成工业互联网标识解析二级节点418个，较2024年底增加39个；累计标识注册量达到7960亿，"
        "较2024年底增加1650亿。",
        "从三省合计看，二级节点共152个，占全国的36.4%，较2024年底提高0.3个百分点；累计标识注册量5530亿，占全国的69.5%。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("iip_nodes", "count", 418.0), ("iip_nodes", "abs_change", 39.0),
        ("iip_identifiers", "count", 7960.0), ("iip_identifiers", "abs_change", 1650.0)}
    assert [o.unit for o in release.observations if o.value == 1650.0] == ["亿个"]     # (the level's unit, said bare)
    assert register.GROUP_HEADING.match(fold("五省市合计来看，"))
    assert not register.GROUP_HEADING.match(fold("三省合计约占全国总数的33%"))


def test_a_vehicle_class_said_with_how_it_moved_is_what_the_months_compound_after_it_is_of():
    # real figures: November 2025 (商用车's month was read as 乘用车's, both then refused as conflicting)
    release = parse_text("equipment", "2025年1—11月汽车工业经济运行情况", "2025-12-18T16:00", [
        "分车型看，乘用车是拉动增长的主要力量。11月，乘用车产销分别完成314.4万辆和303.7万辆，同比分别增长1.1%和1.2%；"
        "1—11月，乘用车产销分别完成2748.1万辆和2736.9万辆。商用车回暖明显，11月产销分别完成38.8万辆和39.2万辆，"
        "同比分别增长18.6%和20.9%。"])
    got = {(o.indicator, o.period_type, o.measure): o.value for o in release.observations}
    assert got[("vehicles.commercial_production", "month", "level")] == 38.8
    assert got[("vehicles.commercial_sales", "month", "yoy_pct")] == 20.9
    assert got[("vehicles.passenger_production", "month", "level")] == 314.4
    assert not release.conflicts


def test_a_bare_metric_after_a_share_of_a_name_kept_as_printed_is_of_that_names_owner():
    # real figures: the petrochemical industry in 2025 (the profit after the revenue's share was an unknown name)
    release = statement_page("效益降幅明显收窄", "2026-02-12T10:00", [
        "全年石化全行业规模以上企业实现营业收入15.72万亿元，同比下降2.4%，约占全国规模以上工业营业收入的11.5%；"
        "实现利润总额7431.6亿元，同比下降5.9%。"])
    assert {(o.label_zh, o.measure): o.value for o in release.named if "利润" in o.label_zh} == {
        ("石化全行业规模以上企业利润总额", "level"): 7431.6, ("石化全行业规模以上企业利润总额", "yoy_pct"): -5.9}


def test_a_kind_said_after_examples_takes_a_metric_said_with_business_in_it():
    # real-sized figures: the basic telecom firms' emerging businesses, January-November 2025
    release = statement_page("千兆城市建设成效持续显现", "2025-12-24T10:00", [
        "前11个月，三家基础电信企业积极发展云计算、大数据、移动物联网、数据中心等新兴业务，共完成业务收入4126亿元，"
        "同比增长5%，占电信业务收入的25.6%。"])
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("telecom.emerging_revenue", "level", 4126.0), ("telecom.emerging_revenue", "yoy_pct", 5.0),
        ("telecom.emerging_revenue", "share_pct", 25.6)}


def test_shares_of_metrics_held_by_a_name_kept_as_printed():
    # real figures: the little giants among industrial SMEs in 2024 (no series keeps these shares of theirs)
    release = statement_page("调研并主持召开座谈会", "2025-08-13T10:00", [
        "2024年，规上专精特新“小巨人”工业企业实现营业收入4.84万亿元，同比增长3.9%，以约占全国规上工业中小企业3%的数量，"
        "贡献了6%的营业收入和9.7%的利润。"])
    shares = {(o.label_zh, o.qualifier): o.value for o in release.named if o.measure == "share_pct"}
    assert shares == {("专精特新小巨人工业企业数量占全国规上工业中小企业的比重", "about"): 3.0,
                      ("专精特新小巨人工业企业营业收入占全国规上工业中小企业的比重", "exact"): 6.0,
                      ("专精特新小巨人工业企业利润占全国规上工业中小企业的比重", "exact"): 9.7}


def test_a_sector_remarked_on_owns_the_bare_metrics_after_it():
    # real-sized figures: the chemicals sector of the petrochemical industry in 2025
    release = statement_page("效益降幅明显收窄", "2026-02-12T10:00", [
        "2025年，分板块看，化工板块表现好于油气开采和炼油板块，营业收入9.61万亿元，同比增长1.9%，利润总额3986.2亿元。"])
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("化工板块营业收入", "level"): 9.61, ("化工板块营业收入", "yoy_pct"): 1.9, ("化工板块利润总额", "level"): 3986.2}
    # a remark naming no sector: the bare metric stays no one's
    release = statement_page("效益降幅明显收窄", "2026-02-12T10:00", ["2025年，受油价走低影响，营业收入9.61万亿元。"])
    assert not release.named + release.observations


@pytest.mark.parametrize("text, want", [
    # real figures: champions and little giants since 2020, crude steel since its 2020 peak, 5G base stations
    ("截至2025年底，制造业单项冠军企业数量比2020年底增加近1000家。", ("sme.champions", 1000.0, "2025-12", "2020-12")),
    ("2025年，全年粗钢产量9.61亿吨，较2020年的历史峰值累计减少9219万吨。", ("output.crude_steel", -9219.0, "2025", "2020")),
    ("与2020年相比，2025年全国粗钢产量减少约9200万吨。", ("output.crude_steel", -9200.0, "2025", "2020")),
    ("截至2025年9月底，5G基站较2020年底增加342万个。", ("telecom.bs_5g", 342.0, "2025-09", "2020-12")),
    # since the year before's end: a stock's change as any (no base)
    ("截至2025年底，5G基站较2024年底增加42万个。", ("telecom.bs_5g", 42.0, "2025-12", None)),
])
def test_a_levels_change_in_its_unit_since_an_earlier_year(text, want):
    release = statement_page("发展成就综述", "2026-01-20T10:00", [text])
    assert [(o.indicator, o.value, o.period, o.base_period) for o in release.observations
            if o.measure == "abs_change"] == [want]


def test_a_flows_change_on_the_year_before_stays_a_change_on_a_year_earlier():
    release = statement_page("汽车出口再创新高", "2026-01-16T10:00", ["2025年，汽车出口709.8万辆，较2024年增加123.9万辆。"])
    assert [(o.measure, o.base_period) for o in release.observations if o.value == 123.9] == [("yoy_abs_change", None)]


def test_an_earlier_year_looked_back_to_within_a_paragraph_is_never_the_next_paragraphs():
    # real figures: Gansu in 2025 (the cities' paragraph was dated 2024 after '2024年分别占全省工业的…')
    release = statement_page("赴甘肃开展调研", "2026-03-06T10:00", [
        "能源和原材料产业支撑有力。截至2025年底，全省新能源总装机达到8041.6万千瓦。石油化工、有色冶金是全省工业的两大支柱，"
        "2024年分别占全省工业的29.7%和25.5%。",
        "重点市州各展所长。金昌市全年规上工业增加值增长13.8%；“东数西算”庆阳数据中心集群标准机架规模达到3.1万架。"])
    cities = {o.label_zh: o.period for o in release.named if o.value in (13.8, 3.1)}
    assert cities == {"金昌市规上工业增加值": "2025", "东数西算庆阳数据中心集群标准机架规模": "2025"}


def test_a_plans_years_reviewed_after_their_end_date_a_paragraphs_stocks_at_that_end():
    # real figures: the ministry's review of the 14th five-year plan, January 2026 (dated January 2026 before)
    paragraphs = ["会议认为，“十四五”时期，推进新型工业化取得新的历史性成就。",
                  "会议指出，五年来创新动能显著提升。累计培育专精特新中小企业超过14万家。5G基站从2020年底的71.8万个增加到483.8万个。"]
    release = statement_page("党组召开会议", "2026-01-29T10:00", paragraphs)
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("sme.specialized", "2025-12", 14.0), ("telecom.bs_5g", "2020-12", 71.8), ("telecom.bs_5g", "2025-12", 483.8)}
    # 目前 said: the day, whatever the plan; five years said with no plan named on the page: the day too
    release = statement_page("党组召开会议", "2026-01-29T10:00", [paragraphs[0] + "目前，累计培育专精特新中小企业超过14万家。"])
    assert [o.period for o in release.observations] == ["2026-01"]
    release = statement_page("党组召开会议", "2026-01-29T10:00", [paragraphs[1]])
    assert [o.period for o in release.observations if o.indicator == "sme.specialized"] == ["2026-01"]


def test_a_goal_clause_opening_with_its_year_is_due_then_never_at_a_later_deadline_said_after_it():
    release = statement_page("赴甘肃开展调研", "2026-03-06T10:00", [
        "甘肃省工业和信息化厅表示，2026年全省规上工业增加值预期增长7.5%左右，力争到2027年金白兰武有色金属集群产值"
        "突破3000亿元。"])
    assert [(value, year) for _, value, year in goals(release)] == [(7.5, 2026), (3000.0, 2027)]


def test_a_place_said_with_no_figure_ends_the_last_places_turn():
    # real-sized figures: the provinces in 2025 (Guangdong's fourth quarter was stored as Henan's)
    release = statement_page("新闻发布会", "2026-01-23T10:00", [
        "2025年，河南增长7.8%，高于全国平均水平；广东增速逐季回升，四季度增长4.5%。"])
    assert [(o.indicator, o.value) for o in release.observations] == [("industrial_va.henan", 7.8)]


def test_a_circumstance_pushed_by_is_no_goal_and_things_in_production_are_a_name():
    # real-sized figures: photovoltaic and float glass in 2025
    release = statement_page("全年运行总体平稳", "2026-02-12T10:00", [
        "2025年，建材行业坚持稳增长与调结构并举。",
        "光伏玻璃深度调整。在行业自律减产推动下，全年光伏压延玻璃产量2480万吨，同比下降5.6%。截至2025年底，全国在产浮法玻璃"
        "生产线221条。全年水泥平均出厂价格为每吨362元，同比下降3.9%。"])
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("光伏压延玻璃产量", "level"): 2480.0, ("光伏压延玻璃产量", "yoy_pct"): -5.6, ("在产浮法玻璃生产线", "count"): 221.0}
    assert [(o.indicator, o.value, o.unit) for o in release.observations if o.measure == "level"] == [
        ("price.cement", 362.0, "元/吨")]
    assert [o.quote for o in release.observations if o.value == 362.0] == ["全年水泥平均出厂价格为每吨362元"]   # as printed


def test_shares_listed_some_catalogued_some_not_in_the_paragraphs_year():
    # real figures: Guangdong in 2025 (both shares were lost with no period said in their own sentence)
    release = statement_page("赴广东调研", "2026-01-23T10:00", [
        "座谈会上，广东省有关负责同志介绍，2025年全省规模以上工业增加值同比增长4.1%。制造业结构持续向高端跃升，先进制造业、"
        "高技术制造业增加值占规模以上工业的比重分别达到56.5%和30.2%。"])
    assert {(o.indicator, o.measure, o.period): o.value for o in release.observations if o.measure == "share_pct"} == {
        ("industrial_va.high_tech.guangdong", "share_pct", "2025"): 30.2}
    assert [(o.label_zh, o.value) for o in release.named] == [("广东省先进制造业占规模以上工业的比重", 56.5)]


def test_a_provinces_stock_kept_as_printed_and_its_change_since_the_years_end():
    # real-sized figures: Jiangsu's identifier resolution nodes and registrations, the end of 2025
    release = statement_page("工业互联网标识解析体系建设推进会", "2026-01-23T10:00", [
        "江苏持续发挥标识解析先发优势，截至2025年底，全省二级节点达到67个，比上年底增加5个；累计标识注册量3480亿，"
        "较上年底增加520亿。"])
    assert {(o.label_zh, o.measure): (o.value, o.unit) for o in release.named} == {
        ("江苏二级节点", "count"): (67.0, "个"), ("江苏二级节点", "abs_change"): (5.0, "个"),
        ("江苏标识注册量", "count"): (3480.0, "亿个"), ("江苏标识注册量", "abs_change"): (520.0, "亿个")}
    assert not release.observations        # (never the nation's series)


@pytest.mark.parametrize("text, names", [
    # real-sized figures: nonferrous industries' profits in 2025
    ("2025年，铝、黄金、铜三个行业利润分别增加380亿元、212亿元和177亿元。", ["铝行业利润", "黄金行业利润", "铜行业利润"]),
    ("2025年，电解铝、氧化铝行业利润分别比上年增加380亿元和212亿元。", ["电解铝行业利润", "氧化铝行业利润"]),
])
def test_flows_not_catalogued_with_their_changes_in_units_listed(text, names):
    release = statement_page("规模稳步扩大 效益创历史新高", "2026-02-06T10:00", [text])
    assert [(o.label_zh, o.measure) for o in release.named] == [(name, "yoy_abs_change") for name in names]
    assert release.named[0].value == 380.0 and release.named[0].unit == "亿元"


def test_counts_with_changes_in_units_listed_are_no_flows_changes():
    # a count's change is since the year's end, never the year before: not read as one
    release = statement_page("规模稳步扩大", "2026-02-06T10:00", ["2025年，甲类、乙类示范企业分别增加38家和21家。"])
    assert not [o for o in release.named if o.measure == "yoy_abs_change"]


def test_changes_in_points_listed_after_shares_some_catalogued_some_not():
    # real figures: Guangdong in 2025; the changes follow the shares in their own clause, in the order printed
    release = statement_page("赴广东调研", "2026-01-23T10:00", [
        "2025年全省规模以上工业增加值同比增长4.1%。先进制造业、高技术制造业增加值占规模以上工业的比重分别达到56.5%和30.2%，"
        "比上年分别提高0.9个和0.7个百分点。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations if o.unit == "百分点"} == {
        ("industrial_va.high_tech", "share_pp_change"): 0.7}
    assert [(o.label_zh, o.measure, o.value) for o in release.named if o.unit == "百分点"] == [
        ("先进制造业占规模以上工业的比重", "pp_change", 0.9)]
    # against another span than the year before: not sure which base each is on, so neither is stored
    release = statement_page("赴广东调研", "2026-01-23T10:00", [
        "2025年全省规模以上工业增加值同比增长4.1%。先进制造业、高技术制造业增加值占规模以上工业的比重分别达到56.5%和30.2%，"
        "比2020年分别提高9.9个和7.7个百分点。"])
    assert not [o for o in release.observations + release.named if o.unit == "百分点"]


def test_a_growth_of_a_name_in_a_paragraph_with_no_date_is_over_the_one_span_the_page_said():
    # real figures: Sichuan's first three quarters of 2025
    first = "座谈会上，四川省经济和信息化厅介绍，前三季度，全省规模以上工业增加值同比增长7.1%。"
    then = "从重点产业看，工业六大优势产业增加值同比增长7.5%。电子信息产业增长15.8%，今年以来始终保持两位数增长。"
    release = statement_page("运行监测协调局赴四川开展调研", "2025-10-30T16:20", [first, then])
    assert [(o.label_zh, o.value, o.period) for o in release.named] == [
        ("四川省工业六大优势产业增加值", 7.5, "2025-09"), ("四川省电子信息产业", 15.8, "2025-09")]
    # a page that has also spoken of another year: the span carried is not sure
    release = statement_page("运行监测协调局赴四川开展调研", "2025-10-30T16:20", [
        "2024年，四川省规模以上工业增加值同比增长5.7%。", first.replace("前三季度", "2025年前三季度"), then])
    assert not [o for o in release.named if o.label_zh == "四川省工业六大优势产业增加值"]


@pytest.mark.parametrize("text, expected", [
    ("五年前这一数字", (5, "这一数字")), ("而10年前该指标", (10, "该指标")), ("两年前的这一比重", (2, "这一比重")),
    ("五年来这一数字", None), ("2020年这一数字", None)])
def test_a_look_back_said_by_years_before(text, expected):
    assert register.years_ago(text) == expected


def test_a_figure_looked_back_to_by_years_is_the_series_just_read_that_many_years_before():
    # real figures: AI firms in 2025 and five years before
    release = statement_page("推进会在贵阳召开", "2025-11-18T16:20", [
        "目前，我国人工智能企业数量已超过5300家，五年前这一数字为1400余家。"])
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("ai_enterprises", "2025-11"): 5300.0, ("ai_enterprises", "2020"): 1400.0}
    # of a name not catalogued: never kept under the words '五年前这一数字' nor dated the day it is said
    release = statement_page("推进会在贵阳召开", "2025-11-18T16:20", ["目前，全国低空飞行服务站超过140个，五年前这一数字为20余个。"])
    assert [(o.label_zh, o.value) for o in release.named] == [("低空飞行服务站", 140.0)]


def test_a_provinces_stocks_in_a_paragraph_with_no_date_of_the_year_running_are_as_of_the_day():
    # real-sized figures: Jiangsu's smart factories, said at a press conference in November 2025
    release = statement_page("新闻发布会介绍智能工厂梯度培育有关情况", "2025-11-25T10:00", [
        "2025年11月25日上午，工业和信息化部召开新闻发布会。",
        "江苏省工业和信息化厅负责同志：江苏是制造业大省。近年来，我们把智改数转网联作为推动制造业高质量发展的关键举措，"
        "全省累计建成基础级智能工厂8000余家、先进级智能工厂1100余家。"])
    assert [(o.label_zh, o.value, o.period) for o in release.named] == [
        ("江苏省基础级智能工厂", 8000.0, "2025-11"), ("江苏省先进级智能工厂", 1100.0, "2025-11")]


@pytest.mark.parametrize("said, goal", [
    ("我们把智改数转网联作为推动制造业高质量发展的关键举措，", False), ("将132家绿色工厂移出名单，", False),
    ("企业数量将近", False), ("推动制造业数字化转型，到2027年", True), ("全年产量将超过", True)])
def test_a_means_ba_and_nearly_set_no_goal(said, goal):
    assert named.under_a_goal(said) is goal


def test_what_firms_hold_said_after_their_figure_is_theirs_never_a_bare_name():
    # real figures: little giants in 2024
    release = statement_page("专精特新中小企业发展情况", "2025-07-20T10:00", [
        "2024年，“小巨人”企业平均研发投入占营业收入的比重达到7%，累计拥有发明专利32.74万项。"])
    assert ("小巨人企业发明专利", 32.74) in [(o.label_zh, o.value) for o in release.named]
    release = statement_page("专精特新中小企业发展情况", "2025-07-20T10:00", [
        "2024年，专精特新发展成效明显，累计拥有发明专利32.74万项。"])
    assert not [o for o in release.named if o.value == 32.74]


def test_a_first_batch_whose_list_came_out_lately_counts_its_members_then():
    # real figures: the first 15 leading smart factories, announced in November 2025
    release = statement_page("新闻发布会介绍智能工厂梯度培育有关情况", "2025-11-25T10:00", [
        "截至目前，全国已建成3.5万余家基础级智能工厂，首批15家领航级智能工厂培育名单近日正式公布。"])
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("smart_factories.basic", "2025-11"): 3.5, ("smart_factories.leading", "2025-11"): 15.0}
    assert not release.named


@pytest.mark.parametrize("text, month, other", [
    ("比11月份下降1.1%", 11, False), ("比3月份下降14.1%", 3, True), ("环比下降1.1%", None, False),
    ("比11月末分别下降1.4%", 11, False), ("较11月底上涨1.6%", 11, False), ("比9月末上涨1.6%", 9, True)])
def test_a_change_against_a_named_month_is_on_the_month_before_only_when_it_is_that_month(text, month, other):
    from xinzhi.cn import CHANGE_RE, parse_change
    change = parse_change(CHANGE_RE.search(text))
    assert change.base == "mom" and change.month == month
    assert change.against_another_month(Period("2025-12", "month")) is other


def test_a_price_against_an_earlier_month_than_the_one_before_is_not_stored():
    # real-sized figures: cement prices in 2025 (the fall since March is no month-on-month change)
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-10T16:00", [
        "2025年，全国通用水泥平均价格为374元/吨，同比下降3.1%。12月份均价为352元/吨，比3月份下降14.1%。"])
    assert not [o for o in release.observations if o.value == -14.1]
    assert [o for o in release.observations if o.value == 352.0 and o.period == "2025-12"]


def test_those_proposed_for_a_list_are_the_years_new_members_and_so_is_the_rest_of_the_list():
    # real figures: green factories and parks of 2025 (拟: the list published for comment); the parks listed after
    # the factories are new ones too, never the stock of parks
    release = statement_page("工业绿色低碳发展工作推进会", "2025-12-16T10:00", [
        "2025年度，拟新培育绿色工厂2038家、绿色工业园区128家。"])
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("green_factories_new", "2025"): 2038.0, ("green_parks_new", "2025"): 128.0}


@pytest.mark.parametrize("head, expected", [
    ("2021年底这两项数字", ("2021年底", 2)), ("而2020年二者", ("2020年", 2)), ("上述三项指标", ("", 3)),
    ("这一数字", None), ("两项指标增速", None)])
def test_a_reference_to_the_figures_just_read(head, expected):
    assert register.these_listed(head) == expected


def test_the_figures_just_read_referred_to_at_another_date_are_those_series_then():
    # real figures: green factories and parks, the end of 2025 and of 2021
    release = statement_page("工业绿色低碳发展工作推进会", "2025-12-16T10:00", [
        "至此，国家层面累计培育绿色工厂8300余家、绿色工业园区616家，而2021年底这两项数字分别为2783家和223家。"])
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("green_factories", "2025-12"): 8300.0, ("green_parks", "2025-12"): 616.0,
        ("green_factories", "2021-12"): 2783.0, ("green_parks", "2021-12"): 223.0}
    # with no date said, or more figures than were read: not sure which, none stored
    release = statement_page("工业绿色低碳发展工作推进会", "2025-12-16T10:00", [
        "至此，国家层面累计培育绿色工厂8300余家，而2021年底这两项数字分别为2783家和223家。"])
    assert {o.value for o in release.observations} == {8300.0}


def test_a_named_growths_gap_to_the_provinces_average():
    # real-sized figures: Hubei's industrial invoiced sales in 2025
    release = statement_page("湖北：挑大梁显担当", "2026-02-12T10:00", [
        "2025年，湖北全省工业经济实现较快增长。据增值税发票数据，全省工业开票销售金额42216.3亿元，同比增长8.8%，"
        "增幅高于全省平均水平4.4个百分点。"])
    gaps = [(o.label_zh, o.value, o.relative_to) for o in release.named if o.measure == "pp_gap"]
    assert gaps == [("湖北工业开票销售金额", 4.4, "全省")]


def test_a_count_out_of_a_fixed_universe_takes_its_change_since_the_years_end():
    # real-sized figures: 5G applications across the economy's major categories, the end of 2025
    release = statement_page("网络更强 平台更多 应用更深", "2026-01-27T10:00", [
        "2025年，全国累计建设5G工厂1800余家；5G应用已融入97个国民经济大类中的91个，较2024年底增加11个。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("g5_factories", "count"): 1800.0, ("g5_apps.categories", "count"): 91.0,
        ("g5_apps.categories", "abs_change"): 11.0}     # (never the 5G factories')


def test_index_changes_against_the_month_before_said_at_its_end():
    # real figures: CSPI sub-indices at the end of October 2025
    release = parse_text("raw_materials", "2025年1—10月钢铁行业运行情况", "2025-11-28T16:20", [
        "10月末，中国钢材价格指数（CSPI）为92.69点，比9月末下降0.91点，降幅为1.0%。其中，长材指数、板材指数分别为"
        "95.27点和91.12点，比9月末分别下降1.4%和0.8%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations if o.measure == "mom_pct"} == {
        ("steel.cspi", "mom_pct"): -1.0, ("steel.cspi_long", "mom_pct"): -1.4, ("steel.cspi_flat", "mom_pct"): -0.8}


def test_a_value_of_an_earlier_year_said_aside_in_passing_leaves_no_year_in_force():
    # real figures: shipbuilding's order book at the end of 2025 against the end of 2020
    release = statement_page("船舶工业高质量发展座谈会", "2026-01-28T10:00", [
        "2025年，全年造船完工量5369万载重吨。截至12月底，手持订单量27442万载重吨，同比增长31.5%。",
        "会议认为，“十四五”以来我国船舶工业综合实力实现整体跃升。与2020年相比，造船完工量、新接订单量、手持订单量的国际"
        "市场份额分别提高13.0、20.2和22.1个百分点（2020年分别为43.1%、48.8%和44.7%），手持订单量比2020年底增长286%。"])
    grown = [(o.period, o.base_period) for o in release.observations if o.value == 286.0]
    assert grown == [("2025-12", "2020-12")]       # (never dated 2020, the year said aside)


def test_shares_of_names_not_catalogued_are_of_the_whole_the_sentence_named_first():
    # real-sized figures: the ninth batch of single champions by field, said at a meeting in November 2025
    release = statement_page("制造业单项冠军企业经验交流会在京召开", "2025-11-19T10:00", [
        "经营效益保持较高水平，2024年单项冠军企业营业收入利润率为9.6%。",
        "创新能力持续增强。第九批单项冠军中，高端装备制造领域占比33.9%，新材料领域占比27.2%。",
        "从企业性质看，在专精特新“小巨人”企业中，民营企业占比超过80%。其中，制造业企业占比超过90%。"])
    labels = {o.label_zh: o.value for o in release.named if o.measure == "share_pct"}
    assert labels["高端装备制造领域占第九批单项冠军的比重"] == 33.9 and labels["新材料领域占第九批单项冠军的比重"] == 27.2
    assert labels["民营企业占专精特新“小巨人”企业的比重"] == 80.0
    assert not [label for label in labels if "其" in label]       # (其中 names no whole)


def test_a_questions_dates_are_no_answers():
    # real figures: industry's growth by quarter in 2025, asked about at a press conference in January 2026
    release = statement_page("国新办新闻发布会图文实录", "2026-01-21T10:00", [
        "2025年，全国规模以上工业增加值比上年增长5.9%。",
        "记者：请问四季度工业运行呈现哪些特点？对2026年工业经济怎么看？",
        "运行监测协调局负责同志：谢谢你的提问。分季度看，一季度、二季度、三季度规模以上工业增加值同比分别增长6.5%、6.3%、"
        "5.8%，四季度增长5.0%。"])
    assert {o.period: o.value for o in release.observations if o.indicator == "industrial_va"} == {
        "2025": 5.9, "2025-03": 6.5, "2025-06": 6.3, "2025-09": 5.8, "2025-12": 5.0}


def test_a_contribution_rate_with_no_name_is_never_a_name():
    release = statement_page("新闻发布会", "2026-01-21T10:00", [
        "2025年，10个工业大省合计拉动全国规上工业增长4.1个百分点，贡献率达69.5%。"])
    assert not [o for o in release.named if o.label_zh == "贡献率"]


@pytest.mark.parametrize("published, now", [("2025-12-19T10:00", "2025-12"), ("2026-01-30T11:20", "2025")])
def test_a_names_level_from_a_year_said_to_one_not_said_is_as_of_the_day_or_the_year_just_ended(published, now):
    # real figures: large models' share of AI applications in production, 2024 and 2025
    release = statement_page("数实融合迈出坚实步伐", published, [
        "赋能应用不断拓展。大模型在生产制造环节的应用案例占比由2024年的19.9%提高至25.9%。"])
    assert [(o.value, o.period) for o in release.named] == [(19.9, "2024"), (25.9, now)]
    # a flow's level then is never sure of a date not said
    release = statement_page("数实融合迈出坚实步伐", published, ["低空经济营业收入由2023年的5000亿元增长至8000亿元。"])
    assert not release.named


def test_a_span_with_no_year_after_a_date_said_in_its_sentence_is_of_that_dates_year():
    # real figures: data products listed in the first half of 2025, said after a paragraph's look at 2024
    release = statement_page("联合召开座谈会", "2025-10-24T10:00", [
        "2024年，全国数据企业数量超过40万家。截至6月底，全国已建设高质量数据集超过3.5万个；上半年主要数据交易机构新上架"
        "数据产品3328个，同比增长70%。"])
    assert {(o.value, o.period) for o in release.named if o.value in (3328.0, 70.0)} == {(3328.0, "2025-06"), (70.0, "2025-06")}


def test_industries_listed_sharing_their_tail_are_industries_never_a_products_output():
    # real figures: the equipment industry in 2025 (汽车 alone is cars made; with 行业 beside 电子行业, the industry:
    # 汽车制造业, of the family of the one beside it)
    release = parse_text("equipment", "2025年装备工业经济运行情况", "2026-02-06T10:00", [
        "分行业看，汽车、电子行业分别增长11.5%和10.6%。全年汽车产量3453.1万辆，同比增长10.4%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.C36", "yoy_pct")] == 11.5 and got[("output.vehicles", "yoy_pct")] == 10.4
    assert got[("output.vehicles", "level")] == 3453.1


def test_regions_growths_said_in_a_sentence_of_their_own_are_of_the_metric_they_were_listed_with():
    # real-sized figures: telecom revenue by region, January to November 2025
    release = parse_text("telecom", "2025年1—11月通信业经济运行情况", "2025-12-20T10:00", [
        "1—11月，东部、中部、西部和东北地区电信业务收入分别完成8209亿元、3058亿元、3976亿元和853亿元。从增速看，中部、"
        "西部地区同比分别增长1.6%和1.3%，东部地区增长0.7%，东北地区下降0.4%。"])
    growths = {o.indicator: o.value for o in release.observations if o.measure == "yoy_pct"}
    assert growths == {"telecom.revenue.central": 1.6, "telecom.revenue.west": 1.3, "telecom.revenue.east": 0.7,
                       "telecom.revenue.northeast": -0.4}


def test_a_products_grade_in_brackets_is_no_part_of_its_name():
    # real-sized figures: cement's price in 2025
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-10T16:00", [
        "水泥价格震荡下行。全年全国通用水泥（P·O 42.5散装）平均出厂价格为371元/吨，同比下降3.4%；12月份为355元/吨，"
        "环比下降1.1%。"])
    assert {(o.period, o.measure): o.value for o in release.observations if o.indicator == "price.cement"} == {
        ("2025", "level"): 371.0, ("2025", "yoy_pct"): -3.4, ("2025-12", "level"): 355.0, ("2025-12", "mom_pct"): -1.1}


def test_a_products_output_in_its_own_unit_kiloliters():
    # real figures: baijiu and beer in 2025
    release = parse_text("consumer_goods", "2025年轻工业运行情况", "2026-02-10T10:00", [
        "2025年，受市场需求调整影响，白酒产量354.9万千升，同比下降12.1%；啤酒产量3516万千升，同比下降0.2%。"])
    assert {(o.indicator, o.measure): (o.value, o.unit) for o in release.observations} == {
        ("output.liquor", "level"): (354.9, "万千升"), ("output.liquor", "yoy_pct"): (-12.1, "%"),
        ("output.beer", "level"): (3516.0, "万千升"), ("output.beer", "yoy_pct"): (-0.2, "%")}


def test_places_listed_with_no_figure_take_the_figures_after_them_and_a_place_remarked_on_its_own():
    # real-sized figures: cement output by province in 2025
    release = parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-10T16:00", [
        "2025年，全国水泥产量16.93亿吨，同比下降6.9%。各省（区、市）中，仅西藏、宁夏水泥产量同比增长，分别增长4.8%和1.9%；"
        "陕西降幅最大，同比下降16.5%。"])
    assert {(o.label_zh, o.value) for o in release.named} == {
        ("西藏水泥产量", 4.8), ("宁夏水泥产量", 1.9), ("陕西水泥产量", -16.5)}
    # cities listed with no metric of their own: whose figure is not sure
    release = parse_text("software", "2025年1—10月软件业经济运行情况", "2025-11-27T10:00", [
        "1—10月，全国软件业务收入124560亿元，同比增长13.2%。济南、武汉增势较好，同比分别增长17.3%和15.6%。"])
    assert not [o for o in release.named if o.value in (17.3, 15.6)]


def test_places_listed_each_with_the_firms_they_count():
    # real-sized figures: single champions and little giants by province and city
    release = statement_page("制造业单项冠军企业经验交流会在京召开", "2025-11-19T10:00", [
        "截至目前，浙江、山东、江苏、广东累计拥有单项冠军企业分别为319家、244家、237家和198家。"])
    assert [(o.label_zh, o.value) for o in release.named] == [
        ("浙江单项冠军企业", 319.0), ("山东单项冠军企业", 244.0), ("江苏单项冠军企业", 237.0), ("广东单项冠军企业", 198.0)]
    # a list of names that neither measure nor count things: not read as levels
    assert named.listed(["轻工行业", "纺织行业"], [Quantity(28.0, "个", "exact", None)] * 2, "为28个和28个", False) is None


def test_a_plans_years_looked_back_on_date_the_yearly_averages_said_of_them():
    # real figures: Zhejiang in the 14th five-year plan, said in January 2026
    release = statement_page("浙江：工业经济挑大梁作用持续显现", "2026-01-12T10:00", [
        "2025年，全省规上工业增加值同比增长6.9%。回顾“十四五”，全省规上工业增加值年均增长7.1%，制造业投资年均增长11.4%。"])
    averaged = {(o.label_zh, o.period, o.base_period): o.value for o in release.named if o.measure == "avg_yoy_pct"}
    assert averaged == {("浙江规上工业增加值", "2025", "2020"): 7.1, ("浙江制造业投资", "2025", "2020"): 11.4}


def test_a_goal_item_with_no_year_of_its_own_is_due_in_the_year_it_opens_with():
    # real-sized figures: Guangdong's goals for 2026 and 2027, set in January 2026
    release = statement_page("广东2025年工业经济稳中有进", "2026-01-29T10:00", [
        "会议提出，2026年，广东将力争规模以上工业增加值增长4%左右，工业投资增长5%以上；到2027年，先进制造业增加值占规模"
        "以上工业比重达到60%左右。"])
    assert goals(release) == [("广东规模以上工业增加值增长", 4.0, 2026), ("工业投资增长", 5.0, 2026),
                              ("先进制造业增加值占规模以上工业比重", 60.0, 2027)]


def test_where_things_stand_said_inside_a_goals_sentence_is_no_goal():
    release = statement_page("电子信息司负责人答记者问", "2025-09-12T10:00", [
        "我们将推动产业有序转移和集群化发展，同时加快75英寸及以上大屏电视等产品普及，目前国内市场大屏电视渗透率在30%左右，"
        "提升空间较大。"])
    assert not [t for t in release.targets if t.value == 30.0]


def test_places_ranked_take_their_figures_of_what_they_were_ranked_by_and_their_share_together():
    # real-sized figures: the five largest cement producers, January to November 2025
    release = parse_text("raw_materials", "2025年1—11月建材行业运行情况", "2025-12-30T10:00", [
        "1—11月，水泥产量居前5位的省份依次为广东、江苏、山东、安徽、四川，产量分别为11286万吨、10542万吨、10137万吨、"
        "9613万吨和8845万吨，合计占全国水泥产量的32.5%。"])
    assert [(o.label_zh, o.value) for o in release.named] == [
        ("广东水泥产量", 11286.0), ("江苏水泥产量", 10542.0), ("山东水泥产量", 10137.0), ("安徽水泥产量", 9613.0),
        ("四川水泥产量", 8845.0), ("广东江苏山东安徽四川水泥产量合计占全国水泥产量的比重", 32.5)]
    assert not [o for o in release.observations if o.indicator.startswith("industrial_va")]


def test_places_share_together_said_with_no_count_after_them():
    together = register.places_share("合计占全国的28.7%", "新疆、内蒙古电解铝产量分别为650万吨和620万吨,", catalogue.is_place)
    assert (together.places, together.what, together.share.value) == (["新疆", "内蒙古"], "电解铝产量", 28.7)
    assert register.places_share("合计占全国的28.7%", "电解铝、氧化铝产量分别为…,", catalogue.is_place) is None


def test_a_places_industrial_software_is_never_the_nations_software_products():
    # real-sized figures: industrial software by province, January to October 2025
    assert catalogue.resolve("江苏工业软件产品收入") is None
    release = statement_page("工业软件和信息技术应用创新产业发展推进会", "2025-12-09T10:30", [
        "1—10月，软件产品收入27520亿元，同比增长10.6%。其中，江苏、广东工业软件产品收入分别达到512亿元和446亿元，"
        "分别增长10.8%和9.5%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("software_revenue.products", "level"): 27520.0, ("software_revenue.products", "yoy_pct"): 10.6}
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("江苏工业软件产品收入", "level"): 512.0, ("广东工业软件产品收入", "level"): 446.0,
        ("江苏工业软件产品收入", "yoy_pct"): 10.8, ("广东工业软件产品收入", "yoy_pct"): 9.5}


def test_places_growths_listed_after_a_remark_and_their_gaps_to_the_nations_average():
    # real-sized figures: industrial software by province, January to October 2025
    release = statement_page("工业软件和信息技术应用创新产业发展推进会", "2025-12-09T10:30", [
        "1—10月，工业软件产品收入2552亿元，同比增长8.6%。中西部地区增势较好，四川、陕西工业软件产品收入分别增长14.6%和12.9%，"
        "分别高出全国平均水平6.0和4.3个百分点。"])
    assert {(o.label_zh, o.measure): (o.value, o.relative_to) for o in release.named} == {
        ("四川工业软件产品收入", "yoy_pct"): (14.6, None), ("陕西工业软件产品收入", "yoy_pct"): (12.9, None),
        ("四川工业软件产品收入", "pp_gap"): (6.0, "全国"), ("陕西工业软件产品收入", "pp_gap"): (4.3, "全国")}


def test_places_counted_as_a_group_take_the_places_listed_in_the_sentence_before_or_nothing():
    together = register.places_share("五省消费品工业营业收入合计占全国的比重达42.6%",
                                     "分地区看,消费品工业大省支撑作用明显。浙江、广东、江苏、山东、福建五省消费品工业增加值同比分别增长"
                                     "6.2%、4.8%、5.1%、4.3%和3.9%,", catalogue.is_place)
    assert together.places == ["浙江", "广东", "江苏", "山东", "福建"] and together.what == "消费品工业营业收入"
    # a group's contribution with its places said only one by one before: never the last place's
    release = statement_page("运行监测协调局赴湖南、江西开展调研", "2025-11-14T10:00", [
        "前三季度，湖南省规模以上工业增加值增长7.8%。分市州看，长沙规上工业增加值增长9.1%，株洲增长10.2%，两市对全省规上工业"
        "增长的贡献率合计为42.0%。"])
    assert not [o for o in release.named if o.value == 42.0]


def test_a_base_year_said_after_a_plans_review_keeps_the_plans_window_for_the_from_tos_after_it():
    # real figures: the 14th plan looked back on in January 2026
    release = statement_page("2026新型工业化发展论坛在北京开幕", "2026-01-10T10:00", [
        "回顾“十四五”，李乐成用一组数据作了对比：与2020年相比，制造业增加值由26.6万亿元增至34.7万亿元；高技术制造业增加值"
        "占规模以上工业比重由15.1%提高到17.1%。"])
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("industry_va_total.manufacturing", "2020", "level")] == 26.6
    assert got[("industry_va_total.manufacturing", "2025", "level")] == 34.7
    assert got[("industrial_va.high_tech", "2020", "share_pct")] == 15.1
    assert got[("industrial_va.high_tech", "2025", "share_pct")] == 17.1


def test_a_years_flow_from_a_year_said_to_the_plans_last_year_in_a_review_of_the_plan():
    # real figures: NEV sales over the 14th plan, reviewed in January 2026
    release = statement_page("“十四五”工业和信息化发展成就", "2026-01-10T10:00", [
        "会议指出，“十四五”时期，新能源汽车年销量由2020年的136.7万辆跃升至1649万辆，年均增长64.5%。"])
    got = {(o.period, o.measure): (o.value, o.base_period) for o in release.observations if o.indicator == "vehicles.nev_sales"}
    assert got == {("2020", "level"): (136.7, None), ("2025", "level"): (1649.0, None), ("2025", "avg_yoy_pct"): (64.5, "2020")}
    # with no plan reviewed, the flow's year now is not sure: neither level is read
    release = statement_page("座谈会召开", "2026-01-10T10:00", ["新能源汽车年销量由2020年的136.7万辆跃升至1649万辆。"])
    assert not [o for o in release.observations if o.indicator == "vehicles.nev_sales"]


def test_a_prices_rise_in_its_unit_and_its_rate_said_after_it():
    # real-sized figures: copper's spot price, January to October 2025 and October
    release = parse_text("raw_materials", "2025年1—10月有色金属行业运行情况", "2025-12-01T10:00", [
        "1—10月，铜现货均价为79926元/吨，比上年同期上涨4453元/吨，涨幅为5.9%。10月份铜现货均价升至86958元/吨，"
        "环比上涨6102元/吨，涨幅为7.5%。"])
    got = {(o.period, o.measure): o.value for o in release.observations if o.indicator == "price.copper"}
    assert got[("2025-10", "yoy_abs_change")] == 4453.0 and got[("2025-10", "mom_abs_change")] == 6102.0
    assert got[("2025-10", "mom_pct")] == 7.5
    assert [o.period_type for o in release.observations if o.measure == "yoy_pct"] == ["ytd"]


def test_the_year_so_far_is_no_window_of_years():
    # real-sized figures: new materials, January to September 2025
    release = statement_page("新材料产业规模质量同步提升", "2025-10-30T11:20", [
        "今年以来，产业延续较快增长势头，1—9月新材料产业总产值约6.6万亿元，同比增长10.5%。"])
    assert {(o.measure, o.period): o.value for o in release.named} == {("level", "2025-09"): 6.6, ("yoy_pct", "2025-09"): 10.5}
    assert named.over_a_window("“十四五”以来，累计培育") and not named.over_a_window("今年以来，产业延续较快增长势头")


@pytest.mark.parametrize("text, expected", [
    ("全市先进装备制造、新材料两大主导产业增加值", ("全市先进装备制造、新材料增加值", 2)),
    ("光电子信息、汽车制造与服务等5大支柱产业", ("光电子信息、汽车制造与服务", 5)),
    ("汽车、电子两个行业", ("汽车、电子", 2))])
def test_a_group_counted_after_its_members_with_what_kind_of_group(text, expected):
    assert register.without_group_count(text) == expected


def test_members_counted_as_a_group_are_the_lists_own_never_names_said_before_with_no_figure():
    # real-sized figures: Luoyang in the first three quarters of 2025
    release = statement_page("河南前三季度规上工业增加值增长8.2%", "2025-10-30T10:00", [
        "前三季度，洛阳规上工业增加值增长9.3%，宁德时代洛阳基地一期满产、二期部分投运，全市先进装备制造、新材料两大主导产业"
        "增加值分别增长14.2%和10.6%。"])
    assert {(o.label_zh, o.value) for o in release.named} >= {("洛阳先进装备制造增加值", 14.2), ("洛阳新材料增加值", 10.6)}


def test_a_provinces_growing_industries_counted_with_no_whole_and_their_share():
    # real figures: Shandong in the first half of 2025
    release = statement_page("山东：上半年工业经济稳中有进", "2025-07-24T10:00", [
        "上半年，山东全省规上工业增加值同比增长7.7%，全省工业大类行业中有35个实现增长，增长面达到85.4%。"])
    assert {(o.measure, o.value) for o in release.named} == {("count", 35.0), ("level", 85.4)}
    assert register.count("全省工业大类行业中有35个实现增长").whole is None


def test_an_index_said_bare_with_a_list_of_quarters_is_the_index_just_read():
    # real figures: the SME development index in 2025
    release = statement_page("介绍2025年中小企业发展情况", "2026-01-29T10:00", [
        "中国中小企业协会调查显示，2025年四季度中小企业发展指数（SMEDI）为89.3，较三季度上升0.1点；一、二、三季度指数分别"
        "为89.5、89.1和89.2。"])
    assert {(o.period, o.period_type): o.value for o in release.observations
            if o.indicator == "sme_dev_index" and o.measure == "level"} == {
        ("2025-12", "quarter"): 89.3, ("2025-03", "quarter"): 89.5, ("2025-06", "quarter"): 89.1, ("2025-09", "quarter"): 89.2}


def test_a_share_kept_as_printed_takes_its_change_said_of_its_name_later_in_the_sentence():
    # real figures: Guangdong's advanced manufacturing in 2025
    release = statement_page("广东2025年工业经济稳中有进", "2026-01-29T10:00", [
        "2025年，全省先进制造业、高技术制造业增加值占规模以上工业比重分别为57.2%和33.1%，其中先进制造业占比比上年提高0.5个百分点。"])
    moved = [(o.label_zh, o.value, o.period) for o in release.named if o.measure == "pp_change"]
    assert moved == [("广东先进制造业占规模以上工业的比重", 0.5, "2025")]


def test_places_level_together_and_a_flow_is_never_dated_at_a_stocks_date():
    # real figures: steel in 2025 (the output is the year's, the date said before is the plants' count's)
    assert register.places_total("河北、江苏、山东三省粗钢产量合计约3.9亿吨", catalogue.is_place)[0] == "河北江苏山东粗钢产量合计"
    assert register.places_total("河北、江苏、山东三省粗钢产量合计占全国的40%", catalogue.is_place) is None
    release = statement_page("原材料工业稳增长工作成效新闻发布会", "2026-01-23T10:00", [
        "2025年，全国粗钢产量9.61亿吨。截至2025年底，累计有213家钢铁企业完成全流程超低排放改造。分地区看，河北、江苏、"
        "山东三省粗钢产量合计约3.9亿吨，占全国的40%左右。"])
    got = {(o.label_zh, o.period, o.period_type): o.value for o in release.named}
    assert got[("河北江苏山东粗钢产量", "2025", "year")] == 3.9
    assert got[("河北江苏山东粗钢产量占全国的比重", "2025", "year")] == 40.0


def test_the_year_so_far_said_before_a_count_is_no_part_of_its_name_and_a_kind_alone_is_no_name():
    release = statement_page("李乐成出席论坛并作主旨演讲", "2025-11-28T10:00", [
        "李乐成介绍，前三季度，全国规模以上工业增加值同比增长6.2%。今年以来我国已完成航天发射超过70次。人形机器人方面，"
        "国内人形机器人整机企业已超过150家，今年以来发布新产品超过300款。"])
    labels = {o.label_zh: o.value for o in release.named}
    assert labels.get("航天发射") == 70.0
    assert "新产品" not in labels and named.name_of("新产品") is None and named.name_of("工业软件产品") == "工业软件产品"


def test_firms_a_province_drove_to_do_something_are_counted_as_done():
    # real-sized figures: Guangdong's digital transformation over the 14th plan, said in late December 2025
    release = statement_page("“5G+工业互联网”融合应用推进会", "2025-12-29T10:00", [
        "广东省工业和信息化厅介绍，“十四五”以来，全省累计推动3.6万家规上工业企业数字化转型，带动超过110万家中小企业"
        "“上云用云”。"])
    assert {o.label_zh: o.value for o in release.named} == {"广东省工业企业数字化转型": 3.6, "广东省中小企业上云用云": 110.0}
    assert named.under_a_goal("全省累计推动") is False and named.under_a_goal("要推动") is True


@pytest.mark.parametrize("clause, names", [
    ("仅西藏、宁夏水泥产量同比增长", "西藏、宁夏水泥产量"), ("济南、武汉增势较好", "济南、武汉"), ("西藏水泥产量同比增长4.8%", None)])
def test_names_listed_with_how_they_fared_and_no_figure(clause, names):
    found = register.LISTED_BARE.fullmatch(clause)
    assert (found["names"] if found and not re.search(r"\d", clause) else None) == names


def test_a_growth_view_opens_the_growths_of_those_listed_before():
    assert register.GROWTH_VIEW.match("从增速看，中部、西部地区同比分别增长1.6%和1.3%")
    assert not register.GROWTH_VIEW.match("从地区看，东部地区…")


def test_a_stock_said_as_already_reached_in_an_undated_paragraph_is_as_of_the_day():
    release = statement_page("2025智能制造与产业创新发展论坛举办", "2025-12-12T10:00", [
        "2024年，我国人工智能核心产业规模接近9000亿元。",
        "作为东道主，深圳市人工智能企业已超过2800家，是全国人工智能创新应用先导区之一。"])
    # (never the year the paragraph before spoke of)
    assert [(o.label_zh, o.value, o.measure, o.period) for o in release.named if o.value == 2800.0] == [
        ("深圳市人工智能企业", 2800.0, "count", "2025-12")]


def test_the_spans_a_from_to_names_its_ends_by_are_not_the_span_in_force_after_it():
    # real figures: cement in 2025
    release = statement_page("2025年原材料工业运行情况", "2026-02-10T10:00", [
        "建材行业受房地产投资调整影响较大。全年水泥产量16.93亿吨，同比下降6.9%。分季度看，水泥平均价格从一季度的"
        "397元/吨回落至三季度的344元/吨。分省份看，西藏、宁夏水泥产量分别增长12.21%和1.76%。"])
    assert {(o.label_zh, o.period) for o in release.named if o.value in (12.21, 1.76)} == {
        ("西藏水泥产量", "2025"), ("宁夏水泥产量", "2025")}


def test_parts_after_a_whole_measured_by_a_finance_metric_are_measured_by_it_too():
    release = parse_text("consumer_goods", "2025年1—10月消费品工业运行情况", "2025-11-28T10:00", [
        "1—10月，消费品工业增加值同比增长4.5%。其中，轻工（不含食品）、纺织、食品和医药行业分别增长5.8%、1.9%、5.1%和1.6%。",
        "1—10月，消费品工业出口交货值同比下降0.8%。其中，轻工（不含食品）、纺织、食品和医药行业同比分别增长-1.4%、-3.6%、"
        "2.1%和1.8%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert {k: v for k, v in got.items() if k[0].startswith("miit_export_delivery.")} == {
        ("miit_export_delivery.consumer_goods", "yoy_pct"): -0.8,
        ("miit_export_delivery.light_ex_food", "yoy_pct"): -1.4, ("miit_export_delivery.textiles", "yoy_pct"): -3.6,
        ("miit_export_delivery.food", "yoy_pct"): 2.1, ("miit_export_delivery.medicine", "yoy_pct"): 1.8}
    assert got[("miit_va.textiles", "yoy_pct")] == 1.9 and not release.conflicts
    # a part whose metric no series keeps: no figure of that list, never its value added nor a bare name
    tobacco = parse_text("consumer_goods", "2025年1—10月消费品工业运行情况", "2025-11-28T10:00", [
        "1—10月，消费品工业出口交货值同比下降0.8%。其中，纺织和烟草行业同比分别增长-3.6%和1.8%。"])
    assert [(o.indicator, o.value) for o in tobacco.observations + tobacco.named] == [
        ("miit_export_delivery.consumer_goods", -0.8)]


def test_a_bare_flow_after_a_clause_remarking_on_a_name_is_that_names():
    # real figures: Chinese-brand passenger cars in 2025
    release = parse_text("equipment", "2025年汽车工业经济运行情况", "2026-01-20T10:00", [
        "全年乘用车产销分别完成3027.5万辆和3010.3万辆，同比分别增长10.2%和9.2%。中国品牌乘用车优势进一步巩固，全年共销售"
        "2092.2万辆，同比增长16.4%，市场份额达到69.5%，较上年提升4.3个百分点。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got == {
        ("vehicles.passenger_production", "level"): 3027.5, ("vehicles.passenger_sales", "level"): 3010.3,
        ("vehicles.passenger_production", "yoy_pct"): 10.2, ("vehicles.passenger_sales", "yoy_pct"): 9.2,
        ("vehicles.chinese_brand_sales", "level"): 2092.2, ("vehicles.chinese_brand_sales", "yoy_pct"): 16.4,
        ("vehicles.chinese_brand_share", "level"): 69.5, ("vehicles.chinese_brand_share", "pp_change"): 4.3}
    assert not release.conflicts
    # a remark naming no series with the metric leaves the one in force: steel billets' exports after steel's
    steel = parse_text("raw_materials", "2025年钢铁行业运行情况", "2026-02-06T10:00", [
        "2025年，全国出口钢材11902万吨，同比增长7.5%。受海外需求影响，钢坯出口快速增长，全年出口1296万吨，同比增长1.3倍。"])
    assert {(o.indicator, o.measure): o.value for o in steel.observations} == {
        ("customs_export.steel_products", "level"): 11902.0, ("customs_export.steel_products", "yoy_pct"): 7.5,
        ("customs_export.billets", "level"): 1296.0, ("customs_export.billets", "yoy_pct"): 130.0}


def test_a_size_passed_between_a_level_and_its_growth_and_a_growths_change_against_two_spans():
    # real figures: software revenue in 2025 (the milestone is no figure; the growth after it is the revenue's)
    release = parse_text("software", "2025年软件业经济运行情况", "2026-01-27T10:00", [
        "2025年，我国软件业务收入155028亿元，规模首次突破15万亿元，同比增长12.9%，增速较上年提高2.9个百分点，"
        "较1—11月回落0.2个百分点。"])
    assert figures(release) == {
        ("software_revenue", "2025", "year", "level"): 155028.0, ("software_revenue", "2025", "year", "yoy_pct"): 12.9,
        ("software_revenue", "2025", "year", "growth_pp_change", "2024/year"): 2.9,
        ("software_revenue", "2025", "year", "growth_pp_change", "2025-11/ytd"): -0.2}


def test_a_span_said_of_this_year_after_an_earlier_years_date_is_this_years():
    # real figures: new-energy vehicles, January to August 2025, after the stock at the end of 2024
    release = statement_page("工业和信息化部举行新闻发布会", "2025-09-18T10:00", [
        "截至2024年底，全国新能源汽车保有量达3140万辆，动力电池退役规模快速增长；今年1—8月，新能源汽车产销分别完成962.5万辆"
        "和962万辆，同比分别增长37.3%和36.7%。"])
    got = {(o.indicator, o.measure): (o.value, o.period) for o in release.observations if o.indicator.startswith("vehicles.nev_")}
    assert got == {("vehicles.nev_stock", "level"): (3140.0, "2024-12"),
                   ("vehicles.nev_production", "level"): (962.5, "2025-08"), ("vehicles.nev_sales", "level"): (962.0, "2025-08"),
                   ("vehicles.nev_production", "yoy_pct"): (37.3, "2025-08"), ("vehicles.nev_sales", "yoy_pct"): (36.7, "2025-08")}


@pytest.mark.parametrize("said, period", [
    ("网络基础持续夯实，全国已部署5G行业虚拟专网6.4万个。", "2025-09"),     # reached: as of the day
    ("网络基础持续夯实，全国部署5G行业虚拟专网6.4万个。", "2024-12"),       # the year said before, at its end
])
def test_a_stock_said_as_reached_after_a_sentence_on_an_earlier_year_is_as_of_the_day(said, period):
    release = statement_page("工业和信息化部举行新闻发布会", "2025-09-26T15:00", [
        "2024年，工业互联网核心产业增加值达到1.53万亿元，较2023年增长10.0%。" + said])
    assert [(o.value, o.period) for o in release.observations if o.indicator == "g5_virtual_networks"] == [(6.4, period)]


def test_a_flow_counted_up_to_a_months_end_said_is_the_years_flow_so_far():
    # real figures: car trade-in applications up to the end of November 2025 (never the whole year, still running)
    release = statement_page("11月新能源汽车新车销量占比达53.2%", "2025-12-15T10:00", [
        "今年国家安排超长期特别国债资金3000亿元支持消费品以旧换新。截至11月底，全国汽车以旧换新补贴申请量超过1100万份，"
        "其中报废更新约470万份、置换更新约630万份。"])
    assert {(o.indicator, o.period, o.period_type): o.value for o in release.observations if o.indicator.startswith("trade_in.car")} == {
        ("trade_in.car_applications", "2025-11", "ytd"): 1100.0, ("trade_in.car_scrappage", "2025-11", "ytd"): 470.0,
        ("trade_in.car_replacement", "2025-11", "ytd"): 630.0}


def test_what_a_place_has_now_is_as_of_the_day_not_the_date_said_before():
    release = statement_page("山东：前三季度工业经济稳中有进", "2025-10-24T10:00", [
        "截至9月底，全省累计建成基础级智能工厂4700余家。全省现有国家级先进制造业集群7个。"])
    assert {(o.value, o.period) for o in release.named} == {(4700.0, "2025-09"), (7.0, "2025-10")}


def test_last_year_looked_back_on_is_that_years_never_the_span_said_before():
    # real figures: integrated circuits, January to September 2025 and the whole of 2024
    release = statement_page("电子信息制造业重点行业运行分析会在京召开", "2025-11-07T10:00", [
        "前三季度，全国集成电路产量3593亿块，同比增长8.9%。回顾去年，全国集成电路产量4514亿块，同比增长22.2%。"])
    assert figures(release) == {
        ("output.integrated_circuits", "2025-09", "ytd", "level"): 3593.0,
        ("output.integrated_circuits", "2025-09", "ytd", "yoy_pct"): 8.9,
        ("output.integrated_circuits", "2024", "year", "level"): 4514.0,
        ("output.integrated_circuits", "2024", "year", "yoy_pct"): 22.2}


def test_an_effect_stated_in_the_year_running_with_no_span_is_as_of_the_day():
    # real figures: the leading smart factories' effects, stated in September 2025
    release = statement_page("工业和信息化部举行新闻发布会", "2025-09-26T15:00", [
        "截至今年2月，全国已建成230余家卓越级智能工厂。据测算，卓越级智能工厂产品研发周期平均缩短28.4%，生产效率平均提升22.3%。"])
    assert {(o.label_zh, o.measure, o.period): o.value for o in release.named if o.measure == "cum_pct"} == {
        ("卓越级智能工厂产品研发周期", "cum_pct", "2025-09"): -28.4, ("生产效率", "cum_pct", "2025-09"): 22.3}


def test_a_places_figures_then_their_shares_of_the_nation_said_with_the_whole_first():
    # real figures: Anhui's car output in 2025
    release = statement_page("工业和信息化部举行新闻发布会", "2026-01-29T10:00", [
        "2025年，全国汽车产量3453.1万辆。分地区看，安徽汽车产量368.65万辆、新能源汽车产量179.41万辆，占全国的比重分别为10.68%"
        "和10.79%，均居全国首位。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations if o.indicator.endswith(".anhui")}
    assert got == {("vehicles.production.anhui", "level"): 368.65, ("vehicles.nev_production.anhui", "level"): 179.41,
                   ("vehicles.production.anhui", "share_pct"): 10.68, ("vehicles.nev_production.anhui", "share_pct"): 10.79}


def test_the_place_of_a_cited_source_and_a_share_of_exports_said_of_a_bare_name():
    # real figures: Chongqing's car output, January to November 2025
    release = statement_page("重庆汽车和电子信息两大支柱产业提质增量", "2025-12-19T10:00", [
        "据重庆市经济信息委统计，1—11月，全市汽车产量249.81万辆，同比增长12.1%，占全国汽车产量的8.0%。其中，新能源汽车产量"
        "115.3万辆，同比增长38.6%。1—11月全市出口汽车58.7万辆，同比增长21.4%，其中新能源汽车占出口总量的38.5%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("vehicles.production.chongqing", "level")] == 249.81 and got[("vehicles.nev_production.chongqing", "level")] == 115.3
    assert not [o for o in release.named if o.label_zh.startswith("据")]
    # (no series of the city's new-energy exports: not stored, never a share of its output)
    assert ("vehicles.nev_production.chongqing", "share_pct") not in got


def test_an_amount_held_said_as_reached_after_a_year_long_said_is_as_of_the_day():
    release = statement_page("电子信息制造业重点行业运行分析会在京召开", "2025-11-07T10:00", [
        "2024年，全国多晶硅产量182万吨，同比增长23.6%。但受阶段性供需失衡影响，多晶硅名义产能已超过330万吨。"])
    assert [(o.label_zh, o.value, o.period) for o in release.named] == [("多晶硅名义产能", 330.0, "2025-11")]


def test_the_openings_of_a_clause_remarking_on_a_name_before_a_bare_flow():
    assert register.remark_openings(fold("中国品牌乘用车优势进一步巩固，全年"))[:2] == ["中国品牌乘用车优势进一步", "中国品牌乘用车优势进一"]
    assert register.remark_openings(fold("中国品牌乘用车优势进一步巩固"))[-1] == "中国品牌"
    assert register.remark_openings(fold("汽车产量3453.1万辆，同比增长10.4%，")) == []     # a figure: no remark
    assert register.remark_openings(fold("其中，")) == []
    assert register.BARE_FLOW.fullmatch("共销售")["metric"] == "销售" and not register.BARE_FLOW.fullmatch("汽车销量")
    # real figures: textile and apparel exports in 2025
    release = statement_page("工业和信息化部新闻发布会介绍消费品工业“三品”行动", "2026-02-05T10:00", [
        "出口方面，纺织服装行业顶住外部压力，全年出口额2938.1亿美元，同比下降2.4%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("customs_export.textiles_apparel", "level"): 2938.1, ("customs_export.textiles_apparel", "yoy_pct"): -2.4}


def test_a_change_naming_no_rate_right_after_a_falls_change_is_of_the_fall_too():
    after = register.span_change(fold("较1—9月扩大0.3个百分点"))
    assert after.values == (0.3,)
    assert register.fall_changed_again(after, "降幅").values == (-0.3,)       # the fall widened: the growth fell
    assert register.fall_changed_again(after, "增速") == after
    text = "2025年，规模以上建材工业增加值同比下降0.4%，降幅较上年收窄1.6个百分点，较1—9月扩大0.3个百分点。"
    for release in (parse_text("raw_materials", "2025年建材行业运行情况", "2026-02-10T10:00", [text]),
                    statement_page("2025年建材行业运行情况", "2026-02-10T10:00", [text])):
        assert figures(release) == {
            ("miit_va.building_materials", "2025", "year", "yoy_pct"): -0.4,
            ("miit_va.building_materials", "2025", "year", "growth_pp_change", "2024/year"): 1.6,
            ("miit_va.building_materials", "2025", "year", "growth_pp_change", "2025-09/ytd"): -0.3}
    # (a rate's change said later, after other figures, is its own: never the fall's)
    later = parse_text("raw_materials", "2025年1—11月石化化工行业运行情况", "2025-12-30T10:00", [
        "1—11月，石化化工行业利润总额同比下降6.2%，降幅较1—10月收窄0.5个百分点；营业收入利润率为4.7%，比上年同期下降0.3个百分点。"])
    assert figures(later)[("miit_margin.petrochem", "2025-11", "ytd", "pp_change")] == -0.3


def test_a_growth_said_of_no_name_is_never_a_named_level():
    # real figures: equipment purchases' investment, January to August 2025
    release = statement_page("工业领域设备更新和技术改造取得积极成效", "2025-10-28T10:00", [
        "1—8月，设备工器具购置投资同比增长13.6%，增速虽较1—7月（15.2%）有所回落，但仍保持两位数增长。12月份当月增速回升至5.2%。"])
    assert not [o for o in release.named if re.match(r"增速|增幅", o.label_zh)]


def test_a_level_moved_to_and_the_conjunctions_and_adverbs_around_a_name_are_no_part_of_it():
    # real figures: Chongqing's car output in 2019 and 2024
    release = statement_page("重庆汽车和电子信息两大支柱产业提质增量", "2025-12-19T10:00", [
        "回顾来看，受产品结构单一等因素影响，全市汽车产量2019年一度下滑至138.3万辆。近年来，重庆加快转型，"
        "2024年全市汽车产量回升至254.1万辆。"])
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("vehicles.production.chongqing", "2019"): 138.3, ("vehicles.production.chongqing", "2024"): 254.1}
    glass = statement_page("2025年建材行业运行情况", "2026-02-10T10:00", [
        "全年光伏压延玻璃产量2480万吨，同比下降5.6%，但企业亏损面仍超过60%。"])
    assert [o.label_zh for o in glass.named if o.value == 60.0] == ["企业亏损面"]


def test_a_share_held_above_a_line_is_read_over_it():
    # real figures: textile exports' share of the world's
    release = statement_page("增品种提品质创品牌 优质消费品供给持续扩大", "2025-12-20T10:00", [
        "2025年，纺织产品出口额占全球的比重继续保持在30%以上。"])
    assert [(o.label_zh, o.value, o.qualifier, o.measure) for o in release.named] == [
        ("纺织产品出口额占全球的比重", 30.0, "over", "share_pct")]


def test_two_figures_of_a_name_of_two_parts_are_never_the_whole_names():
    # real figures: telecom voice revenue, January to October 2025 (no series of each part: nothing, never the total)
    release = parse_text("telecom", "2025年1—10月份通信业经济运行情况", "2025-11-21T10:00", [
        "1—10月份，电信业务收入累计完成14670亿元，同比增长0.9%。完成固定语音和移动语音业务收入118亿元和821亿元，"
        "同比分别下降6.9%和5.4%。"])
    assert [o.value for o in release.observations if o.measure == "level"] == [14670.0]


def test_a_net_change_on_a_months_end_named_by_its_number():
    moved = register.ABS_MOM.fullmatch(fold("较9月末净增5.3万个"))
    assert (moved["month"], moved["verb"], moved["num"]) == ("9", "净增", "5.3")
    assert register.change_sign("净增") == 1 and register.change_sign("净减") == -1
    # real figures: 5G base stations at the end of October 2025
    release = parse_text("telecom", "2025年1—10月份通信业经济运行情况", "2025-11-21T10:00", [
        "截至10月末，5G基站总数达475.8万个，比上年末净增50.7万个，较9月末净增5.3万个，占移动基站总数的36.9%。"])
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("telecom.bs_5g", "abs_change")] == 50.7 and got[("telecom.bs_5g", "mom_abs_change")] == 5.3
    assert got[("telecom.bs_5g", "share_pct")] == 36.9


def test_a_paragraph_opened_looking_back_on_a_year_is_all_that_years():
    # real figures: industrial robots in 2024
    release = statement_page("工业和信息化部举行新闻发布会 介绍机器人产业发展情况", "2025-12-10T10:00", [
        "回顾2024年，工业机器人产量55.6万套。自主品牌工业机器人国内市场占有率达到58.5%，首次过半。应用方面，自主品牌工业机器人"
        "已覆盖71个行业大类。",
        "目前，我国人形机器人整机企业已超过140家。"])
    periods = {o.value: o.period for o in release.observations + release.named}
    assert (periods[55.6], periods[58.5], periods[71.0]) == ("2024", "2024", "2024-12")
    assert periods[140.0] == "2025-12"      # the next paragraph speaks of the day


def test_an_official_praising_a_places_progress_makes_the_figures_after_the_places():
    # real figures: Hubei in 2025, told by the minister meeting its governor
    release = statement_page("李乐成会见湖北省省长李殿勋", "2026-02-10T18:05", [
        "2月10日，工业和信息化部部长李乐成在北京会见湖北省省长李殿勋一行。",
        "李乐成对湖北工业和信息化发展取得的成绩给予肯定。他说，2025年湖北工业顶压前行，全年规上工业增加值增长6.9%，"
        "增速高于全国1个百分点。产业结构加快向新向优，高技术制造业增加值增长15.5%。",
        "李乐成表示，湖北统筹推进新型基础设施建设，截至2025年底累计建成5G基站18.8万个。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("industrial_va.hubei", "yoy_pct"): 6.9, ("industrial_va.hubei", "pp_gap"): 1.0,
        ("industrial_va.high_tech.hubei", "yoy_pct"): 15.5}
    assert [(o.label_zh, o.value) for o in release.named] == [("湖北5G基站", 18.8)]    # never the nation's


def test_a_province_said_of_a_clause_and_the_province_a_sentence_before_spoke_of():
    # real figures: Shaanxi and Yunnan, January to October 2025
    release = statement_page("运行监测协调局赴西部五省（市）调研工业经济运行", "2025-11-14T16:00", [
        "能源化工仍是陕西工业的“压舱石”，1—10月原油、天然气产量分别增长1.2%和4.6%，能源化工产业增加值增长5.8%。",
        "截至10月底，云南电解铝建成产能约650万吨；1—10月电解铝产量509.6万吨，同比增长11.2%。绿色铝、硅光伏、新能源电池三个行业"
        "增加值分别增长10.4%、4.9%和73.8%，合计对全省规上工业增长的贡献率为29.1%。"])
    places = {o.value: (o.label_zh[:2], o.dimension) for o in release.named + release.observations
              if o.value in (1.2, 4.6, 5.8, 10.4, 4.9, 73.8)}
    assert places == {1.2: ("陕西", "region"), 4.6: ("陕西", "region"), 5.8: ("陕西", "region"),
                      10.4: ("云南", "region"), 4.9: ("云南", "region"), 73.8: ("云南", "region")}
    # (the three together: never the last one's contribution)
    assert not [o for o in release.named if o.value == 29.1]


def test_an_earlier_spans_value_said_aside_leaves_the_span_in_force_after_it():
    # real figures: Henan's new-energy vehicles, January to September 2025
    release = statement_page("河南前三季度规上工业增加值增长8.1%", "2025-10-29T10:00", [
        "前三季度，全省新能源汽车产业增加值增长41.2%；新能源汽车产量52.6万辆（上半年为33.31万辆），同比增长31.2%，"
        "约占全国新能源汽车产量的4.7%。"])
    periods = {o.value: o.period for o in release.observations + release.named}
    assert (periods[52.6], periods[33.31], periods[31.2], periods[4.7]) == ("2025-09", "2025-06", "2025-09", "2025-09")


def test_cities_counted_as_a_group_and_their_share_of_their_province_together():
    assert register.without_group_count(fold("深圳、广州两市新能源汽车产量")) == ("深圳、广州新能源汽车产量", 2)
    assert register.without_group_count(fold("全市场")) is None
    # real figures: Shenzhen's and Guangzhou's new-energy vehicles, January to September 2025
    release = statement_page("广东前三季度工业经济稳中有进", "2025-11-04T10:00", [
        "前三季度，深圳、广州两市新能源汽车产量分别为52.4万辆和31.7万辆，合计占全省的85.3%。"])
    assert sorted(o.label_zh for o in release.named) == [
        "广州新能源汽车产量", "深圳广州两市新能源汽车产量合计占全省的比重", "深圳新能源汽车产量"]


def test_regions_with_their_metric_said_after_the_distributor():
    assert register.distributed_parts(fold("东部、中部、西部和东北地区分别完成电信业务收入8790亿元、3515亿元"))[0] \
        == "东部、中部、西部和东北地区电信业务收入"
    # real figures: telecom revenue by region in 2025
    release = parse_text("telecom", "2025年通信业统计公报", "2026-01-28T10:00", [
        "2025年，东部、中部、西部和东北地区分别完成电信业务收入8790亿元、3515亿元、4320亿元和875亿元，同比分别增长0.5%、"
        "1.2%、1.0%和下降0.6%。"])
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("telecom.revenue.east", "level"): 8790.0, ("telecom.revenue.central", "level"): 3515.0,
        ("telecom.revenue.west", "level"): 4320.0, ("telecom.revenue.northeast", "level"): 875.0,
        ("telecom.revenue.east", "yoy_pct"): 0.5, ("telecom.revenue.central", "yoy_pct"): 1.2,
        ("telecom.revenue.west", "yoy_pct"): 1.0, ("telecom.revenue.northeast", "yoy_pct"): -0.6}


def test_each_products_daily_output_said_bare_after_its_output():
    # real figures: steel in October 2025
    release = parse_text("raw_materials", "2025年1—10月钢铁行业运行情况", "2025-11-27T10:00", [
        "10月，全国粗钢产量7200万吨，同比下降12.1%，日均产量232.3万吨；生铁产量6194万吨，同比下降7.7%，日均产量199.8万吨；"
        "钢材产量11653万吨，同比下降2.8%，日均产量375.9万吨。"])
    daily = {o.indicator: o.value for o in release.observations if o.indicator.startswith("steel.daily_")}
    assert daily == {"steel.daily_crude_steel": 232.3, "steel.daily_pig_iron": 199.8, "steel.daily_steel_products": 375.9}
    assert not release.conflicts


def test_a_figure_of_its_own_name_said_aside_is_never_the_clauses():
    # real figures: Guangdong, January to September 2025; gigabit broadband at the end of June 2025
    release = statement_page("广东前三季度工业经济稳中有进", "2025-11-04T10:00", [
        "前三季度，全省集成电路、智能手机产量分别增长18.5%和4.2%（1—8月智能手机产量下降0.6%）。"])
    assert sorted((o.label_zh, o.value) for o in release.named) == [("广东智能手机产量", 4.2), ("广东集成电路产量", 18.5)]
    broadband = statement_page("国新办举行新闻发布会", "2025-07-18T10:00", [
        "截至6月底，5G移动电话用户达11.18亿户；千兆宽带用户达到2.26亿户（具备千兆网络服务能力的端口数达3022万个）。"])
    assert {(o.indicator, o.value) for o in broadband.observations} >= {("telecom.broadband_gigabit", 2.26)}


def test_data_said_in_zettabytes_is_read_in_its_unit():
    # real figures: the nation's data output and storage in 2024
    release = statement_page("“2025中国算力大会”新闻发布会", "2025-08-14T10:00", [
        "2024年全国数据生产总量达到41.06泽字节，同比增长25%；全国数据存储总量为2.09泽字节，同比增长20.81%。"])
    assert sorted((o.label_zh, o.value, o.unit, o.measure) for o in release.named if o.unit == "泽字节") == [
        ("数据存储总量", 2.09, "泽字节", "level"), ("数据生产总量", 41.06, "泽字节", "level")]


def test_places_counted_as_places_and_a_flows_share_over_the_year():
    assert register.without_group_count(fold("厦门、龙岩、三明三地稀土产业营业收入")) == ("厦门、龙岩、三明稀土产业营业收入", 3)
    assert register.without_group_count(fold("全省各地")) is None
    # real figures: chemical parks' share of the industry's revenue in 2025 (a flow's share: the year's, never a date's)
    release = statement_page("2025年石化化工行业运行总体平稳", "2026-01-20T10:00", [
        "截至2025年底，全国共认定化工园区627家，化工园区营业收入占全行业的比重提高到65.3%。"])
    assert [(o.value, o.period) for o in release.named if o.value == 65.3] == [(65.3, "2025")]


def test_places_share_together_over_the_span_the_page_names():
    # real figures: Guangdong's cities, January to September 2025 (the span said in the paragraph before only)
    release = statement_page("广东前三季度工业经济稳中有进", "2025-11-04T10:00", [
        "前三季度，全省规模以上工业增加值同比增长4.0%。",
        "珠三角地区引领作用突出。分地市看，深圳、广州、佛山、东莞规上工业增加值分别增长5.0%、1.4%、3.2%和5.6%，"
        "四市规上工业增加值合计占全省的63.5%。"])
    shares = [(o.label_zh, o.value, o.period) for o in release.named if o.measure == "share_pct"]
    assert shares == [("深圳广州佛山东莞规上工业增加值合计占全省的比重", 63.5, "2025-09")]
    # a share said alone in such a paragraph may be a structure held now: as the day's, never the span's
    alone = statement_page("山东前三季度工业经济稳健向好", "2025-10-28T10:00", [
        "前三季度，全省规模以上工业增加值同比增长7.8%。",
        "化工产业加快转型，全省累计认定化工园区84家，化工园区产值占全行业的比重达到80%左右。"])
    assert [o.period for o in alone.named if o.value == 80.0] == ["2025-10"]


def test_a_count_of_new_ones_under_a_years_end_is_the_years():
    # real figures: Hubei's SMEs in 2025
    release = statement_page("湖北工业经济稳中向好", "2026-01-30T10:00", [
        "截至2025年底，湖北累计建成5G基站18.8万个；全年新增创新型中小企业3023家，总量达到13314家。"])
    periods = {(o.value, o.period) for o in release.named}
    assert {(3023.0, "2025")} <= periods and (3023.0, "2025-12") not in periods


def test_a_clauses_own_year_said_in_brackets_after_its_figure():
    # real figures: light industry's share of industry (2024) and its value added in 2025
    release = statement_page("工业和信息化部举行新闻发布会 介绍2025年消费品工业发展情况", "2026-02-05T10:00", [
        "2025年，规模以上轻工业增加值同比增长5.5%。轻工业增加值约占全部工业的15.4%（2024年数据），稳住轻工业对工业稳增长"
        "至关重要。"])
    assert sorted((o.value, o.measure, o.period) for o in release.observations if o.indicator == "miit_va.light") == [
        (5.5, "yoy_pct", "2025"), (15.4, "share_pct", "2024")]


def test_the_province_of_a_city_said_before_and_the_nation_again():
    assert register.growth_remarked(fold("今年1—8月,全省工程机械出口继续保持两位数增长,")) == "全省工程机械出口"
    assert register.growth_remarked(fold("出口额达到290.6亿元,")) is None
    # real figures: Changsha's construction machinery in 2024, Hunan's exports and the nation's excavators in 2025
    release = statement_page("运行监测协调局赴山东、湖南调研重点行业运行情况", "2025-10-22T10:00", [
        "在湖南，调研组实地察看了工程机械企业的智能化生产线。2024年长沙工程机械出口额达到290.6亿元，同比增长22.9%；"
        "今年1—8月，全省工程机械出口继续保持两位数增长，增速为15.7%。从全国看，1—9月挖掘机销量超过17万台，同比增长18.1%。"])
    named = {(o.label_zh, o.value) for o in release.named}
    assert ("湖南省工程机械出口", 15.7) in named and not [n for n in named if n[1] in (15.7, 17.0, 18.1) and "长沙" in n[0]]
    excavators = {(o.indicator, o.value) for o in release.observations if o.value in (17.0, 18.1)}
    assert excavators == {("machinery_sales.excavators", 17.0), ("machinery_sales.excavators", 18.1)}


def test_a_windows_start_year_is_never_the_year_in_force():
    # real figures: 5G factories listed 2023-2025 and who built them
    release = statement_page("工业互联网创新发展取得积极进展", "2025-11-12T10:00", [
        "2025年5G工厂名录共收录48个行业的560个项目。自2023年起连续三年发布名录以来，累计收录已建成5G工厂1260个。"
        "从建设主体看，民营企业占比达59%，国有企业（央企）占比为15%。"])
    assert not [o for o in release.named + release.observations if o.period.startswith("2023")]


def test_places_level_together_in_a_report_and_their_share_after_it():
    assert register.places_total(fold("其中广东、浙江、江苏三省乙烯产量合计1205万吨"), catalogue.is_place)[0] == "广东浙江江苏乙烯产量合计"
    # real figures: primary aluminium, January to October 2025
    release = parse_text("raw_materials", "2025年1—10月有色金属行业运行情况", "2025-11-28T10:00", [
        "1—10月，原铝产量3760万吨，同比增长2.3%；云南、内蒙古、新疆三省（区）原铝产量合计1581万吨，占全国的42.1%。"])
    assert sorted((o.label_zh, o.value) for o in release.named) == [
        ("云南内蒙古新疆原铝产量", 1581.0), ("云南内蒙古新疆原铝产量占全国的比重", 42.1)]


def test_a_report_looking_back_to_a_year_mid_paragraph():
    # real figures: textile and garment exports, January to October 2025 and the year 2024
    release = parse_text("consumer_goods", "2025年1—10月纺织工业运行情况", "2025-12-02T10:00", [
        "据海关总署数据，1—10月，我国纺织品服装累计出口2439.4亿美元，同比下降1.6%。对东盟出口同比增长4.7%。"
        "回顾2024年，全国纺织品服装出口3011亿美元，同比增长2.8%。"])
    exports = sorted((o.period, o.measure, o.value) for o in release.observations
                     if o.indicator == "customs_export.textiles_apparel")
    assert exports == [("2024", "level", 3011.0), ("2024", "yoy_pct", 2.8),
                       ("2025-10", "level", 2439.4), ("2025-10", "yoy_pct", -1.6)]
    assert not release.conflicts


def test_examples_of_a_kind_that_names_nothing_and_about_said_before_the_verb():
    assert named.name_of("建材新材料和非金属矿等行业增加值") == "建材新材料和非金属矿等行业增加值"
    assert named.name_of("废塑料等主要再生资源利用量") == "主要再生资源利用量"
    # real figures: building materials, January to September 2025
    release = parse_text("raw_materials", "2025年1—9月建材行业运行情况", "2025-10-30T10:00", [
        "1—9月，建材新材料和非金属矿等行业增加值同比增长7.6%。水泥熟料产能利用率约为52%。"])
    assert sorted((o.label_zh, o.value, o.qualifier) for o in release.named) == [
        ("建材新材料和非金属矿等行业增加值", 7.6, "exact"), ("水泥熟料产能利用率", 52.0, "about")]


def test_a_year_expected_in_passing_leaves_the_year_in_force():
    # real figures: Shandong's chemical industry in 2024
    release = statement_page("运行监测协调局赴山东调研重点行业运行情况", "2025-10-22T10:00", [
        "座谈会上，山东省工业和信息化厅介绍，2024年全省化工相关产业实现营业收入约2.9万亿元；高端化工营收占比达到52%，"
        "预计今年将超过53%。原油加工量约2.1亿吨，烧碱产量1060万吨。"])
    outputs = {(o.label_zh, o.value, o.period) for o in release.named}
    assert {("山东省原油加工量", 2.1, "2024"), ("山东省烧碱产量", 1060.0, "2024")} <= outputs


def test_names_remarked_to_grow_then_their_growths_distributed():
    # real figures: Zhejiang, January to October 2025
    release = statement_page("浙江1—10月规上工业增加值增长7.0%", "2025-11-21T10:00", [
        "1—10月，全省规模以上工业增加值同比增长7.0%。集成电路、工业机器人、新能源汽车等产品产量保持较快增长，"
        "分别增长23.5%、32.8%和21.4%。"])
    read = {(o.label_zh, o.value) for o in release.named} | {(o.indicator, o.value) for o in release.observations}
    assert {("浙江集成电路产量", 23.5), ("浙江工业机器人产量", 32.8), ("vehicles.nev_production.zhejiang", 21.4)} <= read
    # a remark that is no growth keeps the names apart from the figures after it
    remark = statement_page("2025年石化化工行业运行情况", "2026-01-20T10:00", [
        "2025年，石化化工、建材行业仍处于调整期，利润分别下降5.2%和3.1%。"])
    assert not [o for o in remark.named if o.value in (-5.2, -3.1)]


def test_places_growths_with_no_metric_are_of_the_paragraphs_places_metric():
    # real figures: Guangdong's cities, January to September 2025
    release = statement_page("广东前三季度工业经济稳中有进", "2025-11-04T10:00", [
        "前三季度，深圳、广州规上工业增加值分别增长5.0%和1.4%。其中，深圳增速比上半年加快0.7个百分点；"
        "惠州、江门分别增长8.9%和6.1%，增速居全省前列。"])
    growths = {(o.label_zh, o.value) for o in release.named if o.measure == "yoy_pct"}
    assert {("惠州规上工业增加值", 8.9), ("江门规上工业增加值", 6.1)} <= growths
    assert not [name for name, _ in growths if name in ("惠州", "江门")]


def test_a_count_held_now_in_a_report_is_the_days():
    assert named.name_of("人形机器人整机生产企业已") == "人形机器人整机生产企业"
    # real figures: building materials to September 2025, certified green building-materials firms
    release = parse_text("raw_materials", "2025年1—9月建材行业运行情况", "2025-10-30T10:00", [
        "1—9月，水泥产量12.53亿吨，同比下降5.2%。目前，全国获得绿色建材产品认证的企业超过6000家。"])
    assert [(o.label_zh, o.period, o.period_type) for o in release.named if o.value == 6000.0] == [
        ("获得绿色建材产品认证的企业", "2025-10", "month")]


def test_a_record_since_a_year_is_no_window():
    assert named.over_a_window("全年水泥产量16.93亿吨,为2010年以来最低水平") is False
    assert named.over_a_window("2021年以来累计培育绿色工厂6430家") is True
    # real figures: cement in 2025
    release = statement_page("工业和信息化部新闻发布会介绍2025年原材料工业运行情况", "2026-02-12T10:00", [
        "2025年，建材行业承压运行。全年水泥产量16.93亿吨，同比下降6.9%，为2010年以来最低水平，水泥熟料产能利用率仅为"
        "55%左右。"])
    assert [(o.label_zh, o.value, o.period, o.qualifier) for o in release.named if o.value == 55.0] == [
        ("水泥熟料产能利用率", 55.0, "2025", "about")]


def test_grades_listed_share_the_name_after_the_last_and_a_circumstance_names_nothing():
    assert named.grades_sharing(["卓越级", "领航级智能工厂研发周期"]) == ["卓越级智能工厂研发周期", "领航级智能工厂研发周期"]
    assert named.grades_sharing(["集成电路", "新能源汽车产量"]) == []
    assert register.CIRCUMSTANCE.fullmatch(fold("随着人工智能加快融入研发、生产、管理各环节"))
    # real figures: smart factories' effects, as stated in December 2025
    release = statement_page("工业和信息化部举行新闻发布会介绍智能工厂梯度培育行动进展情况", "2025-12-12T10:00", [
        "截至目前，随着人工智能加快融入研发、生产、管理各环节，卓越级、领航级智能工厂研发周期平均分别缩短29%和38%。"])
    assert sorted((o.label_zh, o.value, o.measure) for o in release.named) == [
        ("卓越级智能工厂研发周期", -29.0, "cum_pct"), ("领航级智能工厂研发周期", -38.0, "cum_pct")]


def test_a_goal_due_this_year_and_a_document_window_named_in_passing():
    # real figures: Henan's NEV goal for 2025; the pharma digitalisation plan's goals for 2027
    release = statement_page("河南上半年规上工业增加值增长8.4%", "2025-07-28T10:00", [
        "下半年，河南将持续推进产业链群建设，力争全年新能源汽车产量达到70万辆；到2027年，全省电子信息产业营业收入力争"
        "突破1万亿元。",
        "根据《医药工业数智化转型实施方案（2025—2030年）》，到2027年，制修订30项以上医药工业数智化标准。"])
    assert sorted((t.value, t.deadline_year) for t in release.targets) == [(1.0, 2027), (30.0, 2027), (70.0, 2025)]


def test_a_flows_share_in_a_december_review_is_of_the_latest_span_said():
    # real figures: Shandong, January to November 2025
    release = statement_page("山东1—11月规上工业增加值增长7.6%", "2025-12-22T10:00", [
        "今年以来，山东坚持把发展工业经济作为“头号工程”。1—11月，全省规模以上工业增加值同比增长7.6%。",
        "“十强产业”支撑有力。全省规上高技术制造业增加值增长11.2%，占规上工业的比重达到12.9%，较上年全年提高0.8个百分点。"])
    read = {(o.measure, o.value, o.period) for o in release.observations if o.indicator == "industrial_va.high_tech.shandong"}
    assert read == {("yoy_pct", 11.2, "2025-11"), ("share_pct", 12.9, "2025-11"), ("share_pp_change_prev", 0.8, "2025-11")}


def test_an_items_own_deadline_in_a_window_holds_for_that_item_only():
    # real goals: the raw-materials stable-growth plans for 2025-2026
    release = statement_page("工业和信息化部举行原材料工业稳增长新闻发布会", "2025-10-31T10:00", [
        "原材料工业司负责同志：",
        "四个方案各有侧重，目标清晰。2025—2026年，钢铁行业增加值年均增长4%左右，到2025年底80%以上钢铁产能完成超低排放改造；"
        "有色金属行业增加值年均增长5%左右，再生金属产量突破2000万吨；建材行业力争2026年绿色建材营业收入超过3000亿元。"])
    assert sorted((t.value, t.deadline_year) for t in release.targets if t.value != 4.0) == [
        (5.0, 2026), (80.0, 2025), (2000.0, 2026), (3000.0, 2026)]


def test_a_provinces_trade_said_bare_and_exports_shared_by_products_listed():
    assert named.sharing_measure(["电动载人汽车", "锂离子蓄电池出口"]) == ["电动载人汽车出口", "锂离子蓄电池出口"]
    # real figures: Jiangsu, January to September 2025
    release = statement_page("江苏：前三季度制造业运行稳中有进", "2025-10-31T10:00", [
        "前三季度，全省出口2.84万亿元，同比增长8.1%。其中，电动载人汽车、锂离子蓄电池出口分别增长36.2%和12.5%。"])
    assert sorted((o.label_zh, o.value) for o in release.named) == [
        ("江苏出口", 2.84), ("江苏出口", 8.1), ("江苏电动载人汽车出口", 36.2), ("江苏锂离子蓄电池出口", 12.5)]


def test_parts_listed_after_a_remark_on_their_group():
    # real figures: Shandong's equipment industries, January to November 2025
    release = statement_page("山东1—11月规上工业增加值增长7.6%", "2025-12-22T10:00", [
        "1—11月，全省规上装备制造业增加值增长11.8%。装备制造业各大类行业全部实现增长，其中汽车、铁路船舶、电气机械、电子、"
        "仪器仪表行业增加值分别增长16.4%、15.2%、12.1%、17.8%、15.5%，均保持两位数增长。"])
    assert sorted((o.label_zh, o.value) for o in release.named) == [
        ("山东仪器仪表行业增加值", 15.5), ("山东汽车行业增加值", 16.4), ("山东电子行业增加值", 17.8),
        ("山东电气机械行业增加值", 12.1), ("山东铁路船舶行业增加值", 15.2)]


def test_growths_listed_in_times_and_percent_together():
    assert [q.value for q in register.times_listed(fold("分别增长1.9倍和53.2%"))] == [190.0, 53.2]
    assert register.times_listed(fold("分别增长5%和3%")) == []
    # real figures: Sichuan, first half of 2025
    release = statement_page("四川上半年规上工业增加值增长7.3%", "2025-07-25T10:00", [
        "上半年，全省光伏电池、汽车用锂离子动力电池产量分别增长1.9倍和53.2%。"])
    assert sorted((o.label_zh, o.value) for o in release.named) == [
        ("四川光伏电池产量", 190.0), ("四川汽车用锂离子动力电池产量", 53.2)]


def test_places_growths_said_as_rates_and_the_metric_of_the_places_counted():
    # real figures: Zhejiang's cities, January to October 2025
    release = statement_page("浙江1—10月规上工业增加值增长7.0%", "2025-11-21T10:00", [
        "1—10月，11个设区市规上工业增加值均保持增长。舟山、嘉兴、金华增速居前，分别为12.6%、9.3%和8.9%；湖州、衢州分别增长"
        "8.5%和8.1%。"])
    assert sorted((o.label_zh, o.value, o.measure) for o in release.named) == [
        ("嘉兴规上工业增加值", 9.3, "yoy_pct"), ("湖州规上工业增加值", 8.5, "yoy_pct"), ("舟山规上工业增加值", 12.6, "yoy_pct"),
        ("衢州规上工业增加值", 8.1, "yoy_pct"), ("金华规上工业增加值", 8.9, "yoy_pct")]


def test_a_places_shares_of_the_nation_distributed_over_its_series_just_read():
    # real figures: Anhui's cars and NEVs, January to November 2025
    release = statement_page("李乐成在安徽调研时强调 支持工业大省挑大梁", "2025-12-20T10:00", [
        "前11个月，安徽汽车产量333.5万辆、增长4%，新能源汽车产量163.5万辆、增长10.5%，数量均居全国首位，"
        "分别约占全国的10.7%和11.0%。"])
    shares = {(o.indicator, o.value, o.relative_to, o.qualifier) for o in release.observations if o.measure == "share_pct"}
    assert shares == {("vehicles.production.anhui", 10.7, "vehicles.production", "about"),
                      ("vehicles.nev_production.anhui", 11.0, "vehicles.nev_production", "about")}


def test_a_citys_growth_after_its_level_and_places_named_as_examples():
    assert named.name_of("济南、青岛、武汉等城市软件业务收入") is None
    # real figures: software to November 2025
    release = parse_text("software", "2025年1—11月软件业经济运行情况", "2025-12-24T10:00", [
        "1—11月，我国软件业务收入139442亿元，同比增长13.3%。其中，深圳市软件业务收入达到10236亿元，同比增长12.7%；"
        "济南、青岛、武汉等城市软件业务收入增速超过15%。"])
    assert sorted((o.label_zh, o.value, o.measure) for o in release.named) == [
        ("深圳市软件业务收入", 12.7, "yoy_pct"), ("深圳市软件业务收入", 10236.0, "level")]


def test_he_goes_on_speaking_of_the_place_praised():
    # real figures: Anhui, as the minister told them in November 2025
    release = statement_page("李乐成会见安徽省省长王清宪", "2025-11-14T18:30", [
        "李乐成对安徽工业和信息化工作取得的成效给予肯定。他表示，近年来安徽坚持以科技创新引领产业创新，制造业发展势头强劲。"
        "今年以来，安徽汽车产量持续位居全国前列，全省规上工业增加值增长8.9%。新型显示、集成电路等产业加快集聚，"
        "已培育国家级专精特新“小巨人”企业超过600家。"])
    giants = [(o.indicator, o.value) for o in release.observations if o.value == 600.0]
    assert giants == [("sme.little_giants.anhui", 600.0)]


def test_a_catalogued_stock_said_with_already_after_the_spans_sentence_is_held_now():
    # real figures: telecom to November 2025, 5G factories as stated in December 2025
    release = statement_page("工业和信息化部介绍信息通信业发展情况", "2025-12-23T15:30", [
        "前11个月，电信业务收入累计完成16096亿元，同比增长0.9%。5G应用已融入97个国民经济大类中的91个，"
        "累计建成高水平5G工厂超过1200家。"])
    held = {(o.indicator, o.period) for o in release.observations if o.value in (91.0, 1200.0)}
    assert held == {("g5_apps.categories", "2025-12"), ("g5_factories_high_level", "2025-12")}
    spans = {(o.indicator, o.period) for o in release.observations if o.value == 16096.0}
    assert spans == {("telecom.revenue", "2025-11")}


def test_a_flows_change_on_the_year_before_after_its_share_said_between():
    # real figures: new-energy vehicles newly registered in 2025
    release = statement_page("我国新能源汽车产销量连续11年位居全球第一", "2026-01-27T10:00", [
        "2025年，全年新注册登记新能源汽车1293万辆，占新注册登记汽车数量的49.38%，比2024年增加168万辆，增长14.93%。"])
    assert {(o.measure, o.value) for o in release.observations if o.indicator == "vehicles.nev_registrations"} == {
        ("level", 1293.0), ("share_pct", 49.38), ("yoy_abs_change", 168.0), ("yoy_pct", 14.93)}


def test_what_changed_against_a_span_said_once_for_the_regions_after():
    # real figures: software revenue by region to November 2025
    release = parse_text("software", "2025年1—11月软件业经济运行情况", "2025-12-24T10:00", [
        "1—11月，东部地区完成软件业务收入115640亿元，同比增长13.6%；东北地区完成软件业务收入2992亿元，同比增长9.2%。"
        "其中，东部地区增速较1—10月提高0.1个百分点，东北地区较1—10月回落0.2个百分点。"])
    assert {(o.indicator, o.value) for o in release.observations if o.measure == "growth_pp_change"} == {
        ("software_revenue.east", 0.1), ("software_revenue.northeast", -0.2)}


def test_the_share_of_a_whole_a_name_reaches():
    # real figures: AI in smart factories and 5G industrial networks as stated in 2025
    release = statement_page("工业互联网创新发展取得积极进展", "2025-11-12T10:00", [
        "截至9月末，高质量企业外网覆盖97%以上的地级行政区；在卓越级智能工厂，人工智能已渗透70%以上的业务场景。"])
    assert sorted((o.label_zh, o.value, o.measure, o.qualifier) for o in release.named) == [
        ("人工智能渗透的业务场景比例", 70.0, "share_pct", "over"), ("高质量企业外网覆盖的地级行政区比例", 97.0, "share_pct", "over")]


def test_places_growths_in_a_paragraph_naming_no_span_under_the_titles_span():
    # real figures: Zhejiang's cities, January to September 2025 (the span said by the title and the paragraph before)
    release = statement_page("浙江前三季度规上工业增加值增长6.5%", "2025-10-28T10:00", [
        "前三季度，全省规模以上工业增加值同比增长6.5%。",
        "分地区看，各设区市规上工业增加值全部实现正增长。杭州、宁波、温州三市分别增长6.4%、6.9%和10.1%，三市规上工业增加值"
        "合计占全省的46.3%。绍兴、嘉兴分别增长9.6%和9.2%。"])
    growths = {(o.label_zh, o.value, o.period) for o in release.named if o.measure == "yoy_pct"}
    assert growths == {("杭州规上工业增加值", 6.4, "2025-09"), ("宁波规上工业增加值", 6.9, "2025-09"),
                       ("温州规上工业增加值", 10.1, "2025-09"), ("绍兴规上工业增加值", 9.6, "2025-09"),
                       ("嘉兴规上工业增加值", 9.2, "2025-09")}


def test_places_remarked_to_grow_in_a_report_take_the_metric_of_the_places_before():
    # real figures: software revenue of cities to October 2025
    release = parse_text("software", "2025年1—10月软件业经济运行情况", "2025-11-25T10:00", [
        "1—10月，我国软件业务收入124839亿元，同比增长13.2%。其中，深圳、杭州、南京软件业务收入分别达到9750亿元、8010亿元和"
        "6690亿元；济南、武汉增势较好，同比分别增长17.3%和15.6%。"])
    assert {(o.label_zh, o.value) for o in release.named if o.measure == "yoy_pct"} == {
        ("济南软件业务收入", 17.3), ("武汉软件业务收入", 15.6)}


def test_a_divisions_name_holding_a_pause_is_one_name():
    assert catalogue.division_opening("石油、煤炭及其他燃料加工业出厂价格") == "石油、煤炭及其他燃料加工业"
    assert named.name_of("石油、煤炭及其他燃料加工业出厂价格") == "石油、煤炭及其他燃料加工业出厂价格"
    assert named.name_of("石油、煤炭产量") is None
    # real figures: petrochemicals, January to September 2025
    release = parse_text("raw_materials", "2025年前三季度石化化工行业运行情况", "2025-10-31T10:00", [
        "前三季度，石化化工行业增加值同比增长4.1%。石油、煤炭及其他燃料加工业出厂价格同比下降10.5%。"])
    assert [(o.label_zh, o.value) for o in release.named] == [("石油、煤炭及其他燃料加工业出厂价格", -10.5)]


def test_a_provinces_contribution_to_its_own_industry():
    # real figures: Shandong's equipment manufacturing, January to November 2025
    release = statement_page("山东1—11月规上工业增加值增长7.6%", "2025-12-22T10:00", [
        "1—11月，全省规上装备制造业增加值增长11.8%，高于全部规上工业4.2个百分点，上拉全省工业增长2.9个百分点。"])
    assert [(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "contribution_pp"] == [
        ("industrial_va.equipment.shandong", 2.9, "industrial_va.shandong")]


def test_a_year_long_over_said_beside_a_forecast_was_never_expected():
    # real figures: manufacturing value added in 2020 and 2024, said in December 2025 beside an expectation
    release = statement_page("“十四五”工业和信息化发展成就", "2025-12-27T09:30", [
        "预计“十四五”时期规模以上工业增加值年均增长5.9%左右，制造业增加值由2020年的26.6万亿元增加到2024年的33.6万亿元。"])
    assert {(o.period, o.evidence) for o in release.observations if o.indicator == "industry_va_total.manufacturing"} == {
        ("2020", "statement"), ("2024", "statement")}


def test_goals_listed_after_the_names_set_against_them():
    # real figures: auto sales in 2025 against the 2025-2026 stable-growth plan's goals
    release = statement_page("2025年汽车工业经济运行情况", "2026-01-15T09:30", [
        "2025年，汽车产销分别完成3453.1万辆和3440万辆。全年汽车销量、新能源汽车销量均高于《汽车行业稳增长工作方案"
        "（2025—2026年）》提出的3230万辆左右和1550万辆左右的预期目标。"])
    assert sorted((t.metric, t.value, t.deadline_year) for t in release.targets) == [
        ("新能源汽车销量", 1550.0, 2025), ("汽车销量", 3230.0, 2025)]


def test_the_values_of_an_earlier_year_listed_for_the_levels_just_read():
    # real figures: industrial and service robots, January to September 2025 and the year 2024
    release = statement_page("前三季度我国工业机器人产量超过上年全年", "2025-11-14T10:00", [
        "前三季度，工业机器人产量达到59.5万套，同比增长29.8%；服务机器人产量达到1350万套。两类产品产量均已超过上年全年水平，"
        "2024年全年分别为55.6万套和1051.9万套。"])
    levels = {(o.indicator, o.value, o.period) for o in release.observations if o.measure == "level"}
    assert levels == {("output.industrial_robots", 59.5, "2025-09"), ("output.service_robots", 1350.0, "2025-09"),
                      ("output.industrial_robots", 55.6, "2024"), ("output.service_robots", 1051.9, "2024")}


def test_a_change_in_points_said_bare_after_a_from_to():
    # real figures: AI use cases in production, 2024 and 2025
    release = statement_page("人工智能产业发展活力全面迸发", "2026-01-23T10:00", [
        "2025年，从应用案例看，生产制造环节的大模型应用占比由2024年的19.9%提高到25.9%，提高6个百分点。"])
    assert [(o.value, o.measure, o.period) for o in release.named if o.measure == "pp_change"] == [(6.0, "pp_change", "2025")]
    # the year in force said in a paragraph before: the from-to's own years date the change
    carried = statement_page("人工智能产业发展活力全面迸发", "2026-01-23T10:00", [
        "2025年，我国人工智能产业规模持续扩大。",
        "从应用案例看，生产制造环节的大模型应用占比由2024年的19.9%提高到25.9%，提高6个百分点。"])
    assert [(o.value, o.period) for o in carried.named if o.measure == "pp_change"] == [(6.0, "2025")]
    # points that are not the difference are not sure
    other = statement_page("人工智能产业发展活力全面迸发", "2026-01-23T10:00", [
        "2025年，从应用案例看，生产制造环节的大模型应用占比由2024年的19.9%提高到25.9%，提高5个百分点。"])
    assert not [o for o in other.named if o.measure == "pp_change"]


def test_the_listed_industries_pull_together():
    assert register.group_size("四") == 4 and register.INDUSTRIES_COUNTED.match("4个行业合计拉动")
    # real figures: Zhejiang's industries, January to September 2025
    release = statement_page("浙江前三季度规上工业增加值增长6.5%", "2025-10-28T10:00", [
        "前三季度，全省规模以上工业增加值同比增长6.5%。汽车、计算机通信电子、电气机械、通用设备等行业增加值分别增长18.6%、"
        "14.2%、9.7%和8.3%，4个行业合计拉动规上工业增长3.9个百分点。"])
    assert [(o.label_zh, o.value, o.measure) for o in release.named if o.measure == "contribution_pp"] == [
        ("浙江汽车等行业增加值", 3.9, "contribution_pp")]
    # one industry's pull is never the group's
    assert not [o for o in release.named if o.measure == "contribution_pp" and o.label_zh == "浙江通用设备行业增加值"]
