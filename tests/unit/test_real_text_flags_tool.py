"""The real-text benchmark: the newest version of each service, and a clean skip without the data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.benchmark_scripts import load_benchmark

real_text_flags = load_benchmark("real_text_flags")


def test_newest_version_of_each_service(tmp_path: Path) -> None:
    base = tmp_path / "data" / "ota-versions"
    for service, names in {"Alpha": ["2021-01-01_a.md", "2024-05-02_b.md"], "Beta": ["2020-03-04_c.md"]}.items():
        (base / service).mkdir(parents=True)
        for name in names:
            (base / service / name).write_text("# Terms\n\nWe may terminate your account at any time.\n")
    (base / "README.md").write_text("not a service")
    newest = real_text_flags.newest_versions(tmp_path)
    assert [(p.parent.name, p.name) for p in newest] == [("Alpha", "2024-05-02_b.md"), ("Beta", "2020-03-04_c.md")]
    out = subprocess.run([sys.executable, str(real_text_flags.__file__), "--shared", str(tmp_path), "--list"],
                         capture_output=True, text=True, check=True).stdout
    assert "unilateral_termination" in out and "We may terminate your account at any time." in out


def test_skips_cleanly_without_the_shared_folder(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(real_text_flags.__file__), "--shared", str(tmp_path / "none")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("skipped:")
