"""The findings list as a model/view: groups, filter, selection, closing groups, and large analyses."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from tests.gui.conftest import AI_TEXT  # noqa: E402
from tosreader.core.analysis import Analysis, analyze  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402
from tosreader.core.severity import Severity  # noqa: E402
from tosreader.ui.findings_panel import FindingsPanel  # noqa: E402

pytestmark = pytest.mark.gui

TERMS = (AI_TEXT + "\n\nWe may terminate your account at any time for any reason without notice.\n\n"
         "Any dispute will be resolved by binding arbitration, and you waive any class action.\n")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyze(load_text(TERMS, title="Panel terms"), language="en")


@pytest.fixture
def panel(qtbot, analysis: Analysis) -> FindingsPanel:  # type: ignore[no-untyped-def]
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    widget.set_analysis(analysis, "en", False)
    return widget


def rows(panel: FindingsPanel) -> list[tuple[str, int | None]]:
    model = panel.model
    return [(str(model.index(r, 0).data()), model.index(r, 0).data(Qt.ItemDataRole.UserRole))
            for r in range(model.rowCount())]


def test_every_finding_is_listed_once_under_a_group_header(panel: FindingsPanel, analysis: Analysis) -> None:
    listed = [index for _, index in rows(panel) if index is not None]
    assert sorted(listed) == list(range(len(analysis.findings)))
    headers = [text for text, index in rows(panel) if index is None]
    assert any("Good points" in h for h in headers)
    assert all(h.startswith("▾ ") for h in headers)  # groups start open
    first_header = panel.model.index(0, 0)
    assert not first_header.flags() & Qt.ItemFlag.ItemIsSelectable


def test_filter_hides_rows_and_selection_follows_the_model(panel: FindingsPanel, analysis: Analysis) -> None:
    high = next(f for f in analysis.findings if f.severity is Severity.HIGH)
    with_signal = []
    panel.findingSelected.connect(with_signal.append)
    assert panel.select_finding(high)
    assert panel.current_finding() is high and with_signal == [high]
    assert high.title in panel.details.toPlainText()
    panel.set_severity_visible(Severity.HIGH, False)
    shown = [analysis.findings[i] for _, i in rows(panel) if i is not None]
    assert shown and all(f.severity is not Severity.HIGH for f in shown)
    assert not panel.select_finding(high)
    assert panel.current_finding() is None
    panel.set_severity_visible(Severity.HIGH, True)
    assert panel.select_finding(high)


def test_header_click_closes_and_reopens_its_group(qtbot, panel: FindingsPanel, analysis: Analysis) -> None:  # type: ignore[no-untyped-def]
    good = next(f for f in analysis.findings if f.severity is Severity.GOOD)
    risky = next(f for f in analysis.findings if f.severity is Severity.HIGH)
    panel.select_finding(risky)
    header_row = next(r for r, (text, i) in enumerate(rows(panel)) if i is None and "Good points" in text)
    before = panel.model.rowCount()
    header = panel.model.index(header_row, 0)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(header).center())
    assert panel.model.rowCount() < before
    assert str(panel.model.index(header_row, 0).data()).startswith("▸ ")
    assert panel.current_finding() is risky  # closing another group keeps the selection
    assert panel.select_finding(good)  # selecting a finding in a closed group opens it
    assert panel.model.rowCount() == before


def test_thousands_of_findings_need_no_widget_per_row(panel: FindingsPanel, analysis: Analysis) -> None:
    many = Analysis(analysis.document, analysis.language, analysis.findings * 1500, analysis.grade,
                    analysis.ruleset)
    panel.set_analysis(many, "en", False)
    assert panel.model.rowCount() >= len(many.findings)
    assert panel.tree.uniformItemSizes()
    last = many.findings[-1]
    assert panel.select_finding(last)
    assert panel.model.finding_index(panel.tree.currentIndex()) is not None
    assert panel.model.index_of(10**9) == QModelIndex()
