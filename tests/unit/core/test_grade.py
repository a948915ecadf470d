"""The grade formula: per category the worst weight plus half a point per further risky clause."""

from __future__ import annotations

from tosreader.core.engine import Explanation, Finding
from tosreader.core.grade import grade
from tosreader.core.severity import Severity


def _finding(category: str, severity: Severity, clause: int, rule: str = "r") -> Finding:
    start = clause * 100
    return Finding(rule=rule, category=category, severity=severity, title="t",
                   explanation=Explanation("w", "y", "a"), start=start, end=start + 50,
                   match_start=start, match_end=start + 5, matched="x", clause=clause)


def test_two_rules_on_one_clause_count_as_one_risky_clause() -> None:
    one = [_finding("unilateral_change", Severity.MEDIUM, 1)]
    both = one + [_finding("unilateral_change", Severity.MEDIUM, 1, rule="other")]
    assert grade(both).score == grade(one).score == 3.0
    two_clauses = one + [_finding("unilateral_change", Severity.MEDIUM, 2)]
    assert grade(two_clauses).score == 3.5


def test_the_worse_rule_on_a_clause_sets_its_weight_and_the_cap_holds() -> None:
    mixed = [_finding("arbitration", Severity.LOW, 1), _finding("arbitration", Severity.HIGH, 1, rule="b")]
    assert grade(mixed).score == 6.0
    many = [_finding("arbitration", Severity.HIGH, n) for n in range(30)]
    assert grade(many).score == 12.0 and grade(many).letter == "C"


def test_good_points_take_a_point_off_per_category_up_to_four() -> None:
    risks = [_finding(c, Severity.HIGH, n) for n, c in enumerate(["a", "b", "c"])]
    goods = [_finding(f"g{n}", Severity.GOOD, 10 + n) for n in range(6)]
    assert grade(risks).score == 18.0
    assert grade(risks + goods).score == 14.0
    assert grade(goods).score == 0.0 and grade(goods).letter == "A"
