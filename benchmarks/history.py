"""Benchmark of the version history: real-history import, 100 KB diff, 1,000-version listing, DB size.

Usage: python benchmarks/history.py [--shared PATH] [--runs N]
PATH defaults to env TOSREADER_SHARED or ../shared next to the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.app.history import analysis_fields, compare_versions, import_folder  # noqa: E402
from tosreader.core.analysis import analyze  # noqa: E402
from tosreader.core.diff import diff_documents  # noqa: E402
from tosreader.core.history import HistoryStore  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402
from tosreader.core.segment import segment  # noqa: E402

SERVICES = ("Discord", "GitHub", "Grammarly")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median wall time in milliseconds over ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


# -- real histories ------------------------------------------------------------------------------------

def bench_import(shared: Path, db: Path) -> None:
    root = shared / "data" / "ota-versions"
    print(f"Import of {root}")
    if not root.is_dir():
        print("  (not found: skipped)")
        return
    print(f"  {'service':<10} {'files':>5} {'versions':>8} {'noise-only':>10} {'reordered':>9} "
          f"{'changes':>7} {'time':>8}   clause changes over all real changes (add/rem/chg/mov), risk delta")
    with HistoryStore(db) as store:
        for service in SERVICES:
            folder = root / service
            if not folder.is_dir():
                continue
            t = time.perf_counter()
            s = import_folder(store, folder)
            elapsed = time.perf_counter() - t
            totals = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
            risk_new = risk_gone = risk_sev = 0
            n = len(store.versions(service))
            for k in range(2, n + 1):
                d = compare_versions(store, service, k - 1, k)
                for status in totals:
                    totals[status] += d.counts()[status]
                risk_new += len(d.risk_added)
                risk_gone += len(d.risk_removed)
                risk_sev += len(d.risk_changed)
            print(f"  {service:<10} {s.files:>5} {s.recorded:>8} {len(s.noise_only):>10} "
                  f"{len(s.reordered_only):>9} {len(s.changed):>7} {elapsed:>7.2f}s   "
                  f"{totals['added']}/{totals['removed']}/{totals['changed']}/{totals['moved']}, "
                  f"+{risk_new} -{risk_gone} ~{risk_sev} findings")
            print(f"    noise-only: {', '.join(s.noise_only) or '-'}")
        store.checkpoint()
    print(f"  database after import: {db.stat().st_size / 1024:.0f} KiB")


# -- 100 KB diff ---------------------------------------------------------------------------------------

_WORDS = ("service account content data licence fees notice terms user provider court law rights "
          "payment refund cancel suspend update change privacy cookies partners third parties "
          "warranty liability damages claim dispute jurisdiction email website app subscription").split()


def _sentence(rnd: random.Random) -> str:
    words = rnd.choices(_WORDS, k=rnd.randint(12, 30))
    return "We may " + " ".join(words) + "."


def synthetic_pair(size: int = 100_000, seed: int = 3) -> tuple[str, str]:
    """Two versions of a ~100 KB numbered terms document: a few edits, a new section, a move, a split."""
    rnd = random.Random(seed)
    sections: list[tuple[str, list[str]]] = []
    total = 0
    while total < size:
        sentences = [_sentence(rnd) for _ in range(rnd.randint(4, 10))]
        sections.append((" ".join(rnd.choices(_WORDS, k=3)).title(), sentences))
        total += sum(len(s) + 1 for s in sentences) + 40
    new_sections = [(title, list(sents)) for title, sents in sections]
    for _ in range(12):  # reword a few sentences
        title, sents = rnd.choice(new_sections)
        k = rnd.randrange(len(sents))
        words = sents[k].split()
        words[rnd.randrange(1, len(words) - 1)] = rnd.choice(_WORDS)
        sents[k] = " ".join(words)
    new_sections.insert(len(new_sections) // 3, ("Artificial Intelligence",  # renumbers all after it
                                                  ["We may use your content to train AI models."]))
    new_sections.append(new_sections.pop(5))  # move a section to the end
    title, sents = new_sections[10]
    sents[0:1] = [sents[0].replace(" service ", ". Service ", 1)]  # split a sentence if it can
    del new_sections[20][1][2]  # drop a clause
    return _render(sections), _render(new_sections)


def _render(sections: list[tuple[str, list[str]]]) -> str:
    parts = []
    for n, (title, sents) in enumerate(sections, start=1):
        parts.append(f"{n}. {title}")
        parts.append(" ".join(f"{n}.{k} {s}" for k, s in enumerate(sents, start=1)))
    return "\n\n".join(parts) + "\n"


def bench_diff(runs: int) -> None:
    old_text, new_text = synthetic_pair()
    print(f"Diff of two synthetic versions ({len(old_text) / 1000:.0f} KB and {len(new_text) / 1000:.0f} KB)")
    old, new = load_text(old_text), load_text(new_text)
    old.clauses, new.clauses = segment(old, "en"), segment(new, "en")
    ms, d = timed(lambda: diff_documents(old, new, risk=False), runs)
    print(f"  clause + word diff (segmented documents): {ms:.1f} ms median of {runs}  "
          f"-> {d.counts()}")  # type: ignore[attr-defined]

    def full() -> object:
        a, b = load_text(old_text), load_text(new_text)
        return diff_documents(a, b, risk=False)

    ms, _ = timed(full, runs)
    print(f"  load + segment + diff: {ms:.1f} ms")
    oa, na = analyze(load_text(old_text), "en"), analyze(load_text(new_text), "en")
    ms, d = timed(lambda: diff_documents(oa.document, na.document, old_analysis=oa, new_analysis=na), runs)
    print(f"  diff with risk delta (analyses given): {ms:.1f} ms  -> risk added "
          f"{len(d.risk_added)}, removed {len(d.risk_removed)}, worse={d.worse}")  # type: ignore[attr-defined]

    def with_analysis() -> object:
        return diff_documents(load_text(old_text), load_text(new_text))

    ms, _ = timed(with_analysis, max(1, runs // 2))
    print(f"  load + analyse both + diff: {ms:.1f} ms")


def bench_real_diff(shared: Path, runs: int) -> None:
    root = shared / "data" / "ota-versions" / "Discord"
    files = sorted(root.glob("*.md"))
    if len(files) < 2:
        return
    old_t = files[-6].read_text(encoding="utf-8")
    new_t = files[-5].read_text(encoding="utf-8")
    old, new = load_text(old_t), load_text(new_t)
    old.clauses, new.clauses = segment(old, "en"), segment(new, "en")
    ms, d = timed(lambda: diff_documents(old, new, risk=False), runs)
    print(f"  real pair {files[-6].name} -> {files[-5].name} ({len(old_t) // 1000} KB -> "
          f"{len(new_t) // 1000} KB): {ms:.1f} ms  -> {d.counts()}")  # type: ignore[attr-defined]


# -- 1,000 versions -----------------------------------------------------------------------------------

def bench_listing(db: Path, runs: int) -> None:
    print("History of 1,000 versions")
    rnd = random.Random(11)
    base = [_sentence(rnd) for _ in range(60)]
    findings = analysis_fields(analyze(load_text(" ".join(base) + " We may use your content to train AI "
                                                 "models."), "en"))[2]
    with HistoryStore(db) as store:
        t = time.perf_counter()
        for n in range(1000):
            base[rnd.randrange(len(base))] = _sentence(rnd)
            store.record("big", "\n\n".join(base), raw=" ".join(base).encode(), raw_media_type="text/plain",
                         grade="B", findings=findings, recorded_at=f"2020-01-{1 + n // 96:02d}T{n % 96 // 4:02d}:{n % 4 * 15:02d}:00+00:00")
        write_ms = (time.perf_counter() - t) * 1000
        ms, versions = timed(lambda: store.versions("big"), runs)
        print(f"  recording 1,000 versions: {write_ms / 1000:.2f} ms per version")
        print(f"  listing 1,000 versions: {ms:.1f} ms median of {runs} ({len(versions)} rows)")  # type: ignore[arg-type]
        ms, _ = timed(store.documents, runs)
        print(f"  listing documents: {ms:.1f} ms")
        ms, _ = timed(lambda: store.version("big", 500), runs)
        print(f"  loading one version (text, raw, findings): {ms:.1f} ms")
        store.checkpoint()
    print(f"  database with 1,000 versions of a {len(' '.join(base)) // 1000} KB text: "
          f"{db.stat().st_size / 1024 / 1024:.1f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_shared = Path(os.environ.get("TOSREADER_SHARED", REPO.parent / "shared"))
    parser.add_argument("--shared", type=Path, default=default_shared)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("TOSREADER_CONFIG_DIR", str(Path(tmp) / "config"))
        bench_import(args.shared, Path(tmp) / "real.sqlite3")
        print()
        bench_diff(args.runs)
        bench_real_diff(args.shared, args.runs)
        print()
        bench_listing(Path(tmp) / "big.sqlite3", args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
