"""Runs as a person or a scheduler starts them (real `xinzhi` processes): the demo goes through
the Prefect flow, and healthy runs, one after another or two at once, print no traceback and
no ERROR line."""
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from conftest import fixture_totals

XINZHI = str(Path(sys.executable).parent / "xinzhi")
TASKS = {"discover", "fetch-and-archive", "parse", "validate", "load-and-publish"}


def quiet(output: str) -> None:
    """A healthy run's output: no traceback, no ERROR line."""
    assert "Traceback" not in output, output
    assert not [line for line in output.splitlines() if "| ERROR" in line or " ERROR " in line], output


def test_the_demo_runs_the_flow_with_its_task_runs_and_artifacts(prefect_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (ArtifactFilter, ArtifactFilterFlowRunId, FlowFilter, FlowFilterName,
                                                FlowRunFilter, FlowRunFilterId, FlowRunFilterStartTime)
    from prefect.settings import PREFECT_API_URL

    started = datetime.now(timezone.utc)
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), XINZHI_HOME=str(tmp_path / "demo"))
    result = subprocess.run([XINZHI, "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    quiet(result.stdout + result.stderr)
    assert f"xinzhi: refresh done: {fixture_totals().releases} releases" in result.stdout
    assert (tmp_path / "demo" / "xinzhi.duckdb").exists() and (tmp_path / "demo" / "report.html").exists()
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["refresh"])),
                                     flow_run_filter=FlowRunFilter(start_time=FlowRunFilterStartTime(after_=started)))
        assert len(runs) == 1 and runs[0].state.is_completed()
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[runs[0].id])))
        assert TASKS <= {t.name.rsplit("-", 1)[0] for t in tasks}
        assert all(t.state.is_completed() for t in tasks)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[runs[0].id])))
    keys = {a.key for a in artifacts}
    assert {"refresh-summary", "target-scorecard"} <= keys
    summary = next(a for a in artifacts if a.key == "refresh-summary").data
    assert "FIXTURE DATA" in summary and "| nbs.list | yes |" in summary


def test_healthy_runs_at_once_and_in_a_row_print_no_traceback(tmp_path, mirror, gx_home):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}     # each run its temporary server
    # The session's Great Expectations project: a batch it saw pass is not validated again (the demo
    # above validates in a process of its own, in its own project).
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), XINZHI_MIRROR=mirror, XINZHI_RATE="2000",
               XINZHI_GX_HOME=str(gx_home))

    def start(home: str):
        return subprocess.Popen([XINZHI, "refresh"], env=dict(env, XINZHI_HOME=str(tmp_path / home)),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    # two at once on a Prefect home that has no concurrency limits yet (both want to create them)
    first, second = start("one"), start("two")
    outputs = [first.communicate(timeout=300)[0], second.communicate(timeout=300)[0]]
    assert first.returncode == second.returncode == 0, outputs
    # and one more after them
    again = start("one")
    outputs.append(again.communicate(timeout=300)[0])
    assert again.returncode == 0, outputs[-1]
    for output in outputs:
        quiet(output)
        # the verdict is the last line, after the temporary server's shutdown
        assert output.strip().splitlines()[-1] == (f"xinzhi: refresh done: {fixture_totals().releases} releases, "
                                                         f"{fixture_totals().figures} observations")
    # the temporary servers registered no block type (a run uses none; ≈ 5 s of CPU on a fresh home)
    with sqlite3.connect(tmp_path / "prefect" / "prefect.db") as db:
        assert db.execute("SELECT count(*) FROM block_type").fetchone() == (0,)
