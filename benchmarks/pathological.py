"""Worst-case inputs for the rule packs: text shaped to make a regular expression backtrack.

Usage: python benchmarks/pathological.py [--lang en|de|both] [--size N]

A rule pattern that can read the same words in more than one way (a hyphen that belongs to a word or
to the gap after it, a capitalised word that is also a function word) takes time that doubles with
each word when the match fails at the end. Such text does not occur in real terms, but a pasted
document can contain anything, and the window must not freeze on it. Each case is a single clause
of 12, 18, 24 and N words (default 400) with no sentence end until the last one, analysed through the
whole pipeline (load_text + analyze, built-in rules). Prints the seconds per case and size and the
worst; time that multiplies from 12 to 24 words points at a pattern to rewrite (a case stops growing
once it passes 2 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.core.analysis import analyze, get_ruleset  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402

SLOW = 2.0  # seconds for one clause: a case this slow is not run at larger sizes
TAIL = {"en": " we are not liable for any loss.", "de": " wir haften nicht für Schäden."}


def cases(lang: str, n: int) -> dict[str, str]:
    """Named single-clause texts of about ``n`` words, each ending in a clause a rule looks at."""
    tail = TAIL[lang]
    return {
        "hyphen chain": "-".join(["Mail"] * n) + tail,
        "capitalised function words": " ".join(["Die" if lang == "de" else "The"] * n) + tail,
        "spaced dashes": " - ".join(["Liability" if lang == "en" else "Haftung"] * n) + tail,
        "list markers": "(a) " * n + tail.strip(),
        "commas": ", ".join(["we may"] * n) + tail,
        "no spaces": "x" * (n * 8) + tail,
        "repeated modal": " ".join(["may"] * n) + " terminate" + tail,
        "quotes": " ".join(['"term"'] * n) + tail,
        "numbers": " ".join(f"{k}.{k}" for k in range(n)) + tail,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=["en", "de", "both"], default="both")
    parser.add_argument("--size", type=int, default=400, help="words per case")
    args = parser.parse_args()
    worst = ("", "", 0.0)
    for lang in (["en", "de"] if args.lang == "both" else [args.lang]):
        ruleset = get_ruleset(lang, include_user=False)
        analyze(load_text("Warm-up."), lang, ruleset=ruleset)
        sizes = sorted({12, 18, 24, args.size})
        print(f"{lang}: {len(ruleset.rules)} rules; seconds per case at {', '.join(map(str, sizes))} words")
        for name in cases(lang, 1):
            times = []
            for size in sizes:  # growing, so that exponential time shows before it takes hours
                start = time.perf_counter()
                analyze(load_text(cases(lang, size)[name]), lang, ruleset=ruleset)
                seconds = time.perf_counter() - start
                times.append(f"{seconds:.3f}")
                if seconds > worst[2]:
                    worst = (lang, f"{name} at {size} words", seconds)
                if seconds > SLOW:
                    times.append(f"stopped: over {SLOW:g} s, grows with size")
                    break
            print(f"  {name:28} " + "  ".join(times))
    print(f"worst: {worst[0]} {worst[1]}, {worst[2]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
