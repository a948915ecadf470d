"""The version history store: documents and their versions in SQLite, with migrations and recovery."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from tosreader.core.errors import HistoryError
from tosreader.core.normalise import canonical_hash, canonical_text
from tosreader.core.severity import Severity

DocumentKind = Literal["url", "file", "import"]
DB_NAME = "history.sqlite3"
BUSY_TIMEOUT_MS = 15_000


def default_path() -> Path:
    from tosreader.paths import data_dir

    return data_dir() / DB_NAME


# -- schema -------------------------------------------------------------------------------------------

def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('url', 'file', 'import')),
            created TEXT NOT NULL)"""
    )
    conn.execute(
        """CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            recorded_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            raw BLOB,
            raw_media_type TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '[]')"""
    )
    conn.execute("CREATE INDEX versions_by_document ON versions(document_id, recorded_at, id)")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    # Version 1 did not know the language of a version; it matters for re-analysis and the diff.
    conn.execute("ALTER TABLE versions ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX versions_by_hash ON versions(document_id, content_hash)")


RISK_SEVERITIES = tuple(s.value for s in Severity if s.is_risk)
# A version's risks counted as the findings list and the summaries count them: one entry per clause and
# category, however many rules fired there (see core/entries.py). A finding without a position counts alone.
# Findings that are not valid JSON (a row written by hand, an old import) count none, as Version reads them.
_RISKS_OF_FINDINGS = (
    "(CASE WHEN json_valid(findings) THEN (SELECT COUNT(DISTINCT "
    "json_quote(json_extract(value, '$.category')) || '|' || "
    "CASE WHEN json_extract(value, '$.start') IS NULL THEN 'k' || key "
    "ELSE json_quote(json_extract(value, '$.start')) END || '|' || "
    "json_quote(json_extract(value, '$.end'))) "
    "FROM json_each(findings) WHERE CASE WHEN type = 'object' THEN json_extract(value, '$.severity') IN ("
    + ", ".join(f"'{s}'" for s in RISK_SEVERITIES) + ") ELSE 0 END) ELSE 0 END)")


def risk_entries(findings: list[Any]) -> int:
    """How many risk entries stored findings make: the Python twin of _RISKS_OF_FINDINGS (each value is
    compared as its JSON text, so 5 and "5" differ, as they do in SQL)."""
    keys = set()
    for i, f in enumerate(findings):
        if isinstance(f, dict) and f.get("severity") in RISK_SEVERITIES:
            start = f.get("start")
            keys.add((json.dumps(f.get("category")), f"k{i}" if start is None else json.dumps(start),
                      json.dumps(f.get("end"))))
    return len(keys)


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    # Listing a timeline counted each version's risks in its findings JSON: about a second on the GUI
    # thread for a 2 MB document with 14,000 findings. The count is now kept when a version is recorded.
    conn.execute("ALTER TABLE versions ADD COLUMN risk_count INTEGER")
    conn.execute(f"UPDATE versions SET risk_count = {_RISKS_OF_FINDINGS}")


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    # Schema 3 counted findings; two rules on one clause of one category are one risk in every list and
    # summary, so the kept count is now of entries.
    conn.execute(f"UPDATE versions SET risk_count = {_RISKS_OF_FINDINGS}")


# MIGRATIONS[i] takes a database from user_version i to i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_0_to_1, _migrate_1_to_2, _migrate_2_to_3,
                                                          _migrate_3_to_4]
SCHEMA_VERSION = len(MIGRATIONS)


# -- records ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    key: str
    title: str
    kind: str
    created: str
    version_count: int = 0
    latest_at: str = ""


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """A version without its text: what a timeline or a listing needs. ``number`` counts from 1."""

    id: int
    document_id: int
    number: int
    recorded_at: str
    source: str
    content_hash: str
    raw_media_type: str
    language: str
    grade: str
    risk_count: int = 0


@dataclass(frozen=True, slots=True)
class Version:
    info: VersionInfo
    text: str
    raw: bytes | None
    findings: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RecordResult:
    document: DocumentRecord
    version: VersionInfo
    created: bool  # False when the text only differed from the previous version by noise
    new_document: bool


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# -- the store ----------------------------------------------------------------------------------------

class HistoryStore:
    """One history database. Safe to share between processes: WAL, busy timeout, immediate transactions.

    If the file is corrupt on open it is moved aside (``history.sqlite3.corrupt-<timestamp>``), a new
    database is started and :attr:`recovered_from` names the file kept aside so the caller can say so.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.recovered_from: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryError(f"{self.path.parent}: cannot create the history folder ({exc})") from exc
        try:
            self._conn = self._open_checked()
        except _Corrupt:
            self.recovered_from = self._move_aside()
            self._conn = self._open_checked()

    # connection and schema

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def _open_checked(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot open the history ({exc})") from exc
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise _Corrupt(str(row[0]) if row else "no answer to the integrity check")
            _retry_busy(lambda: _enable_wal(conn))
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES or "malformed" in str(exc):
                raise _Corrupt(str(exc)) from exc
            raise HistoryError(f"{self.path}: cannot open the history ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        with _immediate(conn):
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise HistoryError(f"{self.path}: made by a newer version of the app "
                                   f"(schema {current}, this one knows {SCHEMA_VERSION})")
            for step in range(current, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")

    def _move_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                os.replace(src, Path(str(target) + suffix))
        return target

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing

    def record(self, key: str, text: str, *, title: str = "", kind: DocumentKind = "file",
               source: str = "", raw: bytes | None = None, raw_media_type: str = "",
               language: str = "", grade: str = "", findings: list[dict[str, Any]] | None = None,
               recorded_at: str | None = None) -> RecordResult:
        """Record ``text`` as a version of document ``key`` unless it equals, up to noise, the version
        recorded just before ``recorded_at`` (default: now). Creates the document when new."""
        key = key.strip()
        if not key:
            raise HistoryError("a document in the history needs a name")
        canonical = canonical_text(text)  # slow on megabytes: computed once, for the check and the hash
        if not canonical:
            raise HistoryError(f"{key}: the text is empty, nothing to record")
        at = recorded_at or now_iso()
        digest = canonical_hash(canonical)
        payload = json.dumps(findings or [], ensure_ascii=False)
        risks = risk_entries(findings or [])
        blob = zlib.compress(raw, 6) if raw is not None else None
        with _immediate(self._conn) as conn:
            row = conn.execute("SELECT * FROM documents WHERE key = ?", (key,)).fetchone()
            new_document = row is None
            if row is None:
                cur = conn.execute("INSERT INTO documents(key, title, kind, created) VALUES (?, ?, ?, ?)",
                                   (key, title, kind, now_iso()))
                doc_id = int(cur.lastrowid or 0)
            else:
                doc_id = int(row["id"])
                if title and not row["title"]:
                    conn.execute("UPDATE documents SET title = ? WHERE id = ?", (title, doc_id))
            previous = conn.execute(
                "SELECT id, content_hash FROM versions WHERE document_id = ? AND recorded_at <= ? "
                "ORDER BY recorded_at DESC, id DESC LIMIT 1", (doc_id, at)).fetchone()
            created = previous is None or previous["content_hash"] != digest
            if created:
                cur = conn.execute(
                    "INSERT INTO versions(document_id, recorded_at, source, content_hash, text, raw, "
                    "raw_media_type, language, grade, findings, risk_count) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, at, source, digest, text, blob, raw_media_type, language, grade, payload, risks))
                version_id = int(cur.lastrowid or 0)
            else:
                version_id = int(previous["id"])
            info = self._version_info(conn, doc_id, version_id)
            document = self._document_by_id(conn, doc_id)
        return RecordResult(document, info, created, new_document)

    def remove(self, key: str) -> int:
        """Delete a document and all its versions; returns how many versions went."""
        with _immediate(self._conn) as conn:
            row = conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
            if row is None:
                raise HistoryError(f"{key}: no such document in the history")
            count = conn.execute("SELECT COUNT(*) FROM versions WHERE document_id = ?",
                                 (row["id"],)).fetchone()[0]
            conn.execute("DELETE FROM versions WHERE document_id = ?", (row["id"],))
            conn.execute("DELETE FROM documents WHERE id = ?", (row["id"],))
        return int(count)

    # reading

    def documents(self) -> list[DocumentRecord]:
        rows = self._conn.execute(
            "SELECT d.*, COUNT(v.id) AS n, COALESCE(MAX(v.recorded_at), '') AS latest "
            "FROM documents d LEFT JOIN versions v ON v.document_id = d.id "
            "GROUP BY d.id ORDER BY d.key").fetchall()
        return [_document(r, r["n"], r["latest"]) for r in rows]

    def document(self, key: str) -> DocumentRecord | None:
        row = self._conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
        return None if row is None else self._document_by_id(self._conn, int(row["id"]))

    def versions(self, key: str) -> list[VersionInfo]:
        """The versions of ``key`` oldest first, without their texts."""
        doc = self._require(key)
        rows = self._conn.execute(
            f"SELECT {_INFO_COLUMNS} FROM versions WHERE document_id = ? ORDER BY recorded_at, id",
            (doc.id,)).fetchall()
        return [_info(r, n) for n, r in enumerate(rows, start=1)]

    def version(self, key: str, number: int) -> Version:
        """Version ``number`` of ``key`` (1 = oldest; -1 = latest, -2 = the one before)."""
        doc = self._require(key)
        total = doc.version_count
        if not total:
            raise HistoryError(f"{key}: has no versions")
        index = number - 1 if number > 0 else total + number
        if number == 0 or not 0 <= index < total:
            raise HistoryError(f"{key}: has no version {number} (it has {total})")
        row = self._conn.execute(
            f"SELECT {_INFO_COLUMNS} FROM versions WHERE document_id = ? ORDER BY recorded_at, id "
            "LIMIT 1 OFFSET ?", (doc.id, index)).fetchone()
        return self.load_version(_info(row, index + 1))

    def load_version(self, info: VersionInfo) -> Version:
        row = self._conn.execute("SELECT text, raw, findings FROM versions WHERE id = ?",
                                 (info.id,)).fetchone()
        if row is None:
            raise HistoryError(f"version {info.number} is no longer in the history")
        raw = zlib.decompress(row["raw"]) if row["raw"] is not None else None
        return Version(info, row["text"], raw, json.loads(row["findings"] or "[]"))

    def latest(self, key: str) -> Version | None:
        doc = self.document(key)
        if doc is None or doc.version_count == 0:
            return None
        return self.version(key, -1)

    def size_bytes(self) -> int:
        return sum(Path(str(self.path) + s).stat().st_size for s in ("", "-wal")
                   if Path(str(self.path) + s).exists())

    def checkpoint(self) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # helpers

    def _require(self, key: str) -> DocumentRecord:
        doc = self.document(key)
        if doc is None:
            raise HistoryError(f"{key}: no such document in the history")
        return doc

    def _document_by_id(self, conn: sqlite3.Connection, doc_id: int) -> DocumentRecord:
        r = conn.execute(
            "SELECT d.*, COUNT(v.id) AS n, COALESCE(MAX(v.recorded_at), '') AS latest FROM documents d "
            "LEFT JOIN versions v ON v.document_id = d.id WHERE d.id = ? GROUP BY d.id",
            (doc_id,)).fetchone()
        return _document(r, r["n"], r["latest"])

    def _version_info(self, conn: sqlite3.Connection, doc_id: int, version_id: int) -> VersionInfo:
        row = conn.execute(f"SELECT {_INFO_COLUMNS} FROM versions WHERE id = ?", (version_id,)).fetchone()
        number = conn.execute(
            "SELECT COUNT(*) FROM versions WHERE document_id = ? AND "
            "(recorded_at < ? OR (recorded_at = ? AND id <= ?))",
            (doc_id, row["recorded_at"], row["recorded_at"], version_id)).fetchone()[0]
        return _info(row, int(number))


# risk_count is kept since schema 3; a row written otherwise (by hand, by an import) still counts its findings.
_INFO_COLUMNS = ("id, document_id, recorded_at, source, content_hash, raw_media_type, language, grade, "
                 f"COALESCE(risk_count, {_RISKS_OF_FINDINGS}) AS n_risks")


def _document(row: sqlite3.Row, count: int, latest: str) -> DocumentRecord:
    return DocumentRecord(int(row["id"]), row["key"], row["title"], row["kind"], row["created"],
                          int(count), latest)


def _info(row: sqlite3.Row, number: int) -> VersionInfo:
    return VersionInfo(int(row["id"]), int(row["document_id"]), number, row["recorded_at"], row["source"],
                       row["content_hash"], row["raw_media_type"], row["language"], row["grade"],
                       int(row["n_risks"] or 0))


class _Corrupt(Exception):
    """The database file is damaged or is not a database."""


_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _enable_wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")


def _retry_busy(action: Callable[[], None]) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; retried while another writer holds the lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise HistoryError(f"the history is busy or locked ({exc})") from exc
            time.sleep(0.05)
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
