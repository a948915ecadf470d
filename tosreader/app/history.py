"""History use cases: record a version of an analysed document, import a history, compare versions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tosreader.app.sources import is_url, open_source
from tosreader.core.analysis import Analysis, analyze
from tosreader.core.diff import DocumentDiff, diff_documents
from tosreader.core.document import Document
from tosreader.core.errors import HistoryError, LoadError
from tosreader.core.history import DocumentKind, HistoryStore, RecordResult, Version
from tosreader.core.loaders import load_bytes, load_text
from tosreader.core.normalise import canonical_url
from tosreader.core.ota_import import ImportSummary, import_history

_SPEC = re.compile(r"^(?P<key>.+)@(?P<sel>latest|previous|first|-?\d+)$", re.IGNORECASE)
_SUFFIX_FOR = {"text/markdown": ".md", "text/html": ".html", "application/pdf": ".pdf", "text/plain": ".txt",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def open_store(path: Path | str | None = None) -> HistoryStore:
    """The history database (default: the user's data folder); see ``recovered_from`` afterwards."""
    return HistoryStore(path)


def recovery_message(store: HistoryStore) -> str | None:
    """What to tell the person when a damaged database was moved aside on open, else None."""
    if store.recovered_from is None:
        return None
    return (f"The history database was damaged and has been set aside as {store.recovered_from}; "
            "a new, empty history was started. Nothing was deleted.")


# -- recording -------------------------------------------------------------------------------------------

def suggest_key(document: Document) -> str:
    """The canonical URL for a web document, else a name from the title or the file name."""
    if document.source and is_url(document.source):
        return canonical_url(document.source)
    if document.title.strip():
        return " ".join(document.title.split())[:120]
    if document.source and document.source != "-":
        return Path(document.source).stem
    return "Untitled document"


def analysis_fields(analysis: Analysis) -> tuple[str, str, list[dict[str, Any]]]:
    """(language, grade letter, findings without their long explanations) for storage."""
    findings = []
    for f in analysis.findings:
        d = f.to_dict()
        d.pop("explanation", None)
        findings.append(d)
    return analysis.language, analysis.grade.letter, findings


def record_analysis(store: HistoryStore, analysis: Analysis, *, key: str | None = None,
                    raw: bytes | None = None, raw_media_type: str = "",
                    recorded_at: str | None = None) -> RecordResult:
    """Record the analysed document as a version, unless its text equals the latest up to noise."""
    doc = analysis.document
    kind: DocumentKind = "url" if doc.source and is_url(doc.source) else "file"
    language, grade, findings = analysis_fields(analysis)
    return store.record(key or suggest_key(doc), doc.text, title=doc.title, kind=kind, source=doc.source,
                        raw=raw, raw_media_type=raw_media_type or doc.media_type, language=language,
                        grade=grade, findings=findings, recorded_at=recorded_at)


def record_source(store: HistoryStore, value: str, *, key: str | None = None) -> tuple[RecordResult, Analysis]:
    """Open a file or URL, analyse it and record it (the raw bytes too, when there are any)."""
    raw: bytes | None = None
    if is_url(value):
        document, raw = _fetch_with_raw(value)
    else:
        document = open_source(value)
        if value != "-":
            try:
                raw = Path(value).read_bytes()
            except OSError:
                raw = None
    analysis = analyze(document)
    return record_analysis(store, analysis, key=key, raw=raw), analysis


def _fetch_with_raw(url: str) -> tuple[Document, bytes | None]:
    from tosreader.core.fetch import fetch_document  # network code only when asked for

    result = fetch_document(url)
    raw = next((v for v in (getattr(result, n, None) for n in ("raw", "content", "data", "body"))
                if isinstance(v, bytes)), None)
    return result.document, raw


def import_folder(store: HistoryStore, path: Path | str, *, key: str | None = None) -> ImportSummary:
    """Import a folder of dated versions or a git-tracked file, analysing every version."""
    def analyser(doc: Document) -> tuple[str, str, list[dict[str, object]]]:
        return analysis_fields(analyze(doc))

    return import_history(path, store, key=key, analyser=analyser)


# -- versions as documents -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VersionSpec:
    key: str
    number: int  # 1 = oldest, -1 = latest, -2 = previous


def parse_spec(value: str) -> VersionSpec | None:
    """``KEY@N``, ``KEY@latest``, ``KEY@previous`` or ``KEY@first``; None if it is not of that form."""
    m = _SPEC.match(value.strip())
    if not m:
        return None
    sel = m.group("sel").lower()
    number = {"latest": -1, "previous": -2, "first": 1}.get(sel)
    return VersionSpec(m.group("key"), number if number is not None else int(sel))


def version_document(version: Version, title: str = "") -> Document:
    """A stored version as a Document, re-extracted from the raw source when it is kept."""
    info = version.info
    doc: Document | None = None
    if version.raw:
        suffix = _SUFFIX_FOR.get(info.raw_media_type, ".txt")
        try:
            doc = load_bytes(version.raw, name=f"version{suffix}", media_type=info.raw_media_type or None,
                             source=info.source)
        except LoadError:
            doc = None
    if doc is None or not doc.text.strip():
        doc = load_text(version.text, source=info.source, title=title)
    if info.language:
        doc.language = info.language
    return doc


def version_meta(key: str, version: Version) -> dict[str, Any]:
    i = version.info
    return {"key": key, "version": i.number, "recorded_at": i.recorded_at, "content_hash": i.content_hash}


def resolve(value: str, store_path: Path | str | None = None,
            store: HistoryStore | None = None) -> tuple[Document, dict[str, Any]]:
    """A document named on the command line: a stored version (KEY@N), a file, '-' or a URL."""
    spec = parse_spec(value)
    if spec is not None and not Path(value).exists():
        own = store is None
        st = store or open_store(store_path)
        try:
            key = spec.key
            record = st.document(key)
            if record is None and is_url(key):
                key = canonical_url(key)
                record = st.document(key)
            if record is not None:
                version = st.version(key, spec.number)
                return version_document(version, record.title), version_meta(key, version)
            if not is_url(value):
                raise HistoryError(f"{spec.key}: no such document in the history (and no such file)")
        finally:
            if own:
                st.close()
    return open_source(value), {}


def compare(old: str, new: str, *, store_path: Path | str | None = None,
            store: HistoryStore | None = None) -> DocumentDiff:
    """Risk-aware diff of two named documents or versions."""
    old_doc, old_meta = resolve(old, store_path, store)
    new_doc, new_meta = resolve(new, store_path, store)
    return diff_documents(old_doc, new_doc, old_meta=old_meta, new_meta=new_meta)


def compare_versions(store: HistoryStore, key: str, old_number: int, new_number: int) -> DocumentDiff:
    """Risk-aware diff of two versions of one stored document (numbers as in ``HistoryStore.version``)."""
    record = store.document(key)
    if record is None:
        raise HistoryError(f"{key}: no such document in the history")
    old_v, new_v = store.version(key, old_number), store.version(key, new_number)
    return diff_documents(version_document(old_v, record.title), version_document(new_v, record.title),
                          old_meta=version_meta(key, old_v), new_meta=version_meta(key, new_v))
