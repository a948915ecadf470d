"""Loaders: every format into one Document model, and hostile or broken files as clear LoadErrors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.pdfgen import make_pdf
from tosreader.core.errors import LoadError
from tosreader.core.loaders import MAX_FILE_BYTES, detect_format, load_bytes, load_path, load_text

GERMAN = "Änderungen der Bedingungen: Wir dürfen „jederzeit“ Gebühren in € erhöhen; Straße, Größe."


def _blocks(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_encodings_decode(tmp_path: Path, encoding: str) -> None:
    text = GERMAN if encoding != "latin-1" else GERMAN.replace("„", '"').replace("“", '"').replace("€", "EUR")
    path = tmp_path / "agb.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_path(path)
    assert doc.text == text


def test_plain_text_blocks_and_headings() -> None:
    doc = load_text("TERMS OF USE\n\n1. Scope\n\nThese terms apply to you.\n\n- first item\n- second item\n")
    kinds = _blocks(doc)
    assert kinds[0] == ("heading", "TERMS OF USE")
    assert ("paragraph", "These terms apply to you.") in kinds
    assert ("list_item", "- first item") in kinds


def test_hard_wrapped_paragraph_is_joined() -> None:
    para = ("We may change these terms at any time by posting a revised version on this\n"
            "website and the changes take effect when they are posted so please check this\n"
            "page regularly for any updates that we may make from time to time here.\n")
    doc = load_text(para)
    assert len(doc.blocks) == 1
    assert "this website" in doc.text


def test_markdown_structure_and_links(tmp_path: Path) -> None:
    md = ("Service Terms\n=============\n\n## 1. Your account\n\nRead our [privacy notice](https://x.test/p?utm_source=a)"
          " and *these* terms.\n\n1. first\n   - nested\n2. second\n\n| Plan | Price |\n|---|---|\n| Pro | 5 EUR |\n")
    path = tmp_path / "t.md"
    path.write_text(md, encoding="utf-8")
    doc = load_path(path)
    blocks = _blocks(doc)
    assert blocks[0] == ("heading", "Service Terms")
    assert doc.blocks[0].level == 1 and doc.blocks[1].level == 2
    assert ("paragraph", "Read our privacy notice and these terms.") in blocks
    assert "https://" not in doc.text
    levels = [(b.kind, b.level) for b in doc.blocks if b.kind == "list_item"]
    assert levels == [("list_item", 1), ("list_item", 2), ("list_item", 1)]
    assert ("table_row", "Pro | 5 EUR") in blocks
    assert doc.title == "Service Terms"


def test_pdf_text_paragraphs_and_hyphenation(tmp_path: Path) -> None:
    pages = [["Terms of Service", "1. We may end your account at any time without", "notice. Your ac-",
              "count data is then deleted.", "1"],
             ["2. These terms are governed by the laws of Ireland.", "2"]]
    path = tmp_path / "t.pdf"
    path.write_bytes(make_pdf(pages))
    doc = load_path(path)
    assert "at any time without notice." in doc.text
    assert "account data" in doc.text
    assert "governed by the laws of Ireland" in doc.text
    assert doc.media_type == "application/pdf"


@pytest.mark.parametrize("damage", ["truncated", "garbage_after_header"])
def test_broken_pdf_is_a_clear_error(tmp_path: Path, damage: str) -> None:
    data = make_pdf([["Some text"]])
    data = data[: len(data) // 3] if damage == "truncated" else b"%PDF-1.4\n" + bytes(range(256)) * 20
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(LoadError) as err:
        load_path(path)
    assert "broken.pdf" in err.value.message


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(LoadError, match="no text layer"):
        load_path(path)


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Nutzungsbedingungen", level=1)
    d.add_paragraph("Wir behalten uns vor, diese Bedingungen jederzeit zu ändern.")
    d.add_paragraph("Erster Punkt", style="List Bullet")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tarif"
    table.rows[0].cells[1].text = "9 €"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_structure(tmp_path: Path) -> None:
    path = tmp_path / "agb.docx"
    path.write_bytes(_docx_bytes())
    doc = load_path(path)
    blocks = _blocks(doc)
    assert blocks[0] == ("heading", "Nutzungsbedingungen")
    assert ("paragraph", "Wir behalten uns vor, diese Bedingungen jederzeit zu ändern.") in blocks
    assert ("list_item", "Erster Punkt") in blocks
    assert ("table_row", "Tarif | 9 €") in blocks


def test_zip_bomb_like_docx_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(LoadError, match="zip bomb"):
        load_path(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(LoadError, match="fake.docx"):
        load_path(path)


@pytest.mark.parametrize("name", ["noise.txt", "image.png", "noext"])
def test_binary_garbage_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(LoadError) as err:
        load_path(path)
    assert "not a text document" in err.value.message or "unsupported file type" in err.value.message


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n ")
    with pytest.raises(LoadError, match="empty"):
        load_path(empty)
    with pytest.raises(LoadError, match="no such file"):
        load_path(tmp_path / "missing.txt")
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)


def test_too_large_file_is_refused_and_large_allowed_file_loads(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match="too large"):
        load_path(huge)
    big = tmp_path / "big.txt"
    line = "We may suspend your account at any time without notice.\n\n"
    big.write_text(line * (5 * 1024 * 1024 // len(line)), encoding="utf-8")
    doc = load_path(big)
    assert len(doc.blocks) > 80000


def test_detect_format_by_content_over_name() -> None:
    assert detect_format(b"%PDF-1.7 ...", name="x.txt") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html></html>", name="x.txt") == "html"
    assert detect_format(b"# Title", name="x.md") == "markdown"
    assert detect_format(b"plain", media_type="text/markdown; charset=utf-8") == "markdown"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.pdf", "a.docx", "a.bin", ""]))
def test_any_bytes_load_or_raise_load_error(data: bytes, name: str) -> None:
    try:
        doc = load_bytes(data, name=name)
    except LoadError as exc:
        assert exc.message
        return
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(doc.text)
        previous_end = block.end
