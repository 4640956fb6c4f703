"""The polite client against a scripted loopback server standing in for the official host."""
import socket

import pytest
from scripted_server import Reply, ScriptedServer

from xinzhi.config import Settings
from xinzhi.fetch import BlockedError, Client, FetchError, HostNotAllowed, UnreachableError, check_official

URL = "https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
PATH = "/www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html"
PAGE = "<html><body><div class='TRS_Editor'><p>11月份，规模以上工业增加值同比实际增长4.8%。</p></div></body></html>".encode()


@pytest.fixture
def server():
    with ScriptedServer() as running:
        yield running


def client_for(server, **overrides):
    options = dict(mirror=server.url, rate=1000, backoff=0.01, retries=2, timeout=2)
    options.update(overrides)
    return Client(Settings(**options))


def test_mirror_rewrite_and_identifying_headers(server):
    server.script(PATH, Reply(200, PAGE, {"Content-Type": "text/html; charset=utf-8"}))
    response = client_for(server).get(URL, referer="https://www.stats.gov.cn/sj/zxfb/")
    assert response.status == 200 and "4.8%" in response.text()
    path, _, headers = server.hits[0]
    assert path == PATH
    # browser-like (MIIT answers 403 otherwise) and still naming the project
    assert headers["User-Agent"].startswith("Mozilla/5.0") and "xinzhi/" in headers["User-Agent"]
    assert headers["Referer"] == "https://www.stats.gov.cn/sj/zxfb/"


def test_transient_5xx_is_retried_then_succeeds(server):
    server.script(PATH, Reply(503), Reply(502), Reply(200, PAGE))
    assert client_for(server).get(URL).status == 200
    assert server.count(PATH) == 3


def test_persistent_5xx_fails_clearly_after_bounded_retries(server):
    server.script(PATH, Reply(500, b"oops"))
    with pytest.raises(FetchError) as error:
        client_for(server).get(URL)
    assert URL in str(error.value) and "500" in str(error.value)
    assert server.count(PATH) == 3  # one try and two retries, then stop


def test_429_honours_retry_after(server):
    server.script(PATH, Reply(429, b"slow down", {"Retry-After": "1"}), Reply(200, PAGE))
    client_for(server).get(URL)
    (_, first, _), (_, second, _) = server.hits
    assert second - first >= 0.9


def test_conditional_get_and_304(server):
    server.script(PATH, Reply(304, b"", {"ETag": '"abc"'}))
    response = client_for(server).get(URL, etag='"abc"', last_modified="Mon, 15 Dec 2025 02:00:00 GMT")
    assert response.status == 304 and response.body is None
    headers = server.hits[0][2]
    assert headers["If-None-Match"] == '"abc"' and headers["If-Modified-Since"].startswith("Mon, 15 Dec 2025")


@pytest.mark.parametrize("reply, words", [
    (Reply(403, "<html><title>403 Forbidden</title></html>".encode()), "HTTP 403"),
    (Reply(200, "<html><head><title>访问验证</title></head><body><noscript>请启用JavaScript后刷新页面</noscript>"
                "<script>var wzws_cid='x';</script></body></html>".encode()), "verification"),
    (Reply(200, b"<html><body><noscript>Please enable JavaScript and refresh</noscript></body></html>"), "JavaScript"),
])
def test_block_and_verification_pages_are_errors(server, reply, words):
    server.script(PATH, reply)
    with pytest.raises(BlockedError) as error:
        client_for(server).get(URL)
    assert words in str(error.value) and URL in str(error.value)


def test_redirect_off_the_allow_list_is_refused(server):
    server.script(PATH, Reply(302, b"", {"Location": "https://evil.example.com/x.html"}))
    with pytest.raises(HostNotAllowed) as error:
        client_for(server).get(URL)
    assert str(error.value).startswith(f"{URL}: redirected to https://evil.example.com/x.html: not an allow-listed")
    assert server.count("/evil.example.com/x.html") == 0


def test_redirect_within_the_official_host_is_followed(server):
    server.script(PATH, Reply(301, b"", {"Location": "/www.stats.gov.cn/sj/zxfb/moved.html"}))
    server.script("/www.stats.gov.cn/sj/zxfb/moved.html", Reply(200, PAGE))
    assert client_for(server).get(URL).status == 200


def test_body_size_cap(server):
    server.script(PATH, Reply(200, b"x" * 5000))
    with pytest.raises(FetchError) as error:
        client_for(server, max_bytes=1000).get(URL)
    assert "cap" in str(error.value)


def test_gbk_page_labelled_utf8_is_read_right(server):
    body = "<html><head><meta charset='utf-8'></head><body><p>规模以上工业增加值同比增长4.8%</p></body></html>".encode("gbk")
    server.script(PATH, Reply(200, body, {"Content-Type": "text/html; charset=utf-8"}))
    assert "规模以上工业增加值同比增长4.8%" in client_for(server).get(URL).text()


def test_unreachable_host_names_the_host():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = Client(Settings(mirror=f"http://127.0.0.1:{port}", retries=1, backoff=0.01, timeout=1))
    with pytest.raises(UnreachableError) as error:
        client.get(URL)
    assert error.value.host == "www.stats.gov.cn" and "cannot reach www.stats.gov.cn" in str(error.value)


class FakeClock:
    """A clock that moves only when the client sleeps (or the test says time passed)."""

    def __init__(self):
        self.now, self.slept = 1000.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_per_host_rate_limit_spaces_requests_on_the_clients_clock(server):
    server.script(PATH, Reply(200, PAGE))
    server.script("/www.miit.gov.cn/gxsj/tjfx/txy/index.html", Reply(200, PAGE))
    clock = FakeClock()
    client = Client(Settings(mirror=server.url, rate=20, backoff=0.01, retries=2, timeout=5),
                    clock=clock, sleep=clock.sleep)
    started = []
    for _ in range(4):
        client.get(URL)
        started.append(clock.now)                    # the clock only moves in the client's sleeps
    assert [round(b - a, 6) for a, b in zip(started, started[1:])] == [0.05, 0.05, 0.05]
    client.get("https://www.miit.gov.cn/gxsj/tjfx/txy/index.html")   # another host: not held back
    assert clock.slept == [0.05, 0.05, 0.05]
    clock.now += 0.03                                # time spent elsewhere counts towards the wait
    client.get(URL)
    assert clock.slept[-1] == 0.02
    clock.now += 10                                  # long after: no wait at all
    client.get(URL)
    assert len(clock.slept) == 4 and server.count(PATH) == 6


@pytest.mark.parametrize("url", ["https://example.com/a.html", "ftp://www.stats.gov.cn/a", "file:///etc/passwd",
                                 "https://www.stats.gov.cn.evil.com/a.html"])
def test_only_official_hosts(url):
    with pytest.raises(HostNotAllowed):
        check_official(url)
