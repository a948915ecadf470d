"""Interface language: English built in, German from resources/translations/tosreader_de.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tosreader.paths import resource_dir

SUPPORTED_UI = ("en", "de")


def translations_dir() -> str:
    return str(resource_dir() / "translations")


def resolve_language(setting: str) -> str:
    """'en' or 'de': the setting when it names one, else the system locale's language (English default)."""
    if setting in SUPPORTED_UI:
        return setting
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in SUPPORTED_UI else "en"


class UiLanguage:
    """Installs and swaps the application's translator; English needs none."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.code = "en"

    def apply(self, code: str) -> bool:
        """Switch to ``code``; False when its translation file is missing (the UI stays English)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.code = "en"
        if code == "en" or app is None:
            return code == "en"
        translator = QTranslator(app)
        if not translator.load(f"tosreader_{code}", translations_dir()):
            return False
        app.installTranslator(translator)
        self._translator = translator
        self.code = code
        return True
