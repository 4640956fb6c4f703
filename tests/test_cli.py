"""The `xinzhi` command as a user runs it (a real subprocess)."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import NBS, official_url

from xinzhi.model import CONTRACT_FIELDS

XINZHI = str(Path(sys.executable).parent / "xinzhi")
PAGE = NBS / "sj/zxfb/202512/t20251215_1962074.html"


def run(*args):
    return subprocess.run([XINZHI, *args], capture_output=True, text=True, timeout=120)


def test_parse_prints_contract_fields_as_json_lines():
    result = run("parse", str(PAGE), "--url", official_url("sj/zxfb/202512/t20251215_1962074.html"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 49
    assert all(set(CONTRACT_FIELDS) <= set(row) for row in rows)
    total = [r for r in rows if r["indicator"] == "industrial_va" and r["period_type"] == "ytd"][0]
    assert (total["value"], total["period"], total["measure"], total["unit"]) == (6.0, "2025-11", "yoy_pct", "%")


def test_parse_reads_a_page_of_every_kind():
    from parsing import BASED
    from test_parse_releases import PAGES, url_of

    seen = set()
    for path, kind, _, expected in PAGES:
        if kind in seen:
            continue
        seen.add(kind)
        result = run("parse", str(path), "--url", url_of(path))
        assert result.returncode == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert {r["release_kind"] for r in rows} == {kind}
        assert {(r["indicator"], r["period"], r["period_type"], r["measure"],
                 *([r["relative_to"]] if r["measure"] == "pp_gap" else
                   [f"{r['base_period']}/{r['base_period_type']}"] if r["measure"] in BASED else [])): r["value"]
                for r in rows} == expected
    assert len(seen) == 10   # industrial_production: test_parse_prints_contract_fields_as_json_lines


def test_parse_of_a_pdf_only_article_says_so():
    from conftest import MIIT
    path = MIIT / "gxsj/tjfx/dzxx/art/2026/art_0c2e4a6b8d0f4c2e4a6b8d0f2c4e6a82.html"
    result = run("parse", str(path), "--url", "https://www.miit.gov.cn/gxsj/tjfx/dzxx/art/2026/"
                 "art_0c2e4a6b8d0f4c2e4a6b8d0f2c4e6a82.html")
    assert result.returncode == 1 and "attachment only" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("make_file, url, words", [
    (lambda d: d / "missing.html", "https://www.stats.gov.cn/sj/zxfb/x/t20251215_1.html", "no such file"),
    (lambda d: _write(d / "empty.html", b""), "https://www.stats.gov.cn/sj/zxfb/x/t20251215_1.html", "empty"),
    (lambda d: _write(d / "r.pdf", b"%PDF-1.7\n..."), "https://www.stats.gov.cn/sj/zxfb/x/t20251215_1.html", "PDF"),
    (lambda d: PAGE, "https://example.com/t20251215_1.html", "not an allow-listed official host"),
    (lambda d: _write(d / "cpi.html", "<html><body><div class='detail-title'><h1>2025年11月份居民消费价格</h1></div>"
                      "<div class='TRS_Editor'><p>上涨</p></div></body></html>".encode()),
     "https://www.stats.gov.cn/sj/zxfb/x/t20251215_1.html", "title"),
])
def test_bad_input_gives_one_line(tmp_path, make_file, url, words):
    result = run("parse", str(make_file(tmp_path)), "--url", url)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xinzhi: ") and words in lines[0]
    assert "Traceback" not in result.stderr


def _write(path, data):
    path.write_bytes(data)
    return path


def test_refresh_without_the_site_ends_with_one_clear_line(tmp_path, prefect_server):
    import os
    import socket

    from prefect.settings import PREFECT_API_URL

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, XINZHI_HOME=str(tmp_path / "home"), XINZHI_MIRROR=f"http://127.0.0.1:{port}",
               XINZHI_RETRIES="1", XINZHI_BACKOFF="0.01", PREFECT_API_URL=PREFECT_API_URL.value())
    result = subprocess.run([XINZHI, "refresh"], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 3          # no source could be read (docs/commands.md: exit codes)
    assert "Traceback" not in result.stdout + result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("xinzhi: cannot reach www.stats.gov.cn")
    assert (tmp_path / "home" / "xinzhi.duckdb").exists()


@pytest.mark.parametrize("command", ["refresh", "rebuild", "scorecard"])
def test_a_wrong_setting_is_one_line_naming_the_variable_and_exit_2(tmp_path, command):
    import os

    env = dict(os.environ, XINZHI_HOME=str(tmp_path / "home"), XINZHI_RATE="fast", XINZHI_START="2019-13-01")
    result = subprocess.run([XINZHI, command], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xinzhi: configuration error: ")
    assert "XINZHI_RATE" in lines[0] and "XINZHI_START" in lines[0]
    assert not (tmp_path / "home").exists()


def test_a_thread_count_below_one_is_a_configuration_error(tmp_path):
    import os

    env = dict(os.environ, XINZHI_HOME=str(tmp_path / "home"), XINZHI_DUCKDB_THREADS="0")
    result = subprocess.run([XINZHI, "scorecard"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xinzhi: configuration error: ") and "XINZHI_DUCKDB_THREADS" in lines[0]


def test_scorecard_prints_every_target_with_a_status_and_a_summary(tmp_path, fixture_warehouse):
    import os
    import shutil

    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(fixture_warehouse, home / "xinzhi.duckdb")
    result = subprocess.run([XINZHI, "scorecard"], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, XINZHI_HOME=str(home)))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("*** FIXTURE DATA")
    assert lines[1].split()[:3] == ["target", "status", "evidence"]
    body = lines[2:-2]
    con = duckdb.connect(str(home / "xinzhi.duckdb"), read_only=True)
    targets = con.execute("SELECT name_zh, description, status, coalesce(evidence, '') FROM marts.target_scorecard").fetchall()
    con.close()
    assert len(body) == len(targets) >= 70
    # every target by its Chinese and English names (not its id), its status and evidence in their
    # columns, aligned as a terminal shows Chinese characters (two columns each)
    status_column = _width(lines[1][:lines[1].index("status")])
    for name_zh, name_en, status, evidence in targets:
        line = next(line for line in body if line.startswith(name_zh + " "))
        assert name_en[:40] in line
        assert _width(line[:line.index(f"  {status}") + 2]) == status_column, line
        assert line[line.index(f"  {status}") + 2 + len(status):].lstrip().startswith(evidence), line
    steel = next(line for line in body if line.startswith("钢铁行业增加值年均增长4%左右"))
    assert "off track" in steel and "statistics" in steel and "2.2" in steel
    assert steel.endswith("confirmed")                 # its plan is among the fixture pages
    assert next(line for line in body if line.startswith("2026年国内生产总值增长4.5%—5%")).endswith("document not archived yet")
    assert lines[-2].startswith(f"{len(body)} targets:") and "not scored (no number)" in lines[-2]
    assert "unclear" in lines[-2]
    assert lines[-1].startswith("checked against their documents: 16 confirmed, 0 differ, 1 not found in document")


def _width(text: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_rebuild_reports_progress_in_the_log_for_long_parses(caplog):
    import logging

    from xinzhi.pipeline import _log_progress

    with caplog.at_level(logging.INFO, logger="xinzhi"):
        assert list(_log_progress(range(250), 250)) == list(range(250))
    assert [r.getMessage() for r in caplog.records] == [
        "parsed 100 of 250 archived pages", "parsed 200 of 250 archived pages", "parsed 250 of 250 archived pages"]


@pytest.mark.parametrize("content, words", [
    ("not json", "Expecting value"),
    ('{"/www.stats.gov.cn/": "explode"}', "unknown fault /www.stats.gov.cn/: explode"),
    ('["status:503"]', "expected a JSON object"),
])
def test_mirror_with_bad_faults_gives_one_line(tmp_path, content, words):
    faults = _write(tmp_path / "faults.json", content.encode())
    result = run("mirror", str(tmp_path), "--faults", str(faults))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xinzhi: ") and words in lines[0]


def test_parse_skipped_lists_what_was_read_but_not_stored_with_the_reason():
    page = NBS / "sj/zxfb/202512/t20251215_1962075.html"
    result = run("parse", str(page), "--url", official_url("sj/zxfb/202512/t20251215_1962075.html"), "--skipped")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"clause": "扣除房地产开发投资，全国固定资产投资增长0.8%", "reason": "qualified"} in rows
    assert all(set(r) == {"clause", "reason"} for r in rows) and not any(r["reason"] == "unexplained" for r in rows)
