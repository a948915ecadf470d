"""The find bar under the toolbar: a search field with next/previous and a match count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Emits search(text, backward, typed) as the reader types or steps; closed() when dismissed."""

    search = Signal(str, bool, bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.count_label = QLabel()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        for widget in (self.label, self.field, self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(lambda text: self.search.emit(text, False, True))
        self.field.installEventFilter(self)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.field.setPlaceholderText(self.tr("Search the document"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))

    def find_next(self) -> None:
        self.search.emit(self.field.text(), False, False)

    def find_previous(self) -> None:
        self.search.emit(self.field.text(), True, False)

    def show_count(self, count: int) -> None:
        if not self.field.text():
            self.count_label.setText("")
        elif count == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("1 match") if count == 1
                                     else self.tr("%1 matches").replace("%1", str(count)))

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.dismiss()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_previous() if shift else self.find_next()
                return True
        return super().eventFilter(watched, event)
