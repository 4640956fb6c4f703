"""One polite HTTP client for every official host.

requests + urllib3's Retry do the retrying (connection errors, timeouts, 5xx, 429
with Retry-After); this module adds what they lack: the host allow-list, the mirror
rewrite, a per-host rate limit, conditional GET, a size cap, redirects checked hop by
hop, and recognition of block / verification pages.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import clock
from .config import Settings
from .html import decode_body
from .model import XinzhiError

ALLOWED_HOSTS = frozenset({"www.stats.gov.cn", "stats.gov.cn", "data.stats.gov.cn", "www.miit.gov.cn",
                           "wap.miit.gov.cn", "www.gov.cn"})
_MAX_REDIRECTS = 5


class FetchError(XinzhiError):
    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


class BlockedError(FetchError):
    """The site answered with a block or verification page instead of content."""


class HostNotAllowed(FetchError):
    pass


class RedirectedError(FetchError):
    """A redirect the caller asked not to follow (a POST's, or a GET's with `follow_redirects=False`):
    the data portal's WAF answers 307 until its cookie is set."""

    def __init__(self, url: str, status: int, location: str):
        self.status, self.location = status, location
        super().__init__(url, f"HTTP {status}: redirected to {location}")


class UnreachableError(FetchError):
    """No answer at all from the host after the retries (offline, DNS, refused)."""

    def __init__(self, url: str, reason: str):
        super().__init__(url, reason)
        self.host = urlsplit(url).hostname


@dataclass
class Response:
    url: str                   # the official URL asked for
    status: int                # 200 or 304
    body: bytes | None
    etag: str | None
    last_modified: str | None
    content_type: str | None
    fetched_at: str

    def text(self) -> str:
        return decode_body(self.body or b"", self.content_type)


def check_official(url: str) -> str:
    """The URL if it is http(s) on an allow-listed official host; else HostNotAllowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in ALLOWED_HOSTS:
        raise HostNotAllowed(url, f"not an allow-listed official host ({', '.join(sorted(ALLOWED_HOSTS))})")
    return url


class Client:
    def __init__(self, settings: Settings, clock=time.monotonic, sleep=time.sleep):
        """`clock` and `sleep` pace the requests (injected by tests, so that the spacing is checked
        on the client's own clock, not measured on a loaded machine)."""
        self.settings = settings
        self._clock, self._sleep = clock, sleep
        self.session = requests.Session()
        self.session.headers.update({
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "zh-CN,zh;q=0.9",
        })
        retry = Retry(total=settings.retries, connect=settings.retries, read=settings.retries,
                      status=settings.retries, backoff_factor=settings.backoff, backoff_max=60,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "POST"),
                      respect_retry_after_header=True, raise_on_status=False, redirect=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests_made = 0
        self.bytes_downloaded = 0

    # ------------------------------------------------------------ public
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            referer: str | None = None, follow_redirects: bool = True) -> Response:
        """A GET; redirects on the allow-list are followed hop by hop unless `follow_redirects` is
        False (RedirectedError, the caller decides)."""
        check_official(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if referer:
            headers["Referer"] = referer
        target = url
        for _ in range(_MAX_REDIRECTS + 1):
            reply = self._request(target, headers)
            if reply.is_redirect:
                location = reply.headers.get("Location", "")
                reply.close()
                target = self._unmirror(urljoin(self.wire_url(target), location))
                if not follow_redirects:
                    raise RedirectedError(url, reply.status_code, target)
                try:
                    check_official(target)
                except HostNotAllowed as exc:
                    raise HostNotAllowed(url, f"redirected to {target}: {exc.reason}") from None
                continue
            return self._finish(url, reply)
        raise FetchError(url, f"more than {_MAX_REDIRECTS} redirects")

    def post(self, url: str, body: bytes, referer: str | None = None, headers: dict | None = None) -> Response:
        """A POST of a JSON body (the data portal's data calls are POST only); a redirect is not
        followed (RedirectedError)."""
        check_official(url)
        sent = {"Content-Type": "application/json;charset=UTF-8", **(headers or {})}
        if referer:
            sent["Referer"] = referer
        reply = self._request(url, sent, method="POST", data=body)
        if reply.is_redirect:
            reply.close()
            raise RedirectedError(url, reply.status_code,
                                  self._unmirror(urljoin(self.wire_url(url), reply.headers.get("Location", ""))))
        return self._finish(url, reply)

    def wire_url(self, url: str) -> str:
        """XINZHI_MIRROR: https://HOST/PATH?Q is requested as MIRROR/HOST/PATH?Q."""
        if not self.settings.mirror:
            return url
        parts = urlsplit(url)
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        return f"{self.settings.mirror.rstrip('/')}/{parts.netloc}{rest}"

    # ------------------------------------------------------------ internals
    def _unmirror(self, wire: str) -> str:
        mirror = (self.settings.mirror or "").rstrip("/")
        if mirror and wire.startswith(mirror + "/"):
            return "https://" + wire[len(mirror) + 1:]
        return wire

    def _request(self, url: str, headers: dict, method: str = "GET", data: bytes | None = None) -> requests.Response:
        self._wait_turn(urlsplit(url).hostname or "")
        timeout = (self.settings.timeout, self.settings.timeout)
        try:
            reply = self.session.request(method, self.wire_url(url), headers=headers, data=data, timeout=timeout,
                                         stream=True, allow_redirects=False)
        except requests.exceptions.RetryError as exc:
            raise FetchError(url, f"gave up after {self.settings.retries} retries: {_root_cause(exc)}") from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise UnreachableError(url, f"cannot reach {urlsplit(url).hostname}: {_root_cause(exc)}") from None
        self.requests_made += 1
        return reply

    def _wait_turn(self, host: str) -> None:
        """Per-host politeness: at most `rate` requests per second to one host."""
        interval = 1.0 / self.settings.rate if self.settings.rate > 0 else 0.0
        with self._lock:
            now = self._clock()
            start = max(now, self._last.get(host, float("-inf")) + interval)
            self._last[host] = start
        if start > now:
            self._sleep(start - now)

    def _finish(self, url: str, reply: requests.Response) -> Response:
        fetched_at = clock.now_iso()
        status = reply.status_code
        if status == 304:
            reply.close()
            return Response(url, 304, None, reply.headers.get("ETag"), reply.headers.get("Last-Modified"),
                            None, fetched_at)
        body = self._read_capped(url, reply)
        if status in (401, 403, 412, 451):
            raise BlockedError(url, f"HTTP {status}: the site refused the request (blocked or needs verification)")
        if status == 429 or status >= 500:
            raise FetchError(url, f"HTTP {status} after {self.settings.retries} retries")
        if status != 200:
            raise FetchError(url, f"HTTP {status}")
        content_type = reply.headers.get("Content-Type")
        reason = block_page_reason(decode_body(body, content_type))
        if reason:
            raise BlockedError(url, f"HTTP 200 but a {reason}, not content")
        return Response(url, 200, body, reply.headers.get("ETag"), reply.headers.get("Last-Modified"),
                        content_type, fetched_at)

    def _read_capped(self, url: str, reply: requests.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = reply.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            reply.close()
            raise FetchError(url, f"body of {declared} bytes is over the {cap}-byte cap")
        chunks, size = [], 0
        try:
            for chunk in reply.iter_content(64 * 1024):
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"body is over the {cap}-byte cap")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise FetchError(url, f"body cut off: {_root_cause(exc)}") from None
        finally:
            reply.close()
        self.bytes_downloaded += size
        return b"".join(chunks)


# Markers of the WAF / verification interstitials described in STRUCTURE.md §1.6.
_BLOCK_MARKERS = (
    ("enable javascript", "verification page (asks to enable JavaScript)"),
    ("启用javascript", "verification page (asks to enable JavaScript)"),
    ("开启javascript", "verification page (asks to enable JavaScript)"),
    ("访问验证", "verification page (访问验证)"),
    ("安全验证", "verification page (安全验证)"),
    ("wzws_", "WAF challenge page"),
    ("waf urlacl", "WAF block page"),
    ("访问被拒绝", "block page (访问被拒绝)"),
)


def block_page_reason(text: str) -> str | None:
    """Why a 200 answer is a block or verification page, or None for real content."""
    lowered = text[:20000].lower().replace(" ", "")
    for marker, reason in _BLOCK_MARKERS:
        if marker.replace(" ", "") in lowered:
            # A real release is long; an interstitial is a few hundred bytes of script.
            if len(text) < 20000 or "<noscript" in lowered[:4000]:
                return reason
    return None


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ or exc.__context__:
        exc = exc.__cause__ or exc.__context__
    text = str(exc) or type(exc).__name__
    return text.split(": ")[-1][:200] if len(text) > 200 else text
