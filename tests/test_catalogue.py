import pytest

from xinzhi.catalogue import clean_label, counted_series, indicators, lookup, resolve, split_labels


def test_labels_with_inner_punctuation_stay_whole():
    text = "有色金属冶炼和压延加工业、黑色金属矿采选业、电力、热力生产和供应业、医药制造业"
    assert split_labels(text) == ["有色金属冶炼和压延加工业", "黑色金属矿采选业", "电力、热力生产和供应业", "医药制造业"]


def test_sector_list_with_final_he():
    assert split_labels("采矿业、制造业和电力、热力、燃气及水生产和供应业") == [
        "采矿业", "制造业", "电力、热力、燃气及水生产和供应业"]


def test_aliases_and_prefixes():
    assert lookup("其中：国有控股企业").code == "industrial_va.state_holding"
    assert lookup("外商及港澳台商投资企业").code == "industrial_va.foreign_hmt"
    assert lookup("移动通信手持机（手机）").code == "output.mobile_phones"
    assert clean_label("钢材[1]") == "钢材"


def test_names_resolve_only_within_the_families_asked_for():
    assert resolve("服务器").code == "output.servers"
    assert resolve("服务器", ("industrial_va",)) is None
    assert resolve("钢材1", ("output",)).code == "output.steel_products"   # flat footnote mark
    # An unknown name is never turned into a code: it is reported as skipped instead.
    assert resolve("机器狗") is None
    assert resolve("规模以上工业统计范围为年主营业务收入2000万元") is None


def test_catalogue_has_all_41_divisions_for_value_added_profits_and_revenue():
    for family in ("industrial_va", "industrial_profit", "industrial_revenue"):
        divisions = [c for c, i in indicators().items() if i.dimension == "industry" and c.startswith(family + ".")]
        assert len(divisions) == 41, family


def test_every_code_is_unique_and_documented():
    import csv

    from xinzhi.catalogue import SEEDS
    rows = list(csv.DictReader(open(SEEDS / "indicators.csv", encoding="utf-8")))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        assert row["name_zh"] and row["name_en"] and row["unit"] and row["theme"], row["code"]
        assert row["dimension"] in ("total", "sector", "ownership", "industry", "industry_group", "product",
                                    "region", "size", "segment"), row["code"]
        assert row["counts_as"] in ("stock", "flow", ""), row["code"]


def test_a_series_kept_by_province_has_every_province():
    import csv

    from xinzhi import catalogue
    provinces = {row["name_zh"] for row in csv.DictReader(open(catalogue.SEEDS / "provinces.csv", encoding="utf-8"))}
    by_series: dict[str, set] = {}
    for code, ind in catalogue.indicators().items():
        if ind.dimension == "region" and ind.name_zh in provinces:
            by_series.setdefault(code.rpartition(".")[0], set()).add(ind.name_zh)
    assert {"vehicles.production", "industrial_va", "green_factories_new", "software_revenue"} <= set(by_series)
    assert {series: sorted(provinces - kept) for series, kept in by_series.items() if kept != provinces} == {}


def test_a_breakdown_of_a_stock_is_a_stock_and_counts_of_what_was_new_are_flows():
    from xinzhi import catalogue
    for code in catalogue.indicators():
        whole = code.rsplit(".", 1)[0]
        if code.count(".") == 2 and whole in catalogue.STOCKS:      # telecom.bs_5g.east of telecom.bs_5g
            assert code in catalogue.STOCKS, code
    assert not catalogue.STOCKS & catalogue.FLOW_COUNTS
    assert {"telecom.bs_5g.east", "green_factories", "sme.little_giants"} <= catalogue.STOCKS
    assert {"green_factories_new", "sme.little_giants_new", "phone_shipments"} <= catalogue.FLOW_COUNTS


def test_the_same_name_means_different_series_in_different_families():
    assert resolve("有色金属冶炼和压延加工业", ("industrial_va",)).code == "industrial_va.C32"
    assert resolve("有色金属冶炼和压延加工业", ("industrial_profit",)).code == "industrial_profit.C32"
    assert resolve("新订单指数", ("pmi_nonmfg", "pmi")).code == "pmi_nonmfg.new_orders"
    assert resolve("新订单指数").code == "pmi.new_orders"


def test_a_region_of_a_series():
    from xinzhi import catalogue
    software = catalogue.indicators()["software_revenue"]
    assert catalogue.region_of("东部地区", software).code == "software_revenue.east"
    assert catalogue.region_of("北京", software).code == "software_revenue.beijing"
    assert catalogue.region_of("软件产品收入", software) is None          # a segment, not a region


@pytest.mark.parametrize("code, unit, kept", [
    ("pv_output.wafers", "GW", "pv_output.wafers"),        # its own scale
    ("pv_output.polysilicon", "万吨", "pv_output.polysilicon"),
    ("pv_output.polysilicon", "GW", None),                  # a weight series never takes a power
    ("shipbuilding.completions", "万修正总吨", "shipbuilding.completions_cgt"),   # another scale: its own series
])
def test_a_figure_on_another_scale_is_never_stored_under_a_series_kept_on_this_one(code, unit, kept):
    found = counted_series(indicators()[code], unit)
    assert (found.code if found is not None else None) == kept
