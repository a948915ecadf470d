"""The reading pane: the document built block by block into a QTextDocument, findings highlighted."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

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
MAX_FIND_MARKS = 2000
# Characters QTextDocument treats as block or frame breaks; each becomes one space (same length).
_BREAKS = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufdd0\ufdd1\ufffc"})
_LIST_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                QTextListFormat.Style.ListSquare)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def flatten(spans: Iterable[tuple[int, int, Severity]]) -> list[tuple[int, int, Severity]]:
    """Overlapping (start, end, severity) spans as disjoint segments in order, each with the highest
    severity covering it."""
    events: list[tuple[int, int, int]] = []
    for start, end, severity in spans:
        if end > start:
            events.append((start, 1, severity.rank))
            events.append((end, -1, severity.rank))
    events.sort()
    by_rank = {s.rank: s for s in Severity}
    active = [0] * (max(by_rank) + 1)
    result: list[tuple[int, int, Severity]] = []
    position = 0
    for offset, delta, rank in events:
        if offset > position:
            top = next((r for r in range(len(active) - 1, -1, -1) if active[r]), None)
            if top is not None:
                if result and result[-1][1] == position and result[-1][2].rank == top:
                    result[-1] = (result[-1][0], offset, result[-1][2])
                else:
                    result.append((position, offset, by_rank[top]))
            position = offset
        active[rank] += delta
    return result


class PositionMap:
    """Maps offsets into Document.text to QTextDocument positions (UTF-16, one Qt block per Block)."""

    def __init__(self) -> None:
        self.doc_starts: list[int] = []
        self.doc_ends: list[int] = []
        self.qt_starts: list[int] = []
        self._wide: dict[int, str] = {}  # block index -> its text, for blocks with non-BMP characters

    def add(self, block: Block, text: str, qt_start: int) -> None:
        if _ASTRAL.search(text):
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


def apply_highlights(qdoc: QTextDocument, mapping: PositionMap, findings: list[Finding], dark: bool) -> None:
    """Clause tints, then trigger words over them; where clauses overlap the higher severity shows."""
    to_qt = mapping.to_qt
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    for make, spans in ((clause_format, [(f.start, f.end, f.severity) for f in findings]),
                        (trigger_format, [(f.match_start, f.match_end, f.severity) for f in findings])):
        formats = {s: make(s, dark) for s in Severity}
        for start, end, severity in flatten(spans):
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats[severity])
    cursor.endEditBlock()


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
        self._pending: object | None = None
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
        """Show the given findings highlighted; highlightsApplied follows from the event loop.

        A fresh document is built and formatted while detached (no layout work at all, about 0.4 s
        for 2 MB with thousands of findings) and swapped in, keeping the scroll position and cursor."""
        if self.model is None:
            return
        self.dark = dark
        self._tint_selection()
        self._findings = list(findings)
        qdoc, mapping = build_text_document(self.model, self.font())
        apply_highlights(qdoc, mapping, self._findings, dark)
        self._swap_document(qdoc, mapping)
        self._markers = self._compute_markers(self._findings)
        token = self._pending = object()
        QTimer.singleShot(0, lambda: self._finish_highlights(token))

    def _finish_highlights(self, token: object) -> None:
        if self._pending is not token:
            return
        self._pending = None
        self.margin.update()
        self.highlightsApplied.emit()

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

    def _swap_document(self, qdoc: QTextDocument, mapping: PositionMap) -> None:
        top = self.mapping.to_doc(self.cursorForPosition(QPoint(0, 0)).position())
        cursor = self.textCursor()
        anchor, position = self.mapping.to_doc(cursor.anchor()), self.mapping.to_doc(cursor.position())
        scrolled = self.verticalScrollBar().value() > 0
        self.mapping = mapping
        qdoc.setParent(self)  # owned by the view: replacing it deletes the previous one
        self.setDocument(qdoc)
        self._mark_matches(self._find_text)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(mapping.to_qt(anchor))
        cursor.setPosition(mapping.to_qt(position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scrolled:
            self._scroll_to_position(mapping.to_qt(top), fraction=0.0)
        else:
            self.verticalScrollBar().setValue(0)

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
                    selection.cursor = cursor
                    selection.format = fmt
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
