"""GUI test setup: offscreen Qt; a reader window with settings in the test's own config folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

AI_TEXT = ("Example Service Terms\n\n"
           "We may use service generated data for any purpose, including to train our artificial "
           "intelligence models. We do not use your audio, video or chat content to train AI models.\n")


@pytest.fixture
def reader(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A shown MainWindow (English UI, light theme) with isolated settings."""
    from tosreader.ui.app import create_window
    from tosreader.ui.settings import AppSettings

    settings = AppSettings()
    settings.set_language("en")
    window = create_window(settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.cancel_work()


def wait_analysed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.analysis is not None and not window.view.highlighting, timeout=20000)


def wait_error(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=20000)
    return str(window.banner.label.text())
