"""The Prefect flow end to end against the fixture mirror on 127.0.0.1."""
import socket

import duckdb
import pytest

from xinzhi.archive import Archive

NOV_2025 = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
LISTED_RELEASES = {
    NOV_2025,
    "https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html",
    "https://www.stats.gov.cn/sj/zxfb/202412/t20241216_1957755.html",
    "http://www.stats.gov.cn/tjsj/zxfb/202112/t20211215_1825402.html",
}


def run_refresh():
    from xinzhi.flow import refresh

    return refresh(return_state=True)


def query(home, sql):
    con = duckdb.connect(str(home / "xinzhi.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def pointed(home, mirror, monkeypatch):
    monkeypatch.setenv("XINZHI_MIRROR", mirror)
    return home


def test_refresh_loads_every_listed_release_then_adds_nothing(prefect_server, pointed):
    home = pointed
    state = run_refresh()
    assert state.is_completed(), state.message
    # every industrial production release on the list, with its figures and source URLs
    loaded = {url for (url,) in query(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert loaded == LISTED_RELEASES
    per_release = dict(query(home, "SELECT source_url, count(*) FROM marts.observations GROUP BY 1"))
    assert per_release[NOV_2025] == 49
    assert sum(per_release.values()) == 135
    row = query(home, """SELECT value, unit, label_zh, quote, source_url, published_at FROM marts.observations
                         WHERE indicator = 'output.nev' AND period = '2025-11' AND measure = 'level'""")[0]
    assert row[:3] == (184.1, "万辆", "新能源汽车") and row[4] == NOV_2025 and "184.1万辆" in row[3]
    # out-of-scope releases are recorded as skipped, never fetched
    skipped = query(home, "SELECT count(*) FROM raw.discoveries WHERE kind IS NULL")[0][0]
    assert skipped == 5
    fetched = {r.url for r in Archive(home / "archive").fetches() if r.role == "article"}
    assert fetched == LISTED_RELEASES
    # the scorecard
    status = dict(query(home, "SELECT target_id, status FROM marts.target_scorecard"))
    assert status["interview_ip_growth_2025_11"] == "met"
    assert status["steel_va_avg_growth_2025_26"] == "off track"           # 2.2 % against about 4 %
    assert status["petchem_va_avg_growth_2025_26"] == "on track"          # 7.6 % against more than 5 %
    assert status["auto_mfg_va_growth_2025"] == "no data yet"             # no 2025 year-to-date figure loaded
    assert status["gwr2026_gdp_growth"] == "no data yet"                  # no series in scope yet
    actual = query(home, "SELECT actual, actual_period, actual_source_url FROM marts.target_scorecard "
                         "WHERE target_id = 'steel_va_avg_growth_2025_26'")[0]
    assert actual == (2.2, "2026-02", "https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html")

    before_rows = query(home, "SELECT count(*) FROM core.observations")[0][0]
    before_fetches = len(Archive(home / "archive").fetches())
    second = run_refresh()
    assert second.is_completed()
    assert query(home, "SELECT count(*) FROM core.observations")[0][0] == before_rows
    new_fetches = Archive(home / "archive").fetches()[before_fetches:]
    assert [(r.role, r.status) for r in new_fetches] == [("feed", 304), ("list", 304)]


def test_contradictory_page_is_quarantined_and_the_rest_loads(prefect_server, pointed, mirror_root):
    page = mirror_root / "www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "<td><p><span>11591</span></p></td>", "<td><p><span>11951</span></p></td>"), encoding="utf-8")
    state = run_refresh()
    assert state.is_completed() and "1 quarantined" in state.message
    home = pointed
    reasons = query(home, "SELECT stage, reason FROM raw.quarantine WHERE url = ?".replace("?", f"'{NOV_2025}'"))
    assert reasons and reasons[0][0] == "validate" and "钢材" in reasons[0][1]
    assert query(home, f"SELECT count(*) FROM marts.observations WHERE source_url = '{NOV_2025}'")[0][0] == 0
    assert query(home, "SELECT count(DISTINCT source_url) FROM marts.observations")[0][0] == 3


def test_unreachable_site_fails_clearly_and_leaves_a_valid_warehouse(prefect_server, home, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("XINZHI_MIRROR", f"http://127.0.0.1:{port}")
    state = run_refresh()
    assert state.is_failed()
    assert state.message.startswith("cannot reach www.stats.gov.cn")
    assert query(home, "SELECT count(*) FROM marts.observations")[0][0] == 0
    assert query(home, "SELECT count(*) FROM marts.target_scorecard WHERE status = 'no data yet'")[0][0] > 0


def test_rebuild_from_the_archive_gives_the_same_warehouse_without_network(prefect_server, pointed, monkeypatch):
    from xinzhi.config import Settings
    from xinzhi.pipeline import rebuild

    home = pointed
    assert run_refresh().is_completed()
    sql = "SELECT * EXCLUDE (data_label) FROM marts.observations ORDER BY ALL"
    before = query(home, sql)
    (home / "xinzhi.duckdb").unlink()
    monkeypatch.setenv("XINZHI_MIRROR", "http://127.0.0.1:9")   # nothing listens: any request would fail
    outcome = rebuild(Settings())
    assert outcome.observations == 135 and outcome.quarantined == []
    assert query(home, sql) == before


def test_a_run_that_died_before_logging_discoveries_is_caught_up(prefect_server, pointed):
    """The list page answers 304 the second time, yet what the first run never logged is found."""
    home = pointed
    assert run_refresh().is_completed()
    log = home / "archive" / "discoveries.jsonl"
    fetch_log = home / "archive" / "fetch_log.jsonl"
    # Forget discoveries and article fetches, as if the first run had died right after the list pages.
    log.unlink()
    kept = [line for line in fetch_log.read_text().splitlines() if '"role": "article"' not in line]
    fetch_log.write_text("\n".join(kept) + "\n")
    assert run_refresh().is_completed()
    loaded = {url for (url,) in query(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert loaded == LISTED_RELEASES
