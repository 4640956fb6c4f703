"""The `xinzhi` command. Errors are one line on stderr and a non-zero exit, never a traceback."""
from __future__ import annotations

import json
import logging
import os
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import typer

from .model import XinzhiError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Track China's industrial policy targets against the official NBS and MIIT releases.")

REPO = Path(__file__).resolve().parents[2]
FIXTURE_MIRROR = REPO / "tests" / "fixtures" / "mirror"


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"xinzhi: {message}", err=True)
    raise typer.Exit(code)


def _settings():
    """The settings, or one line naming the XINZHI_* variable that is wrong (exit 2)."""
    from pydantic import ValidationError

    from .config import Settings
    from .outcome import EXIT_CONFIG

    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"XINZHI_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        _fail(f"configuration error: {problems}", EXIT_CONFIG)


@app.command()
def refresh(plain: bool = typer.Option(False, "--plain", help="The same steps without Prefect, in this process "
                                                              "(no orchestration: for tests and benchmarks).")) -> None:
    """Run the Prefect flow once: discover, fetch, archive, parse, validate, load, publish.

    Exit codes: 0 done; 1 some sources or articles failed (the rest is loaded and published);
    2 configuration error; 3 no source could be read (the warehouse was rebuilt from the archive)."""
    _refresh(plain)


def _refresh(plain: bool) -> None:
    """The refresh command's body, for `demo` too (a Typer command called as a function would
    get its options' defaults as OptionInfo objects, which are truthy)."""
    _settings()
    if plain:
        return _refresh_plain()
    from .flow import refresh as refresh_flow
    from .flow import start_temporary_server

    start_temporary_server()
    state = refresh_flow(return_state=True)
    # The temporary Prefect server logs its shutdown at exit; our verdict should be the last line.
    logging.getLogger("prefect").setLevel(logging.WARNING)
    result = state.result(raise_on_failure=False)
    code = result.get("exit", 1) if isinstance(result, dict) else 1
    if not state.is_completed():
        _fail(state.message or "the refresh failed", code or 1)
    typer.echo(f"xinzhi: refresh done: {state.message}")


def _refresh_plain() -> None:
    from .outcome import exit_code
    from .pipeline import run

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("xinzhi")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    outcome, problem = run(_settings())
    if problem:
        _fail(problem, exit_code(outcome, problem))
    note = f"; {len(outcome.quarantined)} quarantined" if outcome.quarantined else ""
    typer.echo(f"xinzhi: refresh done: {outcome.releases_loaded} releases, {outcome.observations} observations{note}")


@app.command()
def rebuild() -> None:
    """Rebuild the whole warehouse from the raw archive, with no network. Exits 1 naming every
    archived copy that is damaged (its release is not loaded; the next refresh fetches it again)."""
    from .pipeline import rebuild as rebuild_all

    from rich.progress import track

    outcome = rebuild_all(_settings(), track=lambda pages, total: track(
        pages, total=total, description="parsing the archive", transient=True, disable=not sys.stderr.isatty()))
    typer.echo(f"xinzhi: rebuilt: {outcome.releases_loaded} releases, {outcome.observations} observations, "
               f"{len(outcome.quarantined)} quarantined")
    for url, reason in outcome.quarantined:
        typer.echo(f"  quarantined: {reason if reason.startswith(url) else f'{url}: {reason}'}")
    if outcome.damaged:
        _fail(f"{len(outcome.damaged)} archived pages are damaged and were not loaded: "
              + "; ".join(reason for _, reason in outcome.damaged))


@app.command()
def parse(file: Path = typer.Argument(..., help="A saved release or plan page (HTML)."),
          url: str = typer.Option(..., "--url", help="The official URL the page was saved from."),
          skipped: bool = typer.Option(False, "--skipped", help="Print what was read but not stored instead, with "
                                                                "the reason, and every unexplained number.")) -> None:
    """Print one saved page's figures as JSON lines (no network, no warehouse); for a plan document
    (a policy-file page), its targets; for a statement or a report, its figures, then the targets it restates."""
    from .fetch import check_official
    from .page import parse_page

    try:
        check_official(url)
        if not file.is_file():
            _fail(f"{file}: no such file")
        body = file.read_bytes()
        if not body.strip():
            _fail(f"{file}: the file is empty")
        if body.lstrip().startswith(b"%PDF"):
            _fail(f"{file}: a PDF, not an HTML release page")
        release = parse_page(body, url)
    except XinzhiError as exc:
        _fail(str(exc))
    if skipped:
        for clause, reason in release.not_stored():
            typer.echo(json.dumps({"clause": clause, "reason": reason}, ensure_ascii=False))
    elif release.document is not None:
        for target in release.targets:
            typer.echo(json.dumps({**target.to_dict(), **{k: v for k, v in release.document.items()
                                                           if k != "parser_version"}}, ensure_ascii=False))
    else:
        for obs in release.observations + release.named:   # (named: indicator 'named', the name as printed)
            typer.echo(json.dumps(obs.to_dict(), ensure_ascii=False))
        for target in release.targets:       # a statement's restated targets, after its figures
            typer.echo(json.dumps(target.to_dict(), ensure_ascii=False))
    for conflict in release.conflicts:
        typer.echo(f"xinzhi: warning: {url}: text and table disagree: {conflict}", err=True)


@app.command()
def export(parquet: Path = typer.Option(..., "--parquet", help="Folder to write one Parquet file per mart into."),
           as_of: str = typer.Option(None, "--as-of", help="DuckLake only: the warehouse as published at this "
                                                           "time, e.g. '2026-03-01 00:00:00+08'.")) -> None:
    """Write every marts view of the published warehouse as Parquet (read-only; safe during a refresh)."""
    from .warehouse import connect_published, export_parquet

    con = connect_published(_settings(), as_of=as_of)
    try:
        written = export_parquet(con, parquet)
    finally:
        con.close()
    typer.echo(f"xinzhi: wrote {len(written)} Parquet files to {parquet}")


@app.command()
def snapshots() -> None:
    """DuckLake only: every publish of the warehouse (snapshot id, time, schemas and tables it created or replaced)."""
    from . import lake

    settings = _settings()
    if settings.warehouse != "ducklake":
        _fail("snapshots need the DuckLake backend (XINZHI_WAREHOUSE=ducklake, docs/scaling.md)")
    con = lake.connect(settings)
    try:
        for snapshot_id, at, changes in lake.snapshots(con):
            changes = changes or {}
            changed = sorted(set(changes.get("tables_created", [])) | set(changes.get("schemas_created", [])))
            typer.echo(f"{snapshot_id}\t{at.isoformat()}\t{', '.join(changed) or '-'}")
    finally:
        con.close()


@app.command()
def docs(folder: Path = typer.Argument(Path("docs"), help="Where to write data-dictionary.md.")) -> None:
    """Write the data dictionary from an empty warehouse built from sql/ (no network, no data)."""
    import tempfile

    from . import dictionary, warehouse

    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "dictionary.duckdb"
        warehouse.build(database, fetches=[], discoveries=[], releases=[], quarantine=[], data_label="official")
        typer.echo(f"xinzhi: wrote {dictionary.write(database, folder)}")


@app.command()
def scorecard() -> None:
    """Print the target scorecard from the published warehouse."""
    _scorecard()


def _scorecard() -> None:
    from .report import scorecard_rows

    card = scorecard_rows(_settings())
    if card.label != "official":
        typer.echo(f"*** {card.label.upper()} DATA: built from test pages, not official figures ***")
    for row in card.unhealthy:
        health = dict(zip(card.health_columns, row))
        typer.echo(f"!!! source {health['source']} {health['status']} ({health['consecutive_failures']} reads in a row; "
                   f"last success {health['last_success'] or 'never'}): {health['last_failure_reason']}")
    shown = ["name_zh", "name_en", "status", "evidence", "actual", "actual_qualifier", "actual_period", "comparator",
             "target_value", "unit", "gap", "target_check"]
    index = [card.columns.index(c) for c in shown]
    table = [["target", "", *shown[2:]]] + [[_short("" if row[i] is None else str(row[i])) for i in index]
                                             for row in card.rows]
    widths = [max(_width(r[i]) for r in table) for i in range(len(shown))]
    for r in table:
        typer.echo("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(r, widths)).rstrip())
    statuses = Counter(row[card.columns.index("status")] for row in card.rows)
    scored = sum(statuses[s] for s in ("met", "on track", "off track", "unclear"))
    typer.echo(f"{len(card.rows)} targets: {scored} scored ({statuses['met']} met, {statuses['on track']} on track, "
               f"{statuses['off track']} off track, {statuses['unclear']} unclear), {statuses['no data yet']} no data yet, "
               f"{statuses['not scored']} not scored (no number)")
    checks = Counter(row[card.columns.index("target_check")] for row in card.rows)
    typer.echo(f"checked against their documents: {checks['confirmed']} confirmed, {checks['differs']} differ, "
               f"{checks['not found in document']} not found in document, "
               f"{checks['document not archived yet']} document not archived yet")


def _short(text: str, most: int = 50) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@app.command()
def mirror(folder: Path = typer.Argument(..., help="Folder laid out as HOST/PATH."),
           port: int = typer.Option(8765, help="Port on 127.0.0.1."),
           faults: Path = typer.Option(None, help="JSON {\"/HOST/PATH\": \"fault\"} read on every request "
                                                  "(faults are listed in xinzhi/mirror.py).")) -> None:
    """Serve a folder as a stand-in for the official sites (for XINZHI_MIRROR)."""
    import time

    from .mirror import Mirror

    if not folder.is_dir():
        _fail(f"{folder}: not a folder")
    if faults is not None and faults.exists():
        from .mirror import check_faults
        try:
            check_faults(json.loads(faults.read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError) as exc:   # JSONDecodeError is a ValueError
            _fail(f"{faults}: {exc}")
    with Mirror(folder, port, faults_file=faults) as url:
        typer.echo(f"serving {folder} at {url}  (export XINZHI_MIRROR={url})")
        while True:
            time.sleep(3600)


@app.command()
def limits() -> None:
    """Create the flow's Prefect concurrency limits on the server in PREFECT_API_URL, once, before
    several workers share it (docs/scaling.md); runs create missing ones themselves otherwise."""
    from .flow import all_limits, ensure_limits

    created = ensure_limits(all_limits())
    typer.echo(f"xinzhi: concurrency limits {', '.join(all_limits())}: "
               + (f"created {', '.join(created)}" if created else "all there already"))


@app.command()
def demo() -> None:
    """Run the whole flow against the bundled fixture pages into demo/ (labelled fixture data)."""
    from .mirror import Mirror

    os.environ.setdefault("XINZHI_HOME", "demo")
    os.environ["XINZHI_DATA_LABEL"] = "fixture"
    os.environ.setdefault("XINZHI_RATE", "50")
    os.environ.setdefault("XINZHI_PORTAL_THROUGH", "2026-03")     # the month the portal fixtures answer up to
    with Mirror(FIXTURE_MIRROR) as url:
        os.environ["XINZHI_MIRROR"] = url
        typer.echo(f"demo: serving the fixture pages at {url}; warehouse in {os.environ['XINZHI_HOME']}/ "
                   "(FIXTURE DATA, not official figures)")
        _refresh(plain=False)
    _scorecard()


def main() -> None:
    try:
        app()
    except XinzhiError as exc:
        typer.echo(f"xinzhi: {exc}", err=True)
        sys.exit(1)
