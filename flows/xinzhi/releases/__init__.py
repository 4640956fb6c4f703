"""Release kinds in scope, each a parser module with KIND, matches_title() and parse()."""
from __future__ import annotations

from . import industrial_production

PARSERS = {industrial_production.KIND: industrial_production}


def kind_of(title: str) -> str | None:
    """The release kind a list title announces, or None when it is out of scope."""
    for kind, module in PARSERS.items():
        if module.matches_title(title):
            return kind
    return None
