"""docs/: the dictionary is what the warehouse says of itself; the example queries run."""
import re
from pathlib import Path

import duckdb
import pytest
from conftest import build_fixture_warehouse

from xinzhi import dictionary, warehouse

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def fixture_warehouse(tmp_path_factory):
    return build_fixture_warehouse(tmp_path_factory.mktemp("docs") / "w.duckdb")


def test_the_dictionary_in_docs_is_up_to_date(tmp_path):
    database = tmp_path / "empty.duckdb"
    warehouse.build(database, fetches=[], discoveries=[], releases=[], quarantine=[], data_label="official")
    expected = dictionary.markdown(database)
    assert (DOCS / "data-dictionary.md").read_text(encoding="utf-8") == expected, "run `make docs`"
    for view in ("target_scorecard", "interview_claims", "key_industries_vs_plans", "revisions"):
        assert f"### `marts.{view}` (table)" in expected          # precomputed at build time
    assert "### `marts.freshness` (view)" in expected              # depends on today


def test_every_example_query_runs_and_answers(fixture_warehouse):
    text = (DOCS / "queries.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 7
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    answered = 0
    for block in blocks:
        for statement in filter(str.strip, block.split(";")):
            answered += bool(con.execute(statement).fetchall())
    assert answered >= 7   # all but the ones that are empty on fixture data (revisions)


def test_the_docs_command_writes_the_same_dictionary(tmp_path):
    import subprocess
    import sys
    xinzhi = str(Path(sys.executable).parent / "xinzhi")
    result = subprocess.run([xinzhi, "docs", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data-dictionary.md").read_text(encoding="utf-8") == \
        (DOCS / "data-dictionary.md").read_text(encoding="utf-8")
