import json
from datetime import datetime

import pytest
from conftest import MIIT, NBS

from xinzhi.model import ParseError
from xinzhi.releases import kind_of
from xinzhi.sources import miit, nbs


def test_list_page_items_deduplicated_and_malformed_dropped():
    html = (NBS / "sj/zxfb/index.html").read_text(encoding="utf-8")
    items, pages = nbs.parse_list_page(html, nbs.LIST_URL)
    urls = [u for u, _, _ in items]
    assert len(urls) == len(set(urls)) == 10
    assert pages == 2
    first = dict((u, (t, d)) for u, t, d in items)["https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html"]
    assert first == ("2026年1—2月份规模以上工业增加值增长6.3%", datetime(2026, 3, 16))


def test_feed_reads_pubdate_or_pubtime():
    items = nbs.parse_feed((NBS / "sj/zxfb/rss.xml").read_bytes(), nbs.FEED_URL)
    assert [d for _, _, d in items] == [datetime(2026, 3, 16, 10), datetime(2026, 3, 16, 10),
                                        datetime(2026, 2, 28, 9, 30), datetime(2025, 12, 15, 10)]


def test_feed_that_is_not_xml_is_a_parse_error():
    with pytest.raises(ParseError, match="rss.xml: feed"):
        nbs.parse_feed(b"<html><body>503 Service Unavailable", nbs.FEED_URL)


@pytest.mark.parametrize("title, kind", [
    ("2025年11月份规模以上工业增加值增长4.8%", "industrial_production"),
    ("2026年1—2月份规模以上工业增加值增长6.3%", "industrial_production"),
    ("2020年1—2月份规模以上工业增加值下降13.5%", "industrial_production"),
    ("2019年4月份规模以上工业生产运行情况", "industrial_production"),
    ("2025年11月份国民经济运行总体平稳", "monthly_overview"),
    ("前三季度国民经济稳中有进", "monthly_overview"),
    ("2025年国民经济运行稳中有进", "monthly_overview"),
    ("2025年11月中国采购经理指数运行情况", "pmi"),
    ("2025年1—10月份全国规模以上工业企业利润增长1.9%", "industrial_profits"),
    ("2025年全国规模以上工业企业利润增长0.6%", "industrial_profits"),
    ("中华人民共和国2025年国民经济和社会发展统计公报", "annual_communique"),
    # Interpretations, other topics and regional communiqués are out of scope.
    ("国家统计局工业司首席统计师解读2025年11月份工业生产数据", None),
    ("国家统计局服务业调查中心高级统计师解读2025年11月中国采购经理指数", None),
    ("2025年三季度全国规模以上工业产能利用率", None),
    ("2025年11月份居民消费价格同比下降0.1%", None),
    ("2025年1—11月份全国房地产市场基本情况", None),
    ("北京市2025年国民经济和社会发展统计公报", None),
])
def test_release_kind_from_title(title, kind):
    assert kind_of(title, "NBS") == kind


@pytest.mark.parametrize("title, kind", [
    ("2026年前7个月通信业经济运行情况", "telecom"),
    ("2026年上半年通信业经济运行情况", "telecom"),
    ("2025年通信业统计公报", "telecom"),
    ("2026年1—7月份软件业运行情况", "software"),
    ("2025年1－11月软件和信息技术服务业运行情况", "software"),
    ("2025年1—2月电子信息制造业运行情况", "electronics"),
    ("2022年一季度铜行业运行情况", "raw_materials"),      # a single metal or product of the column
    ("2023年1－8月光伏压延玻璃行业运行情况", "raw_materials"),
    ("2025年10月汽车工业经济运行情况", "equipment"),
    ("2025年船舶工业经济运行情况", "equipment"),
    ("2024年纺织行业运行情况", "consumer_goods"),
    ("2024年1-7月家电行业运行情况", "consumer_goods"),
    ("2024年软件和信息技术服务业主要指标", "software"),
    ("2020年上半年钢铁行业运行情况", "raw_materials"),
    ("2025年前三季度有色金属行业运行情况", "raw_materials"),
    ("2022年1—8月装备工业运行情况", "equipment"),
    ("2024年通信业统计公报解读", None),
    ("2025年11月份通信业主要指标完成情况", None),
])
def test_miit_release_kind_from_title(title, kind):
    assert kind_of(title, "MIIT") == kind
    assert kind is None or kind_of(title, "NBS") is None   # each kind belongs to one publisher


def test_a_report_of_a_statistics_column_is_its_kind_whatever_its_title_names():
    column = "https://www.miit.gov.cn/gxsj/tjfx/{}/art/2025/art_0123456789abcdef0123456789abcdef.html"
    assert kind_of("2025年1—9月稀土行业经济运行简况", "MIIT", column.format("yclgy")) == "raw_materials"
    assert kind_of("2025年工业机器人行业运行情况", "MIIT", column.format("zbgy")) == "equipment"
    assert kind_of("2025年上半年皮革行业运行简况", "MIIT", column.format("xfpgy")) == "consumer_goods"
    assert kind_of("2024年软件业经济运行情况解读", "MIIT", column.format("rjy")) is None    # refused by the kind


def test_miit_column_page_names_the_list_api_call():
    html = (MIIT / "gxsj/tjfx/dzxx/index.html").read_text(encoding="utf-8")
    url = miit.list_api_url(html, miit.column_url("gxsj/tjfx/dzxx"))
    assert url.startswith("https://www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?")
    assert "pageId=6e0a2c4e6a8c4e0a2c4e6a8c0e2a4c61" in url and "pageType=column" in url


def test_miit_column_ids_in_a_script_block_are_read_too():
    html = ("<html><body><script>var unitConfig = {'webId':'8d828e408d90447786ddbe128d495e9e',"
            "'tplSetId':'209741b2109044b5b7695700b2bec37e','pageId':'1b56e5adc362428299dfc3eb444fe23a'};</script>"
            "</body></html>")
    url = miit.list_api_url(html, miit.column_url("xwfb/szyw"))
    assert "pageId=1b56e5adc362428299dfc3eb444fe23a" in url and "webId=8d828e408d90447786ddbe128d495e9e" in url
    assert "parseType=buildstatic" in url and "tagId=" in url


def test_miit_column_page_without_the_ids_says_what_is_missing():
    with pytest.raises(ParseError, match="dzxx/index.html: list script"):
        miit.list_api_url("<html></html>", miit.column_url("gxsj/tjfx/dzxx"))


def test_miit_list_api_answer():
    body = (MIIT / "api-gateway/jpaas-publish-server/front/page/build/unit@pageId=1434685f08314ae8ae78f78b6a5a7915").read_bytes()
    items = miit.parse_list_api(body, "https://www.miit.gov.cn/api")
    assert items[1] == ("https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/art_8e2d4b6a1c3f4a7b9d0e5f2a6c8b1d47.html",
                        "2025年前11个月通信业经济运行情况", datetime(2025, 12, 22))
    assert [title for _, title, _ in items] == ["2025年通信业统计公报", "2025年前11个月通信业经济运行情况",
                                                "2025年11月份通信业主要指标完成情况", "2025年前三季度通信业经济运行情况"]


@pytest.mark.parametrize("body, expected", [
    (b"<html>500</html>", "JSON"),
    (b'{"success": false, "code": 500, "message": "method not allowed"}', "success: true"),
    (b'{"success": true, "data": {}}', "success: true"),
])
def test_miit_list_api_errors_name_the_call(body, expected):
    with pytest.raises(ParseError, match=f"https://www.miit.gov.cn/api: list API answer: expected .*{expected}"):
        miit.parse_list_api(body, "https://www.miit.gov.cn/api")


def test_miit_list_api_drops_items_that_are_not_articles():
    html = ('<ul><li><a href="/gxsj/tjfx/txy/index_2.html" title="下一页">下一页</a></li>'
            '<li><a href="https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/art_0123456789abcdef0123456789abcdef.html">'
            '2025年前三季度通信业经济运行情况</a><span>2025-10-27</span></li><li>no link</li></ul>')
    body = json.dumps({"success": True, "data": {"html": html}}).encode()
    assert [t for _, t, _ in miit.parse_list_api(body, "x")] == ["2025年前三季度通信业经济运行情况"]


def test_old_site_list_page():
    html = """<html><body><div class="center_list"><ul class="center_list_contlist">
      <li><a href="./202112/t20211215_1825402.html"><span class="cont_tit"><font class="cont_tit03">2021年11月份规模以上工业增加值增长3.8%</font>
          <font class="cont_tit02">2021-12-15</font></span></a></li>
      <li><a href="./202112/t20211209_1825100.html"><span class="cont_tit"><font class="cont_tit03">2021年11月份居民消费价格同比上涨2.3%</font>
          <font class="cont_tit02">2021-12-09</font></span></a></li>
    </ul></div><script>createPageHTML(45, 0, "index", "html");</script></body></html>"""
    items, pages = nbs.parse_list_page(html, "http://www.stats.gov.cn/tjsj/zxfb/")
    assert pages == 45
    assert items[0][0] == "http://www.stats.gov.cn/tjsj/zxfb/202112/t20211215_1825402.html"
    assert items[0][1].startswith("2021年11月份规模以上工业增加值增长3.8%")
    assert items[0][2] == datetime(2021, 12, 15)


def test_release_date_comes_from_the_page_then_the_list_never_the_migration_url():
    url = "https://www.stats.gov.cn/sj/zxfb/202302/t20230203_1901712.html"   # re-hosted in the 2023 migration
    body = ("<div class='detail-title'><h1>2022年12月份规模以上工业增加值增长1.3%</h1>{header}</div>"
            "<div class='TRS_Editor'><p>12月份，规模以上工业增加值同比实际增长1.3%。</p></div>")
    with_header = body.format(header="<div class='detail-title-des'><h2><p>2023/01/17 10:00</p></h2></div>")
    assert nbs.parse_article(with_header, url).published_at == datetime(2023, 1, 17, 10)
    without = body.format(header="")
    assert nbs.parse_article(without, url, list_date=datetime(2023, 1, 17)).published_at == datetime(2023, 1, 17)
    assert nbs.parse_article(without, url).published_at == datetime(2023, 2, 3)   # last resort


def test_who_wrote_a_ministry_page_is_read_from_its_meta_or_its_date_line():
    url = "https://www.miit.gov.cn/xwfb/gxdt/art/2026/art_00000000000000000000000000000004.html"
    page = ("<html><head>{meta}</head><body><h1 id='con_title'>江苏：向新向优态势更加明显</h1>"
            "<div class='cinfo center'><span id='con_time'>发布时间：2026-02-06 14:10</span>"
            "<span>来源：江苏省工业和信息化厅</span></div><div class='ccontent center' id='con_con'>"
            "<p>2025年，全省规模以上工业增加值同比增长6.5%。</p></div></body></html>")
    by_meta = miit.parse_article(page.format(meta="<meta name='ContentSource' content='江苏省工业和信息化厅'>"), url)
    assert by_meta.meta == {"source": "江苏省工业和信息化厅"}
    assert miit.parse_article(page.format(meta=""), url).meta == {"source": "江苏省工业和信息化厅"}
    assert miit.parse_article(page.format(meta="").replace("<span>来源：江苏省工业和信息化厅</span>", ""), url).meta == {}
