"""Every built-in rule carries examples that must and must not trigger it; run them through the engine."""

from __future__ import annotations

import pytest

from tosreader.core.analysis import analyze, get_ruleset
from tosreader.core.loaders import load_text
from tosreader.core.rules import Rule

LANGUAGES = ("en", "de")


def _rules() -> list[Rule]:
    return [r for lang in LANGUAGES for r in get_ruleset(lang, include_user=False).rules]


RULES = _rules()


def _findings_of(rule: Rule, text: str):
    ruleset = get_ruleset(rule.language, include_user=False)
    analysis = analyze(load_text(text), rule.language, ruleset=ruleset)
    return [f for f in analysis.findings if f.rule == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule: Rule) -> None:
    assert rule.examples_match, f"{rule.id} has no examples.match"
    assert rule.examples_no_match, f"{rule.id} has no examples.no_match"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_matches_its_positive_examples(rule: Rule) -> None:
    for example in rule.examples_match:
        hits = _findings_of(rule, example)
        assert hits, f"{rule.id} did not fire on: {example}"
        assert any(f.severity == rule.severity or f.mitigated for f in hits), (rule.id, example, hits)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_ignores_its_negative_examples(rule: Rule) -> None:
    for example in rule.examples_no_match:
        risky = [f for f in _findings_of(rule, example) if f.severity.is_risk]
        assert not risky, f"{rule.id} fired on: {example} -> {[f.matched for f in risky]}"
