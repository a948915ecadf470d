"""The Findings tab: grade, counts per severity, findings by category with a filter, and explanations."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tosreader.core.analysis import Analysis
from tosreader.core.engine import Finding
from tosreader.core.entries import EntryKey, entry_counts, entry_key
from tosreader.core.severity import Severity
from tosreader.ui.severity_style import GRADE_COLOURS, look, marker_icon

ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO, Severity.GOOD)
_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ENABLED = Qt.ItemFlag.ItemIsEnabled
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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


@dataclass
class FindingGroup:
    """One top-level row: a category (or the good points) and the indices of its findings."""

    label: str
    worst: Severity | None  # None: the "nothing to show" placeholder row
    rows: list[int] = field(default_factory=list)  # indices into Analysis.findings
    texts: list[str] = field(default_factory=list)
    key: str = ""  # what stays the same when the counts change: the category or "good"


class FindingsModel(QAbstractListModel):
    """Findings grouped by category as one flat list: a header row per group, then its findings.

    A list model instead of thousands of item widgets or an expanded tree: with uniform row sizes
    the view lays out 13,000 rows without asking the model about each, and rows are only
    materialised when drawn. A header row toggles its group open or closed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[FindingGroup] = []
        self.findings: list[Finding] = []
        self.dark = False
        self.collapsed: set[str] = set()  # labels (without counts) of closed groups
        self._rows: list[int] = []  # a finding index, or -(group number + 1) for a header row
        self._row_of: dict[int, int] = {}  # finding index -> row
        self._texts: dict[int, str] = {}  # finding index -> its row text
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: list[FindingGroup], findings: list[Finding], dark: bool) -> None:
        self.beginResetModel()
        self.groups = groups
        self.findings = findings
        self.dark = dark
        self._texts = {i: t for g in groups for i, t in zip(g.rows, g.texts, strict=True)}
        self._layout_rows()
        self.endResetModel()

    def _layout_rows(self) -> None:
        rows: list[int] = []
        for number, group in enumerate(self.groups):
            rows.append(-(number + 1))
            if group.key not in self.collapsed:
                rows.extend(group.rows)
        self._rows = rows
        self._row_of = {index: row for row, index in enumerate(rows) if index >= 0}

    def toggle(self, index: QModelIndex) -> bool:
        """Open or close the group of a header row; False for other rows."""
        group = self.group_at(index)
        if group is None or group.worst is None:
            return False
        self.beginResetModel()
        self.collapsed.symmetric_difference_update({group.key})
        self._layout_rows()
        self.endResetModel()
        return True

    def reveal(self, finding_index: int) -> None:
        """Open the group holding ``finding_index`` if it is closed."""
        if finding_index in self._row_of:
            return
        for group in self.groups:
            if group.key in self.collapsed and finding_index in group.rows:
                self.beginResetModel()
                self.collapsed.discard(group.key)
                self._layout_rows()
                self.endResetModel()
                return

    def group_at(self, index: QModelIndex) -> FindingGroup | None:
        if not index.isValid() or self._rows[index.row()] >= 0:
            return None
        return self.groups[-self._rows[index.row()] - 1]

    def index_of(self, finding_index: int) -> QModelIndex:
        row = self._row_of.get(finding_index)
        return QModelIndex() if row is None else self.index(row, 0)

    def finding_index(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        return value if value >= 0 else None

    # -- QAbstractListModel ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        value = self._rows[index.row()]
        if value < 0:
            return _ENABLED if self.groups[-value - 1].worst is not None else _NO_FLAGS
        return _SELECTABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        if value < 0:
            return self._header_data(self.groups[-value - 1], role)
        if role == _ROLE:
            return value
        finding = self.findings[value]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[value]
        if role == Qt.ItemDataRole.DecorationRole:
            return marker_icon(finding.severity, self.dark, 14)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{severity_label(finding.severity)}: {finding.matched}"
        return None

    def _header_data(self, group: FindingGroup, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if group.worst is None:
                return group.label
            return ("▸ " if group.key in self.collapsed else "▾ ") + group.label
        if role == Qt.ItemDataRole.DecorationRole and group.worst is not None:
            return marker_icon(group.worst, self.dark, 14)
        if role == Qt.ItemDataRole.FontRole and group.worst is not None:
            return self._bold
        return None



class _IndentedRows(QStyledItemDelegate):
    """Draws finding rows indented under their group header, as a tree would."""

    INDENT = 18

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(_ROLE) is not None:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(self.INDENT, 0, 0, 0)  # type: ignore[attr-defined]
        super().paint(painter, option, index)


class FindingsPanel(QWidget):
    """Shows one Analysis; emits findingSelected when the reader picks a finding."""

    findingSelected = Signal(object)  # noqa: N815 - Qt signal naming; carries a Finding
    filterChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.pending = False  # the document is still being analysed: no grade yet
        self._positions: dict[int, int] = {}  # id(finding) -> its index in analysis.findings
        # Two rules of one category on the same clause share a row (one entry, see core/entries.py): the
        # first (most severe) finding has the row, the others are listed in its explanation.
        # finding index -> the row's finding.
        self._row_finding: dict[int, int] = {}
        self._also: dict[int, list[int]] = {}  # a row's finding index -> the other findings it stands for
        self._last_selected: int | None = None  # index of the finding selected last
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
        self.model = FindingsModel(self)
        self.tree = QListView()
        self.tree.setModel(self.model)
        self.tree.setUniformItemSizes(True)
        self.tree.setItemDelegate(_IndentedRows(self.tree))
        self.tree.clicked.connect(self._row_clicked)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
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
        if analysis is not self.analysis:
            self.model.set_groups([], [], dark)  # the current row belongs to the old analysis
            self._last_selected = None
        self.analysis = analysis
        if analysis is not None:
            self.pending = False
        self._positions = {id(f): n for n, f in enumerate(analysis.findings)} if analysis is not None else {}
        self.ui_language = ui_language
        self.dark = dark
        self.refresh()

    def set_pending(self, pending: bool) -> None:
        """While a long document is still being analysed, say so instead of showing a grade."""
        if pending != self.pending:
            self.pending = pending
            self._show_grade()

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
            self.grade_label.setText("…" if self.pending else "–")
            self.grade_label.setStyleSheet("")
            self.grade_label.setToolTip("")
            self.grade_title.setText(self.tr("Analysis running; grade pending") if self.pending
                                     else self.tr("No document analysed yet"))
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
        counts = entry_counts(analysis.findings)  # what the list shows: one row per entry
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
        analysis = self.analysis
        groups: list[FindingGroup] = []
        if analysis is not None:
            groups = self._groups(analysis)
            if not groups:
                groups = [FindingGroup(self.tr("No findings to show"), None)]
        self.tree.blockSignals(True)
        self.tree.selectionModel().blockSignals(True)
        self.model.set_groups(groups, analysis.findings if analysis is not None else [], self.dark)
        self.tree.selectionModel().blockSignals(False)
        self.tree.blockSignals(False)

    def _groups(self, analysis: Analysis) -> list[FindingGroup]:
        enabled = self.enabled_severities()
        by_category: dict[str, list[int]] = {}
        good: list[int] = []
        first: dict[EntryKey, int] = {}  # -> the finding that has the row
        self._row_finding, self._also = {}, {}
        for index, finding in enumerate(analysis.findings):  # in reading order, the most severe first
            if finding.severity not in enabled:
                continue
            row = first.setdefault(entry_key(finding), index)
            self._row_finding[index] = row
            if row != index:
                self._also.setdefault(row, []).append(index)
                continue
            is_good = finding.severity is Severity.GOOD
            (good if is_good else by_category.setdefault(finding.category, [])).append(index)
        findings = analysis.findings

        def weight(item: tuple[str, list[int]]) -> tuple[int, int]:
            return (-max(findings[i].severity.rank for i in item[1]), -len(item[1]))

        groups = []
        for category, members in sorted(by_category.items(), key=weight):
            worst = max((findings[i].severity for i in members), key=lambda s: s.rank)
            groups.append(self._group(category, f"{self._category_label(category)} ({len(members)})", worst, members, False))
        if good:
            good_label = self.tr("Good points")
            groups.append(self._group("good", f"{good_label} ({len(good)})", Severity.GOOD, good, True))
        return groups

    def _group(self, key: str, label: str, worst: Severity, members: list[int], name_category: bool) -> FindingGroup:
        assert self.analysis is not None
        findings, clauses = self.analysis.findings, self.analysis.document.clauses
        texts = []
        for index in members:
            finding = findings[index]
            text = finding.title
            number = clauses[finding.clause].number if finding.clause < len(clauses) else ""
            if number:
                text = f"{number}  {text}"
            if name_category:
                text = f"{text} — {self._category_label(finding.category)}"
            texts.append(text)
        return FindingGroup(label, worst, members, texts, key)

    # -- selection ------------------------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        if self.analysis is None:
            return None
        index = self.model.finding_index(self.tree.currentIndex())
        return None if index is None else self.analysis.findings[index]

    def select_finding(self, finding: Finding) -> bool:
        position = self._positions.get(id(finding))
        if position is None:
            return False
        position = self._row_finding.get(position, position)  # a finding listed under another's row
        self.model.reveal(position)  # a finding in a closed group opens it, as in a tree
        index = self.model.index_of(position)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def step(self, direction: int) -> Finding | None:
        """Select the next (+1) or previous (-1) visible finding in reading order, wrapping around."""
        if self.analysis is None:
            return None
        findings = self.analysis.findings
        ordered = [findings[i] for i in sorted(set(self._row_finding.values()))]  # one per row
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

    def _row_clicked(self, index: QModelIndex) -> None:
        """A click on a group header opens or closes it; the selected finding stays selected."""
        if self.model.group_at(index) is None:
            return
        current = self._last_selected
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.toggle(index)
            if current is not None and self.model.index_of(current).isValid():
                self.tree.setCurrentIndex(self.model.index_of(current))
        finally:
            selection.blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.group_at(current) is not None:
            return  # a header row took the focus (a click to close or open it): keep the explanation
        finding = self.current_finding() if current.isValid() else None
        self._last_selected = self._positions.get(id(finding)) if finding is not None else None
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
        also = ""
        position = self._positions.get(id(finding))
        others = [self.analysis.findings[i] for i in self._also.get(position, [])] if position is not None else []
        if others:
            also_label = self.tr("Also on this clause")
            items = "".join(
                f"<li><b>{html.escape(o.title)}</b> ({html.escape(severity_label(o.severity))}): "
                f"{html.escape(o.explanation.what)} <i>“{html.escape(o.matched)}”</i></li>" for o in others)
            also = (f"<h4 style='margin-bottom:2px'>{html.escape(also_label)}</h4>"
                    f"<ul style='margin-top:0'>{items}</ul>")
        self.details.setHtml(f"<h3 style='margin-bottom:2px'>{html.escape(finding.title)}</h3>"
                             f"<p style='margin-top:0'>{badge}</p>{body}{also}{triggered}{quote}")
