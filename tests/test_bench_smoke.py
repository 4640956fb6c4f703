"""The benchmarks at tiny sizes: every figure is measured and printed (no timing asserted)."""
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def test_the_benchmarks_run_and_print_every_figure(prefect_server):
    from prefect.settings import PREFECT_API_URL

    # The Prefect runs go to the test session's server: a temporary server of their own (and its
    # database migrations) is what `make bench` measures, not what this smoke run checks.
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
    result = subprocess.run([sys.executable, str(BENCH), "--smoke"], capture_output=True, text=True, timeout=600,
                            env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    start = lines.index("| figure | measured | floor | ratio | goal |") + 2
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("| "))
    table = lines[start:end]
    figures = {row.split("|")[1].strip().split(" ")[0] for row in table}
    assert figures == {"1", "2", "3", "4", "5", "6", "7", "8"}
    assert all(len(row.split("|")) == 7 for row in table)   # figure, measured, floor, ratio, goal
