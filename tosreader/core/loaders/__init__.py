"""Loaders: turn files and bytes (txt, md, html, pdf, docx) into the one Document model."""

from __future__ import annotations

import re
from pathlib import Path

from tosreader.core.document import Document
from tosreader.core.errors import LoadError
from tosreader.core.loaders.plaintext import decode_text, parse_plain_text

MAX_FILE_BYTES = 60 * 1024 * 1024

__all__ = ["LoadError", "MAX_FILE_BYTES", "detect_format", "load_bytes", "load_path", "load_text"]

_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}
_MEDIA_TYPES = {
    "text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown", "text/html": "html",
    "application/xhtml+xml": "html", "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_MARKDOWN_HINT = re.compile(r"^(?:#{1,6}\s|\S.*\n(?:=+|-+)\s*$)", re.MULTILINE)


def load_text(text: str, *, source: str = "", title: str = "") -> Document:
    """A document from text the user pasted or typed (Markdown-looking text is parsed as Markdown)."""
    if _MARKDOWN_HINT.search(text[:20000]):
        from tosreader.core.loaders.markdown import parse_markdown

        return parse_markdown(text, source=source, title=title)
    return parse_plain_text(text, source=source, title=title)


def load_path(path: str | Path) -> Document:
    """Read a file from disk and load it; raises LoadError with a one-line message on failure."""
    p = Path(path)
    if not p.exists():
        raise LoadError(f"{p}: no such file")
    if p.is_dir():
        raise LoadError(f"{p}: is a folder, not a document")
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(f"{p}: too large ({size // (1024 * 1024)} MB; the limit is "
                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise LoadError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return load_bytes(data, name=p.name, source=str(p))


def detect_format(data: bytes, *, name: str = "", media_type: str | None = None) -> str:
    """'pdf', 'docx', 'html', 'markdown' or 'text', by content first, then declared type, then name."""
    head = data[:2048]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    declared = _MEDIA_TYPES.get((media_type or "").split(";")[0].strip().lower())
    by_name = _EXTENSIONS.get(Path(name).suffix.lower()) if name else None
    for kind in (declared, by_name):
        if kind in ("markdown", "html", "text"):
            return kind
    if by_name in ("pdf", "docx") or declared in ("pdf", "docx"):
        return by_name or declared or "text"
    return "text"


def load_bytes(data: bytes, *, name: str = "", media_type: str | None = None, source: str = "") -> Document:
    """Load a document from raw bytes, choosing the format by content, declared type and name."""
    label = name or source or "document"
    if not data.strip():
        raise LoadError(f"{label}: is empty")
    kind = detect_format(data, name=name, media_type=media_type)
    if kind == "pdf":
        if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
            raise LoadError(f"{label}: not a PDF file")
        from tosreader.core.loaders.pdf import parse_pdf

        return parse_pdf(data, name=label, source=source)
    if kind == "docx":
        if not data.startswith(b"PK\x03\x04"):
            raise LoadError(f"{label}: not a Word document")
        from tosreader.core.loaders.docx import parse_docx

        return parse_docx(data, name=label, source=source)
    _refuse_binary(data, label, name)
    if kind == "html":
        from tosreader.core.loaders.html import parse_html

        document = parse_html(data, source=source or name)
        document.source = source
        return document
    text = decode_text(data, name=label)
    if kind == "markdown":
        from tosreader.core.loaders.markdown import parse_markdown

        document = parse_markdown(text, source=source)
    else:
        document = parse_plain_text(text, source=source)
    if not document.text.strip():
        raise LoadError(f"{label}: contains no text")
    return document


def _refuse_binary(data: bytes, label: str, name: str) -> None:
    """Binary garbage (images, executables, archives) is not a text document."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text has NUL bytes by design
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        suffix = Path(name).suffix.lower()
        if suffix and suffix not in _EXTENSIONS:
            raise LoadError(f"{label}: unsupported file type ({suffix})")
        raise LoadError(f"{label}: not a text document (binary content)")
