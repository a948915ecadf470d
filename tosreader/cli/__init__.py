"""Command-line interface: one module per sub-command, each with ``register`` and ``run``."""

from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType

from tosreader import __version__
from tosreader.core.errors import ToSReaderError

# Sub-command name -> module in this package. Exit codes: 0 ok, 1 "found something" where a command
# documents it (e.g. `diff --fail-on-risk`), 2 bad input or usage, 3 internal error.
SUBCOMMANDS = {
    "analyze": "analyze",
    "export": "export",
    "diff": "diff",
    "history": "history",
}
EXIT_OK, EXIT_FOUND, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"tosreader.cli.{SUBCOMMANDS[name]}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tosreader",
        description="Highlights risky clauses in terms of service, explains them and tracks versions. "
        "Without a sub-command, opens the window (optionally on PATH or URL).",
    )
    parser.add_argument("--version", action="version", version=f"tosreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        if only is not None and name != only:
            sub.add_parser(name, help=f"see 'tosreader {name} --help'")
            continue
        _module(name).register(sub)
    return parser


def run_cli(argv: list[str]) -> int:
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    parser = build_parser(only=command)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(_module(args.command).run(args))
    except ToSReaderError as exc:
        print(f"tosreader: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("tosreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
