"""`tosreader history list|show|import|remove|record`: the stored versions of documents."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tosreader.app import history as app
from tosreader.core.entries import risk_entry_count
from tosreader.core.errors import HistoryError
from tosreader.core.history import HistoryStore


def _db_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="use this history database instead of the one in the user data folder")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("history", help="list, show, import, record or remove stored versions",
                       description="The version history of terms documents.")
    _db_option(p, None)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="documents with their version counts")
    ls.add_argument("--format", "-f", choices=("text", "json"), default="text")
    show = actions.add_parser("show", help="the versions of one document")
    show.add_argument("key", metavar="KEY")
    show.add_argument("--format", "-f", choices=("text", "json"), default="text")
    imp = actions.add_parser("import", help="import a folder of dated versions or a git-tracked file")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--name", metavar="KEY", help="name of the document (default: the folder name)")
    imp.add_argument("--format", "-f", choices=("text", "json"), default="text")
    rec = actions.add_parser("record", help="analyse a file or URL and record it if its text changed")
    rec.add_argument("source", metavar="FILE|URL")
    rec.add_argument("--name", metavar="KEY", help="name of the document (default: URL or title)")
    rm = actions.add_parser("remove", help="delete a document and all its versions")
    rm.add_argument("key", metavar="KEY")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    for action in (ls, show, imp, rec, rm):
        _db_option(action, argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    store = app.open_store(getattr(args, "db", None))
    try:
        message = app.recovery_message(store)
        if message:
            print(f"tosreader: {message}", file=sys.stderr)
        return _ACTIONS[args.action](store, args)
    finally:
        store.close()


def _list(store: HistoryStore, args: argparse.Namespace) -> int:
    docs = store.documents()
    if args.format == "json":
        _print_json([{"key": d.key, "title": d.title, "kind": d.kind, "created": d.created,
                      "versions": d.version_count, "latest": d.latest_at} for d in docs])
        return 0
    if not docs:
        print("The history is empty.")
        return 0
    width = max(len(d.key) for d in docs)
    for d in docs:
        print(f"{d.key:<{width}}  {d.version_count:>4} version{'s' if d.version_count != 1 else ' '}  "
              f"latest {d.latest_at[:10] or '-'}  {d.title}")
    return 0


def _show(store: HistoryStore, args: argparse.Namespace) -> int:
    record = store.document(args.key)
    if record is None:
        raise HistoryError(f"{args.key}: no such document in the history")
    versions = store.versions(args.key)
    if args.format == "json":
        _print_json({"key": record.key, "title": record.title, "kind": record.kind, "created": record.created,
                     "versions": [{"number": v.number, "recorded_at": v.recorded_at, "source": v.source,
                                   "content_hash": v.content_hash, "language": v.language,
                                   "grade": v.grade, "risks": v.risk_count} for v in versions]})
        return 0
    print(f"{record.key} — {record.title}" if record.title else record.key)
    for v in versions:
        print(f"  @{v.number:<4} {v.recorded_at}  {v.content_hash[:12]}  grade {v.grade or '-'}  "
              f"{v.risk_count} risks  {v.source}")
    return 0


def _import(store: HistoryStore, args: argparse.Namespace) -> int:
    summary = app.import_folder(store, args.path, key=args.name)
    if args.format == "json":
        _print_json(summary.to_dict())
        return 0
    print(f"{summary.key}: {summary.files} files, {summary.recorded} versions recorded, "
          f"{len(summary.noise_only)} noise-only skipped, {len(summary.changed)} real changes"
          + (f" ({len(summary.reordered_only)} only reordered)" if summary.reordered_only else "")
          + (f", {summary.already_present} already in the history" if summary.already_present else ""))
    for name in summary.noise_only:
        print(f"  noise only: {name}")
    for name, error in summary.failed:
        print(f"  failed: {name}: {error}", file=sys.stderr)
    return 0


def _record(store: HistoryStore, args: argparse.Namespace) -> int:
    result, analysis = app.record_source(store, args.source, key=args.name)
    v = result.version
    if result.created:
        print(f"{result.document.key}: recorded version {v.number} (grade {analysis.grade.letter}, "
              f"{risk_entry_count(analysis.findings)} risks)")
    else:
        print(f"{result.document.key}: unchanged since version {v.number} (only noise differs, if anything)")
    return 0


def _remove(store: HistoryStore, args: argparse.Namespace) -> int:
    record = store.document(args.key)
    if record is None:
        raise HistoryError(f"{args.key}: no such document in the history")
    if not args.yes:
        if not sys.stdin.isatty():
            raise HistoryError(f"{args.key}: not removed; add --yes to remove its "
                               f"{record.version_count} versions")
        answer = input(f"Remove {args.key} and its {record.version_count} versions? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing removed.")
            return 0
    count = store.remove(args.key)
    print(f"{args.key}: removed with its {count} versions")
    return 0


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


_ACTIONS = {"list": _list, "show": _show, "import": _import, "record": _record, "remove": _remove}
