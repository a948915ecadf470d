"""Loaders: turn files and bytes (txt, md, html, pdf, docx) into the one Document model."""

from __future__ import annotations

from pathlib import Path

from tosreader.core.document import Document
from tosreader.core.errors import LoadError
from tosreader.core.loaders.plaintext import decode_text, parse_plain_text

MAX_FILE_BYTES = 60 * 1024 * 1024

__all__ = ["LoadError", "load_bytes", "load_path", "load_text"]


def load_text(text: str, *, source: str = "", title: str = "") -> Document:
    """A document from text the user pasted or typed."""
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


def load_bytes(data: bytes, *, name: str = "", media_type: str | None = None, source: str = "") -> Document:
    """Load a document from raw bytes, choosing the format by content, declared type and name."""
    if not data.strip():
        raise LoadError(f"{name or source or 'document'}: is empty")
    text = decode_text(data, name=name or source)
    return parse_plain_text(text, source=source)
