"""The HTML loader: main text with structure, no boilerplate, charsets, script-rendered pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tosreader.core.document import Document
from tosreader.core.errors import LoadError
from tosreader.core.loaders.html import html_charset, parse_html

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "web"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PAGES = [name for name, spec in EXPECTED.items() if not name.startswith("_") and "refused" not in spec]


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


@pytest.mark.parametrize("page", PAGES)
def test_fixture_keeps_every_expected_line_in_its_kind_of_block(page: str) -> None:
    spec = EXPECTED[page]
    doc = parse_html((FIXTURES / page).read_bytes(), source=page)
    blocks = _blocks(doc)
    assert doc.title == spec["title"]
    for line in spec["headings"]:
        assert ("heading", line) in blocks, line
    for line in spec["list_items"]:
        assert ("list_item", line) in blocks, line
    for line in spec["table_rows"]:
        assert ("table_row", line) in blocks, line
    for line in spec["paragraphs"]:
        assert any(kind == "paragraph" and line in text for kind, text in blocks), line


@pytest.mark.parametrize("page", PAGES)
def test_fixture_leaks_no_boilerplate(page: str) -> None:
    doc = parse_html((FIXTURES / page).read_bytes(), source=page)
    leaked = [line for line in EXPECTED[page]["boilerplate"] if line in doc.text]
    assert leaked == []


@pytest.mark.parametrize("page", PAGES)
def test_blocks_are_ordered_and_offsets_point_into_the_text(page: str) -> None:
    doc = parse_html((FIXTURES / page).read_bytes())
    assert doc.media_type == "text/html"
    end = -1
    for block in doc.blocks:
        assert block.start > end and block.end > block.start
        assert doc.text[block.start : block.end].strip() == doc.text[block.start : block.end]
        end = block.end
    assert "\n\n".join(t for _, t in _blocks(doc)) == doc.text


def test_heading_levels_and_reading_order() -> None:
    doc = parse_html((FIXTURES / "terms_en.html").read_bytes())
    headings = [(doc.block_text(b), b.level) for b in doc.headings()]
    assert headings[:4] == [("Brightloom Terms of Service", 1), ("1. Who may use the service", 2),
                            ("2. Your account", 2), ("2.1 Keeping your account safe", 3)]
    text = doc.text
    assert text.index("Effective date") < text.index("These terms form") < text.index("1. Who may use")


def test_latin1_without_any_declaration() -> None:
    data = (FIXTURES / "agb_de_latin1.html").read_bytes()
    assert b"charset" not in data.lower() and html_charset(data) == "cp1252"
    doc = parse_html(data)
    assert "Allgemeine Geschäftsbedingungen der Wolkenfähre GmbH" in doc.text
    assert "Im Übrigen ist unsere Haftung" in doc.text


@pytest.mark.parametrize(("data", "declared", "expected"), [
    ("<p>Grüße</p>".encode(), None, "utf-8"),
    ("\ufeff<p>Grüße</p>".encode(), "iso-8859-1", "utf-8-sig"),  # a BOM wins over the header
    ("<meta charset='windows-1252'><p>Grüße</p>".encode("cp1252"), None, "windows-1252"),
    ("<p>Grüße</p>".encode("cp1252"), "ISO-8859-1", "cp1252"),  # the web reads Latin-1 as cp1252
    ("<p>Grüße</p>".encode(), "nonsense-charset", "utf-8"),
])
def test_charset_order(data: bytes, declared: str | None, expected: str) -> None:
    assert html_charset(data, declared) == expected


def test_cyrillic_without_declaration_is_detected() -> None:
    text = "<p>Условия использования сервиса. Мы можем изменить эти условия в любое время.</p>" * 5
    doc = parse_html(text.encode("cp1251"))
    assert "Мы можем изменить эти условия" in doc.text


def test_declared_charset_is_used() -> None:
    page = "<html><body><h1>Bedingungen</h1><p>Die Gebühr für Überweisungen entfällt künftig.</p></body></html>"
    doc = parse_html(page.encode("cp1252"), declared_charset="windows-1252")
    assert "Die Gebühr für Überweisungen entfällt künftig." in doc.text


def test_small_page_falls_back_to_the_dom_walk_with_structure() -> None:
    page = ("<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a href='/x'>Shop</a></nav>"
            "<h1>Short terms</h1><ol><li>Be nice.</li><li>Pay on time.</li></ol>"
            "<footer>Copyright Someone</footer></body></html>")
    doc = parse_html(page.encode())
    assert _blocks(doc) == [("heading", "Short terms"), ("list_item", "Be nice."), ("list_item", "Pay on time.")]
    assert doc.title == "T"


def test_nested_lists_get_deeper_levels() -> None:
    items = "".join(f"<li>Clause {i} of the agreement applies to every account holder and guest user."
                    f"<ul><li>Detail {i}a that explains how clause {i} works in practice for you.</li></ul></li>"
                    for i in range(1, 6))
    page = f"<html><body><article><h1>Terms</h1><p>{'Intro text for the terms. ' * 10}</p><ol>{items}</ol>" \
           "</article></body></html>"
    doc = parse_html(page.encode())
    levels = {doc.block_text(b): b.level for b in doc.blocks if b.kind == "list_item"}
    assert levels["Clause 1 of the agreement applies to every account holder and guest user."] == 1
    assert levels["Detail 1a that explains how clause 1 works in practice for you."] == 2


def test_title_from_h1_when_there_is_no_title_element() -> None:
    doc = parse_html(b"<html><body><h1>Service Terms</h1><p>You may cancel at any time.</p></body></html>")
    assert doc.title == "Service Terms"


def test_xhtml_with_xml_declaration_and_entities() -> None:
    page = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            "<h1>Terms &amp; Conditions</h1><p>Fees&nbsp;apply &ndash; see &lt;below&gt;.</p></body></html>")
    doc = parse_html(page.encode())
    assert ("heading", "Terms & Conditions") in _blocks(doc)
    assert "Fees apply – see <below>." in doc.text


def test_hidden_elements_and_scripts_are_not_text() -> None:
    body = "<p>You agree to these terms when you create an account with us and use the app.</p>" * 4
    page = (f"<html><body><div hidden>Secret hidden text</div><script>var x = 'script text';</script>"
            f"<style>p {{ color: red }}</style>{body}</body></html>")
    doc = parse_html(page.encode())
    for noise in ("Secret hidden", "script text", "color: red"):
        assert noise not in doc.text


@pytest.mark.parametrize("page", [
    b'<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>',
    b'<html><body><noscript>Please enable JavaScript to view this site.</noscript>'
    b'<div id="app"></div><script src="/main.js"></script></body></html>',
    b"<html><body><p>Loading</p><script>" + b"var a=1;" * 2000 + b"</script></body></html>",
])
def test_script_rendered_pages_are_refused_with_advice(page: bytes) -> None:
    with pytest.raises(LoadError, match="rendered by JavaScript.*save it"):
        parse_html(page, source="app.html")


def test_fixture_spa_is_refused() -> None:
    with pytest.raises(LoadError, match=EXPECTED["spa_js_only.html"]["refused"]):
        parse_html((FIXTURES / "spa_js_only.html").read_bytes(), url="https://quill.example/terms")


def test_tracking_pixel_noscript_does_not_refuse_a_real_page() -> None:
    page = (b"<html><body><script>track()</script><noscript><img src='/px.gif'></noscript>"
            b"<h1>Terms</h1><p>We may end the service with sixty days notice to you.</p></body></html>")
    assert "sixty days notice" in parse_html(page).text


@pytest.mark.parametrize("page", [b"", b"   ", b"<html><body></body></html>", b"<html><body><p> </p></body></html>"])
def test_empty_pages_are_refused(page: bytes) -> None:
    with pytest.raises(LoadError, match="empty|no readable text"):
        parse_html(page, source="blank.html")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_document_or_a_load_error(data: bytes) -> None:
    try:
        doc = parse_html(data)
    except LoadError as exc:
        assert "\n" not in exc.message
    else:
        assert doc.text.strip()


def test_markup_and_whitespace_only_changes_give_the_same_text() -> None:
    original = (FIXTURES / "terms_en.html").read_text(encoding="utf-8")
    restyled = (original.replace("<p>You must be", '<p class="lead" data-v="2">You <b>must</b>  be')
                .replace("<h2>4. Your content</h2>", '<div class="wrap"><h2 id="c4">4.   Your\n content</h2></div>')
                .replace('href="/legal/privacy"', 'href="/legal/privacy?utm_source=nav&sid=9"')
                .replace("\n      ", "\n\t\t"))
    assert restyled != original
    assert parse_html(restyled.encode()).text == parse_html(original.encode()).text
