"""Word (.docx) documents through python-docx, after checking the archive is not a zip bomb."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from tosreader.core.document import Document, DocumentBuilder
from tosreader.core.errors import LoadError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|title|titel)\s*(\d*)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(?:list|listenabsatz|liste|aufzählung)\b.*?(\d)?$", re.IGNORECASE)
_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def check_archive(data: bytes, name: str) -> None:
    """Refuse archives that are not zip files or that would inflate far beyond their size.

    Only the central directory is read here; zipfile never inflates an entry past the size declared
    there, so checking the declared sizes bounds what python-docx can later unpack.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise LoadError(f"{name}: not a valid Word document (broken zip archive)") from exc
    if len(infos) > MAX_ENTRIES:
        raise LoadError(f"{name}: refused: the archive holds {len(infos)} files (a zip bomb?)")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise LoadError(f"{name}: not a Word document (no word/document.xml inside)")
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_UNCOMPRESSED or (total / packed > MAX_RATIO and total > 10 * 1024 * 1024):
        raise LoadError(f"{name}: refused: the archive would inflate to {total // (1024 * 1024)} MB "
                        "(a zip bomb?)")


def parse_docx(data: bytes, *, name: str, source: str = "") -> Document:
    check_archive(data, name)
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
        builder = DocumentBuilder()
        _add_children(builder, d.element.body, d)
        title = (d.core_properties.title or "").strip()
    except LoadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        raise LoadError(f"{name}: the Word document cannot be read ({type(exc).__name__})") from exc
    return builder.build(title=title, source=source, media_type=_MEDIA_TYPE)


def _add_children(builder: DocumentBuilder, parent: Any, doc: Any, depth: int = 0) -> None:
    """Body paragraphs and tables in reading order; content controls (w:sdt) are looked into."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            _add_paragraph(builder, Paragraph(child, doc))
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                builder.add("table_row", " | ".join(_row_cells(row)))
        elif tag in ("sdt", "sdtContent", "customXml") and depth < 20:
            _add_children(builder, child, doc, depth + 1)


def _row_cells(row: Any) -> list[str]:
    cells: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and (not cells or cells[-1] != text):  # merged cells repeat
            cells.append(text)
    return cells


def _add_paragraph(builder: DocumentBuilder, paragraph: Any) -> None:
    text = paragraph.text
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    m = _HEADING_STYLE.match(style.strip())
    if m:
        builder.add("heading", text, level=min(6, int(m.group(1) or 1)))
        return
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.numPr is not None and not (
        ppr.numPr.numId is not None and ppr.numPr.numId.val == 0)  # numId 0 switches numbering off
    list_style = _LIST_STYLE.match(style.strip())
    if numbered or list_style:
        level = 1
        if numbered and ppr.numPr.ilvl is not None:
            level = int(ppr.numPr.ilvl.val) + 1
        elif list_style and list_style.group(1):
            level = int(list_style.group(1))
        builder.add("list_item", text, level=min(6, level))
        return
    builder.add("paragraph", text)
