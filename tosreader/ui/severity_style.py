"""How each severity looks: colours for light and dark themes, underline style and a marker shape."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
)

from tosreader.core.severity import Severity

_U = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class SeverityLook:
    """Colour is never the only signal: each severity has its own underline style and marker shape."""

    accent: QColor  # underline, marker and grade colour
    background: QColor  # clause tint
    trigger: QColor  # stronger tint for the words that triggered the rule
    underline: QTextCharFormat.UnderlineStyle
    shape: str  # "triangle", "diamond", "circle", "square", "check"


_LIGHT = {
    Severity.HIGH: ("#c62828", "#ffdcdc", "#ffb3b3", _U.WaveUnderline, "triangle"),
    Severity.MEDIUM: ("#c25e00", "#ffe9cc", "#ffcf8f", _U.DashUnderline, "diamond"),
    Severity.LOW: ("#8a6d00", "#fff6c2", "#ffe97a", _U.DotLine, "circle"),
    Severity.INFO: ("#2f5f9e", "#e2ecf8", "#c2d6f0", _U.DashDotLine, "square"),
    Severity.GOOD: ("#2e7d32", "#dcf3de", "#b5e4b9", _U.SingleUnderline, "check"),
}
_DARK = {
    Severity.HIGH: ("#ff7b7b", "#4f2024", "#7a2a30", _U.WaveUnderline, "triangle"),
    Severity.MEDIUM: ("#ffad5c", "#4a3319", "#70491f", _U.DashUnderline, "diamond"),
    Severity.LOW: ("#e8cf5a", "#433c17", "#645a1e", _U.DotLine, "circle"),
    Severity.INFO: ("#82b1ef", "#1d3049", "#2a4670", _U.DashDotLine, "square"),
    Severity.GOOD: ("#79d482", "#1c3f22", "#275c30", _U.SingleUnderline, "check"),
}

GRADE_COLOURS = {"A": Severity.GOOD, "B": Severity.INFO, "C": Severity.LOW, "D": Severity.MEDIUM,
                 "E": Severity.HIGH}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def look(severity: Severity, dark: bool) -> SeverityLook:
    accent, background, trigger, underline, shape = (_DARK if dark else _LIGHT)[severity]
    return SeverityLook(QColor(accent), QColor(background), QColor(trigger), underline, shape)


def clause_format(severity: Severity, dark: bool) -> QTextCharFormat:
    style = look(severity, dark)
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(style.background))
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(style.accent)
    return fmt


def trigger_format(severity: Severity, dark: bool) -> QTextCharFormat:
    style = look(severity, dark)
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(style.trigger))
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(style.accent)
    fmt.setFontWeight(700)
    return fmt


def draw_marker(painter: QPainter, rect: QRectF, severity: Severity, dark: bool) -> None:
    """A filled shape per severity (triangle, diamond, circle, square, check) in its accent colour."""
    style = look(severity, dark)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(style.accent.darker(130) if not dark else style.accent.lighter(120), 1))
    painter.setBrush(style.accent)
    r = rect.adjusted(1, 1, -1, -1)
    c = r.center()
    path = QPainterPath()
    if style.shape == "triangle":
        path.moveTo(c.x(), r.top())
        path.lineTo(r.right(), r.bottom())
        path.lineTo(r.left(), r.bottom())
        path.closeSubpath()
    elif style.shape == "diamond":
        path.moveTo(c.x(), r.top())
        path.lineTo(r.right(), c.y())
        path.lineTo(c.x(), r.bottom())
        path.lineTo(r.left(), c.y())
        path.closeSubpath()
    elif style.shape == "circle":
        path.addEllipse(r.adjusted(1, 1, -1, -1))
    elif style.shape == "square":
        path.addRect(r.adjusted(2, 2, -2, -2))
    if style.shape == "check":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.accent, max(2.0, r.width() / 6)))
        painter.drawPolyline([QPointF(r.left() + 1, c.y()), QPointF(c.x() - 1, r.bottom() - 2),
                              QPointF(r.right() - 1, r.top() + 2)])
    else:
        painter.drawPath(path)
    painter.restore()


@lru_cache(maxsize=64)
def marker_icon(severity: Severity, dark: bool, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_marker(painter, QRectF(0, 0, size, size), severity, dark)
    painter.end()
    return QIcon(pixmap)
