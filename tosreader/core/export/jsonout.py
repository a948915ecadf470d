"""The JSON summary: the analysis data plus the summary's metadata, versioned by a JSON Schema."""

from __future__ import annotations

import json
from typing import Any

from tosreader import __version__
from tosreader.core.entries import entries
from tosreader.core.export.summary import Summary

SCHEMA_VERSION = 1
SCHEMA_FILE = "summary.schema.json"  # in resources/schema/


def summary_dict(s: Summary) -> dict[str, Any]:
    """The summary as JSON-ready data (see resources/schema/summary.schema.json)."""
    a = s.analysis
    text = a.document.text
    # Every finding stays; "entry" ties together those the other formats list as one (core/entries.py).
    entry_of = {id(f): n for n, members in enumerate(entries(a.findings)) for f in members}
    findings = []
    for f in a.findings:
        d = f.to_dict()
        d["category_label"] = s.category_label(f.category)
        d["quote"] = text[f.start : f.end]
        d["entry"] = entry_of[id(f)]
        findings.append(d)
    base = a.to_dict()
    base.update({
        "schema_version": SCHEMA_VERSION,
        "generator": f"ToS Reader {__version__}",
        "title": s.title,
        "generated_at": s.generated_at,
        "content_hash": s.content_hash,
        "labels_language": s.labels_language,
        "score": s.score,
        "entry_counts": s.counts,
        "categories": {cid: s.category_label(cid) for cid in sorted({f.category for f in a.findings})},
        "findings": findings,
        "changes": s.changes,
    })
    order = ("schema_version", "generator", "title", "source", "generated_at", "content_hash", "language",
             "labels_language", "grade", "score", "counts", "entry_counts", "categories", "changes", "findings",
             "rule_packs", "blocks", "text")
    return {k: base[k] for k in order if k in base} | {k: v for k, v in base.items() if k not in order}


def render_json(s: Summary) -> str:
    return json.dumps(summary_dict(s), ensure_ascii=False, indent=2) + "\n"
