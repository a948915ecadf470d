"""Exporters: the annotated summary of an Analysis as Markdown, HTML, JSON or text (PDF lives in the UI layer)."""

from __future__ import annotations

from typing import Any

from tosreader.core.analysis import Analysis
from tosreader.core.export.html import render_html, render_qt_html
from tosreader.core.export.jsonout import SCHEMA_VERSION, render_json, summary_dict
from tosreader.core.export.markdown import render_markdown, render_text
from tosreader.core.export.summary import Summary, build_summary

TEXT_FORMATS = ("json", "md", "html", "text")  # render() returns these as str
FORMATS = ("md", "html", "pdf", "json")  # what `tosreader export` writes
SUFFIXES = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json", "text": ".txt"}

_RENDERERS = {"json": render_json, "md": render_markdown, "html": render_html, "text": render_text,
              "qt-html": render_qt_html}

__all__ = ["FORMATS", "SCHEMA_VERSION", "SUFFIXES", "TEXT_FORMATS", "Summary", "build_summary", "render",
           "summary_dict"]


def render(analysis: Analysis, fmt: str, *, changes: dict[str, Any] | None = None, include_text: bool = False,
           labels_language: str | None = None, generated_at: str | None = None) -> str:
    """The summary of ``analysis`` as md, html, json or text (``qt-html``: the PDF writer's input).

    ``changes`` is the risk delta since the previous version (shape in summary.normalise_changes);
    ``include_text`` adds the full text with highlights (HTML); labels default to the analysis language.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}")
    summary = build_summary(analysis, changes=changes, include_text=include_text,
                            labels_language=labels_language, generated_at=generated_at)
    return renderer(summary)
