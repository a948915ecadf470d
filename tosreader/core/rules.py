"""Rule packs: TOML data files of rules, validated on load with errors naming file, rule and field.

Pack format (one ``[pack]`` table, then ``[[rules]]``); rule fields and how the engine uses them:

- ``id``, ``category``, ``severity``, ``title``, ``[rules.explanation]`` (what/why/action): required.
- ``patterns``: regexes (case-insensitive; ``{{macro}}`` expands a macro of the language profile); each
  match is a candidate trigger. ``keywords``: lower-case word parts indexing the rule (every match must
  contain one); since 1.1 a leading ``^`` ("^clos") only counts words that start with it ("close",
  "closure", not "disclose"), which keeps common stems from waking the rule on unrelated words.
- ``heading`` / ``unless_heading``: regexes on the section heading the clause stands under.
- ``lead_in`` (since 1.1): regexes on the lead-in of the list the clause belongs to, i.e. the nearest
  clause before it in the same section that ends with a colon ("We are not liable for:"), looking back
  at most 12 clauses. The rule only fires when one matches; list items can thus inherit their meaning.
  ``unless_lead_in`` (since 1.3): regexes on the same lead-in; a match cancels the rule ("You have the
  right to:" makes the items that follow the reader's acts, not the provider's).
- ``unless``: regexes; any match in the clause cancels the rule. ``all``: every regex must match in it.
  ``unless_block`` (since 1.3): regexes; any match in the whole block the clause stands in (its
  paragraph or list item, which may hold several clauses: "(i) … (ii) …") cancels the rule.
- ``near = { patterns = [...], within = N }``: one pattern within N characters around the match.
  ``unless_near`` (since 1.2), the same table: a match with one of these patterns that close is skipped
  (unlike ``unless``, which cancels the rule for the whole clause). ``within = 0`` (since 1.3) looks
  inside the matched words only. Since 1.4 either field may also be an array of such tables, each with
  its own reach (``unless_near = [{ patterns = [...], within = 0 }, { patterns = [...], within = 80 }]``):
  one table that holds is enough.
- ``followed_by`` / ``unless_followed_by`` (since 1.4), tables (or arrays of tables) like ``near``: a
  pattern must (or must not) match in the N characters right after the match (default 60), the place of
  a verb's object ("may terminate" + "your account", not + "this offer").
- ``unless_preceded_by`` (since 1.5), tables like ``near``: a pattern that matches in the N characters
  before the match together with the matched words (default 150) skips the match; what follows it does
  not count ("if you refuse cookies, some pages may be restricted": the refusal comes first and the
  restriction is the match; "we may restrict your access, and if you refuse cookies …" still counts).
- ``unless_overlapping`` (since 1.5), tables like ``near``: a pattern whose own match, found within N
  characters around the match (default 150), overlaps the matched words skips the match ("if we learn
  that a child sent us data, we delete it": the exception's words end in the match; a removal elsewhere in
  the sentence is not excused).
- ``each_match`` (since 1.2, default false): report every risky match in the clause that overlaps no
  earlier one, not only the first (inline lists: "not liable for: 4.1 loss of profit; 4.2 …").
- ``subject = "any" | "provider" | "user"``: who must act in the stretch before the match. The
  language profile's ``provider``/``user`` regexes name the actors; the optional ``third_party`` regex
  (since 1.1) names others (merchants, other users, third parties) who do not count as the provider;
  the optional ``companions`` regex (since 1.3) names those the provider brings along ("and its
  licensors", "und seine Erfüllungsgehilfen"), which are dropped before looking for third parties.
- ``negatable`` (default true): a negation cue shortly before the match denies it; ``when_negated`` (a
  table with ``title`` and ``explanation``) turns the denied risk into a ``good`` finding.
- ``mitigated_by`` / ``mitigated_severity``: a match anywhere in the clause lowers the severity.
- ``examples.match`` / ``examples.no_match``: sentences the tests run through the whole pipeline.

Unknown fields are refused, so a typo never silently disables a condition.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tosreader.core.errors import RulePackError
from tosreader.core.severity import SEVERITY_NAMES, Severity

_MACRO = re.compile(r"\{\{(\w+)\}\}")
_KEYWORD = re.compile(r"^\^?\w+$")
_RULE_ID = re.compile(r"^[a-z0-9_]+(?:[.-][a-z0-9_]+)*$")
SUBJECTS = ("any", "provider", "user")


@dataclass(frozen=True)
class Category:
    id: str
    labels: dict[str, str]
    group: str  # "unfair" (the eight research categories), "data" or "other"

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class Explanation:
    """Plain-language explanation: what the clause says, why it matters, what the reader can do."""

    what: str
    why: str
    action: str


@dataclass(frozen=True)
class GoodVariant:
    """How a rule reads when its risk is denied ("we do not …"): a point in the reader's favour."""

    title: str
    explanation: Explanation


@dataclass(frozen=True)
class Role:
    """A role name of terms written in the third person ("the User", "der Kunde") and the pronoun the rules
    read instead ("you", "Sie"); ``before`` must match the text right before the name; with ``agree`` the
    finite verb next to it is made to agree with the pronoun (see ``engine.read_roles``)."""

    pattern: re.Pattern[str]
    word: str
    agree: bool = False
    before: re.Pattern[str] | None = None
    # ``pattern`` without a leading \\b, which keeps the regular-expression engine from skipping ahead to
    # the first letter: it finds the candidates, ``pattern`` decides.
    scan: re.Pattern[str] | None = None


@dataclass(frozen=True)
class LanguageProfile:
    """Per-language cues the engine uses: negation, scope breaks, who is the actor, macros."""

    code: str
    name: str
    negation: re.Pattern[str]
    negation_window: int
    scope_break: re.Pattern[str]
    provider: re.Pattern[str]
    user: re.Pattern[str]
    macros: dict[str, str]
    third_party: re.Pattern[str] | None = None
    # German puts "nicht" after the verb and its object ("wir verwenden Ihre Inhalte nicht zum
    # Training"): a cue inside the matched words, in the same main clause, denies the match too.
    negation_in_match: bool = False
    # Words that start a new clause ("that", "if"): the actor of a match is looked for after the last one.
    subject_cut: re.Pattern[str] | None = None
    # The provider's own people and partners named with it ("and its licensors"): not a third party.
    companions: re.Pattern[str] | None = None
    # German inverts subject and finite verb after an opening phrase ("Daher können Sie …", "Ferner ist
    # der Anbieter berechtigt …"): when a match starts with one of these finite verbs and no actor stands
    # before it, a provider or third party right after the verb acts (not the reader: "Sie" there may
    # be the object, "Heron kann Sie ausschließen").
    actor_after: re.Pattern[str] | None = None
    # A question puts its actor after the verb ("Can I delete my data?", "How can you close your
    # account?"): when a match starts with one of these inverted forms, the group ``actor`` acts.
    question_actor: re.Pattern[str] | None = None
    # A new main clause joined after a negation cue, whose verb is the first word of the match (", and Acme
    # may …"): it ends the denial. Checked on the stretch up to that word, apart from ``scope_break``.
    clause_join: re.Pattern[str] | None = None
    # Defined role names read as the pronouns the rules are written with ("the User's account" as "your
    # account", "the Company may" as "we may"): each pattern's match is replaced by its word, padded with
    # spaces to the same length, in the text the rules read (offsets and quoted words stay the source's).
    roles: tuple[Role, ...] = ()
    # A role with ``agree`` (a subject read as "you" or "we"): the verb after it is made to agree ("the User closes" read as "you close",
    # "the Company is" as "we are"): whole-word forms first, then suffix rewrites (first that applies).
    agree_words: dict[str, str] = field(default_factory=dict)
    agree_suffixes: tuple[tuple[str, str], ...] = ()
    # What may stand between a role and its verb ("the User also agrees", "der Nutzer erklärt hiermit"):
    # built from the profile's ``agree_skip`` words into the pattern of the word after a role.
    agree_next: re.Pattern[str] | None = None
    # German inverts subject and verb ("Verstößt der Nutzer …", "schließt der Kunde …"): the suffix rules
    # also apply to the word right before a role (English: only the words of ``agree_words``, "is the User").
    agree_inverted: bool = False
    # A second verb joined to the agreed one ("the Company suspends or terminates" read as "we suspend or
    # terminate"): the profile's ``agree_join`` (the words between the two verbs) and the verb after it.
    agree_also: re.Pattern[str] | None = None


# Patterns and the number of characters they may be from the match (``near``, ``followed_by``, …).
Reach = tuple[tuple[re.Pattern[str], ...], int]


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    language: str
    category: str
    severity: Severity
    title: str
    explanation: Explanation
    patterns: tuple[re.Pattern[str], ...]
    keywords: tuple[str, ...] = ()
    all: tuple[re.Pattern[str], ...] = ()
    near: tuple[Reach, ...] = ()
    unless_near: tuple[Reach, ...] = ()
    followed_by: tuple[Reach, ...] = ()
    unless_followed_by: tuple[Reach, ...] = ()
    unless_preceded_by: tuple[Reach, ...] = ()
    unless_overlapping: tuple[Reach, ...] = ()
    each_match: bool = False
    unless: tuple[re.Pattern[str], ...] = ()
    heading: tuple[re.Pattern[str], ...] = ()
    unless_heading: tuple[re.Pattern[str], ...] = ()
    lead_in: tuple[re.Pattern[str], ...] = ()
    unless_lead_in: tuple[re.Pattern[str], ...] = ()
    unless_block: tuple[re.Pattern[str], ...] = ()
    subject: str = "any"
    negatable: bool = True
    mitigated_by: tuple[re.Pattern[str], ...] = ()
    mitigated_severity: Severity = Severity.INFO
    when_negated: GoodVariant | None = None
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    source: str = ""


@dataclass
class RulePack:
    id: str
    language: str
    version: str
    description: str
    rules: list[Rule] = field(default_factory=list)
    path: str = ""


@dataclass
class RuleSet:
    """All rules for one language, with its language profile and the category registry."""

    language: str
    profile: LanguageProfile
    rules: list[Rule]
    packs: list[RulePack]
    categories: dict[str, Category]
    # A JSON file where the engine keeps the prefilter factors of these patterns between runs ("": none).
    factor_cache: str = ""


# --------------------------------------------------------------------------------------------------
# Loading


def load_categories(path: Path) -> dict[str, Category]:
    data = _read_toml(path)
    cats = data.get("categories")
    if not isinstance(cats, list) or not cats:
        raise RulePackError(f"{path}: needs a non-empty [[categories]] list")
    result: dict[str, Category] = {}
    for i, entry in enumerate(cats):
        where = f"{path}: category #{i + 1}"
        cid = _require_str(entry, "id", where)
        labels = entry.get("labels")
        if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
            raise RulePackError(f"{where} ({cid}): field 'labels' must be a table of strings")
        group = entry.get("group", "other")
        result[cid] = Category(cid, dict(labels), str(group))
    return result


def load_language_profile(path: Path) -> LanguageProfile:
    data = _read_toml(path)
    lang = data.get("language")
    if not isinstance(lang, dict):
        raise RulePackError(f"{path}: needs a [language] table")
    where = f"{path}: [language]"
    macros_raw = data.get("macros", {})
    if not isinstance(macros_raw, dict) or not all(isinstance(v, str) for v in macros_raw.values()):
        raise RulePackError(f"{path}: [macros] must map names to regular expressions (strings)")
    macros = dict(macros_raw)
    # Macros may use earlier macros.
    for name, value in list(macros.items()):
        macros[name] = _expand(value, macros, f"{path}: macro '{name}'")

    def pattern(key: str) -> re.Pattern[str]:
        return _compile(_expand(_require_str(lang, key, where), macros, f"{where} field '{key}'"),
                        f"{where} field '{key}'")

    window = lang.get("negation_window", 60)
    if not isinstance(window, int) or window < 0:
        raise RulePackError(f"{where}: field 'negation_window' must be a non-negative integer")
    in_match = lang.get("negation_in_match", False)
    if not isinstance(in_match, bool):
        raise RulePackError(f"{where}: field 'negation_in_match' must be true or false")
    question_actor = pattern("question_actor") if "question_actor" in lang else None
    if question_actor is not None and "actor" not in question_actor.groupindex:
        raise RulePackError(f"{where}: field 'question_actor' needs a group named 'actor': (?P<actor>...)")
    roles_raw = lang.get("roles", [])
    if not isinstance(roles_raw, list):
        raise RulePackError(f"{where}: field 'roles' must be a list of {{ pattern = ..., as = ... }} tables")
    roles: list[Role] = []
    for i, role in enumerate(roles_raw):
        role_where = f"{where} roles #{i + 1}"
        if not isinstance(role, dict):
            raise RulePackError(f"{role_where}: must be a table {{ pattern = ..., as = ... }}")
        word = _require_str(role, "as", role_where)
        agree = role.get("agree", False)
        if not isinstance(agree, bool):
            raise RulePackError(f"{role_where}: field 'agree' must be true or false")
        source = _expand(_require_str(role, "pattern", role_where), macros, role_where)
        role_pattern = _compile(source, role_where)
        if role_pattern.groupindex:
            raise RulePackError(f"{role_where}: the pattern may not name groups (context before the name goes in 'before')")
        before = None
        if "before" in role:
            before_source = _expand(_require_str(role, "before", role_where), macros, role_where)
            before = _compile(f"(?:{before_source})\\Z", f"{role_where} field 'before'")
        source = role_pattern.pattern
        scan = re.compile(source[2:], re.IGNORECASE) if source.startswith("\\b") else role_pattern
        roles.append(Role(role_pattern, word, agree, before, scan))
    agree_words = lang.get("agree_words", {})
    if not isinstance(agree_words, dict) or not all(isinstance(v, str) for v in agree_words.values()):
        raise RulePackError(f"{where}: field 'agree_words' must be a table of strings")
    agree_suffixes = lang.get("agree_suffixes", [])
    if not isinstance(agree_suffixes, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in agree_suffixes):
        raise RulePackError(f"{where}: field 'agree_suffixes' must be a list of [ending, replacement] pairs")
    agree_inverted = lang.get("agree_inverted", False)
    if not isinstance(agree_inverted, bool):
        raise RulePackError(f"{where}: field 'agree_inverted' must be true or false")
    agree_skip = lang.get("agree_skip", "")
    if not isinstance(agree_skip, str):
        raise RulePackError(f"{where}: field 'agree_skip' must be a regular expression (string)")
    skip = f"(?P<skip>(?:{agree_skip})\\s+)?" if agree_skip else "(?P<skip>)"
    agree_next = _compile(f"\\s+{skip}(?P<verb>[^\\W\\d_]+(?:'t)?)\\b", f"{where} field 'agree_skip'")
    agree_join = lang.get("agree_join")
    if agree_join is not None and not isinstance(agree_join, str):
        raise RulePackError(f"{where}: field 'agree_join' must be a regular expression (string)")
    agree_also = (_compile(f"(?:{agree_join})(?P<verb>[^\\W\\d_]+)\\b", f"{where} field 'agree_join'")
                  if agree_join else None)
    return LanguageProfile(
        code=_require_str(lang, "code", where),
        name=_require_str(lang, "name", where),
        negation=pattern("negation"),
        negation_window=window,
        scope_break=pattern("scope_break"),
        provider=pattern("provider"),
        user=pattern("user"),
        macros=macros,
        third_party=pattern("third_party") if "third_party" in lang else None,
        negation_in_match=in_match,
        subject_cut=pattern("subject_cut") if "subject_cut" in lang else None,
        companions=pattern("companions") if "companions" in lang else None,
        actor_after=pattern("actor_after") if "actor_after" in lang else None,
        question_actor=question_actor,
        clause_join=pattern("clause_join") if "clause_join" in lang else None,
        roles=tuple(roles),
        agree_words=dict(agree_words),
        agree_suffixes=tuple((a, b) for a, b in agree_suffixes),
        agree_next=agree_next if roles else None,
        agree_inverted=agree_inverted,
        agree_also=agree_also if roles else None,
    )


def load_pack(path: Path, profile: LanguageProfile, categories: dict[str, Category]) -> RulePack:
    """Read and validate one pack; raises RulePackError naming the file, the rule and the field."""
    data = _read_toml(path)
    meta = data.get("pack")
    if not isinstance(meta, dict):
        raise RulePackError(f"{path}: needs a [pack] table with id, language and version")
    where = f"{path}: [pack]"
    pack = RulePack(
        id=_require_str(meta, "id", where),
        language=_require_str(meta, "language", where),
        version=_require_str(meta, "version", where),
        description=str(meta.get("description", "")),
        path=str(path),
    )
    if pack.language != profile.code:
        raise RulePackError(f"{where}: field 'language' is '{pack.language}' but the pack lies in the "
                            f"'{profile.code}' folder")
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise RulePackError(f"{path}: 'rules' must be an array of tables ([[rules]])")
    unknown_top = set(data) - {"pack", "rules"}
    if unknown_top:
        raise RulePackError(f"{path}: unknown top-level field(s): {', '.join(sorted(unknown_top))}")
    for i, raw in enumerate(rules):
        pack.rules.append(_parse_rule(raw, i, path, pack, profile, categories))
    return pack


_RULE_FIELDS = {
    "id", "category", "severity", "title", "explanation", "patterns", "keywords", "all", "near",
    "unless", "heading", "unless_heading", "subject", "negatable", "mitigated_by",
    "mitigated_severity", "when_negated", "examples", "lead_in", "unless_near", "each_match",
    "unless_lead_in", "unless_block", "followed_by", "unless_followed_by", "unless_preceded_by",
    "unless_overlapping",
}


def _reaches(raw: dict[str, Any], key: str, where: str, profile: LanguageProfile, *,
             default: int = 80, minimum: int = 0) -> tuple[Reach, ...]:
    """A ``{ patterns = [...], within = N }`` table, or an array of them (``near``, ``unless_near``,
    ``followed_by``, ``unless_followed_by``, ``unless_preceded_by``, ``unless_overlapping``); () when
    absent."""
    value = raw.get(key)
    if value is None:
        return ()
    tables = value if isinstance(value, list) else [value]
    if not tables or not all(isinstance(t, dict) for t in tables):
        raise RulePackError(f"{where}: field '{key}' must be a table with 'patterns' and 'within', "
                            "or an array of such tables")
    result = []
    for n, table in enumerate(tables):
        label = f"{where} field '{key}'" + (f" table {n + 1}" if isinstance(value, list) else "")
        unknown = set(table) - {"patterns", "within"}
        if unknown:
            raise RulePackError(f"{label}: unknown field(s): {', '.join(sorted(unknown))}")
        patterns = _patterns(table, "patterns", label, profile, required=True)
        within = table.get("within", default)
        if not isinstance(within, int) or isinstance(within, bool) or within < minimum:
            raise RulePackError(f"{label}: field '{key}.within' must be an integer of at least {minimum}"
                                + (" (0: inside the matched words only)" if minimum == 0 else ""))
        result.append((patterns, within))
    return tuple(result)


def _parse_rule(raw: Any, index: int, path: Path, pack: RulePack, profile: LanguageProfile,
                categories: dict[str, Category]) -> Rule:
    if not isinstance(raw, dict):
        raise RulePackError(f"{path}: rule #{index + 1}: must be a table")
    rid = raw.get("id")
    where = f"{path}: rule '{rid}'" if isinstance(rid, str) else f"{path}: rule #{index + 1}"
    rid = _require_str(raw, "id", where)
    if not _RULE_ID.match(rid):
        raise RulePackError(f"{where}: field 'id' must be lower-case words joined by '.', '-' or '_'")
    unknown = set(raw) - _RULE_FIELDS
    if "near_within" in unknown:  # once accepted and silently ignored: say where the reach goes
        raise RulePackError(f"{where}: field 'near_within' is not read; give the reach in the table: "
                            "near = { patterns = [...], within = N }")
    if unknown:
        raise RulePackError(f"{where}: unknown field(s): {', '.join(sorted(unknown))}")
    category = _require_str(raw, "category", where)
    if category not in categories:
        raise RulePackError(f"{where}: field 'category': unknown category '{category}'")
    severity = _severity(raw, "severity", where, required=True) or Severity.INFO  # required: never None
    mitigated = _severity(raw, "mitigated_severity", where, required=False) or Severity.INFO
    subject = raw.get("subject", "any")
    if subject not in SUBJECTS:
        raise RulePackError(f"{where}: field 'subject' must be one of {', '.join(SUBJECTS)}")
    negatable = raw.get("negatable", True)
    if not isinstance(negatable, bool):
        raise RulePackError(f"{where}: field 'negatable' must be true or false")
    keywords = _str_list(raw, "keywords", where)
    for kw in keywords:
        if not _KEYWORD.match(kw) or kw != kw.lower():
            raise RulePackError(f"{where}: field 'keywords': '{kw}' must be one lower-case word or word part "
                                  "(a leading '^' anchors it at the word's start)")
    # The patterns read "ß" as "ß" or "ss" (see sharp_s); so do the keywords that wake the rule.
    keywords += [kw.replace("ß", "ss") for kw in keywords if "ß" in kw]
    each_match = raw.get("each_match", False)
    if not isinstance(each_match, bool):
        raise RulePackError(f"{where}: field 'each_match' must be true or false")
    examples = raw.get("examples", {})
    if not isinstance(examples, dict):
        raise RulePackError(f"{where}: field 'examples' must be a table with 'match' and 'no_match'")
    when_negated = None
    if "when_negated" in raw:
        wn = raw["when_negated"]
        if not isinstance(wn, dict):
            raise RulePackError(f"{where}: field 'when_negated' must be a table")
        when_negated = GoodVariant(
            title=_require_str(wn, "title", f"{where} field 'when_negated'"),
            explanation=_explanation(_table(wn, "explanation", f"{where} field 'when_negated'"),
                                     f"{where} field 'when_negated.explanation'"),
        )
    explanation_raw = raw.get("explanation")
    if not isinstance(explanation_raw, dict):
        raise RulePackError(f"{where}: field 'explanation' is required (a table with what, why, action)")
    return Rule(
        id=rid,
        pack=pack.id,
        language=pack.language,
        category=category,
        severity=severity,
        title=_require_str(raw, "title", where),
        explanation=_explanation(explanation_raw, f"{where} field 'explanation'"),
        patterns=_patterns(raw, "patterns", where, profile, required=True),
        keywords=tuple(keywords),
        all=_patterns(raw, "all", where, profile),
        near=_reaches(raw, "near", where, profile),
        unless_near=_reaches(raw, "unless_near", where, profile),
        followed_by=_reaches(raw, "followed_by", where, profile, default=60, minimum=1),
        unless_followed_by=_reaches(raw, "unless_followed_by", where, profile, default=60, minimum=1),
        unless_preceded_by=_reaches(raw, "unless_preceded_by", where, profile, default=150),
        unless_overlapping=_reaches(raw, "unless_overlapping", where, profile, default=150),
        each_match=each_match,
        unless=_patterns(raw, "unless", where, profile),
        heading=_patterns(raw, "heading", where, profile),
        unless_heading=_patterns(raw, "unless_heading", where, profile),
        lead_in=_patterns(raw, "lead_in", where, profile),
        unless_lead_in=_patterns(raw, "unless_lead_in", where, profile),
        unless_block=_patterns(raw, "unless_block", where, profile),
        subject=subject,
        negatable=negatable,
        mitigated_by=_patterns(raw, "mitigated_by", where, profile),
        mitigated_severity=mitigated,
        when_negated=when_negated,
        examples_match=tuple(_str_list(examples, "match", f"{where} field 'examples'")),
        examples_no_match=tuple(_str_list(examples, "no_match", f"{where} field 'examples'")),
        source=str(path),
    )


def _table(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise RulePackError(f"{where}: field '{key}' is required (a table with what, why, action)")
    return value


def _explanation(raw: dict[str, Any], where: str) -> Explanation:
    return Explanation(
        what=_require_str(raw, "what", where),
        why=_require_str(raw, "why", where),
        action=_require_str(raw, "action", where),
    )


def _severity(raw: dict[str, Any], key: str, where: str, *, required: bool) -> Severity | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise RulePackError(f"{where}: field '{key}' is required")
        return None
    if not isinstance(value, str) or value.lower() not in SEVERITY_NAMES:
        raise RulePackError(f"{where}: field '{key}' must be one of {', '.join(SEVERITY_NAMES)}")
    return Severity.parse(value)


def _require_str(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RulePackError(f"{where}: field '{key}' is required and must be a non-empty string")
    return value


def _str_list(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulePackError(f"{where}: field '{key}' must be a list of strings")
    return list(value)


def _patterns(raw: dict[str, Any], key: str, where: str, profile: LanguageProfile, *,
              required: bool = False) -> tuple[re.Pattern[str], ...]:
    values = _str_list(raw, key, where)
    if required and not values:
        raise RulePackError(f"{where}: field '{key}' needs at least one pattern")
    compiled = []
    for n, value in enumerate(values):
        label = f"{where} field '{key}' pattern {n + 1}"
        compiled.append(_compile(_expand(value, profile.macros, label), label))
    return tuple(compiled)


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise RulePackError(f"{where}: unknown macro '{{{{{name}}}}}'")
        return f"(?:{macros[name]})"

    return _MACRO.sub(replace, pattern)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(sharp_s(pattern), re.IGNORECASE)
    except re.error as exc:
        raise RulePackError(f"{where}: invalid regular expression ({exc})") from exc


def sharp_s(pattern: str) -> str:
    """``pattern`` with each literal "ß" also matching "ss": Swiss German writes "ausschliesslich", and
    text in capitals writes "AUSSCHLIESSLICH", where the rules write "ausschließlich". Left alone inside
    character classes, comments, escapes and look-behinds (which must keep a fixed width)."""
    if "ß" not in pattern:
        return pattern
    out: list[str] = []
    groups: list[bool] = []  # for each open group: is it a look-behind?
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":  # an escape, copied as it is
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":  # a class, copied whole: "[^]ß]" ends at its second "]"
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if pattern.startswith("(?#", i):  # a comment
            j = pattern.find(")", i)
            j = n - 1 if j < 0 else j
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if ch == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif ch == ")" and groups:
            groups.pop()
        elif ch == "ß" and not any(groups):
            out.append("(?:ß|ss)")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{path}: not valid TOML ({exc})") from exc
    except OSError as exc:
        raise RulePackError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


# --------------------------------------------------------------------------------------------------
# Discovery


def load_ruleset(language: str, builtin_dir: Path, user_dir: Path | None = None) -> RuleSet:
    """Built-in packs of ``builtin_dir/<language>`` then the user's packs of ``user_dir/<language>``.

    The language folder holds ``language.toml`` (the profile) and any number of ``*.toml`` packs; the
    category registry is ``builtin_dir/categories.toml``. A user pack whose rule id equals a built-in
    one replaces that rule. Invalid packs raise RulePackError.
    """
    categories = load_categories(builtin_dir / "categories.toml")
    lang_dir = builtin_dir / language
    profile_path = lang_dir / "language.toml"
    if not profile_path.is_file():
        raise RulePackError(f"{profile_path}: no rule packs for language '{language}'")
    profile = load_language_profile(profile_path)
    packs = [load_pack(p, profile, categories) for p in sorted(lang_dir.glob("*.toml"))
             if p.name != "language.toml"]
    if user_dir is not None and (user_dir / language).is_dir():
        packs += [load_pack(p, profile, categories) for p in sorted((user_dir / language).glob("*.toml"))]
    rules: dict[str, Rule] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in rules and rules[rule.id].pack == pack.id:
                raise RulePackError(f"{pack.path}: rule '{rule.id}': field 'id' is used twice")
            rules[rule.id] = rule
    return RuleSet(language, profile, list(rules.values()), packs, categories)


def available_languages(builtin_dir: Path) -> list[str]:
    return sorted(p.name for p in builtin_dir.iterdir() if (p / "language.toml").is_file())
