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
