"""The clause-detection benchmark's helpers: scoring a tiny corpus and comparing with a git revision."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark
from tosreader.core.analysis import get_ruleset

_ROOT = Path(__file__).resolve().parents[2]
bench = load_benchmark("clause_detection")

SENTENCES = [
    "Terms of Quillbox",
    "We may terminate your account at any time without notice.",
    "You can reach us by post.",
    "Every dispute goes to binding arbitration.",
]
TAGS = ["", "ter2", "ter2", "a1"]


def _corpus(tmp_path: Path) -> Path:
    for folder, lines in (("text", ["\n\n".join(SENTENCES)]), ("sentences", SENTENCES), ("tags", TAGS)):
        (tmp_path / "en" / folder).mkdir(parents=True)
        (tmp_path / "en" / folder / "Quillbox.txt").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path


def test_a_tiny_corpus_is_scored_per_sentence(tmp_path: Path) -> None:
    sentences, unlocated = bench.evaluate_document(_corpus(tmp_path), "en", "Quillbox")
    assert unlocated == 0
    assert [s.gold for s in sentences] == [set(), {"unilateral_termination"}, {"unilateral_termination"}, set()]
    assert "unilateral_termination" in sentences[1].predicted
    why = sentences[1].why("unilateral_termination")  # the rule and the words it matched, for --errors
    assert why.startswith("[en.unilateral_termination.") and "\u201cmay terminate" in why
    assert "unilateral_termination" not in sentences[2].predicted
    assert "arbitration" in sentences[3].predicted  # a level-1 tag is not gold: a false positive
    per = bench.score(sentences)["per_category"]
    assert (per["unilateral_termination"]["tp"], per["unilateral_termination"]["fn"]) == (1, 1)
    assert per["arbitration"]["fp"] == 1
    # where that false alarm stands: on a clause the experts tagged arbitration but judged fair
    assert (per["arbitration"]["fp_fair"], per["arbitration"]["fp_other"], per["arbitration"]["fp_untagged"]) == (1, 0, 0)


def test_changes_name_what_each_changed_verdict_means() -> None:
    def sentence(gold: set[str], predicted: set[str], rule: str) -> object:
        return bench.Sentence("D", 0, "text", gold, predicted, {c: [rule] for c in predicted})

    before = [sentence({"arbitration"}, set(), "old"), sentence(set(), {"jurisdiction"}, "old"),
              sentence({"choice_of_law"}, {"choice_of_law"}, "old"), sentence(set(), set(), "old")]
    after = [sentence({"arbitration"}, {"arbitration"}, "new"), sentence(set(), set(), "new"),
             sentence({"choice_of_law"}, set(), "new"), sentence(set(), {"arbitration"}, "new")]
    found = [(kind, category, s.rules) for kind, category, s in bench.changes(before, after)]
    assert found == [
        ("+TP", "arbitration", {"arbitration": ["new"]}),
        ("-FP", "jurisdiction", {"jurisdiction": ["old"]}),  # the rule that used to fire is named
        ("-TP", "choice_of_law", {"choice_of_law": ["old"]}),
        ("+FP", "arbitration", {"arbitration": ["new"]}),
    ]
    assert bench.changes(after, after) == []


def _in_git_checkout() -> bool:
    if shutil.which("git") is None:
        return False
    done = subprocess.run(["git", "-C", str(_ROOT), "rev-parse", "HEAD"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.mark.skipif(not _in_git_checkout(), reason="needs a git checkout of the project")
def test_rules_at_head_are_the_committed_packs(tmp_path: Path) -> None:
    old = bench.rules_at("HEAD", "en", tmp_path)
    committed = subprocess.run(["git", "-C", str(_ROOT), "status", "--porcelain", "resources/rules/en"],
                               capture_output=True, text=True, check=True).stdout
    if not committed.strip():  # no uncommitted rule edits: HEAD's packs are the working tree's
        assert [r.id for r in old.rules] == [r.id for r in get_ruleset("en", include_user=False).rules]
    assert len(old.rules) > 40


def test_rules_at_an_unknown_revision_is_a_clear_error(tmp_path: Path) -> None:
    if not _in_git_checkout():
        pytest.skip("needs a git checkout of the project")
    with pytest.raises(SystemExit, match="--against no-such-revision"):
        bench.rules_at("no-such-revision", "en", tmp_path)


@pytest.mark.skipif(not _in_git_checkout(), reason="needs a git checkout of the project")
def test_against_head_prints_both_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([str(_corpus(tmp_path)), "--lang", "en", "--against", "HEAD"]) == 0
    out = capsys.readouterr().out
    assert "F1 before" in out and "(before: macro-F1" in out
