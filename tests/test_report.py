"""The HTML report: charts drawn by a charting library, checked in headless Chromium."""
import os
import shutil
import subprocess

import duckdb
import pytest
from conftest import build_fixture_warehouse

from xinzhi.charts import write_report

CHARTS = ("targets", "growth", "key-industries", "provinces", "five-g", "five-g-density")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    con = duckdb.connect(str(build_fixture_warehouse(folder / "xinzhi.duckdb")), read_only=True)
    try:
        return write_report(con, folder / "report.html")
    finally:
        con.close()


def test_the_report_is_one_self_contained_file(report):
    text = report.read_text(encoding="utf-8")
    assert '<script src="http' not in text and "plotly.js" in text.lower()   # the library is inlined: works offline
    assert all(f'id="{chart}-plot"' in text for chart in CHARTS)
    assert "FIXTURE DATA" in text and "info14_gigabit_users_2025" in text   # label and scorecard table
    assert "千兆宽带用户数达到6000万户" in text and "statement" in text        # names a person reads, evidence
    assert '<a href="https://www.miit.gov.cn/' in text                        # each actual's source, linked
    # each target checked against its document: confirmed ones linked to it, the others marked with the reason
    assert "16 of 80 targets are confirmed by the archived document that sets them; 0 differ" in text
    assert "✓ confirmed" in text and "⚠ document not archived yet" in text and "⚠ not found in document" in text
    assert '<a href="https://www.gov.cn/zhengce/zhengceku/202509/content_7042815.htm" target="_blank">' in text
    assert "<td>None</td>" not in text


def test_the_charts_render_in_a_headless_browser(report, tmp_path):
    browser = chromium()
    if browser is None:
        if os.environ.get("XINZHI_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (XINZHI_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=10000", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = result.stdout
    assert "<html" in dom, result.stderr[-2000:]
    for chart in CHARTS:
        start = dom.index(f'id="{chart}-plot"')
        section = dom[start: dom.find("</section>", start)]
        # plotly drew it: an SVG canvas with at least one trace (bars or lines), not an empty div
        assert 'class="main-svg"' in section, chart
        assert 'class="trace bars"' in section or 'class="scatterlayer' in section and "trace scatter" in section, chart
