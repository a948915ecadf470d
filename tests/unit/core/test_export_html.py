"""HTML export: one self-contained, script-free page; a hostile document cannot inject anything."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.golden.export_fixture import CHANGES, fixed_analysis
from tosreader.core.analysis import analyze
from tosreader.core.entries import entries
from tosreader.core.export import render
from tosreader.core.loaders import load_bytes

HOSTILE_PAGE = b"""<!DOCTYPE html><html><head><title>Evil &lt;Terms&gt; </style><script>alert(1)</script></title>
<style>body{background:url(http://evil.example/x.png)}</style></head><body>
<h1>Terms of Service</h1>
<p>1. We may change these terms at any time &lt;script&gt;alert('x')&lt;/script&gt; without notice.</p>
<p>2. We may suspend your account at any time &lt;img src=x onerror=alert(1)&gt; for any reason.</p>
<p>3. You agree to binding arbitration; read more at &lt;a href="javascript:alert(1)"&gt;here&lt;/a&gt;.</p>
<p>4. These terms are governed by the laws of Delaware &lt;/style&gt;&lt;style&gt;*{display:none}&lt;/style&gt;.</p>
<p>5. We may use your content for any purpose, including to train artificial intelligence models
 "&gt;&lt;iframe src=//evil.example&gt; &amp;lt;b&amp;gt; &lt;!-- comment --&gt; &lt;base href=//evil&gt;</p>
<p>6. By using the service you agree to these terms. &lt;meta http-equiv="refresh" content="0;url=//evil"&gt;</p>
<script>document.write('<p>We may sell your data for any purpose.</p>')</script>
</body></html>"""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "section", "p", "h1", "h2",
                "h3", "h4", "h5", "h6", "dl", "dt", "dd", "div", "ul", "li", "span", "article", "blockquote",
                "mark", "b", "code", "footer"}
ALLOWED_ATTRS = {"lang", "charset", "name", "content", "http-equiv", "class", "aria-label"}


def _hostile_analysis():  # type: ignore[no-untyped-def]
    doc = load_bytes(HOSTILE_PAGE, name="evil.html", source="https://evil.example/terms?<x>")
    return analyze(doc, "en")


def test_hostile_document_cannot_inject_markup() -> None:
    a = _hostile_analysis()
    assert "<script>" in a.document.text and "onerror" in a.document.text  # the text really is hostile
    assert len(a.findings) >= 3
    page = render(a, "html", include_text=True, changes=CHANGES)
    parsed = _Collector()
    parsed.feed(page)
    assert set(parsed.tags) <= ALLOWED_TAGS, set(parsed.tags) - ALLOWED_TAGS
    assert {k for k, _ in parsed.attrs} <= ALLOWED_ATTRS
    assert parsed.tags.count("style") == 1 and parsed.tags.count("title") == 1
    assert "evil" not in parsed.style and "display:none" not in parsed.style
    for _, value in parsed.attrs:
        assert value is None or ("javascript" not in value and "evil" not in value)
    lowered = page.lower()
    for needle in ("<script", "<img", "<iframe", "<a ", "<base", "</style><style", "<meta http-equiv=\"refresh"):
        assert needle not in lowered.replace("&lt;", "«")
    # the hostile words are shown as text, escaped
    assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_page_is_self_contained_and_has_light_dark_and_print_styles() -> None:
    page = render(fixed_analysis(), "html", include_text=True)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)\s*=""", page)
    assert not re.search(r"url\(", page)
    assert "@media (prefers-color-scheme: dark)" in page and "@media print" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_every_finding_and_the_full_text_are_on_the_page() -> None:
    a = fixed_analysis()
    page = render(a, "html", include_text=True, changes=CHANGES)
    listed = entries(a.findings)
    assert len(listed) < len(a.findings)  # the fixture has two rules of a category on one clause
    assert page.count('<article class="finding') == len(listed)
    for lead, *others in listed:
        assert f"<mark>{lead.matched}</mark>" in page
        for o in others:  # the other rules are named in their entry, with their words
            assert f"{o.title}: “{o.matched}” <code>{o.rule}</code>" in page
    assert '<section class="fulltext">' in page and page.count('<mark class="sev-') >= len(a.findings)
    assert page.index('class="changes"') < page.index('class="risks"')
    assert "We may use &lt;data&gt; for *any* purpose." in page  # changes text is escaped too


def test_qt_variant_is_escaped_too() -> None:
    a = _hostile_analysis()
    page = render(a, "qt-html", include_text=True)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;" in page


def test_labels_follow_the_interface_language() -> None:
    page = render(fixed_analysis(), "html", labels_language="de")
    assert '<html lang="de">' in page and "Warum das wichtig ist" in page and "Risiken" in page
