"""`make bench`: every figure of the benchmarks issue, each against its floor, measured side by
side in one run. `--smoke` runs a tiny version (CI). Prints a markdown report; `--write`
also puts it in BENCHMARKS.md.

  1 parse throughput      full parse + extraction vs bare lxml parsing of the same bytes
  2 nothing new           requests, bytes and wall time of a run with nothing new
  3 backfill              wall time vs the politeness bound (requests / rate) at 100 ms latency
  4 rebuild               rebuild from the archive vs parsing alone; peak memory
  5 query latency         p50 / p95 of every mart on about a million observations
  6 orchestration         the same refresh with and without Prefect
  7 memory                peak RSS of a refresh and of a rebuild
  8 DuckLake              publishing the scaled warehouse into a DuckLake (catalog in a PostgreSQL
                          started here) vs writing the same tables as Parquet; mart reads from the lake
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "flows"))

import corpus  # noqa: E402

XINZHI = str(Path(sys.executable).parent / "xinzhi")
PORTAL_MONTH = "2026-03"      # the last month the data portal's fixture answers cover
results: list[tuple[str, str, str, str, str]] = []   # figure, measured, floor, ratio, goal


def record(figure, measured, floor, ratio, goal):
    results.append((figure, measured, floor, ratio, goal))
    print(f"{figure}: {measured} | floor {floor} | ratio {ratio} | goal {goal}", flush=True)


def env(home: Path, prefect_home: Path | None = None, **extra) -> dict:
    prefect_home = prefect_home or home / ".prefect"
    prefect_home.mkdir(parents=True, exist_ok=True)
    out = dict(os.environ, XINZHI_HOME=str(home), PREFECT_HOME=str(prefect_home), DO_NOT_TRACK="1",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", GX_ANALYTICS_ENABLED="False",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90")
    # The data portal's fixture answers are written up to this month: any later one has no answer.
    out.setdefault("XINZHI_PORTAL_THROUGH", PORTAL_MONTH)
    out.update({k: str(v) for k, v in extra.items()})
    return out


def timed_child(args, environ) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds and peak RSS (MiB) of a child process."""
    code = ("import resource, subprocess, sys, time, json; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
            "r.returncode, r.stdout[-3000:], r.stderr[-3000:]]))")
    done = subprocess.run([sys.executable, "-c", code, *args], env=environ, capture_output=True, text=True, check=True)
    wall, rss_kib, rc, out, err = json.loads(done.stdout.strip().splitlines()[-1])
    return wall, rss_kib // 1024, subprocess.CompletedProcess(args, rc, out, err)


# ------------------------------------------------------------------ 1 parse throughput

def parse_throughput(n: int) -> None:
    from lxml import etree

    from xinzhi.pipeline import parse_page

    pages = corpus.pages(n)
    start = time.perf_counter()
    for _, body in pages:
        etree.HTML(body)
    bare = time.perf_counter() - start
    start = time.perf_counter()
    figures = 0
    for url, body in pages:
        figures += len(parse_page(body, url).observations)
    full = time.perf_counter() - start
    record(f"1 parse throughput ({n} pages of every kind, {figures} figures)",
           f"{n / full:.0f} pages/s", f"{n / bare:.0f} pages/s (bare lxml)", f"{full / bare:.1f}×", "≤ 3×")


# ------------------------------------------------------------------ 2 + 6 nothing new, orchestration

def nothing_new_and_orchestration(work: Path, warm_up: bool = True) -> None:
    from xinzhi.mirror import Mirror

    fixtures = work / "fixtures"
    shutil.copytree(corpus.FIXTURES, fixtures)
    with Mirror(fixtures) as url:
        plain_home, flow_home = work / "plain", work / "flow"
        full_plain, _, first = timed_child([XINZHI, "refresh", "--plain"], env(plain_home, XINZHI_MIRROR=url, XINZHI_RATE=50))
        assert first.returncode == 0, first.stderr
        # Prefect creates and migrates its database on first use: warm it up first, so the
        # comparison is of running the flow, not of installing Prefect's database.
        prefect_home = work / "prefect"
        if warm_up:      # the smoke run only checks that every figure is measured
            timed_child([XINZHI, "refresh"], env(work / "warm-up", prefect_home, XINZHI_MIRROR="http://127.0.0.1:9",
                                                 XINZHI_RETRIES=0))
        full_flow, _, first_flow = timed_child([XINZHI, "refresh"], env(flow_home, prefect_home, XINZHI_MIRROR=url,
                                                                        XINZHI_RATE=50))
        assert first_flow.returncode == 0, first_flow.stderr
        none_plain, _, _ = timed_child([XINZHI, "refresh", "--plain"], env(plain_home, XINZHI_MIRROR=url, XINZHI_RATE=50))
        # the smoke run (CI) does not repeat the flow's run: the start-up split is `make bench`'s
        none_flow = timed_child([XINZHI, "refresh"], env(flow_home, prefect_home, XINZHI_MIRROR=url,
                                                         XINZHI_RATE=50))[0] if warm_up else None
    from xinzhi.archive import Archive
    fetches = Archive(plain_home / "archive").fetches()
    runs = _split_runs(fetches)
    full_bytes = sum(f.bytes for f in runs[0])
    second = runs[1]
    articles = sum(1 for f in second if f.role == "article")
    lists = sorted({f.url for f in second})
    conditional_ok = all(f.status == 304 for f in second) and len(second) == len(lists)
    record("2 nothing new: requests", f"{len(second)} ({articles} article requests, all 304: {conditional_ok})",
           f"{len(lists)} lists and feeds, one conditional request each", f"{len(second) / len(lists):.2f} per list", "≤ 1 per list, 0 articles")
    second_bytes = sum(f.bytes for f in second)
    record("2 nothing new: bytes downloaded", f"{second_bytes} B", f"{full_bytes} B (full fetch)",
           f"{100 * second_bytes / full_bytes:.1f} %", "< 5 %")
    if none_flow is None:
        record("2 nothing new: wall time", f"{none_plain:.1f} s without Prefect (with Prefect: not in the smoke run)",
               f"{none_plain:.1f} s (work)", "—", "split shown")
        record("6 orchestration: full refresh", f"{full_flow:.1f} s with Prefect", f"{full_plain:.1f} s without",
               f"{full_flow / full_plain:.2f}× (start-up not split in the smoke run)", "≤ 1.3× + fixed start-up")
        return
    record("2 nothing new: wall time", f"{none_flow:.1f} s with Prefect, {none_plain:.1f} s without",
           f"{none_plain:.1f} s (work)", f"start-up {none_flow - none_plain:.1f} s", "split shown")
    overhead = (full_flow - (none_flow - none_plain)) / full_plain
    record("6 orchestration: full refresh", f"{full_flow:.1f} s with Prefect", f"{full_plain:.1f} s without",
           f"{overhead:.2f}× + {none_flow - none_plain:.1f} s start-up", "≤ 1.3× + fixed start-up")


def _split_runs(fetches):
    """The fetch log in runs: a run starts at a feed request."""
    runs = []
    for record_ in fetches:
        if record_.role == "feed" or not runs:
            runs.append([])
        runs[-1].append(record_)
    return runs


# ------------------------------------------------------------------ 3 backfill

def backfill(work: Path, n: int, rate: float = 4.0, latency: float = 0.1) -> None:
    from xinzhi.mirror import Mirror

    folder = work / "backfill-mirror"
    list_pages = corpus.nbs_mirror(folder, n)
    home = work / "backfill"
    with Mirror(folder, latency=latency) as url:
        wall, rss, done = timed_child([XINZHI, "refresh", "--plain"],
                                      env(home, XINZHI_MIRROR=url, XINZHI_RATE=rate, XINZHI_START="1970-01-01"))
    from xinzhi.archive import Archive
    by_host: dict[str, int] = {}
    for f in Archive(home / "archive").fetches():
        host = f.url.split("/")[2]
        by_host[host] = by_host.get(host, 0) + 1
    bound = max(by_host.values()) / rate
    articles = sum(1 for f in Archive(home / "archive").fetches() if f.role == "article")
    record(f"3 backfill ({articles} releases, {list_pages} list pages, {latency * 1000:.0f} ms latency, {rate:g}/s per host)",
           f"{wall:.1f} s", f"{bound:.1f} s (requests ÷ rate: {by_host})", f"{wall / bound:.2f}×", "≤ 1.15×")
    return home, rss


# ------------------------------------------------------------------ 4 + 7 rebuild and memory

def rebuild(work: Path, n: int) -> None:
    from xinzhi.archive import Archive, FetchRecord
    from xinzhi.config import Settings
    from xinzhi.pipeline import parse_archive

    home = work / "rebuild"
    archive = Archive(home / "archive")
    for url, body in corpus.pages(n):
        sha = archive.put(body)
        archive.log_fetch(FetchRecord(url, "article", datetime.now(timezone.utc).isoformat(), 200, sha, None, None,
                                      len(body), "text/html"))
    import great_expectations  # noqa: F401  (imported before timing: import is start-up, not work)

    from xinzhi.pipeline import rebuild as rebuild_all
    start = time.perf_counter()
    parsed, _ = parse_archive(Archive(Settings(home=home).archive_dir))
    parse_only = time.perf_counter() - start
    start = time.perf_counter()
    rebuild_all(Settings(home=home))
    in_process = time.perf_counter() - start
    wall, rss, done = timed_child([XINZHI, "rebuild"], env(home))
    assert done.returncode == 0, done.stderr
    record(f"4 rebuild from the archive ({n} releases, {sum(len(r.observations) for r, _ in parsed)} figures)",
           f"{in_process:.1f} s (as `xinzhi rebuild`, with interpreter start and imports: {wall:.1f} s)",
           f"{parse_only:.1f} s (parsing alone)", f"{in_process / parse_only:.2f}×", "≤ 2×")
    return rss


# ------------------------------------------------------------------ 5 query latency

def query_latency(work: Path, years: int, runs: int, target: int) -> None:
    import duckdb

    from xinzhi import warehouse
    from xinzhi.pipeline import parse_page

    releases = [(parse_page(body, url), f"{i:064d}", "loaded") for i, (url, body) in enumerate(corpus.fixture_pages())]
    path = work / "scaled.duckdb"
    warehouse.build(path, fetches=[], discoveries=[], quarantine=[], data_label="official", releases=releases)
    con = duckdb.connect(str(path))
    per_month = con.execute("SELECT count(*) FROM core.observations").fetchone()[0]
    variants = max(1, round(target / (per_month * years * 12)))
    # Ten years of every release kind: each release copied back month by month, in as many
    # variants (other series of the same shape) as it takes to reach the target size.
    con.execute("""CREATE TEMP TABLE copies AS
            SELECT m AS k, v FROM range(0, ? * 12) AS a(m), range(0, ?) AS b(v) WHERE m > 0 OR v > 0""",
                [years, variants])
    con.execute("""
        INSERT INTO raw.releases
            SELECT r.* REPLACE (url || '?m=' || k || '&v=' || v AS url, published_at - to_months(k) AS published_at)
            FROM raw.releases r, copies;
        INSERT INTO core.observations
            SELECT o.* REPLACE (
                source_url || '?m=' || k || '&v=' || v AS source_url,
                published_at - to_months(k) AS published_at,
                indicator || CASE WHEN v > 0 THEN '_v' || v ELSE '' END AS indicator,
                CASE WHEN length(period) = 4 THEN CAST(CAST(period AS INT) - k // 12 AS VARCHAR)
                     ELSE strftime(strptime(period || '-01', '%Y-%m-%d') - to_months(k), '%Y-%m') END AS period,
                value + k / 100.0 AS value)
            FROM core.observations o, copies;
    """)
    figures = con.execute("SELECT count(*) FROM core.observations").fetchone()[0]
    for name, kind in con.execute("SELECT view_name, 'VIEW' FROM duckdb_views() WHERE schema_name = 'marts' UNION ALL "
                                  "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE schema_name = 'marts'").fetchall():
        con.execute(f'DROP {kind} marts."{name}"')
    start = time.perf_counter()
    warehouse.build_marts(con)       # the marts over the scaled data, as a build computes them
    marts_seconds = time.perf_counter() - start
    con.close()
    record(f"5 building every mart ({figures} observations)", f"{marts_seconds:.1f} s", "—", "—", "part of 4")
    con = duckdb.connect(str(path), read_only=True)
    for view, (p50, p95) in mart_latencies(con, runs).items():
        record(f"5 query latency marts.{view} ({figures} observations)", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
               "50 ms (goal)", f"{p95 / 50:.2f}× of the goal", "p95 < 50 ms")
    con.close()


def mart_latencies(con, runs: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms of reading 1000 rows of every mart, `runs` times each."""
    from xinzhi import warehouse

    latencies = {}
    for view in warehouse.mart_names(con):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            con.execute(f'SELECT * FROM marts."{view}" LIMIT 1000').fetchall()
            times.append((time.perf_counter() - start) * 1000)
        latencies[view] = statistics.median(times), sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    return latencies


def lake_publish(work: Path, runs: int) -> None:
    """The scaled warehouse of figure 5 published into a DuckLake: first (every table written),
    again with nothing changed (every table compared), and the marts read from the lake."""
    import duckdb

    sys.path.insert(0, str(ROOT / "tests"))
    from postgres import Postgres, bindir

    from xinzhi import lake
    from xinzhi.config import Settings

    scaled = work / "scaled.duckdb"
    if bindir() is None:
        record("8 DuckLake", "not measured: no PostgreSQL server binaries (Debian `postgresql`)", "—", "—", "—")
        return
    server = Postgres().start()
    try:
        settings = Settings(home=work / "lake-home", warehouse="ducklake",
                            ducklake_catalog="postgres:" + server.create_database("bench_lake"))
        con = duckdb.connect(str(scaled), read_only=True)
        figures = con.execute("SELECT count(*) FROM core.observations").fetchone()[0]
        floor_dir = work / "parquet-floor"
        floor_dir.mkdir()
        start = time.perf_counter()
        for schema, table in con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall():
            con.execute(f"COPY {schema}.\"{table}\" TO '{floor_dir / (schema + '.' + table)}.parquet' (FORMAT parquet)")
        floor = time.perf_counter() - start
        con.close()
        first, _ = timed(lambda: lake.publish(scaled, settings))
        again, _ = timed(lambda: lake.publish(scaled, settings))
        record(f"8 DuckLake publish ({figures} observations)", f"{first:.1f} s first, {again:.1f} s unchanged",
               f"{floor:.1f} s (the tables written as Parquet)", f"{first / floor:.2f}×", "shown (no goal)")
        reader = lake.connect(settings)
        worst = max(p95 for _, p95 in mart_latencies(reader, runs).values())
        reader.close()
        record("8 DuckLake mart reads (every mart, from the lake)", f"worst p95 {worst:.1f} ms", "50 ms (goal)",
               f"{worst / 50:.2f}× of the goal", "p95 < 50 ms")
    finally:
        server.stop()


def timed(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI")
    parser.add_argument("--write", action="store_true", help="write BENCHMARKS.md")
    args = parser.parse_args()
    sizes = dict(parse=60, backfill=10, rate=25, rebuild=12, years=1, runs=3, figures=20_000) if args.smoke else \
        dict(parse=1000, backfill=500, rate=4, rebuild=1000, years=10, runs=20, figures=1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parse_throughput(sizes["parse"])
        nothing_new_and_orchestration(work, warm_up=not args.smoke)
        _, backfill_rss = backfill(work, sizes["backfill"], rate=sizes["rate"])
        rebuild_rss = rebuild(work, sizes["rebuild"])
        record("7 memory: peak RSS", f"refresh (backfill) {backfill_rss} MiB, rebuild {rebuild_rss} MiB", "1024 MiB",
               f"{max(backfill_rss, rebuild_rss) / 1024:.2f}× of the goal", "< 1 GiB")
        query_latency(work, sizes["years"], sizes["runs"], sizes["figures"])
        lake_publish(work, sizes["runs"])
    report = _markdown(args.smoke)
    print(report)
    if args.write:
        (ROOT / "BENCHMARKS.md").write_text(report, encoding="utf-8")


def _markdown(smoke: bool) -> str:
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}"
    lines = ["# Benchmarks", "", f"Run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {machine}"
             f"{' (smoke sizes)' if smoke else ''}; `make bench` (scripts in `benchmarks/`).", "",
             "| figure | measured | floor | ratio | goal |", "|---|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in results]
    return "\n".join(lines) + "\n" + (HERE / "history.md").read_text(encoding="utf-8")


if __name__ == "__main__":
    main()
