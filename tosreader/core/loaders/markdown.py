"""Markdown documents through markdown-it-py: headings, paragraphs, nested list items, table rows."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tosreader.core.document import Document, DocumentBuilder

_PARSER = MarkdownIt("commonmark").enable("table")


def _inline_text(token: Token) -> str:
    """The readable text of an inline token: link text kept, URLs, images and markup dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            continue
    return "".join(parts)


def parse_markdown(text: str, *, source: str = "", title: str = "") -> Document:
    builder = DocumentBuilder()
    tokens = _PARSER.parse(text)
    list_depth = 0
    in_item = 0
    heading_level = 0
    in_cell_row: list[str] | None = None
    item_paragraph_added: list[bool] = []
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open":
            in_item += 1
            item_paragraph_added.append(False)
        elif t == "list_item_close":
            in_item -= 1
            item_paragraph_added.pop()
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
                builder.add("list_item", content, level=list_depth)
            else:
                builder.add("paragraph", content)
        elif t in ("code_block", "fence"):
            builder.add("paragraph", tok.content)
        elif t == "html_block":
            continue
    return builder.build(title=title, source=source, media_type="text/markdown")
