"""PyInstaller entry point: the same main() as the `tosreader` console script."""

import sys

from tosreader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
