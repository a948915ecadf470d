"""The findings list as a model/view: groups, filter, selection, closing groups, and large analyses."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from tests.gui.conftest import AI_TEXT  # noqa: E402
from tosreader.core.analysis import Analysis, analyze  # noqa: E402
from tosreader.core.entries import entry_counts, entry_key  # noqa: E402
from tosreader.core.export import build_summary  # noqa: E402
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
    keys = [entry_key(analysis.findings[i]) for i in listed]  # two rules of a category on a clause share a row
    assert len(keys) == len(set(keys)) and set(keys) == {entry_key(f) for f in analysis.findings}
    assert len(listed) < len(analysis.findings)  # the terms have such clauses: "terminate", "arbitration"
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
    from dataclasses import replace

    spread = [replace(f, start=f.start + 10**6 * k, end=f.end + 10**6 * k)  # 1500 sets of distinct clauses
              for k in range(1500) for f in analysis.findings]
    many = Analysis(analysis.document, analysis.language, spread, analysis.grade, analysis.ruleset)
    panel.set_analysis(many, "en", False)
    assert panel.model.rowCount() >= len({entry_key(f) for f in many.findings}) > 5000
    assert panel.tree.uniformItemSizes()
    last = many.findings[-1]
    assert panel.select_finding(last)
    assert panel.model.finding_index(panel.tree.currentIndex()) is not None
    assert panel.model.index_of(10**9) == QModelIndex()


def test_two_rules_of_one_category_on_a_clause_share_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Both findings stay (each rule explains itself), but the list shows the clause once per category;
    the row's explanation names the other rule, and stepping visits the row once."""
    text = ("Terms\n\nWe may change, suspend or discontinue any feature of the service at any time without notice.\n\n"
            "Any dispute will be resolved by binding arbitration.\n")
    analysis = analyze(load_text(text, title="t"), language="en")
    change = [f for f in analysis.findings if f.category == "unilateral_change"]
    assert len(change) >= 2 and len({f.start for f in change}) == 1  # several rules, one clause
    shared = len(analysis.findings) - len({entry_key(f) for f in analysis.findings})  # without a row of their own
    assert shared >= len(change) - 1
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.set_analysis(analysis, "en", False)
    shown = rows(widget)
    header = next(t for t, i in shown if i is None and t.startswith("▾ Unilateral change"))
    assert header.endswith("(1)")
    assert sum(1 for _, i in shown if i is not None) == len(analysis.findings) - shared
    counts = entry_counts(analysis.findings)
    assert sum(counts.values()) == len(analysis.findings) - shared  # the header counts what the list shows
    assert build_summary(analysis).counts == counts  # and so do the exported summaries
    shown = re.findall(r"■</span>&nbsp;(\d+)&nbsp;", widget.counts_label.text())  # high … good
    assert [int(n) for n in shown] == list(counts.values())
    assert widget.select_finding(change[1])  # the second finding selects the shared row
    assert widget.current_finding() is change[0]
    details = widget.details.toPlainText()
    assert "Also on this clause" in details and change[1].title in details
    visited = [widget.step(+1) for _ in range(len(analysis.findings))]
    assert change[1] not in visited and visited.count(change[0]) >= 1
    assert len({id(f) for f in visited}) == len(analysis.findings) - shared
