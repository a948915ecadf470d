"""Screenshot test: the window rendered with a sample shows the severity colours and the structure."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QFont, QImage, QTextCursor, QTextListFormat  # noqa: E402

from tests.gui.conftest import AI_TEXT, wait_analysed  # noqa: E402
from tosreader.core.severity import Severity  # noqa: E402
from tosreader.ui.severity_style import look  # noqa: E402

pytestmark = pytest.mark.gui

STRUCTURED = ("# Sample Terms\n\nIntro paragraph for the reader.\n\n## Your data\n\n"
              "- First point in a list.\n- " + AI_TEXT.split("\n\n", 1)[1].strip() + "\n")


def colour_count(image: QImage, colour: QColor, tolerance: int = 6) -> int:
    """Pixels within ``tolerance`` of ``colour`` (sampled every other pixel)."""
    target = (colour.red(), colour.green(), colour.blue())
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()), target, strict=True)):
                count += 1
    return count


@pytest.fixture
def light_reader(reader):  # type: ignore[no-untyped-def]
    reader.set_theme("light")
    yield reader
    reader.set_theme("system")


def test_window_image_shows_highlight_colours(qtbot, light_reader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = tmp_path / "sample.md"
    sample.write_text(STRUCTURED, encoding="utf-8")
    light_reader.resize(780, 560)
    light_reader.open_path(sample)
    wait_analysed(qtbot, light_reader)
    image = light_reader.grab().toImage()
    high, good = look(Severity.HIGH, False), look(Severity.GOOD, False)
    assert colour_count(image, high.background) > 50, "no high-risk clause tint drawn"
    assert colour_count(image, high.trigger) > 20, "no trigger-word tint drawn"
    assert colour_count(image, good.background) > 50, "no good-point tint drawn"
    assert colour_count(image, high.accent, tolerance=30) > 5, "no high-risk marker or underline drawn"


def test_structure_headings_and_lists(qtbot, reader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = tmp_path / "sample.md"
    sample.write_text(STRUCTURED, encoding="utf-8")
    reader.open_path(sample)
    wait_analysed(qtbot, reader)
    qdoc = reader.view.document()
    blocks = reader.document_model.blocks
    assert qdoc.blockCount() == len(blocks)
    heading = qdoc.findBlockByNumber(0)
    body = qdoc.findBlockByNumber(1)
    first_char = QTextCursor(heading)
    first_char.movePosition(QTextCursor.MoveOperation.Right)
    assert first_char.charFormat().fontWeight() == QFont.Weight.Bold
    assert heading.blockFormat().headingLevel() == 1
    qtbot.waitUntil(lambda: heading.layout().lineCount() > 0 and body.layout().lineCount() > 0)
    assert heading.layout().lineAt(0).height() > body.layout().lineAt(0).height() * 1.2
    list_blocks = [qdoc.findBlockByNumber(i) for i, b in enumerate(blocks) if b.kind == "list_item"]
    assert len(list_blocks) == 2 and all(b.textList() is not None for b in list_blocks)
    assert list_blocks[0].textList().count() == 2  # one list, two items, bullets drawn by Qt
    assert list_blocks[0].textList().format().style() == QTextListFormat.Style.ListDisc
