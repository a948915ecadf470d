"""Open a document from whatever the user named: a file path, '-' for standard input, or a URL."""

from __future__ import annotations

import re
import sys

from tosreader.core.document import Document
from tosreader.core.errors import LoadError
from tosreader.core.loaders import load_bytes, load_path

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_url(value: str) -> bool:
    return bool(_URL.match(value.strip()))


def open_source(value: str) -> Document:
    """Load a document from a path, '-' (standard input) or an http(s) URL; raises ToSReaderError."""
    if value == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise LoadError("standard input is empty")
        return load_bytes(data, name="stdin", source="-")
    if is_url(value):
        from tosreader.core.fetch import fetch_document  # network code only when asked for

        return fetch_document(value).document
    return load_path(value)
