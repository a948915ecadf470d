"""Sentence-level precision, recall and F1 of the rules on a CLAUDETTE-style annotated corpus.

Usage: python benchmarks/clause_detection.py CORPUS_DIR --lang en|de [--json] [--errors [CATEGORY]] [--rules]
       [--docs DOC ...] [--against GIT_REVISION]

CORPUS_DIR has the layout of ../shared/data/claudette-ml-dev: <lang>/text/DOC.txt (whole document),
<lang>/sentences/DOC.txt (one sentence a line) and <lang>/tags/DOC.txt (tags per sentence, e.g. "ch2 ter3").
A sentence is gold-positive for category C when it carries C2 or C3. It is predicted positive for C when a
risk finding (severity low or above) of C has its trigger words inside the sentence. Each document is
analysed whole (so headings and segmentation count), and the corpus sentences are located in its text.

``--against REV`` also runs the rule packs of a git revision (``HEAD``, ``main~3``, a commit) with the
engine of the working tree, prints both scores per category, and lists every sentence whose verdict
changed: ``+TP`` a miss now found, ``+FP`` a new false alarm, ``-TP`` a find now missed, ``-FP`` a false
alarm gone. It shows what a rule change did, sentence by sentence, before it is committed.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tosreader.core.analysis import analyze, get_ruleset  # noqa: E402
from tosreader.core.document import readable  # noqa: E402
from tosreader.core.engine import Engine  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402
from tosreader.core.rules import RuleSet, load_ruleset  # noqa: E402

TAG_TO_CATEGORY = {
    "a": "arbitration",
    "ch": "unilateral_change",
    "cr": "content_removal",
    "j": "jurisdiction",
    "law": "choice_of_law",
    "ltd": "limitation_of_liability",
    "ter": "unilateral_termination",
    "use": "contract_by_using",
}
CATEGORIES = list(TAG_TO_CATEGORY.values())


@dataclass
class Sentence:
    doc: str
    index: int
    text: str
    gold: set[str]
    predicted: set[str] = field(default_factory=set)
    rules: dict[str, list[str]] = field(default_factory=dict)
    matched: dict[str, list[str]] = field(default_factory=dict)  # category -> the words each finding matched
    fair: set[str] = field(default_factory=set)  # categories the experts tagged at level 1 (fair)

    def why(self, category: str) -> str:
        """The rules that flagged ``category`` here and the words they matched, for error listings."""
        words = " | ".join(f"\u201c{m}\u201d" for m in self.matched.get(category, []))
        return f"[{','.join(self.rules.get(category, []))}]" + (f" {words}" if words else "")


def gold_categories(tags: str, levels: tuple[str, ...] = ("2", "3")) -> set[str]:
    result = set()
    for tag in tags.split():
        name, level = tag[:-1], tag[-1:]
        if name in TAG_TO_CATEGORY and level in levels:
            result.add(TAG_TO_CATEGORY[name])
    return result


def evaluate_document(corpus: Path, lang: str, doc: str,
                      ruleset: RuleSet | None = None) -> tuple[list[Sentence], int]:
    base = corpus / lang
    raw_sentences = (base / "sentences" / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    raw_tags = (base / "tags" / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    text = (base / "text" / f"{doc}.txt").read_text(encoding="utf-8")
    analysis = analyze(load_text(text, source=doc), lang, ruleset=ruleset)
    doc_text = analysis.document.text
    risks = [f for f in analysis.findings if f.severity.is_risk]
    sentences: list[Sentence] = []
    unlocated = 0
    cursor = 0
    engine: Engine | None = None
    for i, (sent, tags) in enumerate(zip(raw_sentences, raw_tags, strict=False)):
        norm = " ".join(readable(sent).split())  # as the loaders clean a block
        if not norm:
            continue
        s = Sentence(doc, i, norm, gold_categories(tags), fair=gold_categories(tags, ("1",)))
        pos = doc_text.find(norm, cursor)
        if pos < 0:
            pos = doc_text.find(norm)
        if pos >= 0:
            end = pos + len(norm)
            cursor = end
            for f in risks:
                if f.match_start < end and f.match_end > pos:
                    s.predicted.add(f.category)
                    s.rules.setdefault(f.category, []).append(f.rule)
                    s.matched.setdefault(f.category, []).append(f.matched)
        else:
            unlocated += 1
            engine = engine or Engine(analysis.ruleset)
            for f in engine.evaluate_text(norm):
                if f.severity.is_risk:
                    s.predicted.add(f.category)
                    s.rules.setdefault(f.category, []).append(f.rule)
                    s.matched.setdefault(f.category, []).append(f.matched)
        sentences.append(s)
    return sentences, unlocated


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(sentences: list[Sentence]) -> dict[str, object]:
    per: dict[str, dict[str, float]] = {}
    tot_tp = tot_fp = tot_fn = 0
    for c in CATEGORIES:
        tp = sum(1 for s in sentences if c in s.gold and c in s.predicted)
        fp = sum(1 for s in sentences if c not in s.gold and c in s.predicted)
        fn = sum(1 for s in sentences if c in s.gold and c not in s.predicted)
        # where the false alarms stand: a clause the experts tagged with this category but judged fair
        # (a level error), a clause of another unfair category (a category error), or an untagged one
        fp_fair = sum(1 for s in sentences if c not in s.gold and c in s.predicted and c in s.fair)
        fp_other = sum(1 for s in sentences if c not in s.gold and c in s.predicted
                       and c not in s.fair and s.gold)
        p, r, f = prf(tp, fp, fn)
        per[c] = {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn,
                  "fp_fair": fp_fair, "fp_other": fp_other, "fp_untagged": fp - fp_fair - fp_other}
        tot_tp, tot_fp, tot_fn = tot_tp + tp, tot_fp + fp, tot_fn + fn
    scored = {s_: v for s_, v in per.items()}
    macro = sum(v["f1"] for v in scored.values()) / len(scored)
    micro = prf(tot_tp, tot_fp, tot_fn)[2]
    dtp = sum(1 for s in sentences if s.gold and s.predicted & set(CATEGORIES))
    dfp = sum(1 for s in sentences if not s.gold and s.predicted & set(CATEGORIES))
    dfn = sum(1 for s in sentences if s.gold and not s.predicted & set(CATEGORIES))
    dp, dr, df = prf(dtp, dfp, dfn)
    return {"per_category": per, "macro_f1": macro, "micro_f1": micro,
            "detection": {"precision": dp, "recall": dr, "f1": df}, "sentences": len(sentences)}


def rule_hits(sentences: list[Sentence]) -> list[tuple[str, str, int, int]]:
    """(rule, category, sentences it flagged rightly, wrongly) for every rule that flagged one, worst
    first: a rule's flag counts as right when the sentence is gold-positive for the rule's category."""
    counts: dict[tuple[str, str], list[int]] = {}
    for s in sentences:
        for category, rules in s.rules.items():
            if category not in CATEGORIES:
                continue
            for rule in set(rules):
                row = counts.setdefault((rule, category), [0, 0])
                row[0 if category in s.gold else 1] += 1
    return sorted(((r, c, v[0], v[1]) for (r, c), v in counts.items()), key=lambda x: (x[2] - x[3], x[0]))


def rules_at(revision: str, lang: str, into: Path) -> RuleSet:
    """The built-in rule packs of ``lang`` as they were at git ``revision`` (extracted into ``into``)."""
    root = Path(__file__).resolve().parent.parent
    archive = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", revision, "resources/rules"],
                             capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"--against {revision}: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return load_ruleset(lang, into / "resources" / "rules")


def changes(before: list[Sentence], after: list[Sentence]) -> list[tuple[str, str, Sentence]]:
    """(kind, category, sentence) for every verdict that differs between two runs on the same sentences:
    +TP / -TP a gold-positive sentence found / no longer found, +FP / -FP a false alarm added / gone.
    The sentence is the run's that flagged it (the later one for +, the earlier for -), with its rules."""
    result = []
    for old, new in zip(before, after, strict=True):
        for c in CATEGORIES:
            was, now = c in old.predicted, c in new.predicted
            if was != now:
                kind = ("+" if now else "-") + ("TP" if c in new.gold else "FP")
                result.append((kind, c, new if now else old))
    return result


def print_scores(result: dict[str, object], previous: dict[str, object] | None = None) -> None:
    print(f"{'category':26} {'P':>6} {'R':>6} {'F1':>6} {'support':>8} {'fp':>5} {'fair/other/none':>16}"
          + (f" {'F1 before':>10}" if previous else ""))
    per = result["per_category"]
    for c, v in per.items():  # type: ignore[union-attr]
        split = f"{v['fp_fair']}/{v['fp_other']}/{v['fp_untagged']}"
        line = (f"{c:26} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:8d} {v['fp']:5d}"
                f" {split:>16}")
        if previous:
            line += f" {previous['per_category'][c]['f1']:10.3f}"  # type: ignore[index]
        print(line)
    d = result["detection"]
    line = (f"macro-F1 {result['macro_f1']:.3f}   micro-F1 {result['micro_f1']:.3f}   "
            f"detection P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}")  # type: ignore[index]
    if previous:
        line += f"   (before: macro-F1 {previous['macro_f1']:.3f}, detection F1 {previous['detection']['f1']:.3f})"  # type: ignore[index]
    print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--lang", choices=("en", "de"), required=True)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", nargs="?", const="all", metavar="CATEGORY",
                    help="list false positives and false negatives (of one category, or all)")
    ap.add_argument("--docs", nargs="*", help="only these documents")
    ap.add_argument("--rules", action="store_true",
                    help="per rule: sentences flagged rightly and wrongly (of the eight categories)")
    ap.add_argument("--against", metavar="GIT_REVISION",
                    help="compare with the rule packs of this git revision: scores and changed verdicts")
    args = ap.parse_args(argv)
    text_dir = args.corpus / args.lang / "text"
    if not text_dir.is_dir():
        print(f"no corpus at {text_dir}", file=sys.stderr)
        return 2
    docs = sorted(p.stem for p in text_dir.glob("*.txt"))
    if args.docs:
        docs = [d for d in docs if d in args.docs]
    get_ruleset(args.lang)  # load once, outside the timing
    started = time.perf_counter()
    sentences: list[Sentence] = []
    unlocated = 0
    for doc in docs:
        s, u = evaluate_document(args.corpus, args.lang, doc)
        sentences += s
        unlocated += u
    elapsed = time.perf_counter() - started
    result = score(sentences)
    previous: dict[str, object] | None = None
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            old_rules = rules_at(args.against, args.lang, Path(tmp))
            old_sentences = [s for doc in docs for s in evaluate_document(args.corpus, args.lang, doc, old_rules)[0]]
        previous = score(old_sentences)
        for kind, c, s in sorted(changes(old_sentences, sentences), key=lambda x: (x[1], x[0], x[2].doc)):
            print(f"{kind} {c:24} {s.doc}#{s.index} {s.why(c)} {s.text}")
        print()
    result.update({"language": args.lang, "documents": len(docs), "unlocated_sentences": unlocated,
                   "seconds": round(elapsed, 2)})
    if args.errors:
        for s in sentences:
            cats = CATEGORIES if args.errors == "all" else [args.errors]
            for c in cats:
                if c in s.predicted and c not in s.gold:
                    print(f"FP {c:24} {s.doc}#{s.index} {s.why(c)} {s.text}")
                elif c in s.gold and c not in s.predicted:
                    print(f"FN {c:24} {s.doc}#{s.index} {s.text}")
        print()
    if args.rules:
        print(f"{'rule':60} {'category':24} {'right':>6} {'wrong':>6}")
        for rule, category, right, wrong in rule_hits(sentences):
            print(f"{rule:60} {category:24} {right:6d} {wrong:6d}")
        print()
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.lang}: {len(docs)} documents, {result['sentences']} sentences "
          f"({unlocated} not located in the analysed text), {elapsed:.1f} s")
    print_scores(result, previous)
    return 0


if __name__ == "__main__":
    sys.exit(main())
