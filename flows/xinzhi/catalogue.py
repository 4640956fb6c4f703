"""The indicator catalogue (sql/seeds/indicators.csv): codes, names and label look-up."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cn import fold

SEEDS = Path(__file__).resolve().parents[2] / "sql" / "seeds"


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    unit: str
    theme: str
    dimension: str


_FOOTNOTE = re.compile(r"(\[\d+\]|\(\d+\)|注\d+|Note\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰*＊]+)$")
_PREFIX = re.compile(r"^(其中|内|含)[:：]?")


def clean_label(label: str) -> str:
    """The label as printed, without 其中 prefixes, footnote marks or spacing."""
    text = re.sub(r"\s+", "", label)
    text = _PREFIX.sub("", text)
    for _ in range(2):
        text = _FOOTNOTE.sub("", text)
    return text.strip("，,：:；;")


def label_key(label: str) -> str:
    """Comparison key: folded punctuation, no spaces, no brackets."""
    text = fold(clean_label(label))
    return re.sub(r"[\s()（）]", "", text)


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    """The catalogue CSV, read once per process."""
    with open(SEEDS / "indicators.csv", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def indicators() -> dict[str, Indicator]:
    rows = _rows()
    return {row["code"]: Indicator(row["code"], row["name_zh"], row["name_en"], row["unit"],
                                   row["theme"], row["dimension"]) for row in rows}


@lru_cache(maxsize=1)
def _by_label() -> dict[str, Indicator]:
    rows = _rows()
    table: dict[str, Indicator] = {}
    for row in rows:
        ind = indicators()[row["code"]]
        for name in [row["name_zh"], *filter(None, row["aliases"].split("|"))]:
            table[label_key(name)] = ind
    return table


def lookup(label: str) -> Indicator | None:
    return _by_label().get(label_key(label))


# A label not in the catalogue gets a code built from the printed name, so it stays
# stable across releases and is still emitted; the dimension comes from the section.
_BASE_BY_DIMENSION = {"industry": "industrial_va", "industry_group": "industrial_va",
                      "sector": "industrial_va", "ownership": "industrial_va",
                      "region": "industrial_va", "product": "output"}


def resolve(label: str, section_dimension: str | None) -> Indicator | None:
    """Catalogue entry for a label; an ad-hoc one inside a known section; else None."""
    known = lookup(label) or _lookup_without_mark(label)
    if known:
        return known
    if section_dimension in _BASE_BY_DIMENSION and _plausible_name(label):
        name = clean_label(label)
        base = _BASE_BY_DIMENSION[section_dimension]
        return Indicator(f"{base}.{label_key(name)}", name, "", "", "industry", section_dimension)
    return None


# Words that make a phrase a comparison or a total, not the name of a product or industry.
_NOT_A_NAME = re.compile(r"比|增|降|减|较|同期|上年|去年|上月|为|占|共|合计|累计|约|超过|日均|平均|其中|全国|规模以上|规上|以上|以下|个|种")


def _lookup_without_mark(label: str) -> Indicator | None:
    """'钢材1' is 钢材 with a footnote mark printed flat; only for names we know."""
    stripped = re.sub(r"\d{1,2}$", "", clean_label(label))
    return lookup(stripped) if stripped != clean_label(label) else None


def _plausible_name(label: str) -> bool:
    name = clean_label(label)
    folded = fold(name)
    return (1 <= len(name) <= 30 and not re.search(r"\d{2,}|\d$|[%，,。；;:]", folded)
            and not _NOT_A_NAME.search(name))


def split_labels(text: str) -> list[str]:
    """Split '钢材、水泥和十种有色金属' style lists into labels. Names that themselves
    contain 、 or 和 (电力、热力生产和供应业) are matched whole from the catalogue first."""
    folded = fold(text)
    names = _names_longest_first()
    out: list[str] = []
    i = 0
    while i < len(folded):
        end = next((i + len(n) for n in names if folded.startswith(n, i)
                    and (i + len(n) == len(folded) or folded[i + len(n)] in "、和及")), None)
        if end is None:
            nxt = folded.find("、", i)
            end = len(folded) if nxt < 0 else nxt
        out.append(text[i:end])
        i = end
        while i < len(folded) and folded[i] in "、和及以":
            i += 1
    return [label for label in out if label]


@lru_cache(maxsize=1)
def _names_longest_first() -> list[str]:
    rows = _rows()
    names = {fold(n) for row in rows for n in [row["name_zh"], *row["aliases"].split("|")] if n}
    return sorted(names, key=len, reverse=True)
