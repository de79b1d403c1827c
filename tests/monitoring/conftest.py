"""Fixtures for monitoring: a local feed server on 127.0.0.1 (never the internet) and monitoring staff.

The server serves the real feed files in ./feeds/, plus routes that answer 500, hang past the fetch
timeout, or honour conditional requests, and counts what it was asked.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from birarada.core.models import Role

FEEDS = Path(__file__).parent / "feeds"


class FeedServer:
    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        self.hang_seconds = 3.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                name = self.path.strip("/").split("?")[0]
                if name == "error":
                    self._send(500, b"Internal Server Error", "text/plain")
                elif name in ("moved", "to-ftp", "to-internal"):
                    port = self.server.server_address[1]
                    self.send_response(302)
                    self.send_header("Location", {"moved": "/rss.xml", "to-ftp": "ftp://127.0.0.1/feed.xml",
                                                  "to-internal": f"http://internal.example.org:{port}/rss.xml"}[name])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif name == "hang":
                    time.sleep(server.hang_seconds)
                    self._send(200, (FEEDS / "rss.xml").read_bytes(), "application/rss+xml")
                elif name == "etag.xml":
                    if self.headers.get("If-None-Match") == '"v1"':
                        self.send_response(304)
                        self.end_headers()
                        return
                    self._send(200, (FEEDS / "rss.xml").read_bytes(), "application/rss+xml", etag='"v1"')
                elif (FEEDS / name).is_file():
                    content_type = "text/html" if name == "broken.xml" else "application/xml"
                    self._send(200, (FEEDS / name).read_bytes(), content_type)
                else:
                    self._send(404, b"not found", "text/plain")

            def _send(self, status, body, content_type, etag=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"

    def asked_for(self, name: str) -> list[dict]:
        return [headers for path, headers in self.requests if path.strip("/") == name]


@pytest.fixture(scope="session")
def feed_server():
    server = FeedServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture(autouse=True)
def short_fetch_timeout(settings):
    settings.MONITORING_FETCH_TIMEOUT = 1


@pytest.fixture(autouse=True)
def local_feeds_allowed(settings, monkeypatch):
    # The test feeds are served on 127.0.0.1, which production refuses by default.
    settings.MONITORING_ALLOW_PRIVATE_FEEDS = True
    monkeypatch.setenv("MONITORING_ALLOW_PRIVATE_FEEDS", "1")  # for real worker processes


@pytest.fixture
def moderator(city, make_member):
    return make_member("mona", city["izmir"], Role.MODERATOR)


@pytest.fixture
def izmir(city):
    return city["izmir"]
