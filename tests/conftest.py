"""Shared fixtures: isolate config and data folders, locate ../shared when present."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Rule sets loaded while tests are collected (parametrised over the rules) keep the cache folder of that
# moment: point it away from the real user's cache before any test module is imported.
os.environ["TOSREADER_CACHE_DIR"] = tempfile.mkdtemp(prefix="tosreader-test-cache-")


def shared_dir() -> Path:
    return Path(os.environ.get("TOSREADER_SHARED", REPO.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings, rule packs or history."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("TOSREADER_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("TOSREADER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TOSREADER_CACHE_DIR", str(base / "cache"))


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if not (path / "data").is_dir():
        pytest.skip(f"shared data not found at {path} (set TOSREADER_SHARED)")
    return path
