"""List our rule examples, regression sentences and battery clauses that come too close to a sentence of the
shared corpora.

The project's examples must be our own sentences. Legal boilerplate makes short runs of words coincide
("subject to the exclusive jurisdiction of the courts of"), so this does not look for shared phrases but
for near copies: a sentence of ours of which at least ``--ratio`` of the characters fall in runs of 12 or
more characters shared with one stretch of a corpus text (found through an 8-word run in common).

Usage: python tools/copy_check.py ../shared [--ratio 0.8]; exits 1 when it lists any.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import tomllib
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def our_sentences() -> list[tuple[str, str]]:
    """(file, sentence) for every rule example, every long string in the rule tests, every clause of the
    blind batteries in ``benchmarks/data`` and every sentence of the invented documents there."""
    found: list[tuple[str, str]] = []
    for path in sorted((REPO / "tests" / "rules").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30:
                found.append((str(path.relative_to(REPO)), node.value))
    for path in sorted((REPO / "resources" / "rules").glob("*/*.toml")):
        pack = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in pack.get("rules", []):
            examples = rule.get("examples", {})
            for kind in ("match", "no_match"):
                found += [(str(path.relative_to(REPO)), e) for e in examples.get(kind, [])]
    for path in sorted((REPO / "benchmarks" / "data").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                found.append((str(path.relative_to(REPO)), line.partition("\t")[2]))
    # The whole invented documents (one sentence a line, as the corpus lays them out).
    for path in sorted((REPO / "benchmarks" / "data").glob("*/*/sentences/*.txt")):
        found += [(str(path.relative_to(REPO)), line) for line in path.read_text(encoding="utf-8").splitlines()
                  if len(line.strip()) > 30]
    return found


def corpus_text(shared: Path) -> str:
    parts = [_norm(p.read_text(encoding="utf-8", errors="ignore"))
             for p in sorted((shared / "data").rglob("*")) if p.is_file() and p.suffix in (".txt", ".json", ".jsonl")]
    return "\n".join(parts)


def closeness(sentence: str, corpus: str) -> float:
    n = _norm(sentence)
    words = n.split()
    if len(words) < 6:
        return 0.0
    for i in range(max(1, len(words) - 7)):
        at = corpus.find(" ".join(words[i : i + 8]))
        if at >= 0:
            window = corpus[max(0, at - len(n)) : at + 2 * len(n)]
            blocks = SequenceMatcher(None, n, window, autojunk=False).get_matching_blocks()
            return sum(b.size for b in blocks if b.size >= 12) / len(n)
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the ../shared folder")
    parser.add_argument("--ratio", type=float, default=0.8)
    options = parser.parse_args()
    if not (options.shared / "data").is_dir():
        print(f"{options.shared}: no data folder; nothing to check")
        return 0
    corpus = corpus_text(options.shared)
    ours = our_sentences()
    close = [(r, f, s) for f, s in ours if (r := closeness(s, corpus)) >= options.ratio]
    for r, f, s in sorted(close, reverse=True):
        print(f"{r:.2f}  {f}  {s}")
    print(f"{len(ours)} sentences checked, {len(close)} at or above {options.ratio:.2f}")
    return 1 if close else 0


if __name__ == "__main__":
    sys.exit(main())
