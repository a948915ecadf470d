"""The Qt user interface: reader window, findings panel, history tab; guards a PySide6 refcount bug."""

from __future__ import annotations

import ctypes
import sys


def _protect_none_refcount() -> None:
    """Keep None alive under PySide6 builds whose void methods drop a reference to it.

    PySide6 6.12 on Python 3.11 returns None from every void method without taking a reference
    (fine where None is immortal, from Python 3.12), so a few thousand Qt calls end in
    "Fatal Python error: none_dealloc". When a probe shows the leak, None gets a huge reference
    count, which is what Python 3.12 does for all immortal objects.
    """
    if sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) >= 16:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_protect_none_refcount()
