"""Severity levels of findings and their order."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """How a clause affects the reader. ``low`` and above mean potentially unfair or risky."""

    GOOD = "good"
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def is_risk(self) -> bool:
        return _RANK[self] >= _RANK[Severity.LOW]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.strip().lower())


_RANK = {Severity.GOOD: 0, Severity.INFO: 1, Severity.LOW: 2, Severity.MEDIUM: 3, Severity.HIGH: 4}
SEVERITY_NAMES = tuple(s.value for s in Severity)
