"""Fetching from a real HTTP server on 127.0.0.1 (started here): pages, PDFs, redirects, every error."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.helpers.pdfgen import make_pdf
from tosreader.core.errors import FetchError
from tosreader.core.fetch import USER_AGENT, canonical_url, fetch_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "web"

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, body: bytes, content_type: str | None = "text/html; charset=utf-8",
          status: int = 200, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    if "Content-Length" not in (headers or {}):
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except OSError:  # the client gave up first (timeouts, cancels): expected here
        handler.close_connection = True


def _redirect(location: str, status: int = 302) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        _send(h, b"", None, status, {"Location": location})
    return route


def _fixture(name: str, content_type: str | None) -> Route:
    return lambda h: _send(h, (FIXTURES / name).read_bytes(), content_type)


def _gzip(h: BaseHTTPRequestHandler) -> None:
    body = gzip.compress((FIXTURES / "terms_en.html").read_bytes())
    _send(h, body, "text/html; charset=utf-8", headers={"Content-Encoding": "gzip"})


def _slow(h: BaseHTTPRequestHandler) -> None:
    time.sleep(1.5)
    _send(h, b"<html><body><p>late</p></body></html>")


def _streamed(total: int, pause: float = 0.0, declare: bool = False) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain; charset=utf-8")
        if declare:
            h.send_header("Content-Length", str(total))
        h.end_headers()
        line = b"Clause text that goes on and on for a while.\n" * 100
        sent = 0
        try:
            while sent < total:
                h.wfile.write(line)
                h.wfile.flush()
                sent += len(line)
                if pause:
                    time.sleep(pause)
        except OSError:  # the client hung up: that is what the test wanted
            pass
        h.close_connection = True
    return route


def _big_declared(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(500 * 1024 * 1024))
    h.end_headers()
    h.close_connection = True


def _echo(h: BaseHTTPRequestHandler) -> None:
    body = (f"<html><head><title>Echo</title></head><body><h1>Request headers</h1>"
            f"<p>Agent: {h.headers.get('User-Agent')}</p><p>Language: {h.headers.get('Accept-Language')}</p>"
            f"<p>Encoding: {h.headers.get('Accept-Encoding')}</p></body></html>")
    _send(h, body.encode())


PDF_LINES = ["Terms of Service for Lanternfish Maps", "1. Accounts",
             "You may close your account at any time in the settings.",
             "2. Changes", "We may change these terms with thirty days notice."]

ROUTES: dict[str, Route] = {
    "/terms.html": _fixture("terms_en.html", "text/html; charset=utf-8"),
    "/privacy": _fixture("privacy_en.html", "text/html"),
    "/agb": _fixture("agb_de_latin1.html", "text/html"),
    "/spa": _fixture("spa_js_only.html", "text/html; charset=utf-8"),
    "/terms.md": _fixture("terms.md", "text/markdown; charset=utf-8"),
    "/terms.txt": lambda h: _send(h, "Nutzungsbedingungen\n\nDie Gebühren ändern sich jährlich.\n"
                                  .encode("latin-1"), "text/plain; charset=iso-8859-1"),
    "/terms.pdf": lambda h: _send(h, make_pdf([PDF_LINES]), "application/pdf"),
    "/download": lambda h: _send(h, make_pdf([PDF_LINES]), "application/octet-stream"),
    "/gzip": _gzip,
    "/slow": _slow,
    "/trickle": _streamed(400_000, pause=0.05),
    "/big-declared": _big_declared,
    "/big-streamed": _streamed(3_000_000),
    "/missing": lambda h: _send(h, b"<h1>Not here</h1>", status=404),
    "/broken": lambda h: _send(h, b"<h1>Oops</h1>", status=500),
    "/empty": lambda h: _send(h, b""),
    "/blank": lambda h: _send(h, b"   \n  "),
    "/logo.png": lambda h: _send(h, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
    "/data.json": lambda h: _send(h, b'{"terms": "none"}', "application/json"),
    "/echo": _echo,
    "/r1": _redirect("/r2", 301),
    "/r2": _redirect("/r3", 307),
    "/r3": _redirect("/terms.html?utm_source=mail", 302),
    "/loop": _redirect("/loop"),
    "/to-ftp": _redirect("ftp://127.0.0.1/terms.txt"),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path.split("?")[0]
        route = ROUTES.get(path)
        if route is None:
            _send(self, b"<h1>Not found</h1>", status=404)
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up early (timeouts, cancels, TLS probes) are what these tests do


def start_server() -> tuple[_QuietServer, str]:
    """A local test server on an ephemeral port, serving ROUTES in a daemon thread."""
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd, base = start_server()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy in the environment must not stand between the tests and their local server."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")


def _blocks(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


# -- what comes back -----------------------------------------------------------------------------------------

def test_terms_page_is_reduced_to_its_main_text(server: str) -> None:
    before = datetime.now(UTC)
    result = fetch_document(f"{server}/terms.html")
    doc = result.document
    blocks = _blocks(doc)
    assert result.status == 200 and result.media_type == "text/html" and result.charset == "utf-8"
    assert result.content == (FIXTURES / "terms_en.html").read_bytes()
    assert result.headers["content-type"].startswith("text/html")
    assert before <= result.fetched_at <= datetime.now(UTC) and result.fetched_at.tzinfo is not None
    assert doc.source == f"{server}/terms.html" and doc.media_type == "text/html"
    assert doc.title == "Terms of Service | Brightloom"
    assert ("heading", "Brightloom Terms of Service") in blocks
    assert ("heading", "2.1 Keeping your account safe") in blocks
    assert ("list_item", "We may change our prices with 30 days' notice by email.") in blocks
    assert ("table_row", "Team | 14 EUR per seat | 1 TB") in blocks
    for noise in ("Plans and pricing", "Accept all cookies", "Careers at Brightloom", "Subscribe",
                  "All rights reserved", "Was this page helpful", "gtag", "Legal centre"):
        assert noise not in doc.text, noise


def test_heading_levels_are_kept(server: str) -> None:
    doc = fetch_document(f"{server}/terms.html").document
    levels = {doc.block_text(b): b.level for b in doc.headings()}
    assert levels["Brightloom Terms of Service"] == 1
    assert levels["3. Fees and renewal"] == 2
    assert levels["2.2 Suspension"] == 3


def test_latin1_page_without_charset_header(server: str) -> None:
    result = fetch_document(f"{server}/agb", accept_language="de")
    assert result.charset == "cp1252" and result.headers["content-type"] == "text/html"
    text = result.document.text
    assert "§ 3 Laufzeit und Kündigung" in text
    assert "Er verlängert sich automatisch um jeweils weitere zwölf Monate" in text
    assert "Groß | 9 EUR | drei Monate" in text
    assert "Wir verwenden Cookies" not in text and "Impressum" not in text


def test_page_without_semantic_markup(server: str) -> None:
    doc = fetch_document(f"{server}/privacy").document
    assert "We sell aggregated location data to advertising partners." in doc.text
    assert ("list_item", "You can ask us to correct or erase your data.") in _blocks(doc)
    for noise in ("Track a delivery", "stores cookies", "Share on Facebook", "Popular help topics",
                  "Made with care"):
        assert noise not in doc.text, noise


def test_gzip_is_decoded(server: str) -> None:
    result = fetch_document(f"{server}/gzip")
    assert result.headers["content-encoding"] == "gzip"
    assert result.content.startswith(b"<!DOCTYPE html>")
    assert "binding arbitration in London" in result.document.text


def test_redirects_are_followed(server: str) -> None:
    result = fetch_document(f"{server}/r1")
    assert result.url == f"{server}/r1"
    assert result.final_url == f"{server}/terms.html?utm_source=mail"
    assert "Brightloom Terms of Service" in result.document.text
    assert result.document.source == f"{server}/r1"


def test_pdf_is_read_by_the_pdf_loader(server: str) -> None:
    result = fetch_document(f"{server}/terms.pdf")
    assert result.media_type == "application/pdf" and result.content.startswith(b"%PDF-")
    assert result.document.media_type == "application/pdf"
    assert "close your account at any time" in result.document.text


def test_pdf_found_by_magic_bytes_under_a_generic_type(server: str) -> None:
    result = fetch_document(f"{server}/download")
    assert result.media_type == "application/octet-stream"
    assert "thirty days notice" in result.document.text


def test_markdown_and_declared_text_charset(server: str) -> None:
    md = fetch_document(f"{server}/terms.md").document
    assert ("heading", "2. Cancellations") in _blocks(md)
    txt = fetch_document(f"{server}/terms.txt")
    assert txt.charset == "iso-8859-1"
    assert "Die Gebühren ändern sich jährlich." in txt.document.text


def test_user_agent_and_language_are_sent(server: str) -> None:
    text = fetch_document(f"{server}/echo", accept_language="de").document.text
    assert f"Agent: {USER_AGENT}" in text and USER_AGENT.startswith("ToSReader/")
    assert "Language: de, en;q=0.5" in text
    assert "gzip" in text.split("Encoding: ")[1]


def test_progress_is_reported(server: str) -> None:
    seen: list[tuple[int, int | None]] = []
    fetch_document(f"{server}/terms.html", progress=lambda done, total: seen.append((done, total)))
    size = len((FIXTURES / "terms_en.html").read_bytes())
    assert seen[0] == (0, size) and seen[-1] == (size, size)


# -- errors ------------------------------------------------------------------------------------------------

def _error(url: str, **kwargs: object) -> str:
    with pytest.raises(FetchError) as info:
        fetch_document(url, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_script_rendered_page_says_so(server: str) -> None:
    message = _error(f"{server}/spa")
    assert "JavaScript" in message and "save" in message.lower()


def test_redirect_loop(server: str) -> None:
    assert "too many redirects" in _error(f"{server}/loop")


def test_redirect_to_another_scheme(server: str) -> None:
    assert "unsupported scheme" in _error(f"{server}/to-ftp")


@pytest.mark.parametrize(("path", "expected"), [("/missing", "HTTP 404 Not Found"),
                                                 ("/broken", "HTTP 500 Internal Server Error")])
def test_http_errors_name_the_status(server: str, path: str, expected: str) -> None:
    assert expected in _error(f"{server}{path}")


def test_timeout(server: str) -> None:
    assert "timed out after 0.3 seconds" in _error(f"{server}/slow", timeout=0.3)


def test_total_time_is_bounded_for_a_trickling_server(server: str) -> None:
    assert "timed out" in _error(f"{server}/trickle", timeout=0.1)


def test_too_large_by_content_length(server: str) -> None:
    message = _error(f"{server}/big-declared", max_bytes=1024 * 1024)
    assert "too large (500 MB; the limit is 1 MB)" in message


def test_too_large_while_streaming(server: str) -> None:
    assert "too large" in _error(f"{server}/big-streamed", max_bytes=100_000)


@pytest.mark.parametrize("path", ["/empty", "/blank"])
def test_empty_body(server: str, path: str) -> None:
    assert "empty" in _error(f"{server}{path}")


@pytest.mark.parametrize(("path", "what"), [("/logo.png", "image/png"), ("/data.json", "application/json")])
def test_unsupported_content(server: str, path: str, what: str) -> None:
    assert f"unsupported content ({what})" in _error(f"{server}{path}")


def test_refused_connection() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "connection refused" in _error(f"http://127.0.0.1:{port}/terms")


def test_dns_failure() -> None:
    message = _error("http://tosreader-test.invalid/terms")
    assert "cannot find the server 'tosreader-test.invalid'" in message


def test_tls_error(server: str) -> None:
    https = server.replace("http://", "https://")
    assert "TLS error: the secure connection failed" in _error(f"{https}/terms.html", timeout=5)


@pytest.mark.parametrize(("url", "expected"), [
    ("", "not a valid URL"),
    ("example.com/terms", "not a valid URL"),
    ("http://", "no host name"),
    ("http://example.com:99999/", "not a valid URL"),
    ("ftp://example.com/terms.txt", "unsupported scheme 'ftp' (only http and https)"),
    ("file:///etc/passwd", "unsupported scheme 'file'"),
])
def test_invalid_urls(url: str, expected: str) -> None:
    assert expected in _error(url)


def test_cancel_between_chunks(server: str) -> None:
    cancel = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int | None) -> None:
        calls.append(done)
        if done > 0:
            cancel.set()

    with pytest.raises(FetchError, match="^cancelled$"):
        fetch_document(f"{server}/trickle", progress=progress, cancel=cancel)
    assert 0 < len(calls) < 10


def test_cancel_before_start_and_by_progress(server: str) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FetchError, match="^cancelled$"):
        fetch_document(f"{server}/terms.html", cancel=cancel)
    with pytest.raises(FetchError, match="^cancelled$"):
        fetch_document(f"{server}/big-streamed", progress=lambda done, total: done == 0)


# -- identity ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://Example.COM/Terms?utm_source=x&utm_medium=y#section-3", "https://example.com/Terms"),
    ("https://example.com/terms?lang=de&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&_ga=4",
     "https://example.com/terms?lang=de"),
    ("https://example.com/legal;jsessionid=ABC123?PHPSESSID=9&sid=1&sessionid=2&ref=footer&page=2",
     "https://example.com/legal?page=2"),
    ("http://example.com:80/terms", "http://example.com/terms"),
    ("https://example.com:8443/terms", "https://example.com:8443/terms"),
    ("https://user:secret@example.com", "https://example.com/"),
    ("https://example.com/terms?device_id=7&version=3", "https://example.com/terms?version=3"),
])
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("https://Example.com/a?utm_campaign=x&b=1#top")
    assert canonical_url(once) == once == "https://example.com/a?b=1"


# -- the command line ------------------------------------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return subprocess.run([sys.executable, "-m", "tosreader", *args], text=True, capture_output=True,
                          timeout=120, env=env, cwd=Path(__file__).resolve().parents[3])


@pytest.mark.end2end
def test_cli_analyzes_a_url(server: str) -> None:
    result = _cli("analyze", f"{server}/terms.html", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "binding arbitration in London" in data["text"]
    assert any(f["category"] == "arbitration" for f in data["findings"])


@pytest.mark.end2end
@pytest.mark.parametrize(("path", "expected"), [("/missing", "HTTP 404"), ("/spa", "JavaScript"),
                                                ("/logo.png", "unsupported content")])
def test_cli_fetch_errors_are_one_line_and_exit_2(server: str, path: str, expected: str) -> None:
    result = _cli("analyze", f"{server}{path}")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tosreader: ") and expected in lines[0]
