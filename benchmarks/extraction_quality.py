"""Extraction quality on the fixture web pages: are all terms kept, and does any boilerplate leak?

Usage: python benchmarks/extraction_quality.py [--fixtures DIR] [--verbose]

For each page in tests/fixtures/web/expected.json it prints the recall of the expected lines
(headings, paragraphs, list items and table rows of the terms; "kind" counts a line only when it is
in a block of the right kind), the number of boilerplate lines (navigation, cookie banner, footer,
widgets, scripts) that leaked into the text, and the same for two baselines: the fallback DOM walk
alone and trafilatura's plain-text output.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.core.document import Document, DocumentBuilder  # noqa: E402
from tosreader.core.errors import LoadError  # noqa: E402
from tosreader.core.loaders import html as html_loader  # noqa: E402

KINDS = {"headings": "heading", "paragraphs": "paragraph", "list_items": "list_item", "table_rows": "table_row"}


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    found_kind: int = 0
    boilerplate: int = 0
    leaked: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    title_ok: bool = True
    ms: float = 0.0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.found_kind += other.found_kind
        self.boilerplate += other.boilerplate
        self.leaked += other.leaked
        self.missing += other.missing
        self.ms += other.ms


def score(doc: Document | None, text: str, spec: dict[str, object]) -> Score:
    """Expected lines are matched inside blocks (a clause may share its paragraph); boilerplate anywhere."""
    s = Score()
    blocks = [(b.kind, doc.block_text(b)) for b in doc.blocks] if doc else []
    for key, kind in KINDS.items():
        for line in spec.get(key, []):  # type: ignore[attr-defined]
            s.expected += 1
            if line in text:
                s.found += 1
            else:
                s.missing.append(line)
            exact = kind in ("heading", "list_item", "table_row")
            if any(k == kind and (t == line if exact else line in t) for k, t in blocks):
                s.found_kind += 1
    for line in spec.get("boilerplate", []):  # type: ignore[attr-defined]
        s.boilerplate += 1
        if line in text:
            s.leaked.append(line)
    if doc is not None and "title" in spec:
        s.title_ok = doc.title == spec["title"]
    return s


def tosreader_extract(data: bytes) -> tuple[Document | None, str]:
    doc = html_loader.parse_html(data, source="fixture")
    return doc, doc.text


def dom_walk_extract(data: bytes) -> tuple[Document | None, str]:
    root = html_loader._parse_tree(html_loader.decode_html(data), "fixture")
    blocks: list[html_loader.RawBlock] = []
    body = root.find("body")
    html_loader._walk(body if body is not None else root, blocks, list_depth=0)
    builder = DocumentBuilder()
    for kind, text, level in blocks:
        builder.add(kind, text, level)
    doc = builder.build(title=html_loader._title(root))
    return doc, doc.text


def trafilatura_text(data: bytes) -> tuple[Document | None, str]:
    import trafilatura

    text = trafilatura.extract(html_loader.decode_html(data), include_tables=True, favor_recall=True) or ""
    rows = [line.strip().strip("|").strip() for line in text.splitlines()]  # "| a | b |" -> "a | b"
    return None, " ".join(" ".join(rows).split())


METHODS: dict[str, Callable[[bytes], tuple[Document | None, str]]] = {
    "tosreader": tosreader_extract, "dom-walk only": dom_walk_extract, "trafilatura txt": trafilatura_text,
}


def run_method(name: str, fixtures: Path, expected: dict[str, dict[str, object]], verbose: bool) -> Score:
    total = Score()
    print(f"\n== {name}")
    print(f"{'page':<28} {'recall':>8} {'by kind':>8} {'leaked':>8} {'title':>6} {'ms':>7}")
    for page, spec in expected.items():
        if page.startswith("_"):
            continue
        data = (fixtures / page).read_bytes()
        t0 = time.perf_counter()
        try:
            doc, text = METHODS[name](data)
            refused = ""
        except LoadError as exc:
            doc, text, refused = None, "", exc.message
        ms = (time.perf_counter() - t0) * 1000
        if "refused" in spec:
            ok = spec["refused"] in refused  # type: ignore[operator]
            print(f"{page:<28} {'refused with advice' if ok else 'NOT refused':>26} {ms:>14.1f}")
            continue
        s = score(doc, text, spec)
        s.ms = ms
        kind = f"{s.found_kind / s.expected:.1%}" if name != "trafilatura txt" else "-"
        title = ("ok" if s.title_ok else "WRONG") if doc is not None else "-"
        print(f"{page:<28} {s.found / s.expected:>8.1%} {kind:>8} {len(s.leaked):>3}/{s.boilerplate:<4} "
              f"{title:>6} {ms:>7.1f}")
        if verbose:
            for line in s.missing:
                print(f"    missing: {line[:90]}")
            for line in s.leaked:
                print(f"    leaked:  {line[:90]}")
        total.add(s)
    kind = f"{total.found_kind / total.expected:.1%}" if name != "trafilatura txt" else "-"
    print(f"{'overall':<28} {total.found / total.expected:>8.1%} {kind:>8} "
          f"{len(total.leaked):>3}/{total.boilerplate:<4} {'':>6} {total.ms:>7.1f}")
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=REPO / "tests" / "fixtures" / "web")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missing and leaked lines")
    args = parser.parse_args()
    expected = json.loads((args.fixtures / "expected.json").read_text(encoding="utf-8"))
    html_loader.parse_html(b"<html><body><p>warm-up of lxml and trafilatura</p></body></html>")
    results = {name: run_method(name, args.fixtures, expected, args.verbose) for name in METHODS}
    ours = results["tosreader"]
    print(f"\nToS Reader: {ours.found}/{ours.expected} expected lines kept, {ours.found_kind} in the right "
          f"kind of block, {len(ours.leaked)}/{ours.boilerplate} boilerplate lines leaked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
