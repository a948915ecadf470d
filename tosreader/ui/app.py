"""Starts the reader: QApplication, settings, interface language, the window, and the file to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import tosreader
from tosreader.paths import resource_dir
from tosreader.ui import timing
from tosreader.ui.i18n import UiLanguage, resolve_language
from tosreader.ui.main_window import MainWindow, sample_files
from tosreader.ui.settings import AppSettings


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "tosreader", *argv])
    app.setApplicationName("ToS Reader")
    app.setApplicationVersion(tosreader.__version__)
    app.setOrganizationName("ToS Reader")
    app.setDesktopFileName("io.github.tosreader.ToSReader")
    icon = resource_dir().parent / "packaging" / "icons" / "tosreader-256.png"
    for candidate in (resource_dir() / "icons" / "tosreader.png", icon):
        if candidate.is_file():
            app.setWindowIcon(QIcon(str(candidate)))
            break
    return app


def default_sample() -> Path | None:
    """The built-in sample shown when the app starts without a document."""
    preferred = resource_dir() / "samples" / "en" / "videocall-terms-2023-03.md"
    if preferred.is_file():
        return preferred
    samples = sample_files()
    return samples[0] if samples else None


def create_window(settings: AppSettings | None = None) -> MainWindow:
    """A ready window with the interface language from the settings (or the system locale)."""
    settings = settings or AppSettings()
    language = UiLanguage()
    language.apply(resolve_language(settings.language()))
    window = MainWindow(settings, language)
    window.panel.ui_language = language.code
    from tosreader.ui.extras import ReaderExtras

    window.extras = ReaderExtras(window)  # type: ignore[attr-defined]
    return window


def run_gui(argv: list[str]) -> int:
    """Open the window; argv may name one PATH or URL to open (other arguments go to Qt)."""
    timing.mark("imports_done")
    targets = [a for a in argv if not a.startswith("-")]
    with timing.phase("create_window"):
        app = _application([a for a in argv if a.startswith("-")])
        window = create_window()
        window.show()
    if not targets and os.environ.get("TOSREADER_NO_SAMPLE") is None:
        sample = default_sample()
        if sample is not None:
            targets = [str(sample)]  # with no file given, show what the app does on a built-in sample
    if targets:
        QTimer.singleShot(0, lambda: window.open_target(targets[0]))
    else:
        QTimer.singleShot(0, window._report_ready)  # noqa: SLF001 - the benchmark's empty-window mark
    return app.exec()
