"""The HTML report, read as an analyst reads it: opened in headless Chromium at 1280 × 800 (one
browser for the module), its first screen checked against the warehouse, its charts' text measured
from the rendered layout, its scorecard sorted and filtered in the page; the README's picture is
taken from it."""
import base64
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from xinzhi import tables, verdict
from xinzhi.report_html import read_frames, write_report

pytestmark = pytest.mark.xdist_group("report")   # one warehouse and one browser for the whole module

CHARTS = ("targets", "growth", "key-industries", "provinces", "five-g", "five-g-density")
PICTURE = Path(__file__).resolve().parents[1] / "docs" / "report.png"
VIEWPORT = {"width": 1280, "height": 800}
# How Chromium is started here: no sandbox (root), no GPU, and none of its background connections,
# which a closed network refuses; Playwright gives it a fresh profile.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
TIMEOUT_MS = 120_000   # a loaded two-core machine may take long to lay out a 6 MB page


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def database(fixture_warehouse) -> Path:
    return fixture_warehouse


@pytest.fixture(scope="module")
def report(database, tmp_path_factory) -> Path:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return write_report(con, tmp_path_factory.mktemp("report") / "report.html")
    finally:
        con.close()


def rows(database: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def browser():
    executable = chromium()
    if executable is None:
        if os.environ.get("XINZHI_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (XINZHI_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        started = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        yield started
        started.close()


@pytest.fixture(scope="module")
def page(browser, report):
    """The report as loaded at 1280 × 800, once its charts are drawn and its table library is running."""
    opened = browser.new_page(viewport=VIEWPORT)
    opened.set_default_timeout(TIMEOUT_MS)
    errors = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(report.as_uri())
    opened.wait_for_selector("#scorecard-table.dataTable")
    opened.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {len(CHARTS)}")
    assert errors == []
    yield opened
    opened.close()


def test_the_report_is_one_self_contained_file(report):
    text = report.read_text(encoding="utf-8")
    assert '<script src="http' not in text and "plotly.js" in text.lower()   # the libraries are inlined:
    assert "dt_bundle" not in text and "unpkg.com/dt_for_itables" not in text   # the page works offline
    assert all(f'id="{chart}-plot"' in text for chart in CHARTS)
    assert "FIXTURE DATA" in text and "info14_<wbr>gigabit_<wbr>users_<wbr>2025" in text   # label, scorecard
    assert "千兆宽带用户数达到6000万户" in text and "statement" in text        # names a person reads, evidence
    # each target checked against its document: the others are marked with the reason
    assert "16 of 80 targets are confirmed by the archived document that sets them; 0 differ" in text
    assert "✓ confirmed" in text and "⚠ document not archived yet" in text and "⚠ not found in document" in text


def test_every_target_without_a_status_says_why_on_the_first_screen_and_in_the_table(database):
    con = duckdb.connect(str(database), read_only=True)
    try:
        frames = read_frames(con)
    finally:
        con.close()
    card = frames["scorecard"]
    waiting = ~card.status.isin(verdict.SCORED)
    assert card.unscored_reason[waiting].notna().all() and card.unscored_reason[~waiting].isna().all()
    assert set(card.unscored_reason[waiting]) <= {"no number to score", "no official series read",
                                                    "window not reached", "no figure yet in window"}
    shown = verdict.verdict_html(card, frames["claims"])
    assert all(f"{n} {reason}" in shown for reason, n in card.unscored_reason[waiting].value_counts().items())
    table = tables.scorecard_frame(card)
    assert list(table["why not scored"][waiting]) == list(card.unscored_reason[waiting])


def test_the_first_screen_states_the_verdict_the_warehouse_holds(page, database):
    shown = page.eval_on_selector_all(
        "#verdict td[data-status]", "cells => cells.map(c => [c.dataset.status, c.dataset.evidence, c.textContent, "
                                    "c.getBoundingClientRect().bottom])")
    counted = {(status, evidence): n for status, evidence, n in rows(
        database, "SELECT status, evidence, count(*) FROM marts.target_scorecard GROUP BY ALL")}
    expected = {}
    for (status, evidence), n in counted.items():
        expected[(status, "all")] = expected.get((status, "all"), 0) + n
        if evidence is not None:
            expected[(status, evidence)] = n
    assert {(status, evidence): int(n) for status, evidence, n, _ in shown if int(n)} == expected
    assert {"met", "on track", "off track", "no data yet", "not scored"} <= {status for status, _ in expected}
    assert all(bottom <= VIEWPORT["height"] for *_, bottom in shown)      # on the first screen, no scrolling
    headline = page.inner_text("#verdict .headline")
    assert headline.startswith(f"Of {sum(counted.values())} targets, ")
    # the interview's claims, each with the verdict the warehouse gives it, also on the first screen
    claims = page.eval_on_selector_all("#verdict table.claims tbody tr", "trs => trs.map(tr => [tr.cells[0].textContent,"
                                       " tr.cells[3].textContent, tr.getBoundingClientRect().bottom])")
    assert sorted((statement, verdict) for statement, verdict, _ in claims) == sorted(
        rows(database, "SELECT statement, verdict FROM marts.interview_claims"))
    assert all(bottom <= VIEWPORT["height"] for *_, bottom in claims)
    assert page.inner_text("#built").startswith("Warehouse built 20") and "Beijing time (UTC+8)" in page.inner_text("#built")


def test_no_text_of_any_chart_overlaps_another_or_leaves_its_chart(page):
    boxes = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(plot => {
        const figure = plot.querySelector('.main-svg').getBoundingClientRect();
        return [...plot.querySelectorAll('svg text')].filter(t => t.textContent.trim()
                && getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden')
            .map(t => { const r = t.getBoundingClientRect();
                return {chart: plot.id, text: t.textContent, left: r.left, right: r.right, top: r.top,
                        bottom: r.bottom, rotated: /rotate\\((?!0[,)])/.test(t.getAttribute('transform') || '')
                                                   && !t.closest('.g-ytitle, .g-y2title')};
            }).filter(b => b.right > b.left && b.bottom > b.top)
            .map(b => ({...b, inside: b.left >= figure.left - 1 && b.right <= figure.right + 1
                                      && b.top >= figure.top - 1 && b.bottom <= figure.bottom + 1}));
    })""")
    assert {b["chart"] for b in boxes} == {f"{chart}-plot" for chart in CHARTS}
    assert [b["text"] for b in boxes if not b["inside"]] == []
    assert [b["text"] for b in boxes if b["rotated"]] == []          # every label reads without turning the head
    overlapping = [(a["chart"], a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a["chart"] == b["chart"] and min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1
                   and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1]
    assert overlapping == []


def test_every_scored_target_is_a_row_of_the_chart_named_in_chinese(page, database):
    labels = page.eval_on_selector_all("#targets-plot .yaxislayer-above text", "ts => ts.map(t => t.textContent)")
    scored = rows(database, "SELECT name_zh FROM marts.target_scorecard WHERE status IN "
                            "('met', 'on track', 'off track', 'unclear')")
    assert len(scored) >= 10 and sorted(labels) == sorted(name for (name,) in scored)


def test_no_cell_reads_none_and_every_answered_target_links_its_release_and_document(page, database):
    cells = page.eval_on_selector_all("td", "tds => tds.map(td => td.textContent.trim())")
    assert len(cells) > 500 and not {"None", "NaN", "nan", "<NA>", "null", "NaT"} & set(cells)
    header = page.eval_on_selector_all("#scorecard-table thead th", "ths => ths.map(th => th.textContent)")
    links = page.eval_on_selector_all("#scorecard-table tbody tr", f"""trs => trs.map(tr => [
        tr.cells[{header.index('released')}].querySelector('a')?.href,
        tr.cells[{header.index('document')}].querySelector('a')?.href])""")
    answered, documented = rows(database, "SELECT count(actual_source_url), count(document_url) FROM marts.target_scorecard")[0]
    assert len(links) == 80 and sum(bool(r) for r, _ in links) == answered and sum(bool(d) for _, d in links) == documented
    assert "https://www.gov.cn/zhengce/zhengceku/202509/content_7042815.htm" in {d for _, d in links}


def test_the_scorecard_filters_by_status_and_sorts_in_the_page(page, database):
    off_track = rows(database, "SELECT count(*) FROM marts.target_scorecard WHERE status = 'off track'")[0][0]
    header = page.eval_on_selector_all("#scorecard-table thead th", "ths => ths.map(th => th.textContent)")
    status, gap = header.index("status"), header.index("gap")

    def column(index: int) -> list[str]:
        return page.eval_on_selector_all("#scorecard-table tbody tr", f"trs => trs.map(tr => tr.cells[{index}].textContent)")

    page.locator("div.dtsp-searchPane", has=page.locator("input[placeholder=status]")).locator(
        "span.dtsp-name", has_text="off track").click()
    page.wait_for_function(f"document.querySelectorAll('#scorecard-table tbody tr').length === {off_track}")
    assert column(status) == ["off track"] * off_track
    page.locator("button.dtsp-clearAll").click()
    page.wait_for_function("document.querySelectorAll('#scorecard-table tbody tr').length === 80")
    page.locator("#scorecard-table thead th", has_text="gap").click()
    # the table redraws after the click: wait for its order, however long a loaded machine takes
    page.wait_for_function(f"""() => {{
        const v = [...document.querySelectorAll('#scorecard-table tbody tr')]
            .map(tr => tr.cells[{gap}].textContent).filter(t => t !== '').map(Number);
        return v.length >= 10 && v.every((x, i) => i === 0 || v[i - 1] <= x); }}""", timeout=120_000)
    gaps = [float(g) for g in column(gap) if g]
    assert len(gaps) >= 10 and gaps == sorted(gaps)        # sorted as numbers, not as text


def test_the_readme_picture_is_the_reports_first_screen(page, browser):
    """Rewritten only when the first screen changed (the build time aside), so that a run that changes
    nothing leaves git clean."""
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    if not fonts.strip():
        message = "no Chinese font installed (.ci/run installs fonts-wqy-microhei): the picture would show boxes"
        if os.environ.get("XINZHI_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    page.evaluate("window.scrollTo(0, 0)")
    page.mouse.move(0, 0)                            # off the charts: their toolbars show on hover
    taken = page.screenshot(animations="disabled")
    built = page.locator("#built-at").bounding_box()
    if PICTURE.exists() and not changed(browser, PICTURE.read_bytes(), taken, built):
        return
    PICTURE.write_bytes(taken)


def changed(browser, before: bytes, after: bytes, ignore: dict) -> bool:
    """Whether two PNGs differ in any pixel outside the `ignore` box, compared by the browser itself."""
    blank = browser.new_page()
    try:
        return blank.evaluate("""async ([before, after, box]) => {
            const load = src => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i);
                                                              i.onerror = fail; i.src = src; });
            const [a, b] = await Promise.all([load(before), load(after)]);
            if (a.width !== b.width || a.height !== b.height) return true;
            const pixels = image => { const canvas = document.createElement('canvas');
                canvas.width = image.width; canvas.height = image.height;
                const context = canvas.getContext('2d'); context.drawImage(image, 0, 0);
                return context.getImageData(0, 0, image.width, image.height).data; };
            const p = pixels(a), q = pixels(b);
            for (let k = 0; k < p.length; k += 4) {
                const x = (k / 4) % a.width, y = Math.floor(k / 4 / a.width);
                const ignored = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
                if (!ignored && (p[k] !== q[k] || p[k + 1] !== q[k + 1] || p[k + 2] !== q[k + 2])) return true;
            }
            return false;
        }""", [_data_url(before), _data_url(after), ignore])
    finally:
        blank.close()


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()
