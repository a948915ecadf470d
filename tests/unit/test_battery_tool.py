"""The blind-battery benchmark: reading the file, scoring per category, clear errors on bad lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

battery = load_benchmark("battery")


def test_a_small_battery_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.tsv"
    path.write_text("# invented\n"
                    "unilateral_termination\tWe may terminate your account at any time without notice.\n"
                    "arbitration\tThe weather in Wyvern is mild.\n"
                    "none\tYou may close your account whenever you like.\n"
                    "none\tEvery dispute goes to binding arbitration.\n", encoding="utf-8")
    rows = [(label, battery.flagged(s, "en")) for label, s in battery.read_battery(path)]
    result = battery.score(rows)
    per = result["per_category"]
    assert per["unilateral_termination"]["recall"] == 1.0
    assert per["arbitration"]["recall"] == 0.0 and per["arbitration"]["fp"] == 1
    assert (result["fair_clauses"], result["fair_flagged"]) == (2, 1)
    assert battery.main(["--lang", "en", "--file", str(path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "MISS arbitration" in out and "FP   arbitration" in out and "flagged: 1 of 2" in out


def test_a_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "b.tsv"
    path.write_text("none\tFine.\nchanges only one column\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"b\.tsv:2"):
        battery.read_battery(path)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_shipped_batteries_are_well_formed(lang: str) -> None:
    path = battery.DATA / f"battery_{lang}.tsv"
    if not path.is_file():
        pytest.skip("no battery written yet")
    rows = battery.read_battery(path)
    labels = {label for label, _ in rows}
    assert labels == {*battery.CATEGORIES, "none"}
