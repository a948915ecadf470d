"""Analysis use case in the core: language, segmentation, rules and grade for one Document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tosreader.core.document import Document
from tosreader.core.engine import Engine, Finding
from tosreader.core.grade import Grade, grade
from tosreader.core.language import SUPPORTED, detect_language
from tosreader.core.rules import RuleSet, load_ruleset
from tosreader.core.segment import segment
from tosreader.core.severity import Severity
from tosreader.paths import cache_dir, resource_dir, user_rules_dir


@dataclass
class Analysis:
    document: Document
    language: str
    findings: list[Finding]
    grade: Grade
    ruleset: RuleSet = field(repr=False)

    @property
    def risks(self) -> list[Finding]:
        return [f for f in self.findings if f.severity.is_risk]

    @property
    def good_points(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.GOOD]

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in reversed(Severity)}

    def to_dict(self) -> dict[str, object]:
        doc = self.document
        return {
            "title": doc.title,
            "source": doc.source,
            "language": self.language,
            "grade": self.grade.letter,
            "score": round(self.grade.score, 2),
            "counts": self.counts(),
            "text": doc.text,
            "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "level": b.level}
                       for b in doc.blocks],
            "findings": [f.to_dict() for f in self.findings],
            "rule_packs": [{"id": p.id, "version": p.version} for p in self.ruleset.packs],
        }


def rules_dir() -> Path:
    return resource_dir() / "rules"


@lru_cache(maxsize=8)
def _cached_ruleset(language: str, builtin: str, user: str) -> RuleSet:
    ruleset = load_ruleset(language, Path(builtin), Path(user) if user else None)
    ruleset.factor_cache = str(cache_dir() / f"prefilter-{language}{'-user' if user else ''}.json")
    return ruleset


def get_ruleset(language: str, *, include_user: bool = True) -> RuleSet:
    """The built-in rules for ``language`` plus the user's packs (cached; raises RulePackError)."""
    user = str(user_rules_dir()) if include_user else ""
    return _cached_ruleset(language, str(rules_dir()), user)


def analyze(document: Document, language: str = "auto", *, ruleset: RuleSet | None = None,
            progress: Callable[[int, int], bool] | None = None) -> Analysis:
    """Detect the language (unless given), segment, run the rules, grade."""
    lang = language if language in SUPPORTED else detect_language(document.text)
    document.language = lang
    document.clauses = segment(document, lang)
    rs = ruleset if ruleset is not None else get_ruleset(lang)
    findings = Engine.for_ruleset(rs).run(document, progress=progress)
    return Analysis(document, lang, findings, grade(findings), rs)


def preview(document: Document, language: str = "auto", *, chars: int = 30_000,
            ruleset: RuleSet | None = None) -> tuple[str, list[Finding]]:
    """(language, findings) for the clauses in the first ``chars`` characters only: a long document's
    first screens can be shown highlighted while :func:`analyze` works through the whole. The
    findings are exactly those :func:`analyze` reports for these clauses. Leaves ``document`` as it is."""
    lang = language if language in SUPPORTED else detect_language(document.text)
    rs = ruleset if ruleset is not None else get_ruleset(lang)
    clauses = segment(document, lang, upto=chars)
    return lang, Engine.for_ruleset(rs).run(document, clauses=clauses)
