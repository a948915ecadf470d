"""Tests of importing a version history from a folder of dated files or from a git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tosreader.core.errors import HistoryError
from tosreader.core.history import HistoryStore
from tosreader.core.ota_import import import_history, iter_versions

V1 = """Example Terms
=============

Welcome to **Example**. These terms apply when you use the app.

* You must be 16 or older.
* Keep your password safe.

See the [privacy notice](https://example.org/privacy) for details.
"""
V1_NOISE = V1.replace("* ", "*   ").replace(
    "https://example.org/privacy", "https://example.org/privacy?utm_source=footer&utm_medium=web")
V2 = V1.replace("16 or older", "18 or older")
V3 = V2 + "\nWe may change these terms at any time.\n"


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    s = HistoryStore(tmp_path / "h.sqlite3")
    yield s
    s.close()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Example"
    folder.mkdir()
    files = [("2023-01-05_aaaa1111.md", V1), ("2023-02-10_bbbb2222.md", V1_NOISE),
             ("2023-03-01_dddd4444.md", V2), ("2023-03-01_cccc3333.md", V2.replace("  ", " ")),
             ("2024-06-30_eeee5555.md", V3)]
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    # Two versions on one day: the commit list says cccc3333 came first.
    (folder / "COMMITS.txt").write_text(
        "2023-01-05 aaaa1111ffff\n2023-02-10 bbbb2222ffff\n2023-03-01 cccc3333ffff\n"
        "2023-03-01 dddd4444ffff\n2024-06-30 eeee5555ffff\n", encoding="utf-8")
    return folder


def test_folder_versions_in_order_with_dates(tmp_path: Path) -> None:
    versions = list(iter_versions(_folder(tmp_path)))
    assert [v.name[:15] for v in versions] == ["2023-01-05_aaaa", "2023-02-10_bbbb", "2023-03-01_cccc",
                                               "2023-03-01_dddd", "2024-06-30_eeee"]
    assert versions[0].recorded_at.startswith("2023-01-05T")
    assert versions[2].recorded_at < versions[3].recorded_at
    assert all(v.media_type == "text/markdown" for v in versions)


def test_import_folder_counts_noise_and_changes(tmp_path: Path, store: HistoryStore) -> None:
    summary = import_history(_folder(tmp_path), store)
    assert summary.key == "Example"
    assert summary.files == 5
    assert summary.recorded == 3
    assert summary.noise_only == ["2023-02-10_bbbb2222.md", "2023-03-01_dddd4444.md"]
    assert summary.changed == ["2023-03-01_cccc3333.md", "2024-06-30_eeee5555.md"]
    versions = store.versions("Example")
    assert [v.recorded_at[:10] for v in versions] == ["2023-01-05", "2023-03-01", "2024-06-30"]
    first = store.version("Example", 1)
    assert first.raw == V1.encode()
    assert "16 or older" in first.text
    assert store.document("Example").kind == "import"


def test_import_twice_records_nothing_new(tmp_path: Path, store: HistoryStore) -> None:
    folder = _folder(tmp_path)
    import_history(folder, store)
    again = import_history(folder, store)
    assert again.recorded == 0
    assert again.already_present == 3
    assert len(store.versions("Example")) == 3


def test_import_with_name_and_analyser(tmp_path: Path, store: HistoryStore) -> None:
    seen = []

    def analyser(doc: object) -> tuple[str, str, list[dict[str, object]]]:
        seen.append(doc)
        return "en", "B", [{"rule": "x", "severity": "medium"}]

    summary = import_history(_folder(tmp_path), store, key="example.org terms", analyser=analyser)
    assert summary.key == "example.org terms"
    assert len(seen) == 5  # noise-only versions are analysed before they are compared
    v = store.version("example.org terms", -1)
    assert (v.info.language, v.info.grade, v.info.risk_count) == ("en", "B", 1)


def test_reordered_only_versions_are_reported(tmp_path: Path, store: HistoryStore) -> None:
    folder = tmp_path / "Moves"
    folder.mkdir()
    (folder / "2024-01-01_a.md").write_text("First part.\n\nSecond part.\n\nThird part.\n", encoding="utf-8")
    (folder / "2024-02-01_b.md").write_text("Third part.\n\nFirst part.\n\nSecond part.\n", encoding="utf-8")
    summary = import_history(folder, store)
    assert summary.recorded == 2 and summary.reordered_only == ["2024-02-01_b.md"]


def test_empty_or_missing_folder(tmp_path: Path, store: HistoryStore) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(HistoryError, match="no dated"):
        import_history(tmp_path / "empty", store)
    with pytest.raises(HistoryError, match="no such"):
        import_history(tmp_path / "missing", store)


# -- git ------------------------------------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def _git(repo: Path, *args: str, date: str = "") -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="T",
               GIT_COMMITTER_EMAIL="t@example.org", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "versions"
    repo.mkdir()
    _git(repo, "init", "-q")
    steps = [("Old name.md", V1, "2022-05-01T10:00:00+00:00"),
             ("Old name.md", V1_NOISE, "2022-06-01T10:00:00+00:00"),
             ("Terms of Service.md", V1_NOISE, "2022-07-01T10:00:00+00:00"),  # renamed
             ("Terms of Service.md", V2, "2023-01-15T08:30:00+00:00")]
    current = None
    for name, text, date in steps:
        if current and current != name:
            _git(repo, "mv", current, name)
        (repo / name).write_text(text, encoding="utf-8")
        _git(repo, "add", name)
        _git(repo, "commit", "-q", "-m", f"update {date}", date=date)
        current = name
    return repo


@needs_git
def test_import_git_file_follows_renames(tmp_path: Path, store: HistoryStore) -> None:
    repo = _repo(tmp_path)
    summary = import_history(repo / "Terms of Service.md", store)
    assert summary.key == "Terms of Service"
    assert summary.files == 4
    assert summary.recorded == 2
    assert len(summary.noise_only) == 2
    versions = store.versions("Terms of Service")
    assert [v.recorded_at for v in versions] == ["2022-05-01T10:00:00+00:00", "2023-01-15T08:30:00+00:00"]
    assert "@" in versions[0].source and "Old name.md" in versions[0].source
    assert "18 or older" in store.version("Terms of Service", 2).text


@needs_git
def test_import_git_repository_with_one_file(tmp_path: Path, store: HistoryStore) -> None:
    repo = _repo(tmp_path)
    summary = import_history(repo, store, key="Example")
    assert summary.recorded == 2
    (repo / "Other.md").write_text("Another document.", encoding="utf-8")
    _git(repo, "add", "Other.md")
    _git(repo, "commit", "-q", "-m", "second file")
    with pytest.raises(HistoryError, match="name the one"):
        import_history(repo, store)


# -- the real histories ---------------------------------------------------------------------------------

@pytest.mark.shared
@pytest.mark.parametrize("service", ["Discord", "GitHub", "Grammarly"])
def test_real_histories_find_noise_and_real_changes(shared: Path, tmp_path: Path, service: str) -> None:
    folder = shared / "data" / "ota-versions" / service
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    with HistoryStore(tmp_path / "real.sqlite3") as s:
        summary = import_history(folder, s)
        n_files = len(list(folder.glob("*.md")))
        assert summary.files == n_files
        assert summary.noise_only, "every one of these histories has noise-only versions"
        assert summary.changed, "and real changes"
        assert summary.recorded + len(summary.noise_only) == n_files
        assert len(s.versions(service)) == summary.recorded
