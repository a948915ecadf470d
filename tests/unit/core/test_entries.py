"""Entries: two rules of one category on a clause are listed once, in the text, Markdown and HTML
summaries as in the findings list, with every rule that fired named; counts count what is listed."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from markdown_it import MarkdownIt

from tests.golden.export_fixture import fixed_analysis
from tosreader.core.analysis import Analysis, analyze
from tosreader.core.entries import entries, entry_counts, entry_key
from tosreader.core.export import build_summary, render
from tosreader.core.grade import grade
from tosreader.core.loaders import load_text
from tosreader.core.severity import Severity

CLAUSE = ("Lantern Notes has the right to suspend or terminate your access to the notebook app at any time, "
          "for any reason.")
TERMS = f"Lantern Notes terms\n\n{CLAUSE}\n\nYou can export your notebooks as plain files whenever you like.\n"
RULES = ("en.unilateral_termination.may_terminate", "en.unilateral_termination.plain_termination")


def _analysis() -> Analysis:
    a = analyze(load_text(TERMS, title="Lantern Notes terms"), language="en")
    on_clause = [f for f in a.findings if f.category == "unilateral_termination"]
    # the premise: both rules fire on the one clause (if a rule edit changes that, pick another pair)
    assert sorted(f.rule for f in on_clause) == sorted(RULES), [f.rule for f in a.findings]
    assert len({(f.start, f.end) for f in on_clause}) == 1
    return a


def _counts_shown(line: str) -> dict[str, int]:
    return {sev: int(n) for n, sev in re.findall(r"(\d+) (high|medium|low|info|good)", line)}


def test_entries_group_by_clause_and_category_most_severe_first() -> None:
    a = fixed_analysis()
    binding = next(f for f in a.findings if f.rule == "en.arbitration.binding")
    plain = next(f for f in a.findings if f.rule == "en.arbitration.plain")
    listed = entries(reversed(a.findings))  # the order of the input does not choose the lead
    assert [binding, plain] in listed
    assert len(listed) == len(a.findings) - 1
    assert entry_counts(a.findings) == {"high": 2, "medium": 2, "low": 1, "info": 1, "good": 1}
    # a good point on the same clause and category, or another category there, is an entry of its own
    good = replace(plain, rule="en.arbitration.optout", severity=Severity.GOOD)
    other = replace(plain, rule="en.class_action.waiver", category="class_action")
    assert len({entry_key(f) for f in (binding, plain, good, other)}) == 3
    assert len(entries([binding, plain, good, other])) == 3


def test_grade_counts_the_shared_clause_once() -> None:
    a = fixed_analysis()
    without = [f for f in a.findings if f.rule != "en.arbitration.plain"]
    assert grade(a.findings) == grade(without)


def test_text_lists_the_clause_once_with_both_rules() -> None:
    a = _analysis()
    out = render(a, "text")
    assert out.count(CLAUSE) == 1
    assert all(rule in out for rule in RULES)
    assert "Also on this clause:\n    [HIGH] " in out
    headers = [line for line in out.splitlines() if re.match(r"\[(HIGH|MEDIUM|LOW|INFO|GOOD)\] ", line)]
    assert len(headers) == len(entries(a.findings)) < len(a.findings)
    shown = _counts_shown(next(line for line in out.splitlines() if "Findings:" in line))
    assert shown == {k: n for k, n in entry_counts(a.findings).items() if n}
    assert sum(shown.values()) == len(headers)


def test_markdown_lists_the_clause_once_with_both_rules() -> None:
    a = _analysis()
    md = render(a, "md")
    tokens = MarkdownIt("commonmark").parse(md)
    quotes = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert quotes.count(CLAUSE) == 1 and len(quotes) == len(entries(a.findings))
    codes = [c.content for t in tokens if t.type == "inline" for c in (t.children or []) if c.type == "code_inline"]
    assert all(codes.count(rule) == 1 for rule in RULES)
    assert "Also on this clause" in md
    shown = _counts_shown(next(line for line in md.splitlines() if "**Findings:**" in line))
    assert sum(shown.values()) == len(quotes)
    assert build_summary(a).counts == entry_counts(a.findings)


def test_html_lists_the_clause_once_with_both_rules() -> None:
    a = _analysis()
    page = render(a, "html")
    articles = re.findall(r'<article class="finding.*?</article>', page)
    assert len(articles) == len(entries(a.findings))
    tail = "to the notebook app at any time, for any reason."  # the clause after the matched words
    assert page.count(tail) == 1
    shared = [art for art in articles if tail in art]
    assert len(shared) == 1 and all(f"<code>{rule}</code>" in shared[0] for rule in RULES)
    counts = dict((sev, int(n)) for sev, n in re.findall(r'<li class="sev-(\w+)"><span class="n">(\d+)</span>', page))
    assert sum(counts.values()) == len(articles)


def test_json_keeps_every_finding_and_ties_the_pair_together() -> None:
    a = _analysis()
    data = json.loads(render(a, "json"))
    assert len(data["findings"]) == len(a.findings)
    pair = [f for f in data["findings"] if f["rule"] in RULES]
    assert len(pair) == 2 and pair[0]["entry"] == pair[1]["entry"]
    assert len({f["entry"] for f in data["findings"]}) == len(entries(a.findings))
    assert sum(data["counts"].values()) == len(a.findings)
    assert data["entry_counts"] == entry_counts(a.findings)
