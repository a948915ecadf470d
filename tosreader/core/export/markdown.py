"""Markdown and plain-text summaries of an Analysis."""

from __future__ import annotations

from collections import defaultdict

from tosreader.core.analysis import Analysis
from tosreader.core.engine import Finding
from tosreader.core.severity import Severity


def _grouped(findings: list[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (-f.severity.rank, f.start)):
        groups[f.category].append(f)
    return dict(sorted(groups.items(), key=lambda kv: (-kv[1][0].severity.rank, kv[0])))


def _md_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\`*_{}[]<>()#+-.!|~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_markdown(analysis: Analysis) -> str:
    doc = analysis.document
    cats = analysis.ruleset.categories
    lang = analysis.language
    lines = [f"# {_md_escape(doc.title or 'Terms document')}", ""]
    if doc.source:
        lines += [f"- Source: {_md_escape(doc.source)}"]
    lines += [f"- Language: {lang}", f"- Grade: **{analysis.grade.letter}**"]
    counts = analysis.counts()
    lines += ["- Findings: " + ", ".join(f"{n} {sev}" for sev, n in counts.items() if n), ""]
    for title, findings in (("Risks", analysis.risks),
                            ("Good points", analysis.good_points),
                            ("Noteworthy", [f for f in analysis.findings if f.severity is Severity.INFO])):
        if not findings:
            continue
        lines += [f"## {title}", ""]
        for category, items in _grouped(findings).items():
            label = cats[category].label(lang) if category in cats else category
            lines += [f"### {_md_escape(label)}", ""]
            for f in items:
                quote = doc.text[f.start : f.end]
                lines += [
                    f"#### {_md_escape(f.title)} ({f.severity.value})",
                    "",
                    "> " + _md_escape(quote),
                    "",
                    f"- Triggered by: “{_md_escape(f.matched)}”",
                    f"- What it says: {_md_escape(f.explanation.what)}",
                    f"- Why it matters: {_md_escape(f.explanation.why)}",
                    f"- What you can do: {_md_escape(f.explanation.action)}",
                    "",
                ]
    if not analysis.findings:
        lines += ["No risky clauses were found by the rules.", ""]
    return "\n".join(lines)


def render_text(analysis: Analysis) -> str:
    doc = analysis.document
    cats = analysis.ruleset.categories
    out = [f"{doc.title or doc.source or 'Document'}",
           f"Language: {analysis.language}   Grade: {analysis.grade.letter}   "
           + "  ".join(f"{sev}: {n}" for sev, n in analysis.counts().items() if n)]
    for f in sorted(analysis.findings, key=lambda f: (-f.severity.rank, f.start)):
        label = cats[f.category].label(analysis.language) if f.category in cats else f.category
        quote = doc.text[f.start : f.end]
        if len(quote) > 240:
            quote = quote[:237] + "..."
        out += ["", f"[{f.severity.value.upper()}] {label}: {f.title}  ({f.rule}, chars {f.start}-{f.end})",
                f"  \"{quote}\"", f"  Triggered by: {f.matched}", f"  {f.explanation.why}"]
    if not analysis.findings:
        out.append("No risky clauses were found by the rules.")
    return "\n".join(out) + "\n"
