"""Fetch a terms document from an http(s) URL: bounded, cancellable download, then the right loader."""

from __future__ import annotations

import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

from tosreader import __version__
from tosreader.core.document import Document
from tosreader.core.errors import FetchError, LoadError
from tosreader.core.normalise import canonical_url  # noqa: F401 - re-exported: part of this module's API

USER_AGENT = f"ToSReader/{__version__} (+offline terms reader)"
MAX_REDIRECTS = 10
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
# The whole download may take this many times the per-operation timeout (a server that trickles bytes).
_TOTAL_TIMEOUT_FACTOR = 6

# Progress gets (bytes received, total bytes or None); returning False asks the fetch to stop.
Progress = Callable[[int, int | None], object]

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/x-download",
                  "application/download", "application/force-download"}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"RIFF", "application/octet-stream"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\x7fELF", "application/octet-stream"),
)


@dataclass(slots=True)
class FetchResult:
    """What was fetched, kept so that a version can be re-extracted later: raw bytes and metadata."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    media_type: str
    charset: str | None
    fetched_at: datetime
    document: Document = field(repr=False)

    @property
    def raw(self) -> bytes:
        return self.content


def fetch_document(url: str, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES,
                   accept_language: str = "en", progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> FetchResult:
    """Download ``url`` and load what came back; raises FetchError with a one-line message."""
    url = _check_url(url)
    _check_cancel(cancel)
    fetched_at = datetime.now(UTC)
    response, content = _download(url, timeout, max_bytes, accept_language, progress, cancel)
    final_url = str(response.url)
    media_type, charset = _content_type(response.headers.get("content-type", ""))
    if not content.strip():
        raise FetchError(f"{url}: the server sent an empty page")
    kind = _kind(content, media_type, final_url)
    document, charset = _load(content, kind, media_type, charset, url, final_url)
    return FetchResult(url=url, final_url=final_url, status=response.status_code,
                       headers=dict(response.headers.items()), content=content,
                       media_type=media_type or _sniffed_type(content) or "", charset=charset,
                       fetched_at=fetched_at, document=document)


# -- checks ------------------------------------------------------------------------------------------------

def _check_url(url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError as exc:
        raise FetchError(f"{url or '(empty)'}: not a valid URL ({exc})") from exc
    if not parts.scheme or "://" not in url:
        raise FetchError(f"{url or '(empty)'}: not a valid URL (it should start with https://)")
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: unsupported scheme '{parts.scheme}' (only http and https)")
    if not parts.hostname:
        raise FetchError(f"{url}: not a valid URL (no host name)")
    if any(ch.isspace() for ch in parts.netloc):
        raise FetchError(f"{url}: not a valid URL (space in the host name)")
    return url


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise FetchError("cancelled")


# -- download ----------------------------------------------------------------------------------------------

def _client(timeout: float, accept_language: str) -> httpx.Client:
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,"
                  "text/markdown;q=0.8,*/*;q=0.5",
        "Accept-Language": _accept_language(accept_language),
    }
    return httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=httpx.Timeout(timeout),
                        headers=headers, trust_env=True)


def _accept_language(value: str) -> str:
    """'de' becomes 'de, en;q=0.5' so a page without German still comes back in English."""
    value = (value or "en").strip()
    if "," in value or ";" in value:
        return value
    return value if value.lower().startswith("en") else f"{value}, en;q=0.5"


def _download(url: str, timeout: float, max_bytes: int, accept_language: str, progress: Progress | None,
              cancel: threading.Event | None) -> tuple[httpx.Response, bytes]:
    try:
        with _client(timeout, accept_language) as client, client.stream("GET", url) as response:
            _check_status(url, response)
            total = _declared_length(response)
            if total is not None and total > max_bytes:
                raise FetchError(f"{url}: too large ({_size(total)}; the limit is {_size(max_bytes)})")
            content = _read_body(url, response, total, max_bytes, timeout, progress, cancel)
            return response, content
    except FetchError:
        raise
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS}; a redirect loop?)") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out after {timeout:g} seconds") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(f"{url}: redirected to an unsupported scheme (only http and https)") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from exc
    except httpx.DecodingError as exc:
        raise FetchError(f"{url}: the server sent badly compressed data") from exc
    except (httpx.HTTPError, OSError) as exc:
        raise FetchError(f"{url}: {_connection_problem(url, exc)}") from exc


def _check_status(url: str, response: httpx.Response) -> None:
    if response.status_code >= 400:
        reason = response.reason_phrase or _reason(response.status_code)
        raise FetchError(f"{url}: the server answered HTTP {response.status_code} {reason}".rstrip())
    if response.status_code >= 300:  # a redirect without a usable Location
        raise FetchError(f"{url}: the server answered HTTP {response.status_code} without a usable redirect")


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _declared_length(response: httpx.Response) -> int | None:
    try:
        value = int(response.headers.get("content-length", ""))
    except ValueError:
        return None
    return value if value >= 0 else None


def _read_body(url: str, response: httpx.Response, total: int | None, max_bytes: int, timeout: float,
               progress: Progress | None, cancel: threading.Event | None) -> bytes:
    """Read decoded chunks; stop early when cancelled, too slow overall, or over the size cap."""
    deadline = time.monotonic() + timeout * _TOTAL_TIMEOUT_FACTOR
    chunks: list[bytes] = []
    received = 0
    if progress is not None and progress(0, total) is False:
        raise FetchError("cancelled")
    for chunk in response.iter_bytes(_CHUNK):
        _check_cancel(cancel)
        received += len(chunk)
        if received > max_bytes:  # counts decoded bytes, so a compression bomb stops here too
            raise FetchError(f"{url}: too large (over the limit of {_size(max_bytes)})")
        chunks.append(chunk)
        # Bytes on the wire, comparable with Content-Length even when the body is compressed.
        if progress is not None and progress(response.num_bytes_downloaded, total) is False:
            raise FetchError("cancelled")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out (the download took more than "
                             f"{timeout * _TOTAL_TIMEOUT_FACTOR:g} seconds)")
    _check_cancel(cancel)
    return b"".join(chunks)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def _connection_problem(url: str, exc: BaseException) -> str:
    """DNS failure, refused connection, TLS error or another network problem, in plain words."""
    host = urlsplit(url).hostname or url
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return f"cannot find the server '{host}' (DNS lookup failed)"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by '{host}' (no server is listening)"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS error: the server's certificate is not trusted ({cause.verify_message or cause})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: the secure connection failed ({cause.reason or cause})"
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "name or service not known" in lowered or "nodename nor servname" in lowered \
            or "temporary failure in name resolution" in lowered or "getaddrinfo" in lowered:
        return f"cannot find the server '{host}' (DNS lookup failed)"
    if "connection refused" in lowered:
        return f"connection refused by '{host}' (no server is listening)"
    if "ssl" in lowered or "tls" in lowered or "certificate" in lowered:
        return f"TLS error ({text.splitlines()[0][:160]})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection or sent a broken response"
    return f"could not be fetched ({text.splitlines()[0][:160]})"


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    for e in list(seen):  # httpcore keeps the OS error as the first argument sometimes
        seen.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException) and a not in seen)
    return seen


# -- what came back ----------------------------------------------------------------------------------------

def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", params, re.IGNORECASE)
    if m:
        charset = m.group(1)
    return media_type.strip().lower(), charset


def _sniffed_type(content: bytes) -> str | None:
    head = content[:1024]
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if b"%PDF-" in head:
        return "application/pdf"
    if _HTML_START.match(content[:2048].removeprefix(b"\xef\xbb\xbf")):
        return "text/html"
    return None


def _kind(content: bytes, media_type: str, final_url: str) -> str:
    """'html', 'pdf' or 'text' by magic bytes first, then the declared type, then the URL's suffix."""
    sniffed = _sniffed_type(content)
    if sniffed == "application/pdf":
        return "pdf"
    if sniffed and sniffed != "text/html":
        raise FetchError(f"{final_url}: unsupported content ({media_type or sniffed}); "
                         "expected a web page, a PDF or text")
    if media_type in _HTML_TYPES or sniffed == "text/html":
        return "html"
    if media_type in _TEXT_TYPES:
        return "text"
    suffix = PurePosixPath(unquote(urlsplit(final_url).path)).suffix.lower()
    if media_type in _GENERIC_TYPES and suffix in (".txt", ".md", ".markdown", ".text", ""):
        if _looks_textual(content):
            return "text"
    raise FetchError(f"{final_url}: unsupported content ({media_type or 'unknown type'}); "
                     "expected a web page, a PDF or text")


def _looks_textual(content: bytes) -> bool:
    sample = content[:8192]
    return b"\x00" not in sample and sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) == 0


def _load(content: bytes, kind: str, media_type: str, charset: str | None, url: str,
          final_url: str) -> tuple[Document, str | None]:
    from tosreader.core.loaders import load_bytes

    try:
        if kind == "html":
            from tosreader.core.loaders.html import html_charset, parse_html

            used = html_charset(content, charset)
            document = parse_html(content, source=url, url=final_url, declared_charset=used)
            document.source = url
            return document, used
        if kind == "pdf":
            return load_bytes(content, media_type="application/pdf", source=url), None
        name = PurePosixPath(unquote(urlsplit(final_url).path)).name
        data = _as_utf8(content, charset)
        return load_bytes(data, name=name, media_type=media_type or None, source=url), charset
    except LoadError as exc:
        raise FetchError(exc.message) from exc


def _as_utf8(content: bytes, charset: str | None) -> bytes:
    """Text in a declared charset, re-encoded as UTF-8 so the text loader need not guess."""
    if not charset:
        return content
    try:
        return content.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return content
