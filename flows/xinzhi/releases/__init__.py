"""Release kinds in scope, each a parser module with KIND, PUBLISHER, matches_title()
and parse(). A title that no kind claims is out of scope (recorded, never fetched)."""
from __future__ import annotations

from . import (annual_communique, electronics, equipment, industrial_production, industrial_profits,
               monthly_overview, pmi, raw_materials, software, telecom)

PARSERS = {module.KIND: module for module in (
    industrial_production, monthly_overview, pmi, industrial_profits, annual_communique,
    telecom, electronics, software, raw_materials, equipment)}


def kind_of(title: str, publisher: str | None = None) -> str | None:
    """The release kind a list title announces, or None when it is out of scope."""
    for kind, module in PARSERS.items():
        if (publisher is None or module.PUBLISHER == publisher) and module.matches_title(title):
            return kind
    return None
