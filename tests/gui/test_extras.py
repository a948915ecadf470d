"""The window records each analysed document in its history, compares versions, and exports."""

from __future__ import annotations

import json
from pathlib import Path

from tests.gui.conftest import wait_analysed
from tosreader.paths import resource_dir

SAMPLES = resource_dir() / "samples" / "en"


def test_history_tab_records_versions_and_risk_delta(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    extras = reader.extras
    with qtbot.waitSignal(extras.recorded, timeout=30000) as first:
        reader.open_path(SAMPLES / "videocall-terms-2023-03.md")
    wait_analysed(qtbot, reader)
    assert first.args[1] is True  # a new document: a new version
    with qtbot.waitSignal(extras.recorded, timeout=30000) as second:
        reader.open_path(SAMPLES / "videocall-terms-2023-08.md")
    assert second.args[0] == first.args[0]  # same document, identified by its title
    assert second.args[1] is True
    history = extras.history
    assert history.timeline.topLevelItemCount() == 2
    with qtbot.waitSignal(history.diffReady, timeout=30000) as diff:
        history.timeline.selectAll()
        history.compare_button.click()
    removed = [f["category"] for f in diff.args[0].to_dict()["risk"]["removed"]]
    assert "ai_training" in removed
    shown = history.view.toPlainText()
    assert "AI" in shown and shown.index("AI") < len(shown) // 2  # risk changes are listed first


def test_reopening_the_same_text_records_nothing_new(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(reader.extras.recorded, timeout=30000):
        reader.open_path(SAMPLES / "fair-terms.txt")
    with qtbot.waitSignal(reader.extras.recorded, timeout=30000) as again:
        reader.open_path(SAMPLES / "fair-terms.txt")
    assert again.args[1] is False


def test_export_json_and_pdf_from_the_window(qtbot, reader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(SAMPLES / "videocall-terms-2023-03.md")
    wait_analysed(qtbot, reader)
    assert reader.extras.export_action.isEnabled()
    out = tmp_path / "summary.json"
    reader.extras.export(str(out), "json")
    qtbot.waitUntil(out.exists, timeout=30000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["grade"] == reader.analysis.grade.letter
    assert len(data["findings"]) == len(reader.analysis.findings)
    pdf = tmp_path / "summary.pdf"
    reader.extras.export(str(pdf), "pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_export_to_an_unwritable_place_shows_a_message(qtbot, reader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader.open_path(SAMPLES / "fair-terms.txt")
    wait_analysed(qtbot, reader)
    reader.extras.export(str(tmp_path / "missing-dir" / "x.pdf"), "pdf")
    qtbot.waitUntil(lambda: not reader.banner.isHidden(), timeout=20000)
    assert "x.pdf" in reader.banner.label.text()


def test_recording_waits_for_the_first_paint_but_a_close_flushes_it(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    reader.extras.record_delay_ms = 60_000
    seen: list[str] = []
    reader.extras.recorded.connect(lambda key, _created: seen.append(key))
    reader.open_path(SAMPLES / "fair-terms.txt")
    wait_analysed(qtbot, reader)
    qtbot.wait(200)
    assert seen == []  # not yet: the delay keeps its work away from the first paint and scrolling
    with qtbot.waitSignal(reader.extras.recorded, timeout=30000):
        reader.close()
    assert len(seen) == 1


def test_recording_waits_while_the_reader_scrolls(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    reader.resize(700, 420)
    reader.extras.record_delay_ms = 400
    seen: list[str] = []
    reader.extras.recorded.connect(lambda key, _created: seen.append(key))
    reader.open_path(SAMPLES / "videocall-terms-2023-08.md")
    wait_analysed(qtbot, reader)
    bar = reader.view.verticalScrollBar()
    assert bar.maximum() > 0
    for step in range(8):  # 8 x 150 ms of scrolling: longer than the delay, never a pause as long
        bar.setValue(step * 20 % max(1, bar.maximum()))
        qtbot.wait(150)
    assert seen == []
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30000)


def test_recording_waits_until_the_highlighted_document_is_built(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    """The history record and the stepwise highlight build both want the GIL: recording starts only once
    the highlights are swapped in."""
    reader.extras.record_delay_ms = 0
    seen: list[str] = []
    reader.extras.recorded.connect(lambda key, _created: seen.append(key))
    reader.open_path(SAMPLES / "fair-terms.txt")
    wait_analysed(qtbot, reader)
    qtbot.wait(300)
    seen.clear()
    reader.view._pending = object()  # a (re)build in progress, as after a filter change on a long document
    reader.extras._analysis_changed(reader.analysis)
    qtbot.wait(400)
    assert seen == []  # the timer fired, saw the build and waited
    reader.view.cancel_highlights()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30000)
