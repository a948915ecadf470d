"""`tosreader diff OLD NEW`: risk-aware differences between two files, URLs or stored versions."""

from __future__ import annotations

import argparse
import sys

from tosreader.app import history as app
from tosreader.core.diff import render


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser(
        "diff", help="what changed between two versions, risks first",
        description="Compare two versions of terms: files, URLs, or stored versions written KEY@N, "
        "KEY@latest, KEY@previous (see 'tosreader history show KEY'). Exit code 1 with --fail-on-worse "
        "when a risk was added or became more severe.")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--format", "-f", choices=("text", "md", "json"), default="text")
    p.add_argument("--fail-on-worse", "--fail-on-risk", dest="fail_on_worse", action="store_true",
                   help="exit with 1 when the new version adds risks or makes one more severe")
    p.add_argument("--all", action="store_true", help="list unchanged clauses too (text and md)")
    p.add_argument("--db", metavar="PATH", help="history database for KEY@N versions")
    p.add_argument("--output", "-o", help="write to this file instead of standard output")


def run(args: argparse.Namespace) -> int:
    store = None
    if app.parse_spec(args.old) or app.parse_spec(args.new):
        store = app.open_store(args.db)
        message = app.recovery_message(store)
        if message:
            print(f"tosreader: {message}", file=sys.stderr)
    try:
        result = app.compare(args.old, args.new, store=store)
    finally:
        if store is not None:
            store.close()
    output = render(result, args.format, include_unchanged=args.all)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(output)
    else:
        sys.stdout.write(output)
    return 1 if args.fail_on_worse and result.worse else 0
