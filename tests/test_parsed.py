"""Parsed releases kept beside the archive (team set-up): read back exactly as parsed, and never
read for other code, another body, URL, content type or list date."""
import pytest
from test_parse_releases import PAGES, url_of

from xinzhi import parsed, pipeline
from xinzhi.archive import Archive, Discovery, FetchRecord
from xinzhi.parsed import ParsedCache
from xinzhi.pipeline import parse_page


@pytest.mark.parametrize("path", [p for p, *_ in PAGES], ids=lambda p: p.name)
def test_a_kept_release_reads_back_equal_to_the_parse(tmp_path, path):
    release = parse_page(path.read_bytes(), url_of(path))
    cache = ParsedCache(tmp_path)
    key = cache.key(release.url, "a" * 64, "text/html; charset=utf-8", "2025-12-15")
    assert cache.get(key) is None
    cache.put(key, release)
    assert cache.get(key) == release and cache.hits == 1


def test_any_input_of_the_parse_names_another_entry(tmp_path, monkeypatch):
    key = ParsedCache.key
    base = key("https://www.stats.gov.cn/a.html", "a" * 64, "text/html", "2025-12-15")
    assert len({base, key("https://www.stats.gov.cn/b.html", "a" * 64, "text/html", "2025-12-15"),
                key("https://www.stats.gov.cn/a.html", "b" * 64, "text/html", "2025-12-15"),
                key("https://www.stats.gov.cn/a.html", "a" * 64, "text/html; charset=gbk", "2025-12-15"),
                key("https://www.stats.gov.cn/a.html", "a" * 64, "text/html", None)}) == 5
    path = PAGES[0][0]
    release = parse_page(path.read_bytes(), url_of(path))
    ParsedCache(tmp_path).put(base, release)
    monkeypatch.setattr(parsed, "fingerprint", lambda: "0" * 64)     # other parsing code
    assert ParsedCache(tmp_path).get(base) is None


def test_the_fingerprint_covers_the_parsers_and_the_catalogue():
    files = {p.name for p in parsed.PACKAGE.rglob("*.py")}
    assert {"reader.py", "monthly_overview.py", "cn.py", "nbs.py", "miit.py"} <= files
    assert parsed.CATALOGUE.name == "indicators.csv" and parsed.CATALOGUE.exists()
    assert len(parsed.fingerprint()) == 64


def test_parse_archive_reads_kept_releases_and_parses_the_rest(tmp_path):
    archive = Archive(tmp_path / "archive")
    for path, *_ in PAGES[:4]:
        url = url_of(path)
        sha = archive.put(path.read_bytes())
        archive.log_fetch(FetchRecord(url, "article", "2026-01-01T00:00:00+00:00", 200, sha, None, None, 1,
                                      "text/html; charset=utf-8"))
        archive.log_discovery(Discovery(url, "", None, "monthly_overview", "list", "2026-01-01T00:00:00+00:00"))
    fresh, _ = pipeline.parse_archive(archive)
    first = ParsedCache(archive.root)
    assert pipeline.parse_archive(archive, cache=first)[0] == fresh and first.hits == 0
    second = ParsedCache(archive.root)
    entries = sorted(second.folder.glob("*.json"))
    assert len(entries) == 4
    entries[0].write_text('{"url": "torn', encoding="utf-8")          # a crash mid-write: parsed again
    assert pipeline.parse_archive(archive, cache=second)[0] == fresh and second.hits == 3
    assert pipeline.parse_archive(archive, groups=["miit"])[0] == []     # these are NBS pages


def test_a_one_process_run_parses_only_what_it_fetched_and_keeps_no_parse_of_other_code(
        clean_run, tmp_path, monkeypatch, gx_home):
    from conftest import MIRROR, copy_home, refresh_plain, fixture_totals

    home = copy_home(clean_run, tmp_path / "home")
    stale = home / "archive" / "parsed" / ("0" * 20)          # parses of other code
    stale.mkdir(parents=True)
    (stale / "x.json").write_text("{}", encoding="utf-8")
    parses = []
    real = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda *args, **kwargs: parses.append(args[1]) or real(*args, **kwargs))
    for name, value in dict(HOME=str(home), GX_HOME=str(gx_home), RATE="2000", DATA_LABEL="fixture").items():
        monkeypatch.setenv(f"XINZHI_{name}", value)
    outcome, problem = refresh_plain(MIRROR)                  # nothing new: every page as the clean run parsed it
    assert problem is None and outcome.fetched == 0 and outcome.observations == fixture_totals().figures
    # only the page published as an attachment (a parse that fails is never kept) is read again
    assert len(parses) == 1 and "0c2e4a6b8d0f" in parses[0]
    assert not stale.exists() and [p.name for p in (home / "archive" / "parsed").iterdir()] == \
        [ParsedCache(home / "archive").folder.name]
