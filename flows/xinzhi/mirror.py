"""A local stand-in for the official sites: serves a folder laid out as HOST/PATH.

Used by the tests, `make demo` and offline replays (XINZHI_MIRROR). Binds loopback
only. Sends ETag and Last-Modified and answers conditional requests with 304, as the
real sites' web servers do, so the no-news path can be exercised. An answer that
depends on the query string (MIIT's list API, one per `pageId`) is the file
`PATH@NAME=VALUE` for one of the query's parameters. A POST (the NBS data portal's data calls) is
answered from the file `PATH@body=H`, H the first 16 hex digits of the sha256 of the request body
(`body_key`), or 404.

Fault injection, per URL path (`/HOST/PATH` as requested), to rehearse what the real
sites do: `Mirror(root, faults={path: spec})`, or `xinzhi mirror DIR --faults FILE.json`
(the file is read again on every request, so a test can switch faults while a run goes on).
Specs: `slow:SECONDS`, `reset`, `status:CODE`, `429:RETRY_AFTER`, `block403`, `verify200`,
`truncate`, `gbk_as_utf8`, `no_charset`, `redirect:URL`, `waf307` (the data portal's WAF before its
cookie is set: HTTP 307 back to the same URL), `oversize:BYTES`, and
`flaky:N:SPEC` (SPEC for the first N requests, then the real answer). `latency` delays every
answer, GET or POST (the benchmarks' stand-in for a distant site).
"""
from __future__ import annotations

import hashlib
import json
import re
import socket
import struct
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

VERIFY_PAGE = (b"<html><head><title>\xe8\xae\xbf\xe9\x97\xae\xe9\xaa\x8c\xe8\xaf\x81</title></head><body>"
               b"<noscript>Please enable JavaScript and refresh the page.</noscript></body></html>")
BLOCK_PAGE = b"<html><body><h1>403 Forbidden</h1><p>WAF: request blocked (UrlACL)</p></body></html>"


class _Handler(SimpleHTTPRequestHandler):
    faults: "Faults"
    latency: float = 0.0

    def translate_path(self, path: str) -> str:
        plain = super().translate_path(path)
        for name, value in parse_qsl(urlsplit(path).query):
            candidate = Path(f"{plain}@{name}={value}")
            if "/" not in value and candidate.is_file():
                return str(candidate)
        return plain

    def do_GET(self):
        if self.latency:
            time.sleep(self.latency)
        spec = self.faults.take(urlsplit(self.path).path)
        if spec is None or not self._fault(spec):
            super().do_GET()

    def do_POST(self):
        if self.latency:
            time.sleep(self.latency)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        spec = self.faults.take(urlsplit(self.path).path)
        if spec is not None and self._fault(spec):
            return
        answer = Path(f"{super().translate_path(self.path)}@body={body_key(body)}")
        if not answer.is_file():
            self._send(404, b'{"code": 404, "message": "no answer for this body"}', {"Content-Type": "application/json"})
            return
        self._send(200, answer.read_bytes(), {"Content-Type": "application/json;charset=UTF-8"})

    def _fault(self, spec: str) -> bool:
        """Answer with the fault; False when the real answer should follow (slow)."""
        kind, _, arg = spec.partition(":")
        if kind == "slow":
            time.sleep(float(arg))
            return False
        if kind == "reset":     # RST instead of an answer
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return True
        if kind == "status":
            return self._send(int(arg), f"<html><body>error {arg}</body></html>".encode())
        if kind == "429":
            return self._send(429, b"too many requests", {"Retry-After": arg})
        if kind == "block403":
            return self._send(403, BLOCK_PAGE)
        if kind == "verify200":
            return self._send(200, VERIFY_PAGE, {"Content-Type": "text/html; charset=utf-8"})
        if kind == "redirect":
            return self._send(302, b"", {"Location": arg})
        if kind == "waf307":
            return self._send(307, b"", {"Location": self.path})
        if kind == "oversize":
            return self._send(200, b"<html>" + b" " * int(arg) + b"</html>", {"Content-Type": "text/html"})
        body = self._file()
        if kind == "truncate":  # announce the whole body, send half of it, hang up
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return True
        if kind in ("gbk_as_utf8", "no_charset"):
            text = body.decode("utf-8").replace('charset="UTF-8"', "").replace("charset=UTF-8", "").replace('<meta charset="UTF-8">', "")
            label = "text/html; charset=utf-8" if kind == "gbk_as_utf8" else "text/html"
            return self._send(200, text.encode("gb18030"), {"Content-Type": label})
        raise ValueError(f"unknown fault {spec!r}")

    def _file(self) -> bytes:
        path = Path(self.translate_path(self.path))
        return (path / "index.html" if path.is_dir() else path).read_bytes()

    def _send(self, status: int, body: bytes, headers: dict | None = None) -> bool:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return True

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.is_file():
            etag = '"' + hashlib.sha256(path.read_bytes()).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return None
            self._etag = etag
        return super().send_head()

    def end_headers(self):
        etag = getattr(self, "_etag", None)
        if etag:
            self.send_header("ETag", etag)
            self._etag = None
        super().end_headers()

    def log_message(self, format, *args):  # quiet: tests and demo read the pipeline's logs
        pass


_SPEC = re.compile(r"(flaky:\d+:)?(slow:[\d.]+|reset|status:\d{3}|429:\d+|block403|verify200|truncate|"
                   r"gbk_as_utf8|no_charset|redirect:\S+|waf307|oversize:\d+)")


def check_faults(faults: object) -> dict[str, str]:
    """The faults as given, or ValueError naming what is wrong with them."""
    if not isinstance(faults, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in faults.items()):
        raise ValueError('expected a JSON object {"/HOST/PATH": "fault"}')
    wrong = [f"{path}: {spec}" for path, spec in faults.items() if not _SPEC.fullmatch(spec)]
    if wrong:
        raise ValueError(f"unknown fault {wrong[0]} (faults are listed in xinzhi/mirror.py)")
    return faults


def body_key(body: bytes) -> str:
    """The name part of the file that answers a POST with this body."""
    return hashlib.sha256(body).hexdigest()[:16]


class Faults:
    """Fault specs by request path; `flaky:N:SPEC` counts down per path."""

    def __init__(self, faults: dict[str, str] | None = None, file: Path | None = None):
        self.faults, self.file = check_faults(dict(faults or {})), file
        self.lock = threading.Lock()

    def take(self, path: str) -> str | None:
        with self.lock:
            if self.file is not None and self.file.exists():
                self.faults = json.loads(self.file.read_text(encoding="utf-8"))
            spec = self.faults.get(path)
            if spec is None or not spec.startswith("flaky:"):
                return spec
            _, count, inner = spec.split(":", 2)
            if int(count) <= 0:
                return None
            self.faults[path] = f"flaky:{int(count) - 1}:{inner}"
            if self.file is not None:
                self.file.write_text(json.dumps(self.faults), encoding="utf-8")
            return inner


class Mirror:
    """`with Mirror(folder) as base_url:` serves the folder on 127.0.0.1 on a free port."""

    def __init__(self, root: Path, port: int = 0, faults: dict[str, str] | None = None,
                 faults_file: Path | None = None, latency: float = 0.0):
        self.faults = Faults(faults, faults_file)
        handler_class = type("Handler", (_Handler,), {"faults": self.faults, "latency": latency})
        handler = partial(handler_class, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True,
                                       kwargs={"poll_interval": 0.05})   # shutdown waits for a poll: 0.5 s by default

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> str:
        self.thread.start()
        return self.url

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
