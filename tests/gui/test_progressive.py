"""Long documents: the first part is shown highlighted from a preview while the whole is analysed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from tests.gui.conftest import AI_TEXT, wait_analysed  # noqa: E402

pytestmark = pytest.mark.gui

BODY = AI_TEXT.split("\n\n", 1)[1]


@pytest.fixture
def long_doc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A document above a lowered preview threshold, with findings in every part."""
    from tosreader.ui import workers

    monkeypatch.setattr(workers, "PREVIEW_THRESHOLD", 2_000)
    monkeypatch.setattr(workers, "PREVIEW_CHARS", 1_500)
    parts = [f"## Part {n}\n\n{BODY}" for n in range(40)]
    path = tmp_path / "long-terms.md"
    path.write_text("# Long Terms\n\n" + "\n\n".join(parts), encoding="utf-8")
    return path


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The full analysis of a long document waits until the returned event is set."""
    from tosreader.core import analysis

    release = threading.Event()
    real = analysis.analyze

    def gated(document, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(document.text) > 2_000:
            release.wait(timeout=20)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(analysis, "analyze", gated)
    return release


def test_preview_highlights_come_before_the_full_result(qtbot, reader, long_doc, gate) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(long_doc)
    qtbot.waitUntil(lambda: reader.preview_findings is not None, timeout=20000)
    preview = list(reader.view._findings)
    assert preview, "the first part should be highlighted"
    assert reader.analysis is None
    assert all(f.start < 2_000 for f in preview)  # clauses starting in the first 1,500 characters
    # the trigger words are drawn bold on the shown document itself; text after the first part is plain
    from PySide6.QtGui import QTextCursor

    def weight_at(offset: int) -> int:
        cursor = QTextCursor(reader.view.document())
        cursor.setPosition(reader.view.mapping.to_qt(offset) + 1)
        return cursor.charFormat().fontWeight()

    first = preview[0]
    assert weight_at(first.match_start) == 700
    assert weight_at(len(reader.document_model.text) - 5) != 700
    assert reader.panel.grade_label.text() == "…"
    assert "pending" in reader.panel.grade_title.text()
    assert reader.progress.isVisible() and reader.cancel_button.isVisible()
    gate.set()
    wait_analysed(qtbot, reader)
    assert reader.preview_findings is None
    assert len(reader.view._findings) > len(preview)
    assert max(f.start for f in reader.view._findings) > 1_500
    assert {(f.start, f.end) for f in preview} <= {(f.start, f.end) for f in reader.analysis.findings}
    assert reader.panel.grade_label.text() == reader.analysis.grade.letter


def test_swap_keeps_scroll_and_selection(qtbot, reader, long_doc, gate) -> None:  # type: ignore[no-untyped-def]
    reader.resize(900, 500)
    reader.open_path(long_doc)
    qtbot.waitUntil(lambda: reader.preview_findings is not None, timeout=20000)
    bar = reader.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    cursor = reader.view.textCursor()
    cursor.setPosition(200)
    cursor.setPosition(240, cursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    scrolled, selected = bar.value(), reader.view.textCursor().selectedText()
    gate.set()
    wait_analysed(qtbot, reader)
    assert bar.value() == scrolled
    assert reader.view.textCursor().selectedText() == selected


def test_stale_full_result_is_ignored_after_opening_another(qtbot, reader, long_doc, gate, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(long_doc)
    qtbot.waitUntil(lambda: reader.preview_findings is not None, timeout=20000)
    small = tmp_path / "small.txt"
    small.write_text(AI_TEXT, encoding="utf-8")
    reader.open_path(small)
    wait_analysed(qtbot, reader)
    second = reader.analysis
    assert reader.panel.grade_label.text() == second.grade.letter
    gate.set()  # the first document's analysis now finishes, late
    qtbot.wait(500)
    assert reader.analysis is second
    assert reader.view.model is second.document
    assert reader.panel.grade_label.text() == second.grade.letter
    assert "Example Service Terms" in reader.view.toPlainText()


def test_cancel_during_full_analysis_clears_pending(qtbot, reader, long_doc, gate) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(long_doc)
    qtbot.waitUntil(lambda: reader.preview_findings is not None, timeout=20000)
    reader.cancel_work()
    gate.set()
    qtbot.wait(500)
    assert reader.analysis is None
    assert reader.panel.grade_label.text() == "–"
    assert reader.status_label.text() == "Cancelled."
