"""The trained-baseline benchmark: reads a corpus split, scores like clause_detection, skips cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

baseline = load_benchmark("trained_baseline")


def _corpus(root: Path) -> Path:
    unfair = ["We may close your account at any time for any reason.",
              "We can end this agreement whenever we choose, without notice.",
              "Your account may be terminated by us at our sole discretion."]
    fair = ["You can download your photos at any time.", "Our office is open on weekdays.",
            "Contact support if you need help with billing."]
    for doc in ("Alpha", "Beta", "Gamma"):
        for sub in ("sentences", "tags"):
            (root / "en" / sub).mkdir(parents=True, exist_ok=True)
        (root / "en" / "sentences" / f"{doc}.txt").write_text("\n".join(unfair + fair) + "\n", encoding="utf-8")
        (root / "en" / "tags" / f"{doc}.txt").write_text("ter2\nter3\nter2 ch1\n\n\nter1\n", encoding="utf-8")
    return root


def test_reads_level_two_and_three_as_unfair(tmp_path: Path) -> None:
    rows = baseline.read_document(_corpus(tmp_path), "en", "Alpha")
    assert [sorted(s.gold) for s in rows] == [["unilateral_termination"]] * 3 + [[], [], []]


def test_scores_the_test_documents_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    assert baseline.main([str(_corpus(tmp_path)), "--lang", "en", "--test", "Gamma", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["train_documents"], result["test_documents"], result["test_sentences"]) == (2, 1, 6)
    termination = result["categories"]["unilateral_termination"]
    assert termination["support"] == 3 and termination["recall"] == 1.0 and termination["precision"] == 1.0
    assert result["categories"]["arbitration"]["f1"] == 0.0


def test_unknown_document_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    assert baseline.main([str(_corpus(tmp_path)), "--lang", "en", "--test", "Omega"]) == 2


def test_without_corpus_nothing_is_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert baseline.main([str(tmp_path / "absent"), "--lang", "de", "--test", "X"]) == 0
    assert "nothing measured" in capsys.readouterr().out
