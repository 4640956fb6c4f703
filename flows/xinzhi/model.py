"""The records every stage passes on: articles, releases, observations, and the errors."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime

# Bump when a parser's output for the same bytes changes: rows carry it as lineage.
PARSER_VERSION = "nbs-ip/1.5.24"

MEASURES = ("yoy_pct", "mom_pct", "level", "index", "share_pct", "count", "pp_change", "pp_change_mom",
            "pp_change_prev", "growth_pp_change", "cum_pct", "contribution_pct", "abs_change", "yoy_abs_change", "mom_abs_change", "yoy_real_pct",
            "yoy_nominal_pct", "pp_gap", "contribution_pp", "share_pp_change", "share_pp_change_ytd",
            "share_pp_change_prev", "avg_yoy_pct")
# How exactly a figure is printed: 余 / 超过 / 逾 / 突破 / 以上 (over), 约 / 左右 / 近 (about), 不到 (under).
QUALIFIERS = ("exact", "over", "about", "under")
# What kind of evidence a figure is: a statistical release, a ministry's statement of progress,
# or a forecast (预计…: stored, never used to score).
EVIDENCE = ("statistics", "statement", "forecast")
PERIOD_TYPES = ("month", "ytd", "quarter", "year")
DIMENSIONS = ("total", "sector", "ownership", "industry", "industry_group", "product", "region", "size",
              "segment")


# Why a clause was read but not stored (raw.skipped.reason).
SKIP_REASONS = {
    "unknown name": "a name the catalogue does not hold (a series not in scope, or one to add)",
    "not stored": "a form xinzhi does not store: a yearly average over a plan's window, a share of growing industries …",
    "qualified": "a figure under a qualifier (扣除…, 如果…) that changes what it measures",
    "unattributed": "figures that cannot be paired with their names for sure (counts differ, names not split)",
    "form not read": "a figure in a sentence form the reader does not know",
    "chapter not read": "a chapter outside the themes (real estate, incomes …)",
    "table not read": "a table whose layout the kind does not read",
    "another scale": "figures on another scale than the series' (以修正总吨计 of a series in 载重吨, 以美元计 of one in 元)",
    "restated": "the same figure said again as a bound it lies within (超过1.1亿载重吨 after 11305万载重吨): the exact one "
                "is stored",
    "milestone": "a threshold passed, never a figure: 均超过3000万辆, 首次突破700万辆, 连续N年保持…以上",
    "not yet over": "a figure of a period that had not ended when the page was published: an estimate, never a statistic",
    "held back": "a figure two slices of one data portal series print differently: neither is stored",
    "unexplained": "a number printed in the body that is neither stored nor in a skipped clause nor a known "
                   "non-figure (date, period, section number, threshold, universe count): a defect",
}


class XinzhiError(Exception):
    """Base of the project's own errors: always a one-line, user-facing message."""


class ParseError(XinzhiError):
    """A page lacks what its parser relies on, or contradicts itself."""

    def __init__(self, url: str, part: str, expected: str):
        self.url, self.part, self.expected = url, part, expected
        super().__init__(f"{url}: {part}: expected {expected}")


class NotHtml(XinzhiError):
    """An article whose content is only a PDF or other attachment: recorded and skipped."""

    def __init__(self, url: str, attachment: str):
        self.url, self.attachment = url, attachment
        super().__init__(f"{url}: published as an attachment only ({attachment}); no HTML figures to read")


@dataclass
class Article:
    """One official page, reduced to what parsers read."""
    url: str
    title: str
    published_at: datetime
    paragraphs: list[str]
    tables: list[list[list[str]]]   # table -> rows -> cell texts (spans expanded)
    layout: str                     # 'new' (2023+ site) or 'old' (tjsj)
    meta: dict = field(default_factory=dict)   # what a page's header states beside the body (发文字号, 发文机关 …)


@dataclass
class Observation:
    """One printed figure. The field names are the observation contract."""
    source_url: str
    publisher: str
    release_kind: str
    published_at: str          # ISO timestamp of the release
    indicator: str
    label_zh: str
    dimension: str
    period: str
    period_type: str
    measure: str
    value: float
    unit: str
    quote: str
    qualifier: str = "exact"           # QUALIFIERS
    evidence: str = "statistics"       # EVIDENCE
    # Lineage and cross-check fields beyond the contract.
    relative_to: str | None = None     # the aggregate a pp_gap, contribution or share is of (indicator code)
    universe: float | None = None      # for a count out of a fixed whole: the whole (41 divisions, 97 categories)
    bound: float | None = None         # for an over / under figure, the other end its wording allows (7000余 → 8000)
    base_period: str | None = None     # for a change against an earlier span (growth_pp_change, *_prev): that span
    base_period_type: str | None = None
    origin: str = "text"               # 'text', 'table' or 'text+table'
    check_value: float | None = None   # the other source's value where both print it
    agrees: bool | None = None         # text and table agree (None: printed once)
    parser_version: str = PARSER_VERSION

    def key(self) -> tuple:
        return (self.indicator, self.dimension, self.period, self.period_type, self.measure, self.relative_to,
                self.base_period, self.base_period_type)

    def to_dict(self) -> dict:
        # Every field is a scalar: a plain read of each, not dataclasses.asdict, whose recursive deep
        # copy made a third of a rebuild's time (50 k calls for 17 k figures: validation and build)
        return {name: getattr(self, name) for name in _OBSERVATION_FIELDS}


_OBSERVATION_FIELDS = tuple(f.name for f in fields(Observation))

CONTRACT_FIELDS = ("source_url", "publisher", "release_kind", "published_at", "indicator",
                   "label_zh", "dimension", "period", "period_type", "measure", "value",
                   "unit", "quote", "qualifier", "evidence")


COMPARATORS = ("approx", ">=", "<=", "=", "range")


@dataclass
class TargetStatement:
    """One quantitative target a plan document sets, or a statement restates, as printed (core.target_statements)."""
    source_url: str
    ordinal: int                  # its place among the document's targets (1, 2 …)
    section: str                  # the heading it stands under
    subject: str                  # the industry or field it is set for (钢铁行业), where printed
    metric: str                   # the name as printed (钢铁行业增加值)
    comparator: str               # COMPARATORS: 左右/约 approx; 达到/超过/以上/不低于 >=; 以内/控制在 <=; none printed =
    value: float                  # signed: a fall (降低13%) is -13
    unit: str                     # as printed (%, 万吨, 亿元)
    deadline_year: int | None     # 到2027年, the end of 2025—2026年, the year that opens the sentence
    quote: str                    # the clause (or table row) it was read from
    value_high: float | None = None   # the upper end of a range (4.5%—5%)
    start_year: int | None = None     # the first year of a window (2025—2026年)
    base_year: int | None = None      # the year a change is measured against (比2020年下降13.5%)
    annual_avg: bool = False          # 年均 / 平均: a yearly average over the window
    origin: str = "text"              # text or table
    source_kind: str = "plan"         # plan (a plan document sets it) or statement (a ministry's statement or report restates it)
    parser_version: str = "plan/1.0.0"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Release:
    """A parsed page: its metadata, figures, and what was noticed but not emitted."""
    url: str
    publisher: str
    kind: str
    title: str
    published_at: datetime
    period: str
    period_type: str
    observations: list[Observation] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)   # text/table disagreements
    skipped: list[str] = field(default_factory=list)     # clauses read but not emitted
    skip_reasons: list[str] = field(default_factory=list)   # why, one per skipped clause (SKIP_REASONS)
    unexplained: list[str] = field(default_factory=list)    # numbers printed but neither stored nor skipped
    targets: list[TargetStatement] = field(default_factory=list)   # a plan's targets, or those a statement restates
    named: list[Observation] = field(default_factory=list)   # figures of names the catalogue does not hold, as printed
    document: dict | None = None      # a plan document: its plan title, 发文字号, issuer

    def skip(self, clause: str, reason: str) -> None:
        """A clause read but not stored, and why (raw.skipped, `xinzhi parse --skipped`)."""
        assert reason in SKIP_REASONS, reason
        self.skipped.append(clause)
        self.skip_reasons.append(reason)

    def not_stored(self) -> list[tuple[str, str]]:
        """(clause, reason) of everything read but not stored, and of every unexplained number."""
        return list(zip(self.skipped, self.skip_reasons)) + [(u, "unexplained") for u in self.unexplained]
