"""End-to-end: `tosreader analyze` as a subprocess — output, exit codes, and no Qt import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.end2end

STORY_EN = (
    "We may use service generated data for any purpose, including to train our artificial "
    "intelligence models.\n\nWe do not use your audio, video or chat content to train AI models.\n"
)
STORY_DE = (
    "Wir dürfen die vom Dienst erzeugten Daten für beliebige Zwecke verwenden, auch um unsere "
    "KI-Modelle zu trainieren.\n\nWir verwenden Ihre Audio-, Video- und Chatinhalte nicht, um "
    "KI-Modelle zu trainieren.\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tosreader", *args], input=stdin, text=True,
                          capture_output=True, timeout=120)


def test_json_output_has_the_documented_fields(tmp_path: Path) -> None:
    doc = tmp_path / "terms.txt"
    doc.write_text(STORY_EN, encoding="utf-8")
    result = run("analyze", str(doc), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "en"
    assert data["grade"] in list("ABCDE")
    text = data["text"]
    for f in data["findings"]:
        for key in ("rule", "category", "severity", "start", "end", "matched", "explanation"):
            assert key in f
        assert 0 <= f["start"] < f["end"] <= len(text)
        assert f["matched"].lower() in text[f["start"] : f["end"]].lower()
    by_sev = {(f["category"], f["severity"]) for f in data["findings"]}
    assert ("ai_training", "high") in by_sev
    assert ("ai_training", "good") in by_sev
    denial = text.index("We do not use")
    assert not any(f["severity"] not in ("good", "info") and f["start"] >= denial for f in data["findings"])


def test_german_is_detected_and_analysed_from_stdin() -> None:
    result = run("analyze", "-", "--format", "json", stdin=STORY_DE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "de"
    cats = {(f["category"], f["severity"]) for f in data["findings"]}
    assert ("ai_training", "high") in cats and ("ai_training", "good") in cats


def test_lang_override_is_respected() -> None:
    result = run("analyze", "-", "--format", "json", "--lang", "de", stdin=STORY_EN)
    assert result.returncode == 0
    assert json.loads(result.stdout)["language"] == "de"


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02\xff" * 200], ids=["missing", "empty", "binary"])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("tosreader: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_subcommands_never_import_qt(tmp_path: Path) -> None:
    doc = tmp_path / "terms.txt"
    doc.write_text(STORY_EN, encoding="utf-8")
    code = (
        "import sys\n"
        "from tosreader.__main__ import main\n"
        f"rc = main(['analyze', {str(doc)!r}, '--format', 'json'])\n"
        "rc2 = main(['analyze', '--help'])\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')]\n"
        "print('QT:' + ','.join(loaded))\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"


def test_window_starts_on_the_builtin_sample_and_reports_ready() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TOSREADER_EXIT_WHEN_READY="1")
    result = subprocess.run([sys.executable, "-m", "tosreader"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "TOSREADER_READY" in result.stdout
