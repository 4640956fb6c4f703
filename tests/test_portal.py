"""The NBS data portal as it answers: series in time slices with their own indicator ids, periods not
published (无, "", -, null, no values), the WAF's 307 before its cookie, a renamed catalogue level found
by the keyword search; what a later run asks; the cross-check against the releases, and the provinces."""
import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from conftest import published, refresh_plain

from xinzhi.archive import Archive, Discovery
from xinzhi.model import ParseError
from xinzhi.sources import portal

WEBSITE = "data.stats.gov.cn/dg/website/"
API = WEBSITE + "publicrelease/web/external/"
ESDATA = "/" + API + "stream/esData"
INDICATORS = "/" + API + "new/queryIndicatorsByCid"
ROOT_LEVEL = f"{API}new/queryIndexTreeAsync@pid=a1c3e5f7092b4d6f8a1c3e5f7092b4d6"
# the slices of 工业 > 工业增加值增长速度 (national value added): 2011–2015, 2016–2020, 2020–2025, 2026–
VA_A, VA_B, VA_C, VA_D = ("11a3c5e7f9b14d3f5a7c9e1b3d5f7a9c", "16b4d6f8a0c24e4a6b8d0f2c4e6a8b0d",
                          "f6b8d0e2547a4c9e3f6b8d0e2547a4c9", "26c5e7a9b1d34f5b7c9e1a3d5f7b9c1e")
OPEN_LEAVES = ("07c9e1f3658b4d0f4a7c9e1f3658b4d0", "18d0f2a4769c4e1a5b8d0f2a4769c4e1",
               "5e16f8a0b2c44d6e8f0a1b3c5d7e9f02", "29e1a3b587ad4f2b6c9e1a3b587ad4f2")   # one leaf, no range
PROVINCIAL = ("41d7f9b1c3e54a7c9e1b3d5f7a9c1e3a", "46e8a0c2d4f65b8d0f2c4e6a8b0d2f4b",
              "3af2b4c698be4a3c7dae2b4c698be4a3", "56f9b1d3e5a76c9e1a3d5f7b9c1e3a5c")
FIRST_RUN = {(VA_A, "201201MM-201512MM"), (VA_B, "201601MM-202012MM"), (VA_C, "202001MM-202512MM"),
             (VA_D, "202601MM-202603MM"), *((cid, "201201MM-202603MM") for cid in OPEN_LEAVES),
             (PROVINCIAL[0], "201201MM-201512MM"), (PROVINCIAL[1], "201601MM-202012MM"),
             (PROVINCIAL[2], "202101MM-202512MM"), (PROVINCIAL[3], "202601MM-202603MM")}


def portal_fetches(home: Path, since: int = 0) -> list:
    return [f for f in Archive(home / "archive").fetches()[since:] if "data.stats.gov.cn" in f.url]


def data_calls(fetches) -> list[dict]:
    return [json.loads(f.url.split("#", 1)[1]) for f in fetches if f.role == "data" and f.status == 200]


def rename_pmi_level(root: Path) -> None:
    """采购经理指数 renamed 采购经理人指数: the seed's path no longer leads to the PMI table."""
    level = root / ROOT_LEVEL
    level.write_text(level.read_text(encoding="utf-8").replace('"采购经理指数"', '"采购经理人指数"'), encoding="utf-8")


def test_every_series_loads_across_slices_from_2012_past_the_waf_and_a_renamed_level_and_later_runs_ask_only_what_is_due(
        home, mirror_root, monkeypatch):
    rename_pmi_level(mirror_root)
    waf = {ESDATA: "flaky:1:waf307", INDICATORS: "flaky:1:waf307"}      # a 307 before the cookie, then 200
    outcome, problem = refresh_plain(mirror_root, waf)
    assert problem is None
    assert outcome.notes == ["nbs.portal: catalogue path '采购经理指数 > 制造业采购经理指数' (kind 1) is now "
                             "'采购经理人指数 > 制造业采购经理指数', found by the keyword search: update sql/seeds/portal_series.csv"]
    first = portal_fetches(home)
    calls = data_calls(first)
    # each slice once, for the months it covers from 2012 (the 2006–2010 slice is never asked)
    assert {(c["cid"], c["dts"][0]) for c in calls} == FIRST_RUN and len(calls) == len(FIRST_RUN)
    assert all(c["showType"] == ("3" if c["cid"] in PROVINCIAL else "1") and c["rootId"] and c["daCatalogId"] == ""
               for c in calls)
    # indicator ids are each slice's own
    assert len({c["indicatorIds"][0] for c in calls if c["cid"] in (VA_A, VA_B, VA_C, VA_D)}) == 4
    # the politeness bound (docs/portal.md): 1 warm-up, 8 catalogue levels, per slice 1 indicator list and
    # 1 data call, per provincial slice 1 region-group list, 2 region lists; here also 2 answers of 307,
    # each costing a fresh warm-up (then the call again, counted above), and 1 keyword search
    assert len(first) == 1 + 8 + 2 * 12 + 4 + 2 + 2 * 2 + 1
    assert [f.error for f in first if f.error] == [f"HTTP 307: redirected to {portal.INDICATORS}?cid={VA_A}&dt=&name=",
                                                   f"HTTP 307: redirected to {portal.DATA}"]

    history = dict(((p, t), v) for i, p, t, v in published(home, """SELECT indicator, period, period_type, value
        FROM core.observations WHERE release_kind = 'portal' AND indicator = 'industrial_va'"""))
    # December of every year from 2012 (the year's growth), joined across the four slices
    assert [history[(f"{year}-12", "ytd")] for year in range(2012, 2026)] == [
        10.0, 9.7, 8.3, 6.1, 6.0, 6.6, 6.2, 5.7, 2.8, 9.6, 3.6, 4.6, 5.8, 5.9]
    assert history[("2026-02", "ytd")] == 6.3
    # periods not published (无 in 2026-01, values [] in 2026-03, null and - in 2020) are no figures, never zeros
    assert not {p for p, _ in history} & {"2026-01", "2026-03", "2020-06", "2020-07"}
    assert published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal' AND value = 0")[0][0] == 0
    # 2020-12 is printed by the 2016–2020 and the 2020–2025 slices alike: kept once, in the slice read furthest
    twice = published(home, """SELECT source_url FROM core.observations WHERE release_kind = 'portal'
                               AND indicator = 'industrial_va' AND period = '2020-12' AND period_type = 'ytd'""")
    assert len(twice) == 1 and VA_C in twice[0][0]
    # every figure both the releases and the portal print agrees, on both sides of the 2025/2026 slice edge
    pairs = published(home, """SELECT agree, url_a, url_b, period FROM marts.source_agreement
                               WHERE against_portal AND indicator = 'industrial_va'""")
    assert {agree for agree, *_ in pairs} == {True}
    portal_sides = {(VA_C if VA_C in a + b else VA_D if VA_D in a + b else None) for _, a, b, _ in pairs}
    assert portal_sides == {VA_C, VA_D} and {"2021-11", "2024-11", "2026-02"} <= {p for *_, p in pairs}
    check_provinces(home)
    figures = published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0]

    # nothing new and no month due: the portal is not asked at all; the moved path is still named
    outcome, problem = refresh_plain(mirror_root)
    assert problem is None and len(portal_fetches(home)) == len(first)
    assert outcome.notes[0].startswith("nbs.portal: catalogue path '采购经理指数 > 制造业采购经理指数'")

    # a release found since the portal's last call (by the other worker of a team, say): the revision
    # window (the last two months held and every month after them), of the slices it meets
    found = next(d for d in Archive(home / "archive").discoveries() if d.kind and "www.stats.gov.cn" in d.url)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    Archive(home / "archive").log_discovery(replace(found, found_at=now))
    before = len(Archive(home / "archive").fetches())
    outcome, problem = refresh_plain(mirror_root)
    news = portal_fetches(home, before)
    assert problem is None and len(news) == 1 + 8 + 2 * 7 + 2 + 2      # the bound: 7 slices, 2 of them provincial
    assert {(c["cid"][:4], c["dts"][0]) for c in data_calls(news)} == {
        ("26c5", "202601MM-202603MM"), ("07c9", "202601MM-202603MM"), ("18d0", "202601MM-202603MM"),
        ("5e16", "202509MM-202603MM"), ("29e1", "202510MM-202603MM"),
        ("3af2", "202511MM-202512MM"), ("56f9", "202601MM-202603MM")}     # provinces: back over the slice edge
    assert published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0] == figures

    # a month later (April due by the calendar): only the slices that cover it, only for April; the path
    # the search found is walked without searching again
    monkeypatch.setenv("XINZHI_PORTAL_THROUGH", "2026-04")
    before = len(Archive(home / "archive").fetches())
    outcome, problem = refresh_plain(mirror_root)
    later = portal_fetches(home, before)
    assert problem is None and len(later) == 1 + 8 + 2 * 6 + 1 + 1     # 6 slices, 1 provincial
    assert {(c["cid"], c["dts"][0]) for c in data_calls(later)} == {
        (cid, "202604MM-202604MM") for cid in (VA_D, *OPEN_LEAVES, PROVINCIAL[3])}
    assert not any("/external/query?" in f.url for f in later)
    # April is not published yet (无, values []): no figure more, none less
    assert published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0] == figures


def check_provinces(home):
    rows = {(p, y): r for p, y, *r in published(home, """SELECT province, year, actual, actual_period,
        industrial_target, gdp_target_context, status, large_industrial, national_actual FROM marts.provinces_vs_targets""")}
    assert rows[("anhui", 2025)][:5] == [9.4, "2025-12", 7.0, None, "met"]            # about 7 %: met
    assert rows[("hunan", 2025)][:5] == [6.2, "2025-12", 6.5, None, "off track"]      # at least 6.5 %: missed
    guangdong = rows[("guangdong", 2025)]
    assert guangdong[:5] == [3.0, "2025-12", None, 5.0, "context only (GDP target)"] and guangdong[5] is True
    assert rows[("zhejiang", 2025)][:2] == [7.0, "2025-11"] and rows[("zhejiang", 2025)][6] == 6.0   # national, Jan–Nov
    assert rows[("shaanxi", 2025)][4] == "no target found"
    assert rows[("jilin", 2026)][2:5] == [6.0, None, "no data yet"]
    # every province with a figure for the latest month the provincial table holds is in the mart with it
    latest = published(home, """SELECT split_part(indicator, '.', 2), period FROM core.observations
        WHERE release_kind = 'portal' AND dimension = 'region'
        QUALIFY period = max(period) OVER ()""")
    assert len(latest) >= 10
    assert all(rows[(province, int(period[:4]))][1] == period for province, period in latest)


def test_a_value_that_is_no_number_fails_its_slice_by_name_and_slices_that_disagree_hold_the_month_back(
        home, mirror_root):
    stream = mirror_root / API / "stream"
    b_answer = next(p.with_suffix("") for p in stream.glob("*.request") if VA_B in p.read_text(encoding="utf-8"))
    b_answer.write_text(b_answer.read_text(encoding="utf-8").replace('"value": "2.8"', '"value": "2.9"'),
                        encoding="utf-8")                             # 2020-12 year to date: 2.9 here, 2.8 in 2020–2025
    pmi = next(p.with_suffix("") for p in stream.glob("*.request") if OPEN_LEAVES[3] in p.read_text(encoding="utf-8")
               and "201201MM-202603MM" in p.read_text(encoding="utf-8"))
    pmi.write_text(pmi.read_text(encoding="utf-8").replace('"value": "49.2"', '"value": "49.2*"'), encoding="utf-8")
    outcome, problem = refresh_plain(mirror_root)
    assert f"{portal.DATA}#" in problem and "value: expected a number or a mark of a period not published" in problem
    assert "got '49.2*' for 制造业采购经理指数(%) 2025-11" in problem and OPEN_LEAVES[3] in problem and "\n" not in problem
    assert published(home, "SELECT status FROM marts.source_health WHERE source = 'nbs.portal'")[0][0] == "degraded"
    assert published(home, "SELECT count(*) FROM core.observations WHERE indicator = 'pmi' AND release_kind = 'portal'"
                     )[0][0] == 0
    # the month the slices print differently is held back and named in both; every other figure loads
    held = published(home, """SELECT url, clause FROM raw.skipped WHERE reason = 'held back' ORDER BY url""")
    assert len(held) == 2 and {VA_B in held[0][0] + held[1][0], VA_C in held[0][0] + held[1][0]} == {True}
    assert all("2020-12" in clause and ("2.8" in clause and "2.9" in clause) for _, clause in held)
    va = {(p, t) for p, t in published(home, """SELECT period, period_type FROM core.observations
                                               WHERE release_kind = 'portal' AND indicator = 'industrial_va'""")}
    assert ("2020-12", "ytd") not in va and {("2020-12", "month"), ("2019-12", "ytd"), ("2021-12", "ytd")} <= va
    # the slice that failed is asked again by the next run (the others are not: nothing is due)
    before = len(Archive(home / "archive").fetches())
    refresh_plain(mirror_root)
    assert {c["cid"] for c in data_calls(portal_fetches(home, before))} == {OPEN_LEAVES[3]}


@pytest.mark.parametrize("change, named, status", [
    ({ESDATA: "block403"}, "data.stats.gov.cn refused us: " + portal.DATA + ": HTTP 403", "failing"),
    ({INDICATORS: "waf307"}, f"data.stats.gov.cn refused us: {portal.INDICATORS}?cid={VA_A}&dt=&name=: HTTP 307: "
                             f"redirected to {portal.INDICATORS}?cid={VA_A}&dt=&name= again after a fresh warm-up: "
                             "the WAF refuses us", "failing"),
    ("rename", "nbs.portal: " + portal.TREE + "?pid=a1c3e5f7092b4d6f8a1c3e5f7092b4d6&code=1: catalogue level '采购经理指数' "
               "is not in the catalogue (it lists: 工业, 采购经理人指数, 价格指数); the keyword search " + portal.SEARCH
               + "?search=%E5%88%B6", "degraded"),
    ("drop", "nbs.portal: " + portal.INDICATORS + "?cid=29e1a3b587ad4f2b6c9e1a3b587ad4f2: indicator '制造业采购经理指数(%)' "
             "is not in the catalogue (it lists: 生产指数(%))", "degraded"),
])
def test_a_refused_or_changed_portal_ends_in_one_line_naming_the_call_and_the_rest_loads(home, mirror_root,
                                                                                        change, named, status):
    faults = change if isinstance(change, dict) else None
    if change == "rename":            # renamed, and the keyword search finds it only among another kind's tables
        rename_pmi_level(mirror_root)
        search = next((mirror_root / API).glob("query@search=*"))
        search.write_text(search.read_text(encoding="utf-8").replace('"月度数据"', '"季度数据"'), encoding="utf-8")
    if change == "drop":              # the PMI leaf no longer lists the PMI itself
        listed = mirror_root / f"{API}new/queryIndicatorsByCid@cid=29e1a3b587ad4f2b6c9e1a3b587ad4f2"
        answer = json.loads(listed.read_text(encoding="utf-8"))
        answer["data"]["list"] = [i for i in answer["data"]["list"] if i["i_showname"] != "制造业采购经理指数(%)"]
        listed.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    outcome, problem = refresh_plain(mirror_root, faults)
    assert named in problem and "\n" not in problem
    assert published(home, "SELECT count(*) FROM raw.releases WHERE status = 'loaded' AND kind <> 'portal'")[0][0] > 30
    assert published(home, "SELECT status FROM marts.source_health WHERE source = 'nbs.portal'")[0][0] == status
    # a changed table or series degrades the source (named, the run fails) while the other tables are read
    portal_figures = published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0]
    assert (portal_figures > 0) == (status == "degraded")


# ------------------------------------------------------------------ answers, plans and triggers, in process

def call(cid, first, last, das=(portal.NATION,)):
    return portal.DATA + "#" + portal.data_body(cid, "root1", ["i1"], list(das), "1", first, last).decode()


def answer(values, name="工业增加值_同比增长(%)", region="全国"):
    return json.dumps({"data": [{"name": f"{p[:4]}年{int(p[5:])}月", "values": [
        {"i_showname": name, "value": v, "da_name": region}]} for p, v in values.items()]},
        ensure_ascii=False).encode()


def test_a_month_asked_again_takes_the_latest_answers_value_and_placeholders_are_no_figures():
    first = (call("cid1", "2012-01", "2025-12"), answer({"2025-11": "4.8", "2025-12": "5.3"}), "2026-01-20T02:00:00+00:00")
    later = (call("cid1", "2025-10", "2026-01"), answer({"2025-11": "4.8", "2025-12": "5.2", "2026-01": ""}),
             "2026-02-20T02:00:00+00:00")
    parsed = [(c, portal.parse_answer(body, c), at) for c, body, at in (later, first)]
    releases = portal.merge(parsed)                    # in any order: the later fetch wins
    assert len(releases) == 1 and releases[0].url == portal.leaf_key(first[0]) == portal.leaf_key(later[0])
    figures = {(o.period, o.value) for o in releases[0].observations}
    assert figures == {("2025-11", 4.8), ("2025-12", 5.2)}         # revised 5.3 → 5.2; 2026-01 not published
    december = next(o for o in releases[0].observations if o.period == "2025-12")
    assert december.quote.endswith("5.2 (asked for 202510MM-202601MM)")
    assert str(december.published_at) == "2026-02-20T00:00:00"
    november = next(o for o in releases[0].observations if o.period == "2025-11")
    assert november.quote.endswith("4.8 (asked for 201201MM-202512MM)")     # the same value again: the first answer


def test_every_mark_of_a_period_not_published_is_no_figure_and_anything_else_not_a_number_fails_by_name():
    body = json.dumps({"data": [
        {"code": "202501MM", "values": [{"i_showname": "甲", "value": v} for v in ("无", "", "-", "null", None, " 无 ")]},
        {"code": "202502MM", "values": []},
        {"code": "202503MM"},
        {"name": "2025年4月", "values": [{"i_showname": "甲", "value": "1,234.5"}, {"i_showname": "乙", "value": -0.4}]},
    ]}, ensure_ascii=False).encode()
    assert portal.parse_answer(body, "call") == [("2025-04", "甲", "全国", 1234.5, "1,234.5"),
                                                 ("2025-04", "乙", "全国", -0.4, "-0.4")]
    for bad in ("n/a", "5.2%", "1.2.3", "0x10", "--"):
        wrong = answer({"2025-05": bad}, name="制造业采购经理指数(%)")
        with pytest.raises(ParseError) as error:
            portal.parse_answer(wrong, "the call")
        assert str(error.value) == (f"the call: value: expected a number or a mark of a period not published "
                                    f"(无, \"\", -, null), got {bad!r} for 制造业采购经理指数(%) 2025-05")


def test_names_match_across_spaces_brackets_and_full_width_forms_and_provinces_by_their_code():
    assert portal.norm("工业增加值_累计增长（％） ") == portal.norm("工业增加值_累计增长 (%)") == "工业增加值_累计增长(%)"
    assert portal.norm("规模以上工业增加值【累计】") == portal.norm("规模以上工业增加值(累计)")
    # a slice that prints 内蒙古 for 内蒙古自治区: the region's code (sent in `das`) says which province it is
    das = [{"text": "内蒙古", "value": "150000000000"}, {"text": "某地", "value": "990000000000"}]
    c = call("cid4", "2025-01", "2025-12", das)
    rows = [("2025-12", "规模以上工业增加值_累计增长（%）", "内蒙古", 6.0, "6.0"),
            ("2025-12", "规模以上工业增加值_累计增长(%)", "某地", 1.0, "1.0")]
    release, = portal.merge([(c, rows, "2026-01-20T02:00:00+00:00")])
    assert [(o.indicator, o.value) for o in release.observations] == [("industrial_va.neimenggu", 6.0)]
    assert release.not_stored() == [("某地 规模以上工业增加值_累计增长(%) 2025-12 1.0", "unknown name")]


SLICES = [portal.Slice("old", "2006-01", "2010-12"), portal.Slice("a", "2011-01", "2015-12"),
          portal.Slice("c", "2020-01", "2025-12"), portal.Slice("d", "2026-01", None)]


@pytest.mark.parametrize("asked, held, through, news, expected", [
    # the first run: every slice that meets 2012..through, from 2012 at the earliest
    ({}, None, "2026-03", False, [("a", "2012-01", "2015-12"), ("c", "2020-01", "2025-12"), ("d", "2026-01", "2026-03")]),
    # everything read, no release since: nothing
    ({"a": "2015-12", "c": "2025-12", "d": "2026-03"}, "2026-02", "2026-03", False, []),
    # a month later: only the month now due, of the slice that covers it
    ({"a": "2015-12", "c": "2025-12", "d": "2026-03"}, "2026-02", "2026-04", False, [("d", "2026-04", "2026-04")]),
    # a release since the last call: the last two months held and every month after them
    ({"a": "2015-12", "c": "2025-12", "d": "2026-03"}, "2026-02", "2026-03", True, [("d", "2026-01", "2026-03")]),
    # ... which can reach back over a slice's edge
    ({"a": "2015-12", "c": "2025-12", "d": "2026-01"}, "2025-12", "2026-01", True,
     [("c", "2025-11", "2025-12"), ("d", "2026-01", "2026-01")]),
    # a slice never read (new, or failed last time) is read whole
    ({"a": "2015-12", "c": "2025-12"}, "2025-12", "2026-03", False, [("d", "2026-01", "2026-03")]),
])
def test_a_run_plans_only_the_slices_and_months_it_lacks_and_the_revision_window_after_a_release(
        asked, held, through, news, expected):
    assert [(s.cid, first, last) for s, first, last in portal.plan(SLICES, asked, held, through, news)] == expected


def test_the_latest_release_found_is_what_says_the_portals_recent_months_may_have_changed(tmp_path):
    from xinzhi.collect import Walk
    from xinzhi.config import Settings

    archive = Archive(tmp_path / "archive")
    nbs = "https://www.stats.gov.cn/sj/zxfb/202604/"
    found = [(nbs + "t20260416_1.html", "industrial_production", "2026-04-16T02:00:00+00:00"),
             (nbs + "t20260420_2.html", None, "2026-04-20T02:00:00+00:00"),                # out of scope
             ("https://www.miit.gov.cn/gxsj/a.html", "telecom", "2026-04-21T02:00:00+00:00"),  # another publisher
             (nbs + "t20260415_3.html", "pmi", "2026-04-15T09:30:00.5+00:00")]
    for url, kind, at in found:
        archive.log_discovery(Discovery(url, "…", None, kind, "list", at))
    walk = Walk(Settings(home=tmp_path), client=None, archive=archive)
    assert walk.last_found("nbs") == "2026-04-16T02:00:00+00:00" and walk.last_found("miit") == "2026-04-21T02:00:00+00:00"
    assert portal._later(walk.last_found("nbs"), "2026-04-16T01:59:59+00:00")
    assert not portal._later(walk.last_found("nbs"), "2026-04-16T02:00:00+00:00")    # read after it was found
