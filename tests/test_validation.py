"""The GX suite in expectations/ catches what a misread page would produce."""
from dataclasses import replace
from datetime import datetime

import pytest
from conftest import official_url, page

from xinzhi.pipeline import parse_page
from xinzhi.validate import load_suite, observations_frame, validate

URL = official_url("sj/zxfb/202512/t20251215_1962074.html")


# The tests that look only at what validate() returns validate in this process's GX project
# (`gx_home`), registered once; the ones that look at the project itself get a new one (tmp_path).


@pytest.fixture(scope="module")
def good():
    return parse_page(page("sj/zxfb/202512/t20251215_1962074.html"), URL).observations


def test_suite_json_loads_with_every_rule():
    types = {e.expectation_type if hasattr(e, "expectation_type") else e.type for e in load_suite().expectations}
    assert {"expect_compound_columns_to_be_unique", "expect_column_values_to_be_in_set",
            "expect_column_values_to_be_between", "expect_column_pair_values_a_to_be_greater_than_b"} <= types


def test_a_good_release_passes(good, tmp_path):
    assert validate(observations_frame(good), tmp_path) == {}
    assert (tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html").exists()


def test_a_reports_figures_said_over_a_number_and_its_outlook_pass_and_a_statement_from_a_report_does_not(gx_home):
    """A statistical report's '超过3.2万家' carries the other end of its range and its '预计2025年…' is a forecast:
    both pass (they had quarantined the whole report); a statement's evidence on a report's row does not."""
    from parsing import parse_text

    report = parse_text("raw_materials", "2024年石化化工行业经济运行情况", "2025-02-20T10:00", [
        "截至2024年底，石化化工行业规模以上企业超过3.2万家。", "预计2025年石化化工行业营业收入增长3%左右。"])
    assert {(o.qualifier, o.bound, o.evidence) for o in report.observations} == {
        ("over", 3.3, "statistics"), ("about", None, "forecast")}
    assert validate(observations_frame(report.observations), gx_home) == {}
    misfiled = [replace(o, evidence="statement") for o in report.observations]
    assert any("release_kind" in reason for reason in validate(observations_frame(misfiled), gx_home)[report.url])
    # a statement's forecast of a period to come ('预计年底5G基站总数将超过480万个', said in September) passes
    from xinzhi.releases.statement import parse as parse_statement
    from xinzhi.model import Article
    said = parse_statement(Article("https://www.miit.gov.cn/xwfb/szyw/art/2025/art_00000000000000000000000000000002.html",
                                   "副部长出席信息通信展览会开幕式", datetime(2025, 9, 25, 17, 40),
                                   ["预计年底5G基站总数将超过480万个。"], [], "miit"))
    assert [(o.period, o.evidence, o.bound) for o in said.observations] == [("2025-12", "forecast", 490.0)]
    assert validate(observations_frame(said.observations), gx_home) == {}


BAD_FIGURES = [
    (lambda o: replace(o, measure="mom_pct", value=80.0) if o.measure == "mom_pct" else o, "between"),
    (lambda o: replace(o, agrees=False) if o.indicator == "output.steel_products" else o, "agrees"),
    (lambda o: replace(o, period="2026-11") if o.indicator == "industrial_va" and o.measure == "mom_pct" else o,
     "published_at"),
    (lambda o: replace(o, measure="growth") if o.indicator == "output.cement" else o, "measure"),
    (lambda o: replace(o, period="2025-13") if o.indicator == "output.cement" else o, "period"),
]
DUPLICATE_URL = official_url("sj/zxfb/202512/t20251215_1962190.html")
OUTSIDE_URL = official_url("sj/zxfb/202512/t20251215_1962191.html")


def bad_url(case: int) -> str:
    return official_url(f"sj/zxfb/202512/t20251215_19621{case:02d}.html")


@pytest.fixture(scope="module")
def bad_batch(good, gx_home):
    """What GX says of one batch holding the good release and, each under a URL of its own, a copy
    of it with one kind of misreading: every failure must land on its own release and nowhere else.
    One batch for the checks below (a GX run costs seconds whatever its rows) instead of one each."""
    releases = {URL: good, DUPLICATE_URL: good + [good[0]],
                OUTSIDE_URL: [replace(o, indicator="output.机器狗") if o.indicator == "output.cement" else o for o in good]}
    releases.update({bad_url(case): [change(o) for o in good] for case, (change, _) in enumerate(BAD_FIGURES)})
    failures = validate(observations_frame([replace(o, source_url=url) for url, observations in releases.items()
                                            for o in observations]), gx_home)
    assert set(failures) == set(releases) - {URL}          # each bad copy fails, the good release passes
    return failures


@pytest.mark.parametrize("change, words", BAD_FIGURES)
def test_a_bad_figure_fails_its_release(bad_batch, change, words):
    failures = bad_batch[bad_url(BAD_FIGURES.index((change, words)))]
    assert any(words in reason for reason in failures)


def test_duplicate_key_fails(bad_batch):
    assert any("unique" in reason for reason in bad_batch[DUPLICATE_URL])


def test_publication_in_the_future_fails(good, gx_home):
    frame = observations_frame(good, now=datetime(2025, 12, 1))
    assert any("published_in_future" in r for r in validate(frame, gx_home)[URL])


def test_a_release_published_this_morning_in_beijing_is_not_in_the_future(good, tmp_path):
    from datetime import timedelta

    from xinzhi.validate import beijing_now

    just_out = beijing_now() - timedelta(minutes=30)
    fresh = [replace(o, published_at=just_out.isoformat(), period=f"{just_out.year - 1}-11") for o in good]
    assert not observations_frame(fresh)["published_in_future"].any()


def test_a_named_figure_misread_fails_its_release_and_only_it(gx_home):
    """core.named_figures' suite: a statement's figure of a name not catalogued, dated after the page or
    with a growth not in %, holds its release back; a sound one passes."""
    from test_named import read

    release, _ = read("2025年，第八批单项冠军企业平均拥有有效专利363.7件，企业平均研发投入强度达7.4%。")
    sound = release.named
    assert len(sound) == 2
    later = [replace(o, source_url=o.source_url.replace("09.html", "08.html"), period="2026-12", period_type="month")
             for o in sound]
    growth = [replace(o, source_url=o.source_url.replace("09.html", "07.html"), measure="yoy_pct", unit="件")
              for o in sound]
    stated = [replace(o, source_url=o.source_url.replace("09.html", "06.html"), release_kind="software")
              for o in sound]         # a statistics report's figure said to be a statement of progress
    # a yearly average runs from a base before its period: one with none, or a later one, is misread
    averaged = [replace(sound[1], source_url=sound[1].source_url.replace("09.html", "05.html"), measure="avg_yoy_pct",
                        unit="%", base_period=base, base_period_type="year", label_zh=f"研发投入强度{base}")
                for base in (None, "2026")]
    based = replace(sound[1], measure="avg_yoy_pct", unit="%", base_period="2020", base_period_type="year",
                    label_zh="研发投入强度年均")
    # a growth's change in points may name the span it is against; a level never has a base
    against_span = replace(sound[1], measure="pp_change", unit="百分点", base_period="2025-07", base_period_type="ytd",
                           label_zh="研发投入强度增速")
    level_based = replace(sound[0], source_url=sound[0].source_url.replace("09.html", "04.html"), base_period="2020",
                          base_period_type="year")
    # a count's change since a year's end, a growth since a base year (or a state before: no base), a growth's pull on
    # the whole it names are kept as they are of series; one in the wrong unit, or since a date after its own, is misread
    changes = [replace(sound[0], measure="abs_change", value=12.0, label_zh="单项冠军企业有效专利增量"),
               replace(sound[0], measure="abs_change", value=30.0, base_period="2024", base_period_type="year",
                       label_zh="单项冠军企业有效专利较上年增量"),
               replace(sound[1], measure="cum_pct", value=45.0, base_period="2020", base_period_type="year",
                       label_zh="研发投入强度较2020年"),
               replace(sound[1], measure="cum_pct", value=18.0, label_zh="研发投入强度提升"),
               replace(sound[1], measure="contribution_pp", value=1.2, unit="百分点", relative_to="全省规上工业",
                       label_zh="研发投入拉动"),
               # a growth's share over a plan's five years names their base; any other share with a base is misread
               replace(sound[1], measure="share_pct", value=30.0, base_period="2020", base_period_type="year",
                       label_zh="对全球制造业增长的贡献率")]
    share_based = replace(sound[1], source_url=sound[1].source_url.replace("09.html", "02.html"), measure="share_pct",
                          base_period="2020", base_period_type="year", label_zh="研发投入占营业收入比重")
    misread = [replace(sound[0], source_url=sound[0].source_url.replace("09.html", "03.html"), measure="abs_change",
                       unit="%", label_zh="单项冠军企业有效专利增量"),
               replace(sound[1], source_url=sound[1].source_url.replace("09.html", "03.html"), measure="cum_pct",
                       base_period="2026", base_period_type="year", label_zh="研发投入强度较2026年")]
    failures = validate(observations_frame([]), gx_home, observations_frame(
        sound + [based, against_span, level_based, share_based] + changes + later + growth + stated + averaged + misread,
        now=datetime(2026, 2, 1)))
    assert set(failures) == {later[0].source_url, growth[0].source_url, stated[0].source_url, averaged[0].source_url,
                             level_based.source_url, misread[0].source_url, share_based.source_url}
    assert any("label_zh" in reason for reason in failures[share_based.source_url])
    assert any("unit" in reason for reason in failures[misread[0].source_url])
    assert any("pair_values" in reason for reason in failures[misread[0].source_url])      # (period after its base)
    assert any("base_period" in reason for reason in failures[averaged[0].source_url])
    assert any("base_period" in reason for reason in failures[level_based.source_url])
    assert any("evidence" in reason for reason in failures[stated[0].source_url])
    assert any("published_at" in reason for reason in failures[later[0].source_url])
    assert any("unit" in reason for reason in failures[growth[0].source_url])


def test_an_indicator_outside_the_catalogue_fails(bad_batch):
    assert any("indicator" in reason and "in_set" in reason for reason in bad_batch[OUTSIDE_URL])


def test_the_suite_json_matches_the_catalogue_and_the_builder():
    """expectations/*.json are generated by expectations/build_suites.py from the catalogue:
    an edit to indicators.csv without regenerating them fails here."""
    import sys

    from xinzhi.validate import EXPECTATIONS
    sys.path.insert(0, str(EXPECTATIONS))
    try:
        import build_suites
    finally:
        sys.path.remove(str(EXPECTATIONS))
    for name, suite in (("observations", build_suites.observations_suite()),
                        ("cross_checks", build_suites.cross_checks_suite()),
                        ("named_figures", build_suites.named_figures_suite())):
        assert (EXPECTATIONS / f"{name}.json").read_text(encoding="utf-8") == build_suites.suite_json(suite), name


OVERVIEW_URL = official_url("sj/zxfb/202512/t20251215_1962075.html")


@pytest.fixture(scope="module")
def overview():
    return parse_page(page("sj/zxfb/202512/t20251215_1962075.html"), OVERVIEW_URL).observations


def test_the_overview_and_the_industrial_release_cross_check(good, overview, gx_home):
    from xinzhi.validate import cross_check_frame

    pairs = cross_check_frame(observations_frame(good + overview))
    checked = {(r.indicator, r.period, r.period_type, r.measure) for r in pairs.itertuples()}
    assert ("industrial_va", "2025-11", "ytd", "yoy_pct") in checked
    assert ("sales_ratio", "2025-11", "month", "pp_change") in checked
    assert len(checked) == 7 and (pairs["rounded_a"] == pairs["rounded_b"]).all()
    assert validate(observations_frame(good + overview), gx_home) == {}


def test_a_run_in_another_process_registering_the_suites_again_does_not_break_this_one(good, tmp_path):
    import great_expectations as gx

    assert validate(observations_frame(good), tmp_path) == {}          # this process's objects, cached
    other = gx.get_context(mode="file", project_root_dir=str(tmp_path))  # as an overlapping run would
    for name in ("observations", "cross_checks"):
        other.suites.add_or_update(load_suite(name))
    failures = validate(observations_frame(good + [good[0]]), tmp_path)
    assert any("expect_compound_columns_to_be_unique" in r for r in failures[URL])


def test_a_home_keeps_its_registered_suites_until_either_copy_of_a_suite_changes(good, tmp_path):
    """The checkpoints are read back, not registered again, while the stored suite is the one registered
    from expectations/; a stored copy changed by hand (an expectation gone) is registered again."""
    import json

    import xinzhi.validate as validation

    def fresh_process():
        validation._context.cache_clear()
        validation._checkpoints.cache_clear()

    stored = tmp_path / "gx" / "expectations" / "observations.json"
    try:
        assert validate(observations_frame(good), tmp_path) == {}
        registered = stored.read_bytes()
        fresh_process()
        validation._checkpoints(validation._key(tmp_path))
        assert stored.read_bytes() == registered                     # read back as it was
        suite = json.loads(registered)
        suite["expectations"] = [e for e in suite["expectations"] if e["type"] != "expect_compound_columns_to_be_unique"]
        stored.write_text(json.dumps(suite), encoding="utf-8")
        fresh_process()
        failures = validate(observations_frame(good + [good[0]]), tmp_path)
        assert any("expect_compound_columns_to_be_unique" in r for r in failures[URL])
    finally:
        fresh_process()


def test_the_data_docs_show_both_suites_latest_results_only(good, overview, tmp_path, monkeypatch):
    import xinzhi.validate as validation

    monkeypatch.setattr(validation, "DATA_DOCS_RESULTS", 4)       # two runs of both suites
    validation._context.cache_clear()
    validation._checkpoints.cache_clear()
    try:
        for value in (6.0, 6.1, 6.2):        # three batches, each with rows and pairs not validated before
            batch = [replace(o, value=value) if (o.indicator, o.period_type, o.measure) == ("industrial_va", "ytd",
                     "yoy_pct") else o for o in good + overview]
            assert validate(observations_frame(batch), tmp_path) == {}
    finally:
        validation._context.cache_clear()
        validation._checkpoints.cache_clear()
    site = tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site"
    index = (site / "index.html").read_text(encoding="utf-8")
    for suite in ("observations", "cross_checks"):
        assert len(list((tmp_path / "gx" / "uncommitted" / "validations" / suite).rglob("*.json"))) == 3  # all kept
        assert index.count(f"validations/{suite}/__none__/") == 2                                     # the latest shown


def test_a_figure_two_releases_print_differently_holds_both_back(good, overview, gx_home):
    misread = [replace(o, value=6.1) if (o.indicator, o.period_type, o.measure) == ("industrial_va", "ytd", "yoy_pct")
               else o for o in overview]
    failures = validate(observations_frame(good + misread), gx_home)
    assert set(failures) == {URL, OVERVIEW_URL}
    assert any("cross-check: industrial_va 2025-11 ytd yoy_pct is 6.1 here but 6.0 in " + URL in r
               for r in failures[OVERVIEW_URL])


def test_what_passed_is_not_validated_again_and_a_changed_or_new_release_is(good, overview, tmp_path, monkeypatch):
    import xinzhi.validate as validation

    runs = []        # (rows, cross-check pairs) each validation was given
    real = validation._validate
    monkeypatch.setattr(validation, "_validate",
                        lambda rows, pairs, home, named: runs.append((len(rows), len(pairs))) or real(rows, pairs, home, named))
    assert validate(observations_frame(good), tmp_path) == {}
    assert validate(observations_frame(good), tmp_path) == {}                   # the same rows: remembered
    assert runs == [(len(good), 0)]
    changed = [replace(good[0], value=good[0].value + 0.1)] + good[1:]
    assert validate(observations_frame(changed), tmp_path) == {}                # one figure changed: its release
    assert runs[-1] == (len(good), 0)
    assert validate(observations_frame(good + overview), tmp_path) == {}        # a new release: its rows and the pairs
    pairs = len(validation.cross_check_frame(observations_frame(good + overview)))
    assert pairs and runs[-1] == (len(overview), pairs)
    assert validate(observations_frame(overview + good), tmp_path) == {}        # the same releases and pairs
    assert validate(observations_frame(overview), tmp_path) == {}               # part of what passed
    assert len(runs) == 3
    bad = [replace(o, measure="growth") if o.indicator == "output.cement" else o for o in good]
    assert validate(observations_frame(bad + overview), tmp_path) and validate(observations_frame(bad + overview), tmp_path)
    assert runs[-2:] == [(len(bad), 0)] * 2              # a failure is never remembered (the pairs passed before)
    (tmp_path / "gx" / "uncommitted" / "passed_batches.json").write_text("{not json", encoding="utf-8")
    assert validate(observations_frame(good), tmp_path) == {} and runs[-1] == (len(good), 0)  # unreadable: again


@pytest.mark.parametrize("suite", ["observations", "named_figures"])
def test_every_expectation_of_the_observations_suite_reads_one_release_at_a_time(suite):
    """What lets a release that passed be skipped in a later batch: no expectation looks across
    releases (a `mostly` share of the batch, or a key without the release's URL)."""
    for expectation in load_suite(suite).expectations:
        kwargs, kind = expectation.configuration.kwargs, expectation.configuration.type
        assert "mostly" not in kwargs, expectation
        if kind.startswith(("expect_compound", "expect_select_column", "expect_multicolumn")) or "unique" in kind:
            assert "source_url" in kwargs["column_list"], expectation
        assert not kind.startswith(("expect_table_row", "expect_column_mean", "expect_column_median",
                                                "expect_column_sum", "expect_column_proportion",
                                                "expect_column_stdev", "expect_column_unique_value_count",
                                                "expect_column_distinct", "expect_column_most_common",
                                                "expect_column_min", "expect_column_max",
                                                "expect_column_quantile", "expect_column_kl")), expectation


def test_cross_checks_compare_at_the_precision_both_print_and_only_like_units(good, overview):
    from xinzhi.validate import cross_check_frame

    six = [replace(o, value=6.0) if (o.indicator, o.period_type, o.measure) == ("industrial_va", "ytd", "yoy_pct")
           else o for o in good]
    rounded = [replace(o, value=6.04) if (o.indicator, o.period_type, o.measure) == ("industrial_va", "ytd", "yoy_pct")
               else o for o in overview]
    pairs = cross_check_frame(observations_frame(six + rounded))
    row = pairs[(pairs.indicator == "industrial_va") & (pairs.period_type == "ytd")].iloc[0]
    assert row.rounded_a == row.rounded_b == 6.0       # 6.0 printed with one decimal agrees with 6.04
    other_unit = [replace(o, unit="万亿元") if o.indicator == "export_delivery_value" else o for o in overview]
    pairs = cross_check_frame(observations_frame(good + other_unit))
    assert "export_delivery_value" not in set(pairs.indicator[pairs.measure == "level"])
