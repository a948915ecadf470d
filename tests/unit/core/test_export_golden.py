"""Golden files: each export format of a fixed analysis of a built-in sample, byte for byte.

Dates and hashes are normalised. After an intended change, rewrite the files with
``TOSREADER_UPDATE_GOLDEN=1 pytest tests/unit/core/test_export_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
import re

import pytest

from tests.golden.export_fixture import CHANGES, GENERATED_AT, GOLDEN, fixed_analysis
from tosreader import __version__
from tosreader.core.export import render

CASES = {
    "summary.md": ("md", {}),
    "summary.html": ("html", {"include_text": True}),
    "summary.json": ("json", {}),
    "summary.txt": ("text", {}),
    "summary.qt.html": ("qt-html", {"include_text": True}),
    "summary-de-labels.md": ("md", {"labels_language": "de"}),
}


def normalise(text: str) -> str:
    text = re.sub(r"\b[0-9a-f]{64}\b", "<SHA256>", text)
    text = text.replace(GENERATED_AT, "<DATE>")
    return text.replace(f"ToS Reader {__version__}", "ToS Reader <VERSION>")


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(name: str) -> None:
    fmt, options = CASES[name]
    output = normalise(render(fixed_analysis(), fmt, changes=CHANGES, generated_at=GENERATED_AT, **options))
    path = GOLDEN / name
    if os.environ.get("TOSREADER_UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert output == expected, f"{name} differs from the golden file (see the module docstring)"


def test_normalisation_hides_only_date_and_hashes() -> None:
    out = normalise(render(fixed_analysis(), "md", generated_at=GENERATED_AT))
    assert "<DATE>" in out and "<SHA256>" in out
    assert "Confero Terms of Service" in out
