"""End-to-end: `tosreader history …` and `tosreader diff` as subprocesses — output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.end2end

OLD = """Example Terms

1. Your content

1.1 You keep the rights to what you upload. We do not use your content to train AI models.

2. Fees

2.1 The basic plan is free.
"""
NEW = """Example Terms

1. Definitions

1.1 A member is anyone with an account.

2. Your content

2.1 You keep the rights to what you upload. We may use your content to train AI models.

3. Fees

3.1 The basic plan is free.
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tosreader", *args], input=stdin, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def test_diff_json_of_two_files(files: tuple[Path, Path]) -> None:
    result = run("diff", str(files[0]), str(files[1]), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    statuses = {c["status"] for c in data["clauses"]}
    assert statuses <= {"added", "removed", "changed", "moved", "unchanged"}
    assert "added" in statuses and "changed" in statuses
    added = data["risk"]["added"]
    assert [(r["category"], r["severity"]) for r in added] == [("ai_training", "high")]
    assert "may use your content to train AI" in added[0]["clause"]
    assert [r["severity"] for r in data["risk"]["removed"]] == ["good"]
    assert data["summary"]["worse"] is True
    renumbered = [c for c in data["clauses"] if c["renumbered"]]
    assert any(c["old_text"] == "2.1 The basic plan is free." and c["status"] == "unchanged"
               for c in renumbered)


def test_diff_fail_on_worse_exit_codes(files: tuple[Path, Path]) -> None:
    worse = run("diff", str(files[0]), str(files[1]), "--fail-on-worse")
    assert worse.returncode == 1
    assert worse.stdout.index("New: Your content or data may train AI models — high") < worse.stdout.index(
        "Clause changes")
    better = run("diff", str(files[1]), str(files[0]), "--fail-on-worse")
    assert better.returncode == 0, better.stderr
    assert "Removed: Your content or data may train AI models — high" in better.stdout


def test_diff_markdown(files: tuple[Path, Path]) -> None:
    result = run("diff", str(files[0]), str(files[1]), "-f", "md")
    assert result.returncode == 0
    assert result.stdout.startswith("# Changes")
    assert "~~do not~~**may**" in result.stdout


def test_diff_bad_input_exits_2(tmp_path: Path, files: tuple[Path, Path]) -> None:
    result = run("diff", str(tmp_path / "missing.txt"), str(files[1]))
    assert result.returncode == 2
    assert result.stderr.startswith("tosreader: ")
    result = run("diff", "nothing@3", str(files[1]), "--db", str(tmp_path / "h.sqlite3"))
    assert result.returncode == 2
    assert "no such document" in result.stderr


def test_record_list_show_diff_remove(tmp_path: Path, files: tuple[Path, Path]) -> None:
    db = str(tmp_path / "h.sqlite3")
    doc = tmp_path / "terms.txt"
    doc.write_text(OLD, encoding="utf-8")
    first = run("history", "record", str(doc), "--name", "example", "--db", db)
    assert first.returncode == 0, first.stderr
    assert "recorded version 1" in first.stdout
    doc.write_text(OLD.replace("\n\n", "\n\n\n").replace("free.", "free. "), encoding="utf-8")
    noise = run("history", "--db", db, "record", str(doc), "--name", "example")
    assert "unchanged since version 1" in noise.stdout
    doc.write_text(NEW, encoding="utf-8")
    assert "recorded version 2" in run("history", "record", str(doc), "--name", "example", "--db", db).stdout

    listing = run("history", "list", "--db", db)
    assert listing.returncode == 0 and "example" in listing.stdout and "2 versions" in listing.stdout
    shown = json.loads(run("history", "show", "example", "--format", "json", "--db", db).stdout)
    assert [v["number"] for v in shown["versions"]] == [1, 2]
    assert all(len(v["content_hash"]) == 64 and v["grade"] for v in shown["versions"])
    assert "@2" in run("history", "show", "example", "--db", db).stdout

    diff = run("diff", "example@previous", "example@latest", "--format", "json", "--db", db)
    assert diff.returncode == 0, diff.stderr
    data = json.loads(diff.stdout)
    assert data["old"]["version"] == 1 and data["new"]["version"] == 2
    assert data["summary"]["worse"] is True
    mixed = run("diff", "example@1", str(files[1]), "--fail-on-worse", "--db", db)
    assert mixed.returncode == 1

    refused = run("history", "remove", "example", "--db", db, stdin="")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    removed = run("history", "remove", "example", "--yes", "--db", db)
    assert removed.returncode == 0 and "2 versions" in removed.stdout
    assert "empty" in run("history", "list", "--db", db).stdout


def test_import_folder_and_default_database(tmp_path: Path) -> None:
    folder = tmp_path / "Service"
    folder.mkdir()
    (folder / "2024-01-01_aaaa.md").write_text("# Terms\n\nYou may cancel any time.\n", encoding="utf-8")
    (folder / "2024-02-01_bbbb.md").write_text("# Terms\n\nYou  may cancel any time.\n", encoding="utf-8")
    (folder / "2024-03-01_cccc.md").write_text("# Terms\n\nYou may cancel with notice.\n", encoding="utf-8")
    result = run("history", "import", str(folder), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["key"], summary["files"], summary["recorded"], summary["noise_only"]) == (
        "Service", 3, 2, 1)
    assert Path(os.environ["TOSREADER_DATA_DIR"], "history.sqlite3").exists()
    text = run("history", "import", str(folder), "--name", "Other")
    assert "3 files, 2 versions recorded, 1 noise-only skipped" in text.stdout


def test_corrupt_database_is_reported_and_kept(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    db.write_bytes(b"definitely not sqlite" * 100)
    result = run("history", "list", "--db", str(db))
    assert result.returncode == 0
    assert "damaged" in result.stderr and "set aside" in result.stderr
    kept = list(tmp_path.glob("h.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"definitely not sqlite" * 100


def test_history_show_unknown_key_exits_2(tmp_path: Path) -> None:
    result = run("history", "show", "nope", "--db", str(tmp_path / "h.sqlite3"))
    assert result.returncode == 2
    assert result.stderr == "tosreader: nope: no such document in the history\n"


def test_no_qt_import_for_history_and_diff(files: tuple[Path, Path]) -> None:
    code = ("import sys\nfrom tosreader.cli import run_cli\n"
            f"run_cli(['diff', {str(files[0])!r}, {str(files[1])!r}, '-f', 'json'])\n"
            "run_cli(['history', 'list'])\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
