"""Risk-aware diff of two documents: aligned clauses, word changes inside them, and the risk delta."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz, process

from tosreader.core.analysis import Analysis, analyze
from tosreader.core.document import Document
from tosreader.core.entries import entries, risk_entry_count
from tosreader.core.normalise import clause_key
from tosreader.core.segment import segment
from tosreader.core.severity import Severity

Status = Literal["added", "removed", "changed", "moved", "unchanged"]
STATUSES: tuple[Status, ...] = ("added", "removed", "changed", "moved", "unchanged")

# Similarities are 0..1 (rapidfuzz ratio / 100).
CHANGED_MIN = 0.55  # a reworded clause in the same place
MOVED_MIN = 0.80  # a reworded clause found somewhere else
SPLIT_PROBE = 0.30  # similarities below this are not kept for the gap alignment
SPLIT_SUM = 1.0  # try a split/merge only when both parts look related (a true half split scores ~1.33)
BAND = 40  # half-width of the diagonal band the gap alignment explores
MOVE_SEARCH_LIMIT = 250  # leftover clauses per side beyond which moved-and-reworded is not searched

_NUMBER_LABEL = re.compile(
    r"^(?:§+\s*\d+[a-z]?|(?:art(?:icle|ikel|\.)?|section|sec\.|ziffer|ziff\.)\s*\d+[a-z]?(?:\.\d+)*|"
    r"\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|[A-Z]\.(?:\d{1,3}\.?)*|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|"
    r"(?:[a-z]|[ivx]{1,5}|\d{1,3})\))(?=\s|$)\s*[:.\-–—]?\s*",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+|[^\w\s]+")


# -- result types ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class WordChange:
    """One operation of the word diff; offsets point into the old and new document texts."""

    op: Literal["equal", "insert", "delete", "replace"]
    old: str
    new: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    space_after: str = ""  # whitespace that followed the operation, for inline rendering

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "old": self.old, "new": self.new, "old_start": self.old_start,
                "old_end": self.old_end, "new_start": self.new_start, "new_end": self.new_end}


@dataclass(slots=True)
class ClauseChange:
    """One aligned unit: a clause (or a few, for a split or merge) on either side or both.

    Offsets are into the old/new document text; ``None`` where the side is absent. ``old_clauses`` and
    ``new_clauses`` are the indexes of the document clauses the unit covers.
    """

    status: Status
    old_text: str = ""
    new_text: str = ""
    old_start: int | None = None
    old_end: int | None = None
    new_start: int | None = None
    new_end: int | None = None
    similarity: float = 0.0
    words: list[WordChange] = field(default_factory=list)
    old_clauses: tuple[int, ...] = ()
    new_clauses: tuple[int, ...] = ()
    renumbered: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "old_text": self.old_text, "new_text": self.new_text,
                "old_start": self.old_start, "old_end": self.old_end, "new_start": self.new_start,
                "new_end": self.new_end, "similarity": round(self.similarity, 3),
                "renumbered": self.renumbered, "old_clauses": list(self.old_clauses),
                "new_clauses": list(self.new_clauses), "words": [w.to_dict() for w in self.words]}


@dataclass(frozen=True, slots=True)
class RiskChange:
    """A finding that appeared, disappeared or changed severity. ``clause`` is its clause's text."""

    kind: Literal["added", "removed", "changed"]
    rule: str
    category: str
    title: str
    severity: str
    old_severity: str
    new_severity: str
    clause: str
    start: int
    end: int
    diff_index: int  # index into DocumentDiff.clauses, to link the change to its clause
    matched: str = ""

    @property
    def is_risk(self) -> bool:
        return Severity(self.severity).is_risk

    def to_dict(self) -> dict[str, Any]:
        base: dict[str, Any] = {"rule": self.rule, "category": self.category, "title": self.title}
        if self.kind == "changed":
            base |= {"old_severity": self.old_severity, "new_severity": self.new_severity}
        else:
            base["severity"] = self.severity
        return base | {"clause": self.clause, "start": self.start, "end": self.end,
                       "side": "old" if self.kind == "removed" else "new",
                       "diff_index": self.diff_index, "matched": self.matched}


@dataclass(slots=True)
class DocumentDiff:
    old_meta: dict[str, Any]
    new_meta: dict[str, Any]
    clauses: list[ClauseChange]
    risk_added: list[RiskChange] = field(default_factory=list)
    risk_removed: list[RiskChange] = field(default_factory=list)
    risk_changed: list[RiskChange] = field(default_factory=list)
    risk_compared: bool = False

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for c in self.clauses:
            counts[c.status] += 1
        return counts

    @property
    def worse(self) -> bool:
        """True when a risk appeared or an existing one became more severe."""
        return any(r.is_risk for r in self.risk_added) or any(
            Severity(r.new_severity).rank > Severity(r.old_severity).rank
            and Severity(r.new_severity).is_risk for r in self.risk_changed)

    @property
    def better(self) -> bool:
        return (any(r.is_risk for r in self.risk_removed)
                or any(r.severity == Severity.GOOD.value for r in self.risk_added)
                or any(Severity(r.new_severity).rank < Severity(r.old_severity).rank
                       for r in self.risk_changed))

    @property
    def identical(self) -> bool:
        return all(c.status == "unchanged" for c in self.clauses)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] = dict(self.counts())
        summary |= {"worse": self.worse, "better": self.better, "risk_compared": self.risk_compared}
        return {
            "old": self.old_meta,
            "new": self.new_meta,
            "clauses": [c.to_dict() for c in self.clauses],
            "risk": {"added": [r.to_dict() for r in self.risk_added],
                     "removed": [r.to_dict() for r in self.risk_removed],
                     "changed": [r.to_dict() for r in self.risk_changed]},
            "summary": summary,
        }


# -- entry points ------------------------------------------------------------------------------------

def diff_documents(old: Document, new: Document, *, risk: bool = True,
                   old_analysis: Analysis | None = None, new_analysis: Analysis | None = None,
                   old_meta: dict[str, Any] | None = None,
                   new_meta: dict[str, Any] | None = None) -> DocumentDiff:
    """Diff two documents; with ``risk`` (default) both are analysed (unless given) for the risk delta."""
    if risk:
        old_analysis = old_analysis or analyze(old)
        new_analysis = new_analysis or analyze(new)
    old_units = _units(old)
    new_units = _units(new)
    changes = align(old_units, new_units)
    result = DocumentDiff(_meta(old, old_analysis, old_meta), _meta(new, new_analysis, new_meta), changes)
    if old_analysis is not None and new_analysis is not None:
        _risk_delta(result, old_analysis, new_analysis)
        result.risk_compared = True
    return result


def diff_analyses(old: Analysis, new: Analysis, **meta: dict[str, Any]) -> DocumentDiff:
    return diff_documents(old.document, new.document, old_analysis=old, new_analysis=new,
                          old_meta=meta.get("old_meta"), new_meta=meta.get("new_meta"))


def diff_texts(old: str, new: str, *, risk: bool = True) -> DocumentDiff:
    from tosreader.core.loaders import load_text

    return diff_documents(load_text(old), load_text(new), risk=risk)


def _meta(doc: Document, analysis: Analysis | None, extra: dict[str, Any] | None) -> dict[str, Any]:
    meta: dict[str, Any] = {"title": doc.title, "source": doc.source, "language": doc.language,
                            "length": len(doc.text), "clauses": len(doc.clauses)}
    if analysis is not None:
        meta |= {"grade": analysis.grade.letter, "risks": risk_entry_count(analysis.findings)}
    return meta | (extra or {})


# -- clause units ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Unit:
    """A clause as the aligner sees it: its span, its text, and its key without the number label."""

    index: int
    start: int
    end: int
    text: str
    key: str
    label: str


def _units(doc: Document) -> list[Unit]:
    if not doc.clauses:
        doc.clauses = segment(doc)
    units = []
    for c in doc.clauses:
        text = doc.text[c.start : c.end]
        key, label = strip_label(text)
        units.append(Unit(c.index, c.start, c.end, text, key, label))
    return units


def strip_label(text: str) -> tuple[str, str]:
    """(key, label): the clause without its leading section number ("5.2", "§ 3", "(a)"), normalised."""
    m = _NUMBER_LABEL.match(text)
    label = m.group(0).strip() if m else ""
    rest = text[m.end():] if m and m.end() < len(text) else text
    return clause_key(rest), label


def units_from_texts(texts: Sequence[str]) -> list[Unit]:
    """Units for a plain list of clause texts (offsets are cumulative, as if joined by one space)."""
    units, pos = [], 0
    for i, t in enumerate(texts):
        key, label = strip_label(t)
        units.append(Unit(i, pos, pos + len(t), t, key, label))
        pos += len(t) + 1
    return units


# -- alignment ---------------------------------------------------------------------------------------

def align(old: list[Unit], new: list[Unit]) -> list[ClauseChange]:
    """Clause changes in reading order of the new text (removed clauses where they used to be)."""
    # 1. Exact matches in order (hash-equal keys): the unchanged backbone.
    matcher = difflib.SequenceMatcher(None, [u.key for u in old], [u.key for u in new], autojunk=False)
    steps: list[tuple[str, list[int], list[int]]] = []  # ("equal"|"gap", old idxs, new idxs)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        steps.append(("equal" if op == "equal" else "gap", list(range(i1, i2)), list(range(j1, j2))))
    # 2. Exact matches out of order: moved.
    moved_to: dict[int, int] = {}
    free_old: dict[str, list[int]] = defaultdict(list)
    for tag, olds, _ in steps:
        if tag == "gap":
            for i in olds:
                free_old[old[i].key].append(i)
    for tag, _, news in steps:
        if tag == "gap":
            for j in news:
                bucket = free_old.get(new[j].key)
                if bucket:
                    moved_to[j] = bucket.pop(0)
    moved_from = {i: j for j, i in moved_to.items()}
    # 3. Inside each gap: reworded, split and merged clauses by a banded alignment.
    out: list[ClauseChange] = []
    for tag, olds, news in steps:
        if tag == "equal":
            out.extend(_pair(old, new, [i], [j], "unchanged", 1.0) for i, j in zip(olds, news, strict=True))
            continue
        rest_old = [i for i in olds if i not in moved_from]
        rest_new = [j for j in news if j not in moved_to]
        moved_here = [([moved_to[j]], [j], 1.0) for j in news if j in moved_to]
        aligned = _merge_by_new(_align_gap(old, new, rest_old, rest_new), moved_here)
        for olds_, news_, sim in aligned:
            if not olds_:
                out.append(_pair(old, new, [], news_, "added", 0.0))
            elif not news_:
                out.append(_pair(old, new, olds_, [], "removed", 0.0))
            elif len(olds_) == 1 and len(news_) == 1 and olds_[0] in moved_from:
                out.append(_pair(old, new, olds_, news_, "moved", 1.0))
            else:
                status: Status = "unchanged" if sim >= 1.0 and _keys(old, olds_) == _keys(new, news_) else "changed"
                out.append(_pair(old, new, olds_, news_, status, sim))
    _match_moved_rewordings(out, old, new)
    return out


_Step = tuple[list[int], list[int], float]


def _merge_by_new(aligned: list[_Step], moved: list[_Step]) -> list[_Step]:
    """Insert moved clauses, ordered by their new index, into the monotone gap alignment."""
    out: list[_Step] = []
    k = 0
    for step in aligned:
        if step[1]:
            while k < len(moved) and moved[k][1][0] < step[1][0]:
                out.append(moved[k])
                k += 1
        out.append(step)
    out.extend(moved[k:])
    return out


def _keys(units: list[Unit], idxs: list[int]) -> str:
    return " ".join(units[i].key for i in idxs)


def _ratio(a: str, b: str, cutoff: float = 0.0) -> float:
    return fuzz.ratio(a, b, score_cutoff=cutoff * 100) / 100.0


def _align_gap(old: list[Unit], new: list[Unit], olds: list[int], news: list[int]) -> list[_Step]:
    """Monotone alignment of a gap allowing 1:1, 1:0, 0:1, 1:2 (split) and 2:1 (merge) steps."""
    p, q = len(olds), len(news)
    if not p or not q:
        return [([i], [], 0.0) for i in olds] + [([], [j], 0.0) for j in news]
    neg = float("-inf")
    score = [[neg] * (q + 1) for _ in range(p + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (q + 1) for _ in range(p + 1)]
    score[0][0] = 0.0
    new_keys = [new[j].key for j in news]
    bands = [(max(0, int((a - 1) * q / p) - BAND), min(q, int((a + 1) * q / p) + BAND)) for a in range(p + 1)]
    # Similarities worth knowing, per old clause, found in one C call over its band.
    sims: list[dict[int, float]] = []
    for i in range(p):
        lo, hi = bands[i + 1][0], bands[i][1]
        found = process.extract(old[olds[i]].key, new_keys[max(0, lo - 1) : hi], scorer=fuzz.ratio,
                                score_cutoff=SPLIT_PROBE * 100, limit=None)
        sims.append({pos + max(0, lo - 1): score / 100 for _, score, pos in found})

    def sim(i: int, j: int) -> float:
        return sims[i].get(j, 0.0)

    for a in range(p + 1):
        # The band follows the diagonal from (0, 0) to (p, q) and always joins the previous row's.
        lo, hi = bands[a]
        row = sims[a - 1] if a else {}
        for b in range(lo, hi + 1):
            if a == 0 and b == 0:
                continue
            best, step = neg, None
            # Insertions are preferred at the end of the backtrace, so removals read first.
            if b and score[a][b - 1] > best:
                best, step = score[a][b - 1], (0, 1, 0.0)
            if a and score[a - 1][b] > best:
                best, step = score[a - 1][b], (1, 0, 0.0)
            if a and b and score[a - 1][b - 1] > neg:
                s = row.get(b - 1, 0.0)
                if s >= CHANGED_MIN and score[a - 1][b - 1] + s - 0.5 > best:
                    best, step = score[a - 1][b - 1] + s - 0.5, (1, 1, s)
            if (a and b >= 2 and score[a - 1][b - 2] > neg
                    and sim(a - 1, b - 2) + sim(a - 1, b - 1) >= SPLIT_SUM):
                s = _ratio(old[olds[a - 1]].key, new_keys[b - 2] + " " + new_keys[b - 1], CHANGED_MIN)
                if s and score[a - 1][b - 2] + s - 0.5 > best:
                    best, step = score[a - 1][b - 2] + s - 0.5, (1, 2, s)
            if (a >= 2 and b and score[a - 2][b - 1] > neg
                    and sim(a - 2, b - 1) + sim(a - 1, b - 1) >= SPLIT_SUM):
                s = _ratio(old[olds[a - 2]].key + " " + old[olds[a - 1]].key, new_keys[b - 1], CHANGED_MIN)
                if s and score[a - 2][b - 1] + s - 0.5 > best:
                    best, step = score[a - 2][b - 1] + s - 0.5, (2, 1, s)
            score[a][b], back[a][b] = best, step
    result: list[_Step] = []
    a, b = p, q
    while a or b:
        step = back[a][b]
        if step is None:  # outside the band: fall back to plain deletions and insertions
            step = (1, 0, 0.0) if a else (0, 1, 0.0)
        da, db, s = step
        result.append(([olds[k] for k in range(a - da, a)], [news[k] for k in range(b - db, b)], s))
        a, b = a - da, b - db
    result.reverse()
    return result


def _match_moved_rewordings(out: list[ClauseChange], old: list[Unit], new: list[Unit]) -> None:
    """Pair a removed clause with an added one elsewhere when they are close: moved and reworded."""
    removed = [k for k, c in enumerate(out) if c.status == "removed" and len(c.old_clauses) == 1]
    added = [k for k, c in enumerate(out) if c.status == "added" and len(c.new_clauses) == 1]
    if not removed or not added or len(removed) > MOVE_SEARCH_LIMIT or len(added) > MOVE_SEARCH_LIMIT:
        return
    choices = [old[out[k].old_clauses[0]].key for k in removed]
    taken: set[int] = set()
    drop: set[int] = set()
    for k in added:
        query = new[out[k].new_clauses[0]].key
        for _, score, pos in process.extract(query, choices, scorer=fuzz.ratio,
                                             score_cutoff=MOVED_MIN * 100, limit=3):
            if pos in taken:
                continue
            taken.add(pos)
            r = removed[pos]
            drop.add(r)
            out[k] = _pair(old, new, [out[r].old_clauses[0]], [out[k].new_clauses[0]], "moved", score / 100)
            break
    if drop:
        out[:] = [c for k, c in enumerate(out) if k not in drop]


def _pair(old: list[Unit], new: list[Unit], olds: list[int], news: list[int], status: Status,
          sim: float) -> ClauseChange:
    change = ClauseChange(status, similarity=sim, old_clauses=tuple(old[i].index for i in olds),
                          new_clauses=tuple(new[j].index for j in news))
    old_text = new_text = ""
    if olds:
        change.old_start, change.old_end = old[olds[0]].start, old[olds[-1]].end
        old_text = _join(old, olds)
    if news:
        change.new_start, change.new_end = new[news[0]].start, new[news[-1]].end
        new_text = _join(new, news)
    change.old_text, change.new_text = old_text, new_text
    if olds and news:
        change.renumbered = old[olds[0]].label != new[news[0]].label and bool(old[olds[0]].label or new[news[0]].label)
        if old_text != new_text:
            change.words = word_diff(old_text, new_text, change.old_start or 0, change.new_start or 0)
    return change


def _join(units: list[Unit], idxs: list[int]) -> str:
    return " ".join(units[i].text for i in idxs)


def word_diff(old: str, new: str, old_offset: int = 0, new_offset: int = 0) -> list[WordChange]:
    """Word-level operations turning ``old`` into ``new``; offsets shifted by the given bases."""
    ot = [(m.start(), m.end()) for m in _TOKEN.finditer(old)]
    nt = [(m.start(), m.end()) for m in _TOKEN.finditer(new)]
    matcher = difflib.SequenceMatcher(None, [old[s:e] for s, e in ot], [new[s:e] for s, e in nt],
                                      autojunk=False)
    ops: list[WordChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        os_, oe = _span(ot, i1, i2, len(old))
        ns, ne = _span(nt, j1, j2, len(new))
        if tag == "delete":
            after = old[oe : ot[i2][0]] if i2 < len(ot) else ""
        else:
            after = new[ne : nt[j2][0]] if j2 < len(nt) else ""
        ops.append(WordChange(tag, old[os_:oe], new[ns:ne], old_offset + os_, old_offset + oe,
                              new_offset + ns, new_offset + ne, after))
    return ops


def _span(tokens: list[tuple[int, int]], a: int, b: int, length: int) -> tuple[int, int]:
    if a < b:
        return tokens[a][0], tokens[b - 1][1]
    pos = tokens[a][0] if a < len(tokens) else length
    return pos, pos


# -- risk delta --------------------------------------------------------------------------------------

def _polarity(severity: Severity) -> str:
    """A denied risk (a good point) is a different finding from the risk; info/low/medium/high are
    degrees of the same one, so a mitigated clause shows as a severity change."""
    return "good" if severity is Severity.GOOD else "risk"


def _risk_delta(result: DocumentDiff, old: Analysis, new: Analysis) -> None:
    old_to_new: dict[int, set[int]] = defaultdict(set)
    old_entry: dict[int, int] = {}
    new_entry: dict[int, int] = {}
    for k, c in enumerate(result.clauses):
        for i in c.old_clauses:
            old_entry[i] = k
            old_to_new[i].update(c.new_clauses)
        for j in c.new_clauses:
            new_entry[j] = k
    # What is compared is what the reader sees: entries (a category on a clause), each by its most
    # severe finding. A second rule of the category joining or leaving a clause that stays flagged is
    # no news; the entry's severity changing is.
    old_e, new_e = entries(old.findings), entries(new.findings)
    old_f = [members[0] for members in old_e]
    new_f = [members[0] for members in new_e]
    old_rules = [{m.rule for m in members} for members in old_e]
    new_rules = [{m.rule for m in members} for members in new_e]
    used_old: set[int] = set()
    pairs: list[tuple[int, int]] = []
    # First pass: same category and polarity in aligned clauses.
    for n, f in enumerate(new_f):
        for o, g in enumerate(old_f):
            if (o not in used_old and g.category == f.category
                    and _polarity(g.severity) == _polarity(f.severity)
                    and f.clause in old_to_new.get(g.clause, ())):
                used_old.add(o)
                pairs.append((o, n))
                break
    # Second pass: a rule of the entry still fires, in a clause rewritten beyond recognition — not
    # news (a change of the entry's severity still is).
    used_new = {n for _, n in pairs}
    for n, f in enumerate(new_f):
        if n in used_new:
            continue
        for o, g in enumerate(old_f):
            if (o not in used_old and g.category == f.category and old_rules[o] & new_rules[n]
                    and _polarity(g.severity) == _polarity(f.severity)):
                used_old.add(o)
                used_new.add(n)
                pairs.append((o, n))
                break
    for o, n in pairs:
        g, f = old_f[o], new_f[n]
        if g.severity is not f.severity:
            result.risk_changed.append(_risk("changed", f, new.document, new_entry, g.severity, f.severity))
    for n, f in enumerate(new_f):
        if n not in used_new:
            result.risk_added.append(_risk("added", f, new.document, new_entry, f.severity, f.severity))
    for o, g in enumerate(old_f):
        if o not in used_old:
            result.risk_removed.append(_risk("removed", g, old.document, old_entry, g.severity, g.severity))
    for items in (result.risk_added, result.risk_removed, result.risk_changed):
        items.sort(key=lambda r: (-Severity(r.severity).rank, r.diff_index))


def _risk(kind: Literal["added", "removed", "changed"], f: Any, doc: Document, entries: dict[int, int],
          old_sev: Severity, new_sev: Severity) -> RiskChange:
    return RiskChange(kind, f.rule, f.category, f.title, new_sev.value, old_sev.value, new_sev.value,
                      doc.text[f.start : f.end], f.start, f.end, entries.get(f.clause, -1), f.matched)


# -- rendering ---------------------------------------------------------------------------------------

_RISK_WORDS = {"added": "New", "removed": "Removed", "changed": "Changed"}


def risk_lines(diff: DocumentDiff) -> list[str]:
    """One line per risk change, most severe first: "New: … — high"."""
    lines = []
    for r in diff.risk_added + diff.risk_removed + diff.risk_changed:
        label = _RISK_WORDS[r.kind]
        if r.kind == "added" and r.severity == Severity.GOOD.value:
            label = "New good point"
        if r.kind == "removed" and r.severity == Severity.GOOD.value:
            label = "Good point gone"
        sev = f"{r.old_severity} → {r.new_severity}" if r.kind == "changed" else r.severity
        lines.append(f"{label}: {r.title} — {sev}")
    return lines


def render(diff: DocumentDiff, fmt: str = "text", *, include_unchanged: bool = False) -> str:
    """The diff as "text" or "md" (Markdown); risk changes first, then the clause changes."""
    if fmt == "json":
        import json

        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    md = fmt == "md"
    out: list[str] = []
    old_t = diff.old_meta.get("title") or diff.old_meta.get("source") or "old"
    new_t = diff.new_meta.get("title") or diff.new_meta.get("source") or "new"
    out.append(f"# Changes: {old_t} → {new_t}" if md else f"Changes: {old_t} -> {new_t}")
    if "grade" in diff.old_meta and "grade" in diff.new_meta:
        out.append(f"Grade: {diff.old_meta['grade']} → {diff.new_meta['grade']}")
    counts = diff.counts()
    out.append("Clauses: " + ", ".join(f"{counts[s]} {s}" for s in STATUSES))
    verdict = "worse" if diff.worse else "better" if diff.better else "no change in risk"
    out.append(f"Verdict: {verdict}" if diff.risk_compared else "Verdict: risks not compared")
    out.append("")
    risks = risk_lines(diff)
    out.append("## Risk changes" if md else "Risk changes")
    out.extend((f"- {line}" if md else f"  {line}") for line in risks) if risks else out.append(
        "- none" if md else "  none")
    out.append("")
    out.append("## Clause changes" if md else "Clause changes")
    for n, c in enumerate(diff.clauses):
        if c.status == "unchanged" and not (include_unchanged or c.renumbered):
            continue
        out.append(_render_clause(n, c, md))
    return "\n".join(out).rstrip() + "\n"


def _render_clause(n: int, c: ClauseChange, md: bool) -> str:
    head = f"[{n}] {c.status}" + (f" ({c.similarity:.0%} similar)" if c.status in ("changed", "moved") else "")
    if c.renumbered:
        head += " (renumbered)"
    if c.status == "added":
        body = f"+ {c.new_text}"
    elif c.status == "removed":
        body = f"- {c.old_text}"
    elif c.words:
        body = "~ " + inline_words(c.words, md)
    else:
        body = f"= {c.new_text}"
    if md:
        return f"- **{head}**: {body[2:]}"
    return f"  {head}\n    {body}"


def inline_words(words: list[WordChange], md: bool = False) -> str:
    """Word changes inline: [-old-]{+new+} (text) or ~~old~~ **new** (Markdown)."""
    parts = []
    for w in words:
        if w.op == "equal":
            parts.append(w.new)
        else:
            if w.old:
                parts.append(f"~~{w.old}~~" if md else f"[-{w.old}-]")
            if w.new:
                parts.append(f"**{w.new}**" if md else f"{{+{w.new}+}}")
        parts.append(w.space_after)
    return "".join(parts)
