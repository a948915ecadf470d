"""The rule engine: runs a RuleSet over a segmented Document and returns Findings with offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from tosreader.core.document import Block, Clause, Document
from tosreader.core.prefilter import factors_for
from tosreader.core.rules import Explanation, LanguageProfile, Reach, Rule, RuleSet
from tosreader.core.severity import Severity

_WORD = re.compile(r"\w+")
_CLAUSE_CUT = re.compile(r"[,(]")
# Letters a case-insensitive regex matches although str.lower() does not turn them into that letter
# ("ı" and "İ" for "i", "ſ" for "s"); a text with them skips the literal prefilter.
_FOLD_SPECIALS = ("\u0131", "\u017f", "\u0307")
# Typographic apostrophes read as the plain one, one character for one (offsets stay): rules and the
# language profiles write "don't", and web pages write "don’t" ("We don’t sell your data" is a denial).
# The same for the hyphens that are not dashes: "non‑exclusive", "opt‐out".
# (str.replace per character, not str.translate: translating with a table is slow on long text.)
_FOLD = tuple((ch, "'") for ch in "\u2018\u2019\u201b\u2032\u00b4\u02bc") + (("\u2010", "-"), ("\u2011", "-"))


def match_text(text: str) -> str:
    """``text`` as the rules read it: typographic apostrophes folded to "'" and hyphens to "-", same
    length."""
    for ch, plain in _FOLD:
        if ch in text:
            text = text.replace(ch, plain)
    return text


_READ_CACHE_SIZE = 1024  # texts remembered by Engine._read_part, each at most _READ_CACHE_LONGEST long
_READ_CACHE_LONGEST = 4_000
_SENTENCE_START = re.compile(r"(?:\A|[\n.;:!?(„“\"»«])[ \t\u00a0]*\Z")
_BEFORE_REACH = 80  # characters of read text a role's ``before`` condition looks at
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+(?:'t)?)([ \t\u00a0]+)\Z")  # on the same line: no heading


def read_roles(text: str, profile: LanguageProfile, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with each role name (see ``LanguageProfile.roles``) replaced by its word, padded in front to
    the same length (where several roles could start, the first listed whose ``before`` condition holds
    wins). ``before`` must match the text right before the name (as
    read so far); a name shorter than its word stays. Around a role with ``agree`` the finite verb is made to
    agree with the word: the verb after it ("the User closes" read as "you close", "der Nutzer erklärt" as
    "Sie erklären"; ``agree_skip`` words may stand between), or a verb of ``agree_words`` right before it
    ("ist der Kunde" read as "sind Sie"; with ``agree_inverted`` any verb the suffix rules know, "schließt
    der Kunde" as "schließen Sie"), when the result still fits. A second verb joined to the one after the
    role by ``agree_join`` agrees too ("the Company suspends or terminates" as "we suspend or terminate").
    ``spans`` (if given) receives each replaced stretch, so that quotes can be widened to it (see :func:`_requoted`)."""
    if not profile.roles:
        return text
    starts = sorted({m.start() for role in profile.roles for m in (role.scan or role.pattern).finditer(text)})
    parts: list[str] = []
    last = 0
    for at in starts:
        if at < last:
            continue
        chosen = None
        for role in profile.roles:
            found = role.pattern.match(text, at)
            if found is None or found.end() - found.start() < len(role.word):
                continue
            if role.before is not None:
                gap = text[max(last, at - _BEFORE_REACH) : at]  # the read text before the name, as far as reached
                read = "".join(parts[-4:]) + gap if len(gap) < _BEFORE_REACH else gap
                context = read if len(read) <= _BEFORE_REACH and len(read) == at else "\0" + read[-_BEFORE_REACH:]
                if role.before.search(context) is None:
                    continue
            chosen = role, found
            break
        if chosen is None:
            continue
        role, found = chosen
        lo, hi = found.span()
        said, start, end = role.word, lo, hi
        if role.agree:
            before = _PREVIOUS_WORD.search(text, max(last, lo - 40), lo)
            if (before is not None and before.group(1)[:1].isupper()
                    and _SENTENCE_START.search(text, max(0, before.start() - 40), before.start()) is None):
                before = None  # a capitalised word inside a sentence is a noun, not an inverted verb
            verb = before.group(1) if before is not None else ""
            agreed = profile.agree_words.get(verb.lower()) if verb else None
            if agreed is None and verb and profile.agree_inverted:
                agreed = _agreeing(verb[:1].lower() + verb[1:], profile)
            if before is not None and agreed is not None and agreed != verb.lower():
                said = (agreed[:1].upper() + agreed[1:] if verb[:1].isupper() else agreed) + " " + role.word
                start = before.start()
            else:
                after = profile.agree_next.match(text, hi) if profile.agree_next is not None else None
                verb = _agreeing(after.group("verb"), profile) if after is not None else None
                if after is not None and verb is not None:
                    said = role.word + " " + (after.group("skip") or "") + verb
                    end = after.end()
                    also = profile.agree_also.match(text, end) if profile.agree_also is not None else None
                    second = _agreeing(also.group("verb"), profile) if also is not None else None
                    if also is not None and second is not None:
                        said += text[end : also.start("verb")] + second
                        end = also.end()
        if len(said) > end - start:
            said, start, end = role.word, lo, hi
        parts += [text[last:start], said.rjust(end - start)]
        if spans is not None:
            spans.append((start, end))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _agreeing(verb: str, profile: LanguageProfile) -> str | None:
    """The plural form of a third-person singular ``verb`` by the profile's tables, or None (also for a
    word that does not start in lower case)."""
    if not verb[:1].islower():
        return None
    if verb in profile.agree_words:
        return profile.agree_words[verb]
    for ending, plain in profile.agree_suffixes:
        # a short ending needs a stem before it ("as" is no verb in -s); a long one may be the whole word
        if verb.endswith(ending) and (len(verb) > len(ending) + 1 or len(ending) > 3):
            return verb[: len(verb) - len(ending)] + plain
    return None


def _requoted(findings: list[Finding], folded: str, source: str,
              spans: list[tuple[int, int]] | None = None) -> list[Finding]:
    """``findings`` made on ``folded`` (see :func:`match_text` and :func:`read_roles`), quoting ``source``'s
    own characters. A matched span that starts or ends inside a stretch :func:`read_roles` replaced
    (``spans``: "The Company is" read as "we are") is widened to that whole stretch, then to whole source
    words, and quotes no leading or trailing space."""
    if folded == source:
        return findings
    starts = [lo for lo, _ in spans] if spans else []
    result = []
    for f in findings:
        lo, hi = f.match_start, f.match_end
        if spans:
            i = bisect.bisect_right(starts, lo) - 1
            if i >= 0 and spans[i][0] <= lo < spans[i][1]:
                lo = spans[i][0]
            j = bisect.bisect_right(starts, hi - 1) - 1
            if j >= 0 and spans[j][0] < hi < spans[j][1]:
                hi = spans[j][1]
        while (0 < lo < hi and source[lo - 1].isalnum() and source[lo].isalnum()
               and source[lo - 1 : lo + 1] != folded[lo - 1 : lo + 1]):
            lo -= 1
        while (lo < hi < len(source) and source[hi - 1].isalnum() and source[hi].isalnum()
               and source[hi - 1 : hi + 1] != folded[hi - 1 : hi + 1]):
            hi += 1
        while lo < hi and source[lo].isspace():
            lo += 1
        while hi > lo and source[hi - 1].isspace():
            hi -= 1
        result.append(replace(f, match_start=lo, match_end=hi, matched=source[lo:hi]))
    return result


@dataclass(frozen=True)
class Finding:
    """A rule that fired on a clause.

    ``start``/``end`` span the clause in the document text; ``match_start``/``match_end`` span the words
    that triggered the rule (``matched``). ``negated`` marks a good point made from a denied risk.
    """

    rule: str
    category: str
    severity: Severity
    title: str
    explanation: Explanation
    start: int
    end: int
    match_start: int
    match_end: int
    matched: str
    clause: int
    negated: bool = False
    mitigated: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "match_start": self.match_start,
            "match_end": self.match_end,
            "matched": self.matched,
            "clause": self.clause,
            "negated": self.negated,
            "mitigated": self.mitigated,
            "explanation": {"what": self.explanation.what, "why": self.explanation.why,
                            "action": self.explanation.action},
        }


class Engine:
    """Evaluates rules clause by clause. A keyword index picks the few rules worth trying per clause."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.profile = ruleset.profile
        self._uses_lead_in = any(rule.lead_in or rule.unless_lead_in for rule in ruleset.rules)
        self._always: list[int] = []
        self._word_cache: dict[str, tuple[frozenset[int], int]] = {}  # word -> (rules it wakes, literal mask)
        self._rule_sets: dict[frozenset[int], frozenset[int]] = {}
        self._keywords: dict[str, list[int]] = {}
        for i, rule in enumerate(ruleset.rules):
            if not rule.keywords:
                self._always.append(i)
            for kw in rule.keywords:
                self._keywords.setdefault(kw, []).append(i)
        self._read_cache: dict[str, str] = {}
        self._build_prefilter()

    def _read(self, text: str, spans: list[tuple[int, int]] | None = None) -> str:
        """``text`` as the rules read it: :func:`match_text`, then the profile's role names (``spans``: see
        :func:`read_roles`)."""
        return read_roles(match_text(text), self.profile, spans)

    def _read_part(self, text: str) -> str:
        """:meth:`_read` of a heading or a lead-in, which many rules ask for again and again:
        remembered (up to _READ_CACHE_SIZE texts, then forgotten all at once)."""
        if len(text) > _READ_CACHE_LONGEST:
            return self._read(text)
        read = self._read_cache.get(text)
        if read is None:
            if len(self._read_cache) >= _READ_CACHE_SIZE:
                self._read_cache.clear()
            read = self._read_cache[text] = self._read(text)
        return read

    @classmethod
    def for_ruleset(cls, ruleset: RuleSet) -> Engine:
        """The engine of ``ruleset``, built once and kept on the ruleset (building reads every
        pattern's parse tree for the prefilter)."""
        engine = getattr(ruleset, "_engine", None)
        if not isinstance(engine, Engine):
            engine = cls(ruleset)
            setattr(ruleset, "_engine", engine)  # noqa: B010 - RuleSet has no slot for it by design
        return engine

    def _build_prefilter(self) -> None:
        """Per pattern, the literal factors it needs (see prefilter.py) as bit masks over all literals.

        A clause's mask has the bit of every literal one of its words contains; a pattern is worth
        running only when each of its factor masks shares a bit with the clause's mask."""
        bits: dict[str, int] = {}

        def mask(factor: frozenset[str]) -> int:
            m = 0
            for literal in factor:
                m |= 1 << bits.setdefault(literal, len(bits))
            return m

        rules = self.ruleset.rules
        every = [p for rule in rules for p in (*rule.patterns, *rule.all)]
        known = iter(factors_for(every, self.ruleset.factor_cache or None))
        pattern_masks: list[tuple[tuple[int, ...], ...]] = []
        self._all_masks: list[tuple[int, ...]] = []
        for rule in rules:
            pattern_masks.append(tuple(tuple(mask(f) for f in next(known)) for _ in rule.patterns))
            self._all_masks.append(tuple(mask(f) for _ in rule.all for f in next(known)))
        self._literals = list(bits)
        # Every string looked up in a document's vocabulary, shortest first, each with the longest
        # shorter needle it contains (its words are a subset of that one's), or -1.
        stems = {kw[1:] if kw.startswith("^") else kw for kw in self._keywords}
        self._needles = sorted(stems | set(bits), key=lambda n: (len(n), n))
        self._needle_index = {n: i for i, n in enumerate(self._needles)}
        self._needle_parent = [self._longest_inner_needle(n) for n in self._needles]
        self._checks = [tuple(zip(rule.patterns, masks, strict=True))
                        for rule, masks in zip(self.ruleset.rules, pattern_masks, strict=True)]
        # A rule that needs a list lead-in is skipped on clauses without one, unless its lead-in
        # patterns would match an empty lead-in.
        self._needs_lead = [bool(rule.lead_in) and not any(p.search("") for p in rule.lead_in)
                            for rule in self.ruleset.rules]
        # The bits of every literal a rule's patterns ask for: only these decide which of them to run.
        self._rule_bits = [_or(m for masks in per_rule for m in masks) | _or(all_masks)
                           for per_rule, all_masks in zip(pattern_masks, self._all_masks, strict=True)]

    def _longest_inner_needle(self, needle: str) -> int:
        for size in range(len(needle) - 1, 0, -1):
            for start in range(len(needle) - size + 1):
                j = self._needle_index.get(needle[start : start + size])
                if j is not None:
                    return j
        return -1

    def _passing(self, i: int, have: int) -> list[re.Pattern[str]]:
        """The patterns of rule ``i`` whose literal factors all meet ``have`` (the literal bits of a
        clause), or [] when the rule's ``all`` patterns cannot match."""
        for m in self._all_masks[i]:
            if not have & m:
                return []
        found = []
        for pattern, masks in self._checks[i]:
            for m in masks:
                if not have & m:
                    break
            else:
                found.append(pattern)
        return found

    # -- candidate selection -------------------------------------------------------------------

    def _word_rules(self, vocabulary: Iterable[str]) -> tuple[dict[str, frozenset[int]], dict[str, int]]:
        """For each word in the document's vocabulary that contains a keyword, the rules it wakes;
        and for each word that contains a prefilter literal, the mask of those literals.

        Both depend on the word alone, so they are kept per engine for the words seen before (most
        words of the next document, or of the next version of this one) and worked out for new words
        only; the cache is emptied when it passes WORD_CACHE_LIMIT words."""
        cache = self._word_cache
        rules: dict[str, frozenset[int]] = {}
        masks: dict[str, int] = {}
        new: list[str] = []
        for w in vocabulary:
            known = cache.get(w)
            if known is None:
                new.append(w)
                continue
            if known[0]:
                rules[w] = known[0]
            if known[1]:
                masks[w] = known[1]
        if new:
            if len(cache) + len(new) > WORD_CACHE_LIMIT:
                cache.clear()
            new_rules, new_masks = self._scan_words(new)
            rules.update(new_rules)
            masks.update(new_masks)
            shared = self._rule_sets  # one frozenset per distinct set of rules, not one per word
            for w in new:
                woken = new_rules.get(w, _NO_RULES)
                cache[w] = (shared.setdefault(woken, woken), new_masks.get(w, 0))
        return rules, masks

    def _scan_words(self, vocabulary: Iterable[str]) -> tuple[dict[str, frozenset[int]], dict[str, int]]:
        """:meth:`_word_rules` for words not seen before: one scan of their joined text per needle.

        A keyword "^stem" only counts words that start with "stem"."""
        found = self._words_with_needles(_Vocabulary(vocabulary))
        hits: dict[str, set[int]] = {}
        for kw, rule_ids in self._keywords.items():
            stem = kw[1:] if kw.startswith("^") else kw
            words = found[self._needle_index[stem]]
            for w in words if stem == kw else (w for w in words if w.startswith(stem)):
                hits.setdefault(w, set()).update(rule_ids)
        masks: dict[str, int] = {}
        for bit, literal in enumerate(self._literals):
            flag = 1 << bit
            for w in found[self._needle_index[literal]]:
                masks[w] = masks.get(w, 0) | flag
        return {w: frozenset(r) for w, r in hits.items()}, masks

    def _words_with_needles(self, vocab: _Vocabulary) -> list[list[str]]:
        """For each needle (keyword stem or literal), the vocabulary words containing it. A needle that
        contains a shorter needle filters that one's words instead of scanning the vocabulary."""
        found: list[list[str]] = [[] for _ in self._needles]
        for i in range(len(self._needles)):  # shortest first: parents come before
            needle, parent = self._needles[i], self._needle_parent[i]
            found[i] = vocab.containing(needle) if parent < 0 else [w for w in found[parent] if needle in w]
        return found

    # -- evaluation ------------------------------------------------------------------------------

    def run(self, document: Document, clauses: list[Clause] | None = None,
            progress: Callable[[int, int], bool] | None = None) -> list[Finding]:
        """All findings for ``document``; ``progress(done, total)`` may return False to cancel."""
        spans: list[tuple[int, int]] = []
        text = self._read(document.text, spans)
        clauses = document.clauses if clauses is None else clauses
        lower = text.lower()
        clause_words = [set(_WORD.findall(lower, c.start, c.end)) for c in clauses]
        vocabulary: set[str] = set().union(*clause_words) if clause_words else set()
        word_rules, word_masks = self._word_rules(vocabulary)
        keyword_words = set(word_rules)
        mask_words = set(word_masks)
        prefilter = not any(special in lower for special in _FOLD_SPECIALS)
        rule_bits, needs_lead = self._rule_bits, self._needs_lead
        # The patterns of rule i worth running depend only on which of its literals a clause has.
        passing: dict[tuple[int, int], list[re.Pattern[str]]] = {}
        rules = self.ruleset.rules
        findings: list[Finding] = []
        total = len(clauses)
        blocks = document.blocks
        leads = lead_ins(document, clauses) if self._uses_lead_in else None
        for n, (clause, words) in enumerate(zip(clauses, clause_words, strict=True)):
            if progress is not None and n % 500 == 0 and progress(n, total) is False:
                break
            if clause.block < len(blocks) and blocks[clause.block].kind == "heading":
                continue  # a heading names a section; the clauses under it say what applies
            candidates: set[int] = set(self._always)
            for w in words & keyword_words:
                candidates |= word_rules[w]
            if not candidates:
                continue
            clause_text = text[clause.start : clause.end]
            lead = ""
            if leads is not None and leads[n] >= 0:
                lead_clause = clauses[leads[n]]
                lead = text[lead_clause.start : lead_clause.end]
            have = -1  # every literal, when the prefilter is off
            if prefilter:
                have = 0
                for w in words & mask_words:
                    have |= word_masks[w]
            for i in sorted(candidates):
                if not lead and needs_lead[i]:
                    continue
                key = (i, have & rule_bits[i])
                patterns = passing.get(key)
                if patterns is None:
                    patterns = passing[key] = self._passing(i, key[1])
                if not patterns:
                    continue
                findings += self._evaluate(rules[i], clause, clause_text, lead, patterns, document, text)
        findings = _requoted(findings, text, document.text, spans)
        findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule))
        return findings

    def evaluate_text(self, clause_text: str, heading: str = "", lead_in: str = "") -> list[Finding]:
        """Run every rule on one piece of text as a single clause (for rule examples and tests)."""
        spans: list[tuple[int, int]] = []
        folded = self._read(clause_text, spans)
        clause = Clause(0, 0, len(clause_text), 0, heading, "")
        results = []
        lead = self._read_part(lead_in)
        for rule in self.ruleset.rules:
            results += self._evaluate(rule, clause, folded, lead)
        return _requoted(results, folded, clause_text, spans)

    def _evaluate(self, rule: Rule, clause: Clause, text: str, lead: str,
                  patterns: Iterable[re.Pattern[str]] | None = None,
                  document: Document | None = None, read_document: str | None = None) -> list[Finding]:
        """The rule's findings on one clause: the first risky match, or with ``each_match`` every
        risky match that overlaps no earlier one; else a good point from a denied match, or [].
        ``patterns``: the ones the prefilter let through (all of the rule's by default), in order.
        ``document``: the clause's document, for ``unless_block`` (without it the clause is its block);
        ``read_document``: its text as the rules read it, which the block is cut from."""
        if rule.heading and not any(p.search(self._read_part(clause.heading)) for p in rule.heading):
            return []
        if rule.lead_in and not any(p.search(lead) for p in rule.lead_in):
            return []
        if rule.unless_lead_in and lead and any(p.search(lead) for p in rule.unless_lead_in):
            return []
        if rule.unless_heading and any(p.search(self._read_part(clause.heading)) for p in rule.unless_heading):
            return []
        if rule.all and not all(p.search(text) for p in rule.all):
            return []
        # ``unless`` cancels the whole rule; it is checked only once a match is found (same result,
        # but most clauses a keyword wakes a rule for have no match and so skip these scans).
        denied: re.Match[str] | None = None
        risky: list[re.Match[str]] = []
        for pattern in rule.patterns if patterns is None else patterns:
            for m in pattern.finditer(text):
                if rule.near and not self._near(rule.near, text, m):
                    continue
                if rule.unless_near and self._near(rule.unless_near, text, m):
                    continue
                if rule.followed_by and not self._near(rule.followed_by, text, m, after_only=True):
                    continue
                if rule.unless_followed_by and self._near(rule.unless_followed_by, text, m, after_only=True):
                    continue
                if rule.unless_preceded_by and self._near(rule.unless_preceded_by, text, m, before_only=True):
                    continue
                if rule.unless_overlapping and self._overlapping(rule.unless_overlapping, text, m):
                    continue
                if rule.subject != "any" and not self._subject_ok(rule.subject, text, m.start()):
                    continue
                if rule.negatable and self._negated(text, m.start(), m.end()):
                    denied = denied or m
                    continue
                risky.append(m)
                if not rule.each_match:
                    break
            if risky and not rule.each_match:
                break
        if risky:
            if not self._clause_conditions(rule, text, clause, document, read_document):
                return []
            severity = rule.severity
            mitigated = False
            if rule.mitigated_by and any(p.search(text) for p in rule.mitigated_by):
                severity = rule.mitigated_severity
                mitigated = True
            return [self._finding(rule, clause, m, severity, rule.title, rule.explanation,
                                  negated=False, mitigated=mitigated) for m in _apart(risky)]
        if denied is not None and rule.when_negated is not None:
            if not self._clause_conditions(rule, text, clause, document, read_document):
                return []
            good = rule.when_negated
            return [self._finding(rule, clause, denied, Severity.GOOD, good.title, good.explanation,
                                  negated=True, mitigated=False)]
        return []

    def _clause_conditions(self, rule: Rule, text: str, clause: Clause, document: Document | None,
                           read_document: str | None = None) -> bool:
        """No ``unless`` pattern matches in the clause, no ``unless_block`` one in its block (cut from
        ``read_document``, the document as already read: reading a long block again for every clause would
        cost its length each time). Without both, the clause is its block."""
        if rule.unless and any(p.search(text) for p in rule.unless):
            return False
        if rule.unless_block:
            block = text
            if document is not None and read_document is not None and clause.block < len(document.blocks):
                b = document.blocks[clause.block]
                block = read_document[b.start : b.end]
            return not any(p.search(block) for p in rule.unless_block)
        return True

    @staticmethod
    def _finding(rule: Rule, clause: Clause, m: re.Match[str], severity: Severity, title: str,
                 explanation: Explanation, *, negated: bool, mitigated: bool) -> Finding:
        return Finding(
            rule=rule.id, category=rule.category, severity=severity, title=title,
            explanation=explanation, start=clause.start, end=clause.end,
            match_start=clause.start + m.start(), match_end=clause.start + m.end(),
            matched=m.group(0), clause=clause.index, negated=negated, mitigated=mitigated,
        )

    @staticmethod
    def _near(reaches: tuple[Reach, ...], text: str, m: re.Match[str], *, after_only: bool = False,
              before_only: bool = False) -> bool:
        """A pattern of one of the tables matches within that table's reach around the match, or with
        ``after_only`` in the stretch right after it (``followed_by``), or with ``before_only`` in the
        stretch before it and the matched words (``unless_preceded_by``)."""
        for patterns, within in reaches:
            lo = m.end() if after_only else max(0, m.start() - within)
            window = text[lo : m.end() if before_only else m.end() + within]
            if any(p.search(window) for p in patterns):
                return True
        return False

    @staticmethod
    def _overlapping(reaches: tuple[Reach, ...], text: str, m: re.Match[str]) -> bool:
        """A pattern of one of the tables matches, within that table's reach around the match, words that
        overlap the matched ones (``unless_overlapping``)."""
        for patterns, within in reaches:
            lo, hi = max(0, m.start() - within), m.end() + within
            for p in patterns:
                if any(f.start() < m.end() and f.end() > m.start() for f in p.finditer(text, lo, hi)):
                    return True
        return False

    def _negated(self, text: str, match_start: int, match_end: int) -> bool:
        """True when a negation cue stands shortly before the match with no scope break between, or,
        where the language profile says so, in the main clause of the matched words."""
        if self.profile.negation_in_match:
            if self._denied_inside(text[match_start:match_end]):
                return True
        lo = max(0, match_start - self.profile.negation_window)
        window = text[lo:match_start]
        cue = self._holding_cue(window, 0, len(window))
        if cue is None:
            return False
        if self.profile.clause_join is not None:
            # A new main clause joined after the cue whose verb is the match's first word ("… may not
            # work, and Acme may change …": ", and Acme may" ends the denial, its "may" is the match's).
            first_word = _FIRST_WORD.match(text, match_start)
            reach = first_word.end() if first_word is not None else match_start
            if self.profile.clause_join.search(text[lo:reach], cue.end()) is not None:
                return False
        return True

    def _holding_cue(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """The last negation cue in ``text[lo:hi]`` if it reaches the end of ``text`` (no scope break
        after it), else None."""
        cue = None
        for found in self.profile.negation.finditer(text, lo, hi):
            cue = found
        if cue is None or self.profile.scope_break.search(text, cue.end()) is not None:
            return None
        return cue

    def _denied_inside(self, inside: str) -> bool:
        """A negation cue in the main clause of the matched words: before the first comma or
        parenthesis, or after the last one ("Inhalte, die …, werden nicht entfernt"), with no scope
        break after it."""
        first = _CLAUSE_CUT.search(inside)
        if first is None:
            spans = [(0, len(inside))]
        else:
            spans = [(0, first.start())]
            last = max(inside.rfind(","), inside.rfind(")"))
            if "(" not in inside[last + 1 :]:  # not inside a parenthesis
                spans.append((last + 1, len(inside)))
        for lo, hi in spans:
            cue = self._holding_cue(inside, lo, hi)
            if cue is not None and not self._joined_after(inside, cue.end(), hi):
                return True
        return False

    def _joined_after(self, text: str, start: int, end: int) -> bool:
        """A new predicate joined inside the matched words after a cue ("Ihre Lizenz ist nicht
        übertragbar und kann jederzeit widerrufen werden"): the profile's ``clause_join`` ends at one of
        the words between ``start`` and ``end``, so the denial stops there."""
        join = self.profile.clause_join
        if join is None:
            return False
        return any(join.search(text, start, word.end()) is not None
                   for word in _WORD.finditer(text, start, end))

    def _subject_ok(self, wanted: str, text: str, match_start: int) -> bool:
        """Who acts: the actor named in the stretch just before the match, since the last comma or
        clause word of the profile's ``subject_cut`` ("that", "if"). A name the profile does not know
        (a brand) counts as the provider; passive voice, with no actor named, passes."""
        if self.profile.question_actor is not None:  # "Can I delete my data?": the asker acts
            asked = self.profile.question_actor.match(text, match_start)
            if asked is not None and asked.group("actor") is not None:
                by_provider = self.profile.provider.fullmatch(asked.group("actor")) is not None
                return by_provider if wanted == "provider" else not by_provider
        lo = max(0, match_start - 60)
        before = text[lo:match_start]
        if self.profile.companions is not None:  # "Heron, its affiliates and licensors": Heron acts
            before = self.profile.companions.sub(" ", before)
        cut = max(before.rfind(","), before.rfind(";"), before.rfind("("))
        if self.profile.subject_cut is not None:
            for word in self.profile.subject_cut.finditer(before, cut + 1):
                cut = word.end() - 1
        stretch = before[cut + 1 :]
        user = self.profile.user.search(stretch) is not None
        provider = self.profile.provider.search(stretch) is not None
        third = self.profile.third_party
        verb = None
        if not user and not provider and self.profile.actor_after is not None:
            verb = self.profile.actor_after.match(text, match_start)
        if verb is not None:
            # "Ferner sind wir berechtigt …", "Dann kann der Händler …": the actor follows the verb. Not
            # the reader: "Sie" there may be the object ("Heron kann Sie ausschließen").
            after = text[verb.end() : verb.end() + 40].lstrip()
            provider = self.profile.provider.match(after) is not None
            if not provider:
                stretch += " " + " ".join(after.split()[:2])  # "der Händler": a third party acts?
        if wanted == "provider":
            if provider:
                return True
            return not user and (third is None or third.search(stretch) is None)
        return user and not provider


_FIRST_WORD = re.compile(r"\w+\b")


def _apart(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches in text order, without those overlapping an earlier one."""
    kept: list[re.Match[str]] = []
    for m in sorted(matches, key=lambda m: m.start()):
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _or(masks: Iterable[int]) -> int:
    result = 0
    for m in masks:
        result |= m
    return result


class _Vocabulary:
    """A document's distinct words, searchable for the words containing a literal in one str.find scan."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(words)
        self.joined = "\n" + "\n".join(self.words)
        self.starts: list[int] = []
        pos = 1
        for w in self.words:
            self.starts.append(pos)
            pos += len(w) + 1

    def containing(self, literal: str) -> list[str]:
        """The words that contain ``literal``; one hit per word."""
        joined, found = self.joined, []
        i = joined.find(literal)
        while i != -1:
            found.append(self.words[bisect.bisect_right(self.starts, i) - 1])
            nxt = joined.find("\n", i)  # jump to the next word
            if nxt == -1:
                break
            i = joined.find(literal, nxt + 1)
        return found


LEAD_IN_REACH = 12
WORD_CACHE_LIMIT = 200_000  # distinct words an engine remembers the rules and literals of
_NO_RULES: frozenset[int] = frozenset()
# The start of a list item: "(a)", "b)", "iv.", "2.", "3.1", a dash or a bullet.
_ITEM_START = re.compile(r"\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.\s"
                         r"|[-\u2013\u2022*\u00b7\u25aa]\s)", re.IGNORECASE)
# The end of an item that another follows: "…;", "…,", "… and", "… oder".
_ITEM_END = re.compile(r"(?:[;,]|\b(?:and|or|und|oder|sowie))\s*\Z", re.IGNORECASE)


def _list_goes_on(text: str, blocks: list[Block], previous: Clause, clause: Clause) -> bool:
    """Whether ``clause`` still belongs to the list its predecessor is part of: it shares its paragraph,
    is a list item or starts like one, starts in lower case, or the previous item ends with ";", ","
    or "and"/"or"."""
    if clause.block == previous.block:
        return True
    if clause.block < len(blocks) and blocks[clause.block].kind == "list_item":
        return True
    own = text[clause.start : clause.end]
    if _ITEM_START.match(own) or own.lstrip()[:1].islower():
        return True
    return _ITEM_END.search(text[previous.start : previous.end].rstrip(" .")) is not None


def lead_ins(document: Document, clauses: list[Clause]) -> list[int]:
    """For each clause, the index of its list lead-in, or -1: the nearest clause before it in the same
    section that ends with a colon ("We are not liable for:"), at most LEAD_IN_REACH clauses back, as
    long as the list goes on. One forward pass; a heading ends the reach of a lead-in, and so does the
    first clause after the list (see :func:`_list_goes_on`)."""
    text, blocks = document.text, document.blocks
    result: list[int] = []
    last = -1
    for i, c in enumerate(clauses):
        if last >= 0 and (i - last > LEAD_IN_REACH
                          or (i > last + 1 and not _list_goes_on(text, blocks, clauses[i - 1], c))):
            last = -1
        result.append(last)
        if c.block < len(blocks) and blocks[c.block].kind == "heading":
            last = -1
        elif text[c.start : c.end].rstrip().endswith((":", "\u2014", ":-")):
            last = i
    return result
