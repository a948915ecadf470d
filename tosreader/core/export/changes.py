"""The ``changes`` section of a summary: the risk delta against the previous version in the history."""

from __future__ import annotations

from typing import Any

from tosreader.core.history import HistoryStore, VersionInfo
from tosreader.core.normalise import content_hash

_RISK_KEYS = ("rule", "category", "severity", "old_severity", "new_severity", "title", "clause", "matched")


def changes_from_diff(diff: dict[str, Any], previous: VersionInfo | dict[str, Any]) -> dict[str, Any]:
    """The summary's ``changes`` dict from a ``DocumentDiff.to_dict()`` and the previous version."""
    if isinstance(previous, VersionInfo):
        prev = {"recorded_at": previous.recorded_at, "content_hash": previous.content_hash}
    else:
        prev = {"recorded_at": str(previous.get("recorded_at", "")),
                "content_hash": str(previous.get("content_hash", ""))}
    risk = diff.get("risk", {})
    summary = diff.get("summary", {})
    return {
        "previous": prev,
        "risk": {kind: [{k: e[k] for k in _RISK_KEYS if k in e} for e in risk.get(kind, [])]
                 for kind in ("added", "removed", "changed")},
        "summary": {k: summary.get(k, 0) for k in ("added", "removed", "changed", "moved", "unchanged")}
        | {"worse": bool(summary.get("worse", False))},
    }


def previous_version(store: HistoryStore, key: str, text: str) -> VersionInfo | None:
    """The version recorded before ``text``'s own version (or the latest, if ``text`` is not stored)."""
    record = store.document(key)
    if record is None:
        return None
    versions = store.versions(key)
    digest = content_hash(text)
    own = max((i for i, v in enumerate(versions) if v.content_hash == digest), default=len(versions))
    earlier = [v for v in versions[:own] if v.content_hash != digest]
    return earlier[-1] if earlier else None
