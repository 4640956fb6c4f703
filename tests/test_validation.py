"""The GX suite in expectations/ catches what a misread page would produce."""
from dataclasses import replace
from datetime import datetime

import pytest
from conftest import official_url, page

from xinzhi.pipeline import parse_page
from xinzhi.validate import load_suite, observations_frame, validate

URL = official_url("sj/zxfb/202512/t20251215_1962074.html")


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


@pytest.mark.parametrize("change, words", [
    (lambda o: replace(o, measure="mom_pct", value=80.0) if o.measure == "mom_pct" else o, "between"),
    (lambda o: replace(o, agrees=False) if o.indicator == "output.steel_products" else o, "agrees"),
    (lambda o: replace(o, period="2026-11") if o.indicator == "industrial_va" and o.measure == "mom_pct" else o,
     "published_at"),
    (lambda o: replace(o, measure="growth") if o.indicator == "output.cement" else o, "measure"),
    (lambda o: replace(o, period="2025-13") if o.indicator == "output.cement" else o, "period"),
])
def test_a_bad_figure_fails_its_release(good, tmp_path, change, words):
    failures = validate(observations_frame([change(o) for o in good]), tmp_path)
    assert list(failures) == [URL]
    assert any(words in reason for reason in failures[URL])


def test_duplicate_key_fails(good, tmp_path):
    failures = validate(observations_frame(good + [good[0]]), tmp_path)
    assert any("unique" in reason for reason in failures[URL])


def test_publication_in_the_future_fails(good, tmp_path):
    frame = observations_frame(good, now=datetime(2025, 12, 1))
    assert any("published_in_future" in r for r in validate(frame, tmp_path)[URL])


def test_a_release_published_this_morning_in_beijing_is_not_in_the_future(good, tmp_path):
    from datetime import timedelta

    from xinzhi.validate import beijing_now

    just_out = beijing_now() - timedelta(minutes=30)
    fresh = [replace(o, published_at=just_out.isoformat(), period=f"{just_out.year - 1}-11") for o in good]
    assert not observations_frame(fresh)["published_in_future"].any()
