"""PDF export with Qt (no browser): the summary laid out by QTextDocument on A4 pages with a page footer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from tosreader.core.analysis import Analysis
from tosreader.core.errors import ToSReaderError
from tosreader.core.export import build_summary
from tosreader.core.export.html import render_qt_html

RESOLUTION = 300  # dots per inch of the PDF's layout grid
MARGINS_MM = QMarginsF(18, 16, 18, 14)  # left, top, right, bottom (the footer sits inside the bottom)
FOOTER_PT = 8
BODY_PT = 10
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"]
_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    global _app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["tosreader"])
    return _app


def _body_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    for tag in ("liga", "clig"):  # no ligatures: text copied or searched in the PDF keeps plain letters
        font.setFeature(QFont.Tag(tag), 0)
    return font


def write_pdf(analysis: Analysis, path: str | Path, *, changes: dict[str, Any] | None = None,
              include_text: bool = False, labels_language: str | None = None,
              generated_at: str | None = None) -> int:
    """Write the summary of ``analysis`` as an A4 PDF to ``path``; returns the number of pages."""
    ensure_gui_application()
    summary = build_summary(analysis, changes=changes, include_text=include_text,
                            labels_language=labels_language, generated_at=generated_at)
    target = Path(path)
    try:
        target.open("wb").close()  # a clear error for an unwritable place, before Qt fails silently
    except OSError as exc:
        raise ToSReaderError(f"cannot write {target}: {exc.strerror or exc}") from exc

    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{summary.labels['summary_of']}: {summary.title}")
    writer.setCreator("ToS Reader")

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_body_font())
    doc.setDocumentMargin(0)
    doc.setHtml(render_qt_html(summary))

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = _body_font()
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = QFontMetricsF(footer_font, writer).height() * 2.2
    body = QSizeF(area.width(), area.height() - footer_height)
    doc.setPageSize(body)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise ToSReaderError(f"cannot write {target}: the PDF could not be started")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_page(painter, doc, page, body)
            _draw_footer(painter, summary.labels, summary.title, page + 1, pages, body, footer_height,
                         footer_font)
    finally:
        painter.end()
    return pages


def _draw_page(painter: QPainter, doc: QTextDocument, page: int, body: QSizeF) -> None:
    painter.save()
    top = page * body.height()
    painter.translate(0, -top)
    doc.drawContents(painter, QRectF(0, top, body.width(), body.height()))
    painter.restore()


def _draw_footer(painter: QPainter, labels: dict[str, str], title: str, number: int, total: int,
                 body: QSizeF, height: float, font: QFont) -> None:
    painter.save()
    painter.setFont(font)
    grey = QColor("#6b7078")
    top = body.height() + height * 0.35
    painter.setPen(QPen(QColor("#c8ccd2"), max(1.0, RESOLUTION / 150)))
    painter.drawLine(0, int(top), int(body.width()), int(top))
    painter.setPen(grey)
    text_rect = QRectF(0, top + height * 0.12, body.width(), height * 0.6)
    page_text = labels["page"].format(n=number, total=total)
    metrics = QFontMetricsF(font, painter.device())
    room = body.width() - metrics.horizontalAdvance(page_text) - metrics.averageCharWidth() * 4
    left = metrics.elidedText(f"{title} · {labels['generated_by']}", Qt.TextElideMode.ElideRight, room)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_text)
    painter.restore()
