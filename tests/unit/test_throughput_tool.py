"""The throughput benchmark's helpers: generated documents and per-rule timing."""

from __future__ import annotations

from tests.benchmark_scripts import load_benchmark
from tosreader.core.analysis import analyze
from tosreader.core.engine import Engine
from tosreader.core.loaders import load_text

throughput = load_benchmark("throughput")


def test_rule_times_count_every_evaluation_and_finding_and_restore_the_engine() -> None:
    text = ("Terms\n\nWe may terminate your account at any time without notice.\n\n"
            "Disputes are settled by binding arbitration.\n")
    rows = throughput.rule_times([text, text], "en")
    findings = analyze(load_text(text), "en").findings
    assert sum(found for _, _, _, found in rows) == 2 * len(findings)
    fired = {rule for rule, _, _, found in rows if found}
    assert fired == {f.rule for f in findings}
    assert all(seconds >= 0 and runs >= 1 for _, seconds, runs, _ in rows)
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert Engine._evaluate.__name__ == "_evaluate"  # the timing wrapper is gone again


def test_generated_document_has_the_asked_size_and_sections() -> None:
    text = throughput.generate(0.05, "de")
    assert 0.05 * throughput.MB <= len(text.encode("utf-8")) < 0.06 * throughput.MB
    assert text.startswith("1. Section 1\n\n")
