"""PDF documents through pypdf: page text rebuilt into paragraphs, page furniture dropped."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from tosreader.core.document import Document, DocumentBuilder
from tosreader.core.errors import LoadError
from tosreader.core.loaders.plaintext import _BULLET, _HEADING_NUMBER, _is_heading

MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+|seite\s+)?\d{1,4}(?:\s*(?:/|of|von)\s*\d{1,4})?\s*$", re.IGNORECASE)
_SENTENCE_END = (".", ":", ";", "!", "?")


def parse_pdf(data: bytes, *, name: str, source: str = "") -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise LoadError(f"{name}: PDF support is not installed (pypdf)") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError(f"{name}: the PDF is password-protected")
            except LoadError:
                raise
            except Exception as exc:
                raise LoadError(f"{name}: the PDF is encrypted and cannot be read") from exc
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise LoadError(f"{name}: too many pages ({len(pages)}; the limit is {MAX_PAGES})")
        page_lines = [(page.extract_text() or "").splitlines() for page in pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError) as exc:
        raise LoadError(f"{name}: broken or truncated PDF ({type(exc).__name__})") from exc
    except Exception as exc:  # pypdf raises many kinds on hostile files
        raise LoadError(f"{name}: the PDF cannot be read ({type(exc).__name__})") from exc
    lines = _drop_page_furniture(page_lines)
    if not any(line.strip() for line in lines):
        raise LoadError(f"{name}: the PDF has no text layer; it may be a scanned image")
    return _paragraphs(lines, source=source)


def _drop_page_furniture(page_lines: list[list[str]]) -> list[str]:
    """Remove page numbers and lines that repeat at the top or bottom of most pages."""
    edges: Counter[str] = Counter()
    for lines in page_lines:
        stripped = [ln.strip() for ln in lines if ln.strip()]
        for ln in set(stripped[:2] + stripped[-2:]):
            edges[ln] += 1
    threshold = max(3, int(len(page_lines) * 0.6))
    repeated = {ln for ln, n in edges.items() if n >= threshold and len(page_lines) >= 3}
    result: list[str] = []
    for lines in page_lines:
        for ln in lines:
            s = ln.strip()
            if s in repeated or _PAGE_NUMBER.match(s):
                continue
            result.append(ln)
        result.append("")  # a page break ends a paragraph only if the sentence ended
    return result


def _paragraphs(lines: list[str], *, source: str) -> Document:
    builder = DocumentBuilder()
    current: list[str] = []

    def flush() -> None:
        if current:
            text = ""
            for part in current:
                if text.endswith("-") and part[:1].islower():
                    text = text[:-1] + part  # hyphenation at the line end: "Ver-" + "trag"
                else:
                    text = f"{text} {part}" if text else part
            _add(builder, text)
            current.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            if current and current[-1].endswith(_SENTENCE_END):
                flush()
            continue
        starts_new = bool(_BULLET.match(line) or _HEADING_NUMBER.match(line)) or _is_heading(line)
        if starts_new or (current and current[-1].endswith(_SENTENCE_END) and line[:1].isupper()
                          and len(current[-1]) < 60):
            flush()
        current.append(line)
        if _is_heading(line):
            flush()
    flush()
    return builder.build(source=source, media_type="application/pdf")


def _add(builder: DocumentBuilder, text: str) -> None:
    if _BULLET.match(text) and not _HEADING_NUMBER.match(text):
        builder.add("list_item", text, level=1)
    elif _is_heading(text):
        builder.add("heading", text, level=2)
    else:
        builder.add("paragraph", text)
