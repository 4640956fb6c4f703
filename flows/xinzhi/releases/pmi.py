"""NBS purchasing managers' indices (中国采购经理指数运行情况): manufacturing PMI and
its sub-indices, by enterprise size and industry group, the non-manufacturing business
activity index and the composite output index; and the tables where each index is a
column and each month a row. Every index is stored with measure 'index' (in %), and
its change from the previous month as 'pp_change_mom'."""
from __future__ import annotations

import re
from functools import partial

from .. import catalogue
from ..cn import find_period, fold, parse_number
from ..model import Article, ParseError, Release
from .reader import Reader
from .release import parse_titled
from .tables import read_tables
from .vocabulary import Titles, Vocabulary

KIND = "pmi"
PUBLISHER = "NBS"
FAMILIES = ("pmi", "pmi_nonmfg", "pmi_composite")
VOCABULARY = Vocabulary(
    PUBLISHER, KIND, families=FAMILIES,
    topics=((r"非制造业", ("pmi_nonmfg",)), (r"综合", ("pmi_composite",)), (r"制造业", ("pmi",))),
    index_families=catalogue.INDEX_FAMILIES, pp_base="mom", parser_version="nbs-pmi/1.3.42",
)

TITLES = Titles(r"采购经理指数")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    release = parse_titled(article, VOCABULARY, TITLES, "a PMI release title (…采购经理指数…)", "PMI",
                           table_reader=partial(read_tables, one_table=_index_table))
    # Every PMI release carries the index tables; none read means the layout changed.
    if not any(o.origin != "text" for o in release.observations):
        raise ParseError(article.url, "index table",
                         "a table with months down and indices across (表1 中国制造业PMI及构成指数)")
    return release


def _index_table(rows: list[list[str]], reader: Reader) -> None:
    """Months down, indices across. The table's family is the one in which every
    column header is a known index name; a table that fits none (or several) is not read."""
    first = next((i for i, row in enumerate(rows) if row and _month(row[0], reader)), None)
    if first is None:
        reader.skip(" | ".join(rows[0]) if rows else "empty table", "table not read")
        return
    # Title and unit rows span the whole width ("表1 中国制造业PMI…", "单位：%"): they name no column.
    header_rows = [row for row in rows[:first] if len(set(row)) > 1]
    headers = ["".join(row[j] for row in header_rows if j < len(row)) for j in range(1, max(map(len, rows)))]
    headers = [re.sub(r"\s+", "", fold(h)) for h in headers]
    fits = [fam for fam in FAMILIES if headers and all(catalogue.resolve(h, (fam,)) for h in headers)]
    if len(fits) != 1:
        reader.skip("table header not read: " + " | ".join(headers), "table not read")
        return
    indices = [catalogue.resolve(h, (fits[0],)) for h in headers]
    for row in rows[first:]:
        period = _month(row[0], reader) if row else None
        if period is None:
            continue
        quote = " | ".join(c for c in row if c)
        for ind, cell in zip(indices, row[1:]):
            value = parse_number(cell)
            if value is not None:
                reader.emit(ind, ind.name_zh, period, "index", value, "%", quote, origin="table")


def _month(cell: str, reader: Reader):
    found = find_period(fold(cell), reader.default_year)
    if found and found[0].period_type == "month" and found[1].start() == 0:
        return found[0]
    return None
