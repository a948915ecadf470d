"""Word (.docx) documents through python-docx, after checking the archive is not a zip bomb."""

from __future__ import annotations

import io
import re
import zipfile

from tosreader.core.document import Document, DocumentBuilder
from tosreader.core.errors import LoadError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|title|titel)\s*(\d*)", re.IGNORECASE)


def check_archive(data: bytes, name: str) -> None:
    """Refuse archives that are not zip files or that would inflate far beyond their size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(f"{name}: not a valid Word document (broken zip archive)") from exc
    if "word/document.xml" not in names:
        raise LoadError(f"{name}: not a Word document (no word/document.xml inside)")
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO and total > 10 * 1024 * 1024:
        raise LoadError(f"{name}: refused: the archive would inflate to {total // (1024 * 1024)} MB "
                        "(a zip bomb?)")


def parse_docx(data: bytes, *, name: str, source: str = "") -> Document:
    check_archive(data, name)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(io.BytesIO(data))
        builder = DocumentBuilder()
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                _add_paragraph(builder, Paragraph(child, d))
            elif tag == "tbl":
                for row in Table(child, d).rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if text and (not cells or cells[-1] != text):  # merged cells repeat
                            cells.append(text)
                    builder.add("table_row", " | ".join(cells))
        title = (d.core_properties.title or "").strip()
    except LoadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        raise LoadError(f"{name}: the Word document cannot be read ({type(exc).__name__})") from exc
    return builder.build(title=title, source=source,
                         media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _add_paragraph(builder: DocumentBuilder, paragraph: object) -> None:
    text = paragraph.text  # type: ignore[attr-defined]
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    m = _HEADING_STYLE.match(style)
    if m:
        builder.add("heading", text, level=int(m.group(1) or 1))
        return
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    if "list" in style.lower() or (ppr is not None and ppr.numPr is not None):
        level = 1
        if ppr is not None and ppr.numPr is not None and ppr.numPr.ilvl is not None:
            level = int(ppr.numPr.ilvl.val) + 1
        builder.add("list_item", text, level=level)
        return
    builder.add("paragraph", text)
