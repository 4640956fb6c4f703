"""One clock for a run (xinzhi/clock.py): XINZHI_TODAY moves every "today" and "now" the code reads."""
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from xinzhi import clock
from xinzhi.config import Settings
from xinzhi.sources.portal import Portal

FLOWS = Path(__file__).resolve().parents[1] / "flows"


def test_the_code_reads_today_and_now_from_the_clock_only():
    # A `date.today()` or `datetime.now()` elsewhere would ignore XINZHI_TODAY: the benchmarks' smoke
    # run a year later would not see that part of the code run on that day.
    direct = re.compile(r"\b(date\.today|datetime\.now|datetime\.utcnow|time\.localtime)\(")
    found = [f"{path.relative_to(FLOWS)}:{n}" for path in FLOWS.rglob("*.py") if path.name != "clock.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if direct.search(line.split("#")[0])]
    assert found == []


def test_xinzhi_today_moves_the_day_and_keeps_the_time_of_day(monkeypatch):
    monkeypatch.delenv("XINZHI_PORTAL_THROUGH", raising=False)
    monkeypatch.setenv("XINZHI_TODAY", "2027-04-15")
    assert clock.today() == date(2027, 4, 15)
    moved = datetime.fromisoformat(clock.now_iso())
    real = datetime.now(timezone.utc)
    assert abs((moved - real) - timedelta(days=(date(2027, 4, 15) - date.today()).days)) < timedelta(minutes=1)
    # Beijing time and UTC are moved alike: their order is kept
    beijing = clock.now(timezone(timedelta(hours=8)))
    assert abs(beijing - clock.now()) < timedelta(minutes=1)
    assert Portal(Settings()).through == "2027-03"
    monkeypatch.delenv("XINZHI_TODAY")
    assert clock.today() == date.today()


def test_a_wrong_day_is_named(monkeypatch):
    monkeypatch.setenv("XINZHI_TODAY", "2027-13-01")
    with pytest.raises(ValueError, match="XINZHI_TODAY"):
        clock.today()
