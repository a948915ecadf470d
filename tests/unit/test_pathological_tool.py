"""The worst-case benchmark's inputs: one clause of the asked length that a rule still reads."""

from __future__ import annotations

import pytest

from tests.benchmark_scripts import load_benchmark
from tosreader.core.analysis import analyze
from tosreader.core.loaders import load_text

pathological = load_benchmark("pathological")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_case_is_one_long_clause_that_ends_in_a_liability_exclusion(lang: str) -> None:
    texts = pathological.cases(lang, 30)
    assert len(texts) >= 8
    for name, text in texts.items():
        assert "." not in text[:-1] or name == "numbers", name  # no sentence end before the tail
        assert len(text.split()) >= 2 and len(text) > 100, name
    # the tail is a real risk, so the rules run their patterns over the whole case
    doc = load_text(texts["commas"])
    assert "limitation_of_liability" in {f.category for f in analyze(doc, lang).findings if f.severity.is_risk}
