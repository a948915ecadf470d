"""The one document model: normalised text, its structure and clauses, all in character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of the text: a heading, a paragraph, a list item or a table row.

    ``start``/``end`` are offsets into :attr:`Document.text`; blocks never overlap and are in order.
    ``level`` is the heading level (1-6) or the list nesting depth (1 = top level), else 0.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence-sized unit the rules look at, with offsets into the document text.

    ``heading`` is the text of the nearest heading above the clause (its section), ``number`` the
    section or enumeration label the clause starts with ("10.2", "§ 5", "(a)"), if any.
    """

    index: int
    start: int
    end: int
    block: int
    heading: str = ""
    number: str = ""


@dataclass(slots=True)
class Document:
    """A loaded terms document.

    ``text`` is normalised: blocks are separated by a single blank line ("\\n\\n"), runs of whitespace
    inside a block are single spaces, line ends are "\\n". Every offset in the app points into it.
    """

    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    source: str = ""
    media_type: str = "text/plain"
    language: str = ""
    clauses: list[Clause] = field(default_factory=list)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def clause_text(self, clause: Clause) -> str:
        return self.text[clause.start : clause.end]

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]


# Soft hyphens, zero-width spaces, word joiners, invisible operators and byte-order marks: pasted web and
# PDF text carries them inside words, where they would keep a rule from matching "terminate". Typographic
# ligatures ("modiﬁed" with U+FB01) come with text copied out of PDF viewers and hide words the same way.
# (A regular expression, not str.translate: translating with a table is slow on long text.)
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
_LIGATURE = re.compile(f"[{''.join(LIGATURES)}]")
_UNREADABLE = re.compile(f"[\u00ad\u200b\u2060-\u2064\ufeff{''.join(LIGATURES)}]")


def spell_ligatures(text: str) -> str:
    """``text`` with ligatures spelt out (the PDF loader keeps soft hyphens to join broken words)."""
    return _LIGATURE.sub(lambda m: LIGATURES[m.group(0)], text)


def readable(text: str) -> str:
    """``text`` without invisible characters inside words and with ligatures spelt out."""
    return _UNREADABLE.sub(lambda m: LIGATURES.get(m.group(0), ""), text)


class DocumentBuilder:
    """Assembles normalised text block by block, so loaders never compute offsets by hand."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def add(self, kind: BlockKind, text: str, level: int = 0) -> None:
        """Append one block; whitespace inside it is collapsed, invisible characters that break words
        ("termi\u00adnate", a zero-width space) are dropped and ligatures ("\ufb01") spelt out. Empty
        blocks are dropped."""
        cleaned = " ".join(readable(text).split())
        if not cleaned:
            return
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(cleaned)
        self._length += len(cleaned)
        self.blocks.append(Block(kind, start, self._length, level))

    def build(self, *, title: str = "", source: str = "", media_type: str = "text/plain") -> Document:
        text = "".join(self._parts)
        if not title:
            title = _guess_title(text, self.blocks)
        return Document(text=text, blocks=self.blocks, title=title, source=source, media_type=media_type)


def _guess_title(text: str, blocks: list[Block]) -> str:
    for block in blocks:
        if block.kind == "heading":
            return text[block.start : block.end][:120]
    if blocks:
        first = text[blocks[0].start : blocks[0].end]
        if len(first) <= 120:
            return first
    return ""
