"""Analysis speed (load_text + analyze) in MB/s on corpus texts and generated documents, with peak memory.

Usage: python benchmarks/throughput.py [--corpus DIR] [--lang en|de] [--sizes 0.5 1 2 5] [--json]
                                      [--rules N]

Corpus part: every ``<corpus>/<lang>/text/*.txt`` (default ../shared/data/claudette-ml-dev) is loaded
with ``load_text`` and analysed, one after the other in one process (so the engine's word cache is warm
from the second document on, as in a session that opens several documents); it is skipped with a note
when the folder is absent. Generated part: for
each size a fresh subprocess builds a document of that many MB by repeating varied sentences taken from
the built-in samples and the rule packs' own examples (never corpus text), under numbered headings, then
times ``load_text`` + ``analyze`` and reports its peak resident memory (``resource.ru_maxrss``).
With ``--rules N`` it instead lists the N rules that take the most time on the corpus (or, without one,
on a generated 1 MB document): time inside the engine's per-clause evaluation of each rule, with how
often it ran and fired, to find slow patterns.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.core.analysis import analyze, get_ruleset  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "claudette-ml-dev"
MB = 1024 * 1024


def _peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def _sentences(lang: str) -> list[str]:
    """Varied sentences from the built-in samples and the rule examples of ``lang``."""
    found: list[str] = []
    for path in sorted((REPO / "resources" / "samples" / lang).glob("*")):
        raw = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        for line in raw.splitlines():
            line = line.strip(" #*-\t")
            if len(line) > 30:
                found += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s) > 20]
    for rule in get_ruleset(lang, include_user=False).rules:
        found += list(rule.examples_match) + list(rule.examples_no_match)
    return list(dict.fromkeys(found))


def generate(size_mb: float, lang: str, seed: int = 7) -> str:
    """A terms-like document of about ``size_mb`` MB: numbered sections of shuffled sentences."""
    rng = random.Random(seed)
    pool = _sentences(lang)
    target = int(size_mb * MB)
    parts: list[str] = []
    length = 0
    section = 0
    while length < target:
        section += 1
        heading = f"{section}. Section {section}"
        paragraph = " ".join(rng.sample(pool, k=min(len(pool), rng.randint(3, 7))))
        block = f"{heading}\n\n{paragraph}\n\n"
        parts.append(block)
        length += len(block.encode("utf-8"))
    return "".join(parts)


def time_analysis(text: str, lang: str) -> tuple[float, int, int]:
    """Seconds for load_text + analyze, number of clauses and of findings."""
    started = time.perf_counter()
    analysis = analyze(load_text(text), lang)
    elapsed = time.perf_counter() - started
    return elapsed, len(analysis.document.clauses), len(analysis.findings)


def corpus_figures(corpus: Path, lang: str) -> dict[str, object] | None:
    text_dir = corpus / lang / "text"
    if not text_dir.is_dir():
        return None
    per_doc: list[tuple[str, int, float]] = []
    for path in sorted(text_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        seconds, _, _ = time_analysis(text, lang)
        per_doc.append((path.stem, len(text.encode("utf-8")), seconds))
    total_bytes = sum(b for _, b, _ in per_doc)
    total_s = sum(s for _, _, s in per_doc)
    ms = [s * 1000 for _, _, s in per_doc]
    return {
        "documents": len(per_doc), "megabytes": total_bytes / MB, "seconds": total_s,
        "mb_per_s": total_bytes / MB / total_s if total_s else 0.0,
        "ms_per_doc_mean": statistics.mean(ms), "ms_per_doc_median": statistics.median(ms),
        "ms_per_doc_max": max(ms), "slowest": max(per_doc, key=lambda d: d[2])[0],
    }


def rule_times(texts: list[str], lang: str) -> list[tuple[str, float, int, int]]:
    """(rule id, seconds, evaluations, findings) per rule over ``texts``, slowest first."""
    from tosreader.core.engine import Engine

    spent: dict[str, list[float]] = {}
    real = Engine._evaluate

    def timed(self: Engine, rule, *args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        found = real(self, rule, *args, **kwargs)
        row = spent.setdefault(rule.id, [0.0, 0, 0])
        row[0] += time.perf_counter() - started
        row[1] += 1
        row[2] += len(found)
        return found

    Engine._evaluate = timed  # type: ignore[method-assign]
    try:
        for text in texts:
            analyze(load_text(text), lang)
    finally:
        Engine._evaluate = real  # type: ignore[method-assign]
    rows = [(rule, float(v[0]), int(v[1]), int(v[2])) for rule, v in spent.items()]
    return sorted(rows, key=lambda r: -r[1])


def child(size_mb: float, lang: str) -> dict[str, object]:
    """Run in a subprocess: build one document, analyse it (best of two runs), report time and memory."""
    get_ruleset(lang)
    before = _peak_rss_mb()
    text = generate(size_mb, lang)
    from tosreader.core.engine import Engine

    engine = Engine.for_ruleset(get_ruleset(lang))
    runs = []
    for _ in range(2):
        engine._word_cache.clear()  # each run meets the document's words as new ones
        runs.append(time_analysis(text, lang))
    seconds = min(r[0] for r in runs)
    nbytes = len(text.encode("utf-8"))
    return {"size_mb": nbytes / MB, "seconds": seconds, "mb_per_s": nbytes / MB / seconds,
            "clauses": runs[0][1], "findings": runs[0][2], "peak_rss_mb": _peak_rss_mb(),
            "rss_before_mb": before}


def generated_figures(sizes: list[float], lang: str) -> list[dict[str, object]]:
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--lang", lang],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--lang", choices=("en", "de"), default="en")
    ap.add_argument("--sizes", type=float, nargs="*", default=[0.5, 1.0, 2.0, 5.0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rules", type=int, metavar="N", help="list the N slowest rules instead")
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.lang)))
        return 0
    if args.rules:
        text_dir = args.corpus / args.lang / "text"
        texts = ([p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))] if text_dir.is_dir()
                 else [generate(1.0, args.lang)])
        rows = rule_times(texts, args.lang)
        total = sum(r[1] for r in rows)
        print(f"{'rule':<58} {'ms':>8} {'share':>6} {'runs':>7} {'found':>6}  "
              f"({'corpus' if text_dir.is_dir() else 'generated 1 MB'}, {total:.2f} s in rules)")
        for rule, seconds, runs, found in rows[: args.rules]:
            print(f"{rule:<58} {seconds * 1000:8.1f} {seconds / total:6.1%} {runs:7d} {found:6d}")
        return 0
    get_ruleset(args.lang)
    corpus = corpus_figures(args.corpus, args.lang)
    generated = generated_figures(args.sizes, args.lang)
    if args.json:
        print(json.dumps({"language": args.lang, "corpus": corpus, "generated": generated}, indent=2))
        return 0
    print(f"language {args.lang}, rules {len(get_ruleset(args.lang).rules)}")
    if corpus is None:
        print(f"corpus: skipped (no folder {args.corpus / args.lang / 'text'})")
    else:
        print(f"corpus: {corpus['documents']} documents, {corpus['megabytes']:.2f} MB in "
              f"{corpus['seconds']:.2f} s = {corpus['mb_per_s']:.2f} MB/s; per document "
              f"mean {corpus['ms_per_doc_mean']:.1f} ms, median {corpus['ms_per_doc_median']:.1f} ms, "
              f"max {corpus['ms_per_doc_max']:.1f} ms ({corpus['slowest']})")
    print(f"{'size MB':>8} {'seconds':>8} {'MB/s':>7} {'s/MB':>6} {'clauses':>8} {'findings':>9} "
          f"{'peak RSS MB':>12}")
    for row in generated:
        print(f"{row['size_mb']:8.2f} {row['seconds']:8.3f} {row['mb_per_s']:7.2f} "
              f"{row['seconds'] / row['size_mb']:6.3f} {row['clauses']:8d} {row['findings']:9d} "
              f"{row['peak_rss_mb']:12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
