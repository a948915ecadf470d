"""The Findings tab: grade, counts per severity, findings by category with a filter, and explanations."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tosreader.core.analysis import Analysis
from tosreader.core.engine import Finding
from tosreader.core.severity import Severity
from tosreader.ui.severity_style import GRADE_COLOURS, look, marker_icon

ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO, Severity.GOOD)
_ROLE = Qt.ItemDataRole.UserRole


def severity_label(severity: Severity) -> str:
    names = {
        Severity.HIGH: QCoreApplication.translate("Severity", "High"),
        Severity.MEDIUM: QCoreApplication.translate("Severity", "Medium"),
        Severity.LOW: QCoreApplication.translate("Severity", "Low"),
        Severity.INFO: QCoreApplication.translate("Severity", "Info"),
        Severity.GOOD: QCoreApplication.translate("Severity", "Good"),
    }
    return names[severity]


def grade_summary(letter: str) -> str:
    texts = {
        "A": QCoreApplication.translate("Grade", "Fair terms: few or no risks found"),
        "B": QCoreApplication.translate("Grade", "Mostly fair, a few points to note"),
        "C": QCoreApplication.translate("Grade", "Some clauses deserve a careful read"),
        "D": QCoreApplication.translate("Grade", "Several serious risks"),
        "E": QCoreApplication.translate("Grade", "Many serious risks"),
    }
    return texts.get(letter, "")


class FindingsPanel(QWidget):
    """Shows one Analysis; emits findingSelected when the reader picks a finding."""

    findingSelected = Signal(object)  # noqa: N815 - Qt signal naming; carries a Finding
    filterChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.ui_language = "en"
        self.dark = False
        self._build()
        self.retranslate()

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        self.grade_label = QLabel("–")
        self.grade_label.setObjectName("gradeLetter")
        self.grade_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_label.setFixedSize(64, 64)
        header.addWidget(self.grade_label)
        summary = QVBoxLayout()
        self.grade_title = QLabel()
        self.grade_title.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        summary.addWidget(self.grade_title)
        summary.addWidget(self.counts_label)
        header.addLayout(summary, 1)
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.setSpacing(2)
        self.filter_caption = QLabel()
        filters.addWidget(self.filter_caption)
        self.filter_buttons: dict[Severity, QToolButton] = {}
        for severity in ORDER:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._filter_toggled)
            self.filter_buttons[severity] = button
            filters.addWidget(button)
        filters.addStretch(1)
        layout.addLayout(filters)

        split = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.filter_caption.setText(self.tr("Show:"))
        for severity, button in self.filter_buttons.items():
            button.setText(severity_label(severity))
            button.setToolTip(self.tr("Show or hide %1 findings").replace("%1", severity_label(severity)))
        self.refresh()

    # -- content --------------------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None, ui_language: str, dark: bool) -> None:
        self.analysis = analysis
        self.ui_language = ui_language
        self.dark = dark
        self.refresh()

    def set_theme(self, dark: bool) -> None:
        self.dark = dark
        self.refresh()

    def refresh(self) -> None:
        current = self.current_finding()
        for severity, button in self.filter_buttons.items():
            button.setIcon(marker_icon(severity, self.dark, 14))
        self._show_grade()
        self._fill_tree()
        if current is not None and self.is_visible(current):
            self.select_finding(current)
        else:
            self._show_details(None)

    def _show_grade(self) -> None:
        analysis = self.analysis
        if analysis is None:
            self.grade_label.setText("–")
            self.grade_label.setStyleSheet("")
            self.grade_title.setText(self.tr("No document analysed yet"))
            self.counts_label.setText("")
            return
        letter = analysis.grade.letter
        accent = look(GRADE_COLOURS.get(letter, Severity.INFO), self.dark).accent.name()
        self.grade_label.setText(letter)
        self.grade_label.setStyleSheet(
            f"QLabel#gradeLetter {{ font-size: 34px; font-weight: bold; color: {accent};"
            f" border: 3px solid {accent}; border-radius: 32px; }}")
        self.grade_label.setToolTip(self.tr("Grade %1 (score %2)").replace("%1", letter)
                                    .replace("%2", f"{analysis.grade.score:.1f}"))
        self.grade_title.setText(f"<b>{html.escape(grade_summary(letter))}</b>")
        counts = analysis.counts()
        parts = []
        for severity in ORDER:
            colour = look(severity, self.dark).accent.name()
            parts.append(f"<span style='color:{colour}'>■</span>&nbsp;{counts.get(severity.value, 0)}"
                         f"&nbsp;{html.escape(severity_label(severity))}")
        self.counts_label.setText(" &nbsp; ".join(parts))

    def enabled_severities(self) -> set[Severity]:
        return {s for s, b in self.filter_buttons.items() if b.isChecked()}

    def set_severity_visible(self, severity: Severity, visible: bool) -> None:
        self.filter_buttons[severity].setChecked(visible)

    def is_visible(self, finding: Finding) -> bool:
        return finding.severity in self.enabled_severities()

    def visible_findings(self) -> list[Finding]:
        """The findings the filter lets through, in reading order."""
        if self.analysis is None:
            return []
        enabled = self.enabled_severities()
        return [f for f in self.analysis.findings if f.severity in enabled]

    def _category_label(self, category: str) -> str:
        assert self.analysis is not None
        known = self.analysis.ruleset.categories.get(category)
        return known.label(self.ui_language) if known is not None else category

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        analysis = self.analysis
        if analysis is None:
            self.tree.blockSignals(False)
            return
        enabled = self.enabled_severities()
        groups: dict[str, list[tuple[int, Finding]]] = {}
        good: list[tuple[int, Finding]] = []
        for index, finding in enumerate(analysis.findings):
            if finding.severity not in enabled:
                continue
            if finding.severity is Severity.GOOD:
                good.append((index, finding))
            else:
                groups.setdefault(finding.category, []).append((index, finding))

        def weight(item: tuple[str, list[tuple[int, Finding]]]) -> tuple[int, int]:
            return (-max(f.severity.rank for _, f in item[1]), -len(item[1]))

        for category, members in sorted(groups.items(), key=weight):
            worst = max((f.severity for _, f in members), key=lambda s: s.rank)
            self._add_group(f"{self._category_label(category)} ({len(members)})", worst, members, False)
        if good:
            good_label = self.tr("Good points")
            self._add_group(f"{good_label} ({len(good)})", Severity.GOOD, good, True)
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem([self.tr("No findings to show")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.tree.blockSignals(False)

    def _add_group(self, label: str, worst: Severity, members: list[tuple[int, Finding]],
                   name_category: bool) -> None:
        group = QTreeWidgetItem([label])
        group.setIcon(0, marker_icon(worst, self.dark, 14))
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for index, finding in members:
            text = finding.title
            clauses = self.analysis.document.clauses if self.analysis is not None else []
            number = clauses[finding.clause].number if finding.clause < len(clauses) else ""
            if number:
                text = f"{number}  {text}"
            if name_category:
                text = f"{text} — {self._category_label(finding.category)}"
            child = QTreeWidgetItem([text])
            child.setIcon(0, marker_icon(finding.severity, self.dark, 14))
            child.setData(0, _ROLE, index)
            child.setToolTip(0, f"{severity_label(finding.severity)}: {finding.matched}")
            group.addChild(child)
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)

    # -- selection ------------------------------------------------------------------------------

    def _item_for(self, finding: Finding) -> QTreeWidgetItem | None:
        if self.analysis is None:
            return None
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                index = child.data(0, _ROLE) if child is not None else None
                if index is not None and self.analysis.findings[int(index)] is finding:
                    return child
        return None

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None or self.analysis is None:
            return None
        index = item.data(0, _ROLE)
        return None if index is None else self.analysis.findings[int(index)]

    def select_finding(self, finding: Finding) -> bool:
        item = self._item_for(finding)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def step(self, direction: int) -> Finding | None:
        """Select the next (+1) or previous (-1) visible finding in reading order, wrapping around."""
        ordered = self.visible_findings()
        if not ordered:
            return None
        current = self.current_finding()
        if current is None or current not in ordered:
            target = ordered[0] if direction > 0 else ordered[-1]
        else:
            target = ordered[(ordered.index(current) + direction) % len(ordered)]
        self.select_finding(target)
        return target

    def finding_at(self, offset: int) -> Finding | None:
        """The most severe visible finding whose clause contains ``offset``."""
        hits = [f for f in self.visible_findings() if f.start <= offset < f.end]
        return max(hits, key=lambda f: f.severity.rank) if hits else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        finding = self.current_finding() if current is not None else None
        self._show_details(finding)
        if finding is not None:
            self.findingSelected.emit(finding)

    def _filter_toggled(self, _checked: bool) -> None:
        self.refresh()
        self.filterChanged.emit()

    # -- explanation ------------------------------------------------------------------------------

    def _show_details(self, finding: Finding | None) -> None:
        if finding is None or self.analysis is None:
            hint = (self.tr("Select a finding to read what it means.") if self.analysis is not None
                    else self.tr("Open a document to see its findings."))
            self.details.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")
            return
        style = look(finding.severity, self.dark)
        clause = self.analysis.document.text[finding.start : finding.end]
        rel_start = finding.match_start - finding.start
        rel_end = finding.match_end - finding.start
        quoted = (html.escape(clause[:rel_start]) + f"<b><u>{html.escape(clause[rel_start:rel_end])}</u></b>"
                  + html.escape(clause[rel_end:]))
        e = finding.explanation
        sections = [
            (self.tr("What it says"), e.what),
            (self.tr("Why it matters"), e.why),
            (self.tr("What you can do"), e.action),
        ]
        body = "".join(f"<h4 style='margin-bottom:2px'>{html.escape(t)}</h4><p style='margin-top:0'>"
                       f"{html.escape(v)}</p>" for t, v in sections if v)
        badge = (f"<span style='color:{style.accent.name()}; font-weight:bold'>"
                 f"{html.escape(severity_label(finding.severity))}</span> · "
                 f"{html.escape(self._category_label(finding.category))}")
        triggered_label = self.tr("Triggered by:")
        clause_label = self.tr("The clause:")
        triggered = (f"<p><b>{html.escape(triggered_label)}</b> "
                     f"<span style='background:{style.trigger.name()}'>“{html.escape(finding.matched)}”</span></p>")
        quote = (f"<p><b>{html.escape(clause_label)}</b></p><blockquote style='margin-left:8px'>"
                 f"{quoted}</blockquote>")
        self.details.setHtml(f"<h3 style='margin-bottom:2px'>{html.escape(finding.title)}</h3>"
                             f"<p style='margin-top:0'>{badge}</p>{body}{triggered}{quote}")
