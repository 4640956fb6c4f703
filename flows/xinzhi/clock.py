"""The one clock of a run: what it takes as today and now.

`XINZHI_TODAY=YYYY-MM-DD` runs the pipeline as if on that day (replays, the tests, the benchmarks'
smoke run a year after their fixtures): every "now" is the real time moved by whole days to that
day, so the order of a run's timestamps is kept and the days count as on that date (the portal's
last full month, a release published in the future, when a table was last read, fetch times).
Unset, it is the real clock. Only `marts.freshness`, a view, reads the clock of whoever queries it.

Code that needs today or now asks here, never `date.today()` or `datetime.now()` (a test checks).
"""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone, tzinfo

VARIABLE = "XINZHI_TODAY"


def injected() -> date | None:
    """The day XINZHI_TODAY names, None when unset; ValueError naming the variable when it is wrong."""
    text = os.environ.get(VARIABLE, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{VARIABLE}={text!r}: expected a day as YYYY-MM-DD") from None


def now(tz: tzinfo | None = timezone.utc) -> datetime:
    """Now in `tz` (None: local time, naive), moved to XINZHI_TODAY's day when it is set."""
    return datetime.now(tz) + offset()


def offset() -> timedelta:
    """How far XINZHI_TODAY moves the clock: whole days from the local date (zero when unset), the
    same for every time zone, so timestamps in UTC and in Beijing time keep their order."""
    day = injected()
    return timedelta(0) if day is None else timedelta(days=(day - date.today()).days)


def today() -> date:
    return date.today() + offset()


def now_iso() -> str:
    """Now in UTC, to the second, ISO (fetch and discovery times)."""
    return now().isoformat(timespec="seconds")
