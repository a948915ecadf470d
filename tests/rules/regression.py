"""What every sentence-level regression suite checks, for one language: each positive sentence gives a risk
finding (severity low or above) of its category through the whole pipeline (load_text + analyze, built-in
rules only), and no negative one does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tosreader.core.analysis import analyze, get_ruleset
from tosreader.core.engine import Finding
from tosreader.core.loaders import load_text


def findings(text: str, lang: str) -> list[Finding]:
    return analyze(load_text(text), lang, ruleset=get_ruleset(lang, include_user=False)).findings


def risk_categories(text: str, lang: str) -> set[str]:
    return {f.category for f in findings(text, lang) if f.severity.is_risk}


def sentence_tests(lang: str, positive: dict[str, list[str]], negative: dict[str, list[str]],
                   ) -> tuple[Callable[[str, str], None], Callable[[str, str], None]]:
    """``test_positive`` and ``test_negative`` for a module to bind under those names."""

    @pytest.mark.parametrize(("category", "sentence"),
                             [(c, s) for c, sentences in positive.items() for s in sentences])
    def test_positive(category: str, sentence: str) -> None:
        assert category in risk_categories(sentence, lang), f"{category} missed: {sentence}"

    @pytest.mark.parametrize(("category", "sentence"),
                             [(c, s) for c, sentences in negative.items() for s in sentences])
    def test_negative(category: str, sentence: str) -> None:
        assert category not in risk_categories(sentence, lang), f"{category} wrongly flagged: {sentence}"

    return test_positive, test_negative
