"""PDF export: pages, footer page numbers, every finding's quote in the extracted text, German characters."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from tests.golden.export_fixture import CHANGES, empty_analysis, fixed_analysis  # noqa: E402
from tosreader.core.analysis import Analysis, analyze  # noqa: E402
from tosreader.core.errors import ToSReaderError  # noqa: E402
from tosreader.core.loaders import load_path, load_text  # noqa: E402
from tosreader.paths import resource_dir  # noqa: E402
from tosreader.ui.pdf import write_pdf  # noqa: E402

pytestmark = pytest.mark.gui
SAMPLES = resource_dir() / "samples"


def squash(text: str) -> str:
    """Whitespace collapsed, line-end hyphenation undone, typographic variants unified."""
    text = re.sub(r"-\s*\n\s*", "-", text)
    text = unicodedata.normalize("NFKC", text.replace("\u00ad", ""))  # ligatures (ﬀ, ﬁ) back to letters
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> tuple[int, list[str]]:
    """Page count and each page's text with whitespace runs (pypdf may give tabs) made single spaces."""
    reader = PdfReader(str(path))
    return len(reader.pages), [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def assert_quotes_in(analysis: Analysis, pages: list[str]) -> None:
    """Every finding's clause is in the text, footers removed so that quotes may run across pages."""
    footer = re.compile(re.escape(f"{analysis.document.title} · ") + r".*?(?:Page|Seite) \d+ (?:of|von) \d+$")
    whole = squash("\n".join(footer.sub("", page) for page in pages))
    for f in analysis.findings:
        quote = analysis.document.text[f.start : f.end]
        assert squash(quote) in whole, quote


def test_english_sample_with_changes_and_full_text(tmp_path: Path) -> None:
    a = fixed_analysis()
    out = tmp_path / "summary.pdf"
    pages = write_pdf(a, out, changes=CHANGES, include_text=True)
    count, texts = pdf_text(out)
    assert count == pages >= 2
    assert_quotes_in(a, texts)
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {count}" in text
    whole = "\n".join(texts)
    assert "What changed since the previous version" in whole and "Full text with highlights" in whole
    assert whole.index("What changed") < whole.index("Risks")
    reader = PdfReader(str(out))
    assert "Confero Terms of Service" in str(reader.metadata.title)
    assert embedded_fonts(reader), "Qt embeds the fonts it uses"


def embedded_fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for d in descendants:
                desc = d.get_object().get("/FontDescriptor")
                if desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(font.get("/BaseFont")))
    return names


def test_german_sample_round_trips_umlauts_and_quotes(tmp_path: Path) -> None:
    a = analyze(load_path(SAMPLES / "de" / "streaming-agb.md"))
    out = tmp_path / "agb.pdf"
    write_pdf(a, out, include_text=True)
    _, texts = pdf_text(out)
    whole = "\n".join(texts)
    for word in ("Geschäftsbedingungen", "ZUSAMMENFASSUNG", "Großherzogtums", "„Streamo“", "Kündigung",
                 "Seite 1 von", "Gerichtsstand"):
        assert squash(word) in squash(whole), word
    assert_quotes_in(a, texts)


def test_document_without_findings(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert write_pdf(empty_analysis(), out, include_text=True) >= 1
    _, texts = pdf_text(out)
    assert "The rules found no risky clauses in this document." in " ".join(texts)
    assert squash("Just a short note.") in squash("".join(texts))


def test_very_long_document_is_paginated(tmp_path: Path) -> None:
    base = (SAMPLES / "en" / "videocall-terms-2023-03.md").read_text(encoding="utf-8")
    text = "\n\n".join(base.replace("# Confero", f"# Part {i} Confero") for i in range(60))
    a = analyze(load_text(text, source="long.md", title="Long terms"), "en")
    out = tmp_path / "long.pdf"
    pages = write_pdf(a, out, include_text=True)
    count, texts = pdf_text(out)
    assert count == pages >= 250
    assert f"Page {count} of {count}" in texts[-1]
    assert_quotes_in(a, texts)


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ToSReaderError, match="cannot write"):
        write_pdf(empty_analysis(), tmp_path / "missing-dir" / "x.pdf")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_pages_render_to_images(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    pages = write_pdf(fixed_analysis(), out, include_text=True)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True, timeout=120)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(p.stat().st_size > 1000 for p in images)
