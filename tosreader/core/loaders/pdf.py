"""PDF documents through pypdf: page text rebuilt into paragraphs, page furniture dropped."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from tosreader.core.document import Document, DocumentBuilder, spell_ligatures
from tosreader.core.errors import LoadError
from tosreader.core.loaders.plaintext import _BULLET, _HEADING_NUMBER, _is_heading

MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+|seite\s+)?\d{1,4}(?:\s*(?:/|of|von)\s*\d{1,4})?\s*$", re.IGNORECASE)
_SENTENCE_END = (".", ":", ";", "!", "?")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with within from into and or but as than that which who your our "
    "their its any all no not be is are may will can der die das den dem des ein eine einer eines und "
    "oder aber als am im an auf aus bei mit nach von vor zu zum zur für über unter durch ohne gegen "
    "innerhalb ist sind wird werden kann können sie wir ihr ihre unsere nicht".split())
_DIGITS = re.compile(r"\d+")
_ORDINAL_DATE = re.compile(r"^\d{1,2}\.\s+(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^(?:§\s*\d+|\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVX]{1,5}\.)\s+\S")


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
            _decrypt(reader, name)
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise LoadError(f"{name}: too many pages ({len(pages)}; the limit is {MAX_PAGES})")
        page_lines = _page_lines(pages, name)
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


def _decrypt(reader: object, name: str) -> None:
    """Open a PDF encrypted with an empty user password (common for "no copying" PDFs); refuse others."""
    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except Exception as exc:  # missing crypto support, unknown algorithm
        raise LoadError(f"{name}: the PDF is encrypted and cannot be read ({type(exc).__name__})") from exc
    if not opened:
        raise LoadError(f"{name}: the PDF is encrypted with a password; open it in a PDF viewer and "
                        "save an unprotected copy")


def _page_lines(pages: object, name: str) -> list[list[str]]:
    """Text lines per page; a page that cannot be read is skipped unless every page fails."""
    result: list[list[str]] = []
    failures = 0
    first_error: Exception | None = None
    for page in pages:  # type: ignore[attr-defined]
        try:
            text = page.extract_text() or ""
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:  # one damaged page should not cost the whole document
            failures += 1
            first_error = first_error or exc
            text = ""
        result.append(spell_ligatures(text).splitlines())
    if result and failures == len(result) and first_error is not None:
        raise first_error
    return result


def _drop_page_furniture(page_lines: list[list[str]]) -> list[str]:
    """Remove page numbers and lines that repeat at the top or bottom of most pages."""
    edges: Counter[str] = Counter()
    for lines in page_lines:
        stripped = [ln.strip() for ln in lines if ln.strip()]
        for ln in {_DIGITS.sub("#", ln) for ln in stripped[:2] + stripped[-2:]}:
            edges[ln] += 1
    threshold = max(3, int(len(page_lines) * 0.6))
    repeated = {ln for ln, n in edges.items() if n >= threshold and len(page_lines) >= 3}
    result = _without(page_lines, repeated)
    if repeated and not any(ln.strip() for ln in result):
        return _without(page_lines, set())  # every line "repeats": short pages of one template
    return result


def _without(page_lines: list[list[str]], repeated: set[str]) -> list[str]:
    result: list[str] = []
    for lines in page_lines:
        stripped = [ln.strip() for ln in lines if ln.strip()]
        edge = set(stripped[:2] + stripped[-2:])
        for ln in lines:
            s = ln.strip()
            if _PAGE_NUMBER.match(s) or (s in edge and _DIGITS.sub("#", s) in repeated):
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
                if text.endswith(("-", "\u00ad")) and part[:1].islower() and text[-2:-1].isalpha():
                    text = text[:-1] + part  # hyphenation at the line end: "Ver-" + "trag"
                elif text.endswith("-") and part[:1].isupper() and text[-2:-1].isalpha():
                    text += part  # a compound's own hyphen at the line end: "E-" + "Mail"
                else:
                    text = f"{text} {part}" if text else part
            _add(builder, text)
            current.clear()

    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if current and current[-1].endswith(_SENTENCE_END):
                flush()
            continue
        ended = not current or current[-1].endswith(_SENTENCE_END)
        heading = ended and _is_heading(line) and _could_end_a_heading(line) and _next_starts_anew(lines, i)
        if heading or _starts_block(line, ended) or (
                ended and current and line[:1].isupper() and len(current[-1]) < 60):
            flush()
        current.append(line)
        if heading:
            flush()
    flush()
    return builder.build(source=source, media_type="application/pdf")


def _could_end_a_heading(line: str) -> bool:
    """A wrapped line stops anywhere, a heading does not stop on a hyphen or a function word."""
    last = line.rsplit(None, 1)[-1].lower()
    return not line.endswith(("-", ",")) and last not in _FUNCTION_WORDS


def _next_starts_anew(lines: list[str], index: int) -> bool:
    """After a heading the text goes on with a capital, a number or a marker, not mid-sentence."""
    for raw in lines[index + 1 : index + 3]:
        nxt = raw.strip()
        if nxt:
            return not nxt[:1].islower()
    return True


def _starts_block(line: str, previous_ended: bool) -> bool:
    """A list marker or a section number starts a block; a bare number ("30 days") only after a
    finished sentence, since a wrapped line may well begin with one."""
    if _ORDINAL_DATE.match(line):  # "12. Januar 2024" wrapped onto a new line
        return False
    if _BULLET.match(line) or _SECTION_NUMBER.match(line):
        return True
    return previous_ended and bool(_HEADING_NUMBER.match(line))


def _add(builder: DocumentBuilder, text: str) -> None:
    if _BULLET.match(text) and not _HEADING_NUMBER.match(text):
        builder.add("list_item", text, level=1)
    elif _is_heading(text):
        builder.add("heading", text, level=2)
    else:
        builder.add("paragraph", text)

