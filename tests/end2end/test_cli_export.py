"""End-to-end: `tosreader export` and `tosreader analyze` writing md, html, json and pdf files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "resources" / "samples"
SCHEMA = json.loads((REPO / "resources" / "schema" / "summary.schema.json").read_text(encoding="utf-8"))
pytestmark = pytest.mark.end2end


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ) | {"QT_QPA_PLATFORM": "offscreen"} | (env_extra or {})
    return subprocess.run([sys.executable, "-m", "tosreader", *args], text=True, capture_output=True,
                          timeout=180, env=env, cwd=REPO)


@pytest.mark.parametrize("fmt", ["md", "html", "json", "pdf"])
def test_export_writes_each_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"summary.{fmt}"
    result = run("export", str(SAMPLES / "en" / "videocall-terms-2023-03.md"), "--format", fmt, "-o", str(out),
                 "--full-text")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF-")
        return
    text = data.decode("utf-8")
    assert "Confero Terms of Service" in text
    if fmt == "json":
        Draft202012Validator(SCHEMA).validate(json.loads(text))
    if fmt == "html":
        assert '<section class="fulltext">' in text


def test_format_follows_the_output_suffix(tmp_path: Path) -> None:
    out = tmp_path / "agb.html"
    result = run("export", str(SAMPLES / "de" / "streaming-agb.md"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Risiken" in page
    result = run("export", str(SAMPLES / "de" / "streaming-agb.md"), "-o", str(out), "--labels", "en")
    assert "Risks" in out.read_text(encoding="utf-8")


def test_pdf_needs_an_output_file() -> None:
    for cmd in ("export", "analyze"):
        result = run(cmd, str(SAMPLES / "en" / "fair-terms.txt"), "--format", "pdf")
        assert result.returncode == 2
        assert result.stderr.startswith("tosreader: ") and "-o" in result.stderr
        assert "Traceback" not in result.stderr


def test_analyze_writes_html_and_pdf(tmp_path: Path) -> None:
    result = run("analyze", str(SAMPLES / "en" / "fair-terms.txt"), "--format", "html")
    assert result.returncode == 0 and result.stdout.startswith("<!DOCTYPE html>")
    pdf = tmp_path / "fair.pdf"
    result = run("analyze", str(SAMPLES / "en" / "fair-terms.txt"), "--format", "pdf", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_export_includes_changes_since_the_recorded_version(tmp_path: Path) -> None:
    env = {"TOSREADER_DATA_DIR": str(tmp_path / "data"), "TOSREADER_CONFIG_DIR": str(tmp_path / "config")}
    old = tmp_path / "terms.md"
    old.write_text((SAMPLES / "en" / "videocall-terms-2023-03.md").read_text(encoding="utf-8"), encoding="utf-8")
    recorded = run("history", "record", str(old), env_extra=env)
    assert recorded.returncode == 0, recorded.stderr
    new = SAMPLES / "en" / "videocall-terms-2023-08.md"
    out = tmp_path / "summary.json"
    result = run("export", str(new), "-o", str(out), env_extra=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    Draft202012Validator(SCHEMA).validate(data)
    assert data["changes"] is not None
    assert data["changes"]["summary"]["changed"] + data["changes"]["summary"]["added"] > 0
    assert any(data["changes"]["risk"].values())
    md = run("export", str(new), "--format", "md", env_extra=env).stdout
    assert "## What changed since the previous version" in md
    # exporting the recorded version itself has no previous version; --no-history skips the lookup
    same = json.loads(run("export", str(old), "--format", "json", env_extra=env).stdout)
    assert same["changes"] is None
    none = json.loads(run("export", str(new), "--format", "json", "--no-history", env_extra=env).stdout)
    assert none["changes"] is None


def test_text_formats_never_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from tosreader.__main__ import main\n"
        f"for fmt in ('md', 'html', 'json'):\n"
        f"    assert main(['export', {str(SAMPLES / 'en' / 'fair-terms.txt')!r}, '--format', fmt, "
        f"'-o', {str(tmp_path)!r} + '/x.' + fmt]) == 0\n"
        "print('QT:' + ','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = run("export", str(SAMPLES / "en" / "fair-terms.txt"), "-o", str(tmp_path / "no" / "such" / "x.md"))
    assert result.returncode == 2 and result.stderr.startswith("tosreader: cannot write")
