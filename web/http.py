"""HTTP caching for pages and feeds: strong ETags, Last-Modified, 304s, gzip and a bytes cache."""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable
from datetime import UTC, datetime

from flask import Request, Response

#: Media types worth compressing. Calendars are left out on purpose: some calendar clients
#: (Outlook among them) fail on gzip-encoded subscriptions.
_COMPRESSIBLE = (
    "text/html",
    "text/css",
    "text/plain",
    "text/javascript",
    "application/javascript",
    "application/xml",
    "application/atom+xml",
    "application/rss+xml",
    "application/json",
    "application/feed+json",
    "image/svg+xml",
)


#: Headers every response carries; pages load nothing from other sites and run no inline code.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def secure(response: Response) -> Response:
    """Add the security headers, and the content security policy to HTML pages."""
    response.headers.update(SECURITY_HEADERS)
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = PAGE_POLICY
    return response


def with_charset(media_type: str) -> str:
    """The media type with ``charset=utf-8`` added to textual types that lack one."""
    textual = media_type.startswith("text/") or media_type.split(";")[0].endswith(
        ("xml", "json", "javascript")
    )
    if textual and "charset=" not in media_type:
        return media_type + "; charset=utf-8"
    return media_type


def compressible(media_type: str) -> bool:
    """Whether a response of this media type may be sent gzip-encoded."""
    return media_type.split(";")[0].strip() in _COMPRESSIBLE


class Representation:
    """The bytes of one rendered resource, its media type, its time and its strong ETag."""

    def __init__(self, body: bytes, media_type: str, last_modified: datetime) -> None:
        """Hash the body once; keep the gzip form for the first client that asks for it."""
        self.body = body
        self.media_type = with_charset(media_type)
        # HTTP dates carry whole seconds; comparing If-Modified-Since needs the same.
        self.last_modified = last_modified.astimezone(UTC).replace(microsecond=0)
        self.etag = hashlib.sha256(body).hexdigest()[:32]
        self._gzipped: bytes | None = None

    @property
    def gzipped(self) -> bytes:
        """The body gzip-compressed, reproducibly (no timestamp in the header)."""
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        return self._gzipped

    @property
    def size(self) -> int:
        """Bytes held in memory (the gzip copy counted once made)."""
        return len(self.body) + len(self._gzipped or b"")


def _accepts_gzip(request: Request) -> bool:
    """Whether the client asked for gzip (a ``q=0`` refusal counts as no)."""
    return request.accept_encodings.quality("gzip") > 0


def _not_modified(request: Request, etag: str, last_modified: datetime) -> bool:
    """RFC 9110 conditional GET: If-None-Match decides when present, else If-Modified-Since."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.if_none_match:
        # If-None-Match uses the weak comparison, so W/"x" matches "x".
        return request.if_none_match.contains_weak(etag)
    since = request.if_modified_since
    return since is not None and last_modified <= since


def respond(rep: Representation, request: Request, cache_seconds: int) -> Response:
    """A 200 or 304 response for a representation, gzip-encoded when allowed and asked for."""
    use_gzip = compressible(rep.media_type) and _accepts_gzip(request)
    # A strong ETag names one exact byte sequence, so the gzip form needs its own.
    etag = rep.etag + "-gz" if use_gzip else rep.etag
    headers = {
        "Cache-Control": f"public, max-age={cache_seconds}",
        "Last-Modified": _http_date(rep.last_modified),
        "ETag": f'"{etag}"',
    }
    if compressible(rep.media_type):
        headers["Vary"] = "Accept-Encoding"
    if _not_modified(request, etag, rep.last_modified):
        return Response(status=304, headers=headers)
    body = rep.gzipped if use_gzip else rep.body
    response = Response(body, status=200, headers=headers, content_type=rep.media_type)
    if use_gzip:
        response.headers["Content-Encoding"] = "gzip"
    return response


def _http_date(moment: datetime) -> str:
    """An IMF-fixdate (``Sun, 06 Nov 1994 08:49:37 GMT``) without touching the locale."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    m = moment.astimezone(UTC)
    return (
        f"{days[m.weekday()]}, {m.day:02d} {months[m.month - 1]} {m.year} "
        f"{m.hour:02d}:{m.minute:02d}:{m.second:02d} GMT"
    )


class ResponseCache:
    """A thread-safe LRU of representations, bounded by the bytes it holds."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        """Start empty; evict least recently used entries beyond `max_bytes`."""
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, Representation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Representation | None:
        """The cached representation for a key, or None."""
        with self._lock:
            rep = self._entries.get(key)
            if rep is not None:
                self._entries.move_to_end(key)
            return rep

    def put(self, key: Hashable, rep: Representation) -> None:
        """Remember a representation, evicting old ones to stay within the bound."""
        with self._lock:
            self._entries[key] = rep
            self._entries.move_to_end(key)
            total = sum(r.size for r in self._entries.values())
            while total > self.max_bytes and len(self._entries) > 1:
                _, old = self._entries.popitem(last=False)
                total -= old.size

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._entries.clear()
