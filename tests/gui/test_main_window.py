"""GUI tests of the reader window: open, drop, paste, findings, filter, navigation, find, errors, settings."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QTextCharFormat, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from tests.gui.conftest import AI_TEXT, wait_analysed, wait_error  # noqa: E402
from tosreader.core.severity import Severity  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def ai_file(tmp_path: Path) -> Path:
    path = tmp_path / "terms.txt"
    path.write_text(AI_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    filler = "\n\n".join(f"Section {n}. The weather in the valley was mild and the river ran slowly that year."
                         for n in range(150))
    path = tmp_path / "long.md"
    path.write_text("# Long Terms\n\n" + filler + "\n\n## Data\n\n" + AI_TEXT.split("\n\n", 1)[1], encoding="utf-8")
    return path


def char_format_at(window, offset: int) -> QTextCharFormat:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.mapping.to_qt(offset) + 1)
    return cursor.charFormat()


def test_open_action_loads_analyses_and_highlights(qtbot, reader, ai_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ai_file), ""))
    reader.open_action.trigger()
    wait_analysed(qtbot, reader)
    severities = {f.severity for f in reader.analysis.findings}
    assert Severity.HIGH in severities and Severity.GOOD in severities
    assert "train our artificial intelligence" in reader.view.toPlainText()
    high = next(f for f in reader.analysis.findings if f.severity is Severity.HIGH)
    good = next(f for f in reader.analysis.findings if f.severity is Severity.GOOD)
    assert char_format_at(reader, high.start).underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert char_format_at(reader, good.start).underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert reader.panel.grade_label.text() in "ABCDE"
    assert str(ai_file.resolve()) in reader.settings.recent_files()
    assert reader.stack.currentIndex() == 1


def test_trigger_words_map_exactly_to_the_view(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    # characters outside the BMP take two UTF-16 units in Qt: offsets must still land on the same words
    reader.open_text("Emoji Terms 😀🎉\n\n🙂 Note 🚀: " + AI_TEXT.split("\n\n", 1)[1])
    wait_analysed(qtbot, reader)
    doc = reader.view.document()
    for f in reader.analysis.findings:
        cursor = QTextCursor(doc)
        cursor.setPosition(reader.view.mapping.to_qt(f.match_start))
        cursor.setPosition(reader.view.mapping.to_qt(f.match_end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == f.matched


def test_drop_a_file_opens_it(qtbot, reader, ai_file) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ai_file))])
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated; it is the only one
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(reader, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(reader, event)
    assert event.isAccepted()
    wait_analysed(qtbot, reader)
    assert reader.current_path == str(ai_file)
    assert reader.analysis.findings


def test_paste_text_from_clipboard(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(AI_TEXT)
    reader.paste_action.trigger()
    wait_analysed(qtbot, reader)
    assert reader.document_model.source == "clipboard"
    assert any(f.severity is Severity.HIGH for f in reader.analysis.findings)


def test_empty_clipboard_is_explained(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("   ")
    reader.paste_action.trigger()
    assert "clipboard" in wait_error(qtbot, reader)


def test_selecting_a_finding_scrolls_to_and_selects_its_clause(qtbot, reader, long_file) -> None:  # type: ignore[no-untyped-def]
    reader.resize(900, 500)
    reader.open_path(long_file)
    wait_analysed(qtbot, reader)
    view = reader.view
    assert view.verticalScrollBar().value() == 0
    high = next(f for f in reader.analysis.findings if f.severity is Severity.HIGH)
    assert reader.panel.select_finding(high)
    assert view.selected_offsets() == (high.start, high.end)
    assert view.verticalScrollBar().value() > 0
    assert view.cursorRect().top() >= 0 and view.cursorRect().bottom() <= view.viewport().height()
    details = reader.panel.details.toPlainText()
    assert high.title in details and high.matched in details
    assert high.explanation.why[:30] in details


def test_severity_filter_hides_findings_and_highlights(qtbot, reader, ai_file) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(ai_file)
    wait_analysed(qtbot, reader)
    high = next(f for f in reader.analysis.findings if f.severity is Severity.HIGH)
    reader.panel.set_severity_visible(Severity.HIGH, False)
    qtbot.waitUntil(lambda: not reader.view.highlighting)
    assert all(f.severity is not Severity.HIGH for f in reader.panel.visible_findings())
    assert char_format_at(reader, high.match_start).underlineStyle() != QTextCharFormat.UnderlineStyle.WaveUnderline
    assert not reader.panel.select_finding(high)
    reader.panel.set_severity_visible(Severity.HIGH, True)
    qtbot.waitUntil(lambda: not reader.view.highlighting)
    assert char_format_at(reader, high.match_start).underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_next_and_previous_finding_follow_reading_order(qtbot, reader, ai_file) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(ai_file)
    wait_analysed(qtbot, reader)
    ordered = reader.panel.visible_findings()
    assert len(ordered) >= 2
    reader.next_finding_action.trigger()
    assert reader.panel.current_finding() is ordered[0]
    reader.next_finding_action.trigger()
    assert reader.panel.current_finding() is ordered[1]
    assert reader.view.selected_offsets() == (ordered[1].start, ordered[1].end)
    reader.previous_finding_action.trigger()
    assert reader.panel.current_finding() is ordered[0]
    reader.previous_finding_action.trigger()  # wraps to the last
    assert reader.panel.current_finding() is ordered[-1]
    shortcuts = [s.toString() for s in reader.next_finding_action.shortcuts()]
    assert "F3" in shortcuts


def test_find_marks_matches_and_moves_between_them(qtbot, reader, ai_file) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(ai_file)
    wait_analysed(qtbot, reader)
    reader.find_action.trigger()
    assert not reader.find_bar.isHidden()
    qtbot.keyClicks(reader.find_bar.field, "train")
    assert reader.find_bar.count_label.text() == "2 matches"
    assert len(reader.view.extraSelections()) == 2
    first = reader.view.textCursor().selectionStart()
    assert reader.view.textCursor().selectedText().lower() == "train"
    reader.find_bar.find_next()
    second = reader.view.textCursor().selectionStart()
    assert second > first
    reader.find_bar.find_previous()
    assert reader.view.textCursor().selectionStart() == first
    reader.find_bar.dismiss()
    assert reader.view.extraSelections() == []


def test_missing_file_shows_a_message(qtbot, reader, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(tmp_path / "gone.txt")
    message = wait_error(qtbot, reader)
    assert "no such file" in message
    assert reader.analysis is None and not reader.progress.isVisible()


def test_broken_pdf_shows_a_message_and_the_window_keeps_working(qtbot, reader, tmp_path, ai_file) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf\n")
    reader.open_path(broken)
    assert "broken.pdf" in wait_error(qtbot, reader)
    reader.open_path(ai_file)
    wait_analysed(qtbot, reader)
    assert reader.banner.isHidden()


def test_unexpected_worker_exception_is_shown(qtbot, reader, ai_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tosreader.core.analysis as analysis

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("rules exploded")

    monkeypatch.setattr(analysis, "analyze", boom)
    reader.open_path(ai_file)
    assert "RuntimeError: rules exploded" in wait_error(qtbot, reader)
    assert reader.document_model is not None  # the text is shown even though analysis failed


def test_url_without_fetch_module_says_so(qtbot, reader, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "tosreader.core.fetch" else real(name, *a))
    reader.url_field.setText("https://example.org/terms")
    qtbot.keyClick(reader.url_field, Qt.Key.Key_Return)
    assert "not available" in wait_error(qtbot, reader)
    reader.url_field.setText("not a url")
    qtbot.keyClick(reader.url_field, Qt.Key.Key_Return)
    assert "not a web address" in reader.banner.label.text()


def test_cancel_stops_the_work_and_ignores_late_results(qtbot, reader, ai_file) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(ai_file)
    reader.cancel_button.click()
    assert not reader.progress.isVisible() and reader.status_label.text() == "Cancelled."
    QApplication.processEvents()
    qtbot.wait(300)
    assert reader.analysis is None


def test_settings_persist_across_windows(qtbot, ai_file) -> None:  # type: ignore[no-untyped-def]
    from tosreader.ui.app import create_window

    first = create_window()
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 520)
    first.splitter.setSizes([500, 260])
    sizes = first.splitter.sizes()
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    first.set_theme("dark")
    first.open_path(ai_file)
    wait_analysed(qtbot, first)
    first.close()

    second = create_window()
    qtbot.addWidget(second)
    second.show()
    try:
        assert (second.width(), second.height()) == (760, 520)
        assert second.splitter.sizes() == sizes
        assert second.view.zoom == 2
        assert second.theme_actions["dark"].isChecked() and second.dark
        assert second.settings.recent_files()[0] == str(ai_file.resolve())
        assert any(a.data() == str(ai_file.resolve()) for a in second.recent_menu.actions())
    finally:
        second.set_theme("system")
        second.close()


def test_interface_switches_to_german_and_back(reader) -> None:  # type: ignore[no-untyped-def]
    reader.set_ui_language("de")
    assert reader.file_menu.title() == "&Datei"
    assert reader.url_field.placeholderText() == "Adresse von AGB einfügen…"
    assert reader.panel.filter_buttons[Severity.HIGH].text() == "Hoch"
    reader.set_ui_language("en")
    assert reader.file_menu.title() == "&File"


def test_status_line_counts_in_singular_and_plural_in_both_languages(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    one = "Example Terms\n\nWe do not use your chats to train AI models.\n\nDisputes go to binding arbitration.\n"
    reader.open_text(one)  # one risk (arbitration), one good point (the denial)
    wait_analysed(qtbot, reader)
    assert reader._idle_status() == "1 risky clause, 1 good point; language: en"
    reader.set_ui_language("de")
    try:
        assert reader._idle_status() == "1 riskante Klausel, 1 guter Punkt; Sprache: en"
        model = reader.panel.model
        headers = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
        assert "▾ Gute Punkte (1)" in headers  # translated though the label is built in an f-string
        reader.open_text(one + "\nWe may terminate your account at any time without notice.\n")
        qtbot.waitUntil(lambda: reader.analysis is not None and "terminate" in reader.analysis.document.text,
                        timeout=20000)  # the second text is analysed
        assert reader._idle_status() == "2 riskante Klauseln, 1 guter Punkt; Sprache: en"
    finally:
        reader.set_ui_language("en")
    assert reader._idle_status() == "2 risky clauses, 1 good point; language: en"


def test_zoom_changes_the_document_font(reader) -> None:  # type: ignore[no-untyped-def]
    size = reader.view.document().defaultFont().pointSizeF()
    reader.zoom_in_action.trigger()
    assert reader.view.document().defaultFont().pointSizeF() > size
    reader.zoom_reset_action.trigger()
    assert reader.view.document().defaultFont().pointSizeF() == size


def test_about_names_version_and_rule_packs(reader) -> None:  # type: ignore[no-untyped-def]
    import tosreader

    text = reader.about_text()
    assert tosreader.__version__ in text and "en-data-ai" in text


def test_welcome_page_lists_the_samples(reader) -> None:  # type: ignore[no-untyped-def]
    from tosreader.ui.main_window import sample_files

    samples = sample_files()
    assert reader.stack.currentIndex() == 0
    assert reader.samples_list.count() == len(samples)
    assert reader.samples_empty.isHidden() == bool(samples)


def test_extension_points(reader) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    index = reader.add_side_tab(QLabel("history"), "History")
    assert reader.side_tabs.tabText(index) == "History" and reader.side_tabs.tabText(0) == "Findings"
    action = QAction("Export…", reader)
    reader.add_file_action(action)
    assert action in reader.file_menu.actions()
    assert reader.file_menu.actions().index(action) < reader.file_menu.actions().index(reader.quit_action)
