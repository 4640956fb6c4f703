"""Plan documents: discovery on the policy columns and library, the target reader, and each
catalogue target checked against its document (confirmed, differs, not found, not archived)."""
import json

import duckdb
import pytest
from conftest import MIRROR, RELEASE_PAGES, url_of

from xinzhi import warehouse
from xinzhi.model import ParseError, Release
from xinzhi.pipeline import parse_page
from xinzhi.releases.targets import read_targets

TZ = "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/"
STEEL = TZ + "2025/art_7b1e3d5f9a2c4e6b8d0f1a3c5e7b9d24.html"
NONFERROUS = TZ + "2025/art_3c5e7a9b1d4f4a6c8e0b2d4f6a8c1e53.html"
ICT = TZ + "2021/art_9d1f3b5c7e2a4c6e8a0b2d4f6c8e0a71.html"
TRADITIONAL = "https://www.miit.gov.cn/zwgk/zcwj/wjfb/yj/art/2023/art_2f4a6c8e0b3d4f5a7c9e1b3d5f7a9c16.html"
PETCHEM = "https://www.gov.cn/zhengce/zhengceku/202509/content_7042815.htm"
ELECTRONICS = "https://www.gov.cn/zhengce/zhengceku/202509/content_7038406.htm"

# Every target of every fixture plan: metric, comparator, value, unit, start year, deadline year, yearly average.
EXPECTED = {
    STEEL: [("钢铁行业增加值增长", "approx", 4, "%", 2025, 2026, True),
            ("钢铁产能完成超低排放改造", ">=", 80, "%", None, 2025, False)],
    NONFERROUS: [("有色金属行业增加值增长", "approx", 5, "%", 2025, 2026, True),
                 ("十种常用有色金属产量增长", "approx", 1.5, "%", 2025, 2026, True),
                 ("再生金属产量", ">=", 2000, "万吨", 2025, 2026, False)],
    ICT: [("每万人拥有5G基站数", "=", 26, "个", None, 2025, False),
          ("10G-PON及以上端口数", "=", 1200, "万个", None, 2025, False),
          ("5G用户普及率", "=", 56, "%", None, 2025, False),
          ("千兆宽带用户数", "=", 6000, "万户", None, 2025, False)],
    TRADITIONAL: [("工业企业数字化研发设计工具普及率", ">=", 90, "%", None, 2027, False),
                  ("关键工序数控化率", ">=", 70, "%", None, 2027, False),
                  ("万元工业增加值用水量下降", "approx", -13, "%", None, 2027, False),
                  ("大宗工业固体废物综合利用率", ">=", 57, "%", None, 2027, False)],
    PETCHEM: [("石化化工行业增加值增长", ">=", 5, "%", 2025, 2026, True)],
    ELECTRONICS: [("计算机、通信和其他电子设备制造业增加值增速", "approx", 7, "%", 2025, 2026, True),
                  ("电子信息制造业(含锂电池、光伏及元器件制造等)营收增速", ">=", 5, "%", 2025, 2026, True),
                  ("服务器产业规模", ">=", 4000, "亿元", None, 2026, False),
                  ("75英寸及以上彩色电视机国内市场渗透率", ">=", 40, "%", None, 2026, False),
                  ("营收规模超万亿元的省份", ">=", 5, "个", None, 2026, False)],
}
PLAN_PAGES = {url: next(p for p in RELEASE_PAGES if url_of(p) == url) for url in EXPECTED}


def plan(url: str) -> Release:
    return parse_page(PLAN_PAGES[url].read_bytes(), url)


@pytest.mark.parametrize("url", EXPECTED, ids=lambda u: u.rsplit("/", 1)[-1])
def test_every_target_of_every_fixture_plan_is_read_exactly(url):
    release = plan(url)
    assert release.kind == "plan"
    assert [(t.metric, t.comparator, t.value, t.unit, t.start_year, t.deadline_year, t.annual_avg)
            for t in release.targets] == EXPECTED[url]
    assert [t.ordinal for t in release.targets] == list(range(1, len(EXPECTED[url]) + 1))
    assert all(t.source_url == url and t.quote and t.parser_version.startswith("plan/") for t in release.targets)


def test_a_plan_carries_its_document_number_issuers_section_and_base_year():
    nonferrous, petchem, traditional, ict = plan(NONFERROUS), plan(PETCHEM), plan(TRADITIONAL), plan(ICT)
    assert nonferrous.document["doc_number"] == "工信部联原〔2025〕191号"
    assert nonferrous.document["plan_title"] == "有色金属行业稳增长工作方案（2025—2026年）"
    assert nonferrous.document["issuer"] == "工业和信息化部等八部门"
    assert petchem.publisher == "GOV" and petchem.document["issuer"].split("、") == [
        "工业和信息化部", "生态环境部", "应急管理部", "中国人民银行", "市场监管总局", "金融监管总局", "中华全国供销合作总社"]
    assert petchem.document["doc_number"] == ""          # an empty 发文字号 cell is not the next label
    assert {t.section for t in nonferrous.targets} == {"工作目标"}
    water = traditional.targets[2]
    assert (water.base_year, water.quote) == (2023, "万元工业增加值用水量较2023年下降13%左右")
    assert traditional.targets[0].quote == traditional.targets[1].quote    # a sentence with two targets
    assert ict.targets[0].origin == "table" and ict.targets[0].base_year == 2020
    assert ict.targets[0].section.startswith("专栏1")
    # the steel plan's facts about 2024 (粗钢产量10.05亿吨) are no target
    assert all("10.05" not in t.quote for t in plan(STEEL).targets)


def read(*paragraphs: str, tables=(), title="测试行动方案") -> Release:
    release = Release("https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_x.html", "MIIT", "plan", title,
                      None, "2026", "year")
    read_targets(release, list(paragraphs), list(tables), title)
    return release


def targets(release: Release) -> list[tuple]:
    return [(t.metric, t.comparator, t.value, t.value_high, t.unit, t.deadline_year) for t in release.targets]


@pytest.mark.parametrize("text, expected", [
    ("到2027年，工业企业关键工序数控化率和数字化研发设计工具普及率分别达到75%和95%以上。",
     [("工业企业关键工序数控化率", ">=", 75, None, "%", 2027), ("数字化研发设计工具普及率", ">=", 95, None, "%", 2027)]),
    ("2026年主要预期目标是：经济增长4.5%—5%，单位国内生产总值二氧化碳排放降低3.8%左右。",
     [("经济增长", "range", 4.5, 5, "%", 2026), ("单位国内生产总值二氧化碳排放降低", "approx", -3.8, None, "%", 2026)]),
    ("到2030年，重点行业能源消耗总量控制在12亿吨标准煤以内，单位产品能耗累计降低10%以上。",
     [("重点行业能源消耗总量", "<=", 12, None, "亿吨标准煤", 2030), ("单位产品能耗降低", "<=", -10, None, "%", 2030)]),
    ("力争到2028年，打造50个以上智能工厂，培育工业互联网平台不少于450个。",
     [("智能工厂", ">=", 50, None, "个", 2028), ("工业互联网平台", ">=", 450, None, "个", 2028)]),
    ("到2027年，全面完成年均增长5%左右的目标。", []),
    # 中小企业 after a count is what it counts, never a universe ('在41个大类中'); 力争 and its year inside a name
    ("到2027年，推动4万家以上中小企业开展数字化转型。", [("中小企业开展数字化转型", ">=", 4, None, "万家", 2027)]),
    ("到2027年，覆盖41个大类中的30个。", []),
    ("2026年，建材行业力争2026年绿色建材营业收入超过3000亿元。",
     [("建材行业绿色建材营业收入", ">=", 3000, None, "亿元", 2026)]),
    # 中 inside a name (中试平台) is no universe; counts joined by 和, each its own goal
    ("到2027年力争建成300个左右地方新材料中试平台。", [("地方新材料中试平台", "approx", 300, None, "个", 2027)]),
    ("到2027年，形成3个万亿级消费领域和10个千亿级消费热点。",
     [("万亿级消费领域", "=", 3, None, "个", 2027), ("千亿级消费热点", "=", 10, None, "个", 2027)]),
    ("到2027年，营收规模在41个工业大类中保持首位。", []),
])
def test_the_target_forms_of_plans(text, expected):
    assert targets(read(text)) == expected


def test_a_deadline_said_once_holds_for_the_items_of_its_section():
    # an action plan's goals: the deadline in a sentence with no figure, the targets in the items after it
    release = read("（二）主要目标",
                   "到2027年底，构建形成“能力普适、应用普及、赋能普惠”的发展格局，全面实现5G规模化应用。",
                   "——5G应用普及水平全面提升。5G个人用户普及率超过85%，5G网络接入流量占比超过75%，"
                   "5G物联网终端连接数超过1亿。",
                   "——5G网络服务能力全面升级。每万人拥有5G基站数达到38个，建成7万个5G行业虚拟专网。",
                   "三、重点任务",
                   "截至2024年9月底，5G基站总数达408.9万个。",
                   title="5G规模化应用“扬帆”行动升级方案")
    assert targets(release) == [
        ("5G个人用户普及率", ">=", 85, None, "%", 2027), ("5G网络接入流量占比", ">=", 75, None, "%", 2027),
        ("5G物联网终端连接数", ">=", 1, None, "亿", 2027), ("每万人拥有5G基站数", ">=", 38, None, "个", 2027),
        ("5G行业虚拟专网", "=", 7, None, "万个", 2027)]
    # a fact under another heading is no target, and is listed
    assert release.not_stored() == [("截至2024年9月底,5G基站总数达408.9万个。", "not stored")]


def test_items_after_a_deadline_with_no_heading_and_the_items_of_nothing():
    release = read("为加快5G规模化应用，制定本方案。", "到2027年底，全面实现5G规模化应用。",
                   "——5G个人用户普及率超过85%，5G网络接入流量占比超过75%。", "——每万人拥有5G基站数达到38个。",
                   "各地要加强组织实施，2024年已建成5G基站400万个。", "——5G基站达到500万个。",
                   title="5G规模化应用“扬帆”行动升级方案")
    assert targets(release) == [("5G个人用户普及率", ">=", 85, None, "%", 2027),
                                ("5G网络接入流量占比", ">=", 75, None, "%", 2027),
                                ("每万人拥有5G基站数", ">=", 38, None, "个", 2027)]
    # after a paragraph of facts the deadline no longer holds: an item there is listed, not guessed a target
    assert [reason for _, reason in release.not_stored()] == ["not stored", "not stored"]


def test_sub_headings_of_the_goals_a_growth_of_the_name_just_read_and_a_range_of_counts():
    release = read("二、发展目标",
                   "到2025年，规模以上企业软件业务收入突破14万亿元，年均增长12%以上。",
                   "（一）产业基础实力显著增强。",
                   "工业App突破100万个，建设2—3个有国际影响力的开源社区。",
                   "三、主要任务",
                   "（一）夯实产业基础。2020年，我国软件业务收入达到8.16万亿元。",
                   title="“十四五”软件和信息技术服务业发展规划")
    assert targets(release) == [
        ("规模以上企业软件业务收入", ">=", 14, None, "万亿元", 2025), ("规模以上企业软件业务收入增长", ">=", 12, None, "%", 2025),
        ("工业App", ">=", 100, None, "万个", 2025), ("有国际影响力的开源社区", "range", 2, 3, "个", 2025)]
    assert release.targets[1].annual_avg and {t.section for t in release.targets} == {"发展目标"}
    assert release.not_stored() == [("2020年,我国软件业务收入达到8.16万亿元。", "not stored")]


def test_the_window_of_the_title_and_a_count_in_yi_with_no_unit():
    release = read("二、总体目标",
                   "——5G应用关键指标大幅提升。5G个人用户普及率超过40%，用户数超过5.6亿。",
                   title="5G应用“扬帆”行动计划（2021—2023年）")
    assert targets(release) == [("5G个人用户普及率", ">=", 40, None, "%", 2023), ("用户数", ">=", 5.6, None, "亿", 2023)]


def test_facts_forecasts_and_places_are_no_targets():
    release = read("（一）发展现状。2025年，钢铁行业增加值增长2.2%，截至2025年底已建成5G基站483.8万个。",
                   "到2026年，预计软件业务收入增长12%左右。",
                   "到2027年，电子信息制造业营收保持在工业41个大类中第一。")
    assert release.targets == []


def test_a_table_of_targets_with_comparators_in_its_cells():
    table = [["指标", "单位", "2024年", "2027年目标"], ["工业互联网平台普及率", "%", "……", "≥55"],
             ["重点工业设备连接数", "亿台(套)", "……", "1.2以上"], ["单位增加值能耗下降", "%", "……", "约13.5"]]
    assert targets(read("二、主要目标", tables=[table])) == [
        ("工业互联网平台普及率", ">=", 55, None, "%", 2027), ("重点工业设备连接数", ">=", 1.2, None, "亿台(套)", 2027),
        ("单位增加值能耗下降", "approx", 13.5, None, "%", 2027)]
    # the caption printed before it, read as a title row spanning every column (html.caption_of), is no header
    captioned = [["表1 2024—2027年主要目标"] * 4, *table]
    assert targets(read("二、主要目标", tables=[captioned])) == targets(read("二、主要目标", tables=[table]))


def test_a_changed_page_layout_is_a_clear_error_naming_the_part():
    steel = PLAN_PAGES[STEEL].read_text(encoding="utf-8").replace('id="con_con"', 'id="content"').replace(
        "ccontent", "article")
    with pytest.raises(ParseError, match=r"art_7b1e.*: body: expected div.ccontent#con_con"):
        parse_page(steel.encode(), STEEL)
    petchem = PLAN_PAGES[PETCHEM].read_text(encoding="utf-8").replace("UCAP-CONTENT", "main").replace(
        "pages_content", "x")
    with pytest.raises(ParseError, match=r"content_7042815.htm: body: expected #UCAP-CONTENT"):
        parse_page(petchem.encode(), PETCHEM)


def test_the_policy_library_list_and_a_notice_out_of_scope():
    from xinzhi.sources import govcn
    from xinzhi.sources.miit import classify_policy

    home = (MIRROR / "www.gov.cn/zhengce/zhengceku/bmwj/home.htm").read_text(encoding="utf-8")
    items = govcn.parse_list(home, govcn.LIST_URL)
    assert [(u.rsplit("/", 1)[-1], d.date().isoformat()) for u, _, d in items] == [
        ("content_7045120.htm", "2025-10-20"), ("content_7042815.htm", "2025-09-26"), ("content_7038406.htm", "2025-09-04")]
    assert [govcn.classify(t) for _, t, _ in items] == [None, "plan", "plan"]
    assert classify_policy("工业和信息化部办公厅关于组织开展2025年工业互联网试点示范项目申报工作的通知") is None
    # a document the catalogue cites is in scope whatever its form (a report, a list)
    assert classify_policy("国家级零碳园区建设名单（第一批）") == "plan"


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """A warehouse of the fixture plans with the steel plan's growth target drifted to 3 % and the
    electronics plan absent: its five targets are then not archived."""
    steel = PLAN_PAGES[STEEL].read_text(encoding="utf-8").replace("年均增长4%左右", "年均增长3%左右")
    releases = [parse_page(steel.encode(), STEEL)] + [plan(u) for u in EXPECTED if u not in (STEEL, ELECTRONICS)]
    path = tmp_path_factory.mktemp("plans") / "w.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="fixture",
                    releases=[(r, f"{i:064d}", "loaded") for i, r in enumerate(releases)])
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def test_each_target_is_confirmed_differs_not_found_or_not_archived(checked):
    rows = {r[0]: r[1:] for r in checked.execute(
        "SELECT target_id, verification, document_value, differences, document_url FROM marts.target_documents").fetchall()}
    assert rows["steel_va_avg_growth_2025_26"][:3] == (
        "differs", 3.0, "value 3.0% in the document, 4.0% in the catalogue")
    assert rows["steel_ultra_low_emission_2025"][0] == "confirmed"
    assert rows["nonferrous_recycled_output_2026"][:2] == ("confirmed", 2000.0)
    assert rows["ict14_g5_bs_per_10k_2025"][0] == "confirmed"       # a table's bare 26 confirms ≥ 26
    assert rows["ict14_telecom_rd_share_2025"][0] == "not found in document"
    assert rows["elec_server_industry_2026"] == ("document not archived yet", None, None, None)
    assert rows["auto_2026_qualitative"][0] == "document not archived yet"
    assert rows["rd_superdeduction_mfg"][0] == "no document"
    card = dict(checked.execute("SELECT target_id, verification FROM marts.target_scorecard").fetchall())
    assert card["steel_va_avg_growth_2025_26"] == "differs" and card["petchem_va_avg_growth_2025_26"] == "confirmed"
    assert len(card) == len(rows)
    candidates = checked.execute("SELECT metric, value, unit FROM marts.target_candidates ORDER BY ordinal").fetchall()
    assert candidates == [("10G-PON及以上端口数", 1200.0, "万个"), ("5G用户普及率", 56.0, "%"), ("千兆宽带用户数", 6000.0, "万户")]
    lineage = checked.execute("""SELECT count(*) FROM core.target_statements WHERE source_url IS NULL OR quote = ''
                                 OR sha256 IS NULL OR parser_version IS NULL""").fetchone()[0]
    assert lineage == 0


def test_parse_prints_a_plans_targets_as_json_lines():
    from typer.testing import CliRunner

    from xinzhi.cli import app

    result = CliRunner().invoke(app, ["parse", str(PLAN_PAGES[NONFERROUS]), "--url", NONFERROUS])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["metric"], r["comparator"], r["value"], r["deadline_year"]) for r in rows] == [
        (m, c, v, d) for m, c, v, _, _, d, _ in EXPECTED[NONFERROUS]]
    assert {r["doc_number"] for r in rows} == {"工信部联原〔2025〕191号"}
    assert rows[2]["quote"] == "再生金属产量突破2000万吨"


def test_a_document_published_only_as_an_attachment_is_recorded_with_it_named():
    from xinzhi.model import NotHtml

    page = PLAN_PAGES[PETCHEM].read_text(encoding="utf-8")
    start, end = page.index('<div class="pages_content"'), page.index("</div>", page.index('<div class="pages_content"'))
    page = page[:start] + ('<div class="pages_content" id="UCAP-CONTENT"><p>附件：<a href="/zhengce/zhengceku/202509/'
                           'P020250926.pdf">石化化工行业稳增长工作方案.pdf</a></p>') + page[end:]
    with pytest.raises(NotHtml, match=r"content_7042815.htm: published as an attachment only \(/zhengce/.*\.pdf\)"):
        parse_page(page.encode(), PETCHEM)


def test_goals_listed_with_yiji_are_each_a_goal():
    assert targets(read("提出到2027年发布并实施200项以上数字化转型标准、100项以上新材料领域标准以及100项以上绿色低碳标准。")) == [
        ("数字化转型标准", ">=", 200, None, "项", 2027), ("新材料领域标准", ">=", 100, None, "项", 2027),
        ("绿色低碳标准", ">=", 100, None, "项", 2027)]


def test_one_names_goals_for_two_years_listed_by_pause_marks():
    # real targets: the "AI+ manufacturing" action's penetration of intelligent terminals and agents
    release = read("新一代智能终端、智能体等应用普及率到2027年超过70%、到2030年超过90%。")
    assert {(t.metric, t.value, t.deadline_year) for t in release.targets} == {
        ("新一代智能终端、智能体等应用普及率", 70.0, 2027), ("新一代智能终端、智能体等应用普及率", 90.0, 2030)}
