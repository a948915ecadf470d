"""Entries: what a reader sees of the findings, in the findings list and in every summary.

An entry is one clause in one category, a risk (or a note) or a good point. Two rules of a category
that fire on the same clause make one entry: its most severe finding stands for it, and the other
rules are listed beside it. The grade counts a risky clause once per category in the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from tosreader.core.engine import Finding
from tosreader.core.severity import Severity

EntryKey = tuple[str, int, int, bool]


def entry_key(finding: Finding) -> EntryKey:
    """The entry ``finding`` belongs to: its category, its clause and whether it is a good point."""
    return finding.category, finding.start, finding.end, finding.severity is Severity.GOOD


def entries(findings: Iterable[Finding]) -> list[list[Finding]]:
    """The findings as entries, in the order of each entry's first finding; within an entry the most
    severe finding comes first (then by rule id), and it stands for the entry."""
    by_key: dict[EntryKey, list[Finding]] = {}
    for f in findings:
        by_key.setdefault(entry_key(f), []).append(f)
    for members in by_key.values():
        members.sort(key=lambda f: (-f.severity.rank, f.rule))
    return list(by_key.values())


def entry_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Severity -> number of entries at that (their most severe) severity, most severe first."""
    counts = {s.value: 0 for s in reversed(Severity)}
    for members in entries(findings):
        counts[members[0].severity.value] += 1
    return counts


def risk_entry_count(findings: Iterable[Finding]) -> int:
    """How many risk entries: what the findings list and the summaries count as the document's risks."""
    return len({entry_key(f) for f in findings if f.severity.is_risk})
