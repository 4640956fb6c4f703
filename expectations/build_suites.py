"""Writes the expectation suites in this folder as JSON.

The JSON files are the source of truth the pipeline loads; this script documents how
they were made and regenerates them after an edit: `python expectations/build_suites.py`.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import great_expectations as gx
import great_expectations.expectations as gxe
from great_expectations.expectations.row_conditions import Column

HERE = Path(__file__).resolve().parent

from xinzhi.model import DIMENSIONS, EVIDENCE, MEASURES, QUALIFIERS

POINTS = ["pp_change", "pp_change_mom", "pp_change_prev", "growth_pp_change", "pp_gap", "contribution_pp",
          "share_pp_change", "share_pp_change_ytd", "share_pp_change_prev"]
# Changes against an earlier span name that span (base_period).
BASED = ["growth_pp_change", "pp_change_prev", "share_pp_change_prev", "cum_pct", "avg_yoy_pct"]
CATALOGUE = HERE.parent / "sql" / "seeds" / "indicators.csv"
# Plausible bounds per measure: wider than anything printed since 2019, narrow enough
# to catch a misread number (a year read as a growth rate, a unit slip).
RANGES = {
    "yoy_pct": (-100, 5000),      # 增长50倍 = +5000 %
    "mom_pct": (-60, 60),
    "yoy_real_pct": (-100, 5000),
    "yoy_nominal_pct": (-100, 5000),
    "cum_pct": (-100, 10000),      # growth since a base year, in %
    "avg_yoy_pct": (-100, 1000),   # average yearly growth since the base period (两年平均增长)
    "contribution_pct": (-100, 200),   # the share of an aggregate's growth a part accounts for
    **{measure: (-100, 100) for measure in POINTS},
    "abs_change": (-1e9, 1e9),
    "yoy_abs_change": (-1e9, 1e9),
    "mom_abs_change": (-1e9, 1e9),
    "share_pct": (0, 100),
    "count": (0, 100000),
    "level": (0, 1e9),
    "index": (0, 1000),
}


def observations_suite() -> gx.ExpectationSuite:
    key = ["source_url", "indicator", "dimension", "period", "period_type", "measure", "relative_to", "base_period",
           "base_period_type"]
    expectations = [
        gxe.ExpectTableColumnsToMatchSet(column_set=[
            "source_url", "publisher", "release_kind", "published_at", "indicator", "label_zh",
            "dimension", "period", "period_type", "measure", "value", "unit", "quote", "qualifier", "evidence",
            "relative_to", "universe", "bound", "base_period", "base_period_type", "origin", "check_value", "agrees",
            "parser_version", "period_start", "published_in_future"],
            exact_match=True),
        *[gxe.ExpectColumnValuesToNotBeNull(column=c) for c in
          ["source_url", "publisher", "release_kind", "published_at", "indicator", "label_zh",
           "dimension", "period", "period_type", "measure", "value", "unit", "quote", "qualifier", "evidence",
           "parser_version"]],
        gxe.ExpectColumnValuesToBeOfType(column="value", type_="float64"),
        gxe.ExpectColumnValuesToBeInSet(column="publisher", value_set=["NBS", "MIIT"]),
        gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=list(MEASURES)),
        gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(QUALIFIERS)),
        gxe.ExpectColumnValuesToBeInSet(column="evidence", value_set=list(EVIDENCE)),
        # A gap, a contribution or a share says what it is relative to when it can be read.
        gxe.ExpectColumnValuesToBeInSet(column="relative_to", value_set=catalogue_codes()),
        gxe.ExpectColumnValuesToBeInSet(column="period_type", value_set=["month", "ytd", "quarter", "year"]),
        gxe.ExpectColumnValuesToBeInSet(column="dimension", value_set=list(DIMENSIONS)),
        # Every figure's indicator is in the catalogue (sql/seeds/indicators.csv).
        gxe.ExpectColumnValuesToBeInSet(column="indicator", value_set=catalogue_codes()),
        gxe.ExpectColumnValuesToBeInSet(column="origin", value_set=["text", "table", "text+table"]),
        gxe.ExpectColumnValuesToMatchRegex(column="period", regex=r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?$"),
        gxe.ExpectColumnValuesToMatchRegex(column="indicator", regex=r"^[a-z][a-z0-9_]*(?:\.[^\s.]+){0,2}$"),
        gxe.ExpectColumnValueLengthsToBeBetween(column="quote", min_value=2, max_value=2000),
        # Text and table print the same figure: they must agree (None where printed once).
        gxe.ExpectColumnValuesToBeInSet(column="agrees", value_set=[True]),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=key),
        # A release speaks of the past: no future period, published after the period began (a forecast may
        # speak of a period to come: 预计年底…).
        gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False]),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="published_at", column_B="period_start",
                                                    or_equal=False,
                                                    row_condition=Column("evidence").is_in(["statistics", "statement"])),
        gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=["%"],
                                        row_condition=Column("measure").is_in(["yoy_pct", "mom_pct", "share_pct", "yoy_real_pct",
                                                                                "yoy_nominal_pct", "cum_pct",
                                                                                "contribution_pct"])),
        gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=["百分点"],
                                        row_condition=Column("measure").is_in(POINTS)),
        # An over or under figure carries the other end of its range; an exact one does not.
        gxe.ExpectColumnValuesToNotBeNull(column="bound", row_condition=Column("qualifier").is_in(["over", "under"])),
        gxe.ExpectColumnValuesToBeNull(column="bound", row_condition=Column("qualifier").is_in(["exact", "about"])),
        # Only a ministry's news states progress; a forecast is a statement's or a statistical report's outlook
        # (预计全年…), never the data portal's.
        gxe.ExpectColumnValuesToBeInSet(column="release_kind", value_set=["statement"],
                                        row_condition=Column("evidence") == "statement"),
        gxe.ExpectColumnValuesToBeInSet(column="evidence", value_set=["statistics"],
                                        row_condition=Column("release_kind") == "portal"),
        # A change against an earlier span names the span, in the form of a period.
        gxe.ExpectColumnValuesToNotBeNull(column="base_period", row_condition=Column("measure").is_in(BASED)),
        gxe.ExpectColumnValuesToMatchRegex(column="base_period", regex=r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?$"),
        gxe.ExpectColumnValuesToBeInSet(column="base_period_type", value_set=["month", "ytd", "quarter", "year"]),
        # A difference from another aggregate names that aggregate.
        gxe.ExpectColumnValuesToNotBeNull(column="relative_to",
                                          row_condition=Column("measure").is_in(["pp_gap", "contribution_pp",
                                                                                 "contribution_pct"])),
    ]
    for measure, (low, high) in RANGES.items():
        expectations.append(gxe.ExpectColumnValuesToBeBetween(
            column="value", min_value=low, max_value=high, row_condition=Column("measure") == measure))
    return gx.ExpectationSuite(name="observations", expectations=expectations,
                               meta={"notes": "Run on every batch of parsed observations before loading."})


def catalogue_codes() -> list[str]:
    with open(CATALOGUE, encoding="utf-8") as handle:
        return sorted(row["code"] for row in csv.DictReader(handle))


def named_figures_suite() -> gx.ExpectationSuite:
    """Figures a MIIT statement or statistics report prints of names the catalogue does not hold
    (core.named_figures): the name as printed, one row per name, period and measure of a page, dated no later
    than the page."""
    key = ["source_url", "label_zh", "dimension", "period", "period_type", "measure", "relative_to", "base_period"]
    # (a change in units since the year before's end or a year earlier, a growth since a base or a state before: what
    # the statement reader keeps of names, as it does of series)
    measures = ["level", "count", "yoy_pct", "mom_pct", "share_pct", "pp_change", "pp_gap", "avg_yoy_pct", "cum_pct",
                "abs_change", "yoy_abs_change", "contribution_pp"]
    expectations = [
        *[gxe.ExpectColumnValuesToNotBeNull(column=c) for c in
          ["source_url", "publisher", "release_kind", "published_at", "indicator", "label_zh", "dimension", "period",
           "period_type", "measure", "value", "unit", "quote", "qualifier", "evidence", "parser_version"]],
        gxe.ExpectColumnValuesToBeInSet(column="indicator", value_set=["named"]),
        # A ministry's statement states progress; its statistics columns' reports are statistics (never the portal)
        gxe.ExpectColumnValuesToBeInSet(column="publisher", value_set=["MIIT"]),
        gxe.ExpectColumnValuesToBeInSet(column="evidence", value_set=["statement", "forecast"],
                                        row_condition=Column("release_kind") == "statement"),
        gxe.ExpectColumnValuesToBeInSet(column="evidence", value_set=["statistics", "forecast"],
                                        row_condition=Column("release_kind") != "statement"),
        gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=measures),
        gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(QUALIFIERS)),
        gxe.ExpectColumnValuesToBeInSet(column="period_type", value_set=["month", "ytd", "quarter", "year"]),
        gxe.ExpectColumnValuesToBeInSet(column="dimension", value_set=["total", "region"]),
        gxe.ExpectColumnValuesToMatchRegex(column="period", regex=r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?$"),
        # A name is Chinese words, never a figure or a bare verb (named.name_of)
        gxe.ExpectColumnValueLengthsToBeBetween(column="label_zh", min_value=2, max_value=48),
        gxe.ExpectColumnValueLengthsToBeBetween(column="quote", min_value=2, max_value=2000),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=key),
        gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False]),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="published_at", column_B="period_start", or_equal=False,
                                                    row_condition=Column("evidence").is_in(["statistics", "statement"])),
        gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=["%"],
                                        row_condition=Column("measure").is_in(["yoy_pct", "mom_pct", "share_pct",
                                                                               "avg_yoy_pct", "cum_pct"])),
        gxe.ExpectColumnValuesToNotBeInSet(column="unit", value_set=["%", "百分点"],
                                           row_condition=Column("measure").is_in(["abs_change", "yoy_abs_change"])),
        # a yearly average runs from its base (the year before its window), earlier than the period it ends in; a
        # growth's change in points may name the earlier span it is against, a growth or a change in units the earlier
        # date it is since (比2020年增长…, 较2024年底增加…); no other figure has a base
        gxe.ExpectColumnValuesToNotBeNull(column="base_period", row_condition=Column("measure") == "avg_yoy_pct"),
        gxe.ExpectColumnValuesToBeNull(column="base_period",
                                       row_condition=Column("measure").is_not_in(["avg_yoy_pct", "pp_change", "cum_pct",
                                                                                  "abs_change", "share_pct"])),
        # a share with a base is only a growth's share over years (对全球制造业增长的贡献率 over a plan's five years)
        gxe.ExpectColumnValuesToMatchRegex(column="label_zh", regex=r"贡献率$",
                                           row_condition=(Column("measure") == "share_pct")
                                           & Column("base_period").is_not_null()),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="period", column_B="base_period",
                                                    ignore_row_if="either_value_is_missing",
                                                    row_condition=Column("measure").is_in(["cum_pct", "abs_change",
                                                                                           "share_pct"])),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="period", column_B="base_period",
                                                    row_condition=Column("measure") == "avg_yoy_pct"),
        gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=["百分点"],
                                        row_condition=Column("measure").is_in(["pp_change", "pp_gap", "contribution_pp"])),
        # a gap is to the average it names (全国平均水平), a pull to the whole it pulls (拉动全省规上工业增长…)
        gxe.ExpectColumnValuesToNotBeNull(column="relative_to",
                                          row_condition=Column("measure").is_in(["pp_gap", "contribution_pp"])),
        gxe.ExpectColumnValuesToNotBeNull(column="bound", row_condition=Column("qualifier").is_in(["over", "under"])),
        gxe.ExpectColumnValuesToBeNull(column="bound", row_condition=Column("qualifier").is_in(["exact", "about"])),
    ]
    for measure in measures:
        low, high = RANGES[measure]
        expectations.append(gxe.ExpectColumnValuesToBeBetween(
            column="value", min_value=low, max_value=high, row_condition=Column("measure") == measure))
    return gx.ExpectationSuite(name="named_figures", expectations=expectations,
                               meta={"notes": "Run on every batch of figures of names the catalogue does not hold."})


def cross_checks_suite() -> gx.ExpectationSuite:
    """One row per figure printed by two release kinds for the same period and measure
    (the monthly overview and the industrial production release; December year to date
    and the communiqué): the two must agree to the precision both print."""
    return gx.ExpectationSuite(name="cross_checks", expectations=[
        gxe.ExpectColumnValuesToNotBeNull(column="value_a"),
        gxe.ExpectColumnValuesToNotBeNull(column="value_b"),
        gxe.ExpectColumnPairValuesToBeEqual(column_A="rounded_a", column_B="rounded_b"),
    ], meta={"notes": "Run on pairs of the same figure from different release kinds."})


def suite_json(suite: gx.ExpectationSuite) -> str:
    data = suite.to_json_dict()
    data.pop("id", None)
    for expectation in data["expectations"]:
        expectation.pop("id", None)
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def main() -> None:
    gx.get_context(mode="ephemeral")
    (HERE / "observations.json").write_text(suite_json(observations_suite()), encoding="utf-8")
    (HERE / "cross_checks.json").write_text(suite_json(cross_checks_suite()), encoding="utf-8")
    (HERE / "named_figures.json").write_text(suite_json(named_figures_suite()), encoding="utf-8")


if __name__ == "__main__":
    main()
