"""`tosreader analyze FILE|URL|-`: analyse a terms document and print the findings."""

from __future__ import annotations

import argparse
import sys

from tosreader.app.sources import open_source
from tosreader.core.analysis import analyze
from tosreader.core.export import TEXT_FORMATS, render


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse a document and print its findings",
                       description="Analyse a terms document (file, URL, or '-' for standard input).")
    p.add_argument("source", metavar="FILE|URL|-")
    p.add_argument("--format", "-f", choices=TEXT_FORMATS, default="text")
    p.add_argument("--lang", choices=("auto", "en", "de"), default="auto",
                   help="language of the document (default: detect)")
    p.add_argument("--output", "-o", help="write to this file instead of standard output")


def run(args: argparse.Namespace) -> int:
    document = open_source(args.source)
    analysis = analyze(document, args.lang)
    output = render(analysis, args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(output)
    else:
        sys.stdout.write(output)
    return 0
