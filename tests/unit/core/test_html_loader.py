"""HTML files: structure kept, boilerplate dropped, script-rendered pages explained."""

from __future__ import annotations

import pytest

from tosreader.core.errors import LoadError
from tosreader.core.loaders import load_bytes

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Acme Terms</title>
<style>body{color:red}</style><script>var tracking = 1;</script></head><body>
<header class="site-header"><a href="/">Acme</a> <a href="/pricing">Pricing</a></header>
<nav><ul><li><a href="/a">Products</a></li><li><a href="/b">Blog</a></li></ul></nav>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
<main><h1>Terms of Service</h1><p>Last updated: 1 March 2024</p>
<h2>1. Your account</h2><p>You must keep your password safe. We may suspend your account if you break
these terms, and we will tell you why.</p>
<h2>2. Payments</h2><ol><li>Subscriptions renew every month.</li><li>You can cancel in the settings
at any time.</li></ol>
<table><tr><th>Plan</th><th>Price per month</th></tr><tr><td>Basic</td><td>5 EUR</td></tr></table>
<h2>3. Changes</h2><p>We may update these terms. We will email you thirty days before changes take
effect, and you may close your account if you do not agree.</p></main>
<footer><p>Copyright 2024 Acme Ltd. All rights reserved.</p><a href="/imprint">Imprint</a></footer>
</body></html>"""


def _blocks(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_main_text_keeps_structure_and_drops_boilerplate() -> None:
    doc = load_bytes(PAGE.encode("utf-8"), name="terms.html")
    blocks = _blocks(doc)
    assert doc.title == "Acme Terms"
    assert ("heading", "Terms of Service") in blocks
    assert ("heading", "2. Payments") in blocks
    assert ("list_item", "Subscriptions renew every month.") in blocks
    assert ("table_row", "Basic | 5 EUR") in blocks
    assert any("thirty days before changes" in t for _, t in blocks)
    for noise in ("cookies", "Pricing", "Products", "Copyright", "Imprint", "tracking", "color:red"):
        assert noise not in doc.text, noise


def test_latin1_page_without_declared_charset() -> None:
    page = "<html><body><h1>Nutzungsbedingungen</h1><p>Die Gebühren für größere Pakete ändern sich.</p></body></html>"
    doc = load_bytes(page.encode("latin-1"), name="agb.html")
    assert "Gebühren für größere" in doc.text


def test_script_rendered_page_gets_advice() -> None:
    page = b'<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>'
    with pytest.raises(LoadError, match="JavaScript"):
        load_bytes(page, name="spa.html")


def test_hostile_markup_is_only_text() -> None:
    page = (b"<html><body><p>Hello <img src=x onerror=alert(1)> world</p><script>alert(2)</script>"
            b"<p>These terms explain how the service may be used and what happens to your account.</p>"
            b"</body></html>")
    doc = load_bytes(page, name="x.html")
    assert "alert" not in doc.text
    assert doc.text.startswith("Hello world\n\nThese terms explain")
