"""Entry point: `tosreader` opens the window; `tosreader SUBCOMMAND …` works headless."""

from __future__ import annotations

import sys

from tosreader.cli import SUBCOMMANDS, run_cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        return run_cli(args)
    from tosreader.ui.app import run_gui  # imported here so the CLI never loads Qt

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
