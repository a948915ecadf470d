"""View ▸ Theme: follow the system, or force a light or dark Fusion palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from tosreader.ui.severity_style import is_dark

_original: tuple[str, QPalette] | None = None


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1f2023", role.AlternateBase: "#2b2d30",
        role.ToolTipBase: "#3a3c40", role.ToolTipText: "#f0f0f0", role.Text: "#e6e6e6",
        role.Button: "#35373b", role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b",
        role.Link: "#7fb3ff", role.Highlight: "#3d6fb0", role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#9a9a9a", role.Mid: "#45474b", role.Dark: "#18191b", role.Light: "#4a4c50",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    return p


def _light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply(theme: str) -> None:
    """'system' restores the platform look; 'light'/'dark' switch to Fusion with a fixed palette."""
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(_light_palette())
    else:
        app.setStyle(_original[0])
        app.setPalette(_original[1])


def is_dark_palette() -> bool:
    return is_dark(QGuiApplication.palette())
