"""The reader window: opens documents, shows them highlighted, and the findings beside them."""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import tosreader
from tosreader.core.analysis import Analysis
from tosreader.core.document import Document
from tosreader.core.engine import Finding
from tosreader.core.rules import RulePack
from tosreader.core.severity import Severity
from tosreader.paths import resource_dir
from tosreader.ui import theme, timing
from tosreader.ui.document_view import DocumentView
from tosreader.ui.find_bar import FindBar
from tosreader.ui.findings_panel import FindingsPanel
from tosreader.ui.i18n import UiLanguage, resolve_language
from tosreader.ui.settings import AppSettings
from tosreader.ui.workers import OpenTask, path_source, text_source, url_source, wants_preview

OPEN_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
SAMPLE_SUFFIXES = (".txt", ".md", ".html")
WELCOME_PAGE, DOCUMENT_PAGE = 0, 1


def sample_files() -> list[Path]:
    folder = resource_dir() / "samples"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES)


def is_web_url(text: str) -> bool:
    url = QUrl(text.strip())
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


class ErrorBanner(QFrame):
    """An inline, dismissible message above the document: errors never need a modal dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel("⚠")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, dark: bool) -> None:
        background, border, colour = ("#4f2024", "#ff7b7b", "#ffe5e5") if dark else ("#fdecea", "#c62828", "#5f1010")
        self.setStyleSheet(f"QFrame#errorBanner {{ background: {background}; border: 1px solid {border};"
                           f" border-radius: 4px; }} QFrame#errorBanner QLabel {{ color: {colour}; }}")
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    """The main window; other parts of the app plug in with add_side_tab() and add_file_action()."""

    analysisChanged = Signal(object)  # the Analysis now shown (or None when closed)

    def __init__(self, settings: AppSettings | None = None, language: UiLanguage | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.language = language or UiLanguage()
        self.analysis: Analysis | None = None
        self.preview_findings: list[Finding] | None = None  # a long document's first part, until the whole is in
        self.document_model: Document | None = None
        self.current_path: str | None = None
        self._generation = 0
        self._cancels: dict[int, object] = {}
        self._signals: dict[int, object] = {}
        self._paths: dict[int, str | None] = {}
        self._shown: dict[int, threading.Event] = {}
        self._ready_reported = False
        self._pool = QThreadPool.globalInstance()
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(640, 420))
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self._restore_settings()
        self._refresh_samples()

    # -- construction ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.url_field = QLineEdit()
        self.url_field.setObjectName("urlField")
        self.url_field.setClearButtonEnabled(True)
        self.url_field.setMinimumWidth(280)
        self.url_field.returnPressed.connect(self._url_entered)

        self.view = DocumentView()
        self.view.highlightsApplied.connect(self._highlights_applied)
        self.view.highlightsFailed.connect(self.show_error)
        self.view.offsetClicked.connect(self._offset_clicked)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.search.connect(self._search)
        self.find_bar.closed.connect(self._find_closed)
        self.banner = ErrorBanner()

        document_page = QWidget()
        doc_layout = QVBoxLayout(document_page)
        doc_layout.setContentsMargins(0, 0, 0, 0)
        doc_layout.setSpacing(0)
        doc_layout.addWidget(self.find_bar)
        doc_layout.addWidget(self.view, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_welcome())
        self.stack.addWidget(document_page)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.stack, 1)

        self.panel = FindingsPanel()
        self.panel.findingSelected.connect(self._finding_selected)
        self.panel.filterChanged.connect(self._filter_changed)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.panel, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 400])
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_work)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 28, 32, 28)
        self.welcome_title = QLabel()
        font = self.welcome_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.welcome_title.setFont(font)
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        buttons = QHBoxLayout()
        self.welcome_open = QPushButton()
        self.welcome_paste = QPushButton()
        self.welcome_open.clicked.connect(self.open_file_dialog)
        self.welcome_paste.clicked.connect(self.paste_text)
        buttons.addWidget(self.welcome_open)
        buttons.addWidget(self.welcome_paste)
        buttons.addStretch(1)
        self.samples_title = QLabel()
        self.samples_title.setStyleSheet("font-weight: bold; margin-top: 16px;")
        self.samples_list = QListWidget()
        self.samples_list.itemActivated.connect(self._sample_activated)
        self.samples_empty = QLabel()
        self.samples_empty.setWordWrap(True)
        for widget in (self.welcome_title, self.welcome_text):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.samples_title)
        layout.addWidget(self.samples_list, 1)
        layout.addWidget(self.samples_empty)
        return page

    def _action(self, slot: Callable[[], object],
                *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        self.open_action = self._action(self.open_file_dialog, K.Open)
        self.paste_action = self._action(self.paste_text, "Ctrl+Shift+V")
        self.url_action = self._action(self.focus_url_field, "Ctrl+L")
        self.close_action = self._action(self.close_document, K.Close)
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action(self.view.copy, K.Copy)
        self.find_action = self._action(self.open_find_bar, K.Find)
        self.find_next_action = self._action(self.find_bar.find_next, "Ctrl+G")
        self.find_previous_action = self._action(self.find_bar.find_previous, "Ctrl+Shift+G")
        self.next_finding_action = self._action(self.next_finding, "F3", "Ctrl+.")
        self.previous_finding_action = self._action(self.previous_finding, "Shift+F3", "Ctrl+,")
        self.zoom_in_action = self._action(self.zoom_in, K.ZoomIn, "Ctrl+=")
        self.zoom_out_action = self._action(self.zoom_out, K.ZoomOut)
        self.zoom_reset_action = self._action(self.zoom_reset, "Ctrl+0")
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.clear_recent_action = self._action(self._clear_recent)

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key in ("system", "light", "dark"):
            action = QAction(self, checkable=True)
            action.setData(key)
            self.theme_group.addAction(action)
            self.theme_actions[key] = action
        self.theme_group.triggered.connect(lambda a: self.set_theme(str(a.data())))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for key in ("system", "en", "de"):
            action = QAction(self, checkable=True)
            action.setData(key)
            self.language_group.addAction(action)
            self.language_actions[key] = action
        self.language_group.triggered.connect(lambda a: self.set_ui_language(str(a.data())))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.samples_menu = QMenu(self)
        self.file_menu.addMenu(self.samples_menu)
        self.file_menu.addAction(self.paste_action)
        self.file_menu.addAction(self.url_action)
        self.file_menu.addSeparator()
        self._file_plugin_anchor = self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.copy_action)
        self.edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.next_finding_action)
        self.view_menu.addAction(self.previous_finding_action)
        self.view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.paste_action)
        self.toolbar.addWidget(self.url_field)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.previous_finding_action)
        self.toolbar.addAction(self.next_finding_action)
        self.toolbar.addAction(self.find_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.samples_menu.setTitle(self.tr("Open &Sample"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.open_action: self.tr("&Open…"), self.paste_action: self.tr("&Paste Text as Document"),
            self.url_action: self.tr("Open &URL…"), self.close_action: self.tr("&Close Document"),
            self.quit_action: self.tr("&Quit"), self.copy_action: self.tr("&Copy"), self.find_action: self.tr("&Find…"),
            self.find_next_action: self.tr("Find &Next"), self.find_previous_action: self.tr("Find Pre&vious"),
            self.next_finding_action: self.tr("&Next Finding"), self.previous_finding_action: self.tr("&Previous Finding"),
            self.zoom_in_action: self.tr("Zoom &In"), self.zoom_out_action: self.tr("Zoom &Out"),
            self.zoom_reset_action: self.tr("&Reset Zoom"), self.about_action: self.tr("&About ToS Reader"),
            self.clear_recent_action: self.tr("&Clear List"),
            self.theme_actions["system"]: self.tr("Follow &System"), self.theme_actions["light"]: self.tr("&Light"),
            self.theme_actions["dark"]: self.tr("&Dark"), self.language_actions["system"]: self.tr("Follow &System"),
            self.language_actions["en"]: "&English", self.language_actions["de"]: "&Deutsch",
        }
        for action, text in texts.items():
            action.setText(text)
        self.next_finding_action.setToolTip(self.tr("Next finding (F3)"))
        self.previous_finding_action.setToolTip(self.tr("Previous finding (Shift+F3)"))
        self.url_field.setPlaceholderText(self.tr("Paste a terms URL…"))
        self.url_field.setToolTip(self.tr("Type or paste the address of a terms page and press Enter"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.panel), self.tr("Findings"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.welcome_title.setText(self.tr("Read the terms before you agree"))
        self.welcome_text.setText(self.tr(
            "Open a terms of service document (.txt, .md, .html, .pdf, .docx), drop it on this window, paste "
            "its text, or paste the address of a terms page above. Risky clauses are highlighted and "
            "explained in plain language."))
        self.welcome_open.setText(self.tr("Open a File…"))
        self.welcome_paste.setText(self.tr("Paste Text"))
        self.samples_title.setText(self.tr("Try a built-in sample:"))
        self.samples_empty.setText(self.tr("No built-in samples are installed."))
        self.find_bar.retranslate()
        self.panel.retranslate()
        self._refresh_recent_menu()
        self._update_title()
        if not self._busy:
            self.status_label.setText(self._idle_status())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- extension points -------------------------------------------------------------------------

    def add_side_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab beside Findings (the History tab uses this); returns its index."""
        return self.side_tabs.addTab(widget, title)

    def add_file_action(self, action: QAction) -> None:
        """Add an action to the File menu above Close/Quit (Export uses this); keeps its shortcut."""
        self.file_menu.insertAction(self._file_plugin_anchor, action)
        self.addAction(action)

    # -- settings ---------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.view.set_zoom(self.settings.zoom())
        self.theme_actions[self.settings.theme()].setChecked(True)
        self.language_actions[self.settings.language()].setChecked(True)
        theme.apply(self.settings.theme())
        self._theme_changed()

    def save_settings(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.set_zoom(self.view.zoom)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.cancel_work()
        self.save_settings()
        super().closeEvent(event)

    @property
    def dark(self) -> bool:
        return theme.is_dark_palette()

    def set_theme(self, key: str) -> None:
        self.settings.set_theme(key)
        self.theme_actions[key].setChecked(True)
        theme.apply(key)
        self._theme_changed()

    def _theme_changed(self) -> None:
        dark = self.dark
        self.panel.set_theme(dark)
        self.view.dark = dark
        if self.analysis is not None:
            self.view.set_findings(self.panel.visible_findings(), dark)

    def set_ui_language(self, key: str) -> None:
        self.settings.set_language(key)
        self.language_actions[key].setChecked(True)
        self.language.apply(resolve_language(key))  # triggers LanguageChange -> retranslate()
        self.panel.ui_language = self.language.code
        self.retranslate()

    # -- opening ------------------------------------------------------------------------------------

    def open_target(self, target: str) -> None:
        """Open what the command line named: a path or an http(s) URL."""
        if is_web_url(target):
            self.url_field.setText(target)
            self.open_url(target)
        else:
            self.open_path(target)

    def open_file_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in OPEN_SUFFIXES)
        start = str(Path(self.current_path).parent) if self.current_path else ""
        documents, everything = self.tr("Terms documents"), self.tr("All files")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Terms Document"), start,
                                              f"{documents} ({patterns});;{everything} (*)")
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        path = str(path)
        self._start(OpenTask(0, "load", path_source(path)), self.tr("Opening %1…").replace("%1", Path(path).name),
                    path=path)

    def open_text(self, text: str, title: str = "") -> None:
        title = title or self.tr("Pasted text")
        self._start(OpenTask(0, "load", text_source(text, title)), self.tr("Reading pasted text…"))

    def open_url(self, url: str) -> None:
        url = url.strip()
        if not is_web_url(url):
            self.show_error(self.tr("“%1” is not a web address (it must start with http:// or https://).")
                            .replace("%1", url))
            return
        if importlib.util.find_spec("tosreader.core.fetch") is None:
            self.show_error(self.tr("Fetching web pages is not available in this version yet. Save the page "
                                    "from your browser and open the file instead."))
            return
        self._start(OpenTask(0, "fetch", url_source(url, self.language.code)),
                    self.tr("Fetching %1…").replace("%1", url))

    def paste_text(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(self.tr("The clipboard holds no text to read."))
            return
        if is_web_url(text) and "\n" not in text.strip():
            self.url_field.setText(text.strip())
            self.open_url(text.strip())
            return
        self.open_text(text)

    def focus_url_field(self) -> None:
        self.url_field.setFocus()
        self.url_field.selectAll()

    def _url_entered(self) -> None:
        if self.url_field.text().strip():
            self.open_url(self.url_field.text())

    def _sample_activated(self, item: QListWidgetItem) -> None:
        self.open_path(str(item.data(Qt.ItemDataRole.UserRole)))

    def close_document(self) -> None:
        self.cancel_work()
        self.analysis = None
        self.document_model = None
        self.current_path = None
        self.view.clear_document()
        self.panel.set_analysis(None, self.language.code, self.dark)
        self.stack.setCurrentIndex(WELCOME_PAGE)
        self._update_title()

    # -- drag and drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_target(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        target = self._dropped_target(event.mimeData())
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_target(target)

    @staticmethod
    def _dropped_target(mime: QMimeData) -> str | None:
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile():
                return url.toLocalFile()
            if url.scheme() in ("http", "https"):
                return url.toString()
        if mime.hasText() and is_web_url(mime.text()):
            return mime.text().strip()
        return None

    # -- work in the background ----------------------------------------------------------------------

    _busy = False

    def _start(self, task: OpenTask, message: str, path: str | None = None) -> None:
        self.cancel_work()
        self.banner.hide()
        self._generation += 1
        gen = task.generation = self._generation
        task.dark = self.dark
        task.setAutoDelete(True)
        signals = task.signals
        signals.progress.connect(self._on_progress)
        signals.loaded.connect(self._on_loaded)  # bound methods of the window: queued to the GUI thread
        signals.previewed.connect(self._on_previewed)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        self._signals[gen] = signals
        self._cancels[gen] = task.cancel
        self._shown[gen] = task.shown
        self._paths[gen] = path
        self._set_busy(True, message)
        self._pool.start(task)

    def cancel_work(self) -> None:
        """Stop what is running; its late results are ignored."""
        for event in [*self._cancels.values(), *self._shown.values()]:
            event.set()  # type: ignore[attr-defined]
        self._cancels.clear()
        if self._busy:
            self._generation += 1
            self._set_busy(False)
            self.status_label.setText(self.tr("Cancelled."))
        self.panel.set_pending(False)
        self.view.cancel_highlights()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status_label.setText(message)

    def _forget(self, gen: int) -> None:
        self._cancels.pop(gen, None)
        self._signals.pop(gen, None)
        self._paths.pop(gen, None)
        self._shown.pop(gen, None)

    def _on_progress(self, gen: int, stage: str, done: int, total: int) -> None:
        if gen != self._generation:
            return
        labels = {"load": self.tr("Loading…"), "fetch": self.tr("Fetching…"), "analyse": self.tr("Analysing…")}
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        if stage in labels:
            self.status_label.setText(labels[stage])

    def _on_loaded(self, gen: int, document: Document) -> None:
        try:
            with timing.phase("show_text"):
                self._show_loaded(gen, document)
        finally:
            shown = self._shown.get(gen)
            if shown is not None:
                shown.set()

    def _show_loaded(self, gen: int, document: Document) -> None:
        if gen != self._generation:
            return
        path = self._paths.get(gen)
        self.document_model = document
        self.analysis = None
        self.preview_findings = None
        self.current_path = path
        self.panel.set_analysis(None, self.language.code, self.dark)
        self.panel.set_pending(wants_preview(document))
        self.view.show_document(document)
        self.stack.setCurrentIndex(DOCUMENT_PAGE)
        if path is not None:
            self.settings.add_recent_file(str(Path(path).resolve()))
            self._refresh_recent_menu()
        self._update_title()
        if timing.enabled():
            with timing.phase("paint_text"):
                self.repaint()
            print(f"TOSREADER_SHOWN {time.time():.6f}", flush=True)

    def _on_previewed(self, gen: int, findings: list[Finding], target: tuple[Document, bool]) -> None:
        """A long document's first part is analysed: show it highlighted while the whole is analysed."""
        model, dark = target
        if (gen != self._generation or model is not self.document_model or self.view.model is not model
                or self.analysis is not None):
            return
        self.preview_findings = findings
        self.panel.set_pending(True)
        self.view.highlight_in_place(findings, dark)
        self.status_label.setText(self.tr("First part highlighted; analysing the rest…"))
        if timing.enabled():
            with timing.phase("paint_preview"):
                self.repaint()
            print(f"TOSREADER_PREVIEW {time.time():.6f}", flush=True)

    def _on_finished(self, gen: int, analysis: Analysis | None) -> None:
        self._forget(gen)
        if gen != self._generation:
            return
        self._set_busy(False)
        if analysis is None:
            self.status_label.setText(self.tr("Cancelled."))
            return
        self.analysis = analysis
        self.preview_findings = None
        with timing.phase("findings_panel"):
            self.panel.set_analysis(analysis, self.language.code, self.dark)
        self.view.set_findings(self.panel.visible_findings(), self.dark)
        self.status_label.setText(self._idle_status())
        self.analysisChanged.emit(analysis)

    def _on_failed(self, gen: int, message: str) -> None:
        self._forget(gen)
        if gen != self._generation:
            return
        self._set_busy(False)
        self.panel.set_pending(False)
        self.status_label.setText(self.tr("Failed."))
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.banner.show_message(message, self.dark)
        self._report_ready()  # the benchmark also stops on an error

    def _idle_status(self) -> str:
        if self.analysis is None:
            return self.tr("Ready.")
        findings = self.analysis.findings
        risks = len({(f.start, f.end) for f in findings if f.severity.is_risk})  # clauses, not findings
        good = len({(f.start, f.end) for f in findings if f.severity is Severity.GOOD})
        # English and German both have one singular and one plural form.
        risks_text = self.tr("1 risky clause") if risks == 1 else self.tr("%1 risky clauses").replace("%1", str(risks))
        good_text = self.tr("1 good point") if good == 1 else self.tr("%1 good points").replace("%1", str(good))
        return (self.tr("%1, %2; language: %3").replace("%1", risks_text).replace("%2", good_text)
                .replace("%3", self.analysis.language))

    def _update_title(self) -> None:
        name = self.document_model.title if self.document_model is not None else ""
        if not name and self.current_path:
            name = Path(self.current_path).name
        self.setWindowTitle(f"{name} — ToS Reader" if name else "ToS Reader")

    # -- findings and navigation ----------------------------------------------------------------------

    def _finding_selected(self, finding: Finding) -> None:
        self.view.select_range(finding.start, finding.end)

    def _offset_clicked(self, offset: int) -> None:
        finding = self.panel.finding_at(offset)
        if finding is not None and finding is not self.panel.current_finding():
            self.panel.select_finding(finding)

    def _filter_changed(self) -> None:
        if self.analysis is not None:
            self.view.set_findings(self.panel.visible_findings(), self.dark)

    def next_finding(self) -> None:
        self.panel.step(+1)

    def previous_finding(self) -> None:
        self.panel.step(-1)

    def _highlights_applied(self) -> None:
        if self.analysis is not None:  # not the preview: the benchmark waits for the whole
            self._report_ready()

    def _report_ready(self) -> None:
        """With TOSREADER_EXIT_WHEN_READY set (benchmarks), print the time and quit once drawn."""
        if self._ready_reported or not timing.enabled():
            return
        self._ready_reported = True
        with timing.phase("paint_highlighted"):
            self.repaint()
        print(f"TOSREADER_READY {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    # -- find, zoom ----------------------------------------------------------------------------------

    def open_find_bar(self) -> None:
        if self.stack.currentIndex() == DOCUMENT_PAGE:
            self.find_bar.open()

    def _search(self, text: str, backward: bool, typed: bool) -> None:
        self.find_bar.show_count(self.view.find_text(text, backward, from_selection_start=typed))

    def _find_closed(self) -> None:
        self.view.clear_find()
        self.view.setFocus()

    def zoom_in(self) -> None:
        self._zoom_to(self.view.zoom + 1)

    def zoom_out(self) -> None:
        self._zoom_to(self.view.zoom - 1)

    def zoom_reset(self) -> None:
        self._zoom_to(0)

    def _zoom_to(self, steps: int) -> None:
        self.view.set_zoom(steps)
        self.settings.set_zoom(self.view.zoom)

    # -- recent files, samples, about ---------------------------------------------------------------

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for n, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{n % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._refresh_recent_menu()

    def _refresh_samples(self) -> None:
        samples = sample_files()
        self.samples_list.clear()
        self.samples_menu.clear()
        base = resource_dir() / "samples"
        for path in samples:
            label = str(path.relative_to(base)).replace(os.sep, " · ")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.samples_list.addItem(item)
            action = self.samples_menu.addAction(label)
            action.triggered.connect(lambda _=False, p=str(path): self.open_path(p))
        self.samples_list.setVisible(bool(samples))
        self.samples_title.setVisible(bool(samples))
        self.samples_empty.setVisible(not samples)
        self.samples_menu.setEnabled(bool(samples))

    def about_text(self) -> str:
        lines = [f"<h3>ToS Reader {tosreader.__version__}</h3>",
                 "<p>" + self.tr("Highlights risky clauses in terms of service and explains them. "
                                 "The rules are open data you can read and extend.") + "</p>"]
        packs = self.analysis.ruleset.packs if self.analysis is not None else self._default_packs()
        if packs:
            lines.append("<p><b>" + self.tr("Rule packs:") + "</b></p><ul>")
            lines.extend(f"<li>{p.id} {p.version}</li>" for p in packs)
            lines.append("</ul>")
        lines.append(f"<p>Python {sys.version.split()[0]}, Qt {self._qt_version()}</p>")
        return "".join(lines)

    def _default_packs(self) -> list[RulePack]:
        from tosreader.core.analysis import get_ruleset
        from tosreader.core.errors import ToSReaderError

        packs = []
        for lang in ("en", "de"):
            try:
                packs.extend(get_ruleset(lang).packs)
            except ToSReaderError:
                continue
        return packs

    @staticmethod
    def _qt_version() -> str:
        from PySide6.QtCore import qVersion

        return qVersion()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ToS Reader"), self.about_text())
