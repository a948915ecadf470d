"""Plain text: decoding of legacy and Unicode encodings, and paragraphs from lines."""

from __future__ import annotations

import re

from tosreader.core.document import Document, DocumentBuilder
from tosreader.core.errors import LoadError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes, *, name: str = "") -> str:
    """Bytes to str: BOMs first, then strict UTF-8, then Windows-1252 (a superset of Latin-1's text)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
    raise LoadError(f"{name}: unknown text encoding")  # pragma: no cover


_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–]|\(?[0-9]{1,3}[.)]|\(?[a-z]\)|\([ivx]{1,5}\))\s+")
_HEADING_NUMBER = re.compile(r"^\s*(?:§\s*\d+|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")


def parse_plain_text(text: str, *, source: str = "", title: str = "") -> Document:
    """Blocks from plain text: blank lines separate paragraphs; short unpunctuated lines are headings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    builder = DocumentBuilder()
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if _looks_hard_wrapped(lines):
            _add_line(builder, " ".join(line.strip() for line in lines))
        else:
            for line in lines:
                _add_line(builder, line)
    return builder.build(title=title, source=source, media_type="text/plain")


def _add_line(builder: DocumentBuilder, line: str) -> None:
    stripped = line.strip()
    if _BULLET.match(line) and not _HEADING_NUMBER.match(line):
        builder.add("list_item", stripped, level=1)
    elif _is_heading(stripped):
        builder.add("heading", stripped, level=2)
    else:
        builder.add("paragraph", stripped)


def _is_heading(line: str) -> bool:
    if len(line) > 90 or line.endswith((".", ",", ";", ":", "?", "!")):
        return False
    words = line.split()
    if not words or len(words) > 12:
        return False
    if line.isupper() and len(words) <= 10:
        return True
    if len(words) <= 6 and line[:1].isupper() and not any(ch in line for ch in ",;\"“”"):
        return True  # a short unpunctuated line introducing a section
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] == "§")
    return capitalised >= max(1, len(words) * 0.6) and len(words) <= 8


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """True when the lines of a chunk are one paragraph broken at a fixed width."""
    if len(lines) < 3:
        return False
    lengths = [len(line.rstrip()) for line in lines[:-1]]
    widest = max(lengths)
    if widest < 50:
        return False
    near_width = sum(1 for n in lengths if n >= widest * 0.75)
    ends_open = sum(1 for line in lines[:-1] if not line.rstrip().endswith((".", ":", ";", "!", "?")))
    return near_width >= len(lengths) * 0.8 and ends_open >= len(lengths) * 0.6
