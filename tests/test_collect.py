"""How a refresh adds up its collect runs (one per publisher, possibly on other workers)."""
from xinzhi.outcome import EXIT_FAILED, EXIT_NOTHING, EXIT_OK, NOTHING_FETCHED, Outcome, exit_code, one_problem

NOTHING = "; " + NOTHING_FETCHED


def test_the_parts_problems_become_one_line_saying_once_that_nothing_was_fetched():
    assert one_problem([], 2) is None
    both = one_problem(["cannot reach www.stats.gov.cn (x)" + NOTHING, "cannot reach www.miit.gov.cn (y)" + NOTHING], 2)
    assert both == "cannot reach www.stats.gov.cn (x); cannot reach www.miit.gov.cn (y)" + NOTHING
    # one publisher down: the other's releases were fetched, so the line must not say nothing was
    one = one_problem(["cannot reach www.miit.gov.cn (y)" + NOTHING], 2)
    assert one == "cannot reach www.miit.gov.cn (y)"


def test_outcomes_of_the_parts_add_up():
    nbs = Outcome(new_discoveries=3, fetched=2, fetch_errors=["a"], requests=5, bytes=100)
    miit = Outcome(new_discoveries=1, fetched=1, problems=["p"], requests=7, bytes=50)
    nbs.add(miit)
    assert (nbs.new_discoveries, nbs.fetched, nbs.requests, nbs.bytes) == (4, 3, 12, 150)
    assert nbs.fetch_errors == ["a"] and nbs.problems == ["p"]


def test_exit_codes_tell_a_partial_run_from_one_that_read_nothing():
    ok = {"name": "nbs.list", "ok": True, "entries": 10}
    failed = {"name": "miit.txy", "ok": False, "entries": 0}
    degraded = {"name": "miit.rjy", "ok": False, "entries": 3}     # read through a fallback
    assert exit_code(Outcome(sources=[ok]), None) == EXIT_OK
    assert exit_code(Outcome(sources=[ok, failed]), "miit.txy: …") == EXIT_FAILED
    assert exit_code(Outcome(sources=[failed, degraded]), "…") == EXIT_FAILED
    assert exit_code(Outcome(sources=[failed, dict(failed, name="nbs.list")]), "…") == EXIT_NOTHING
    assert exit_code(Outcome(sources=[ok], fetch_errors=["x"]), "1 articles could not be fetched") == EXIT_FAILED
