"""Great Expectations validation of parsed observations, before anything is loaded.

The suite is the JSON in expectations/ (the source of truth). Every batch runs
through a GX checkpoint on a file context under XINZHI_HOME, which also builds the
Data Docs there. Failures are traced back to the releases whose rows broke them, so
one bad page is quarantined and the rest of the batch still loads.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from . import clock
from .cn import decimals, rounded
from .model import Observation

EXPECTATIONS = Path(__file__).resolve().parents[2] / "expectations"
log = logging.getLogger("xinzhi")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def beijing_now() -> datetime:
    """Release times are printed in Beijing time, without a zone: compare like with like."""
    return clock.now(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)


def observations_frame(observations: list[Observation], now: datetime | None = None) -> pd.DataFrame:
    """The batch as GX sees it: contract fields plus the derived check columns."""
    now = now or beijing_now()
    frame = pd.DataFrame([o.to_dict() for o in observations])
    if frame.empty:
        return frame
    # The same types whatever the batch holds (a column all None is otherwise of another type than one
    # with a value): a release's rows are then the same rows in any batch (validate's memory).
    frame = frame.astype(_TYPES)
    published = pd.to_datetime(frame["published_at"])
    frame["period_start"] = pd.to_datetime(frame["period"].map(_period_start), errors="coerce")
    frame["published_in_future"] = published > pd.Timestamp(now)
    frame["published_at"] = published
    return frame


_TYPES = {"value": "float64", "check_value": "float64", "universe": "float64", "bound": "float64",
          "relative_to": "str", "base_period": "str", "base_period_type": "str", "agrees": "object"}


def _period_start(period: str) -> str:
    return f"{period}-01-01" if len(period) == 4 else f"{period}-01"


def load_suite(name: str = "observations"):
    import great_expectations as gx

    data = json.loads((EXPECTATIONS / f"{name}.json").read_text(encoding="utf-8"))
    return gx.ExpectationSuite(**data)


_KEY = ["indicator", "dimension", "period", "period_type", "measure", "relative_to", "base_period", "base_period_type",
        "unit"]


def cross_check_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Pairs of the same figure printed by two release kinds (the latest release of each
    kind), rounded to the precision both print, for the cross-check suite. Statistical releases only:
    a ministry's statement rounds and dates its figures its own way (目前 … 459.8万个) and never
    holds back a release."""
    columns = _KEY + ["kind_a", "url_a", "value_a", "kind_b", "url_b", "value_b", "rounded_a", "rounded_b",
                      "published_a", "published_b"]
    if not frame.empty:
        frame = frame[frame["evidence"] == "statistics"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    latest = (frame.sort_values("published_at")
              .drop_duplicates(_KEY + ["release_kind"], keep="last"))
    side = latest[_KEY + ["release_kind", "source_url", "value", "published_at"]].rename(
        columns={"release_kind": "kind", "source_url": "url", "published_at": "published"})
    pairs = side.merge(side, on=_KEY, suffixes=("_a", "_b"))        # NaN keys (no relative_to) match NaN
    pairs = pairs[pairs["kind_a"] < pairs["kind_b"]].sort_values(_KEY + ["kind_a", "kind_b"], na_position="first")
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    places = [min(decimals(a), decimals(b)) for a, b in zip(pairs["value_a"], pairs["value_b"])]
    pairs["rounded_a"] = [rounded(v, p) for v, p in zip(pairs["value_a"], places)]
    pairs["rounded_b"] = [rounded(v, p) for v, p in zip(pairs["value_b"], places)]
    return pairs[columns].reset_index(drop=True)


def validate(frame: pd.DataFrame, home: Path, named: pd.DataFrame | None = None) -> dict[str, list[str]]:
    """Reasons per release URL whose rows fail a suite; {} when the batch passes.

    What passed before, as it is now, is not validated again: a release whose rows are row for row
    those of a release that passed the observations suite (every expectation there is a function of
    one release's rows: tests/test_validation.py), and pairs of figures that passed the cross-checks
    as they are. A run that found nothing new validates nothing; a run that found a new release
    validates its rows and the cross-checks; the Data Docs keep each result where it was made."""
    named = named if named is not None else pd.DataFrame()
    if frame.empty and named.empty:
        return {}
    passed = _passed_batches(home)
    prints = _release_prints(frame) if not frame.empty else {}
    named_prints = _release_prints(named, "named_figures") if not named.empty else {}
    new = [url for url, print_ in prints.items() if print_ not in passed]
    named_new = [url for url, print_ in named_prints.items() if print_ not in passed]
    rows = frame[frame["source_url"].isin(new)].reset_index(drop=True) if not frame.empty else frame
    named_rows = named[named["source_url"].isin(named_new)].reset_index(drop=True) if not named.empty else named
    pairs = cross_check_frame(frame)
    pairs_print = _fingerprint(pairs, "cross_checks") if not pairs.empty else None
    if pairs_print in passed:
        pairs = pairs.iloc[0:0]
    if rows.empty and pairs.empty and named_rows.empty:
        log.info("validation: the %d rows of %d releases passed both suites before; not validated again",
                 len(frame), len(prints))
        return {}
    if len(new) < len(prints):
        log.info("validation: %d of %d releases passed before as they are; validating the %d rows of the other %d",
                 len(prints) - len(new), len(prints), len(rows), len(new))
    failures, pairs_failed = _validate(rows, pairs, home, named_rows)
    good = [print_ for found in (prints, named_prints) for url, print_ in found.items()
            if url not in failures]       # the batch's, kept latest
    if pairs_print and not pairs.empty and not pairs_failed:
        good.append(pairs_print)
    _remember_pass(home, passed, good)
    return failures


def _validate(rows: pd.DataFrame, pairs: pd.DataFrame, home: Path,
              named: pd.DataFrame) -> tuple[dict[str, list[str]], bool]:
    """The observations suite on `rows`, the named figures' on `named` and the cross-checks on `pairs` (any
    may be empty): reasons per release URL, and whether any pair failed."""
    failures: dict[str, list[str]] = {}
    documented: list = []              # what the Data Docs update renders: the new results and their suites
    for suite, batch in (("observations", rows), ("named_figures", named)):
        if batch.empty:
            continue
        result = _run_checkpoint(batch, home, suite, documented)
        all_urls = sorted(batch["source_url"].unique())
        for item, failing in _failed_rows(result, batch, home, suite):
            reason = _describe(item.expectation_config, item.result)
            urls = sorted({batch.loc[_row_index(r), "source_url"] for r in failing}) if failing else all_urls
            for url in urls:
                failures.setdefault(url, []).append(reason)
    pairs_failed = not pairs.empty and _cross_check(pairs, home, failures, documented)
    # Both results in one Data Docs update (its templates are compiled afresh on every build).
    _context(_key(home)).build_data_docs(site_names=["local_site"], resource_identifiers=documented)
    return failures, pairs_failed


def _header(frame: pd.DataFrame, suite: str) -> bytes:
    """The columns, their types and the suite the rows are checked against."""
    return json.dumps([list(frame.columns), [str(t) for t in frame.dtypes]]).encode() + \
        (EXPECTATIONS / f"{suite}.json").read_bytes()


def _fingerprint(frame: pd.DataFrame, suite: str) -> str:
    """The frame's rows and columns with the suite they would be checked against."""
    digest = hashlib.sha256(_header(frame, suite))
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()[:32]


def _release_prints(frame: pd.DataFrame, suite: str = "observations") -> dict[str, str]:
    """Each release's fingerprint: its rows (in any order), the columns and the suite they pass."""
    header = _header(frame, suite)
    hashes = pd.Series(pd.util.hash_pandas_object(frame, index=False).to_numpy(), index=frame["source_url"].to_numpy())
    prints = {}
    for url, values in hashes.groupby(level=0, sort=False):
        digest = hashlib.sha256(header + url.encode())
        digest.update(values.sort_values().to_numpy().tobytes())
        prints[url] = digest.hexdigest()[:32]
    return prints


def _passed_file(home: Path) -> Path:
    return Path(home) / "gx" / "uncommitted" / "passed_batches.json"


def _passed_batches(home: Path) -> dict[str, str]:
    """Fingerprints of the releases and cross-check batches that passed, the latest last, with when."""
    return _record(_passed_file(home))


def _record(path: Path) -> dict[str, str]:
    """A small JSON record this module keeps beside GX's stores; {} when unknown or unreadable."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _remember_pass(home: Path, passed: dict[str, str], fingerprints: list[str]) -> None:
    """Adds what passed now; the latest PASSED_KEPT are kept (what a run checked, last: never the first dropped)."""
    if not fingerprints:
        return
    now = clock.now(None).astimezone().strftime("%Y-%m-%d %H:%M")
    kept = set(fingerprints)
    passed = {k: v for k, v in passed.items() if k not in kept}
    passed.update((fingerprint, now) for fingerprint in fingerprints)
    _write_atomically(_passed_file(home), json.dumps(dict(list(passed.items())[-PASSED_KEPT:])))


def _cross_check(pairs: pd.DataFrame, home: Path, failures: dict[str, list[str]], documented: list) -> bool:
    """A figure two releases print differently: both are held back, each naming the other. Against
    the data portal, the later-arriving of the two is held back (the other was already checked and
    published), naming the earlier; nothing is resolved silently."""
    result = _run_checkpoint(pairs, home, "cross_checks", documented)
    failed = _failed_rows(result, pairs, home, "cross_checks")
    for _, rows in failed:
        for entry in rows:
            pair = pairs.loc[_row_index(entry)]
            what = f"{pair['indicator']} {pair['period']} {pair['period_type']} {pair['measure']}"
            sides = [("a", "b"), ("b", "a")]
            if "portal" in (pair["kind_a"], pair["kind_b"]):
                sides = [("a", "b")] if str(pair["published_a"]) >= str(pair["published_b"]) else [("b", "a")]
            for here, there in sides:
                failures.setdefault(pair[f"url_{here}"], []).append(
                    f"cross-check: {what} is {pair[f'value_{here}']} here but {pair[f'value_{there}']} "
                    f"in {pair[f'url_{there}']}")
    return bool(failed)


def _failed_rows(result, frame: pd.DataFrame, home: Path, name: str) -> list[tuple]:
    """(result, the indices of its failing rows) of each expectation that failed. The checkpoint runs
    with the BASIC result format (counts and a sample: what the Data Docs show), a third cheaper than
    COMPLETE; only the expectations that failed, if any, are run again with COMPLETE to name every
    failing row (a result not stored: the checkpoint's is)."""
    failed = [item for item in result.results if not item.success]
    if not failed:
        return []
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=f"{name}-failed", expectations=[
        gx.expectations.registry.get_expectation_impl(item.expectation_config.type)(**_kwargs(item))
        for item in failed])
    batch = _checkpoints(_key(home))[name].validation_definitions[0].batch_definition.get_batch(
        batch_parameters={"dataframe": frame})
    complete = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    return [(item, again.result.get("unexpected_index_list") or [])
            for item, again in zip(failed, complete.results)]


def _kwargs(item) -> dict:
    return {k: v for k, v in item.expectation_config.kwargs.items() if k not in ("batch_id", "result_format")}


def _row_index(entry):
    # GX gives plain indices for column expectations and dicts for multi-column ones.
    return entry if not isinstance(entry, dict) else entry.get("index", next(iter(entry.values())))


def _describe(config, result: dict) -> str:
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
    column = kwargs.get("column") or kwargs.get("column_list") or kwargs.get("column_A")
    sample = result.get("partial_unexpected_list") or []
    detail = f"; e.g. {sample[:3]}" if sample else ""
    condition = kwargs.get("row_condition")
    where = f" where {condition}" if condition else ""
    return f"{config.type} on {column}{where}: {result.get('unexpected_count', '?')} rows fail{detail}"


def _key(home: Path) -> str:
    return str(Path(home).resolve())


def _run_checkpoint(frame: pd.DataFrame, home: Path, name: str, documented: list):
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    from great_expectations.exceptions.resource_freshness import ResourceFreshnessAggregateError

    for attempt in range(3):
        try:
            run = _checkpoints(_key(home))[name].run(batch_parameters={"dataframe": frame})
            break
        except ResourceFreshnessAggregateError:
            # Another process (an overlapping run) registered the suites again in the same project
            # since this one did: register them again and run.
            if attempt == 2:
                raise
            _context.cache_clear()
            _checkpoints.cache_clear()
    identifier, result = next(iter(run.run_results.items()))
    documented += [identifier, ExpectationSuiteIdentifier(name=name)]
    return result


@lru_cache(maxsize=8)
def _context(home: str):
    """The GX file context under `home`, once per process and folder."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="file", project_root_dir=home)
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    # Data Docs show the latest runs: rendering every result ever stored made each run slower than the last.
    site = dict(context.get_config().data_docs_sites["local_site"])
    if site.get("site_index_builder", {}).get("validation_results_limit") != DATA_DOCS_RESULTS:
        site["site_index_builder"] = {"class_name": "DefaultSiteIndexBuilder", "validation_results_limit": DATA_DOCS_RESULTS}
        context.update_data_docs_site("local_site", site)
    return context


@lru_cache(maxsize=8)
def _checkpoints(home: str) -> dict:
    """A checkpoint per suite in the context under `home`, registered once per process and folder.

    Registering is GX comparing every expectation with every stored one, three times over (suite,
    validation definition, checkpoint): about a second of CPU for each process that validates. A home
    whose stored suite is the one registered from today's expectations/ file keeps its checkpoint,
    read back as it is; any change on either side registers again."""
    from great_expectations.exceptions import DataContextError

    context = _context(home)
    stamps = _registered(home)
    checkpoints = {}
    for name in SUITES:
        if stamps.get(name) == _suite_stamp(home, name):
            try:
                checkpoints[name] = context.checkpoints.get(name)
                continue
            except DataContextError:
                pass                       # the stamp outlived the checkpoint: register again
        checkpoints[name] = _register(context, name)
        stamps[name] = _suite_stamp(home, name)
    _write_atomically(_registered_file(home), json.dumps(stamps))
    return checkpoints


def _register(context, name: str):
    import great_expectations as gx

    suite = _put(context.suites, load_suite(name))
    source = context.data_sources.add_or_update_pandas(name)
    asset = next((a for a in source.assets if a.name == "batch"), None) or source.add_dataframe_asset("batch")
    batch_def = next((b for b in asset.batch_definitions if b.name == "whole"), None) \
        or asset.add_batch_definition_whole_dataframe("whole")
    definition = _put(context.validation_definitions, gx.ValidationDefinition(name=name, data=batch_def, suite=suite))
    return _put(context.checkpoints, gx.Checkpoint(
        name=name, validation_definitions=[definition], result_format={"result_format": RESULT_FORMAT}))


def _put(store, item):
    """`item` added to the project's `store`, or replacing the stored one of its name. Added first:
    add_or_update compares every expectation with the stored ones, in the suite and again in the
    validation definition and the checkpoint (≈ 3 s of CPU on a fresh home, with nothing to compare)."""
    from great_expectations.exceptions import DataContextError

    try:
        return store.add(item)
    except DataContextError:           # stored already (an earlier registration, or another process's)
        return store.add_or_update(item)


def _suite_stamp(home: str, name: str) -> str:
    """The suite's source file and the copy GX stores, together: either changing means registering again."""
    digest = hashlib.sha256((EXPECTATIONS / f"{name}.json").read_bytes() + RESULT_FORMAT.encode())
    try:
        digest.update((Path(home) / "gx" / "expectations" / f"{name}.json").read_bytes())
    except OSError:
        digest.update(b"not stored")
    return digest.hexdigest()


def _registered_file(home: str) -> Path:
    return Path(home) / "gx" / "uncommitted" / "registered_suites.json"


def _registered(home: str) -> dict[str, str]:
    return _record(_registered_file(home))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")     # overlapping runs: the last write wins
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


SUITES = ("observations", "cross_checks", "named_figures")
RESULT_FORMAT = "BASIC"   # the checkpoints' (a project registered with another is registered again)
PASSED_KEPT = 50_000      # fingerprints of releases and cross-check batches that passed, the latest kept
DATA_DOCS_RESULTS = 40    # results in the Data Docs index: the latest 20 runs of both suites (all kept on disk)


def data_docs_index(home: Path) -> Path:
    return Path(home) / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
