"""Exact figures of every fixture page: nothing missed, nothing extra, nothing wrong."""
import pytest
from conftest import official_url, page

from xinzhi.model import ParseError
from xinzhi.pipeline import parse_page

M, Y = "month", "ytd"


def figures(release):
    return {(o.indicator, o.period, o.period_type, o.measure): o.value for o in release.observations}


def va(code, period, ptype, value, measure="yoy_pct"):
    return {(f"industrial_va{code}", period, ptype, measure): value}


def product(code, period, ptype, level, yoy):
    out = {(f"output.{code}", period, ptype, "yoy_pct"): yoy}
    if level is not None:
        out[(f"output.{code}", period, ptype, "level")] = level
    return out


def merge(*parts):
    out = {}
    for part in parts:
        out.update(part)
    return out


NOV_2025 = merge(
    va("", "2025-11", M, 4.8), va("", "2025-11", M, 0.44, "mom_pct"), va("", "2025-11", Y, 6.0),
    va(".mining", "2025-11", M, 6.3), va(".manufacturing", "2025-11", M, 4.6), va(".utilities", "2025-11", M, 4.3),
    va(".state_holding", "2025-11", M, 4.2), va(".shareholding", "2025-11", M, 5.2),
    va(".foreign_hmt", "2025-11", M, 3.4), va(".private", "2025-11", M, 3.2),
    {("industries_growing", "2025-11", M, "count"): 30, ("products_growing", "2025-11", M, "count"): 310},
    *[va(f".{c}", "2025-11", M, v) for c, v in [
        ("B06", 7.5), ("B07", 5.1), ("C13", 1.7), ("C15", -0.6), ("C17", 1.8), ("C26", 6.7), ("C30", -1.8),
        ("C31", 0.9), ("C32", 4.8), ("C34", 7.5), ("C35", 4.8), ("C36", 11.9), ("C37", 11.9), ("C38", 4.4),
        ("C39", 9.2), ("D44", 4.2)]],
    product("steel_products", "2025-11", M, 11591, -2.6), product("cement", "2025-11", M, 15434, -8.2),
    product("ten_nonferrous", "2025-11", M, 699, 4.7), product("ethylene", "2025-11", M, 309, 7.3),
    product("vehicles", "2025-11", M, 351.9, 2.4), product("nev", "2025-11", M, 184.1, 17.0),
    product("electricity", "2025-11", M, 7792, 2.7), product("crude_oil_processed", "2025-11", M, 6083, 3.9),
    product("3d_printers", "2025-11", M, None, 100.5),
    {("sales_ratio", "2025-11", M, "level"): 96.5, ("sales_ratio", "2025-11", M, "pp_change"): -0.8,
     ("export_delivery_value", "2025-11", M, "level"): 13610, ("export_delivery_value", "2025-11", M, "yoy_pct"): -0.1},
)

JAN_FEB_2026 = merge(
    va("", "2026-02", Y, 6.3), va("", "2026-02", M, 0.83, "mom_pct"),
    va(".mining", "2026-02", Y, 6.1), va(".manufacturing", "2026-02", Y, 6.6), va(".utilities", "2026-02", Y, 4.7),
    *[va(f".{c}", "2026-02", Y, v) for c, v in [
        ("C17", 5.3), ("C26", 7.6), ("C30", 2.5), ("C31", 2.2), ("C32", 3.9), ("C34", 8.9), ("C35", 8.8),
        ("C36", 3.4), ("C37", 13.7), ("C38", 8.7), ("C39", 14.2)]],
    product("nev", "2026-02", Y, 160.4, -13.7),
)

NOV_2024 = merge(
    va("", "2024-11", M, 5.4), va("", "2024-11", M, 0.46, "mom_pct"), va("", "2024-11", Y, 5.8),
    va(".mining", "2024-11", M, 4.2), va(".manufacturing", "2024-11", M, 6.0), va(".utilities", "2024-11", M, 1.6),
    va(".state_holding", "2024-11", M, 3.9), va(".shareholding", "2024-11", M, 6.0),
    va(".foreign_hmt", "2024-11", M, 3.4), va(".private", "2024-11", M, 4.5),
    {("industries_growing", "2024-11", M, "count"): 34, ("products_growing", "2024-11", M, "count"): 374},
    *[va(f".{c}", "2024-11", M, v) for c, v in [
        ("B06", 3.7), ("B07", 5.3), ("C13", 4.7), ("C15", 1.5), ("C17", 5.4), ("C26", 9.5), ("C30", -2.3),
        ("C31", 6.7), ("C32", 7.4), ("C34", 4.4), ("C35", 3.0), ("C36", 12.0), ("C37", 7.9), ("C38", 5.2),
        ("C39", 9.3), ("D44", 1.8)]],
    product("steel_products", "2024-11", M, 11881, 5.1), product("cement", "2024-11", M, 16934, -10.7),
    product("ten_nonferrous", "2024-11", M, 671, 1.5), product("ethylene", "2024-11", M, 284, -1.7),
    product("vehicles", "2024-11", M, 344.8, 15.2), product("nev", "2024-11", M, 157.4, 51.1),
    product("electricity", "2024-11", M, 7495, 0.9), product("crude_oil_processed", "2024-11", M, 5851, 0.2),
    {("sales_ratio", "2024-11", M, "level"): 97.1, ("sales_ratio", "2024-11", M, "pp_change"): -0.4},
)

NOV_2021_OLD_SITE = merge(
    va("", "2021-11", M, 3.8), va("", "2021-11", M, 0.37, "mom_pct"), va("", "2021-11", Y, 10.1),
    va(".mining", "2021-11", M, 6.2), va(".manufacturing", "2021-11", M, 2.9), va(".utilities", "2021-11", M, 11.1),
    va(".state_holding", "2021-11", M, 3.6), va(".shareholding", "2021-11", M, 4.5),
    va(".foreign_hmt", "2021-11", M, 1.9), va(".private", "2021-11", M, 3.9),
    {("industries_growing", "2021-11", M, "count"): 29},
    # printed beside growth while 2020 was the base: growth on 2019 and the two-year average
    va("", "2021-11", M, 11.1, "cum_pct"), va("", "2021-11", M, 5.4, "avg_yoy_pct"), va("", "2021-11", Y, 6.1, "avg_yoy_pct"),
    *[va(f".{c}", "2021-11", M, v) for c, v in [
        ("C13", 7.0), ("C17", -3.5), ("C26", -0.9), ("C30", -4.0), ("C31", -11.2), ("C32", -1.2), ("C34", 2.8),
        ("C35", 4.0), ("C36", -4.7), ("C37", 3.6), ("C38", 9.4)]],
)

PAGES = {
    "sj/zxfb/202512/t20251215_1962074.html": NOV_2025,
    "sj/zxfb/202603/t20260316_1962782.html": JAN_FEB_2026,
    "sj/zxfb/202412/t20241216_1957755.html": NOV_2024,
    "tjsj/zxfb/202112/t20211215_1825402.html": NOV_2021_OLD_SITE,
}


@pytest.mark.parametrize("relative", PAGES)
def test_every_printed_figure_exactly(relative):
    release = parse_page(page(relative), official_url(relative))
    assert figures(release) == PAGES[relative]
    assert release.conflicts == []


def test_release_metadata_new_and_old_layout():
    new = parse_page(page("sj/zxfb/202603/t20260316_1962782.html"), official_url("sj/zxfb/202603/t20260316_1962782.html"))
    assert (new.title, new.period, new.period_type) == ("2026年1—2月份规模以上工业增加值增长6.3%", "2026-02", "ytd")
    assert new.published_at.isoformat() == "2026-03-16T10:00:00"
    old = parse_page(page("tjsj/zxfb/202112/t20211215_1825402.html"), official_url("tjsj/zxfb/202112/t20211215_1825402.html"))
    assert old.published_at.isoformat() == "2021-12-15T10:00:00"


def test_lineage_fields():
    release = parse_page(page("sj/zxfb/202512/t20251215_1962074.html"), official_url("sj/zxfb/202512/t20251215_1962074.html"))
    by_key = {(o.indicator, o.measure, o.period_type): o for o in release.observations}
    nev = by_key[("output.nev", "level", "month")]
    assert (nev.label_zh, nev.unit, nev.dimension) == ("新能源汽车", "万辆", "product")
    assert nev.origin == "text+table" and nev.check_value == 184.1
    steel_yoy = by_key[("output.steel_products", "yoy_pct", "month")]
    assert steel_yoy.quote == "钢材11591万吨，同比下降2.6%"
    total = by_key[("industrial_va", "yoy_pct", "month")]
    assert total.label_zh == "规模以上工业增加值" and total.dimension == "total"
    c37 = by_key[("industrial_va.C37", "yoy_pct", "month")]
    assert c37.label_zh == "铁路、船舶、航空航天和其他运输设备制造业"
    assert all(o.source_url.endswith("t20251215_1962074.html") and o.publisher == "NBS" for o in release.observations)


def test_phone_copy_does_not_double_count():
    release = parse_page(page("sj/zxfb/202512/t20251215_1962074.html"), official_url("sj/zxfb/202512/t20251215_1962074.html"))
    keys = [o.key() for o in release.observations]
    assert len(keys) == len(set(keys))
    assert all(".pchide" not in o.quote for o in release.observations)


def test_threshold_and_notes_are_not_figures():
    release = parse_page(page("sj/zxfb/202512/t20251215_1962074.html"), official_url("sj/zxfb/202512/t20251215_1962074.html"))
    assert not [o for o in release.observations if o.value in (2000, 41, 623)]


def test_two_year_averages_are_not_read_as_growth():
    release = parse_page(page("tjsj/zxfb/202112/t20211215_1825402.html"), official_url("tjsj/zxfb/202112/t20211215_1825402.html"))
    growth = [o.value for o in release.observations if o.indicator == "industrial_va" and o.measure == "yoy_pct"]
    assert 11.1 not in growth and 5.4 not in growth and 6.1 not in growth
    averages = [o for o in release.observations if o.measure == "avg_yoy_pct"]
    assert {(o.period_type, o.base_period, o.base_period_type) for o in averages} == \
        {("month", "2019-11", "month"), ("ytd", "2019-11", "ytd")}
    assert all("两年平均" in o.quote for o in averages)


def test_text_and_table_disagreement_is_reported():
    html = page("sj/zxfb/202512/t20251215_1962074.html").decode()
    html = html.replace("<td><p><span>11591</span></p></td>", "<td><p><span>11951</span></p></td>")
    release = parse_page(html.encode(), official_url("sj/zxfb/202512/t20251215_1962074.html"))
    assert release.conflicts and "钢材" in release.conflicts[0]
    steel = [o for o in release.observations if o.indicator == "output.steel_products" and o.measure == "level"][0]
    assert steel.agrees is False and (steel.value, steel.check_value) == (11591, 11951)


VARIANTS = [
    # (sentence, expected {(indicator, measure): value})
    ("分行业看，11月份，汽车制造业、电气机械和器材制造业均增长10.0%。",
     {("industrial_va.C36", "yoy_pct"): 10.0, ("industrial_va.C38", "yoy_pct"): 10.0}),
    ("分行业看，11月份，通用设备制造业、专用设备制造业同比分别增长5.0%、下降1.2%。",
     {("industrial_va.C34", "yoy_pct"): 5.0, ("industrial_va.C35", "yoy_pct"): -1.2}),
    ("分产品看，11月份，工业机器人增长2.8倍，3D打印设备同比持平。",
     {("output.industrial_robots", "yoy_pct"): 280.0, ("output.3d_printers", "yoy_pct"): 0.0}),
    ("分行业看，11月份，41个大类行业全部保持同比增长。", {("industries_growing", "count"): 41}),
    ("11月份，规模以上工业增加值同比增长4.8%，比10月份加快0.2个百分点。",
     {("industrial_va", "yoy_pct"): 4.8, ("industrial_va", "growth_pp_change"): 0.2}),
    ("分地区看，11月份，东部地区增加值同比增长6.9%，东北地区下降1.0%。",
     {("industrial_va.east", "yoy_pct"): 6.9, ("industrial_va.northeast", "yoy_pct"): -1.0}),
    ("11月份，高技术制造业增加值同比增长8.9%，装备制造业增长7.7%。",
     {("industrial_va.high_tech", "yoy_pct"): 8.9, ("industrial_va.equipment", "yoy_pct"): 7.7}),
    ("分产品看，11月份，服务器12.3万台，增长20.1%。",
     {("output.servers", "level"): 12.3, ("output.servers", "yoy_pct"): 20.1}),
]


@pytest.mark.parametrize("sentence, expected", VARIANTS)
def test_wording_variants(sentence, expected):
    from datetime import datetime

    from xinzhi.model import Article
    from xinzhi.releases import industrial_production

    article = Article("https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1.html",
                      "2025年11月份规模以上工业增加值增长4.8%", datetime(2025, 12, 15, 10), [sentence], [], "new")
    got = {(o.indicator, o.measure) if (o.period, o.period_type) == ("2025-11", "month")
           else (o.indicator, o.measure, o.period): o.value
           for o in industrial_production.parse(article).observations}
    assert got == expected


@pytest.mark.parametrize("html, part", [
    (b"<html><body><p>nothing here</p></body></html>", "title"),
    ("<html><body><div class='detail-title'><h1>2025年11月份规模以上工业增加值增长4.8%</h1></div>"
     "<div class='main'>没有正文</div></body></html>".encode(), "body"),
    ("<html><body><div class='detail-title'><h1>2025年11月份居民消费价格同比下降</h1>"
     "<div class='detail-title-des'><h2>2025/12/10 09:30</h2></div></div>"
     "<div class='TRS_Editor'><p>11月份，全国居民消费价格同比下降0.1%。</p></div></body></html>".encode(), "title"),
    ("<html><body><div class='detail-title'><h1>2025年11月份规模以上工业增加值增长4.8%</h1>"
     "<div class='detail-title-des'><h2>2025/12/15 10:00</h2></div></div>"
     "<div class='TRS_Editor'><p>本月工业生产平稳。</p></div></body></html>".encode(), "figures"),
])
def test_drifted_pages_fail_naming_the_missing_part(html, part):
    url = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1.html"
    with pytest.raises(ParseError) as error:
        parse_page(html, url)
    assert error.value.part == part and url in str(error.value)


MORE_VARIANTS = [
    ("11月份，装备制造业增加值同比增长9.2%，占规模以上工业增加值比重为36.8%。",
     {("industrial_va.equipment", "yoy_pct"): 9.2, ("industrial_va.equipment", "share_pct"): 36.8}),
    ("分产品看，11月份，服务机器人和民用无人机均增长20.0%。",
     {("output.service_robots", "yoy_pct"): 20.0, ("output.civil_drones", "yoy_pct"): 20.0}),
    ("分产品看，11月份，无人机和机器狗均增长20.0%。", {}),   # two unknown names: no safe split
    ("分产品看，11月份，比上年同期增加3个。", {}),
    ("11月份，规模以上工业增加值同比增长4.8%，增速比上月加快0.5个百分点；环比增长0.44%。",
     {("industrial_va", "yoy_pct"): 4.8, ("industrial_va", "mom_pct"): 0.44, ("industrial_va", "growth_pp_change"): 0.5}),
    ("11月份，采矿业增加值3000亿元，同比增长6.3%。", {("industrial_va.mining", "yoy_pct"): 6.3}),
    ("分三大门类看，11月份，采矿业增加值同比增长4.2%，1—10月份为下降6.5%；制造业下降1.8%，降幅收窄13.9个百分点。",
     {("industrial_va.mining", "yoy_pct"): 4.2, ("industrial_va.manufacturing", "yoy_pct"): -1.8,
      ("industrial_va.mining", "yoy_pct", "2025-10"): -6.5}),
    ("分三大门类看，11月份，采矿业增加值同比增长4.9%，上年11月份为下降0.9%；制造业增长7.7%，增速与上月持平。",
     {("industrial_va.mining", "yoy_pct"): 4.9, ("industrial_va.manufacturing", "yoy_pct"): 7.7,
      ("industrial_va.manufacturing", "growth_pp_change"): 0.0}),
    ("11月份，工业企业产品销售率为98.4%，与上年同月持平；工业企业实现出口交货值12753亿元，同比名义增长4.5%。",
     {("sales_ratio", "level"): 98.4, ("sales_ratio", "pp_change"): 0.0,
      ("export_delivery_value", "level"): 12753.0, ("export_delivery_value", "yoy_pct"): 4.5}),
    ("分产品看，11月份，汽车349.9 万辆，增长15.2%，水泥15512万吨，下降 2.0%。",
     {("output.vehicles", "level"): 349.9, ("output.vehicles", "yoy_pct"): 15.2,
      ("output.cement", "level"): 15512.0, ("output.cement", "yoy_pct"): -2.0}),
    ("分产品看，11月份，汽车349.9萬輛，增长15.2%。", {}),
    ("分三大门类看，11月份，采矿业增长6.3%、制造业增长4.6%、电力、热力、燃气及水生产和供应业下降0.3%。",
     {("industrial_va.mining", "yoy_pct"): 6.3, ("industrial_va.manufacturing", "yoy_pct"): 4.6,
      ("industrial_va.utilities", "yoy_pct"): -0.3}),
    ("分企业规模看，11月份，大型企业增长5.1%，中型企业增长4.0%。", {}),
    ("11月全国规模以上工业增加值同比实际增长4.8%，环比增长0.44%。1—11月份，全国规模以上工业增加值同比增长6.0%，"
     "其中一、二季度分别增长6.1%、5.9%。",
     {("industrial_va", "yoy_pct"): 4.8, ("industrial_va", "mom_pct"): 0.44, ("industrial_va", "yoy_pct", "2025-11"): 6.0}),   # a form we cannot read: no figure, not a wrong one
    ("分三大门类看，11月份，采矿业增加值同比增长6.3%，拉动规模以上工业增长0.5个百分点。",
     {("industrial_va.mining", "yoy_pct"): 6.3, ("industrial_va.mining", "contribution_pp"): 0.5}),
]


@pytest.mark.parametrize("sentence, expected", MORE_VARIANTS)
def test_more_wording_variants(sentence, expected):
    if expected:
        test_wording_variants(sentence, expected)
    else:  # nothing in it is a figure: the page yields none, and says so
        with pytest.raises(ParseError, match="figures"):
            test_wording_variants(sentence, expected)


def nov_2025_page(content: str):
    """A hand-made Nov 2025 release page (new layout) around `content`, parsed."""
    html = ("<html><body><div class='detail-title'><h1>2025年11月份规模以上工业增加值增长4.8%</h1>"
            "<div class='detail-title-des'><h2><p>2025/12/15 10:00</p></h2></div></div>"
            f"{content}</body></html>")
    return parse_page(html.encode(), "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1.html")


def test_spans_and_line_breaks_inside_a_sentence():
    release = nov_2025_page(
        "<div class='TRS_UEDITOR'><p><span>11月份，规模以上工业</span>\n<span>增加值同比实际增长</span>"
        "<span>4.8</span> <span>%</span>。从环比看，11月份，<br>规模以上工业增加值比上月增长0.44%。</p>"
        "<!-- <p>11月份，规模以上工业增加值同比实际增长9.9%。</p> --></div>")
    assert figures(release) == {("industrial_va", "2025-11", "month", "yoy_pct"): 4.8,
                                ("industrial_va", "2025-11", "month", "mom_pct"): 0.44}


def test_december_release_without_year_in_title_belongs_to_the_year_before():
    from datetime import datetime

    from xinzhi.model import Article
    from xinzhi.releases import industrial_production

    article = Article("https://www.stats.gov.cn/sj/zxfb/202601/t20260119_1.html", "12月份规模以上工业增加值增长5.2%",
                      datetime(2026, 1, 19, 10), ["12月份，规模以上工业增加值同比实际增长5.2%。全年规模以上工业增加值比上年增长5.9%。"],
                      [], "new")
    got = figures(industrial_production.parse(article))
    assert got == {("industrial_va", "2025-12", "month", "yoy_pct"): 5.2, ("industrial_va", "2025", "year", "yoy_pct"): 5.9}


def _table_release(rows_html: str, header: str):
    return nov_2025_page(f"<div class='TRS_UEDITOR'><table class='trs_word_table'>{header}{rows_html}</table></div>")


def test_table_with_this_month_and_cumulative_headers_and_units_glued_to_names():
    header = ("<tr><td rowspan='2'>指标</td><td colspan='2'>本月</td><td colspan='2'>累计</td></tr>"
              "<tr><td>绝对量</td><td>同比增长（%）</td><td>绝对量</td><td>同比增长（%）</td></tr>")
    rows = ("<tr><td>规模以上工业增加值</td><td></td><td>4.8</td><td></td><td>6.0</td></tr>"
            "<tr><td>主要产品产量</td><td></td><td></td><td></td><td></td></tr>"
            "<tr><td>钢材万吨</td><td>11591</td><td>-2.6</td><td>133000</td><td>3.1</td></tr>")
    got = figures(_table_release(rows, header))
    assert got == {("industrial_va", "2025-11", "month", "yoy_pct"): 4.8, ("industrial_va", "2025-11", "ytd", "yoy_pct"): 6.0,
                   ("output.steel_products", "2025-11", "month", "level"): 11591,
                   ("output.steel_products", "2025-11", "month", "yoy_pct"): -2.6,
                   ("output.steel_products", "2025-11", "ytd", "level"): 133000,
                   ("output.steel_products", "2025-11", "ytd", "yoy_pct"): 3.1}
    unit = {o.key(): o.unit for o in _table_release(rows, header).observations}
    assert unit[("output.steel_products", "product", "2025-11", "month", "level", None, None, None)] == "万吨"


def test_two_table_cells_for_one_figure_are_a_conflict():
    header = "<tr><td>指标</td><td>增长（%）</td><td>增长（%）</td></tr>"
    rows = "<tr><td>规模以上工业增加值</td><td>4.8</td><td>6.0</td></tr>"
    assert _table_release(rows, header).conflicts


def test_footnote_marks_are_not_part_of_names_or_figures():
    header = "<tr><td>指标</td><td>11月份<br>同比增长（%）</td></tr>"
    rows = ("<tr><td>规模以上工业增加值<sup>1</sup></td><td>4.8</td></tr>"
            "<tr><td>主要产品产量</td><td></td></tr>"
            "<tr><td>钢材<span style='vertical-align:super'>2</span>（万吨）</td><td>-2.6</td></tr>"
            "<tr><td>十种有色金属3</td><td>4.7</td></tr>"
            "<tr><td>新产品9</td><td>9.9</td></tr>")
    got = figures(_table_release(rows, header))
    assert got == {("industrial_va", "2025-11", "month", "yoy_pct"): 4.8,
                   ("output.steel_products", "2025-11", "month", "yoy_pct"): -2.6,
                   ("output.ten_nonferrous", "2025-11", "month", "yoy_pct"): 4.7}


def test_data_table_beside_the_body_wrapper_is_read():
    release = nov_2025_page(
        "<div class='detail-content'><div class='TRS_UEDITOR'><p>11月份，规模以上工业增加值同比实际增长4.8%。</p></div>"
        "<div class='ue_table'><table class='trs_word_table'><tr><td>指标</td><td>11月份增长（%）</td></tr>"
        "<tr><td>规模以上工业增加值</td><td>4.8</td></tr><tr><td>制造业</td><td>4.6</td></tr></table></div></div>")
    assert figures(release) == {("industrial_va", "2025-11", "month", "yoy_pct"): 4.8,
                                ("industrial_va.manufacturing", "2025-11", "month", "yoy_pct"): 4.6}
    assert {o.origin for o in release.observations} == {"text+table", "table"}
