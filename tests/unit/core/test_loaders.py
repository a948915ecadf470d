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
from tosreader.core.loaders.plaintext import decode_text
from tosreader.core.segment import segment

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


def test_plain_text_numbered_titles_in_sentence_case_and_questions_are_headings() -> None:
    doc = load_text("4. Your use of the app and its content\nWe may update the app.\n"
                    "What happens if you break these rules?\nWe may close your account.\n"
                    "3. Devices; software and updates\nUpdates install themselves.\n"
                    "2. loss of profits, revenue or data\n"
                    "Can we, or our partners, change the price?\n"
                    "1. You must be 18 or older to sign up.\n")
    kinds = _blocks(doc)
    assert ("heading", "4. Your use of the app and its content") in kinds
    assert ("heading", "What happens if you break these rules?") in kinds
    assert ("heading", "3. Devices; software and updates") in kinds
    assert ("paragraph", "We may close your account.") in kinds
    # an item in lower case, a question with commas and a numbered sentence stay text
    assert ("heading", "2. loss of profits, revenue or data") not in kinds
    assert ("heading", "Can we, or our partners, change the price?") not in kinds
    assert ("heading", "1. You must be 18 or older to sign up.") not in kinds


def test_invisible_characters_inside_words_are_dropped() -> None:
    doc = load_text("We may termi\u00adnate your acc\u200bount.\ufeff\n\nNext para\u2060graph.")
    assert doc.text == "We may terminate your account.\n\nNext paragraph."
    assert _blocks(doc)[0] == ("paragraph", "We may terminate your account.")  # not a heading
    html = load_bytes("<p>We may sus\u00adpend your account.</p>".encode(), name="t.html")
    assert "We may suspend your account." in html.text


def test_ligatures_from_pdf_viewers_are_spelt_out_in_every_format() -> None:
    # Text copied out of a PDF viewer keeps "\ufb01" ligatures; rules look for "modified", "final".
    doc = load_text("These terms may be modi\ufb01ed and the decision is \ufb01nal.")
    assert doc.text == "These terms may be modified and the decision is final."
    html = load_bytes("<p>Our o\ufb03ce may modify these terms.</p>".encode(), name="t.html")
    assert "Our office may modify these terms." in html.text


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
    _check_structure(doc)


# --- text encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_decodes(encoding: str) -> None:
    doc = load_bytes(GERMAN.encode(encoding), name="agb.txt")
    assert doc.text == GERMAN


def test_short_windows_1252_german_decodes() -> None:
    for text in ("Größe", "Gebühr: 5 €", "„Vertrag“ – gültig", "Straße"):
        assert decode_text(text.encode("cp1252")) == text


def test_long_windows_1252_german_decodes() -> None:
    text = ("Die Kündigung ist jederzeit möglich. Gebühren in € werden anteilig erstattet; für „Premium“ "
            "gilt eine Frist von 14 Tagen – außer bei Verstößen. ") * 200
    assert decode_text(text.encode("cp1252")) == text


def test_latin1_only_text_decodes() -> None:
    text = "Für Verbraucher gilt: Gewährleistung nach §§ 434 ff. BGB; Preise in £ oder ¥ ausgeschlossen."
    assert decode_text(text.encode("latin-1")) == text


def test_non_western_legacy_encoding_uses_charset_detection() -> None:
    text = ("Настоящие условия регулируют использование сервиса. Мы можем изменить их в любое время. "
            "Продолжая пользоваться сервисом, вы принимаете новые условия. ") * 5
    assert decode_text(text.encode("cp1251")) == text


def test_utf8_bom_is_removed() -> None:
    doc = load_bytes("\ufeffNutzungsbedingungen gelten.".encode(), name="a.txt")
    assert doc.text == "Nutzungsbedingungen gelten."


def test_utf16_text_with_odd_trailing_byte_still_loads() -> None:
    data = "\ufeffWe may change the terms.".encode("utf-16-le") + b"x"
    doc = load_bytes(b"\xff\xfe" + data[2:], name="odd.txt")
    assert doc.text.startswith("We may change the terms.")


# --- plain text structure --------------------------------------------------------------------------

def test_plain_text_list_nesting_from_indentation() -> None:
    doc = load_text("Data we collect\n\n- your name\n  - first name\n    - initials\n- your email\n")
    items = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("- your name", 1), ("- first name", 2), ("- initials", 3), ("- your email", 1)]


def test_heading_directly_above_a_wrapped_paragraph() -> None:
    text = ("4. Termination\n"
            "We may end this agreement at any time if you break these terms and we will\n"
            "tell you about it by email unless the law stops us from doing so in which\n"
            "case we will not tell you anything about it at all and you will just find\n"
            "that the account is closed.\n")
    doc = load_text(text)
    assert _blocks(doc)[0] == ("heading", "4. Termination")
    assert doc.blocks[1].kind == "paragraph" and "we will tell you" in doc.block_text(doc.blocks[1])


def test_separator_lines_are_dropped() -> None:
    doc = load_text("First part applies.\n\n----------\n\nSecond part applies.\n\n* * *\n")
    assert doc.text == "First part applies.\n\nSecond part applies."


def test_windows_and_old_mac_line_ends() -> None:
    doc = load_bytes(b"First paragraph.\r\n\r\nSecond paragraph.\rThird line.", name="a.txt")
    assert [doc.block_text(b) for b in doc.blocks] == ["First paragraph.", "Second paragraph.", "Third line."]


# --- Markdown --------------------------------------------------------------------------------------

def test_markdown_inline_markup_reduced_to_text() -> None:
    md = "We **may** use `your data` and _share_ it ~~never~~ ![badge](b.png) with [partners](https://p.test)."
    doc = load_bytes(md.encode(), name="a.md")
    assert doc.text == "We may use your data and share it ~~never~~ badge with partners."


def test_markdown_autolinks_dropped_and_line_breaks_kept_as_spaces() -> None:
    md = "Read <https://example.test/terms> today.<br>Then agree.\nOr leave."
    doc = load_bytes(md.encode(), name="a.md")
    assert doc.text == "Read today. Then agree. Or leave."


def test_markdown_front_matter_is_not_text() -> None:
    md = "---\ntitle: Terms\nupdated: 2024-01-01\n---\n# Terms of Use\n\nYou agree.\n"
    doc = load_bytes(md.encode(), name="a.md")
    assert _blocks(doc) == [("heading", "Terms of Use"), ("paragraph", "You agree.")]


def test_markdown_deep_nesting_and_loose_items() -> None:
    md = "- one\n  - two\n    - three\n\n1. first\n\n   more about first\n2. second\n"
    doc = load_bytes(md.encode(), name="a.md")
    items = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("one", 1), ("two", 2), ("three", 3), ("first", 1), ("more about first", 1),
                     ("second", 1)]


def test_markdown_table_header_and_rows() -> None:
    md = "| Daten | Zweck |\n|---|---|\n| E-Mail | Login |\n| IP | Sicherheit |\n"
    doc = load_bytes(md.encode(), name="a.md")
    assert _blocks(doc) == [("table_row", "Daten | Zweck"), ("table_row", "E-Mail | Login"),
                            ("table_row", "IP | Sicherheit")]


def test_markdown_html_block_keeps_its_text_only() -> None:
    md = "<div class='x'>Our <b>rules</b> &amp; yours</div>\n\n<!-- note to self -->\n\nEnd.\n"
    doc = load_bytes(md.encode(), name="a.md")
    assert doc.text == "Our rules & yours\n\nEnd."


def test_markdown_heading_levels() -> None:
    doc = load_bytes(b"# A\n## B\n### C\n#### D\n", name="a.md")
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 1), ("heading", 2), ("heading", 3),
                                                        ("heading", 4)]


def test_pasted_markdown_without_name_is_recognised() -> None:
    doc = load_bytes(b"# Terms\n\nYou agree.\n", name="stdin")
    assert _blocks(doc)[0] == ("heading", "Terms")
    assert doc.media_type == "text/markdown"


# --- HTML dispatch ---------------------------------------------------------------------------------

_PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><h1>Bedingungen</h1><p>Wir dürfen " \
        "Ihr Konto löschen, wenn Sie gegen diese Bedingungen verstoßen.</p></body></html>"


def test_html_by_content_even_when_named_txt() -> None:
    pytest.importorskip("tosreader.core.loaders.html")
    doc = load_bytes(_PAGE.encode(), name="saved.txt")
    assert ("heading", "Bedingungen") in _blocks(doc)
    assert "<p>" not in doc.text


def test_html_in_utf16_is_recognised_and_decoded() -> None:
    pytest.importorskip("tosreader.core.loaders.html")
    doc = load_bytes(_PAGE.encode("utf-16"), name="page")
    assert any("Konto löschen" in t for _, t in _blocks(doc))


def test_html_declared_charset_from_media_type() -> None:
    pytest.importorskip("tosreader.core.loaders.html")
    page = _PAGE.replace("<head>", "<head>").encode("cp1252")
    doc = load_bytes(page, name="x", media_type="text/html; charset=windows-1252", source="https://x.test/t")
    assert any("Konto löschen" in t for _, t in _blocks(doc))
    assert doc.source == "https://x.test/t"


# --- PDF -------------------------------------------------------------------------------------------

def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["We may end your account at any time."]]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_encrypted_with_a_password_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf("secret"))
    with pytest.raises(LoadError, match=r"locked\.pdf: .*encrypted with a password"):
        load_path(path)


def test_pdf_encrypted_without_user_password_opens() -> None:
    doc = load_bytes(_encrypted_pdf(""), name="restricted.pdf")
    assert doc.text == "We may end your account at any time."


def test_pdf_german_hyphenation_and_compound_hyphens() -> None:
    pages = [["Der Anbieter darf den Ver-", "trag jederzeit kündigen und per E-", "Mail informieren."]]
    doc = load_bytes(make_pdf(pages), name="agb.pdf")
    assert doc.text == "Der Anbieter darf den Vertrag jederzeit kündigen und per E-Mail informieren."


def test_pdf_headers_footers_and_page_numbers_dropped() -> None:
    words = ["fees", "plans", "prices", "terms"]
    pages = [["Example Terms of Service", f"Example Ltd - version {n}.0", f"We may change {w} with notice of",
              "thirty days by email to you.", f"You can object to new {w} in writing.", f"Page {n} of 4"]
             for n, w in enumerate(words, start=1)]
    doc = load_bytes(make_pdf(pages), name="t.pdf")
    assert "Example Terms of Service" not in doc.text
    assert "version" not in doc.text and "Page" not in doc.text
    for w in words:
        assert f"We may change {w} with notice of thirty days by email to you." in doc.text
    assert doc.text.count("in writing.") == 4


def test_pdf_of_identical_short_pages_keeps_its_text() -> None:
    doc = load_bytes(make_pdf([["Same notice on every page."]] * 4), name="t.pdf")
    assert doc.text.count("Same notice on every page.") == 4


def test_pdf_paragraph_continues_across_a_page_break() -> None:
    pages = [["We keep your data for as long as your account exists and"], ["delete it afterwards."]]
    doc = load_bytes(make_pdf(pages), name="t.pdf")
    assert _blocks(doc) == [("paragraph", "We keep your data for as long as your account exists and "
                                          "delete it afterwards.")]


def test_pdf_wrapped_line_starting_with_a_number_does_not_break_the_paragraph() -> None:
    pages = [["You can cancel within", "30 days of the purchase.", "Die Frist beginnt am", "12. Januar 2024 zu laufen."]]
    doc = load_bytes(make_pdf(pages), name="t.pdf")
    assert "You can cancel within 30 days of the purchase." in doc.text
    assert "Die Frist beginnt am 12. Januar 2024 zu laufen." in doc.text


def test_pdf_numbered_sections_and_bullets_become_blocks() -> None:
    pages = [["1. Scope", "These terms apply to everyone.", "2.1 Fees are due monthly.",
              "• first point", "• second point"]]
    doc = load_bytes(make_pdf(pages), name="t.pdf")
    kinds = _blocks(doc)
    assert ("heading", "1. Scope") in kinds
    assert ("paragraph", "2.1 Fees are due monthly.") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["• first point", "• second point"]


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.8, 0.95, 0.99])
def test_pdf_truncated_anywhere_is_a_load_error_or_text(fraction: float) -> None:
    data = make_pdf([["Some words in a PDF that go on for a while."] * 20] * 3)
    cut = data[: int(len(data) * fraction)]
    try:
        doc = load_bytes(cut, name="cut.pdf")
    except LoadError as exc:
        assert exc.message.startswith("cut.pdf: ")
        assert "\n" not in exc.message
    else:
        assert "Some words" in doc.text


def test_text_named_pdf_is_not_a_pdf() -> None:
    with pytest.raises(LoadError, match="x.pdf: not a PDF file"):
        load_bytes(b"just some text", name="x.pdf")


# --- DOCX ------------------------------------------------------------------------------------------

def _docx(build) -> bytes:  # type: ignore[no-untyped-def]
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_heading_levels_nested_lists_and_numbering() -> None:
    def build(d) -> None:  # type: ignore[no-untyped-def]
        d.add_heading("Terms", level=0)
        d.add_heading("Part One", level=1)
        d.add_heading("Fees", level=2)
        d.add_paragraph("We collect:", style="Normal")
        d.add_paragraph("your name", style="List Bullet")
        d.add_paragraph("your initials", style="List Bullet 2")
        d.add_paragraph("first step", style="List Number")

    doc = load_bytes(_docx(build), name="t.docx")
    assert [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", 1, "Terms"), ("heading", 1, "Part One"), ("heading", 2, "Fees"),
        ("paragraph", 0, "We collect:"), ("list_item", 1, "your name"), ("list_item", 2, "your initials"),
        ("list_item", 1, "first step")]


def test_docx_merged_table_cells_are_not_repeated() -> None:
    def build(d) -> None:  # type: ignore[no-untyped-def]
        table = d.add_table(rows=2, cols=3)
        top = table.cell(0, 0).merge(table.cell(0, 2))
        top.text = "Plans"
        for i, text in enumerate(["Basic", "5 €", "monthly"]):
            table.cell(1, i).text = text

    doc = load_bytes(_docx(build), name="t.docx")
    assert _blocks(doc) == [("table_row", "Plans"), ("table_row", "Basic | 5 € | monthly")]


def test_docx_content_control_text_is_read() -> None:
    from docx.oxml import parse_xml

    def build(d) -> None:  # type: ignore[no-untyped-def]
        d.add_paragraph("Before.")
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        sdt = parse_xml(f"<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>Inside a control.</w:t></w:r></w:p>"
                        "</w:sdtContent></w:sdt>")
        d.element.body.insert(1, sdt)

    doc = load_bytes(_docx(build), name="t.docx")
    assert [t for _, t in _blocks(doc)] == ["Before.", "Inside a control."]


def test_docx_title_from_core_properties() -> None:
    def build(d) -> None:  # type: ignore[no-untyped-def]
        d.core_properties.title = "AGB 2024"
        d.add_paragraph("Text.")

    assert load_bytes(_docx(build), name="t.docx").title == "AGB 2024"


def test_docx_with_broken_document_xml(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><unclosed")
    path = tmp_path / "broken.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(LoadError, match=r"^broken\.docx: the Word document cannot be read"):
        load_path(path)


def test_zip_without_word_document_named_docx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(LoadError, match="no word/document.xml"):
        load_bytes(buf.getvalue(), name="fake.docx")


def test_zip_bomb_by_ratio_is_refused_before_inflating() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("word/document.xml", b"<w/>")
        zf.writestr("word/media/fill.bin", b"\0" * (20 * 1024 * 1024))
    assert len(buf.getvalue()) < 100 * 1024
    with pytest.raises(LoadError, match="zip bomb"):
        load_bytes(buf.getvalue(), name="bomb.docx")


def test_zip_with_too_many_entries_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", b"<w/>")
        for i in range(5001):
            zf.writestr(f"x/{i}", b"")
    with pytest.raises(LoadError, match="5002 files"):
        load_bytes(buf.getvalue(), name="many.docx")


def test_truncated_docx_is_a_load_error() -> None:
    data = _docx_bytes()
    for fraction in (0.2, 0.5, 0.9):
        with pytest.raises(LoadError, match="^cut.docx: "):
            load_bytes(data[: int(len(data) * fraction)], name="cut.docx")


# --- refused kinds ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "PNG image"),
    (b"\xff\xd8\xff\xe0" + b"\0" * 100, "JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "legacy Office file"),
    (b"{\\rtf1\\ansi Hello}", "RTF"),
    (b"\x1f\x8b\x08\x00" + b"\0" * 50, "gzip"),
    (b"\x7fELF\x02\x01\x01" + b"\0" * 50, "program"),
])
def test_known_binary_formats_are_named(data: bytes, what: str) -> None:
    with pytest.raises(LoadError, match=f"^terms.txt: unsupported file type \\(.*{what}"):
        load_bytes(data, name="terms.txt")


@pytest.mark.parametrize(("member", "what"), [
    ("content.xml", "a zip archive"),
    ("xl/workbook.xml", "Excel"),
])
def test_other_zip_archives_are_unsupported(member: str, what: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(member, "<x/>")
    with pytest.raises(LoadError, match=f"unsupported file type .*{what}"):
        load_bytes(buf.getvalue(), name="thing.zip")


def test_odt_is_named() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(LoadError, match="OpenDocument text"):
        load_bytes(buf.getvalue(), name="agb.odt")


def test_unsupported_extension_with_binary_content() -> None:
    with pytest.raises(LoadError, match=r"^blob\.dat: unsupported file type \(\.dat\)"):
        load_bytes(b"\x00\x01\x02\x03" * 100, name="blob.dat")


def test_unknown_extension_with_text_content_loads_as_text() -> None:
    assert load_bytes(b"We may change these terms.", name="terms.rst").text == "We may change these terms."


def test_control_character_soup_is_not_text() -> None:
    with pytest.raises(LoadError, match="not a text document"):
        load_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 200, name="x.txt")


def test_only_whitespace_or_markup_is_no_text() -> None:
    with pytest.raises(LoadError, match="is empty"):
        load_bytes(b"", name="e.txt")
    with pytest.raises(LoadError, match="contains no text"):
        load_bytes("\ufeff   ".encode("utf-16"), name="e.txt")
    with pytest.raises(LoadError, match="contains no text"):
        load_bytes(b"----\n\n* * *\n", name="e.txt")


# --- size limits -----------------------------------------------------------------------------------

def test_fifty_mb_file_over_a_lower_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tosreader.core.loaders as loaders

    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 40 * 1024 * 1024)
    path = tmp_path / "fifty.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(LoadError, match=r"fifty\.txt: too large \(50 MB; the limit is 40 MB\)"):
        load_path(path)


def test_fifty_mb_of_zeros_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "zeros.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(LoadError, match="not a text document"):
        load_path(path)


def test_load_bytes_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import tosreader.core.loaders as loaders

    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1024)
    with pytest.raises(LoadError, match="too large"):
        load_bytes(b"a" * 2048, name="big.txt")


def test_unreadable_path_names() -> None:
    with pytest.raises(LoadError):
        load_path("bad\0name.txt")


# --- properties ------------------------------------------------------------------------------------

_PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<!doctype html><html><body>", b"\xff\xfe", b"\xfe\xff",
             b"\xef\xbb\xbf", b"# Title\n\n", b"{\\rtf1", b"\x89PNG\r\n\x1a\n"]


def _check_structure(doc) -> None:  # type: ignore[no-untyped-def]
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(doc.text)
        assert doc.text[block.start : block.end] == doc.text[block.start : block.end].strip()
        previous_end = block.end
    for clause in segment(doc, "en"):
        block = doc.blocks[clause.block]
        assert block.start <= clause.start < clause.end <= block.end


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_PREFIXES), st.binary(max_size=2000),
       st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.bin", "stdin", ""]))
def test_prefixed_bytes_load_or_raise_load_error(prefix: bytes, data: bytes, name: str) -> None:
    try:
        doc = load_bytes(prefix + data, name=name)
    except LoadError as exc:
        assert exc.message and "\n" not in exc.message
        return
    _check_structure(doc)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=1500), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
       st.sampled_from(["a.txt", "a.md", "x"]))
def test_any_text_in_any_encoding_loads_with_ordered_blocks(text: str, encoding: str, name: str) -> None:
    data = text.encode(encoding, errors="ignore")
    try:
        doc = load_bytes(data, name=name)
    except LoadError as exc:
        assert exc.message
        return
    _check_structure(doc)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="cp1252"), min_size=1, max_size=60), min_size=1,
                max_size=5))
def test_pdf_round_trip_never_raises_other_errors(lines: list[str]) -> None:
    try:
        doc = load_bytes(make_pdf([lines]), name="p.pdf")
    except LoadError as exc:
        assert exc.message.startswith("p.pdf: ")
        return
    _check_structure(doc)


# --- dispatch by content ---------------------------------------------------------------------------

def test_word_document_without_its_extension_is_recognised() -> None:
    doc = load_bytes(_docx_bytes(), name="download", media_type="application/octet-stream")
    assert doc.blocks[0].kind == "heading"
    assert doc.media_type.endswith("wordprocessingml.document")


def test_word_document_named_txt_is_read_as_word() -> None:
    assert load_bytes(_docx_bytes(), name="agb.txt").text.startswith("Nutzungsbedingungen")


def test_pdf_named_txt_is_read_as_pdf() -> None:
    doc = load_bytes(make_pdf([["We may end your account at any time."]]), name="terms.txt")
    assert doc.media_type == "application/pdf"
    assert doc.text == "We may end your account at any time."


def test_pdf_after_leading_junk_is_recognised() -> None:
    doc = load_bytes(b"\r\n\r\n" + make_pdf([["Text after junk."]]), name="x")
    assert doc.text == "Text after junk."


def test_text_named_docx_is_not_a_word_document() -> None:
    with pytest.raises(LoadError, match=r"^x\.docx: not a Word document$"):
        load_bytes(b"plain words, nothing else", name="x.docx")


def test_declared_markdown_media_type_wins_over_name() -> None:
    doc = load_bytes(b"# Terms\n\nYou agree.", name="download.txt", media_type="text/markdown")
    assert _blocks(doc)[0] == ("heading", "Terms")


def test_source_is_kept_and_error_messages_are_one_line() -> None:
    doc = load_bytes(b"We may change the terms.", name="t.txt", source="/tmp/t.txt")
    assert doc.source == "/tmp/t.txt"
    with pytest.raises(LoadError) as err:
        load_bytes(b"\x89PNG\r\n\x1a\n\0\0", source="https://x.test/logo.png")
    assert err.value.message.startswith("https://x.test/logo.png: ") and "\n" not in err.value.message
