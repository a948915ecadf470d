"""The literal prefilter: factors read from a pattern's parse tree are necessary for a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tosreader.core.analysis import get_ruleset
from tosreader.core.prefilter import required_factors


def factors(pattern: str) -> list[set[str]]:
    return [set(f) for f in required_factors(re.compile(pattern, re.IGNORECASE))]


def test_alternation_and_sequence_give_one_factor_each() -> None:
    found = factors(r"\b(?:may|can)\s+(?:\w+\s+){0,3}terminate\b")
    assert {"may", "can"} in found and {"terminate"} in found


def test_small_classes_and_optional_letters_expand() -> None:
    assert {"licence", "license"} in factors(r"licen[cs]e")
    assert {"reserve", "reserves"} in factors(r"\breserves?\b")


def test_optional_parts_and_negative_lookahead_require_nothing() -> None:
    assert factors(r"(?:foo)?\w+(?!bar)") == []
    assert factors(r"x{0,3}") == []


def test_positive_lookahead_is_required() -> None:
    assert {"account"} in factors(r"\bclose(?=[^.]{0,20}\baccount)")


def test_a_branch_with_an_unknown_alternative_requires_nothing() -> None:
    assert factors(r"(?:terminate|\w+)") == []
    assert {"terminate", "ed"} in factors(r"(?:terminate|\w+ed)")


def test_case_is_folded() -> None:
    assert {"sie"} in factors(r"(?-i:Sie)\s+haften")


def _all_patterns() -> list[re.Pattern[str]]:
    return [p for lang in ("en", "de") for rule in get_ruleset(lang, include_user=False).rules
            for p in rule.patterns + rule.all]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_rule_example_that_matches_satisfies_the_factors(lang: str) -> None:
    rules = get_ruleset(lang, include_user=False).rules
    checked = 0
    for rule in rules:
        for example in rule.examples_match + rule.examples_no_match:
            lower = example.lower()
            for pattern in rule.patterns:
                if pattern.search(example):
                    checked += 1
                    for factor in required_factors(pattern):
                        assert any(lit in lower for lit in factor), (rule.id, pattern.pattern, factor)
    assert checked > 50


_WORDS = ["may", "we", "terminate", "your", "account", "at", "any", "time", "wir", "können", "Ihr",
          "Konto", "sperren", "not", "nicht", "licence", "license", "use", "data", "train", "AI",
          "Gerichtsstand", "ist", "Recht", "law", "courts", "of", ",", ".", "(a)", "reserve", "right",
          "to", "change", "these", "terms", "ändern", "Bedingungen", "liable", "haften"]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25))
def test_a_match_always_satisfies_every_factor(words: list[str]) -> None:
    text = " ".join(words)
    lower = text.lower()
    for pattern in _PATTERNS:
        if pattern.search(text):
            for factor in required_factors(pattern):
                assert any(lit in lower for lit in factor), (pattern.pattern, factor, text)


_PATTERNS = _all_patterns()


def test_factors_are_kept_between_runs_and_a_bad_cache_is_ignored(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from tosreader.core import prefilter

    patterns = [re.compile(r"\b(?:may|can)\s+terminat\w*", re.IGNORECASE), re.compile(r"arbitration", re.IGNORECASE)]
    cache = tmp_path / "cache" / "prefilter-en.json"
    first = prefilter.factors_for(patterns, cache)
    assert first == [prefilter.required_factors(p) for p in patterns] and cache.is_file()

    def fail(_pattern):  # type: ignore[no-untyped-def]
        raise AssertionError("worked out again")

    with monkeypatch.context() as patch:
        patch.setattr(prefilter, "required_factors", fail)
        assert prefilter.factors_for(patterns, cache) == first  # read back, not worked out again
    for damage in ("{not json", json.dumps({"stamp": "other", "factors": {}}),
                   json.dumps({"stamp": prefilter._stamp(), "factors": {f"{patterns[0].flags}:{patterns[0].pattern}": [[1]]}})):
        cache.write_text(damage, encoding="utf-8")
        assert prefilter.factors_for(patterns, cache) == first  # ignored and rewritten
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert prefilter.factors_for(patterns, blocked / "prefilter.json") == first  # cannot write: still works
    assert prefilter.factors_for(patterns, None) == first


def test_an_engine_with_a_warm_factor_cache_finds_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tosreader.core.analysis import analyze, rules_dir
    from tosreader.core.loaders import load_text
    from tosreader.core.rules import load_ruleset

    text = "Terms\n\nWe may terminate your account at any time.\n\nDisputes go to binding arbitration."
    plain = analyze(load_text(text), "en", ruleset=load_ruleset("en", rules_dir())).findings
    for _ in range(2):  # cold, then warm
        ruleset = load_ruleset("en", rules_dir())
        ruleset.factor_cache = str(tmp_path / "prefilter-en.json")
        assert analyze(load_text(text), "en", ruleset=ruleset).findings == plain
    assert (tmp_path / "prefilter-en.json").is_file()


def test_the_factor_cache_works_without_the_module_source(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A frozen bundle has no prefilter.py to read: the stamp falls back to the app's version."""
    from pathlib import Path

    from tosreader.core import prefilter

    patterns = [re.compile(r"\bbinding\s+arbitration\b", re.IGNORECASE)]
    real_read = Path.read_bytes

    def no_source(self):  # type: ignore[no-untyped-def]
        if self.name == "prefilter.py":
            raise FileNotFoundError(self)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", no_source)
    stamp = prefilter._stamp()
    assert stamp and stamp == prefilter._stamp()
    cache = tmp_path / "prefilter.json"
    assert prefilter.factors_for(patterns, cache) == [prefilter.required_factors(patterns[0])]
    assert cache.is_file()
    monkeypatch.setattr(prefilter, "_stamp", lambda: 1 / 0)  # anything else going wrong: no cache, same factors
    assert prefilter.factors_for(patterns, cache) == [prefilter.required_factors(patterns[0])]
