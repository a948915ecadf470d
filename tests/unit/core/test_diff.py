"""Tests of the clause diff, word changes, risk delta, JSON shape and rendering."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tosreader.core.analysis import Analysis, analyze, get_ruleset
from tosreader.core.diff import (
    DocumentDiff,
    align,
    diff_documents,
    diff_texts,
    render,
    strip_label,
    units_from_texts,
    word_diff,
)
from tosreader.core.engine import Finding
from tosreader.core.grade import grade
from tosreader.core.loaders import load_text
from tosreader.core.rules import Explanation
from tosreader.core.severity import Severity

SECTIONS = {
    "scope": "Scope\n\nThese terms cover the app and the website. They apply from the day you sign up.",
    "account": "Your account\n\nKeep your password secret. Tell us at once if someone else uses your account.",
    "payment": "Payment\n\nSubscriptions are billed every month. Prices include tax where the law requires it.",
    "ending": "Ending the contract\n\nYou can close your account whenever you like. Closing it ends these terms.",
}


def _doc(*names: str, numbered: bool = False) -> str:
    parts = []
    for n, name in enumerate(names, start=1):
        heading, body = SECTIONS[name].split("\n\n")
        if numbered:
            heading = f"{n}. {heading}"
            body = " ".join(f"{n}.{k} {s}." for k, s in enumerate(body.rstrip(".").split(". "), start=1))
        parts.append(f"{heading}\n\n{body}")
    return "\n\n".join(parts)


def _statuses(diff: DocumentDiff) -> list[str]:
    return [c.status for c in diff.clauses]


def _covers_every_clause_once(diff: DocumentDiff, n_old: int, n_new: int) -> None:
    olds = sorted(i for c in diff.clauses for i in c.old_clauses)
    news = sorted(j for c in diff.clauses for j in c.new_clauses)
    assert olds == list(range(n_old))
    assert news == list(range(n_new))


def test_identical_texts_are_all_unchanged() -> None:
    text = _doc("scope", "account", "payment")
    diff = diff_texts(text, text)
    assert set(_statuses(diff)) == {"unchanged"}
    assert diff.identical and not diff.worse and not diff.better
    assert diff.risk_compared and not diff.risk_added and not diff.risk_removed


def test_whitespace_and_quote_noise_is_unchanged() -> None:
    old = "We’re glad you’re here. You must be 16 or older."
    new = "We're glad   you're here.  You must be 16 or older."
    assert set(_statuses(diff_texts(old, new, risk=False))) == {"unchanged"}


def test_added_and_removed_clauses() -> None:
    old = _doc("scope", "account", "payment")
    new = _doc("scope", "payment", "ending")
    diff = diff_texts(old, new, risk=False)
    removed = [c.old_text for c in diff.clauses if c.status == "removed"]
    added = [c.new_text for c in diff.clauses if c.status == "added"]
    assert "Keep your password secret." in removed
    assert "You can close your account whenever you like." in added
    assert all(c.new_start is None for c in diff.clauses if c.status == "removed")
    counts = diff.counts()
    assert counts["removed"] == 3 and counts["added"] == 3 and counts["unchanged"] == 6


def test_renumbered_sections_are_the_same_clauses() -> None:
    old = _doc("scope", "account", "payment", numbered=True)
    new = _doc("scope", "ending", "account", "payment", numbered=True)  # account 2 -> 3, payment 3 -> 4
    diff = diff_texts(old, new, risk=False)
    renumbered = [c for c in diff.clauses if c.renumbered]
    assert renumbered and all(c.status == "unchanged" for c in renumbered)
    texts = {(c.old_text, c.new_text) for c in renumbered}
    assert ("2.1 Keep your password secret.", "3.1 Keep your password secret.") in texts
    assert ("3. Payment", "4. Payment") in texts
    assert diff.counts()["added"] == 3  # only the new section
    assert diff.counts()["removed"] == 0
    label_change = next(c for c in renumbered if c.old_text == "3. Payment").words
    assert [(w.op, w.old, w.new) for w in label_change if w.op != "equal"] == [("replace", "3", "4")]


@pytest.mark.parametrize(("text", "key", "label"), [
    ("5.2 You may cancel.", "You may cancel.", "5.2"),
    ("§ 3 Haftung", "Haftung", "§ 3"),
    ("(b) the fees;", "the fees;", "(b)"),
    ("12. Disputes", "Disputes", "12."),
    ("30 days notice applies.", "30 days notice applies.", ""),  # a number, not a label
    ("D.7. Termination", "Termination", "D.7."),
])
def test_strip_label(text: str, key: str, label: str) -> None:
    assert strip_label(text) == (key, label)


def test_moved_section_is_moved_not_removed_and_added() -> None:
    old = _doc("scope", "account", "payment", "ending")
    new = _doc("scope", "ending", "account", "payment")
    diff = diff_texts(old, new, risk=False)
    assert diff.counts()["added"] == 0 and diff.counts()["removed"] == 0
    moved = [c for c in diff.clauses if c.status == "moved"]
    assert {c.new_text for c in moved} >= {"Ending the contract", "Closing it ends these terms."}
    assert all(c.old_text == c.new_text and c.similarity == 1.0 for c in moved)
    # Listed in the new order.
    starts = [c.new_start for c in diff.clauses if c.new_start is not None]
    assert starts == sorted(starts)
    _covers_every_clause_once(diff, diff.old_meta["clauses"], diff.new_meta["clauses"])


def test_moved_and_reworded_clause() -> None:
    old = [f"Clause number {n} says something specific about topic {n}." for n in range(12)]
    old.append("We may suspend your account if you break these rules.")
    new = ["We may suspend your account if you seriously break these rules."] + old[:12]
    changes = align(units_from_texts(old), units_from_texts(new))
    moved = [c for c in changes if c.status == "moved"]
    assert len(moved) == 1
    assert 0.8 <= moved[0].similarity < 1.0
    assert [w.new for w in moved[0].words if w.op == "insert"] == ["seriously"]


def test_reworded_clause_has_word_changes_with_offsets() -> None:
    old = "Intro sentence here. We may share your data with partners. Closing words here."
    new = "Intro sentence here. We will never share your data with advertisers. Closing words here."
    old_doc, new_doc = load_text(old), load_text(new)
    diff = diff_documents(old_doc, new_doc, risk=False)
    changed = [c for c in diff.clauses if c.status == "changed"]
    assert len(changed) == 1
    c = changed[0]
    assert c.old_text == "We may share your data with partners."
    assert 0.55 <= c.similarity < 1
    ops = [(w.op, w.old, w.new) for w in c.words if w.op != "equal"]
    assert ops == [("replace", "may", "will never"), ("replace", "partners", "advertisers")]
    for w in c.words:
        assert old_doc.text[w.old_start : w.old_end] == w.old
        assert new_doc.text[w.new_start : w.new_end] == w.new


def test_sentence_split_is_one_change() -> None:
    old = "Intro here. You may cancel at any time, and we will refund the unused part of your fee. End here."
    new = "Intro here. You may cancel at any time. We will refund the unused part of your fee. End here."
    diff = diff_texts(old, new, risk=False)
    assert _statuses(diff) == ["unchanged", "changed", "unchanged"]
    split = diff.clauses[1]
    assert len(split.old_clauses) == 1 and len(split.new_clauses) == 2
    assert split.similarity > 0.9


def test_sentence_merge_is_one_change() -> None:
    old = "Intro here. You may cancel at any time. We will refund the unused part of your fee. End here."
    new = "Intro here. You may cancel at any time, and we will refund the unused part of your fee. End here."
    diff = diff_texts(old, new, risk=False)
    assert _statuses(diff) == ["unchanged", "changed", "unchanged"]
    merged = diff.clauses[1]
    assert len(merged.old_clauses) == 2 and len(merged.new_clauses) == 1
    assert merged.old_text.startswith("You may cancel") and merged.old_text.endswith("fee.")


def test_unrelated_rewrite_is_removed_and_added() -> None:
    old = "Intro here. The weather in spring is usually mild. End here."
    new = "Intro here. Arbitration panels sit in Delaware on Tuesdays. End here."
    assert _statuses(diff_texts(old, new, risk=False)) == ["unchanged", "removed", "added", "unchanged"]


# -- risk delta ------------------------------------------------------------------------------------------

AI_RISK = "We may use your content to train AI models."
AI_DENIED = "We do not use your content to train AI models."


def test_negation_flip_removes_the_risk_and_adds_a_good_point() -> None:
    old = f"Welcome to the service. {AI_RISK} Thanks for reading."
    new = f"Welcome to the service. {AI_DENIED} Thanks for reading."
    diff = diff_texts(old, new)
    assert [(r.rule, r.severity) for r in diff.risk_removed] == [("en.ai_training.use_for_training", "high")]
    assert [(r.rule, r.severity) for r in diff.risk_added] == [("en.ai_training.use_for_training", "good")]
    assert diff.risk_removed[0].clause == AI_RISK
    assert diff.risk_added[0].clause == AI_DENIED
    # Both link to the same changed clause of the diff.
    linked = diff.clauses[diff.risk_added[0].diff_index]
    assert linked.status == "changed" and diff.risk_removed[0].diff_index == diff.risk_added[0].diff_index
    assert diff.better and not diff.worse


def test_reverse_flip_is_worse() -> None:
    diff = diff_texts(f"Hello there. {AI_DENIED}", f"Hello there. {AI_RISK}")
    assert [r.severity for r in diff.risk_added] == ["high"]
    assert [r.severity for r in diff.risk_removed] == ["good"]
    assert diff.worse


def test_mitigation_is_a_severity_change() -> None:
    diff = diff_texts(f"Hello there. {AI_RISK}", "Hello there. Only with your consent, we may use your "
                      "content to train AI models.")
    assert not diff.risk_added and not diff.risk_removed
    assert [(r.old_severity, r.new_severity) for r in diff.risk_changed] == [("high", "info")]
    assert diff.better and not diff.worse


def test_unchanged_risky_clause_is_not_a_risk_change() -> None:
    diff = diff_texts(f"Hello there. {AI_RISK} Bye.", f"Hello again. {AI_RISK} Bye.")
    assert not (diff.risk_added or diff.risk_removed or diff.risk_changed)


def test_rewritten_risky_clause_that_still_fires_is_not_news() -> None:
    old = f"Hello there. {AI_RISK}"
    new = "Hello there. Material you upload can be used for training machine-learning algorithms."
    diff = diff_texts(old, new)
    assert not diff.risk_added and not diff.risk_removed


def _finding(doc_text: str, clause: int, severity: Severity, start: int, end: int,
             rule: str = "test.rule") -> Finding:
    return Finding(rule, "test", severity, "A test risk", Explanation("w", "y", "a"), start, end,
                   start, end, doc_text[start:end], clause)


def test_severity_increase_on_an_aligned_clause_is_worse() -> None:
    old_doc, new_doc = load_text("First clause here. Second clause."), load_text("First clause here. Second clause!")
    ruleset = get_ruleset("en")
    old_a = analyze(old_doc, "en")
    new_a = analyze(new_doc, "en")
    old_f = [_finding(old_doc.text, 1, Severity.LOW, old_doc.clauses[1].start, old_doc.clauses[1].end)]
    new_f = [_finding(new_doc.text, 1, Severity.HIGH, new_doc.clauses[1].start, new_doc.clauses[1].end)]
    old_a = Analysis(old_doc, "en", old_f, grade(old_f), ruleset)
    new_a = Analysis(new_doc, "en", new_f, grade(new_f), ruleset)
    diff = diff_documents(old_doc, new_doc, old_analysis=old_a, new_analysis=new_a)
    assert [(r.old_severity, r.new_severity, r.clause) for r in diff.risk_changed] == [
        ("low", "high", "Second clause!")]
    assert diff.worse


def test_a_second_rule_joining_or_leaving_a_flagged_clause_is_no_news() -> None:
    # The reader sees one entry per category and clause; only the entry appearing, going or changing
    # severity is a change ("worse" must not fire because a second rule now also matches).
    old_doc, new_doc = load_text("First clause here. Second clause."), load_text("First clause here. Second clause!")
    ruleset = get_ruleset("en")
    analyze(old_doc, "en"), analyze(new_doc, "en")  # segments them
    o, n = old_doc.clauses[1], new_doc.clauses[1]
    one = [_finding(old_doc.text, 1, Severity.MEDIUM, o.start, o.end, "test.rule_a")]
    two = [_finding(new_doc.text, 1, Severity.MEDIUM, n.start, n.end, "test.rule_a"),
           _finding(new_doc.text, 1, Severity.MEDIUM, n.start, n.end, "test.rule_b")]
    old_a = Analysis(old_doc, "en", one, grade(one), ruleset)
    new_a = Analysis(new_doc, "en", two, grade(two), ruleset)
    diff = diff_documents(old_doc, new_doc, old_analysis=old_a, new_analysis=new_a)
    assert not (diff.risk_added or diff.risk_removed or diff.risk_changed) and not diff.worse
    back = diff_documents(new_doc, old_doc, old_analysis=new_a, new_analysis=old_a)
    assert not (back.risk_added or back.risk_removed or back.risk_changed) and not back.better
    # The entry's severity is its most severe finding's: a high second rule makes the entry worse.
    two[1] = _finding(new_doc.text, 1, Severity.HIGH, n.start, n.end, "test.rule_b")
    new_a = Analysis(new_doc, "en", two, grade(two), ruleset)
    diff = diff_documents(old_doc, new_doc, old_analysis=old_a, new_analysis=new_a)
    assert [(r.rule, r.old_severity, r.new_severity) for r in diff.risk_changed] == [
        ("test.rule_b", "medium", "high")]
    assert diff.worse


def test_a_rewritten_clause_that_keeps_one_of_its_rules_is_a_severity_change() -> None:
    # Old entry {A high, B medium}; the clause is rewritten beyond recognition and only B fires: the
    # entry went from high to medium (better), not "A removed" plus "B new" (which read as worse).
    old_doc = load_text("First clause here. We can end the deal whenever we wish.")
    new_doc = load_text("First clause here. Totally rewritten wording about something else entirely.")
    ruleset = get_ruleset("en")
    analyze(old_doc, "en"), analyze(new_doc, "en")  # segments them

    o, n = old_doc.clauses[1], new_doc.clauses[1]
    old_f = [_finding(old_doc.text, 1, Severity.HIGH, o.start, o.end, "test.rule_a"),
             _finding(old_doc.text, 1, Severity.MEDIUM, o.start, o.end, "test.rule_b")]
    new_f = [_finding(new_doc.text, 1, Severity.MEDIUM, n.start, n.end, "test.rule_b")]
    diff = diff_documents(old_doc, new_doc, old_analysis=Analysis(old_doc, "en", old_f, grade(old_f), ruleset),
                          new_analysis=Analysis(new_doc, "en", new_f, grade(new_f), ruleset))
    assert not diff.risk_added and not diff.risk_removed
    assert [(r.old_severity, r.new_severity) for r in diff.risk_changed] == [("high", "medium")]
    assert diff.better and not diff.worse


def test_german_documents_diff() -> None:
    old = "§ 1 Geltung\n\nDiese Bedingungen gelten für die App. Wir dürfen sie jederzeit ändern."
    new = "§ 1 Geltung\n\nDiese Bedingungen gelten für die App und die Website. Wir dürfen sie jederzeit ändern."
    diff = diff_texts(old, new)
    assert diff.new_meta["language"] == "de"
    assert diff.counts()["changed"] == 1


# -- JSON and rendering ---------------------------------------------------------------------------------

def test_json_shape() -> None:
    diff = diff_texts(f"Hello there. {AI_RISK}", f"Hello there. {AI_DENIED} New clause added here.")
    data = json.loads(render(diff, "json"))
    assert set(data) == {"old", "new", "clauses", "risk", "summary"}
    assert {"title", "source", "language", "grade"} <= set(data["old"])
    for c in data["clauses"]:
        assert c["status"] in {"added", "removed", "changed", "moved", "unchanged"}
        assert {"old_text", "new_text", "old_start", "old_end", "new_start", "new_end", "similarity",
                "words"} <= set(c)
        for w in c["words"]:
            assert w["op"] in {"equal", "insert", "delete", "replace"} and {"old", "new"} <= set(w)
    assert set(data["risk"]) == {"added", "removed", "changed"}
    for item in data["risk"]["added"] + data["risk"]["removed"]:
        assert {"rule", "category", "severity", "title", "clause"} <= set(item)
    summary = data["summary"]
    assert {"added", "removed", "changed", "moved", "unchanged", "worse"} <= set(summary)
    assert summary["added"] == 1 and summary["worse"] is False


def test_text_and_markdown_list_risk_changes_first() -> None:
    diff = diff_texts(f"Hello there. {AI_DENIED}", f"Hello there. {AI_RISK}")
    text = render(diff, "text")
    assert text.index("New: Your content or data may train AI models — high") < text.index("Clause changes")
    assert "[-do not-]{+may+}" in text
    md = render(diff, "md")
    assert md.startswith("# Changes")
    assert "- New: Your content or data may train AI models — high" in md
    assert "~~do not~~**may**" in md


def test_word_diff_rebuilds_the_new_text() -> None:
    old, new = "a quick brown fox, it said.", "the quick red fox said it."
    ops = word_diff(old, new)
    assert "".join(w.new + w.space_after for w in ops if w.op != "delete") == new
    assert [w.old for w in ops if w.old] == [old[w.old_start : w.old_end] for w in ops if w.old]
    assert ("replace", "brown", "red") in [(w.op, w.old, w.new) for w in ops]


# -- invariants ------------------------------------------------------------------------------------------

WORDS = "we may use share your data content account service terms fees notice cancel court law".split()


@st.composite
def edited_documents(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    rnd = random.Random(draw(st.integers(0, 10_000)))
    old = [" ".join(rnd.choices(WORDS, k=rnd.randint(3, 12))).capitalize() + "." for _ in range(rnd.randint(0, 25))]
    new = list(old)
    for _ in range(draw(st.integers(0, 8))):
        op = rnd.choice(["insert", "delete", "edit", "move"])
        if op == "insert" or not new:
            new.insert(rnd.randint(0, len(new)), " ".join(rnd.choices(WORDS, k=6)).capitalize() + ".")
        elif op == "delete":
            new.pop(rnd.randrange(len(new)))
        elif op == "edit":
            k = rnd.randrange(len(new))
            new[k] = new[k].rstrip(".") + " " + rnd.choice(WORDS) + "."
        else:
            new.insert(rnd.randint(0, len(new) - 1), new.pop(rnd.randrange(len(new))))
    return old, new


@settings(max_examples=60, deadline=None)
@given(edited_documents())
def test_every_clause_appears_exactly_once(docs: tuple[list[str], list[str]]) -> None:
    old, new = docs
    changes = align(units_from_texts(old), units_from_texts(new))
    olds = sorted(i for c in changes for i in c.old_clauses)
    news = sorted(j for c in changes for j in c.new_clauses)
    assert olds == list(range(len(old)))
    assert news == list(range(len(new)))
    for c in changes:
        if c.status == "unchanged":
            assert strip_label(c.old_text)[0] == strip_label(c.new_text)[0]
        if c.status == "added":
            assert not c.old_clauses and c.new_clauses
        if c.status == "removed":
            assert c.old_clauses and not c.new_clauses


def test_large_rewrite_stays_complete() -> None:
    rnd = random.Random(7)
    old = [" ".join(rnd.choices(WORDS, k=10)) + "." for _ in range(400)]
    new = [" ".join(rnd.choices(WORDS, k=10)) + "." for _ in range(500)]
    changes = align(units_from_texts(old), units_from_texts(new))
    assert sorted(i for c in changes for i in c.old_clauses) == list(range(400))
    assert sorted(j for c in changes for j in c.new_clauses) == list(range(500))
