"""The data portal's answers as figures: one answer parsed (`parse_answer`), and every archived answer
joined into one release per catalogue leaf (`merge`), the slices of a series joined by period.

A leaf's release is named by its data call without the period range (`leaf_key`): the value as
given, the latest answer's where a month was asked again (NBS may revise recent months), the answer's
names, the value and the range asked for as the quote. A period not published (`无`, `""`, `-`,
`null`, no `values`) is no figure; any other value that is not a number fails the answer by name.
Where two slices of a series both print a month they must agree: the figure is kept once, in the
slice read furthest; if they differ it is held back (raw.skipped, reason `held back`) and named.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..catalogue import SEEDS
from ..model import Observation, ParseError, Release

log = logging.getLogger("xinzhi")

KIND = "portal"
PUBLISHER = "NBS"
PARSER_VERSION = "nbs-portal/2.0.0"
BEIJING = ZoneInfo("Asia/Shanghai")
UNPUBLISHED = frozenset({"", "无", "-", "null"})      # what the portal answers for a period not published
_NUMBER = re.compile(r"-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?")
_CODE = re.compile(r"(?P<year>(19|20)\d\d)(?P<month>[01]\d)MM")
_PERIOD = re.compile(r"(?P<year>(19|20)\d\d)\D{0,2}?(?P<month>[01]?\d)\D*$")
_BRACKETS = str.maketrans("[{〔【「〈《]}〕】」〉》", "((((((()))))))")


@dataclass(frozen=True)
class Series:
    """One indicator of a catalogue table, and the observation it becomes."""
    leaf: str              # the table's catalogue path, names joined by ' > '
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
def provinces() -> tuple[dict[str, str], dict[str, str]]:
    """The provinces of sql/seeds/provinces.csv (indicator suffix) by the portal's region code, and by name."""
    with open(SEEDS / "provinces.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {r["region_code"]: r["province"] for r in rows}, {norm(r["name_zh"]): r["province"] for r in rows}


def norm(name: object) -> str:
    """A name as compared: full-width forms folded (（）％ → ()%), brackets made round, spaces dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(name or "")).translate(_BRACKETS))


# ------------------------------------------------------------------ one answer

Row = tuple[str, str, str, float, str]      # (period YYYY-MM, indicator name, region name, value, value as given)


def parse_answer(body: bytes, call: str) -> list[Row]:
    """Every published value of one data answer; a period not published is left out."""
    try:
        periods = json.loads(body.decode("utf-8-sig"))["data"]
    except (ValueError, KeyError, TypeError):
        raise ParseError(call, "answer", "JSON {data: [{name, values: [...]}]}") from None
    if not isinstance(periods, list):
        raise ParseError(call, "answer", "a list of periods at data")
    out = []
    for item in periods:
        period = _period(item, call)
        for value in item.get("values") or []:
            raw = value.get("value")
            text = "" if raw is None else str(raw).strip()
            name = str(value.get("i_showname") or "")
            if text.lower() in UNPUBLISHED:
                continue
            if not _NUMBER.fullmatch(text):
                raise ParseError(call, "value", f"a number or a mark of a period not published (无, \"\", -, null), "
                                                f"got {text!r} for {name} {period}")
            region = str(value.get("da_name") or value.get("area") or "全国")
            out.append((period, name, region, float(text.replace(",", "")), text))
    return out


def _period(item: dict, call: str) -> str:
    code = _CODE.fullmatch(str(item.get("code") or ""))
    found = code or _PERIOD.search(str(item.get("name", "")).replace("年", "-").replace("月", ""))
    if not found:
        raise ParseError(call, "period", f"a month code like 202511MM or a name like 2025年11月, got "
                                         f"{item.get('code') or item.get('name')!r}")
    return f"{found['year']}-{int(found['month']):02d}"


def leaf_key(call: str) -> str:
    """A data call without its period range: the same leaf, indicators and regions, whichever months."""
    url, _, body = call.partition("#")
    request = json.loads(body)
    request.pop("dts", None)
    return f"{url}#{json.dumps(request, ensure_ascii=False, separators=(',', ':'))}"


def range_asked(call: str) -> str:
    """The `dts` range of a data call: 201201MM-202603MM."""
    return json.loads(call.split("#", 1)[1]).get("dts", [""])[0]


# ------------------------------------------------------------------ every answer

Answer = tuple[str, list, str]     # (call, parse_answer's rows, fetched at)


def merge(answers: list[Answer]) -> list[Release]:
    """The archived answers as one release per leaf (oldest answer first: a later value replaces an
    earlier one; a value repeated unchanged keeps the answer that first gave it), then the slices of
    each series checked against each other where they print the same month."""
    by_leaf: dict[str, list[Answer]] = {}
    for answer in sorted(answers, key=lambda a: a[2]):
        by_leaf.setdefault(leaf_key(answer[0]), []).append(answer)
    releases = [_leaf_release(key, group) for key, group in sorted(by_leaf.items())]
    # the slice read furthest first: where two slices agree, it keeps the figure
    reach = {key: max(range_asked(call)[-8:] for call, _, _ in group) for key, group in by_leaf.items()}
    _join_slices(sorted(releases, key=lambda r: reach[r.url], reverse=True))
    for release in releases:
        release.period = max((o.period for o in release.observations), default="")
    return releases


def _leaf_release(key: str, answers: list[Answer]) -> Release:
    request = json.loads(key.split("#", 1)[1])
    # The portal dates no figure: the day (Beijing time) its latest answer was fetched. A day, not the
    # second: the same answers asked again that day are the same batch (validation is not repeated).
    fetched = datetime.fromisoformat(answers[-1][2]).astimezone(BEIJING)
    published = datetime(fetched.year, fetched.month, fetched.day)
    by_name = {norm(s.name): s for s in series()}
    by_code, by_province_name = provinces()
    codes = {norm(d.get("text")): d.get("value") for d in request.get("das", [])}
    kept: dict[tuple, Observation] = {}
    unknown: dict[str, None] = {}                       # each name outside the seed once, in order
    tables: set[str] = set()
    for call, rows, _ in answers:
        asked = range_asked(call)
        for period, name, region, value, printed in rows:
            s = by_name.get(norm(name))
            province = by_code.get(codes.get(norm(region))) or by_province_name.get(norm(region))
            if s is None or (s.dimension == "region" and province is None):
                unknown[f"{region} {name} {period} {printed}"] = None
                continue
            tables.add(s.leaf)
            indicator = f"{s.indicator}.{province}" if s.dimension == "region" else s.indicator
            figure = (indicator, period, s.period_type, s.measure)
            if figure in kept and kept[figure].value == value:
                continue                               # the same figure again: it keeps the answer that first gave it
            kept[figure] = Observation(
                source_url=key, publisher=PUBLISHER, release_kind=KIND, published_at=published.isoformat(),
                indicator=indicator, label_zh=region if s.dimension == "region" else name, dimension=s.dimension,
                period=period, period_type=s.period_type, measure=s.measure, value=value, unit=s.unit,
                quote=f"{name} | {region} | {period} | {printed} (asked for {asked})",
                parser_version=PARSER_VERSION)
    title = f"国家数据 {' / '.join(sorted(tables)) or '(no series of the seed)'} ({request.get('cid', '')})"
    release = Release(key, PUBLISHER, KIND, title, published, "", "month", observations=list(kept.values()))
    for clause in unknown:
        release.skip(clause, "unknown name")
    return release


def _join_slices(releases: list[Release]) -> None:
    """A figure two slices both print: kept once where they agree (in the first release given),
    held back from both, and named, where they differ."""
    first: dict[tuple, tuple[Release, Observation]] = {}
    dropped: dict[int, set[tuple]] = {}
    for release in releases:
        for obs in release.observations:
            key = obs.key()
            if key not in first:
                first[key] = (release, obs)
                continue
            other, kept = first[key]
            dropped.setdefault(id(release), set()).add(key)
            if kept.value != obs.value:
                dropped.setdefault(id(other), set()).add(key)
                release.skip(f"{obs.quote}; but {_printed(kept)} in {other.url}", "held back")
                other.skip(f"{kept.quote}; but {_printed(obs)} in {release.url}", "held back")
                log.warning("data portal: %s %s %s held back: two slices print %s and %s (%s; %s)",
                            obs.indicator, obs.period, obs.period_type, kept.value, obs.value, other.url, release.url)
    for release in releases:
        gone = dropped.get(id(release), set())
        release.observations = [o for o in release.observations if o.key() not in gone]


def _printed(obs: Observation) -> str:
    """The value as given and the range asked for, from the quote."""
    return obs.quote.split(" | ")[3]
