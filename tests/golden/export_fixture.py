"""A fixed Analysis of a built-in sample for the export tests: findings and labels do not follow rule edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tosreader.core.analysis import Analysis
from tosreader.core.document import Document
from tosreader.core.engine import Finding
from tosreader.core.grade import grade
from tosreader.core.loaders import load_path, load_text
from tosreader.core.rules import Category, Explanation
from tosreader.core.severity import Severity

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "en" / "videocall-terms-2023-03.md"
GOLDEN = Path(__file__).resolve().parent
GENERATED_AT = "2024-01-02T03:04:05+00:00"

CATEGORIES = {
    "ai_training": {"en": "AI / machine-learning training", "de": "KI-Training"},
    "arbitration": {"en": "Arbitration", "de": "Schiedsverfahren"},
    "content_license": {"en": "Licence to your content", "de": "Lizenz an Ihren Inhalten"},
    "jurisdiction": {"en": "Jurisdiction", "de": "Gerichtsstand"},
    "privacy_by_reference": {"en": "Privacy policy included by reference", "de": "Datenschutz einbezogen"},
    "auto_renewal": {"en": "Automatic renewal", "de": "Automatische Verlängerung"},
}


@dataclass(frozen=True)
class _Pack:
    id: str
    version: str


@dataclass
class FixedRuleSet:
    """Just what the exporters read from a RuleSet: category labels and the packs."""

    categories: dict[str, Category]
    packs: list[_Pack] = field(default_factory=lambda: [_Pack("golden", "1")])


def ruleset() -> FixedRuleSet:
    return FixedRuleSet({cid: Category(cid, labels, "other") for cid, labels in CATEGORIES.items()})


# (rule, category, severity, title, clause snippet, matched words, what, why, action)
SPECS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("en.ai_training.use", "ai_training", "high", "Your data may train AI models",
     "3.3 You agree that Confero may access", "training and tuning of artificial intelligence",
     "The provider may train AI on your data.", "A trained model cannot forget.", "Look for an opt-out."),
    ("en.arbitration.binding", "arbitration", "high", "Disputes go to private arbitration",
     "8.1 Any dispute arising out of these Terms", "binding arbitration",
     "Disputes are decided privately.", "Appeals are hardly possible.", "Check for an opt-out window."),
    ("en.license.perpetual", "content_license", "medium", "A perpetual, sublicensable licence",
     "3.2 You grant Confero a perpetual", "perpetual, worldwide",
     "The provider may use your content forever.", "You cannot take it back.", "Share less."),
    ("en.jurisdiction.courts", "jurisdiction", "medium", "Courts chosen by the provider",
     "8.4 Any claim not subject to arbitration", "exclusively in the state or federal courts",
     "You must sue in Delaware.", "Suing abroad is costly.", "Consumer law may still let you sue at home."),
    ("en.renewal.auto", "auto_renewal", "low", "Paid plans renew automatically",
     "5.1 Paid plans renew automatically", "renew automatically",
     "The plan renews unless you cancel.", "You may pay for a period you did not want.", "Note the date."),
    ("en.privacy_by_reference.incorporated", "privacy_by_reference", "info", "The privacy policy is part of the terms",
     "1.2 Our Privacy Statement is part of these Terms.", "is part of these Terms",
     "The privacy statement is part of the contract.", "Its rules bind you too.", "Read it as well."),
    ("en.ai_training.denied", "ai_training", "good", "Your content does not train AI",
     "8.3 These Terms are governed", "governed by the laws",
     "A placeholder good point for the golden file.", "It protects you.", "Keep a copy."),
    # a second rule of the category on the same clause: listed with the first, not as an entry of its own
    ("en.arbitration.plain", "arbitration", "medium", "An arbitrator decides disputes, not a court",
     "8.1 Any dispute arising out of these Terms", "resolved by final and binding arbitration",
     "A private arbitrator decides.", "There is no public hearing.", "Ask whether small claims are exempt."),
]

CHANGES: dict[str, Any] = {
    "previous": {"recorded_at": "2023-03-01T00:00:00+00:00",
                 "content_hash": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
    "risk": {
        "added": [{"rule": "en.ai_training.use", "category": "ai_training", "severity": "high",
                   "title": "Your data may train AI models", "clause": "We may use <data> for *any* purpose."}],
        "removed": [{"rule": "en.renewal.auto", "category": "auto_renewal", "severity": "low",
                     "title": "Paid plans renew automatically", "clause": "Plans renew automatically."}],
        "changed": [{"rule": "en.jurisdiction.courts", "category": "jurisdiction", "old_severity": "low",
                     "new_severity": "medium", "title": "Courts chosen by the provider",
                     "clause": "Claims go to the courts of Delaware."}],
    },
    "summary": {"added": 2, "removed": 1, "changed": 3, "moved": 0, "unchanged": 30, "worse": True},
}


def _finding(text: str, spec: tuple[str, ...], index: int) -> Finding:
    rule, cat, sev, title, snippet, matched, what, why, action = spec
    start = text.index(snippet)
    end = text.index("\n", start) if "\n" in text[start:] else len(text)
    end = min(end, text.index(". ", start) + 1 if ". " in text[start:end] else end)
    ms = text.index(matched, start)
    return Finding(rule, cat, Severity(sev), title, Explanation(what, why, action), start, end, ms,
                   ms + len(matched), matched, index)


def fixed_analysis(document: Document | None = None) -> Analysis:
    if document is None:
        document = load_path(SAMPLE)
        document.source = "resources/samples/en/videocall-terms-2023-03.md"  # the same on every clone
    doc = document
    snippets = [spec[4] for spec in SPECS]  # a clause's number: where its snippet first occurs in SPECS
    findings = [_finding(doc.text, spec, snippets.index(spec[4])) for spec in SPECS]
    findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule))
    return Analysis(doc, "en", findings, grade(findings), ruleset())  # type: ignore[arg-type]


def empty_analysis(text: str = "Nothing to see here.\n\nJust a short note.", language: str = "en") -> Analysis:
    doc = load_text(text, source="empty.txt", title="")
    return Analysis(doc, language, [], grade([]), ruleset())  # type: ignore[arg-type]
