"""Clause segmentation: sentence-sized clauses inside blocks, aware of legal numbering and abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache

from tosreader.core.document import Clause, Document

# Abbreviations that end in a period without ending a sentence (lower-cased, without the final period).
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """e.g i.e etc inc ltd llc co corp no nos vs v cf approx art sec secs para paras dept est fig
        jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof st jr sr u.s u.k e.u u.s.a
        a.m p.m incl excl min max ref resp viz al ibid govt pty plc gmbh s.a s.l b.v n.v ag""".split()
    ),
    "de": frozenset(
        """z.b d.h u.a bzw ggf nr abs gem inkl zzgl etc usw vgl s art ca max min evtl sog i.s.d i.v.m
        insb einschl ziff lit bspw bzgl u.u o.g s.o s.u v.a z.t z.zt dr prof str tel mio mrd abb anm
        allg bes betr bzgl d.i eigtl entspr erg ff gegr hrsg jh jhd kap lfd mwst n.chr v.chr od o.ä
        u.ä usf vs zit zzt geb gez i.d.r i.e.s i.r.d i.ü u.v.m gmbh e.v ag kg co inc ltd llc""".split()
    ),
}
_MONTHS_DE = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
              "oktober", "november", "dezember")

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space, then a likely start.
_BOUNDARY = re.compile(r"([.!?])[\"'”’)\]]*\s+(?=[\"'“„(\[]?[A-ZÄÖÜÀ-Þ0-9§])")
# Semicolon or colon before an enumeration marker: "…; (b) the …" starts a new clause.
_ENUM_BOUNDARY = re.compile(r"[;:]\s+(?=\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)")
_PREV_TOKEN = re.compile(r"(\S+)$")
_LABEL = re.compile(
    r"^(?:§\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+)?|Art(?:icle|ikel|\.)?\s*\d+|"
    r"\d{1,3}(?:\.\d{1,3})*\.?(?=\s)|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)|[a-z]\)|[A-Z]\.(?=\s))",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def abbreviations(language: str) -> frozenset[str]:
    base = _ABBREVIATIONS.get(language, frozenset())
    # Legal texts mix both languages' abbreviations often enough ("Inc." in German terms).
    return base | _ABBREVIATIONS["en"] if language != "en" else base


def segment(document: Document, language: str = "") -> list[Clause]:
    """Split every block of ``document`` into clauses; headings are their own clause."""
    lang = language or document.language or "en"
    abbrevs = abbreviations(lang)
    text = document.text
    clauses: list[Clause] = []
    heading = ""
    for block_index, block in enumerate(document.blocks):
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
    spans: list[tuple[int, int]] = []
    cut_points: list[int] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group(1) == "." and not _is_sentence_end(text, start, m.start(1), m.end(), lang, abbrevs):
            continue
        cut_points.append(m.end())
    for m in _ENUM_BOUNDARY.finditer(text, start, end):
        cut_points.append(m.end())
    cut_points.sort()
    previous = start
    for cut in cut_points:
        if cut <= previous:
            continue
        spans.append((previous, cut))
        previous = cut
    spans.append((previous, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _is_sentence_end(text: str, block_start: int, period: int, next_start: int, lang: str,
                     abbrevs: frozenset[str]) -> bool:
    window_start = max(block_start, period - 40)
    token_match = _PREV_TOKEN.search(text, window_start, period)
    if not token_match:
        return True
    token = token_match.group(1).lstrip("(\"'“„[").lower()
    if not token:
        return True
    # "z. B." / "d. h." written with a space: look one token further back.
    if len(token) <= 2 and token.isalpha():
        before = _PREV_TOKEN.search(text, window_start, token_match.start() - 1) if token_match.start() > window_start else None
        if before and (before.group(1).lower().rstrip(".") + "." + token) in abbrevs:
            return False
    if token in abbrevs:
        return False
    if len(token) == 1 and token.isalpha():  # initials and "U.S." style
        return False
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):  # e.g. "u.s.a", "i.v.m"
        return False
    # A bare enumeration number at the start of a block ("1. Scope") is a label, not a sentence.
    if token.rstrip(".").isdigit() and token_match.start() == block_start:
        return False
    if re.fullmatch(r"\d+(?:\.\d+)+", token):  # "10.2" section label inside a sentence
        nxt = text[next_start : next_start + 1]
        if nxt.isdigit():
            return False
    if lang == "de" and token.isdigit() and len(token) <= 2:
        following = text[next_start : next_start + 12].lower()
        if following.startswith(_MONTHS_DE):
            return False
    return True


def _label(clause_text: str) -> str:
    m = _LABEL.match(clause_text)
    return m.group(0).strip() if m else ""
