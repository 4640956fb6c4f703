"""Figures of names the catalogue does not hold (releases/named.py and the statement reader's use of it):
each form alone, and what is never kept."""
from datetime import datetime

import pytest

from xinzhi.cn import Quantity
from xinzhi.model import Article
from xinzhi.releases import named, statement


from parsing import parse_text

def read(*paragraphs, published="2026-01-28T10:00", title="有关工作取得积极进展"):
    article = Article("https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_00000000000000000000000000000009.html", title,
                      datetime.fromisoformat(published), list(paragraphs), [], "miit")
    release = statement.parse(article)
    return release, {(o.label_zh, o.dimension, o.period, o.period_type, o.measure): (o.value, o.unit, o.qualifier)
                     for o in release.named}


@pytest.mark.parametrize("text, name", [
    ("单项冠军企业平均拥有有效专利", "单项冠军企业平均拥有有效专利"),
    ("“小巨人”企业户均发明专利", "“小巨人”企业户均发明专利"),
    ("累计", None), ("同比", None), ("企业数量比上年末增加", None),      # a word, a comparison: no name
    ("市)和", None),                     # the tail of a bracket and a joining word: no name
    ("在产日熔量比年初", None),          # against the year's start: a comparison, never a name (nor a year's growth)
    ("连续5年", None), ("G", None),
    ("在平台注册的工业企业", "在平台注册的工业企业"),       # members named by where they are registered
    ("在规模以上工业中的占比", None),                       # a phrase about another name
    ("废塑料等主要再生资源利用量", "主要再生资源利用量"),     # the kind the examples are of
    ("发布中小企业人工智能典型应用场景", "中小企业人工智能典型应用场景"),   # what was announced
    ("在2025专精特新中小企业发展大会上发布中小企业人工智能典型应用场景", None),  # an event's: its year is not the one in force
    ("在研吨级无人机", "在研吨级无人机"),                 # things in a state (under development): no preposition
    ("包括卫星制造、基础设施等在内的产业核心产值", "产业核心产值"),   # the kind the examples are of
    ("年初在每吨", None), ("国内均价每吨", None),            # the unit a price is per, said before it
    ("这一比重仅", None), ("这一比重", None),                # the series just read, never a name of its own
    ("人工智能已渗透", None), ("5G网络已覆盖", None),        # a verb said with 已 ends no name
    ("可满足", None), ("能够支撑", None), ("可再生能源发电量", "可再生能源发电量"),   # what it can serve: a verb
    ("设立总规模", None),                                      # the size of what was set up: named after it
    ("覆盖", None), ("带动", None),                            # a verb alone: what is done, never whose figure
    ("当年即", None),                                          # a year's own, said with an adverb: no name
    ("共涉及", None), ("涵盖", None),                          # what it spans, a verb: never a name
    ("5G+工业互联网在建项目只", "5G+工业互联网在建项目"),      # how it is said ('只有…') is no part of the name
    ("对二甲苯产能", "对二甲苯产能"),                          # a chemical, never 对 a partner
])
def test_a_name_is_words_never_a_bare_word_a_figure_or_a_comparison(text, name):
    assert named.name_of(text) == name


@pytest.mark.parametrize("before, after, name", [
    ("其中", "的企业已经启动数字化改造", "企业已经启动数字化改造"),
    ("", "以上的行政村通了5G", "行政村通了5G"),
    ("目前", "以上的行政村通了5G", "行政村通了5G"),           # said as it stands now
    ("", "的“小巨人”企业属于工业“六基”领域", "“小巨人”企业属于工业“六基”领域"),
    ("增长", "的企业已经启动数字化改造", None),            # a rate said with a verb: no share of members
    ("其中", "的企业", None),                               # members with nothing said of them
    ("其中", "的企业营业收入超过10亿元", None),             # a figure of their own
])
def test_a_share_said_before_the_members_it_is_of(before, after, name):
    assert named.share_of_members(before, after) == name


@pytest.mark.parametrize("quote, unit, measure, dated_as", [
    ("累计培育国家级制造业单项冠军企业274家", "家", "count", "count"),      # held: at a date
    ("新认定省级单项冠军企业286家", "家", "count", "level"),                 # new in the span
    ("遴选第三批试点城市34个", "个", "count", "level"),                      # done in the span
    ("实现营业收入2.84万亿元", "万亿元", "level", "level"),                   # an amount: a flow
    ("全国水泥熟料产能17.93亿吨", "亿吨", "level", "count"),                  # an amount held
    ("同比增长11.81%", "%", "yoy_pct", "yoy_pct"),
])
def test_a_figure_is_dated_as_a_stock_or_a_flow_by_what_its_clause_says(quote, unit, measure, dated_as):
    assert named.kind("某名称", quote, unit, measure)[1] == dated_as


def test_a_level_of_a_name_not_catalogued_is_kept_as_printed_with_its_period():
    release, found = read("2025年，第八批单项冠军企业平均拥有有效专利363.7件，企业平均研发投入强度达7.4%。")
    assert found[("单项冠军企业平均拥有有效专利", "total", "2025", "year", "count")] == (363.7, "件", "exact")
    assert found[("企业平均研发投入强度", "total", "2025", "year", "level")] == (7.4, "%", "exact")
    assert release.observations == []          # never a series


def test_a_growth_after_a_named_figure_is_of_it():
    # (a province's, named in the label: 江西)
    _, found = read("1—9月，江西省级产业集群实现营业收入2.84万亿元，同比增长11.81%。")
    assert found == {("江西省级产业集群营业收入", "region", "2025-09", "ytd", "level"): (2.84, "万亿元", "exact"),
                     ("江西省级产业集群营业收入", "region", "2025-09", "ytd", "yoy_pct"): (11.81, "%", "exact")}


def test_a_count_held_is_at_the_date_and_one_done_in_the_year_is_the_years():
    _, found = read("截至2025年底，全国累计建设国家级绿色工业园区491家。2025年，新认定省级单项冠军企业286家。")
    assert found == {("国家级绿色工业园区", "total", "2025-12", "month", "count"): (491.0, "家", "exact"),
                     ("新认定省级单项冠军企业", "total", "2025", "year", "count"): (286.0, "家", "exact")}


def test_a_provinces_figure_of_a_series_kept_only_for_the_nation_is_kept_as_the_provinces():
    _, found = read("2025年，山东累计培育国家级制造业单项冠军企业274家。")
    assert found == {("山东培育国家级制造业单项冠军企业", "region", "2025-12", "month", "count"): (274.0, "家", "exact")}


@pytest.mark.parametrize("paragraph", [
    "单项冠军企业平均拥有有效专利363.7件。",                          # no period said in its sentence
    "自2024年9月以来累计发放直达消费者的补贴超过4.8亿份。",            # since a date: over a window
    "“十四五”期间，新布局国家制造业创新中心16家。",                     # over the plan's years
    "2025年，通讯器材类商品零售额突破万亿元大关。",                      # a line passed
    "2025年，12家企业负责人作交流发言。",                               # a name after its figure
    "2025年，石化行业规模以上企业数量比上年末增加1676家。",              # a change, never a level
    "截至7月底，中国算力平台已完成10个省区市分平台接入。",               # the count is of what follows it
])
def test_what_is_never_kept_as_a_named_figure(paragraph):
    release, found = read(paragraph)
    assert found == {} and release.observations == []


def test_a_list_of_names_not_catalogued_gives_one_figure_each_with_the_measure_said_once():
    _, found = read("上半年，光伏电池、组件出口量分别增长超过40%和12%。", published="2025-07-20T10:00")
    assert found == {("光伏电池出口量", "total", "2025-06", "ytd", "yoy_pct"): (40.0, "%", "over"),
                     ("组件出口量", "total", "2025-06", "ytd", "yoy_pct"): (12.0, "%", "over")}     # 超过 said once, of each


def test_each_names_share_of_a_whole_is_kept_with_the_whole_in_its_name():
    _, found = read("2024年，小家电、化纤、大宗原料药产量分别约占全球的80%、70%和40%。")
    assert found == {("小家电产量占全球的比重", "total", "2024", "year", "share_pct"): (80.0, "%", "about"),
                     ("化纤产量占全球的比重", "total", "2024", "year", "share_pct"): (70.0, "%", "about"),
                     ("大宗原料药产量占全球的比重", "total", "2024", "year", "share_pct"): (40.0, "%", "about")}


def test_a_list_of_whose_with_counts_says_nothing_of_what_is_counted_and_is_not_kept():
    release, found = read("2025年，首批中国消费名品中，轻工、纺织、食品、医药行业分别有28个、14个、38个和13个。")
    assert found == {} and release.not_stored()


def test_a_name_not_catalogued_from_one_year_to_another_is_kept_in_each_year():
    _, found = read("“十四五”期间，新材料产业总产值由2021年的5.9万亿元增至2024年的超过8万亿元。"
                    "生产制造环节大模型应用案例占全部大模型应用案例的比重由2024年的19.9%提升至2025年的25.9%。")
    share = "生产制造环节大模型应用案例占全部大模型应用案例的比重"
    assert found == {("新材料产业总产值", "total", "2021", "year", "level"): (5.9, "万亿元", "exact"),
                     ("新材料产业总产值", "total", "2024", "year", "level"): (8.0, "万亿元", "over"),
                     (share, "total", "2024", "year", "share_pct"): (19.9, "%", "exact"),
                     (share, "total", "2025", "year", "share_pct"): (25.9, "%", "exact")}


def test_a_period_said_earlier_in_the_paragraph_dates_a_named_figure_and_one_of_another_paragraph_does_not():
    # a page that spoke of two years: the one last said is not sure for a paragraph that names none
    _, found = read("2024年，单项冠军企业数量稳步增加。2025年，绿色制造体系加快完善。国家级绿色工业园区平均工业固废处置利用率超过95%。",
                    "单项冠军企业平均拥有有效专利363.7件。")
    assert found == {("国家级绿色工业园区平均工业固废处置利用率", "total", "2025", "year", "level"): (95.0, "%", "over")}


def test_a_page_that_speaks_of_the_year_it_reviews_only_dates_a_paragraph_without_a_period_by_it():
    _, found = read("2025年，绿色制造体系加快完善。国家级绿色工业园区平均工业固废处置利用率超过95%。",
                    "全省关键工序数控化率达到65%。", title="贵州：工业经济稳中向优")
    assert found[("贵州关键工序数控化率", "region", "2025", "year", "level")] == (65.0, "%", "exact")


def test_a_date_at_the_end_of_a_half_year_is_its_last_months_end():
    _, found = read("截至上半年末，全国约6.5亿吨粗钢产能完成全过程超低排放改造，涉及粗钢产能7.73亿吨。",
                    published="2025-11-28T10:00")
    assert found == {("涉及粗钢产能", "total", "2025-06", "month", "level"): (7.73, "亿吨", "exact")}


def report(kind, title, published, *paragraphs):
    release = parse_text(kind, title, published, list(paragraphs))
    return release, {(o.label_zh, o.period, o.period_type, o.measure): (o.value, o.unit, o.evidence) for o in release.named}


def test_a_reports_name_not_catalogued_is_kept_with_its_growth_as_statistics():
    _, found = report("consumer_goods", "2025年1—9月医药工业经济运行情况", "2025-11-14T10:00",
                      "1—9月，西药原料药出口额302.6亿美元，同比增长1.1%。")
    assert found == {("西药原料药出口额", "2025-09", "ytd", "level"): (302.6, "亿美元", "statistics"),
                     ("西药原料药出口额", "2025-09", "ytd", "yoy_pct"): (1.1, "%", "statistics")}


def test_a_metric_said_bare_opening_a_sentence_is_the_reports_industrys_and_after_another_name_is_not_kept():
    release, found = report("equipment", "2024年船舶工业经济运行情况", "2025-01-16T10:00",
                            "2024年，营业收入利润率为5.1%。新能源船舶加快推广应用，全年销量119.6万艘。")
    # (the shipbuilding industry's margin is catalogued: its series, never a name as printed)
    assert {(o.indicator, o.value) for o in release.observations} == {("miit_margin.shipbuilding", 5.1)}
    assert found == {}


def test_a_growth_said_as_a_products_rate_is_its_growth_and_a_yearly_average_is_never_one_years():
    _, found = report("raw_materials", "2025年1－8月建材行业运行情况", "2025-09-20T10:00",
                      "1－8月，玻璃纤维增强塑料制品产量增速超过20%。", "1－8月，特种玻璃产量年均增长13.5%。")
    assert found == {("玻璃纤维增强塑料制品产量", "2025-08", "ytd", "yoy_pct"): (20.0, "%", "statistics")}


def test_a_statistics_bureau_release_keeps_no_named_figure():
    from conftest import official_url, page
    from xinzhi.pipeline import parse_page

    release = parse_page(page("sj/zxfb/202512/t20251215_1962074.html"), official_url("sj/zxfb/202512/t20251215_1962074.html"))
    assert release.named == [] and release.observations


def test_a_named_rates_change_on_the_year_before_is_kept_in_points_and_an_amounts_is_not():
    _, found = read("2025年，通信业研发经费占电信业务收入的比重提升至4.6%，比上年提高0.3个百分点。"
                    "2025年，锂电池出口总额4348亿元，比上年提高3个百分点。")
    share = "通信业研发经费占电信业务收入的比重"
    assert found == {(share, "total", "2025", "year", "share_pct"): (4.6, "%", "exact"),
                     (share, "total", "2025", "year", "pp_change"): (0.3, "百分点", "exact"),
                     ("锂电池出口总额", "total", "2025", "year", "level"): (4348.0, "亿元", "exact")}
    release, _ = report("equipment", "2024年船舶工业经济运行情况", "2025-01-16T10:00",
                        "2024年，营业收入利润率为5.1%，比上年提高1.6个百分点。")
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("miit_margin.shipbuilding", "level"): 5.1, ("miit_margin.shipbuilding", "pp_change"): 1.6}


@pytest.mark.parametrize("text, name", [
    ("中小企业数字化转型城市试点扩大到", "中小企业数字化转型城市试点"),      # the verb of reaching is no part of it
    ("工业和信息化部公布第七批专精特新小巨人企业", "第七批专精特新小巨人企业"),    # nor who announced it
    ("工业机器人产量增速比全国高", None),                                 # a gap to another series
])
def test_a_name_is_kept_without_its_verb_or_announcer_and_a_gap_is_no_name(text, name):
    assert named.name_of(text) == name


def test_a_count_reached_is_held_at_the_date():
    assert named.kind("中小企业数字化转型城市试点", "中小企业数字化转型城市试点扩大到100个城市", "个", "count")[1] == "count"


def test_a_reports_outlook_is_the_outlooks_year_expected_whoever_expects_it_and_never_the_years_figures():
    release, found = report("raw_materials", "2025年钢铁行业运行情况", "2026-01-30T10:00",
                            "2025年，全国粗钢产量9.61亿吨，同比下降4.4%。展望2026年，行业预计粗钢产量将进一步温和下降3%左右，"
                            "世界钢铁协会预计，我国钢铁需求降幅将收窄至1.0%左右。")
    assert found == {("钢铁需求降幅", "2026", "year", "level"): (1.0, "%", "forecast")}
    assert {(o.period, o.measure, o.value, o.evidence) for o in release.observations} == {
        ("2025", "level", 9.61, "statistics"), ("2025", "yoy_pct", -4.4, "statistics"),
        ("2026", "yoy_pct", -3.0, "forecast")}
    # who expects said alone before its figures ('中国汽车工业协会预计，全年…'), in the sentence opening the outlook
    autos = parse_text("equipment", "2025年汽车工业经济运行情况", "2026-01-16T10:00",
                       ["2025年，汽车销量3440万辆，同比增长9.4%。",
                        "展望2026年，中国汽车工业协会预计，全年汽车总销量3475万辆左右，同比增长1%左右。"])
    assert {(o.period, o.measure, o.value, o.evidence) for o in autos.observations} == {
        ("2025", "level", 3440.0, "statistics"), ("2025", "yoy_pct", 9.4, "statistics"),
        ("2026", "level", 3475.0, "forecast"), ("2026", "yoy_pct", 1.0, "forecast")}
    # with no outlook said, an expected figure of a year already over is of no sure year: not stored
    textiles = parse_text("consumer_goods", "2025年纺织行业运行情况", "2026-02-10T10:00",
                          ["2025年，规模以上纺织企业工业增加值同比增长1.8%。", "中国纺织工业联合会预计，全年纺织行业增加值增长2%左右。"])
    assert {(o.period, o.value, o.evidence) for o in textiles.observations} == {("2025", 1.8, "statistics")}


def test_a_count_printed_before_what_it_counts_is_kept_with_those_words_as_its_name():
    _, found = read("2025年，完成“小巨人”企业复核工作，3916家企业通过复核；截至2025年底，累计有2150家专精特新中小企业在A股上市。")
    assert found == {("通过复核的企业", "total", "2025", "year", "count"): (3916.0, "家", "exact"),
                     ("专精特新中小企业在A股上市", "total", "2025-12", "month", "count"): (2150.0, "家", "exact")}
    # who took part in the meeting is no measure ('12家企业负责人作交流发言'); nor is a count after another word
    _, none = read("2025年，12家企业负责人作交流发言，带动各地新建47个试点项目。")
    assert none == {}


def test_a_level_moved_to_at_another_date_is_the_name_just_reads():
    _, found = read("上半年，钢铁行业效益阶段性修复。行业销售利润率6月份升至2.82%，9月份又回落至1.71%。",
                    published="2026-02-03T10:00")
    assert found == {("行业销售利润率", "total", "2025-06", "month", "level"): (2.82, "%", "exact"),
                     ("行业销售利润率", "total", "2025-09", "month", "level"): (1.71, "%", "exact")}


def test_a_reports_list_of_names_not_catalogued_is_read_one_figure_each_with_their_growths():
    release, found = report("raw_materials", "2025年1—9月有色金属行业运行情况", "2025-10-30T10:00",
                            "1—9月，再生铜、再生铝产量分别为296万吨和752万吨，同比分别增长5.1%和下降2.3%。")
    assert found == {("再生铜产量", "2025-09", "ytd", "level"): (296.0, "万吨", "statistics"),
                     ("再生铝产量", "2025-09", "ytd", "level"): (752.0, "万吨", "statistics"),
                     ("再生铜产量", "2025-09", "ytd", "yoy_pct"): (5.1, "%", "statistics"),
                     ("再生铝产量", "2025-09", "ytd", "yoy_pct"): (-2.3, "%", "statistics")}
    # over a window of years ('五年间累计…') a named figure is never the year's
    _, window = report("software", "2025年软件和信息技术服务业统计公报", "2026-01-27T10:00",
                       "2025年，软件业务收入15万亿元。五年间累计实现软件业务出口2727亿美元。")
    assert window == {}


def test_a_reports_yearly_average_after_its_window_said_first():
    release, _ = report("software", "2025年软件和信息技术服务业统计公报", "2026-01-27T10:00",
                        "2021—2025年，软件业务收入年均增长13.7%，利润总额年均增长12.2%。")
    assert {(o.indicator, o.period, o.base_period, o.value) for o in release.observations} == {
        ("software_revenue", "2025", "2020", 13.7), ("software_profit", "2025", "2020", 12.2)}


def test_trade_with_a_partner_is_a_name_and_a_month_from_a_sentence_before_dates_no_named_figure():
    _, found = read("2025年，纺织品服装出口2938.1亿美元。分市场看，对欧盟出口服装285.9亿美元，增长3.1%。",
                    published="2026-02-13T10:00")
    assert found == {("对欧盟出口服装", "total", "2025", "year", "level"): (285.9, "亿美元", "exact"),
                     ("对欧盟出口服装", "total", "2025", "year", "yoy_pct"): (3.1, "%", "exact")}
    _, month = read("分月看，10月份纺织品出口同比下降9.1%。分市场看，对欧盟出口服装285.9亿美元。", published="2026-02-13T10:00")
    assert month == {}
    # a window said inside a sentence holds to its ';' only ('…“十四五”时期年均增长5.0%；精炼铜产量…' is the year's)
    _, part = read("2025年，十种有色金属产量“十四五”时期年均增长5.0%；精炼锡产量18.2万吨。", published="2026-02-12T10:00")
    assert part == {("精炼锡产量", "total", "2025", "year", "level"): (18.2, "万吨", "exact")}


def test_a_metric_said_bare_after_a_named_industrys_figure_is_that_industrys_never_the_one_before():
    release, found = report("consumer_goods", "2025年1—9月轻工业运行情况", "2025-10-30T10:00",
                            "1—9月，家用电力器具制造业实现营业收入13285亿元，利润总额1162亿元，同比增长8.9%；家具制造业实现营业收入"
                            "4533.6亿元，利润总额193.5亿元，同比下降15.8%，降幅较1—8月份收窄0.9个百分点。")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("miit_revenue.appliances", "level", 13285.0), ("miit_profit.appliances", "level", 1162.0),
        ("miit_profit.appliances", "yoy_pct", 8.9)}
    assert {(name, measure): value for (name, _, _, measure), (value, _, _) in found.items()} == {
        ("家具制造业营业收入", "level"): 4533.6, ("家具制造业利润总额", "level"): 193.5,
        ("家具制造业利润总额", "yoy_pct"): -15.8, ("家具制造业利润总额增速", "pp_change"): 0.9}


def test_a_province_said_bare_after_a_named_provinces_figure_is_its_same_figure_never_its_value_added():
    release, found = report("raw_materials", "2025年建材行业运行情况", "2026-02-06T10:00",
                            "2025年，全国规模以上企业水泥产量16.93亿吨，同比下降6.9%。",
                            "1—11月，江苏水泥产量11285万吨，居全国首位；西藏同比增长11.84%，增幅最大；北京产量134.46万吨，为全国最低。")
    assert not any(o.indicator.startswith("industrial_va") for o in release.observations)
    assert {k: v[0] for k, v in found.items()} == {
        ("江苏水泥产量", "2025-11", "ytd", "level"): 11285.0, ("西藏水泥产量", "2025-11", "ytd", "yoy_pct"): 11.84,
        ("北京水泥产量", "2025-11", "ytd", "level"): 134.46}


def test_a_price_touched_once_and_a_change_within_the_month_are_no_figures():
    _, found = report("raw_materials", "2025年1—10月有色金属行业运行情况", "2025-12-09T16:30",
                      "1—10月，十种常用有色金属产量6520万吨，同比增长2.4%。",
                      "10月下旬，伦敦金属交易所三个月期铜价格一度升至11200美元/吨，创历史新高，当月累计上涨6.03%。")
    assert found == {}


def test_counts_held_since_a_plans_start_said_after_its_years_are_at_its_end():
    _, found = read("2025年，全省规模以上工业增加值增长7.1%。",
                    "“十四五”以来，累计培育创新型中小企业1587户、制造业单项冠军企业13户。",
                    published="2026-01-19T16:00", title="贵州：工业经济稳中向优")
    assert found == {("贵州创新型中小企业", "region", "2025-12", "month", "count"): (1587.0, "户", "exact"),
                     ("贵州制造业单项冠军企业", "region", "2025-12", "month", "count"): (13.0, "户", "exact")}


def test_all_industrys_profit_in_a_steel_report_is_never_steels():
    release, found = report("raw_materials", "2025年钢铁行业运行情况", "2026-02-13T10:00",
                            "2025年，黑色金属冶炼和压延加工业实现利润总额1098.3亿元，同比增长299.2%；同期，全国规模以上工业企业"
                            "利润同比增长0.6%。")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("miit_profit.steel", "level", 1098.3), ("miit_profit.steel", "yoy_pct", 299.2)}
    assert found == {("规模以上工业企业利润", "2025", "year", "yoy_pct"): (0.6, "%", "statistics")}


def test_a_names_yearly_average_over_a_window_is_kept_from_the_year_before_it_began():
    release, found = read("1至11月，工业投资增长6.7%。“十四五”期间，全省工业投资年均增速达12%。",
                          published="2026-01-19T16:00", title="贵州：工业经济稳中向优")
    average = next(o for o in release.named if o.measure == "avg_yoy_pct")
    assert (average.label_zh, average.period, average.period_type, average.value) == ("贵州工业投资", "2025", "year", 12.0)
    assert (average.base_period, average.base_period_type) == ("2020", "year")


def test_names_listed_with_a_line_each_passed_are_a_milestone_never_figures():
    # '…产量增长均超过5%': a line each passed, as '产销量均突破3000万辆' is (register.threshold), never each one's growth
    release, found = report("raw_materials", "2025年建材行业运行情况", "2026-02-06T09:30",
                            "1—8月，水泥产量同比下降4.8%；夹层玻璃、玻璃纤维纱、高岭土制品产量增长均超过5%。")
    assert found == {} and "milestone" in release.skip_reasons


def test_a_named_trades_exports_and_imports_after_its_total_are_its_never_an_index():
    release, found = read("前三季度，医药保健品进出口总额1494.68亿美元，同比增长1.39%；其中出口825.62亿美元，增长5.13%，"
                          "进口669.06亿美元，下降2.87%。", published="2025-11-07T10:00", title="工业和信息化部召开医药工业运行形势分析会")
    assert release.observations == []        # (进口 alone is the PMI's imports index: never read so)
    assert {(name, measure): value for (name, _, _, _, measure), (value, _, _) in found.items()} == {
        ("医药保健品进出口总额", "level"): 1494.68, ("医药保健品进出口总额", "yoy_pct"): 1.39,
        ("医药保健品出口", "level"): 825.62, ("医药保健品出口", "yoy_pct"): 5.13,
        ("医药保健品进口", "level"): 669.06, ("医药保健品进口", "yoy_pct"): -2.87}


def test_a_monthly_figures_change_on_the_month_before_is_kept():
    # (日产生铁: pig iron's daily output, now a catalogued series)
    release, found = report("raw_materials", "2025年11月钢铁行业运行情况", "2025-12-29T10:00",
                            "11月份，全国生铁产量6233万吨，同比下降1.6%；日产生铁207.8万吨，环比下降1.7%。")
    assert not found
    assert {(o.period, o.measure): o.value for o in release.observations if o.indicator == "steel.daily_pig_iron"} == {
        ("2025-11", "level"): 207.8, ("2025-11", "mom_pct"): -1.7}


def test_a_verb_is_no_part_of_a_name_and_a_bare_metric_whose_subject_is_not_sure_is_not_kept():
    _, found = report("raw_materials", "2025年上半年石化化工行业运行情况", "2025-08-22T10:00",
                      "上半年，化工板块营业收入4.75万亿元，同比增长1.7%，占全行业营业收入的61.1%，实现利润1996亿元，同比下降5.5%。")
    assert not any(name.startswith("实现") or name == "利润" for name, *_ in found)


def test_levels_of_names_read_one_after_another_take_the_growths_listed_after_them():
    _, found = report("raw_materials", "2025年上半年石化化工行业运行情况", "2025-08-22T10:00",
                      "上半年，石化全行业实现营业收入7.77万亿元，同比下降2.6%。分板块看，油气开采板块营业收入6829.6亿元、利润1834.2亿元，"
                      "同比分别下降5.2%和11.1%。")
    assert {(name, measure): value for (name, _, _, measure), (value, _, _) in found.items()} == {
        ("油气开采板块营业收入", "level"): 6829.6, ("油气开采板块利润", "level"): 1834.2,
        ("油气开采板块营业收入", "yoy_pct"): -5.2, ("油气开采板块利润", "yoy_pct"): -11.1}



def test_a_provinces_figures_read_on_after_the_nations_said_aside_in_brackets():
    release, found = read("工业生产稳步提升。2025年，全省规模以上工业增加值增长3%（全国增长5.9%）；全省地区生产总值增长3.9%。",
                          title="广东：2025年工业经济顶压前行")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_va.guangdong", 3.0), ("industrial_va", 5.9)}
    assert found == {("广东地区生产总值", "region", "2025", "year", "yoy_pct"): (3.9, "%", "exact")}


def test_shares_after_a_list_of_names_not_catalogued_are_each_names_share():
    _, found = read("新兴产业增势强劲。全年全省无人机、工业机器人产量分别增长39%和31.2%，分别占全国产量的90%和40%。",
                    title="广东：2025年工业经济顶压前行")
    assert {name: value for (name, _, _, _, measure), (value, _, _) in found.items() if measure == "share_pct"} == {
        "广东无人机产量占全国产量的比重": 90.0, "广东工业机器人产量占全国产量的比重": 40.0}


def test_a_share_of_a_wholes_growth_of_names_not_catalogued_is_kept_as_a_contribution():
    _, found = read("2025年1—9月，我国贡献了全球新能源汽车增量的68%。")
    assert found[("对全球新能源汽车增量的贡献率", "total", "2025-09", "ytd", "share_pct")] == (68.0, "%", "exact")
    _, found = read("全年全省货物进出口总额达9.5万亿元，增长4.4%，贡献全国进出口增量的24.1%。", title="广东：2025年开放合作持续深化")
    # (of the province's trade whose growth the sentence read)
    assert found[("广东货物进出口总额对全国进出口增量的贡献率", "region", "2025", "year", "share_pct")] == (24.1, "%", "exact")


def test_a_share_said_after_a_figure_kept_as_printed_is_its_share():
    _, found = read("据测算，2024年我国数字经济增加值达到45万亿元，占国内生产总值的比重约为33%。")
    assert found == {("数字经济增加值", "total", "2024", "year", "level"): (45.0, "万亿元", "exact"),
                     ("数字经济增加值占国内生产总值的比重", "total", "2024", "year", "share_pct"): (33.0, "%", "about")}


def test_a_provinces_division_named_with_commas_and_its_bare_metric_after_a_named_figure_are_kept_as_its_own():
    _, found = read("前11个月，全省规模以上工业增加值同比增长6.8%，其中计算机、通信和其他电子设备制造业增长12.7%。",
                    "前三季度，全省规模以上工业企业实现营业收入32114.1亿元，同比增长3.4%；实现利润总额2193.3亿元，同比增长5.8%。",
                    published="2025-12-19T16:05", title="四川：工业经济稳中有进 现代化产业体系加快成形")
    assert found[("四川计算机、通信和其他电子设备制造业增加值", "region", "2025-11", "ytd", "yoy_pct")] == (12.7, "%", "exact")
    assert found[("四川工业企业利润总额", "region", "2025-09", "ytd", "level")] == (2193.3, "亿元", "exact")
    assert found[("四川工业企业利润总额", "region", "2025-09", "ytd", "yoy_pct")] == (5.8, "%", "exact")


def test_a_total_of_names_listed_is_never_the_last_names_and_a_lists_year_said_as_the_lead_is_every_members():
    release, found = read("2025年上半年，再生铜、铝、铅、锌产量合计998万吨，同比增长4.55%。",
                          "截至2025年底，国家层面累计培育绿色工厂超过8000家。2024年度，新培育国家层面绿色工厂1382家、绿色工业园区"
                          "123家、绿色供应链管理企业126家。", published="2026-03-13T09:30", title="绿色制造体系建设取得积极进展")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("green_factories", "2025-12", 8000.0), ("green_factories_new", "2024", 1382.0),
        ("green_parks_new", "2024", 123.0), ("green_supply_chain_new", "2024", 126.0)}


def test_a_count_said_before_what_it_counts_after_a_verb_of_making_is_named_by_what_it_counts():
    _, found = read("目前，6G研发已完成第一阶段技术试验，形成超过300项关键技术储备。",
                    "截至2025年底，领航工厂沉淀了超过6000个垂直领域模型。", published="2026-01-21T10:00")
    assert found == {("关键技术储备", "total", "2026-01", "month", "count"): (300.0, "项", "over"),
                     ("领航工厂沉淀的垂直领域模型", "total", "2025-12", "month", "count"): (6000.0, "个", "over")}


def test_a_statements_named_growth_and_its_change_against_an_earlier_span_after_a_comma_or_a_list_mark():
    release, found = read("前三季度，全省先进材料产业增长4.7%、增速比上半年提高3.8个百分点。绿色低碳优势产业增加值增长6.7%，比上半年"
                          "提升0.8个百分点。", published="2025-12-19T16:05", title="四川：工业经济稳中有进")
    points = {o.label_zh: (o.value, o.base_period, o.base_period_type) for o in release.named if o.measure == "pp_change"}
    assert points == {"四川先进材料产业增速": (3.8, "2025-06", "ytd"), "四川绿色低碳优势产业增加值增速": (0.8, "2025-06", "ytd")}


def test_a_stock_held_at_the_end_of_years_running_to_now_is_dated_the_day_it_is_said():
    # 2025 press conference, in our own words: '5年来' runs to the day; a count held then (a flow over it is not)
    _, found = read("5年来，我们累计建成省级数字化转型促进中心200家，新布局创新中心16家。", published="2025-09-09T17:20")
    assert found == {("省级数字化转型促进中心", "total", "2025-09", "month", "count"): (200.0, "家", "exact")}


def test_a_stock_or_a_rate_in_a_paragraph_of_no_date_on_a_page_of_no_year_is_as_stated_that_day():
    _, found = read("我们系统谋划六大重点方向，累计部署“揭榜挂帅”攻关任务110项。",
                    "人工智能技术在领航级工厂生产场景中的渗透率超过70%。", published="2026-01-16T15:00")
    assert found == {("揭榜挂帅攻关任务", "total", "2026-01", "month", "count"): (110.0, "项", "exact"),
                     ("人工智能技术在领航级工厂生产场景中的渗透率", "total", "2026-01", "month", "level"): (70.0, "%", "over")}


def test_measures_listed_after_a_subject_are_of_that_subject():
    assert named.of_one_subject(["中小企业单位数", "从业人员", "资产总计"]) == \
        ["中小企业单位数", "中小企业从业人员", "中小企业资产总计"]
    assert named.of_one_subject(["钢铁行业", "有色行业"]) == ["钢铁行业", "有色行业"]       # names of their own
    assert named.of_one_subject(["单位数", "从业人员"]) == ["单位数", "从业人员"]            # no subject said


def test_names_not_catalogued_listed_with_their_shares_of_a_whole():
    # the fifth economic census, in our own words
    _, found = read("2023年末中小企业单位数、从业人员、资产总计分别占全部企业的99.9%、84.3%和78%。")
    assert found == {
        ("中小企业单位数占全部企业的比重", "total", "2023-12", "month", "share_pct"): (99.9, "%", "exact"),
        ("中小企业从业人员占全部企业的比重", "total", "2023-12", "month", "share_pct"): (84.3, "%", "exact"),
        ("中小企业资产总计占全部企业的比重", "total", "2023-12", "month", "share_pct"): (78.0, "%", "exact")}


def test_industries_listed_with_what_they_measure_said_after_the_last():
    assert named.sharing_measure(["汽车", "船舶", "电子信息制造行业开展数字化改造的企业比例"]) == [
        "汽车行业开展数字化改造的企业比例", "船舶行业开展数字化改造的企业比例", "电子信息制造行业开展数字化改造的企业比例"]
    # 2025 digital transformation, in our own words: the rank word is no part of the name, a share each
    _, found = read("截至2025年12月31日，工业企业生产设备数字化率达到57.7%。分行业看，汽车、船舶、电子信息制造行业开展数字化改造的"
                    "企业比例居前，分别为94.4%、94.2%和93.9%。", published="2026-01-16T15:00")
    assert {name: value for (name, _, period, _, _), (value, _, _) in found.items() if period == "2025-12"} == {
        "工业企业生产设备数字化率": 57.7, "汽车行业开展数字化改造的企业比例": 94.4,
        "船舶行业开展数字化改造的企业比例": 94.2, "电子信息制造行业开展数字化改造的企业比例": 93.9}


def test_a_bare_rate_is_the_subjects_and_points_are_never_a_level():
    _, found = read("2025年，搭载智能座舱的乘用车新车销量达到1200万辆，渗透率为50.1%，与2021年相比，渗透率提高了30个百分点。")
    assert {name: (value, unit) for (name, _, _, _, measure), (value, unit, _) in found.items()} == {
        "搭载智能座舱的乘用车新车销量": (1200.0, "万辆"), "搭载智能座舱的乘用车渗透率": (50.1, "%")}
    assert named.points_as_level(Quantity(30.0, "个百分点", "exact", None), "level")


def test_provinces_listed_with_a_level_each_then_their_growth_in_real_terms():
    # 2025 provincial GDP, in our own words: a group counted alone ('两省合计') names no metric: not kept
    release, found = read("2025年，广东、江苏地区生产总值分别为145846.76亿元和142351.5亿元，按不变价格计算分别增长3.9%和5.3%。"
                          "两省合计约28.8万亿元，占全国的20.5%。", published="2026-03-06T09:30")
    assert found == {
        ("广东地区生产总值", "region", "2025", "year", "level"): (145846.76, "亿元", "exact"),
        ("江苏地区生产总值", "region", "2025", "year", "level"): (142351.5, "亿元", "exact"),
        ("广东地区生产总值", "region", "2025", "year", "yoy_pct"): (3.9, "%", "exact"),
        ("江苏地区生产总值", "region", "2025", "year", "yoy_pct"): (5.3, "%", "exact")}
    assert {"两省合计约28.8万亿元", "占全国的20.5%。"} <= set(release.skipped)


def test_what_a_name_just_read_reaches_is_kept_as_printed():
    _, found = read("截至2025年底，二级节点达到383个，覆盖47个行业。", published="2026-01-30T10:00")
    assert found == {("二级节点覆盖行业", "total", "2025-12", "month", "count"): (47.0, "个", "exact")}


def test_a_figure_per_member_is_of_the_subject_just_read():
    _, found = read("2025年，专精特新“小巨人”企业研发投入强度达到7%，户均研发投入超过3000万元。")
    assert found == {("专精特新小巨人企业户均研发投入", "total", "2025", "year", "level"): (3000.0, "万元", "over")}


def test_the_last_few_years_run_to_the_date_in_force():
    _, found = read("截至2024年底，国家层面累计培育绿色工厂6430家。近三年，绿色工厂累计实施低碳改造升级项目1万余项。",
                    published="2025-01-24T09:30")
    assert found == {("绿色工厂累计实施低碳改造升级项目", "total", "2024-12", "month", "count"): (1.0, "万项", "over")}



def test_a_share_said_with_its_whole_in_a_from_to_of_two_years():
    _, found = read("2020年至2025年，智能家电在家电产品中的比重从38%提高到62%。", published="2026-02-13T10:00")
    assert found == {("智能家电占家电产品的比重", "total", "2020", "year", "share_pct"): (38.0, "%", "exact"),
                     ("智能家电占家电产品的比重", "total", "2025", "year", "share_pct"): (62.0, "%", "exact")}
    # under a plan's whole years, the plan over, from the end of the year before its first to its last (as a count
    # risen over them is); over its years running to now ('以来') the start is no year's
    assert read("“十四五”期间，智能家电在家电产品中的比重从38%提高到62%。", published="2026-02-13T10:00")[1] == found
    assert read("“十四五”以来，智能家电在家电产品中的比重从38%提高到62%。", published="2026-02-13T10:00")[1] == {}


@pytest.mark.parametrize("before, after, name", [
    ("分场景遴选", "中小企业数字化转型典型案例", "中小企业数字化转型典型案例"),
    ("工业和信息化部分场景遴选", "中小企业数字化转型典型案例", "中小企业数字化转型典型案例"),
    ("支持", "城市开展试点", None),                 # supported: what follows is what they do, never a name
    ("发布锂离子电池材料、民机铝材等", "新材料行业标准", "新材料行业标准"),     # examples of what was announced
    ("民机铝材等", "新材料行业标准", "新材料行业标准"),                       # (the list's last item alone)
    ("支持北京、上海等", "城市开展试点", None),     # examples of who does it: never what is counted
    ("开源鸿蒙累计发布", "大版本", "开源鸿蒙发布的大版本"),   # what its owner released, named with it
    ("", "关键智能制造装备和工业软件实现规模化应用", "关键智能制造装备和工业软件"),   # what is said of them: no part
    ("", "国家绿色数据中心使用的电力一半以上来自绿电", "国家绿色数据中心"),
    ("工业和信息化部已出台", "重点行业数字化转型实施方案", "重点行业数字化转型实施方案"),    # documents issued
    ("制定了", "国家标准", "国家标准"),
])
def test_what_was_chosen_is_what_a_count_after_the_verb_counts(before, after, name):
    assert named.counted_after(before, after) == name


def test_a_goal_holds_to_its_semicolon_and_main_is_no_aim():
    _, found = read("近年来，我们推动汽车和动力电池生产企业落实生产者责任延伸制度；持续开展行业规范管理，累计培育148家综合利用骨干企业。",
                    published="2026-02-06T10:00")
    assert found == {("综合利用骨干企业", "total", "2026-02", "month", "count"): (148.0, "家", "exact")}
    assert not named.under_a_goal("国内主要手机厂商累计推出") and named.under_a_goal("要推动")


def test_a_span_another_paragraph_said_never_dates_a_named_flow():
    # the January 2026 auto press conference, in our own words
    _, found = read("2025年1—7月，具备组合驾驶辅助功能的乘用车新车销量达到776万辆。",
                    "从测试示范看，全国累计开放测试示范道路3.5万公里。", published="2026-01-23T15:00")
    assert {name for name, *_ in found} == set()


def test_a_product_output_is_never_its_price():
    # '电池级碳酸锂' is catalogued as a price: its output (产量) is a name of its own, never the price's growth
    _, found = read("2024年，电池级碳酸锂产量67万吨，同比增长45%。", published="2025-10-16T09:45")
    assert found == {("电池级碳酸锂产量", "total", "2024", "year", "level"): (67.0, "万吨", "exact"),
                     ("电池级碳酸锂产量", "total", "2024", "year", "yoy_pct"): (45.0, "%", "exact")}


def test_about_printed_once_before_a_list_is_each_figure_s():
    _, found = read("2024年，全国锂离子电池正极材料、负极材料产量分别约为310万吨、200万吨。", published="2025-10-16T09:45")
    assert found == {("锂离子电池正极材料产量", "total", "2024", "year", "level"): (310.0, "万吨", "about"),
                     ("负极材料产量", "total", "2024", "year", "level"): (200.0, "万吨", "about")}


@pytest.mark.parametrize("gap, aggregate, value", [
    ("较全国平均水平高0.8个百分点", "全国", 0.8),
    ("高于全部规模以上工业平均水平3.1个百分点", "全部规模以上工业", 3.1),
    ("比全国平均水平低1.2个百分点", "全国", -1.2),
])
def test_a_named_rate_s_gap_to_an_average_keeps_the_average(gap, aggregate, value):
    release, found = read(f"截至2024年底，轻工业企业数字化研发设计工具普及率达84.9%，{gap}。", published="2025-10-21T10:00")
    assert found[("轻工业企业数字化研发设计工具普及率", "total", "2024-12", "month", "pp_gap")] == (value, "百分点", "exact")
    assert [o.relative_to for o in release.named if o.measure == "pp_gap"] == [aggregate]


def test_a_gap_to_another_name_is_not_kept():
    # against a name, not an average: whose rate it is compared with is not read
    _, found = read("截至2024年底，轻工业企业数字化研发设计工具普及率达84.9%，比纺织行业高0.8个百分点。", published="2025-10-21T10:00")
    assert [key for key in found if key[4] == "pp_gap"] == []


def test_members_counted_by_another_measure_than_value_added_are_kept_as_printed():
    # the divisions whose SMEs' profits grew: never the count of divisions whose value added grew
    release, found = read("上半年，规模以上工业中小企业增加值同比增长8.0%。从效益看，31个制造业大类行业中，"
                          "有19个行业的中小企业利润总额保持增长。", published="2025-09-09T17:30")
    assert found == {("中小企业利润总额增长的行业", "total", "2025-06", "ytd", "count"): (19.0, "个", "exact")}
    assert [o.universe for o in release.named] == [31.0]
    assert not [o for o in release.observations if o.indicator == "industries_growing"]


def test_a_year_said_as_a_base_is_not_the_year_the_sentence_speaks_in():
    # '增速比2023年加快…' compares with 2023: the shares after it are of 去年 (2024)
    _, found = read("去年，规模以上消费品工业增加值同比增长4.5%，增速比2023年加快3.6个百分点；小家电、化纤的产量分别约占全球的80%和70%。",
                    published="2025-11-28T09:30")
    assert found == {("小家电的产量占全球的比重", "total", "2024", "year", "share_pct"): (80.0, "%", "about"),
                     ("化纤的产量占全球的比重", "total", "2024", "year", "share_pct"): (70.0, "%", "about")}


def test_a_value_of_another_year_said_in_passing_is_never_the_span_s():
    _, found = read("今年上半年，我国创新药对外授权交易总金额近660亿美元，已经超过2024年全年的519亿美元。",
                    published="2025-11-28T09:30")
    assert found == {("创新药对外授权交易总金额", "total", "2025-06", "ytd", "level"): (660.0, "亿美元", "about")}


def test_divisions_listed_with_their_investment_said_once_after_the_last():
    _, found = read("2025年，纺织业、服装业、化纤业固定资产投资完成额同比依次增长4.3%、5.2%和12.3%。", published="2026-02-10T10:00")
    assert found == {("纺织业固定资产投资完成额", "total", "2025", "year", "yoy_pct"): (4.3, "%", "exact"),
                     ("服装业固定资产投资完成额", "total", "2025", "year", "yoy_pct"): (5.2, "%", "exact"),
                     ("化纤业固定资产投资完成额", "total", "2025", "year", "yoy_pct"): (12.3, "%", "exact")}


def test_a_share_of_the_output_of_things_just_counted_is_theirs():
    _, found = read("截至目前，国家层面累计培育绿色工厂6430家，实现产值占制造业总产值的比重约20%。", published="2025-02-26T10:00")
    assert found == {("绿色工厂产值占制造业总产值的比重", "total", "2025-02", "month", "share_pct"): (20.0, "%", "about")}


def test_a_list_s_members_are_dated_by_the_month_it_came_out_when_said():
    _, found = read("今年4月，我们发布了首批中国消费名品名单，共有企业名牌93个、区域品牌43个。", published="2025-11-28T09:30")
    assert found == {("企业名牌", "total", "2025-04", "month", "count"): (93.0, "个", "exact"),
                     ("区域品牌", "total", "2025-04", "month", "count"): (43.0, "个", "exact")}


def test_the_members_of_a_count_just_read_listed_by_industry():
    # the first 中国消费名品 list (April 2025), in our own words: the industries' brands add up to the whole
    _, found = read("今年4月，我们发布了首批中国消费名品名单，包括企业名牌93个、区域品牌43个。在企业名牌中，轻工、纺织、食品、医药行业"
                    "依次为28个、14个、38个和13个。", published="2025-11-28T09:30")
    assert found[("企业名牌", "total", "2025-04", "month", "count")] == (93.0, "个", "exact")
    assert {name: value for (name, *_), (value, *_) in found.items() if name.startswith("企业名牌中")} == {
        "企业名牌中轻工行业": 28.0, "企业名牌中纺织行业": 14.0, "企业名牌中食品行业": 38.0, "企业名牌中医药行业": 13.0}
    # members adding up to more than the whole are not its members: whose they are is not said
    _, found = read("今年4月，我们发布了首批中国消费名品名单，包括企业名牌93个。在企业名牌中，轻工、纺织行业依次为68个和44个。",
                    published="2025-11-28T09:30")
    assert [name for name, *_ in found] == ["企业名牌"]


def test_a_fall_narrowing_to_a_rate_is_the_growth_of_the_name_just_read():
    _, found = read("世界钢铁协会近期预计，2025年我国钢铁需求将下降2.0%左右，2026年降幅有望收窄至1.0%。",
                    published="2025-10-24T10:00")
    assert found == {("钢铁需求", "total", "2025", "year", "yoy_pct"): (-2.0, "%", "about"),
                     ("钢铁需求", "total", "2026", "year", "yoy_pct"): (-1.0, "%", "exact")}
    assert named.name_of("降幅") is None


def test_a_count_beside_an_amount_after_one_name_are_both_its():
    _, found = read("应收账款融资服务平台作用进一步发挥，截至二季度末累计支持中小微企业融资50.9万笔、19.5万亿元。",
                    published="2025-11-22T10:00")
    assert found == {("支持中小微企业融资", "total", "2025-06", "month", "count"): (50.9, "万笔", "exact"),
                     ("支持中小微企业融资", "total", "2025-06", "month", "level"): (19.5, "万亿元", "exact")}


def test_a_trade_s_value_said_bare_after_the_trade_is_named():
    _, found = read("一季度，工业品出口保持韧性，出口额同比增长6.9%。", published="2025-04-18T10:00")
    assert found == {("工业品出口额", "total", "2025-03", "ytd", "yoy_pct"): (6.9, "%", "exact")}


def test_a_named_growth_is_over_the_span_another_paragraph_carries():
    _, found = read("一季度，规模以上工业增加值同比增长6.5%。", "二是结构调整稳中有进。工业品出口保持韧性，出口额同比增长6.9%。",
                    published="2025-04-18T10:00", title="2025年一季度工业和信息化发展情况")
    assert found == {("工业品出口额", "total", "2025-03", "ytd", "yoy_pct"): (6.9, "%", "exact")}


def test_a_count_and_its_average_per_member_after_it():
    # '户均' is no '均' handing one figure to each name listed
    _, found = read("2025年，中小企业发展平稳。", "截至2025年底，发明专利总量达到46万项、户均26.6项。", published="2026-01-27T09:00")
    assert found == {("发明专利总量", "total", "2025-12", "month", "count"): (46.0, "万项", "exact"),
                     ("户均发明专利", "total", "2025-12", "month", "level"): (26.6, "项", "exact")}


def test_a_share_from_one_year_to_last_year_is_dated_by_each():
    _, found = read("“十四五”以来，新能源汽车的销售占比从2020年的5.4%提升到去年的40.9%。", published="2025-09-09T10:00")
    assert found == {("新能源汽车的销售占比", "total", "2020", "year", "share_pct"): (5.4, "%", "exact"),
                     ("新能源汽车的销售占比", "total", "2024", "year", "share_pct"): (40.9, "%", "exact")}


def test_a_clause_naming_its_own_year_is_that_year_s_under_a_window():
    _, found = read("“十四五”期间，我国低空装备产业规模不断扩大，2024年低空装备产值约520亿元。", published="2025-12-31T10:00")
    assert found == {("低空装备产值", "total", "2024", "year", "level"): (520.0, "亿元", "about")}


def test_a_name_s_change_on_the_year_before_said_with_a_verb_of_improvement():
    _, found = read("2025年，汽车产业稳中向好。", "大功率充电设施加快布局，全国公共场站平均充电功率较上年提升30%。",
                    published="2026-01-14T10:00")
    assert found == {("公共场站平均充电功率", "total", "2025", "year", "yoy_pct"): (30.0, "%", "exact")}


@pytest.mark.parametrize("name, measure, grown", [
    ("机械工业主要经济指标增速", "level", ("机械工业主要经济指标", "yoy_pct", 1)),
    ("塑料制品产量同比增速", "level", ("塑料制品产量", "yoy_pct", 1)),
    ("水泥需求降幅", "level", ("水泥需求", "yoy_pct", -1)),            # a fall's rate: a growth below zero
    ("水泥需求降幅收窄至", "", ("水泥需求", "yoy_pct", -1)),           # the rate it moved to
    ("增速", "level", None),                                 # a rate of nothing named
    ("机械工业增加值增速", "pp_change", None),              # a change of the growth, kept as said
    ("产能利用率", "level", None),
])
def test_a_name_said_as_its_growth_rate_is_the_growth_of_the_name(name, measure, grown):
    assert named.growth_named(name, measure) == grown


@pytest.mark.parametrize("sentence, expected", [
    # the partner's 对 and what is traded said once, for every partner; a word after the name (则) is no part of it
    ("对美国、俄罗斯的出口额则分别下降11.7%和20.6%。", {"对美国的出口额": -11.7, "对俄罗斯的出口额": -20.6}),
    ("对“一带一路”共建国家和东盟的出口额同比分别增长24.7%和23.4%。",
     {"对“一带一路”共建国家的出口额": 24.7, "对东盟的出口额": 23.4}),
    # names joined by 和, the industry word and the measure said once after the last
    ("通用设备和汽车制造业投资分别增长6.2%和11.7%。", {"通用设备制造业投资": 6.2, "汽车制造业投资": 11.7}),
])
def test_names_listed_share_what_the_last_says_of_them(sentence, expected):
    _, found = report("equipment", "2025年机械工业经济运行情况", "2026-02-10T10:00", "2025年，机械工业运行平稳。" + sentence)
    assert {name: value for (name, _, _, measure), (value, _, _) in found.items() if measure == "yoy_pct"} == expected


def test_a_batch_chosen_is_named_with_its_batch_never_as_all_of_them():
    _, found = read("2025年又遴选第三批34个左右试点城市。", published="2026-01-20T10:00")
    assert found == {("第三批试点城市", "total", "2025", "year", "count"): (34.0, "个", "about")}


def test_a_named_share_said_in_two_years_is_a_share_in_each():
    _, found = read("我国新接绿色动力船舶订单的国际市场份额由2021年的31.5%逐年提升至2024年的78.5%。", published="2025-10-13T10:00")
    name = "新接绿色动力船舶订单的国际市场份额"
    assert found == {(name, "total", "2021", "year", "share_pct"): (31.5, "%", "exact"),
                     (name, "total", "2024", "year", "share_pct"): (78.5, "%", "exact")}


def test_an_industrys_other_metrics_and_their_growths_after_a_figure_kept_as_printed():
    # real figures: machine tools (January to September 2025) and instruments (2024)
    _, found = read("前三季度，机床工具行业完成营业收入7647亿元，实现利润总额247亿元，同比分别增长1.6%和28.0%。",
                    published="2025-11-14T10:00")
    assert {(name, measure): value for (name, _, _, _, measure), (value, _, _) in found.items()} == {
        ("机床工具行业营业收入", "level"): 7647.0, ("机床工具行业利润总额", "level"): 247.0,
        ("机床工具行业营业收入", "yoy_pct"): 1.6, ("机床工具行业利润总额", "yoy_pct"): 28.0}
    _, found = read("2024年，全国规模以上仪器仪表制造企业达到7326家，比上年增加547家；实现营业收入10803.8亿元、利润总额"
                    "1105.8亿元，比上年分别增长6.84%和3.5%。", published="2025-11-14T10:00")
    assert {(name, period, measure): value for (name, _, period, _, measure), (value, _, _) in found.items()} == {
        ("仪器仪表制造企业", "2024-12", "count"): 7326.0, ("仪器仪表制造企业", "2024-12", "yoy_abs_change"): 547.0,
        ("仪器仪表制造企业营业收入", "2024", "level"): 10803.8, ("仪器仪表制造企业利润总额", "2024", "level"): 1105.8,
        ("仪器仪表制造企业营业收入", "2024", "yoy_pct"): 6.84, ("仪器仪表制造企业利润总额", "2024", "yoy_pct"): 3.5}
    # a stock in the middle of a year: a change said 比上年 is not sure to be on the same date
    _, mid = read("截至6月底，全国规模以上仪器仪表制造企业达到7326家，比上年增加547家。", published="2025-07-14T10:00")
    assert not any(measure == "yoy_abs_change" for (_, _, _, _, measure) in mid)


def test_the_domestic_and_export_parts_of_a_machines_sales_are_named_with_it():
    # real figures: excavators and loaders, January to September 2025
    release, found = read("1—9月，挖掘机累计销量174039台，同比增长18%，其中国内销量89877台、出口84162台；装载机累计销量93739台，"
                          "同比增长14.6%，国内、出口销量分别为49996台和43743台，同比分别增长20.7%和8.3%。", published="2025-11-14T10:00")
    assert {(name, measure): value for (name, _, _, _, measure), (value, _, _) in found.items()} == {
        ("挖掘机国内销量", "level"): 89877.0, ("挖掘机出口", "level"): 84162.0,
        ("装载机国内销量", "level"): 49996.0, ("装载机出口销量", "level"): 43743.0,
        ("装载机国内销量", "yoy_pct"): 20.7, ("装载机出口销量", "yoy_pct"): 8.3}
    assert not any(o.indicator.startswith("vehicles") for o in release.observations)    # never a vehicle series


@pytest.mark.parametrize("name, owner", [("挖掘机累计销量", "挖掘机"), ("装载机销量", "装载机"), ("汽车销量", ""),
                                         ("新能源乘用车销量", ""), ("挖掘机产量", "")])
def test_whose_sales_parts_are(name, owner):
    assert named.sales_owner(name) == owner


def test_a_named_figures_value_the_month_before_said_with_its_change_on_it():
    # real figures: rare-earth exports, September 2025
    _, found = read("9月份，稀土出口4000.3吨，较8月份的5791.8吨下降30.9%。", published="2025-11-06T10:00")
    assert found == {("稀土出口", "total", "2025-09", "month", "level"): (4000.3, "吨", "exact"),
                     ("稀土出口", "total", "2025-08", "month", "level"): (5791.8, "吨", "exact"),
                     ("稀土出口", "total", "2025-09", "month", "mom_pct"): (-30.9, "%", "exact")}
    # against a month other than the one before: that month's value is read, the change is not (no measure holds it)
    _, other = read("9月份，稀土出口4000.3吨，较6月份的5791.8吨下降30.9%。", published="2025-11-06T10:00")
    assert other == {("稀土出口", "total", "2025-09", "month", "level"): (4000.3, "吨", "exact"),
                     ("稀土出口", "total", "2025-06", "month", "level"): (5791.8, "吨", "exact")}


def test_what_a_name_includes_said_in_brackets_and_prices_listed():
    # real figures: lithium batteries, 2024
    _, found = read("2024年，锂电池装机量（含新能源汽车、新型储能）超过645GWh，同比增长48%。", published="2025-02-27T10:00")
    assert found[("锂电池装机量", "total", "2024", "year", "level")] == (645.0, "GWh", "over")
    _, found = read("2024年，电池级碳酸锂和氢氧化锂均价分别为9万元/吨和8.7万元/吨。", published="2025-02-27T10:00")
    assert {name: value for (name, *_), (value, _, _) in found.items()} == {"电池级碳酸锂均价": 9.0, "氢氧化锂均价": 8.7}


def test_a_named_figures_value_at_an_earlier_date_said_after_it_is_kept_at_that_date():
    # real figures: civil explosives, 2024 and 2025
    _, found = read("2024年，民爆生产企业累计完成生产总值416.95亿元，较上年的436.58亿元有所下降；实现利润总额96.39亿元，"
                    "同比增长13%，上年为85.27亿元。", published="2025-07-25T10:00")
    assert {key: value for key, (value, _, _) in found.items()} == {
        ("民爆生产企业累计完成生产总值", "total", "2024", "year", "level"): 416.95,
        ("民爆生产企业累计完成生产总值", "total", "2023", "year", "level"): 436.58,
        ("民爆生产企业利润总额", "total", "2024", "year", "level"): 96.39,       # the owner's other metric
        ("民爆生产企业利润总额", "total", "2024", "year", "yoy_pct"): 13.0,
        ("民爆生产企业利润总额", "total", "2023", "year", "level"): 85.27}      # its level then, never its growth's
    _, found = read("1—5月，数码电子雷管占工业雷管产量的比重达到94%，较2020年的12%大幅提升。", published="2025-07-25T10:00")
    assert found[("数码电子雷管占工业雷管产量的比重", "total", "2020", "year", "share_pct")] == (12.0, "%", "exact")
    # a stock's value then is at that year's end
    _, found = read("截至2024年底，在役工业机器人保有量突破200万台，较2020年的96万台增长1.1倍。", published="2025-03-20T10:00")
    assert found[("在役工业机器人保有量", "total", "2020-12", "month", "level")] == (96.0, "万台", "exact")
    # a growth then is no level then
    _, found = read("2024年，民爆生产企业实现利润总额96.39亿元，同比增长13%，上年为增长5%。", published="2025-07-25T10:00")
    assert ("民爆生产企业利润总额", "total", "2023", "year", "level") not in found


def test_a_compound_subject_not_catalogued_gives_one_figure_each_with_its_changes():
    # real figures: industrial explosives, first half of 2025
    _, found = read("上半年，全国工业炸药产、销量分别为208.39万吨和207.75万吨，同比分别增长0.20%和0.23%。",
                    published="2025-07-25T10:00")
    assert {key: value for key, (value, _, _) in found.items()} == {
        ("工业炸药产量", "total", "2025-06", "ytd", "level"): 208.39, ("工业炸药销量", "total", "2025-06", "ytd", "level"): 207.75,
        ("工业炸药产量", "total", "2025-06", "ytd", "yoy_pct"): 0.2, ("工业炸药销量", "total", "2025-06", "ytd", "yoy_pct"): 0.23}


def test_a_list_with_magnitudes_alone_and_a_field_said_once_after_the_last_name():
    # real figures: mobile IoT terminals by field, end of April 2025
    _, found = read("截至4月底，公共服务、车联网、智慧零售、智慧家居、工业制造领域的终端规模分别达10.2亿、4.8亿、3.8亿、3.4亿和1.1亿户。",
                    published="2025-05-28T10:00")
    assert {name: (value, unit) for (name, *_), (value, unit, _) in found.items()} == {
        "公共服务领域的终端规模": (10.2, "亿户"), "车联网领域的终端规模": (4.8, "亿户"), "智慧零售领域的终端规模": (3.8, "亿户"),
        "智慧家居领域的终端规模": (3.4, "亿户"), "工业制造领域的终端规模": (1.1, "亿户")}


def test_the_parts_of_a_named_figure_listed_after_qizhong_add_up_to_no_more_than_it():
    # real figures: mobile IoT revenue by operator, 2024
    text = "2024年，我国移动物联网综合收入达452.71亿元，其中中国电信、中国移动、中国联通分别为{}亿元、262.99亿元、139.53亿元。"
    _, found = read(text.format("50.19"), published="2025-05-28T10:00")
    assert {name: value for (name, _, period, _, _), (value, _, _) in found.items() if period == "2024"} == {
        "移动物联网综合收入": 452.71, "中国电信移动物联网综合收入": 50.19, "中国移动移动物联网综合收入": 262.99,
        "中国联通移动物联网综合收入": 139.53}
    _, found = read(text.format("150.19"), published="2025-05-28T10:00")      # more than the whole: never its parts
    assert [name for name, *_ in found] == ["移动物联网综合收入"]


def test_a_share_list_holding_a_name_not_catalogued_keeps_it_as_printed_beside_the_series():
    release, found = read("2024年，先进制造业、高技术制造业增加值占规模以上工业的比重分别为56.7%、31.6%。",
                          published="2025-01-24T10:00")
    assert [(o.indicator, o.period, o.value) for o in release.observations] == [("industrial_va.high_tech", "2024", 31.6)]
    assert found == {("先进制造业占规模以上工业的比重", "total", "2024", "year", "share_pct"): (56.7, "%", "exact")}
    # no period said in the sentence: the two readings might date it apart, none is kept
    release, found = read("目前，小家电、化纤、大宗原料药年产量分别占全球的80%、70%和40%。", published="2025-03-24T10:00")
    assert not found and not release.observations


def test_the_ones_counted_that_did_something_are_named_by_what_they_did():
    # real figures: SME digital-transformation pilot cities (two batches by October 2024)
    _, found = read("截至2024年10月，已有两批次共66个城市纳入试点范围。", published="2025-08-08T10:00")
    assert found == {("纳入试点范围的城市", "total", "2024-10", "month", "count"): (66.0, "个", "exact")}


def test_a_requirement_met_is_no_goal_said():
    # real figure: products meeting China's RoHS requirements, 2024 ('要求' met, never '要' of an aim)
    _, found = read("2024年，近3万种电器电子产品达到中国RoHS管控要求，同比增长约10%。", published="2025-01-23T10:00")
    assert found[("达到中国RoHS管控要求的电器电子产品", "total", "2024", "year", "count")] == (3.0, "万种", "about")
    _, found = read("2024年，要推动近3万种电器电子产品达到中国RoHS管控要求。", published="2025-01-23T10:00")
    assert not found        # an aim said with 要: never progress


def test_a_total_shipped_in_a_span_is_a_flow_of_the_span_never_held_at_the_pages_day():
    # real figures: first quarter of 2025
    _, found = read("一季度，电视机出货总量884万台，同比增长4.7%。", published="2025-04-24T10:00")
    assert found == {("电视机出货总量", "total", "2025-03", "ytd", "level"): (884.0, "万台", "exact"),
                     ("电视机出货总量", "total", "2025-03", "ytd", "yoy_pct"): (4.7, "%", "exact")}


def test_growths_changes_in_points_listed_after_names_growths_and_one_after_a_gap_are_each_growths_own():
    # real figures: Shandong, first quarter of 2025 (a province's page)
    release, found = read("一季度，铁路船舶、电子信息、汽车等行业增加值分别增长36.0%、28.6%和13.3%，增速较去年全年依次提高7.4、11.6和5.2个百分点。",
                          "一季度，全省工业投资同比增长20.6%，高于全国8.6个百分点，比去年同期提高7.8个百分点。",
                          published="2025-04-25T10:00", title="山东：一季度规上工业增加值同比增长8.2%")
    changes = {(o.label_zh, o.base_period): o.value for o in release.named if o.measure == "pp_change"}
    assert changes == {("山东铁路船舶行业增加值增速", "2024"): 7.4, ("山东电子信息行业增加值增速", "2024"): 11.6,
                       ("山东汽车行业增加值增速", "2024"): 5.2, ("山东工业投资增速", "2024-03"): 7.8}
    assert found[("山东工业投资", "region", "2025-03", "ytd", "pp_gap")] == (8.6, "百分点", "exact")


def test_an_index_no_series_keeps_is_kept_as_printed_in_points():
    # real figures: the textile industry's sentiment index, fourth quarter of 2024; the BeiDou industry index, mid-2025
    _, found = read("据中国纺织工业联合会调查，2024年四季度纺织行业综合景气指数为58.3。", published="2025-03-12T10:00")
    assert found == {("纺织行业综合景气指数", "total", "2024-12", "quarter", "level"): (58.3, "点", "exact")}
    _, found = read("截至今年上半年，北斗产业综合指数达到1579点，同比提升10.34%。", published="2025-09-10T10:00")
    assert found[("北斗产业综合指数", "total", "2025-06", "ytd", "level")] == (1579.0, "点", "exact")


def test_parts_of_the_figure_read_last_in_its_metric_are_of_its_month_said_in_the_sentence_before():
    # real figures: Zhejiang, October 2025 (a province's page)
    _, found = read("今年以来，浙江工业稳中有进。1—11月，全省规模以上工业增加值同比增长7.0%。",
                    "从月度看，10月份全省规上工业增加值同比增长6.6%。汽车、烟草、石油加工、计算机通信电子和电力等行业增加值分别增长"
                    "27.3%、18.6%、17.9%、13.0%和12.4%，合计拉动规上工业增加值增长5.2个百分点。",
                    published="2025-12-23T10:00", title="浙江：大市大县勇挑大梁")
    assert {(name, period) for name, _, period, _, _ in found} == {
        ("浙江汽车行业增加值", "2025-10"), ("浙江烟草行业增加值", "2025-10"), ("浙江石油加工行业增加值", "2025-10"),
        ("浙江计算机通信电子行业增加值", "2025-10"), ("浙江电力行业增加值", "2025-10")}
    # another metric than the figure read last: not sure it is that month's
    _, found = read("今年以来，浙江工业稳中有进。1—11月，全省规模以上工业增加值同比增长7.0%。",
                    "从月度看，10月份全省规上工业增加值同比增长6.6%。汽车、烟草、石油加工、计算机通信电子和电力等行业利润分别增长"
                    "27.3%、18.6%、17.9%、13.0%和12.4%，合计拉动规上工业增加值增长5.2个百分点。",
                    published="2025-12-23T10:00", title="浙江：大市大县勇挑大梁")
    assert not found


def test_a_trade_total_said_bare_after_a_named_owners_profit_is_the_owners():
    # real figures: the petrochemical industry's first half of 2025, two sectors said in turn
    release, found = report("raw_materials", "2025年上半年石化化工行业运行情况", "2025-08-05T10:00",
                            "上半年，油气开采板块实现营业收入6829.6亿元，同比下降5.2%；实现利润1834.2亿元，同比下降11.1%；"
                            "进出口额1779.5亿美元，同比下降11%。化工板块实现利润1996亿元，同比下降5.5%；进出口额2080.3亿美元，同比增长0.3%。")
    assert found[("油气开采板块进出口额", "2025-06", "ytd", "level")] == (1779.5, "亿美元", "statistics")
    assert found[("化工板块进出口额", "2025-06", "ytd", "level")] == (2080.3, "亿美元", "statistics")


def test_parts_of_the_figure_read_last_are_of_its_span_in_a_review_from_the_years_last_weeks():
    # real figures: Zhejiang, January to November 2025, said on 23 December
    _, found = read("今年以来，浙江工业稳中有进。1—11月，全省规模以上工业增加值同比增长7.0%。",
                    "从城市看，温州、绍兴规上工业增加值分别增长10.3%和9.8%。",
                    published="2025-12-23T10:00", title="浙江：大市大县勇挑大梁")
    assert {(value, period, period_type) for (_, _, period, period_type, _), (value, _, _) in found.items()} == {
        (10.3, "2025-11", "ytd"), (9.8, "2025-11", "ytd")}
