"""The NBS data portal (国家数据, data.stats.gov.cn, rebuilt 2026-03-27; STRUCTURE.md 1.8): the
official monthly tables behind the releases, national and by province, read as series.

The series in scope are named in sql/seeds/portal_series.csv by their catalogue path (names, the
stable key: GUIDs are backend ids that may change). Each run walks the catalogue tree by name
(GET queryIndexTreeAsync, conditional: unchanged levels answer 304 from the archive), takes the
leaf's indicators (GET queryIndicatorsByCid) and, for a provincial table, its regions (GET
getDaCatalogTreeByIndicatorCid → 全部地区 → getDasByDaCatalogId), then POSTs one data call per leaf
(stream/esData) for the periods it does not hold plus the last three (NBS revises them). Every
answer is archived under the call itself (URL#body), so a rebuild replays it. A name that is no
longer in the catalogue, a refused call or an answer of another shape fails the source by name.

The answers of one leaf are one release of kind `portal` (evidence `statistics`), named by the call
without its period range (`leaf_key`): the value as given (an empty string is a period not published
yet, not a zero), the latest answer's where a month was asked again, the answer's names, the value
and the range asked for as the quote.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from ..catalogue import SEEDS
from ..model import Observation, ParseError, Release
from .base import Read, SourceError, Walk

KIND = "portal"
PUBLISHER = "NBS"
GROUP = "nbs"                # read by the NBS collect run (its own host: its own politeness)
PARSER_VERSION = "nbs-portal/1.0.0"
BASE = "https://data.stats.gov.cn/dg/website/"
PAGE = BASE + "page.html"
API = BASE + "publicrelease/web/external/"
TREE, INDICATORS = API + "new/queryIndexTreeAsync", API + "new/queryIndicatorsByCid"
REGION_GROUPS, REGIONS, DATA = API + "getDaCatalogTreeByIndicatorCid", API + "getDasByDaCatalogId", API + "stream/esData"
NATION = {"text": "全国", "value": "000000000000"}
FIRST_MONTH = "2012-01"
BEIJING = ZoneInfo("Asia/Shanghai")
# Catalogue kinds: 1 national monthly, 4 provincial monthly (the web app's routes for the Referer).
ROUTES = {1: "monthData", 4: "fsMonthData"}
_PERIOD = re.compile(r"(?P<year>20\d\d)\D{0,2}?(?P<month>[01]?\d)\D*$")


@dataclass(frozen=True)
class Series:
    """One indicator of a catalogue leaf, and the observation it becomes."""
    leaf: str              # the catalogue path, names joined by ' > '
    code: int              # catalogue kind: 1 national monthly, 4 provincial monthly
    name: str              # the indicator's name as the portal shows it (i_showname)
    indicator: str         # indicator code; for a provincial table the prefix, the province's code follows
    dimension: str
    measure: str
    period_type: str
    unit: str


@lru_cache(maxsize=1)
def series() -> tuple[Series, ...]:
    with open(SEEDS / "portal_series.csv", encoding="utf-8") as handle:
        return tuple(Series(r["path"], int(r["code"]), r["indicator_name"], r["indicator"], r["dimension"],
                            r["measure"], r["period_type"], r["unit"]) for r in csv.DictReader(handle))


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Province name as the portal shows it → indicator suffix (sql/seeds/provinces.csv)."""
    with open(SEEDS / "provinces.csv", encoding="utf-8") as handle:
        return {r["name_zh"]: r["province"] for r in csv.DictReader(handle)}


def month_code(period: str) -> str:
    """2025-11 → 202511MM (the portal's month code)."""
    return period.replace("-", "") + "MM"


def shift(period: str, months: int) -> str:
    year, month = map(int, period.split("-"))
    total = year * 12 + month - 1 + months
    return f"{total // 12}-{total % 12 + 1:02d}"


def last_full_month(today: date) -> str:
    return shift(f"{today.year}-{today.month:02d}", -1)


def data_body(cid: str, root: str, indicator_ids: list[str], das: list[dict], show_type: str,
              first: str, last: str) -> bytes:
    """The esData call: `dts` a JSON list holding one range (a plain string is refused), `daCatalogId`
    empty (with a group id the portal ignores `das`)."""
    return json.dumps({"cid": cid, "indicatorIds": indicator_ids, "daCatalogId": "", "das": das,
                       "showType": show_type, "rootId": root, "dts": [f"{month_code(first)}-{month_code(last)}"]},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# ------------------------------------------------------------------ the source

class Portal:
    """Every series of sql/seeds/portal_series.csv, one data call per catalogue leaf."""
    name, publisher, url = "nbs.portal", GROUP, PAGE
    title = "NBS data portal (data.stats.gov.cn): national and provincial monthly tables"

    def __init__(self, settings):
        self.through = settings.portal_through or last_full_month(date.today())

    def read(self, walk: Walk) -> Read:
        held = _held(walk.last_detail(self.name))
        self._levels: dict[str, list[dict]] = {}
        walk.get(PAGE, "list", referer=PAGE)             # warms the session (the WAF's cookies)
        leaves = {}
        for s in series():
            leaves.setdefault((s.code, s.leaf), []).append(s)
        answers, through, missing = 0, {}, []
        for (code, leaf), wanted in leaves.items():
            key = f"{code}:{leaf}"
            first = max(FIRST_MONTH, shift(held[key], -2)) if key in held else FIRST_MONTH
            last_held, absent = self._read_leaf(walk, code, leaf, wanted, first)
            answers += 1
            missing += absent
            through[key] = last_held or held.get(key)
        detail = json.dumps({"through": {k: v for k, v in through.items() if v}}, ensure_ascii=False)
        # A series the leaf no longer lists is named (the run fails by name); the others are read.
        return Read(answers, detail=detail, problem="; ".join(missing) or None)

    def _read_leaf(self, walk: Walk, code: int, leaf: str, wanted: list[Series], first: str):
        referer = f"{PAGE}#/pc/national/{ROUTES[code]}"
        root = self._tree(walk, "", code, referer)[0]
        node = root
        for name in leaf.split(" > "):
            node = _named(self._tree(walk, node["_id"], code, referer), name,
                          f"{TREE}?pid={node['_id']}&code={code}", "catalogue level")
        cid = node["_id"]
        listed = _json(walk.get(f"{INDICATORS}?{urlencode({'cid': cid, 'dt': '', 'name': ''})}", "list",
                                referer=referer), INDICATORS, ("data", "list"))
        ids, absent = [], []
        for s in wanted:
            try:
                ids.append(_named(listed, s.name, f"{INDICATORS}?cid={cid}", "indicator", key="i_showname")["_id"])
            except SourceError as exc:
                absent.append(str(exc))
        if not ids:                                     # nothing left to ask of this leaf
            return None, absent
        das, show_type = [NATION], "1"
        if code == 4:
            groups = _json(walk.get(f"{REGION_GROUPS}?indicatorCid={cid}", "list", referer=referer), REGION_GROUPS,
                           ("data",))
            group = _named(groups, "全部地区", f"{REGION_GROUPS}?indicatorCid={cid}", "region group")
            members = _json(walk.get(f"{REGIONS}?daCid={group['_id']}", "list", referer=referer), REGIONS, ("data",))
            das, show_type = [{"text": m["show_name"], "value": m["name_value"]} for m in members], "3"
        body = data_body(cid, root["_id"], ids, das, show_type, first, self.through)
        answer = walk.post(DATA, body, "data", referer=referer)
        parsed = parse_answer(answer.body, DATA + "#" + body.decode("utf-8"))
        return max((row[0] for row in parsed), default=None), absent

    def _tree(self, walk: Walk, pid: str, code: int, referer: str) -> list[dict]:
        """One level of the catalogue, asked once per run (the leaves of a table share their parents)."""
        url = f"{TREE}?{urlencode({'pid': pid, 'code': code})}"
        if url in self._levels:
            return self._levels[url]
        nodes = _json(walk.get(url, "list", referer=referer), url, ("data",))
        if not nodes:
            raise SourceError(f"{url}: catalogue level: expected nodes, got none")
        self._levels[url] = nodes
        return nodes


def _held(detail: str | None) -> dict[str, str]:
    try:
        return dict(json.loads(detail).get("through", {})) if detail else {}
    except (ValueError, AttributeError):
        return {}


def _json(response, url: str, path: tuple[str, ...]):
    try:
        data = json.loads((response.body or b"").decode("utf-8-sig"))
        for key in path:
            data = data[key]
    except (ValueError, KeyError, TypeError):
        raise ParseError(url, "answer", f"JSON with {'.'.join(path)}") from None
    if not isinstance(data, list):
        raise ParseError(url, "answer", f"a list at {'.'.join(path)}")
    return data


def _named(nodes: list[dict], name: str, call: str, what: str, key: str = "name") -> dict:
    """The node whose name (spaces ignored) is `name`; a renamed or removed one fails the call by name."""
    wanted = re.sub(r"\s+", "", name)
    for node in nodes:
        names = {re.sub(r"\s+", "", str(node.get(k) or "")) for k in (key, "name", "_name", "show_name")}
        if wanted in names:
            return node
    shown = ", ".join(str(n.get(key) or n.get("name") or n.get("_name")) for n in nodes[:8])
    raise SourceError(f"{call}: {what} {name!r} is not in the catalogue (it lists: {shown})")


# ------------------------------------------------------------------ answers to observations

def parse_answer(body: bytes, call: str) -> list[tuple[str, str, str, float, str]]:
    """(period YYYY-MM, indicator name, region name, value, value as given) of every published value;
    an empty value is a period not published yet and is left out."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
        periods = data["data"]
    except (ValueError, KeyError, TypeError):
        raise ParseError(call, "answer", "JSON {data: [{name, values: [...]}]}") from None
    if not isinstance(periods, list):
        raise ParseError(call, "answer", "a list of periods at data")
    out = []
    for item in periods:
        found = _PERIOD.search(str(item.get("name", "")).replace("年", "-").replace("月", ""))
        if not found:
            raise ParseError(call, "period", f"a month name like 2025年11月, got {item.get('name')!r}")
        period = f"{found['year']}-{int(found['month']):02d}"
        for value in item.get("values") or []:
            text = str(value.get("value") if value.get("value") is not None else "").strip()
            if text == "":
                continue
            try:
                number = float(text)
            except ValueError:
                raise ParseError(call, "value", f"a number or an empty string, got {text!r}") from None
            region = str(value.get("da_name") or value.get("area") or "全国")
            out.append((period, re.sub(r"\s+", "", str(value.get("i_showname") or "")), region, number, text))
    return out


def leaf_key(call: str) -> str:
    """A data call without its period range: the same leaf, indicators and regions, whichever months."""
    url, _, body = call.partition("#")
    request = json.loads(body)
    request.pop("dts", None)
    return f"{url}#{json.dumps(request, ensure_ascii=False, separators=(',', ':'))}"


Answer = tuple[str, list, str]     # (call, parse_answer's rows, fetched at)


def merge(answers: list[Answer]) -> list[Release]:
    """The archived answers, parsed, as one release per leaf: a later run asks again for the last
    months it holds, and for each figure the latest answer's value is the one kept (NBS revises recent
    months); a value repeated unchanged keeps the answer that first gave it. The release is named by
    the call without its period range (`leaf_key`)."""
    by_leaf: dict[str, list[Answer]] = {}
    for answer in sorted(answers, key=lambda a: a[2]):
        by_leaf.setdefault(leaf_key(answer[0]), []).append(answer)
    return [_leaf_release(key, group) for key, group in sorted(by_leaf.items())]


def _leaf_release(key: str, answers: list[Answer]) -> Release:
    request = json.loads(key.split("#", 1)[1])
    # The portal dates no figure: the day (Beijing time) its latest answer was fetched. A day, not the
    # second: the same answers asked again that day are the same batch (validation is not repeated).
    fetched = datetime.fromisoformat(answers[-1][2]).astimezone(BEIJING)
    published = datetime(fetched.year, fetched.month, fetched.day)
    release = Release(key, PUBLISHER, KIND, "国家数据 " + request.get("cid", ""), published, "", "month")
    by_name = {re.sub(r"\s+", "", s.name): s for s in series()}
    names = provinces()
    kept: dict[tuple, Observation] = {}
    unknown: dict[str, None] = {}                       # each name outside the seed once, in order
    for call, rows, _ in answers:                      # oldest first: a later value replaces an earlier one
        range_asked = json.loads(call.split("#", 1)[1]).get("dts", [""])[0]
        for period, name, region, value, printed in rows:
            s = by_name.get(name)
            if s is None or (s.dimension == "region" and region not in names):
                unknown[f"{region} {name} {period} {printed}"] = None
                continue
            indicator = f"{s.indicator}.{names[region]}" if s.dimension == "region" else s.indicator
            figure = (indicator, period, s.period_type, s.measure)
            if figure in kept and kept[figure].value == value:
                continue                               # the same figure again: it keeps the answer that first gave it
            kept[figure] = Observation(
                source_url=key, publisher=PUBLISHER, release_kind=KIND, published_at=published.isoformat(),
                indicator=indicator, label_zh=region if s.dimension == "region" else name, dimension=s.dimension,
                period=period, period_type=s.period_type, measure=s.measure, value=value, unit=s.unit,
                quote=f"{name} | {region} | {period} | {printed} (asked for {range_asked})",
                parser_version=PARSER_VERSION)
    for clause in unknown:
        release.skip(clause, "unknown name")
    release.observations = list(kept.values())
    release.period = max((o.period for o in release.observations), default="")
    return release


def sources(settings) -> list[Portal]:
    return [Portal(settings)]
