"""Plain text: decoding of legacy and Unicode encodings, and paragraphs from lines."""

from __future__ import annotations

import re

from tosreader.core.document import Document, DocumentBuilder, readable

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Non-ASCII characters that Western European text in Windows-1252 / Latin-1 normally uses. If a cp1252
# decoding contains only these (and few of them), it is right; otherwise charset-normalizer is asked.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
    "„“”‘’‚‹›«»–—…€§°·•™©®¢£¥¿¡\u00a0\u00ad²½¼¾µ×"
)
_DETECTION_SAMPLE = 256 * 1024


def sniff_unicode(data: bytes) -> str | None:
    """The Unicode encoding of ``data`` if a BOM or the NUL pattern of UTF-16 text reveals it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if len(head) >= 8:
        even_nul = head[0::2].count(0) / (len(head) // 2)
        odd_nul = head[1::2].count(0) / (len(head) // 2)
        if odd_nul > 0.4 and even_nul < 0.05:
            return "utf-16-le" if _printable(head, "utf-16-le") else None
        if even_nul > 0.4 and odd_nul < 0.05:
            return "utf-16-be" if _printable(head, "utf-16-be") else None
    return None


def _printable(head: bytes, encoding: str) -> bool:
    """True when ``head`` decodes to text with hardly any control characters (not binary with NULs)."""
    sample = head[: len(head) // 2 * 2].decode(encoding, errors="replace")
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad <= len(sample) * 0.05


def decode_text(data: bytes, *, name: str = "") -> str:
    """Bytes to str: BOM or UTF-16 pattern, strict UTF-8, Windows-1252 when it reads as Western text,
    then charset-normalizer's guess, and Latin-1 as the last resort (it decodes every byte)."""
    unicode = sniff_unicode(data)
    if unicode:
        return data.decode(unicode, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        pass
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_as_western(western):
        return western
    guessed = _guess_encoding(data)
    if guessed:
        try:
            return data.decode(guessed, errors="replace")
        except LookupError:
            pass
    return western if western is not None else data.decode("latin-1")


def _reads_as_western(text: str) -> bool:
    """True when the non-ASCII characters are the few accented letters and typographic marks of
    Western European text (German ä ö ü ß „ “ €), not the letter soup of a wrongly decoded script."""
    sample = text[:_DETECTION_SAMPLE]
    non_ascii = [ch for ch in sample if ord(ch) > 127]
    if not non_ascii:
        return True
    if any(ch not in _WESTERN for ch in non_ascii):
        return False
    letters = sum(1 for ch in sample if ch.isalpha())
    return len(non_ascii) <= max(4, letters * 0.25)


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_DETECTION_SAMPLE]).best()
    except Exception:  # detection is a best effort; the caller has fallbacks
        return None
    return best.encoding if best is not None else None


_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–]|\(?[0-9]{1,3}[.)]|\(?[a-z]\)|\([ivx]{1,5}\))\s+")
_HEADING_NUMBER = re.compile(r"^\s*(?:§\s*\d+|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")
_RULE_LINE = re.compile(r"^\s*(?:[=_~*#-]\s*){3,}$")


def parse_plain_text(text: str, *, source: str = "", title: str = "") -> Document:
    """Blocks from plain text: blank lines separate paragraphs; short unpunctuated lines are headings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = readable(text)  # before the line tests: a line of invisible characters is blank
    builder = DocumentBuilder()
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip() and not _RULE_LINE.match(line)]
        if not lines:
            continue
        if len(lines) > 3 and _is_heading(lines[0].strip()) and _looks_hard_wrapped(lines[1:]):
            _add_line(builder, lines[0])  # a heading line directly above a wrapped paragraph
            _add_line(builder, " ".join(line.strip() for line in lines[1:]))
        elif _looks_hard_wrapped(lines):
            _add_line(builder, " ".join(line.strip() for line in lines))
        else:
            for line in lines:
                _add_line(builder, line)
    return builder.build(title=title, source=source, media_type="text/plain")


def _add_line(builder: DocumentBuilder, line: str) -> None:
    stripped = line.strip()
    if _BULLET.match(line) and not _HEADING_NUMBER.match(line):
        builder.add("list_item", stripped, level=_indent_level(line))
    elif _is_heading(stripped):
        builder.add("heading", stripped, level=2)
    else:
        builder.add("paragraph", stripped)


def _indent_level(line: str) -> int:
    """List nesting from indentation: every two spaces (a tab counts four) is one level deeper."""
    indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
    return min(6, 1 + indent // 2)


def _is_heading(line: str) -> bool:
    words = line.split()
    if line.endswith("?") and 2 <= len(words) <= 10 and line[:1].isupper() and "," not in line:
        return True  # a question that opens a section ("What happens if I break the rules?")
    if len(line) > 90 or line.endswith((".", ",", ";", ":", "?", "!")):
        return False
    if (_HEADING_NUMBER.match(line) and 3 <= len(words) <= 10 and words[1][:1].isupper()
            and not line.endswith(("and", "or", "und", "oder"))):
        return True  # a numbered section title in sentence case ("4. Your use of the service")
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
