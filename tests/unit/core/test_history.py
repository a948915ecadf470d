"""Tests of the history store: recording, noise, migrations, corruption, crashes, concurrent writers."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sqlite3
import zlib
from pathlib import Path

import pytest

from tosreader.core.errors import HistoryError
from tosreader.core.history import MIGRATIONS, SCHEMA_VERSION, HistoryStore, default_path, risk_entries
from tosreader.core.normalise import content_hash

TERMS = "1. Use\n\nYou may use the service for personal purposes.\n\n2. Fees\n\nThe service is free."


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def test_default_path_is_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOSREADER_DATA_DIR", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "history.sqlite3"
    with HistoryStore() as s:
        assert s.path.exists()
        assert s.schema_version == SCHEMA_VERSION


def test_new_database_uses_wal_and_current_schema(store: HistoryStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(versions)")}
    assert {"document_id", "recorded_at", "source", "content_hash", "text", "raw", "raw_media_type",
            "language", "grade", "findings"} <= columns
    conn.close()


def test_record_creates_document_and_first_version(store: HistoryStore) -> None:
    result = store.record("https://example.org/terms", TERMS, title="Terms", kind="url",
                          source="https://example.org/terms", raw=b"<p>raw</p>", raw_media_type="text/html",
                          language="en", grade="B", findings=[{"rule": "r", "severity": "high"}])
    assert result.created and result.new_document
    assert result.version.number == 1
    assert result.version.content_hash == content_hash(TERMS)
    assert result.version.risk_count == 1
    docs = store.documents()
    assert [(d.key, d.kind, d.title, d.version_count) for d in docs] == [
        ("https://example.org/terms", "url", "Terms", 1)]
    version = store.version("https://example.org/terms", 1)
    assert version.text == TERMS
    assert version.raw == b"<p>raw</p>"
    assert version.findings == [{"rule": "r", "severity": "high"}]
    assert version.info.grade == "B" and version.info.language == "en"


def test_raw_source_is_stored_compressed(store: HistoryStore) -> None:
    raw = ("<p>" + "the same sentence again. " * 400 + "</p>").encode()
    store.record("doc", TERMS, raw=raw)
    blob = sqlite3.connect(store.path).execute("SELECT raw FROM versions").fetchone()[0]
    assert len(blob) < len(raw) / 5
    assert zlib.decompress(blob) == raw


@pytest.mark.parametrize("noisy", [
    TERMS.replace("personal purposes", "personal   purposes"),  # whitespace
    TERMS.replace("\n\n", "\n\n\n"),  # blank lines
    TERMS + "\n",
    TERMS.replace("You may", "**You** may"),  # Markdown emphasis only
])
def test_noise_only_changes_do_not_create_versions(store: HistoryStore, noisy: str) -> None:
    store.record("doc", TERMS)
    result = store.record("doc", noisy)
    assert not result.created
    assert result.version.number == 1
    assert len(store.versions("doc")) == 1


def test_tracking_parameters_and_quotes_are_noise(store: HistoryStore) -> None:
    old = "See our “policy” at https://example.org/p?id=3 for details."
    new = "See our \"policy\" at https://example.org/p?id=3&utm_source=mail&fbclid=abc for details."
    store.record("doc", old)
    assert not store.record("doc", new).created


def test_real_change_creates_a_new_version(store: HistoryStore) -> None:
    store.record("doc", TERMS)
    result = store.record("doc", TERMS.replace("free", "paid"))
    assert result.created and not result.new_document
    assert result.version.number == 2
    assert [v.number for v in store.versions("doc")] == [1, 2]
    assert store.version("doc", -1).text.endswith("paid.")
    assert store.version("doc", -2).text.endswith("free.")


def test_change_back_is_recorded_again(store: HistoryStore) -> None:
    store.record("doc", TERMS)
    store.record("doc", TERMS + " Extra.")
    assert store.record("doc", TERMS).created
    assert len(store.versions("doc")) == 3


def test_dated_versions_compare_with_the_version_before_them(store: HistoryStore) -> None:
    store.record("doc", "Version one text.", recorded_at="2024-01-01T00:00:00+00:00")
    store.record("doc", "Version three text.", recorded_at="2024-03-01T00:00:00+00:00")
    # Recorded late but dated in between: compared with version one, it is new.
    result = store.record("doc", "Version one  text.", recorded_at="2024-02-01T00:00:00+00:00")
    assert not result.created
    result = store.record("doc", "Version two text.", recorded_at="2024-02-01T00:00:00+00:00")
    assert result.created and result.version.number == 2
    assert [store.version("doc", n).text for n in (1, 2, 3)] == [
        "Version one text.", "Version two text.", "Version three text."]


def test_errors_are_history_errors(store: HistoryStore) -> None:
    with pytest.raises(HistoryError, match="no such document"):
        store.versions("missing")
    store.record("doc", TERMS)
    with pytest.raises(HistoryError, match="no version 5"):
        store.version("doc", 5)
    with pytest.raises(HistoryError, match="empty"):
        store.record("doc", "  \n ")
    with pytest.raises(HistoryError, match="name"):
        store.record(" ", TERMS)


def test_remove_deletes_document_and_versions(store: HistoryStore) -> None:
    store.record("doc", TERMS)
    store.record("doc", TERMS + " More.")
    store.record("other", TERMS)
    assert store.remove("doc") == 2
    assert [d.key for d in store.documents()] == ["other"]
    assert sqlite3.connect(store.path).execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 1
    with pytest.raises(HistoryError):
        store.remove("doc")


def test_failed_write_is_rolled_back(store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.record("doc", TERMS)

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_version_info", boom)
    with pytest.raises(RuntimeError):
        store.record("new-doc", TERMS)
    monkeypatch.undo()
    assert [d.key for d in store.documents()] == ["doc"]  # the document insert was rolled back too


# -- migrations ------------------------------------------------------------------------------------------

def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO documents(key, title, kind, created) VALUES ('old', 'Old terms', 'file', "
                 "'2023-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO versions(document_id, recorded_at, source, content_hash, text, grade) "
                 "VALUES (1, '2023-01-01T00:00:00+00:00', 'old.txt', ?, 'Old text of the terms.', 'C')",
                 (content_hash("Old text of the terms."),))
    conn.commit()
    conn.close()


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    _make_v1(path)
    conn = sqlite3.connect(path)
    assert "language" not in {r[1] for r in conn.execute("PRAGMA table_info(versions)")}
    conn.close()
    with HistoryStore(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.recovered_from is None
        old = s.version("old", 1)
        assert old.text == "Old text of the terms." and old.info.grade == "C" and old.info.language == ""
        assert not s.record("old", "Old text of the terms.").created
        assert s.record("old", "New text of the terms.", language="en").created
        assert s.version("old", -1).info.language == "en"


def _schema_3(tmp_path: Path) -> tuple[Path, sqlite3.Connection]:
    """A history database at schema 3 with one document, 'd', and no versions yet."""
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    for migrate in MIGRATIONS[:3]:
        migrate(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO documents(key, title, kind, created) VALUES ('d', 'D', 'file', '2023-01-01T00:00:00+00:00')")
    return path, conn


def test_the_risk_count_counts_entries_as_the_findings_list_does(tmp_path: Path) -> None:
    """Two rules of one category on one clause are one risk, as in the findings list and the summaries;
    the same rules on another clause, or another category on the same clause, are further risks."""
    path, conn = _schema_3(tmp_path)
    same_clause = [{"category": "arbitration", "severity": "high", "start": 0, "end": 40},
                   {"category": "arbitration", "severity": "medium", "start": 0, "end": 40},
                   {"category": "jurisdiction", "severity": "medium", "start": 0, "end": 40},
                   {"category": "arbitration", "severity": "high", "start": 41, "end": 90},
                   {"category": "arbitration", "severity": "good", "start": 91, "end": 120}]
    # schema 3 kept the number of findings (4 risks); the migration to 4 counts entries (3)
    conn.execute("INSERT INTO versions(document_id, recorded_at, content_hash, text, findings, risk_count) "
                 "VALUES (1, '2023-01-01T00:00:00+00:00', 'h', 'Some text.', ?, 4)", (json.dumps(same_clause),))
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.versions("d")[0].risk_count == 3
        made = s.record("d", "Other text.", findings=same_clause[:2])
        assert made.version.risk_count == 1
    assert risk_entries(same_clause) == 3


def test_the_recount_survives_findings_that_are_not_json(tmp_path: Path) -> None:
    """A version whose findings are not valid JSON (Version reads such a row as no findings) counts no
    risks; the migration must not fail on it and set the whole history aside as corrupt."""
    path, conn = _schema_3(tmp_path)
    for n, findings in enumerate(["", "[", json.dumps([{"category": "a", "severity": "high", "start": 0, "end": 9}, 5])]):
        conn.execute("INSERT INTO versions(document_id, recorded_at, content_hash, text, findings, risk_count) "
                     f"VALUES (1, '2023-01-0{n + 1}T00:00:00+00:00', 'h{n}', 'Text {n}.', ?, 7)", (findings,))
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.recovered_from is None
        assert [v.risk_count for v in s.versions("d")] == [0, 0, 1]
    assert risk_entries([{"category": "a", "severity": "high", "start": 0, "end": 9}, 5]) == 1


def test_the_python_and_sql_risk_counts_agree() -> None:
    """risk_entries and the SQL of the migration count the same entries, values compared as JSON text."""
    from tosreader.core.history import _RISKS_OF_FINDINGS

    cases = [
        [{"category": "a", "severity": "high", "start": 5, "end": 9}, {"category": "a", "severity": "low", "start": 5.0, "end": 9}],
        [{"category": "a", "severity": "high", "start": 5, "end": 9}, {"category": "a", "severity": "high", "start": "5", "end": 9}],
        [{"category": 0, "severity": "high", "start": 1, "end": 2}, {"category": "", "severity": "high", "start": 1, "end": 2}],
        [{"category": "a|1", "severity": "high", "start": 2, "end": 3}, {"category": "a", "severity": "high", "start": "1|2", "end": 3}],
        [{"severity": "high"}, {"severity": "low"}, {"severity": "good"}, None, "x", [1]],
        [{"category": "a", "severity": "medium", "start": 1, "end": 2}, {"category": "b", "severity": "info", "start": 1, "end": 2}],
    ]
    conn = sqlite3.connect(":memory:")
    for case in cases:
        sql = conn.execute(f"SELECT {_RISKS_OF_FINDINGS} FROM (SELECT ? AS findings)", (json.dumps(case),)).fetchone()[0]
        assert sql == risk_entries(case), case


def test_migration_3_keeps_the_risk_count_of_each_version(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path)
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO documents(key, title, kind, created) VALUES ('d', 'D', 'file', '2023-01-01T00:00:00+00:00')")
    findings = json.dumps([{"severity": "high"}, {"severity": "good"}, {"severity": "low"}, {"severity": "info"}])
    conn.execute("INSERT INTO versions(document_id, recorded_at, content_hash, text, findings) "
                 "VALUES (1, '2023-01-01T00:00:00+00:00', 'h', 'Some text.', ?)", (findings,))
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.versions("d")[0].risk_count == 2  # counted once, by the migration
        made = s.record("d", "Other text.", findings=[{"severity": "medium"}, {"severity": "good"}])
        assert made.version.risk_count == 1
        assert [v.risk_count for v in s.versions("d")] == [2, 1]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT risk_count FROM versions ORDER BY id").fetchall() == [(2,), (1,)]
    conn.execute("UPDATE versions SET risk_count = NULL")  # a row written without it is still counted
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert [v.risk_count for v in s.versions("d")] == [2, 1]


def test_refuses_a_database_from_a_newer_app(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    HistoryStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(HistoryError, match="newer version"):
        HistoryStore(path)
    assert path.exists()  # not treated as corrupt


# -- corruption ------------------------------------------------------------------------------------------

def test_garbage_file_is_moved_aside_and_a_new_store_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    with HistoryStore(path) as s:
        assert s.recovered_from is not None
        assert s.recovered_from.name.startswith("history.sqlite3.corrupt-")
        assert s.recovered_from.read_bytes() == garbage  # nothing lost
        assert s.documents() == []
        assert s.record("doc", TERMS).created
    with HistoryStore(path) as again:
        assert again.recovered_from is None
        assert len(again.versions("doc")) == 1


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        for n in range(40):
            s.record(f"doc{n}", f"{TERMS} Version number {n}. " + "padding words " * 200)
        s.checkpoint()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):  # scribble over b-tree pages
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with HistoryStore(path) as s:
        assert s.recovered_from is not None and s.recovered_from.exists()
        assert s.documents() == []


# -- crash and concurrency ---------------------------------------------------------------------------------

def _writer(path: str, prefix: str, count: int, done: mp.Queue) -> None:  # type: ignore[type-arg]
    store = HistoryStore(path)
    for n in range(count):
        text = f"{prefix} terms, version {n}. " + "Some clause text. " * 50
        result = store.record(f"{prefix}-doc", text, raw=text.encode())
        store.record("shared-doc", f"{prefix} wrote version {n} of the shared document.")
        if done is not None:
            done.put((n, result.version.content_hash))
    store.close()


def test_crash_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    ctx = mp.get_context("spawn")
    done = ctx.Queue()
    child = ctx.Process(target=_writer, args=(str(path), "crash", 100_000, done))
    child.start()
    committed = []
    while len(committed) < 30:
        committed.append(done.get(timeout=60))
    os.kill(child.pid, signal.SIGKILL)  # no clean-up, possibly in the middle of a transaction
    child.join(timeout=30)
    while not done.empty():
        committed.append(done.get_nowait())
    with HistoryStore(path) as s:
        assert s.recovered_from is None
        versions = s.versions("crash-doc")
        hashes = {v.content_hash for v in versions}
        assert {h for _, h in committed} <= hashes
        assert len(versions) >= len(committed)
        for info in versions:
            version = s.load_version(info)
            assert content_hash(version.text) == info.content_hash
            assert version.raw == version.text.encode()
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"  # created by the racing writers themselves
    ctx = mp.get_context("spawn")
    writers = [ctx.Process(target=_writer, args=(str(path), name, 40, None)) for name in ("alpha", "beta")]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]
    with HistoryStore(path) as s:
        assert len(s.versions("alpha-doc")) == 40
        assert len(s.versions("beta-doc")) == 40
        shared = s.versions("shared-doc")
        assert len(shared) == 80
        texts = {s.load_version(v).text for v in shared}
        assert sum(t.startswith("alpha") for t in texts) == 40
        assert [v.number for v in shared] == list(range(1, 81))
