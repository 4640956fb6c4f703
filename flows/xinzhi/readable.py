"""Figures as the report's reader reads them, in their own unit: 'over 1680 EB', '≥1800 EB', '6–7 %'."""
from __future__ import annotations

import pandas as pd

COMPARATORS = {">=": "≥", "<=": "≤", "approx": "≈", "=": "="}
QUALIFIERS = {"over": "over ", "under": "under ", "about": "about "}   # how a statement words its figure


def number(value: float) -> str:
    """As printed: no trailing zeros and no exponent (120000, not 1.2e+05; 2.38, not 2.3800)."""
    return f"{value:.12g}"


def figure(value, unit, qualifier=None) -> str:
    """A figure with its wording and unit; blank when there is none."""
    if value is None or pd.isna(value):
        return ""
    return f"{QUALIFIERS.get(qualifier, '')}{number(value)} {unit or ''}".rstrip()


def goal(comparator, value, unit, high=None) -> str:
    """A target: its comparator, number (or range) and unit; blank when it has no number."""
    if value is None or pd.isna(value):
        return ""
    if comparator == "range":
        return f"{number(value)}–{number(high)} {unit or ''}".rstrip()
    return f"{COMPARATORS.get(comparator, '')}{number(value)} {unit or ''}".rstrip()
