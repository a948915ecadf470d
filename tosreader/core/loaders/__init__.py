"""Loaders: turn files and bytes (txt, md, html, pdf, docx) into the one Document model."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tosreader.core.document import Document
from tosreader.core.errors import LoadError
from tosreader.core.loaders.plaintext import decode_text, parse_plain_text, sniff_unicode

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
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Files people drop by mistake, known by their first bytes, refused with a name rather than as "garbage".
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as .docx or PDF"),
    (b"{\\rtf", "RTF; save it as .docx, PDF or plain text"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"%!PS", "PostScript; convert it to PDF"),
)
_ZIP_KINDS = (
    (b"word/document.xml", ""),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt); save it as .docx or PDF"),
    (b"application/epub+zip", "an EPUB e-book"),
    (b"xl/workbook.xml", "an Excel workbook"),
    (b"ppt/presentation.xml", "a PowerPoint presentation"),
)


def load_text(text: str, *, source: str = "", title: str = "") -> Document:
    """A document from text the user pasted or typed (Markdown-looking text is parsed as Markdown)."""
    if _MARKDOWN_HINT.search(text[:20000]):
        from tosreader.core.loaders.markdown import parse_markdown

        return parse_markdown(text, source=source, title=title)
    return parse_plain_text(text, source=source, title=title)


def load_path(path: str | Path) -> Document:
    """Read a file from disk and load it; raises LoadError with a one-line message on failure."""
    p = Path(path)
    try:
        if not p.exists():
            raise LoadError(f"{p}: no such file")
        if p.is_dir():
            raise LoadError(f"{p}: is a folder, not a document")
        with p.open("rb") as fh:  # a bounded read: pipes and devices report no size
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise LoadError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:  # e.g. a NUL byte in the path
        raise LoadError(f"{p!r}: not a valid file name") from exc
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"{p}: too large ({_size(p, data)}; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    return load_bytes(data, name=p.name, source=str(p))


def _size(path: Path, data: bytes) -> str:
    try:
        size = max(path.stat().st_size, len(data))
    except OSError:
        size = len(data)
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def detect_format(data: bytes, *, name: str = "", media_type: str | None = None) -> str:
    """'pdf', 'docx', 'html', 'markdown' or 'text', by content first, then declared type, then name."""
    head = data[:2048]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if _HTML_START.match(_text_head(data)):
        return "html"
    declared = _MEDIA_TYPES.get((media_type or "").split(";")[0].strip().lower())
    by_name = _EXTENSIONS.get(Path(name).suffix.lower()) if name else None
    for kind in (declared, by_name):
        if kind in ("markdown", "html", "text"):
            return kind
    if by_name in ("pdf", "docx") or declared in ("pdf", "docx"):
        return by_name or declared or "text"
    return "text"


def _text_head(data: bytes) -> bytes:
    """The first bytes as UTF-8-compatible bytes, so HTML in UTF-16 is recognised too."""
    encoding = sniff_unicode(data)
    if encoding in (None, "utf-8-sig"):
        return data[:2048].removeprefix(b"\xef\xbb\xbf")
    head = data[:4096]
    return head[: len(head) // 2 * 2].decode(encoding or "utf-16", errors="ignore").encode("utf-8")


def load_bytes(data: bytes, *, name: str = "", media_type: str | None = None, source: str = "") -> Document:
    """Load a document from raw bytes, choosing the format by content, declared type and name."""
    label = name or source or "document"
    if not data or data.isspace():
        raise LoadError(f"{label}: is empty")
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"{label}: too large ({len(data) // (1024 * 1024)} MB; the limit is "
                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        document = _load(data, label, name, media_type, source)
    except (LoadError, MemoryError):
        raise
    except RecursionError as exc:
        raise LoadError(f"{label}: too deeply nested to read") from exc
    except Exception as exc:  # a parser bug on hostile input must still reach the user as one line
        raise LoadError(f"{label}: cannot be read ({type(exc).__name__})") from exc
    if not document.text.strip():
        raise LoadError(f"{label}: contains no text")
    return document


def _load(data: bytes, label: str, name: str, media_type: str | None, source: str) -> Document:
    _refuse_known_binary(data, label, name)
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
        return _load_html(data, media_type, source or name, source)
    text = decode_text(data, name=label)
    if kind == "text" and not _declared_or_named(name, media_type) and _MARKDOWN_HINT.search(text[:20000]):
        kind = "markdown"  # standard input or a name without extension: judge by the text
    if kind == "markdown":
        from tosreader.core.loaders.markdown import parse_markdown

        return parse_markdown(text, source=source)
    return parse_plain_text(text, source=source)


def _load_html(data: bytes, media_type: str | None, label: str, source: str) -> Document:
    from tosreader.core.loaders.html import parse_html

    declared = _CHARSET.search(media_type or "")
    charset = declared.group(1) if declared else None
    encoding = sniff_unicode(data)
    if encoding and encoding != "utf-8-sig":  # UTF-16 pages: hand the HTML parser UTF-8
        data = data.decode(encoding, errors="replace").lstrip("\ufeff").encode("utf-8")
        charset = "utf-8"
    document = parse_html(data, source=label, declared_charset=charset)
    document.source = source
    return document


def _declared_or_named(name: str, media_type: str | None) -> bool:
    return bool(Path(name).suffix.lower() in _EXTENSIONS or _MEDIA_TYPES.get(
        (media_type or "").split(";")[0].strip().lower()))


def _refuse_known_binary(data: bytes, label: str, name: str) -> None:
    """Images, archives, legacy Office files and programs are named, not called garbage."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise LoadError(f"{label}: unsupported file type ({what})")
    if data.startswith(b"PK\x03\x04") and Path(name).suffix.lower() != ".docx":
        what = _zip_kind(data)
        if what:
            raise LoadError(f"{label}: unsupported file type ({what})")


def _zip_kind(data: bytes) -> str:
    """'' for a Word document, else what the zip archive seems to hold."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = "\n".join(zf.namelist()[:2000]).encode("utf-8", "replace")
            if "mimetype" in zf.namelist() and zf.getinfo("mimetype").file_size < 200:
                names += b"\n" + zf.read("mimetype")
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError, EOFError,
            RuntimeError):
        return ""  # the Word loader reports a broken archive
    for marker, what in _ZIP_KINDS:
        if marker in names:
            return what
    return "a zip archive"


def _refuse_binary(data: bytes, label: str, name: str) -> None:
    """Binary garbage (images, executables, archives) is not a text document."""
    if sniff_unicode(data):
        return  # UTF-16 text has NUL bytes by design
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        suffix = Path(name).suffix.lower()
        if suffix and suffix not in _EXTENSIONS:
            raise LoadError(f"{label}: unsupported file type ({suffix})")
        raise LoadError(f"{label}: not a text document (binary content)")
