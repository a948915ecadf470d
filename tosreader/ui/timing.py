"""Benchmark timing marks: with TOSREADER_EXIT_WHEN_READY set, each phase prints its wall-clock span."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

READY_ENV = "TOSREADER_EXIT_WHEN_READY"


def enabled() -> bool:
    return bool(os.environ.get(READY_ENV))


def _thread() -> str:
    return "gui" if threading.current_thread() is threading.main_thread() else "worker"


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Prints ``TOSREADER_PHASE <name> <thread> <start> <end>`` (epoch seconds) when timing is on."""
    start = time.time()
    try:
        yield
    finally:
        span(name, start)


def mark(name: str) -> None:
    """Prints ``TOSREADER_AT <name> <thread> <time>`` when timing is on."""
    if enabled():
        print(f"TOSREADER_AT {name} {_thread()} {time.time():.6f}", flush=True)


def span(name: str, start: float) -> None:
    """Prints a phase that began at ``start`` (epoch seconds) and ends now, for work spread over several
    event-loop turns."""
    if enabled():
        print(f"TOSREADER_PHASE {name} {_thread()} {start:.6f} {time.time():.6f}", flush=True)
