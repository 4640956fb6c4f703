"""MIIT's statistics columns (/gxsj/tjfx/<section>/…, STRUCTURE.md 2.1) and the release kind each
publishes: a report there is its column's kind whatever industry its title names (钢铁行业…,
2023年1－8月光伏压延玻璃行业…, 铜行业…), unless its kind refuses the title (解读, 答记者问)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

KINDS = {"txy": "telecom", "dzxx": "electronics", "rjy": "software", "yclgy": "raw_materials", "zbgy": "equipment",
         "xfpgy": "consumer_goods"}
_SECTION = re.compile(r"^/gxsj/tjfx/(?P<section>[a-z]+)/")


def column_kind(url: str) -> str | None:
    """The kind of the statistics column a URL is in, or None outside them."""
    match = _SECTION.match(urlsplit(url).path)
    return KINDS.get(match.group("section")) if match else None
