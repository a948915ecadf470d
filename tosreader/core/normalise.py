"""Noise-insensitive canonical text (for version hashes) and tracking-parameter removal from URLs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that identify a click or campaign, not a page.
_TRACKING_EXACT = frozenset(
    """fbclid gclid gclsrc dclid msclkid yclid igshid twclid ttclid li_fat_id mc_cid mc_eid _ga _gl
    _hsenc _hsmi __hssc __hstc __hsfp hsctatracking mkt_tok vero_id vero_conv wickedid oly_anon_id
    oly_enc_id rb_clickid s_cid ncid cmpid ref_src ref_url spm scid srsltid gbraid wbraid epik""".split()
)
_TRACKING_PREFIXES = ("utm_", "hsa_", "pk_", "mtm_", "piwik_", "matomo_")

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?"

# Typographic variants that carry no meaning for change detection.
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": "'", "\u203a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
})

# Markdown / HTML markup that can change without the wording changing.
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_HTML_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_SETEXT = re.compile(r"^\s*(?:=+|-{2,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
_LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+)+", re.MULTILINE)
_TRAILING_HASHES = re.compile(r"\s#+\s*$", re.MULTILINE)
_EMPHASIS = re.compile(r"[*_~]+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TABLE = re.compile(r"\s*\|\s*|^\s*:?-{3,}:?\s*$", re.MULTILINE)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_WS = re.compile(r"\s+")
_GLUED_SENTENCE = re.compile(r"([.;:!?])(?=[^\W\d_])")


def strip_tracking_params(text: str) -> str:
    """``text`` with click and campaign parameters removed from every URL in it (Markdown links too)."""
    return _URL.sub(lambda m: _clean_url_match(m.group(0)), text)


def _clean_url_match(raw: str) -> str:
    trail = ""
    while raw and raw[-1] in _URL_TRAILING:
        trail = raw[-1] + trail
        raw = raw[:-1]
    return clean_url(raw) + trail


def clean_url(url: str) -> str:
    """One URL without tracking parameters; anything else about it is kept as written."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept, doseq=True), parts.fragment))


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


# Session and device ids and referral markers: they name a visit, not a page.
_SESSION_PARAMS = frozenset(
    """sid sessid sessionid session_id session jsessionid phpsessid aspsessionid cfid cftoken zenid oscsid
    ref referer referrer ref_ deviceid device_id visitorid visitor_id clientid client_id uid_tracking
    icid trk trkcampaign trkinfo si igsh _branch_match_id ocid ved ei gs_lcp""".split()
)
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#;]*", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """The URL as the identity of a document: lower-case scheme and host, no default port, no
    fragment, no credentials, no tracking, campaign, session or device parameters."""
    url = _PATH_SESSION.sub("", clean_url(url.strip()))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in _SESSION_PARAMS]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept, doseq=True)
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def canonical_text(text: str) -> str:
    """Text reduced to its wording: the same for versions that differ only by noise.

    Noise is whitespace and line breaks, typographic quote and dash variants, invisible characters,
    Markdown or HTML markup (emphasis, heading and list markers, link targets, tables) and tracking
    parameters in URLs. Never shown to people; only hashed and compared.
    """
    text = strip_tracking_params(unicodedata.normalize("NFKC", text).translate(_CHAR_MAP))
    for entity, value in _HTML_ENTITY.items():
        text = text.replace(entity, value)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_REF_DEF.sub(" ", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _SETEXT.sub(" ", text)
    text = _TRAILING_HASHES.sub(" ", text)
    text = _LINE_MARKUP.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = _TABLE.sub(" ", text)
    text = _GLUED_SENTENCE.sub(r"\1 ", text)  # "agreement.Our" and "agreement. Our" read the same
    text = _WS.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text.strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the canonical form of ``text``."""
    return canonical_hash(canonical_text(text))


def canonical_hash(canonical: str) -> str:
    """sha256 (hex) of a text already in canonical form (see :func:`content_hash`)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def clause_key(text: str) -> str:
    """A light normal form for matching clauses: quotes, dashes, invisible characters and spaces."""
    return _WS.sub(" ", text.translate(_CHAR_MAP)).strip()
