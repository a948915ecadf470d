"""The rule engine: negation, good variants, mitigation, subject, heading, near, lead-in, keyword index."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tosreader.core.analysis import analyze, get_ruleset, rules_dir
from tosreader.core.engine import Engine, Finding
from tosreader.core.errors import RulePackError
from tosreader.core.loaders import load_text
from tosreader.core.rules import RuleSet, load_ruleset
from tosreader.core.severity import Severity

EXPLANATION = '''
[rules.explanation]
what = "What it says."
why = "Why it matters."
action = "What to do."
'''

PACK = '''[pack]
id = "engine-test"
language = "en"
version = "1.0.0"

[[rules]]
id = "en.ai_training.train"
category = "ai_training"
severity = "high"
title = "Trains AI on your content"
keywords = ["train"]
patterns = ['\\b(?:use|uses)\\s+(?:\\w+\\s+){0,4}to\\s+train\\b']
mitigated_by = ['{{consent}}']
mitigated_severity = "low"
examples.match = ["We use your files to train models."]
examples.no_match = ["We do not use your files to train models."]
when_negated = { title = "No AI training", explanation = { what = "No training.", why = "Good.", action = "None." } }
''' + EXPLANATION + '''
[[rules]]
id = "en.content_removal.provider_removes"
category = "content_removal"
severity = "medium"
title = "Removes content"
keywords = ["remov"]
subject = "provider"
patterns = ['\\bmay\\s+remove\\b']
examples.match = ["We may remove posts."]
examples.no_match = ["You may remove posts."]
''' + EXPLANATION + '''
[[rules]]
id = "en.limitation_of_liability.under_heading"
category = "limitation_of_liability"
severity = "medium"
title = "Listed loss"
keywords = ["loss"]
heading = ['\\bliability\\b']
patterns = ['\\bloss\\s+of\\s+data\\b']
examples.match = ["Liability\\n\\nloss of data"]
examples.no_match = ["Backups\\n\\nloss of data"]
''' + EXPLANATION + '''
[[rules]]
id = "en.limitation_of_liability.under_apostrophe_heading"
category = "limitation_of_liability"
severity = "low"
title = "Not covered"
keywords = ["outage"]
heading = ["\\\\bwhat\\\\s+we\\\\s+don't\\\\s+cover\\\\b"]
patterns = ['\\boutages?\\b']
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_change.near_notice"
category = "unilateral_change"
severity = "medium"
title = "Change without notice"
keywords = ["chang"]
patterns = ['\\bchange\\s+the\\s+price\\b']
near = { patterns = ['\\bwithout\\s+notice\\b'], within = 30 }
examples.match = ["We change the price without notice."]
examples.no_match = ["We change the price, as explained in the long section on notices below, without notice."]
''' + EXPLANATION + '''
[[rules]]
id = "en.limitation_of_liability.each_loss"
category = "limitation_of_liability"
severity = "medium"
title = "Excluded loss"
keywords = ["loss"]
each_match = true
patterns = ['\\bloss\\s+of\\s+\\w+']
unless_near = { patterns = ['\\bcaused\\s+by\\s+us\\b'], within = 15 }
examples.match = ["We exclude loss of profit; loss of data."]
examples.no_match = ["We pay for loss of data caused by us."]
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_termination.listed"
category = "unilateral_termination"
severity = "high"
title = "Listed ground"
lead_in = ['\\bclose\\s+your\\s+account\\b']
patterns = ['\\A\\W*(?:\\(\\w\\)\\s+)?\\w+']
negatable = false
examples.match = ["We may close your account if:\\n\\n(a) you are late;"]
examples.no_match = ["(a) you are late;"]
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_termination.close_any_time"
category = "unilateral_termination"
severity = "high"
title = "Closes accounts"
keywords = ["clos"]
patterns = ['\\bclose\\s+(?:your\\s+|the\\s+)?account\\s+at\\s+any\\s+time\\b']
unless_lead_in = ['\\byou\\s+(?:have\\s+the\\s+right|may)\\s+to\\b']
''' + EXPLANATION + '''
[[rules]]
id = "en.choice_of_law.laws_of"
category = "choice_of_law"
severity = "medium"
title = "Foreign law"
keywords = ["laws"]
patterns = ['\\bthe\\s+laws\\s+of\\s+\\w+']
unless_block = ['\\bif\\s+you\\s+live\\s+in\\b']
''' + EXPLANATION + '''
[[rules]]
id = "en.limitation_of_liability.not_liable_provider"
category = "limitation_of_liability"
severity = "medium"
title = "Not liable"
keywords = ["liabl"]
subject = "provider"
patterns = ['\\b(?:is|are)\\s+not\\s+liable\\b(?:\\s+for\\s+gross\\s+negligence)?']
negatable = false
unless_near = { patterns = ['\\bgross'], within = 0 }
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_termination.terminate_what"
category = "unilateral_termination"
severity = "high"
title = "Ends your account"
keywords = ["terminat"]
patterns = ['\\bmay\\s+terminate\\b']
followed_by = { patterns = ['\\b(?:account|membership)\\b'], within = 25 }
unless_followed_by = { patterns = ['\\bat\\s+your\\s+request\\b'] }
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_termination.suspend_unless_before"
category = "unilateral_termination"
severity = "high"
title = "Suspends access"
keywords = ["suspend"]
patterns = ['\\bmay\\s+suspend\\b']
unless_preceded_by = { patterns = ['\\brefuse\\s+cookies\\b[^.]*\\bmay\\s+suspend\\b'], within = 60 }
''' + EXPLANATION + '''
[[rules]]
id = "en.content_removal.unless_overlapping"
category = "content_removal"
severity = "medium"
title = "Deletes"
keywords = ["delete"]
patterns = ['\\bmay\\s+delete\\s+\\w+']
unless_overlapping = { patterns = ['\\bchild\\b[^.;]*\\bdelete\\s+it\\b'], within = 80 }
''' + EXPLANATION + '''
[[rules]]
id = "en.unilateral_change.two_reaches"
category = "unilateral_change"
severity = "medium"
title = "Changes the fees"
keywords = ["fees"]
patterns = ['\\bchange\\s+(?:the\\s+|its\\s+)?fees\\b']
unless_near = [{ patterns = ['\\bits\\b'], within = 0 }, { patterns = ['\\bwith\\s+your\\s+consent\\b'], within = 40 }]
''' + EXPLANATION


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    base = tmp_path_factory.mktemp("engine") / "rules"
    (base / "en").mkdir(parents=True)
    shutil.copy(rules_dir() / "categories.toml", base / "categories.toml")
    shutil.copy(rules_dir() / "en" / "language.toml", base / "en" / "language.toml")
    (base / "en" / "engine.toml").write_text(PACK, encoding="utf-8")
    return load_ruleset("en", base)


def run(ruleset: RuleSet, text: str) -> list[Finding]:
    return analyze(load_text(text), "en", ruleset=ruleset).findings


def by_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def test_plain_risk_is_found_with_offsets(ruleset: RuleSet) -> None:
    text = "We use your files to train models."
    [f] = by_rule(run(ruleset, text), "en.ai_training.train")
    assert f.severity is Severity.HIGH and not f.negated
    assert text[f.match_start : f.match_end] == f.matched
    assert f.matched.lower().startswith("use")


def test_negation_turns_risk_into_good_point(ruleset: RuleSet) -> None:
    [f] = by_rule(run(ruleset, "We do not use your audio or chats to train models."), "en.ai_training.train")
    assert f.severity is Severity.GOOD and f.negated and f.title == "No AI training"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u00b4", "\u02bc"])
def test_negation_with_a_typographic_apostrophe_denies(ruleset: RuleSet, apostrophe: str) -> None:
    # Web pages write "don\u2019t"; the profile's cues are written "don't".
    text = f"We don{apostrophe}t use your call recordings to train models."
    [f] = by_rule(run(ruleset, text), "en.ai_training.train")
    assert f.severity is Severity.GOOD and f.negated
    assert f.matched == text[f.match_start : f.match_end]  # the document's own characters


def test_a_non_breaking_hyphen_reads_as_a_hyphen() -> None:
    # "non\u2011exclusive" from a web page: the fair reading ("which means you can also …") must still apply.
    text = ("The courts of Dublin have non\u2011exclusive jurisdiction, which means you can also bring a claim "
            "in the courts of your own country.")
    found = analyze(load_text(text), "en", ruleset=get_ruleset("en", include_user=False)).findings
    assert [f.severity for f in found if f.category == "jurisdiction"] == [Severity.INFO]


def test_matched_words_keep_the_documents_apostrophes() -> None:
    builtin = get_ruleset("en", include_user=False)
    text = "We aren\u2019t responsible for files you lose."
    [f] = by_rule(analyze(load_text(text), "en", ruleset=builtin).findings,
                  "en.limitation_of_liability.not_liable")
    assert f.matched == "aren\u2019t responsible" == text[f.match_start : f.match_end]
    [g] = by_rule(Engine(builtin).evaluate_text(text), "en.limitation_of_liability.not_liable")
    assert g.matched == f.matched


def test_negation_scope_ends_at_but(ruleset: RuleSet) -> None:
    findings = by_rule(run(ruleset, "We never sell data, but we use your files to train models."),
                       "en.ai_training.train")
    assert [f.severity for f in findings] == [Severity.HIGH]


def test_mitigation_lowers_severity(ruleset: RuleSet) -> None:
    [f] = by_rule(run(ruleset, "We use your files to train models only with your consent."),
                  "en.ai_training.train")
    assert f.mitigated and f.severity is Severity.LOW


def test_subject_provider_only(ruleset: RuleSet) -> None:
    assert by_rule(run(ruleset, "We may remove posts."), "en.content_removal.provider_removes")
    assert not by_rule(run(ruleset, "You may remove posts."), "en.content_removal.provider_removes")
    # passive voice, no actor named: the provider is assumed
    assert by_rule(run(ruleset, "Old posts may remove nothing."), "en.content_removal.provider_removes")


def test_subject_third_party_is_not_the_provider(ruleset: RuleSet) -> None:
    assert not by_rule(run(ruleset, "The merchant may remove posts."), "en.content_removal.provider_removes")
    assert not by_rule(run(ruleset, "Other users may remove posts."), "en.content_removal.provider_removes")


def test_heading_condition(ruleset: RuleSet) -> None:
    assert by_rule(run(ruleset, "# Liability\n\nloss of data\n"), "en.limitation_of_liability.under_heading")
    assert not by_rule(run(ruleset, "# Backups\n\nloss of data\n"), "en.limitation_of_liability.under_heading")


def test_near_window(ruleset: RuleSet) -> None:
    assert by_rule(run(ruleset, "We change the price without notice."), "en.unilateral_change.near_notice")
    far = "We change the price, as explained in the long section on notices below, without notice."
    assert not by_rule(run(ruleset, far), "en.unilateral_change.near_notice")


def test_lead_in_gives_list_items_their_meaning(ruleset: RuleSet) -> None:
    text = "We may close your account if:\n\n(a) you are late;\n\n(b) you break the rules."
    findings = by_rule(run(ruleset, text), "en.unilateral_termination.listed")
    quoted = [text[f.start : f.end] for f in findings]
    assert quoted == ["(a) you are late;", "(b) you break the rules."]
    other = "We may send you a newsletter if:\n\n(a) you are late;"
    assert not by_rule(run(ruleset, other), "en.unilateral_termination.listed")


def test_lead_in_stops_at_a_new_section(ruleset: RuleSet) -> None:
    text = "# Accounts\n\nWe may close your account if:\n\n# Payments\n\n(a) you are late;"
    assert not by_rule(run(ruleset, text), "en.unilateral_termination.listed")


def test_lead_in_reaches_to_the_end_of_its_list_only(ruleset: RuleSet) -> None:
    rule = "en.unilateral_termination.listed"
    text = ("We may close your account if:\n\n(a) you are late;\n\n(b) you cheat, or\n\n"
            "you share your password.\n\nWe love our members.\n\n- A dash item after the list.")
    flagged = [text[f.start : f.end] for f in by_rule(run(ruleset, text), rule)]
    assert flagged == ["(a) you are late;", "(b) you cheat, or", "you share your password."]  # then it ends
    bullets = "We may close your account if:\n\n- you are late\n\n- you cheat\n\n3. you lie"
    assert len(by_rule(run(ruleset, bullets), rule)) == 3
    same_paragraph = "We may close your account if: (a) you are late; (b) you cheat. It happens. Then we act."
    assert len(by_rule(run(ruleset, same_paragraph), rule)) == 4  # inline: the paragraph is the list


def test_evaluate_text_takes_a_lead_in(ruleset: RuleSet) -> None:
    engine = Engine(ruleset)
    hits = engine.evaluate_text("(a) you are late;", lead_in="We may close your account if:")
    assert any(f.rule == "en.unilateral_termination.listed" for f in hits)
    assert not any(f.rule == "en.unilateral_termination.listed" for f in engine.evaluate_text("(a) late;"))


def test_keyword_index_skips_clauses_without_keywords(ruleset: RuleSet) -> None:
    engine = Engine(ruleset)
    train = next(i for i, r in enumerate(ruleset.rules) if r.id == "en.ai_training.train")
    assert train in engine._keywords["train"]
    words, masks = engine._word_rules({"training", "retrain", "apple"})
    assert train in words["training"] and train in words["retrain"] and "apple" not in words
    # the prefilter literal "train" of the rule's pattern is marked in both words, not in "apple"
    bit = 1 << engine._literals.index("train")
    assert masks["training"] & bit and masks["retrain"] & bit and "apple" not in masks


def test_a_heading_condition_reads_typographic_apostrophes(ruleset: RuleSet) -> None:
    rule = "en.limitation_of_liability.under_apostrophe_heading"
    assert by_rule(run(ruleset, "# What we don\u2019t cover\n\nOutages of the network.\n"), rule)
    assert not by_rule(run(ruleset, "# What we cover\n\nOutages of the network.\n"), rule)


def test_headings_themselves_are_not_findings(ruleset: RuleSet) -> None:
    assert not run(ruleset, "# We may remove posts\n\nNothing else here.\n")


# -- properties on the real English rules ---------------------------------------------------------

ENGLISH = get_ruleset("en", include_user=False)
WORDS = ["we", "may", "not", "you", "terminate", "account", "liable", "arbitration", "law", "courts",
         "remove", "content", "change", "terms", "by", "using", "agree", "if:", "(a)", "loss", "of",
         "data", ";", ".", ",", "\n", "\n\n", "#", "É", "ß", "“", "\u200b", "\t", "  "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)))
def test_no_text_makes_analyze_raise_and_offsets_are_inside(text: str) -> None:
    try:
        document = load_text(text)
    except Exception as exc:  # the loader may refuse empty text; that is not the engine's business
        assert exc.__class__.__name__ == "LoadError"
        return
    analysis = analyze(document, "en", ruleset=ENGLISH)
    n = len(analysis.document.text)
    for f in analysis.findings:
        assert 0 <= f.start <= f.match_start < f.match_end <= f.end <= n
        assert analysis.document.text[f.match_start : f.match_end] == f.matched


def test_prefix_keyword_only_wakes_words_starting_with_it(ruleset: RuleSet) -> None:
    engine = Engine(ruleset)
    engine._keywords = {"^clos": [0], "train": [1]}
    engine._build_prefilter()
    words, _ = engine._word_rules({"close", "closure", "disclose", "retrain", "enclosed"})
    assert set(words) == {"close", "closure", "retrain"}
    assert words["close"] == frozenset({0}) and words["retrain"] == frozenset({1})


def _de_ai_findings(text: str) -> list[Finding]:
    findings = analyze(load_text(text), "de").findings
    return [f for f in findings if f.category == "ai_training"]


def test_german_negation_after_the_verb_denies_the_match() -> None:
    assert get_ruleset("de").profile.negation_in_match
    risky = _de_ai_findings("Wir verwenden Ihre Beiträge zum Trainieren unserer KI-Modelle.")
    assert risky and all(f.severity is not Severity.GOOD for f in risky)
    denied = _de_ai_findings("Wir verwenden Ihre Beiträge nicht zum Trainieren unserer KI-Modelle.")
    assert all(f.severity is Severity.GOOD for f in denied)


def test_negation_in_a_parenthesis_or_after_sondern_does_not_deny() -> None:
    engine = Engine(get_ruleset("de"))
    assert not engine._negated("entscheidet nicht ein Richter, sondern ein Schiedsgericht", 0, 50)
    assert not engine._negated("ist berechtigt (aber nicht verpflichtet), Beiträge zu löschen", 0, 60)
    assert engine._negated("wir geben Ihre Daten nicht an Dritte weiter", 0, 44)


def test_negation_in_the_main_clause_after_a_relative_clause_denies() -> None:
    engine = Engine(get_ruleset("de"))
    text = "Beiträge, die gegen Gesetze verstoßen, werden von uns nicht entfernt"
    assert engine._negated(text, 0, len(text))
    inner = "Beiträge, die nicht öffentlich sind, werden von uns entfernt"
    assert not engine._negated(inner, 0, len(inner))


def test_a_predicate_joined_inside_the_match_ends_the_denial_there() -> None:
    engine = Engine(get_ruleset("de"))
    joined = "Ihre Lizenz ist nicht übertragbar und kann jederzeit widerrufen werden"
    assert not engine._negated(joined, 0, len(joined))
    # The denied verb itself comes before the join: still denied.
    denied = "Ihre Inhalte werden nicht gelöscht"
    assert engine._negated(denied + " und können wiederhergestellt werden", 0, len(denied))
    assert engine._negated("Wir werden Ihr Konto nicht sperren", 0, 34)


def test_subject_is_read_after_a_clause_word() -> None:
    engine = Engine(get_ruleset("en"))
    text = "You agree that Acme may change these terms."
    assert engine._subject_ok("provider", text, text.index("may"))
    assert not engine._subject_ok("provider", "You may change your settings.", 4)


def test_a_new_main_clause_after_a_comma_ends_the_negation() -> None:
    engine = Engine(get_ruleset("en"))
    text = "If you do not comply with these terms, Acme may suspend your account."
    assert not engine._negated(text, text.index("suspend"), len(text) - 1)
    de = Engine(get_ruleset("de"))
    text = "Sofern keine kürzere Frist angegeben wird, ist Acme berechtigt, den Vertrag zu beenden."
    assert not de._negated(text, text.index("berechtigt"), len(text) - 1)


def test_each_match_reports_every_listed_item_and_unless_near_skips_one(ruleset: RuleSet) -> None:
    text = "We are not responsible for: loss of profit; loss of data caused by us; and in any event loss of goodwill."
    found = by_rule(run(ruleset, text), "en.limitation_of_liability.each_loss")
    assert [f.matched for f in found] == ["loss of profit", "loss of goodwill"]


@pytest.mark.parametrize(("old", "new", "field"), [
    ("each_match = true", 'each_match = "yes"', "each_match"),
    ("within = 15 }", "within = -1 }", "unless_near.within"),
])
def test_unless_near_and_each_match_are_validated(tmp_path: Path, old: str, new: str, field: str) -> None:
    base = tmp_path / "rules"
    (base / "en").mkdir(parents=True)
    shutil.copy(rules_dir() / "categories.toml", base / "categories.toml")
    shutil.copy(rules_dir() / "en" / "language.toml", base / "en" / "language.toml")
    (base / "en" / "engine.toml").write_text(PACK.replace(old, new), encoding="utf-8")
    with pytest.raises(RulePackError, match=field):
        load_ruleset("en", base)


def test_preview_gives_the_same_findings_as_the_whole_analysis_for_the_top() -> None:
    from tosreader.core.analysis import preview
    part = ("## Changes\n\nWe may change these terms at any time without notice.\n\n"
            "## Accounts\n\nWe may suspend or terminate your account at any time, for any reason.\n\n")
    text = part * 40
    lang, top = preview(load_text(text), chars=400)
    whole = analyze(load_text(text)).findings
    assert lang == "en" and top
    assert all(f.start < 400 + len(part) for f in top)
    assert [f.to_dict() for f in top] == [f.to_dict() for f in whole[: len(top)]]


def test_unless_lead_in_cancels_list_items_under_the_readers_rights(ruleset: RuleSet) -> None:
    rule = "en.unilateral_termination.close_any_time"
    yours = "## Your rights\n\nYou have the right to:\n\n- close your account at any time;\n- export your data."
    ours = "## Our rights\n\nWe reserve the right to:\n\n- close your account at any time;\n- change prices."
    assert by_rule(run(ruleset, yours), rule) == []
    assert len(by_rule(run(ruleset, ours), rule)) == 1
    assert len(by_rule(run(ruleset, "We may close your account at any time."), rule)) == 1  # no lead-in


def test_unless_block_sees_the_whole_paragraph_of_an_inline_list(ruleset: RuleSet) -> None:
    rule = "en.choice_of_law.laws_of"
    fair = "If you live in Korea: (i) these terms bind you. (ii) The laws of Korea apply to them."
    foreign = "Disputes: (i) these terms bind you. (ii) The laws of Delaware apply to them."
    assert by_rule(run(ruleset, fair), rule) == []
    assert len(by_rule(run(ruleset, foreign), rule)) == 1
    engine = Engine.for_ruleset(ruleset)  # a single text is its own block
    assert [f.rule for f in engine.evaluate_text("If you live in Korea, the laws of Korea apply.")
            if f.rule == rule] == []


def test_unless_near_within_zero_looks_inside_the_match_only(ruleset: RuleSet) -> None:
    rule = "en.limitation_of_liability.not_liable_provider"
    assert by_rule(run(ruleset, "Heron is not liable for gross negligence."), rule) == []  # inside the match
    assert len(by_rule(run(ruleset, "Heron is not liable, not even in gross cases."), rule)) == 1  # outside


def test_followed_by_looks_at_the_words_right_after_the_match(ruleset: RuleSet) -> None:
    rule = "en.unilateral_termination.terminate_what"
    assert len(by_rule(run(ruleset, "We may terminate your account."), rule)) == 1
    assert by_rule(run(ruleset, "We may terminate this promotional offer."), rule) == []
    # within 25 characters after the match only, not anywhere in the clause
    assert by_rule(run(ruleset, "We may terminate the offer that came with the account."), rule) == []
    assert by_rule(run(ruleset, "Your account: we may terminate it."), rule) == []  # before is not after
    assert by_rule(run(ruleset, "We may terminate your account at your request."), rule) == []


def test_unless_preceded_by_looks_before_the_match_and_at_it(ruleset: RuleSet) -> None:
    rule = "en.unilateral_termination.suspend_unless_before"
    assert len(by_rule(run(ruleset, "Our staff may suspend any feature."), rule)) == 1
    # the pattern ends inside the match: skipped
    assert by_rule(run(ruleset, "If you refuse cookies, the site may suspend some features."), rule) == []
    # what follows the match does not count, however close
    assert len(by_rule(run(ruleset, "We may suspend your access, and if you refuse cookies it may suspend too."),
                       rule)) == 1
    # nor what stands further back than the reach (60 characters)
    far = "If you refuse cookies, nothing changes at all for you, and in every other case the staff may suspend it."
    assert len(by_rule(run(ruleset, far), rule)) == 1


def test_unless_overlapping_needs_the_exception_to_reach_into_the_match(ruleset: RuleSet) -> None:
    rule = "en.content_removal.unless_overlapping"
    assert len(by_rule(run(ruleset, "We may delete posts."), rule)) == 1
    # the exception's words end inside the match: skipped
    assert by_rule(run(ruleset, "If a child sent it, we may delete it."), rule) == []
    # the same words next to another removal, not overlapping it: that removal counts
    assert len(by_rule(run(ruleset, "If a child sent it, we delete it, and we may delete posts."), rule)) == 1


def test_a_joined_clause_ends_a_denial_only_with_its_own_verb(tmp_path: Path) -> None:
    pack = """[pack]
id = "engine-test-join"
language = "en"
version = "1.0.0"

[[rules]]
id = "en.unilateral_change.may_change"
category = "unilateral_change"
severity = "medium"
title = "Changes"
keywords = ["change"]
patterns = ['\\bmay\\s+change\\b']
""" + EXPLANATION
    joined = "Some pages may not work, and Acme may change these terms at any time."
    listed = "No one, including Acme, may change these terms without your consent."
    for with_join in (True, False):
        def edit(profile: str, keep: bool = with_join) -> str:
            return profile if keep else re.sub(r"(?m)^clause_join = .*\n", "", profile)

        english = _with_profile(tmp_path / str(with_join), "en", edit, pack)
        assert (english.profile.clause_join is not None) is with_join

        def risks(text: str, rules: RuleSet = english) -> int:
            return sum(f.severity.is_risk for f in analyze(load_text(text), "en", ruleset=rules).findings)

        assert risks(joined) == (1 if with_join else 0)
        assert risks(listed) == 0  # a comma and a name before the verb are no joined clause


def test_unless_near_tables_each_keep_their_own_reach(ruleset: RuleSet) -> None:
    rule = "en.unilateral_change.two_reaches"
    assert len(by_rule(run(ruleset, "We may change the fees at any time."), rule)) == 1
    assert by_rule(run(ruleset, "Heron may change its fees."), rule) == []  # within 0: inside the match
    assert len(by_rule(run(ruleset, "Heron may change the fees, as its board decides."), rule)) == 1
    assert by_rule(run(ruleset, "We may change the fees with your consent."), rule) == []  # within 40


@pytest.mark.parametrize(("old", "new", "field"), [
    ("followed_by = { patterns", "followed_by = { pattern", "followed_by"),
    ("within = 25 }", "within = 0 }", "followed_by.within"),
    ("within = 0 }, {", "within = 0, reach = 3 }, {", "unless_near' table 1"),
    ("unless_near = [{", "unless_near = [7, {", "unless_near"),
])
def test_followed_by_and_arrays_of_reaches_are_validated(tmp_path: Path, old: str, new: str,
                                                          field: str) -> None:
    base = tmp_path / "rules"
    (base / "en").mkdir(parents=True)
    shutil.copy(rules_dir() / "categories.toml", base / "categories.toml")
    shutil.copy(rules_dir() / "en" / "language.toml", base / "en" / "language.toml")
    assert old in PACK
    (base / "en" / "engine.toml").write_text(PACK.replace(old, new), encoding="utf-8")
    with pytest.raises(RulePackError, match=field):
        load_ruleset("en", base)


GERMAN_PACK = '''[pack]
id = "engine-test-de"
language = "de"
version = "1.0.0"

[[rules]]
id = "de.unilateral_termination.kuendigen"
category = "unilateral_termination"
severity = "high"
title = "Kündigt"
keywords = ["kündig"]
subject = "provider"
negatable = false
patterns = ['\\b(?:kann|können|darf|dürfen)\\s+(?:\\w+\\s+){0,6}?kündigen\\b']
''' + EXPLANATION


def _with_profile(tmp_path: Path, lang: str, edit: Callable[[str], str], pack: str) -> RuleSet:
    """The rule set of ``pack`` with the built-in ``lang`` profile as ``edit`` rewrites it."""
    base = tmp_path / "rules"
    (base / lang).mkdir(parents=True)
    shutil.copy(rules_dir() / "categories.toml", base / "categories.toml")
    profile = (rules_dir() / lang / "language.toml").read_text(encoding="utf-8")
    (base / lang / "language.toml").write_text(edit(profile), encoding="utf-8")
    (base / lang / "engine.toml").write_text(pack, encoding="utf-8")
    return load_ruleset(lang, base)


@pytest.mark.parametrize("after_verb", [True, False])
def test_german_actor_after_the_finite_verb(tmp_path: Path, after_verb: bool) -> None:
    def edit(profile: str) -> str:
        profile = re.sub(r"(?m)^actor_after = .*\n", "", profile)
        if after_verb:
            profile = profile.replace("[language]\n", "[language]\nactor_after = '''(?:kann|können)\\b'''\n", 1)
        return profile

    german = _with_profile(tmp_path, "de", edit, GERMAN_PACK)
    assert (german.profile.actor_after is not None) is after_verb

    def fires(text: str) -> bool:
        return bool(analyze(load_text(text), "de", ruleset=german).findings)

    assert fires("Wir können Ihr Konto jederzeit kündigen.")  # the actor before the match
    assert not fires("Sie können Ihr Konto jederzeit kündigen.")
    assert fires("Daher kann der Anbieter Ihr Konto jederzeit kündigen.")
    # inverted order: a third party right after the verb acts, and the provider does even after a third
    # party was named before
    assert fires("Ebenso kann der Händler die Bestellung kündigen.") is not after_verb
    assert fires("Bei Streit mit einem Händler können wir Ihr Konto kündigen.") is after_verb
    # "Sie" after the verb may be the object: the reader is not read there
    assert fires("Heron kann Sie jederzeit kündigen.")
    assert fires("Bei Streit mit einem Händler dürfen wir kündigen.") is False  # not among the verbs


ENGLISH_PACK = '''[pack]
id = "engine-test-question"
language = "en"
version = "1.0.0"

[[rules]]
id = "en.content_removal.deletes"
category = "content_removal"
severity = "medium"
title = "Deletes"
keywords = ["delet"]
subject = "provider"
negatable = false
patterns = ['\\b(?:can|may|will)\\s+(?:\\w+\\s+){0,2}?delete\\b']
''' + EXPLANATION


@pytest.mark.parametrize("asked", [True, False])
def test_a_question_names_its_actor_after_the_verb(tmp_path: Path, asked: bool) -> None:
    def edit(profile: str) -> str:
        profile = re.sub(r"(?m)^question_actor = .*\n", "", profile)
        if asked:
            profile = profile.replace(
                "[language]\n", "[language]\nquestion_actor = '''(?:can|may)\\s+(?P<actor>i|you|we)\\b(?=[^.?]*\\?)'''\n", 1)
        return profile

    english = _with_profile(tmp_path, "en", edit, ENGLISH_PACK)
    assert (english.profile.question_actor is not None) is asked

    def fires(text: str) -> bool:
        return bool(analyze(load_text(text), "en", ruleset=english).findings)

    # the asker acts: the reader in "Can I …", "How can you …", the provider in "May we …"
    assert fires("Can I delete my account? Yes, write to the support team.") is not asked
    assert fires("How can you delete your photos? Open the album and choose the bin.") is not asked
    assert fires("May we delete your photos? Yes, at any time and for any reason.")
    # no question mark: an ordinary sentence, read as before
    assert fires("We can delete your photos.")
    assert not fires("You can delete your photos.")


def test_a_question_actor_group_that_took_no_part_reads_the_sentence_as_usual(tmp_path: Path) -> None:
    optional = "question_actor = '''(?:can|may)\\s+(?:(?P<actor>i|you)|they)\\b(?=[^.?]*\\?)'''\n"
    english = _with_profile(tmp_path, "en", lambda p: re.sub(r"(?m)^question_actor = .*\n", lambda _: optional, p),
                            ENGLISH_PACK)
    found = analyze(load_text("Can they delete the photos? Yes, at any time."), "en", ruleset=english).findings
    assert len(found) == 1  # no actor named by the question: the usual check (no actor before: it counts)


def test_a_question_actor_needs_its_group(tmp_path: Path) -> None:
    groupless = "question_actor = '''(?:can|may)\\s+(?:i|you)\\b'''\n"
    with pytest.raises(RulePackError, match="question_actor.*group named .actor."):
        _with_profile(tmp_path, "en", lambda p: re.sub(r"(?m)^question_actor = .*\n", lambda _: groupless, p),
                      ENGLISH_PACK)


def test_companions_of_the_provider_are_not_third_parties(ruleset: RuleSet) -> None:
    rule = "en.limitation_of_liability.not_liable_provider"
    for text in ("Heron and its licensors are not liable for lost data.",
                 "Heron, its affiliates, officers and suppliers are not liable for lost data.",
                 "We and our licensors are not liable for lost data."):
        assert len(by_rule(run(ruleset, text), rule)) == 1, text
    assert by_rule(run(ruleset, "Third-party sellers are not liable for lost data."), rule) == []


def test_the_word_cache_gives_the_findings_of_a_fresh_engine() -> None:
    """Rules and literals per word are remembered across documents; a warm engine, one whose cache was
    emptied at its limit, and a fresh one find the same."""
    from tosreader.core import engine as engine_module

    texts = ["Terms\n\nWe may terminate your account at any time without notice.\n\nWe do not sell your data.",
             "Other terms\n\nWe may change these terms at any time. Disputes go to binding arbitration.",
             "Terms\n\nWe may terminate your account at any time without notice.\n\nCourts of Delaware decide."]
    warm = get_ruleset("en", include_user=False)
    for text in texts:
        analyze(load_text(text), "en", ruleset=warm)  # fills the cache
    assert len(Engine.for_ruleset(warm)._word_cache) > 10
    for text in texts:
        fresh = load_ruleset("en", rules_dir())
        assert analyze(load_text(text), "en", ruleset=warm).findings == \
            analyze(load_text(text), "en", ruleset=fresh).findings
    small = load_ruleset("en", rules_dir())
    limit = engine_module.WORD_CACHE_LIMIT
    try:
        engine_module.WORD_CACHE_LIMIT = 5
        found = [analyze(load_text(t), "en", ruleset=small).findings for t in texts]
    finally:
        engine_module.WORD_CACHE_LIMIT = limit
    assert found == [analyze(load_text(t), "en", ruleset=warm).findings for t in texts]
    assert len(Engine.for_ruleset(small)._word_cache) <= 40  # emptied whenever it would pass the limit


def _without_roles(profile: str) -> str:
    """The profile with its ``roles`` list and agreement tables taken out."""
    profile = re.sub(r"(?ms)^roles = \[\n.*?^\]\n", "", profile)
    return re.sub(r"(?m)^agree_(?:words|suffixes|skip|inverted|join) = .*\n", "", profile)


ROLE_PACK = '''[pack]
id = "engine-test-roles"
language = "en"
version = "1.0.0"

[[rules]]
id = "en.unilateral_termination.closes"
category = "unilateral_termination"
severity = "high"
title = "Closes"
keywords = ["close"]
subject = "provider"
patterns = ['\\b(?:may|can)\\s+close\\s+your\\s+account\\b']
unless = ['\\bif\\s+you\\s+ask\\b']
''' + EXPLANATION


@pytest.mark.parametrize("with_roles", [True, False])
def test_role_names_are_read_as_the_pronouns_the_rules_use(tmp_path: Path, with_roles: bool) -> None:
    english = _with_profile(tmp_path, "en", lambda p: p if with_roles else _without_roles(p), ROLE_PACK)
    assert bool(english.profile.roles) is with_roles

    def found(text: str) -> list[Finding]:
        return analyze(load_text(text), "en", ruleset=english).findings

    third = found("The Company may close the User's account at any time.")
    assert len(third) == (1 if with_roles else 0)
    if with_roles:  # offsets and quoted words are the source's
        assert third[0].matched == "may close the User's account"
        # a match that starts inside a read role ("The Company is" read as "we are") quotes the whole role
        builtin = get_ruleset("en", include_user=False)
        quoted = {f.matched for f in analyze(load_text("The Company is entitled to remove any content."), "en",
                                             ruleset=builtin).findings}
        assert quoted == {"The Company is entitled to remove any content"}
    # the verb after the role agrees ("the User asks" read as "you ask"), so the exception holds
    assert found("The Company may close the User's account if the User asks.") == []
    assert len(found("We may close your account.")) == 1  # the pronouns themselves are read as before


READ_ROLES = [
    ("en", "The Company may close the User's account.", "we may close your account."),
    ("en", "If the User closes the account, the Company deletes it.", "If you close the account, we delete it."),
    ("en", "the Company is entitled to act against the Company's rivals", "we are entitled to act against our rivals"),
    ("en", "You may write to the Company at any time.", "You may write to us at any time."),
    ("en", "The User always agrees.", "you always agree."),
    # a defined term that starts with a role name, and a company in lower case, are no roles
    ("en", "The User Content and the Company Materials", "The User Content and the Company Materials"),
    ("en", "Ask the company that issued the card.", "Ask the company that issued the card."),
    # "the Company" after a preposition or a verb (the role's ``before``) is "us", also after a role read before
    ("en", "You and the Company agree; write to the Company.", "You and we agree; write to us."),
    ("en", "Between the User and the Company", "Between you and us"),
    ("en", "The User authorizes the Company to charge the card.", "you authorize us to charge the card."),
    # a heading is no inverted verb; a noun before the genitive plural and a preposition keep "der Nutzer"
    ("de", "§ 4 Laufzeit\n\nDer Kunde kann kündigen.", "§ 4 Laufzeit Sie können kündigen."),
    ("de", "Beiträge der Nutzer kann der Anbieter löschen.", "Beiträge der Nutzer kann der Anbieter löschen."),
    ("de", "Daten seitens der Nutzer werden gespeichert.", "Daten seitens der Nutzer werden gespeichert."),
    ("de", "Sollte der Nutzer verstoßen, haftet der Anbieter den Kunden gegenüber nicht.",
     "Sollten Sie verstoßen, haftet der Anbieter Ihnen nicht."),
    ("de", "Das Mitglied kann kündigen.", "Sie können kündigen."),
    # German: the verb agrees on either side of the role (agree_inverted)
    ("de", "Der Nutzer erklärt sich einverstanden.", "Sie erklären sich einverstanden."),
    ("de", "Verstößt der Nutzer gegen die AGB, kann der Anbieter den Nutzer sperren.",
     "Verstoßen Sie gegen die AGB, kann der Anbieter Sie sperren."),
    ("de", "So ist der Kunde verpflichtet, dem Kunden zu helfen.", "So sind Sie verpflichtet, Ihnen zu helfen."),
    ("de", "Widerspricht der Kunde nicht, gilt sie.", "Widersprechen Sie nicht, gilt sie."),
    ("de", "Wenn der Nutzer ändert, bietet der Nutzer an.", "Wenn Sie ändern, bieten Sie an."),
    # the genitive plural after a noun, and a conjunction ending in -t before the role, stay as they are
    ("de", "Die Inhalte der Nutzer werden gespeichert.", "Die Inhalte der Nutzer werden gespeichert."),
    ("de", "Wir helfen, damit der Nutzer zahlt.", "Wir helfen, damit Sie zahlen."),
    # a second verb joined to the first agrees too (agree_join); a capitalised word or a pronoun after "and" stays
    ("en", "The Company suspends or terminates accounts.", "we suspend or terminate accounts."),
    ("en", "The User reads, and understands.", "you read, and understand."),
    ("en", "The Customer pays and Acme ships.", "you pay and Acme ships."),
    ("de", "Der Nutzer erklärt und versichert dies.", "Sie erklären und versichern dies."),
    ("de", "Der Kunde ist und bleibt Inhaber.", "Sie sind und bleiben Inhaber."),
]


@pytest.mark.parametrize(("lang", "text", "read"), READ_ROLES)
def test_read_roles_keeps_the_length_and_makes_the_verb_agree(lang: str, text: str, read: str) -> None:
    from tosreader.core.engine import read_roles

    got = read_roles(text, get_ruleset(lang, include_user=False).profile)
    assert len(got) == len(text)
    assert " ".join(got.split()) == read, got


@pytest.mark.parametrize(("roles", "message"), [
    ("roles = 3\n", "field 'roles' must be a list"),
    ("roles = [ 'x' ]\n", "roles #1: must be a table"),
    ("roles = [ { pattern = 'the User', as = 'you', agree = 'yes' } ]\n", "roles #1: field 'agree' must be true or false"),
    ("roles = [ { pattern = '(the', as = 'you' } ]\n", "roles #1: invalid regular expression"),
    ("agree_suffixes = [ ['s'] ]\n", "agree_suffixes' must be a list of \\[ending, replacement\\] pairs"),
    ("agree_words = { is = 3 }\n", "agree_words' must be a table of strings"),
    ("agree_inverted = 'yes'\n", "agree_inverted' must be true or false"),
    ("roles = [ { pattern = '(?P<x>the) User', as = 'you' } ]\n", "roles #1: the pattern may not name groups"),
    ("roles = [ { pattern = 'the User', as = 'you', before = '(by' } ]\n", "roles #1 field 'before': invalid"),
    ("agree_skip = 3\n", "agree_skip' must be a regular expression"),
    ("agree_join = 3\n", "agree_join' must be a regular expression"),
    ("agree_join = '(and'\n", "field 'agree_join': invalid"),
])
def test_roles_and_agreement_tables_are_validated(tmp_path: Path, roles: str, message: str) -> None:
    def edit(profile: str) -> str:
        return _without_roles(profile).replace("[language]\n", "[language]\n" + roles, 1)

    with pytest.raises(RulePackError, match=message):
        _with_profile(tmp_path, "en", edit, ROLE_PACK)
