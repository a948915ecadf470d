"""HTML summaries: a self-contained page for browsers, and a simpler variant for Qt's QTextDocument (PDF).

Every piece of document text goes through ``html.escape`` (quotes included) before it reaches the page;
nothing from the document is ever placed in an attribute, a URL or the style sheet.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tosreader.core.export.summary import Group, Highlighter, Item, Summary

SEVERITIES = ("high", "medium", "low", "info", "good")
# severity -> (accent, light background, light trigger background, dark background, dark trigger background)
PALETTE: dict[str, tuple[str, str, str, str, str]] = {
    "high": ("#b3261e", "#fde7e5", "#f7b9b3", "#4a1f1c", "#7a2a24"),
    "medium": ("#a65200", "#fff0dc", "#ffd29a", "#4a3214", "#7a4e12"),
    "low": ("#7d6400", "#fff8c5", "#fbe57a", "#3f3a14", "#6b5f12"),
    "info": ("#1f5fbf", "#e6effc", "#bcd3f5", "#1c2d47", "#254a80"),
    "good": ("#1e7b34", "#e3f4e6", "#b3e0bd", "#173a21", "#21602f"),
}
GRADE_COLOURS = {"A": "#1e7b34", "B": "#5a8f1f", "C": "#a67c00", "D": "#c25400", "E": "#b3261e"}


def esc(text: str) -> str:
    return escape(text, quote=True)


# -- shared pieces ----------------------------------------------------------------------------------------

def _meta_rows(s: Summary) -> list[tuple[str, str]]:
    """(label, escaped HTML value) pairs for the header."""
    lb = s.labels
    rows = []
    if s.source:
        rows.append((lb["source"], esc(s.source)))
    rows += [(lb["analysed"], esc(s.generated_at)),
             (lb["content_hash"], f"<code>{esc(s.content_hash)}</code>"),
             (lb["language"], esc(s.language))]
    return rows


def _quote_parts(item: Item) -> tuple[str, str, str]:
    q = item.quote
    return esc(q[: item.match_start]), esc(q[item.match_start : item.match_end]), esc(q[item.match_end :])


def _risk_line(s: Summary, e: dict[str, Any], changed: bool) -> tuple[str, str, str]:
    """(severity text, escaped label: title, escaped clause) for one risk-delta entry."""
    if changed:
        sev = f"{s.severity_label(str(e.get('old_severity')))} → {s.severity_label(str(e.get('new_severity')))}"
    else:
        sev = s.severity_label(str(e.get("severity", "")))
    what = f"{esc(s.category_label(str(e.get('category', ''))))}: {esc(str(e.get('title', '')))}"
    return esc(sev), what, esc(str(e.get("clause", "")))


def _sev_key(e: dict[str, Any], changed: bool) -> str:
    key = str(e.get("new_severity" if changed else "severity", "info"))
    return key if key in PALETTE else "info"


def _clause_counts(s: Summary) -> str:
    assert s.changes is not None
    summ = s.changes["summary"]
    lb = s.labels
    return ", ".join(f"{summ[k]} {esc(lb[k])}" for k in ("added", "removed", "changed", "moved", "unchanged"))


def _full_text_blocks(s: Summary, open_mark: Any, close_mark: str, heading: Any,
                      list_wrap: tuple[str, str], para: str) -> str:
    """The document text block by block, with findings highlighted by ``open_mark(severity, triggered)``."""
    doc = s.analysis.document
    hl = Highlighter(doc.text, s.analysis.findings)
    out: list[str] = []
    in_list = False
    blocks = doc.blocks or []
    if not blocks and doc.text:
        from tosreader.core.document import Block

        blocks = [Block("paragraph", 0, len(doc.text))]
    for b in blocks:
        inner = "".join(
            (open_mark(seg.severity, seg.triggered) + esc(doc.text[seg.start : seg.end]) + close_mark)
            if seg.severity is not None else esc(doc.text[seg.start : seg.end])
            for seg in hl.segments(b.start, b.end))
        if b.kind == "list_item":
            if not in_list:
                out.append(list_wrap[0])
                in_list = True
            out.append(f"<li>{inner}</li>")
            continue
        if in_list:
            out.append(list_wrap[1])
            in_list = False
        out.append(heading(b.level, inner) if b.kind == "heading" else para.format(inner))
    if in_list:
        out.append(list_wrap[1])
    return "\n".join(out)


# -- the browser page --------------------------------------------------------------------------------------

def _css() -> str:
    light = "\n".join(f"  --{k}: {p[0]}; --{k}-bg: {p[1]}; --{k}-hl: {p[2]};" for k, p in PALETTE.items())
    dark = "\n".join(f"    --{k}-bg: {p[3]}; --{k}-hl: {p[4]};" for k, p in PALETTE.items())
    dark_accents = ("    --high: #ff8a80; --medium: #ffb74d; --low: #e6cf5c; --info: #8ab4f8; --good: #81c995;")
    sev_rules = "\n".join(
        f".sev-{k} {{ --accent: var(--{k}); --tint: var(--{k}-bg); --hl: var(--{k}-hl); }}" for k in PALETTE)
    grades = "\n".join(f".grade-{g} {{ background: {c}; }}" for g, c in GRADE_COLOURS.items())
    return f""":root {{
  color-scheme: light dark;
  --fg: #1d1f23; --bg: #ffffff; --muted: #5b6068; --line: #d8dbe0; --card: #f6f7f9; --code: #eceef1;
{light}
}}
@media (prefers-color-scheme: dark) {{
  :root {{
    --fg: #e6e7ea; --bg: #15171b; --muted: #a3a8b0; --line: #343842; --card: #1e2127; --code: #2a2e36;
{dark_accents}
{dark}
  }}
}}
* {{ box-sizing: border-box; }}
html {{ background: var(--bg); color: var(--fg); }}
body {{ margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }}
main {{ max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }}
h1 {{ font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 1rem; overflow-wrap: anywhere; }}
h2 {{ font-size: 1.35rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }}
h3 {{ font-size: 1.1rem; margin: 1.6rem 0 .6rem; }}
h4 {{ font-size: 1rem; margin: 0 0 .5rem; }}
.kicker {{ text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; }}
.meta {{ margin: 0; font-size: .92rem; }}
.meta div {{ display: grid; grid-template-columns: 13rem 1fr; gap: 1rem; padding: .1rem 0; }}
.meta dt {{ color: var(--muted); }}
.meta dd {{ margin: 0; overflow-wrap: anywhere; }}
code {{ font: .85em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: var(--code);
  padding: .05em .3em; border-radius: 3px; overflow-wrap: anywhere; }}
.overview {{ display: flex; gap: 1.25rem; align-items: center; margin: 1.5rem 0; padding: 1rem;
  background: var(--card); border: 1px solid var(--line); border-radius: 10px; flex-wrap: wrap; }}
.grade {{ color: #fff; border-radius: 10px; width: 4.5rem; height: 4.5rem; display: flex;
  flex-direction: column; align-items: center; justify-content: center; flex: none; }}
.grade-letter {{ font-size: 2.2rem; font-weight: 700; line-height: 1; }}
.grade-label {{ font-size: .75rem; opacity: .9; }}
{grades}
.counts {{ list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; }}
.counts li {{ border: 1px solid var(--accent); background: var(--tint); border-radius: 999px;
  padding: .1rem .7rem; font-size: .92rem; }}
.counts .n {{ font-weight: 700; }}
.grade-note {{ flex-basis: 100%; margin: 0; color: var(--muted); font-size: .88rem; }}
{sev_rules}
.finding {{ border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 8px;
  padding: .8rem 1rem; margin: 0 0 1rem; background: var(--card); break-inside: avoid; }}
.badge {{ display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; color: var(--accent); border: 1px solid var(--accent); border-radius: 4px;
  padding: 0 .35rem; margin-right: .4rem; vertical-align: .1em; }}
blockquote {{ margin: .4rem 0 .7rem; padding: .5rem .8rem; background: var(--tint); border-radius: 6px;
  font-style: italic; overflow-wrap: anywhere; }}
mark {{ background: var(--hl); color: inherit; font-weight: 600; padding: 0 .1em; border-radius: 2px; }}
.trigger {{ margin: 0 0 .5rem; font-size: .92rem; }}
.explain {{ margin: 0; font-size: .95rem; }}
.explain dt {{ font-weight: 700; margin-top: .35rem; }}
.explain dd {{ margin: 0; }}
.rule {{ margin: .5rem 0 0; color: var(--muted); font-size: .8rem; }}
.also {{ margin: .6rem 0 0; font-size: .92rem; }}
.also ul {{ margin: .2rem 0 0; padding-left: 1.2rem; }}
.changes ul {{ padding-left: 1.2rem; }}
.changes li {{ margin-bottom: .4rem; }}
.delta {{ font-weight: 700; color: var(--accent); }}
.clause {{ display: block; color: var(--muted); font-style: italic; overflow-wrap: anywhere; }}
.verdict {{ font-weight: 700; }}
.empty {{ color: var(--muted); }}
.legend {{ display: flex; flex-wrap: wrap; gap: .5rem; font-size: .85rem; margin-bottom: 1rem; }}
.legend span {{ background: var(--hl); padding: 0 .4rem; border-radius: 3px; }}
.fulltext .doc {{ font-size: .95rem; }}
.fulltext mark {{ font-weight: normal; background: var(--tint); }}
.fulltext mark.t {{ background: var(--hl); font-weight: 600; }}
.fulltext .doc h3, .fulltext .doc h4, .fulltext .doc h5, .fulltext .doc h6 {{ margin: 1.2rem 0 .4rem; }}
footer {{ margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted);
  font-size: .85rem; }}
@media print {{
  :root {{ color-scheme: light; --fg: #000; --bg: #fff; --muted: #444; --line: #bbb; --card: #fff; --code: #f0f0f0;
{light}
  }}
  @page {{ size: A4; margin: 18mm 16mm; }}
  body {{ font-size: 10.5pt; }}
  main {{ max-width: none; padding: 0; }}
  h2, h3, h4 {{ break-after: avoid; }}
  .finding, .overview {{ break-inside: avoid; }}
  .fulltext {{ break-before: page; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}"""


def _findings_section(s: Summary, title: str, groups: list[Group], cls: str) -> list[str]:
    out = [f'<section class="{cls}">', f"<h2>{esc(title)}</h2>"]
    for g in groups:
        out.append(f'<section class="category"><h3>{esc(g.label)}</h3>')
        for item in g.items:
            out.append(_finding_article(s, item))
        out.append("</section>")
    out.append("</section>")
    return out


def _finding_article(s: Summary, item: Item) -> str:
    f = item.finding
    lb = s.labels
    before, hit, after = _quote_parts(item)
    return (
        f'<article class="finding sev-{item.severity}">'
        f'<h4><span class="badge">{esc(s.severity_label(item.severity))}</span>{esc(f.title)}</h4>'
        f"<blockquote>{before}<mark>{hit}</mark>{after}</blockquote>"
        f'<p class="trigger"><b>{esc(lb["triggered_by"])}:</b> “{esc(f.matched)}”</p>'
        f'<dl class="explain"><dt>{esc(lb["what"])}</dt><dd>{esc(f.explanation.what)}</dd>'
        f'<dt>{esc(lb["why"])}</dt><dd>{esc(f.explanation.why)}</dd>'
        f'<dt>{esc(lb["action"])}</dt><dd>{esc(f.explanation.action)}</dd></dl>'
        f'<p class="rule">{esc(lb["rule"])}: <code>{esc(f.rule)}</code></p>'
        f"{_also_html(s, item)}</article>"
    )


def _also_html(s: Summary, item: Item) -> str:
    """The other rules of the category that fired on the clause, each with its words and rule id."""
    if not item.also:
        return ""
    rows = "".join(
        f'<li class="sev-{o.severity.value}"><span class="badge">{esc(s.severity_label(o.severity.value))}</span>'
        f"{esc(o.title)}: “{esc(o.matched)}” <code>{esc(o.rule)}</code></li>" for o in item.also)
    return f'<div class="also"><b>{esc(s.labels["also"])}:</b><ul>{rows}</ul></div>'


def _changes_section(s: Summary) -> list[str]:
    ch = s.changes
    if ch is None:
        return []
    lb = s.labels
    prev = ch["previous"]
    out = ['<section class="changes">', f"<h2>{esc(lb['changes'])}</h2>",
           f"<p>{esc(lb['previous_version'])}: {esc(lb['recorded'])} {esc(prev['recorded_at'])}"
           + (f" <code>{esc(prev['content_hash'][:12])}</code>" if prev["content_hash"] else "") + "</p>",
           f'<p class="verdict">{esc(lb["worse"] if ch["summary"]["worse"] else lb["not_worse"])}</p>']
    if not any(ch["risk"].values()):
        out.append(f'<p class="empty">{esc(lb["risk_none"])}</p>')
    for kind in ("added", "removed", "changed"):
        entries = ch["risk"][kind]
        if not entries:
            continue
        out += [f"<h3>{esc(lb['risk_' + kind])}</h3>", "<ul>"]
        for e in entries:
            sev, what, clause = _risk_line(s, e, kind == "changed")
            out.append(f'<li class="sev-{_sev_key(e, kind == "changed")}"><span class="delta">{sev}</span> · '
                       f'{what}<span class="clause">“{clause}”</span></li>')
        out.append("</ul>")
    out += [f"<p>{esc(lb['clause_changes'])}: {_clause_counts(s)}</p>", "</section>"]
    return out


def _full_text_section(s: Summary) -> list[str]:
    lb = s.labels
    legend = "".join(f'<span class="sev-{k}">{esc(s.severity_label(k))}</span>' for k in SEVERITIES)

    def mark(sev: str, triggered: bool) -> str:
        return f'<mark class="sev-{sev}{" t" if triggered else ""}">'

    def heading(level: int, inner: str) -> str:
        n = min(max(level, 1) + 2, 6)
        return f"<h{n}>{inner}</h{n}>"

    body = _full_text_blocks(s, mark, "</mark>", heading, ("<ul>", "</ul>"), "<p>{}</p>")
    return ['<section class="fulltext">', f"<h2>{esc(lb['full_text'])}</h2>",
            f'<div class="legend">{esc(lb["legend"])}: {legend}</div>', f'<div class="doc">{body}</div>',
            "</section>"]


def render_html(s: Summary) -> str:
    lb = s.labels
    meta = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in _meta_rows(s))
    counts = "".join(f'<li class="sev-{k}"><span class="n">{n}</span> {esc(s.severity_label(k))}</li>'
                     for k, n in s.counts.items() if n)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(s.labels_language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="generator" content="ToS Reader">',
        f"<title>{esc(lb['summary_of'])}: {esc(s.title)}</title>",
        f"<style>\n{_css()}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f'<header><p class="kicker">{esc(lb["summary_of"])}</p><h1>{esc(s.title)}</h1>'
        f'<dl class="meta">{meta}</dl></header>',
        f'<section class="overview" aria-label="{esc(lb["overview"])}">'
        f'<div class="grade grade-{esc(s.grade)}"><span class="grade-letter">{esc(s.grade)}</span>'
        f'<span class="grade-label">{esc(lb["grade"])}</span></div>'
        f'<ul class="counts">{counts}</ul><p class="grade-note">{esc(lb["grade_note"])}</p></section>',
    ]
    parts += _changes_section(s)
    if s.risks:
        parts += _findings_section(s, lb["risks"], s.risks, "risks")
    else:
        parts += ['<section class="risks">', f"<h2>{esc(lb['risks'])}</h2>",
                  f'<p class="empty">{esc(lb["no_findings"])}</p>', "</section>"]
    if s.good:
        parts += _findings_section(s, lb["good_points"], s.good, "good")
    if s.noteworthy:
        parts += _findings_section(s, lb["noteworthy"], s.noteworthy, "noteworthy")
    if s.include_text:
        parts += _full_text_section(s)
    parts += [f"<footer>{esc(lb['generated_by'])}</footer>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


# -- the Qt variant (QTextDocument understands a subset of HTML 4 and CSS 2) ---------------------------------

def _qt_finding(s: Summary, item: Item) -> str:
    f = item.finding
    lb = s.labels
    accent, tint, hl = PALETTE[item.severity][:3]
    before, hit, after = _quote_parts(item)
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" style="margin-top:4px; margin-bottom:8px;">'
        f'<tr><td width="5" bgcolor="{accent}"></td><td bgcolor="#f6f7f9">'
        f'<p style="margin:0;"><span style="color:{accent}; font-weight:bold;">'
        f'{esc(s.severity_label(item.severity).upper())}</span>&nbsp;&nbsp;<b>{esc(f.title)}</b></p>'
        f'<table width="100%" cellspacing="0" cellpadding="5" style="margin-top:4px; margin-bottom:4px;">'
        f'<tr><td bgcolor="{tint}"><i>{before}<span style="background-color:{hl}; font-weight:bold;">'
        f"{hit}</span>{after}</i></td></tr></table>"
        f'<p style="margin:2px 0;"><b>{esc(lb["triggered_by"])}:</b> “{esc(f.matched)}”</p>'
        f'<p style="margin:2px 0;"><b>{esc(lb["what"])}:</b> {esc(f.explanation.what)}</p>'
        f'<p style="margin:2px 0;"><b>{esc(lb["why"])}:</b> {esc(f.explanation.why)}</p>'
        f'<p style="margin:2px 0;"><b>{esc(lb["action"])}:</b> {esc(f.explanation.action)}</p>'
        f'<p style="margin:2px 0; color:#5b6068; font-size:8pt;">{esc(lb["rule"])}: {esc(f.rule)}</p>'
        f"{_qt_also(s, item)}</td></tr></table>"
    )


def _qt_also(s: Summary, item: Item) -> str:
    if not item.also:
        return ""
    rows = "".join(
        f'<p style="margin:2px 0 2px 12px;">• <span style="color:{PALETTE[o.severity.value][0]}; font-weight:bold;">'
        f"{esc(s.severity_label(o.severity.value).upper())}</span>&nbsp;&nbsp;{esc(o.title)}: “{esc(o.matched)}” "
        f'<span style="color:#5b6068; font-size:8pt;">{esc(o.rule)}</span></p>' for o in item.also)
    return f'<p style="margin:4px 0 2px 0;"><b>{esc(s.labels["also"])}:</b></p>{rows}'


def _qt_groups(s: Summary, title: str, groups: list[Group]) -> list[str]:
    out = [f"<h2>{esc(title)}</h2>"]
    for g in groups:
        out.append(f"<h3>{esc(g.label)}</h3>")
        out += [_qt_finding(s, item) for item in g.items]
    return out


def _qt_changes(s: Summary) -> list[str]:
    ch = s.changes
    if ch is None:
        return []
    lb = s.labels
    prev = ch["previous"]
    out = [f"<h2>{esc(lb['changes'])}</h2>",
           f"<p>{esc(lb['previous_version'])}: {esc(lb['recorded'])} {esc(prev['recorded_at'])} "
           f'<span style="font-family:monospace;">{esc(prev["content_hash"][:12])}</span></p>',
           f"<p><b>{esc(lb['worse'] if ch['summary']['worse'] else lb['not_worse'])}</b></p>"]
    if not any(ch["risk"].values()):
        out.append(f"<p>{esc(lb['risk_none'])}</p>")
    for kind in ("added", "removed", "changed"):
        entries = ch["risk"][kind]
        if not entries:
            continue
        out += [f"<h3>{esc(lb['risk_' + kind])}</h3>", "<ul>"]
        for e in entries:
            sev, what, clause = _risk_line(s, e, kind == "changed")
            accent = PALETTE[_sev_key(e, kind == "changed")][0]
            out.append(f'<li><span style="color:{accent}; font-weight:bold;">{sev}</span> · {what}<br>'
                       f'<i style="color:#5b6068;">“{clause}”</i></li>')
        out.append("</ul>")
    out.append(f"<p>{esc(lb['clause_changes'])}: {_clause_counts(s)}</p>")
    return out


def _qt_full_text(s: Summary) -> list[str]:
    lb = s.labels

    def mark(sev: str, triggered: bool) -> str:
        p = PALETTE[sev]
        weight = " font-weight:bold;" if triggered else ""
        return f'<span style="background-color:{p[2] if triggered else p[1]};{weight}">'

    def heading(level: int, inner: str) -> str:
        n = min(max(level, 1) + 2, 6)
        return f"<h{n}>{inner}</h{n}>"

    legend = " ".join(f'<span style="background-color:{PALETTE[k][2]};">&nbsp;{esc(s.severity_label(k))}&nbsp;</span>'
                      for k in SEVERITIES)
    body = _full_text_blocks(s, mark, "</span>", heading, ("<ul>", "</ul>"), "<p>{}</p>")
    return [f'<h2 style="page-break-before: always;">{esc(lb["full_text"])}</h2>',
            f"<p>{esc(lb['legend'])}: {legend}</p>", body]


def render_qt_html(s: Summary) -> str:
    """HTML for QTextDocument (the PDF writer): inline styles and tables instead of modern CSS."""
    lb = s.labels
    meta = "".join(f'<tr><td style="color:#5b6068; padding-right:12px;">{esc(k)}</td><td>{v}</td></tr>'
                   for k, v in _meta_rows(s))
    counts = " &nbsp; ".join(
        f'<span style="background-color:{PALETTE[k][1]}; color:{PALETTE[k][0]};">&nbsp;<b>{n}</b> '
        f"{esc(s.severity_label(k))}&nbsp;</span>" for k, n in s.counts.items() if n) or "0"
    grade_bg = GRADE_COLOURS.get(s.grade, "#5b6068")
    parts = [
        "<html><head><meta charset=\"utf-8\"><style>"
        "h1 { font-size: 20pt; margin-bottom: 6px; } h2 { font-size: 15pt; margin-top: 18px; color: #1d1f23; }"
        "h3 { font-size: 12pt; margin-top: 12px; } h4, h5, h6 { font-size: 10.5pt; }"
        "code { font-family: monospace; }"
        "</style></head><body>",
        f'<p style="color:#5b6068; font-size:9pt;">{esc(lb["summary_of"].upper())}</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<table cellspacing="0" cellpadding="1" style="font-size:9pt;">{meta}</table>',
        '<table cellspacing="0" cellpadding="8" style="margin-top:12px;"><tr>'
        f'<td bgcolor="{grade_bg}" align="center" width="60"><span style="color:#ffffff; font-size:26pt; '
        f'font-weight:bold;">{esc(s.grade)}</span><br><span style="color:#ffffff; font-size:8pt;">'
        f'{esc(lb["grade"])}</span></td>'
        f'<td><p>{counts}</p><p style="color:#5b6068; font-size:9pt;">{esc(lb["grade_note"])}</p></td>'
        "</tr></table>",
    ]
    parts += _qt_changes(s)
    if s.risks:
        parts += _qt_groups(s, lb["risks"], s.risks)
    else:
        parts += [f"<h2>{esc(lb['risks'])}</h2>", f"<p>{esc(lb['no_findings'])}</p>"]
    if s.good:
        parts += _qt_groups(s, lb["good_points"], s.good)
    if s.noteworthy:
        parts += _qt_groups(s, lb["noteworthy"], s.noteworthy)
    if s.include_text:
        parts += _qt_full_text(s)
    parts += [f'<p style="color:#5b6068; font-size:8pt; margin-top:18px;">{esc(lb["generated_by"])}</p>',
              "</body></html>"]
    return "\n".join(parts)
