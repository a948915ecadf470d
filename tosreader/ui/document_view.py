"""The reading pane: the document built block by block into a QTextDocument, findings highlighted."""

from __future__ import annotations

import bisect
import re
import time
import traceback
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import (
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
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
from tosreader.ui import timing
from tosreader.ui.severity_style import clause_format, draw_marker, trigger_format

MARGIN_WIDTH = 22
MAX_FIND_MARKS = 2000
STEP_SECONDS = 0.03  # longest stretch the GUI thread spends building highlights before it paints and scrolls
# Characters QTextDocument treats as block or frame breaks; each becomes one space (same length).
_BREAKS = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufdd0\ufdd1\ufffc"})
_LIST_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                QTextListFormat.Style.ListSquare)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_T = TypeVar("_T")


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

    def __init__(self, astral: bool = True) -> None:
        self.astral = astral  # False: the text has no non-BMP characters, skip the per-block check
        self.doc_starts: list[int] = []
        self.doc_ends: list[int] = []
        self.qt_starts: list[int] = []
        self._wide: dict[int, str] = {}  # block index -> its text, for blocks with non-BMP characters

    def add(self, block: Block, text: str, qt_start: int) -> None:
        if self.astral and _ASTRAL.search(text):
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


def _block_formats(kind: str, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    bf = QTextBlockFormat()
    cf = QTextCharFormat()
    if kind == "heading":
        level = level or 1
        bf.setTopMargin(18 if level <= 2 else 12)
        bf.setBottomMargin(6)
        bf.setHeadingLevel(level)
        cf.setFontWeight(QFont.Weight.Bold)
        cf.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - level))
    elif kind == "list_item":
        bf.setBottomMargin(4)
    elif kind == "table_row":
        bf.setIndent(1)
        bf.setBottomMargin(2)
    else:
        bf.setBottomMargin(10)
    bf.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return bf, cf


# A highlight style: (severity, is trigger) — trigger words are drawn over their clause's tint.
Style = tuple[Severity, bool]


Run = tuple[int, int, Style]
EVENTS_PER_STEP = 2500


def finish(steps: Generator[None, None, _T]) -> _T:
    """Runs a stepwise build (a generator that yields between steps) to its end; returns its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def highlight_runs(findings: Iterable[Finding]) -> list[Run]:
    """Disjoint (start, end, style) runs in order: trigger words over clause tints, the higher
    severity where spans of the same kind overlap."""
    return finish(highlight_run_steps(findings))


def highlight_run_steps(findings: Iterable[Finding]) -> Generator[None, None, list[Run]]:
    """:func:`highlight_runs` in steps of ``EVENTS_PER_STEP`` span ends (the GUI thread paints between)."""
    levels = len(Severity)
    styles: list[Style] = [(s, False) for s in sorted(Severity, key=lambda s: s.rank)]
    styles += [(s, True) for s, _ in styles]
    rank_of = {s: n for n, (s, _) in enumerate(styles[:levels])}
    events: list[tuple[int, int, int]] = []
    for n, f in enumerate(findings):
        if n and not n % EVENTS_PER_STEP:
            yield
        priority = rank_of[f.severity]
        if f.end > f.start:
            events += ((f.start, 1, priority), (f.end, -1, priority))
        if f.match_end > f.match_start:
            events += ((f.match_start, 1, priority + levels), (f.match_end, -1, priority + levels))
    yield
    events.sort()
    yield
    active = [0] * len(styles)
    top = -1
    runs: list[Run] = []
    position = 0
    for n, (offset, delta, priority) in enumerate(events):
        if n and not n % EVENTS_PER_STEP:
            yield
        if offset > position and top >= 0:
            style = styles[top]
            if runs and runs[-1][1] == position and runs[-1][2] == style:
                runs[-1] = (runs[-1][0], offset, style)
            else:
                runs.append((position, offset, style))
        position = offset
        active[priority] += delta
        if delta > 0:
            top = max(top, priority)
        elif priority == top and not active[priority]:
            top = next((p for p in range(priority - 1, -1, -1) if active[p]), -1)
    return runs


class _Formats:
    """Block and character formats per block kind, and their merges with each highlight style."""

    def __init__(self, dark: bool) -> None:
        self.dark = dark
        self._blocks: dict[tuple[str, int], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self._merged: dict[tuple[str, int, Style], QTextCharFormat] = {}

    def block(self, kind: str, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
        key = (kind, level)
        found = self._blocks.get(key)
        if found is None:
            found = self._blocks[key] = _block_formats(kind, level)
        return found

    def styled(self, kind: str, level: int, style: Style) -> QTextCharFormat:
        key = (kind, level, style)
        found = self._merged.get(key)
        if found is None:
            found = QTextCharFormat(self.block(kind, level)[1])
            severity, trigger = style
            found.merge((trigger_format if trigger else clause_format)(severity, self.dark))
            self._merged[key] = found
        return found


Built = tuple[QTextDocument, PositionMap]
BLOCKS_PER_STEP = 250


def build_text_document(document: Document, font: QFont, findings: Iterable[Finding] = (),
                        dark: bool = False) -> Built:
    """One Qt block per Block, lists as QTextLists (bullets add no characters), offsets recorded.

    With ``findings`` the text goes in already highlighted, one insertion per run of equal format:
    no second pass over the document, no format merging inside Qt."""
    return finish(build_text_steps(document, font, findings, dark))


def build_text_steps(document: Document, font: QFont, findings: Iterable[Finding] = (),
                     dark: bool = False) -> Generator[None, None, Built]:
    """:func:`build_text_document` in steps: yields after every ``BLOCKS_PER_STEP`` blocks, so the GUI
    thread can paint and scroll in between; returns (document, position map) when done."""
    runs = yield from highlight_run_steps(findings)
    mapping = PositionMap(astral=bool(_ASTRAL.search(document.text)))
    yield
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setDefaultFont(font)
    qdoc.setDocumentMargin(18)
    formats = _Formats(dark)
    run = 0
    source = document.text
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    lists: dict[int, QTextList] = {}
    for n, block in enumerate(document.blocks):
        if n and not n % BLOCKS_PER_STEP:
            cursor.endEditBlock()
            yield
            cursor.beginEditBlock()
        bf, cf = formats.block(block.kind, block.level)
        if n == 0:
            cursor.setBlockFormat(bf)
            cursor.setCharFormat(cf)
        else:
            cursor.insertBlock(bf, cf)
        if block.kind == "list_item":
            _attach_to_list(cursor, lists, max(1, block.level))
        else:
            lists.clear()
        text = source[block.start : block.end].translate(_BREAKS)
        mapping.add(block, text, cursor.position())
        while run < len(runs) and runs[run][1] <= block.start:
            run += 1
        if run == len(runs) or runs[run][0] >= block.end:
            cursor.insertText(text, cf)
            continue
        done = block.start
        while run < len(runs) and runs[run][0] < block.end:
            start, end, style = runs[run]
            start, stop = max(start, block.start), min(end, block.end)
            if start > done:
                cursor.insertText(text[done - block.start : start - block.start], cf)
            cursor.insertText(text[start - block.start : stop - block.start],
                              formats.styled(block.kind, block.level, style))
            done = stop
            if end > block.end:
                break  # the run goes on in the next block
            run += 1
        if done < block.end:
            cursor.insertText(text[done - block.start :], cf)
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


Markers = dict[int, list[tuple[int, Severity]]]


def compute_markers(mapping: PositionMap, findings: Iterable[Finding]) -> Markers:
    """Qt block number -> (Qt position, worst severity) of each flagged clause's start."""
    return finish(marker_steps(mapping, findings))


def marker_steps(mapping: PositionMap, findings: Iterable[Finding]) -> Generator[None, None, Markers]:
    """:func:`compute_markers` in steps of ``EVENTS_PER_STEP`` findings."""
    worst: dict[int, Severity] = {}
    for n, f in enumerate(findings):
        if n and not n % EVENTS_PER_STEP:
            yield
        if f.start not in worst or f.severity.rank > worst[f.start].rank:
            worst[f.start] = f.severity
    markers: Markers = {}
    for n, (start, severity) in enumerate(worst.items()):
        if n and not n % EVENTS_PER_STEP:
            yield
        markers.setdefault(mapping.block_index(start), []).append((mapping.to_qt(start), severity))
    return markers


@dataclass
class PreparedDocument:
    """A QTextDocument built (and highlighted) for a Document, with its position map and margin markers,
    ready to be swapped in."""

    model: Document
    qdoc: QTextDocument
    mapping: PositionMap
    findings: list[Finding]
    markers: dict[int, list[tuple[int, Severity]]]
    dark: bool


def prepare_document(document: Document, font: QFont, findings: Iterable[Finding] = (),
                     dark: bool = False) -> PreparedDocument:
    """Build the document for the view, on the GUI thread. (Built in a worker and moved over, a
    QTextDocument deadlocked now and then: PySide keeps the GIL in moveToThread, which waits on Qt locks
    the GUI thread may hold while it waits for the GIL.)"""
    findings = list(findings)
    with timing.phase("build_document_highlighted" if findings else "build_document"):
        return finish(prepare_steps(document, font, findings, dark))


def prepare_steps(document: Document, font: QFont, findings: list[Finding],
                  dark: bool) -> Generator[None, None, PreparedDocument]:
    """:func:`prepare_document` in steps (text, then margin markers), for the view to build between paints."""
    qdoc, mapping = yield from build_text_steps(document, font, findings, dark)
    markers = yield from marker_steps(mapping, findings)
    return PreparedDocument(document, qdoc, mapping, findings, markers, dark)


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
    highlightsFailed = Signal(str)  # noqa: N815
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
        """Show ``document`` without highlights."""
        self.cancel_highlights()
        prepared = prepare_document(document, self.font())
        self.model = document
        self._findings = []
        self._markers = {}
        self._find_text = ""
        self.setExtraSelections([])
        self.mapping = prepared.mapping
        self._install(prepared.qdoc)
        self.margin.update()

    def _install(self, qdoc: QTextDocument) -> None:
        qdoc.setDefaultFont(self.font())  # the zoom may have changed while it was being built
        qdoc.setParent(self)  # owned by the view: replacing it deletes the previous one
        self.setDocument(qdoc)

    def clear_document(self) -> None:
        self.cancel_highlights()
        self.model = None
        self._findings = []
        self._markers = {}
        self.mapping = PositionMap()
        self.setPlainText("")

    # -- highlights -------------------------------------------------------------------------------

    def set_findings(self, findings: Iterable[Finding], dark: bool) -> None:
        """Show the given findings highlighted; highlightsApplied follows once they are drawn.

        The highlighted document is built after this call returns, on the GUI thread in stretches of at
        most STEP_SECONDS with the event loop running in between (about 0.5 s in all for 2 MB with 14,000
        findings, so scrolling goes on meanwhile), and swapped in, keeping the scroll position and
        cursor; until then the current highlights stay and ``highlighting`` is true."""
        if self.model is None:
            return
        self.dark = dark
        self._tint_selection()
        token = self._pending = object()
        findings = list(findings)
        # Deferred, so the caller (and a paint) finishes first; built on this thread, see prepare_document.
        QTimer.singleShot(0, self, lambda: self._build_highlights(token, findings, dark))

    def _build_highlights(self, token: object, findings: list[Finding], dark: bool) -> None:
        if token is not self._pending or self.model is None:
            return
        self._build_step(token, self.model, prepare_steps(self.model, self.font(), findings, dark), time.time())

    def _build_step(self, token: object, model: Document, steps: Generator[None, None, PreparedDocument],
                    started: float) -> None:
        """Builds for up to STEP_SECONDS, then lets the event loop run (paint, scroll, input) and goes on;
        a newer request or another document abandons the build."""
        if token is not self._pending or model is not self.model:
            steps.close()
            return
        try:
            deadline = time.perf_counter() + STEP_SECONDS
            next(steps)  # at least one step a turn
            while time.perf_counter() < deadline:
                next(steps)
        except StopIteration as done:
            timing.span("build_document_highlighted", started)
            self._highlights_built(token, done.value)
            return
        except Exception as exc:  # noqa: BLE001 - reported as a message, the old highlights stay
            traceback.print_exc()
            self._pending = None
            self.highlightsFailed.emit(f"{type(exc).__name__}: {exc}")
            return
        QTimer.singleShot(0, self, lambda: self._build_step(token, model, steps, started))

    def highlight_in_place(self, findings: list[Finding], dark: bool) -> None:
        """Highlight a few findings (a long document's first part) on the shown document itself:
        no second full-size document is built, so memory stays that of one document."""
        with timing.phase("highlight_preview"):
            formats = _Formats(dark)
            blocks = self.model.blocks if self.model is not None else []
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            m = self.mapping
            for start, end, style in highlight_runs(findings):
                i = m.block_index(start)
                while i < len(m.doc_starts) and i < len(blocks) and m.doc_starts[i] < end:
                    lo, hi = max(start, m.doc_starts[i]), min(end, m.doc_ends[i])
                    if hi > lo:
                        cursor.setPosition(m.to_qt(lo))
                        cursor.setPosition(m.to_qt(hi), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(formats.styled(blocks[i].kind, blocks[i].level, style))
                    i += 1
            cursor.endEditBlock()
            self.dark = dark
            self._tint_selection()
            self._findings = list(findings)
            self._markers = compute_markers(self.mapping, findings)
            self.margin.update()

    def _highlights_built(self, token: object, prepared: PreparedDocument) -> None:
        if token is not self._pending or prepared.model is not self.model:
            return
        self._pending = None
        self._apply_prepared(prepared)

    def _apply_prepared(self, prepared: PreparedDocument) -> None:
        with timing.phase("swap_document"):
            self._findings = prepared.findings
            self._swap_document(prepared.qdoc, prepared.mapping)
            self._markers = prepared.markers
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

    @property
    def findings(self) -> list[Finding]:
        """The findings highlighted now."""
        return self._findings

    def _swap_document(self, qdoc: QTextDocument, mapping: PositionMap) -> None:
        top = self.mapping.to_doc(self.cursorForPosition(QPoint(0, 0)).position())
        cursor = self.textCursor()
        anchor, position = self.mapping.to_doc(cursor.anchor()), self.mapping.to_doc(cursor.position())
        scrolled = self.verticalScrollBar().value() > 0
        self.mapping = mapping
        self._install(qdoc)
        self._mark_matches(self._find_text)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(mapping.to_qt(anchor))
        cursor.setPosition(mapping.to_qt(position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scrolled:
            self._scroll_to_position(mapping.to_qt(top), fraction=0.0)
        else:
            self.verticalScrollBar().setValue(0)

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
