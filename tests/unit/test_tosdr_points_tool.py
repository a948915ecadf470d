"""The ToS;DR benchmark's count of fair quotes flagged by the eight CLAUDETTE categories."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmark_scripts import load_benchmark

_ROOT = Path(__file__).resolve().parents[2]
bench = load_benchmark("tosdr_points")


def test_fair_quotes_flagged_counts_good_quotes_of_other_cases(tmp_path: Path) -> None:
    unfair_case = next(iter(bench.UNFAIR_CASES))
    rows = [
        # good, another case, flagged: counts
        {"class": "good", "case": "Accounts are closed only after warnings",
         "quote": "We may terminate your account at any time and without notice, for any reason."},
        # good, another case, nothing of the eight: counted among the good quotes only
        {"class": "good", "case": "You can export your data", "quote": "You can download a copy of your data."},
        # neutral or bad quotes, and good quotes of the eight categories' own cases, are not counted
        {"class": "neutral", "case": "Other", "quote": "We may change these terms at any time without notice."},
        {"class": "good", "case": unfair_case, "quote": "We may change these terms at any time without notice."},
        # not English: skipped
        {"class": "good", "case": "Other", "quote": "Wir können Ihr Konto jederzeit ohne Angabe von Gründen kündigen."},
    ]
    path = tmp_path / "points.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert bench.fair_quotes_flagged(path) == (1, 2)
