"""`tosreader analyze FILE|URL|-`: analyse a terms document and print (or write) the findings."""

from __future__ import annotations

import argparse

from tosreader.app.sources import open_source
from tosreader.cli.export import add_output_options, write_summary
from tosreader.core.analysis import analyze

ANALYZE_FORMATS = ("text", "json", "md", "html", "pdf")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("analyze", help="analyse a document and print its findings",
                       description="Analyse a terms document (file, URL, or '-' for standard input). "
                       "pdf needs -o FILE.")
    p.add_argument("source", metavar="FILE|URL|-")
    p.add_argument("--format", "-f", choices=ANALYZE_FORMATS, default="text")
    add_output_options(p, required_output=False)


def run(args: argparse.Namespace) -> int:
    document = open_source(args.source)
    analysis = analyze(document, args.lang)
    write_summary(analysis, args.format, args.output, include_text=args.full_text,
                  labels_language=None if args.labels == "auto" else args.labels)
    return 0
