"""Time from process start to a window showing a highlighted document; scroll frame times; peak memory.

Runs the real app in subprocesses on the offscreen platform with TOSREADER_EXIT_WHEN_READY=1, which
makes it print a timestamp when a long document's first part is shown highlighted (TOSREADER_PREVIEW)
and another and quit once the whole document's highlights are drawn (TOSREADER_READY), and print timing marks for each
phase (tosreader/ui/timing.py): the breakdown table shows where the time goes, from process start,
per thread. The core alone (load, analyse, history record, without Qt) is timed in its own process
on the same file. Prints the figures against targets: sample document within 1.0 s beyond a bare
QApplication window, the 2 MB document in under 2 s, peak memory under 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "en" / "videocall-terms-2023-08.md"
CORE_ALONE = """
import json, sys, time
t0 = time.perf_counter()
from tosreader.core.analysis import analyze
from tosreader.core.loaders import load_path
from tosreader.app.history import open_store, record_analysis, suggest_key
t1 = time.perf_counter()
document = load_path(sys.argv[1])
t2 = time.perf_counter()
analysis = analyze(document)
t3 = time.perf_counter()
with open_store(None) as store:
    record_analysis(store, analysis, key=suggest_key(document))
t4 = time.perf_counter()
print(json.dumps({"core imports": t1 - t0, "load_path": t2 - t1, "analyze": t3 - t2, "history record": t4 - t3,
                  "findings": len(analysis.findings)}))
"""
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


Phases = dict[str, tuple[str, float, float]]  # name -> (thread, start, end) in seconds from process start


Run = tuple[float, float, float, Phases, float | None]


def run_once(args: list[str], env: dict[str, str]) -> Run:
    """(seconds to the text shown, seconds to the whole document highlighted and drawn, peak RSS of that
    child in MB, phases, seconds to the first part highlighted (long documents only; else None))."""
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
    phases: Phases = {}
    for line in out.splitlines():
        fields = line.split()
        if fields[:1] == ["TOSREADER_PHASE"] and len(fields) == 5:
            phases[fields[1]] = (fields[2], float(fields[3]) - start, float(fields[4]) - start)
        elif fields[:1] == ["TOSREADER_AT"] and len(fields) == 4:
            phases[fields[1]] = (fields[2], 0.0, float(fields[3]) - start)
    preview = float(marks["TOSREADER_PREVIEW"]) - start if "TOSREADER_PREVIEW" in marks else None
    if preview is not None:
        phases["preview (first part painted)"] = ("gui", preview, preview)
    phases["ready (highlighted, painted)"] = ("gui", ready, ready)
    return shown, ready, usage.ru_maxrss / 1024, phases, preview


def measure(label: str, args: list[str], env: dict[str, str],
            runs: int) -> tuple[float, float, Phases, float | None]:
    """Median figures over ``runs`` (the last: to the first part highlighted, None without a preview);
    the phases of the median run."""
    results = [run_once(args, env) for _ in range(runs)]
    ready = [r[1] for r in results]
    median = statistics.median(ready)
    middle = min(results, key=lambda r: abs(r[1] - median))
    print(f"{label:<32} text shown {statistics.median(r[0] for r in results):6.3f} s, highlighted {median:6.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in ready)}), peak RSS {max(r[2] for r in results):6.1f} MB")
    previews = [r[4] for r in results if r[4] is not None]
    preview = statistics.median(previews) if len(previews) == len(results) else None
    if preview is not None:
        print(f"{'':<32} first part highlighted {preview:6.3f} s "
              f"(runs: {', '.join(f'{t:.3f}' for t in previews)})")
    return median, max(r[2] for r in results), middle[3], preview


def print_breakdown(label: str, phases: Phases) -> None:
    """The phases of one run in order of their start: thread, start, end and duration."""
    print(f"\nbreakdown, {label} (seconds from process start; 'startup' = interpreter and imports):")
    for name, (thread, start, end) in sorted(phases.items(), key=lambda kv: (kv[1][1], kv[1][2])):
        shown = "startup" if name == "imports_done" else name
        print(f"  {shown:<30} {thread:<6} {start:6.3f} -> {end:6.3f}  {end - start:6.3f} s")


def core_alone(path: Path, env: dict[str, str]) -> dict[str, float]:
    """Load, analyse and record ``path`` with the core only (no Qt), in a fresh process."""
    out = subprocess.run([sys.executable, "-c", CORE_ALONE, str(path)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def page_through(window: Any, pages: int = 200) -> list[float]:
    """Milliseconds per page step and repaint of the reading pane."""
    bar = window.view.verticalScrollBar()
    bar.setValue(0)
    frames = []
    for _ in range(pages):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.view.viewport().repaint()
        frames.append((time.perf_counter() - t) * 1000)
    return frames


def scroll_frames(path: Path) -> tuple[list[float], list[float], list[float], int]:
    """In-process: open ``path``, scroll while the highlighted document is being built (frames include
    the event loop's turn), then page through it right after the highlights are shown (while the
    history records it in the background) and again once it is recorded; (frames, frames, frames,
    findings)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tosreader.ui.app import _application, create_window

    app = _application([])
    window = create_window()
    window.resize(1200, 800)
    window.show()
    window.extras.record_delay_ms = 0  # the worst case: the history records while the reader scrolls
    window.open_path(path)
    deadline = time.monotonic() + 60
    while window.analysis is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    building: list[float] = []  # page steps while the highlighted document is built in steps
    bar = window.view.verticalScrollBar()
    while window.view.highlighting and time.monotonic() < deadline:
        t = time.perf_counter()
        app.processEvents()  # one building step (at most STEP_SECONDS) and whatever else is due
        bar.setValue(bar.value() + bar.pageStep() // 4)
        window.view.viewport().repaint()
        building.append((time.perf_counter() - t) * 1000)
    recorded: list[str] = []
    window.extras.recorded.connect(lambda key, _created: recorded.append(key))
    bar.setValue(bar.maximum())  # lay the whole document out once, as a reader dragging the bar would
    window.view.viewport().repaint()
    app.processEvents()  # starts the history job
    during = page_through(window)
    while not recorded and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    after = page_through(window)
    findings = len(window.analysis.findings) if window.analysis else 0
    window.close()
    QApplication.processEvents()
    return building, during, after, findings


def frame_summary(frames: list[float]) -> str:
    ordered = sorted(frames)
    p95 = ordered[int(len(ordered) * 0.95)]
    slow = sum(1 for f in frames if f > 16.7)
    return (f"mean {statistics.mean(frames):5.1f} ms, p95 {p95:5.1f} ms, worst {max(frames):6.1f} ms, "
            f"{slow}/{len(frames)} over 16.7 ms")


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
        bare, bare_peak, _, _ = measure("bare QApplication empty window", [sys.executable, "-c", BARE], env,
                                     options.runs)
        measure("tosreader, no document", app, env, options.runs)
        sample, sample_peak, sample_phases, _ = measure("tosreader, sample highlighted", [*app, str(SAMPLE)], env,
                                                     options.runs)
        large, large_peak, large_phases, large_preview = measure("tosreader, 2 MB highlighted", [*app, str(big)], env,
                                                  options.runs)
        core = core_alone(big, env)
        print_breakdown("sample", sample_phases)
        print_breakdown("2 MB document", large_phases)
        print("\ncore alone on the 2 MB document (no Qt, one process): "
              + ", ".join(f"{k} {v:.3f} s" if k != "findings" else f"{v:.0f} findings" for k, v in core.items()))
        os.environ["TOSREADER_CONFIG_DIR"] = str(folder / "config")
        os.environ["TOSREADER_DATA_DIR"] = str(folder / "data")
        building, during, after, findings = scroll_frames(big)
    print()
    print(f"sample beyond bare window: {sample - bare:.3f} s (target < 1.0 s) "
          f"{'OK' if sample - bare < 1.0 else 'MISSED'}")
    if large_preview is not None:
        print(f"2 MB document, first part: {large_preview:.3f} s (target < 2.0 s) "
              f"{'OK' if large_preview < 2.0 else 'MISSED'}  (top of the document highlighted, analysis running)")
    print(f"2 MB document, whole:      {large:.3f} s (target < 2.0 s) {'OK' if large < 2.0 else 'MISSED'}"
          "  (every finding highlighted, grade final)")
    print(f"scrolling the 2 MB document ({findings} findings), per page step and repaint:")
    if building:
        print(f"  while highlights are built:   {frame_summary(building)}")
    print(f"  while the history records it: {frame_summary(during)}")
    print(f"  afterwards:                   {frame_summary(after)}")
    peak = max(bare_peak, sample_peak, large_peak)
    print(f"peak memory:               {peak:.0f} MB (target < 400 MB) {'OK' if peak < 400 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
