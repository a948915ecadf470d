"""The overall grade A–E of a document, computed from its findings by a documented formula.

Formula (also in the README):
1. Each risk category contributes its worst finding's weight (low 1, medium 3, high 6) plus
   half a point for every further risky clause in that category (a clause counts once, however many
   of the category's rules fire on it), capped at twice the worst weight.
   Counting per category keeps a long document from failing merely because it repeats itself.
2. Each category with a good point (a clause that protects the reader) takes 1 point off, at most 4.
3. The sum (never below 0) gives the grade: A ≤ 2 < B ≤ 7 < C ≤ 15 < D ≤ 25 < E.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tosreader.core.engine import Finding
from tosreader.core.entries import EntryKey, entry_key
from tosreader.core.severity import Severity

WEIGHTS = {Severity.LOW: 1.0, Severity.MEDIUM: 3.0, Severity.HIGH: 6.0}
THRESHOLDS = (("A", 2.0), ("B", 7.0), ("C", 15.0), ("D", 25.0))
GOOD_BONUS_CAP = 4.0


@dataclass(frozen=True)
class Grade:
    letter: str
    score: float


def grade(findings: Iterable[Finding]) -> Grade:
    # category -> clause (its entry) -> the worst weight of the category's findings on that clause: two
    # rules of one category firing on the same clause count as one risky clause.
    per_category: dict[str, dict[EntryKey, float]] = defaultdict(dict)
    good_categories: set[str] = set()
    for f in findings:
        if f.severity in WEIGHTS:
            clauses, key = per_category[f.category], entry_key(f)
            clauses[key] = max(clauses.get(key, 0.0), WEIGHTS[f.severity])
        elif f.severity is Severity.GOOD:
            good_categories.add(f.category)
    score = 0.0
    for clauses in per_category.values():
        worst = max(clauses.values())
        score += min(worst + 0.5 * (len(clauses) - 1), 2 * worst)
    score -= min(float(len(good_categories)), GOOD_BONUS_CAP)
    score = max(score, 0.0)
    for letter, limit in THRESHOLDS:
        if score <= limit:
            return Grade(letter, score)
    return Grade("E", score)
