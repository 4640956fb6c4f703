"""Property-based tests: mutated and random pages through every parser. Only the project's
own errors may escape, no figure comes from garbage, and whatever is emitted is a catalogue
indicator whose number is printed in its quote."""
import math
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import NBS
from test_parse_releases import PAGES, url_of

from xinzhi import catalogue
from xinzhi.cn import NUMBER, fold
from xinzhi.html import decode_body
from xinzhi.model import XinzhiError
from xinzhi.pipeline import parse_page

# `make soak` runs many more examples than CI does.
FUZZ = settings(max_examples=int(os.environ.get("XINZHI_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
# Every kind: the industrial production pages (one served GBK) and the pages of test_parse_releases.
IP_PAGES = [NBS / "sj/zxfb/202512/t20251215_1962074.html", NBS / "sj/zxfb/202603/t20260316_1962782.html",
            NBS / "sj/zxfb/202412/t20241216_1957755.html", NBS / "tjsj/zxfb/202112/t20211215_1825402.html"]
PAGE_TEXTS = [(decode_body(p.read_bytes()), url_of(p)) for p in IP_PAGES + [p for p, *_ in PAGES]]
CJK = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400)) + "增长下降百分点亿元万吨为比上年同期，。、；：%（）0123456789.—－ "


def parse_or_refuse(html: str, url: str):
    """A Release, or None when the parser refused the page with the project's own error."""
    try:
        return parse_page(html.encode("utf-8", "surrogatepass"), url)
    except XinzhiError:
        return None


def assert_sound(release) -> None:
    codes = catalogue.indicators()
    for o in release.observations:
        assert o.indicator in codes, o.indicator
        printed = fold(o.quote).replace(",", "")
        # 增长2.8倍 is stored as 280 %: the quote then holds 2.8; digits as printed, never 2.00007e+08
        numbers = [float(n) for n in re.findall(NUMBER, printed)]
        assert o.value == 0 or any(math.isclose(value, n, rel_tol=1e-12) for value in (abs(o.value), abs(o.value) / 100)
                                   for n in numbers), (o.value, o.quote)


@st.composite
def mutated(draw):
    html, url = draw(st.sampled_from(PAGE_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(html)))
        end = min(len(html), start + draw(st.integers(0, 400)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "swap_digits"]))
        if action == "delete":
            html = html[:start] + html[end:]
        elif action == "insert":
            html = html[:start] + draw(st.text(alphabet=CJK + "<>/=\"'", max_size=60)) + html[start:]
        elif action == "duplicate":
            html = html[:end] + html[start:end] + html[end:]
        else:
            html = html[:start] + re.sub(r"\d", lambda m: str((int(m.group()) + 3) % 10), html[start:end]) + html[end:]
    return html, url


@FUZZ
@given(mutated())
def test_mutated_pages_give_sound_figures_or_a_parse_error(page):
    html, url = page
    release = parse_or_refuse(html, url)
    if release is not None:
        assert_sound(release)


TEMPLATE = ('<html><head><meta charset="UTF-8"></head><body><div class="detail-title"><h1>{title}</h1>'
            '<div class="detail-title-des"><h2><p>2025/12/15 10:00</p></h2></div></div>'
            '<div class="trs_editor_view TRS_UEDITOR">{body}</div></body></html>')
TITLES = ["2025年11月份规模以上工业增加值增长4.8%", "2025年11月份国民经济运行总体平稳", "2025年11月中国采购经理指数运行情况",
          "2025年1—10月份全国规模以上工业企业利润增长1.9%", "中华人民共和国2025年国民经济和社会发展统计公报"]


@FUZZ
@given(st.sampled_from(TITLES), st.lists(st.text(alphabet=CJK, min_size=1, max_size=200), min_size=1, max_size=8))
def test_garbage_in_a_valid_template_gives_no_figure(title, paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    release = parse_or_refuse(TEMPLATE.format(title=title, body=body), "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_9.html")
    assert release is None or release.observations == []


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_are_refused_with_the_projects_error(data):
    for url in ("https://www.stats.gov.cn/sj/zxfb/202512/t20251215_9.html",
                "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/art_0123456789abcdef0123456789abcdef.html"):
        try:
            parse_page(data, url)
        except XinzhiError:
            continue
        raise AssertionError("random bytes parsed as a release")
