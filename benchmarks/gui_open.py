"""Time from process start to a window showing a highlighted document; scroll frame times; peak memory.

Runs the real app in subprocesses on the offscreen platform with TOSREADER_EXIT_WHEN_READY=1, which
makes it print a timestamp and quit once the highlights are drawn. Prints the figures against targets:
sample document within 1.0 s beyond a bare QApplication window, the 2 MB document in under 2 s, peak
memory under 400 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "en" / "videocall-terms-2023-08.md"
BARE = (
    "import time, tosreader.ui\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1200, 800); w.show(); w.repaint()\n"
    "print(f'TOSREADER_READY {time.time():.6f}', flush=True)\n"
)


def big_document(folder: Path, size: int = 2_000_000) -> Path:
    """About ``size`` bytes of Markdown made of the built-in samples, renumbered per copy."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "resources" / "samples" / "en").glob("*.md"))]
    text: list[str] = []
    n = 0
    while sum(len(t) for t in text) < size:
        n += 1
        text.append(f"# Part {n}\n\n" + parts[n % len(parts)].replace("# ", "## ", 1))
    path = folder / "big-terms.md"
    path.write_text("\n\n".join(text), encoding="utf-8")
    return path


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the text shown, seconds to highlights drawn, peak RSS of that child in MB)."""
    with tempfile.TemporaryFile() as err:
        start = time.time()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        out = proc.stdout.read().decode()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        errors = err.read().decode(errors="replace")
    marks = dict(line.split()[:2] for line in out.splitlines() if line.startswith("TOSREADER_"))
    if "TOSREADER_READY" not in marks:
        raise RuntimeError(f"no READY mark from {args}: {errors[-2000:]}")
    ready = float(marks["TOSREADER_READY"]) - start
    shown = float(marks.get("TOSREADER_SHOWN", marks["TOSREADER_READY"])) - start
    return shown, ready, usage.ru_maxrss / 1024


def measure(label: str, args: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    shown, ready, peaks = [], [], []
    for _ in range(runs):
        s, r, peak = run_once(args, env)
        shown.append(s)
        ready.append(r)
        peaks.append(peak)
    median = statistics.median(ready)
    print(f"{label:<32} text shown {statistics.median(shown):6.3f} s, highlighted {median:6.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in ready)}), peak RSS {max(peaks):6.1f} MB")
    return median, max(peaks)


def scroll_frames(path: Path) -> tuple[float, float, int]:
    """In-process: open ``path``, then page through it; (mean ms, worst ms, findings) per repaint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tosreader.ui.app import _application, create_window

    app = _application([])
    window = create_window()
    window.resize(1200, 800)
    window.show()
    window.open_path(path)
    deadline = time.monotonic() + 60
    while (window.analysis is None or window.view.highlighting) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # lay the whole document out once, as a reader dragging the bar would
    window.view.viewport().repaint()
    bar.setValue(0)
    frames = []
    for _ in range(200):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.view.viewport().repaint()
        frames.append((time.perf_counter() - t) * 1000)
    findings = len(window.analysis.findings) if window.analysis else 0
    window.close()
    QApplication.processEvents()
    return statistics.mean(frames), max(frames), findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tosreader-bench-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TOSREADER_EXIT_WHEN_READY="1", TOSREADER_NO_SAMPLE="1",
                   TOSREADER_CONFIG_DIR=str(folder / "config"), TOSREADER_DATA_DIR=str(folder / "data"),
                   PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        big = big_document(folder)
        app = [sys.executable, "-m", "tosreader"]
        print(f"2 MB document: {big.stat().st_size / 1e6:.2f} MB; sample: {SAMPLE.name}")
        bare, bare_peak = measure("bare QApplication empty window", [sys.executable, "-c", BARE], env, options.runs)
        empty, _ = measure("tosreader, no document", app, env, options.runs)
        sample, sample_peak = measure("tosreader, sample highlighted", [*app, str(SAMPLE)], env, options.runs)
        large, large_peak = measure("tosreader, 2 MB highlighted", [*app, str(big)], env, options.runs)
        os.environ["TOSREADER_CONFIG_DIR"] = str(folder / "config")
        mean_ms, worst_ms, findings = scroll_frames(big)
    print()
    print(f"sample beyond bare window: {sample - bare:.3f} s (target < 1.0 s) "
          f"{'OK' if sample - bare < 1.0 else 'MISSED'}")
    print(f"2 MB document:             {large:.3f} s (target < 2.0 s) {'OK' if large < 2.0 else 'MISSED'}")
    print(f"scrolling the 2 MB document ({findings} findings): mean {mean_ms:.1f} ms, worst {worst_ms:.1f} ms "
          f"per page repaint (16 ms = 60 fps)")
    peak = max(bare_peak, sample_peak, large_peak)
    print(f"peak memory:               {peak:.0f} MB (target < 400 MB) {'OK' if peak < 400 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
