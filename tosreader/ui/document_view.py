"""The reading pane: the document built block by block into a QTextDocument, findings highlighted."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from tosreader.core.document import Block, Document
from tosreader.core.engine import Finding
from tosreader.core.severity import Severity
from tosreader.ui.severity_style import clause_format, draw_marker, trigger_format

MARGIN_WIDTH = 22
HIGHLIGHT_BATCH = 1500  # findings formatted per event-loop turn, so a huge document stays responsive
MAX_FIND_MARKS = 2000
# Characters QTextDocument treats as block or frame breaks; each becomes one space (same length).
_BREAKS = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufdd0\ufdd1\ufffc"})
_LIST_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                QTextListFormat.Style.ListSquare)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class PositionMap:
    """Maps offsets into Document.text to QTextDocument positions (UTF-16, one Qt block per Block)."""

    def __init__(self) -> None:
        self.doc_starts: list[int] = []
        self.doc_ends: list[int] = []
        self.qt_starts: list[int] = []
        self._wide: dict[int, str] = {}  # block index -> its text, for blocks with non-BMP characters

    def add(self, block: Block, text: str, qt_start: int) -> None:
        if any(ord(ch) > 0xFFFF for ch in text):
            self._wide[len(self.doc_starts)] = text
        self.doc_starts.append(block.start)
        self.doc_ends.append(block.end)
        self.qt_starts.append(qt_start)

    def block_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.doc_starts, offset) - 1)

    def to_qt(self, offset: int) -> int:
        if not self.doc_starts:
            return 0
        i = self.block_index(offset)
        rel = max(0, min(offset, self.doc_ends[i]) - self.doc_starts[i])
        if i in self._wide:
            rel = utf16_len(self._wide[i][:rel])
        return self.qt_starts[i] + rel

    def to_doc(self, position: int) -> int:
        if not self.qt_starts:
            return 0
        i = max(0, bisect.bisect_right(self.qt_starts, position) - 1)
        rel = position - self.qt_starts[i]
        if i in self._wide:
            units = 0
            for n, ch in enumerate(self._wide[i]):
                if units >= rel:
                    rel = n
                    break
                units += 2 if ord(ch) > 0xFFFF else 1
            else:
                rel = len(self._wide[i])
        return min(self.doc_starts[i] + rel, self.doc_ends[i])


def _block_formats(block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
    bf = QTextBlockFormat()
    cf = QTextCharFormat()
    if block.kind == "heading":
        level = block.level or 1
        bf.setTopMargin(18 if level <= 2 else 12)
        bf.setBottomMargin(6)
        bf.setHeadingLevel(level)
        cf.setFontWeight(QFont.Weight.Bold)
        cf.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - level))
    elif block.kind == "list_item":
        bf.setBottomMargin(4)
    elif block.kind == "table_row":
        bf.setIndent(1)
        bf.setBottomMargin(2)
    else:
        bf.setBottomMargin(10)
    bf.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return bf, cf


def build_text_document(document: Document, font: QFont) -> tuple[QTextDocument, PositionMap]:
    """One Qt block per Block, lists as QTextLists (bullets add no characters), offsets recorded."""
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setDefaultFont(font)
    qdoc.setDocumentMargin(18)
    mapping = PositionMap()
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    lists: dict[int, QTextList] = {}
    for n, block in enumerate(document.blocks):
        bf, cf = _block_formats(block)
        if n == 0:
            cursor.setBlockFormat(bf)
            cursor.setCharFormat(cf)
        else:
            cursor.insertBlock(bf, cf)
        if block.kind == "list_item":
            _attach_to_list(cursor, lists, max(1, block.level))
        else:
            lists.clear()
        text = document.text[block.start : block.end].translate(_BREAKS)
        mapping.add(block, text, cursor.position())
        cursor.insertText(text, cf)
    cursor.endEditBlock()
    return qdoc, mapping


def _attach_to_list(cursor: QTextCursor, lists: dict[int, QTextList], level: int) -> None:
    for deeper in [lv for lv in lists if lv > level]:
        del lists[deeper]
    existing = lists.get(level)
    if existing is not None:
        existing.add(cursor.block())
        return
    fmt = QTextListFormat()
    fmt.setStyle(_LIST_STYLES[(level - 1) % len(_LIST_STYLES)])
    fmt.setIndent(level)
    lists[level] = cursor.createList(fmt)


class MarkerMargin(QWidget):
    """The strip left of the text: one severity shape beside the first line of each flagged clause."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()))
        for y, severity in self._view.visible_markers():
            size = 12.0
            draw_marker(painter, QRectF((self.width() - size) / 2, y, size, size), severity, self._view.dark)
        painter.end()


class DocumentView(QTextBrowser):
    """Read-only view of a Document; highlights findings by severity and jumps to clauses."""

    highlightsApplied = Signal()  # noqa: N815 - Qt signal naming
    offsetClicked = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setAcceptDrops(False)  # drops go to the window, which opens the file
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.dark = False
        self.model: Document | None = None
        self.mapping = PositionMap()
        self._findings: list[Finding] = []
        self._markers: dict[int, list[tuple[int, Severity]]] = {}  # Qt block number -> (position, severity)
        self._pending: Iterator[None] | None = None
        self._find_text = ""
        self._zoom = 0
        self._base_size = max(QFont().pointSizeF(), 9.0) + 2
        self.margin = MarkerMargin(self)
        self.setViewportMargins(MARGIN_WIDTH, 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self._apply_font()

    # -- document ---------------------------------------------------------------------------------

    def show_document(self, document: Document) -> None:
        self.cancel_highlights()
        self.model = document
        self._findings = []
        self._markers = {}
        self._find_text = ""
        self.setExtraSelections([])
        qdoc, self.mapping = build_text_document(document, self.font())
        qdoc.setParent(self)  # owned by the view: replacing it deletes the previous one
        self.setDocument(qdoc)
        self.margin.update()

    def clear_document(self) -> None:
        self.cancel_highlights()
        self.model = None
        self._findings = []
        self._markers = {}
        self.mapping = PositionMap()
        self.setPlainText("")

    # -- highlights -------------------------------------------------------------------------------

    def set_findings(self, findings: Iterable[Finding], dark: bool) -> None:
        """Format the given findings (higher severities drawn last, so they win where clauses overlap)."""
        if self.model is None:
            return
        self.dark = dark
        self._tint_selection()
        chosen = sorted(findings, key=lambda f: (f.severity.rank, f.start))
        if self._findings:
            self._rebuild_keeping_scroll()
        self._findings = chosen
        self._markers = self._compute_markers(chosen)
        self._pending = self._highlight_steps(chosen)
        self._run_pending()

    def _tint_selection(self) -> None:
        """A translucent selection keeps the severity tint, underline and bold words readable."""
        palette = self.palette()
        colour = QColor("#7fb3ff" if self.dark else "#3d6fb0")
        colour.setAlpha(90)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, colour)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    def cancel_highlights(self) -> None:
        self._pending = None

    @property
    def highlighting(self) -> bool:
        return self._pending is not None

    def _rebuild_keeping_scroll(self) -> None:
        assert self.model is not None
        top = self.mapping.to_doc(self.cursorForPosition(QPoint(0, 0)).position())
        cursor_offset = self.mapping.to_doc(self.textCursor().position())
        qdoc, self.mapping = build_text_document(self.model, self.font())
        qdoc.setParent(self)  # owned by the view: replacing it deletes the previous one
        self.setDocument(qdoc)
        self._mark_matches(self._find_text)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(self.mapping.to_qt(cursor_offset))
        self.setTextCursor(cursor)
        self._scroll_to_position(self.mapping.to_qt(top), fraction=0.0)

    def _highlight_steps(self, findings: list[Finding]) -> Iterator[None]:
        qdoc = self.document()
        to_qt = self.mapping.to_qt
        formats = {}
        for layer in ("clause", "trigger"):
            for i in range(0, len(findings), HIGHLIGHT_BATCH):
                cursor = QTextCursor(qdoc)
                cursor.beginEditBlock()
                for f in findings[i : i + HIGHLIGHT_BATCH]:
                    key = (layer, f.severity)
                    fmt = formats.get(key)
                    if fmt is None:
                        make = clause_format if layer == "clause" else trigger_format
                        fmt = formats[key] = make(f.severity, self.dark)
                    start, end = (f.start, f.end) if layer == "clause" else (f.match_start, f.match_end)
                    cursor.setPosition(to_qt(start))
                    cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
                cursor.endEditBlock()
                yield

    def _run_pending(self) -> None:
        steps = self._pending
        if steps is None:
            return
        try:
            next(steps)
        except StopIteration:
            self._pending = None
            self.margin.update()
            self.highlightsApplied.emit()
            return
        QTimer.singleShot(0, self._continue_pending(steps))

    def _continue_pending(self, steps: Iterator[None]):  # type: ignore[no-untyped-def]
        def resume() -> None:
            if self._pending is steps:
                self._run_pending()

        return resume

    def _compute_markers(self, findings: list[Finding]) -> dict[int, list[tuple[int, Severity]]]:
        worst: dict[int, Severity] = {}
        for f in findings:
            if f.start not in worst or f.severity.rank > worst[f.start].rank:
                worst[f.start] = f.severity
        markers: dict[int, list[tuple[int, Severity]]] = {}
        for start, severity in worst.items():
            block_number = self.mapping.block_index(start)
            markers.setdefault(block_number, []).append((self.mapping.to_qt(start), severity))
        return markers

    def visible_markers(self) -> list[tuple[float, Severity]]:
        """(y in margin coordinates, severity) for flagged clauses on screen."""
        if not self._markers:
            return []
        qdoc = self.document()
        layout = qdoc.documentLayout()
        offset = self.verticalScrollBar().value()
        height = self.viewport().height()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        result: list[tuple[float, Severity]] = []
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() - offset > height:
                break
            for position, severity in self._markers.get(block.blockNumber(), ()):
                line = block.layout().lineForTextPosition(position - block.position())
                if line.isValid():
                    y = rect.top() + line.y() - offset + (line.height() - 12) / 2
                    result.append((y, severity))
            block = block.next()
        return result

    # -- navigation -------------------------------------------------------------------------------

    def select_range(self, start: int, end: int) -> None:
        """Select document offsets start..end and scroll them into the upper third of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.mapping.to_qt(start))
        cursor.setPosition(self.mapping.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._scroll_to_position(self.mapping.to_qt(start), fraction=0.3)

    def _scroll_to_position(self, position: int, fraction: float) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        rect = self.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - int(self.viewport().height() * fraction))

    def selected_offsets(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self.mapping.to_doc(cursor.selectionStart()), self.mapping.to_doc(cursor.selectionEnd())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self.model is not None and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.offsetClicked.emit(self.mapping.to_doc(position))

    # -- find ---------------------------------------------------------------------------------------

    def find_text(self, text: str, backward: bool = False, from_selection_start: bool = False) -> int:
        """Mark every match, move to the next (or previous) one; returns the number of matches.

        ``from_selection_start`` (while typing) keeps the current match when it still matches."""
        count = self._mark_matches(text)
        if count:
            if from_selection_start:
                cursor = self.textCursor()
                cursor.setPosition(cursor.selectionStart())
                self.setTextCursor(cursor)
            self._move_to_match(text, backward)
        return count

    def _mark_matches(self, text: str) -> int:
        self._find_text = text
        qdoc = self.document()
        marks: list[QTextEdit.ExtraSelection] = []
        count = 0
        if text:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#6a4fb3") if self.dark else QColor("#cdb8ff"))
            fmt.setForeground(QColor("#ffffff") if self.dark else QColor("#000000"))
            cursor = qdoc.find(text, 0)
            while not cursor.isNull():
                count += 1
                if len(marks) < MAX_FIND_MARKS:
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = cursor  # type: ignore[attr-defined]
                    selection.format = fmt  # type: ignore[attr-defined]
                    marks.append(selection)
                cursor = qdoc.find(text, cursor)
        self.setExtraSelections(marks)
        return count

    def _move_to_match(self, text: str, backward: bool) -> None:
        qdoc = self.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = qdoc.find(text, self.textCursor(), flags)
        if found.isNull():  # wrap around
            start = QTextCursor(qdoc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = qdoc.find(text, start, flags)
        if not found.isNull():
            self.setTextCursor(found)
            self.ensureCursorVisible()

    def clear_find(self) -> None:
        self._find_text = ""
        self.setExtraSelections([])

    # -- zoom and layout ------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-8, min(20, steps))
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, self._base_size + self._zoom))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), MARGIN_WIDTH, rect.height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.margin.update()
