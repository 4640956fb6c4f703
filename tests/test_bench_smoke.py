"""`make bench`'s own entry point at tiny sizes, a year after the fixtures: every figure is measured
and printed (no timing asserted), whatever the day.

The run is `benchmarks/bench.py`'s `main(["--smoke"])`, with XINZHI_TODAY a year after today (so
at least a year after the data portal's fixture answers, which end in 2026-03) and without the
suite's own XINZHI_PORTAL_THROUGH: the benchmarks must pin what their fixtures cover themselves.
A benchmark that asked a month its fixtures do not answer, or anything else that reads the date
and breaks a year on, fails it. The smoke sizes run in this process (the modules the suite has
imported already; no Prefect: the flow is tests/test_refresh_flow.py's; the DuckLake's catalog in a
DuckDB file: tests/test_ducklake.py's is PostgreSQL), so it costs seconds, not minutes.
"""
import importlib.util
import os
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"
FIXTURES_END = date(2026, 3, 31)       # the data portal's fixture answers cover months up to 2026-03


def a_year_later() -> date:
    day = max(date.today(), FIXTURES_END)
    return day.replace(year=day.year + 1, day=min(day.day, 28))


def test_the_benchmarks_run_a_year_after_their_fixtures_and_print_every_figure(monkeypatch, capsys, gx_home):
    later = a_year_later()
    for name in [k for k in os.environ if k.startswith("XINZHI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("XINZHI_TODAY", later.isoformat())
    monkeypatch.setenv("XINZHI_GX_HOME", str(gx_home))      # the session's Great Expectations project
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.main(["--smoke"])
    stdout = capsys.readouterr().out
    lines = stdout.splitlines()
    header = "| figure | measured | floor | ratio | goal |"
    assert lines.count(header) == 1
    start = lines.index(header) + 2
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("| "))
    table = lines[start:end]
    assert all(len(row.split("|")) == 7 for row in table)   # figure, measured, floor, ratio, goal
    figures = {row.split("|")[1].strip().split(" ")[0] for row in table}
    assert figures == {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
    rows = {row.split("|")[1].strip(): row for row in table}
    # the run took the injected day as today
    assert f"XINZHI_TODAY={later.isoformat()}" in stdout
    # parse throughput by kind: statements and plans among them
    assert {"1 parse throughput: statement", "1 parse throughput: plan"} <= {name.split(" (")[0] for name in rows}
    # the portal's whole history was read (every table up to the pinned month), the news columns' first run
    assert any(name.startswith("9 portal backfill (") and "from 2012-01 to 2026-03" in name for name in rows)
    assert any(name.startswith("10 news first run (3 columns") for name in rows)
    # nothing new: no article, no data call, every GET conditional and unchanged, no byte downloaded
    assert "| 0 B |" in rows["2 nothing new: bytes downloaded"]
    assert "(0 article requests, 0 portal data calls, all GETs 304: True)" in rows["2 nothing new: requests"]
    # the rebuild read an archive holding the portal's answers beside every page kind
    rebuild = next(name for name in rows if name.startswith("4 rebuild"))
    assert "portal" in rebuild and "statement" in rebuild and "plan" in rebuild
    # the history of missed goals follows the table once
    assert stdout.count("## Before and after") == 1
