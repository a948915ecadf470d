"""GUI tests of the history panel: timeline, selection, diff in a worker, risk links (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QUrl  # noqa: E402

from tosreader.core.history import HistoryStore  # noqa: E402
from tosreader.ui.history_view import HistoryPanel  # noqa: E402

pytestmark = pytest.mark.gui

V1 = "Example Terms\n\nWelcome to the app. We do not use your content to train AI models.\n"
V2 = "Example Terms\n\nWelcome to the app. You must be 16 or older. We do not use your content to train AI models.\n"
V3 = "Example Terms\n\nWelcome to the app. You must be 16 or older. We may use your content to train AI models.\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        for n, text in enumerate((V1, V2, V3), start=1):
            store.record("example", text, title="Example Terms", recorded_at=f"2024-0{n}-01T00:00:00+00:00",
                         grade="AB"[n > 2])
    return path


def test_timeline_lists_versions_newest_first(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("example")
    assert panel.version_numbers() == [3, 2, 1]
    assert panel.timeline.topLevelItem(0).text(1).startswith("2024-03-01")
    assert panel.selected_versions() == [2, 3]  # the last change is preselected
    assert panel.compare_button.isEnabled()
    panel.timeline.clearSelection()
    assert not panel.compare_button.isEnabled()
    panel.timeline.topLevelItem(2).setSelected(True)
    assert not panel.compare_button.isEnabled()


def test_unknown_document_shows_empty_state(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("https://unknown.example/terms")
    assert panel.version_numbers() == []
    assert "No stored versions" in panel.title.text()
    assert not panel.compare_button.isEnabled()


def test_compare_runs_in_a_worker_and_shows_risks_first(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("example")
    with qtbot.waitSignal(panel.compareRequested) as requested:
        with qtbot.waitSignal(panel.diffReady, timeout=20_000) as ready:
            panel.compare_button.click()
    assert requested.args == ["example", 2, 3]
    diff = ready.args[0]
    assert diff.worse
    text = panel.view.toPlainText()
    assert text.index("New: Your content or data may train AI models") < text.index("Changes\n")
    assert "Good point gone" in text
    page = panel.view.toHtml()
    assert 'href="#clause-' in page and 'name="clause-' in page
    assert "1 changed" in panel.status.text()


def test_clicking_a_risk_link_activates_its_clause(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("example")
    with qtbot.waitSignal(panel.diffReady, timeout=20_000) as ready:
        panel.compare(1, 3)
    index = ready.args[0].risk_added[0].diff_index
    with qtbot.waitSignal(panel.clauseActivated) as activated:
        panel.view.anchorClicked.emit(QUrl(f"#clause-{index}"))
    assert activated.args == [index]
    assert ready.args[0].clauses[index].status == "changed"


def test_stale_result_is_ignored_after_switching_documents(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("example")
    panel.compare(1, 3)
    panel.set_document_key("other")
    qtbot.wait(50)
    panel.pool.waitForDone(20_000)
    qtbot.wait(50)
    assert panel.diff is None
    assert panel.view.toPlainText() == ""


def test_error_is_reported(qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.set_document_key("example")
    with qtbot.waitSignal(panel.errorOccurred, timeout=20_000) as err:
        panel.compare(1, 9)
    assert "no version 9" in err.args[0]
    assert "Could not compare" in panel.status.text()
