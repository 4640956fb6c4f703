import hashlib

import pytest

from xinzhi.archive import Archive, Damaged, FetchRecord


def record(url, sha, status=200):
    return FetchRecord(url, "article", "2025-12-15T02:00:00+00:00", status, sha, '"e"', None, 3, "text/html")


def test_bodies_are_stored_once_by_sha256(tmp_path):
    archive = Archive(tmp_path)
    sha = archive.put(b"abc")
    assert sha == hashlib.sha256(b"abc").hexdigest()
    assert archive.put(b"abc") == sha
    assert archive.get(sha) == b"abc"
    assert len(list((tmp_path / "objects").rglob("*"))) == 2  # one folder, one file, no temp files


def test_corrupt_object_is_detected(tmp_path):
    archive = Archive(tmp_path)
    sha = archive.put(b"abc")
    path = archive.path_of(sha)
    path.chmod(0o644)
    path.write_bytes(b"abd")
    with pytest.raises(Damaged, match="no longer matches its sha256"):
        archive.get(sha)
    assert not archive.intact(sha)
    path.unlink()
    with pytest.raises(Damaged, match="missing"):
        archive.get(sha)


def test_damaged_lists_the_urls_whose_last_copy_is_damaged(tmp_path):
    archive = Archive(tmp_path)
    good, bad = "https://www.stats.gov.cn/good.html", "https://www.stats.gov.cn/bad.html"
    archive.log_fetch(record(good, archive.put(b"good")))
    archive.log_fetch(record(bad, archive.put(b"bad")))
    archive.path_of(archive.put(b"bad")).chmod(0o644)
    archive.path_of(archive.put(b"bad")).write_bytes(b"bat")
    assert set(archive.damaged("article")) == {bad}


@pytest.mark.parametrize("name", ["../../etc/passwd", "a" * 63, "A" * 64, "/abs"])
def test_archive_names_cannot_escape(tmp_path, name):
    with pytest.raises(ValueError):
        Archive(tmp_path).path_of(name)


def test_log_survives_a_torn_line(tmp_path):
    archive = Archive(tmp_path)
    archive.log_fetch(record("https://www.stats.gov.cn/a.html", archive.put(b"a")))
    with open(archive.fetch_log_path, "a") as handle:
        handle.write('{"url": "https://www.stats.gov.cn/b.ht')   # a crash mid-append
    archive.log_fetch(record("https://www.stats.gov.cn/c.html", archive.put(b"c")))
    assert [r.url for r in archive.fetches()] == ["https://www.stats.gov.cn/a.html", "https://www.stats.gov.cn/c.html"]


def test_latest_body_and_validators(tmp_path):
    archive = Archive(tmp_path)
    url = "https://www.stats.gov.cn/sj/zxfb/"
    first = archive.put(b"v1")
    archive.log_fetch(FetchRecord(url, "list", "t1", 200, first, '"1"', "Mon", 2, None))
    archive.log_fetch(FetchRecord(url, "list", "t2", 304, None, '"1"', "Mon", 0, None))
    assert archive.last_archived(url).sha256 == first
    assert archive.latest_bodies("list")[url].sha256 == first


def test_writers_of_their_own_logs_are_read_together_in_time_order(tmp_path):
    nbs, miit = Archive(tmp_path, writer="nbs"), Archive(tmp_path, writer="miit")
    legacy = Archive(tmp_path)
    legacy.log_fetch(FetchRecord("https://www.stats.gov.cn/a.html", "article", "2026-01-01T00:00:01+00:00", 200,
                                 legacy.put(b"a"), None, None, 1, None))
    miit.log_fetch(FetchRecord("https://www.miit.gov.cn/m.html", "article", "2026-01-01T00:00:02+00:00", 200,
                               miit.put(b"m"), None, None, 1, None))
    nbs.log_fetch(FetchRecord("https://www.stats.gov.cn/a.html", "article", "2026-01-01T00:00:03+00:00", 200,
                              nbs.put(b"a2"), None, None, 2, None))
    assert nbs.fetch_log_path.name == "fetch_log.nbs.jsonl" and legacy.fetch_log_path.name == "fetch_log.jsonl"
    reader = Archive(tmp_path)
    assert [r.fetched_at[-7:-6] for r in reader.fetches()] == ["1", "2", "3"]
    assert reader.latest_bodies("article")["https://www.stats.gov.cn/a.html"].bytes == 2   # the later one
