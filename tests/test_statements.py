"""MIIT's statements of progress: which news items are in scope, every theme figure of each
statement page with its qualifier and evidence, the periods statements speak of, and how the
scorecard and the claims use them (qualified ranges, forecasts never scoring, statistics first)."""
import re
from datetime import datetime

import duckdb
import pytest
from conftest import MIIT, url_of

from xinzhi import register, warehouse
from xinzhi.cn import QUANTITY_RE, fold, parse_quantity
from xinzhi.model import Article, Observation, ParseError, Release
from xinzhi.pipeline import parse_page
from xinzhi.releases import kind_of, statement
from xinzhi.news_scope import never_progress
from xinzhi.sources.miit import classify_news

NEWS = MIIT / "xwfb"


# ------------------------------------------------------------------ which news is in scope

@pytest.mark.parametrize("title, kind", [
    ("李乐成会见新加坡贸工部长", "meeting with guests"),
    ("工业和信息化部负责人会见跨国企业和商协会负责人", "meeting with guests"),
    ("工业和信息化部党组召开理论学习中心组学习会议", "party affairs"),
    ("工业和信息化部系统扎实开展学习教育", "party affairs"),
    ("工业和信息化部关于干部任免的通知", "personnel"),
    ("关于2025年度智能制造系统解决方案揭榜挂帅项目名单的公示", "notice of a list or a draft"),
    ("关于组织开展2025年5G工厂名录项目遴选工作的通知", "notice of a list or a draft"),
    ("《数据安全管理办法（征求意见稿）》公开征求意见", "notice of a list or a draft"),
    ("工业和信息化部机关开展2026年春季义务植树活动", "ceremony"),
    ("统计督察组向工业和信息化部反馈统计督察意见", "inspection feedback"),
    # everything else is read, and its text decides: titles with no theme word among them
    ("连续16年世界第一 我国造船业三大指标领跑全球", None),
    ("稳、进、新、活 2025年工业和信息化发展呈现四大特点", None),
    ("工业和信息化部有关负责人介绍我国数字经济发展情况", None),
    ("全国工业和信息化工作会议在京召开", None),
    ("国新办举行2025年工业和信息化发展成效新闻发布会", None),
    ("工业和信息化部召开第八次制造业企业座谈会", None),
    ("节能与综合利用司负责同志解读2024年度绿色制造名单", None),       # a list explained: its totals
    ("工业和信息化部党组召开会议 研究部署四季度重点工作", None),         # the work ahead: the figures behind it
    ("部党组召开会议 传达学习中央经济工作会议精神", None),               # the year's economy reviewed
    ("2025年度名单公布 累计培育数量超8000家", None),                     # a list whose title states its total
    ("关于公布2025年度专精特新企业名单的通知", "notice of a list or a draft"),
])
def test_news_never_fetched_is_a_written_down_kind_and_everything_else_is_read(title, kind):
    assert never_progress(title) == kind
    assert classify_news(title) == (None if kind else "statement")          # what a refresh fetches
    news = "https://www.miit.gov.cn/xwfb/szyw/art/2026/art_0123456789abcdef0123456789abcdef.html"
    assert kind_of(title, "MIIT", news) == "statement"                      # a page given to parse: its text decides


def test_a_news_page_is_a_statement_and_a_statistics_title_never_is():
    news = "https://www.miit.gov.cn/xwfb/szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
    assert kind_of("全国工业和信息化工作会议在京召开", "MIIT", news) == "statement"
    assert kind_of("2025年通信业统计公报", "MIIT", news) == "statement"          # a news item on its theme
    assert kind_of("2025年通信业统计公报", "MIIT") == "telecom"
    assert kind_of("全国工业和信息化工作会议在京召开", "MIIT") is None            # not on a statistics column
    # the same columns under the addresses they had before (新闻动态, 在线访谈), still on old links and mirrors
    for old in ("xwdt/gxdt/sjdt", "xwdt/szyw", "xwdt/gxdt/ldhd", "gzcy/zbft"):
        url = f"https://www.miit.gov.cn/{old}/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
        assert kind_of("我国算力总规模位居全球第二", "MIIT", url) == "statement"
    # a department's answers to reporters printed under 政策解读 (once the page failed whole)
    answers = "https://www.miit.gov.cn/zwgk/zcjd/art/2026/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
    assert kind_of("原材料工业司负责人就2025年石化化工行业运行情况答记者问", "MIIT", answers) == "statement"


# ------------------------------------------------------------------ how numbers are qualified

@pytest.mark.parametrize("printed, value, unit, qualifier, bound", [
    ("7000余家", 7000, "家", "over", 8000),
    ("3.5万余家", 3.5, "万家", "over", 3.6),
    ("超过2万个", 2, "万个", "over", 3),
    ("超8000家", 8000, "家", "over", 9000),
    ("逾340家", 340, "家", "over", 350),
    ("突破1亿台（套）", 1, "亿台(套)", "over", 2),
    ("500家以上", 500, "家", "over", 600),
    ("230多家", 230, "家", "over", 240),
    ("超过万亿元", 1, "万亿元", "over", 2),
    ("约90%", 90, "%", "about", None),
    ("12%左右", 12, "%", "about", None),
    ("近1600万辆", 1600, "万辆", "about", None),
    ("不到1000家", 1000, "家", "under", 0),
    ("不足5.5%", 5.5, "%", "under", 5.4),
    ("483.8万个", 483.8, "万个", "exact", None),
    ("1590 EFLOPS", 1590, "EFLOPS", "exact", None),
    ("392台/万人", 392, "台/万人", "exact", None),
])
def test_a_quantity_keeps_its_qualifier_and_the_other_end_of_its_range(printed, value, unit, qualifier, bound):
    quantity = parse_quantity(QUANTITY_RE.search(fold(printed)))
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)
    assert quantity.bound == pytest.approx(bound) if bound is not None else quantity.bound is None


def test_per_ten_thousand_people_is_not_a_figure():
    assert [m.group() for m in QUANTITY_RE.finditer(fold("平均每万人拥有5G基站34.4个"))] == ["34.4个"]


# ------------------------------------------------------------------ every figure of every statement page

def spec(text: str) -> set:
    """Lines of `indicator period period_type measure value unit qualifier evidence [bound=] [universe=] [of=]
    [base=period/type]`."""
    rows = set()
    for line in text.strip().splitlines():
        code, period, period_type, measure, value, unit, qualifier, evidence, *extra = line.split()
        named = dict(item.split("=") for item in extra)
        rows.add((code, period, period_type, measure, float(value), unit, qualifier, evidence,
                  float(named["bound"]) if "bound" in named else None,
                  float(named["universe"]) if "universe" in named else None, named.get("of"), named.get("base")))
    return rows


def read(release) -> set:
    return {(o.indicator, o.period, o.period_type, o.measure, o.value, o.unit, o.qualifier, o.evidence, o.bound,
             o.universe, o.relative_to, f"{o.base_period}/{o.base_period_type}" if o.base_period else None)
            for o in release.observations}


STATEMENT_PAGES = {
    # the work conference (December 2025): counts with 余 / 超过, a bare magnitude, a universe, forecasts,
    # and the next year's goals, which are not figures
    "szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html": """
g5_private_networks 2025-12 month count 2 万个 over statement bound=3
g5_factories 2025-12 month count 8000 家 over statement bound=9000
smart_factories.advanced 2025-12 month count 7000 家 over statement bound=8000
smart_factories.excellent 2025-12 month count 500 家 over statement bound=600
green_factories 2025-12 month count 6430 家 exact statement
green_parks 2025-12 month count 491 家 exact statement
solid_waste_utilization 2025 year level 57 % exact statement
ai_core_industry 2025 year level 1 万亿元 over statement bound=2
vehicles.nev_exports 2025 year level 200 万辆 over statement bound=300
telecom.bs_5g 2025-11 month level 483 万个 exact statement
g5_apps.categories 2025-11 month count 91 个 exact statement universe=97
telecom.volume 2025 year yoy_pct 9 % about forecast
software_revenue 2025 year yoy_pct 12 % about forecast
digital_industry_revenue 2025 year yoy_pct 9 % about forecast
""",
    # the work conference a year earlier: 均 (one figure for two names) in a forecast
    "szyw/art/2024/art_4e6a8c0e2b4d4f6a8c0e2b4d6f8a0c29.html": """
industrial_va 2024 year yoy_pct 5.7 % about forecast
mfg_innovation_centers 2024-12 month count 33 家 exact statement
hightech_enterprises 2024-12 month count 46.3 万家 exact statement
smart_factories.national_demo 2024-12 month count 421 家 exact statement
sme.specialized 2024-12 month count 14 万家 over statement bound=15
sme.little_giants 2024-12 month count 1.46 万家 exact statement
sme.champions 2024-12 month count 1557 家 exact statement
g5_factories_high_level 2024-12 month count 700 家 exact statement
green_factories_new 2024 year count 1383 家 exact statement
telecom.bs_5g 2024-12 month level 419 万个 over statement bound=420
telecom.broadband_gigabit 2024-12 month level 2 亿户 over statement bound=3
telecom.volume 2024 year yoy_pct 11 % about forecast
software_revenue 2024 year yoy_pct 11 % about forecast
""",
    "szyw/art/2023/art_5a7c9e1b3d5f4a7c9e1b3d5f7a9c1e2d.html": """
robot_density 2022-12 month level 392 台/万人 exact statement
""",
    # a press conference transcript: speakers and questions, statistics restated, a later count (8200余)
    "xwfbh/bxwfbh/art/2026/art_7c9e1b3d5f7a4c9e1b3d5f7a9c1e3b4f.html": """
industrial_va 2025 year yoy_pct 5.9 % exact statement
telecom.volume 2025 year yoy_pct 9.1 % exact statement
industrial_va.equipment 2025 year yoy_pct 9.2 % exact statement
industrial_va.high_tech 2025 year yoy_pct 9.4 % exact statement
industrial_va.equipment 2025 year pp_gap 3.3 百分点 exact statement of=industrial_va
industrial_va.high_tech 2025 year pp_gap 3.5 百分点 exact statement of=industrial_va
smart_factories.basic 2025-12 month count 3.5 万家 over statement bound=3.6
smart_factories.advanced 2025-12 month count 8200 家 over statement bound=8300
smart_factories.excellent 2025-12 month count 500 家 over statement bound=600
smart_factories.leading 2025-12 month count 15 家 exact statement
green_factories 2025-12 month count 8000 家 over statement bound=9000
vehicles.nev_sales 2025 year level 1649 万辆 exact statement
vehicles.nev_sales 2025 year yoy_pct 28.2 % exact statement
sme.specialized 2025-12 month count 14 万家 over statement bound=15
telecom.bs_5g 2025-12 month level 483.8 万个 exact statement
telecom.bs_5g_per_10k 2025-12 month level 34.4 个 exact statement
telecom.mobile_users_5g 2025-12 month level 12 亿户 over statement bound=13
telecom.mobile_users_5g 2025-12 month share_pct 65.9 % exact statement of=telecom.mobile_users
telecom.broadband_gigabit 2025-12 month level 2.4 亿户 exact statement
telecom.broadband_gigabit 2025-12 month share_pct 34.5 % exact statement of=telecom.broadband_users
compute_intelligent 2026-01 month level 1590 EFLOPS over statement bound=1600
compute_clusters 2026-01 month count 42 个 exact statement
""",
    # a statement that restates an older figure (end-2024 base stations) beside the current one
    "xwfbh/bxwfbh/art/2025/art_9e1b3d5f7a9c4e1b3d5f7a9c1e3b5d60.html": """
smart_factories.excellent 2025-09 month count 230 家 over statement bound=240
g5_factories 2025-09 month count 1260 家 exact statement
iip_devices 2025-09 month level 1 亿台(套) over statement bound=2
telecom.bs_5g 2024-12 month level 425.1 万个 exact statement
telecom.bs_5g 2025-09 month level 459.8 万个 exact statement
""",
    "xwfbh/bxwfbh/art/2024/art_2c4e6a8c0e2b4d6f8a0c2e4b6d8f0a17.html": """
industrial_va 2024-03 ytd yoy_pct 6.1 % exact statement
industrial_va 2024-03 ytd growth_pp_change 1.5 百分点 exact statement base=2023/year
smart_factories.national_demo 2024-04 month count 421 家 exact statement
telecom.bs_5g 2024-04 month level 364.7 万个 exact statement
telecom.penetration_5g 2024-04 month level 60 % over statement bound=70
gigabit_cities 2024-04 month count 207 个 exact statement
""",
    # 司局动态: a name said of the sentence's topic (案例总数 of 5G应用)
    "gxdt/sjdt/art/2024/art_1b3d5f7a9c1e4b3d5f7a9c1e3b5d7f82.html": """
g5_virtual_networks 2024-08 month count 6.4 万个 exact statement
iip_platforms 2024-08 month count 340 家 over statement bound=350
iip_identifiers 2024-08 month count 6900 亿个 over statement bound=7000
iip_service_enterprises 2024-08 month count 51 万家 over statement bound=52
g5_apps.categories 2024-08 month count 86 个 exact statement universe=97
g5_apps.cases 2024-08 month count 13.8 万个 over statement bound=13.9
""",
    "gxdt/sjdt/art/2025/art_3d5f7a9c1e3b4d5f7a9c1e3b5d7f9a04.html": """
compute_intelligent 2025-06 month level 788 EFLOPS exact statement
storage_capacity 2025-06 month level 1680 EB over statement bound=1690
compute_racks 2025-06 month level 1085 万架 exact statement
""",
    # titles with no theme word: the text decides. Shipbuilding's three indicators, their world shares
    # (a list of shares of one whole) and a milestone (连续16年…, 18种主要船型中有16种…位居世界第一)
    "gxdt/sjdt/art/2026/art_2e4a6c8b0d1f4a3c5e7b9d0f2a4c6e17.html": """
shipbuilding.completions 2025 year level 5369 万载重吨 exact statement
shipbuilding.completions 2025 year yoy_pct 11.4 % exact statement
shipbuilding.new_orders 2025 year level 10782 万载重吨 exact statement
shipbuilding.new_orders 2025 year yoy_pct -4.6 % exact statement
shipbuilding.order_book 2025-12 month level 27442 万载重吨 exact statement
shipbuilding.order_book 2025-12 month yoy_pct 31.5 % exact statement
shipbuilding.completions 2025 year share_pct 56.1 % exact statement of=world
shipbuilding.new_orders 2025 year share_pct 69.0 % exact statement of=world
shipbuilding.order_book 2025-12 month share_pct 66.8 % exact statement of=world
shipbuilding.export_value 2025 year level 550.8 亿美元 exact statement
""",
    # growth since a base year, two subjects said one after the other (收入…，利润总额…，分别累计增长约…)
    "gxdt/sjdt/art/2026/art_8f0b2d4e6a3c4f5b7d9e1a3c5e7b9d49.html": """
digital_industry_revenue 2025 year level 38.3 万亿元 about statement
digital_industry_profit 2025 year level 3.1 万亿元 exact statement
digital_industry_revenue 2025 year cum_pct 39.5 % about statement base=2020/year
digital_industry_profit 2025 year cum_pct 48.4 % about statement base=2020/year
software_revenue 2025 year yoy_pct 12 % about statement
""",
    # a change against an earlier span, gaps to an aggregate and shares' changes, each per subject
    "szyw/art/2026/art_6d8f0a2c4e1b4d3f5a7c9e0b2d4f6a38.html": """
industrial_va 2025 year yoy_pct 5.9 % exact statement
industrial_va 2025 year growth_pp_change 0.1 百分点 exact statement base=2024/year
industrial_va.equipment 2025 year yoy_pct 9.2 % exact statement
industrial_va.high_tech 2025 year yoy_pct 9.4 % exact statement
industrial_va.equipment 2025 year pp_gap 3.3 百分点 exact statement of=industrial_va
industrial_va.high_tech 2025 year pp_gap 3.5 百分点 exact statement of=industrial_va
industrial_va.equipment 2025 year share_pp_change 2.2 百分点 exact statement of=industrial_va
industrial_va.high_tech 2025 year share_pp_change 0.8 百分点 exact statement of=industrial_va
smart_factories.basic 2026-01 month count 3.5 万家 over statement bound=3.6
smart_factories.advanced 2026-01 month count 8200 家 over statement bound=8300
smart_factories.excellent 2026-01 month count 500 家 over statement bound=600
smart_factories.leading 2026-01 month count 15 家 exact statement
vehicles.nev_sales 2025 year level 1649 万辆 exact statement
vehicles.nev_sales 2025 year yoy_pct 28.2 % exact statement
telecom.bs_5g 2025-12 month level 483.8 万座 exact statement
telecom.mobile_users_5g 2025-12 month level 12 亿户 over statement bound=13
telecom.mobile_users_5g 2025-12 month share_pct 65.9 % exact statement of=telecom.mobile_users
telecom.volume 2025 year yoy_pct 9.1 % exact statement
""",
    # a meeting whose numbers count its participants: read, with no figure, the clauses listed
    "gxdt/sjdt/art/2025/art_a1c3e5b7d9f24a6c8e0b2d4f6a8c0e59.html": "",
}


@pytest.mark.parametrize("path", sorted(STATEMENT_PAGES))
def test_every_theme_figure_of_a_statement_page_exactly_and_nothing_else(path):
    page = NEWS / path
    release = parse_page(page.read_bytes(), url_of(page))
    assert release.kind == "statement" and release.publisher == "MIIT"
    assert read(release) == spec(STATEMENT_PAGES[path])
    assert release.unexplained == []
    for o in release.observations:         # full lineage on every figure
        assert o.source_url == url_of(page) and o.quote and o.parser_version.startswith("miit-statement/")
        assert fold(str(abs(o.value)).removesuffix(".0")) in fold(o.quote) or o.unit == "万亿元"


def test_goals_are_restated_targets_and_sentences_about_nothing_catalogued_are_listed_not_read():
    page = NEWS / "szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
    release = parse_page(page.read_bytes(), url_of(page))
    assert release.skipped == [] and release.unexplained == []
    assert [(t.metric, t.comparator, t.value, t.unit, t.deadline_year, t.source_kind, t.source_url, t.quote)
            for t in release.targets] == [("规模以上工业增加值增长", "approx", 5.0, "%", 2026, "statement", url_of(page),
                                           "2026年要推动规模以上工业增加值增长5%左右")]
    assert not any(o.value == 5.0 for o in release.observations)     # a goal is never progress
    page = NEWS / "szyw/art/2024/art_4e6a8c0e2b4d4f6a8c0e2b4d6f8a0c29.html"
    release = parse_page(page.read_bytes(), url_of(page))
    # 高水平5G工厂 is a list of 700 chosen factories, not the 5G factories built; 新培育 is that year's new ones:
    # each its own series, never the other's
    read = {(o.indicator, o.period, o.period_type, o.value) for o in release.observations}
    assert {("g5_factories_high_level", "2024-12", "month", 700.0), ("green_factories_new", "2024", "year", 1383.0)} <= read
    assert not {code for code, *_ in read} & {"g5_factories", "green_factories"}
    assert release.skipped == []


def restated(release) -> list[tuple]:
    return [(t.metric, t.comparator, t.value, t.unit, t.start_year, t.deadline_year, t.annual_avg)
            for t in release.targets]


def test_a_plans_items_after_its_colon_are_restated_targets_each_due_as_said():
    release = statement_text(
        "下一步，将抓好新一轮重点行业稳增长工作方案落实：钢铁行业力争2025—2026年增加值年均增长4%左右；"
        "有色金属行业增加值年均增长5%左右，到2026年再生金属产量突破2000万吨；建材行业力争2026年绿色建材营业收入超过3000亿元。")
    assert restated(release) == [("钢铁行业增加值增长", "approx", 4.0, "%", 2025, 2026, True),
                                 ("有色金属行业增加值增长", "approx", 5.0, "%", None, 2026, True),
                                 ("再生金属产量", ">=", 2000.0, "万吨", None, 2026, False),
                                 ("建材行业绿色建材营业收入", ">=", 3000.0, "亿元", None, 2026, False)]
    assert {t.source_kind for t in release.targets} == {"statement"} and release.observations == []
    assert release.skipped == [] and release.unexplained == []


def test_a_target_named_beside_progress_is_restated_with_the_name_just_read():
    release = statement_text(
        "2025年，汽车销量3440万辆，同比增长9.4%，销量高于方案提出的3230万辆左右的预期目标。",
        "电子信息制造业增加值同比增长10.6%，但仍高于方案确定的年均增长7%左右的目标。",
        "《新能源汽车产业发展规划（2021—2035年）》提出的到2025年新能源汽车新车销量占比达到20%左右的目标已提前实现。",
        "行业研发经费占收入比重完成了规划确定的4.5%的目标。", published="2026-01-20T10:00")
    assert restated(release) == [("汽车销量", "approx", 3230.0, "万辆", None, None, False),
                                 ("电子信息制造业增加值增长", "approx", 7.0, "%", None, None, True),
                                 ("新能源汽车新车销量占比", "approx", 20.0, "%", None, 2025, False)]
    # progress is read beside the targets, and a goal with no name said or read is no target and no figure
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("vehicles.sales", 3440.0), ("vehicles.sales", 9.4), ("electronics_va", 10.6)}
    assert release.unexplained == []


def test_a_restated_target_is_stored_with_the_statement_as_source_and_offered_as_a_candidate(tmp_path):
    release = statement_text("电子信息制造业增加值同比增长10.6%，但仍高于方案确定的年均增长7%左右的目标。")
    path = tmp_path / "w.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="fixture",
                    releases=[(release, "0" * 64, "loaded")])
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT source_url, source_kind, metric, value, quote FROM core.target_statements").fetchall() == [
            (release.url, "statement", "电子信息制造业增加值增长", 7.0, "但仍高于方案确定的年均增长7%左右的目标。")]
        assert con.execute("""SELECT document_url, plan_title, document_published_at, source_kind
                              FROM marts.target_candidates""").fetchall() == [
            (release.url, None, release.published_at, "statement")]
        assert con.execute("SELECT count(*) FROM marts.target_documents WHERE document_url = ?",
                           [release.url]).fetchone()[0] == 0      # never what the catalogue is checked against


def statement_text(*paragraphs, published="2025-12-26T18:00", title="全国工业和信息化工作会议在京召开"):
    article = Article("https://www.miit.gov.cn/xwfb/szyw/art/2025/art_00000000000000000000000000000001.html", title,
                      datetime.fromisoformat(published), list(paragraphs), [], "miit")
    return statement.parse(article)


def figures(release) -> dict:
    return {(o.indicator, o.period, o.period_type, o.measure): (o.value, o.qualifier, o.evidence)
            for o in release.observations}


def test_the_period_a_statement_speaks_of():
    release = statement_text(
        "新能源汽车出口突破200万辆。",                                            # a flow without a year: not stored
        "截至2025年11月底，5G基站总数达到483万个。",                              # an as-of month
        "截至目前，全国5G工厂超过8000家。",                                       # the statement's month
        "与2024年相比，5G工厂明显增多，绿色工厂达到6430家。",                      # a base, not the period
        "2024年，新能源汽车新车销量达1287万辆。",                                 # a flow of a year that is over
        "新能源汽车出口突破128万辆。",                                            # ... and the year stays in force
        published="2025-12-26T18:00", title="工业和信息化部介绍5G和绿色制造进展")
    assert figures(release) == {
        ("telecom.bs_5g", "2025-11", "month", "level"): (483.0, "exact", "statement"),
        ("g5_factories", "2025-12", "month", "count"): (8000.0, "over", "statement"),
        ("green_factories", "2025-12", "month", "count"): (6430.0, "exact", "statement"),
        ("vehicles.nev_sales", "2024", "year", "level"): (1287.0, "exact", "statement"),
        ("vehicles.nev_exports", "2024", "year", "level"): (128.0, "over", "statement"),
    }
    assert ("新能源汽车出口突破200万辆。", "form not read") in zip(release.skipped, release.skip_reasons)


def test_a_year_still_running_is_year_to_date_through_the_month_before_and_a_forecast_is_marked():
    release = statement_text("2025年，人工智能核心产业规模超过万亿元，累计建成7000余家先进级智能工厂。",
                             "预计2025年全年，电信业务总量同比增长9%左右。", published="2025-11-20T10:00")
    assert figures(release) == {
        ("ai_core_industry", "2025-10", "ytd", "level"): (1.0, "over", "statement"),
        ("smart_factories.advanced", "2025-11", "month", "count"): (7000.0, "over", "statement"),
        ("telecom.volume", "2025", "year", "yoy_pct"): (9.0, "about", "forecast"),
    }


def test_a_review_of_the_year_in_its_last_weeks_speaks_of_the_year():
    # the work conference of late December: '2025年，…' is the year reviewed, not January to November
    release = statement_text("2025年，人工智能核心产业规模超过万亿元，累计建成7000余家先进级智能工厂。")
    assert figures(release) == {
        ("ai_core_industry", "2025", "year", "level"): (1.0, "over", "statement"),
        ("smart_factories.advanced", "2025-12", "month", "count"): (7000.0, "over", "statement"),
    }
    early = statement_text("2025年，人工智能核心产业规模超过万亿元。", published="2025-12-05T10:00")
    assert set(figures(early)) == {("ai_core_industry", "2025-11", "ytd", "level")}


def test_counts_without_their_universe_topics_said_once_levels_before_a_shared_noun_and_densities_per_worker():
    autumn_2023 = statement_text(
        "截至2023年9月底，5G行业应用已融入67个国民经济大类，应用案例数超9.4万个。",     # the topic said once
        "工业互联网全面融入45个国民经济大类，产业规模超过1.2万亿元。",                    # 产业规模 of what: not read
        published="2023-10-20T10:00", title="国新办举行前三季度工业和信息化发展情况新闻发布会")
    assert figures(autumn_2023) == {
        ("g5_apps.categories", "2023-09", "month", "count"): (67.0, "exact", "statement"),
        ("g5_apps.cases", "2023-09", "month", "count"): (9.4, "over", "statement"),
        ("iip_categories.economy", "2023-10", "month", "count"): (45.0, "exact", "statement"),
    }
    assert [o.universe for o in autumn_2023.observations if o.indicator == "g5_apps.categories"] == [None]
    assert "产业规模超过1.2万亿元。" in autumn_2023.skipped
    robots = statement_text("我国制造业机器人密度已达每万名工人470台。", published="2024-08-21T10:00",
                            title="2024世界机器人大会在京开幕")
    assert {(o.indicator, o.period, o.value, o.unit) for o in robots.observations} == {
        ("robot_density", "2024-08", 470.0, "台/万人")}
    year_end = statement_text(
        "2025年，已培育3.5万余家基础级、8200余家先进级、500余家卓越级智能工厂和15家领航级智能工厂。",
        "国家级绿色工厂达到6430家。",
        "全年预计数字产业业务收入增长9%左右，人工智能核心产业规模预计超过1万亿元。",
        published="2026-01-21T10:00", title="国新办举行2025年工业和信息化发展情况新闻发布会")
    assert figures(year_end) == {
        ("smart_factories.basic", "2025-12", "month", "count"): (3.5, "over", "statement"),
        ("smart_factories.advanced", "2025-12", "month", "count"): (8200.0, "over", "statement"),
        ("smart_factories.excellent", "2025-12", "month", "count"): (500.0, "over", "statement"),
        ("smart_factories.leading", "2025-12", "month", "count"): (15.0, "exact", "statement"),
        ("green_factories", "2025-12", "month", "count"): (6430.0, "exact", "statement"),
        ("digital_industry_revenue", "2025", "year", "yoy_pct"): (9.0, "about", "forecast"),
        ("ai_core_industry", "2025", "year", "level"): (1.0, "over", "forecast"),
    }


def test_a_conference_named_for_the_year_ahead_reports_on_the_year_it_meets_in():
    # held in December 2023 for the work of 2024: its figures are 2023's; a year after 会议指出 opens the sentence
    release = statement_text(
        "会议指出，2023年产业结构进一步优化升级，创建国家级绿色工厂5100家。",
        "预计全年，电信业务总量同比增长16%左右。截至11月，累计建成5G基站328.2万个。",
        published="2023-12-21T18:00", title="2024年全国工业和信息化工作会议在京召开")
    assert figures(release) == {
        ("green_factories", "2023-12", "month", "count"): (5100.0, "exact", "statement"),
        ("telecom.volume", "2023", "year", "yoy_pct"): (16.0, "about", "forecast"),
        ("telecom.bs_5g", "2023-11", "month", "level"): (328.2, "exact", "statement"),
    }


def test_a_press_conference_on_networks_computing_and_users():
    release = statement_text(
        "在移动网络方面，已建成5G基站483.8万座，5G-A已覆盖超330个城市。",
        "固定网络方面，千兆光网10G PON端口数达到3162万个。",
        "在算力设施方面，建成万卡智算集群42个，我国在用算力设施达1085万标准机架。",
        "个人用户层面，5G用户规模超12亿户，在所有移动电话用户中占比达65.9%。",
        "垂直行业领域，“5G+工业互联网”建设项目超2.3万个。",
        published="2026-01-21T10:00", title="国新办举行2025年工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
telecom.bs_5g 2025-12 month level 483.8 万座 exact statement
g5a_cities 2025-12 month count 330 个 over statement bound=340
telecom.pon_10g_ports 2025-12 month level 3162 万个 exact statement
compute_clusters 2025-12 month count 42 个 exact statement
compute_racks 2025-12 month level 1085 万标准机架 exact statement
telecom.mobile_users_5g 2025-12 month level 12 亿户 over statement bound=13
telecom.mobile_users_5g 2025-12 month share_pct 65.9 % exact statement of=telecom.mobile_users
g5_iip_projects 2025-12 month count 2.3 万个 over statement bound=2.4
""")


def test_a_date_holds_to_the_end_of_its_paragraph_and_a_name_is_said_of_the_figure_before():
    release = statement_text(
        "截至6月底，我国5G基站总数达到455万个，5G移动电话用户达11.18亿户，用户普及率超79%。"
        "具备千兆网络服务能力的端口数达3022万个，千兆宽带用户达2.26亿户。",
        "2024年，新能源汽车新车销量达1287万辆。",
        published="2025-07-18T15:00", title="国新办举行2025年上半年工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
telecom.bs_5g 2025-06 month level 455 万个 exact statement
telecom.mobile_users_5g 2025-06 month level 11.18 亿户 exact statement
telecom.penetration_5g 2025-06 month level 79 % over statement bound=80
telecom.pon_10g_ports 2025-06 month level 3022 万个 exact statement
telecom.broadband_gigabit 2025-06 month level 2.26 亿户 exact statement
vehicles.nev_sales 2024 year level 1287 万辆 exact statement
""")


def test_industrial_internet_names_with_的_and_已_and_the_title_as_the_topic():
    release = statement_text(
        "截至目前，“5G+工业互联网”建设项目超过3100个，重点平台的工业设备连接数超过7900万台。",
        "从产业规模来看，预计2023年核心产业规模达1.35万亿元。",            # the title says of what
        "有一定影响力的工业互联网平台超过340个，工业互联网融入49个国民经济大类。",
        published="2024-01-19T10:00", title="工业互联网创新发展取得积极进展")
    assert read(release) == spec("""
g5_iip_projects 2024-01 month count 3100 个 over statement bound=3200
iip_devices 2024-01 month level 7900 万台 over statement bound=8000
iip_core_industry 2023 year level 1.35 万亿元 exact forecast
iip_platforms 2024-01 month count 340 个 over statement bound=350
iip_categories.economy 2024-01 month count 49 个 exact statement
""")


def test_a_span_of_months_is_a_period_and_the_universe_may_come_before_its_number():
    release = statement_text(
        "2025年前11个月，规模以上工业增加值同比增长6%，规模以上高技术制造业、装备制造业增加值同比分别增长9.2%、9.3%。",
        "截至2025年11月底，5G融合应用已融入国民经济97个大类中的91个。",
        published="2025-12-26T18:00")
    assert read(release) == spec("""
industrial_va 2025-11 ytd yoy_pct 6 % exact statement
industrial_va.high_tech 2025-11 ytd yoy_pct 9.2 % exact statement
industrial_va.equipment 2025-11 ytd yoy_pct 9.3 % exact statement
g5_apps.categories 2025-11 month count 91 个 exact statement universe=97
""")
    assert not release.skipped


def test_projects_under_way_pilots_in_cities_a_count_of_cities_before_its_name_and_a_net_addition():
    release = statement_text(
        "全国在建“5G+工业互联网”项目超过1.4万个，在86个城市开展168个万兆光网试点。",
        "全国已有超过330个城市部署5G-A网络。",
        "截至2024年底，5G基站数量达到425.1万个，比上年末净增87.4万个。",
        published="2025-01-21T10:00", title="工业和信息化部召开新闻发布会")
    assert read(release) == spec("""
g5_iip_projects 2025-01 month count 1.4 万个 over statement bound=1.5
wanzhao_pilots 2025-01 month count 168 个 exact statement
g5a_cities 2025-01 month count 330 个 over statement bound=340
telecom.bs_5g 2024-12 month level 425.1 万个 exact statement
telecom.bs_5g 2024-12 month abs_change 87.4 万个 exact statement
""")
    assert dict(zip(release.skipped, release.skip_reasons)) == {"在86个城市": "not stored"}


def test_quarters_and_months_listed_each_take_their_figure():
    release = statement_text(
        "前三季度，全国规模以上工业增加值同比增长1.2%，其中一季度下降8.4%，二季度、三季度分别增长4.4%和5.8%。",
        "三季度，全国工业产能利用率为76.7%，比二季度提高2.3个百分点。",
        published="2020-10-22T10:00", title="国新办举行前三季度工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
industrial_va 2020-09 ytd yoy_pct 1.2 % exact statement
industrial_va 2020-03 ytd yoy_pct -8.4 % exact statement
industrial_va 2020-06 quarter yoy_pct 4.4 % exact statement
industrial_va 2020-09 quarter yoy_pct 5.8 % exact statement
capacity_utilization 2020-09 quarter level 76.7 % exact statement
capacity_utilization 2020-09 quarter pp_change_prev 2.3 百分点 exact statement base=2020-06/quarter
""")
    release = statement_text(
        "1至9月份，规模以上工业增加值同比增长10%，其中二季度增长9.5%，三季度增长9.1%；7、8、9三个月同比增速分别为"
        "9.2%、8.9%和9.2%。",
        "2012年一季度、二季度、三季度，规模以上工业增加值同比分别增长11.6%、9.5%和9.1%。",
        published="2012-10-26T10:00", title="工业和信息化部介绍前三季度工业通信业发展情况")
    assert read(release) == spec("""
industrial_va 2012-09 ytd yoy_pct 10 % exact statement
industrial_va 2012-03 ytd yoy_pct 11.6 % exact statement
industrial_va 2012-06 quarter yoy_pct 9.5 % exact statement
industrial_va 2012-09 quarter yoy_pct 9.1 % exact statement
industrial_va 2012-07 month yoy_pct 9.2 % exact statement
industrial_va 2012-08 month yoy_pct 8.9 % exact statement
industrial_va 2012-09 month yoy_pct 9.2 % exact statement
""")
    assert release.unexplained == []          # 7、8、9 name the months


def test_lists_of_sub_industries_and_products_names_holding_a_comma_and_growth_of_the_names_just_read():
    release = statement_text(
        "8月份，航空、航天器及设备制造业增长16.2%，电子工业专用设备制造、电子器件制造分别增长15.7%和13%。",
        "8月份，新能源汽车产销量分别达到84.3万辆和84.6万辆，同比分别增长22%和27%。",
        "8月份，太阳能工业用超白玻璃、多晶硅、单晶硅等产品产量分别增长63.3%、84.6%和79.9%。",
        published="2023-09-20T10:00", title="工业和信息化部介绍8月份工业经济运行情况")
    assert read(release) == spec("""
industrial_va.ht_aerospace 2023-08 month yoy_pct 16.2 % exact statement
industrial_va.ht_electronic_special_equipment 2023-08 month yoy_pct 15.7 % exact statement
electronics_va.devices 2023-08 month yoy_pct 13 % exact statement
vehicles.nev_production 2023-08 month level 84.3 万辆 exact statement
vehicles.nev_sales 2023-08 month level 84.6 万辆 exact statement
vehicles.nev_production 2023-08 month yoy_pct 22 % exact statement
vehicles.nev_sales 2023-08 month yoy_pct 27 % exact statement
output.ultra_white_glass 2023-08 month yoy_pct 63.3 % exact statement
output.polysilicon 2023-08 month yoy_pct 84.6 % exact statement
output.monocrystalline_silicon 2023-08 month yoy_pct 79.9 % exact statement
""")


def test_span_changes_contribution_rates_and_a_count_of_industries_listed():
    release = statement_text(
        "前三季度，规模以上工业增加值同比增长4%，增速较上半年加快0.2个百分点。",
        "上半年，全国制造业增加值同比增长4.2%，比一季度加快1.3个百分点。",
        "上半年，装备制造业增加值同比增长6.5%，高于规模以上工业2.7个百分点，对全部规模以上工业增长的贡献率达到53.9%。",
        "电子、有色、化工、汽车4个行业对工业生产增长的贡献率接近一半，汽车、电子等4个行业增加值合计增长8.5%。",
        published="2023-10-20T10:00", title="国新办举行前三季度工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
industrial_va 2023-09 ytd yoy_pct 4 % exact statement
industrial_va 2023-09 ytd growth_pp_change 0.2 百分点 exact statement base=2023-06/ytd
industrial_va.manufacturing 2023-06 ytd yoy_pct 4.2 % exact statement
industrial_va.manufacturing 2023-06 ytd growth_pp_change 1.3 百分点 exact statement base=2023-03/ytd
industrial_va.equipment 2023-06 ytd yoy_pct 6.5 % exact statement
industrial_va.equipment 2023-06 ytd pp_gap 2.7 百分点 exact statement of=industrial_va
industrial_va.equipment 2023-06 ytd contribution_pct 53.9 % exact statement of=industrial_va
""")
    # 4个行业 counts the names listed: never a level of 汽车 (the first name a reader might find)
    assert dict(zip(release.skipped, release.skip_reasons)) == {
        "电子、有色、化工、汽车4个行业对工业生产增长的贡献率接近一半": "not stored",
        "汽车、电子等4个行业增加值合计增长8.5%。": "not stored"}


def test_changes_since_a_base_year_levels_of_a_window_and_shares_of_the_names_said_before():
    release = statement_text(
        "2020—2024年，我国全部工业增加值从31.3万亿元增长到40.5万亿元，制造业增加值从26.6万亿元增长到33.6万亿元。",
        "与2020年相比，2024年全部工业增加值增长29.4%。",
        "2020—2024年，装备制造业和高技术制造业增加值分别年均增长7.9%和8.7%，占规上工业比重分别提升到34.6%和16.3%。",
        published="2025-09-19T10:00", title="国新办举行“高质量完成‘十四五’规划”系列主题新闻发布会")
    assert read(release) == spec("""
industry_va_total 2020 year level 31.3 万亿元 exact statement
industry_va_total 2024 year level 40.5 万亿元 exact statement
industry_va_total.manufacturing 2020 year level 26.6 万亿元 exact statement
industry_va_total.manufacturing 2024 year level 33.6 万亿元 exact statement
industry_va_total 2024 year cum_pct 29.4 % exact statement base=2020/year
industrial_va.equipment 2024 year avg_yoy_pct 7.9 % exact statement base=2019/year
industrial_va.high_tech 2024 year avg_yoy_pct 8.7 % exact statement base=2019/year
industrial_va.equipment 2024 year share_pct 34.6 % exact statement of=industrial_va
industrial_va.high_tech 2024 year share_pct 16.3 % exact statement of=industrial_va
""")
    # the yearly average over 2020—2024年 runs from 2019 (the five growths of 2020-2024 give the 8.7% printed),
    # and is never a level of the year
    assert release.not_stored() == []


def test_a_growth_within_the_year_of_manufacturing_a_sector_holding_a_comma_and_words_that_are_no_goal():
    release = statement_text(
        "上半年，全国规模以上工业增加值同比增长6%，处于全年预期目标的上限，制造业增加值同比增长6.4%。",
        "上半年，信息传输、软件和信息技术服务业增加值同比增长14.5%，比一季度加快1.3个百分点。",
        "5、6月份，汽车制造业增加值增速分别达到12.2%和13.4%。",
        "截至5月底，每万人5G基站数超过12个。",
        published="2020-07-23T10:00", title="国新办举行上半年工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
industrial_va 2020-06 ytd yoy_pct 6 % exact statement
industrial_va.manufacturing 2020-06 ytd yoy_pct 6.4 % exact statement
gdp.information 2020-06 ytd yoy_pct 14.5 % exact statement
gdp.information 2020-06 ytd growth_pp_change 1.3 百分点 exact statement base=2020-03/ytd
industrial_va.C36 2020-05 month yoy_pct 12.2 % exact statement
industrial_va.C36 2020-06 month yoy_pct 13.4 % exact statement
telecom.bs_5g_per_10k 2020-05 month level 12 个 over statement bound=13
""")
    assert release.skipped == []


def test_the_purchasing_managers_index_a_statement_restates_is_an_index_as_the_release_prints_it():
    release = statement_text("6月份，制造业采购经理指数为51.5%，连续23个月位于荣枯线以上。",
                             published="2018-07-24T10:00", title="2018年上半年工业通信业运行总体平稳")
    assert read(release) == spec("pmi 2018-06 month index 51.5 % exact statement")
    assert release.not_stored() == []          # 连续23个月 is a span, no figure
    small = statement_text("9月份小型企业PMI为48.2%，比上月上升1.6个百分点。", published="2025-10-10T10:00",
                           title="中小企业发展情况")
    assert {(o.indicator, o.measure, o.value) for o in small.observations} == {
        ("pmi.small", "index", 48.2), ("pmi.small", "pp_change_mom", 1.6)}


def test_a_count_of_industries_after_its_universe_and_a_period():
    release = statement_text("在41个工业大类行业中，6月份有26个行业增加值实现增长。",
                             published="2020-07-23T10:00", title="国新办举行上半年工业和信息化发展情况新闻发布会")
    assert read(release) == spec("industries_growing 2020-06 month count 26 个 exact statement universe=41")


def test_a_figure_printed_two_ways_in_one_statement_keeps_neither():
    release = statement_text("截至目前，5G工厂超过8000家。", "截至目前，全国5G工厂达到7000家。", "绿色工厂达到6430家。")
    assert [o.indicator for o in release.observations] == ["green_factories"]
    assert sorted(release.skipped) == sorted(["5G工厂超过8000家。", "全国5G工厂达到7000家。"])


def test_a_news_item_with_no_catalogued_figure_is_read_with_none_and_its_numbers_listed():
    assert statement_text("会议强调，要坚定不移推进新型工业化。").observations == []
    release = statement_text("11月13日，工业和信息化部召开第八次制造业企业座谈会，12家企业负责人作交流发言。")
    assert release.observations == [] and release.not_stored() == [("12家企业负责人作交流发言。", "unknown name")]


def test_a_page_of_a_kind_never_fetched_is_read_from_its_text_when_given_to_parse():
    """A refresh never fetches a meeting with guests; a page of one given to `xinzhi parse` is read all the same."""
    page = NEWS / "szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
    html = page.read_text(encoding="utf-8")
    title = re.search(r'<h1 id="con_title">(.*?)</h1>', html, re.S).group(1)
    met = html.replace(title, "副部长会见中国机械工业联合会负责人一行")
    assert never_progress("副部长会见中国机械工业联合会负责人一行") == "meeting with guests"
    read_anyway = parse_page(met.encode(), url_of(page))
    assert read_anyway.kind == "statement"
    assert figures(read_anyway) == figures(parse_page(html.encode(), url_of(page)))
    bare = re.sub(r'(<div[^>]*id="con_con"[^>]*>).*?(</div>)', r"\1<p>双方就行业发展深入交换了意见。</p>\2", met, flags=re.S)
    assert parse_page(bare.encode(), url_of(page)).observations == []


def test_a_drifted_statement_page_is_an_error_naming_the_missing_part():
    page = NEWS / "szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html"
    html = page.read_text(encoding="utf-8").replace('id="con_con"', 'id="content"').replace("ccontent", "article")
    with pytest.raises(ParseError, match="body: expected div.ccontent#con_con"):
        parse_page(html.encode(), url_of(page))


# ------------------------------------------------------------------ scoring with evidence and qualifiers

def statement_obs(indicator, period, measure, value, unit, qualifier="exact", bound=None, evidence="statement",
                  dimension="total", period_type="month"):
    return Observation("", "MIIT", "statement", "", indicator, indicator, dimension, period, period_type, measure,
                       value, unit, f"{indicator} {value}", qualifier, evidence, bound=bound)


def build(tmp_path, *releases):
    """releases: (url, kind, published, [observations])"""
    rows = []
    for i, (url, kind, published, observations) in enumerate(releases):
        for o in observations:
            o.source_url, o.release_kind, o.published_at = url, kind, published.isoformat()
            o.publisher = "MIIT"
        month = published.strftime("%Y-%m")       # a statement's period is its month
        rows.append((Release(url, "MIIT", kind, "t", published, month, "month", observations), f"{i:064d}", "loaded"))
    path = tmp_path / "w.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="official", releases=rows)
    return duckdb.connect(str(path), read_only=True)


WC = "https://www.miit.gov.cn/xwfb/szyw/art/2025/wc.html"
SCIO = "https://www.miit.gov.cn/xwfb/xwfbh/art/2026/scio.html"
BULLETIN = "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2026/bulletin.html"


def card(con) -> dict:
    return {t: row for t, *row in con.execute(
        "SELECT target_id, status, actual, actual_qualifier, evidence, disagreeing FROM marts.target_scorecard").fetchall()}


def test_qualified_statements_score_by_the_range_their_wording_allows(tmp_path):
    con = build(tmp_path,
                (WC, "statement", datetime(2025, 12, 26), [
                    statement_obs("solid_waste_utilization", "2025-12", "level", 57, "%"),
                    statement_obs("storage_capacity", "2025-06", "level", 1680, "EB", "over", 1690),
                    statement_obs("telecom.penetration_5g", "2024-04", "level", 60, "%", "over", 70),
                    statement_obs("iip_platforms", "2026-01", "count", 440, "家", "over", 450),
                    statement_obs("g5_virtual_networks", "2025-12", "count", 6.8, "万个", "over", 6.9)]))
    got = card(con)
    assert got["trad_mfg_solid_waste_util_2027"][:4] == ["on track", 57.0, "exact", "statement"]
    assert got["storage_total_2025"][:3] == ["off track", 1680.0, "over"]      # below 1690: below 1800
    assert got["info14_g5_penetration_2025"][:2] == ["on track", 60.0]       # more than 60 % against 56 %
    assert got["iip_platforms_2028"][:2] == ["off track", 440.0]             # 440余 never reaches 450
    # 6.8万余个 is 68000 up to 69000 networks: compared with 70000 in the target's unit
    assert got["g5_virtual_private_networks_2027"][:2] == ["off track", 68000.0]


def test_a_count_with_余_meets_a_target_at_its_number_but_not_one_inside_its_range(tmp_path):
    con = build(tmp_path, (WC, "statement", datetime(2025, 12, 26), [
        statement_obs("iip_platforms", "2026-12", "count", 450, "家", "over", 460),
        statement_obs("robot_density", "2025-12", "level", 490, "台/万人", "over", 500)]))
    got = card(con)
    assert got["iip_platforms_2028"][0] == "on track"           # 450余 against at least 450
    assert got["robot_density_2025"][0] == "unclear"             # 490余 against 492: the wording allows both


def test_forecasts_never_score_and_a_statistic_is_used_before_a_statement(tmp_path):
    con = build(tmp_path,
                (WC, "statement", datetime(2025, 12, 26), [
                    statement_obs("vehicles.nev_sales", "2025", "level", 1600, "万辆", "about", evidence="forecast",
                                  period_type="year"),
                    statement_obs("telecom.bs_5g_per_10k", "2025-12", "level", 34.0, "个")]),
                (BULLETIN, "telecom", datetime(2026, 1, 28), [
                    statement_obs("telecom.bs_5g_per_10k", "2025-12", "level", 34.4, "个", evidence="statistics")]))
    got = card(con)
    assert got["auto_nev_sales_2025"][0] == "no data yet"                     # a forecast is not progress
    assert got["ict14_g5_bs_per_10k_2025"][:4] == ["met", 34.4, "exact", "statistics"]


def test_two_statements_that_disagree_are_both_shown_and_the_later_is_used(tmp_path):
    con = build(tmp_path,
                (WC, "statement", datetime(2025, 12, 26), [statement_obs("solid_waste_utilization", "2025-12", "level",
                                                                         56, "%")]),
                (SCIO, "statement", datetime(2026, 1, 21), [statement_obs("solid_waste_utilization", "2025-12", "level",
                                                                          57, "%")]))
    got = card(con)["trad_mfg_solid_waste_util_2027"]
    assert got[:2] == ["on track", 57.0] and got[4] == "56.0% on 2025-12-26"


def test_claims_compare_against_the_latest_statement_at_or_before_their_period(tmp_path):
    con = build(tmp_path,
                (WC, "statement", datetime(2025, 12, 26), [
                    statement_obs("g5_apps.categories", "2025-11", "count", 91, "个"),
                    statement_obs("smart_factories.advanced", "2025-12", "count", 7000, "家", "over", 8000,
                                  dimension="segment"),
                    statement_obs("smart_factories.excellent", "2025-12", "count", 400, "家", "over", 500,
                                  dimension="segment")]))
    verdicts = {c: (v, o, q, e) for c, v, o, q, e in con.execute(
        "SELECT claim_id, verdict, official, official_qualifier, evidence FROM marts.interview_claims").fetchall()}
    assert verdicts["interview_5g_categories_2025"] == ("consistent", 91.0, "exact", "statement")
    assert verdicts["interview_smart_factories_advanced_2025"] == ("consistent", 7000.0, "over", "statement")
    assert verdicts["interview_smart_factories_excellent_2025"][0] == "differs"   # 400余 is below 500
    assert verdicts["interview_key_industries_share"][0] == "no official figure yet"


def test_counting_words_of_one_series_convert_to_the_targets_unit(tmp_path):
    # 平台超过…个 against a target in 家; 万台套 against one in 亿台(套)
    con = build(tmp_path, (SCIO.replace("2026", "2027"), "statement", datetime(2027, 1, 20), [
        statement_obs("iip_platforms", "2026-12", "count", 460, "个", "over", 470),
        statement_obs("iip_devices", "2026-12", "level", 9600, "万台套", "over", 9700)]))
    scored = card(con)
    assert scored["iip_platforms_2028"][:4] == ["on track", 460.0, "over", "statement"]
    assert scored["iip_devices_2028"][:4] == ["off track", 0.96, "over", "statement"]


def test_a_quarter_is_its_own_span_a_year_since_is_no_period_and_a_new_point_drops_the_subject_before():
    release = statement_text(
        "上半年，工业生产基本回归正轨。全国规模以上工业增加值同比下降1.3%，降幅比一季度收窄7.1个百分点，"
        "其中二季度增长4.4%，产销形势逐步好转。",
        published="2020-07-23T10:00", title="工业和信息化部介绍2020年上半年工业和信息化发展情况")
    assert figures(release) == {
        ("industrial_va", "2020-06", "ytd", "yoy_pct"): (-1.3, "exact", "statement"),
        ("industrial_va", "2020-06", "quarter", "yoy_pct"): (4.4, "exact", "statement"),
        ("industrial_va", "2020-06", "ytd", "growth_pp_change"): (7.1, "exact", "statement"),   # a fall narrowed
    }
    release = statement_text(
        "今年一季度，规模以上工业增加值同比增长6.5%，制造业增加值占GDP的比重为28.9%，为2016年以来最高；"
        "四是制造业投资明显回升，同比增长15.6%。",
        published="2022-04-19T10:00", title="工业和信息化部介绍2022年一季度工业和信息化发展情况")
    got = figures(release)
    assert got[("industrial_va", "2022-03", "ytd", "yoy_pct")] == (6.5, "exact", "statement")
    assert not [key for key in got if key[1] == "2016"]                       # 2016年以来: since, not a period
    assert (15.6, "exact", "statement") not in [v for k, v in got.items() if k[0].startswith("industry_va")]


def test_an_industry_series_restated_this_year_against_the_last_and_a_name_not_read_keeps_its_gap():
    release = statement_text(
        "2022年，石化化工行业增加值占全国工业的14.7%，约占国内生产总值的4.9%。今年1—7月，石化化工行业增加值同比增长6.3%，"
        "高于工业平均水平2.5个百分点，占全国工业的比重约为15%；上半年，化学品制造领域投资增长13.9%，高于全国工业投资增速5个百分点。",
        published="2023-08-25T10:00", title="工业和信息化部介绍原材料行业稳增长工作方案有关情况")
    got = {(o.indicator, o.period, o.measure, o.relative_to, o.qualifier): o.value for o in release.observations}
    assert got == {
        ("miit_va.petrochem", "2022", "share_pct", "industry_va_total", "exact"): 14.7,
        ("miit_va.petrochem", "2022", "share_pct", "gdp", "about"): 4.9,
        ("miit_va.petrochem", "2023-07", "yoy_pct", None, "exact"): 6.3,     # 今年: the page's year
        ("miit_va.petrochem", "2023-07", "pp_gap", "industrial_va", "exact"): 2.5,   # growth against industry's growth
        ("miit_va.petrochem", "2023-07", "share_pct", "industry_va_total", "about"): 15.0}
    # the investment gap is of a name not read, never of the value added before it
    assert ("高于全国工业投资增速5个百分点。", "unattributed") in release.not_stored()


def test_a_change_in_points_after_shares_is_the_shares_change_against_its_span():
    release = statement_text(
        "2019年，高技术制造业、装备制造业增加值占规模以上工业增加值的比重分别达到14.4%和32.5%，比2015年分别提高2.6和0.7个百分点。",
        published="2020-10-23T10:00", title="工业和信息化部介绍十三五时期工业发展成就")
    got = {(o.indicator, o.measure, o.relative_to, o.base_period): o.value for o in release.observations}
    assert got == {("industrial_va.high_tech", "share_pct", "industrial_va", None): 14.4,
                   ("industrial_va.equipment", "share_pct", "industrial_va", None): 32.5,
                   ("industrial_va.high_tech", "share_pp_change_prev", "industrial_va", "2015"): 2.6,
                   ("industrial_va.equipment", "share_pp_change_prev", "industrial_va", "2015"): 0.7}


def test_a_rate_as_of_a_month_this_year_and_its_change_since_a_base_year_at_that_date():
    release = statement_text(
        "截至今年6月，制造业重点领域企业数字化研发设计工具普及率、关键工序数控化率分别达到71.5%和51.1%，比2015年分别提高14.8和3.8个百分点。",
        "2019年，规模以上工业企业研发投入强度达到1.32%，比上年提高0.18个百分点。",
        published="2020-10-23T10:00", title="工业和信息化部介绍十三五时期工业发展成就")
    got = {(o.indicator, o.period, o.measure, o.base_period): o.value for o in release.observations}
    assert got == {("digital_rd_tools_rate", "2020-06", "level", None): 71.5,
                   ("nc_rate", "2020-06", "level", None): 51.1,
                   # five years on, never a change on a year earlier
                   ("digital_rd_tools_rate", "2020-06", "pp_change_prev", "2015"): 14.8,
                   ("nc_rate", "2020-06", "pp_change_prev", "2015"): 3.8,
                   ("rd_intensity.industry", "2019", "level", None): 1.32,
                   ("rd_intensity.industry", "2019", "pp_change", None): 0.18}


def test_a_change_against_last_years_fourth_quarter_is_no_period_of_the_figures_after_it():
    release = statement_text(
        "今年一季度，工业经济实现平稳开局。从几个关键指标看：一是规模以上工业增加值同比增长6.5%，比去年四季度加快2.6个"
        "百分点；二是制造业增加值占GDP的比重为28.9%，同比提高1.3个百分点。",
        published="2022-04-19T10:00", title="国新办举行2022年一季度工业和信息化发展情况发布会")
    got = {(o.indicator, o.period, o.measure, o.base_period): o.value for o in release.observations}
    assert got == {("industrial_va", "2022-03", "yoy_pct", None): 6.5,
                   ("industrial_va", "2022-03", "growth_pp_change", "2021-12"): 2.6,
                   ("industry_va_total.manufacturing", "2022-03", "share_pct", None): 28.9,
                   ("industry_va_total.manufacturing", "2022-03", "share_pp_change", None): 1.3}


def test_investment_against_all_investment_and_a_count_grown_since_the_end_of_last_year():
    release = statement_text(
        "2024年，规上工业企业数量达到51.2万家，比2023年底增加6.1%；设备工器具购置投资同比增长15.7%，比全部投资高12.5个百分点，"
        "拉动全部投资增长2.2个百分点。",
        published="2025-01-21T16:00", title="国新办举行中国经济高质量发展成效系列新闻发布会")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("industrial_enterprises", "count", None): 51.2,
                   ("industrial_enterprises", "yoy_pct", None): 6.1,        # since the end of 2023: a year
                   ("fai.equipment_purchase", "yoy_pct", None): 15.7,
                   ("fai.equipment_purchase", "pp_gap", "fai"): 12.5,
                   ("fai.equipment_purchase", "contribution_pp", "fai"): 2.2}


def test_a_name_opening_a_clause_without_figures_is_the_subject_of_a_metric_said_after_it():
    release = statement_text(
        "从行业看，装备制造业恢复态势明显，上半年增加值同比增长0.4%，扭转了一季度下降14%的局面，其中6月份增长9.7%。",
        published="2020-07-23T10:00", title="工业和信息化部介绍2020年上半年工业和信息化发展情况")
    assert figures(release) == {
        ("industrial_va.equipment", "2020-06", "ytd", "yoy_pct"): (0.4, "exact", "statement"),
        ("industrial_va.equipment", "2020-06", "month", "yoy_pct"): (9.7, "exact", "statement")}


def test_an_as_of_month_without_its_year_is_the_latest_one_and_a_stock_after_a_span_is_at_its_end():
    # 工业增加值 in 万亿元 is all industry's level (industry above designated size publishes only a growth)
    release = statement_text(
        "2012年，我国工业增加值为20.9万亿元。截至8月份，全国累计建成5G基站103.7万个。",
        published="2021-09-13T10:00", title="工业和信息化部部长介绍工业和信息化发展成就")
    assert figures(release) == {("industry_va_total", "2012", "year", "level"): (20.9, "exact", "statement"),
                                ("telecom.bs_5g", "2021-08", "month", "level"): (103.7, "exact", "statement")}
    release = statement_text("前5个月，规模以上工业企业数量达到52万户。",
                             published="2025-07-10T10:00", title="工业和信息化部介绍上半年工业和信息化发展情况")
    # enterprises counted in 户 are the same count as in 家 (51.2万家 above): one series, one measure
    assert figures(release) == {("industrial_enterprises", "2025-05", "month", "count"): (52.0, "exact", "statement")}


def test_industrys_profits_and_margin_only_when_named_with_industry():
    release = statement_text(
        "1—10月，全国规模以上工业企业实现利润同比增长42.2%。前11个月，规模以上工业企业营业收入利润率为6.98%。"
        "数字产业实现收入约38.3万亿元，利润总额3.1万亿元。",
        published="2021-12-20T10:00", title="记者从工业和信息化部获悉")
    got = figures(release)
    assert got[("industrial_profit", "2021-10", "ytd", "yoy_pct")] == (42.2, "exact", "statement")
    assert got[("industrial_margin", "2021-11", "ytd", "level")] == (6.98, "exact", "statement")
    assert not [key for key in got if key[0] == "industrial_profit" and key[3] == "level"]   # 3.1万亿元 is not industry's


def test_provinces_growing_out_of_all_provinces():
    release = statement_text("2024年，41个工业大类行业中有39个保持增长；31个省份中有29个实现同比增长。",
                             published="2025-01-21T16:00", title="国新办举行中国经济高质量发展成效系列新闻发布会")
    got = {(o.indicator, o.period, o.measure, o.universe): o.value for o in release.observations}
    assert got == {("industries_growing", "2024", "count", 41.0): 39.0,
                   ("provinces_growing", "2024", "count", 31.0): 29.0}


def test_a_window_said_as_from_one_year_to_another_is_no_goal():
    release = statement_text("2012年到2021年，电子信息制造业营业收入由7万亿元增长至14.1万亿元。",
                             published="2022-09-20T10:00", title="新时代工业和信息化发展系列新闻发布会")
    assert figures(release) == {("electronics_revenue", "2012", "year", "level"): (7.0, "exact", "statement"),
                                ("electronics_revenue", "2021", "year", "level"): (14.1, "exact", "statement")}


def test_export_delivery_small_and_medium_industry_and_specialised_smes_in_statements():
    release = statement_text("前三季度，规模以上工业中小企业增加值同比增长7.1%。1—11月，规模以上工业企业出口交货值同比增长17.7%。"
                             "目前，全国专精特新企业已超过4万家。",
                             published="2021-12-20T10:00", title="工业和信息化部新闻发言人答记者问")
    assert figures(release) == {
        ("industrial_va.sme", "2021-09", "ytd", "yoy_pct"): (7.1, "exact", "statement"),
        ("export_delivery_value", "2021-11", "ytd", "yoy_pct"): (17.7, "exact", "statement"),
        ("sme.specialized", "2021-12", "month", "count"): (4.0, "over", "statement")}


def test_a_contribution_said_in_tenths_is_over_that_share():
    release = statement_text("2024年，规上装备制造业增加值同比增长7.7%，对全部规上工业增长的贡献率超过四成。",
                             published="2025-01-21T16:00", title="国新办举行中国经济高质量发展成效系列新闻发布会")
    got = {(o.indicator, o.measure, o.relative_to, o.qualifier): o.value for o in release.observations}
    assert got == {("industrial_va.equipment", "yoy_pct", None, "exact"): 7.7,
                   ("industrial_va.equipment", "contribution_pct", "industrial_va", "over"): 40.0}


def test_investment_in_technological_transformation():
    release = statement_text("前三季度，工业技术改造投资同比增长8.9%。", published="2019-10-18T10:00",
                             title="工业和信息化部新闻发言人答记者问")
    assert figures(release) == {("fai.tech_transformation", "2019-09", "ytd", "yoy_pct"): (8.9, "exact", "statement")}


def test_a_count_paragraphs_after_a_year_long_past_is_as_the_statement_speaks():
    # real figures: 30 national manufacturing innovation centres (mid-2024); 2023's value added growth 4.6%
    said = ("2023年，全国规模以上工业增加值同比增长4.6%。", "我们布局建设了30个国家级制造业创新中心。")
    mid_year = statement_text(*said, published="2024-07-05T10:00", title="推动制造业高质量发展")
    assert figures(mid_year) == {
        ("industrial_va", "2023", "year", "yoy_pct"): (4.6, "exact", "statement"),
        ("mfg_innovation_centers", "2024-07", "month", "count"): (30.0, "exact", "statement")}
    # the review of the year just ended, in January: its counts are at that year's end
    review = statement_text(*said, published="2024-01-19T10:00", title="介绍工业和信息化发展情况")
    assert ("mfg_innovation_centers", "2023-12", "month", "count") in figures(review)


def test_last_year_named_as_a_time_opens_the_year_before_the_pages_never_a_year_said_earlier():
    # real figures: all industry's value added 31.3 → 40.5 trillion yuan (2020 → 2024); 1—11月 2025 growth 6.0 %
    said = statement_text("2020年至2024年，我国全部工业增加值从31.3万亿元增长到40.5万亿元。"
                          "去年以来，工业经济顶压前行，1—11月，规模以上工业增加值同比增长6.0%。",
                          published="2026-01-12T08:30", title="专访工业和信息化部部长")
    assert figures(said)[("industrial_va", "2025-11", "ytd", "yoy_pct")] == (6.0, "exact", "statement")
    # '比去年', '去年同期' are bases, never a time: the span keeps the year in force
    base = statement_text("今年1—10月，规模以上工业增加值同比增长6.1%，比去年同期加快0.3个百分点。",
                          published="2025-11-20T10:00", title="工业经济运行情况")
    assert ("industrial_va", "2025-10", "ytd", "yoy_pct") in figures(base)


def test_a_share_said_in_two_years_and_a_level_of_value_added_is_all_industrys():
    # real figures (2021 press conference on 2012–2020)
    release = statement_text("2012年到2020年，我国工业增加值由20.9万亿元增长到31.3万亿元；"
                             "高技术制造业增加值占规模以上工业增加值的比重由2012年的9.4%上升到2020年的15.1%。",
                             published="2021-09-13T10:00", title="工业和信息化部部长介绍工业和信息化发展成就")
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("industry_va_total", "2012", "level", None): 20.9,
                   ("industry_va_total", "2020", "level", None): 31.3,
                   ("industrial_va.high_tech", "2012", "share_pct", "industrial_va"): 9.4,
                   ("industrial_va.high_tech", "2020", "share_pct", "industrial_va"): 15.1}


def test_a_lists_members_are_the_years_new_ones_and_the_totals_built_are_stocks():
    # real figures: the 2022 green-manufacturing list (published 2023-03-24) and the totals built by May 2023
    release = statement_text(
        "工业和信息化部公布了2022年度绿色制造名单。其中，绿色工厂874家、绿色工业园区47家、绿色供应链管理企业112家，"
        "另有643个产品列入绿色设计产品名单。",
        "截至目前，我国已在国家层面创建绿色工厂3616家、绿色工业园区267家、绿色供应链管理企业403家，累计推广绿色产品近3万个。",
        published="2023-05-05T10:00", title="节能与综合利用司负责同志介绍绿色制造体系建设情况")
    assert figures(release) == {
        ("green_factories_new", "2022", "year", "count"): (874.0, "exact", "statement"),
        ("green_parks_new", "2022", "year", "count"): (47.0, "exact", "statement"),
        ("green_supply_chain_new", "2022", "year", "count"): (112.0, "exact", "statement"),
        ("green_products_new", "2022", "year", "count"): (643.0, "exact", "statement"),
        ("green_factories", "2023-05", "month", "count"): (3616.0, "exact", "statement"),
        ("green_parks", "2023-05", "month", "count"): (267.0, "exact", "statement"),
        ("green_supply_chain", "2023-05", "month", "count"): (403.0, "exact", "statement"),
        ("green_products", "2023-05", "month", "count"): (3.0, "about", "statement")}
    # a list's members are the year's new ones (g5_factories_new), never the total built
    listed = statement_text("2024年度5G工厂名录公布，共有1000家5G工厂入选。", published="2025-01-10T10:00",
                            title="信息通信发展司负责同志介绍5G工厂名录有关情况")
    assert [(o.indicator, o.period, o.value) for o in listed.observations] == [("g5_factories_new", "2024", 1000.0)]
    # one the catalogue keeps no yearly series of is never stored as the total built
    listed = statement_text("2024年度智能制造示范工厂名单公布，共有100家智能制造示范工厂入选。", published="2025-01-10T10:00",
                            title="装备工业一司负责同志介绍智能制造示范工厂有关情况")
    assert listed.observations == [] and listed.skipped


def test_a_span_opening_a_sentence_holds_to_the_paragraphs_end_and_months_listed_are_of_the_name_before():
    # real figures: the first half of 2025 (the months' growth, equipment and high-tech manufacturing)
    release = statement_text(
        "上半年，全国规模以上工业增加值同比增长6.4%，增速比去年同期加快0.4个百分点。其中，4、5、6月份分别增长6.1%、5.8%、6.8%。"
        "装备制造业增加值同比增长10.2%，比去年全年提高2.5个百分点。高技术制造业增加值增长9.5%，比去年上半年加快0.8个百分点。",
        "2024年，高技术制造业增加值增长8.9%。",
        published="2025-07-18T15:00", title="国新办举行上半年工业和信息化发展情况新闻发布会")
    assert read(release) == spec("""
industrial_va 2025-06 ytd yoy_pct 6.4 % exact statement
industrial_va 2025-06 ytd growth_pp_change 0.4 百分点 exact statement base=2024-06/ytd
industrial_va 2025-04 month yoy_pct 6.1 % exact statement
industrial_va 2025-05 month yoy_pct 5.8 % exact statement
industrial_va 2025-06 month yoy_pct 6.8 % exact statement
industrial_va.equipment 2025-06 ytd yoy_pct 10.2 % exact statement
industrial_va.equipment 2025-06 ytd growth_pp_change 2.5 百分点 exact statement base=2024/year
industrial_va.high_tech 2025-06 ytd yoy_pct 9.5 % exact statement
industrial_va.high_tech 2025-06 ytd growth_pp_change 0.8 百分点 exact statement base=2024-06/ytd
industrial_va.high_tech 2024 year yoy_pct 8.9 % exact statement
""")
    # a span is never carried into the next paragraph, nor months listed with no name before them
    alone = statement_text("上半年，全国规模以上工业增加值同比增长6.4%。", "4、5、6月份分别增长6.1%、5.8%、6.8%。",
                           published="2025-07-18T15:00", title="工业经济运行情况")
    assert {o.period for o in alone.observations} == {"2025-06"}
    assert alone.skip_reasons == ["unattributed"]


def test_a_bare_revenue_or_profit_is_the_industry_just_read_and_never_anothers():
    # real figures: electronics and software in 2024
    release = statement_text(
        "2024年，规模以上电子信息制造业增加值比上年增长11.8%；实现营业收入16.19万亿元，增长7.3%；利润总额6408亿元，增长3.4%。"
        "软件和信息技术服务业完成软件业务收入137276亿元，同比增长10%；实现利润总额16953亿元，增长8.7%。",
        published="2025-02-13T10:00", title="李乐成在京调研")
    assert figures(release) == {
        ("electronics_va", "2024", "year", "yoy_pct"): (11.8, "exact", "statement"),
        ("electronics_revenue", "2024", "year", "level"): (16.19, "exact", "statement"),
        ("electronics_revenue", "2024", "year", "yoy_pct"): (7.3, "exact", "statement"),
        ("electronics_profit", "2024", "year", "level"): (6408.0, "exact", "statement"),
        ("electronics_profit", "2024", "year", "yoy_pct"): (3.4, "exact", "statement"),
        ("software_revenue", "2024", "year", "level"): (137276.0, "exact", "statement"),
        ("software_revenue", "2024", "year", "yoy_pct"): (10.0, "exact", "statement"),
        ("software_profit", "2024", "year", "level"): (16953.0, "exact", "statement"),
        ("software_profit", "2024", "year", "yoy_pct"): (8.7, "exact", "statement")}
    # the auto industry's revenue is the auto industry's, and a revenue with no industry before it is no one's
    autos = statement_text("2024年，汽车制造业增加值增长10%；实现营业收入10.6万亿元。", "实现营业收入10.6万亿元。",
                           published="2025-02-13T10:00", title="汽车工业运行情况")
    assert {o.indicator for o in autos.observations} == {"industrial_va.C36", "industrial_revenue.C36"}
    assert autos.skip_reasons == ["unknown name"]


def test_a_count_before_the_thing_counted_a_forecast_with_jiang_and_a_paragraph_opening_with_tongqi():
    # real figures: telecom at the end of August 2025
    release = statement_text(
        "截至8月底，5G基站总数达到464.6万个。",
        "同期，5G移动电话用户达到11.18亿户；全国已有207个城市达到千兆城市建设标准，168个万兆光网试点项目加快部署。",
        "预计年底5G基站总数将超过480万个。全年集成电路产量达到4514亿块。",
        published="2025-09-25T10:00", title="副部长出席中国国际信息通信展览会开幕式并致辞")
    assert figures(release) == {
        ("telecom.bs_5g", "2025-08", "month", "level"): (464.6, "exact", "statement"),
        ("telecom.mobile_users_5g", "2025-08", "month", "level"): (11.18, "exact", "statement"),
        ("gigabit_cities", "2025-08", "month", "count"): (207.0, "exact", "statement"),
        ("wanzhao_pilots", "2025-08", "month", "count"): (168.0, "exact", "statement"),
        ("telecom.bs_5g", "2025-12", "month", "level"): (480.0, "over", "forecast")}
    assert release.skip_reasons == ["not stored"]     # 全年 in September: the year is not over


def test_a_compound_of_the_name_before_a_share_said_to_reach_part_of_a_whole_and_a_doubling():
    # real figures: autos in 2025 (CAAM, as MIIT restates them)
    release = statement_text(
        "2025年，新能源汽车继续保持快速增长，全年产销分别完成1662.6万辆和1649万辆，同比分别增长29.0%和28.2%，"
        "新能源汽车新车销量达到汽车新车总销量的47.9%。",
        "全年汽车出口709.8万辆；其中新能源汽车出口261.5万辆，比上年翻了一番。中国品牌乘用车销售2060万辆，市场份额达到68.4%。",
        published="2026-01-14T10:00", title="2025年我国汽车产销规模再创新高")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations if o.period == "2025"}
    assert got == {("vehicles.nev_production", "level", None): 1662.6, ("vehicles.nev_sales", "level", None): 1649.0,
                   ("vehicles.nev_production", "yoy_pct", None): 29.0, ("vehicles.nev_sales", "yoy_pct", None): 28.2,
                   ("vehicles.nev_sales", "share_pct", "vehicles.sales"): 47.9,
                   ("vehicles.exports", "level", None): 709.8,
                   ("vehicles.nev_exports", "level", None): 261.5, ("vehicles.nev_exports", "yoy_pct", None): 100.0,
                   ("vehicles.chinese_brand_sales", "level", None): 2060.0,
                   ("vehicles.chinese_brand_share", "level", None): 68.4}
    assert len(release.observations) == len(got)


def test_yici_lists_industries_said_as_hangye_tiers_named_short_and_rates_raised_to():
    # real figures: the 2025 review (January 2026) and the work conference (December 2025)
    release = statement_text(
        "2025年，规模以上装备制造业、高技术制造业增加值分别增长9.2%和9.4%，占规模以上工业的比重较2024年依次提高2.2个和0.8个百分点。"
        "集成电路、电子专用材料行业增加值分别增长26.7%、23.9%。规模以上工业增加值增长5.9%，分月看，10、11、12月份依次增长4.9%、4.8%和5.2%。",
        "截至目前，累计建成基础级智能工厂3.5万余家、先进级8200余家、卓越级500余家；大宗工业固废综合利用率提高到57%，"
        "规模以上工业企业数量达到52万户，新能源汽车出口量年内突破200万辆。",
        published="2026-01-21T10:00", title="国新办举行新闻发布会介绍2025年工业和信息化发展成效有关情况")
    got = {(o.indicator, o.period, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got == {
        ("industrial_va.equipment", "2025", "yoy_pct"): (9.2, None), ("industrial_va.high_tech", "2025", "yoy_pct"): (9.4, None),
        ("industrial_va.equipment", "2025", "share_pp_change"): (2.2, "industrial_va"),
        ("industrial_va.high_tech", "2025", "share_pp_change"): (0.8, "industrial_va"),
        # 集成电路 alone is the product: with the tail it shares, the industry (never the chips' output)
        ("industrial_va.ic_mfg", "2025", "yoy_pct"): (26.7, None),
        ("industrial_va.electronic_materials", "2025", "yoy_pct"): (23.9, None),
        ("industrial_va", "2025", "yoy_pct"): (5.9, None),
        ("industrial_va", "2025-10", "yoy_pct"): (4.9, None),
        ("industrial_va", "2025-11", "yoy_pct"): (4.8, None),
        ("industrial_va", "2025-12", "yoy_pct"): (5.2, None),
        ("smart_factories.basic", "2026-01", "count"): (3.5, None),
        ("smart_factories.advanced", "2026-01", "count"): (8200.0, None),
        ("smart_factories.excellent", "2026-01", "count"): (500.0, None),
        ("solid_waste_utilization", "2026-01", "level"): (57.0, None),
        ("industrial_enterprises", "2026-01", "count"): (52.0, None),
        ("vehicles.nev_exports", "2025", "level"): (200.0, None)}


def test_what_firms_did_is_no_count_of_the_firms_and_covering_all_of_a_whole_is_its_count():
    release = statement_text("截至目前，带动1.6万余家中小企业完成数字化改造，工业互联网覆盖全部41个工业大类。",
                             published="2025-11-20T10:00", title="数字化转型推进会召开")
    assert figures(release) == {("iip_categories", "2025-11", "month", "count"): (41.0, "exact", "statement")}
    # 1.6万余家 firms that transformed: not the number of SMEs, a count of its own kept as printed
    assert [(o.label_zh, o.period, o.measure, o.value, o.qualifier) for o in release.named] == [
        ("中小企业完成数字化改造", "2025-11", "count", 1.6, "over")]


def test_with_no_year_in_force_a_span_said_in_an_earlier_paragraph_still_holds():
    release = statement_text("会议通报，前三季度原材料工业增加值同比增长5.6%。", "主要产品生产有增有减。粗钢产量7.46亿吨，同比下降2.9%。",
                             published="2025-10-30T10:00", title="稳住基本盘 增添新动能")
    assert figures(release) == {("miit_va.raw_materials", "2025-09", "ytd", "yoy_pct"): (5.6, "exact", "statement"),
                                ("output.crude_steel", "2025-09", "ytd", "level"): (7.46, "exact", "statement"),
                                ("output.crude_steel", "2025-09", "ytd", "yoy_pct"): (-2.9, "exact", "statement")}
    # a year in force (the title's) decides instead: the span is the paragraph's own
    titled = statement_text("会议通报，前三季度原材料工业增加值同比增长5.6%。", "2024年粗钢产量10.05亿吨。",
                            published="2025-10-30T10:00", title="2025年原材料工业稳增长推进会召开")
    assert ("output.crude_steel", "2024", "year", "level") in figures(titled)


def test_growth_since_a_base_year_a_window_said_before_its_average_and_a_total_of_the_name_said_before():
    # real figures: the minister's review of 2024 and the 2024 work conference
    release = statement_text(
        "2024年，制造业增加值33.6万亿元，比2020年增长26.3%，制造业总体规模连续15年位居全球首位，占全球比重约30%。",
        "2021—2024年，规模以上工业增加值年均增长5.9%。全年新遴选国家级智能制造示范工厂，总数达到421家。",
        "预计今年工业互联网核心产业规模将超过1.6万亿元。",
        published="2024-12-27T10:00", title="奋力推进新型工业化")
    assert read(release) == spec("""
industry_va_total.manufacturing 2024 year level 33.6 万亿元 exact statement
industry_va_total.manufacturing 2024 year cum_pct 26.3 % exact statement base=2020/year
industry_va_total.manufacturing 2024 year share_pct 30 % about statement of=world
industrial_va 2024 year avg_yoy_pct 5.9 % exact statement base=2020/year
smart_factories.national_demo 2024-12 month count 421 家 exact statement
iip_core_industry 2024 year level 1.6 万亿元 over forecast bound=1.7
""")
    # a year after the base year is a plain growth on a year earlier
    plain = statement_text("2024年，制造业增加值33.6万亿元，比2023年增长6.1%。", published="2025-03-01T10:00", title="奋力推进新型工业化")
    assert ("industry_va_total.manufacturing", "2024", "year", "yoy_pct") in figures(plain)


def test_the_enterprises_value_added_is_never_their_number_and_consumer_goods_are_the_ministrys_own():
    release = statement_text(
        "1-9月，规模以上工业中小企业增加值同比增长7.1%；“小巨人”企业增加值增长8.6%。",
        "1-9月，规模以上工业中小企业实现营业收入约57.6万亿元，同比增长2.3%；利润总额2.6万亿元，增长3.0%。",
        published="2025-11-14T10:00", title="部领导赴浙江宁波调研")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got == {("industrial_va.sme", "yoy_pct"): 7.1, ("industrial_va.little_giants", "yoy_pct"): 8.6,
                   ("sme_finance.revenue", "level"): 57.6, ("sme_finance.revenue", "yoy_pct"): 2.3,
                   ("sme_finance.profit", "level"): 2.6, ("sme_finance.profit", "yoy_pct"): 3.0}
    # real figures: consumer goods in 2024 (MIIT's 消费品工业, not NBS's 消费品制造业); 轻工 alone is light industry,
    # beside 食品 it is light industry without food; exports said as exports
    goods = statement_text(
        "2024年，规模以上消费品工业增加值同比增长5.5%。轻工、纺织、医药工业增加值分别增长6.4%、4.4%和3.6%。",
        "2024年，纺织品服装出口3011亿美元，其中纺织品和服装出口分别为1419.6亿美元和1591.4亿美元。",
        "2024年，轻工、纺织、食品工业增加值分别增长6.4%、4.4%和5.1%。在92种主要轻工产品中，有58种产量实现同比增长。",
        published="2025-04-20T10:00", title="消费品工业司负责同志介绍有关情况")
    got = {(o.indicator, o.measure, o.quote[:4]): o.value for o in goods.observations}
    assert got == {("miit_va.consumer_goods", "yoy_pct", "规模以上"): 5.5,
                   ("miit_va.light", "yoy_pct", "轻工、纺"): 6.4, ("miit_va.textiles", "yoy_pct", "轻工、纺"): 4.4,
                   ("miit_va.medicine", "yoy_pct", "轻工、纺"): 3.6,
                   ("customs_export.textiles_apparel", "level", "纺织品服"): 3011.0,
                   ("customs_export.textiles", "level", "其中纺织"): 1419.6, ("customs_export.apparel", "level", "其中纺织"): 1591.4,
                   ("miit_va.light_ex_food", "yoy_pct", "轻工、纺"): 6.4, ("miit_va.food", "yoy_pct", "轻工、纺"): 5.1,
                   ("light_products_growing", "count", "有58种"): 58.0}


def test_a_name_before_a_stated_zero_a_parts_own_period_and_the_span_of_a_page_whose_title_prints_no_year():
    # a title naming work ahead (四季度) sets no year: the span said on the page holds into the next paragraph
    release = statement_text(
        "会议指出，前三季度石化化工行业增加值同比增长5.6%，其中三季度增长4.9%；建材工业增加值同比增长0.9%。"
        "石化化工行业实现营业收入约11.8万亿元，利润总额5380亿元，同比分别下降2.5%和增长3.1%。",
        "主要产品中，乙烯产量同比增长6.8%。预计全年石化化工行业增加值增长5%左右，建材工业增加值与上年基本持平。",
        published="2025-11-06T10:00", title="部署四季度重点工作 确保全年目标任务完成")
    assert read(release) == spec("""
miit_va.petrochem 2025-09 ytd yoy_pct 5.6 % exact statement
miit_va.petrochem 2025-09 quarter yoy_pct 4.9 % exact statement
miit_va.building_materials 2025-09 ytd yoy_pct 0.9 % exact statement
miit_revenue.petrochem 2025-09 ytd level 11.8 万亿元 about statement
miit_profit.petrochem 2025-09 ytd level 5380 亿元 exact statement
miit_revenue.petrochem 2025-09 ytd yoy_pct -2.5 % exact statement
miit_profit.petrochem 2025-09 ytd yoy_pct 3.1 % exact statement
output.ethylene 2025-09 ytd yoy_pct 6.8 % exact statement
miit_va.petrochem 2025 year yoy_pct 5 % about forecast
miit_va.building_materials 2025 year yoy_pct 0 % about forecast
""")


def test_a_span_of_an_earlier_paragraph_dates_flows_but_never_stocks_nor_a_review_of_the_year():
    # real figures: medicine in the first half of 2025, published in August
    release = statement_text(
        "今年以来医药工业运行稳中向好。上半年，规模以上医药工业增加值同比增长3.9%。",
        "分领域看，中成药制造营业收入为2290亿元。5G应用已融入国民经济97个大类中的86个。",
        published="2025-08-15T10:00", title="医药工业运行稳中向好")
    periods = {o.indicator: (o.period, o.period_type) for o in release.observations}
    assert periods == {"miit_va.medicine": ("2025-06", "ytd"), "miit_revenue.medicine_tcm": ("2025-06", "ytd"),
                       "g5_apps.categories": ("2025-08", "month")}
    # the work conference in late December speaks of the year after its 前11个月
    review = statement_text("会议认为，2025年工业经济稳中有进。前11个月，全国规模以上工业增加值同比增长6%。",
                            "新能源汽车出口量年内突破200万辆。",
                            published="2025-12-26T18:00")
    assert {(o.indicator, o.period) for o in review.observations} == {("industrial_va", "2025-11"),
                                                                      ("vehicles.nev_exports", "2025")}


def test_provinces_listed_before_their_group_each_take_their_figure_and_a_region_alone_is_no_series():
    release = statement_text(
        "前三季度，广东、江苏、山东、浙江、河南、福建、四川7个工业大省规上工业增加值分别增长3.9%、7.8%、8.6%、6.9%、8.1%、"
        "5.6%和-0.4%（四川受电力供应短期扰动），合计拉动全国规上工业增长约3.9个百分点。",
        "前三季度，广东、江苏两个工业大省规上工业增加值分别增长3.9%、7.8%和8.6%。",
        published="2025-10-24T10:00", title="国新办举行2025年前三季度工业和信息化发展情况新闻发布会")
    got = {o.indicator: o.value for o in release.observations}
    assert got == {"industrial_va.guangdong": 3.9, "industrial_va.jiangsu": 7.8, "industrial_va.shandong": 8.6,
                   "industrial_va.zhejiang": 6.9, "industrial_va.henan": 8.1, "industrial_va.fujian": 5.6,
                   "industrial_va.sichuan": -0.4}
    assert {o.period for o in release.observations} == {"2025-09"}
    # the second list names two provinces and three figures: none of them
    assert "unattributed" in release.skip_reasons
    # a province said with another metric is never its value added, nor its software revenue by default
    other = statement_text("前三季度，广东5G基站数量超过30万个。", published="2025-10-24T10:00", title="通信业发展情况")
    assert [o.indicator for o in other.observations if o.indicator.startswith(("industrial_va", "software"))] == []


def test_a_short_gloss_in_brackets_and_an_industrys_margin_and_export_delivery():
    # real figures: charging infrastructure at the end of September 2025; medicine in the first half of 2025
    release = statement_text(
        "截至2025年9月底，我国充电基础设施（枪）总数达到1806.3万个，同比增长54.5%。",
        "上半年，医药工业营业收入利润率为14.4%；规模以上医药工业实现出口交货值1970亿元，同比增长4.0%。",
        published="2025-10-20T10:00", title="全国新能源汽车推广应用工作推进会召开")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got == {("charging_infrastructure", "count"): 1806.3, ("charging_infrastructure", "yoy_pct"): 54.5,
                   ("miit_margin.medicine", "level"): 14.4, ("miit_export_delivery.medicine", "level"): 1970.0,
                   ("miit_export_delivery.medicine", "yoy_pct"): 4.0}


def test_a_speakers_label_is_no_name_and_a_share_of_industry_above_designated_size_is_of_it():
    # real figures: nonferrous metals in 2024; the equipment share in the first quarter of 2025
    release = statement_text(
        "原材料工业司负责人：2024年，十种有色金属产量达到7919万吨，同比增长4.3%。",
        "一季度，装备制造业增加值占规上工业比重达到34.1%，高技术制造业增加值占规模以上工业比重为16.3%。",
        published="2025-04-20T10:00", title="工业和信息化部举行新闻发布会")
    got = {(o.indicator, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got == {("output.ten_nonferrous", "level"): (7919.0, None), ("output.ten_nonferrous", "yoy_pct"): (4.3, None),
                   ("industrial_va.equipment", "share_pct"): (34.1, "industrial_va"),
                   ("industrial_va.high_tech", "share_pct"): (16.3, "industrial_va")}


def test_shares_in_a_measure_said_before_them_are_of_the_names_just_read():
    # real figures: shipbuilding in 2024
    release = statement_text(
        "2024年，我国造船完工量、新接订单量和手持订单量分别为4818万载重吨、11305万载重吨和20872万载重吨，"
        "以载重吨计分别占世界总量的55.7%、74.1%和63.1%。", published="2025-02-16T10:00", title="部长访谈")
    assert {(o.indicator, o.period): o.relative_to for o in release.observations if o.measure == "share_pct"} == {
        ("shipbuilding.completions", "2024"): "world", ("shipbuilding.new_orders", "2024"): "world",
        ("shipbuilding.order_book", "2024-12"): "world"}


def test_a_month_printed_without_its_year_in_january_is_last_years():
    # real figures: industry to November 2025, reported at a ministry meeting on 8 January 2026
    release = statement_text(
        "会议通报，2025年1—11月，全国规模以上工业增加值同比增长6.0%；11月份当月同比增长4.8%，增速比10月份回落0.1个百分点。"
        "11月份，41个工业大类行业中有35个行业增加值保持同比增长。",
        published="2026-01-08T10:00", title="李乐成主持召开部务会议 研究部署近期重点工作")
    assert figures(release) == {
        ("industrial_va", "2025-11", "ytd", "yoy_pct"): (6.0, "exact", "statement"),
        ("industrial_va", "2025-11", "month", "yoy_pct"): (4.8, "exact", "statement"),
        ("industrial_va", "2025-11", "month", "growth_pp_change"): (-0.1, "exact", "statement"),
        ("industries_growing", "2025-11", "month", "count"): (35.0, "exact", "statement")}


def test_a_forecast_after_an_aim_is_read_and_a_documents_title_names_no_period():
    release = statement_text(
        "四季度，我们将全力推动《机械行业稳增长工作方案（2025—2026年）》等10个重点行业稳增长方案落地，确保完成全年目标任务，"
        "预计全年规模以上工业增加值增长6%左右。",
        published="2025-10-24T10:00", title="国新办举行2025年前三季度工业和信息化发展情况新闻发布会")
    assert figures(release) == {("industrial_va", "2025", "year", "yoy_pct"): (6.0, "about", "forecast")}


def test_a_provinces_figure_is_never_the_nations_and_counts_before_a_list_announced_are_not_its_members():
    # real figures: smart factories built by December 2025; Guangdong's 5G factories
    release = statement_text(
        "在智能制造方面，全国累计建成3万余家基础级、7000余家先进级、500余家卓越级智能工厂，首批15家领航级智能工厂培育名单已经发布。"
        "广东省作为制造业大省，建成5G工厂超过1100家。",
        published="2025-12-06T10:00", title="李乐成赴广东调研")
    # the first batch named in a list is all there are of the kind
    # (Guangdong's 5G factories are its own series, never the nation's)
    assert {o.indicator: o.value for o in release.observations} == {
        "smart_factories.basic": 3.0, "smart_factories.advanced": 7000.0, "smart_factories.excellent": 500.0,
        "smart_factories.leading": 15.0, "g5_factories.guangdong": 1100.0}


def test_a_later_batch_of_a_list_is_its_new_members_never_the_total():
    release = statement_text("工业和信息化部近日公布第二批20家领航级智能工厂培育名单。",
                             published="2026-03-06T10:00", title="智能制造加快推进")
    assert release.observations == []
    assert ("工业和信息化部近日公布第二批20家领航级智能工厂培育名单。", "not stored") in release.not_stored()


def test_a_groups_share_catalogued_as_its_own_series_is_its_level_over_the_span():
    # the minister's figure (about 80 %) and one made up for the provinces
    release = statement_text(
        "1—9月，十大重点行业增加值占规模以上工业增加值的比重约为80%，工业大省增加值占全国工业增加值的比重约为76%，"
        "较上年同期提高0.5个百分点。",
        published="2025-10-24T10:00", title="前三季度工业经济运行总体平稳")
    assert figures(release) == {
        ("key_industries.va_share", "2025-09", "ytd", "level"): (80.0, "about", "statement"),
        ("key_regions.va_share", "2025-09", "ytd", "level"): (76.0, "about", "statement"),
        ("key_regions.va_share", "2025-09", "ytd", "pp_change"): (0.5, "exact", "statement")}


def test_a_bare_magnitude_takes_the_unit_its_series_counts_in_and_money_is_never_guessed():
    release = statement_text(
        "截至10月底，工业互联网标识注册量突破6000亿，5G移动电话用户达11.5亿。软件业务收入突破9000亿。",
        published="2025-11-20T10:00", title="新型工业化扎实推进")
    assert {(o.indicator, o.unit, o.qualifier) for o in release.observations} == {
        ("iip_identifiers", "亿个", "over"), ("telecom.mobile_users_5g", "亿户", "exact")}
    assert ("软件业务收入突破9000亿。", "form not read") in release.not_stored()


def test_a_share_of_a_flow_kept_as_its_own_series_is_over_the_span_and_the_year_earlier_aside_is_its_value_then():
    release = statement_text(
        "1—10月，自主品牌乘用车市场占有率为69.3%（上年同期为64.5%），新能源汽车销量占汽车新车总销量的比重为46.7%"
        "（上年同期为38.6%），汽车出口561.7万辆（上年同期为20.1%）。",
        published="2025-11-20T10:00", title="新型工业化扎实推进")
    assert figures(release) == {
        ("vehicles.chinese_brand_share", "2025-10", "ytd", "level"): (69.3, "exact", "statement"),
        ("vehicles.chinese_brand_share", "2024-10", "ytd", "level"): (64.5, "exact", "statement"),
        ("vehicles.nev_sales", "2025-10", "ytd", "share_pct"): (46.7, "exact", "statement"),
        ("vehicles.nev_sales", "2024-10", "ytd", "share_pct"): (38.6, "exact", "statement"),
        ("vehicles.exports", "2025-10", "ytd", "level"): (561.7, "exact", "statement")}
    assert {o.relative_to for o in release.observations if o.measure == "share_pct"} == {"vehicles.sales"}
    assert ("上年同期为20.1%）。", "not stored") in release.not_stored()      # another unit: never guessed (as printed)


def test_a_full_year_said_without_its_year_early_in_the_next_is_the_year_ended_and_a_share_without_whole_is_of_the_one_before():
    # real figures: industry in 2025, said in January 2026
    release = statement_text(
        "全年规模以上高技术制造业增加值增长9.4%，占规模以上工业增加值比重为17.1%；装备制造业增加值增长9.2%，占比达到36.8%。",
        published="2026-01-20T10:00", title="工业经济回升向好")
    assert figures(release) == {
        ("industrial_va.high_tech", "2025", "year", "yoy_pct"): (9.4, "exact", "statement"),
        ("industrial_va.high_tech", "2025", "year", "share_pct"): (17.1, "exact", "statement"),
        ("industrial_va.equipment", "2025", "year", "yoy_pct"): (9.2, "exact", "statement"),
        ("industrial_va.equipment", "2025", "year", "share_pct"): (36.8, "exact", "statement")}
    assert {o.relative_to for o in release.observations if o.measure == "share_pct"} == {"industrial_va"}
    # in June the year is not over: a full year without 预计 is not read as this year's figure
    june = statement_text("全年规模以上工业增加值增长5.9%。", published="2026-06-20T10:00", title="工业经济回升向好")
    assert june.observations == []


def test_a_paragraph_with_no_period_of_its_own_is_of_the_span_the_title_names():
    release = statement_text(
        "10月24日，记者从工业和信息化部获悉，工业经济稳中有进。",
        "从结构看，装备制造业和高技术制造业增加值依次增长9.7%、9.6%；原材料工业增加值增长5.6%，建材行业则下降0.4%，"
        "电力装备行业增长10.5%，轻工业增长5.4%。",
        published="2025-10-24T10:00", title="前三季度工业经济运行总体平稳")
    assert figures(release) == {
        ("industrial_va.equipment", "2025-09", "ytd", "yoy_pct"): (9.7, "exact", "statement"),
        ("industrial_va.high_tech", "2025-09", "ytd", "yoy_pct"): (9.6, "exact", "statement"),
        ("miit_va.raw_materials", "2025-09", "ytd", "yoy_pct"): (5.6, "exact", "statement"),
        ("miit_va.building_materials", "2025-09", "ytd", "yoy_pct"): (-0.4, "exact", "statement"),
        ("miit_va.power_equipment", "2025-09", "ytd", "yoy_pct"): (10.5, "exact", "statement"),
        ("miit_va.light", "2025-09", "ytd", "yoy_pct"): (5.4, "exact", "statement")}
    # a paragraph that names a month of its own keeps to it: a sentence after it is that month's, never the title's span
    month = statement_text("9月份，规上工业增加值增长6.5%。三大门类中，采矿业增加值增长6.3%。",
                           published="2025-10-24T10:00", title="前三季度工业经济运行总体平稳")
    assert [(o.indicator, o.period, o.period_type) for o in month.observations] == [
        ("industrial_va", "2025-09", "month"), ("industrial_va.mining", "2025-09", "month")]


def test_a_sources_year_stays_with_its_figure_and_reaches_counts_and_the_last_two_named():
    release = statement_text(
        "截至三季度末，重点工业企业关键工序数控化率达到66.2%。据国际机器人联合会统计，2023年我国制造业机器人密度达到"
        "每万名工人470台。网络方面，5G-A网络已覆盖300多个城市，168个万兆光网试点正加快部署。",
        "目前，工业互联网已全面融入49个国民经济大类，覆盖全部41个工业大类。",
        "2024年，装备制造业增长7.7%，高技术制造业增长8.9%，两者在规模以上工业增加值中所占比重依次为34.6%和16.3%；"
        "5G移动电话用户数为10.14亿户，在移动电话用户中占56%。",
        published="2025-11-13T15:00", title="新闻发布会在京举行")
    got = {(o.indicator, o.measure): (o.period, o.period_type, o.value, o.relative_to) for o in release.observations}
    assert got[("nc_rate", "level")] == ("2025-09", "month", 66.2, None)
    assert got[("robot_density", "level")][:2] == ("2023-12", "month")
    assert got[("g5a_cities", "count")] == ("2025-11", "month", 300.0, None)       # never the source's year
    assert got[("wanzhao_pilots", "count")] == ("2025-11", "month", 168.0, None)
    assert got[("iip_categories", "count")] == ("2025-11", "month", 41.0, None)
    assert got[("industrial_va.equipment", "share_pct")] == ("2024", "year", 34.6, "industrial_va")
    assert got[("industrial_va.high_tech", "share_pct")] == ("2024", "year", 16.3, "industrial_va")
    assert got[("telecom.mobile_users_5g", "share_pct")] == ("2024-12", "month", 56.0, "telecom.mobile_users")


def test_what_a_list_closed_by_etc_names_where_counted_things_are_and_lead_words():
    # real figures: the 2024 telecom bulletin's emerging businesses; 5G factories and 10G pilots in late 2025
    release = statement_text(
        "2024年，三家基础电信企业发展云计算、大数据、移动物联网、数据中心等新兴业务，全年完成收入4348亿元，增长10.6%，"
        "在电信业务收入中的占比提升至25%。",
        "截至10月底，各地建成5G工厂8000余家，168个万兆光网试点在86个城市有序部署。",
        published="2025-11-20T10:00", title="通信业发展情况")
    got = {(o.indicator, o.measure): (o.period, o.value, o.relative_to) for o in release.observations}
    assert got == {
        ("telecom.emerging_revenue", "level"): ("2024", 4348.0, None),
        ("telecom.emerging_revenue", "yoy_pct"): ("2024", 10.6, None),
        ("telecom.emerging_revenue", "share_pct"): ("2024", 25.0, "telecom.revenue"),
        ("g5_factories", "count"): ("2025-10", 8000.0, None),
        ("wanzhao_pilots", "count"): ("2025-10", 168.0, None)}
    assert ("在86个城市", "not stored") in release.not_stored()


def test_a_span_of_this_year_as_the_base_another_metric_of_the_subject_and_a_share_kept_as_its_own_series():
    # real figures: the ministry's press conference on the first three quarters of 2023
    release = statement_text(
        "前三季度，我国规模以上工业增加值同比增长4%，增速较今年上半年加快0.2个百分点。",
        "同时，前三季度，电信业务收入同比增长6.8%，业务总量同比增长16.5%。截至9月底，移动网络IPv6流量占比达58.4%。"
        "2025年规模以上工业专精特新“小巨人”企业增加值同比增长9%。",
        published="2023-10-20T10:00", title="国新办举行新闻发布会 介绍前三季度工业和信息化发展情况")
    got = {(o.indicator, o.measure): (o.period, o.period_type, o.value, o.base_period) for o in release.observations}
    assert got == {
        ("industrial_va", "yoy_pct"): ("2023-09", "ytd", 4.0, None),
        ("industrial_va", "growth_pp_change"): ("2023-09", "ytd", 0.2, "2023-06"),
        ("telecom.revenue", "yoy_pct"): ("2023-09", "ytd", 6.8, None),
        ("telecom.volume", "yoy_pct"): ("2023-09", "ytd", 16.5, None),
        ("telecom.ipv6_mobile_traffic_share", "level"): ("2023-09", "month", 58.4, None)}


def test_a_rate_said_under_a_span_is_never_dated_after_it_and_computing_totals():
    release = statement_text(
        "1—10月，全国工业产能利用率为74.4%，比上年同期下降0.6个百分点，重点工业企业关键工序数控化率达到66.2%。",
        "截至10月底，在用算力中心机架总规模超过1085万标准机架，算力总规模达到788EFLOPS。",
        published="2025-11-20T10:00", title="国新办举行新闻发布会")
    got = {(o.indicator, o.measure): (o.period, o.period_type, o.value) for o in release.observations}
    assert got == {
        ("capacity_utilization", "level"): ("2025-10", "ytd", 74.4),      # a ratio over the span
        ("capacity_utilization", "pp_change"): ("2025-10", "ytd", -0.6),
        ("nc_rate", "level"): ("2025-10", "month", 66.2),                 # a state at the span's end
        ("compute_racks", "level"): ("2025-10", "month", 1085.0),
        ("compute_total", "level"): ("2025-10", "month", 788.0)}


def test_a_provinces_own_series_its_gap_to_the_nation_and_the_span_again_after_a_months_aside():
    release = statement_text(
        "1—8月，全国规模以上工业增加值同比增长6.2%，其中8月份增长5.2%；装备制造业增加值增长9.0%。"
        "江苏作为工业大省，1—8月规模以上工业增加值同比增长7.4%，高于全国1.2个百分点。",
        "2025年，汽车制造业、电气机械和器材制造业、计算机通信和其他电子设备制造业增加值分别增长11.5%、9.2%和10.6%。",
        published="2025-09-19T18:00", title="李乐成赴江苏调研")
    got = {(o.indicator, o.period, o.period_type, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got == {
        ("industrial_va", "2025-08", "ytd", "yoy_pct"): (6.2, None),
        ("industrial_va", "2025-08", "month", "yoy_pct"): (5.2, None),
        ("industrial_va.equipment", "2025-08", "ytd", "yoy_pct"): (9.0, None),
        ("industrial_va.jiangsu", "2025-08", "ytd", "yoy_pct"): (7.4, None),
        ("industrial_va.jiangsu", "2025-08", "ytd", "pp_gap"): (1.2, "industrial_va"),
        ("industrial_va.C36", "2025-08", "ytd", "yoy_pct"): (11.5, None),
        ("industrial_va.C38", "2025-08", "ytd", "yoy_pct"): (9.2, None),
        ("industrial_va.C39", "2025-08", "ytd", "yoy_pct"): (10.6, None)}


def test_a_milestone_of_a_compound_names_the_topic_of_the_figure_after_it():
    release = statement_text("2025年，新能源汽车产销量双双突破1600万辆，其中新车销量达到1649万辆，比上年增长28.2%。",
                             published="2026-01-22T16:00", title="我国制造业总体规模连续16年保持全球第一")
    assert figures(release) == {("vehicles.nev_sales", "2025", "year", "level"): (1649.0, "exact", "statement"),
                                ("vehicles.nev_sales", "2025", "year", "yoy_pct"): (28.2, "exact", "statement")}


def test_a_level_reached_right_after_a_line_passed_is_the_lines_name_and_a_level_further_on_is_not():
    # real figures: Xi'an's industrial output passed 1 trillion yuan in 2025
    release = statement_text("2025年，西安市工业经济稳中有进。全市规上工业总产值首次突破万亿元，达到1.06万亿元，同比增长5.1%。",
                             published="2026-01-20T10:00", title="西安：工业经济稳中有进")
    assert {(o.label_zh, o.period, o.measure, o.value, o.unit) for o in release.named} == {
        ("西安市工业总产值", "2025", "level", 1.06, "万亿元"), ("西安市工业总产值", "2025", "yoy_pct", 5.1, "%")}
    # a level in a later clause is no longer the line's: left unread rather than guessed
    apart = statement_text("2025年，西安市工业经济稳中有进。全市规上工业总产值首次突破万亿元，新增企业320家，达到1.06万亿元。",
                           published="2026-01-20T10:00", title="西安：工业经济稳中有进")
    assert not any(o.value == 1.06 for o in apart.named + apart.observations)


def test_stocks_changed_since_the_end_of_the_year_a_sentence_opens_with():
    # real figures: little giants and single champions at the end of 2025, and their growth over 2025
    release = statement_text(
        "截至2025年底，全国累计培育专精特新“小巨人”企业1.76万家、制造业单项冠军企业1862家。与2024年底相比，“小巨人”企业增加"
        "约3000家，单项冠军企业增加305家。", published="2026-02-06T10:00", title="优质中小企业梯度培育工作推进会召开")
    assert {k: v for k, v in figures(release).items() if k[3] == "abs_change"} == {
        ("sme.little_giants", "2025-12", "month", "abs_change"): (3000.0, "about", "statement"),
        ("sme.champions", "2025-12", "month", "abs_change"): (305.0, "exact", "statement")}
    # since a year long before: never a change of the year's, a change since that year's end
    since_2020 = statement_text("截至2025年底，全国累计培育制造业单项冠军企业1862家。与2020年底相比，单项冠军企业增加1266家。",
                                published="2026-02-06T10:00", title="优质中小企业梯度培育工作推进会召开")
    assert [(o.value, o.base_period) for o in since_2020.observations if o.measure == "abs_change"] == [(1266.0, "2020-12")]


def test_provinces_new_members_of_a_batch_said_before_them():
    # real figures: the seventh batch of little giants (2025) by province
    release = statement_text(
        "分地区看，在2025年公布的第七批国家级专精特新“小巨人”企业中，江苏新认定807家，数量连续多年位居全国首位；广东新认定691家，"
        "浙江新认定398家。", published="2026-02-06T10:00", title="优质中小企业梯度培育工作推进会召开")
    assert figures(release) == {
        ("sme.little_giants_new.jiangsu", "2025", "year", "count"): (807.0, "exact", "statement"),
        ("sme.little_giants_new.guangdong", "2025", "year", "count"): (691.0, "exact", "statement"),
        ("sme.little_giants_new.zhejiang", "2025", "year", "count"): (398.0, "exact", "statement")}


def test_a_value_of_an_earlier_year_said_in_passing_holds_for_its_clause_only():
    # real figures: 92 launches in 2025 (68 in 2024), 50 of them commercial
    release = statement_text(
        "2025年，航空航天产业保持较快发展。全年我国共实施航天发射92次，2024年为68次，增长35.3%；其中商业航天发射50次，"
        "占全国宇航发射总数的54%。", published="2026-02-10T15:20", title="装备工业二司赴上海、江苏开展专题调研")
    assert {(o.label_zh, o.period, o.measure, o.value) for o in release.named} == {
        ("实施航天发射", "2025", "count", 92.0), ("实施航天发射", "2024", "count", 68.0),
        ("实施航天发射", "2025", "yoy_pct", 35.3), ("商业航天发射", "2025", "count", 50.0),
        ("商业航天发射占全国宇航发射总数的比重", "2025", "share_pct", 54.0)}


def test_the_same_time_as_the_sentence_before():
    # real figures: computing racks and large models at the end of June 2025
    release = statement_text(
        "截至2025年底，我国已建成万卡智算集群42个。年中数据显示，截至6月底，在用算力中心标准机架达1085万架。同期，我国已发布"
        "大模型1509个，数量居全球首位。", published="2026-02-06T15:20", title="2025年电子信息制造业和算力基础设施发展成效显著")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("compute_clusters", "2025-12", "month", "count"): 42.0, ("compute_racks", "2025-06", "month", "level"): 1085.0,
        ("ai_models", "2025-06", "month", "count"): 1509.0}


def test_a_body_or_procedure_named_sets_no_theme_and_a_count_of_what_follows_is_no_names():
    # real figures: the 2025 list of 5G factories (560 projects, 48 divisions; Sichuan 29 projects in 17 cities)
    release = statement_text(
        "经省级工业和信息化主管部门推荐，工业互联网战略咨询专家委评审及公示等程序，本年度共有560个项目进入名录，覆盖48个国民经济大类。",
        "其中四川有29个项目入选，覆盖全省17个市（州）。", published="2025-09-19T10:00", title="《2025年5G工厂名录》解读")
    assert not [o for o in release.observations if o.indicator.startswith("iip_")]
    assert not [o for o in release.named if o.value == 17.0]


def test_a_month_said_is_the_months_never_to_a_date_said_before():
    # real figures: industrial value added in the first three quarters and in September 2025
    release = statement_text(
        "前三季度，全国规模以上工业增加值同比增长6.2%。", "三季度末工业生产明显提速。9月份，规模以上工业增加值同比增长6.5%，较8月份"
        "加快1.3个百分点；环比增长0.64%。", published="2025-10-24T10:30", title="2025年前三季度工业和信息化发展情况新闻发布会")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("industrial_va", "2025-09", "ytd", "yoy_pct"): 6.2, ("industrial_va", "2025-09", "month", "yoy_pct"): 6.5,
        ("industrial_va", "2025-09", "month", "growth_pp_change"): 1.3, ("industrial_va", "2025-09", "month", "mom_pct"): 0.64}


def test_the_nation_at_the_same_time_and_a_group_of_cities_on_a_provinces_page():
    # real figures: Shandong and the nation in 2025; Qingdao, Jinan and Yantai together
    release = statement_text(
        "2025年，山东全省规模以上工业增加值同比增长7.6%，高出全国平均水平1.7个百分点；同期全国规模以上工业增加值增长5.9%。",
        "潍坊地区生产总值达8587.36亿元，增长5.5%。青岛、济南、烟台三市地区生产总值合计突破4.3万亿元，占全省比重接近47.5%。",
        published="2026-01-26T16:05", title="山东省2025年工业经济运行稳中有进")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("industrial_va.shandong", "2025", "year", "yoy_pct"): 7.6, ("industrial_va.shandong", "2025", "year", "pp_gap"): 1.7,
        ("industrial_va", "2025", "year", "yoy_pct"): 5.9}
    assert {(o.label_zh, o.value) for o in release.named} == {("潍坊地区生产总值", 8587.36), ("潍坊地区生产总值", 5.5)}


def test_a_record_within_the_year_is_no_span():
    # real figures: Hubei, January to July 2024
    release = statement_text(
        "湖北省经济和信息化厅汇报，今年以来全省工业经济延续向好态势。1—7月，全省规上工业增加值同比增长8.0%。高技术制造业增加值"
        "占规上工业的比重提高至14%，为年内最高水平。传统产业贡献稳定，化工、有色行业增加值分别增长14.4%和25%。工业投资增长14.6%。",
        published="2024-08-23T16:40", title="辛国斌赴湖北调研")
    assert {(o.label_zh, o.period, o.period_type, o.value) for o in release.named} == {
        ("湖北省化工行业增加值", "2024-07", "ytd", 14.4), ("湖北省有色行业增加值", "2024-07", "ytd", 25.0),
        ("湖北省工业投资", "2024-07", "ytd", 14.6)}


def test_a_provinces_cities_listed_in_a_breakdown_paragraph_and_a_list_after_other_names_unread():
    # real figures: Hubei's cities, January to July 2024
    release = statement_text(
        "湖北省经济和信息化厅汇报，今年以来全省工业经济延续向好态势。1—7月，全省规上工业增加值同比增长8.0%。",
        "从市州看，全省市州全部实现正增长。黄石、荆州增加值分别增长13.3%和12.6%；荆门、黄冈、孝感同样保持两位数增长，增速依次为"
        "11.1%、10.6%和10.5%。", published="2024-08-23T16:40", title="辛国斌赴湖北调研")
    assert {(o.label_zh, o.period, o.period_type, o.value) for o in release.named} == {
        ("黄石增加值", "2024-07", "ytd", 13.3), ("荆州增加值", "2024-07", "ytd", 12.6)}
    assert ("增速依次为11.1%、10.6%和10.5%。", "unattributed") in release.not_stored()


def test_an_average_effect_is_never_a_years_growth():
    # real figures: the effects of excellent-level smart factories, end of 2025
    release = statement_text("截至2025年底，卓越级智能工厂产品研发周期平均缩短28.4%，生产效率平均提升22.3%，碳排放平均减少20.4%。",
                             published="2026-01-30T17:05", title="凝心聚力 开拓奋进 扎实推动各项工作开好局起好步")
    assert not [o for o in release.observations + release.named if o.measure == "yoy_pct"]


def test_a_list_counted_then_broken_down_by_province_is_that_years_batch():
    # real figures: the seventh batch of little giants (publicised in 2025) by province
    release = statement_text(
        "今年公示的第七批专精特新“小巨人”企业共3482家。分省份看，江苏公示807家；浙江398家。",
        published="2025-08-13T09:50", title="工业和信息化部在京召开座谈会")
    assert figures(release) == {
        ("sme.little_giants_new", "2025", "year", "count"): (3482.0, "exact", "statement"),
        ("sme.little_giants_new.jiangsu", "2025", "year", "count"): (807.0, "exact", "statement"),
        ("sme.little_giants_new.zhejiang", "2025", "year", "count"): (398.0, "exact", "statement")}


def test_a_stock_over_a_plans_years_said_after_another_year_is_at_the_plans_end():
    # real figures: 33 national manufacturing innovation centres at the end of the 14th plan
    release = statement_text(
        "2024年，规模以上制造业企业研发经费占营业收入比重超过1.6%。“十四五”期间新布局国家制造业创新中心16家，总数达到33家。",
        published="2026-01-22T09:45", title="我国制造业规模有望连续16年保持全球第一")
    assert figures(release)[("mfg_innovation_centers", "2025-12", "month", "count")] == (33.0, "exact", "statement")


def test_a_provinces_officials_said_as_such_speak_for_the_province():
    # real figures: Shaanxi in 2025
    release = statement_text(
        "座谈会上，陕西省有关负责同志介绍，2025年全省规模以上工业增加值同比增长7.3%，增速高于全国1.4个百分点。全年原煤产量8.05亿吨，"
        "增长2.9%。", published="2026-02-12T10:00", title="张云明赴陕西调研")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} >= {
        ("industrial_va.shaanxi", "yoy_pct", 7.3), ("industrial_va.shaanxi", "pp_gap", 1.4)}
    assert not [o for o in release.observations if o.dimension != "region"]
    # a province's share of a whole with no series of its own: never kept under a name that says no rate
    share = statement_text("座谈会上，陕西省有关负责同志介绍，2025年，十大重点行业增加值占规模以上工业增加值的比重（79.6%）保持稳定。",
                           published="2026-02-12T10:00", title="张云明赴陕西调研")
    assert not share.observations and not share.named


def test_a_value_at_an_earlier_date_said_as_this_number_holds_for_its_clause_and_the_work_ahead_is_a_goal():
    # real figures: 5G base stations at the end of 2025 (71.8万 at the end of 2020); the 15th plan's 5G-A goal
    release = statement_text(
        "截至2025年底，我国5G基站总数达到483.8万个，2020年底这一数字为71.8万个；每万人拥有5G基站34.4个。5G移动电话用户达12.04亿户。",
        "下一步，我们将认真落实“十五五”规划纲要部署，加快5G-A网络规模商用，建设5G-A基站50万个。",
        published="2026-02-26T18:05", title="工业和信息化部举行2月份新闻发布会")
    got = {k: v[0] for k, v in figures(release).items()}
    assert got[("telecom.bs_5g_per_10k", "2025-12", "month", "level")] == 34.4
    assert got[("telecom.mobile_users_5g", "2025-12", "month", "level")] == 12.04
    assert not [k for k in got if k[0] == "telecom.bs_5ga"]
    assert [(t.metric, t.value, t.unit) for t in release.targets] == [("5G-A基站", 50.0, "万个")]


def test_a_from_to_at_the_same_time_as_two_years_said_apart():
    # real figures: all industry's and manufacturing's value added, 2020 and 2024
    release = statement_text(
        "2020年，我国全部工业增加值为31.3万亿元，2024年达到40.5万亿元；同期，制造业增加值由26.6万亿元增至33.6万亿元。",
        published="2025-09-09T13:40", title="介绍“十四五”时期大力推进新型工业化有关情况")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("industry_va_total", "2020", "year", "level"): 31.3, ("industry_va_total", "2024", "year", "level"): 40.5,
        ("industry_va_total.manufacturing", "2020", "year", "level"): 26.6,
        ("industry_va_total.manufacturing", "2024", "year", "level"): 33.6}


def test_the_value_then_a_multiple_is_of_is_never_a_figure_now():
    # real figures: 2121 green factories at the end of the 13th plan, over 8000 in 2026
    release = statement_text("截至目前，我国累计培育国家级绿色工厂超过8000家，约为“十三五”末2121家的3.8倍。",
                             published="2026-03-19T10:00", title="2025年度名单公布 梯度培育机制进一步健全")
    # the value then is the series' at the plan's end; the multiple itself (a ratio) is no figure
    assert figures(release) == {("green_factories", "2026-03", "month", "count"): (8000.0, "over", "statement"),
                                ("green_factories", "2020-12", "month", "count"): (2121.0, "exact", "statement")}
    assert release.named == [] and not [o for o in release.observations if o.value in (3.8, 280.0)]


def test_a_provinces_growth_against_the_nations_average_growth_and_a_named_growths_gaps_in_turn():
    # real figures: Hebei in the first half of 2025
    release = statement_text(
        "河北省工业和信息化厅负责同志介绍上半年全省工业经济运行情况。",
        "上半年，全省规模以上工业增加值同比增长7.4%，高于全国平均增速1个百分点。1至6月全省制造业增加值同比增长9.1%，"
        "比全省规上工业快1.7个百分点，比全国平均水平高2.1个百分点。",
        published="2025-07-30T10:00", title="河北省工业经济运行情况新闻发布会")
    assert {(o.indicator, o.period, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("industrial_va.hebei", "2025-06", "yoy_pct", 7.4, None),
        ("industrial_va.hebei", "2025-06", "pp_gap", 1.0, "industrial_va")}
    assert {(o.label_zh, o.measure, o.value, o.relative_to) for o in release.named} == {
        ("河北省制造业增加值", "yoy_pct", 9.1, None), ("河北省制造业增加值", "pp_gap", 1.7, "全省规上工业"),
        ("河北省制造业增加值", "pp_gap", 2.1, "全国")}


def test_a_province_named_after_a_lead_its_gap_with_the_nations_figure_aside_and_the_nation_again():
    # real figures: Guangdong and the nation in the first three quarters of 2025
    release = statement_text(
        "调研中了解到，广东作为全国制造业第一大省，前三季度规模以上工业增加值同比增长3.9%，比全国（6.2%）低2.3个百分点；"
        "全国9月份规模以上工业增加值增长6.5%。",
        published="2025-10-24T18:00", title="工业和信息化部副部长赴广东调研")
    got = {(o.indicator, o.period_type, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got == {("industrial_va.guangdong", "ytd", "yoy_pct"): (3.9, None),
                   ("industrial_va.guangdong", "ytd", "pp_gap"): (-2.3, "industrial_va"),
                   ("industrial_va", "ytd", "yoy_pct"): (6.2, None),      # the nation's, said aside
                   ("industrial_va", "month", "yoy_pct"): (6.5, None)}


def test_bare_metrics_of_the_subject_a_groups_share_after_its_unread_growth_and_an_expected_figure():
    release = statement_text(
        "规模以上中小企业前三季度实现营业收入52.3万亿元，营业收入、利润总额同比分别增长2.9%和4.6%。",
        "前三季度，十大重点行业增加值同比增长6.6%，占规模以上工业的比重为62.1%，对全部工业增长的贡献率超过七成。",
        "会议预计，全年新能源汽车销量将达到1600万辆左右。力争到2027年，新能源汽车销量将达到2000万辆。",
        "目前，我国人工智能核心产业规模接近9000亿元。",
        published="2025-10-30T10:00", title="中小企业局召开会议")
    got = {(o.indicator, o.period, o.period_type, o.measure): (o.value, o.evidence) for o in release.observations}
    assert got == {
        ("sme_finance.revenue", "2025-09", "ytd", "level"): (52.3, "statement"),
        ("sme_finance.revenue", "2025-09", "ytd", "yoy_pct"): (2.9, "statement"),
        ("sme_finance.profit", "2025-09", "ytd", "yoy_pct"): (4.6, "statement"),
        ("miit_va.key_industries", "2025-09", "ytd", "yoy_pct"): (6.6, "statement"),
        ("key_industries.va_share", "2025-09", "ytd", "level"): (62.1, "statement"),   # its own series, never a contribution
        ("miit_va.key_industries", "2025-09", "ytd", "contribution_pct"): (70.0, "statement"),   # 超过七成: of the industries
        ("vehicles.nev_sales", "2025", "year", "level"): (1600.0, "forecast"),
        ("ai_core_industry", "2025-10", "month", "level"): (9000.0, "statement")}


def test_changes_on_the_same_span_a_year_earlier_shares_in_a_whole_said_with_比重_and_the_first_batch_named_first():
    release = statement_text(
        "1—10月，全国新能源汽车产量和销量分别达到1301.5万辆、1294.3万辆，比上年同期分别增长33.1%、32.7%。",
        "按2024年数据计算，制造业增加值在国内生产总值中的比重为24.9%，在全世界制造业中的比重接近30%。",
        "截至10月底，首批领航级智能工厂15家。",
        published="2025-11-20T10:00", title="李乐成赴广东调研")
    got = {(o.indicator, o.period, o.measure, o.relative_to): (o.value, o.qualifier) for o in release.observations}
    assert got == {
        ("vehicles.nev_production", "2025-10", "level", None): (1301.5, "exact"),
        ("vehicles.nev_sales", "2025-10", "level", None): (1294.3, "exact"),
        ("vehicles.nev_production", "2025-10", "yoy_pct", None): (33.1, "exact"),
        ("vehicles.nev_sales", "2025-10", "yoy_pct", None): (32.7, "exact"),
        ("industry_va_total.manufacturing", "2024", "share_pct", "gdp"): (24.9, "exact"),
        ("industry_va_total.manufacturing", "2024", "share_pct", "world"): (30.0, "about"),
        ("smart_factories.leading", "2025-10", "count", None): (15.0, "exact")}


def test_the_province_in_force_said_as_全省_and_a_shares_figure_in_brackets():
    release = statement_text(
        "座谈中，广东省有关负责同志介绍，1—10月，全省规模以上工业增加值同比增长4.2%；10月份当月增长5.1%。",
        # the province's officials speak until another voice does; then no province is in force: never the nation's
        "调研组表示，1—10月，全省规模以上工业增加值同比增长4.0%。",
        "2025年，十大重点行业增加值占规模以上工业增加值的比重（79.6%）保持稳定。",
        published="2026-01-22T10:00", title="李乐成赴广东调研")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
    assert got == {("industrial_va.guangdong", "2025-10", "ytd", "yoy_pct"): 4.2,
                   ("industrial_va.guangdong", "2025-10", "month", "yoy_pct"): 5.1,
                   ("key_industries.va_share", "2025", "year", "level"): 79.6}
    assert release.unexplained == []


def test_the_growth_of_an_earlier_span_said_aside_is_the_same_names():
    release = statement_text("一季度，规模以上工业增加值同比增长6.3%，比上年全年加快0.5个百分点（上年为增长5.8%）。",
                             published="2025-04-18T10:00", title="工业和信息化部介绍一季度工业经济运行情况")
    assert {k: v[0] for k, v in figures(release).items() if k[3] == "yoy_pct"} == {
        ("industrial_va", "2025-03", "ytd", "yoy_pct"): 6.3, ("industrial_va", "2024", "year", "yoy_pct"): 5.8}


def test_a_province_said_after_a_period_and_again_as_the_whole_province_in_the_next_sentence():
    release = statement_text(
        "调研中了解到，今年以来浙江工业运行稳中有进，1—9月全省规模以上工业增加值同比增长6.8%，高于全国0.6个百分点，"
        "其中全省规上高技术制造业增加值增长9.9%。全省1—8月软件业务收入9850亿元，同比增长10.3%。",
        "今年前三季度，全国规模以上工业增加值同比增长6.2%。",
        published="2025-10-28T10:00", title="柳工业和信息化部领导赴浙江调研")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("industrial_va.zhejiang", "2025-09", "ytd", "yoy_pct"): 6.8,
        ("industrial_va.zhejiang", "2025-09", "ytd", "pp_gap"): 0.6,
        ("software_revenue.zhejiang", "2025-08", "ytd", "level"): 9850.0,
        ("software_revenue.zhejiang", "2025-08", "ytd", "yoy_pct"): 10.3,
        ("industrial_va.high_tech.zhejiang", "2025-09", "ytd", "yoy_pct"): 9.9,     # the province's own high-tech growth
        ("industrial_va", "2025-09", "ytd", "yoy_pct"): 6.2}


def test_a_forecast_of_this_year_the_shares_of_two_groups_said_alike_and_enterprises_counted_never_as_revenue():
    release = statement_text(
        "目前我国人工智能企业超过5000家，预计今年人工智能核心产业规模将突破9000亿元。",
        "2024年，重点行业和重点地区的工业增加值占工业总量的比重均在80%左右。",
        "2024年，规模以上装备制造业、高技术制造业增加值在规模以上工业中的占比较2023年分别提高1.1个和0.3个百分点。",
        "截至2024年底，规模以上轻工企业约13万家。",
        published="2025-01-20T10:00", title="国新办举行新闻发布会")
    got = figures(release)
    assert got[("ai_core_industry", "2025", "year", "level")] == (9000.0, "over", "forecast")
    assert got[("key_industries.va_share", "2024", "year", "level")][:2] == (80.0, "about")
    assert got[("key_regions.va_share", "2024", "year", "level")][:2] == (80.0, "about")
    assert got[("industrial_va.equipment", "2024", "year", "share_pp_change")][0] == 1.1
    assert got[("industrial_va.high_tech", "2024", "year", "share_pp_change")][0] == 0.3
    assert got[("miit_enterprises.light", "2024-12", "month", "count")][0] == 13.0
    assert not [k for k in got if k[0] == "miit_revenue.light"]


def test_a_lists_new_members_said_for_this_year_an_associations_steel_figures_and_the_names_just_read_said_together():
    listed = statement_text(
        "近日，工业和信息化部公布2024年度绿色制造名单。本年度共新培育国家级绿色工厂1382家、绿色工业园区98家，"
        "新推广绿色设计产品1100个。",
        "至此，全国累计培育国家级绿色工厂超过6000家，绿色工业园区491家。",
        published="2025-01-09T10:00", title="2024年度名单公布")
    got = {k: v[0] for k, v in figures(listed).items()}
    assert got == {("green_factories_new", "2024", "year", "count"): 1382.0,
                   ("green_parks_new", "2024", "year", "count"): 98.0,
                   ("green_products_new", "2024", "year", "count"): 1100.0,
                   ("green_factories", "2025-01", "month", "count"): 6000.0,
                   ("green_parks", "2025-01", "month", "count"): 491.0}
    steel = statement_text(
        "协会负责同志介绍，1—9月，折合粗钢表观消费量同比下降5.7%，降幅比上半年扩大0.3个百分点；"
        "重点统计钢铁企业利润总额920亿元，销售利润率为1.88%。9月份粗钢日产230万吨，月末五种钢材社会库存980万吨。",
        "截至去年底，累计培育专精特新中小企业14万家以上。",
        published="2025-10-20T10:00", title="副部长会见中国钢铁工业协会负责人一行")
    got = {k: v[0] for k, v in figures(steel).items()}
    assert got[("steel.apparent_consumption", "2025-09", "ytd", "yoy_pct")] == -5.7
    assert got[("miit_margin.steel_key", "2025-09", "ytd", "level")] == 1.88
    assert got[("steel.social_inventory", "2025-09", "month", "level")] == 980.0
    assert got[("sme.specialized", "2024-12", "month", "count")] == 14.0
    together = statement_text(
        "2025年，装备制造业和高技术制造业增加值分别增长9.2%和9.4%，两者在规上工业中的比重比2024年分别上升2.2个和0.8个百分点。"
        "移动电话用户总数18.1亿户，其中5G移动电话用户11.18亿户，占比61.8%。",
        published="2026-01-21T10:00", title="国新办举行新闻发布会")
    shares = {(o.indicator, o.measure, o.relative_to): o.value for o in together.observations if "share" in o.measure}
    assert shares == {("industrial_va.equipment", "share_pp_change", "industrial_va"): 2.2,
                      ("industrial_va.high_tech", "share_pp_change", "industrial_va"): 0.8,
                      ("telecom.mobile_users_5g", "share_pct", "telecom.mobile_users"): 61.8}


def test_what_left_a_list_new_members_of_a_years_list_a_theme_said_before_its_figures_and_ours_among_the_worlds():
    listed = statement_text(
        "经专家评审和公示等程序，2023年度新培育国家层面绿色工厂1488家、绿色工业园区104家。",
        "按照动态管理要求，已发布名单中的39家绿色工厂、2家绿色工业园区移出名单，120家单位名称予以变更。",
        "名单调整后，国家层面绿色工厂总数达到5095家，绿色工业园区371家。",
        published="2024-01-26T17:10", title="2023年度名单公布")
    got = {k: v[0] for k, v in figures(listed).items()}
    assert got == {("green_factories_new", "2023", "year", "count"): 1488.0,
                   ("green_parks_new", "2023", "year", "count"): 104.0,
                   ("green_factories", "2024-01", "month", "count"): 5095.0,
                   ("green_parks", "2024-01", "month", "count"): 371.0}
    assert {("2家绿色工业园区移出名单", "not stored"), ("120家单位名称予以变更。", "not stored")} <= set(listed.not_stored())
    speech = statement_text(
        "2023年，我国制造业机器人密度达到每万名工人470台；今年前10个月，工业机器人产量同比增长28.8%。",
        "工业互联网赋能作用持续增强，重点平台连接设备超过1亿台（套），标识注册量突破6000亿个。",
        "在世界经济论坛发布的全球灯塔工厂中，我国已有79家，约占全球总数的42%。",
        "截至目前，首批15家领航级智能工厂名单日前发布；国家级智能制造示范工厂达到421家。",
        published="2025-11-28T09:15", title="部领导出席国际大会开幕式并致辞")
    got = {k: v[0] for k, v in figures(speech).items()}
    assert got[("iip_identifiers", "2025-11", "month", "count")] == 6000.0          # never dated 2023
    assert ("iip_devices", "2025-11", "month", "level") in got
    assert got[("lighthouse_factories", "2025-11", "month", "count")] == 79.0
    assert got[("lighthouse_factories", "2025-11", "month", "share_pct")] == 42.0
    assert got[("smart_factories.leading", "2025-11", "month", "count")] == 15.0
    assert got[("smart_factories.national_demo", "2025-11", "month", "count")] == 421.0


def test_a_breakdown_by_span_of_the_name_just_read_the_divisions_listed_and_a_share_change_of_the_share_just_read():
    release = statement_text(
        "前三季度，规模以上工业增加值同比增长6.2%。分季度看，三季度增长5.8%；9月份当月增长6.5%，比8月加快1.3个百分点。",
        "9月份，汽车制造业、计算机通信和其他电子设备制造业、电气机械和器材制造业增加值同比依次增长16.0%、11.3%和7.9%。",
        "截至9月末，5G基站总数达470.5万个，占移动基站总数的36.6%，占比较上半年提高0.9个百分点。",
        published="2025-10-24T17:00", title="国新办举行新闻发布会 介绍前三季度运行情况")
    got = {(o.indicator, o.period, o.period_type, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("industrial_va", "2025-09", "quarter", "yoy_pct", None)] == 5.8
    assert got[("industrial_va", "2025-09", "month", "yoy_pct", None)] == 6.5
    assert got[("industrial_va.C38", "2025-09", "month", "yoy_pct", None)] == 7.9
    assert got[("telecom.bs_5g", "2025-09", "month", "share_pp_change_prev", "telecom.bs_mobile")] == 0.9


def test_a_first_estimate_of_this_year_and_centres_said_as_laid_out():
    release = statement_text("综合各方面因素，初步预计今年规模以上工业增加值将增长5%左右。",
                             "目前，已布局建设国家制造业创新中心33家。",
                             published="2026-03-01T10:00", title="部长接受人民日报专访")
    assert figures(release) == {("industrial_va", "2026", "year", "yoy_pct"): (5.0, "about", "forecast"),
                                ("mfg_innovation_centers", "2026-03", "month", "count"): (33.0, "exact", "statement")}


def test_private_enterprises_among_industry_and_small_and_medium_ones_are_not_confused():
    release = statement_text(
        "会议指出，2024年，规模以上工业中私营企业增加值同比增长5.3%，规模以上工业中小企业增加值增长6.4%。",
        published="2025-03-14T10:00", title="召开民营企业座谈会 听取意见建议")
    assert {k[0]: v[0] for k, v in figures(release).items()} == {"industrial_va.private": 5.3, "industrial_va.sme": 6.4}


def test_a_provinces_share_of_the_nation_and_a_years_new_members_said_after_the_totals():
    visit = statement_text("广东省作为软件大省，1—9月全省软件业务收入14000亿元，占全国的16.9%。",
                           published="2025-10-30T10:00", title="部长赴广东调研")
    assert {(o.indicator, o.measure, o.relative_to) for o in visit.observations} == {
        ("software_revenue.guangdong", "level", None), ("software_revenue.guangdong", "share_pct", "software_revenue")}
    green = statement_text("截至2025年底，累计培育国家级绿色工厂8000余家、绿色工业园区491家。"
                           "其中，2025年新培育国家级绿色工厂1570家、绿色工业园区112家。",
                           published="2026-01-20T10:00", title="绿色制造体系不断完善")
    assert {k: v[0] for k, v in figures(green).items()} == {
        ("green_factories", "2025-12", "month", "count"): 8000.0, ("green_parks", "2025-12", "month", "count"): 491.0,
        ("green_factories_new", "2025", "year", "count"): 1570.0, ("green_parks_new", "2025", "year", "count"): 112.0}


def test_the_whole_province_said_mid_sentence_is_the_provinces_and_an_unnamed_one_is_never_the_nations():
    visit = statement_text(
        "座谈会上，贵州省有关负责同志介绍，2024年全省规模以上工业增加值同比增长7.6%。"
        "软件和信息技术服务业较快发展，2024年全省完成软件业务收入932亿元，同比增长12.5%；电子信息制造业营业收入同比增长9.8%。",
        published="2025-04-18T17:20", title="部领导赴贵州调研")
    assert {(o.indicator, o.measure): o.value for o in visit.observations} == {
        ("industrial_va.guizhou", "yoy_pct"): 7.6, ("software_revenue.guizhou", "level"): 932.0,
        ("software_revenue.guizhou", "yoy_pct"): 12.5}          # never software_revenue or electronics_revenue
    unnamed = statement_text("软件产业较快发展，2024年全省完成软件业务收入932亿元，同比增长12.5%。",
                             published="2025-04-18T17:20", title="部领导调研")
    assert unnamed.observations == []


def test_what_an_industry_body_expects_for_next_year_goes_on_after_其中_and_a_volume_at_constant_prices():
    release = statement_text(
        "展望2025年，行业机构预计全年汽车总销量3290万辆，同比增长4.7%；其中新能源汽车销量1600万辆左右。",
        "2024年，按上年不变价计算的电信业务总量同比增长10%。",
        published="2025-01-20T09:15", title="新能源汽车产业发展情况")
    got = figures(release)
    assert got[("vehicles.sales", "2025", "year", "level")] == (3290.0, "exact", "forecast")
    assert got[("vehicles.nev_sales", "2025", "year", "level")] == (1600.0, "about", "forecast")
    assert got[("telecom.volume", "2024", "year", "yoy_pct")] == (10.0, "exact", "statement")


def test_an_industrys_own_export_delivery_and_investment_said_bare_after_it_and_its_gap_to_industrys_growth():
    release = statement_text(
        "前三季度，全国规模以上电子信息制造业增加值同比增长10.9%，增速比同期工业高4.7个百分点；"
        "出口交货值增长3.9%，固定资产投资则下降2.1%。",
        "前三季度，全国固定资产投资同比下降0.5%。",
        published="2025-10-28T10:00", title="副部长调研电子信息产业")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("electronics_va", "yoy_pct", None): 10.9, ("electronics_va", "pp_gap", "industrial_va"): 4.7,
                   ("electronics_export_delivery", "yoy_pct", None): 3.9, ("electronics_fai", "yoy_pct", None): -2.1,
                   ("fai", "yoy_pct", None): -0.5}


def test_an_industrys_own_finance_said_with_its_metric_and_bare_metrics_after_it():
    # 2025 nonferrous metals (real figures), in our own words
    release = statement_text(
        "全年规模以上有色金属企业工业增加值增长6.9%，快于全国规模以上工业增加值增速1.0个百分点。",
        "年末规模以上有色金属工业企业资产总额同比增长8.2%，全年实现营业收入10.2万亿元，同比增长13.9%，"
        "实现利润总额5284.5亿元，同比增长25.6%。",
        published="2026-02-10T10:00", title="有色金属行业协会会长一行来访")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("miit_va.nonferrous", "yoy_pct", None): 6.9, ("miit_va.nonferrous", "pp_gap", "industrial_va"): 1.0,
                   ("miit_assets.nonferrous", "yoy_pct", None): 8.2,
                   ("miit_revenue.nonferrous", "level", None): 10.2, ("miit_revenue.nonferrous", "yoy_pct", None): 13.9,
                   ("miit_profit.nonferrous", "level", None): 5284.5, ("miit_profit.nonferrous", "yoy_pct", None): 25.6}


def test_a_subjects_metrics_listed_its_segments_regions_and_ranked_provinces():
    sme = statement_text("1—11月，规模以上工业中小企业的营业收入、利润总额分别为75.9万亿元和36518亿元，同比分别增长2.8%和1.6%，"
                         "营业收入占全部规模以上工业企业的60.7%。", published="2025-12-29T10:00", title="中小企业发展情况")
    assert {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in sme.observations} == {
        ("sme_finance.revenue", "2025-11", "level", None): 75.9, ("sme_finance.profit", "2025-11", "level", None): 36518.0,
        ("sme_finance.revenue", "2025-11", "yoy_pct", None): 2.8, ("sme_finance.profit", "2025-11", "yoy_pct", None): 1.6,
        ("sme_finance.revenue", "2025-11", "share_pct", "industrial_revenue"): 60.7}    # of their revenue, not their number
    release = statement_text(
        "前5个月，软件业完成业务收入55788亿元。软件产品收入稳中有升，前5个月实现收入12478亿元，同比增长9.8%，"
        "占全行业收入的22.4%。",
        "前5个月，东部、中部、西部和东北地区软件业务收入同比分别增长11.3%、11.8%、11.0%和9.2%，"
        "东部地区软件业务收入占全国软件业务总收入的84.2%。",
        "前5个月，北京、广东、江苏、山东、上海软件业务收入居全国前五，同比分别增长12.7%、8.5%、12.3%、12.1%和15.1%。",
        published="2025-06-27T10:00", title="有关负责人答记者问")
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("software_revenue", "2025-05", "level", None): 55788.0,
        ("software_revenue.products", "2025-05", "level", None): 12478.0,
        ("software_revenue.products", "2025-05", "yoy_pct", None): 9.8,
        ("software_revenue.products", "2025-05", "share_pct", "software_revenue"): 22.4,
        ("software_revenue.east", "2025-05", "yoy_pct", None): 11.3,
        ("software_revenue.central", "2025-05", "yoy_pct", None): 11.8,
        ("software_revenue.west", "2025-05", "yoy_pct", None): 11.0,
        ("software_revenue.northeast", "2025-05", "yoy_pct", None): 9.2,
        ("software_revenue.east", "2025-05", "share_pct", "software_revenue"): 84.2,
        ("software_revenue.beijing", "2025-05", "yoy_pct", None): 12.7,
        ("software_revenue.guangdong", "2025-05", "yoy_pct", None): 8.5,
        ("software_revenue.jiangsu", "2025-05", "yoy_pct", None): 12.3,
        ("software_revenue.shandong", "2025-05", "yoy_pct", None): 12.1,
        ("software_revenue.shanghai", "2025-05", "yoy_pct", None): 15.1}


def test_a_goal_holds_to_its_semicolon_and_progress_after_it_is_read():
    release = statement_text("计划到今年底新培育5个以上国家级制造业中试平台；5G融合应用已融入97个国民经济大类中的86个。",
                             "力争到2027年，培育100家领航级智能工厂，5G工厂达到1万家。",
                             published="2025-07-24T10:00", title="上半年工业和信息化发展情况")
    assert {(o.indicator, o.measure, o.universe): o.value for o in release.observations} == {
        ("g5_apps.categories", "count", 97.0): 86.0}
    # the goal, due at this year's end, is a restated target (never progress)
    assert ("国家级制造业中试平台", ">=", 5.0, "个", None, 2025, False) in restated(release)


def test_a_forecast_of_the_whole_year_with_no_year_said_is_the_statements_years():
    release = statement_text("有关负责人表示，下一步将推动数字产业持续向好。预计全年数字产业业务收入增长6%左右。",
                             published="2025-05-16T10:20", title="数字产业运行情况")
    assert figures(release) == {("digital_industry_revenue", "2025", "year", "yoy_pct"): (6.0, "about", "forecast")}


def test_a_span_without_its_year_is_never_of_a_year_an_earlier_paragraph_looked_back_to():
    # December 2025 work conference (real figures), in our own words: 1—11月 is 2025's, never 2020's or 2024's
    for looked_back in ("“十四五”时期，制造业增加值由2020年的26.6万亿元增加到2024年的33.6万亿元。",
                        "2024年制造业增加值占国内生产总值的比重为24.9%。"):
        release = statement_text("会议指出，2025年，工业经济顶压前行。" + looked_back,
                                 "1—11月，新能源汽车产销分别完成1490.7万辆和1478万辆。",
                                 published="2025-12-26T18:40")
        got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
        assert got[("vehicles.nev_production", "2025-11", "ytd", "level")] == 1490.7
        assert got[("vehicles.nev_sales", "2025-11", "ytd", "level")] == 1478.0


def test_a_compounds_milestone_then_its_figures_listed():
    release = statement_text("据中国汽车工业协会统计，2025年乘用车产销首次双双突破3000万辆，分别完成3027万辆和3010.3万辆。",
                             "同时，乘用车产销同比分别增长10.2%和9.2%。",     # the year a recent source gave holds on
                             published="2026-01-15T10:00", title="我国汽车产销量连续17年稳居全球第一")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("vehicles.passenger_production", "2025", "level"): 3027.0, ("vehicles.passenger_sales", "2025", "level"): 3010.3,
        ("vehicles.passenger_production", "2025", "yoy_pct"): 10.2, ("vehicles.passenger_sales", "2025", "yoy_pct"): 9.2}


def test_household_appliances_by_their_short_names():
    release = statement_text("2024年上半年，全国冰箱产量4164.2万台，洗衣机4113.3万台，彩电8986.4万台。",
                             published="2024-08-20T10:00", title="我国主要家电产品产量稳居全球首位")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("output.fridges", "2024-06", "level"): 4164.2, ("output.washing_machines", "2024-06", "level"): 4113.3,
        ("output.color_tvs", "2024-06", "level"): 8986.4}


def test_the_sme_export_index_is_an_index_like_pmi():
    release = statement_text("12月份，中小企业出口指数为52.4%，比上月上升0.3个百分点。",
                             published="2026-01-20T10:00", title="中小企业发展情况")
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("sme_export_index", "index"): 52.4, ("sme_export_index", "pp_change_mom"): 0.3}


def test_a_groups_own_share_said_with_its_scope_and_total_and_a_port_count_named_with_its_capability():
    # real figures of 2025 as a year-end statement gives them (the key provinces' share; 10G PON ports)
    said = statement_text("2025年，工业大省规模以上工业增加值合计占全国的比重为53.6%，较上年提高0.3个百分点。",
                          "截至2025年底，具备千兆网络服务能力的10G PON端口达3162万个。",
                          published="2026-01-20T10:00", title="工业和信息化发展情况")
    got = figures(said)
    assert got[("key_regions.va_share", "2025", "year", "level")] == (53.6, "exact", "statement")
    assert got[("key_regions.va_share", "2025", "year", "pp_change")] == (0.3, "exact", "statement")
    assert got[("telecom.pon_10g_ports", "2025-12", "month", "level")] == (3162.0, "exact", "statement")


def test_a_bare_metric_after_a_compound_is_of_what_its_names_share():
    # real figures: NEV production, sales and exports in 2024
    said = statement_text("2024年，新能源汽车产销分别完成1288.8万辆和1286.6万辆，全年出口128.4万辆，同比增长6.7%。",
                          published="2025-01-20T10:00", title="汽车产业发展情况")
    got = figures(said)
    assert got[("vehicles.nev_exports", "2024", "year", "level")] == (128.4, "exact", "statement")
    assert got[("vehicles.nev_exports", "2024", "year", "yoy_pct")] == (6.7, "exact", "statement")


def test_a_compound_after_an_industry_said_without_figures_is_of_its_product_and_the_key_industries_share_its_own():
    # real figures: autos in 2025 as the ministry stated them; the ten key industries in the first three quarters
    release = statement_text(
        "2025年，汽车行业延续增长势头，产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。",
        "前三季度，十大重点行业增加值同比增长6.6%，占规模以上工业增加值的比重为62.1%。",
        published="2026-01-21T10:00", title="工业和信息化部举行新闻发布会")
    assert figures(release) == {
        ("vehicles.production", "2025", "year", "level"): (3453.1, "exact", "statement"),
        ("vehicles.sales", "2025", "year", "level"): (3440.0, "exact", "statement"),
        ("vehicles.production", "2025", "year", "yoy_pct"): (10.4, "exact", "statement"),
        ("vehicles.sales", "2025", "year", "yoy_pct"): (9.4, "exact", "statement"),
        ("miit_va.key_industries", "2025-09", "ytd", "yoy_pct"): (6.6, "exact", "statement"),
        ("key_industries.va_share", "2025-09", "ytd", "level"): (62.1, "exact", "statement")}


def test_industries_sharing_行业_in_a_list_are_industries_never_a_products_output():
    # real figures: value added of equipment manufacturing's divisions in 2025 as a ministry statement words them
    release = statement_text(
        "2025年，装备制造业增加值同比增长9.2%，其中汽车、电子行业分别增长11.5%和10.6%，铁路船舶航空航天、电气机械行业"
        "分别增长14%和9.2%。", published="2026-01-23T10:00", title="装备工业运行稳中有进")
    assert {(o.indicator, o.value) for o in release.observations if o.measure == "yoy_pct"} == {
        ("industrial_va.equipment", 9.2), ("miit_va.auto", 11.5), ("industrial_va.C39", 10.6),
        ("industrial_va.C37", 14.0), ("industrial_va.C38", 9.2)}


def test_little_giants_said_as_national_level_are_the_little_giants():
    # 2025 figures of the ministry (SMEs), in our own words; every little giant is a national designation
    url = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_0123456789abcdef0123456789abcdef.html"
    release = statement.parse(Article(url, "介绍中小企业发展情况", datetime(2026, 1, 20, 10), [
        "截至12月底，已培育国家级专精特新“小巨人”企业1.7万余家，专精特新中小企业超过14万家。"], [], "new"))
    assert {(o.indicator, o.period, o.value, o.qualifier) for o in release.observations} == {
        ("sme.little_giants", "2025-12", 1.7, "over"), ("sme.specialized", "2025-12", 14.0, "over")}


@pytest.mark.parametrize("sentence, value", [
    ("标识解析体系累计注册量超过6000亿个。", 6000.0),
    ("2025年，工业互联网标识解析注册量达到6200亿个。", 6200.0),
])
def test_the_identifiers_registered_named_by_their_resolution_system(sentence, value):
    url = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_0123456789abcdef0123456789abcdef.html"
    release = statement.parse(Article(url, "工业互联网发展情况", datetime(2026, 1, 20, 10), [sentence], [], "new"))
    assert [(o.indicator, o.value) for o in release.observations] == [("iip_identifiers", value)]


def test_an_index_in_points_printed_without_its_unit_and_loans_to_specialised_smes():
    # 2025 third-quarter figures of the SME programme, in our own words
    release = statement_text(
        "三季度，中国中小企业发展指数为89.2，较二季度上升0.1个点。截至9月末，专精特新中小企业贷款余额达到4.6万亿元，"
        "同比增长12.3%。", published="2025-10-28T10:00", title="前三季度中小企业运行稳中有进")
    assert figures(release) == {
        ("sme_dev_index", "2025-09", "quarter", "level"): (89.2, "exact", "statement"),
        ("sme_dev_index", "2025-09", "quarter", "mom_abs_change"): (0.1, "exact", "statement"),
        ("sme_finance.loans_specialized", "2025-09", "month", "level"): (4.6, "exact", "statement"),
        ("sme_finance.loans_specialized", "2025-09", "month", "yoy_pct"): (12.3, "exact", "statement")}
    # the index named after who publishes it, with its abbreviation
    said = statement_text("中国中小企业协会发布的2025年二季度中国中小企业发展指数（SMEDI）为89.1，比一季度回落0.4点。",
                          published="2025-07-20T10:00", title="上半年中小企业运行情况")
    assert figures(said) == {("sme_dev_index", "2025-06", "quarter", "level"): (89.1, "exact", "statement"),
                             ("sme_dev_index", "2025-06", "quarter", "mom_abs_change"): (-0.4, "exact", "statement")}
    # a bare number after a name kept in money is never read as an index
    assert not figures(statement_text("三季度，中小企业利润总额为89.2。", published="2025-10-28T10:00",
                                      title="前三季度中小企业运行稳中有进"))


def test_phones_shipped_and_goods_bought_under_the_trade_in_programme_are_flows_of_the_year():
    # 2025 figures (CAICT shipments, trade-in programme) as a ministry statement words them, in our own words
    release = statement_text(
        "全年12类家电以旧换新超过1.29亿台，手机等数码产品购新超过9100万部，汽车以旧换新补贴申请超过1120万份。"
        "全年国内市场手机出货量3.07亿部，同比下降2.4%，其中5G手机2.66亿部，占同期手机出货量的86.9%；"
        "国产品牌手机出货量占比为85.5%。", published="2026-01-20T10:00", title="消费品以旧换新成效明显")
    assert figures(release) == {
        ("trade_in.appliances", "2025", "year", "level"): (1.29, "over", "statement"),
        ("trade_in.digital", "2025", "year", "count"): (9100.0, "over", "statement"),
        ("trade_in.car_applications", "2025", "year", "count"): (1120.0, "over", "statement"),
        ("phone_shipments", "2025", "year", "count"): (3.07, "exact", "statement"),
        ("phone_shipments", "2025", "year", "yoy_pct"): (-2.4, "exact", "statement"),
        ("phone_shipments.g5", "2025", "year", "count"): (2.66, "exact", "statement"),
        ("phone_shipments.g5", "2025", "year", "share_pct"): (86.9, "exact", "statement"),
        ("phone_shipments.domestic_brands", "2025", "year", "share_pct"): (85.5, "exact", "statement")}
    shares = {o.indicator: o.relative_to for o in release.observations if o.measure == "share_pct"}
    assert shares == {"phone_shipments.g5": "phone_shipments", "phone_shipments.domestic_brands": "phone_shipments"}


def test_green_manufacturing_volumes_and_rates_each_their_own_series():
    # green-manufacturing figures of a 2024 review, in our own words; all solid waste is never the bulk kinds'
    release = statement_text(
        "截至目前，国家层面绿色工厂实现的产值约占制造业总产值的20%。",
        "2024年前三季度，工业固废综合利用量约17亿吨，大宗工业固废综合利用量约13亿吨。2024年，退役动力电池综合利用量"
        "预计突破30万吨，同比增长33%，规上工业用水重复利用率预计超过94%。",
        published="2025-01-24T10:00", title="绿色制造体系建设取得积极成效")
    assert figures(release) == {
        ("green_factories.output_share", "2025-01", "month", "level"): (20.0, "about", "statement"),
        ("solid_waste_use_all", "2024-09", "ytd", "level"): (17.0, "about", "statement"),
        ("solid_waste_utilization_volume", "2024-09", "ytd", "level"): (13.0, "about", "statement"),
        ("battery_recycling_volume", "2024", "year", "level"): (30.0, "over", "forecast"),
        ("battery_recycling_volume", "2024", "year", "yoy_pct"): (33.0, "exact", "forecast"),
        ("water_reuse_rate", "2024", "year", "level"): (94.0, "over", "forecast")}


def test_a_rate_against_the_aggregate_is_against_the_aggregates_same_rate_never_its_growth():
    # the little giants' R&D intensity in 2025, in our own words
    release = statement_text(
        "前三季度，规上工业专精特新“小巨人”企业研发费用占营业收入的比重为5.4%，比全部规模以上工业平均水平高3.2个百分点。",
        published="2025-10-24T10:00", title="中小企业发展稳中有进")
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("rd_intensity.little_giants", "level", 5.4, None),
        ("rd_intensity.little_giants", "pp_gap", 3.2, "rd_intensity.industry")}
    # a rate whose aggregate keeps no such rate: the gap is not stored
    unkept = statement_text("截至9月底，5G基站占移动基站总数的比重为36.6%，比全部规模以上工业高3.2个百分点。",
                            published="2025-10-24T10:00", title="通信业发展情况")
    assert [o.measure for o in unkept.observations] == ["share_pct"]


def test_charging_points_domestic_nev_sales_and_batteries_installed():
    # 2025 figures of the NEV industry as a ministry statement words them, in our own words
    release = statement_text(
        "截至10月底，全国电动汽车充电基础设施（枪）总数达到1864.5万个，同比增长54.0%，其中公共充电设施（枪）453.3万个、"
        "私人充电设施（枪）1411.2万个。",
        "10月份，新能源汽车国内销量145.9万辆，占当月汽车国内新车销量的51.6%。",
        "1—10月，我国动力电池累计装车量578.0GWh，同比增长42.4%，其中磷酸铁锂电池装车量469.5GWh，占总装车量的81.2%。",
        published="2025-11-20T10:00", title="新能源汽车产业发展取得新进展")
    assert figures(release) == {
        ("charging_infrastructure", "2025-10", "month", "count"): (1864.5, "exact", "statement"),
        ("charging_infrastructure", "2025-10", "month", "yoy_pct"): (54.0, "exact", "statement"),
        ("charging_infrastructure.public", "2025-10", "month", "count"): (453.3, "exact", "statement"),
        ("charging_infrastructure.private", "2025-10", "month", "count"): (1411.2, "exact", "statement"),
        ("vehicles.nev_domestic_sales", "2025-10", "month", "level"): (145.9, "exact", "statement"),
        ("vehicles.nev_domestic_sales", "2025-10", "month", "share_pct"): (51.6, "exact", "statement"),
        ("battery_installs", "2025-10", "ytd", "level"): (578.0, "exact", "statement"),
        ("battery_installs", "2025-10", "ytd", "yoy_pct"): (42.4, "exact", "statement"),
        ("battery_installs.lfp", "2025-10", "ytd", "level"): (469.5, "exact", "statement"),
        ("battery_installs.lfp", "2025-10", "ytd", "share_pct"): (81.2, "exact", "statement")}
    assert {o.indicator: o.relative_to for o in release.observations if o.measure == "share_pct"} == {
        "vehicles.nev_domestic_sales": "vehicles.domestic_sales", "battery_installs.lfp": "battery_installs"}


def test_the_contribution_after_a_groups_own_share_is_the_groups_value_added():
    # 2025 first-three-quarters figures of the ten key industries, in our own words
    release = statement_text(
        "前三季度，十大重点行业增加值合计占规模以上工业增加值的70.3%，对规模以上工业增长的贡献率达到72.6%。",
        published="2025-10-24T10:00", title="工业和信息化部举行新闻发布会")
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("key_industries.va_share", "level", 70.3, None),
        ("miit_va.key_industries", "contribution_pct", 72.6, "industrial_va")}


def test_a_growth_in_times_is_the_clauses_one_figure():
    # 2025 first-three-quarters steel figures as a press conference words them, in our own words
    release = statement_text("前三季度，重点统计钢铁企业利润总额同比增长1.4倍。", published="2025-10-24T10:00",
                             title="工业和信息化部举行新闻发布会")
    assert figures(release) == {("miit_profit.steel_key", "2025-09", "ytd", "yoy_pct"): (140.0, "exact", "statement")}


def test_the_index_said_again_as_该指数_and_loans_to_small_firms():
    # 2025 SME figures (CASME's index, PBoC's loans), in our own words
    release = statement_text(
        "二季度中国中小企业发展指数为89.1，较一季度下降0.4点；一季度该指数为89.5。",
        "6月末，人民币普惠小微贷款余额为35.57万亿元，同比增长12.3%；科技型中小企业贷款余额同比增长22.9%。",
        published="2025-07-28T10:00", title="优质企业梯度培育取得积极进展")
    assert figures(release) == {
        ("sme_dev_index", "2025-06", "quarter", "level"): (89.1, "exact", "statement"),
        ("sme_dev_index", "2025-06", "quarter", "mom_abs_change"): (-0.4, "exact", "statement"),
        ("sme_dev_index", "2025-03", "quarter", "level"): (89.5, "exact", "statement"),
        ("sme_finance.inclusive_loans", "2025-06", "month", "level"): (35.57, "exact", "statement"),
        ("sme_finance.inclusive_loans", "2025-06", "month", "yoy_pct"): (12.3, "exact", "statement"),
        ("sme_finance.tech_sme_loans", "2025-06", "month", "yoy_pct"): (22.9, "exact", "statement")}
    # '该指数' with no index read before it is nobody's
    assert not figures(statement_text("一季度该指数为89.5。", published="2025-07-28T10:00", title="优质企业梯度培育"))


def test_what_the_trade_in_programme_moved_in_the_year():
    # 2025 trade-in figures, in our own words
    release = statement_text(
        "2025年，以旧换新带动相关商品销售额超过2.6万亿元。其中，汽车以旧换新超过1150万辆，电动自行车以旧换新超过1250万辆。"
        "全年家电类商品零售额达到11695亿元。", published="2026-01-27T10:00", title="“两新”政策加力扩围 成效持续显现")
    assert figures(release) == {
        ("trade_in.sales", "2025", "year", "level"): (2.6, "over", "statement"),
        ("trade_in.cars", "2025", "year", "level"): (1150.0, "over", "statement"),
        ("trade_in.ebikes", "2025", "year", "level"): (1250.0, "over", "statement"),
        ("retail_sales.appliances", "2025", "year", "level"): (11695.0, "exact", "statement")}


def test_a_products_share_of_the_product_it_names_and_its_change():
    # 2025 machine-tool figures, in our own words
    release = statement_text("2025年，金属切削机床产量78.6万台，同比增长12.7%，其中数控金属切削机床产量占比为49.3%，"
                             "较上年提高1.5个百分点。", published="2026-02-01T10:00", title="数控机床等基础装备稳步发展")
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("output.metal_cutting_machine_tools", "level", 78.6, None),
        ("output.metal_cutting_machine_tools", "yoy_pct", 12.7, None),
        ("output.cnc_metal_cutting_machine_tools", "share_pct", 49.3, "output.metal_cutting_machine_tools"),
        ("output.cnc_metal_cutting_machine_tools", "share_pp_change", 1.5, "output.metal_cutting_machine_tools")}


def test_internet_companies_and_what_the_nation_led_the_provinces_to_build():
    # 2024 internet-industry and 2025 green-factory figures, in our own words
    release = statement_text(
        "2024年，规模以上互联网和相关服务企业完成互联网业务收入17631亿元，同比增长3.8%。",
        published="2025-03-10T10:00", title="数字产业发展情况")
    assert figures(release) == {("internet_revenue", "2024", "year", "level"): (17631.0, "exact", "statement"),
                                ("internet_revenue", "2024", "year", "yoy_pct"): (3.8, "exact", "statement")}
    green = statement_text("截至目前，国家层面累计培育绿色工厂6430家，带动地方梯度培育省市级绿色工厂1.6万余家。",
                           published="2025-09-16T10:00", title="绿色制造")
    assert figures(green) == {("green_factories", "2025-09", "month", "count"): (6430.0, "exact", "statement"),
                              ("green_factories.provincial", "2025-09", "month", "count"): (1.6, "over", "statement")}


def test_growth_coverage_batteries_solar_and_car_brands_in_statements():
    # 2024 and 2025 figures as ministry statements word them, in our own words
    coverage = statement_text("一季度，全国规模以上工业增加值同比增长6.5%。41个工业大类行业中有36个行业增加值实现增长，增长面为87.8%。",
                              published="2025-04-18T10:00", title="国务院新闻办公室举行新闻发布会")
    assert figures(coverage)[("industries_growing_share", "2025-03", "ytd", "level")] == (87.8, "exact", "statement")
    energy = statement_text(
        "2024年全国锂电池总产量1170GWh，同比增长24%，消费型、储能型、动力型锂电池产量依次为84GWh、260GWh和826GWh。"
        "多晶硅产量182万吨，硅片产量753GW，晶硅组件产量588GW，同比增长13.5%。",
        "2024年规模以上电子信息制造业累计实现出口交货值同比增长2.2%。", published="2025-02-20T10:00",
        title="有关司局召开2025年工作会议")
    assert {k[0]: v[0] for k, v in figures(energy).items() if k[3] == "level"} == {
        "lithium_battery_output": 1170.0, "lithium_battery_output.consumer": 84.0, "lithium_battery_output.storage": 260.0,
        "lithium_battery_output.traction": 826.0, "pv_output.polysilicon": 182.0, "pv_output.wafers": 753.0,
        "pv_output.modules": 588.0}
    assert figures(energy)[("electronics_export_delivery", "2024", "year", "yoy_pct")] == (2.2, "exact", "statement")
    cars = statement_text("2024年，中国品牌乘用车共销售1797万辆，同比增长23.1%。截至12月底，全国充电基础设施累计数量为1281.8万台。"
                          "汽车以旧换新补贴申请超过660万份，其中报废更新超过290万份，置换更新约370万份。",
                          published="2025-01-24T10:00", title="部领导主持召开专题座谈会")
    assert {k[0]: v[0] for k, v in figures(cars).items() if k[3] in ("level", "count")} == {
        "vehicles.chinese_brand_sales": 1797.0, "charging_infrastructure": 1281.8, "trade_in.car_applications": 660.0,
        "trade_in.car_scrappage": 290.0, "trade_in.car_replacement": 370.0}
    # 公共 is a word, never 共 said of a total: public charging points stay public
    public = statement_text("截至12月底，公共充电设施358万个。", published="2025-01-24T10:00", title="充电设施建设")
    assert [o.indicator for o in public.observations] == ["charging_infrastructure.public"]


def test_a_bare_metric_opening_a_sentence_is_of_the_industry_the_sentence_before_read():
    # 2024 electronics figures, in our own words
    release = statement_text(
        "2024年规模以上电子信息制造业累计实现出口交货值同比增长2.2%。全年实现营业收入16.19万亿元，同比增长7.3%；"
        "实现利润总额6408亿元。电子信息制造业固定资产投资同比增长12%。",
        published="2025-02-20T10:00", title="有关司局召开2025年工作会议")
    assert {(k[0], k[3]): v[0] for k, v in figures(release).items()} == {
        ("electronics_export_delivery", "yoy_pct"): 2.2, ("electronics_revenue", "level"): 16.19,
        ("electronics_revenue", "yoy_pct"): 7.3, ("electronics_profit", "level"): 6408.0,
        ("electronics_fai", "yoy_pct"): 12.0}


def test_prices_said_in_statements_and_the_low_altitude_and_navigation_industries():
    # 2024–2025 figures as ministry statements word them, in our own words
    prices = statement_text("前三季度铜、铝现货均价分别为78410元/吨和20280元/吨，同比分别上涨5.6%和2.4%。"
                            "前三季度中国钢材价格指数（CSPI）平均值为93.67点。",
                            published="2025-10-30T10:00", title="三季度行业运行形势分析会在京召开")
    assert {(k[0], k[3]): v[0] for k, v in figures(prices).items()} == {
        ("price.copper", "level"): 78410.0, ("price.aluminium", "level"): 20280.0,
        ("price.copper", "yoy_pct"): 5.6, ("price.aluminium", "yoy_pct"): 2.4, ("steel.cspi", "level"): 93.67}
    drones = statement_text("1—10月，我国无人驾驶航空器出口390.39万架，同比增长42.1%，出口金额24.64亿美元。",
                            published="2025-12-31T10:00", title="低空产业联盟2025年度工作会议在京召开")
    assert {(k[0], k[3]): v[0] for k, v in figures(drones).items()} == {
        ("drones.exports", "level"): 390.39, ("drones.exports", "yoy_pct"): 42.1, ("drones.export_value", "level"): 24.64}
    beidou = statement_text("2024年，我国卫星导航与位置服务产业总体产值达到5758亿元，其中产业核心产值为1699亿元，占总体产值的29.5%。",
                            published="2025-05-21T10:00", title="北斗规模应用推进会在京召开")
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in beidou.observations} == {
        ("beidou_output", "level", 5758.0, None), ("beidou_output.core", "level", 1699.0, None),
        ("beidou_output.core", "share_pct", 29.5, "beidou_output")}


def test_the_identifier_systems_secondary_nodes():
    release = statement_text("截至目前，工业互联网标识解析体系二级节点达到389个。", published="2026-01-13T10:00",
                             title="“智改数转网联”扎实推进")
    assert [(o.indicator, o.measure, o.value) for o in release.observations] == [("iip_nodes", "count", 389.0)]


def test_the_bureaus_count_of_a_product_beside_the_ministrys_and_vehicles_in_use():
    # 2025 autos as a ministry news item words them (CAAM, NBS and the police's registry; real figures, our words)
    release = statement_text(
        "在以旧换新、新能源汽车下乡等政策组合推动下，全年汽车产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。",
        "新能源汽车产销分别达到1662.6万辆和1649万辆。从规模以上工业口径看，全年新能源汽车产量为1652.4万辆，比上年增长25.1%。",
        "截至2025年底，全国新能源汽车保有量达4397万辆，占汽车总量的12.01%；其中，纯电动汽车保有量3022万辆，"
        "在新能源汽车保有量中占68.74%。",
        "新能源汽车新车销量在国内新车销量中的占比已超过50%。",
        published="2026-01-16T10:30", title="产销双超3400万辆 规模连续17年稳居全球第一")
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("vehicles.production", "2025", "level", None): 3453.1, ("vehicles.sales", "2025", "level", None): 3440.0,
        ("vehicles.production", "2025", "yoy_pct", None): 10.4, ("vehicles.sales", "2025", "yoy_pct", None): 9.4,
        ("vehicles.nev_production", "2025", "level", None): 1662.6, ("vehicles.nev_sales", "2025", "level", None): 1649.0,
        ("output.nev", "2025", "level", None): 1652.4, ("output.nev", "2025", "yoy_pct", None): 25.1,
        ("vehicles.nev_stock", "2025-12", "level", None): 4397.0,
        ("vehicles.nev_stock", "2025-12", "share_pct", "vehicles.stock"): 12.01,
        ("vehicles.bev_stock", "2025-12", "level", None): 3022.0,
        ("vehicles.bev_stock", "2025-12", "share_pct", "vehicles.nev_stock"): 68.74,
        ("vehicles.nev_sales", "2025", "share_pct", "vehicles.domestic_sales"): 50.0}


def test_the_years_a_forecast_a_window_and_a_value_said_in_passing_leave_in_force():
    recycled = statement_text(
        "2024年，大宗工业固废综合利用率超过55%，预计2025年将达到57%左右；退役动力电池综合利用量突破30万吨，同比增长33%。",
        published="2025-11-18T09:30", title="我国制造业“含绿量”持续提升")
    assert figures(recycled) == {
        ("solid_waste_utilization", "2024", "year", "level"): (55.0, "over", "statement"),
        ("solid_waste_utilization", "2025", "year", "level"): (57.0, "about", "forecast"),
        ("battery_recycling_volume", "2024", "year", "level"): (30.0, "over", "statement"),
        ("battery_recycling_volume", "2024", "year", "yoy_pct"): (33.0, "exact", "statement")}
    review = statement_text(
        "2020年到2024年，制造业增加值从26.6万亿元增加到33.6万亿元，占国内生产总值的比重为24.9%。",
        "数字产业加快壮大，去年规模以上电子信息制造业增加值增长11.8%，软件业务收入由2020年的8.16万亿元增长到2024年的"
        "13.73万亿元，数字经济核心产业增加值占国内生产总值的比重达到10%左右。",
        published="2025-09-09T10:00", title="国新办举行新闻发布会")
    got = {(o.indicator, o.period, o.measure): o.value for o in review.observations}
    assert got[("industry_va_total.manufacturing", "2024", "share_pct")] == 24.9
    assert got[("electronics_va", "2024", "yoy_pct")] == 11.8
    assert got[("digital_core_va", "2024", "share_pct")] == 10.0
    assert not any(o.period == "2020" and o.measure == "share_pct" for o in review.observations)
    # '全年…预计' in January: the year reviewed or the one begun; stored only when a year was said
    january = statement_text("全年工业互联网核心产业规模预计超过1.6万亿元。", published="2026-01-23T09:30",
                             title="优质企业梯度培育体系持续完善")
    assert january.observations == []
    said = statement_text("2025年，全年工业互联网核心产业规模预计超过1.6万亿元。", published="2026-01-23T09:30",
                          title="优质企业梯度培育体系持续完善")
    assert [(o.period, o.evidence) for o in said.observations] == [("2025", "forecast")]


def test_an_industrys_scope_said_inside_its_name_its_shares_of_all_industry_and_what_an_industry_holds():
    # machinery 2025 (the machinery federation's figures as a ministry item gives them, our words)
    release = statement_text(
        "2025年，机械工业规模以上企业增加值同比增长8.2%。全年实现营业收入33.2万亿元、利润总额1.7万亿元，"
        "同比分别增长6.0%和5.9%，在全国工业中的占比分别为23.9%和23.1%。",
        "截至2025年底，全国累计培育专精特新中小企业超过14万家、专精特新“小巨人”企业1.76万家。",
        "截至2025年末，机械行业拥有制造业单项冠军企业超过500家、专精特新“小巨人”企业超过5000家、专精特新中小企业超过4万家。",
        published="2026-02-09T15:40", title="三大指标连续16年领跑全球")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("miit_va.machinery", "yoy_pct", None): 8.2,
        ("miit_revenue.machinery", "level", None): 33.2, ("miit_profit.machinery", "level", None): 1.7,
        ("miit_revenue.machinery", "yoy_pct", None): 6.0, ("miit_profit.machinery", "yoy_pct", None): 5.9,
        ("miit_revenue.machinery", "share_pct", "industrial_revenue"): 23.9,
        ("miit_profit.machinery", "share_pct", "industrial_profit"): 23.1,
        ("sme.specialized", "count", None): 14.0, ("sme.little_giants", "count", None): 1.76}
    # what the industry holds is kept under its name, never the nation's series
    assert {(o.label_zh, o.period, o.value, o.qualifier) for o in release.named} == {
        ("机械行业制造业单项冠军企业", "2025-12", 500.0, "over"), ("机械行业专精特新小巨人企业", "2025-12", 5000.0, "over"),
        ("机械行业专精特新中小企业", "2025-12", 4.0, "over")}


def test_recycled_metals_green_data_centres_and_food_enterprises_counted():
    # 2025 figures as ministry statements give them (our words)
    release = statement_text(
        "2025年上半年，再生有色金属产量998万吨，同比增长4.55%，其中再生铝560万吨，增长10.89%。",
        "截至目前，累计建成国家绿色数据中心246个，全国规模以上食品工业企业约4万家。",
        published="2025-11-18T09:30", title="我国制造业“含绿量”持续提升")
    assert {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations} == {
        ("recycled_nonferrous_output", "2025-06", "level"): (998.0, "exact"),
        ("recycled_nonferrous_output", "2025-06", "yoy_pct"): (4.55, "exact"),
        ("recycled_nonferrous_output.aluminium", "2025-06", "level"): (560.0, "exact"),
        ("recycled_nonferrous_output.aluminium", "2025-06", "yoy_pct"): (10.89, "exact"),
        ("green_data_centers", "2025-11", "count"): (246.0, "exact"),
        ("miit_enterprises.food", "2025-11", "count"): (4.0, "about")}


def test_an_industrys_revenue_after_its_enterprises_counted_and_a_level_held_at():
    release = statement_text("2025年，食品工业运行总体平稳，全国规模以上食品工业企业约4万家，营业收入保持在9万亿元左右。",
                             published="2026-01-29T10:00", title="工业和信息化部举行专题新闻发布会")
    assert {(o.indicator, o.measure): (o.value, o.qualifier) for o in release.observations} == {
        ("miit_enterprises.food", "count"): (4.0, "about"), ("miit_revenue.food", "level"): (9.0, "about")}


def test_a_growth_said_as_a_rate_a_stocks_change_on_the_month_end_before_and_models_and_ports_counted():
    release = statement_text(
        "截至10月末，5G基站总数达到475.8万个，较9月末增加5.3万个。",
        "截至6月底，干线400G端口数量增至14060个，我国已发布大模型1509个。",
        "2024年，软件业务收入7.3万亿元，同比增速为10%。业内预计，2025年我国智能算力规模增速将超过40%。",
        published="2025-12-03T10:15", title="网络底座持续夯实 连接规模稳步扩大")
    got = {(o.indicator, o.period, o.measure): (o.value, o.qualifier, o.evidence) for o in release.observations}
    assert got[("telecom.bs_5g", "2025-10", "mom_abs_change")] == (5.3, "exact", "statement")
    assert got[("telecom.ports_400g", "2025-06", "level")] == (14060.0, "exact", "statement")
    assert got[("ai_models", "2025-06", "count")] == (1509.0, "exact", "statement")
    assert got[("software_revenue", "2024", "yoy_pct")] == (10.0, "exact", "statement")
    assert got[("compute_intelligent", "2025-12", "yoy_pct")] == (40.0, "over", "forecast")
    # a change on a month-end other than the one before is not stored
    other = statement_text("截至10月末，5G基站总数达到475.8万个，较8月末增加5.3万个。", published="2025-12-03T10:15",
                           title="网络底座持续夯实")
    assert [o.measure for o in other.observations] == ["level"]


def test_manufacturings_rd_intensity_said_as_a_share_and_patent_applications_from_a_plans_end():
    release = statement_text(
        "2024年，规模以上制造业企业研发经费占营业收入的比重为1.72%，工业企业发明专利申请数从“十三五”末的90.7万件"
        "提高到2024年的124.4万件。", published="2025-09-09T10:00", title="国新办举行新闻发布会")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("rd_intensity.manufacturing", "2024", "level"): 1.72,
        # (applications counted in 件: a count, as the same series said alone is)
        ("patents.industry_applications", "2020", "count"): 90.7,
        ("patents.industry_applications", "2024", "count"): 124.4}


def test_a_share_of_the_one_name_measured_alike_a_product_said_verb_first_and_port_and_rack_wordings():
    release = statement_text(
        "上半年，新能源汽车产销分别完成696.8万辆和693.7万辆，同比分别增长41.4%和40.3%，新车销量占汽车总销量的44.3%。",
        "截至6月底，具备千兆网络服务能力的端口达到3022万个。截至3月底，在用算力标准机架达到1043万架。",
        published="2025-07-18T10:00", title="工业和信息化部举行新闻发布会")
    steel = statement_text("2025年，全国粗钢产量约9.61亿吨。前三季度，全国累计生产粗钢7.46亿吨，同比下降2.9%。",
                           published="2026-02-10T16:05", title="2025年行业运行稳中有进")
    got = {(o.indicator, o.period, o.measure, o.relative_to): o.value
           for o in release.observations + steel.observations}
    assert got[("vehicles.nev_sales", "2025-06", "share_pct", "vehicles.sales")] == 44.3
    assert ("vehicles.nev_production", "2025-06", "share_pct", "vehicles.sales") not in got
    assert got[("telecom.pon_10g_ports", "2025-06", "level", None)] == 3022.0
    assert got[("compute_racks", "2025-03", "level", None)] == 1043.0
    assert got[("output.crude_steel", "2025-09", "level", None)] == 7.46
    assert got[("output.crude_steel", "2025-09", "yoy_pct", None)] == -2.9


def test_a_years_ratio_said_with_no_year_is_not_dated_at_the_statement():
    said = statement_text("“十四五”以来，规模以上制造业企业研发经费占营业收入的比重超过1.6%。",
                          published="2025-09-09T10:00", title="国新办举行新闻发布会")
    assert said.observations == []
    dated = statement_text("2024年，规模以上制造业企业研发经费占营业收入的比重为1.72%。",
                           published="2025-09-09T10:00", title="国新办举行新闻发布会")
    assert [(o.period, o.value) for o in dated.observations] == [("2024", 1.72)]


def test_humanoid_robots_driver_assistance_and_internet_rd_as_statements_give_them():
    release = statement_text(
        "截至目前，我国已有人形机器人整机企业超过140家，发布人形机器人产品超过330款。",
        "2025年，具备组合驾驶辅助系统的乘用车新车销量1500万辆，组合驾驶辅助系统乘用车新车渗透率达到60%；"
        "规模以上互联网企业研发经费1000亿元，同比增长5%。",
        published="2026-01-21T10:00", title="国新办举行新闻发布会")
    assert {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations} == {
        ("humanoid_robots.enterprises", "2026-01", "count"): (140.0, "over"),
        ("humanoid_robots.products", "2026-01", "count"): (330.0, "over"),
        ("vehicles.adas_l2_sales", "2025", "level"): (1500.0, "exact"),
        ("vehicles.adas_l2_penetration", "2025", "level"): (60.0, "exact"),
        ("internet_rd", "2025", "level"): (1000.0, "exact"),
        ("internet_rd", "2025", "yoy_pct"): (5.0, "exact")}


def test_a_records_span_is_no_period_of_the_figures_after_it():
    # '为去年8月以来累计最高增速' dated the month after it in the year before (2024-09): a wrong period
    release = statement_text(
        "1—9月份，全国规模以上工业企业实现利润总额53732.0亿元，同比增长3.2%，为去年8月以来累计最高增速；"
        "9月份当月利润同比增长21.6%。", published="2025-10-24T16:20", title="前三季度稳中有进 向新向优态势持续巩固")
    assert figures(release)[("industrial_profit", "2025-09", "month", "yoy_pct")] == (21.6, "exact", "statement")
    assert not any(o.period.startswith("2024") for o in release.observations)


def test_average_growths_of_a_list_of_metrics_sharing_their_first_names_qualifier():
    release = statement_text("2021—2024年，规模以上工业中小企业增加值、营业收入、利润总额年均分别增长6.4%、7.4%和5.4%。",
                             published="2025-09-25T10:00", title="“十四五”以来发展质效稳步提升")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("industrial_va.sme", "2024", "avg_yoy_pct"): 6.4, ("sme_finance.revenue", "2024", "avg_yoy_pct"): 7.4,
        ("sme_finance.profit", "2024", "avg_yoy_pct"): 5.4}


def test_a_growth_turned_from_an_earlier_month_a_divisions_field_said_before_it_and_a_month_holding_to_the_paragraph():
    release = statement_text(
        "9月份，黑色金属冶炼和压延加工业增长2.2%，非金属矿物制品业由6月份下降0.1%转为增长0.2%。"
        "主要产品中，钢材产量12421万吨，同比增长5.1%；轻工领域的农副食品加工业增长6.0%。",
        published="2025-10-24T10:00", title="三季度末多数行业增势回升")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.C30", "2025-09", "month", "yoy_pct")] == 0.2
    assert got[("industrial_va.C30", "2025-06", "month", "yoy_pct")] == -0.1
    assert got[("output.steel_products", "2025-09", "month", "level")] == 12421.0
    assert got[("industrial_va.C13", "2025-09", "month", "yoy_pct")] == 6.0


def test_robot_density_from_one_year_to_another_per_ten_thousand_workers():
    release = statement_text("我国制造业机器人密度从2020年的每万名工人246台提高到2022年的392台。",
                             published="2026-01-20T10:00", title="工业和信息化部1月新闻发布会文字实录")
    assert {(o.indicator, o.period, o.unit): o.value for o in release.observations} == {
        ("robot_density", "2020-12", "台/万人"): 246.0, ("robot_density", "2022-12", "台/万人"): 392.0}   # a stock: at each year's end


def test_a_count_or_rate_of_all_industry_said_of_one_industry_is_never_the_nations():
    release = statement_text("2025年，汽车行业5G工厂超过300家，轻工行业关键工序数控化率达到60%，钢铁行业粗钢产量9.6亿吨。",
                             published="2026-01-20T10:00", title="工业和信息化部1月新闻发布会文字实录")
    assert [(o.indicator, o.value) for o in release.observations] == [("output.crude_steel", 9.6)]


def test_a_fields_count_is_never_the_nations():
    release = statement_text("2025年，汽车领域5G工厂超过300家。", published="2026-01-20T10:00", title="工业和信息化部新闻发布会")
    assert release.observations == []


def test_a_batch_of_little_giants_newly_recognised_is_the_years_new_ones():
    release = statement_text("2025年，第七批新认定“小巨人”企业3482家。截至2025年底，专精特新“小巨人”企业1.76万家。",
                             published="2026-01-23T09:30", title="优质企业梯度培育体系持续完善")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("sme.little_giants_new", "2025", "count"): 3482.0, ("sme.little_giants", "2025-12", "count"): 1.76}


def test_a_change_after_a_contribution_not_read_is_never_the_figure_befores():
    # '…贡献率达到52%，比上年提高5个百分点' was stored as retail sales' growth change
    release = statement_text("2025年，全年社会消费品零售总额首次突破50万亿元，最终消费支出对经济增长的贡献率达到52%，比上年提高5个百分点。",
                             published="2026-02-06T10:00", title="老品类焕新颜 新供给拓市场")
    assert not any(o.measure == "growth_pp_change" for o in release.observations)


def test_a_compound_with_its_two_figures_and_no_distributor_and_the_month_said_inside_a_name():
    release = statement_text(
        "9月份，当月汽车产销327.6万辆和322.6万辆，同比分别增长17.1%和14.9%；新能源汽车当月产销161.7万辆和160.4万辆，"
        "同比分别增长23.7%和24.6%，新车销量在总销量中占49.7%。9月单月汽车出口65.2万辆。",
        published="2025-10-24T10:00", title="产销两旺添动能 链条协同拓新局")
    got = {(o.indicator, o.measure): o.value for o in release.observations if o.period == "2025-09"}
    assert got == {("vehicles.production", "level"): 327.6, ("vehicles.sales", "level"): 322.6,
                   ("vehicles.production", "yoy_pct"): 17.1, ("vehicles.sales", "yoy_pct"): 14.9,
                   ("vehicles.nev_production", "level"): 161.7, ("vehicles.nev_sales", "level"): 160.4,
                   ("vehicles.nev_production", "yoy_pct"): 23.7, ("vehicles.nev_sales", "yoy_pct"): 24.6,
                   ("vehicles.nev_sales", "share_pct"): 49.7, ("vehicles.exports", "level"): 65.2}
    # names not read: the changes and the share after them are never the names read before
    unread = statement_text("9月份，汽车产销327.6万辆和322.6万辆；摩托车产销161.7万辆和160.4万辆，同比分别增长23.7%和24.6%，"
                            "新车销量在总销量中占49.7%。", published="2025-10-24T10:00", title="产销两旺添动能")
    assert {(o.indicator, o.measure) for o in unread.observations} == {
        ("vehicles.production", "level"), ("vehicles.sales", "level")}


def test_an_amount_of_money_is_never_a_series_kept_in_things():
    # '总规模600亿元的…基金' was read as the computing capacity just named (a conflict then dropped both)
    release = statement_text("2025年，全国已建成万卡智算集群42个，智能算力规模超过1590EFLOPS；总规模600亿元的国家人工智能产业投资基金已启动运行。",
                             published="2026-01-23T10:00", title="工业和信息化部举行新闻发布会")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("compute_clusters", 42.0), ("compute_intelligent", 1590.0)}


def test_divisions_by_their_short_names_industries_counted_and_a_subjects_other_metric_said_bare():
    release = statement_text(
        "2025年，分行业看，铁路船舶航空航天、汽车、计算机通信电子、电气机械行业增加值依次增长14.0%、11.5%、10.6%、9.2%。"
        "集成电路、电子专用材料两个行业增加值分别增长26.7%和23.9%。"
        "新能源汽车新车销量1649万辆，增长28.2%，产量1652.4万辆，增长25.1%。",
        published="2026-01-22T10:00", title="顶压前行交出亮眼答卷")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.C37", "yoy_pct")] == 14.0 and got[("industrial_va.C39", "yoy_pct")] == 10.6
    assert got[("industrial_va.ic_mfg", "yoy_pct")] == 26.7
    assert got[("industrial_va.electronic_materials", "yoy_pct")] == 23.9
    assert got[("vehicles.nev_sales", "level")] == 1649.0 and got[("vehicles.nev_production", "level")] == 1652.4
    assert got[("vehicles.nev_production", "yoy_pct")] == 25.1


def test_parts_growths_said_as_rates_after_the_whole_and_a_margin_against_manufacturings():
    release = statement_text(
        "2025年，规上纺织企业工业增加值同比增长1.8%，其中纺织业、服装业、化纤业分别为3.0%、-3.0%和8.2%。",
        "2025年，全年规模以上轻工业增加值同比增长5.3%，营业收入利润率为6.04%，比制造业平均水平高出1.34个百分点。",
        "2025年，全年消费品以旧换新带动相关品类销售额2.61万亿元。",
        published="2026-02-06T10:00", title="老品类焕新颜 新供给拓市场")
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got[("industrial_va.C17", "yoy_pct", None)] == 3.0
    assert got[("industrial_va.C18", "yoy_pct", None)] == -3.0
    assert got[("industrial_va.C28", "yoy_pct", None)] == 8.2
    assert got[("miit_margin.light", "pp_gap", "industrial_margin.manufacturing")] == 1.34
    assert got[("trade_in.sales", "level", None)] == 2.61
    # parts said as rates after a level are not growths
    level = statement_text("2025年，轻工业营业收入23万亿元，其中家电、电池分别为10%和12%。", published="2026-02-06T10:00",
                           title="老品类焕新颜")
    assert all(o.measure != "yoy_pct" for o in level.observations)


def test_a_count_kept_in_yi_said_bare_a_volume_at_last_years_prices_and_the_5g_patent_share():
    release = statement_text("截至2025年底，IPv6活跃用户数超过8亿，我国5G标准必要专利声明量全球占比达42%。",
                             "2025年，按上年价格计算的电信业务总量增长9.1%。",
                             published="2026-01-29T10:00", title="夯基筑网促融合")
    assert {(o.indicator, o.period, o.measure): (o.value, o.unit) for o in release.observations} == {
        ("telecom.ipv6_active_users", "2025-12", "level"): (8.0, "亿"),
        ("telecom.sep_5g_share", "2025-12", "level"): (42.0, "%"),
        ("telecom.volume", "2025", "yoy_pct"): (9.1, "%")}


def test_a_months_growth_on_the_month_before_distributed_or_said_alone_and_never_of_a_span():
    release = statement_text("9月，汽车产销分别完成327.6万辆和322.6万辆，环比分别增长16.4%和12.9%，同比分别增长17.1%和14.9%。",
                             "9月，汽车出口65.2万辆，环比增长6.7%。",
                             "1—9月，汽车销量2436.3万辆，环比增长3%。",
                             published="2025-10-20T10:00", title="产销两旺添动能")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
    assert got[("vehicles.production", "2025-09", "month", "mom_pct")] == 16.4
    assert got[("vehicles.sales", "2025-09", "month", "mom_pct")] == 12.9
    assert got[("vehicles.sales", "2025-09", "month", "yoy_pct")] == 14.9
    assert got[("vehicles.exports", "2025-09", "month", "mom_pct")] == 6.7
    # a span of months has no month before it: its '环比' is never stored
    assert not any(o.measure == "mom_pct" and o.period_type != "month" for o in release.observations)


def test_telephone_subscribers_mobile_phones_per_hundred_and_the_telecom_industrys_own_name():
    release = statement_text("2025年，全国电话用户总数达19.87亿户，全年净增3091万户，移动电话普及率为130部/百人，比上年末提高2.9部/百人。",
                             "2025年，信息通信业电信业务总量增长9.1%，通信业实现电信业务收入1.8万亿元。",
                             "截至2025年底，工业互联网标识解析服务企业超过51万家。",
                             published="2026-01-29T10:00", title="夯基筑网促融合")
    got = {(o.indicator, o.measure): (o.value, o.unit, o.period) for o in release.observations}
    assert got[("telecom.phone_users", "level")] == (19.87, "亿户", "2025-12")
    assert got[("telecom.phone_users", "abs_change")] == (3091.0, "万户", "2025-12")
    # the unit is per hundred people, never 部 alone
    assert got[("telecom.mobile_penetration", "level")] == (130.0, "部/百人", "2025-12")
    assert got[("telecom.mobile_penetration", "abs_change")] == (2.9, "部/百人", "2025-12")
    assert got[("telecom.volume", "yoy_pct")] == (9.1, "%", "2025")
    assert got[("telecom.revenue", "level")] == (1.8, "万亿元", "2025")
    assert got[("iip_service_enterprises", "count")] == (51.0, "万家", "2025-12")


def test_the_battery_associations_output_and_the_dealers_retail_penetration():
    release = statement_text("1—9月，我国动力和其他电池累计产量1122GWh，同比增长44%；其中9月份产量151GWh，同比增长50%。",
                             "9月新能源乘用车零售渗透率达到57.8%。",
                             published="2025-10-20T10:00", title="产销两旺添动能")
    got = {(o.indicator, o.period_type, o.measure): o.value for o in release.observations}
    assert got == {("battery_output", "ytd", "level"): 1122.0, ("battery_output", "ytd", "yoy_pct"): 44.0,
                   ("battery_output", "month", "level"): 151.0, ("battery_output", "month", "yoy_pct"): 50.0,
                   ("vehicles.nev_retail_penetration", "month", "level"): 57.8}


def test_an_indexs_regions_listed_bare_after_it_and_smes_registered():
    release = statement_text("二季度，中国中小企业发展指数为89.5，东部、中部、西部和东北地区指数分别为90.1、89.7、88.6和81.5。",
                             "截至2024年底，全国登记在册的中小企业数量超过6000万家。",
                             published="2025-09-25T10:00", title="中小企业发展势头向好")
    got = {(o.indicator, o.period): (o.value, o.unit) for o in release.observations}
    assert got == {("sme_dev_index", "2025-06"): (89.5, "点"), ("sme_dev_index.east", "2025-06"): (90.1, "点"),
                   ("sme_dev_index.central", "2025-06"): (89.7, "点"), ("sme_dev_index.west", "2025-06"): (88.6, "点"),
                   ("sme_dev_index.northeast", "2025-06"): (81.5, "点"), ("sme_count", "2024-12"): (6000.0, "万家")}
    # bare numbers after a series kept in points only: a list of growths printed without % is no figure
    unread = statement_text("上半年，规模以上工业增加值同比增长6.4%，东部、中部分别为6.1、7.2。", published="2025-07-20T10:00",
                            title="工业经济")
    assert [o.indicator for o in unread.observations] == ["industrial_va"]
    rates = statement_text("截至2025年6月底，数字化研发设计工具普及率、关键工序数控化率分别为80.1、62.9。", published="2025-07-20T10:00",
                           title="工业经济")
    assert rates.observations == []


def test_a_later_batch_of_a_list_is_that_years_new_members_even_before_the_year_ends():
    release = statement_text("今年第七批国家级专精特新“小巨人”企业公示3482家，比第六批增加470家。",
                             published="2025-09-25T10:00", title="中小企业发展势头向好")
    # (and its change on the sixth batch, the year before's: register.batch_said_as_year)
    assert [(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations] == [
        ("sme.little_giants_new", "2025", "year", "count", 3482.0),
        ("sme.little_giants_new", "2025", "year", "yoy_abs_change", 470.0)]


def test_a_region_said_alone_is_of_the_series_just_read_never_of_another_series_with_that_region():
    release = statement_text(
        "1—11月，东部地区完成互联网业务收入16214亿元，同比增长2.9%；中部、西部和东北地区分别完成673.7亿元、1114.3亿元和31.8亿元。"
        "京津冀地区完成5913亿元，同比增长9.1%；长三角地区完成6163亿元，同比下降2.7%。",
        published="2025-12-31T10:00", title="前11个月电信业务量收保持增长")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got == {("internet_revenue.east", "level"): 16214.0, ("internet_revenue.east", "yoy_pct"): 2.9,
                   ("internet_revenue.central", "level"): 673.7, ("internet_revenue.west", "level"): 1114.3,
                   ("internet_revenue.northeast", "level"): 31.8, ("internet_revenue.jingjinji", "level"): 5913.0,
                   ("internet_revenue.jingjinji", "yoy_pct"): 9.1, ("internet_revenue.yangtze_delta", "level"): 6163.0,
                   ("internet_revenue.yangtze_delta", "yoy_pct"): -2.7}
    # with nothing read before it, a region alone is nobody's (it was once software's 京津冀地区)
    alone = statement_text("1—11月，京津冀地区完成5913亿元，同比增长9.1%。", published="2025-12-31T10:00", title="量收保持增长")
    assert alone.observations == []


def test_robots_sold_and_in_service_a_stock_of_a_year_said_is_at_its_end_and_a_level_risen_to():
    release = statement_text(
        "2024年中国市场工业机器人销量达30.2万台，占全球总销量的54%；工业机器人保有量突破200万台，比2020年的96万台增长1.1倍。",
        "前三季度，全国机器人行业营业收入同比增长29.5%。",
        "“十四五”时期，国家级专精特新“小巨人”企业由5000余家跃升至1.76万家。",
        published="2025-12-31T10:00", title="机器人产业综合实力大步跨越")
    got = {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations}
    assert got[("robots.sales", "2024", "level")] == (30.2, "exact")
    assert got[("robots.stock", "2024-12", "level")] == (200.0, "over")
    assert got[("robots.stock", "2020-12", "level")] == (96.0, "exact")       # a stock in 2020: at that year's end
    assert got[("robots.revenue", "2025-09", "yoy_pct")] == (29.5, "exact")
    assert got[("sme.little_giants", "2025-12", "count")] == (1.76, "exact")  # the start, undated, is not read
    assert not any(o.value == 5000.0 for o in release.observations)


def test_what_a_plan_document_is_cited_for_is_a_goal_and_a_level_over_said_before_its_magnitude():
    release = statement_text(
        "截至目前，全国已累计培育专精特新中小企业超过14万家。",
        "根据《中小企业数字化赋能专项行动方案（2025—2027年）》，将分批支持100个左右城市开展试点，推动4万家以上中小企业"
        "开展数字化转型，其中专精特新中小企业1万家。",
        "截至2025年6月底，我国在用算力中心标准机架达1085万架，较2024年底的900余万架明显增加。",
        published="2025-11-13T08:55", title="中小企业发展步伐坚实")
    got = {(o.indicator, o.period): (o.value, o.qualifier) for o in release.observations}
    # the plan's 1万家 is no count of today's: the count said before it stands
    assert got == {("sme.specialized", "2025-11"): (14.0, "over"), ("compute_racks", "2025-06"): (1085.0, "exact"),
                   ("compute_racks", "2024-12"): (900.0, "over")}


def test_export_delivery_value_of_industry_turned_from_a_fall_and_a_concession_on_two_spans():
    release = statement_text(
        "前三季度，全国规模以上工业增加值同比增长6.2%，增速虽较上半年回落0.2个百分点，但比上年同期高出0.4个百分点。",
        "前三季度，规模以上工业出口交货值同比增长3.3%，增速较1—8月份回升0.3个百分点；9月份出口交货值由上月下降转为增长3.8%。",
        published="2025-10-24T10:00", title="前三季度运行“成绩单”")
    got = {(o.indicator, o.period, o.period_type, o.measure, o.base_period): o.value for o in release.observations}
    assert got == {("industrial_va", "2025-09", "ytd", "yoy_pct", None): 6.2,
                   ("industrial_va", "2025-09", "ytd", "growth_pp_change", "2025-06"): -0.2,
                   ("industrial_va", "2025-09", "ytd", "growth_pp_change", "2024-09"): 0.4,
                   ("export_delivery_value", "2025-09", "ytd", "yoy_pct", None): 3.3,
                   ("export_delivery_value", "2025-09", "ytd", "growth_pp_change", "2025-08"): 0.3,
                   ("export_delivery_value", "2025-09", "month", "yoy_pct", None): 3.8}


def test_the_same_years_again_and_shares_of_the_names_in_force_each_from_one_to_another():
    release = statement_text(
        "从总量看，全部工业增加值从2020年的31.3万亿元增长到2024年的40.5万亿元，同期制造业增加值从26.6万亿元增长到33.6万亿元。",
        "产业结构持续优化，2020—2024年，装备制造业和高技术制造业增加值年均分别增长7.9%和8.7%，占规模以上工业增加值的比重分别由"
        "33.7%和15.1%提高到34.6%和16.3%。",
        "全社会研究与试验发展经费投入强度由2020年的2.40%提高到2024年的2.68%。",
        published="2025-09-09T10:00", title="“十四五”时期实体经济根基更加稳固")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got == {("industry_va_total", "2020", "level"): 31.3, ("industry_va_total", "2024", "level"): 40.5,
                   ("industry_va_total.manufacturing", "2020", "level"): 26.6,
                   ("industry_va_total.manufacturing", "2024", "level"): 33.6,
                   ("industrial_va.equipment", "2020", "share_pct"): 33.7, ("industrial_va.equipment", "2024", "share_pct"): 34.6,
                   ("industrial_va.high_tech", "2020", "share_pct"): 15.1, ("industrial_va.high_tech", "2024", "share_pct"): 16.3,
                   ("industrial_va.equipment", "2024", "avg_yoy_pct"): 7.9, ("industrial_va.high_tech", "2024", "avg_yoy_pct"): 8.7,
                   ("rd_intensity.national", "2020", "level"): 2.4, ("rd_intensity.national", "2024", "level"): 2.68}
    # without 同期 a from-to with no years is nobody's: never dated by the year in force
    bare = statement_text("2020年，全部工业增加值为31.3万亿元，制造业增加值从26.6万亿元增长到33.6万亿元。",
                          published="2025-09-09T10:00", title="实体经济")
    assert ("industry_va_total.manufacturing", "2020") not in {(o.indicator, o.period) for o in bare.observations}


def test_charging_points_added_at_expressways_and_in_counties_and_the_electricity_charged():
    release = statement_text(
        "截至9月底，全国电动汽车充电基础设施总数达到1143.3万台；同期新能源汽车保有量达到2809万辆。1—9月，充电设施新增283.7万台；"
        "全国电动汽车充电量666.7亿千瓦时，同比增长12.4%。",
        "截至9月底，全国高速公路服务区（含停车区）累计建成充电设施2.88万台；县域及以下地区公共充电设施达到41.7万台，"
        "在全国公共充电设施中占12.53%。",
        published="2024-11-15T10:00", title="我国新能源汽车年产量首次突破1000万辆")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
    assert got == {("charging_infrastructure", "2024-09", "month", "level"): 1143.3,
                   ("vehicles.nev_stock", "2024-09", "month", "level"): 2809.0,
                   ("charging_infrastructure_new", "2024-09", "ytd", "level"): 283.7,
                   ("ev_charging_volume", "2024-09", "ytd", "level"): 666.7,
                   ("ev_charging_volume", "2024-09", "ytd", "yoy_pct"): 12.4,
                   ("charging_infrastructure.highway", "2024-09", "month", "level"): 2.88,
                   ("charging_infrastructure.county", "2024-09", "month", "level"): 41.7,
                   ("charging_infrastructure.county", "2024-09", "month", "share_pct"): 12.53}


def test_a_count_from_a_year_said_to_now_and_the_dealers_retail_share_and_trade_in_sales_by_their_words():
    release = statement_text("“十四五”时期，规模以上轻工企业数量由2020年的10.87万家增长至14万家，年均增长6.4%。",
                             "今年以来，消费品以旧换新带动相关商品销售额超过2.6万亿元。",
                             "11月份新能源乘用车零售市场份额达59.4%。",
                             "2024年，制造业增加值由2020年的26.6万亿元增长到33.6万亿元。",
                             published="2025-12-31T10:00", title="以旧换新释放消费潜力")
    got = {(o.indicator, o.period): o.value for o in release.observations}
    assert got == {("miit_enterprises.light", "2020-12"): 10.87, ("miit_enterprises.light", "2025-12"): 14.0,
                   ("trade_in.sales", "2025"): 2.6, ("vehicles.nev_retail_penetration", "2025-11"): 59.4}


def test_a_monthly_index_at_the_month_end_its_points_on_the_month_before_and_its_average_over_the_span():
    release = statement_text("7月末，中国钢材价格指数（CSPI）为95.27点，环比上升2.69点；1—7月CSPI平均值为93.58点，同比下降12.43%。",
                             published="2025-08-20T10:00", title="钢材价格稳中有升")
    assert {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations} == {
        ("steel.cspi", "2025-07", "month", "level"): 95.27, ("steel.cspi", "2025-07", "month", "mom_abs_change"): 2.69,
        ("steel.cspi", "2025-07", "ytd", "level"): 93.58, ("steel.cspi", "2025-07", "ytd", "yoy_pct"): -12.43}


def test_the_ones_added_are_never_the_total_and_the_leading_factories_first_batch_by_its_list_words():
    release = statement_text("“十四五”期间我们新布局了16家国家制造业创新中心，总数达到33家。",
                             "确定首批领航级智能工厂培育对象15家。",
                             published="2025-09-09T10:00", title="实体经济根基更加稳固")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("mfg_innovation_centers", "2025-09", 33.0), ("smart_factories.leading", "2025-09", 15.0)}


def test_stocks_at_a_plans_end_a_years_new_ones_said_with_its_year_and_a_from_tos_qualifier():
    release = statement_text(
        "至此，国家层面累计培育绿色工厂超过8000家、绿色工业园区600余家。",
        "“十三五”末，国家层面绿色工厂、绿色工业园区、绿色供应链管理企业分别为2121家、171家和189家。",
        "2024年度还新培育绿色供应链管理企业126家。",
        "主要品种再生资源回收利用量由2020年的3.8亿吨增加到2024年的4亿吨以上，2024年新能源汽车废旧动力电池综合利用量突破30万吨。",
        published="2026-03-18T17:05", title="梯度培育提质扩面")
    got = {(o.indicator, o.period): (o.value, o.unit, o.qualifier) for o in release.observations}
    assert got == {("green_factories", "2026-03"): (8000.0, "家", "over"), ("green_parks", "2026-03"): (600.0, "家", "over"),
                   ("green_factories", "2020-12"): (2121.0, "家", "exact"), ("green_parks", "2020-12"): (171.0, "家", "exact"),
                   ("green_supply_chain", "2020-12"): (189.0, "家", "exact"),
                   ("green_supply_chain_new", "2024"): (126.0, "家", "exact"),
                   ("recycled_resources", "2020"): (3.8, "亿吨", "exact"), ("recycled_resources", "2024"): (4.0, "亿吨", "over"),
                   ("battery_recycling_volume", "2024"): (30.0, "万吨", "over")}


def test_counts_from_a_plans_end_a_batch_newly_recognised_an_index_of_a_span_said_alone_and_loans_by_their_words():
    release = statement_text(
        "“十四五”以来，全国专精特新中小企业从“十三五”末的不足4万家增加到14万家以上，“小巨人”企业从5000余家增至1.76万家。",
        "今年，第七批专精特新“小巨人”企业新认定3482家。截至目前，我部累计培育制造业单项冠军企业1862家。",
        "今年一季度中小企业发展指数为89.5，较上年四季度上升0.5点；二季度为89.1，较上季度回落0.4点。",
        "截至9月末，银行业金融机构普惠型小微企业贷款余额36.5万亿元，同比增长12.1%。",
        "我国人工智能企业由2020年的1400余家增长到超过5000家。",
        published="2025-12-30T16:48", title="专精特新队伍持续壮大")
    got = {(o.indicator, o.period, o.measure): (o.value, o.qualifier) for o in release.observations}
    assert got == {("sme.specialized", "2020-12", "count"): (4.0, "under"), ("sme.specialized", "2025-12", "count"): (14.0, "over"),
                   ("sme.little_giants", "2025-12", "count"): (1.76, "exact"),
                   ("sme.little_giants_new", "2025", "count"): (3482.0, "exact"),
                   ("sme.champions", "2025-12", "count"): (1862.0, "exact"),
                   ("sme_dev_index", "2025-03", "level"): (89.5, "exact"), ("sme_dev_index", "2025-03", "mom_abs_change"): (0.5, "exact"),
                   ("sme_dev_index", "2025-06", "level"): (89.1, "exact"), ("sme_dev_index", "2025-06", "mom_abs_change"): (-0.4, "exact"),
                   ("sme_finance.inclusive_loans", "2025-09", "level"): (36.5, "exact"),
                   ("sme_finance.inclusive_loans", "2025-09", "yoy_pct"): (12.1, "exact"),
                   ("ai_enterprises", "2020-12", "count"): (1400.0, "over"), ("ai_enterprises", "2025-12", "count"): (5000.0, "over")}


def test_rates_changed_since_a_years_end_and_a_plan_documents_content_is_a_goal():
    release = statement_text(
        "截至2025年3月底，工业企业数字化研发设计工具普及率、关键工序数控化率分别为83.5%和66.2%，比2020年底分别提高10.5个和14.1个百分点。",
        "我国已累计培育专精特新中小企业超过14万家。四部门印发的《中小企业数字化赋能专项行动方案（2025—2027年）》明确，推动4万家以上"
        "中小企业开展数字化转型，其中专精特新中小企业1万家。",
        published="2025-12-30T10:00", title="两化融合再上新台阶")
    got = {(o.indicator, o.period, o.measure, o.base_period): o.value for o in release.observations}
    assert got == {("digital_rd_tools_rate", "2025-03", "level", None): 83.5, ("nc_rate", "2025-03", "level", None): 66.2,
                   ("digital_rd_tools_rate", "2025-03", "pp_change_prev", "2020-12"): 10.5,
                   ("nc_rate", "2025-03", "pp_change_prev", "2020-12"): 14.1,
                   ("sme.specialized", "2025-12", "count", None): 14.0}


def test_a_multiple_of_a_value_then_never_dates_the_figures_after_it():
    release = statement_text(
        "截至2025年底，全国5G基站总数达到483.8万个，约为2020年末的6.7倍，占移动电话基站总数的37.6%；平均每万人拥有5G基站34.4个。"
        "5G-A网络已覆盖超过330个城市。",
        published="2026-01-29T10:00", title="网络底座再上新台阶")
    assert {(o.indicator, o.period, o.measure) for o in release.observations} == {
        ("telecom.bs_5g", "2025-12", "level"), ("telecom.bs_5g", "2025-12", "share_pct"),
        ("telecom.bs_5g", "2025-12", "cum_pct"),
        ("telecom.bs_5g_per_10k", "2025-12", "level"), ("g5a_cities", "2025-12", "count")}
    # a multiple of the end of 2020: a growth since then, about +570 %
    grown = next(o for o in release.observations if o.measure == "cum_pct")
    assert (grown.value, grown.qualifier, grown.base_period) == (570.0, "about", "2020-12")


def test_a_kind_named_after_its_examples_and_a_change_on_an_earlier_month_end_keeps_the_subject():
    release = statement_text(
        "2025年，以云计算、大数据、物联网、数据中心为主的新兴业务收入同比增长4.7%，在电信业务收入中占25.7%。",
        "截至12月底，移动电话用户总数达18.27亿户，其中5G移动电话用户12.04亿户，比上年末净增1.9亿户，较9月末增加3700万户，"
        "占移动电话用户的65.9%。",
        published="2026-01-29T10:00", title="网络底座再上新台阶")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("telecom.emerging_revenue", "yoy_pct")] == 4.7
    assert got[("telecom.emerging_revenue", "share_pct")] == 25.7
    assert got[("telecom.mobile_users_5g", "share_pct")] == 65.9
    assert not any(o.value == 3700.0 for o in release.observations)     # on September's end: not kept


def test_divisions_profits_by_any_divisions_ending_and_a_span_still_running_is_never_a_statistic():
    release = statement_text("2025年，化学原料和化学制品制造业、非金属矿物制品业利润分别下降7.3%和1.7%。",
                             published="2026-02-06T10:00", title="十大重点行业稳增长首年成绩单出炉")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("industrial_profit.C26", "2025", -7.3), ("industrial_profit.C30", "2025", -1.7)}
    running = statement_text("一季度、二季度全国规模以上工业产能利用率分别为74.1%和74.0%。", published="2026-03-06T09:12",
                             title="量质齐升")
    assert running.observations == []
    assert "not yet over" in running.skip_reasons


def test_a_rates_change_said_of_one_of_the_periods_just_listed():
    release = statement_text("2025年，一季度、二季度全国规模以上工业产能利用率分别为74.1%和74.0%，其中二季度比上年同期下降0.9个百分点。",
                             published="2026-03-06T09:12", title="量质齐升")
    got = {(o.period, o.measure): o.value for o in release.observations if o.indicator == "capacity_utilization"}
    assert got == {("2025-03", "level"): 74.1, ("2025-06", "level"): 74.0, ("2025-06", "pp_change"): -0.9}


def test_a_flow_over_a_plans_years_so_far_is_no_years_and_a_stock_then_is_todays():
    release = statement_text("2025年我国新接订单量10782万载重吨。“十四五”以来，我国承接的新船订单占全球的比重达64.2%。",
                             "“十四五”以来，累计培育专精特新中小企业14万家，2025年新能源汽车销量1649万辆。",
                             published="2026-02-03T10:40", title="车船齐发力")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got == {("shipbuilding.new_orders", "2025", "level"): 10782.0, ("sme.specialized", "2025-12", "count"): 14.0,
                   ("vehicles.nev_sales", "2025", "level"): 1649.0}


def test_villages_reached_by_5g_said_after_their_share_and_promotion_centres_counted_after_where_they_are():
    release = statement_text("截至2025年底，所有乡镇和95%以上的行政村实现5G通达。",
                             "目前已在25个省份布局建设62个数字化转型促进中心。",
                             published="2025-12-30T10:00", title="两化融合再上新台阶")
    got = {(o.indicator, o.period): (o.value, o.qualifier) for o in release.observations}
    assert got == {("telecom.coverage_5g_villages", "2025-12"): (95.0, "over"), ("dt_promotion_centers", "2025-12"): (62.0, "exact")}


def test_names_a_remark_is_about_are_never_the_names_of_the_figures_after_it():
    release = statement_text("2025年，石化化工、建材行业仍处于调整期，化学原料和化学制品制造业、非金属矿物制品业利润分别下降7.3%和1.7%。",
                             published="2026-02-06T10:00", title="十大重点行业稳增长首年成绩单出炉")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_profit.C26", -7.3), ("industrial_profit.C30", -1.7)}


def test_a_share_held_at_in_a_whole_of_a_group_kept_as_its_own_series():
    release = statement_text("2025年，十大重点行业增加值在规模以上工业中的比重保持在80%左右。", published="2026-02-06T10:00",
                             title="十大重点行业稳增长首年成绩单出炉")
    assert [(o.indicator, o.period, o.value, o.qualifier) for o in release.observations] == [
        ("key_industries.va_share", "2025", 80.0, "about")]


def test_a_provinces_own_figures_of_the_series_statements_cite_by_province_and_a_province_after_the_year():
    release = statement_text(
        "2025年，安徽全年出口汽车122.8万辆，同比增长28.7%，新能源汽车产量179.41万辆；广东汽车产量为304.02万辆。",
        "2025年，安徽全年生产汽车368.65万辆、新能源汽车179.41万辆，分别占全国总产量的10.68%和10.79%。",
        "前三季度，广东高技术制造业增加值增长6.4%，占全省规模以上工业的比重为33.8%。",
        "今年第七批专精特新“小巨人”企业新认定3482家。分地区看，江苏新认定807家，数量居各省份首位。",
        published="2025-12-30T10:00", title="区域格局加快重塑")
    got = {(o.indicator, o.period, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got[("vehicles.exports.anhui", "2025", "level")] == (122.8, None)
    assert got[("vehicles.exports.anhui", "2025", "yoy_pct")] == (28.7, None)
    assert got[("vehicles.nev_production.anhui", "2025", "level")] == (179.41, None)      # never the nation's
    assert got[("vehicles.production.guangdong", "2025", "level")] == (304.02, None)
    assert got[("vehicles.production.anhui", "2025", "level")] == (368.65, None)      # said verb first
    assert got[("vehicles.production.anhui", "2025", "share_pct")] == (10.68, "vehicles.production")   # of the nation's
    assert got[("vehicles.nev_production.anhui", "2025", "share_pct")] == (10.79, "vehicles.nev_production")
    assert got[("industrial_va.high_tech.guangdong", "2025-09", "yoy_pct")] == (6.4, None)
    assert got[("industrial_va.high_tech.guangdong", "2025-09", "share_pct")] == (33.8, "industrial_va.guangdong")
    assert got[("sme.little_giants_new", "2025", "count")] == (3482.0, None)
    assert not any(o.indicator.startswith("vehicles.") and o.dimension != "region" for o in release.observations)


def test_a_provinces_members_of_this_years_list_each_name_listed_and_never_this_years_by_its_own_words():
    release = statement_text(
        "近日，我部公布绿色工厂、绿色工业园区（2025年度）名单，新培育绿色工厂2038家、绿色工业园区128家。本年度名单中，江苏入选绿色工厂"
        "334家、绿色工业园区19家，数量均居全国首位。",
        published="2026-03-18T17:05", title="梯度培育提质扩面")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("green_factories_new", "2025", 2038.0), ("green_parks_new", "2025", 128.0),
        ("green_factories_new.jiangsu", "2025", 334.0), ("green_parks_new.jiangsu", "2025", 19.0)}
    # a province said after its year: its own figures, never the nation's provincial-level count
    after_year = statement_text("2025年江苏新增省级绿色工厂901家，比上年增长41.4%，省级绿色工厂累计达到2550家。",
                                published="2026-03-18T17:05", title="梯度培育提质扩面")
    assert after_year.observations == []


def test_names_ranked_without_a_figure_are_those_a_list_after_them_is_of_and_a_start_never_dated_is_listed():
    release = statement_text(
        "2025年1—2月，北京、广东、江苏、山东、上海软件业务收入规模居全国前列，同比分别增长10.6%、6.5%、9.7%、12.2%和14.1%。",
        "“十四五”期间，专精特新中小企业由不足4万家增长到14万家以上。", published="2026-01-16T10:00")
    assert {(o.indicator, o.period, o.measure, o.value, o.unit, o.qualifier) for o in release.observations} == {
        ("software_revenue.beijing", "2025-02", "yoy_pct", 10.6, "%", "exact"),
        ("software_revenue.guangdong", "2025-02", "yoy_pct", 6.5, "%", "exact"),
        ("software_revenue.jiangsu", "2025-02", "yoy_pct", 9.7, "%", "exact"),
        ("software_revenue.shandong", "2025-02", "yoy_pct", 12.2, "%", "exact"),
        ("software_revenue.shanghai", "2025-02", "yoy_pct", 14.1, "%", "exact"),
        ("sme.specialized", "2025-12", "count", 14.0, "万家", "over"),      # 以上 is its qualifier, never its unit
        # (reached by the end of the plan's years, said in the January after; the start, at the end of the year before
        # them, a bound under)
        ("sme.specialized", "2020-12", "count", 4.0, "万家", "under")}
    assert release.skipped == [] and release.unexplained == []
    # a start said with no years in force is never dated
    release = statement_text("专精特新中小企业由不足4万家增长到14万家以上。", published="2026-01-16T10:00")
    assert release.skipped == ["由不足4万家"]


def test_an_industrys_capacity_utilization_risen_to_and_its_change_on_the_quarter_before():
    release = statement_text("2025年二季度，黑色金属冶炼和压延加工业产能利用率升至80.8%，化学原料和化学制品制造业产能利用率"
                             "为71.9%，较一季度回落1.6个百分点。", published="2026-02-10T10:00")
    assert {(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations} == {
        ("capacity_utilization.ferrous", "2025-06", "quarter", "level", 80.8),
        ("capacity_utilization.chemicals", "2025-06", "quarter", "level", 71.9),
        ("capacity_utilization.chemicals", "2025-06", "quarter", "pp_change_prev", -1.6)}
    # the chemical industry federation's whole-industry name is the petrochemical industry's
    release = statement_text("2025年上半年，石化全行业营业收入7.77万亿元，同比下降2.6%。", published="2026-02-10T10:00")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("miit_revenue.petrochem", "level", 7.77), ("miit_revenue.petrochem", "yoy_pct", -2.6)}


def test_a_batch_published_is_the_years_new_ones():
    release = statement_text("从批次看，2025年公示的第七批“小巨人”企业共3482家。", published="2026-01-29T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("sme.little_giants_new", "2025", "count", 3482.0)}


def test_an_industrys_members_of_a_national_list_and_a_year_compared_with_are_never_the_nations_or_the_period():
    release = statement_text(
        "规模以上轻工企业数量增至14万家，国家级绿色工厂达到1321家。",
        "2025年，前三季度工业机器人产量达到59.5万台，已超过2024年全年水平，机器人行业营业收入同比增长29.5%。",
        published="2026-02-06T10:00")
    assert not any(o.indicator.startswith("green_factories") for o in release.observations)
    assert "国家级绿色工厂达到1321家。" in release.skipped
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations if o.indicator.startswith("robots")} \
        == {("robots.revenue", "2025-09", "yoy_pct", 29.5)}


def test_a_growth_after_a_from_to_is_over_its_years_and_a_stock_from_one_year_end_to_another():
    release = statement_text(
        "“十四五”期间，专精特新中小企业从不足4万家增至14万家以上，增长超过2.5倍。",
        "全国5G基站数从2020年底的71.8万个增至2025年底的483.8万个，增长5.7倍。", published="2026-02-11T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("sme.specialized", "2025-12", "count", 14.0),         # at the plan's end, said after it
        ("sme.specialized", "2020-12", "count", 4.0),          # (from the end of the year before the plan's)
        ("telecom.bs_5g", "2020-12", "level", 71.8), ("telecom.bs_5g", "2025-12", "level", 483.8)}
    assert ("增长超过2.5倍。", "not stored") in release.not_stored()      # never a year's growth of 250 %
    assert ("增长5.7倍。", "not stored") in release.not_stored()


def test_a_span_ending_elsewhere_ends_a_date_and_an_industry_named_in_the_sentence_holds_its_list_members():
    release = statement_text(
        "截至2024年底，全国水泥熟料产能17.93亿吨。2025年二季度，非金属矿物制品业产能利用率为62.3%，比一季度提高1.4个百分点。",
        "产业结构不断优化；轻工行业“灯塔工厂”达到28家，国家级绿色工厂达到1321家。", published="2026-02-03T10:00")
    assert {(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations} == {
        ("capacity_utilization.nonmetal_minerals", "2025-06", "quarter", "level", 62.3),
        ("capacity_utilization.nonmetal_minerals", "2025-06", "quarter", "pp_change_prev", 1.4)}
    assert ("国家级绿色工厂达到1321家。", "unattributed") in release.not_stored()     # light industry's, not the nation's


def test_a_heading_names_no_member_of_a_list_and_a_plan_said_bare_restates_its_targets_each_by_its_own_deadline():
    release = statement_text(
        "汽车行业方面，2025年汽车产销分别完成3453.1万辆和3440万辆，同比分别增长10.4%和9.4%。",
        "有色金属行业方面，2025年精炼铜产量1472.0万吨，同比增长10.4%。方案明确，2025—2026年有色金属行业增加值年均增长5%左右，"
        "到2025年底80%以上钢铁产能完成超低排放改造。",
        "对照方案提出的2025年汽车销量3230万辆左右、新能源汽车销量1550万辆左右的目标，各项指标均超额完成。",
        published="2026-02-12T15:00", title="工业和信息化部举行专题新闻发布会")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("vehicles.production", "level", 3453.1), ("vehicles.sales", "level", 3440.0),
        ("vehicles.production", "yoy_pct", 10.4), ("vehicles.sales", "yoy_pct", 9.4),
        ("output.copper", "level", 1472.0), ("output.copper", "yoy_pct", 10.4)}
    assert {(t.metric, t.value, t.start_year, t.deadline_year) for t in release.targets} == {
        ("有色金属行业增加值增长", 5.0, 2025, 2026), ("钢铁产能完成超低排放改造", 80.0, None, 2025),
        ("汽车销量", 3230.0, None, 2025), ("新能源汽车销量", 1550.0, None, 2025)}


def test_a_subjects_shares_printed_before_their_metrics_are_its_own_series_of_the_whole_they_are_kept_of():
    release = statement_text(
        "专精特新中小企业从“十四五”初期的不足4万家增加到14万家以上；专精特新“小巨人”企业达到1.46万家，"
        "以占规模以上工业中小企业3.5%的数量，贡献了9.6%的营业收入和13.7%的利润。",
        "“小巨人”企业以占全国中小企业5%的数量，贡献了9.6%的营业收入。", published="2025-09-09T10:00")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("sme.specialized", "2025-09", 14.0), ("sme.little_giants", "2025-09", 1.46),
        ("sme.little_giants_count_share", "2025-09", 3.5), ("sme.little_giants_revenue_share", "2025-09", 9.6),
        ("sme.little_giants_profit_share", "2025-09", 13.7)}      # a share of all SMEs (5%) is none of them
    assert ("从“十四五”初期的不足4万家", "not stored") in release.not_stored()


def test_a_stock_said_paragraphs_after_a_year_long_past_is_as_the_statement_speaks_and_robots_installed_a_flow():
    release = statement_text(
        "2024年新能源汽车产量突破1300万辆。",
        "数实融合走深走实，重点工业互联网平台设备连接数超过1亿台（套），工业机器人新增装机量占全球的比重超过50%。",
        published="2025-09-09T10:00")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("iip_devices", "2025-09", "level")] == 1.0          # never the end of 2024
    assert got[("robots.installations", "2024", "share_pct")] == 50.0      # a year's flow: the year in force


def test_what_an_association_predicts_is_a_forecast():
    release = statement_text("据有关行业协会预测，2026年有色金属工业增加值将增长5%左右，十种有色金属产量增长2%左右。",
                             published="2026-02-12T15:00")
    assert {(o.indicator, o.period, o.value, o.evidence) for o in release.observations} == {
        ("miit_va.nonferrous", "2026", 5.0, "forecast"), ("output.ten_nonferrous", "2026", 2.0, "forecast")}


def test_years_compared_with_are_never_the_figures_own_and_a_regions_index_alone_is_of_the_index_just_read():
    release = statement_text(
        "2024年，A股新上市企业中专精特新中小企业占比超过80%。",
        "从景气水平看，2025年二季度中国中小企业发展指数为89.1，仍高于2023年和2024年同期水平。分区域看，东部、中部、西部地区"
        "指数分别为90.1、89.7和88.6，东北地区指数为81.5，较上季度上升0.1点。", published="2026-02-11T10:05")
    assert {(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations} == {
        ("sme_dev_index", "2025-06", "quarter", "level", 89.1),
        ("sme_dev_index.east", "2025-06", "quarter", "level", 90.1),
        ("sme_dev_index.central", "2025-06", "quarter", "level", 89.7),
        ("sme_dev_index.west", "2025-06", "quarter", "level", 88.6),
        ("sme_dev_index.northeast", "2025-06", "quarter", "level", 81.5),
        ("sme_dev_index.northeast", "2025-06", "quarter", "mom_abs_change", 0.1)}


def test_the_industrial_internets_value_added_recycled_resources_and_carbon_intensity():
    release = statement_text(
        "从产业经济看，2024年工业互联网核心产业增加值达到1.53万亿元，渗透产业增加值3.48万亿元，产业增加值总规模5.01万亿元，"
        "占GDP比重为3.81%。",
        "2024年我国再生资源回收总量达到4.01亿吨，同比增长6.5%，回收价值1.33万亿元。我国主要再生有色金属产量1915万吨。",
        "2025年全国万元国内生产总值二氧化碳排放比上年下降5.0%。", published="2026-01-27T10:00")
    assert {(o.indicator, o.period, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("iip_va.core", "2024", "level", 1.53, None), ("iip_va.penetration", "2024", "level", 3.48, None),
        ("iip_va", "2024", "level", 5.01, None),          # the total, never a second figure of the part before it
        ("iip_va", "2024", "share_pct", 3.81, "gdp"),
        ("recycled_resources_collected", "2024", "level", 4.01, None),
        ("recycled_resources_collected", "2024", "yoy_pct", 6.5, None),
        ("recycled_resources_value", "2024", "level", 1.33, None),
        ("recycled_nonferrous_output", "2024", "level", 1915.0, None),
        ("carbon_intensity", "2025", "yoy_pct", -5.0, None)}


def test_a_share_said_to_break_a_line_is_of_what_the_whole_counts_and_a_spans_rate_of_a_name_said_before():
    release = statement_text(
        "2025年，新能源汽车销量1649万辆。国内新车销量中新能源汽车占比突破50%。",
        "新能源汽车在国内新车销量中的占比超过50%。", published="2026-01-22T10:00")
    assert {(o.indicator, o.measure, o.value, o.qualifier, o.relative_to) for o in release.observations} == {
        ("vehicles.nev_sales", "level", 1649.0, "exact", None),
        ("vehicles.nev_sales", "share_pct", 50.0, "over", "vehicles.domestic_sales")}   # its sales', never its output's
    release = statement_text(
        "2025年以来，化学原料和化学制品制造业产能利用率仍在低位运行，二季度为71.9%，比一季度回落1.6个百分点。",
        published="2026-02-03T10:00")
    assert {(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations} == {
        ("capacity_utilization.chemicals", "2025-06", "quarter", "level", 71.9),   # a quarter not begun is last year's
        ("capacity_utilization.chemicals", "2025-06", "quarter", "pp_change_prev", -1.6)}


def test_a_span_after_since_a_year_is_never_of_the_year_said_before():
    release = statement_text(
        "2024年，全行业利润总额7897.1亿元，同比下降8.8%。2025年以来，化学原料和化学制品制造业产能利用率仍在低位运行，"
        "二季度为71.9%。", published="2026-02-03T10:00")
    assert {(o.indicator, o.period, o.period_type, o.value) for o in release.observations} == {
        ("capacity_utilization.chemicals", "2025-06", "quarter", 71.9)}      # never the second quarter of 2024


def test_counts_under_a_plans_years_said_after_them_are_at_their_end_and_entrants_counted_before_their_list():
    release = statement_text(
        "创新投入稳步加大。570多家工业企业入围全球研发投入2500强。“十四五”期间新布局国家制造业创新中心16家，总数达到33家。",
        "2024年，我国市场工业机器人销量达到30.2万台，比2020年累计增长68.7%，占全球总销量的54%。",
        published="2026-03-06T18:20")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("rd_top2500_enterprises", "2026-03", "count", 570.0),
        ("mfg_innovation_centers", "2025-12", "count", 33.0),        # the plan's years ended: at their end
        ("robots.sales", "2024", "level", 30.2), ("robots.sales", "2024", "cum_pct", 68.7),
        ("robots.sales", "2024", "share_pct", 54.0)}
    assert release.unexplained == []          # 2500强 is a list's name, no figure


def test_names_a_list_prints_for_every_figure_leave_out_the_names_said_before():
    release = statement_text(
        "2025年，工业经济运行稳中有进。",
        "三是动能更加强劲。关键核心技术攻关、产业基础再造和重大技术装备攻关工程深入实施，集成电路、电子专用材料行业增加值"
        "分别增长26.7%和23.9%。", published="2026-01-21T10:00")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("industrial_va.ic_mfg", "2025", 26.7), ("industrial_va.electronic_materials", "2025", 23.9)}


def test_industries_counted_with_no_metric_said_grow_by_their_value_added():
    release = statement_text("2025年，汽车、电子两个行业分别增长11.5%和10.6%。", published="2026-01-21T10:00")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("miit_va.auto", 11.5), ("industrial_va.C39", 10.6)}        # the same as '汽车、电子行业分别增长…'


def test_a_province_before_a_count_is_whose_a_fields_list_members_are_never_the_provinces_and_a_later_spans_year_holds():
    release = statement_text(
        "各地积极构建梯队培育格局。内蒙古自治区3家国家级制造业单项冠军企业全部集中在包头市。",
        "安徽装备制造领域已有12家企业成为国家级制造业单项冠军企业，国家级专精特新“小巨人”企业达286户，占全省总数的41%。",
        published="2026-02-12T10:00")
    assert release.observations == []         # never Inner Mongolia's little giants, nor all Anhui's
    release = statement_text(
        "2024年，全国软件业务收入137276亿元，同比增长10%。2025年前11个月，软件业务收入139777亿元，同比增长13.3%。"
        "一季度，工业软件产品收入671亿元，同比增长7.1%。", published="2026-03-20T10:00")
    assert {(o.indicator, o.period, o.period_type) for o in release.observations
            if o.indicator == "software_revenue.industrial_software"} == {
        ("software_revenue.industrial_software", "2025-03", "ytd")}       # the year the sentence before opened


def test_a_province_said_again_as_the_whole_province_and_its_official_introducing_it_without_a_colon():
    release = statement_text(
        "运行监测协调局负责同志表示，2025年，全国规模以上工业增加值同比增长5.9%。",
        "安徽省工业和信息化厅负责同志介绍，2025年，安徽全省规模以上工业增加值同比增长9.4%，高于全国3.5个百分点。",
        published="2026-02-05T10:00", title="安徽省工业和信息化厅负责同志在部新闻发布会上介绍有关情况")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("industrial_va", "yoy_pct", 5.9), ("industrial_va.anhui", "yoy_pct", 9.4),
        ("industrial_va.anhui", "pp_gap", 3.5)}


def test_a_provinces_account_holds_until_another_voice_speaks():
    # a research trip: the province's departments give its figures, in sentences and paragraphs that name it no more
    release = statement_text(
        "会上，湖南省有关部门介绍，2024年全省规模以上工业增加值增长7.7%。规模以上工业企业实现营业收入4.3万亿元，"
        "同比增长5.1%；工业技术改造投资增长12.0%。",
        "分行业看，汽车行业营业收入超过2000亿元。",
        "调研组表示，全国规模以上工业增加值同比增长5.8%。工业技术改造投资增长8.0%。",
        published="2025-03-20T10:00", title="运行监测协调局赴湖南开展工业经济运行调研")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_va.hunan", 7.7), ("industrial_va", 5.8), ("fai.tech_transformation", 8.0)}
    province = {(o.label_zh, o.value) for o in release.named}
    assert {("湖南省工业企业营业收入", 4.3), ("湖南省工业企业营业收入", 5.1), ("湖南省工业技术改造投资", 12.0),
            ("湖南省汽车行业营业收入", 2000.0)} <= province
    assert all(label.startswith("湖南") for label, _ in province)         # never the nation's revenue or investment


def test_names_growths_listed_as_multiples_and_after_a_from_to_never_a_years():
    release = statement_text("前三季度，新能源汽车、工业机器人产量分别增长1.7倍和1.2倍。", published="2025-10-30T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("vehicles.nev_production", "2025-09", "yoy_pct", 170.0), ("output.industrial_robots", "2025-09", "yoy_pct", 120.0)}
    release = statement_text("全省汽车和新能源汽车产量由2020年的116.1万辆、10.5万辆增长到2024年的357万辆、168.4万辆，"
                             "分别增长2倍和15倍。", published="2025-03-20T10:00", title="安徽：汽车产业成为重要引擎")
    assert {o.measure for o in release.observations} == {"level"}       # the multiples are over 2020–2024
    assert ("分别增长2倍和15倍。", "not stored") in zip(release.skipped, release.skip_reasons)


def test_a_share_said_now_after_the_plans_years_expected_is_the_days():
    release = statement_text("截至目前，全国5G工厂超过8000家。2025年，大宗工业固废综合利用率达到57%。",
                             "会议认为，“十四五”时期新型工业化迈出坚实步伐。预计“十四五”期间制造业增加值增量达到8万亿元、"
                             "对全球制造业增长的贡献率超过30%；目前我国制造业增加值占全球比重约30%。",
                             published="2025-12-26T18:00")
    assert [(o.indicator, o.value, o.relative_to, o.evidence) for o in release.observations if o.measure == "share_pct"] == [
        ("industry_va_total.manufacturing", 30.0, "world", "statement")]


def test_a_city_named_bare_on_its_provinces_page_keeps_its_own_figures():
    release = statement_text(
        "集群发展持续壮大。以无锡为例，当地已形成物联网等多个千亿级产业集群，拥有5个国家先进制造业集群。",
        "无锡累计获评国家级绿色工厂60家，拥有国家制造业单项冠军企业40家。",
        published="2026-03-20T10:00", title="江苏：推动制造业向新向优")
    assert release.observations == []          # never Jiangsu's green factories (green_factories.jiangsu)
    assert {(o.label_zh, o.value) for o in release.named} == {
        ("无锡国家先进制造业集群", 5.0), ("无锡获评国家级绿色工厂", 60.0), ("无锡国家制造业单项冠军企业", 40.0)}


def test_a_citys_industry_said_with_its_share_of_the_whole_city_and_its_contribution():
    release = statement_text(
        "洛阳市上半年装备制造业增加值同比增长12.1%，占全市规上工业的比重为30.5%，对规上工业增长的贡献率达45.2%。",
        published="2025-08-06T10:00", title="运行监测协调局赴河南开展工业经济运行调研")
    assert release.observations == []          # no series of the city's, nor of Henan's or the nation's
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("洛阳市装备制造业增加值", "yoy_pct", 12.1),
        ("洛阳市装备制造业增加值占全市规上工业的比重", "share_pct", 30.5),        # never a city named 占全市
        ("洛阳市装备制造业增加值对规上工业增长的贡献率", "share_pct", 45.2)}     # the industry's, never the city's


def test_a_vice_ministers_words_after_a_provinces_account_are_the_nations():
    release = statement_text(
        "2月3日至5日，工业和信息化部副部长王明赴湖北调研。",
        "座谈会上，湖北省经济和信息化厅、省统计局有关负责同志介绍了全省工业运行情况。2025年，规模以上工业增加值增长7.4%。",
        "王明充分肯定湖北工业发展成绩。他指出，2025年全国规模以上工业增加值同比增长5.9%，规模以上装备制造业、"
        "高技术制造业增加值同比分别增长9.2%和9.4%。",
        published="2026-02-06T10:00", title="王明赴湖北调研制造业高质量发展工作")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("industrial_va.hubei", 7.4), ("industrial_va", 5.9), ("industrial_va.equipment", 9.2),
        ("industrial_va.high_tech", 9.4)}


def test_shares_said_after_a_count_risen_over_the_plans_years_are_of_the_level_reached():
    release = statement_text(
        "“十四五”期间，专精特新“小巨人”企业从5000余家增加到1.76万家，以占全国规模以上工业中小企业3.5%的数量，"
        "贡献了9.6%的营业收入和13.7%的利润。", published="2026-02-12T10:00")
    shares = {(o.indicator, o.period) for o in release.observations if o.indicator.endswith("_share")}
    assert shares == {("sme.little_giants_count_share", "2025-12"), ("sme.little_giants_revenue_share", "2025-12"),
                      ("sme.little_giants_profit_share", "2025-12")}       # never 2020, the start of the from-to


def test_the_whole_city_on_a_provinces_page_is_the_city_said_before():
    release = statement_text(
        "长沙持续推进先进制造业集群建设。目前，全市累计培育千亿工业企业5家，国家级专精特新“小巨人”企业达到243家。",
        "轨道交通装备等集群加快发展，目前全市拥有国家级制造业单项冠军25个。",          # no city said in its paragraph
        published="2026-02-26T10:00", title="湖南：聚力打造国家重要先进制造业高地")
    assert release.observations == []          # never Hunan's little giants (sme.little_giants.hunan)
    assert {(o.label_zh, o.value) for o in release.named} == {("长沙千亿工业企业", 5.0), ("长沙国家级专精特新小巨人企业", 243.0)}


def test_a_stock_said_after_a_from_to_of_stocks_is_at_its_later_date():
    release = statement_text("5G基站由2020年底的71.8万个增长到2025年底的483.8万个，每万人拥有5G基站34.4个。",
                             published="2026-02-12T10:00")
    assert {(o.indicator, o.period) for o in release.observations} == {
        ("telecom.bs_5g", "2020-12"), ("telecom.bs_5g", "2025-12"), ("telecom.bs_5g_per_10k", "2025-12")}   # never February


def test_shares_over_the_plans_years_to_a_date_are_no_years_and_leave_the_years_own():
    release = statement_text(
        "全年造船完工量5369万载重吨，同比增长11.4%，占世界总量的56.1%。",
        "从“十四五”时期看，截至2025年6月底，我国造船完工量占世界总量的51.7%。",
        published="2026-02-05T10:00", title="船舶工业高质量发展座谈会召开")
    assert {(o.period, o.value) for o in release.observations if o.measure == "share_pct"} == {("2025", 56.1)}
    assert ("我国造船完工量占世界总量的51.7%。", "not stored") in zip(release.skipped, release.skip_reasons)


def test_the_two_said_again_with_their_metric_are_the_names_just_read():
    release = statement_text("2020—2024年，装备制造业和高技术制造业增加值分别年均增长7.9%和8.7%；2025年，两者增加值同比分别增长"
                             "9.2%和9.4%。", published="2026-02-12T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations if o.measure == "yoy_pct"} == {
        ("industrial_va.equipment", "2025", "yoy_pct", 9.2), ("industrial_va.high_tech", "2025", "yoy_pct", 9.4)}


def test_industries_pulls_listed_after_their_growths():
    release = statement_text("2025年，分行业看，汽车制造业，电气机械和器材制造业增加值分别增长9.4%和7.9%，"
                             "分别拉动全部规模以上工业增长0.5个和0.4个百分点。", published="2026-01-20T10:00")
    assert {(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "contribution_pp"} == {
        ("industrial_va.C36", 0.5, "industrial_va"), ("industrial_va.C38", 0.4, "industrial_va")}


def test_a_provinces_divisions_counted_growing_out_of_its_whole():
    release = statement_text("2025年，规模以上工业39个大类行业中有28个行业增加值实现增长。",
                             published="2026-02-26T10:00", title="湖南：聚力打造国家重要先进制造业高地")
    assert release.observations == []          # never the nation's count (industries_growing)
    assert [(o.label_zh, o.value, o.universe, o.period) for o in release.named] == [
        ("湖南增加值增长的大类行业个数", 28.0, 39.0, "2025")]


def test_a_bare_magnitude_of_users_or_enterprises_not_catalogued_takes_the_counter_its_name_says():
    release = statement_text("目前，天通卫星用户规模超过300万，通过认定的企业数量超过5万。", published="2026-02-06T10:00")
    assert [(o.label_zh, o.value, o.unit, o.qualifier) for o in release.named] == [
        ("天通卫星用户规模", 300.0, "万户", "over"), ("通过认定的企业数量", 5.0, "万家", "over")]


def test_a_provincial_official_answering_by_name_speaks_of_his_province_said_as_wo_sheng():
    release = statement_text(
        "广东省工业和信息化厅副厅长 黎晓岚：谢谢主持人。2025年，全省规模以上工业增加值增长3.3%。",
        "南方日报记者：广东在机器人领域发展较快，能否介绍一下相关情况？",
        "黎晓岚：好的。2025年，我省工业机器人产量增长31.2%，占全国的40%。",
        published="2026-02-12T10:00", title="工业和信息化部举行“工业大省挑大梁”专题新闻发布会")
    assert [(o.indicator, o.value) for o in release.observations] == [("industrial_va.guangdong", 3.3)]
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {      # never the nation's robots
        ("广东省工业机器人产量", "yoy_pct", 31.2), ("广东省工业机器人产量", "share_pct", 40.0)}


def test_a_city_said_on_its_provinces_page_holds_for_the_sentences_after_it():
    release = statement_text(
        "2025年，洛阳规上工业增加值同比增长8.1%。主导产业增加值增长9.2%，其中装备制造业增加值增长10.3%。",
        "全省规模以上工业增加值增长6.4%。",
        published="2026-01-28T10:00", title="河南：制造业高质量发展稳步推进")
    assert [(o.indicator, o.value) for o in release.observations] == [("industrial_va.henan", 6.4)]
    assert {(o.label_zh, o.value) for o in release.named} >= {("洛阳主导产业增加值", 9.2)}
    assert all(o.label_zh.startswith("洛阳") for o in release.named)     # never Henan's equipment industry


def test_spans_looked_at_in_passing_leave_the_paragraphs_year():
    release = statement_text(
        "2025年，全省规模以上工业增加值同比增长7.6%。从年内走势看，一季度全省规上工业增加值增长8.2%，上半年增长7.7%。"
        "分行业看，全省41个工业大类行业中，有36个行业增加值实现同比增长。",
        published="2026-01-27T16:20", title="山东：工业经济稳中有进")
    assert [(o.label_zh, o.period) for o in release.named] == [("山东增加值增长的大类行业个数", "2025")]   # never 一季度's
    # a look at a span said with no figure opens it for the sentences after it
    release = statement_text(
        "2024年，有色金属行业运行稳中有进。从年内走势看，上半年行业效益改善明显。规上有色金属工业企业实现营业收入42532.2亿元。",
        published="2025-02-20T10:00")
    assert [(o.indicator, o.period) for o in release.observations] == [("miit_revenue.nonferrous", "2024-06")]


def test_a_figures_change_said_after_a_dun_hao_is_its_own_clause():
    release = statement_text("分区域看，二季度东部地区中小企业发展指数为90.1，东北地区指数为81.5、较上季度上升0.1点。",
                             published="2025-07-30T10:00")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("sme_dev_index.east", "level", 90.1), ("sme_dev_index.northeast", "level", 81.5),
        ("sme_dev_index.northeast", "mom_abs_change", 0.1)}
    assert release.unexplained == []


def test_enterprises_counted_then_their_revenue_and_its_growth_then_their_profit():
    release = statement_text("2025年，2327家规模以上农机企业实现营业收入2661.89亿元，比上年增长0.47%；利润总额133亿元，同比下降3.40%。",
                             published="2026-02-12T10:00")
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("规模以上农机企业", "count", 2327.0), ("规模以上农机企业营业收入", "level", 2661.89),
        ("规模以上农机企业营业收入", "yoy_pct", 0.47), ("规模以上农机企业利润总额", "level", 133.0),
        ("规模以上农机企业利润总额", "yoy_pct", -3.4)}


def test_a_growth_printed_before_its_word_is_a_growth_never_a_level():
    release = statement_text("2025年，软件业务收入保持13%以上的增速，人工智能产业规模保持20%以上增速。", published="2026-02-12T10:00")
    assert [(o.indicator, o.measure, o.value, o.qualifier) for o in release.observations] == [
        ("software_revenue", "yoy_pct", 13.0, "over")]
    assert [(o.label_zh, o.measure, o.value) for o in release.named] == [("人工智能产业规模", "yoy_pct", 20.0)]


def test_a_window_said_inside_a_clause_holds_to_its_semicolon():
    release = statement_text("2024年，全年工业炸药产量449.37万吨，2021—2024年年均增长0.59%；工业雷管产量6.72亿发。",
                             published="2025-08-15T10:00")
    assert {(o.label_zh, o.measure, o.period) for o in release.named} == {
        ("工业炸药产量", "level", "2024"), ("工业炸药产量", "avg_yoy_pct", "2024"), ("工业雷管产量", "level", "2024")}


def test_a_named_growths_pull_on_the_whole_and_never_a_lists_pull_together():
    release = statement_text("上半年，规上工业增加值同比增长8.4%；其中规上制造业增加值增长9.8%，拉动全省规上工业增长7.6个百分点。",
                             published="2025-08-06T10:00", title="河南：制造业高质量发展")
    assert ("河南制造业增加值", "contribution_pp", 7.6, "全省规上工业") in {
        (o.label_zh, o.measure, o.value, o.relative_to) for o in release.named}
    listed = statement_text("10月份，汽车、电力等行业增加值分别增长27.3%和12.4%，合计拉动规上工业增加值增长5.2个百分点。",
                            published="2025-11-20T10:00", title="浙江：工业经济稳进提质")
    assert "contribution_pp" not in {o.measure for o in listed.named}       # the two together, never the last one's


def test_a_named_growths_gaps_to_the_nation_and_the_province_listed():
    release = statement_text("2025年，烟台规上工业增加值增长13.5%；上半年，全市规上工业增加值增速达到13.4%，分别高于全国、全省7个、"
                             "5.7个百分点。", published="2026-01-27T16:20", title="山东：工业经济稳中有进")
    assert {(o.measure, o.value, o.relative_to) for o in release.named if o.measure == "pp_gap"} == {
        ("pp_gap", 7.0, "全国"), ("pp_gap", 5.7, "全省")}


def test_the_two_kinds_of_industry_said_again_are_the_names_just_read():
    release = statement_text("2025年，规模以上装备制造业、高技术制造业增加值同比分别增长9.2%和9.4%；两类产业占全部规模以上工业的比重"
                             "分别达到36.8%和17.1%，较2024年分别提高2.2个和0.8个百分点。", published="2026-02-12T10:00")
    assert {(o.indicator, o.measure, o.value) for o in release.observations if o.measure != "yoy_pct"} == {
        ("industrial_va.equipment", "share_pct", 36.8), ("industrial_va.high_tech", "share_pct", 17.1),
        ("industrial_va.equipment", "share_pp_change", 2.2), ("industrial_va.high_tech", "share_pp_change", 0.8)}


def test_two_loan_rates_said_bare_are_each_of_the_enterprises_just_counted():
    release = statement_text("截至2025年末，获得贷款支持的科技型中小企业达到27.5万家，获贷率为50.2%；获得贷款支持的高新技术企业"
                             "26.54万家，获贷率57.3%。", published="2026-01-30T10:00")
    assert {(o.label_zh, o.value) for o in release.named if o.unit == "%"} == {
        ("获得贷款支持的科技型中小企业获贷率", 50.2), ("获得贷款支持的高新技术企业获贷率", 57.3)}   # never one bare '获贷率' twice


def test_provinces_bare_output_is_of_the_product_said_after_the_provinces_listed():
    release = statement_text("1—5月，内蒙古、新疆、山西工业炸药产量居全国前列，其中内蒙古产量22.07万吨，同比下降6.52%；"
                             "新疆产量20.74万吨。", published="2025-08-15T10:00")
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("内蒙古工业炸药产量", "level", 22.07), ("内蒙古工业炸药产量", "yoy_pct", -6.52), ("新疆工业炸药产量", "level", 20.74)}
    # no product said before: whose output is unsaid, nothing stored
    assert statement_text("1—5月，其中内蒙古产量22.07万吨。", published="2025-08-15T10:00").named == []


def test_a_provinces_value_added_level_is_kept_as_printed_never_dropped():
    release = statement_text("2024年全省工业增加值14171亿元，比上年增长8.2%。", published="2025-03-14T17:20",
                             title="安徽：工业经济稳中向好")
    assert [(o.indicator, o.value) for o in release.observations] == [("industrial_va.anhui", 8.2)]
    assert [(o.label_zh, o.measure, o.value, o.period) for o in release.named] == [
        ("安徽工业增加值", "level", 14171.0, "2024")]        # the province's level: no series of ours keeps it


def test_a_level_risen_to_a_years_value_is_no_goal():
    release = statement_text(
        "全省新能源汽车产量由2020年的10.5万辆增长到2024年的168.4万辆。",
        published="2025-03-20T10:00", title="安徽：汽车产业成为工业增长的重要引擎")
    assert release.targets == []
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("vehicles.nev_production.anhui", "2020", 10.5), ("vehicles.nev_production.anhui", "2024", 168.4)}


def test_a_record_since_a_year_is_no_goal_and_the_figures_after_it_are_progress():
    release = statement_text(
        "一季度中小企业发展指数为89.5，达到2020年一季度以来的最高水平；完全开工的企业占比为50.4%，比上季度上升11个百分点。",
        published="2025-04-20T10:00", title="中小企业发展预期持续改善")
    assert release.targets == []           # '达到2020年…以来' reaches a record, it sets no deadline
    assert ("sme_dev_index", "2025-03", 89.5) in {(o.indicator, o.period, o.value) for o in release.observations}


def test_a_lists_new_members_said_with_its_year_and_a_yearly_rate_after_a_date():
    release = statement_text(
        "2023年度名单新培育国家层面绿色工厂1488家、绿色工业园区104家、绿色供应链管理企业205家。",
        "截至2024年9月，国家绿色数据中心达到246个；2024年度国家绿色算力设施可再生能源利用率平均值超过65%。",
        published="2025-03-20T10:00", title="绿色底色更加鲜明")
    assert {(o.indicator, o.period, o.value) for o in release.observations} >= {
        ("green_factories_new", "2023", 1488.0), ("green_parks_new", "2023", 104.0),
        ("green_supply_chain_new", "2023", 205.0), ("green_data_centers", "2024-09", 246.0)}
    assert not {"green_parks", "green_supply_chain"} & {o.indicator for o in release.observations}   # never stocks
    assert [(o.period, o.value) for o in release.named] == [("2024", 65.0)]      # the year said, never September


def test_an_index_named_without_a_figure_is_what_a_bare_index_after_it_is_and_a_date_in_passing_holds_to_its_sentence():
    release = statement_text(
        "从景气水平看，中小企业发展指数总体运行在较高水平。一季度指数为89.5，较上季度上升0.5点；二季度为89.1。"
        "分区域看，一季度，东部、中部、西部和东北地区中小企业发展指数依次为90.2、90.1、88.8和81.4。",
        published="2026-01-29T10:00")
    assert {(o.indicator, o.period, o.period_type, o.measure, o.value) for o in release.observations} == {
        ("sme_dev_index", "2025-03", "quarter", "level", 89.5),
        ("sme_dev_index", "2025-03", "quarter", "mom_abs_change", 0.5),
        ("sme_dev_index", "2025-06", "quarter", "level", 89.1),
        ("sme_dev_index.east", "2025-03", "quarter", "level", 90.2),    # a quarterly index's first quarter, as the
        ("sme_dev_index.central", "2025-03", "quarter", "level", 90.1),   # others: never a span to date
        ("sme_dev_index.west", "2025-03", "quarter", "level", 88.8),
        ("sme_dev_index.northeast", "2025-03", "quarter", "level", 81.4)}
    release = statement_text(
        "网络设施方面，截至11月末，5G基站总数达483万个。从年内进度看，5G基站数6月末为454.9万个、9月末为470.5万个。"
        "具备千兆网络服务能力的10G PON端口数达3134万个。", published="2026-01-08T10:00")
    got = {(o.indicator, o.period): o.value for o in release.observations}
    assert got[("telecom.pon_10g_ports", "2025-11")] == 3134.0       # never at the end of June


def test_what_a_work_plan_deploys_for_a_date_passed_is_a_target_never_a_level_then():
    release = statement_text(
        "按照2025年工作要点的部署，到2025年末，IPv6活跃用户数达到8.5亿，物联网IPv6连接数达到11亿。"
        "从目前进展看，活跃用户数已提前达标。", published="2026-01-08T10:00")
    assert release.observations == []             # 8.5亿 is the aim, never the users at the end of 2025
    assert [(t.metric, t.value, t.deadline_year) for t in release.targets] == [
        ("IPv6活跃用户数", 8.5, 2025), ("物联网IPv6连接数", 11.0, 2025)]


def test_a_share_kept_as_a_series_of_its_own_after_a_count_kept_in_yi():
    release = statement_text(
        "截至6月，我国IPv6活跃用户数达8.34亿，占网民总数的75.29%；移动网络、固定网络IPv6流量占比分别为66.00%和28.32%。",
        published="2026-01-08T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("telecom.ipv6_active_users", "2025-06", "level", 8.34), ("telecom.ipv6_users_share", "2025-06", "level", 75.29),
        ("telecom.ipv6_mobile_traffic_share", "2025-06", "level", 66.0),
        ("telecom.ipv6_fixed_traffic_share", "2025-06", "level", 28.32)}


def test_each_names_change_since_the_end_of_the_year_before():
    release = statement_text(
        "截至2025年底，全国累计培育专精特新“小巨人”企业1.76万家、制造业单项冠军企业1862家，“小巨人”企业和单项冠军企业数量"
        "比2024年底分别增加3000家和305家。",
        "截至2025年底，全国累计培育专精特新“小巨人”企业1.76万家、制造业单项冠军企业1862家，“小巨人”企业和单项冠军企业数量"
        "比2022年底分别增加8000家和600家。", published="2026-02-12T10:00")
    assert {(o.indicator, o.period, o.measure, o.value) for o in release.observations} == {
        ("sme.little_giants", "2025-12", "count", 1.76), ("sme.champions", "2025-12", "count", 1862.0),
        ("sme.little_giants", "2025-12", "abs_change", 3000.0), ("sme.champions", "2025-12", "abs_change", 305.0)}
    assert ("“小巨人”企业和单项冠军企业数量比2022年底分别增加8000家和600家。", "not stored") in release.not_stored()


def test_a_provinces_industries_said_as_the_whole_provinces_and_their_gaps_to_the_nations_same_series():
    release = statement_text(
        "安徽省工业和信息化厅负责同志介绍，2025年，安徽全省规模以上工业增加值同比增长9.4%，高于全国3.5个百分点。",
        "新动能支撑作用更加突出。2025年，全省高技术制造业、装备制造业增加值同比分别增长30.4%和18.1%，"
        "分别高于全国21个和8.9个百分点。", published="2026-02-05T10:00", title="安徽省介绍有关情况")
    assert {(o.indicator, o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("industrial_va.anhui", "yoy_pct", 9.4, None), ("industrial_va.anhui", "pp_gap", 3.5, "industrial_va"),
        ("industrial_va.high_tech.anhui", "yoy_pct", 30.4, None),
        ("industrial_va.equipment.anhui", "yoy_pct", 18.1, None),
        ("industrial_va.high_tech.anhui", "pp_gap", 21.0, "industrial_va.high_tech"),     # never all industry's
        ("industrial_va.equipment.anhui", "pp_gap", 8.9, "industrial_va.equipment")}


def test_a_growth_a_later_one_builds_on_is_never_stored_and_its_year_never_opens():
    """'…是在2024年增长12.3%的基础上实现的': the base's growth, of that year; the figures after it are still
    the year in force's."""
    release = statement_text("2025年，家电类零售额同比增长14.8%，是在2024年增长12.3%的基础上实现的。"
                             "全年通讯器材类零售额同比增长20.9%。", published="2026-02-10T10:00", title="扩大优质消费品供给")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("retail_sales.appliances", "2025", 14.8), ("retail_sales.telecom_equipment", "2025", 20.9)}
    assert ("是在2024年增长12.3%的基础上实现的。", "not stored") in release.not_stored()


@pytest.mark.parametrize("title, source", [("江苏：“压舱石”作用持续彰显 向新向优态势更加明显", ""),
                                           ("2025年全省工业和信息化发展情况通报", "江苏省工业和信息化厅")])
def test_a_provinces_own_page_speaks_of_the_province_unless_a_clause_says_the_nation(title, source):
    """A province's item on the ministry's site (title '江苏：…', or written by its department): its figures are
    the province's, never the nation's; a clause opening with 全国 is the nation's."""
    body = ["2025年，规模以上高技术制造业增加值同比增长11.9%，高于全国2.5个百分点。",
            "2025年，全国规模以上工业增加值同比增长5.9%。"]
    article = Article("https://www.miit.gov.cn/xwfb/gxdt/art/2026/art_00000000000000000000000000000003.html", title,
                      datetime(2026, 2, 6, 14, 10), body, [], "miit", meta={"source": source} if source else {})
    release = statement.parse(article)
    assert {(o.indicator, o.measure, o.value) for o in release.observations} >= {
        ("industrial_va.high_tech.jiangsu", "yoy_pct", 11.9), ("industrial_va", "yoy_pct", 5.9)}
    assert not any(o.indicator == "industrial_va.high_tech" for o in release.observations)
    ministry = statement_text(*body, published="2026-02-06T14:10", title="2025年工业和信息化发展情况")
    assert ("industrial_va.high_tech", "yoy_pct", 11.9) in {(o.indicator, o.measure, o.value) for o in ministry.observations}


def test_a_stock_at_the_end_of_the_first_quarter_or_half_is_at_that_months_end():
    release = statement_text("截至一季度末，5G基站总数达到439.5万个。", published="2025-05-20T10:00", title="信息通信业发展情况")
    assert figures(release) == {("telecom.bs_5g", "2025-03", "month", "level"): (439.5, "exact", "statement")}


def test_a_date_said_in_passing_or_years_back_holds_to_its_sentence_and_one_that_opens_it_to_the_paragraphs_end():
    release = statement_text(
        "金融支持持续加大。截至2025年末，科技型中小企业贷款余额3.63万亿元。普惠小微贷款保持较快增长，6月末余额达到35.6万亿元。"
        "累计培育专精特新中小企业超过14万家。", published="2026-01-29T10:00", title="中小企业发展情况")
    assert figures(release)[("sme.specialized", "2025-12", "month", "count")] == (14.0, "over", "statement")
    old = statement_text("截至2024年7月底，全国累计认定化工园区745家。国家制造业创新中心总数达到33家。",
                         published="2026-02-12T10:00", title="产业发展取得新进展")
    assert ("mfg_innovation_centers", "2024-07", "month", "count") not in figures(old)
    # '网络设施方面，截至11月末，…': a heading before the date, which still holds to the paragraph's end
    heading = statement_text("网络设施方面，截至11月末，5G基站总数达483万个。具备千兆网络服务能力的10G PON端口数达3134万个。",
                             published="2026-01-08T10:00", title="信息通信业运行情况")
    assert figures(heading)[("telecom.pon_10g_ports", "2025-11", "month", "level")] == (3134.0, "exact", "statement")
    # '是2020年底71.8万个的6.7倍': the base of a multiple is no date in force
    base = statement_text("截至2025年底，我国5G基站数达到483.8万个，是2020年底71.8万个的6.7倍；平均每万人拥有5G基站34.4个。",
                          published="2026-01-29T10:00", title="信息通信业发展情况")
    assert figures(base)[("telecom.bs_5g_per_10k", "2025-12", "month", "level")] == (34.4, "exact", "statement")


def test_the_whole_year_said_ends_a_span_carried_from_another_paragraph_and_a_yearly_rate_needs_its_own_year():
    release = statement_text(
        "2025年，中小企业发展稳中有进。", "上半年，A股新上市企业中专精特新中小企业占比超过80%。",
        "服务体系加快完善。全年组织开展服务活动1.3万场次。中小企业数字化转型城市试点扩大到100个城市，带动4.6万家中小企业完成数字化改造。",
        published="2026-02-06T10:00", title="全国中小企业工作座谈会召开")
    assert {(o.label_zh, o.period) for o in release.named if o.value == 4.6} == {("中小企业完成数字化改造", "2025")}
    carried = statement_text("2025年，规模以上工业增加值同比增长5.9%。", "创新投入稳步加大。规模以上制造业企业研发经费占营业收入比重超过1.6%。",
                             published="2026-03-06T10:00", title="新型工业化取得新进展")
    assert not any(key[0] == "rd_intensity.manufacturing" for key in figures(carried))


def test_this_ratio_of_another_year_is_the_series_just_read_and_the_latest_monitoring_no_date():
    release = statement_text("2025年，大宗工业固废综合利用率达到57%左右；2024年这一比例超过55%，比上年提高1.2个百分点。",
                             published="2026-03-24T10:00", title="工业绿色发展情况")
    assert figures(release) == {
        ("solid_waste_utilization", "2025", "year", "level"): (57.0, "about", "statement"),
        ("solid_waste_utilization", "2024", "year", "level"): (55.0, "over", "statement"),
        ("solid_waste_utilization", "2024", "year", "pp_change"): (1.2, "exact", "statement")}
    latest = statement_text("截至6月，我国IPv6活跃用户数达8.34亿。最新监测显示，IPv6活跃用户数已突破8.65亿。",
                            published="2026-01-08T10:00", title="IPv6规模部署情况")
    assert {o.value for o in latest.observations} == {8.34}
    assert ("最新监测显示，IPv6活跃用户数已突破8.65亿。", "not stored") in latest.not_stored()
    # the latest data said with their span are that span's (real figures: consumer goods, January to October 2025)
    spanned = statement_text("最新数据显示，1—10月，规模以上消费品工业增加值同比增长3.9%。", published="2025-11-24T10:00",
                             title="消费品工业司召开经济运行分析会")
    assert {(o.indicator, o.period, o.value) for o in spanned.observations} == {("miit_va.consumer_goods", "2025-10", 3.9)}


def test_a_yearly_average_after_a_plans_whole_years_is_over_them_to_the_year_in_force():
    over = statement_text("“十四五”时期，十种有色金属产量年均增长5.0%，规模以上工业增加值年均增长5.8%。",
                          published="2026-01-20T10:00", title="原材料工业发展成效")
    assert {(o.indicator, o.period, o.base_period, o.value) for o in over.observations} == {
        ("output.ten_nonferrous", "2025", "2020", 5.0), ("industrial_va", "2025", "2020", 5.8)}
    # to the year in force when it is before the plan's end; '以来' is no whole window (not stored)
    to_2024 = statement_text("2024年，自主品牌工业机器人销量17.7万台，“十四五”期间年均增长33.1%。",
                             published="2026-03-20T10:00", title="机器人产业发展情况")
    assert {(o.period, o.base_period, o.value) for o in to_2024.observations if o.measure == "avg_yoy_pct"} == {
        ("2024", "2020", 33.1)}
    since = statement_text("“十四五”以来，规模以上工业增加值年均增长5.8%。", published="2026-01-20T10:00", title="工业发展成效")
    assert since.observations == []


def test_a_paragraphs_period_said_at_its_end_dates_it_and_a_city_is_never_its_province():
    release = statement_text(
        "增值税发票数据显示，全省工业开票销售金额42216.3亿元，同比增长8.8%；“光芯屏端”开票销售金额5792.4亿元，"
        "光通信及激光产业在其中占56.1%，以上均为2025年数据。",
        "2025年，全省高技术制造业增加值增长15.5%。宜昌市高技术制造业增加值增长15.9%，人工智能产业规模保持20%以上的增速。",
        published="2026-02-12T10:00", title="湖北：工业大省“挑大梁”取得新进展")
    assert {(o.label_zh, o.period, o.measure, o.value) for o in release.named} == {
        ("湖北工业开票销售金额", "2025", "level", 42216.3), ("湖北工业开票销售金额", "2025", "yoy_pct", 8.8),
        ("湖北光芯屏端开票销售金额", "2025", "level", 5792.4),
        ("湖北光通信及激光产业占光芯屏端开票销售金额的比重", "2025", "share_pct", 56.1),
        ("宜昌市高技术制造业增加值", "2025", "yoy_pct", 15.9), ("宜昌市人工智能产业规模", "2025", "yoy_pct", 20.0)}
    # the province's high-tech growth, never the city's said after it
    assert figures(release) == {("industrial_va.high_tech.hubei", "2025", "year", "yoy_pct"): (15.5, "exact", "statement")}


def test_a_total_after_new_ones_and_a_count_after_a_preposition():
    release = statement_text("2025年，全省新增创新型中小企业3023家，总量达到13314家；万兆光网试点在86个城市开展部署。",
                             published="2026-02-12T10:00", title="湖北：优质企业梯度培育成效明显")
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("湖北新增创新型中小企业", "2025", 3023.0), ("湖北创新型中小企业总量", "2025-12", 13314.0)}


def test_a_plan_compared_with_is_no_window_and_one_said_before_the_figures_holds_past_the_semicolon():
    release = statement_text(
        "2025年，造船完工量5369万载重吨，占世界总量的56.1%。",
        "截至2025年6月底，“十四五”时期我国承接的全球新船订单占比达到64.2%，较“十三五”时期高出15.1个百分点；"
        "造船完工量占世界总量的51.7%，较“十三五”末提高8.6个百分点。",
        published="2026-02-02T10:00", title="我国造船业三大指标连续16年保持全球领先")
    assert figures(release)[("shipbuilding.completions", "2025", "year", "share_pct")] == (56.1, "exact", "statement")
    assert not any(o.value == 51.7 for o in release.observations + release.named)


def test_shares_of_a_wholes_metrics_go_on_after_a_comma_and_a_bare_metric_after_them_is_the_holders():
    release = statement_text(
        "2025年，专精特新“小巨人”企业以占规模以上工业中小企业3.5%的数量，贡献了9.6%的营业收入和13.7%的利润，"
        "研发投入强度达到7%。", published="2026-01-23T10:00", title="中小企业发展质效稳步提升")
    assert figures(release) == {
        ("sme.little_giants_count_share", "2025", "year", "level"): (3.5, "exact", "statement"),
        ("sme.little_giants_revenue_share", "2025", "year", "level"): (9.6, "exact", "statement"),
        ("sme.little_giants_profit_share", "2025", "year", "level"): (13.7, "exact", "statement"),
        ("rd_intensity.little_giants", "2025", "year", "level"): (7.0, "exact", "statement")}


def test_a_provinces_share_then_its_change_in_points_is_the_shares_never_its_growths():
    release = statement_text("上半年，全省工业增加值同比增长7.9%，占地区生产总值比重为27.8%，同比提升0.5个百分点。",
                             published="2026-01-19T16:00", title="贵州：工业经济稳中向优")
    found = figures(release)
    assert found[("industrial_va.guizhou", "2025-06", "ytd", "share_pp_change")] == (0.5, "exact", "statement")
    assert not any(measure == "growth_pp_change" for _, _, _, measure in found)


def test_a_share_of_a_whole_said_before_it_is_kept_as_printed_never_as_the_series_share():
    release = statement_text("截至2025年底，专精特新中小企业超过14万家。上半年A股新上市企业中，专精特新中小企业占比超过80%。",
                             published="2026-01-23T10:00", title="中小企业发展质效稳步提升")
    assert figures(release) == {("sme.specialized", "2025-12", "month", "count"): (14.0, "over", "statement")}
    assert [(o.label_zh, o.period, o.period_type, o.value) for o in release.named] == [
        ("专精特新中小企业占A股新上市企业的比重", "2025-06", "ytd", 80.0)]


def test_a_span_said_paragraphs_before_is_not_in_force_after_a_later_date():
    release = statement_text(
        "前11个月，规模以上工业高新技术企业利润总额同比增长5.3%。",
        "截至2025年底，累计培育专精特新“小巨人”企业1.76万家。",
        "“小巨人”企业以占规模以上工业中小企业3.5%的数量，贡献了9.6%的营业收入。",
        published="2026-01-23T10:00", title="2025年我国中小企业发展质效稳步提升")
    found = figures(release)
    assert found[("sme.little_giants_count_share", "2025", "year", "level")] == (3.5, "exact", "statement")
    assert not any(period == "2025-11" and code.startswith("sme.") for code, period, _, _ in found)


def test_a_rate_in_a_paragraph_without_a_period_on_a_page_of_several_years_is_not_dated_by_the_last():
    release = statement_text(
        "2025年，规模以上电子信息制造业增加值同比增长10.6%。",
        "2024年，我国软件业务收入137276亿元，同比增长10.0%。",
        "国际竞争力稳步提升。我国5G标准必要专利声明量全球占比达42%。",
        published="2026-02-12T10:00", title="有关司局负责人介绍我国数字产业发展情况")
    found = figures(release)
    assert found[("software_revenue", "2024", "year", "level")] == (137276.0, "exact", "statement")
    assert not any(code == "telecom.sep_5g_share" for code, _, _, _ in found)


def test_a_comparison_after_a_listing_comma_is_its_own_clause_and_one_after_a_named_figure_is_never_the_series_before():
    release = statement_text(
        "1至11月，全省规模以上工业增加值增长7.1%、高于全国1.1个百分点；规模以上高技术制造业增长17.2%、高于全国8个百分点，"
        "高端装备制造业增长28%、高于全国20.1个百分点。", published="2026-01-19T16:00", title="贵州：工业经济稳中向优")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("industrial_va.guizhou", "2025-11", "ytd", "yoy_pct"): 7.1,
        ("industrial_va.guizhou", "2025-11", "ytd", "pp_gap"): 1.1,
        ("industrial_va.high_tech.guizhou", "2025-11", "ytd", "yoy_pct"): 17.2,
        ("industrial_va.high_tech.guizhou", "2025-11", "ytd", "pp_gap"): 8.0}
    # the gap after the figure kept as printed is that figure's, against the nation's (never the series before it)
    assert {(o.label_zh, o.measure, o.value, o.relative_to) for o in release.named} == {
        ("贵州高端装备制造业", "yoy_pct", 28.0, None), ("贵州高端装备制造业", "pp_gap", 20.1, "全国")}


def test_a_multiple_of_a_year_before_keeps_the_subject_for_the_yearly_average_said_with_its_qualifier():
    release = statement_text("2024年，我国软件业务收入137276亿元，同比增长10.0%，规模是2020年的1.7倍，2021—2024年年均增速超过13%。",
                             published="2026-02-12T10:00", title="有关司局负责人介绍我国数字产业发展情况")
    average = next(o for o in release.observations if o.measure == "avg_yoy_pct")
    assert (average.indicator, average.period, average.value, average.qualifier, average.base_period) == (
        "software_revenue", "2024", 13.0, "over", "2020")
    grown = next(o for o in release.observations if o.measure == "cum_pct")     # 规模是2020年的1.7倍: +70 % since 2020
    assert (grown.indicator, grown.period, grown.value, grown.base_period) == ("software_revenue", "2024", 70.0, "2020")


def test_counts_acted_on_are_never_the_series_and_a_list_the_title_names_dates_its_members():
    release = statement_text(
        "答：2025年度新培育绿色工厂2038家、绿色工业园区128家。按照动态管理要求，将此前发布的132家绿色工厂、3家绿色工业园区"
        "移出名单，对92家绿色工厂、12家绿色工业园区变更名称。截至目前，国家层面累计培育绿色工厂8336家。",
        "答：江苏、贵州入选绿色工厂分别为334家和17家。",
        published="2026-03-18T10:00", title="节能与综合利用司有关负责人就绿色工厂、绿色工业园区（2025年度）名单答记者问")
    assert {k: v[0] for k, v in figures(release).items()} == {
        ("green_factories_new", "2025", "year", "count"): 2038.0, ("green_parks_new", "2025", "year", "count"): 128.0,
        ("green_factories", "2026-03", "month", "count"): 8336.0,
        ("green_factories_new.jiangsu", "2025", "year", "count"): 334.0,
        ("green_factories_new.guizhou", "2025", "year", "count"): 17.0}


def test_a_share_held_at_a_years_end_then_its_change_on_the_year_before_is_in_points_on_a_year_earlier():
    release = statement_text("2024年，国家层面绿色工厂产值占制造业总产值比重约为20%，比上年提高2个百分点。",
                             published="2026-03-18T10:00", title="绿色制造体系建设取得积极成效")
    assert figures(release)[("green_factories.output_share", "2024-12", "month", "pp_change")] == (2.0, "exact", "statement")


def test_shares_changes_said_of_the_names_with_the_shares_word_against_the_year_before_by_its_number():
    release = statement_text(
        "2025年，以载重吨计，我国造船完工量、新接订单量、手持订单量分别占世界总量的56.1%、69.0%和66.8%。与2024年相比，造船完工量"
        "和手持订单量的国际市场份额分别提高0.4个和3.7个百分点，新接订单量份额回落5.1个百分点。",
        published="2026-02-01T10:00", title="我国造船业三大指标国际市场份额连续16年位居全球第一")
    assert {(o.indicator, o.value) for o in release.observations if o.measure == "share_pp_change"} == {
        ("shipbuilding.completions", 0.4), ("shipbuilding.order_book", 3.7), ("shipbuilding.new_orders", -5.1)}


def test_a_speed_in_a_name_is_no_figure():
    # (a unit Mbps would read 1000 as the figure: bandwidths in Mbps are left unread rather)
    release = statement_text("截至2025年底，1000Mbps及以上接入速率的固定宽带用户达2.38亿户，占总用户数的34.5%。",
                             published="2026-01-30T10:00", title="工业和信息化部举行信息通信业发展情况新闻发布会")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("telecom.broadband_gigabit", "level", 2.38), ("telecom.broadband_gigabit", "share_pct", 34.5)}


def test_that_year_opening_a_sentence_is_the_year_just_said():
    release = statement_text(
        "回顾上年，2024年全国造船完工量4818万载重吨，新接订单量11305万载重吨；截至2024年12月底，手持订单量20872万载重吨。"
        "当年三大指标以载重吨计分别占世界总量的55.7%、74.1%和63.1%。",
        published="2026-02-01T10:00", title="我国造船业三大指标国际市场份额连续16年位居全球第一")
    assert {(o.indicator, o.period, o.value) for o in release.observations if o.measure == "share_pct"} == {
        ("shipbuilding.completions", "2024", 55.7), ("shipbuilding.new_orders", "2024", 74.1),
        ("shipbuilding.order_book", "2024-12", 63.1)}


def test_a_flow_said_at_a_years_end_is_the_years_and_its_growth_since_the_plans_base_year_is_cumulative():
    release = statement_text("初步核算，到2025年末，我国数字产业收入约38.3万亿元，实现利润3.1万亿元，相比“十三五”末的2020年分别"
                             "累计增长约39.5%、48.4%。", published="2026-01-21T10:00", title="国新办举行新闻发布会")
    assert {(o.indicator, o.period, o.measure, o.base_period, o.value) for o in release.observations} == {
        ("digital_industry_revenue", "2025", "level", None, 38.3), ("digital_industry_profit", "2025", "level", None, 3.1),
        ("digital_industry_revenue", "2025", "cum_pct", "2020", 39.5),
        ("digital_industry_profit", "2025", "cum_pct", "2020", 48.4)}


def test_a_shares_change_against_a_months_end_and_a_growth_expected_with_jiang_before_its_bound():
    release = statement_text("截至2025年底，固定宽带接入用户达6.91亿户，其中千兆及以上接入速率用户2.38亿户，占比34.5%，比9月末提高"
                             "0.6个百分点。业内预计，2025年我国智能算力规模增长将超过40%。",
                             published="2026-01-30T10:00", title="介绍我国数字经济发展情况")
    got = {(o.indicator, o.measure, o.base_period, o.evidence): (o.value, o.qualifier) for o in release.observations}
    assert got[("telecom.broadband_gigabit", "share_pp_change_prev", "2025-09", "statement")] == (0.6, "exact")
    assert got[("compute_intelligent", "yoy_pct", None, "forecast")] == (40.0, "over")


def test_a_flow_risen_over_a_plans_whole_years_is_of_the_year_before_them_and_their_last():
    release = statement_text("2025年，全省数字产业总收入突破8万亿元；“十四五”期间，全省软件业务收入由1.36万亿元跃升至超2.5万亿元，"
                             "我国软件业务收入由8.16万亿元增长至超14万亿元。",
                             published="2026-01-22T10:00", title="广东：2025年工业经济顶压前行")
    assert {(o.indicator, o.period, o.value, o.qualifier) for o in release.observations} == {
        ("software_revenue.guangdong", "2020", 1.36, "exact"), ("software_revenue.guangdong", "2025", 2.5, "over"),
        ("software_revenue", "2020", 8.16, "exact"), ("software_revenue", "2025", 14.0, "over")}
    # since the plan began ('以来'), the start is no year's
    release = statement_text("“十四五”以来，我国软件业务收入由8.16万亿元增长至超14万亿元。", published="2026-01-22T10:00")
    assert release.observations == []


def test_a_stocks_share_said_after_the_plans_years_is_at_their_end_like_the_stock():
    release = statement_text("“十四五”以来，我国5G基站由2020年底的71.8万个增至2025年底的483.8万个，5G基站占移动电话基站总数的比重"
                             "达37.6%。", published="2026-01-30T10:00", title="介绍我国数字经济发展情况")
    assert {(o.measure, o.period, o.value) for o in release.observations} == {
        ("level", "2020-12", 71.8), ("level", "2025-12", 483.8), ("share_pct", "2025-12", 37.6)}


def test_an_index_named_as_what_the_figures_are_viewed_from():
    # 2025 SME development index, in our own words: '从…看' names what the bare figures after it are of
    release = statement_text(
        "从中国中小企业协会发布的中小企业发展指数（SMEDI）看，一季度为89.5，较2024年四季度上升0.5点；二季度为89.1，"
        "较上季度下降0.4点。", published="2026-01-23T10:00:00", title="中小企业发展稳中向好")
    assert {key: value for key, (value, _, _) in figures(release).items()} == {
        ("sme_dev_index", "2025-03", "quarter", "level"): 89.5,
        ("sme_dev_index", "2025-03", "quarter", "mom_abs_change"): 0.5,
        ("sme_dev_index", "2025-06", "quarter", "level"): 89.1,
        ("sme_dev_index", "2025-06", "quarter", "mom_abs_change"): -0.4}


def test_a_bare_value_of_a_span_is_the_share_said_since_the_last_figure():
    # December 2025 work conference, in our own words: the share was said with no figure, its value after the span
    release = statement_text("1—11月，规模以上工业增加值同比增长6.0%，制造业增加值占GDP比重保持基本稳定，上半年为25.7%。")
    assert figures(release) == {
        ("industrial_va", "2025-11", "ytd", "yoy_pct"): (6.0, "exact", "statement"),
        ("industry_va_total.manufacturing", "2025-06", "ytd", "share_pct"): (25.7, "exact", "statement")}
    assert [o.quote for o in release.observations][1] == "上半年为25.7%。"


def test_levels_moved_over_a_window_and_to_last_year():
    release = statement_text(
        "2020年至2024年，我国全部工业增加值由31.3万亿元增至40.5万亿元。",
        "新能源汽车产量从2020年的140万辆左右跃升到2024年的1300万辆左右。", published="2025-09-09T17:20")
    assert figures(release) == {
        ("industry_va_total", "2020", "year", "level"): (31.3, "exact", "statement"),
        ("industry_va_total", "2024", "year", "level"): (40.5, "exact", "statement"),
        ("vehicles.nev_production", "2020", "year", "level"): (140.0, "about", "statement"),
        ("vehicles.nev_production", "2024", "year", "level"): (1300.0, "about", "statement")}


def test_the_whole_year_said_after_a_span_holds_for_the_rest_of_the_paragraph():
    # 2024 green manufacturing, in our own words: 全年 said after 1—9月, the next sentence's flow is the year's
    release = statement_text(
        "全年新培育国家绿色数据中心50家。1—9月新接绿色船舶订单的全球市场份额达75.9%，全年占比超过70%。"
        "开展绿色建材下乡活动，拉动绿色建材消费约2000亿元。", published="2025-01-24T09:30", title="工业发展的生态底色越来越鲜亮")
    spent = [o for o in release.named if o.value == 2000.0]
    assert [(o.period, o.period_type) for o in spent] == [("2024", "year")]


def test_months_listed_before_one_name_after_a_trend_said_of_another():
    # 2025 SME exports, in our own words: the trend's name is none of the figures; one per month listed
    release = statement_text("2025年，中小企业出口势头保持强劲，6月份和12月份中小企业出口指数分别为52.1%和52.4%。",
                             published="2026-01-23T10:00", title="主要经济指标稳步增长")
    assert {(o.indicator, o.period, o.period_type): o.value for o in release.observations} == {
        ("sme_export_index", "2025-06", "month"): 52.1, ("sme_export_index", "2025-12", "month"): 52.4}


def test_a_month_said_after_an_emphasis_dates_its_figure():
    # the January 2026 auto press conference, in our own words: '特别是10月份' is the month, never a base
    release = statement_text("全年新能源汽车新车销量占汽车新车总销量的47.9%，较2024年提高了7个百分点。特别是10月份，"
                             "新能源汽车当月新车销量占比达到51.6%。", published="2026-01-23T15:00", title="2025年汽车产业运行情况")
    assert [(o.period, o.measure, o.value, o.quote) for o in release.observations] == [
        ("2025", "share_pct", 47.9, "全年新能源汽车新车销量占汽车新车总销量的47.9%"),
        ("2025", "share_pp_change", 7.0, "较2024年提高了7个百分点。"),
        ("2025-10", "share_pct", 51.6, "新能源汽车当月新车销量占比达到51.6%。")]


def test_a_provinces_span_said_after_its_name_is_of_its_sentence_only():
    # a 2025 review of the industrial provinces, in our own words
    release = statement_text("2025年，全国规模以上工业增加值同比增长5.9%。",
                             "浙江1—11月规上工业增加值增长7.0%。广东规上工业增加值增长3.0%。",
                             published="2026-03-06T09:30", title="工业大省挑大梁")
    assert {(o.label_zh, o.period, o.period_type): o.value for o in release.observations if o.dimension == "region"} == {
        ("浙江规上工业增加值", "2025-11", "ytd"): 7.0, ("广东规上工业增加值", "2025", "year"): 3.0}


def test_a_span_up_to_which_progress_is_said_is_the_latest_one_ended():
    # September 2025, in our own words: '截至上半年' after a sentence on 2024 is 2025's first half
    release = statement_text("2024年，重点工业企业数字化研发设计工具普及率达到84.1%。截至上半年，规模以上轻工业企业"
                             "数字化研发设计工具普及率已达86.2%。", published="2025-09-19T16:30", title="赋能成效持续释放")
    assert {(o.label_zh, o.period) for o in release.observations + release.named} == {
        ("重点工业企业数字化研发设计工具普及率", "2024"), ("轻工业企业数字化研发设计工具普及率", "2025-06")}


def test_goals_listed_after_a_colon_are_of_the_window_the_plan_named_before():
    # February 2026, in our own words: the plans' title carries the window, the goals follow '主要目标：'
    release = statement_text(
        "去年8月至9月，工业和信息化部会同有关部门相继印发钢铁、有色金属行业稳增长工作方案（2025—2026年），分行业明确了"
        "主要目标：钢铁行业增加值年均增长4%左右；有色金属行业增加值年均增长5%左右，再生金属产量突破2000万吨。",
        published="2026-02-10T10:20", title="原材料工业司召开重点行业稳增长工作推进会")
    assert [(t.metric, t.value, t.comparator, t.start_year, t.deadline_year, t.annual_avg) for t in release.targets] == [
        ("钢铁行业增加值增长", 4.0, "approx", 2025, 2026, True), ("有色金属行业增加值增长", 5.0, "approx", 2025, 2026, True),
        ("再生金属产量", 2000.0, ">=", 2025, 2026, False)]
    assert release.observations == [] and release.named == []


def test_provinces_listed_against_the_nation_and_a_provinces_count_of_growing_industries():
    # a 2025 review of the industrial provinces, in our own words
    release = statement_text(
        "2025年，河南、山东规模以上工业增加值分别增长8.4%和7.6%，分别高于全国2.5个和1.7个百分点。"
        "江苏规上工业增加值增长6.5%，40个工业大类中有30个行业实现增长。", published="2026-03-06T09:30", title="工业大省挑大梁")
    gaps = {(o.indicator, o.relative_to): o.value for o in release.observations if o.measure == "pp_gap"}
    assert gaps == {("industrial_va.henan", "industrial_va"): 2.5, ("industrial_va.shandong", "industrial_va"): 1.7}
    assert [(o.label_zh, o.dimension, o.period, o.value, o.universe) for o in release.named] == [
        ("江苏增加值增长的大类行业个数", "region", "2025", 30.0, 40.0)]
    # a year carried from another paragraph: a count of growing industries is over it, never at the day the page appeared
    carried = statement_text("2025年，全国规模以上工业增加值同比增长5.9%。", "二、工业大省增长动能较为强劲",
                             "江苏规上工业增加值增长6.5%，40个工业大类中有30个行业实现增长。",
                             published="2026-03-06T09:30", title="工业大省挑大梁")
    assert [(o.period, o.value) for o in carried.named] == [("2025", 30.0)]
    assert release.unexplained == []


def test_a_rate_per_hundred_people_and_a_bandwidth_with_their_changes_since_the_years_end():
    # the 2025 telecom review, in our own words: '1000Mbps' inside a name is never a figure
    release = statement_text(
        "截至2025年底，1000Mbps及以上接入速率的固定宽带用户达2.38亿户。家庭宽带户均签约带宽达553.4Mbps，较上年末提高41.6Mbps。",
        "截至2025年底，移动电话用户总数达18.27亿户，普及率为每百人130部，较上年末提高2.9部。",
        published="2026-01-30T10:00", title="全年交出亮眼成绩单")
    got = {(o.indicator, o.label_zh, o.measure): (o.value, o.unit) for o in release.observations + release.named}
    assert got[("telecom.broadband_gigabit", "1000Mbps及以上接入速率的固定宽带用户", "level")] == (2.38, "亿户")
    assert got[("named", "家庭宽带户均签约带宽", "level")] == (553.4, "Mbps")
    assert got[("named", "家庭宽带户均签约带宽", "abs_change")] == (41.6, "Mbps")
    assert got[("telecom.mobile_penetration", "移动电话用户普及率", "level")] == (130.0, "部/百人")
    assert got[("telecom.mobile_penetration", "移动电话用户普及率", "abs_change")] == (2.9, "部/百人")


def test_examples_of_a_kind_said_with_its_trend_are_the_kind_what_follows_is_of():
    release = statement_text("2025年，语音、短信、流量等传统业务收入小幅回落，同比下降0.5%。",
                             published="2026-01-30T10:00", title="全年交出亮眼成绩单")
    assert [(o.label_zh, o.period, o.measure, o.value) for o in release.named] == [("传统业务收入", "2025", "yoy_pct", -0.5)]
    assert register.kind_after_etc(fold("语音、短信、流量等传统业务收入小幅回落")) == "传统业务收入"


def test_a_plans_goal_named_after_a_figure_kept_as_printed():
    # the 2025 telecom review, in our own words: the goal is the plan's, over its window, of the share just read
    release = statement_text("2025年，通信业研发经费占电信业务收入比重提升至4.6%，超过“十四五”规划确定的4.5%的发展目标。",
                             published="2026-01-30T10:00", title="全年交出亮眼成绩单")
    assert [(t.metric, t.value, t.start_year, t.deadline_year) for t in release.targets] == [
        ("通信业研发经费占电信业务收入的比重", 4.5, 2021, 2025)]
    assert [(o.value, o.period) for o in release.named] == [(4.6, "2025")]


def test_changes_in_units_listed_after_a_basis_are_never_levels():
    # 2025 shipbuilding, in our own words: '分别增加551万载重吨…' once conflicted with the year's level and dropped it
    release = statement_text(
        "2025年，全国造船完工量5369万载重吨，同比增长11.4%；截至12月底，手持订单量27442万载重吨，同比增长31.5%。"
        "与2024年的4818万载重吨和20872万载重吨相比，造船完工量和手持订单量分别增加551万载重吨和6570万载重吨。",
        published="2026-02-06T10:00", title="装备工业发展形势座谈会")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("shipbuilding.completions", "2025", "level"): 5369.0, ("shipbuilding.completions", "2025", "yoy_pct"): 11.4,
        ("shipbuilding.order_book", "2025-12", "level"): 27442.0, ("shipbuilding.order_book", "2025-12", "yoy_pct"): 31.5}


def test_a_span_a_cited_source_opens_holds_for_the_paragraph():
    # '据行业协会统计，1—11月，…': the span of the year in force, in force for the sentences after it
    release = statement_text("今年以来，电子信息制造业坚持稳中求进。",
                             "据行业协会统计，1—11月，动力和其他电池累计产量1468.8GWh，同比增长51.1%。从技术路线看，"
                             "磷酸铁锂电池累计装车量545.5GWh，占总装车量的81.2%。", published="2025-12-19T17:20")
    found = figures(release)
    assert found[("battery_installs.lfp", "2025-11", "ytd", "level")] == (545.5, "exact", "statement")
    assert not [key for key in found if key[1] == "2025"]         # never the year still running


def test_last_year_said_after_a_date_of_this_year_is_its_sentence_s():
    release = statement_text("截至今年7月，全国规模以上工业企业数量较2020年底增加13.8万家。去年，有64家制造业企业进入世界500强。"
                             "有效期内的高新技术企业达到50.4万家。", published="2025-09-09T17:30")
    assert figures(release)[("hightech_enterprises", "2025-07", "month", "count")] == (50.4, "exact", "statement")
    assert {(o.label_zh, o.period) for o in release.named} == {("进入世界500强的制造业企业", "2024")}


def test_a_new_speaker_s_answer_is_never_dated_by_a_span_an_earlier_answer_said():
    release = statement_text(
        "工业和信息化部副部长 张云明： 谢谢您的提问。今年以来，中小企业运行总体平稳。上半年，规模以上工业中小企业增加值同比增长8.0%。",
        "工业和信息化部部长 李乐成： 谢谢您的介绍。我们一直把发挥基金的作用作为重要抓手。",
        "张云明： 谢谢。资本市场的支持力度也在加大，累计已有超过2000家专精特新企业在A股上市。",
        published="2025-09-09T17:30", title="国新办举行新闻发布会")
    assert {(o.label_zh, o.period, o.period_type) for o in release.named} == {
        ("专精特新企业在A股上市", "2025-09", "month")}
    assert figures(release)[("industrial_va.sme", "2025-06", "ytd", "yoy_pct")] == (8.0, "exact", "statement")


def test_a_goal_said_of_this_number_is_of_the_goal_before_it():
    release = statement_text("按照部署，到2027年，将制定出台100个左右重点产品碳足迹核算规则标准；到2030年，这一数量将达到200个左右。")
    assert [(t.metric, t.value, t.deadline_year) for t in release.targets] == [
        ("重点产品碳足迹核算规则标准", 100.0, 2027), ("重点产品碳足迹核算规则标准", 200.0, 2030)]
    alone = statement_text("到2030年，这一数量将达到200个左右。")
    assert alone.targets == [] and "unattributed" in alone.skip_reasons


def test_a_rate_that_further_reaches_a_level_is_the_rate_said_before():
    release = statement_text("大宗工业固废综合利用率逐年提升，2024年超过55%，比上年提高1.2个百分点，2025年进一步达到57%。",
                             published="2026-02-10T10:00")
    assert figures(release)[("solid_waste_utilization", "2025", "year", "level")] == (57.0, "exact", "statement")
    assert not release.named


def test_a_goal_due_by_this_year_s_end_is_this_year_s():
    release = statement_text("力争今年底前培育5个以上国家级制造业中试平台。", published="2025-10-16T09:45")
    assert restated(release) == [("国家级制造业中试平台", ">=", 5.0, "个", None, 2025, False)]


def test_an_index_with_its_quarter_said_after_its_name():
    # '…发展指数（SMEDI）一季度为89.5，…；二季度为89.1，…' (2025, in our own words)
    release = statement_text("2025年，中小企业发展保持平稳向好态势。",
                             "中国中小企业协会发布的中小企业发展指数（SMEDI）一季度为89.5，较上季度上升0.5点；二季度为89.1，较上季度回落0.4点。",
                             published="2026-01-27T09:00")
    found = figures(release)
    assert found[("sme_dev_index", "2025-03", "quarter", "level")] == (89.5, "exact", "statement")
    assert found[("sme_dev_index", "2025-06", "quarter", "level")] == (89.1, "exact", "statement")
    assert found[("sme_dev_index", "2025-06", "quarter", "mom_abs_change")] == (-0.4, "exact", "statement")


def test_a_growth_of_another_span_said_as_a_rate_of_the_series_just_read():
    release = statement_text("2025年，中小企业发展保持平稳向好态势。",
                             "全年规模以上工业中小企业增加值同比增长6.9%，上半年这一增速为8.0%。"
                             "全年规模以上工业专精特新“小巨人”企业增加值同比增长9%（上半年为8.6%）。", published="2026-01-27T09:00")
    found = figures(release)
    assert found[("industrial_va.sme", "2025-06", "ytd", "yoy_pct")] == (8.0, "exact", "statement")
    assert found[("industrial_va.little_giants", "2025-06", "ytd", "yoy_pct")] == (8.6, "exact", "statement")


def test_a_shorter_span_said_in_passing_holds_only_for_its_own_sentences():
    # the April 2025 conference, in our own words: 前两个月 said in passing; the next paragraph is of 一季度 again
    release = statement_text("一是经济运行平稳向好。一季度，规模以上工业增加值同比增长6.5%。前两个月，软件和信息技术服务业实现收入近1.9万亿元。",
                             "二是结构调整稳中有进。高技术制造业增加值同比增长9.7%。", published="2025-04-18T17:30",
                             title="国新办举行2025年一季度工业和信息化发展情况新闻发布会")
    found = figures(release)
    assert found[("industrial_va.high_tech", "2025-03", "ytd", "yoy_pct")] == (9.7, "exact", "statement")
    assert found[("software_revenue", "2025-02", "ytd", "level")] == (1.9, "about", "statement")


def test_a_span_said_as_the_base_of_a_result_is_no_period_of_what_follows():
    release = statement_text("上半年，规模以上工业增加值同比增长6.4%，在一季度良好开局的基础上展现出较强韧性，其中一季度增长6.5%，"
                             "二季度增长6.3%；制造业增加值占国内生产总值比重为25.7%。", published="2025-07-18T17:30")
    found = figures(release)
    assert found[("industry_va_total.manufacturing", "2025-06", "ytd", "share_pct")] == (25.7, "exact", "statement")
    assert found[("industrial_va", "2025-03", "ytd", "yoy_pct")] == (6.5, "exact", "statement")


def test_shares_of_each_metric_with_the_whole_said_by_viewed_from():
    # 2025 review (in our own words): the whole said as '从…看', the count's share said as 户数占比
    release = statement_text("2025年，中小企业发展保持平稳向好态势。",
                             "从规模以上工业中小企业看，“小巨人”企业以3.5%的户数占比，贡献了9.6%的营业收入和13.7%的利润。",
                             published="2026-01-27T09:00")
    assert {code: value for (code, period, _, measure), (value, *_) in figures(release).items()} == {
        "sme.little_giants_count_share": 3.5, "sme.little_giants_revenue_share": 9.6, "sme.little_giants_profit_share": 13.7}


@pytest.mark.parametrize("text, key, value", [
    ("7月份中国钢材价格指数（CSPI）环比上升2.69点。", ("steel.cspi", "2025-07", "month", "mom_abs_change"), 2.69),
    ("1—7月，CSPI平均值为93.58点，同比下降13.28点。", ("steel.cspi", "2025-07", "ytd", "yoy_abs_change"), -13.28),
])
def test_an_index_s_change_in_points_named_with_it_or_on_a_year_before(text, key, value):
    assert figures(statement_text(text, published="2025-10-24T10:00"))[key] == (value, "exact", "statement")


def test_a_list_s_batch_with_its_change_on_the_year_before():
    release = statement_text("2025年，全年认定第七批专精特新“小巨人”企业3482家，比上年多470家。", published="2025-11-22T10:00")
    found = figures(release)
    assert found[("sme.little_giants_new", "2025", "year", "count")] == (3482.0, "exact", "statement")
    assert found[("sme.little_giants_new", "2025", "year", "yoy_abs_change")] == (470.0, "exact", "statement")


def test_an_industry_s_size_said_with_no_date_is_as_the_ministry_states_it():
    release = statement_text("融合应用走深向实。具有一定影响力的工业互联网平台超过340家，工业互联网核心产业规模超过1.5万亿元。",
                             published="2025-11-22T10:00", title="“万物互联 智能领航”大会在武汉开幕")
    assert figures(release)[("iip_core_industry", "2025-11", "month", "level")] == (1.5, "over", "statement")
    # a year in force dates it as that year's
    release = statement_text("2024年，工业互联网核心产业规模超过1.5万亿元。", published="2025-11-22T10:00")
    assert ("iip_core_industry", "2024", "year", "level") in figures(release)


def test_a_trend_since_last_year_said_inside_a_clause_opens_no_year():
    # the April 2025 conference, in our own words: '延续了去年以来…的态势' is no 2024 in force
    release = statement_text("陶青： 谢谢您的提问。一季度，装备工业延续了去年以来持续回升向好的态势。",
                             "第二，重点行业投资稳步增长。同时，工业领域设备工器具购置投资同比增长16.3%。",
                             published="2025-04-18T10:00", title="国新办举行2025年一季度工业和信息化发展情况新闻发布会")
    assert {(o.label_zh, o.period, o.period_type, o.value) for o in release.named} == {
        ("工业领域设备工器具购置投资", "2025-03", "ytd", 16.3)}


def test_a_year_said_as_the_high_base_opens_no_year():
    release = statement_text("会议指出，在2024年计算机、通信和其他电子设备制造业增加值增长11.8%的较高基数上继续领跑工业各行业。"
                             "1—7月，规模以上电子信息制造业增加值同比增长10.9%。", published="2025-09-16T10:30")
    assert figures(release)[("electronics_va", "2025-07", "ytd", "yoy_pct")] == (10.9, "exact", "statement")


def test_a_plan_s_items_said_after_it_are_goals_to_the_sentence_s_end_due_the_year_striven_for():
    release = statement_text("2024年，汽车产业稳中向好。",
                             "《汽车行业稳增长工作方案（2025—2026年）》提出，2025年力争实现全年汽车销量3230万辆左右，同比增长约3%；"
                             "汽车制造业增加值同比增长6%左右。", published="2025-11-20T10:00")
    assert figures(release) == {}
    assert [(t.metric, t.value, t.deadline_year) for t in release.targets] == [
        ("汽车销量", 3230.0, 2025), ("汽车销量增长", 3.0, 2025), ("汽车制造业增加值同比增长", 6.0, 2025)]


def test_a_plan_s_items_after_it_is_said_to_state_them_are_goals_past_the_semicolon():
    release = statement_text("今年1月，工业和信息化部会同有关部门印发了《原材料工业数字化转型工作方案（2024—2026年）》，明确到2026年"
                             "打造120个以上数字化转型典型场景；在支撑能力方面，培育100家优秀系统解决方案提供商。",
                             published="2024-12-17T10:00")
    assert release.named == [] and release.observations == []
    assert [(t.metric, t.value, t.deadline_year) for t in release.targets] == [
        ("数字化转型典型场景", 120.0, 2026), ("优秀系统解决方案提供商", 100.0, 2026)]


def test_a_count_of_its_own_name_after_a_forecast_is_never_forecast():
    release = statement_text("今年1月至11月，我国新材料产业总产值同比增长10%以上，预计全年将超过8万亿元，连续14年保持两位数增长，"
                             "新材料规上企业数量超过2万家。", published="2024-12-17T10:00")
    assert not [o for o in release.observations + release.named if o.evidence == "forecast" and o.value == 2.0]


def test_figures_over_a_span_of_days_are_never_dated_by_its_first_month():
    release = statement_text("据市场监管总局监测，去年3月7日至11月7日，我国消费品新增1516.6万种，同比增长15.7%，"
                             "新能源汽车新车销量达到800万辆。其中，8类家电产品共新增10.2万种，同比增长79%。",
                             published="2025-01-21T10:00")
    assert release.observations == [] and release.named == []


def test_last_year_s_end_said_in_december_is_last_year_s():
    # '截至去年底' on 12 December 2025 is the end of 2024, never of the month the page appeared in
    release = statement_text("截至去年底，我国新能源汽车保有量已达3140万辆。", published="2025-12-12T10:00")
    assert figures(release) == {("vehicles.nev_stock", "2024-12", "month", "level"): (3140.0, "exact", "statement")}


def test_now_said_in_the_clause_dates_a_count_never_the_span_before():
    release = statement_text("二是工业固废利用规模持续扩大，2024年前三季度工业固废综合利用量约17亿吨。"
                             "三是数据中心绿色化水平明显提升，目前246个国家绿色数据中心使用的电力一半以上是绿电。",
                             published="2025-12-12T10:00")
    # (what is counted is the data centres, never what is said of them: the catalogued series)
    assert {(o.indicator, o.label_zh, o.period, o.value) for o in release.observations + release.named
            if o.value == 246} == {("green_data_centers", "国家绿色数据中心", "2025-12", 246.0)}


def test_a_later_date_said_ends_a_span_another_paragraph_said():
    release = statement_text("2025年，汽车产业稳中向好。", "1—7月，具备组合驾驶辅助系统的乘用车新车销量达到776万辆。",
                             "配套环境持续优化。截至2025年11月底，全国累计建成充电设施1932.2万个。大功率充电设施加快布局，"
                             "全国公共场站平均充电功率较上年提升30%。", published="2026-01-14T10:00")
    assert {(o.label_zh, o.period, o.period_type) for o in release.named if o.measure == "yoy_pct"} == {
        ("公共场站平均充电功率", "2025", "year")}


def test_a_goal_due_within_a_printed_year_is_never_this_year_s():
    from xinzhi.releases import targets
    for text, due in (("2026年内建成5个以上国家级制造业中试平台", 2026), ("年内建成5个以上国家级制造业中试平台", 2025)):
        release = Release("https://www.miit.gov.cn/xwfb/szyw/art/2025/art_x.html", "MIIT", "statement", "t",
                          datetime(2025, 10, 16, 9, 45), "2025", "year")
        targets.read_restated(release, text)
        assert [t.deadline_year for t in release.targets] == [due]


def test_a_figure_said_again_as_a_bound_it_lies_within_keeps_the_exact_one():
    # real figures: new ship orders in 2024 (11305万载重吨), then again, rounded, later in the page
    release = statement_text("全年看，新承接船舶订单量11305万载重吨，比上年增长58.8%。", "下半年需求继续释放，全年新接订单量超过1.1亿载重吨。",
                             published="2025-01-16T10:00")
    assert figures(release)[("shipbuilding.new_orders", "2024", "year", "level")] == (11305.0, "exact", "statement")
    assert ("全年新接订单量超过1.1亿载重吨。", "restated") in release.not_stored()
    # a bound the exact figure lies outside of is a page printing one figure two ways: neither is stored
    clash = statement_text("全年看，新承接船舶订单量11305万载重吨。", "全年新接订单量超过1.2亿载重吨。", published="2025-01-16T10:00")
    assert ("shipbuilding.new_orders", "2024", "year", "level") not in figures(clash)


def test_this_share_said_of_another_year_is_the_share_just_read():
    # real figures: the world share of green-fuelled ship orders, 2024 and 2021
    release = statement_text("2024年，我国新接绿色动力船舶订单的国际市场份额达到78.5%，2021年这一比重仅为31.5%。",
                             published="2025-01-16T10:00")
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("新接绿色动力船舶订单的国际市场份额", "2024", 78.5), ("新接绿色动力船舶订单的国际市场份额", "2021", 31.5)}
    # said with nothing read before it, the reference names nothing: never a figure named '这一比重仅'
    alone = statement_text("2021年这一比重仅为31.5%。", published="2025-01-16T10:00")
    assert alone.named == [] and alone.observations == []


def test_a_count_said_with_already_after_a_span_s_sentence_is_how_many_there_are_by_now():
    # real figures: the SME digital transformation pilot cities (November 2025)
    release = statement_text("1—8月，规模以上工业中小企业增加值同比增长7.6%。数字化转型梯次推进，已遴选101个中小企业数字化转型试点"
                             "城市。", published="2025-11-12T10:00")
    assert {(o.label_zh, o.period, o.period_type) for o in release.named if o.value == 101} == {
        ("中小企业数字化转型试点城市", "2025-11", "month")}
    # without 已, a count of the span's sentence stays the span's (selected over January to August)
    span = statement_text("1—8月，新遴选30个中小企业数字化转型试点城市。", published="2025-11-12T10:00")
    assert {(o.period, o.period_type) for o in span.named if o.value == 30} <= {("2025-08", "ytd")}


def test_members_that_left_or_were_renamed_are_no_count_and_totals_after_new_ones_are_totals():
    # real figures: the green manufacturing lists of 2024 and 2025
    release = statement_text("2025年度新培育绿色工厂2038家、绿色工业园区128家；另有92家绿色工厂、12家绿色工业园区变更名称。"
                             "作为对比，2024年度新培育国家层面绿色工厂1382家、绿色工业园区123家，截至2024年底国家层面累计培育绿色工厂"
                             "6430家、绿色工业园区491家。", published="2026-03-18T10:00")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("green_factories_new", "2025", 2038.0), ("green_parks_new", "2025", 128.0),
        ("green_factories_new", "2024", 1382.0), ("green_parks_new", "2024", 123.0),
        ("green_factories", "2024-12", 6430.0), ("green_parks", "2024-12", 491.0)}
    assert ("12家绿色工业园区变更名称。", "not stored") in release.not_stored()


def test_a_stock_s_change_on_the_same_date_a_year_before_and_its_share_of_all_industry():
    # real figures: machinery enterprises at the end of June 2025 (a press conference)
    release = statement_text("截至6月末，机械工业规模以上企业达到13.6万家，比上年同期增加0.6万家，占全国工业的26.2%。",
                             published="2025-07-18T10:00")
    assert {(o.measure, o.period, o.value) for o in release.observations
            if o.indicator == "miit_enterprises.machinery"} == {
        ("count", "2025-06", 13.6), ("yoy_abs_change", "2025-06", 0.6), ("share_pct", "2025-06", 26.2)}
    # since the end of the year before, a stock's change is another measure (abs_change)
    since = statement_text("截至6月末，机械工业规模以上企业达到13.6万家，比上年末增加0.5万家。", published="2025-07-18T10:00")
    assert ("abs_change", 0.5) in {(o.measure, o.value) for o in since.observations}


def test_a_growth_after_a_share_of_a_named_figure_is_the_figure_s_never_the_share_s():
    # real figures: power batteries, January to November 2025
    release = statement_text("前11个月，动力电池累计销量1044.3GWh，占总销量的73.9%，同比增长50.3%。", published="2025-12-16T10:00")
    assert {(o.label_zh, o.measure, o.value) for o in release.named} == {
        ("动力电池累计销量", "level", 1044.3), ("动力电池累计销量占总销量的比重", "share_pct", 73.9),
        ("动力电池累计销量", "yoy_pct", 50.3)}


def test_a_goal_s_items_after_its_semicolon_stay_goals_until_progress_is_said_again():
    # real figures: the 5G upgrade plan's goals for 2027 and progress at the end of 2025
    release = statement_text("目前，全国建成5G行业虚拟专网6.4万个。",
                             "到2027年底，大中型工业企业5G应用渗透率达到45%；全国建成7万个5G行业虚拟专网，并带动5000个边缘计算节点"
                             "建设；5G工厂已超过8000家。", published="2025-12-29T10:00")
    assert {(o.indicator, o.value) for o in release.observations} == {
        ("g5_virtual_networks", 6.4), ("g5_factories", 8000.0)}
    assert {t.value for t in release.targets} >= {45.0, 7.0, 5000.0}


def test_a_value_of_years_before_said_in_a_forecast_is_no_forecast():
    # real figures: the industrial internet's core industry, 2023 and 2025 (estimated in January 2026)
    release = statement_text("据测算，2025年我国工业互联网核心产业规模预计超过1.6万亿元，较2023年的1.35万亿元进一步增长。",
                             published="2026-01-23T10:00")
    assert {(o.period, o.value, o.evidence) for o in release.observations + release.named} == {
        ("2025", 1.6, "forecast"), ("2023", 1.35, "statement")}


def test_now_said_in_the_sentence_dates_a_count_after_a_span_of_another_sentence():
    # real figures: SME digital transformation pilot cities (October 2025)
    release = statement_text("1—8月，“小巨人”企业研发费用占营业收入比重为5.4%。截至目前，已遴选101个中小企业数字化转型试点城市。",
                             published="2025-10-28T10:00")
    assert {(o.label_zh, o.period, o.period_type) for o in release.named if o.value == 101} == {
        ("中小企业数字化转型试点城市", "2025-10", "month")}


def test_a_bare_industry_after_another_s_profit_growth_is_never_its_value_added():
    # real figures: profits by sector, January to September 2025
    release = statement_text("1—9月，全国规模以上工业企业实现利润总额53732.0亿元，同比增长3.2%。分门类看，制造业利润增长9.9%，"
                             "电力、热力、燃气及水生产和供应业增长10.3%。", published="2025-10-28T10:00")
    got = {(o.indicator, o.value) for o in release.observations}
    assert ("industrial_profit.manufacturing", 9.9) in got
    # the utilities' profit, never their value added
    assert ("industrial_profit.utilities", 10.3) in got and ("industrial_va.utilities", 10.3) not in got
    # the span's own month said as 当月 is that sentence's; the span holds after it (real figures, September 2025)
    month = statement_text("1—9月，全国规模以上工业企业实现利润总额53732.0亿元，同比增长3.2%。9月当月，规上工业企业利润同比增长"
                           "21.6%。分门类看，制造业利润增长9.9%。", published="2025-10-28T10:00")
    assert {(o.period, o.period_type, o.value) for o in month.observations if o.measure == "yoy_pct"} == {
        ("2025-09", "ytd", 3.2), ("2025-09", "month", 21.6), ("2025-09", "ytd", 9.9)}


def test_an_earlier_date_said_mid_paragraph_holds_for_its_sentence_only():
    # real figures: the work conference of December 2025
    release = statement_text("截至11月末，5G基站总数达到483万个。截至9月末，千兆宽带接入用户达2.35亿户。5G已融入97个国民经济大类中的"
                             "91个。", published="2025-12-26T10:00")
    assert {(o.indicator, o.period) for o in release.observations} >= {
        ("telecom.bs_5g", "2025-11"), ("g5_apps.categories", "2025-11")}
    assert [o.period for o in release.observations if o.value == 2.35] == ["2025-09"]


def test_a_change_in_points_after_a_named_rate_read_last_is_never_the_catalogued_subject_s():
    # real figures: the seventh batch of little giants and the review pass rate (2025)
    release = statement_text("今年新认定第七批“小巨人”企业3482家，比去年多470家；3916家企业通过复核，复核通过率为87.04%，"
                             "比去年提高4.14个百分点。", published="2025-10-16T10:00")
    assert not [o for o in release.observations if o.value == 4.14]
    assert ("sme.little_giants_new", 3482.0) in {(o.indicator, o.value) for o in release.observations}


def test_a_change_in_points_after_an_industry_s_rate_not_read_is_never_a_change_of_its_value_added():
    # real figures: capacity utilization in the second quarter of 2025 (the later industries' rates not catalogued)
    release = statement_text("产能利用率总体平稳。二季度，黑色金属冶炼和压延加工业产能利用率为80.8%，比一季度提高1.5个百分点；有色金属"
                             "冶炼和压延加工业为77.7%，提高0.2个百分点；化学原料和化学制品制造业为71.9%，比一季度回落1.6个百分点。",
                             published="2025-10-28T10:00")
    # the later industries said alone are of the rate just read (never their value added), each change its own
    assert {(o.indicator, o.measure, o.value) for o in release.observations if o.indicator != "capacity_utilization.ferrous"} == {
        ("capacity_utilization.nonferrous", "level", 77.7), ("capacity_utilization.nonferrous", "pp_change_prev", 0.2),
        ("capacity_utilization.chemicals", "level", 71.9), ("capacity_utilization.chemicals", "pp_change_prev", -1.6)}


def test_this_rate_said_of_another_span_is_the_catalogued_rate_just_read():
    # real figures: the little giants' R&D intensity, January to August and the first half of 2025
    release = statement_text("前8个月，规模以上工业专精特新“小巨人”企业研发费用占营业收入的比重为5.4%；上半年这一比重为5.3%。",
                             published="2025-10-16T10:00")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("rd_intensity.little_giants", "2025-08", 5.4), ("rd_intensity.little_giants", "2025-06", 5.3)}


def test_a_year_said_with_a_reference_is_that_series_in_passing_and_the_day_after_it_is_no_year_of_it():
    # real figures: the 2025 review given on 21 January 2026
    release = statement_text(
        "制造业增加值占国内生产总值比重总体稳定，2024年这一比重为24.9%；目前，我国制造业增加值占全球的比重接近30%。"
        "信息通信业较快发展，电信业务总量同比增长9.1%。", published="2026-01-21T15:40", title="介绍2025年工业和信息化发展成效")
    periods = {(o.indicator, o.measure): o.period for o in release.observations}
    assert periods[("telecom.volume", "yoy_pct")] == "2025"       # the year reviewed, never 2024
    assert not any(o.period == "2024" and o.indicator != "manufacturing_va_share_gdp" for o in release.observations)


def test_changes_against_a_span_said_alone_before_them_of_the_bare_metrics_of_the_industry_just_read():
    # real figures: electronics manufacturing, January to October 2025
    release = statement_text(
        "1—10月，规模以上电子信息制造业实现营业收入14万亿元，同比增长8.3%；实现利润总额5700亿元，同比增长12.8%。"
        "与1—5月相比，营业收入增速回落1.1个百分点，利润总额增速提高0.9个百分点。",
        published="2025-12-05T10:00", title="电子信息制造业生产保持较快增长")
    assert {(o.indicator, o.base_period): o.value for o in release.observations if o.measure == "growth_pp_change"} == {
        ("electronics_revenue", "2025-05"): -1.1, ("electronics_profit", "2025-05"): 0.9}


@pytest.mark.parametrize("paragraph, changed", [
    ("从产能利用率看，一、二季度黑色金属冶炼和压延加工业产能利用率依次为79.3%、80.8%，其中一季度比上年同期提高2.0个百分点。",
     ("capacity_utilization.ferrous", "2025-03", 2.0)),      # the first period's, never the last read
    ("一、二季度，制造业产能利用率分别为74.1%和74.0%，其中二季度比上年同期下降0.9个百分点。",
     ("capacity_utilization.manufacturing", "2025-06", -0.9)),
])
def test_a_change_said_of_one_period_of_a_list_is_that_periods_figures(paragraph, changed):
    release = statement_text(paragraph, published="2025-10-31T10:00", title="原材料工业司负责人答记者问")
    assert [(o.indicator, o.period, o.value) for o in release.observations if o.measure == "pp_change"] == [changed]


def test_a_rate_said_as_moved_to_in_a_later_month_is_its_level_then():
    release = statement_text("钢铁行业销售利润率6月份为2.82%，9月份回落至1.71%。", published="2025-10-31T10:00",
                             title="原材料工业司负责人答记者问")
    assert {(o.indicator, o.period, o.measure): o.value for o in release.observations} == {
        ("miit_margin.steel", "2025-06", "level"): 2.82, ("miit_margin.steel", "2025-09", "level"): 1.71}


def test_a_value_at_the_year_end_said_between_the_base_and_the_change_since_then():
    # real figures: industrial-internet identifiers, December 2025
    release = statement_text("截至目前，标识注册总量超过6900亿个，较2024年底的6000亿个增加近900亿个。",
                             published="2025-12-30T16:20", title="信息技术发展司负责人介绍有关工作进展")
    assert {(o.period, o.measure): (o.value, o.qualifier) for o in release.observations
            if o.indicator == "iip_identifiers"} == {
        ("2025-12", "count"): (6900.0, "over"), ("2024-12", "count"): (6000.0, "exact"),
        ("2025-12", "abs_change"): (900.0, "about")}


def test_a_growths_value_then_said_between_the_span_and_its_change_in_points():
    # real figures: mobile internet traffic, 2025 (the value then was once read as no base at all, failing the page)
    release = statement_text("1—11月，移动互联网累计流量达3232亿GB，同比增长16.8%，增速比上半年的16.4%提高0.4个百分点。",
                             published="2025-12-24T10:00", title="前11个月通信业运行平稳")
    assert {(o.period, o.measure): o.value for o in release.observations if o.indicator == "telecom.mobile_traffic"} == {
        ("2025-11", "level"): 3232.0, ("2025-11", "yoy_pct"): 16.8, ("2025-06", "yoy_pct"): 16.4,
        ("2025-11", "growth_pp_change"): 0.4}


def test_a_change_since_a_base_years_value_of_a_stock_kept_as_printed_is_never_the_series_read_before_it():
    # real figures: industrial robots, 2024 (the robots in service are kept as printed: their change after the value
    # then was once read as the sales' change since 2020, conflicting with the sales' own and losing both)
    release = statement_text(
        "2024年，我国工业机器人销量达到30.2万台，比2020年累计增长68.7%，占全球总销量的54%；在役工业机器人保有量突破200万台，"
        "较2020年的96万台增长1.1倍，继续位居全球首位。", published="2026-01-27T09:30", title="我国工业机器人应用市场规模持续扩大")
    assert {(o.indicator, o.measure): o.value for o in release.observations if o.indicator == "robots.sales"} == {
        ("robots.sales", "level"): 30.2, ("robots.sales", "cum_pct"): 68.7, ("robots.sales", "share_pct"): 54.0}
    assert not release.conflicts


def test_a_brands_market_share_after_its_sales_and_the_exports_a_milestone_named_said_bare():
    # real figures: the automobile industry in 2025
    release = statement_text(
        "2025年，中国品牌乘用车销售2093.6万辆，市场占有率接近70%，较上年提升4.3个百分点。",
        "2025年汽车出口再上新台阶，全年出口709.8万辆，同比增长21.1%。",
        "截至2025年12月底，公共场站单枪平均充电功率为46.5千瓦，同比提升33%。",
        published="2026-01-22T10:00", title="2025年汽车产业运行情况新闻发布会")
    assert figures(release) == {
        ("vehicles.chinese_brand_sales", "2025", "year", "level"): (2093.6, "exact", "statement"),
        ("vehicles.chinese_brand_share", "2025", "year", "level"): (70.0, "about", "statement"),
        ("vehicles.chinese_brand_share", "2025", "year", "pp_change"): (4.3, "exact", "statement"),
        ("vehicles.exports", "2025", "year", "level"): (709.8, "exact", "statement"),
        ("vehicles.exports", "2025", "year", "yoy_pct"): (21.1, "exact", "statement")}
    # a growth said bare after a level kept as printed is of the level's date (提升 a verb of growth)
    assert {(o.label_zh, o.period, o.measure, o.value) for o in release.named} == {
        ("公共场站单枪平均充电功率", "2025-12", "level", 46.5), ("公共场站单枪平均充电功率", "2025-12", "yoy_pct", 33.0)}


def test_the_shares_of_a_whole_after_a_count_are_at_the_counts_date_whatever_span_an_earlier_paragraph_said():
    # real figures: SMEs in 2025 (a span said a paragraph before once left the shares with no sure period)
    release = statement_text(
        "今年以来，前11个月规模以上工业增加值同比增长6%。",
        "专精特新“小巨人”企业由5000余家增加到1.76万家，以占全国规模以上工业中小企业3.5%的数量，贡献了9.6%的营业收入和13.7%的利润。",
        published="2025-12-16T10:00", title="坚定不移推进新型工业化")
    assert {(o.indicator, o.period): o.value for o in release.observations if o.indicator.startswith("sme.")} == {
        ("sme.little_giants", "2025-12"): 1.76, ("sme.little_giants_count_share", "2025-12"): 3.5,
        ("sme.little_giants_revenue_share", "2025-12"): 9.6, ("sme.little_giants_profit_share", "2025-12"): 13.7}


def test_these_two_indicators_of_a_population_the_series_are_also_kept_of_are_the_series_just_read():
    # real figures: digital transformation rates (重点工业企业, 2023; 工业企业, March 2025)
    text = "截至2025年3月底，工业企业数字化研发设计工具普及率、关键工序数控化率分别为83.5%和66.2%；2023年，{}这两项指标分别为80.1%和62.9%。"
    release = statement_text(text.format("重点工业企业"), published="2025-12-16T10:00", title="推进新型工业化")
    assert {(o.indicator, o.period): o.value for o in release.observations} == {
        ("digital_rd_tools_rate", "2025-03"): 83.5, ("nc_rate", "2025-03"): 66.2,
        ("digital_rd_tools_rate", "2023"): 80.1, ("nc_rate", "2023"): 62.9}
    other = statement_text(text.format("中小企业"), published="2025-12-16T10:00", title="推进新型工业化")
    assert {o.period for o in other.observations} == {"2025-03"}     # a population no series is kept of: not read


def test_a_world_share_said_about_capacities_listed_and_a_yearly_average_after_a_from_to():
    # real figures: raw materials, 2024-2025
    release = statement_text(
        "2025年全国粗钢产量9.61亿吨，比上年下降4.4%，在全球粗钢总产量中约占52%。",
        "截至2024年底，我国炼油、乙烯、对二甲苯产能依次达到9.3亿吨/年、5455万吨/年和4397万吨/年。",
        "再生有色金属产量从“十三五”末的1450万吨增加到2024年的1915万吨，年均增长7.2%。",
        published="2026-02-10T11:30", title="原材料工业“十四五”发展成就新闻发布会")
    steel = {o.measure: (o.value, o.qualifier, o.relative_to) for o in release.observations if o.indicator == "output.crude_steel"}
    assert steel["share_pct"] == (52.0, "about", "world")
    assert {(o.label_zh, o.period, o.value, o.unit) for o in release.named} == {
        ("炼油产能", "2024-12", 9.3, "亿吨"), ("乙烯产能", "2024-12", 5455.0, "万吨"), ("对二甲苯产能", "2024-12", 4397.0, "万吨")}
    recycled = {(o.period, o.measure): (o.value, o.base_period) for o in release.observations
                if o.indicator == "recycled_nonferrous_output"}
    # (1450 to 1915 over four years is 7.2% a year: from the first year of the from-to)
    assert recycled[("2024", "avg_yoy_pct")] == (7.2, "2020")


def test_a_growth_plans_targets_restated_after_the_document_or_by_a_window_not_over():
    # real targets: the 2025-2026 growth plans of steel, petrochemicals and non-ferrous metals
    release = statement_text(
        "去年9月，我们会同有关部门印发《钢铁行业稳增长工作方案（2025—2026年）》，提出2025—2026年钢铁行业增加值年均增长4%左右。",
        "按照新一轮重点行业稳增长工作方案，2025—2026年，石化化工行业增加值年均增长5%以上；有色金属行业增加值年均增长5%左右。",
        "按照钢铁行业稳增长工作方案，2024年钢铁行业已完成超低排放改造项目500个。",
        published="2026-02-10T11:30", title="原材料工业“十四五”发展成就新闻发布会")
    assert {(t.subject, t.value, t.deadline_year) for t in release.targets} == {
        ("钢铁行业", 4.0, 2026), ("石化化工行业", 5.0, 2026), ("有色金属行业", 5.0, 2026)}
    assert not any(o.measure == "avg_yoy_pct" for o in release.observations)
    # progress under a plan is progress (the year said is over): never a target
    assert not any(t.value == 500 for t in release.targets)


def test_a_directive_for_the_year_ahead_pushes_a_plans_goals():
    # real targets: the 2025-2026 growth plans, restated at the December 2025 work conference
    release = statement_text(
        "会议强调，2026年是“十五五”开局之年，要着力稳增长、强创新。要全力巩固工业经济稳中向好态势，深入实施新一轮十大重点行业"
        "稳增长工作方案，推动钢铁行业增加值年均增长4%左右、有色金属行业增加值年均增长5%左右。",
        published="2025-12-26T19:10", title="全国工业和信息化工作会议在京召开")
    assert {(t.subject, t.value, t.deadline_year, t.annual_avg) for t in release.targets} == {
        ("钢铁行业", 4.0, 2026, True), ("有色金属行业", 5.0, 2026, True)}
    assert not release.observations and not release.named
    # the same words in a review of a year over: progress, never a goal
    review = statement_text("2025年，要全力巩固工业经济稳中向好态势，深入实施稳增长工作方案，推动钢铁行业增加值年均增长4%左右。",
                            published="2026-02-10T10:00", title="原材料工业运行情况")
    assert not review.targets


def test_that_years_own_change_said_with_an_adverb_is_the_subjects_never_a_name():
    # real figures: industrial energy intensity (once stored as a figure named '当年即')
    release = statement_text("规模以上工业单位增加值能耗在“十三五”时期下降约16%的基础上持续降低，2021年当年即下降5.6%。",
                             published="2025-08-22T16:15", title="工业绿色发展再上新台阶")
    assert ("energy_intensity", "2021", "yoy_pct", -5.6) in {(o.indicator, o.period, o.measure, o.value) for o in release.observations}
    assert release.named == []


def test_a_line_passed_with_no_figure_after_it_is_each_series_over_the_line():
    # real figures: new-energy vehicles to September 2025, commercial-vehicle exports in 2025
    release = statement_text("前三季度，新能源汽车产销量均超过1100万辆，同比增长均超过30%。", published="2025-10-24T10:30",
                             title="运行监测协调局负责人答记者问")
    # each name's growth over its line too, as its level is (never a figure of no name: '增速均超过30%' alone)
    assert figures(release) == {
        ("vehicles.nev_production", "2025-09", "ytd", "level"): (1100.0, "over", "statement"),
        ("vehicles.nev_sales", "2025-09", "ytd", "level"): (1100.0, "over", "statement"),
        ("vehicles.nev_production", "2025-09", "ytd", "yoy_pct"): (30.0, "over", "statement"),
        ("vehicles.nev_sales", "2025-09", "ytd", "yoy_pct"): (30.0, "over", "statement")}
    alone = statement_text("前三季度，同比增长均超过30%。", published="2025-10-24T10:30", title="运行监测协调局负责人答记者问")
    assert not alone.observations
    exports = statement_text("2025年，商用车出口首次突破100万辆。", published="2026-01-22T10:00", title="汽车产业运行情况")
    assert figures(exports) == {("vehicles.commercial_exports", "2025", "year", "level"): (100.0, "over", "statement")}
    # the figures printed after the line are the names' own, the line no figure of theirs
    listed = statement_text("2025年乘用车产销首次双双突破3000万辆，分别完成3027万辆和3010.3万辆。", published="2026-01-15T10:00",
                            title="汽车工业运行情况")
    assert {o.value for o in listed.observations} == {3027.0, 3010.3}


def test_the_full_year_a_forecast_names_in_autumn_is_the_year_running_whatever_year_was_said_before():
    # real figures: new materials in 2024, non-ferrous metals expected for 2025 (once dated 2024)
    release = statement_text("新材料产业加快壮大。2024年我国新材料产业总产值超过8万亿元。",
                             "会议认为，随着稳增长政策持续显效，预计全年十种有色金属产量将首次突破8000万吨。",
                             published="2025-10-28T17:05", title="三季度行业运行形势分析会在京召开")
    assert figures(release) == {("output.ten_nonferrous", "2025", "year", "level"): (8000.0, "over", "forecast")}


def test_a_brands_share_of_its_home_market_said_after_its_sales():
    # real figures: domestic-brand industrial robots, 2024
    release = statement_text("2024年，自主品牌工业机器人销量17.7万台；在国内市场的占有率达到58.5%，首次过半。",
                             published="2026-01-27T09:30", title="我国工业机器人应用市场规模连续12年保持全球第一")
    assert figures(release) == {
        ("robots.domestic_brand_sales", "2024", "year", "level"): (17.7, "exact", "statement"),
        ("robots.domestic_brand_share", "2024", "year", "level"): (58.5, "exact", "statement")}


def test_a_flows_change_on_the_year_before_said_by_its_number():
    # real figures: new-energy vehicles registered in 2025
    release = statement_text("全年新注册登记新能源汽车1293万辆，比2024年增加168万辆，增长14.93%。", published="2026-01-28T10:00",
                             title="我国新能源汽车产销量连续11年位居全球第一")
    assert {(o.period, o.measure): o.value for o in release.observations if o.indicator == "vehicles.nev_registrations"} == {
        ("2025", "level"): 1293.0, ("2025", "yoy_abs_change"): 168.0, ("2025", "yoy_pct"): 14.93}
    earlier = statement_text("全年新注册登记新能源汽车1293万辆，比2023年增加500万辆。", published="2026-01-28T10:00",
                             title="我国新能源汽车产销量连续11年位居全球第一")
    assert not any(o.measure == "yoy_abs_change" for o in earlier.observations)     # against an earlier year: not read


def test_a_bare_margin_after_an_industrys_profit_is_that_industrys_and_a_year_end_share_changes_on_the_year_before():
    # real figures: shipbuilding, 2024
    release = statement_text(
        "截至2024年12月底，手持订单量20872万载重吨，占世界总量的63.1%，较2023年提高8.1个百分点。2024年1—11月，船舶工业实现利润"
        "总额471.8亿元，营业收入利润率为7.52%。", published="2025-10-13T10:00", title="三大指标国际市场份额持续领跑")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("miit_margin.shipbuilding", "2024-11", "level")] == 7.52
    assert got[("shipbuilding.order_book", "2024-12", "share_pp_change")] == 8.1


def test_a_change_over_a_plan_over_is_its_cumulative_change_and_one_not_over_is_an_aim():
    # real figures: energy and water use per unit of industrial value added
    release = statement_text(
        "规模以上工业单位增加值能耗在“十三五”时期下降约16%的基础上持续降低，2021年进一步下降5.6%；万元工业增加值用水量“十三五”"
        "时期下降近40%，2021年下降7.1%。", published="2025-09-16T10:00", title="工业节能降碳成效明显")
    assert {(o.indicator, o.period, o.measure, o.base_period): o.value for o in release.observations} == {
        ("energy_intensity", "2020", "cum_pct", "2015"): -16.0, ("energy_intensity", "2021", "yoy_pct", None): -5.6,
        ("water_intensity", "2020", "cum_pct", "2015"): -40.0, ("water_intensity", "2021", "yoy_pct", None): -7.1}
    aim = statement_text("“十四五”期间，规模以上工业单位增加值能耗累计下降13.5%。", published="2025-09-16T10:00",
                         title="工业节能降碳成效明显")
    assert not aim.observations       # a plan not over when the page appeared


def test_targets_an_action_plan_sets_restated_are_targets_never_progress():
    release = statement_text(
        "行动方案提出，2025—2026年，计算机、通信和其他电子设备制造业增加值平均增速达到7%左右；计入锂电池、光伏及元器件制造等相关"
        "领域后，电子信息制造业年均营收增速达到5%以上。", published="2025-10-20T10:00", title="电子信息制造业运行分析会召开")
    assert not release.observations and not release.named
    assert {(t.value, t.deadline_year, t.annual_avg) for t in release.targets} == {(7.0, 2026, True), (5.0, 2026, True)}


def test_an_estimate_of_what_a_date_will_take_is_no_target():
    release = statement_text("据行业测算，到2060年实现“双碳”目标，钢铁行业需投入资金约20万亿元。", published="2025-11-06T10:00",
                             title="前三季度重点行业运行形势分析会")
    assert not release.targets and not release.observations


def test_what_is_expected_by_a_deadline_is_a_forecast_never_a_target():
    release = statement_text(
        "确保2025—2026年规模以上计算机、通信和其他电子设备制造业增加值平均增速在7%左右。预计到2026年，服务器产业规模超过4000亿元。",
        published="2026-01-30T10:00", title="工业和信息化部召开重点企业座谈会")
    assert {(t.value, t.deadline_year) for t in release.targets} == {(7.0, 2026)}      # the aim
    assert [(o.value, o.evidence, o.period) for o in release.named] == [(4000.0, "forecast", "2026")]


def test_an_indexs_average_over_a_span_said_with_its_name_or_alone_after_it():
    # real figures: the steel price index (CSPI), 2025
    release = statement_text(
        "前三季度，中国钢材价格指数（CSPI）平均为93.67点，同比下降9.64%。其中，7月份CSPI平均值为92.79点，环比上升2.69点；"
        "1—7月平均值为93.58点，同比下降13.28点。钢铁行业销售利润率6月份升至2.82%，9月份又回落至1.71%。",
        published="2025-10-31T10:00", title="原材料工业司负责人答记者问")
    assert {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations} == {
        ("steel.cspi", "2025-09", "ytd", "level"): 93.67, ("steel.cspi", "2025-09", "ytd", "yoy_pct"): -9.64,
        ("steel.cspi", "2025-07", "month", "level"): 92.79, ("steel.cspi", "2025-07", "month", "mom_abs_change"): 2.69,
        ("steel.cspi", "2025-07", "ytd", "level"): 93.58, ("steel.cspi", "2025-07", "ytd", "yoy_abs_change"): -13.28,
        ("miit_margin.steel", "2025-06", "month", "level"): 2.82, ("miit_margin.steel", "2025-09", "month", "level"): 1.71}


def test_next_year_said_in_a_forecast_is_the_year_after_the_pages():
    release = statement_text("出口方面，预计今年汽车出口有望达到700万辆，明年有望冲击800万辆。", published="2025-12-19T10:00",
                             title="新能源汽车产业发展情况新闻发布会")
    assert {(o.period, o.value, o.evidence) for o in release.observations} == {
        ("2025", 700.0, "forecast"), ("2026", 800.0, "forecast")}


def test_shares_on_another_scale_said_after_a_list_and_the_fixed_shipbuilding_group():
    # real figures: shipbuilding, the first half of 2025 and 2024
    release = statement_text(
        "上半年，以载重吨计，我国造船完工量、新接订单量、手持订单量分别占世界总量的51.7%、68.3%和64.9%，按修正总吨计分别占"
        "47.2%、64.0%和57.6%。2024年我国造船三大指标国际市场份额分别为55.7%、74.1%和63.1%。", published="2025-09-26T10:00",
        title="辛国斌主持召开重点企业座谈会")
    assert {(o.indicator, o.period, o.relative_to): o.value for o in release.observations} == {
        ("shipbuilding.completions", "2025-06", "world"): 51.7, ("shipbuilding.new_orders", "2025-06", "world"): 68.3,
        ("shipbuilding.order_book", "2025-06", "world"): 64.9,
        ("shipbuilding.completions_cgt", "2025-06", "world"): 47.2, ("shipbuilding.new_orders_cgt", "2025-06", "world"): 64.0,
        ("shipbuilding.order_book_cgt", "2025-06", "world"): 57.6,
        ("shipbuilding.completions", "2024", "world"): 55.7, ("shipbuilding.new_orders", "2024", "world"): 74.1,
        ("shipbuilding.order_book", "2024-12", "world"): 63.1}


def test_a_bare_trade_value_after_a_named_trade_quantity_is_the_same_things():
    release = statement_text("上半年，组件出口量120.5GW，同比下降17.7%，出口额115.4亿美元，下降29.3%。", published="2025-08-06T10:00",
                             title="新能源制造业运行情况")
    assert {(o.label_zh, o.measure): o.value for o in release.named} == {
        ("组件出口量", "level"): 120.5, ("组件出口量", "yoy_pct"): -17.7,
        ("组件出口额", "level"): 115.4, ("组件出口额", "yoy_pct"): -29.3}


def test_an_industrys_members_of_a_national_list_and_their_share_after_are_never_the_nations():
    # real figures: smart factories, December 2025
    release = statement_text(
        "累计建成3万余家基础级、7000余家先进级、500余家卓越级智能工厂，首批15家领航级智能工厂遴选产生。装备制造业是智能工厂"
        "建设的主力军，目前已累计建成卓越级智能工厂197家，占全国总量的39%。", published="2025-12-29T10:00",
        title="制造业数字化转型新闻发布会")
    assert {(o.indicator, o.measure): o.value for o in release.observations} == {
        ("smart_factories.basic", "count"): 3.0, ("smart_factories.advanced", "count"): 7000.0,
        ("smart_factories.excellent", "count"): 500.0, ("smart_factories.leading", "count"): 15.0}
    assert not release.named        # (what was counted is the catalogue's leading factories, never '…遴选产生')


def test_a_growth_change_said_of_one_month_of_a_list_against_the_month_before():
    release = statement_text("上半年，全国规模以上工业增加值同比增长6.4%。分月看，4月、5月、6月依次增长6.1%、5.8%和6.8%，6月当月增速较"
                             "5月加快1.0个百分点。", published="2025-07-21T10:00", title="运行监测协调局负责人答记者问")
    assert [(o.period, o.base_period, o.value) for o in release.observations if o.measure == "growth_pp_change"] == [
        ("2025-06", "2025-05", 1.0)]


def test_a_forecasts_second_part_after_its_semicolon_said_as_the_first_goes_on_with_it():
    # real figures: the car association's 2026 forecasts, as a January 2026 review restates them
    release = statement_text("展望2026年，据行业机构测算，预计2026年汽车总销量3475万辆左右，同比增长1%；新能源汽车销量1900万辆左右，"
                             "同比增长15.2%。", published="2026-01-23T10:00", title="运行监测协调局介绍2025年工业经济运行情况")
    assert {(o.indicator, o.measure, o.period, o.evidence) for o in release.observations} == {
        ("vehicles.sales", "level", "2026", "forecast"), ("vehicles.sales", "yoy_pct", "2026", "forecast"),
        ("vehicles.nev_sales", "level", "2026", "forecast"), ("vehicles.nev_sales", "yoy_pct", "2026", "forecast")}
    # a year over in force before the forecast: the part after '；' is that year's progress, never expected
    past = statement_text("2025年，预计全年增长5%左右；新能源汽车销量1649万辆左右。", published="2026-01-23T10:00",
                          title="运行监测协调局介绍2025年工业经济运行情况")
    assert [(o.period, o.evidence) for o in past.observations if o.indicator == "vehicles.nev_sales"] == [("2025", "statement")]


def test_a_share_of_the_world_said_with_the_day_is_that_days():
    release = statement_text("目前，我国制造业增加值占全球的比重接近30%，制造业规模有望连续16年保持全球第一。",
                             published="2026-01-21T10:00", title="工业和信息化发展成效显著")
    assert [(o.indicator, o.period, o.relative_to, o.qualifier) for o in release.observations] == [
        ("industry_va_total.manufacturing", "2026-01", "world", "about")]
    undated = statement_text("我国制造业增加值占全球的比重接近30%。", published="2026-01-21T10:00",
                             title="工业和信息化发展成效显著")
    assert not undated.observations          # no date said: not sure


def test_a_figure_said_about_in_one_answer_and_exactly_in_another_is_the_exact_one():
    # real figures: 5G base stations at the end of July 2025, said twice at one press conference
    release = statement_text("截至7月底，全国5G基站总数接近460万个。", "截至2025年7月底，全国累计建成5G基站459.8万个。",
                             published="2025-09-09T16:40", title="国新办举行新闻发布会")
    assert figures(release) == {("telecom.bs_5g", "2025-07", "month", "level"): (459.8, "exact", "statement")}
    assert ("全国5G基站总数接近460万个。", "restated") in release.not_stored()
    # beyond a unit of the rounded figure's last digit, the page prints two figures: neither is kept
    clash = statement_text("截至7月底，全国5G基站总数接近470万个。", "截至2025年7月底，全国累计建成5G基站459.8万个。",
                           published="2025-09-09T16:40", title="国新办举行新闻发布会")
    assert clash.observations == []


def test_the_new_ones_among_a_stock_just_read_are_the_years_new_never_the_stock():
    # real figures: national green data centres (246 in all, 50 of them new in 2024)
    release = statement_text("新型基础设施绿色化水平明显提高，已建成国家绿色数据中心246个，其中2024年新培育50家。",
                             published="2025-08-22T16:15", title="多措并举 相关工作再上新台阶")
    assert figures(release) == {("green_data_centers", "2025-08", "month", "count"): (246.0, "exact", "statement")}
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {("新培育国家绿色数据中心", "2024", 50.0)}


def test_a_goal_named_among_the_items_of_a_goal_sentence_is_read_as_the_goal_it_names():
    # real targets: green factories by 2030, industrial energy intensity by 2025
    release = statement_text(
        "会议强调，下一阶段要对照《关于加快推动制造业绿色化发展的指导意见》要求，持续完善绿色工厂梯度培育机制，推动到2030年各级"
        "绿色工厂产值占制造业总产值比重超过40%；深入实施工业能效提升"
        "行动，全力完成到2025年规模以上工业单位增加值能耗比2020年下降13.5%的目标任务；加快健全动力电池回收利用管理制度。",
        published="2025-08-22T16:15", title="多措并举 相关工作再上新台阶")
    assert {(t.value, t.deadline_year) for t in release.targets} == {(40.0, 2030), (-13.5, 2025)}
    assert release.not_stored() == []


def test_an_index_said_flat_and_its_changes_in_points_on_the_year_before_and_since_its_end():
    # real figures: the SME development index (2025) and the steel price index CSPI (2025)
    sme = statement_text("下半年指数走势平稳，7月份中小企业发展指数为89.0，与6月份持平。", published="2026-02-05T18:20",
                         title="全国中小企业工作会议")
    assert figures(sme) == {("sme_dev_index", "2025-07", "month", "level"): (89.0, "exact", "statement"),
                            ("sme_dev_index", "2025-07", "month", "mom_abs_change"): (0.0, "exact", "statement")}
    steel = statement_text(
        "2025年中国钢材价格指数（CSPI）平均值为93.19点，比上年下降9.28点，降幅为9.05%。从走势看，上半年钢价震荡下行，7月份在政策"
        "预期带动下明显回升，四季度窄幅波动，12月末CSPI为91.87点，比上年末下降5.60点。",
        published="2026-01-30T10:00", title="原材料工业司负责人答记者问")
    # (政策预期 is no forecast; the month's end said after a quarter is the index's date)
    assert figures(steel) == {
        ("steel.cspi", "2025", "year", "level"): (93.19, "exact", "statement"),
        ("steel.cspi", "2025", "year", "yoy_abs_change"): (-9.28, "exact", "statement"),
        ("steel.cspi", "2025", "year", "yoy_pct"): (-9.05, "exact", "statement"),
        ("steel.cspi", "2025-12", "month", "level"): (91.87, "exact", "statement"),
        ("steel.cspi", "2025-12", "month", "abs_change"): (-5.6, "exact", "statement")}


def test_a_growth_said_as_high_of_a_name_not_catalogued_is_its_growth_never_a_level():
    # real figures: pharmaceutical exports, January to September 2025 (once kept as a level named '西成药出口增速高')
    release = statement_text("前三季度，西药类出口418.42亿美元，增长5.64%，西成药出口增速高达22.94%。", published="2026-02-06T10:00",
                             title="医药工业运行情况")
    assert ("西成药出口", "yoy_pct", 22.94) in {(o.label_zh, o.measure, o.value) for o in release.named}


def test_the_targets_the_growth_plans_set_restated_at_the_work_conference_items_after_the_semicolon_too():
    # real targets: the 2025-2026 growth plans of the key industries, as restated in December 2025
    release = statement_text(
        "对照各行业方案确定的目标，2025—2026年钢铁行业增加值年均增长4%左右，有色金属行业增加值年均增长5%左右；2026年机械行业"
        "营业收入突破10万亿元，绿色建材营业收入超过3000亿元，再生有色金属产量超过2000万吨。",
        published="2025-12-26T10:00", title="全国工业和信息化工作会议在京召开")
    assert {(t.value, t.unit, t.deadline_year) for t in release.targets} == {
        (4.0, "%", 2026), (5.0, "%", 2026), (10.0, "万亿元", 2026), (3000.0, "亿元", 2026), (2000.0, "万吨", 2026)}
    assert release.observations == [] and release.named == []


def test_counts_of_what_grew_in_a_month_out_of_the_whole_the_page_said_and_their_changes_on_the_month_before():
    # real figures: industry in December 2025 (36 of 41 divisions and 368 of 623 products grew over the year)
    release = statement_text(
        "全年41个工业大类行业中，36个行业增加值实现增长；在统计的623种主要工业产品中，368种产品产量增长。",
        "12月份，规模以上工业增加值同比增长5.2%。当月有33个大类行业实现同比增长，比11月份增加3个；325种产品产量同比增长，"
        "比11月份多15种。", published="2026-01-23T15:30", title="运行监测协调局负责人就2025年工业经济运行情况答记者问")
    got = {(o.indicator, o.period, o.measure): (o.value, o.universe) for o in release.observations
           if o.indicator in ("industries_growing", "products_growing")}
    assert got == {("industries_growing", "2025", "count"): (36.0, 41.0), ("products_growing", "2025", "count"): (368.0, 623.0),
                   ("industries_growing", "2025-12", "count"): (33.0, 41.0),
                   ("industries_growing", "2025-12", "mom_abs_change"): (3.0, None),
                   ("products_growing", "2025-12", "count"): (325.0, 623.0),
                   ("products_growing", "2025-12", "mom_abs_change"): (15.0, None)}


def test_a_sentences_changes_said_bare_after_the_first_are_against_its_span_or_year():
    # real figures: industry in December 2025 and its structure over the year
    release = statement_text(
        "12月份，三大门类中，制造业增长5.7%，比11月份加快1.1个百分点；电力、热力、燃气及水生产和供应业增长0.8%，回落3.5个百分点。",
        "2025年，装备制造业增加值占全部规模以上工业的比重为36.8%，比上年提高2.2个百分点；高技术制造业所占比重提高0.8个百分点，"
        "对规模以上工业增长的贡献率达到26.1%。", published="2026-01-23T15:30", title="运行监测协调局负责人答记者问")
    got = {(o.indicator, o.period, o.measure): (o.value, o.relative_to) for o in release.observations}
    assert got[("industrial_va.utilities", "2025-12", "growth_pp_change")] == (-3.5, None)
    # a share's change said bare is a share's (of the whole the sentence's share is of), never a growth's
    assert got[("industrial_va.high_tech", "2025", "share_pp_change")] == (0.8, "industrial_va")
    assert ("industrial_va.high_tech", "2025", "growth_pp_change") not in got
    assert got[("industrial_va.high_tech", "2025", "contribution_pct")] == (26.1, "industrial_va")
    alone = statement_text("2025年，高技术制造业所占比重提高0.8个百分点。", published="2026-01-23T15:30", title="答记者问")
    assert alone.observations == []


def test_an_aside_matching_a_forecast_leaves_the_subject_for_the_quarters_after_it():
    # real figures: industrial value added in 2025, by quarter
    release = statement_text("全年规模以上工业增加值比上年增长5.9%，与去年12月全国工业和信息化工作会议上预计的增长5.9%相吻合。分季度看，"
                             "一季度、二季度分别增长6.5%和6.3%，前三季度累计增长6.2%。", published="2026-01-23T15:30", title="答记者问")
    assert {(o.period, o.value) for o in release.observations if o.indicator == "industrial_va"} == {
        ("2025", 5.9), ("2025-03", 6.5), ("2025-06", 6.3), ("2025-09", 6.2)}


def test_profits_of_each_section_after_manufacturings_and_an_earlier_months_growth_said_in_contrast():
    # real figures: industrial profits to November 2025, export delivery value in December and November
    release = statement_text(
        "1—11月，规模以上工业企业实现利润总额66268.6亿元，同比增长0.1%。分门类看，制造业利润增长5.0%，电力、热力、燃气及水生产和"
        "供应业增长8.4%，采矿业下降27.2%，降幅比1—10月收窄0.6个百分点。",
        "12月份，出口交货值同比名义增长3.2%，而11月份为下降0.1%。",
        published="2026-01-23T15:30", title="运行监测协调局负责人答记者问")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("industrial_profit.utilities", "2025-11", "yoy_pct")] == 8.4
    assert got[("industrial_profit.mining", "2025-11", "yoy_pct")] == -27.2
    assert got[("industrial_profit.mining", "2025-11", "growth_pp_change")] == 0.6
    assert got[("export_delivery_value", "2025-11", "yoy_pct")] == -0.1


def test_products_trade_said_under_their_own_names_and_a_stores_power_and_energy():
    # real figures: photovoltaic exports (first half of 2025), wafers (2024), new-type energy storage (June 2025)
    release = statement_text(
        "上半年，组件出口额115.4亿美元，同比下降29.3%，出口量120.5GW；电池片出口逆势增长，出口额17.3亿美元，同比增长31.1%。",
        "2024年，硅片产量达到753GW，同比增长12.7%，出口约60.9GW；电池、组件出口量分别增长超过40%和12%。",
        "截至2025年6月底，全国新型储能装机规模达到9491万千瓦/2.22亿千瓦时。",
        published="2025-08-08T10:00", title="电子信息司召开重点行业运行形势分析座谈会")
    got = {(o.label_zh, o.period, o.measure): (o.value, o.qualifier) for o in release.named}
    assert got[("组件出口额", "2025-06", "level")] == (115.4, "exact")
    assert got[("电池片出口额", "2025-06", "level")] == (17.3, "exact")
    assert got[("电池片出口额", "2025-06", "yoy_pct")] == (31.1, "exact")
    assert got[("硅片出口量", "2024", "level")] == (60.9, "about")
    assert got[("组件出口量", "2024", "yoy_pct")] == (12.0, "over")      # 超过 said once, of each
    assert got[("新型储能装机规模（功率）", "2025-06", "level")] == (9491.0, "exact")
    assert got[("新型储能装机规模（能量）", "2025-06", "level")] == (2.22, "exact")
    assert not release.conflicts


def test_shipbuildings_changes_named_with_their_base_and_since_the_year_said_before():
    # real figures: shipbuilding in 2025 against 2024 and against 2020 (the end of the 13th plan)
    release = statement_text(
        "2025年1—12月，全国造船完工量5369万载重吨，同比增长11.4%；截至12月底，手持订单量27442万载重吨，同比增长31.5%。",
        "与上年相比，造船完工量比2024年增加551万载重吨，手持订单量比上年末增加6570万载重吨。",
        "2025年，造船完工量和手持订单量的国际市场份额分别提高0.4个和3.7个百分点。",
        "“十三五”末的2020年，全国造船完工量3853万载重吨，年末手持订单量7111万载重吨。与之相比，2025年造船完工量增长39.3%，"
        "手持订单量增长2.9倍。", published="2026-02-01T10:00", title="三大指标连续16年稳居世界第一")
    got = {(o.indicator, o.period, o.measure): (o.value, o.base_period) for o in release.observations}
    assert got[("shipbuilding.completions", "2025", "yoy_pct")] == (11.4, None)
    assert got[("shipbuilding.completions", "2025", "yoy_abs_change")][0] == 551.0
    assert got[("shipbuilding.order_book", "2025-12", "abs_change")][0] == 6570.0
    assert got[("shipbuilding.completions", "2025", "cum_pct")] == (39.3, "2020")
    assert got[("shipbuilding.order_book", "2025-12", "cum_pct")][0] == 290.0
    # changes in points listed (0.4个和3.7个百分点) are never levels or counts of the names
    assert not any(o.value == 0.4 for o in release.observations + release.named)


def test_hours_flown_and_licences_counted_in_ten_thousands():
    # real figures: civil drones in 2025
    release = statement_text("2025年，无人机累计飞行4530万小时，同比增长近70%。截至6月底，无人机操控员执照总数超过27万本，其中有效执照"
                             "24.73万本。", published="2026-01-23T16:30", title="装备工业二司召开2026年工作会议")
    got = {(o.label_zh, o.period, o.measure): (o.value, o.unit, o.qualifier) for o in release.named}
    assert got[("无人机累计飞行", "2025", "level")] == (4530.0, "万小时", "exact")
    assert got[("无人机累计飞行", "2025", "yoy_pct")] == (70.0, "%", "about")
    assert got[("无人机操控员执照总数", "2025-06", "count")] == (27.0, "万本", "over")


def test_last_years_end_is_the_pages_last_year_whatever_year_was_said_before():
    # real figures: artificial intelligence in manufacturing, said in March 2026 (once dated the end of 2024)
    release = statement_text("2025年，我国人工智能核心产业规模超过1.2万亿元。人工智能加快走进车间，截至去年底，规上制造业企业人工智能"
                             "技术应用普及率已超过30%。", published="2026-03-05T10:00", title="部长通道回答记者提问")
    assert {(o.label_zh, o.period) for o in release.named} == {("制造业企业人工智能技术应用普及率", "2025-12")}


def test_the_trade_and_profit_of_each_segment_kept_under_the_segments_name_never_a_bare_trade_total():
    # real figures: the petrochemical industry, first half of 2025
    release = statement_text(
        "据行业协会统计，上半年石化全行业实现营业收入7.77万亿元，同比下降2.6%；利润总额3810.3亿元，同比下降10.3%；进出口总额"
        "4414.3亿美元，同比下降6.9%。三大板块分化明显：化工板块营业收入4.75万亿元，同比增长1.7%，进出口额2080.3亿美元，增长0.3%，"
        "利润1996亿元，下降5.5%。", published="2026-01-30T16:30", title="原材料工业司负责人答记者问")
    got = {(o.label_zh, o.measure): o.value for o in release.named}
    assert got[("石化化工行业进出口总额", "level")] == 4414.3
    assert got[("化工板块进出口额", "level")] == 2080.3 and got[("化工板块进出口额", "yoy_pct")] == 0.3
    assert got[("化工板块利润", "level")] == 1996.0 and got[("化工板块利润", "yoy_pct")] == -5.5
    # a trade total with no owner said is nobody's (never '化工板块进利润', nor a bare '进出口额')
    alone = statement_text("上半年，进出口额1779.5亿美元，下降11%。", published="2026-01-30T16:30", title="答记者问")
    assert alone.named == []


def test_what_a_count_reaches_said_after_a_pause_mark():
    # real figures: industrial internet identifiers, end of August 2025
    release = statement_text("截至8月底，工业互联网标识注册总量超过6900亿个，二级节点达到383个、覆盖47个行业。",
                             published="2025-09-20T10:00", title="工业互联网与数字经济创新发展大会开幕")
    assert ("iip_nodes", "2025-08", "count", 383.0) in {(o.indicator, o.period, o.measure, o.value)
                                                        for o in release.observations}
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {("二级节点覆盖行业", "2025-08", 47.0)}
    # 涵盖 is a verb of reach too
    release = statement_text("截至8月底，二级节点达到383个，涵盖47个行业。", published="2025-09-20T10:00", title="会议召开")
    assert {(o.label_zh, o.value) for o in release.named} == {("二级节点涵盖行业", 47.0)}


def test_a_level_risen_to_the_day_and_a_share_risen_over_the_plans_years():
    # real figures: light industry in the 14th five-year plan, said in January 2026
    release = statement_text("“十四五”期间，智能家电占比由2020年的38%提升至62%，规模以上轻工企业由2020年的10.87万家增加到目前的"
                             "14万家。", published="2026-01-20T10:00", title="消费品工业司召开座谈会")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("miit_enterprises.light", "2020-12", 10.87),
        ("miit_enterprises.light", "2026-01", 14.0)}        # 目前: the day, never the plan's end
    assert {(o.label_zh, o.period, o.measure, o.value) for o in release.named} == {
        ("智能家电占比", "2020", "share_pct", 38.0), ("智能家电占比", "2025", "share_pct", 62.0)}
    # with no plan said, a share risen to is of no year sure: not read
    release = statement_text("智能家电占比由2020年的38%提升至62%。", published="2026-01-20T10:00", title="座谈会召开")
    assert release.named == []


def test_a_level_reached_in_a_year_said_after_to_is_progress_never_a_goal():
    release = statement_text("5G工厂所在的国民经济大类由2023年的25个拓展到2025年的48个。", published="2026-01-29T10:00",
                             title="新闻发布会")
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("5G工厂所在的国民经济大类", "2023", 25.0), ("5G工厂所在的国民经济大类", "2025", 48.0)}


def test_the_last_names_growths_each_against_all_industrys_own_series():
    # real figures: pharmaceutical industry, first half of 2025
    release = statement_text("上半年规模以上医药工业增加值同比增长2.0%，实现营业收入14435.6亿元，同比下降1.0%，实现利润总额2069亿元，"
                             "同比下降2.6%，三项指标增速分别比全国工业低4.4、3.5和0.8个百分点。", published="2025-08-20T10:00",
                             title="消费品工业司召开医药工业经济运行分析会")
    gaps = {(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "pp_gap"}
    # (a revenue's growth against all industry's revenue, a profit's against its profits: never value added)
    assert gaps == {("miit_va.medicine", -4.4, "industrial_va"), ("miit_revenue.medicine", -3.5, "industrial_revenue"),
                    ("miit_profit.medicine", -0.8, "industrial_profit")}


def test_an_industrys_revenue_share_of_all_industry_is_of_all_industrys_revenue():
    release = statement_text("2025年，机械工业营业收入在全国工业中的比重为23.9%，比上年提升1.1个百分点。",
                             published="2026-01-20T10:00", title="机械工业运行情况")
    assert {(o.measure, o.value, o.relative_to) for o in release.observations} == {
        ("share_pct", 23.9, "industrial_revenue"), ("share_pp_change", 1.1, "industrial_revenue")}


def test_changes_listed_after_as_many_shares_not_catalogued_are_each_shares():
    # real figures: machinery industry, 2025
    release = statement_text("全年机械工业规模以上企业实现营业收入33.2万亿元，同比增长6%；实现利润总额1.7万亿元，同比增长5.9%。"
                             "营业收入和利润总额在全国工业中的比重分别为23.9%和23.1%，分别比上年提升1.1个和1.2个百分点。",
                             published="2026-01-20T10:00", title="机械工业运行情况")
    got = {(o.label_zh, o.measure): o.value for o in release.named}
    assert got[("营业收入占全国工业的比重", "pp_change")] == 1.1 and got[("利润总额占全国工业的比重", "pp_change")] == 1.2
    # one change after two shares is nobody's sure
    release = statement_text("营业收入和利润总额在全国工业中的比重分别为23.9%和23.1%，比上年提升1.1个百分点。",
                             published="2026-01-20T10:00", title="机械工业运行情况")
    assert not [o for o in release.named if o.measure == "pp_change"]


def test_the_change_after_a_growth_breadth_is_the_breadths_never_the_counts():
    # real figures: 2024, said in February 2025 (the change once stored as the count's growth in points)
    release = statement_text("2024年，41个工业大类行业中有39个行业增加值实现增长，增长面为95.1%，比上年大幅提高26.8个百分点。",
                             published="2025-02-26T10:00", title="全国工业经济运行监测工作会议召开")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("industries_growing", "count", 39.0), ("industries_growing_share", "level", 95.1),
        ("industries_growing_share", "pp_change", 26.8)}


def test_products_counted_among_an_industrys_main_products_are_the_industrys():
    # real figures: machinery, first half of 2025
    release = statement_text("上半年机械工业规模以上企业增加值同比增长9.0%；在重点监测的主要产品中，有84种产品产量同比增长。",
                             published="2025-08-12T10:00", title="装备工业一司负责人答记者问")
    assert ("machinery_products_growing", "2025-06", "count", 84.0) in {
        (o.indicator, o.period, o.measure, o.value) for o in release.observations}
    # no industry read before: never all industry's products
    release = statement_text("上半年，在重点监测的主要产品中，有84种产品产量同比增长。", published="2025-08-12T10:00",
                             title="答记者问")
    assert not [o for o in release.observations if o.value == 84.0]


def test_a_named_rates_change_against_an_earlier_span_keeps_that_span():
    release = statement_text("上半年，机床工具行业完成营业收入4933亿元，同比下降1.7%；行业平均利润率为1.9%，较一季度提高0.6个百分点。",
                             published="2025-08-12T10:00", title="答记者问")
    change = next(o for o in release.named if o.measure == "pp_change" and o.value == 0.6)
    assert (change.label_zh, change.period, change.base_period) == ("行业平均利润率", "2025-06", "2025-03")


def test_a_value_at_an_earlier_year_end_contrasted_with_the_one_just_read():
    release = statement_text("截至2024年底，全国5G基站达到425万个，而2020年末仅为71.8万个。", published="2025-11-24T10:00",
                             title="会议召开")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("telecom.bs_5g", "2024-12", 425.0), ("telecom.bs_5g", "2020-12", 71.8)}
    release = statement_text("截至2024年底，机器人行业规模以上企业达到1289家，而2020年末仅为531家。", published="2025-11-24T10:00",
                             title="会议召开")
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("机器人行业规模以上企业", "2024-12", 1289.0), ("机器人行业规模以上企业", "2020-12", 531.0)}


def test_a_provinces_official_introduced_by_name_speaks_for_the_province_and_a_city_for_itself():
    # real figures: industrial provinces in 2025 (speakers' names invented)
    release = statement_text(
        "2月5日，工业和信息化部举行新闻发布会，江苏省工业和信息化厅厅长沈卫东，河南省工业和信息化厅副厅长杜振华出席。",
        "沈卫东：2025年，江苏规模以上工业增加值同比增长6.5%。装备制造业增加值增长8.8%。长三角三省一市2025年经济总量合计达"
        "34.66万亿元。",
        "杜振华：郑州规上工业增加值同比增长9%，行业增长面为71.1%。其中，电子信息产业、汽车制造业增加值分别增长16.2%、11.9%。",
        published="2026-02-05T10:00", title="工业和信息化部举行专题新闻发布会")
    assert ("industrial_va.equipment.jiangsu", 8.8) in {(o.indicator, o.value) for o in release.observations}
    assert {(o.label_zh, o.value) for o in release.named} == {
        ("长三角三省一市经济总量", 34.66),          # a region across provinces: never Jiangsu's
        ("郑州规上工业增加值", 9.0), ("郑州行业增长面", 71.1),      # the city's, never Henan's
        ("郑州电子信息产业增加值", 16.2), ("郑州汽车制造业增加值", 11.9)}
    # an aggregate said after a comparison word is never a city ('高于规模以上工业', '从全国规模以上工业看')
    release = statement_text("从全国规模以上工业看，二季度产能利用率为74.0%。", published="2025-08-20T10:00",
                             title="答记者问")
    assert {(o.indicator, o.value) for o in release.observations} == {("capacity_utilization", 74.0)}


def test_a_named_months_change_on_the_month_before_said_after_its_growth():
    # real figures: passenger-car retail, December 2025
    release = statement_text("12月全国乘用车市场零售229.6万辆，同比下降13%，较上月增长3%；其中新能源乘用车零售138.7万辆，同比增长7%，"
                             "环比增长5%。", published="2026-01-10T10:00", title="以旧换新政策持续显效")
    got = {(o.label_zh, o.period, o.measure): o.value for o in release.named}
    assert got[("乘用车市场零售", "2025-12", "mom_pct")] == 3.0 and got[("新能源乘用车零售", "2025-12", "mom_pct")] == 5.0
    # a year's figure has no month before it: never read
    release = statement_text("2025年，新能源乘用车零售1200万辆，同比增长7%，环比增长5%。", published="2026-01-10T10:00",
                             title="以旧换新政策持续显效")
    assert not [o for o in release.named if o.measure == "mom_pct"]


def test_gaps_listed_again_are_against_the_aggregates_the_paragraph_listed():
    # real figures: electronics manufacturing, 2025
    release = statement_text("一季度，规上电子信息制造业增加值同比增长11.5%，增速分别比同期工业、高技术制造业高5个和1.8个百分点；1—5月增长"
                             "11.1%，增速分别高出4.8个和1.6个百分点。", published="2025-12-09T10:00", title="电子信息司召开分析会")
    assert {(o.period, o.value, o.relative_to) for o in release.observations if o.measure == "pp_gap"} == {
        ("2025-03", 5.0, "industrial_va"), ("2025-03", 1.8, "industrial_va.high_tech"),
        ("2025-05", 4.8, "industrial_va"), ("2025-05", 1.6, "industrial_va.high_tech")}
    # with no aggregates listed before, whose gaps they are is not sure
    release = statement_text("1—5月，规上电子信息制造业增加值增长11.1%，增速分别高出4.8个和1.6个百分点。", published="2025-12-09T10:00",
                             title="电子信息司召开分析会")
    assert not [o for o in release.observations if o.measure == "pp_gap"]


def test_a_levels_increment_over_the_plans_years_and_the_share_of_the_worlds_growth_expected():
    # real figures: manufacturing in the 14th five-year plan, said in September 2025
    release = statement_text("预计“十四五”期间制造业增加值增量将达到8万亿元，对全球制造业增长的贡献率超过30%。",
                             published="2025-09-05T19:20", title="世界智能产业博览会开幕")
    (increment,) = release.observations
    assert (increment.indicator, increment.measure, increment.value, increment.period, increment.base_period,
            increment.evidence) == ("industry_va_total.manufacturing", "abs_change", 8.0, "2025", "2020", "forecast")
    (share,) = release.named
    assert (share.label_zh, share.measure, share.value, share.qualifier, share.period, share.evidence) == (
        "对全球制造业增长的贡献率", "share_pct", 30.0, "over", "2025", "forecast")
    # with no plan's years said, an increment is of no window sure: never read as a change
    release = statement_text("制造业增加值增量将达到8万亿元。", published="2025-09-05T19:20", title="博览会开幕")
    assert release.observations == []


def test_the_countries_a_product_is_exported_to_said_with_already_are_counted_the_day_said():
    # real figures: Beidou, said in January 2026 after a paragraph on 2024
    release = statement_text("2024年，具有卫星导航定位功能的智能手机出货量达到2.94亿部。北斗系统服务及相关产品已出口至140余个国家和"
                             "地区。", published="2026-01-23T10:00", title="北斗规模应用深入推进")
    got = {(o.label_zh, o.period): (o.value, o.qualifier) for o in release.named}
    assert got[("北斗系统服务及相关产品出口国家和地区", "2026-01")] == (140.0, "over")


def test_each_of_several_said_at_once_is_never_one_names_figure():
    release = statement_text("截至2025年末，三类企业数量均占全国总数的30%以上。", published="2026-02-09T15:40", title="发布会")
    assert release.named == [] and release.observations == []


def test_a_from_to_after_a_name_said_with_how_it_moved_is_that_names():
    # real figures: green-powered ship orders, 2021-2024
    release = statement_text("新接绿色动力船舶订单的国际市场份额逐年攀升，由2021年的31.5%提高到2024年的78.5%。",
                             published="2025-01-16T10:00", title="2024年我国造船新接订单量和手持订单量创历史新高")
    assert {(o.label_zh, o.period, o.value) for o in release.named} == {
        ("新接绿色动力船舶订单的国际市场份额", "2021", 31.5), ("新接绿色动力船舶订单的国际市场份额", "2024", 78.5)}


def test_the_whole_year_said_after_a_paragraph_on_an_earlier_year_is_the_year_the_page_reviews():
    # real figures: shipbuilding, 2024 reviewed in January 2025
    release = statement_text(
        "2023年，全国造船完工量4232万载重吨，同比增长11.8%。",
        "上海地区三家骨干造船企业全年累计交船69艘，同比增长19%。",
        published="2025-01-16T10:00", title="2024年我国造船新接订单量和手持订单量创历史新高")
    assert {(o.label_zh, o.period) for o in release.named} == {("上海地区三家骨干造船企业累计交船", "2024")}
    # a meeting's year in its title is no year it reviews: the year in force holds
    release = statement_text(
        "截至2024年底，5G基站总数达到425.1万个，全年净增87.4万个。", published="2025-02-26T10:00",
        title="周启航在2025年全国工业经济运行监测工作会议上强调")
    assert {(o.measure, o.period) for o in release.observations} == {("level", "2024-12"), ("abs_change", "2024-12")}


def test_the_day_said_before_what_is_expected_holds_after_it():
    # real figures: artificial intelligence and computing power, said in January 2026 after a paragraph on 2025
    release = statement_text(
        "2025年，工业和信息化部深入实施工业互联网创新发展工程。",
        "人工智能产业加速壮大。目前，我国人工智能企业数量超过6000家，预计2025年人工智能核心产业规模突破1.2万亿元。"
        "算力供给能力稳步提升，全国已建成万卡智算集群42个。", published="2026-01-30T09:15", title="数实融合纵深推进")
    got = {(o.indicator, o.evidence): o.period for o in release.observations}
    assert got[("compute_clusters", "statement")] == "2026-01"       # the day, never the end of the year expected
    assert got[("ai_core_industry", "forecast")] == "2025"


def test_the_three_sections_again_each_sections_rate_said_bare_and_its_change_against_the_paragraphs_base():
    # real figures: the first quarter of 2025
    release = statement_text(
        "从三大门类看，1—2月，采矿业、制造业和电力、热力、燃气及水生产和供应业增加值同比分别增长4.3%、6.9%和1.1%；进入3月，"
        "三大门类增加值同比分别增长9.3%、7.9%和3.5%。",
        "一季度，全国规模以上工业产能利用率为74.1%，比上年同期上升0.5个百分点。分门类看，制造业产能利用率为74.1%，上升0.3个"
        "百分点；电力、热力、燃气及水生产和供应业为73.6%，上升2.4个百分点；采矿业为74.6%，比上年同期下降0.4个百分点。",
        published="2025-04-29T10:00", title="运行监测协调局负责人答记者问")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.mining", "2025-03", "yoy_pct")] == 9.3
    assert got[("industrial_va.utilities", "2025-03", "yoy_pct")] == 3.5
    assert got[("capacity_utilization.utilities", "2025-03", "level")] == 73.6      # never the sector's value added
    assert got[("capacity_utilization.manufacturing", "2025-03", "pp_change")] == 0.3
    assert got[("capacity_utilization.utilities", "2025-03", "pp_change")] == 2.4
    # a rate's bare change with no base said in its paragraph is not sure
    release = statement_text("二季度，制造业产能利用率为74.1%，上升0.3个百分点。", published="2025-08-29T10:00", title="答记者问")
    assert [o.measure for o in release.observations] == ["level"]


def test_a_growth_turned_from_the_whole_year_before():
    release = statement_text("1—3月份规模以上工业企业利润由上年全年下降3.3%转为同比增长0.8%。", published="2025-04-29T10:00",
                             title="答记者问")
    assert {(o.indicator, o.period, o.value) for o in release.observations} == {
        ("industrial_profit", "2025-03", 0.8), ("industrial_profit", "2024", -3.3)}


def test_several_names_said_by_their_number_are_never_one_name():
    release = statement_text("前三季度，三大指标的国际市场份额进一步提升至55.1%、74.7%和61.4%。", published="2025-01-16T10:00",
                             title="2024年我国造船新接订单量和手持订单量创历史新高")
    assert release.named == [] and release.observations == []


def test_an_amount_in_another_currency_is_not_stored_and_neither_is_its_growth():
    # real figures: household appliance exports in yuan, 2025 (the series is kept in dollars)
    release = statement_text("2025年，家用电器出口额6888.5亿元，同比下降3.3%。", published="2026-02-12T10:00", title="消费品工业运行")
    assert release.observations == []
    assert ("家用电器出口额6888.5亿元", "another scale") in release.not_stored()


def test_a_directive_pushing_for_a_plans_window_restates_its_targets_each_name_with_the_measure_said_once():
    # real figures: the 2025-2026 growth plans, said in February 2026
    release = statement_text("要全力巩固工业经济稳中向好态势，深入实施新一轮十大重点行业稳增长工作方案，推动2025—2026年钢铁、有色金属"
                             "行业增加值年均分别增长4%左右和5%左右，机械行业营业收入年均增长3.5%左右、2026年突破10万亿元。",
                             published="2026-02-10T18:05", title="工业和信息化部召开2026年重点工作推进会")
    assert {(t.metric, t.value, t.unit, t.deadline_year) for t in release.targets} == {
        ("钢铁行业增加值", 4.0, "%", 2026), ("有色金属行业增加值", 5.0, "%", 2026),
        ("机械行业营业收入增长", 3.5, "%", 2026), ("机械行业营业收入", 10.0, "万亿元", 2026)}
    assert release.observations == [] and release.unexplained == []


def test_a_city_said_after_a_heading_and_again_as_this_city():
    # real figures: Yichang, Hubei, 2025
    release = statement_text("2025年，湖北规上工业增加值增长6.9%。",
                             "地市层面，宜昌市聚力压舱顶梁，全年规上工业增加值增长7.3%。该市产业集中度提高到68.7%，全年新增算力1900P。",
                             published="2026-02-12T10:00", title="湖北工业经济运行情况")
    assert {(o.label_zh, o.value) for o in release.named} == {
        ("宜昌市工业增加值", 7.3), ("宜昌市产业集中度", 68.7), ("宜昌市新增算力", 1900.0)}     # never Hubei's
    assert {(o.indicator, o.value) for o in release.observations} == {("industrial_va.hubei", 6.9)}


def test_an_indexs_change_on_the_month_before_said_by_its_number_never_crashes_the_reader():
    # real figures: the SME development index, October 2024 (the month before by number once failed the page whole)
    release = statement_text("从月度情况看，10月份中小企业发展指数为89.0，较9月份上升0.3点，为年内最大升幅。",
                             published="2025-02-27T10:00", title="2024年中小企业运行稳中向好")
    assert {(o.measure, o.value) for o in release.observations} == {("level", 89.0), ("mom_abs_change", 0.3)}
    # a month other than the one before: not read
    release = statement_text("10月份中小企业发展指数为89.0，较8月份上升0.3点。", published="2025-02-27T10:00", title="运行")
    assert {o.measure for o in release.observations} == {"level"}


def test_each_regions_index_change_listed_and_each_parts_share_listed():
    # real figures: the SME development index, fourth quarter of 2024
    release = statement_text("2024年四季度，中小企业发展指数（SMEDI）为89.0。分区域看，东部、中部、西部和东北地区中小企业发展指数分别为89.7、"
                             "89.9、87.9和81.0，较三季度分别上升0.2、0.4、0.4和0.7点。", published="2025-02-27T10:00",
                             title="2024年中小企业运行稳中向好")
    assert {(o.indicator, o.value) for o in release.observations if o.measure == "mom_abs_change"} == {
        ("sme_dev_index.east", 0.2), ("sme_dev_index.central", 0.4), ("sme_dev_index.west", 0.4),
        ("sme_dev_index.northeast", 0.7)}
    # real figures: the digital industries, 2024
    release = statement_text("2024年，全年数字产业完成业务收入35万亿元，同比增长5.5%。其中，制造业和服务业部分分别增长3.8%和8.0%，"
                             "占比分别为59.6%和40.4%。", published="2025-03-21T10:00", title="信息通信业和数字产业发展推进会")
    assert {(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "share_pct"} == {
        ("digital_industry_revenue.manufacturing", 59.6, "digital_industry_revenue"),
        ("digital_industry_revenue.services", 40.4, "digital_industry_revenue")}


def test_a_provincial_officials_turn_titled_deputy_director_general_is_the_provinces_and_the_hosts_is_the_nations():
    # real figures: 2025, the 'industrial big provinces' press conference (speakers' names invented)
    release = statement_text(
        "主持人（工业和信息化部新闻发言人、运行监测协调局副局长 周健）：2025年，全国规模以上工业增加值同比增长5.9%。规模以上装备"
        "制造业、高技术制造业增加值同比分别增长9.2%、9.4%。",
        "江苏省工业和信息化厅副厅长 王立新：2025年，江苏规模以上工业增加值同比增长6.5%。装备制造业增加值增长8.8%，对规上工业增长"
        "的贡献率达74.6%。",
        published="2026-02-06T16:00", title="工业和信息化部举行专题新闻发布会")
    got = {(o.indicator, o.measure): o.value for o in release.observations}
    assert got[("industrial_va.equipment", "yoy_pct")] == 9.2                  # the nation's, said by the host
    assert got[("industrial_va.equipment.jiangsu", "yoy_pct")] == 8.8          # never the nation's
    assert got[("industrial_va.equipment.jiangsu", "contribution_pct")] == 74.6
    assert ("industrial_va.equipment", "contribution_pct") not in got


def test_a_growth_above_all_loans_growth_catalogued_or_kept_as_printed():
    # real figures: loans to technology SMEs and to high-tech enterprises, end of 2024
    release = statement_text("截至2024年四季度末，科技型中小企业本外币贷款余额3.27万亿元，同比增长21.2%，增速比各项贷款高14个百分点。"
                             "同期，高新技术企业本外币贷款余额15.63万亿元，同比增长7.5%，增速比各项贷款高0.3个百分点。",
                             published="2025-02-27T10:00", title="中小企业运行稳中向好")
    gap = next(o for o in release.observations if o.measure == "pp_gap")
    assert (gap.indicator, gap.value, gap.relative_to) == ("sme_finance.tech_sme_loans", 14.0, "sme_finance.loans_all")
    gap = next(o for o in release.named if o.measure == "pp_gap")
    assert (gap.label_zh, gap.value, gap.relative_to) == ("高新技术企业本外币贷款余额", 0.3, "各项贷款")


def test_an_index_of_expectations_is_no_forecast_and_all_industrys_products_counted_after_a_pause():
    # real figures: October 2024
    release = statement_text("10月份，规模以上工业统计的主要产品中，有343种产品产量同比增长。能源生产平稳，全月发电量7310亿千瓦时，同比增长"
                             "2.1%。", "10月份，企业生产经营活动预期指数为54.0%，比上月上升2.0个百分点。",
                             published="2024-11-19T10:00", title="运行监测协调局负责人答记者问")
    got = {(o.indicator, o.measure): (o.value, o.evidence) for o in release.observations}
    assert got[("products_growing", "count")] == (343.0, "statement")
    assert got[("output.electricity", "level")] == (7310.0, "statement")
    assert got[("pmi.expectations", "index")] == (54.0, "statement")      # never a forecast


def test_a_trends_start_is_no_date_and_a_bare_metric_after_a_named_growths_change_is_its_owners():
    # real figures: machine tools, first half of 2025
    release = statement_text(
        "上半年，机床工具行业完成营业收入4933亿元，同比下降1.7%，降幅较一季度收窄2.5个百分点；实现利润总额93亿元，同比下降37.6%。",
        "从外贸看，上半年机床工具商品进出口继续保持增长。其中，进口结束了自2022年一季度以来的下降态势。从出口去向看，对越南出口"
        "同比增长40.1%。",
        published="2025-10-21T10:00", title="机床工具行业运行形势座谈会在京召开")
    got = {(o.label_zh, o.measure): (o.value, o.period) for o in release.named}
    assert got[("机床工具行业利润总额", "level")] == (93.0, "2025-06")
    assert got[("对越南出口", "yoy_pct")] == (40.1, "2025-06")        # never the first quarter of 2022


def test_a_bare_metric_said_over_a_window_is_the_subjects_own():
    # real figures: electronic information manufacturing, 2012-2021
    release = statement_text("从更长时期看，2012年到2021年，我国电子信息制造业增加值年均增速达到11.6%，营业收入从7万亿元增长至14.1万亿元。",
                             published="2024-09-24T10:00", title="世界计算大会开幕")
    assert {(o.indicator, o.period, o.value) for o in release.observations if o.measure == "level"} == {
        ("electronics_revenue", "2012", 7.0), ("electronics_revenue", "2021", 14.1)}     # never all industry's revenue


def test_the_year_before_the_one_in_force_said_as_a_year_earlier():
    # real figures: Guangdong, 2024 and 2025 (speaker's name invented)
    release = statement_text("广东省工业和信息化厅副厅长 李振华：2025年，广东规模以上工业增加值增长3%。此前一年，全省规上工业企业营业收入"
                             "已突破19万亿元。", published="2026-02-06T16:00", title="专题新闻发布会")
    assert {(o.label_zh, o.period) for o in release.named} == {("广东省工业企业营业收入", "2024")}


def test_a_goals_items_said_in_the_sentence_after_it_are_targets_never_progress():
    # real targets: the 'AI + manufacturing' opinions, 2027 (speaker's name invented); the counts were once stored as
    # 2025's progress
    release = statement_text("孙立群：实施意见提出，到2027年，我国人工智能关键核心技术实现安全可靠供给，产业规模和赋能水平稳居世界前列。"
                             "具体来看，推出1000个高水平工业智能体，打造100个工业领域高质量数据集，推广500个典型应用场景。",
                             published="2026-01-27T10:00", title="工业和信息化部举行新闻发布会")
    assert release.observations == [] and release.named == []
    assert {(t.metric, t.value, t.deadline_year) for t in release.targets} == {
        ("高水平工业智能体", 1000.0, 2027), ("工业领域高质量数据集", 100.0, 2027), ("典型应用场景", 500.0, 2027)}
    # '具体来看' after progress is progress
    release = statement_text("2025年，我国人工智能产业规模持续扩大。具体来看，人工智能企业数量超过6000家。", published="2026-01-27T10:00",
                             title="发布会")
    assert release.targets == [] and [o.value for o in release.observations] == [6000.0]


def test_an_indexs_sub_indices_said_bare_their_points_listed_and_changes_on_the_month_and_year_before():
    # real figures: the building materials climate index, June 2025
    release = statement_text("中国建筑材料联合会通报，6月份建筑材料工业景气指数为100.6点，仍处景气区间，但比5月份回落2.3点，比上年同月低1.4点。"
                             "供给侧，价格指数、生产指数分别为99.8点和100.7点，比上月分别回落0.6点和1.6点。",
                             published="2025-07-31T10:00", title="原材料工业司召开建材行业运行形势分析会")
    assert {(o.indicator, o.measure, o.value) for o in release.observations} == {
        ("building_materials.mpi", "level", 100.6), ("building_materials.mpi", "mom_abs_change", -2.3),
        ("building_materials.mpi", "yoy_abs_change", -1.4),
        ("building_materials.mpi_price", "level", 99.8), ("building_materials.mpi_production", "level", 100.7),
        ("building_materials.mpi_price", "mom_abs_change", -0.6),
        ("building_materials.mpi_production", "mom_abs_change", -1.6)}


def test_the_index_read_before_said_bare_in_a_later_paragraph_with_its_sub_indices_never_another_familys():
    # real figures: the building materials climate index, June and July 2025 ('生产指数' is also a PMI sub-index's name)
    release = statement_text("6月份建筑材料工业景气指数为100.6点。",
                             "7月份，景气指数降至94.8点。其中，价格指数为99.7点，比上月微降0.1点；生产指数为95.1点，比上月回落5.6点。",
                             published="2025-07-31T10:00", title="原材料工业司召开建材行业运行形势分析会")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations}
    assert got[("building_materials.mpi", "2025-07", "level")] == 94.8
    assert got[("building_materials.mpi_price", "2025-07", "mom_abs_change")] == -0.1
    assert got[("building_materials.mpi_production", "2025-07", "level")] == 95.1
    assert not any(code.startswith("pmi") for code, _, _ in got)


def test_a_stock_said_at_the_start_of_a_year_is_at_its_first_month_never_its_end_or_the_pages_day():
    # real figure: the second batch of gigabit cities, named early in 2023
    release = statement_text("我们持续推进千兆城市建设，2023年初第二批授牌后，全国千兆城市已有110个。",
                             published="2025-10-28T10:00", title="工业和信息化部举行新闻发布会")
    assert figures(release) == {("gigabit_cities", "2023-01", "month", "count"): (110.0, "exact", "statement")}
    # after a date said before it in the paragraph: its own date, never that one
    release = statement_text("截至9月末，5G基站总数达470.5万个。我们持续推进千兆城市建设，2023年初第二批授牌后，全国千兆城市已有110个。",
                             published="2025-10-28T10:00", title="工业和信息化部举行新闻发布会")
    assert figures(release)[("gigabit_cities", "2023-01", "month", "count")] == (110.0, "exact", "statement")


def test_robots_installed_by_the_federations_count_and_robots_sold_are_two_series_never_one_figure_twice():
    # real figures: 2024 (sales by the robot industry's count, installations by the International Federation of Robotics')
    release = statement_text("2024年，中国市场工业机器人销量达30.2万台，比2020年累计增长68.7%。国际机器人联合会统计显示，"
                             "2024年我国工业机器人新增装机量约29万台，同比增长5%。", published="2026-01-22T10:00")
    assert figures(release) == {
        ("robots.sales", "2024", "year", "level"): (30.2, "exact", "statement"),
        ("robots.sales", "2024", "year", "cum_pct"): (68.7, "exact", "statement"),
        ("robots.installations", "2024", "year", "level"): (29.0, "about", "statement"),
        ("robots.installations", "2024", "year", "yoy_pct"): (5.0, "exact", "statement")}


def test_a_figure_after_a_milestone_of_a_name_not_catalogued_is_never_the_subject_befores():
    # real figures: Chinese-brand industrial robots, 2024 (the share's name not kept: its figure is not read, and the sales
    # figure before it is not lost to a clash)
    release = statement_text("2024年，自主品牌工业机器人销量为17.7万台；自主品牌国内市场占有率首次突破50%，达到58.5%。",
                             published="2026-01-22T10:00")
    assert figures(release) == {("robots.domestic_brand_sales", "2024", "year", "level"): (17.7, "exact", "statement")}


def test_a_quarter_of_the_year_before_looked_back_to_is_of_its_sentence_and_the_paragraph_after_is_the_quarters_said_first():
    # real figures: the SME development index, second quarter of 2025 (the source cited before the quarter; a year compared
    # with later in the sentence is no year the figures are of)
    release = statement_text(
        "梁卫平：谢谢您的提问。据中国中小企业协会监测，二季度中国中小企业发展指数（SMEDI）为89.1，较上季度下降0.4个点，"
        "但仍高于2023年和2024年同期水平。去年四季度，这一指数为89.0，较三季度上升0.1个点。",
        "分区域看，东部、中部、西部地区指数分别为90.1、89.7、88.6；东北地区指数为81.5。",
        published="2025-07-31T10:00", title="中小企业发展质效稳步提升")
    got = {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}
    assert got[("sme_dev_index", "2025-06", "quarter", "level")] == 89.1
    assert got[("sme_dev_index", "2024-12", "quarter", "level")] == 89.0
    assert {(code, period) for code, period, _, _ in got if code.startswith("sme_dev_index.")} == {
        ("sme_dev_index.east", "2025-06"), ("sme_dev_index.central", "2025-06"), ("sme_dev_index.west", "2025-06"),
        ("sme_dev_index.northeast", "2025-06")}


def test_the_end_of_a_quarter_said_after_another_date_dates_its_stocks():
    # real figures: 5G users at the end of June and of March 2025
    release = statement_text("截至6月底，5G移动电话用户达11.18亿户，占移动电话用户的61.8%。一季度末，5G移动电话用户为10.68亿户，占比59.4%。",
                             published="2025-07-22T10:00", title="上半年通信业运行平稳")
    got = {(o.period, o.measure): o.value for o in release.observations if o.indicator == "telecom.mobile_users_5g"}
    assert got == {("2025-06", "level"): 11.18, ("2025-06", "share_pct"): 61.8, ("2025-03", "level"): 10.68,
                   ("2025-03", "share_pct"): 59.4}


def test_an_indexs_sectors_named_with_their_changes_in_points_only_are_of_the_period_the_index_was_read_at():
    # real figures: the SME development index by sector, second quarter of 2025
    release = statement_text("据中国中小企业协会监测，二季度中国中小企业发展指数为89.1，较上季度下降0.4个点。"
                             "分行业看，批发零售业指数与上季度持平，工业、建筑业指数分别较上季度下降0.3和0.6个点。",
                             published="2025-07-31T10:00", title="中小企业发展质效稳步提升")
    got = {(o.indicator, o.period, o.measure): o.value for o in release.observations if o.indicator != "sme_dev_index"}
    assert got == {("sme_dev_index.wholesale_retail", "2025-06", "mom_abs_change"): 0.0,
                   ("sme_dev_index.industry", "2025-06", "mom_abs_change"): -0.3,
                   ("sme_dev_index.construction", "2025-06", "mom_abs_change"): -0.6}


def test_a_growth_in_a_review_from_the_years_last_weeks_is_of_the_latest_span_said_never_the_year_not_over():
    # real figures: January to November 2025, said on 23 December (the year's growths are out in January)
    release = statement_text("今年以来，全国工业经济稳中有进。1—11月，全国规模以上工业增加值同比增长6.0%。",
                             "从行业看，装备制造业增加值增长9.2%，高技术制造业增加值增长9.5%。",
                             published="2025-12-23T10:00", title="工业经济稳中有进")
    assert {(o.indicator, o.period, o.period_type) for o in release.observations} == {
        ("industrial_va", "2025-11", "ytd"), ("industrial_va.equipment", "2025-11", "ytd"),
        ("industrial_va.high_tech", "2025-11", "ytd")}


def test_what_is_expected_inside_a_clause_after_its_name_is_that_clauses_only():
    release = statement_text("1—11月，高技术制造业增加值占规模以上工业增加值的比重预计超过17%，同期规模以上工业增加值同比增长6.0%。",
                             published="2025-12-23T10:00", title="工业经济稳中有进")
    assert {(o.indicator, o.evidence) for o in release.observations} == {
        ("industrial_va.high_tech", "forecast"), ("industrial_va", "statement")}


def test_a_part_after_a_forecasts_semicolon_said_as_expected_again_is_of_the_forecasts_year():
    # real figures: CAAM's 2025 results and its outlook for 2026, said in January 2026
    release = statement_text("2025年，新能源汽车产销分别完成1662.6万辆和1649万辆。",
                             "综合研判，预计2026年汽车总销量为3475万辆，同比增长1%左右；新能源汽车销量有望达到1900万辆。",
                             published="2026-01-23T10:00", title="工业和信息化部举行新闻发布会")
    got = {(o.period, o.evidence): o.value for o in release.observations if o.indicator == "vehicles.nev_sales"}
    assert got == {("2025", "statement"): 1649.0, ("2026", "forecast"): 1900.0}


def test_a_reference_opening_the_next_sentence_is_the_series_the_sentence_before_ended_with_in_its_unit():
    # real figures: 5G base stations, end of June and end of March 2025
    release = statement_text("截至6月底，5G基站总数达454.9万个，占移动基站总数的35.7%。截至3月底，这一数字为439.5万个，占比为34.4%。",
                             published="2025-07-22T10:00", title="上半年通信业运行平稳")
    got = {(o.period, o.measure): o.value for o in release.observations if o.indicator == "telecom.bs_5g"}
    assert got == {("2025-06", "level"): 454.9, ("2025-06", "share_pct"): 35.7, ("2025-03", "level"): 439.5,
                   ("2025-03", "share_pct"): 34.4}
    # in another unit: never the series before
    release = statement_text("截至6月底，5G基站总数达454.9万个。截至3月底，这一数字为1.2亿户。",
                             published="2025-07-22T10:00", title="上半年通信业运行平稳")
    assert [o.value for o in release.observations] == [454.9]


def test_the_whole_year_said_after_a_year_end_keeps_the_date_for_the_sentences_after_it():
    # real figures: telephone subscribers at the end of 2025, said in January 2026
    release = statement_text("截至2025年底，电话用户总数达到19.87亿户，全年新增3091万户。其中，移动电话用户18.27亿户。",
                             published="2026-01-28T10:00", title="通信业发展目标任务顺利完成")
    assert {(o.indicator, o.period) for o in release.observations} == {
        ("telecom.phone_users", "2025-12"), ("telecom.mobile_users", "2025-12")}


def test_a_ratio_printed_bare_is_read_only_of_a_series_kept_as_that_ratio():
    # real figure: computing centres' average PUE at the end of June 2025
    release = statement_text("截至今年6月底，全国在用算力中心标准机架达1085万架，全国算力中心平均电能利用效率（PUE）降至1.42。",
                             published="2025-07-22T10:00", title="算力供给能力持续增强")
    assert figures(release)[("compute_pue", "2025-06", "month", "level")] == (1.42, "exact", "statement")
    assert register.BARE_RATIO.fullmatch("算力中心平均电能利用效率(PUE)降至1.42")
    assert register.BARE_RATIO.fullmatch("平均电能利用效率降至1.42万") is None      # a magnitude: no ratio


def test_a_contribution_to_the_worlds_growth_after_an_increment_over_a_plans_years_is_over_them_too():
    # real figures: the 14th plan's years, said at the work conference of December 2025
    release = statement_text("2020—2024年，制造业增加值由26.6万亿元增长到33.6万亿元；“十四五”期间制造业增加值增量预计达到8万亿元，"
                             "对全球制造业增长的贡献率超过30%。", published="2025-12-26T10:00", title="全国工业和信息化工作会议在京召开")
    got = {(o.measure, o.period, o.base_period, o.evidence) for o in release.observations
           if o.measure in ("abs_change", "contribution_pct")}
    assert got == {("abs_change", "2025", "2020", "forecast"), ("contribution_pct", "2025", "2020", "forecast")}


def test_a_peak_passed_said_with_its_year_and_value_is_the_series_value_that_year():
    # real figures: appliance retail sales, 2024 and the 2017 peak
    release = statement_text("2024年，限额以上单位家用电器和音像器材类商品零售额达10307亿元，比上年增长12.3%，超过2017年9454亿元的峰值。",
                             published="2025-04-24T10:00", title="家电出口规模再创新高")
    assert {(o.period, o.measure): o.value for o in release.observations} == {
        ("2024", "level"): 10307.0, ("2024", "yoy_pct"): 12.3, ("2017", "level"): 9454.0}
    assert register.peak_said_as_value_then("超过2017年9454亿元的历史峰值") == "超过2017年的9454亿元"
    assert register.peak_said_as_value_then("超过2017年的水平") == "超过2017年的水平"      # no value: as it is


def test_a_forecasts_year_said_the_sentence_before_dates_its_whole_year_and_its_parts_listed_after_qizhong():
    # real figures: CAAM's outlook for 2025, said on 14 January 2025 after the 2024 results
    release = statement_text("2024年，汽车产销分别完成3128.2万辆和3143.6万辆。",
                             "行业机构预计，2025年汽车产业将呈现稳中有升的态势。预计全年汽车销量3290万辆左右，同比增长4.7%；其中，"
                             "乘用车2890万辆，同比增长4.9%；商用车400万辆，同比增长3.3%。",
                             published="2025-01-14T10:00", title="新能源汽车迈入高质量发展新阶段")
    got = {(o.indicator, o.period, o.evidence): o.value for o in release.observations if o.measure == "level"}
    assert got == {("vehicles.production", "2024", "statement"): 3128.2, ("vehicles.sales", "2024", "statement"): 3143.6,
                   ("vehicles.sales", "2025", "forecast"): 3290.0, ("vehicles.passenger_sales", "2025", "forecast"): 2890.0,
                   ("vehicles.commercial_sales", "2025", "forecast"): 400.0}
