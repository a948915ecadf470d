"""The reading pane: highlight runs, documents built in the open task, re-highlighting in the pool."""

from __future__ import annotations

import os
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QThread  # noqa: E402
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor  # noqa: E402

from tests.gui.conftest import AI_TEXT, wait_analysed  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402
from tosreader.core.severity import Severity  # noqa: E402
from tosreader.ui import timing  # noqa: E402
from tosreader.ui.document_view import (  # noqa: E402
    build_text_document,
    highlight_runs,
)

pytestmark = pytest.mark.gui


@dataclass
class Span:
    """Just the fields highlight_runs reads from a Finding."""

    start: int
    end: int
    match_start: int
    match_end: int
    severity: Severity


def test_runs_put_trigger_words_over_clauses_and_the_worse_severity_on_top() -> None:
    runs = highlight_runs([Span(0, 20, 5, 8, Severity.LOW), Span(10, 30, 12, 14, Severity.HIGH)])
    assert runs == [
        (0, 5, (Severity.LOW, False)), (5, 8, (Severity.LOW, True)), (8, 10, (Severity.LOW, False)),
        (10, 12, (Severity.HIGH, False)), (12, 14, (Severity.HIGH, True)), (14, 30, (Severity.HIGH, False)),
    ]
    # a low clause inside a high one does not punch a hole into it; equal neighbours merge
    assert highlight_runs([Span(0, 10, 0, 0, Severity.HIGH), Span(3, 6, 3, 3, Severity.LOW)]) == [
        (0, 10, (Severity.HIGH, False))]
    assert highlight_runs([]) == []


def test_one_pass_build_formats_runs_across_blocks(qapp) -> None:  # type: ignore[no-untyped-def]
    document = load_text("# Terms\n\nFirst paragraph here.\n\nSecond paragraph there.", title="t")
    second = document.blocks[2]
    # a clause from the middle of block 1 into block 2, with a trigger in block 2
    span = Span(document.blocks[1].start + 6, second.start + 6, second.start, second.start + 6, Severity.HIGH)
    qdoc, mapping = build_text_document(document, QFont(), [span], dark=False)
    assert qdoc.toPlainText().split("\n") == [document.text[b.start:b.end] for b in document.blocks]

    def fmt(offset: int) -> QTextCharFormat:
        cursor = QTextCursor(qdoc)
        cursor.setPosition(mapping.to_qt(offset) + 1)
        return cursor.charFormat()

    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt(document.blocks[1].start).underlineStyle() != wave
    assert fmt(document.blocks[1].start + 7).underlineStyle() == wave
    assert fmt(second.start + 1).fontWeight() == 700  # trigger words are bold too
    assert fmt(second.start + 10).underlineStyle() != wave
    assert fmt(0).fontWeight() == 700  # the heading keeps its own format


def test_the_open_task_hands_over_no_qt_document(qtbot, reader, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every QTextDocument is built on the GUI thread (moving one over from a worker deadlocked)."""
    from tosreader.ui import workers

    seen = []
    real = workers.OpenTask._emit

    def spy(self, name, *args):  # type: ignore[no-untyped-def]
        seen.append((name, args))
        real(self, name, *args)

    monkeypatch.setattr(workers.OpenTask, "_emit", spy)
    reader.open_text(AI_TEXT)
    wait_analysed(qtbot, reader)
    handed = [a for _, args in seen for a in args]
    assert ("loaded" in {n for n, _ in seen}) and ("finished" in {n for n, _ in seen})
    assert not any(isinstance(a, QObject) for a in handed)
    assert reader.view.document().thread() is QThread.currentThread()
    assert reader.view.document().toPlainText().startswith("Example Service Terms")


def test_open_shows_the_task_built_document_and_filter_rehighlights(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    reader.open_text(AI_TEXT)
    wait_analysed(qtbot, reader)
    shown = reader.view.document()
    assert shown.parent() is reader.view and shown.thread() is reader.thread()
    assert len(reader.view.findings) == len(reader.analysis.findings)
    reader.panel.set_severity_visible(Severity.GOOD, False)
    assert reader.view.highlighting  # built in the pool; the old highlights stay meanwhile
    qtbot.waitUntil(lambda: not reader.view.highlighting)
    assert reader.view.document() is not shown
    assert all(f.severity is not Severity.GOOD for f in reader.view.findings)


def test_highlights_are_built_in_steps_with_the_event_loop_running_between(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A long document's highlighted copy is built a few blocks at a time; timers (paint, scroll) run in
    between, the old text stays shown meanwhile, and the result equals the one-go build."""
    from PySide6.QtCore import QTimer

    from tosreader.core.analysis import analyze
    from tosreader.ui import document_view
    from tosreader.ui.document_view import DocumentView

    monkeypatch.setattr(document_view, "BLOCKS_PER_STEP", 1)
    monkeypatch.setattr(document_view, "STEP_SECONDS", 0.0)  # one step per event-loop turn
    document = load_text("\n\n".join([AI_TEXT] * 6), title="t")
    findings = analyze(document).findings
    view = DocumentView()
    qtbot.addWidget(view)
    view.show_document(document)
    shown = view.document()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(view.document() is shown))
    timer.start(0)
    with qtbot.waitSignal(view.highlightsApplied, timeout=10_000):
        view.set_findings(findings, dark=False)
    timer.stop()
    steps = len(document.blocks) - 1
    assert steps >= 10 and ticks.count(True) >= steps  # the event loop ran between the steps, old text shown
    assert view.document() is not shown and view.findings == list(findings)
    whole, _ = build_text_document(document, view.font(), findings)
    assert view.document().toHtml() == whole.toHtml()


def test_a_newer_request_abandons_a_build_in_progress(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tosreader.core.analysis import analyze
    from tosreader.ui import document_view
    from tosreader.ui.document_view import DocumentView

    monkeypatch.setattr(document_view, "BLOCKS_PER_STEP", 1)
    monkeypatch.setattr(document_view, "STEP_SECONDS", 0.0)
    document = load_text("\n\n".join([AI_TEXT] * 6), title="t")
    findings = analyze(document).findings
    view = DocumentView()
    qtbot.addWidget(view)
    view.show_document(document)
    real_steps = document_view.build_text_steps
    builds: list[list[int]] = []

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        steps = builds.append([0]) or builds[-1]
        result = yield from _counting(real_steps(*args, **kwargs), steps, len(builds))
        return result

    def _counting(inner, steps, number):  # type: ignore[no-untyped-def]
        while True:
            try:
                next(inner)
            except StopIteration as done:
                return done.value
            steps[0] += 1
            if number == 1 and steps[0] == 3:
                view.set_findings(findings[:1], dark=True)  # the reader changes the filter mid-build
            yield

    monkeypatch.setattr(document_view, "build_text_steps", counted)
    applied = []
    view.highlightsApplied.connect(lambda: applied.append(list(view.findings)))
    view.set_findings(findings, dark=False)
    qtbot.waitUntil(lambda: len(builds) == 2 and not view.highlighting, timeout=10_000)
    qtbot.wait(50)
    assert builds[0][0] == 3 < len(document.blocks) - 1  # the first build stopped after the newer request
    assert applied == [findings[:1]]  # only the newer request was swapped in
    assert view.dark


def test_timing_marks_print_only_when_asked(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(timing.READY_ENV, raising=False)
    with timing.phase("quiet"):
        pass
    assert capsys.readouterr().out == ""
    monkeypatch.setenv(timing.READY_ENV, "1")
    with timing.phase("build"):
        pass
    timing.mark("done")
    lines = capsys.readouterr().out.splitlines()
    phase, at = lines[0].split(), lines[1].split()
    assert phase[:3] == ["TOSREADER_PHASE", "build", "gui"] and float(phase[3]) <= float(phase[4])
    assert at[:3] == ["TOSREADER_AT", "done", "gui"]
