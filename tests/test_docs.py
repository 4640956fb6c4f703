"""docs/: the dictionary is what the warehouse says of itself; the example queries run."""
import re
from pathlib import Path

import duckdb
import pytest

from xinzhi import dictionary, warehouse

DOCS = Path(__file__).resolve().parents[1] / "docs"


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


ROOT = DOCS.parent
README = ROOT / "README.md"
LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-'."""
    headings = re.findall(r"^#+ (.*)$", page.read_text(encoding="utf-8"), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", [README, *sorted(DOCS.glob("*.md"))], ids=lambda p: p.name)
def test_every_link_of_the_readme_and_the_docs_leads_somewhere(page):
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target}"
        if anchor and linked.suffix == ".md":
            assert anchor in anchors(linked), f"{page.name}: {target}"


def test_the_readme_is_short_shows_the_report_and_links_every_docs_page():
    text = README.read_text(encoding="utf-8")
    assert len(text.encode()) < 8 * 1024
    assert "![" in text and "(docs/report.png)" in text
    assert "make run" in text and "make test" in text
    linked = {(ROOT / target.partition("#")[0]).resolve() for target in LINK.findall(text)}
    assert set(DOCS.glob("*.md")) <= linked, "a docs page the README does not link"


def test_the_readmes_example_query_runs_and_answers(fixture_warehouse):
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    assert blocks and all(con.execute(block).fetchall() for block in blocks)
