"""`tosreader export PATH|URL --format md|html|pdf|json -o OUT`: write an annotated summary."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from tosreader.app.sources import open_source
from tosreader.core.analysis import Analysis, analyze
from tosreader.core.errors import ToSReaderError
from tosreader.core.export import FORMATS, SUFFIXES, render

LANG_CHOICES = ("auto", "en", "de")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser(
        "export", help="write an annotated summary (Markdown, HTML, PDF or JSON)",
        description="Analyse a terms document and write a summary: grade, findings with the quoted clauses "
        "and explanations, good points and, when the document is in the history, what changed since the "
        "previous version.")
    p.add_argument("source", metavar="PATH|URL|-")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="output format (default: from the suffix of OUT, else md)")
    add_output_options(p, required_output=False)
    p.add_argument("--no-history", action="store_true",
                   help="do not look up the previous version in the history")
    p.add_argument("--db", metavar="PATH", help="history database (default: the user's)")


def add_output_options(p: argparse.ArgumentParser, *, required_output: bool) -> None:
    """Options shared with `tosreader analyze`."""
    p.add_argument("--lang", choices=LANG_CHOICES, default="auto",
                   help="language of the document (default: detect)")
    p.add_argument("--output", "-o", metavar="OUT", required=required_output,
                   help="write to this file ('-' or none: standard output; required for pdf)")
    p.add_argument("--labels", choices=LANG_CHOICES, default="auto",
                   help="language of the summary's headings (default: the document's language)")
    p.add_argument("--full-text", action="store_true",
                   help="append the full text with the findings highlighted (html, pdf)")


def run(args: argparse.Namespace) -> int:
    fmt = args.format or _format_from_suffix(args.output) or "md"
    document = open_source(args.source)
    analysis = analyze(document, args.lang)
    changes = None if args.no_history else history_changes(analysis, args.db)
    write_summary(analysis, fmt, args.output, changes=changes, include_text=args.full_text,
                  labels_language=None if args.labels == "auto" else args.labels)
    return 0


def _format_from_suffix(output: str | None) -> str | None:
    if not output or output == "-":
        return None
    suffix = Path(output).suffix.lower()
    return next((fmt for fmt, s in SUFFIXES.items() if s == suffix or (fmt == "md" and suffix == ".markdown")),
                None)


def write_summary(analysis: Analysis, fmt: str, output: str | None, *, changes: dict[str, Any] | None = None,
                  include_text: bool = False, labels_language: str | None = None) -> None:
    """Render ``analysis`` in ``fmt`` to the file ``output`` (or standard output; not for pdf)."""
    to_stdout = not output or output == "-"
    if fmt == "pdf":
        if to_stdout:
            raise ToSReaderError("a PDF needs an output file: add -o FILE.pdf")
        from tosreader.ui.pdf import write_pdf  # Qt only when a PDF is asked for

        write_pdf(analysis, str(output), changes=changes, include_text=include_text,
                  labels_language=labels_language)
        return
    text = render(analysis, fmt, changes=changes, include_text=include_text, labels_language=labels_language)
    if to_stdout:
        sys.stdout.write(text)
    else:
        _write_atomically(Path(str(output)), text)


def _write_atomically(path: Path, text: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise ToSReaderError(f"cannot write {path}: {exc.strerror or exc}") from exc


def history_changes(analysis: Analysis, db: str | None = None) -> dict[str, Any] | None:
    """The risk delta since the previous stored version of this document, or None (no history, no match)."""
    try:
        from tosreader.app import history as app_history
        from tosreader.core.diff import diff_documents
        from tosreader.core.export.changes import changes_from_diff, previous_version
        from tosreader.core.history import default_path
    except ImportError:
        return None
    path = Path(db) if db else default_path()
    if not path.exists():
        return None
    try:
        with app_history.open_store(path) as store:
            key = app_history.suggest_key(analysis.document)
            prev = previous_version(store, key, analysis.document.text)
            if prev is None:
                return None
            record = store.document(key)
            old = app_history.version_document(store.load_version(prev), record.title if record else "")
            diff = diff_documents(old, analysis.document, new_analysis=analysis)
            return changes_from_diff(diff.to_dict(), prev)
    except (ToSReaderError, sqlite3.Error, OSError) as exc:
        print(f"tosreader: history not used: {exc}", file=sys.stderr)
        return None
