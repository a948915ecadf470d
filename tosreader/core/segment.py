"""Clause segmentation: sentence-sized clauses inside blocks, aware of legal numbering and abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache

from tosreader.core.document import Clause, Document

# Abbreviations that end in a period without ending a sentence (lower-cased, without the final period).
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """e.g i.e etc inc ltd llc co corp no nos vs v cf approx art arts sec secs para paras dept est fig
        jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof st jr sr u.s u.k e.u u.s.a
        a.m p.m incl excl min max ref resp viz al ibid govt pty plc gmbh s.a s.l b.v n.v ag cl sch pt
        pp ch subsec reg regs ed vol tel ph.d""".split()
    ),
    "de": frozenset(
        """z.b d.h u.a bzw ggf nr abs gem inkl zzgl etc usw vgl s art ca max min evtl sog i.s.d i.v.m
        insb einschl ziff lit bspw bzgl u.u o.g s.o s.u v.a z.t z.zt dr prof str tel mio mrd abb anm
        allg bes betr d.i eigtl entspr erg ff gegr hrsg jh jhd kap lfd mwst n.chr v.chr od o.ä
        u.ä usf vs zit zzt geb gez i.d.r i.e.s i.r.d i.ü u.v.m gmbh e.v ag kg co inc ltd llc hr fr
        exkl mtl tsd tlw urt az bgbl ust ust.-id nrn stk std abschn anh""".split()
    ),
}
# Abbreviations that often end a sentence too ("… cookies, pixels, etc. We also …"): after them a
# sentence ends when the next word is one that typically opens a sentence.
_MAY_END = frozenset("etc usw usf inc ltd llc co corp plc gmbh ag kg e.v u.s u.k e.u a.m p.m".split())
_SENTENCE_OPENERS = frozenset(
    """we you the this these those if in our your it its any all when where for please there they
    such no each as to wir sie die der das dies diese dieser dieses wenn ihr ihre es bitte falls
    soweit in im für alle jede jeder jedes eine ein unsere unser""".split()
)
_MONTHS_DE = ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
              "oktober", "november", "dezember")
# Words before a German ordinal ("am 1. Januar", "im 3. Jahr", "ab dem 14. Tag").
_ORDINAL_CONTEXT_DE = frozenset(
    "am im zum vom bis ab dem den der die das des zur jeden jedes jeder jede seit beim je pro mit nach "
    "vor zum zwischen spätestens frühestens ersten".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space, then a likely start.
_BOUNDARY = re.compile(r"([.!?…])[\"'”’“)\]]*\s+(?=[\"'“„‚(\[]?[A-ZÄÖÜÀ-Þ0-9§])")
# Semicolon or colon before an enumeration marker: "…; (b) the …", "…: 1. you …", "…; or (ii) …"
# start a new clause; a joining "or"/"and"/"oder"/"und" stays with the clause before.
_ENUM_BOUNDARY = re.compile(
    r"[;:]\s+(?:(?:or|and|oder|und|sowie|bzw\.)\s+)?"
    r"(?=(?:\(?(?:[a-zA-Z]|[ivx]{1,4}|[IVX]{1,4}|\d{1,2})\)|\d{1,2}\.(?!\d))\s)"
)
_OPENERS = "(\"'“„[‚"
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")
_NEXT_WORD = re.compile(r"[\"'“„‚(\[]?([^\s\"'”“)\],.;:]+)")
_LABEL = re.compile(
    r"^(?:§+\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+)?(?:\s*(?:S\.|Satz)\s*\d+)?|"
    r"(?:Art(?:icle|ikel|\.)?|Section|Sec\.|Clause|Ziffer|Ziff\.|Abschnitt)\s*\d+(?:\.\d+)*|"
    r"\d{1,3}(?:\.\d{1,3})*\.?(?=\s)|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)|[a-z]\)|[A-Z]\.(?=\s))",
    re.IGNORECASE,
)
# Clauses longer than this are split further at semicolons so one rule sees one obligation at a time.
LONG_CLAUSE = 1200
_SEMICOLON = re.compile(r";\s+")


@lru_cache(maxsize=8)
def abbreviations(language: str) -> frozenset[str]:
    base = _ABBREVIATIONS.get(language, frozenset())
    # Legal texts mix both languages' abbreviations often enough ("Inc." in German terms).
    return base | _ABBREVIATIONS["en"] if language != "en" else base


def segment(document: Document, language: str = "", *, upto: int | None = None) -> list[Clause]:
    """Split every block of ``document`` into clauses; headings are their own clause.

    A clause never spans two blocks: each block is split on its own. With ``upto``, only the blocks
    that start before that offset (the same first clauses as the whole segmentation).
    """
    lang = language or document.language or "en"
    abbrevs = abbreviations(lang)
    text = document.text
    clauses: list[Clause] = []
    heading = ""
    for block_index, block in enumerate(document.blocks):
        if upto is not None and block.start >= upto:
            break
        if block.kind == "heading":
            heading = text[block.start : block.end]
            clauses.append(Clause(len(clauses), block.start, block.end, block_index, heading,
                                  _label(text[block.start : block.end])))
            continue
        for start, end in split_sentences(text, block.start, block.end, lang, abbrevs):
            clauses.append(Clause(len(clauses), start, end, block_index, heading,
                                  _label(text[start:end])))
    return clauses


def split_sentences(text: str, start: int, end: int, lang: str,
                    abbrevs: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside ``text[start:end]``, trimmed of surrounding whitespace."""
    if abbrevs is None:
        abbrevs = abbreviations(lang)
    cut_points: list[int] = []
    for m in _BOUNDARY.finditer(text, start, end):
        period = m.start()
        if text[period] == ".":
            token_start = _token_start(text, max(start, period - 40), period)
            token = text[token_start:period].lstrip(_OPENERS).lower()
            if len(token) == 1 and token.isalpha():
                continue  # an initial, or the end of "z. B." / "d. h."
            if not _is_sentence_end(text, start, token_start, token, m.end(), lang, abbrevs):
                continue
        cut_points.append(m.end())
    for m in _ENUM_BOUNDARY.finditer(text, start, end):
        cut_points.append(m.end())
    if not cut_points and end - start <= LONG_CLAUSE:
        return [_trim(text, start, end)] if text[start:end].strip() else []
    cut_points.sort()
    spans: list[tuple[int, int]] = []
    previous = start
    for cut in cut_points:
        if cut > previous:
            spans.append((previous, cut))
            previous = cut
    spans.append((previous, end))
    trimmed = []
    for s, e in spans:
        for piece in _split_long(text, s, e) if e - s > LONG_CLAUSE else ((s, e),):
            s2, e2 = _trim(text, *piece)
            if e2 > s2:
                trimmed.append((s2, e2))
    return trimmed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on clause (long all-caps disclaimers, lists written as one sentence) split at semicolons,
    keeping every piece at least a fifth of the limit long."""
    if end - start <= LONG_CLAUSE:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    previous = start
    for m in _SEMICOLON.finditer(text, start, end):
        if m.end() - previous >= LONG_CLAUSE // 5 and end - m.end() >= LONG_CLAUSE // 5:
            pieces.append((previous, m.end()))
            previous = m.end()
    pieces.append((previous, end))
    return pieces


def _token_start(text: str, low: int, end: int) -> int:
    """Start of the whitespace-delimited token that ends at ``end`` (not before ``low``)."""
    space = text.rfind(" ", low, end)
    start = space + 1 if space >= 0 else low
    token = text[start:end]
    if not token.isprintable():  # a line break or tab inside: documents not built by DocumentBuilder
        parts = re.split(r"\s", token)
        start = end - len(parts[-1])
    return start


def _is_sentence_end(text: str, block_start: int, token_start: int, token: str, next_start: int,
                     lang: str, abbrevs: frozenset[str]) -> bool:
    """Whether the period after ``token`` (lower-cased, without opening brackets) ends a sentence."""
    if not token:
        return True
    window_start = max(block_start, token_start - 40)
    # "z. B." / "d. h." written with a space: look one token further back.
    if len(token) == 2 and token.isalpha() and token_start - 1 > window_start:
        before_start = _token_start(text, window_start, token_start - 1)
        before = text[before_start : token_start - 1].lower().lstrip(_OPENERS).rstrip(".")
        if before and f"{before}.{token}" in abbrevs:
            return False
    if token in abbrevs:
        return token in _MAY_END and _next_word(text, next_start) in _SENTENCE_OPENERS
    if token[0].isdigit():
        return _is_number_end(text, token, token_start, block_start, window_start, next_start, lang)
    return not _INITIALS.fullmatch(token)  # e.g. "u.s.a", "i.v.m"


def _is_number_end(text: str, token: str, token_start: int, block_start: int, window_start: int,
                   next_start: int, lang: str) -> bool:
    # A bare enumeration number at the start of a block ("1. Scope") is a label, not a sentence.
    if token_start == block_start and token.rstrip(".").isdigit():
        return False
    if _DOTTED_NUMBER.fullmatch(token) and text[next_start : next_start + 1].isdigit():
        return False  # "10.2" section label inside a sentence
    if lang == "de" and token.isdigit() and len(token) <= 3:
        return not _is_german_ordinal(text, window_start, token_start, next_start)
    return True


def _is_german_ordinal(text: str, window_start: int, token_start: int, next_start: int) -> bool:
    """"am 1. Januar", "im 3. Jahr", "des 14. Tages": a number with a period that does not end a sentence."""
    if text[next_start : next_start + 12].lower().startswith(_MONTHS_DE):
        return True
    if token_start - 1 <= window_start:
        return False
    before_start = _token_start(text, window_start, token_start - 1)
    return text[before_start : token_start - 1].lower() in _ORDINAL_CONTEXT_DE


def _next_word(text: str, at: int) -> str:
    m = _NEXT_WORD.match(text, at)
    return m.group(1).lower() if m else ""


def _label(clause_text: str) -> str:
    m = _LABEL.match(clause_text)
    return m.group(0).strip() if m else ""
