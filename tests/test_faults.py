"""What the real sites do, rehearsed through the fault-injecting mirror: each fault on one
article (or list) during a refresh, then a clean refresh. The promise each time: the other
releases load, the faulty page is never parsed as data, the run says what failed, and after
the clean run the warehouse holds exactly the figures of a run without faults — nothing lost,
nothing duplicated, nothing wrong. docs/reliability.md lists the matrix."""
import re
import time

import pytest
from conftest import copy_home, published
from conftest import refresh_plain as refresh

from xinzhi.archive import Archive
from xinzhi.mirror import Mirror

ARTICLE_PATH = "/www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
ARTICLE = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
ARTICLE_ROWS = 49
from conftest import fixture_totals

TOTAL = fixture_totals().figures            # every figure of the fixture pages, loaded once
RELEASES = fixture_totals().releases
FIGURES = """SELECT source_url, indicator, dimension, period, period_type, measure, value, unit
             FROM core.observations ORDER BY ALL"""


def rows(home, sql=FIGURES):
    return published(home, sql)


@pytest.fixture(scope="module")
def clean_figures(clean_run):
    """The figures of a run without faults: the reference every faulty run must end at."""
    return rows(clean_run)


def assert_nothing_lost_or_duplicated(home, clean_figures):
    figures = rows(home)
    assert len(figures) == len(set(figures)) == TOTAL
    assert figures == clean_figures
    archive = Archive(home / "archive")
    for record in archive.fetches():
        if record.sha256:
            archive.get(record.sha256)     # every logged body is there and matches its hash


# Faults on articles that the run cannot get past, each on its own article in one run: each
# article is not archived and is named with its fault, the rest loads; the next clean run fetches them.
ARTICLE_FAULTS = [
    ("status:500", "HTTP 500"),
    ("status:502", "HTTP 502"),
    ("status:503", "HTTP 503"),
    ("429:0", "429"),
    ("block403", "403"),
    ("verify200", "verification"),
    ("redirect:https://example.com/stolen.html", "not an allow-listed official host"),
    ("oversize:2100000", "bytes"),
    ("truncate", "body cut off"),
]


def articles(root, n: int) -> list[str]:
    """Paths (as requested from the mirror) of `n` release pages of the fixture mirror."""
    pages = sorted(p for p in root.rglob("*.html") if re.search(r"/(t\d{8}_\d+|art_[0-9a-f]{32})\.html$", str(p))
                   and "0c2e4a6b8d0f" not in p.name)          # not the PDF-only article
    return ["/" + str(p.relative_to(root)) for p in pages[:n]]


def official(path: str) -> str:
    return ("http://" if "/tjsj/" in path else "https://") + path.lstrip("/")


def test_failing_articles_are_named_each_with_its_fault_and_loaded_by_the_next_run(home, mirror_root, monkeypatch,
                                                                                    clean_figures):
    monkeypatch.setenv("XINZHI_MAX_BYTES", "2000000")
    paths = articles(mirror_root, len(ARTICLE_FAULTS))
    outcome, problem = refresh(mirror_root, {path: fault for path, (fault, _) in zip(paths, ARTICLE_FAULTS)})
    assert problem == f"{len(ARTICLE_FAULTS)} articles could not be fetched"
    assert len(outcome.fetch_errors) == len(ARTICLE_FAULTS)
    archived = Archive(home / "archive").latest_bodies("article")
    for path, (fault, words) in zip(paths, ARTICLE_FAULTS):
        url = official(path)
        assert any(e.startswith(url) and words in e for e in outcome.fetch_errors), (fault, outcome.fetch_errors)
        assert url not in archived                                        # never parsed as data
        assert rows(home, f"SELECT count(*) FROM core.observations WHERE source_url = '{url}'") == [(0,)]
    assert rows(home, "SELECT count(*) FROM raw.releases WHERE status = 'loaded'") == [(RELEASES - len(paths),)]
    outcome, problem = refresh(mirror_root)
    assert problem is None and outcome.fetched == len(paths)
    assert_nothing_lost_or_duplicated(home, clean_figures)


@pytest.mark.parametrize("fault", ["reset", "slow:6"])
def test_a_connection_that_dies_or_hangs_stops_the_fetch_step_clearly(home, mirror_root, monkeypatch,
                                                                        clean_figures, fault):
    # 2 s: short enough for the hang to time out, long enough that a loaded machine answers the rest
    monkeypatch.setenv("XINZHI_TIMEOUT", "2")
    outcome, problem = refresh(mirror_root, {ARTICLE_PATH: fault})
    assert problem.startswith("cannot reach www.stats.gov.cn while fetching articles")
    assert ARTICLE not in Archive(home / "archive").latest_bodies("article")
    outcome, problem = refresh(mirror_root)
    assert problem is None
    assert_nothing_lost_or_duplicated(home, clean_figures)


def test_transient_faults_are_retried_within_the_run(home, mirror_root, clean_figures):
    faults = ["flaky:2:status:503", "flaky:1:429:1", "flaky:1:reset"]
    outcome, problem = refresh(mirror_root, dict(zip(articles(mirror_root, len(faults)), faults)))
    assert problem is None and outcome.fetch_errors == []
    assert_nothing_lost_or_duplicated(home, clean_figures)


def test_pages_in_the_wrong_or_no_encoding_label_read_the_same_figures(home, mirror_root, clean_figures):
    faults = ["gbk_as_utf8", "no_charset"]
    outcome, problem = refresh(mirror_root, dict(zip(articles(mirror_root, len(faults)), faults)))
    assert problem is None
    assert_nothing_lost_or_duplicated(home, clean_figures)


def test_a_drifted_page_is_quarantined_and_the_next_good_copy_is_not_refetched(home, mirror_root):
    page = mirror_root / ARTICLE_PATH.lstrip("/")
    page.write_text(page.read_text(encoding="utf-8").replace("trs_editor_view TRS_UEDITOR", "article-body"),
                    encoding="utf-8")
    page.write_text(page.read_text(encoding="utf-8").replace('class="ue_table"', 'class="x"')
                    .replace("trs_word_table", "data"), encoding="utf-8")
    outcome, problem = refresh(mirror_root)
    stage, reason = rows(home, f"SELECT stage, reason FROM raw.quarantine WHERE url = '{ARTICLE}'")[0]
    assert stage == "parse" and reason.startswith(f"{ARTICLE}: body: expected")
    assert rows(home, "SELECT count(*) FROM core.observations")[0][0] == TOTAL - ARTICLE_ROWS
    assert [u for u, _ in outcome.quarantined] == [ARTICLE]


@pytest.mark.parametrize("feed", ["<html><body>503 Service Unavailable</body></html>", "<html><body>503"])
def test_a_feed_that_is_not_rss_fails_the_run_by_name_while_the_list_pages_do_the_work(home, mirror_root,
                                                                                         clean_figures, feed):
    (mirror_root / "www.stats.gov.cn/sj/zxfb/rss.xml").write_text(feed)
    outcome, problem = refresh(mirror_root)
    assert problem.startswith("nbs.feed: https://www.stats.gov.cn/sj/zxfb/rss.xml: feed: expected")
    assert_nothing_lost_or_duplicated(home, clean_figures)
    assert [s["name"] for s in outcome.sources if not s["ok"]] == ["nbs.feed"]


def test_a_list_page_that_fails_stops_discovery_of_that_publisher_only(home, mirror_root):
    outcome, problem = refresh(mirror_root, {"/www.stats.gov.cn/sj/zxfb/": "status:503",
                                             "/www.stats.gov.cn/sj/zxfb/rss.xml": "status:503"})
    assert problem.startswith("nbs.feed: https://www.stats.gov.cn/sj/zxfb/rss.xml: HTTP 503")
    assert "; nbs.list: https://www.stats.gov.cn/sj/zxfb/: HTTP 503" in problem
    kinds = {k for (k,) in rows(home, "SELECT DISTINCT release_kind FROM core.observations")}
    # MIIT loaded, and the data portal (its own host)
    assert kinds == {"telecom", "electronics", "software", "raw_materials", "equipment", "consumer_goods", "statement",
                     "portal"}


def test_a_damaged_archived_article_is_named_by_rebuild_and_fetched_again_by_the_next_refresh(
        home, mirror_root, clean_figures, clean_run):
    import os
    import subprocess
    import sys
    from pathlib import Path

    copy_home(clean_run, home)                  # a clean run before
    archive = Archive(home / "archive")
    path = archive.path_of(archive.latest_bodies("article")[ARTICLE].sha256)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes().replace("4.8%".encode(), "9.8%".encode()))   # bit rot, or a bad disk
    xinzhi = str(Path(sys.executable).parent / "xinzhi")
    result = subprocess.run([xinzhi, "rebuild"], capture_output=True, text=True, timeout=300,
                            env=dict(os.environ, XINZHI_HOME=str(home)))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("xinzhi: 1 archived pages are damaged and were not loaded: " + ARTICLE)
    assert rows(home, f"SELECT stage FROM raw.quarantine WHERE url = '{ARTICLE}'") == [("archive",)]
    assert rows(home, f"SELECT count(*) FROM core.observations WHERE source_url = '{ARTICLE}'") == [(0,)]
    outcome, problem = refresh(mirror_root)
    assert problem is None and outcome.repaired == [ARTICLE] and outcome.fetched == 1
    assert [r.note for r in Archive(home / "archive").fetches() if r.url == ARTICLE] == [None, "repair"]
    assert rows(home, "SELECT note FROM raw.fetch_log WHERE note IS NOT NULL") == [("repair",)]
    assert_nothing_lost_or_duplicated(home, clean_figures)


def test_the_published_warehouse_stays_the_last_good_one_when_a_build_fails(home, mirror_root, monkeypatch,
                                                                              clean_figures, clean_run):
    copy_home(clean_run, home)                  # a clean run before
    published = home / "xinzhi.duckdb"
    before = published.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full while building")
    monkeypatch.setattr("xinzhi.warehouse.build", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        refresh(mirror_root)
    assert published.read_bytes() == before
    assert rows(home) == clean_figures


def test_the_flow_says_what_failed_in_its_state_and_summary(prefect_server, home, mirror_root, monkeypatch):
    from conftest import artifact

    from xinzhi.flow import refresh as refresh_flow
    with Mirror(mirror_root, faults={ARTICLE_PATH: "status:503"}) as url:
        monkeypatch.setenv("XINZHI_MIRROR", url)
        state = refresh_flow(return_state=True)
    assert state.is_failed() and state.message == "1 articles could not be fetched"
    assert f"fetch error: {ARTICLE}: HTTP 503" in artifact(state, "refresh-summary")


def test_faults_from_a_file_are_switched_while_the_mirror_runs(mirror_root, tmp_path):
    import json

    import requests
    faults = tmp_path / "faults.json"
    with Mirror(mirror_root, faults_file=faults, latency=0.2) as url:
        page = f"{url}{ARTICLE_PATH}"
        assert requests.get(page, timeout=5).status_code == 200          # no file yet: the real page
        faults.write_text(json.dumps({ARTICLE_PATH: "flaky:1:status:503"}))
        assert requests.get(page, timeout=5).status_code == 503          # switched on, once
        assert requests.get(page, timeout=5).status_code == 200
        assert json.loads(faults.read_text())[ARTICLE_PATH] == "flaky:0:status:503"
        start = time.monotonic()
        requests.get(page, timeout=5)
        assert time.monotonic() - start >= 0.2                            # every answer is delayed
