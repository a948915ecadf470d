"""The content of an exported summary, computed once from an Analysis and shared by every format."""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any

from tosreader.core.analysis import Analysis
from tosreader.core.engine import Finding
from tosreader.core.entries import entries, entry_counts
from tosreader.core.export.labels import labels_for
from tosreader.core.severity import Severity

SEVERITY_ORDER = ("high", "medium", "low", "info", "good")


@dataclass(frozen=True)
class Item:
    """One entry as shown in the summary (see core/entries.py): its most severe finding with the clause
    quoted and the triggering words located in it, and the other rules of the category on that clause."""

    finding: Finding
    quote: str
    match_start: int  # offsets of the triggering words inside ``quote``
    match_end: int
    also: tuple[Finding, ...] = ()  # the other findings of the entry, most severe first

    @property
    def severity(self) -> str:
        return self.finding.severity.value


@dataclass(frozen=True)
class Group:
    category: str
    label: str
    items: list[Item]


@dataclass
class Summary:
    analysis: Analysis
    title: str
    source: str
    generated_at: str
    content_hash: str
    language: str
    labels_language: str
    labels: dict[str, str]
    grade: str
    score: float
    counts: dict[str, int]
    risks: list[Group]
    noteworthy: list[Group]
    good: list[Group]
    changes: dict[str, Any] | None = None
    include_text: bool = False
    category_labels: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.analysis.document.text

    def severity_label(self, severity: str) -> str:
        return self.labels.get(f"sev_{severity}", severity)

    def category_label(self, category: str) -> str:
        return self.category_labels.get(category, category)


def content_hash(text: str) -> str:
    """sha256 (hex) of the analysed document text, exactly as the offsets refer to it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def build_summary(analysis: Analysis, *, changes: dict[str, Any] | None = None, include_text: bool = False,
                  labels_language: str | None = None, generated_at: str | None = None) -> Summary:
    doc = analysis.document
    lang = analysis.language
    ui_lang = (labels_language or lang or "en").lower()
    labels = labels_for(ui_lang)
    cats = analysis.ruleset.categories
    category_labels = {cid: cat.label(lang) for cid, cat in cats.items()}
    for f in analysis.findings:
        category_labels.setdefault(f.category, f.category)
    # One item per entry (two rules of a category on a clause make one), as the findings list shows them.
    items = [_item(members, doc.text) for members in entries(analysis.findings)]
    risks = [i for i in items if i.finding.severity.is_risk]
    info = [i for i in items if i.finding.severity is Severity.INFO]
    good = [i for i in items if i.finding.severity is Severity.GOOD]
    return Summary(
        analysis=analysis,
        title=document_title(doc.title, doc.source, labels["untitled"]),
        source=doc.source,
        generated_at=generated_at or now_iso(),
        content_hash=content_hash(doc.text),
        language=lang,
        labels_language=ui_lang if ui_lang in ("en", "de") else "en",
        labels=labels,
        grade=analysis.grade.letter,
        score=round(analysis.grade.score, 2),
        counts=entry_counts(analysis.findings),  # the items listed, as the findings list counts its rows
        risks=_groups(risks, category_labels),
        noteworthy=_groups(info, category_labels),
        good=_groups(good, category_labels),
        changes=normalise_changes(changes),
        include_text=include_text,
        category_labels=category_labels,
    )


def document_title(title: str, source: str, fallback: str) -> str:
    if title.strip():
        return " ".join(title.split())
    if source and source != "-":
        name = PurePath(source.split("?")[0].rstrip("/")).name
        return name or source
    return fallback


def _item(members: list[Finding], text: str) -> Item:
    f = members[0]
    quote = text[f.start : f.end]
    ms = min(max(f.match_start - f.start, 0), len(quote))
    me = min(max(f.match_end - f.start, ms), len(quote))
    return Item(f, quote, ms, me, tuple(members[1:]))


def _groups(items: list[Item], labels: dict[str, str]) -> list[Group]:
    by_cat: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_cat[item.finding.category].append(item)
    groups = []
    for cat, members in by_cat.items():
        members.sort(key=lambda i: (-i.finding.severity.rank, i.finding.start, i.finding.rule))
        groups.append(Group(cat, labels.get(cat, cat), members))
    groups.sort(key=lambda g: (-g.items[0].finding.severity.rank, min(i.finding.start for i in g.items)))
    return groups


# -- changes since the previous version ------------------------------------------------------------

def normalise_changes(changes: dict[str, Any] | None) -> dict[str, Any] | None:
    """The ``changes`` dict with every expected key present (missing ones empty), or None."""
    if not changes:
        return None
    previous = dict(changes.get("previous") or {})
    risk = changes.get("risk") or {}
    summary = dict(changes.get("summary") or {})
    out_risk: dict[str, list[dict[str, Any]]] = {}
    for kind in ("added", "removed", "changed"):
        entries = [dict(e) for e in risk.get(kind, [])]
        entries.sort(key=_risk_order)
        out_risk[kind] = entries
    return {
        "previous": {"recorded_at": str(previous.get("recorded_at", "")),
                     "content_hash": str(previous.get("content_hash", ""))},
        "risk": out_risk,
        "summary": {k: summary.get(k, 0) for k in ("added", "removed", "changed", "moved", "unchanged")}
        | {"worse": bool(summary.get("worse", False))},
    }


def _risk_order(entry: dict[str, Any]) -> tuple[int, str, str]:
    sev = entry.get("severity") or entry.get("new_severity") or "info"
    rank = SEVERITY_ORDER.index(sev) if sev in SEVERITY_ORDER else len(SEVERITY_ORDER)
    return rank, str(entry.get("category", "")), str(entry.get("rule", ""))


# -- highlights in the full text --------------------------------------------------------------------

@dataclass(frozen=True)
class Segment:
    """A stretch of the text with one look: the worst severity covering it and whether it triggered."""

    start: int
    end: int
    severity: str | None
    triggered: bool


class Highlighter:
    """Splits any range of the text into Segments by the findings covering it (sweep over the spans)."""

    def __init__(self, text: str, findings: list[Finding]) -> None:
        events: dict[int, list[tuple[bool, int, int]]] = defaultdict(list)
        for f in findings:
            rank = f.severity.rank
            events[f.start].append((False, rank, 1))
            events[f.end].append((False, rank, -1))
            if f.match_end > f.match_start:
                events[f.match_start].append((True, rank, 1))
                events[f.match_end].append((True, rank, -1))
        self._text_len = len(text)
        self._points: list[int] = []
        self._looks: list[tuple[str | None, bool]] = []
        clause = [0] * 5
        match = [0] * 5
        for point in sorted(events):
            for is_match, rank, delta in events[point]:
                (match if is_match else clause)[rank] += delta
            worst = next((r for r in range(4, -1, -1) if clause[r] > 0 or match[r] > 0), None)
            sev = _RANK_NAMES[worst] if worst is not None else None
            self._points.append(point)
            self._looks.append((sev, any(match)))

    def segments(self, start: int, end: int) -> list[Segment]:
        out: list[Segment] = []
        i = bisect.bisect_right(self._points, start) - 1
        pos = start
        while pos < end:
            look = self._looks[i] if i >= 0 else (None, False)
            nxt = self._points[i + 1] if i + 1 < len(self._points) else self._text_len
            stop = min(nxt, end)
            out.append(Segment(pos, stop, look[0], look[1]))
            pos = stop
            i += 1
        return out


_RANK_NAMES = {s.rank: s.value for s in Severity}
