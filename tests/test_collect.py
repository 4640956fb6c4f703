"""How a refresh adds up its collect runs (one per publisher, possibly on other workers)."""
from xinzhi import pipeline
from xinzhi.pipeline import one_problem

NOTHING = "; " + pipeline.NOTHING_FETCHED


def test_the_parts_problems_become_one_line_saying_once_that_nothing_was_fetched():
    assert one_problem([]) is None
    both = one_problem(["cannot reach www.stats.gov.cn (x)" + NOTHING, "cannot reach www.miit.gov.cn (y)" + NOTHING])
    assert both == "cannot reach www.stats.gov.cn (x); cannot reach www.miit.gov.cn (y)" + NOTHING
    # one publisher down: the other's releases were fetched, so the line must not say nothing was
    one = one_problem(["cannot reach www.miit.gov.cn (y)" + NOTHING])
    assert one == "cannot reach www.miit.gov.cn (y)"


def test_outcomes_of_the_parts_add_up():
    nbs = pipeline.Outcome(new_discoveries=3, fetched=2, fetch_errors=["a"], requests=5, bytes=100)
    miit = pipeline.Outcome(new_discoveries=1, fetched=1, problems=["p"], requests=7, bytes=50)
    nbs.add(miit)
    assert (nbs.new_discoveries, nbs.fetched, nbs.requests, nbs.bytes) == (4, 3, 12, 150)
    assert nbs.fetch_errors == ["a"] and nbs.problems == ["p"]
