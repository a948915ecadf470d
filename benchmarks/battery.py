"""Recall and false alarms of the eight CLAUDETTE-category rules on a blind battery of invented clauses.

Usage: python benchmarks/battery.py [--lang en|de] [--file TSV] [--errors] [--json]

``benchmarks/data/battery_<lang>.tsv`` holds clauses written by us without looking at the rules (a helper
session was given the category definitions only), one per line as ``category<TAB>sentence``; ``none`` marks a
fair or unrelated near miss. Each clause is analysed on its own (``load_text`` + ``analyze``). Per category:
precision, recall and F1 (a clause counts as flagged for C when a risk finding of C is on it), and the share
of ``none`` clauses flagged with any of the eight categories. Once the rules are tuned on a battery's
misses it stops being blind; say so when quoting it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tosreader.core.analysis import analyze, get_ruleset  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402

CATEGORIES = ("arbitration", "unilateral_change", "content_removal", "jurisdiction", "choice_of_law",
              "limitation_of_liability", "unilateral_termination", "contract_by_using")
DATA = Path(__file__).resolve().parent / "data"


def read_battery(path: Path) -> list[tuple[str, str]]:
    """(category or "none", sentence) per line; comment and blank lines are skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, sentence = line.partition("\t")
        if not sep or label not in (*CATEGORIES, "none") or not sentence.strip():
            raise SystemExit(f"{path}:{number}: expected 'category<TAB>sentence', got {line[:60]!r}")
        rows.append((label, sentence.strip()))
    return rows


def flagged(sentence: str, lang: str) -> dict[str, list[str]]:
    """The eight categories a risk finding on ``sentence`` has, with the rules that fired."""
    result: dict[str, list[str]] = {}
    for f in analyze(load_text(sentence), lang).findings:
        if f.severity.is_risk and f.category in CATEGORIES:
            result.setdefault(f.category, []).append(f.rule)
    return result


def score(rows: list[tuple[str, dict[str, list[str]]]]) -> dict[str, object]:
    per = {}
    for c in CATEGORIES:
        tp = sum(1 for label, got in rows if label == c and c in got)
        fp = sum(1 for label, got in rows if label != c and c in got)
        fn = sum(1 for label, got in rows if label == c and c not in got)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        per[c] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                  "support": tp + fn, "fp": fp}
    fair = [got for label, got in rows if label == "none"]
    return {"per_category": per, "macro_f1": sum(v["f1"] for v in per.values()) / len(per),
            "fair_clauses": len(fair), "fair_flagged": sum(1 for got in fair if got)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("en", "de"), default="en")
    ap.add_argument("--file", type=Path, help="the battery (default benchmarks/data/battery_<lang>.tsv)")
    ap.add_argument("--errors", action="store_true", help="list the misses and the false alarms")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    path = args.file or DATA / f"battery_{args.lang}.tsv"
    if not path.is_file():
        print(f"no battery at {path}", file=sys.stderr)
        return 2
    get_ruleset(args.lang)
    battery = read_battery(path)
    rows = [(label, flagged(sentence, args.lang)) for label, sentence in battery]
    result = score(rows)
    if args.errors:
        for (label, got), (_, sentence) in zip(rows, battery, strict=True):
            if label != "none" and label not in got:
                print(f"MISS {label:24} {sentence}")
            for c in sorted(set(got) - {label}):
                print(f"FP   {c:24} [{','.join(got[c])}] ({label}) {sentence}")
        print()
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.lang}: {len(rows)} clauses from {path.name}")
    print(f"{'category':26} {'P':>6} {'R':>6} {'F1':>6} {'support':>8} {'fp':>5}")
    for c, v in result["per_category"].items():  # type: ignore[union-attr]
        print(f"{c:26} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:8d} {v['fp']:5d}")
    print(f"macro-F1 {result['macro_f1']:.3f}   fair or unrelated clauses flagged: "
          f"{result['fair_flagged']} of {result['fair_clauses']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
