"""The NBS data portal (国家数据, data.stats.gov.cn, rebuilt 2026-03-27; STRUCTURE.md 1.8; docs/portal.md):
the official monthly tables behind the releases, national and by province, read as series.

The tables in scope are named in sql/seeds/portal_series.csv by catalogue kind and path of names (the
stable key: GUIDs are backend ids that may change). A table is served in time slices: several leaves,
each covering a range of years (`sdate`/`edate`) with indicator ids of its own. A run that has months
to ask walks the catalogue by name (GET queryIndexTreeAsync, conditional), or, where a level was
renamed, finds the table by the keyword search (GET query) and names the path it found; `plan` says
which slices to ask for which months; each such slice gives its indicators (GET queryIndicatorsByCid),
its regions for a provincial table (GET getDaCatalogTreeByIndicatorCid → 全部地区 → getDasByDaCatalogId)
and one data call (POST stream/esData). A run asks nothing when no month is due and no release came
out since the last call. Every answer is archived under the call (URL#body) and becomes figures in
portal_answers.py. The WAF's 307 is met with a fresh warm-up and the call once more (`_asked`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from .. import clock
from ..fetch import BlockedError, FetchError, RedirectedError, UnreachableError
from ..model import ParseError
from .base import Read, SourceError, Walk
# leaf_key and merge are the pipeline's (portal.merge): the answers archived become releases
from .portal_answers import Series, leaf_key, merge, norm, parse_answer, series  # noqa: F401

GROUP = "nbs"                # read by the NBS collect run (its own host: its own politeness)
BASE = "https://data.stats.gov.cn/dg/website/"
PAGE = BASE + "page.html"
API = BASE + "publicrelease/web/external/"
TREE, INDICATORS = API + "new/queryIndexTreeAsync", API + "new/queryIndicatorsByCid"
REGION_GROUPS, REGIONS, DATA = API + "getDaCatalogTreeByIndicatorCid", API + "getDasByDaCatalogId", API + "stream/esData"
SEARCH = API + "query"
NATION = {"text": "全国", "value": "000000000000"}
FIRST_MONTH = "2012-01"
REVISION_MONTHS = 2          # the last months held that a new release may have revised (asked again then)
# Per catalogue kind (1 national monthly, 4 provincial monthly): the web app's route (the Referer),
# `showType` (mandatory: HTTP 500 without it), and the kind as the keyword search names it.
ROUTES = {1: "monthData", 4: "fsMonthData"}
SHOW_TYPES = {1: "1", 4: "3"}
KIND_TEXT = {1: "月度数据", 4: "分省月度数据"}
REFUSED = (BlockedError, UnreachableError)     # the host: not asked again this run (collect names it once)
NAMED = (ParseError, SourceError, FetchError)  # one table or slice: named, the others still read


@dataclass(frozen=True)
class Table:
    """The series of one catalogue table (kind and path of names), read from the same slices."""
    code: int
    path: str
    series: tuple[Series, ...]

    @property
    def key(self) -> str:
        return f"{self.code}:{self.path}"

    @property
    def referer(self) -> str:
        return f"{PAGE}#/pc/national/{ROUTES[self.code]}"


@lru_cache(maxsize=1)
def tables() -> tuple[Table, ...]:
    grouped: dict[tuple[int, str], list[Series]] = {}
    for s in series():
        grouped.setdefault((s.code, s.leaf), []).append(s)
    return tuple(Table(code, path, tuple(wanted)) for (code, path), wanted in grouped.items())


@dataclass(frozen=True)
class Slice:
    """One leaf of a table: its cid and the months it covers (`last` None: open-ended)."""
    cid: str
    first: str
    last: str | None

    @classmethod
    def of(cls, node: dict) -> "Slice":
        return cls(str(node["_id"]), _month(node.get("sdate"), "01") or FIRST_MONTH, _month(node.get("edate"), "12"))

    def covers(self, month: str) -> bool:
        return self.first <= month and (self.last is None or month <= self.last)


def _month(text: object, default_month: str) -> str | None:
    """A leaf's sdate/edate (2021, 202103, 2021-03) as YYYY-MM; None when absent (open)."""
    digits = re.sub(r"\D", "", str(text or ""))
    if len(digits) >= 6:
        return f"{digits[:4]}-{digits[4:6]}"
    return f"{digits}-{default_month}" if len(digits) == 4 else None


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
    empty (with a group id the portal ignores `das`), `showType` and `rootId` always."""
    return json.dumps({"cid": cid, "indicatorIds": indicator_ids, "daCatalogId": "", "das": das,
                       "showType": show_type, "rootId": root, "dts": [f"{month_code(first)}-{month_code(last)}"]},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def plan(slices: list[Slice], asked: dict[str, str], held: str | None, through: str,
         news: bool) -> list[tuple[Slice, str, str]]:
    """(slice, first month, last month) of each data call a table needs: the months from 2012 to
    `through` a slice covers and has not been read for, and, when a release since the last call says
    recent figures may have changed (`news`), the revision window too: the last REVISION_MONTHS months
    held and every month after them. A slice with nothing to ask is not asked."""
    window = shift(held or through, 1 - REVISION_MONTHS) if news else None
    calls = []
    for s in slices:
        start, end = max(s.first, FIRST_MONTH), min(s.last or through, through)
        first = shift(asked[s.cid], 1) if s.cid in asked else start
        first = max(min(first, window or first), start)
        if first <= end:
            calls.append((s, first, end))
    return calls


@dataclass
class State:
    """What the last reads left for the next (the source's detail in the archive's sources log)."""
    held: dict[str, str] = field(default_factory=dict)       # table → last month with a figure
    asked: dict[str, str] = field(default_factory=dict)      # slice cid → read from its first month up to here
    complete: dict[str, str] = field(default_factory=dict)   # table → every slice read up to here
    moved: dict[str, str] = field(default_factory=dict)      # table → the path the keyword search found
    asked_at: dict[str, str] = field(default_factory=dict)   # table → when it was last read without a problem

    @classmethod
    def load(cls, detail: str | None) -> "State":
        try:
            saved = json.loads(detail) if detail else {}
            return cls(dict(saved.get("through", {})), dict(saved.get("asked", {})), dict(saved.get("complete", {})),
                       dict(saved.get("moved", {})), dict(saved.get("asked_at", {})))
        except (ValueError, AttributeError, TypeError):
            return cls()

    def dump(self) -> str:
        return json.dumps({"through": self.held, "asked": self.asked, "complete": self.complete,
                           "moved": self.moved, "asked_at": self.asked_at}, ensure_ascii=False, sort_keys=True)


# ------------------------------------------------------------------ the source

class Portal:
    """Every series of sql/seeds/portal_series.csv, one data call per slice and range."""
    name, publisher, url = "nbs.portal", GROUP, PAGE
    title = "NBS data portal (data.stats.gov.cn): national and provincial monthly tables"

    def __init__(self, settings):
        self.through = settings.portal_through or last_full_month(clock.today())

    def read(self, walk: Walk) -> Read:
        state = State.load(walk.last_detail(self.name))
        released = walk.last_found(GROUP)
        # news: a release found since the table was last read, so its recent months may have changed
        news = {t.key for t in tables() if released and _later(released, state.asked_at.get(t.key))}
        # Nothing due (no month missing, no release since the last read): not one request.
        due = [t for t in tables() if t.key in news or state.complete.get(t.key, "") < self.through]
        answers, problems = self._read_due(walk, due, state, news) if due else (0, [])
        # A table or slice that could not be read is named (the run fails by name); the others are read.
        return Read(answers, detail=state.dump(), problem="; ".join(problems) or None, note=_moved(state))

    def _read_due(self, walk: Walk, due: list[Table], state: State, news: set[str]) -> tuple[int, list[str]]:
        self._levels: dict[str, list[dict]] = {}
        self._regions: dict[str, list[dict]] = {}
        started = clock.now_iso()
        self._warm_up(walk, fresh=False)
        answers, problems = 0, []
        for table in due:
            try:
                asked, problem = self._read_table(walk, table, state, table.key in news)
            except REFUSED:
                raise                                 # the host refused us: collect names it once
            except NAMED as exc:
                problems.append(str(exc))
                continue
            answers += asked
            if problem:                               # news stays news for it: asked again next run
                problems.append(problem)
            else:
                state.asked_at[table.key] = started
        return answers, problems

    def _read_table(self, walk: Walk, table: Table, state: State, news: bool) -> tuple[int, str | None]:
        """The data calls the table needs: how many were answered, and what failed."""
        root, path, slices = self._find(walk, table, state)
        if path == table.path:
            state.moved.pop(table.key, None)
        else:
            state.moved[table.key] = path
        asked, problems = 0, []
        for s, first, last in plan(slices, state.asked, state.held.get(table.key), self.through, news):
            try:
                held, absent = self._read_slice(walk, table, root, s, first, last)
            except REFUSED:
                raise
            except NAMED as exc:                      # this slice is named; the others are read
                problems.append(str(exc))
                continue
            asked += 1
            if held:
                state.held[table.key] = max(state.held.get(table.key, ""), held)
            if absent:                                # asked again next run, named until the seed is mended
                problems.append(absent)
            else:
                state.asked[s.cid] = max(state.asked.get(s.cid, ""), last)
        if not problems:
            reach = max((s.last or self.through for s in slices), default="")
            state.complete[table.key] = min(self.through, reach)
        return asked, "; ".join(problems) or None

    # -------------------------------------------------------------- finding a table's slices

    def _find(self, walk: Walk, table: Table, state: State) -> tuple[dict, str, list[Slice]]:
        """The kind's root, the path the table was found by, and its slices: by the seed's path of
        names, by the path a keyword search found before, else by the keyword search now."""
        root = self._tree(walk, "", table)[0]
        failures = []
        for path in dict.fromkeys(p for p in (table.path, state.moved.get(table.key)) if p):
            try:
                return root, path, self._walk_path(walk, table, root, path)
            except SourceError as exc:
                failures.append(str(exc))
        try:
            path = self._search(walk, table, root)
        except REFUSED:
            raise
        except NAMED as exc:
            raise SourceError(f"{failures[0]}; the keyword search {exc}") from None
        return root, path, self._walk_path(walk, table, root, path)

    def _walk_path(self, walk: Walk, table: Table, root: dict, path: str) -> list[Slice]:
        node, names = root, path.split(" > ")
        for name in names[:-1]:
            node = _named(self._tree(walk, node["_id"], table), name, f"{TREE}?pid={node['_id']}&code={table.code}",
                          "catalogue level")
        level_call = f"{TREE}?pid={node['_id']}&code={table.code}"
        level = self._tree(walk, node["_id"], table)
        matches = [n for n in level if norm(names[-1]) in _names(n)]
        if not matches:
            _named(level, names[-1], level_call, "catalogue level")       # raises, naming what is there
        leaves = [n for n in matches if n.get("isLeaf", True)]
        if not leaves:                                # a table node whose children are its slices
            children = self._tree(walk, matches[0]["_id"], table)
            leaves = [n for n in children if n.get("isLeaf", True)]
        if not leaves:
            raise SourceError(f"{level_call}: catalogue table {names[-1]!r}: expected leaves (its time slices), got none")
        return [Slice.of(n) for n in leaves]

    def _search(self, walk: Walk, table: Table, root: dict) -> str:
        """The table's path of names by the keyword search: an item of the table's kind whose name is
        the first series' (or its stem), its `treeinfo_globalid` (ids from the root to the leaf) walked."""
        wanted = table.series[0].name
        stem = re.split(r"[_(（]", wanted)[0]
        url = f"{SEARCH}?{urlencode({'search': stem, 'pagenum': 1, 'pageSize': 20})}"
        found = _json(self._get(walk, url, table.referer), url, ("data",), (dict, list))
        items = found.get("data", found.get("list", [])) if isinstance(found, dict) else found
        for item in items if isinstance(items, list) else []:
            if (str(item.get("type_text", "")).strip() == KIND_TEXT[table.code]
                    and norm(item.get("show_name")) in {norm(wanted), norm(stem)}):
                path = self._path_of(walk, table, root, str(item.get("treeinfo_globalid") or ""))
                if path:
                    return path
        raise SourceError(f"{url}: found no {KIND_TEXT[table.code]} leaf of {wanted!r} either")

    def _path_of(self, walk: Walk, table: Table, root: dict, global_id: str) -> str | None:
        """The names along a leaf's global id (its ids from the kind's root); a leaf whose parent bears
        the table's name (a table node with its slices below) gives the parent's path."""
        ids = global_id.split(".")
        ids = ids[ids.index(root["_id"]) + 1:] if root["_id"] in ids else ids
        node, names = root, []
        for ident in filter(None, ids):
            node = next((n for n in self._tree(walk, node["_id"], table) if n.get("_id") == ident), None)
            if node is None:
                return None
            names.append(str(node.get("name") or node.get("_name") or ""))
        table_name = norm(table.path.split(" > ")[-1])
        if len(names) > 1 and norm(names[-1]) != table_name and norm(names[-2]) == table_name:
            names.pop()
        return " > ".join(names) or None

    def _tree(self, walk: Walk, pid: str, table: Table) -> list[dict]:
        """One level of the catalogue, asked once per run (the tables share their parents)."""
        url = f"{TREE}?{urlencode({'pid': pid, 'code': table.code})}"
        if url not in self._levels:
            nodes = _json(self._get(walk, url, table.referer), url, ("data",))
            if not nodes:
                raise SourceError(f"{url}: catalogue level: expected nodes, got none")
            self._levels[url] = nodes
        return self._levels[url]

    # -------------------------------------------------------------- one slice

    def _read_slice(self, walk: Walk, table: Table, root: dict, s: Slice, first: str,
                    last: str) -> tuple[str | None, str | None]:
        """One slice asked for first..last: the last month it gave a figure for, and the series it does
        not list where it should (the slice of the latest months lists every series; an older one may not)."""
        call = f"{INDICATORS}?cid={s.cid}"
        listed = _json(self._get(walk, f"{INDICATORS}?{urlencode({'cid': s.cid, 'dt': '', 'name': ''})}",
                                 table.referer), call, ("data", "list"))
        ids = {norm(i.get("i_showname") or i.get("_name")): i.get("_id") for i in listed}
        wanted = [ids[norm(x.name)] for x in table.series if norm(x.name) in ids]
        missing = [x.name for x in table.series if norm(x.name) not in ids]
        shown = ", ".join(str(i.get("i_showname") or i.get("_name")) for i in listed[:8])
        absent = "; ".join(f"{call}: indicator {name!r} is not in the catalogue (it lists: {shown})"
                           for name in missing) if missing and s.covers(self.through) else None
        if not wanted:
            return None, absent
        das = self._das(walk, table, s) if table.code == 4 else [NATION]
        body = data_body(s.cid, str(root["_id"]), wanted, das, SHOW_TYPES[table.code], first, last)
        answer = self._post(walk, DATA, body, table.referer)
        rows = parse_answer(answer.body or b"", DATA + "#" + body.decode("utf-8"))
        return max((row[0] for row in rows), default=None), absent

    def _das(self, walk: Walk, table: Table, s: Slice) -> list[dict]:
        """The regions of a provincial slice (its own: regions are looked up per leaf), as `das`."""
        url = f"{REGION_GROUPS}?indicatorCid={s.cid}"
        group = _named(_json(self._get(walk, url, table.referer), url, ("data",)), "全部地区", url, "region group")
        members_url = f"{REGIONS}?daCid={group['_id']}"
        if members_url not in self._regions:
            self._regions[members_url] = _json(self._get(walk, members_url, table.referer), members_url, ("data",))
        return [{"text": m["show_name"], "value": m["name_value"]} for m in self._regions[members_url]]

    # -------------------------------------------------------------- asking, past the WAF

    def _warm_up(self, walk: Walk, fresh: bool) -> None:
        """The web app's page: the WAF sets its cookies (kept by the client's session). A fresh warm-up
        is unconditional, so that the cookies are set anew."""
        walk.get(PAGE, "list", conditional=not fresh, referer=PAGE)

    def _get(self, walk: Walk, url: str, referer: str):
        return self._asked(walk, lambda: walk.get(url, "list", referer=referer, follow_redirects=False))

    def _post(self, walk: Walk, url: str, body: bytes, referer: str):
        return self._asked(walk, lambda: walk.post(url, body, "data", referer=referer))

    def _asked(self, walk: Walk, ask):
        """A call the WAF redirects (307, or 302) to the same host before its cookie is set: a fresh
        warm-up, then the call once more; redirected again, or off the host, it is a refusal."""
        try:
            return ask()
        except RedirectedError as exc:
            if urlsplit(exc.location).hostname != urlsplit(exc.url).hostname:
                raise BlockedError(exc.url, f"{exc.reason}: a redirect off the portal") from None
        self._warm_up(walk, fresh=True)
        try:
            return ask()
        except RedirectedError as exc:
            raise BlockedError(exc.url, f"{exc.reason} again after a fresh warm-up: the WAF refuses us") from None


def _later(found_at: str, read_at: str | None) -> bool:
    return read_at is None or datetime.fromisoformat(found_at) > datetime.fromisoformat(read_at)


def _moved(state: State) -> str | None:
    """The tables the keyword search found at another path: named in every run's summary until the
    seed says so."""
    keys = {t.key: t for t in tables()}
    return "; ".join(f"catalogue path {keys[key].path!r} (kind {keys[key].code}) is now {path!r}, found by the "
                     f"keyword search: update sql/seeds/portal_series.csv"
                     for key, path in sorted(state.moved.items()) if key in keys) or None


def _json(response, url: str, path: tuple[str, ...], kind=list):
    try:
        data = json.loads((response.body or b"").decode("utf-8-sig"))
        for key in path:
            data = data[key]
    except (ValueError, KeyError, TypeError):
        raise ParseError(url, "answer", f"JSON with {'.'.join(path)}") from None
    if not isinstance(data, kind):
        raise ParseError(url, "answer", f"a list at {'.'.join(path)}")
    return data


def _names(node: dict) -> set[str]:
    return {norm(node.get(k)) for k in ("name", "_name", "show_name", "i_showname") if node.get(k)}


def _named(nodes: list[dict], name: str, call: str, what: str) -> dict:
    """The node whose name (normalised: spaces, brackets, full-width forms) is `name`; a renamed or
    removed one fails the call by name."""
    found = next((node for node in nodes if norm(name) in _names(node)), None)
    if found is None:
        shown = ", ".join(str(n.get("name") or n.get("_name") or n.get("show_name")) for n in nodes[:8])
        raise SourceError(f"{call}: {what} {name!r} is not in the catalogue (it lists: {shown})")
    return found


def sources(settings) -> list[Portal]:
    return [Portal(settings)]
