"""Rule pack loading: validation errors name file, rule and field; user packs load last and override."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tosreader.core.analysis import analyze, get_ruleset, rules_dir
from tosreader.core.errors import RulePackError
from tosreader.core.loaders import load_text
from tosreader.core.rules import load_ruleset, sharp_s
from tosreader.core.severity import Severity
from tosreader.paths import user_rules_dir

GOOD_RULE = '''
[[rules]]
id = "en.arbitration.test_rule"
category = "arbitration"
severity = "high"
title = "Test rule"
keywords = ["arbitra"]
patterns = ['\\bbinding\\s+arbitration\\b']
examples.match = ["Disputes go to binding arbitration."]
examples.no_match = ["Disputes go to court."]

[rules.explanation]
what = "What it says."
why = "Why it matters."
action = "What to do."
'''

PACK_HEAD = '''[pack]
id = "test-pack"
language = "en"
version = "1.0.0"
'''


def make_rules_dir(tmp_path: Path, pack_text: str, name: str = "test.toml", lang: str = "en") -> Path:
    """A built-in rules folder with the real categories and language profile and one pack."""
    base = tmp_path / "rules"
    (base / lang).mkdir(parents=True)
    shutil.copy(rules_dir() / "categories.toml", base / "categories.toml")
    shutil.copy(rules_dir() / lang / "language.toml", base / lang / "language.toml")
    (base / lang / name).write_text(pack_text, encoding="utf-8")
    return base


def load_error(tmp_path: Path, pack_text: str) -> str:
    base = make_rules_dir(tmp_path, pack_text)
    with pytest.raises(RulePackError) as info:
        load_ruleset("en", base)
    return str(info.value)


def test_valid_pack_loads(tmp_path: Path) -> None:
    base = make_rules_dir(tmp_path, PACK_HEAD + GOOD_RULE)
    ruleset = load_ruleset("en", base)
    assert [r.id for r in ruleset.rules] == ["en.arbitration.test_rule"]
    assert ruleset.rules[0].severity is Severity.HIGH


def test_missing_field_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace('title = "Test rule"\n', ""))
    assert "test.toml" in message and "en.arbitration.test_rule" in message and "'title'" in message


def test_missing_explanation_part_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace('why = "Why it matters."\n', ""))
    assert "en.arbitration.test_rule" in message and "'why'" in message


def test_bad_severity_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace('"high"', '"terrible"'))
    assert "test.toml" in message and "en.arbitration.test_rule" in message and "'severity'" in message


def test_bad_regex_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace("\\bbinding\\s+arbitration\\b", "(unclosed"))
    assert "en.arbitration.test_rule" in message and "'patterns'" in message
    assert "invalid regular expression" in message


def test_unknown_category_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace('category = "arbitration"',
                                                                 'category = "astrology"'))
    assert "en.arbitration.test_rule" in message and "'category'" in message and "astrology" in message


def test_unknown_macro_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace("\\bbinding", "{{nosuchmacro}}"))
    assert "en.arbitration.test_rule" in message and "nosuchmacro" in message and "'patterns'" in message


def test_unknown_field_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace('title = "Test rule"',
                                                                 'title = "Test rule"\npaterns = ["x"]'))
    assert "en.arbitration.test_rule" in message and "paterns" in message


def test_near_within_outside_the_table_is_refused_with_the_right_form(tmp_path: Path) -> None:
    # It used to be accepted and ignored, so a pack author's reach silently had no effect.
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE.replace(
        'title = "Test rule"', 'title = "Test rule"\nnear = { patterns = ["court"] }\nnear_within = 40'))
    assert "en.arbitration.test_rule" in message and "near_within" in message and "within = N" in message


def test_duplicate_id_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + GOOD_RULE + GOOD_RULE)
    assert "test.toml" in message and "en.arbitration.test_rule" in message and "'id'" in message


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    message = load_error(tmp_path, PACK_HEAD + "[[rules]\nid = ")
    assert "test.toml" in message and "not valid TOML" in message


def test_bad_lead_in_regex_is_named(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('title = "Test rule"', "title = \"Test rule\"\nlead_in = ['(oops']")
    message = load_error(tmp_path, PACK_HEAD + text)
    assert "en.arbitration.test_rule" in message and "'lead_in'" in message


def test_lead_in_and_third_party_are_loaded() -> None:
    ruleset = get_ruleset("en", include_user=False)
    assert ruleset.profile.third_party is not None
    assert ruleset.profile.third_party.search("the merchant is not liable")
    assert any(r.lead_in for r in ruleset.rules)


def write_user_pack(text: str) -> Path:
    folder = user_rules_dir() / "en"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_pack_loads_after_builtins_and_overrides() -> None:
    builtin = get_ruleset("en", include_user=False)
    target = next(r for r in builtin.rules if r.id == "en.arbitration.binding")
    override = GOOD_RULE.replace("en.arbitration.test_rule", target.id).replace("Test rule", "My own title")
    extra = GOOD_RULE.replace("en.arbitration.test_rule", "en.arbitration.user_extra")
    write_user_pack(PACK_HEAD.replace("test-pack", "user-pack") + override + extra)
    ruleset = load_ruleset("en", rules_dir(), user_rules_dir())
    assert ruleset.packs[-1].id == "user-pack"
    by_id = {r.id: r for r in ruleset.rules}
    assert by_id[target.id].title == "My own title"
    assert by_id[target.id].pack == "user-pack"
    assert "en.arbitration.user_extra" in by_id
    assert len(ruleset.rules) == len(builtin.rules) + 1


def test_invalid_user_pack_is_refused_with_its_path() -> None:
    path = write_user_pack(PACK_HEAD + GOOD_RULE.replace('"high"', '"dreadful"'))
    with pytest.raises(RulePackError) as info:
        load_ruleset("en", rules_dir(), user_rules_dir())
    assert str(path) in str(info.value) and "'severity'" in str(info.value)


def test_sharp_s_also_matches_ss_outside_classes_and_look_behinds() -> None:
    assert sharp_s("ausschließlich") == "ausschlie(?:ß|ss)lich"
    assert sharp_s("[ßs]x") == "[ßs]x"
    assert sharp_s("(?<!gemäß\\s)Maß") == "(?<!gemäß\\s)Ma(?:ß|ss)"
    assert sharp_s("no sharp s") == "no sharp s"
    assert sharp_s("[^]ß]ß") == "[^]ß](?:ß|ss)"  # a "]" first in a class is a member, not its end
    assert sharp_s("[]ß]ß") == "[]ß](?:ß|ss)"
    assert sharp_s("[[]ß") == "[[](?:ß|ss)"
    assert sharp_s("\\ßa\\\\ß") == "\\ßa\\\\(?:ß|ss)"  # an escaped ß stays; after an escaped backslash not
    assert sharp_s("(?#ß)ß") == "(?#ß)(?:ß|ss)"
    assert sharp_s("(?:(?<=ß)x|ß)") == "(?:(?<=ß)x|(?:ß|ss))"
    for tricky in ("[^]ß]ß", "[]ß]ß", "(?#ß)ß", "a[\\]ß]ß"):
        re.compile(sharp_s(tricky))


def test_a_german_rule_written_with_sharp_s_reads_swiss_and_capital_spelling(tmp_path: Path) -> None:
    pack = """[pack]
id = "de-test"
language = "de"
version = "1.0.0"

[[rules]]
id = "de.jurisdiction.test"
category = "jurisdiction"
severity = "medium"
title = "Gerichtsstand"
keywords = ["ausschließlich"]
patterns = ['\\bausschließliche[rn]?\\s+Gerichtsstand\\b']

[rules.explanation]
what = "Was."
why = "Warum."
action = "Tun."
"""
    ruleset = load_ruleset("de", make_rules_dir(tmp_path, pack, lang="de"))
    for text in ("Ausschließlicher Gerichtsstand ist Bern.", "Ausschliesslicher Gerichtsstand ist Bern.",
                 "AUSSCHLIESSLICHER GERICHTSSTAND IST BERN."):
        found = analyze(load_text(text), "de", ruleset=ruleset).findings
        assert [f.rule for f in found] == ["de.jurisdiction.test"], text
