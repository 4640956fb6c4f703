"""The Prefect flow end to end against the fixture mirror on 127.0.0.1."""
import os
import shutil
import socket
from collections import Counter

import duckdb
import pytest
from conftest import artifact, copy_home, fixture_totals, portal_releases

from xinzhi.archive import Archive

NOV_2025 = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
OVERVIEW_NOV_2025 = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1962075.html"
MIIT_TXY = "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/"
PDF_ONLY = "https://www.miit.gov.cn/gxsj/tjfx/dzxx/art/2026/art_0c2e4a6b8d0f4c2e4a6b8d0f2c4e6a82.html"
# Every in-scope release on the fixture lists (NBS list pages and feed, MIIT list API answers).
LISTED_RELEASES = {
    NOV_2025, OVERVIEW_NOV_2025,
    "https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html",
    "https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962780.html",
    "https://www.stats.gov.cn/sj/zxfb/202412/t20241216_1957755.html",
    "http://www.stats.gov.cn/tjsj/zxfb/202112/t20211215_1825402.html",
    "http://www.stats.gov.cn/tjsj/zxfb/202112/t20211231_1826166.html",
    "https://www.stats.gov.cn/sj/zxfb/202601/t20260119_1962320.html",
    "https://www.stats.gov.cn/sj/zxfb/202602/t20260228_1962650.html",
    "https://www.stats.gov.cn/sj/zxfb/202511/t20251130_1961850.html",
    "https://www.stats.gov.cn/sj/zxfb/202511/t20251127_1961832.html",
    MIIT_TXY + "art_5c1f2a7e9b3d4e8fa0c6d2b4e7f91a36.html",
    MIIT_TXY + "art_8e2d4b6a1c3f4a7b9d0e5f2a6c8b1d47.html",
    "https://www.miit.gov.cn/gxsj/tjfx/dzxx/art/2025/art_2b7c9e1d4f6a4c8e8a3b5d7f9e1c2a40.html",
    "https://www.miit.gov.cn/gxsj/tjfx/rjy/art/2023/art_7d3e5f9a1b2c4d6e8f0a2b4c6d8e0f13.html",
    "https://www.miit.gov.cn/gxsj/tjfx/yclgy/art/2020/art_4a6c8e0b2d4f4a6c8e0b2d4f6a8c0e21.html",
    "https://www.miit.gov.cn/gxsj/tjfx/zbgy/art/2022/art_9b1d3f5a7c9e4b1d3f5a7c9e1b3d5f07.html",
    "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2026/art_6a8c0e2b4d6f4a8c0e2b4d6f8a0c2e3b.html",
    MIIT_TXY + "art_3f5a7c9e1b3d4f5a7c9e1b3d5f7a9c12.html",          # the main-indicator table
    "https://www.miit.gov.cn/gxsj/tjfx/dzxx/art/2025/art_0d2f4b6a8c1e4d3f5b7a9c2e4f6a8b91.html",
    *(f"https://www.miit.gov.cn/gxsj/tjfx/{path}.html" for path in (
        "rjy/art/2025/art_3b8e1f0a6c2d4e7f9a1b3c5d7e9f0a24", "rjy/art/2025/art_5d0f2a1b7c3e4f8a0b2c4d6e8f1a3b57",
        "rjy/art/2024/art_858c1d2e3f4a4b5c8d9e0f1a2b3c4d66", "yclgy/art/2025/art_6c1e3a5b7d9f4a2c8e0b1d3f5a7c9e46",
        "yclgy/art/2020/art_8e2a4c6e0b1d4f3a5c7e9b1d3f5a7c60", "yclgy/ys/art/2023/art_2f4b6d8a0c1e4a3b5d7f9a1c3e5b7d18",
        "zbgy/qc/art/2026/art_4a6e8c0b2d1f4e3a5c7b9d1f3e5a7c82", "zbgy/qc/art/2025/art_7b9d1f3a5c7e4b6d8f0a2c4e6b8d0f13",
        "zbgy/cb/art/2026/art_9c1e3a5d7f9b4c2e6a8d0f2b4e6a8c35", "xfpgy/fz/art/2025/art_1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a31",
        "xfpgy/qg/art/2025/art_5e7a9c1b3d6f4a8c0e2b4d6f8a1c3e59", "xfpgy/fz/art/2022/art_f94c3042a9eb4efca7db1c9dcea4f5a4")),
}
MIIT_NEWS = "https://www.miit.gov.cn/xwfb/"
# The news items in scope (statements of progress); the others on the news lists are never fetched.
STATEMENTS = {MIIT_NEWS + path for path in (
    "szyw/art/2025/art_3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c1b.html", "szyw/art/2024/art_4e6a8c0e2b4d4f6a8c0e2b4d6f8a0c29.html",
    "szyw/art/2023/art_5a7c9e1b3d5f4a7c9e1b3d5f7a9c1e2d.html", "gxdt/sjdt/art/2025/art_3d5f7a9c1e3b4d5f7a9c1e3b5d7f9a04.html",
    "gxdt/sjdt/art/2024/art_1b3d5f7a9c1e4b3d5f7a9c1e3b5d7f82.html",
    "xwfbh/bxwfbh/art/2026/art_7c9e1b3d5f7a4c9e1b3d5f7a9c1e3b4f.html",
    "xwfbh/bxwfbh/art/2025/art_9e1b3d5f7a9c4e1b3d5f7a9c1e3b5d60.html",
    "xwfbh/bxwfbh/art/2024/art_2c4e6a8c0e2b4d6f8a0c2e4b6d8f0a17.html",
    # titles with no theme word, and a meeting that states no figure: read all the same
    "gxdt/sjdt/art/2026/art_2e4a6c8b0d1f4a3c5e7b9d0f2a4c6e17.html", "gxdt/sjdt/art/2026/art_8f0b2d4e6a3c4f5b7d9e1a3c5e7b9d49.html",
    "gxdt/sjdt/art/2025/art_a1c3e5b7d9f24a6c8e0b2d4f6a8c0e59.html", "szyw/art/2026/art_6d8f0a2c4e1b4d3f5a7c9e0b2d4f6a38.html")}
# The plan documents in scope on the MIIT policy-file columns and the State Council policy library.
PLANS = {"https://www.miit.gov.cn/zwgk/zcwj/wjfb/" + path for path in (
    "tz/art/2025/art_7b1e3d5f9a2c4e6b8d0f1a3c5e7b9d24.html", "tz/art/2025/art_3c5e7a9b1d4f4a6c8e0b2d4f6a8c1e53.html",
    "tz/art/2021/art_9d1f3b5c7e2a4c6e8a0b2d4f6c8e0a71.html", "yj/art/2023/art_2f4a6c8e0b3d4f5a7c9e1b3d5f7a9c16.html")} | {
    "https://www.gov.cn/zhengce/zhengceku/202509/content_7042815.htm",
    "https://www.gov.cn/zhengce/zhengceku/202509/content_7038406.htm"}
# The data portal's catalogue leaves, one release each.
PORTAL = {release.url for release in portal_releases()}
KINDS = {"industrial_production", "monthly_overview", "pmi", "industrial_profits", "annual_communique",
         "telecom", "electronics", "software", "raw_materials", "equipment", "consumer_goods", "statement", "portal"}
TOTAL_OBSERVATIONS = fixture_totals().figures


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


@pytest.fixture(scope="module")
def first_run(prefect_server, tmp_path_factory, gx_home):
    """The flow's first refresh of the untouched fixture mirror, into a home of its own: its state
    and home. The tests that start from it copy the home (`copy_home`) and never change it; one run
    for them instead of one each."""
    from xinzhi.mirror import Mirror

    from conftest import MIRROR

    base = tmp_path_factory.mktemp("flow-first-run")
    shutil.copytree(MIRROR, base / "mirror")
    with pytest.MonkeyPatch.context() as env, Mirror(base / "mirror") as url:
        for name in [k for k in os.environ if k.startswith("XINZHI_") and k not in ("XINZHI_PORTAL_THROUGH", "XINZHI_DUCKDB_THREADS")]:
            env.delenv(name)
        for name, value in dict(HOME=str(base / "home"), GX_HOME=str(gx_home), RATE="2000", BACKOFF="0.01",
                                RETRIES="2", TIMEOUT="5", MIRROR=url).items():   # as the `home` fixture sets them
            env.setenv(f"XINZHI_{name}", value)
        state = run_refresh()
    return state, base / "home"


def test_refresh_loads_every_listed_release_then_adds_nothing(first_run, pointed):
    state, first = first_run
    assert state.is_completed(), state.message
    home = copy_home(first, pointed)
    # every in-scope release on the NBS lists and the MIIT list API, with its figures
    loaded = {url for (url,) in query(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert loaded == LISTED_RELEASES | STATEMENTS | PLANS | PORTAL
    assert {u for (u,) in query(home, "SELECT url FROM core.plan_documents")} == PLANS
    # every target of the fixture plans is confirmed by its document, with the quote; the ones no row covers
    checks = {t: (v, q) for t, v, q in query(home, """SELECT target_id, verification, document_quote
                                                      FROM marts.target_scorecard WHERE document_url LIKE '%gov.cn/z%'""")}
    assert checks["steel_va_avg_growth_2025_26"] == ("confirmed", "钢铁行业增加值年均增长4%左右")
    assert sum(v == "confirmed" for v, _ in checks.values()) == 16
    assert {m for (m,) in query(home, "SELECT metric FROM marts.target_candidates WHERE source_kind = 'plan'")} == {
        "10G-PON及以上端口数", "5G用户普及率", "千兆宽带用户数"}
    # and the targets statements restate (按照计划，到2027年将建设1万个5G工厂)
    assert set(query(home, """SELECT metric, value, unit, deadline_year FROM marts.target_candidates
                              WHERE source_kind = 'statement'""")) == {
        ("规模以上工业增加值增长", 5.0, "%", 2026), ("5G工厂", 1.0, "万个", 2027)}
    assert {k for (k,) in query(home, "SELECT DISTINCT release_kind FROM marts.observations")} == KINDS
    per_release = dict(query(home, "SELECT source_url, count(*) FROM core.observations GROUP BY 1"))
    assert per_release[NOV_2025] == 49 and per_release[OVERVIEW_NOV_2025] == 55   # with two changes against the month before
    assert sum(per_release.values()) == TOTAL_OBSERVATIONS
    # every figure carries its lineage
    assert query(home, """SELECT count(*) FROM marts.observations WHERE source_url IS NULL OR published_at IS NULL
                          OR quote IS NULL OR parser_version IS NULL OR sha256 IS NULL""")[0][0] == 0
    # a figure of a name the catalogue does not hold is kept as printed, never a series, with its lineage
    assert query(home, """SELECT label_zh, period, value, unit, measure, evidence FROM core.named_figures
                          WHERE source_url LIKE '%art_8f0b2d4e6a3c4f5b7d9e1a3c5e7b9d49%'""") == [
        ("开源鸿蒙装载设备量", "2025", 12.0, "亿台", "level", "statement")]
    assert query(home, """SELECT name_zh, release_title FROM marts.named_figures
                          WHERE source_url LIKE '%art_8f0b2d4e6a3c4f5b7d9e1a3c5e7b9d49%'""") == [
        ("开源鸿蒙装载设备量", "工业和信息化部有关负责人介绍我国数字经济发展情况")]
    assert query(home, """SELECT count(*) FROM core.named_figures WHERE publisher <> 'MIIT' OR quote IS NULL
                          OR parser_version IS NULL OR sha256 IS NULL""")[0][0] == 0
    row = query(home, """SELECT value, unit, label_zh, quote, source_url, published_at FROM marts.observations
                         WHERE indicator = 'output.nev' AND period = '2025-11' AND measure = 'level'""")[0]
    assert row[:3] == (184.1, "万辆", "新能源汽车") and row[4] == NOV_2025 and "184.1万辆" in row[3]
    # the interview's claims and the 5G build-out can be answered from the analysts' view
    claims = dict(((i, m), v) for i, m, v in query(home, """SELECT indicator, measure, value FROM marts.observations
        WHERE period = '2025-11' AND period_type = 'ytd' AND indicator LIKE 'industrial_va%'"""))
    assert claims[("industrial_va", "yoy_pct")] == 6.0
    assert claims[("industrial_va.high_tech", "yoy_pct")] == 9.2
    assert claims[("industrial_va.equipment", "yoy_pct")] == 9.3
    g5 = query(home, """SELECT period, value, source_url, evidence FROM marts.observations
                        WHERE indicator = 'telecom.bs_5g' AND measure = 'level' ORDER BY period""")
    # the statistical figure where there is one (470.5 at the end of September, not the 459.8 MIIT stated that
    # month); between statements, the later (425.1 restated in 2025 over 'more than 419' in December 2024)
    assert [(p, v, e) for p, v, _, e in g5] == [
        ("2024-04", 364.7, "statement"), ("2024-12", 425.1, "statement"), ("2025-09", 470.5, "statistics"),
        ("2025-11", 483.0, "statistics"), ("2025-12", 483.8, "statistics")]
    assert g5[3][2].startswith(MIIT_TXY)
    # out-of-scope releases are recorded as skipped, never fetched; a PDF-only article is skipped with its reason
    # 3 NBS releases of other topics, 3 notices no plan, a reading (解读), a meeting with a guest, party affairs, a list
    assert query(home, "SELECT count(*) FROM raw.discoveries WHERE kind IS NULL")[0][0] == 10
    fetched = {r.url for r in Archive(home / "archive").fetches() if r.role == "article"}
    assert fetched == LISTED_RELEASES | STATEMENTS | PLANS | {PDF_ONLY}
    stage, reason = query(home, f"SELECT stage, reason FROM raw.quarantine WHERE url = '{PDF_ONLY}'")[0]
    assert stage == "skipped" and "attachment only" in reason and ".pdf" in reason
    # the interview's claims beside the official figures
    claims = {c: (o, v) for c, o, v in query(home, "SELECT claim_id, official, verdict FROM marts.interview_claims")}
    assert claims["interview_ip_growth_2025_11"] == (6.0, "consistent")
    assert claims["interview_hightech_growth_2025_11"] == (9.2, "consistent")
    assert claims["interview_smart_factories_advanced_2025"] == (8200.0, "consistent")   # 8200余 against 7000+
    assert claims["interview_5g_categories_2025"] == (91.0, "consistent")
    # the scorecard
    status = dict(query(home, "SELECT target_id, status FROM marts.target_scorecard"))
    assert status["steel_va_avg_growth_2025_26"] == "off track"           # 2.2 % against about 4 %
    assert status["info14_gigabit_users_2025"] == "met"                   # 2.38 亿户 at end-2025 against 0.6
    assert status["gwr2025_gdp_growth"] == "met"                          # 5.0 % against about 5 %
    assert status["fyp15_gdp_growth"] == "not scored"                     # a goal without a number
    assert status["petchem_va_avg_growth_2025_26"] == "on track"          # 7.6 % against more than 5 %
    assert status["auto_mfg_va_growth_2025"] == "met"                     # 11.5 % in 2025 against about 6 %
    assert status["gwr2026_gdp_growth"] == "no data yet"                  # no 2026 GDP figure yet
    actual = query(home, "SELECT actual, actual_period, actual_source_url FROM marts.target_scorecard "
                         "WHERE target_id = 'steel_va_avg_growth_2025_26'")[0]
    assert actual == (2.2, "2026-02", "https://www.stats.gov.cn/sj/zxfb/202603/t20260316_1962782.html")

    # the report with charts and the Prefect artifacts of the run
    assert (home / "report.html").stat().st_size > 100_000
    from prefect.client.orchestration import get_client
    with get_client(sync_client=True) as client:
        artifacts = {a.key: a for a in client.read_artifacts() if a.key}
    assert {"refresh-summary", "target-scorecard", "target-scorecard-table"} <= set(artifacts)
    assert artifacts["target-scorecard-table"].type == "table"

    before_rows = query(home, "SELECT count(*) FROM core.observations")[0][0]
    before_fetches = len(Archive(home / "archive").fetches())
    second = run_refresh()
    assert second.is_completed()
    assert query(home, "SELECT count(*) FROM core.observations")[0][0] == before_rows
    new_fetches = Archive(home / "archive").fetches()[before_fetches:]
    # one conditional request per list: NBS feed and first list page, each MIIT column page and API answer
    # (six statistics, three news and two policy-file columns), the policy library's list; no article,
    # statement or plan, is fetched again; the data portal is not asked at all (no release since its last
    # read, no month due)
    assert Counter((r.role, r.status) for r in new_fetches) == {("feed", 304): 1, ("list", 304): 24}


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
    loaded = {url for (url,) in query(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert loaded == (LISTED_RELEASES | STATEMENTS | PLANS | PORTAL) - {NOV_2025}


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


def test_rebuild_from_the_archive_gives_the_same_warehouse_without_network(first_run, pointed, monkeypatch):
    from xinzhi.config import Settings
    from xinzhi.pipeline import rebuild

    state, first = first_run
    assert state.is_completed()
    home = copy_home(first, pointed)            # the archive and warehouse of the flow's refresh
    sql = "SELECT * EXCLUDE (data_label) FROM marts.observations ORDER BY ALL"
    before = query(home, sql)
    (home / "xinzhi.duckdb").unlink()
    monkeypatch.setenv("XINZHI_MIRROR", "http://127.0.0.1:9")   # nothing listens: any request would fail
    outcome = rebuild(Settings())
    assert outcome.observations == TOTAL_OBSERVATIONS and outcome.quarantined == []
    assert [url for url, _ in outcome.skipped] == [PDF_ONLY]
    assert query(home, sql) == before


def test_a_run_that_died_before_logging_discoveries_is_caught_up(prefect_server, pointed, clean_run):
    """The list page answers 304 the second time, yet what the first run never logged is found."""
    home = copy_home(clean_run, pointed)        # a complete first run (its archive)
    log = home / "archive" / "discoveries.jsonl"
    fetch_log = home / "archive" / "fetch_log.jsonl"
    # Forget discoveries and article fetches, as if the first run had died right after the list pages.
    log.unlink()
    kept = [line for line in fetch_log.read_text().splitlines() if '"role": "article"' not in line]
    fetch_log.write_text("\n".join(kept) + "\n")
    assert run_refresh().is_completed()
    loaded = {url for (url,) in query(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert loaded == LISTED_RELEASES | STATEMENTS | PLANS | PORTAL


def test_a_collect_deployment_that_does_not_exist_fails_the_run_in_one_line(prefect_server, pointed, monkeypatch):
    monkeypatch.setenv("XINZHI_COLLECT_DEPLOYMENT", "collect/not-deployed")
    state = run_refresh()
    assert state.is_failed()
    assert state.message.startswith("XINZHI_COLLECT_DEPLOYMENT='collect/not-deployed' names no deployment")
    assert query(pointed, "SELECT count(*) FROM raw.releases")[0][0] == 0   # nothing fetched, a valid warehouse


def test_a_ministry_whose_column_pages_are_gone_fails_the_run_by_name(prefect_server, pointed, mirror_root):
    for page in (mirror_root / "www.miit.gov.cn/gxsj/tjfx").glob("*/index.html"):
        page.unlink()
    state = run_refresh()
    assert state.is_failed() and state.result(raise_on_failure=False) == {"exit": 1}
    named = [part.split(":", 1)[0] for part in state.message.split("; ")]
    assert named == ["miit.txy", "miit.rjy", "miit.dzxx", "miit.yclgy", "miit.zbgy", "miit.xfpgy"]
    loaded = {url for (url,) in query(pointed, "SELECT url FROM raw.releases WHERE status = 'loaded'")}
    assert {u for u in LISTED_RELEASES if "stats.gov.cn" in u} | STATEMENTS | PLANS <= loaded   # the rest loaded
    summary = artifact(state, "refresh-summary")
    assert "Sources: 9 read, 6 failed" in summary
    assert "| miit.dzxx | **no** | 0 |" in summary and "| nbs.list | yes |" in summary
