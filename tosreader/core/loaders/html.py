"""HTML pages: the main terms text with its headings, lists and tables, without page boilerplate.

trafilatura, a proven main-content extractor, finds the main text and returns it as a small XML tree
(head/p/list/item/table/row/cell), which is walked into document blocks. Obvious boilerplate (cookie
banners, share and feedback widgets) is pruned before it looks. A DOM walk that skips navigation,
headers, footers, scripts and banners is the fallback for small pages the extractor declines, and it
also rescues the "last updated" line that extractors tend to drop as page metadata.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable

from lxml import etree
from lxml import html as lxml_html

from tosreader.core.document import BlockKind, Document, DocumentBuilder
from tosreader.core.errors import LoadError

RawBlock = tuple[BlockKind, str, int]

_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "button", "select", "svg", "iframe", "head", "object", "canvas", "dialog", "input", "textarea"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog", "search", "complementary"}
# Class/id words that mark boilerplate for the fallback walk (broad) and the pre-pruning (unambiguous).
_BOILERPLATE = re.compile(r"cookie|consent|banner|gdpr|newsletter|navbar|breadcrumb|sidebar|footer|"
                          r"header|menu|skip-link|social|share|modal|popup|feedback|widget", re.IGNORECASE)
_PRUNE = re.compile(r"cookie|consent|gdpr|onetrust|usercentrics|\bcc-(?:window|banner)|newsletter|"
                    r"breadcrumb|skip-link|share-buttons|social-share|feedback|was-this-helpful", re.IGNORECASE)
_KEEP_TAGS = {"html", "body", "main", "article"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "pre", "dd", "dt", "address",
               "figcaption", "center", "td", "th", "body", "details", "summary", "figure"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252"}
_DATE_LINE = re.compile(r"(?:effective|last (?:updated|revised|modified|changed)|updated|revised|version|"
                        r"stand|gültig|zuletzt (?:geändert|aktualisiert)|fassung|inkrafttreten)\b.{0,60}"
                        r"(?:\b(?:19|20)\d\d\b)", re.IGNORECASE)
# What Western European text (German above all) holds beyond ASCII; letter soup from another script
# read as Windows-1252 holds other characters, or far more of these.
_WESTERN = frozenset("äöüßÄÖÜéèêëàâáçîïíìôóòûúùñÉÈÀÇÑøØåÅæÆœŒ€„“”‚‘’«»–—…•·°§©®™\u00a0")
_EMPTY_MOUNT = re.compile(r"^(?:root|app|__next|__nuxt|svelte|main-app|react-root|ember-application|"
                          r"application|mount|page-root)$", re.IGNORECASE)
_WS = re.compile(r"\s+")

JS_MESSAGE = ("the page's text is rendered by JavaScript, which this app does not run; open it in a "
              "browser, save it (File > Save Page As...) and open the saved file")


def decode_html(data: bytes, declared_charset: str | None = None) -> str:
    """The page's text: see :func:`html_charset` for the order in which encodings are tried."""
    return data.decode(html_charset(data, declared_charset), errors="replace")


def html_charset(data: bytes, declared_charset: str | None = None) -> str:
    """BOM, then the declared charset, then <meta charset>, then UTF-8, detection and Windows-1252."""
    candidates: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    if declared_charset:
        candidates.append(declared_charset)
    m = _META_CHARSET.search(data[:8192])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    for enc in candidates:
        enc = _WEB_ALIASES.get(enc.strip().lower(), enc.strip())
        try:
            data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        return enc
    return _detect(data)


def _detect(data: bytes) -> str:
    """Undeclared and not UTF-8: Windows-1252 when it reads as Western text (the web's legacy default),
    else charset-normalizer's guess, else Latin-1, which decodes every byte."""
    try:
        if _reads_as_western(data.decode("cp1252")):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            data.decode(best.encoding)
            return best.encoding
    except Exception:  # detection is a best effort
        pass
    return "latin-1"


def _reads_as_western(text: str) -> bool:
    """Accented letters among mostly ASCII ones, not the letter soup of a wrongly decoded script."""
    sample = re.sub(r"<[^>]*>", " ", text[:200_000])
    non_ascii = [ch for ch in sample if ord(ch) > 127]
    if any(ch not in _WESTERN for ch in non_ascii):
        return False
    letters = sum(1 for ch in sample if ch.isalpha())
    return len(non_ascii) <= max(8, letters * 0.25)


def parse_html(data: bytes, *, source: str = "", url: str = "", declared_charset: str | None = None) -> Document:
    """The main text of an HTML page as a Document; raises LoadError for empty or script-only pages."""
    label = source or url or "page"
    root = _parse_tree(decode_html(data, declared_charset), label)
    title = _title(root)
    body = root.find("body")
    walked: list[RawBlock] = []
    _walk(body if body is not None else root, walked, list_depth=0)
    visible = _length(walked)
    if visible < 200 and _looks_script_rendered(root, visible):
        raise LoadError(f"{label}: {JS_MESSAGE}")
    blocks = _extract_main(root, url)
    if not blocks or _length(blocks) < 0.3 * visible or _flattened(blocks, walked):
        blocks = walked
    else:
        blocks = _rescue_date_lines(blocks, walked)
    builder = DocumentBuilder()
    for kind, text, level in blocks:
        builder.add(kind, text, level)
    document = builder.build(title=title, source=source or url, media_type="text/html")
    if not document.text.strip():
        raise LoadError(f"{label}: the page contains no readable text")
    return document


def _parse_tree(markup: str, label: str) -> lxml_html.HtmlElement:
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)  # lxml refuses str input with an encoding declaration
    if not markup.strip():
        raise LoadError(f"{label}: the page is empty")
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(f"{label}: not a readable HTML page ({exc})") from exc


def _text(el: etree._Element) -> str:
    return _WS.sub(" ", el.text_content() if hasattr(el, "text_content") else "".join(el.itertext())).strip()


def _length(blocks: Iterable[RawBlock]) -> int:
    return sum(len(t) for _, t, _ in blocks)


def _title(root: lxml_html.HtmlElement) -> str:
    for xpath in ("//title", "//h1"):
        for found in root.xpath(xpath):
            text = _text(found)
            if text:
                return text[:160]
    return ""


# -- main content by trafilatura ------------------------------------------------------------------------

def _extract_main(root: lxml_html.HtmlElement, url: str) -> list[RawBlock]:
    """trafilatura's main text as blocks; [] when it finds nothing (small or unusual pages)."""
    try:
        import trafilatura

        tree = copy.deepcopy(root)
        _prune(tree)
        xml = trafilatura.extract(tree, url=url or None, output_format="xml", include_tables=True,
                                  include_formatting=False, include_comments=False, include_links=False,
                                  include_images=False, favor_recall=True, deduplicate=False)
    except Exception:  # the extractor is an aid; the DOM walk still gives the text
        return []
    if not xml:
        return []
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return []
    main = doc.find("main")
    out: list[RawBlock] = []
    _walk_extracted(main if main is not None else doc, out, depth=0)
    return out


def _flattened(extracted: list[RawBlock], walked: list[RawBlock]) -> bool:
    """The extractor kept nearly all the text but lost its structure (its baseline on small pages)."""
    def headings(blocks: list[RawBlock]) -> int:
        return sum(1 for kind, _, _ in blocks if kind == "heading")

    return (len(extracted) < len(walked) and headings(extracted) < headings(walked)
            and _length(extracted) >= 0.7 * _length(walked))


def _prune(root: lxml_html.HtmlElement) -> None:
    """Remove cookie banners, share and feedback widgets, unless one wraps most of the page."""
    body_len = max(len(_text(root)), 1)
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _KEEP_TAGS:
            continue
        marker = f"{el.get('id') or ''} {el.get('class') or ''} {el.get('aria-label') or ''}"
        if (_PRUNE.search(marker) or el.get("hidden") is not None) and len(_text(el)) < 0.4 * body_len:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _walk_extracted(el: etree._Element, out: list[RawBlock], depth: int) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            out.append(("heading", _text(child), _heading_level(child.get("rend"))))
        elif tag == "list":
            _walk_extracted(child, out, depth + 1)
        elif tag == "item":
            _add_item(child, out, max(depth, 1))
        elif tag == "table":
            for row in child.iter("row"):
                _add_row(row, out)
        elif tag in ("p", "quote", "code", "div", "section"):
            if any(isinstance(c.tag, str) and c.tag in ("p", "list", "head", "table") for c in child):
                _walk_extracted(child, out, depth)
            else:
                out.append(("list_item" if depth else "paragraph", _text(child), depth))


def _heading_level(rend: str | None) -> int:
    m = re.fullmatch(r"h([1-6])", rend or "")
    return int(m.group(1)) if m else 2


def _add_item(item: etree._Element, out: list[RawBlock], depth: int) -> None:
    """A list item's own text, then its nested lists one level deeper."""
    own = [item.text or ""]
    nested = []
    for child in item:
        if isinstance(child.tag, str) and child.tag == "list":
            nested.append(child)
        else:
            own.append("".join(child.itertext()))
        own.append(child.tail or "")
    text = _WS.sub(" ", " ".join(own)).strip()
    if text:
        out.append(("list_item", text, depth))
    for sub in nested:
        _walk_extracted(sub, out, depth + 1)


def _add_row(row: etree._Element, out: list[RawBlock]) -> None:
    cells = [_WS.sub(" ", "".join(c.itertext())).strip() for c in row if c.tag == "cell"]
    text = " | ".join(c for c in cells if c)
    if text:
        out.append(("table_row", text, 0))


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _rescue_date_lines(main: list[RawBlock], walked: list[RawBlock]) -> list[RawBlock]:
    """Put back an "Effective date: ..." line the extractor dropped, after the block it followed."""
    kept = {_norm(t) for _, t, _ in main}
    position = {_norm(t): i for i, (_, t, _) in enumerate(main)}
    inserts: dict[int, list[RawBlock]] = {}
    anchor = -1
    for kind, text, level in walked:
        n = _norm(text)
        if n in position:
            anchor = position[n]
        elif kind == "paragraph" and len(text) <= 120 and n not in kept and _DATE_LINE.search(text) \
                and anchor >= 0:
            inserts.setdefault(anchor, []).append((kind, text, level))
            kept.add(n)
    if not inserts:
        return main
    result: list[RawBlock] = []
    for i, block in enumerate(main):
        result.append(block)
        result.extend(inserts.get(i, []))
    return result


# -- fallback: a DOM walk that skips boilerplate ---------------------------------------------------------

def _is_boilerplate(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").lower() in _SKIP_ROLES:
        return True
    marker = f"{el.get('id') or ''} {el.get('class') or ''}".strip()
    return bool(marker) and tag not in _KEEP_TAGS and bool(_BOILERPLATE.search(marker))


def _walk(el: lxml_html.HtmlElement, out: list[RawBlock], list_depth: int) -> None:
    """Collect blocks in reading order; inline text of a block element becomes one paragraph."""
    pending: list[str] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(pending)).strip()
        pending.clear()
        if text:
            out.append(("list_item" if list_depth else "paragraph", text, list_depth))

    if el.text:
        pending.append(el.text)
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag and not _is_boilerplate(child):
            _walk_child(child, tag, out, list_depth, pending, flush)
        if child.tail:
            pending.append(child.tail)
    flush()


def _walk_child(child: lxml_html.HtmlElement, tag: str, out: list[RawBlock], list_depth: int,
                pending: list[str], flush: Callable[[], None]) -> None:
    if re.fullmatch(r"h[1-6]", tag):
        flush()
        text = _text(child)
        if text:
            out.append(("heading", text, int(tag[1])))
    elif tag in ("ul", "ol", "dl"):
        flush()
        _walk(child, out, list_depth)
    elif tag == "li":
        flush()
        _walk(child, out, list_depth + 1)
    elif tag == "tr":
        flush()
        cells = [_text(c) for c in child if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        row = " | ".join(c for c in cells if c)
        if row:
            out.append(("table_row", row, 0))
    elif tag in ("table", "thead", "tbody", "tfoot") or tag in _BLOCK_TAGS:
        flush()
        _walk(child, out, list_depth)
    elif tag == "br":
        pending.append(" ")
    elif _contains_blocks(child):
        flush()
        _walk(child, out, list_depth)
    else:  # inline element: its text joins the current paragraph
        pending.append(child.text_content())


def _contains_blocks(el: lxml_html.HtmlElement) -> bool:
    for d in el.iterdescendants():
        tag = d.tag.lower() if isinstance(d.tag, str) else ""
        if tag in _BLOCK_TAGS or tag in ("ul", "ol", "table") or re.fullmatch(r"h[1-6]", tag):
            return True
    return False


# -- pages rendered by JavaScript ------------------------------------------------------------------------

def _looks_script_rendered(root: lxml_html.HtmlElement, visible: int) -> bool:
    """Little visible text, and the signs of a client-side app: an empty mount point, a <noscript>
    asking for JavaScript, or far more script code than text."""
    scripts = root.xpath("//script")
    if not scripts:
        return False
    code = sum(len(s.text or "") for s in scripts) + 2000 * sum(1 for s in scripts if s.get("src"))
    empty_mount = any(_EMPTY_MOUNT.match(el.get("id") or "") and not _text(el)
                      for el in root.xpath("//body//div[@id] | //body//main[@id]"))
    asks_for_js = any("javascript" in _text(n).lower() for n in root.xpath("//noscript"))
    return visible < 40 or empty_mount or asks_for_js or code > 20 * max(visible, 1)
