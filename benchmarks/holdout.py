"""Score the readers on pages written outside the project (docs/development.md, "Reading pages never seen").

    python benchmarks/holdout.py SET_DIR [SET_DIR …] [--verbose] [--validate]

A set holds one folder per page: `page.html`, `url.txt` (the official URL) and `key.jsonl`, one line per
printed figure ({quote, value, unit, measure, period, period_type, evidence}). A key line counts as read when
the parser stores the same value, of a compatible measure, from an overlapping quote; read with another period
or kind of evidence it counts as WRONG. Stored figures no key line matches are listed as EXTRA (a wrong
number, or a figure the key left out: read them); read figures whose name shares nothing with the key's subject as UNLIKE
(perhaps the right value under another series). Prints each page's share read, then reports and statements.
With --validate, every page's figures also go through the Great Expectations suites a run applies: a page they hold
back loses all its figures in a run, and is listed as HELD BACK.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from xinzhi import catalogue
from xinzhi.model import XinzhiError
from xinzhi.page import parse_page

# The key's measure → the parser's measures that state the same thing.
_SAME_MEASURE = {
    "level": {"level", "index", "count", "share_pct"},
    "count": {"count", "level"},
    "yoy_pct": {"yoy_pct", "yoy_real_pct", "yoy_nominal_pct", "cum_pct"},
    "mom_pct": {"mom_pct"},
    "share_pct": {"share_pct", "contribution_pct", "level"},
    "pp_change": {"pp_change", "pp_change_mom", "pp_change_prev", "growth_pp_change", "share_pp_change",
                  "share_pp_change_ytd", "share_pp_change_prev", "pp_gap", "contribution_pp"},
    "abs_change": {"abs_change", "yoy_abs_change", "mom_abs_change"},
    "avg_yoy_pct": {"avg_yoy_pct"},
    "cum_pct": {"cum_pct", "yoy_pct"},
}
# The provinces a key's subject may name: a figure read of another place, or of the nation, is wrong.
_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
              "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
              "甘肃", "青海", "宁夏", "新疆")
# Cities the pages speak of: a figure a key gives a city ('苏州国家级绿色工厂') read as its province's is wrong too.
_CITIES = ("苏州", "南京", "无锡", "常州", "南通", "宁波", "杭州", "温州", "绍兴", "嘉兴", "金华", "台州", "义乌", "合肥",
           "芜湖", "福州", "厦门", "泉州", "济南", "青岛", "烟台", "潍坊", "郑州", "洛阳", "南阳", "武汉", "襄阳", "宜昌",
           "长沙", "株洲", "广州", "深圳", "东莞", "佛山", "惠州", "珠海", "成都", "绵阳", "宜宾", "西安", "贵阳", "昆明",
           "南宁", "柳州", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "唐山", "太原", "包头", "南昌", "赣州", "兰州")
# '连续16年': never a figure (issue 21), whatever a key says
_NEVER_FIGURES = re.compile(r"连续\d+(年|个月)")


def _norm(text: str) -> str:
    return re.sub(r"[\s|，,。；;：:、“”\"（）()]", "", text or "")


def _overlaps(a: str, b: str, need: int = 8) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = sorted((a, b), key=len)
    need = min(need, len(short))
    return any(short[i:i + need] in long_ for i in range(len(short) - need + 1))


def _same_value(key: dict, value: float) -> bool:
    want = float(key["value"])
    if abs(value - want) <= 1e-6 * max(1.0, abs(want)):
        return True
    if key.get("unit") == "倍" and abs(value - want * 100) <= 1e-6 * max(1.0, abs(want * 100)):
        return True      # 增长N倍 stored as +N*100 %
    return False


def _periods(key: dict) -> set[str]:
    """The periods that name the key's time: a year is its December too (a stock at its end), and the reverse."""
    period, kind = str(key.get("period", "")), key.get("period_type")
    if quarter := re.fullmatch(r"(\d{4})-?Q([1-4])", period):       # '2025-Q2': the quarter's last month
        period = f"{quarter[1]}-{3 * int(quarter[2]):02d}"
    same = {period}
    if kind in ("year", "stock") and re.fullmatch(r"\d{4}", period):     # (a stock at a year's end: its December)
        same.add(f"{period}-12")
    if re.fullmatch(r"\d{4}-12", period):
        same.add(period[:4])
    return same


def _figures(release) -> list[dict]:
    rows = [o.to_dict() for o in release.observations + release.named]
    for target in release.targets:
        # (a range's two ends are two printed figures, both stored: '预期增长5.5%—6%')
        for value in [target.value] + ([target.value_high] if target.value_high is not None else []):
            rows.append({"value": value, "measure": "target", "quote": target.quote,
                         "period": str(target.deadline_year or ""), "evidence": "target", "unit": target.unit,
                         "label_zh": target.metric})
    return rows


def _matches(key: dict, row: dict) -> bool:
    measure = key.get("measure")
    if measure == "target" or key.get("evidence") == "target":
        if row["measure"] != "target":
            return False
    elif row["measure"] == "target" or row["measure"] not in _SAME_MEASURE.get(measure, {measure}):
        return False
    return _same_value(key, row["value"]) and _overlaps(key.get("quote", ""), row.get("quote", ""))


def _matches_value(key: dict, row: dict) -> bool:
    """The same value and measure of the same subject, from any quote."""
    return _overlaps(key.get("subject", ""), row.get("label_zh", ""), need=3) and row["measure"] != "target" and row["measure"] in _SAME_MEASURE.get(key.get("measure"), {key.get("measure")}) \
        and _same_value(key, row["value"])


def _wrong(key: dict, row: dict) -> str | None:
    if row["measure"] == "target":
        return None if str(row["period"]) in _periods(key) or not row["period"] else f"year {row['period']}"
    if str(row.get("period")) not in _periods(key):
        return f"period {row.get('period')} ({row.get('period_type')}), key {key.get('period')}"
    kinds = {"forecast": {"forecast"}, "statement": {"statement", "statistics"}, "statistics": {"statistics",
                                                                                                   "statement"}}
    if row.get("evidence") not in kinds.get(key.get("evidence"), {row.get("evidence")}):
        return f"evidence {row.get('evidence')}, key {key.get('evidence')}"
    return _wrong_place(key, row)


def _wrong_place(key: dict, row: dict) -> str | None:
    """A figure the key gives a province ('安徽规上工业营业收入') read as the nation's or another province's, or one it
    gives a city ('苏州…') read without it."""
    name = re.sub(r"[(（]含[^()（）]*[)）]", "", row.get("label_zh") or "")     # ('广东(含深圳)': the province's)
    if row.get("indicator") in catalogue.indicators():
        found = catalogue.indicators()[row["indicator"]]
        name += found.name_zh if found.dimension == "region" else ""
    city = next((c for c in _CITIES if key.get("subject", "").startswith(c)), None)
    if city and city not in name:
        return f"place {name[:6]}, key {city}"
    if other := next((c for c in _CITIES if c in name and c not in key.get("subject", "")), None):
        return f"place {other}, key {key.get('subject', '')[:6]}"      # ('宁波绍兴…' for 绍兴's figure)
    said = [p for p in _PROVINCES if p in key.get("subject", "")]
    if not said:
        return None
    read = [p for p in _PROVINCES if p in name]
    if read and any(place in said for place in read) or "某省" in name or row.get("dimension") == "region" and not read:
        return None       # (某省: a province not named, kept as such; a city's row names no province; a group's, any of them)
    return f"place {read[0] if read else 'the nation'}, key {said[0]}"


def _keys(folder: Path) -> list[dict]:
    keys = []
    for n, line in enumerate((folder / "key.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            key = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{folder}/key.jsonl line {n}: not a JSON object ({exc.msg})")
        if not isinstance(key, dict) or not {"quote", "value", "measure"} <= key.keys():
            raise SystemExit(f"{folder}/key.jsonl line {n}: expected an object with quote, value and measure")
        keys.append(key)
    return keys


def score_page(folder: Path) -> dict:
    for needed in ("page.html", "url.txt"):
        if not (folder / needed).is_file():
            raise SystemExit(f"{folder}: no {needed} beside key.jsonl")
    keys = _keys(folder)
    keys = [k for k in keys if not _NEVER_FIGURES.search(str(k.get("quote", ""))) or k.get("measure") != "count"]
    url = (folder / "url.txt").read_text(encoding="utf-8").strip()
    try:
        release = parse_page((folder / "page.html").read_bytes(), url)
    except XinzhiError as exc:
        return {"page": folder.name, "url": url, "keys": len(keys), "read": 0, "missed": keys, "wrong": [],
                "extra": [], "failed": str(exc)}
    except Exception as exc:        # a reader's bug fails the page, named, never the whole measurement
        return {"page": folder.name, "url": url, "keys": len(keys), "read": 0, "missed": keys, "wrong": [],
                "extra": [], "failed": f"a parser bug: {type(exc).__name__}: {exc}"}
    rows = _figures(release)
    free = list(range(len(rows)))
    read, wrong, missed, pairs = 0, [], [], []
    taken: list[int] = []
    for key in keys:
        hit = next((i for i in free if _matches(key, rows[i])), None)
        if hit is None:
            # a figure printed twice ('累计培育…1.76万家' then '…由5000余家增至1.76万家') is stored once: read
            hit = next((i for i in taken if _matches_value(key, rows[i]) and not _wrong(key, rows[i])), None)
            if hit is None:
                missed.append(key)
            else:
                read += 1
            continue
        free.remove(hit)
        taken.append(hit)
        why = _wrong(key, rows[hit])
        if why:
            wrong.append((key, rows[hit], why))
        else:
            read += 1
            pairs.append((key, rows[hit]))
    return {"page": folder.name, "url": url, "keys": len(keys), "read": read, "missed": missed, "wrong": wrong,
            "extra": [rows[i] for i in free], "failed": None, "unlike": [p for p in pairs if _unlike(*p)]}


def _unlike(key: dict, row: dict) -> bool:
    """A figure read with the key's value whose name shares no two characters with the key's subject: perhaps
    another series (read it: a value can be right and its series wrong)."""
    name = row.get("label_zh") or ""
    if row.get("indicator") and row["indicator"] != "named":
        name += catalogue.indicators()[row["indicator"]].name_zh if row["indicator"] in catalogue.indicators() else ""
    common = set(re.findall(r"[\u4e00-\u9fff]", key.get("subject", ""))) & set(re.findall(r"[\u4e00-\u9fff]", name))
    return bool(key.get("subject")) and len(common) < 2


def _kind(url: str) -> str:
    return "report" if "/gxsj/" in url else "statement"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss, wrong figure and extra")
    parser.add_argument("--validate", action="store_true", help="run the validation suites on every page's figures")
    args = parser.parse_args()
    for folder in args.sets:
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder (a set holds one folder per page)")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for folder in sorted(p for s in args.sets for p in s.iterdir() if (p / "key.jsonl").is_file()):
        result = score_page(folder)
        kind = _kind(result["url"])
        totals[kind][0] += result["read"]
        totals[kind][1] += result["keys"]
        share = 100 * result["read"] / max(1, result["keys"])
        print(f"{folder.parent.name}/{result['page']:<6} {kind:<9} {result['read']:>3}/{result['keys']:<3} "
              f"{share:5.1f} %  wrong {len(result['wrong'])}  extra {len(result['extra'])}"
              + (f"  FAILED: {result['failed']}" if result["failed"] else ""))
        if args.verbose:
            for key in result["missed"]:
                print(f"    MISS  {key.get('value')} {key.get('unit')} {key.get('measure')} {key.get('period')}"
                      f"  | {key.get('quote')}")
            for key, row, why in result["wrong"]:
                print(f"    WRONG {key.get('value')} {why}  | {key.get('quote')}")
            for row in result["extra"]:
                print(f"    EXTRA {row['value']} {row.get('unit')} {row['measure']} {row.get('period')} "
                      f"{row.get('label_zh')}  | {row.get('quote')}")
            for key, row in result.get("unlike", []):
                print(f"    UNLIKE {key.get('value')} key '{key.get('subject')}', read as {row.get('indicator')} "
                      f"'{row.get('label_zh')}'  | {key.get('quote')}")
    for kind, (read, keys) in sorted(totals.items()):
        print(f"{kind}s: {read}/{keys} = {100 * read / max(1, keys):.1f} %")
    if args.validate:
        _held_back(sorted(p for s in args.sets for p in s.iterdir() if (p / "key.jsonl").is_file()))
    return 0


def _held_back(folders: list[Path]) -> None:
    """The pages whose figures the validation suites would hold back in a run (all their figures lost)."""
    import tempfile

    from xinzhi.validate import observations_frame, validate
    observations, named = [], []
    for folder in folders:
        try:
            release = parse_page((folder / "page.html").read_bytes(), (folder / "url.txt").read_text().strip())
        except Exception:         # (a page failing whole is listed above)
            continue
        observations += release.observations
        named += release.named
    with tempfile.TemporaryDirectory() as home:
        failures = validate(observations_frame(observations), Path(home), observations_frame(named))
    for url, reasons in sorted(failures.items()):
        print(f"HELD BACK {url}: {reasons[0][:200]}")
    print(f"pages held back by validation: {len(failures)} of {len(folders)}")


if __name__ == "__main__":
    sys.exit(main())
