"""Markdown documents through markdown-it-py: headings, paragraphs, nested list items, table rows."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tosreader.core.document import Document, DocumentBuilder

_PARSER = MarkdownIt("commonmark").enable("table")
_FRONT_MATTER = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_DROP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _inline_text(token: Token) -> str:
    """The readable text of an inline token: link text kept; URLs, images' sources and markup dropped."""
    parts: list[str] = []
    in_autolink = False
    for child in token.children or []:
        kind = child.type
        if kind == "link_open":
            in_autolink = child.markup == "autolink" and str(child.attrGet("href") or "").startswith(
                ("http:", "https:", "ftp:", "www."))
        elif kind == "link_close":
            in_autolink = False
        elif in_autolink:
            continue
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "image":
            parts.append(child.content)  # the alt text
        elif kind == "html_inline" and _BR.fullmatch(child.content.strip()):
            parts.append(" ")
    return "".join(parts)


def _html_block_text(content: str) -> str:
    """Text inside a raw HTML block (without comments, scripts and tags)."""
    return html.unescape(_TAG.sub(" ", _HTML_DROP.sub(" ", content)))


def strip_front_matter(text: str) -> str:
    """Drop a YAML/TOML front matter block (metadata for site generators, not terms text)."""
    m = _FRONT_MATTER.match(text[:20000])
    return text[m.end():] if m else text


def parse_markdown(text: str, *, source: str = "", title: str = "") -> Document:
    builder = DocumentBuilder()
    tokens = _PARSER.parse(strip_front_matter(text))
    list_depth = 0
    in_item = 0
    heading_level = 0
    in_cell_row: list[str] | None = None
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open":
            in_item += 1
        elif t == "list_item_close":
            in_item -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1:])
        elif t == "heading_close":
            heading_level = 0
        elif t == "tr_open":
            in_cell_row = []
        elif t == "tr_close":
            if in_cell_row is not None:
                builder.add("table_row", " | ".join(c for c in in_cell_row if c))
            in_cell_row = None
        elif t == "inline":
            content = _inline_text(tok)
            if in_cell_row is not None:
                in_cell_row.append(" ".join(content.split()))
            elif heading_level:
                builder.add("heading", content, level=heading_level)
            elif in_item:
                builder.add("list_item", content, level=max(1, list_depth))
            else:
                builder.add("paragraph", content)
        elif t in ("code_block", "fence"):
            builder.add("list_item" if in_item else "paragraph", tok.content, level=list_depth if in_item else 0)
        elif t == "html_block":
            builder.add("paragraph", _html_block_text(tok.content))
    return builder.build(title=title, source=source, media_type="text/markdown")
