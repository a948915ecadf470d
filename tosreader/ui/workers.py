"""Off-GUI-thread work: load or fetch a document, then analyse it, reporting progress and errors."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from tosreader.core.document import Document
from tosreader.core.errors import ToSReaderError
from tosreader.ui import timing

# A progress callback gets (done, total) and returns False to ask the work to stop.
Progress = Callable[..., bool]

# Documents longer than this are shown highlighted in two steps: the first PREVIEW_CHARS, then the whole.
PREVIEW_THRESHOLD = 200_000
PREVIEW_CHARS = 30_000


def wants_preview(document: Document) -> bool:
    """Whether ``document`` is long enough to be highlighted in two steps."""
    return len(document.text) > PREVIEW_THRESHOLD

Source = Callable[[Progress, threading.Event], Document]


class FetchUnavailable(ToSReaderError):
    """The fetch module is not installed in this build."""


class TaskSignals(QObject):
    """Carries a task's results to the GUI thread (queued: the receivers live there)."""

    progress = Signal(int, str, int, int)  # generation, stage ("load", "fetch", "analyse"), done, total
    loaded = Signal(int, object)  # generation, Document (shown before its analysis is ready)
    previewed = Signal(int, object, object)  # generation, preview findings, (Document, dark)
    finished = Signal(int, object)  # generation, Analysis, or None when cancelled
    failed = Signal(int, str)  # generation, one-line message


class OpenTask(QRunnable):
    """Gets a Document from ``source``, hands it to the window to show, analyses its first part (long
    documents) and then the whole; ``cancel`` stops it between steps. The window builds every Qt
    document itself, on the GUI thread (see document_view.prepare_document)."""

    def __init__(self, generation: int, stage: str, source: Source, dark: bool = False) -> None:
        super().__init__()
        self.generation = generation
        self.stage = stage
        self.source = source
        self.dark = dark
        self.cancel = threading.Event()
        self.shown = threading.Event()  # set by the window once the text is on screen
        self.signals = TaskSignals()

    def _emit(self, signal_name: str, *args: object) -> None:
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:  # the window (and the signal carrier) went away while we worked
            self.cancel.set()

    def _progress(self, stage: str) -> Progress:
        def report(*args: Any) -> bool:
            numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
            done, total = (int(numbers[0]), int(numbers[1])) if len(numbers) >= 2 else (0, 0)
            self._emit("progress", self.generation, stage, done, total)
            return not self.cancel.is_set()

        return report

    def run(self) -> None:
        gen = self.generation
        try:
            self._emit("progress", gen, self.stage, 0, 0)
            with timing.phase("load"):
                document = self.source(self._progress(self.stage), self.cancel)
            if self._stopped():
                return
            self._emit("loaded", gen, document)
            # Wait for the window to finish showing the text: analysing at the same time would only
            # fight the GUI thread for the GIL and delay both.
            self.shown.wait(timeout=10)
            language = self._preview(document)
            if self._stopped():
                return
            from tosreader.core.analysis import analyze

            with timing.phase("analyse"):
                analysis = analyze(document, language, progress=self._progress("analyse"))
            if self._stopped():
                return
            self._emit("finished", gen, analysis)
        except ToSReaderError as exc:
            self._emit("failed", gen, exc.message)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the person as a message, not kill the app
            traceback.print_exc()
            self._emit("failed", gen, f"{type(exc).__name__}: {exc}")

    def _stopped(self) -> bool:
        """When cancelled, tell the window (a finished task with no result) and say so."""
        if self.cancel.is_set():
            self._emit("finished", self.generation, None)
            return True
        return False

    def _preview(self, document: Document) -> str:
        """For a long document, analyse its first part and hand the findings to the window, which
        highlights them in place; returns the language to analyse the whole in ("auto" when there was
        no preview)."""
        if not wants_preview(document):
            return "auto"
        from tosreader.core.analysis import preview

        with timing.phase("analyse_preview"):
            language, findings = preview(document, chars=PREVIEW_CHARS)
        if self.cancel.is_set():
            return language
        # Highlighted in place on the shown document by the window: no second full-size document.
        self._emit("previewed", self.generation, findings, (document, self.dark))
        return language


def path_source(path: str | Path) -> Source:
    def load(progress: Progress, cancel: threading.Event) -> Document:
        from tosreader.core.loaders import load_path

        return load_path(path)

    return load


def text_source(text: str, title: str) -> Source:
    def load(progress: Progress, cancel: threading.Event) -> Document:
        from tosreader.core.loaders import load_text

        return load_text(text, source="clipboard", title=title)

    return load


def url_source(url: str, accept_language: str) -> Source:
    def fetch(progress: Progress, cancel: threading.Event) -> Document:
        try:
            from tosreader.core.fetch import fetch_document
        except ImportError as exc:
            raise FetchUnavailable("fetching web pages is not available in this build") from exc
        result = fetch_document(url, accept_language=accept_language, progress=progress, cancel=cancel)
        document = getattr(result, "document", result)
        if not isinstance(document, Document):
            raise ToSReaderError(f"{url}: the fetch gave no document")
        return document

    return fetch
