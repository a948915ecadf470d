"""Wires the History tab, File ▸ Export… and Check for Updates into the reader window."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from tosreader.core.analysis import Analysis
from tosreader.core.errors import ToSReaderError
from tosreader.ui import timing
from tosreader.ui.history_view import HistoryPanel
from tosreader.ui.main_window import MainWindow

EXPORT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "html": "HTML (*.html)",
    "md": "Markdown (*.md)",
    "json": "JSON (*.json)",
}


class _Signals(QObject):
    done = Signal(object)  # result
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work()`` off the GUI thread and reports its result or a one-line error."""

    def __init__(self, work: Any) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except ToSReaderError as exc:
            self._emit("failed", exc.message)
        except Exception as exc:  # never let a worker take the window down
            traceback.print_exc()
            self._emit("failed", f"Unexpected error: {type(exc).__name__}: {exc}")
        else:
            self._emit("done", result)

    def _emit(self, name: str, *args: object) -> None:
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # the window closed while we worked: nobody is left to tell
            pass


class ReaderExtras(QObject):
    """Records every analysed document in the history and offers export and update checks."""

    recorded = Signal(str, bool)  # document key, whether a new version was created
    # Recording a 2 MB document takes about a second of regex work that holds the GIL in long
    # stretches (frames of up to 300 ms while scrolling); it starts once the highlighted document
    # is on screen (built and swapped in) and the reader has not scrolled for this long.
    record_delay_ms = 800

    def __init__(self, window: MainWindow, db_path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.pool = QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()
        self.history = HistoryPanel(db_path)
        self.history.errorOccurred.connect(window.show_error)
        window.add_side_tab(self.history, self.tr("History"))
        self.export_action = QAction(self.tr("&Export Summary…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self.export_dialog)
        window.add_file_action(self.export_action)
        self.update_action = QAction(self.tr("Check for &Updates"), window)
        self.update_action.setShortcut(QKeySequence("Ctrl+U"))
        self.update_action.setEnabled(False)
        self.update_action.triggered.connect(self.check_for_updates)
        window.add_file_action(self.update_action)
        window.analysisChanged.connect(self._analysis_changed)
        self._to_record: list[Analysis] = []
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.timeout.connect(self._record_when_idle)
        window.installEventFilter(self)
        window.view.verticalScrollBar().valueChanged.connect(self._reader_scrolled)

    # -- workers -------------------------------------------------------------------------------------

    def _run(self, work: Any, done: Any) -> None:
        job = _Job(work)
        self._jobs.add(job)

        def finished(result: Any) -> None:
            self._jobs.discard(job)
            if shiboken6.isValid(self):  # the window may have closed while the job ran
                done(result)

        def failed(message: str) -> None:
            self._jobs.discard(job)
            if shiboken6.isValid(self):
                self.window.show_error(message)

        job.signals.done.connect(finished)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    # -- history -------------------------------------------------------------------------------------

    def _analysis_changed(self, analysis: Analysis | None) -> None:
        self.export_action.setEnabled(analysis is not None)
        source = analysis.document.source if analysis is not None else ""
        self.update_action.setEnabled(source.startswith(("http://", "https://")))
        if analysis is not None:
            self._to_record.append(analysis)
            self._record_timer.start(self.record_delay_ms)

    def _reader_scrolled(self, _value: int) -> None:
        if self._to_record:
            self._record_timer.start(self.record_delay_ms)  # wait for a pause in the reading

    def _record_when_idle(self) -> None:
        """Record once the highlighted document is built: both want the GIL, and the view builds in
        short steps between paints, so recording alongside would stretch the build and the frames."""
        if self.window.view.highlighting:
            self._record_timer.start(max(self.record_delay_ms, 100))
        else:
            self.record_pending()

    def record_pending(self) -> None:
        """Start recording the analyses shown since the last time (each in order, none dropped)."""
        self._record_timer.stop()
        pending, self._to_record = self._to_record, []
        for analysis in pending:
            self._run(lambda a=analysis: self._record(a), self._recorded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.record_pending()  # closing the window must not lose a document waiting to be recorded
        return False

    def _record(self, analysis: Analysis) -> tuple[str, bool, str | None]:
        from tosreader.app.history import open_store, record_analysis, recovery_message, suggest_key

        key = suggest_key(analysis.document)
        with timing.phase("history_record"), open_store(self.db_path) as store:
            result = record_analysis(store, analysis, key=key)
            message = recovery_message(store)
        return key, bool(getattr(result, "created", False)), message

    def _recorded(self, result: tuple[str, bool, str | None]) -> None:
        key, created, message = result
        if message:
            self.window.show_error(message)
        self.history.set_document_key(key)
        self.recorded.emit(key, created)

    def check_for_updates(self) -> None:
        """Fetch the current URL document again; a new version is recorded only if the text changed."""
        analysis = self.window.analysis
        if analysis is None or not analysis.document.source.startswith(("http://", "https://")):
            return
        url = analysis.document.source

        def work() -> tuple[str, bool]:
            from tosreader.app.history import open_store, record_source

            with open_store(self.db_path) as store:
                result, _ = record_source(store, url)
            return url, bool(getattr(result, "created", False))

        def done(result: tuple[str, bool]) -> None:
            _, created = result
            text = (self.tr("The terms changed: a new version was recorded.") if created
                    else self.tr("No change since the last recorded version."))
            self.window.status_label.setText(text)
            if created:
                self.window.open_url(url)

        self.window.status_label.setText(self.tr("Checking for updates…"))
        self._run(work, done)

    # -- export --------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        analysis = self.window.analysis
        if analysis is None:
            return
        stem = Path(self.window.current_path or analysis.document.title or "summary").stem or "summary"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Summary"), f"{stem}-summary.pdf", ";;".join(EXPORT_FILTERS.values()))
        if path:
            fmt = next((k for k, v in EXPORT_FILTERS.items() if v == chosen), "")
            self.export(path, Path(path).suffix.lstrip(".").lower() or fmt or "pdf")

    def export(self, path: str, fmt: str) -> None:
        """Write the summary; text formats in a worker, PDF on the GUI thread (Qt's painter needs it)."""
        analysis = self.window.analysis
        if analysis is None:
            return
        fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
        if fmt not in EXPORT_FILTERS:
            self.window.show_error(self.tr("Unsupported export format: %1").replace("%1", fmt))
            return
        from tosreader.cli.export import history_changes, write_summary

        if fmt == "pdf":
            try:
                write_summary(analysis, "pdf", path, changes=history_changes(analysis, None), include_text=True)
            except ToSReaderError as exc:
                self.window.show_error(exc.message)
                return
            except OSError as exc:
                self.window.show_error(f"{path}: cannot be written ({exc.strerror or exc})")
                return
            self._exported(path)
            return

        def work() -> str:
            try:
                write_summary(analysis, fmt, path, changes=history_changes(analysis, None), include_text=True)
            except OSError as exc:
                raise ToSReaderError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
            return path

        self._run(work, self._exported)

    def _exported(self, path: str) -> None:
        self.window.status_label.setText(self.tr("Exported to %1").replace("%1", path))
