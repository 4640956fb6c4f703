"""The analysts' marts on small warehouses built from hand-made releases."""
from datetime import datetime

import duckdb
import pytest

from xinzhi import warehouse
from xinzhi.model import Observation, Release


def obs(indicator, dimension, period, period_type, measure, value, unit="%", kind="industrial_production",
        url="https://www.stats.gov.cn/sj/zxfb/x/t20260101_1.html", published=datetime(2026, 1, 19, 10)):
    return Observation(url, "NBS", kind, published.isoformat(), indicator, indicator, dimension, period, period_type,
                       measure, value, unit, f"{indicator} {value}")


def build(tmp_path, *releases):
    """releases: (url, kind, published, period, period_type, [observations])"""
    rows = []
    for i, (url, kind, published, period, period_type, observations) in enumerate(releases):
        for o in observations:
            o.source_url, o.release_kind, o.published_at = url, kind, published.isoformat()
        rows.append((Release(url, "NBS", kind, "t", published, period, period_type, observations), f"{i:064d}", "loaded"))
    path = tmp_path / "w.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="official", releases=rows)
    return duckdb.connect(str(path), read_only=True)


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    """A warehouse built from no release, for the tests that only read its shape: built once for them
    (a build is a second of CPU), each opens it read-only."""
    folder = tmp_path_factory.mktemp("empty")
    build(folder).close()
    return lambda: duckdb.connect(str(folder / "w.duckdb"), read_only=True)


def test_revisions_list_changed_figures_with_both_sources(tmp_path):
    a, b = "https://www.stats.gov.cn/a.html", "https://www.stats.gov.cn/b.html"
    con = build(tmp_path,
                (a, "pmi", datetime(2025, 10, 31), "2025-10", "month",
                 [obs("pmi", "total", "2025-10", "month", "index", 49.0), obs("pmi", "total", "2025-09", "month", "index", 49.8)]),
                (b, "pmi", datetime(2025, 11, 30), "2025-11", "month",
                 [obs("pmi", "total", "2025-10", "month", "index", 49.1), obs("pmi", "total", "2025-09", "month", "index", 49.8)]))
    rows = con.execute("SELECT period, old_value, new_value, change, old_source_url, new_source_url FROM marts.revisions").fetchall()
    assert rows == [("2025-10", 49.0, 49.1, 0.1, a, b)]   # 2025-09 printed twice the same: not a revision


def test_scorecard_level_targets_and_averages(tmp_path):
    con = build(tmp_path,
                ("https://www.miit.gov.cn/a.html", "telecom", datetime(2025, 10, 27), "2025-09", "ytd",
                 [obs("telecom.broadband_gigabit", "total", "2025-09", "month", "level", 0.5, "亿户")]),
                ("https://www.stats.gov.cn/c.html", "annual_communique", datetime(2026, 2, 28), "2025", "year",
                 [obs("industrial_va.C31", "industry", "2025", "year", "yoy_pct", 4.2),
                  obs("gdp", "total", "2025", "year", "yoy_pct", 4.7)]),
                ("https://www.stats.gov.cn/d.html", "industrial_production", datetime(2026, 3, 16), "2026-02", "ytd",
                 [obs("industrial_va.C31", "industry", "2026-02", "ytd", "yoy_pct", 2.2)]))
    card = {t: (s, a, f) for t, s, a, f in con.execute(
        "SELECT target_id, status, actual, is_final FROM marts.target_scorecard").fetchall()}
    # a level by a deadline: the latest month-end figure, not final before the deadline's year end
    assert card["info14_gigabit_users_2025"] == ("off track", 0.5, False)
    # a yearly average: progress from the latest year-to-date figure until both years are in
    assert card["steel_va_avg_growth_2025_26"] == ("off track", 2.2, False)
    assert card["gwr2025_gdp_growth"] == ("off track", 4.7, True)          # about 5 % ± 0.2
    assert card["auto_mfg_va_growth_2025"][0] == "no data yet"             # never a made-up status
    assert card["fyp15_gdp_growth"][0] == "not scored"
    assert card["g5_traffic_share_2027"][0] == "no data yet"               # a number, but no series in scope


def test_every_numeric_target_has_its_document_and_comparator(empty):
    con = empty()
    rows = con.execute("""SELECT target_id, kind, comparator, target_value, document, issuer, issued_on, confidence,
                                 deadline_year FROM marts.target_scorecard""").fetchall()
    assert len(rows) >= 70
    for target_id, kind, comparator, value, document, issuer, issued_on, confidence, deadline in rows:
        assert document and issuer and issued_on and deadline, target_id
        assert confidence in ("verified-from-official-page", "from-reputable-report", "uncertain"), target_id
        if kind == "target":
            assert comparator in (">=", "<=", "approx", "range", "=") and value is not None, target_id
        else:
            assert kind == "context", target_id


def test_claims_that_differ_are_said_to(tmp_path):
    con = build(tmp_path, ("https://www.stats.gov.cn/e.html", "monthly_overview", datetime(2025, 12, 15), "2025-11", "month",
                           [obs("industrial_va", "total", "2025-11", "ytd", "yoy_pct", 6.2),
                            obs("industrial_va.high_tech", "industry_group", "2025-11", "ytd", "yoy_pct", 9.2)]))
    claims = {c: (v, d) for c, v, d in con.execute("SELECT claim_id, verdict, difference FROM marts.interview_claims").fetchall()}
    assert claims["interview_ip_growth_2025_11"] == ("differs", -0.2)
    assert claims["interview_hightech_growth_2025_11"] == ("consistent", 0.0)
    assert claims["interview_equipment_growth_2025_11"] == ("no official figure yet", None)


def test_freshness_says_what_is_due_next_and_what_is_late(tmp_path):
    con = build(tmp_path, ("https://www.stats.gov.cn/f.html", "industrial_production", datetime(2025, 12, 15), "2025-11", "month",
                           [obs("industrial_va", "total", "2025-11", "month", "yoy_pct", 4.8)]))
    rows = {k: (p, n, str(d), s) for k, p, n, d, s in con.execute(
        "SELECT kind, latest_period, next_period, next_due, status FROM marts.freshness").fetchall()}
    # the next period after November is December, due on the calendar's date; today is past it
    assert rows["industrial_production"] == ("2025-11", "2025-12", "2026-01-19", "late")
    assert rows["pmi"][3] == "nothing loaded" and rows["equipment"][3] == "irregular"


def test_wide_series_have_one_column_per_series(tmp_path):
    con = build(tmp_path, ("https://www.stats.gov.cn/g.html", "industrial_production", datetime(2025, 12, 15), "2025-11", "month",
                           [obs("industrial_va", "total", "2025-11", "month", "yoy_pct", 4.8),
                            obs("industrial_va.C39", "industry", "2025-11", "month", "yoy_pct", 9.2),
                            obs("industrial_va", "total", "2025-11", "ytd", "yoy_pct", 6.0)]))
    rows = con.execute("SELECT period, period_type, total, c39_electronics, c31_ferrous_metals "
                       "FROM marts.series_industrial_growth").fetchall()
    assert rows == [("2025-11", "month", 4.8, 9.2, None), ("2025-11", "ytd", 6.0, None, None)]


def test_every_mart_table_and_column_is_described(empty):
    con = empty()
    missing = con.execute("""
        SELECT schema_name || '.' || table_name || '.' || column_name FROM duckdb_columns()
        WHERE schema_name IN ('marts', 'core', 'raw', 'seeds') AND (comment IS NULL OR comment = '')""").fetchall()
    assert missing == []
    undescribed = con.execute("""
        SELECT schema_name || '.' || view_name FROM duckdb_views() WHERE schema_name = 'marts' AND comment IS NULL
        UNION ALL
        SELECT schema_name || '.' || table_name FROM duckdb_tables()
        WHERE schema_name IN ('marts', 'raw', 'core', 'seeds') AND comment IS NULL""").fetchall()
    assert undescribed == []


@pytest.mark.parametrize("view", ["target_scorecard", "interview_claims", "key_industries_vs_plans",
                                  "series_industrial_growth", "series_pmi", "series_profits", "series_telecom",
                                  "revisions", "freshness", "observations"])
def test_the_stable_mart_names_exist(empty, view):
    con = empty()
    con.execute(f"SELECT * FROM marts.{view} LIMIT 1")


def test_marts_are_precomputed_tables_except_the_ones_that_depend_on_today(empty):
    con = empty()
    tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts'").fetchall()}
    views = {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE schema_name = 'marts'").fetchall()}
    assert views == {"freshness"} and {"observations", "target_scorecard", "revisions"} <= tables
