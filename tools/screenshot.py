"""Render the reader window with a sample document offscreen and save it as docs/screenshot.png."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", default=str(REPO / "resources/samples/en/videocall-terms-2023-08.md"))
    parser.add_argument("--out", default=str(REPO / "docs/screenshot.png"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", choices=("en", "de"), default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--select", default="", help="select the first finding of this rule id instead of "
                                                       "the first high one")
    args = parser.parse_args()
    os.environ.setdefault("TOSREADER_CONFIG_DIR", tempfile.mkdtemp(prefix="tosreader-shot-"))

    from PySide6.QtWidgets import QApplication

    from tosreader.core.severity import Severity
    from tosreader.ui.app import _application, create_window
    from tosreader.ui.settings import AppSettings

    app = _application([])
    settings = AppSettings()
    settings.set_theme(args.theme)
    settings.set_language(args.language)
    window = create_window(settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_path(args.sample)
    deadline = time.monotonic() + 30
    while (window.analysis is None or window.view.highlighting) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if window.analysis is None:
        print("the sample was not analysed in time", file=sys.stderr)
        return 1
    worst = next((f for f in window.analysis.findings
                  if (f.rule == args.select if args.select else f.severity is Severity.HIGH)), None)
    if worst is not None:
        window.panel.select_finding(worst)
    for _ in range(5):
        app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.out)
    print(args.out)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
