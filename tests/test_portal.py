"""The NBS data portal: discovery by catalogue path, POST answers archived and replayed, incremental
periods, the cross-check against the releases, a refused or changed portal, and the provinces."""
import json

import pytest
from conftest import published, refresh_plain

from xinzhi.archive import Archive
from xinzhi.sources import portal

WEBSITE = "data.stats.gov.cn/dg/website/"
API = WEBSITE + "publicrelease/web/external/"
ESDATA = "/" + API + "stream/esData"


def data_calls(home) -> list[dict]:
    """The bodies of the data calls of the archive's fetch log, in order."""
    return [json.loads(f.url.split("#", 1)[1]) for f in Archive(home / "archive").fetches() if f.role == "data"]


def test_series_are_found_by_name_loaded_with_lineage_and_a_later_run_asks_only_for_recent_months(home, mirror_root):
    outcome, problem = refresh_plain(mirror_root)
    assert problem is None
    first = data_calls(home)
    # the cost docs/scaling.md counts: a warm-up, the tree by name (each level once), indicators, regions,
    # one call per leaf
    assert sum("data.stats.gov.cn" in f.url for f in Archive(home / "archive").fetches()) == 22
    assert len(first) == 6 and {tuple(c["dts"]) for c in first} == {("201201MM-202603MM",)}
    assert all(c["daCatalogId"] == "" and isinstance(c["dts"], list) for c in first)
    provincial = next(c for c in first if c["showType"] == "3")
    assert len(provincial["das"]) == 31 and provincial["das"][0] == {"text": "北京市", "value": "110000000000"}
    rows = published(home, """SELECT indicator, period, period_type, value, evidence, source_url, quote, sha256
                              FROM core.observations WHERE release_kind = 'portal' ORDER BY indicator, period""")
    assert len(rows) == 42
    va = {(r[1], r[2]): r[3] for r in rows if r[0] == "industrial_va"}
    # empty placeholders (2026-01, 2026-03) are periods not published, never zeros
    assert va == {("2025-10", "month"): 4.9, ("2025-10", "ytd"): 6.1, ("2025-11", "month"): 4.8,
                  ("2025-11", "ytd"): 6.0, ("2025-12", "month"): 5.2, ("2025-12", "ytd"): 5.9, ("2026-02", "ytd"): 6.3}
    assert all(r[4] == "statistics" and r[5].startswith(portal.DATA + "#{") and r[7] for r in rows)
    assert next(r for r in rows if r[0] == "industrial_va.anhui")[6] == (
        "规模以上工业增加值_累计增长(%) | 安徽省 | 2025-12 | 9.4 (asked for 201201MM-202603MM)")

    refresh_plain(mirror_root)
    later = data_calls(home)[6:]
    # from two months before the last month held (NBS revises recent months), to the month asked for
    assert sorted(c["dts"][0] for c in later) == sorted(["202510MM-202603MM", "202512MM-202603MM", "202512MM-202603MM",
                                                          "202512MM-202603MM", "202509MM-202603MM", "202508MM-202603MM"])
    # the months asked again are the same figures: one release per leaf, each value once
    assert published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0] == 42
    assert published(home, "SELECT count(*) FROM raw.releases WHERE kind = 'portal'")[0][0] == 6
    # every figure both give agrees, and the release's own figure is the one analysts see
    pairs = published(home, "SELECT agree, count(*) FROM marts.source_agreement WHERE against_portal GROUP BY 1")
    assert pairs == [(True, 41)]
    shown = published(home, """SELECT release_kind FROM marts.observations WHERE indicator = 'industrial_va'
                               AND period = '2025-11' AND period_type = 'ytd'""")
    assert shown[0][0] != "portal"
    check_provinces(home)


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


def test_a_figure_the_portal_gives_otherwise_holds_back_the_later_batch_by_name(home, mirror_root):
    request = next(r for r in (mirror_root / API).rglob("esData@body=*.request")
                   if json.loads(r.read_text(encoding="utf-8"))["cid"] == "f6b8d0e2547a4c9e3f6b8d0e2547a4c9"
                   and json.loads(r.read_text(encoding="utf-8"))["dts"] == ["201201MM-202603MM"])
    body = json.loads(request.read_text(encoding="utf-8"))
    path = request.with_suffix("")
    path.write_text(path.read_text(encoding="utf-8").replace('"value": "6.0"', '"value": "6.1"'), encoding="utf-8")
    outcome, problem = refresh_plain(mirror_root)
    call = portal.leaf_key(portal.DATA + "#" + json.dumps(body, ensure_ascii=False, separators=(",", ":")))
    reasons = dict(published(home, "SELECT url, reason FROM raw.quarantine WHERE stage = 'validate'"))
    assert list(reasons) == [call]                  # the portal's answer, fetched after the releases
    assert "industrial_va 2025-11 ytd yoy_pct is 6.1 here but 6.0 in https://www.stats.gov.cn/" in reasons[call]
    disagreeing = published(home, "SELECT held_back, value_a, value_b FROM marts.source_agreement WHERE NOT agree")
    assert disagreeing and {d[0] for d in disagreeing} == {call} and {6.0, 6.1} <= set(disagreeing[0][1:])
    assert published(home, """SELECT count(*) FROM core.observations WHERE source_url LIKE 'https://www.stats.gov.cn/%'
                              AND indicator = 'industrial_va' AND period = '2025-11'""")[0][0] > 0


@pytest.mark.parametrize("change, named", [
    ({ESDATA: "block403"}, "data.stats.gov.cn refused us: " + portal.DATA + ": HTTP 403"),
    ("rename", "nbs.portal: " + portal.TREE + "?pid=c3e5a7b9214d4f6b0c3e5a7b9214d4f6&code=1: catalogue level '工业增加值增长速度' "
               "is not in the catalogue (it lists: 工业增加值增速"),
    ("drop", "nbs.portal: " + portal.INDICATORS + "?cid=29e1a3b587ad4f2b6c9e1a3b587ad4f2: indicator '制造业采购经理指数(%)' "
             "is not in the catalogue (it lists: 生产指数(%))"),
])
def test_a_refused_or_changed_portal_ends_in_one_line_naming_the_call_and_the_releases_load(home, mirror_root,
                                                                                           change, named):
    faults = change if isinstance(change, dict) else None
    if change == "rename":
        tree = mirror_root / f"{API}new/queryIndexTreeAsync@pid=c3e5a7b9214d4f6b0c3e5a7b9214d4f6"
        tree.write_text(tree.read_text(encoding="utf-8").replace('"工业增加值增长速度"', '"工业增加值增速"'),
                        encoding="utf-8")
    if change == "drop":       # the PMI leaf no longer lists the PMI itself
        listed = mirror_root / f"{API}new/queryIndicatorsByCid@cid=29e1a3b587ad4f2b6c9e1a3b587ad4f2"
        answer = json.loads(listed.read_text(encoding="utf-8"))
        answer["data"]["list"] = [i for i in answer["data"]["list"] if i["i_showname"] != "制造业采购经理指数(%)"]
        listed.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    outcome, problem = refresh_plain(mirror_root, faults)
    assert named in problem and "\n" not in problem
    assert published(home, "SELECT count(*) FROM raw.releases WHERE status = 'loaded' AND kind <> 'portal'")[0][0] > 30
    status = published(home, "SELECT status FROM marts.source_health WHERE source = 'nbs.portal'")[0][0]
    # a dropped indicator degrades the source (named, the run fails) while its other series are read
    assert status == ("degraded" if change == "drop" else "failing")
    portal_figures = published(home, "SELECT count(*) FROM core.observations WHERE release_kind = 'portal'")[0][0]
    assert (portal_figures > 0) == (change == "drop")


def test_a_month_asked_again_takes_the_latest_answers_value_and_placeholders_are_no_figures():
    def call(dts):
        return portal.DATA + "#" + portal.data_body("cid1", "root1", ["i1"], [portal.NATION], "1", *dts).decode()

    def answer(values):
        return json.dumps({"data": [{"name": f"{p[:4]}年{int(p[5:])}月", "values": [
            {"i_showname": "工业增加值_同比增长(%)", "value": v, "da_name": "全国"}]} for p, v in values.items()]},
            ensure_ascii=False).encode()

    first = (call(("2012-01", "2025-12")), answer({"2025-11": "4.8", "2025-12": "5.3"}), "2026-01-20T02:00:00+00:00")
    later = (call(("2025-10", "2026-01")), answer({"2025-11": "4.8", "2025-12": "5.2", "2026-01": ""}),
             "2026-02-20T02:00:00+00:00")
    parsed = [(c, portal.parse_answer(body, c), at) for c, body, at in (later, first)]
    releases = portal.merge(parsed)                    # in any order: the later fetch wins
    assert len(releases) == 1 and releases[0].url == portal.leaf_key(first[0]) == portal.leaf_key(later[0])
    figures = {(o.period, o.value) for o in releases[0].observations}
    assert figures == {("2025-11", 4.8), ("2025-12", 5.2)}         # revised 5.3 → 5.2; 2026-01 not published
    december = next(o for o in releases[0].observations if o.period == "2025-12")
    assert december.quote.endswith("5.2 (asked for 202510MM-202601MM)") and str(december.published_at) == "2026-02-20T00:00:00"
    november = next(o for o in releases[0].observations if o.period == "2025-11")
    assert november.quote.endswith("4.8 (asked for 201201MM-202512MM)")     # the same value again: the first answer
