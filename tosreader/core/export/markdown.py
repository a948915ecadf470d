"""Markdown and plain-text summaries: user text is escaped so that it can never become markup."""

from __future__ import annotations

import re
from typing import Any

from tosreader.core.export.summary import Group, Item, Summary

# Characters that start inline markup anywhere in a line (CommonMark and GitHub's extensions).
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# An entity reference would be decoded by the renderer ("&copy;" -> ©): keep it literal.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Things that make a line a heading, quote, list item, thematic break or setext underline.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)](?:\s|$)))")
_TRAILING_HASHES = re.compile(r"(#+)\s*$")


def md_escape(text: str, *, line_start: bool = False, heading: bool = False) -> str:
    """Escape ``text`` (one line) for Markdown inline content without making it unreadable."""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    if line_start:
        m = _LINE_START.match(text)
        if m:
            mark = m.group(2)
            if mark[0].isdigit():
                text = text[: m.end()] + "\\" + text[m.end():]
            else:
                text = "\\" + text
    if heading:
        text = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m.group(1)), text)
    return text


def _quote(item: Item) -> list[str]:
    return ["> " + md_escape(item.quote, line_start=True)]


def _item_md(s: Summary, item: Item) -> list[str]:
    f = item.finding
    lb = s.labels
    lines = [
        f"#### {md_escape(f.title, heading=True)} ({s.severity_label(item.severity)})",
        "",
        *_quote(item),
        "",
        f"- **{lb['triggered_by']}:** “{md_escape(f.matched)}”",
        f"- **{lb['what']}:** {md_escape(f.explanation.what)}",
        f"- **{lb['why']}:** {md_escape(f.explanation.why)}",
        f"- **{lb['action']}:** {md_escape(f.explanation.action)}",
        f"- **{lb['rule']}:** `{f.rule}`",  # rule ids are [a-z0-9_.-] (rules.py): safe in a code span
    ]
    if item.also:
        lines.append(f"- **{lb['also']}:**")
        lines += [f"  - `{o.rule}` · {md_escape(o.title)} ({s.severity_label(o.severity.value)}): "
                  f"“{md_escape(o.matched)}”" for o in item.also]
    return [*lines, ""]


def _groups_md(s: Summary, title: str, groups: list[Group]) -> list[str]:
    lines = [f"## {title}", ""]
    for g in groups:
        lines += [f"### {md_escape(g.label, heading=True)}", ""]
        for item in g.items:
            lines += _item_md(s, item)
    return lines


def counts_line(s: Summary) -> str:
    parts = [f"{n} {s.severity_label(sev)}" for sev, n in s.counts.items() if n]
    return " · ".join(parts) if parts else "0"


def _risk_entry(s: Summary, e: dict[str, Any], changed: bool) -> str:
    label = md_escape(s.category_label(str(e.get("category", ""))))
    title = md_escape(str(e.get("title", "")))
    if changed:
        sev = f"{s.severity_label(str(e.get('old_severity')))} → {s.severity_label(str(e.get('new_severity')))}"
    else:
        sev = s.severity_label(str(e.get("severity", "")))
    clause = md_escape(str(e.get("clause", "")))
    return f"- **{sev}** · {label}: {title} — “{clause}”"


def _changes_md(s: Summary) -> list[str]:
    ch = s.changes
    if ch is None:
        return []
    lb = s.labels
    prev = ch["previous"]
    lines = [f"## {lb['changes']}", "",
             f"{lb['previous_version']}: {lb['recorded']} {md_escape(prev['recorded_at'])}"
             + (f" (`{prev['content_hash'][:12]}`)" if re.fullmatch(r"[0-9a-f]+", prev["content_hash"]) else ""),
             "", f"**{lb['worse'] if ch['summary']['worse'] else lb['not_worse']}**", ""]
    risk = ch["risk"]
    if not any(risk.values()):
        lines += [lb["risk_none"], ""]
    for kind in ("added", "removed", "changed"):
        if risk[kind]:
            lines += [f"### {lb['risk_' + kind]}", ""]
            lines += [_risk_entry(s, e, kind == "changed") for e in risk[kind]]
            lines.append("")
    summ = ch["summary"]
    parts = [f"{summ[k]} {lb[k]}" for k in ("added", "removed", "changed", "moved", "unchanged")]
    lines += [f"{lb['clause_changes']}: " + ", ".join(parts), ""]
    return lines


def render_markdown(s: Summary) -> str:
    lb = s.labels
    lines = [f"# {md_escape(s.title, heading=True)}", "", f"*{lb['summary_of']}*", ""]
    if s.source:
        lines.append(f"- **{lb['source']}:** {md_escape(s.source)}")
    lines += [
        f"- **{lb['analysed']}:** {md_escape(s.generated_at)}",
        f"- **{lb['content_hash']}:** `{s.content_hash}`",
        f"- **{lb['language']}:** {s.language}",
        f"- **{lb['grade']}:** **{s.grade}** — {lb['grade_note']}",
        f"- **{lb['findings_count']}:** {counts_line(s)}",
        "",
    ]
    lines += _changes_md(s)
    if s.risks:
        lines += _groups_md(s, lb["risks"], s.risks)
    else:
        lines += [f"## {lb['risks']}", "", lb["no_findings"], ""]
    if s.good:
        lines += _groups_md(s, lb["good_points"], s.good)
    if s.noteworthy:
        lines += _groups_md(s, lb["noteworthy"], s.noteworthy)
    lines += ["---", "", f"*{lb['generated_by']}*", ""]
    return "\n".join(lines)


def render_text(s: Summary) -> str:
    lb = s.labels
    out = [s.title, f"{lb['source']}: {s.source}" if s.source else "",
           f"{lb['language']}: {s.language}   {lb['grade']}: {s.grade}   {lb['findings_count']}: {counts_line(s)}"]
    out = [line for line in out if line]
    if s.changes is not None:
        out += ["", lb["changes"].upper()]
        for kind in ("added", "removed", "changed"):
            for e in s.changes["risk"][kind]:
                out.append(f"  {lb['risk_' + kind]}: {_plain_risk(s, e, kind == 'changed')}")
        if not any(s.changes["risk"].values()):
            out.append("  " + lb["risk_none"])
    for groups in (s.risks, s.good, s.noteworthy):
        for g in groups:
            for item in g.items:
                f = item.finding
                quote = " ".join(item.quote.split())
                if len(quote) > 240:
                    quote = quote[:237] + "..."
                out += ["", f"[{f.severity.value.upper()}] {g.label}: {f.title}  ({f.rule}, chars {f.start}-{f.end})",
                        f"  \"{quote}\"", f"  {lb['triggered_by']}: {f.matched}", f"  {f.explanation.why}"]
                if item.also:
                    out.append(f"  {lb['also']}:")
                for o in item.also:
                    out += [f"    [{o.severity.value.upper()}] {o.title}  ({o.rule})",
                            f"      {lb['triggered_by']}: {o.matched}"]
    if not s.analysis.findings:
        out.append(lb["no_findings"])
    return "\n".join(out) + "\n"


def _plain_risk(s: Summary, e: dict[str, Any], changed: bool) -> str:
    sev = (f"{e.get('old_severity')} -> {e.get('new_severity')}" if changed else str(e.get("severity", "")))
    return f"[{sev}] {s.category_label(str(e.get('category', '')))}: {e.get('title', '')}"
