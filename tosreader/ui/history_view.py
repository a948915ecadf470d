"""The history tab: a timeline of stored versions, two chosen to compare, and the risk-aware diff."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tosreader.app.history import compare_versions, open_store, recovery_message
from tosreader.core.diff import ClauseChange, DocumentDiff, RiskChange
from tosreader.core.errors import ToSReaderError
from tosreader.core.history import VersionInfo

_STATUS_STYLE = {
    "added": "background:#e6f4ea;border-left:4px solid #2e7d32",
    "removed": "background:#fdecea;border-left:4px solid #c62828",
    "changed": "background:#fff8e1;border-left:4px solid #f9a825",
    "moved": "background:#e8eaf6;border-left:4px solid #3949ab",
    "unchanged": "",
}


class _DiffSignals(QObject):
    finished = Signal(int, object)  # generation, DocumentDiff
    failed = Signal(int, str)


class DiffWorker(QRunnable):
    """Computes a diff between two stored versions off the GUI thread (with its own connection)."""

    def __init__(self, generation: int, db_path: Path | None, key: str, old: int, new: int) -> None:
        super().__init__()
        self.signals = _DiffSignals()
        self._args = (generation, db_path, key, old, new)

    def run(self) -> None:
        generation, db_path, key, old, new = self._args
        try:
            with open_store(db_path) as store:
                result = compare_versions(store, key, old, new)
        except ToSReaderError as exc:
            self.signals.failed.emit(generation, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - reported to the person, not swallowed
            self.signals.failed.emit(generation, f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(generation, result)


class HistoryPanel(QWidget):
    """Timeline of the current document's versions; pick two and compare them."""

    compareRequested = Signal(str, int, int)  # key, old version number, new version number
    diffReady = Signal(object)  # DocumentDiff
    errorOccurred = Signal(str)
    clauseActivated = Signal(int)  # index into DocumentDiff.clauses of a clicked risk change

    def __init__(self, db_path: Path | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path) if db_path is not None else None
        self.key = ""
        self.diff: DocumentDiff | None = None
        self._generation = 0
        self._workers: set[DiffWorker] = set()
        self.pool = QThreadPool.globalInstance()
        self._build()

    # -- widgets -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("No document"))
        self.title.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("Version"), self.tr("Recorded"), self.tr("Grade"),
                                       self.tr("Risks")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline.itemSelectionChanged.connect(self._selection_changed)
        self.timeline.setAccessibleName(self.tr("Versions of this document"))
        self.compare_button = QPushButton(self.tr("Compare selected"))
        self.compare_button.setEnabled(False)
        self.compare_button.setToolTip(self.tr("Select two versions to see what changed between them"))
        self.compare_button.clicked.connect(self._compare_selected)
        self.status = QLabel()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._anchor_clicked)
        self.view.setAccessibleName(self.tr("Changes between the two versions"))
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)
        layout.addWidget(self.view, 3)

    # -- timeline ------------------------------------------------------------------------------------

    def set_document_key(self, key: str) -> None:
        """Show the versions of document ``key`` (a canonical URL or a confirmed name)."""
        self.key = key
        self._generation += 1  # results of an earlier comparison no longer belong here
        self.timeline.clear()
        self.view.clear()
        self.diff = None
        try:
            with open_store(self.db_path) as store:
                message = recovery_message(store)
                record = store.document(key) if key else None
                versions = store.versions(key) if record is not None else []
        except ToSReaderError as exc:
            self._show_error(exc.message)
            return
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))
        if record is None:
            self.title.setText(self.tr("No stored versions of this document yet."))
            self._selection_changed()
            return
        self.title.setText(f"<b>{html.escape(record.title or key)}</b><br>{html.escape(key)}")
        for info in reversed(versions):  # newest first
            self.timeline.addTopLevelItem(self._item(info))
        for col in range(4):
            self.timeline.resizeColumnToContents(col)
        if len(versions) >= 2:  # the natural question: what changed last time?
            for row in (0, 1):
                item = self.timeline.topLevelItem(row)
                if item is not None:
                    item.setSelected(True)
        self._selection_changed()

    def _item(self, info: VersionInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"@{info.number}", info.recorded_at.replace("T", " ")[:16],
                                info.grade or "–", str(info.risk_count)])
        item.setData(0, Qt.ItemDataRole.UserRole, info.number)
        item.setToolTip(0, f"{info.source}\n{info.content_hash[:16]}")
        return item

    def version_numbers(self) -> list[int]:
        """The version numbers in the timeline, newest first."""
        items = (self.timeline.topLevelItem(i) for i in range(self.timeline.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def selected_versions(self) -> list[int]:
        return sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in self.timeline.selectedItems())

    @Slot()
    def _selection_changed(self) -> None:
        self.compare_button.setEnabled(len(self.selected_versions()) == 2)

    @Slot()
    def _compare_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) == 2:
            self.compare(chosen[0], chosen[1])

    # -- comparing -----------------------------------------------------------------------------------

    def compare(self, old: int, new: int) -> None:
        """Diff version ``old`` against ``new`` of the current document in a worker thread."""
        if not self.key:
            return
        self._generation += 1
        self.compareRequested.emit(self.key, old, new)
        self.status.setText(self.tr("Comparing @{0} with @{1}…").format(old, new))
        self.compare_button.setEnabled(False)
        worker = DiffWorker(self._generation, self.db_path, self.key, old, new)
        worker.signals.finished.connect(self._diff_finished)
        worker.signals.failed.connect(self._diff_failed)
        self._workers.add(worker)
        self.pool.start(worker)

    @Slot(int, object)
    def _diff_finished(self, generation: int, diff: DocumentDiff) -> None:
        self._forget_worker(generation)
        if generation != self._generation:
            return
        self.diff = diff
        self._selection_changed()
        counts = diff.counts()
        self.status.setText(self.tr("{0} added, {1} removed, {2} changed, {3} moved").format(
            counts["added"], counts["removed"], counts["changed"], counts["moved"]))
        self.view.setHtml(diff_html(diff))
        self.diffReady.emit(diff)

    @Slot(int, str)
    def _diff_failed(self, generation: int, message: str) -> None:
        self._forget_worker(generation)
        if generation == self._generation:
            self._selection_changed()
            self._show_error(message)

    def _forget_worker(self, generation: int) -> None:
        self._workers = {w for w in self._workers if w._args[0] != generation}

    def _show_error(self, message: str) -> None:
        self.status.setText(self.tr("Could not compare: {0}").format(message))
        self.errorOccurred.emit(message)

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        fragment = url.fragment() or url.toString().lstrip("#")
        if fragment.startswith("clause-"):
            self.view.scrollToAnchor(fragment)
            try:
                self.clauseActivated.emit(int(fragment.removeprefix("clause-")))
            except ValueError:
                pass


# -- HTML ----------------------------------------------------------------------------------------------

def diff_html(diff: DocumentDiff) -> str:
    """The diff as HTML for QTextBrowser: risk changes first (linked to their clause), then clauses."""
    parts = ["<html><body>"]
    old_v, new_v = diff.old_meta.get("version", "old"), diff.new_meta.get("version", "new")
    grade = ""
    if "grade" in diff.old_meta and "grade" in diff.new_meta:
        grade = f" — grade {html.escape(str(diff.old_meta['grade']))} → {html.escape(str(diff.new_meta['grade']))}"
    parts.append(f"<h3>@{old_v} → @{new_v}{grade}</h3>")
    risks = diff.risk_added + diff.risk_removed + diff.risk_changed
    parts.append("<h4>Risk changes</h4>")
    if risks:
        parts.append("<ul>")
        parts.extend(_risk_item(r) for r in risks)
        parts.append("</ul>")
    else:
        parts.append("<p>No risk appeared, disappeared or changed severity.</p>")
    parts.append("<h4>Changes</h4>")
    shown = 0
    for n, c in enumerate(diff.clauses):
        if c.status == "unchanged":
            continue
        parts.append(_clause_block(n, c))
        shown += 1
    if not shown:
        parts.append("<p>The wording is the same.</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _risk_item(r: RiskChange) -> str:
    if r.kind == "changed":
        label, sev = "Changed", f"{r.old_severity} → {r.new_severity}"
    elif r.severity == "good":
        label, sev = ("New good point" if r.kind == "added" else "Good point gone"), "good"
    else:
        label, sev = ("New" if r.kind == "added" else "Removed"), r.severity
    colour = {"New": "#c62828", "Good point gone": "#c62828", "Removed": "#2e7d32",
              "New good point": "#2e7d32"}.get(label, "#f57c00")
    link = f' <a href="#clause-{r.diff_index}">(see clause)</a>' if r.diff_index >= 0 else ""
    return (f'<li><b style="color:{colour}">{label}:</b> {html.escape(r.title)} — {html.escape(sev)}{link}'
            f'<br><i>{html.escape(_short(r.clause))}</i></li>')


def _clause_block(n: int, c: ClauseChange) -> str:
    if c.status == "added":
        body = f"<ins>{html.escape(c.new_text)}</ins>"
    elif c.status == "removed":
        body = f"<del>{html.escape(c.old_text)}</del>"
    elif c.words:
        body = _words_html(c)
    else:
        body = html.escape(c.new_text)
    tag = c.status + (" (renumbered)" if c.renumbered else "")
    if c.status in ("changed", "moved") and c.similarity < 1:
        tag += f", {c.similarity:.0%} similar"
    return (f'<p style="{_STATUS_STYLE[c.status]};padding:4px"><a name="clause-{n}">'
            f'<small>{html.escape(tag)}</small></a><br>{body}</p>')


def _words_html(c: ClauseChange) -> str:
    out = []
    for w in c.words:
        if w.op == "equal":
            out.append(html.escape(w.new))
        else:
            if w.old:
                out.append(f'<del style="background:#fdecea">{html.escape(w.old)}</del>')
            if w.new:
                out.append(f'<ins style="background:#e6f4ea">{html.escape(w.new)}</ins>')
        out.append(html.escape(w.space_after))
    return "".join(out)


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["DiffWorker", "HistoryPanel", "diff_html"]
