"""The window's remembered state: geometry, splitter, recent files, theme, language, zoom (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from tosreader.paths import config_dir

MAX_RECENT = 10
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")


class AppSettings:
    """Typed access to the INI file in the user's config folder (TOSREADER_CONFIG_DIR redirects it)."""

    def __init__(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(folder / "tosreader.ini"), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/splitter", splitter)

    def recent_files(self) -> list[str]:
        value = self._qs.value("recent/files", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value if v]
        return []

    def add_recent_file(self, path: str) -> list[str]:
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:MAX_RECENT]
        self._qs.setValue("recent/files", files)
        return files

    def clear_recent_files(self) -> None:
        self._qs.setValue("recent/files", [])

    def _choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = str(self._qs.value(key, allowed[0]))
        return value if value in allowed else allowed[0]

    def theme(self) -> str:
        return self._choice("view/theme", THEMES)

    def set_theme(self, theme: str) -> None:
        self._qs.setValue("view/theme", theme)

    def language(self) -> str:
        return self._choice("view/language", LANGUAGES)

    def set_language(self, language: str) -> None:
        self._qs.setValue("view/language", language)

    def zoom(self) -> int:
        try:
            return max(-8, min(20, int(str(self._qs.value("view/zoom", 0)))))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self._qs.setValue("view/zoom", steps)
