import pytest

from xinzhi.cn import CHANGE_RE, Period, find_period, fold, parse_change, parse_number


def change(text):
    return parse_change(CHANGE_RE.search(fold(text)))


@pytest.mark.parametrize("text, value, unit, base", [
    ("同比增长4.8%", 4.8, "%", "yoy"),
    ("下降0.5%", -0.5, "%", ""),
    ("同比持平", 0.0, "%", "yoy"),
    ("持平", 0.0, "%", ""),
    ("增长2.8倍", 280.0, "%", ""),
    ("比上年翻了一番", 100.0, "%", "yoy"),      # doubled: +100 %; doubled twice: +300 %
    ("翻两番", 300.0, "%", ""),
    ("是上年同期的2倍多", 100.0, "%", "yoy"),  # a multiple of a year earlier: +100 %, over
    ("约为上年同期的1.9倍", 90.0, "%", "yoy"),
    ("比上月增长0.44%", 0.44, "%", "mom"),
    ("比11月增长0.42%", 0.42, "%", "mom"),
    ("环比下降0.12%", -0.12, "%", "mom"),
    ("同比名义下降0.1%", -0.1, "%", "yoy"),
    ("比上年同月下降0.4个百分点", -0.4, "百分点", "yoy"),
    ("同比实际增长６．２％", 6.2, "%", "yoy"),   # full-width digits and percent sign
    ("同比提升33%", 33.0, "%", "yoy"),           # 提升 said of a growth, as 提高
])
def test_changes_are_signed_and_scaled(text, value, unit, base):
    got = change(text)
    assert (got.value, got.unit, got.base) == (value, unit, base)


def test_fold_keeps_length_and_unifies_dashes():
    text = "1—11月份，１－２月份，1～2月"
    assert len(fold(text)) == len(text)
    assert fold(text) == "1-11月份,1-2月份,1-2月"


@pytest.mark.parametrize("text, period", [
    ("11月份，", Period("2025-11", "month")),
    ("1—11月份", Period("2025-11", "ytd")),
    ("1－2月份", Period("2025-02", "ytd")),
    ("2026年1—2月份规模以上", Period("2026-02", "ytd")),
    ("1~2月份", Period("2025-02", "ytd")),
    ("前三季度", Period("2025-09", "ytd")),
    ("上半年", Period("2025-06", "ytd")),
    ("一季度", Period("2025-03", "ytd")),
    ("前11个月", Period("2025-11", "ytd")),
    ("前十个月", Period("2025-10", "ytd")),
    ("1—12月份", Period("2025", "year")),
    ("2024年，", Period("2024", "year")),
    ("2021年11月份规模以上工业", Period("2021-11", "month")),
    ("2023年初第二批授牌后，", Period("2023-01", "month")),     # the start of a year: its first month, never its end
    ("2024年年初，", Period("2024-01", "month")),
    ("2024年初步核算，", Period("2024", "year")),                # 初步: preliminary, no start of the year
    ("截至去年底，", Period("2024-12", "month")),                # the end of the year before the page's
    ("回看去年年底，", Period("2024-12", "month")),              # said with 年 twice
])
def test_periods(text, period):
    assert find_period(fold(text), 2025)[0] == period


def test_no_period_in_plain_text():
    assert find_period("规模以上工业增加值", 2025) is None
    # an edition of a document ('《…目录（2024年版）》') is no period of what the sentence says
    assert find_period(fold("《重点新材料首批次应用示范指导目录（2024年版）》共收录新材料"), 2025) is None


@pytest.mark.parametrize("text, value", [
    ("6.0", 6.0), ("-2.6", -2.6), ("……", None), ("", None), ("1,310.3", 1310.3), ("－0.8", -0.8), ("-", None),
])
def test_table_numbers(text, value):
    assert parse_number(text) == value


def test_two_printings_agree_only_at_the_precision_both_carry():
    from xinzhi.cn import agree
    assert agree(6.0, 6.04) and agree(6.0, 6.0) and agree(13610.0, 13610.0)
    assert not agree(6.0, 6.1)          # 6.0 is printed with one decimal: not "6"
    assert not agree(13610.0, 13611.0)
    assert agree(5.25, 5.3) and agree(5.3, 5.25)   # rounded half up, as printed
    assert not agree(5.24, 5.3)
    # a mangled figure far beyond what a page prints is compared as it is, never rounded (a Decimal overflows)
    assert not agree(1e27, 1.9) and not agree(1e17, 1.9) and agree(1e17, 1e17)


@pytest.mark.parametrize("text, value", [
    ("6.0", 6.0), ("－2.6", -2.6), ("1,310.3", 1310.3), (" 12 ", 12.0), ("96.5%", 96.5),
    ("49.2 3", None),     # two text runs of a broken cell: joining them would make a figure up
    ("1,2", None), ("……", None), ("-", None), ("", None),
])
def test_parse_number_reads_only_what_is_printed(text, value):
    from xinzhi.cn import parse_number
    assert parse_number(text) == value


def test_over_said_before_the_magnitude_is_over_with_its_bound():
    from xinzhi.cn import QUANTITY_RE, parse_quantity
    for text, value, unit, bound in (("900余万架", 900.0, "万架", 1000.0), ("1000多万辆", 1000.0, "万辆", 2000.0),
                                     ("3.5万余家", 3.5, "万家", 3.6), ("5000余家", 5000.0, "家", 6000.0)):
        found = parse_quantity(QUANTITY_RE.search(text))
        assert (found.value, found.unit, found.qualifier, found.bound) == (value, unit, "over", bound)
    assert parse_quantity(QUANTITY_RE.search("1085万架")).qualifier == "exact"


@pytest.mark.parametrize("text, value, unit, qualifier, counts", [
    ("不低于80%", 80.0, "%", "over", False),            # at least: the negation decides, never 低于 after it
    ("不少于100家", 100.0, "家", "over", True),
    ("不超过1.5亿元", 1.5, "亿元", "under", False),       # at most
    ("时延不高于20毫秒", 20.0, "毫秒", "under", False),
    ("拦截诈骗电话36亿次", 36.0, "亿次", "exact", True),   # times done: a count
    ("算力规模达到12.6万P", 12.6, "万P", "exact", False),  # computing power in petaflops
    ("我国消费品新增1516.6万种，", 1516.6, "万种", "exact", True),   # kinds: a count
    ("共收录新材料299种。", 299.0, "种", "exact", True),
    ("汇聚代码贡献者8600多位，", 8600.0, "位", "over", True),      # people
    ("代码规模超过1.3亿行，", 1.3, "亿行", "over", False),          # lines of code
    ("工业雷管产量为2.47亿发，", 2.47, "亿发", "exact", False),      # detonators
])
def test_a_quantity_s_unit_and_qualifier(text, value, unit, qualifier, counts):
    from xinzhi.cn import QUANTITY_RE, parse_quantity
    found = parse_quantity(QUANTITY_RE.search(text))
    assert (found.value, found.unit, found.qualifier, found.counts) == (value, unit, qualifier, counts)


def test_a_number_inside_a_name_is_no_count_of_kinds():
    from xinzhi.cn import QUANTITY_RE
    assert [m.group() for m in QUANTITY_RE.finditer("10种主要再生资源利用量超过4亿吨")] == ["超过4亿吨"]
    assert QUANTITY_RE.search("连续打出3发") is None        # detonators are counted in 万 or 亿 only


def test_a_price_said_per_unit_first_folds_to_the_unit_price_keeping_its_length():
    for printed, folded in [("价格为每吨362元，", "价格为362元/吨,"), ("每件12.5美元", "12.5美元/件"),
                            ("铜年均价每吨7.99万元", "铜年均价7.99万元/吨"), ("每万人拥有34.4个", "每万人拥有34.4个")]:
        assert fold(printed) == folded and len(fold(printed)) == len(printed)
