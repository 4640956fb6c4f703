from datetime import datetime

import pytest
from conftest import NBS

from xinzhi.model import ParseError
from xinzhi.releases import kind_of
from xinzhi.sources import nbs


def test_list_page_items_deduplicated_and_malformed_dropped():
    html = (NBS / "sj/zxfb/index.html").read_text(encoding="utf-8")
    items, pages = nbs.parse_list_page(html, nbs.LIST_URL)
    urls = [u for u, _, _ in items]
    assert len(urls) == len(set(urls)) == 6
    assert pages == 2
    first = dict((u, (t, d)) for u, t, d in items)["https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html"]
    assert first == ("2026年1—2月份规模以上工业增加值增长6.3%", datetime(2026, 3, 16))


def test_feed_reads_pubdate_or_pubtime():
    items = nbs.parse_feed((NBS / "sj/zxfb/rss.xml").read_bytes(), nbs.FEED_URL)
    assert [d for _, _, d in items] == [datetime(2026, 3, 16, 10), datetime(2026, 3, 16, 10), datetime(2025, 12, 15, 10)]


def test_feed_that_is_not_xml_is_a_parse_error():
    with pytest.raises(ParseError, match="rss.xml: feed"):
        nbs.parse_feed(b"<html><body>503 Service Unavailable", nbs.FEED_URL)


@pytest.mark.parametrize("title, kind", [
    ("2025年11月份规模以上工业增加值增长4.8%", "industrial_production"),
    ("2026年1—2月份规模以上工业增加值增长6.3%", "industrial_production"),
    ("2020年1—2月份规模以上工业增加值下降13.5%", "industrial_production"),
    ("2019年4月份规模以上工业生产运行情况", "industrial_production"),
    ("2025年11月份国民经济运行总体平稳", None),
    ("国家统计局工业司首席统计师解读2025年11月份工业生产数据", None),
    ("2025年1—10月份全国规模以上工业企业利润", None),
    ("2025年三季度全国规模以上工业产能利用率", None),
    ("2025年11月份居民消费价格同比下降0.1%", None),
])
def test_release_kind_from_title(title, kind):
    assert kind_of(title) == kind


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
