"""Every source is read through one interface, and a source that stops working fails the run by
name while the others still load; marts.source_health remembers each source's reads."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_home, fixture_totals, published
from conftest import refresh_plain as refresh

from xinzhi.outcome import EXIT_FAILED, exit_code

XINZHI = str(Path(sys.executable).parent / "xinzhi")
MIIT_COLUMNS = ["miit.txy", "miit.rjy", "miit.dzxx", "miit.yclgy", "miit.zbgy", "miit.xfpgy"]
NBS_RELEASES = fixture_totals().nbs
API = "www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit@pageId=1434685f08314ae8ae78f78b6a5a7915"
NEW_TELECOM = "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/art_0d1c2b3a49584f6e7d8c9b0a1f2e3d4c.html"


def health(home) -> dict:
    return {row[0]: row[1:] for row in published(home, """SELECT source, status, consecutive_failures,
        entries_last_read, last_failure_reason, last_success_at IS NOT NULL FROM marts.source_health""")}


def loaded(home, publisher: str) -> int:
    return published(home, "SELECT count(*) FROM raw.releases WHERE status = 'loaded' AND publisher = ?",
                     [publisher])[0][0]


def test_every_miit_column_page_missing_fails_the_run_naming_the_six_columns(home, mirror_root):
    for page in (mirror_root / "www.miit.gov.cn/gxsj/tjfx").glob("*/index.html"):
        page.unlink()
    outcome, problem = refresh(mirror_root)
    named = [part.split(":", 1)[0] for part in problem.split("; ")]
    assert named == MIIT_COLUMNS
    assert exit_code(outcome, problem) == EXIT_FAILED
    assert loaded(home, "NBS") == NBS_RELEASES          # the other publisher is loaded and published
    states = health(home)
    # columns whose list pageId is publicly known are still read, but named: their page is gone
    assert states["miit.txy"][:3] == ("degraded", 1, 4) and "with the known pageId" in states["miit.txy"][3]
    assert "HTTP 404" in states["miit.txy"][3]
    for name in ("miit.dzxx", "miit.yclgy", "miit.zbgy", "miit.xfpgy"):
        assert states[name][:3] == ("failing", 1, 0)
        assert states[name][3].endswith("HTTP 404, and no list API call is known from an earlier run")
    assert states["nbs.list"][:2] == ("healthy", 0) and states["nbs.feed"][:2] == ("healthy", 0)
    # unhealthy sources come first
    order = [s for (s,) in published(home, "SELECT source FROM marts.source_health")]
    assert order[:4] == ["miit.dzxx", "miit.xfpgy", "miit.yclgy", "miit.zbgy"]
    assert order[-3:] == ["nbs.feed", "nbs.list", "nbs.portal"]
    # the report and the scorecard show them first
    report = (home / "report.html").read_text(encoding="utf-8")
    assert "6 of 15 sources did not work on their last read" in report
    assert report.index("miit.dzxx") < report.index("nbs.list") < report.index('id="targets-plot"')
    printed = subprocess.run([XINZHI, "scorecard"], capture_output=True, text=True, timeout=120,
                             env=dict(os.environ, XINZHI_HOME=str(home))).stdout.splitlines()
    assert printed[0].startswith("!!! source miit.dzxx failing (1 reads in a row; last success never): ")
    assert [line.split()[2] for line in printed[:6]] == ["miit.dzxx", "miit.xfpgy", "miit.yclgy", "miit.zbgy", "miit.rjy",
                                                         "miit.txy"]


def test_a_column_page_that_changed_is_read_with_the_call_of_the_last_good_run(home, mirror_root, clean_run):
    copy_home(clean_run, home)                  # a good run before (every source read)
    assert health(home) and all(state[0] == "healthy" for state in health(home).values())
    # the column page drifts (no list script any more), and a new release appears on the list
    page = mirror_root / "www.miit.gov.cn/gxsj/tjfx/zbgy/index.html"
    page.write_text("<html><body><div class='lmy_main'>改版中</div></body></html>", encoding="utf-8")
    outcome, problem = refresh(mirror_root)
    assert problem.startswith("miit.zbgy: https://www.miit.gov.cn/gxsj/tjfx/zbgy/index.html: list script: expected")
    assert problem.endswith("(its list was read with the call of an earlier run)")
    states = health(home)
    assert states["miit.zbgy"][:3] == ("degraded", 1, 4)
    # the page comes back: healthy again, the failure kept with its reason
    page.write_text(_column_page("zbgy"), encoding="utf-8")
    outcome, problem = refresh(mirror_root)
    assert problem is None
    states = health(home)
    assert states["miit.zbgy"][:2] == ("healthy", 0) and "list script" in states["miit.zbgy"][3]


def _column_page(section: str) -> str:
    from conftest import MIIT
    return (MIIT / f"gxsj/tjfx/{section}/index.html").read_text(encoding="utf-8")


def test_a_new_release_is_still_found_through_the_remembered_call(home, mirror_root, clean_run):
    copy_home(clean_run, home)                  # a good run before
    (mirror_root / "www.miit.gov.cn/gxsj/tjfx/txy/index.html").unlink()
    answer = json.loads((mirror_root / API).read_text(encoding="utf-8"))
    answer["data"]["html"] = answer["data"]["html"].replace("<ul>", (
        f'<ul><li><a href="{NEW_TELECOM}" title="2025年前11个月通信业经济运行情况">2025年前11个月通信业经济运行情况</a>'
        '<span class="fr">2025-12-23</span></li>'))
    (mirror_root / API).write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    page = mirror_root / "www.miit.gov.cn" / NEW_TELECOM.split("gov.cn/", 1)[1]
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes((page.parent / "art_8e2d4b6a1c3f4a7b9d0e5f2a6c8b1d47.html").read_bytes())   # a re-issue
    outcome, problem = refresh(mirror_root)
    assert problem.startswith("miit.txy: https://www.miit.gov.cn/gxsj/tjfx/txy/index.html: HTTP 404")
    assert problem.endswith("(its list was read with the call of an earlier run)")
    assert NEW_TELECOM in {u for (u,) in published(home, "SELECT url FROM raw.releases WHERE status = 'loaded'")}


def test_a_drifted_nbs_list_page_fails_the_run_and_the_feed_still_brings_the_newest(home, mirror_root):
    page = mirror_root / "www.stats.gov.cn/sj/zxfb/index.html"
    page.write_text("<html><body><div class='list-content'><p>栏目维护中</p></div></body></html>", encoding="utf-8")
    outcome, problem = refresh(mirror_root)
    assert problem == ("nbs.list: https://www.stats.gov.cn/sj/zxfb/: list: expected links to releases "
                       "(…/tYYYYMMDD_N.html) with their titles")
    assert loaded(home, "MIIT") + loaded(home, "GOV") == fixture_totals().releases - NBS_RELEASES
    assert 0 < loaded(home, "NBS") < NBS_RELEASES          # what the feed lists
    assert health(home)["nbs.list"][:3] == ("failing", 1, 0)


def test_an_empty_list_api_answer_is_a_failing_column_and_failures_in_a_row_are_counted(home, mirror_root):
    (mirror_root / API).write_text(json.dumps({"success": True, "data": {"html": "<ul></ul>"}}), encoding="utf-8")
    for run in (1, 2):
        outcome, problem = refresh(mirror_root)
        assert problem.startswith("miit.txy: https://www.miit.gov.cn/api-gateway/") and "list API answer" in problem
        assert health(home)["miit.txy"][:3] == ("failing", run, 0)
    assert health(home)["miit.txy"][4] is False        # never worked yet


@pytest.mark.parametrize("fault, words", [("block403", "refused us"), ("reset", "cannot reach www.miit.gov.cn")])
def test_a_host_that_refuses_or_drops_us_is_asked_once_and_named_once(home, mirror_root, monkeypatch, fault, words):
    monkeypatch.setenv("XINZHI_TIMEOUT", "2")
    outcome, problem = refresh(mirror_root, {"/www.miit.gov.cn/gxsj/tjfx/txy/index.html": fault})
    assert len(problem.split("; ")) == 1 and problem.startswith(("www.miit.gov.cn", "cannot reach")) and words in problem
    states = health(home)
    assert all(states[name][0] == "failing" for name in MIIT_COLUMNS)
    assert loaded(home, "NBS") == NBS_RELEASES
    miit_requests = [u for (u,) in published(home, "SELECT url FROM raw.fetch_log WHERE url LIKE '%miit%'")]
    assert miit_requests == ["https://www.miit.gov.cn/gxsj/tjfx/txy/index.html"]
