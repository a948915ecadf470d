"""Import a version history: a folder of dated Markdown files (Open Terms Archive style) or a git file."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tosreader.core.document import Document
from tosreader.core.errors import HistoryError, ToSReaderError
from tosreader.core.history import HistoryStore, VersionInfo
from tosreader.core.loaders import load_bytes
from tosreader.core.normalise import canonical_text, content_hash

VERSION_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2})[-:](\d{2})(?:[-:](\d{2}))?(?!\w))?")
_NOT_VERSIONS = {"COMMITS.TXT", "README.MD", "README.TXT", "LICENSE.TXT", "LICENSE.MD"}
_MEDIA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown", ".txt": "text/plain",
                ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True, slots=True)
class SourceVersion:
    """One version found in the source: where it came from, when, its bytes."""

    name: str  # file name or short commit id
    recorded_at: str
    data: bytes
    media_type: str
    source: str


@dataclass(slots=True)
class ImportSummary:
    key: str
    files: int = 0
    recorded: int = 0
    noise_only: list[str] = field(default_factory=list)  # same wording as the version before
    reordered_only: list[str] = field(default_factory=list)  # recorded; same blocks, other order
    already_present: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, message)
    changed: list[str] = field(default_factory=list)  # recorded versions after the first

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "files": self.files, "recorded": self.recorded,
                "noise_only": len(self.noise_only), "noise_only_files": self.noise_only,
                "reordered_only": len(self.reordered_only), "already_present": self.already_present,
                "failed": [{"name": n, "error": e} for n, e in self.failed],
                "real_changes": len(self.changed)}


# -- discovering versions ------------------------------------------------------------------------------

def default_key(path: Path) -> str:
    """A name for the imported document: the service folder, or the file's stem in a repository."""
    path = path.resolve()
    return path.stem if path.is_file() else path.name


def iter_versions(path: Path) -> Iterator[SourceVersion]:
    """The versions under ``path`` oldest first: a git-tracked file, a git repository, or a folder."""
    path = Path(path)
    if not path.exists():
        raise HistoryError(f"{path}: no such file or folder")
    if _in_git(path):
        yield from _git_versions(path)
    elif path.is_dir():
        yield from _folder_versions(path)
    else:
        raise HistoryError(f"{path}: not a folder of versions nor a file in a git repository")


def _folder_versions(folder: Path) -> Iterator[SourceVersion]:
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in VERSION_SUFFIXES]
    dated = [p for p in files if _DATED.match(p.stem)]
    files = dated or [p for p in files if p.name.upper() not in _NOT_VERSIONS]
    if not files:
        raise HistoryError(f"{folder}: holds no dated Markdown, text or HTML versions")
    # The timeline is by date; COMMITS.txt orders the versions of one day (its order across days can
    # disagree with the dates in the names, and the store keeps versions in date order).
    order = _commits_order(folder / "COMMITS.txt")
    dates = {p: _date_of(p) for p in files}
    files.sort(key=lambda p: (dates[p][1], order.get(_commit_of(p.stem), len(order)), p.name))
    seen_per_day: dict[str, int] = {}
    for p in files:
        day, stamp = dates[p]
        n = seen_per_day.get(day, 0)
        seen_per_day[day] = n + 1
        # Versions of the same day keep their order by being a second apart.
        at = (stamp + timedelta(seconds=n)).isoformat()
        yield SourceVersion(p.name, at, p.read_bytes(), _MEDIA_TYPES[p.suffix.lower()], str(p))


def _commits_order(path: Path) -> dict[str, int]:
    if not path.is_file():
        return {}
    order: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            order.setdefault(parts[1][:8], len(order))
    return order


def _commit_of(stem: str) -> str:
    tail = stem.rsplit("_", 1)
    return tail[1][:8] if len(tail) == 2 else ""


def _date_of(p: Path) -> tuple[str, datetime]:
    m = _DATED.match(p.stem)
    if m:
        day = m.group(1)
        try:
            base = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC)
            if m.group(2):
                base += timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0),
                                  seconds=int(m.group(4) or 0))
            else:
                base += timedelta(hours=12)
            return day, base
        except ValueError:
            pass
    stamp = datetime.fromtimestamp(p.stat().st_mtime, UTC).replace(microsecond=0)
    return stamp.date().isoformat(), stamp


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, check=True, timeout=120)
    except FileNotFoundError as exc:
        raise HistoryError("git is not installed; import the folder of versions instead") from exc
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryError(f"git {args[0]} failed: {message[-1] if message else exc.returncode}") from exc
    return done.stdout


def _in_git(path: Path) -> bool:
    if shutil.which("git") is None:
        return False
    folder = path if path.is_dir() else path.parent
    if path.is_dir() and not (path / ".git").exists():
        return False  # a plain folder of versions, even if it happens to live inside a repository
    try:
        return _git(folder, "rev-parse", "--is-inside-work-tree").strip() == b"true"
    except HistoryError:
        return False


def _git_versions(path: Path) -> Iterator[SourceVersion]:
    root = Path(_git(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel").decode().strip())
    target = path.resolve().relative_to(root.resolve()) if path.is_file() else _only_tracked_file(root)
    log = _git(root, "log", "--follow", "--format=%x00%H %cI", "--name-only", "--", str(target))
    entries = []
    for chunk in log.decode("utf-8", "replace").split("\x00")[1:]:
        lines = [line for line in chunk.splitlines() if line.strip()]
        commit, when = lines[0].split(" ", 1)
        entries.append((commit, when, lines[1] if len(lines) > 1 else str(target)))
    if not entries:
        raise HistoryError(f"{path}: git has no history for {target}")
    for commit, when, name in reversed(entries):
        data = _git(root, "show", f"{commit}:{name}")
        suffix = Path(name).suffix.lower()
        at = datetime.fromisoformat(when).astimezone(UTC).isoformat()
        yield SourceVersion(commit[:8], at, data, _MEDIA_TYPES.get(suffix, "text/markdown"),
                            f"{root}@{commit[:12]}:{name}")


def _only_tracked_file(root: Path) -> Path:
    names = [n for n in _git(root, "ls-files").decode("utf-8", "replace").splitlines()
             if Path(n).suffix.lower() in VERSION_SUFFIXES]
    if len(names) != 1:
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        raise HistoryError(f"{root}: holds {len(names)} version files ({shown}); name the one to import")
    return Path(names[0])


# -- importing -----------------------------------------------------------------------------------------

Analyser = Callable[[Document], tuple[str, str, list[dict[str, object]]]]  # -> language, grade, findings


def import_history(path: Path | str, store: HistoryStore, *, key: str | None = None,
                   analyser: Analyser | None = None,
                   progress: Callable[[int, str], None] | None = None) -> ImportSummary:
    """Record every version under ``path`` as the history of one document named ``key``."""
    path = Path(path)
    summary = ImportSummary(key or default_key(path))
    existing = {(v.recorded_at, v.content_hash) for v in _existing(store, summary.key)}
    previous_blocks: list[str] | None = None
    for version in iter_versions(path):
        summary.files += 1
        if progress:
            progress(summary.files, version.name)
        try:
            doc = load_bytes(version.data, name=f"version{_suffix(version.media_type)}",
                             media_type=version.media_type, source=version.source)
        except ToSReaderError as exc:
            summary.failed.append((version.name, exc.message))
            continue
        if (version.recorded_at, content_hash(doc.text)) in existing:
            summary.already_present += 1
            previous_blocks = _block_keys(doc)
            continue
        language, grade, findings = analyser(doc) if analyser else ("", "", [])
        result = store.record(summary.key, doc.text, title=doc.title, kind="import", source=version.source,
                              raw=version.data, raw_media_type=version.media_type, language=language,
                              grade=grade, findings=findings, recorded_at=version.recorded_at)
        blocks = _block_keys(doc)
        if not result.created:
            summary.noise_only.append(version.name)
        else:
            summary.recorded += 1
            if previous_blocks is not None:
                summary.changed.append(version.name)
                if sorted(blocks) == sorted(previous_blocks):
                    summary.reordered_only.append(version.name)
        previous_blocks = blocks
    return summary


def _existing(store: HistoryStore, key: str) -> list[VersionInfo]:
    return store.versions(key) if store.document(key) is not None else []


def _block_keys(doc: Document) -> list[str]:
    return [k for k in (canonical_text(doc.text[b.start : b.end]) for b in doc.blocks) if k]


def _suffix(media_type: str) -> str:
    for suffix, mt in _MEDIA_TYPES.items():
        if mt == media_type:
            return suffix
    return ".txt"
