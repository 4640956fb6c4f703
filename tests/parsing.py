"""Helpers for parser tests: expected figures written as text, figures read, text parsed as a page."""
from __future__ import annotations

from datetime import datetime

MIIT_KINDS = ("telecom", "electronics", "software", "raw_materials", "equipment", "consumer_goods")


# Measures against an earlier span: the span is part of what the figure is (growth_pp_change …).
BASED = ("growth_pp_change", "pp_change_prev", "share_pp_change_prev", "cum_pct", "avg_yoy_pct")


def expect(spec: str) -> dict:
    """Lines of `indicator period period_type measure value [relative_to | base]`: the aggregate
    of a pp_gap, or the span a change is measured against (`2025-10/month`)."""
    out = {}
    for line in spec.strip().splitlines():
        code, period, period_type, measure, value, *relative = line.split()
        out[(code, period, period_type, measure, *relative)] = float(value)
    return out


def figures(release) -> dict:
    got = {}
    for o in release.observations:
        extra = [o.relative_to] if o.measure == "pp_gap" else \
            [f"{o.base_period}/{o.base_period_type}"] if o.measure in BASED else []
        key = (o.indicator, o.period, o.period_type, o.measure, *extra)
        assert key not in got, f"{key} emitted twice"
        got[key] = o.value
    return got


def parse_text(kind, title, published, paragraphs, tables=()):
    """Paragraphs (and tables) parsed as one release of `kind`, under an address of its publisher."""
    from xinzhi.model import Article
    from xinzhi.releases import PARSERS
    url = ("https://www.miit.gov.cn/gxsj/tjfx/txy/art/2025/art_0123456789abcdef0123456789abcdef.html"
           if kind in MIIT_KINDS else "https://www.stats.gov.cn/sj/zxfb/202503/t20250331_1.html")
    article = Article(url, title, datetime.fromisoformat(published), paragraphs, list(tables), "new")
    return PARSERS[kind].parse(article)


def statement_page(title, published, paragraphs):
    """Paragraphs parsed as one ministry statement (a news item), the statement reader's way."""
    from xinzhi.model import Article
    from xinzhi.releases import statement
    url = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_0123456789abcdef0123456789abcdef.html"
    return statement.parse(Article(url, title, datetime.fromisoformat(published), list(paragraphs), [], "new"))


def goals(release) -> list[tuple]:
    """(metric, value, deadline year) of each target a release restates, in order."""
    return [(t.metric, t.value, t.deadline_year) for t in release.targets]
