"""Exporters: the annotated summary of an Analysis as text, Markdown, HTML or JSON (PDF lives in the UI layer)."""

from __future__ import annotations

import json

from tosreader.core.analysis import Analysis
from tosreader.core.export.markdown import render_markdown, render_text

TEXT_FORMATS = ("json", "md", "text")


def render(analysis: Analysis, fmt: str) -> str:
    """The summary of ``analysis`` in a text format (json, md, text)."""
    if fmt == "json":
        return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_markdown(analysis)
    if fmt == "text":
        return render_text(analysis)
    raise ValueError(f"unknown format {fmt!r}")
