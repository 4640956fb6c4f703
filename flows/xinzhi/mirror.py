"""A local stand-in for the official sites: serves a folder laid out as HOST/PATH.

Used by the tests, `make demo` and offline replays (XINZHI_MIRROR). Binds loopback
only. Sends ETag and Last-Modified and answers conditional requests with 304, as the
real sites' web servers do, so the no-news path can be exercised. An API answer that
depends on the query string (MIIT's list API, one per `pageId`) is the file
`PATH@NAME=VALUE` for one of the query's parameters.
"""
from __future__ import annotations

import hashlib
import threading
from urllib.parse import parse_qsl, urlsplit
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        plain = super().translate_path(path)
        for name, value in parse_qsl(urlsplit(path).query):
            candidate = Path(f"{plain}@{name}={value}")
            if "/" not in value and candidate.is_file():
                return str(candidate)
        return plain

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


class Mirror:
    """`with Mirror(folder) as base_url:` serves the folder on 127.0.0.1 on a free port."""

    def __init__(self, root: Path, port: int = 0):
        handler = partial(_Handler, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

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
