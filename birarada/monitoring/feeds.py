"""Reading an RSS or Atom feed over HTTP: conditional requests, a timeout, a size limit, and errors
turned into messages a person can act on (never an exception that stops a worker)."""

import calendar
import http.client
import ipaddress
import re
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser
from django.conf import settings

from birarada.monitoring.ingest import Entry

_DECLARED = re.compile(rb"""encoding=["']([A-Za-z0-9_.-]+)""")
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "birarada-monitoring/1.0 (+https://github.com/birarada)"


class FeedError(Exception):
    """The feed could not be read; the message is shown on the source's health line."""


@dataclass
class FetchResult:
    not_modified: bool = False
    entries: list[Entry] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    warning: str = ""


def timeout_seconds() -> float:
    return float(settings.MONITORING_FETCH_TIMEOUT)


def _is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast


def _connect_checked(host: str, port: int, timeout, source_address=None) -> socket.socket:
    """Resolve `host` once, refuse private addresses (unless MONITORING_ALLOW_PRIVATE_FEEDS), and connect to
    the very address that was checked. Checking one lookup and connecting with another would let a DNS name
    that changes its answer (DNS rebinding) reach the municipality's internal machines."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FeedError(f"The feed's server name could not be found: {host[:100]}.") from None
    if not settings.MONITORING_ALLOW_PRIVATE_FEEDS and any(_is_private(str(info[4][0])) for info in infos):
        raise FeedError(
            "The feed address points into a private network. Ask the administrator to allow "
            "internal feeds (MONITORING_ALLOW_PRIVATE_FEEDS) if it really is one."
        )
    last_error: OSError | None = None
    for family, kind, protocol, _name, address in infos:
        sock = socket.socket(family, kind, protocol)
        try:
            if timeout is not None and timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(address)
            return sock
        except OSError as error:
            sock.close()
            last_error = error
    raise last_error or OSError(f"could not connect to {host}")


def _source_address(connection: http.client.HTTPConnection) -> tuple[str, int] | None:
    # HTTPConnection.__init__ sets `source_address` (CPython's http.client); typeshed does not declare the attribute.
    return connection.source_address  # type: ignore[attr-defined]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        self.sock = _connect_checked(self.host, self.port, self.timeout, _source_address(self))


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        sock = _connect_checked(self.host, self.port, self.timeout, _source_address(self))
        # The certificate is checked against the name asked for, over the connection to the checked address.
        # HTTPSConnection.__init__ keeps its SSL context as `_context` (CPython); typeshed does not declare it.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_PinnedHTTPConnection, req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self.pinned_context = context  # what HTTPSHandler keeps as `_context`, which typeshed does not declare

    def https_open(self, req):
        return self.do_open(_PinnedHTTPSConnection, req, context=self.pinned_context)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): never to ftp:// or file:// on the server's own network. (The address a
    redirect leads to is checked when its connection is made, like the first one.)"""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FeedError(f"The feed redirects to an address that is not http(s): {newurl[:200]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# No proxy from the environment: every connection goes to an address checked by _connect_checked.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _PinnedHTTPHandler,
                                      _PinnedHTTPSHandler(context=ssl.create_default_context()), _HttpOnlyRedirects)


def fetch_feed(url: str, *, etag: str = "", last_modified: str = "") -> FetchResult:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError("Only http and https feed addresses can be read.")
    headers = {"User-Agent": USER_AGENT,
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener.open(request, timeout=timeout_seconds()) as response:
            body = response.read(MAX_BYTES + 1)
            response_headers = {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return FetchResult(not_modified=True, etag=etag, last_modified=last_modified)
        raise FeedError(f"The server answered HTTP {error.code} ({error.reason}).") from None
    except TimeoutError:
        raise FeedError(f"The server did not answer within {timeout_seconds():g} seconds.") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, FeedError):
            raise reason from None
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FeedError(f"The server did not answer within {timeout_seconds():g} seconds.") from None
        raise FeedError(f"The feed could not be reached: {reason}.") from None
    except (OSError, ValueError) as error:
        raise FeedError(f"The feed could not be read: {error}.") from None
    if len(body) > MAX_BYTES:
        raise FeedError(f"The feed is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    result = parse_feed(body, response_headers)
    result.etag = response_headers.get("etag", "")[:500]
    result.last_modified = response_headers.get("last-modified", "")[:100]
    return result


def parse_feed(body: bytes, headers: dict | None = None) -> FetchResult:
    """Entries of a feed document. Tolerates what feedparser tolerates (wrong encodings, unclosed tags);
    a document with no entries that feedparser found broken is an error."""
    body, repaired = _repair_encoding(body)
    parsed = feedparser.parse(body, response_headers=headers or {})
    if not parsed.entries:
        if parsed.bozo:
            raise FeedError(f"This is not a readable RSS or Atom feed ({_describe(parsed.bozo_exception)}).")
        if not parsed.get("version"):
            raise FeedError("This is not an RSS or Atom feed.")
    entries = [_entry(e) for e in parsed.entries]
    warning = repaired or (_describe(parsed.bozo_exception) if parsed.bozo else "")
    return FetchResult(entries=[e for e in entries if e is not None], warning=warning)


def _repair_encoding(body: bytes) -> tuple[bytes, str]:
    """A feed that says (or implies) UTF-8 but is not: read it as Windows-1254, the usual Turkish encoding
    of older newspaper systems (feedparser alone would guess Windows-1252 and garble ğ, ı, ş)."""
    try:
        body.decode("utf-8")
        return body, ""
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(body[:300])
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return body, ""
    fixed = body.decode("cp1254", errors="replace").encode("utf-8")
    return fixed, "The feed is not valid UTF-8; it was read as Windows-1254 (Turkish)."


def _describe(exception) -> str:
    return str(exception)[:300] if exception else ""


def _entry(raw) -> Entry | None:
    summary = raw.get("summary") or ""
    if not summary and raw.get("content"):
        summary = raw["content"][0].get("value", "")
    published = raw.get("published_parsed") or raw.get("updated_parsed")
    when = datetime.fromtimestamp(calendar.timegm(published), tz=UTC) if published else None
    return Entry(text=summary, title=raw.get("title", ""), link=raw.get("link", ""),
                 author=raw.get("author", ""), published_at=when)
