"""Tests of canonical text, tracking-parameter removal and URL keys."""

from __future__ import annotations

import pytest

from tosreader.core.normalise import (
    canonical_text,
    canonical_url,
    clause_key,
    clean_url,
    content_hash,
    strip_tracking_params,
)


def test_strip_tracking_params_in_plain_text_and_markdown_links() -> None:
    text = ("Read [the policy](https://ex.org/privacy?utm_source=news&utm_medium=mail&lang=en) or "
            "https://ex.org/terms?gclid=XYZ. Also https://ex.org/a?b=1&fbclid=2&c=3, thanks.")
    assert strip_tracking_params(text) == (
        "Read [the policy](https://ex.org/privacy?lang=en) or https://ex.org/terms. "
        "Also https://ex.org/a?b=1&c=3, thanks.")


def test_urls_without_tracking_are_left_exactly_as_written() -> None:
    url = "https://ex.org/p?a=1&b=%20x#frag"
    assert clean_url(url) == url
    assert strip_tracking_params(f"see {url} now") == f"see {url} now"


def test_canonical_url_is_a_stable_key() -> None:
    assert canonical_url("HTTPS://Example.ORG:443/terms?utm_campaign=x#top") == "https://example.org/terms"
    assert canonical_url("https://example.org") == "https://example.org/"
    assert canonical_url("https://example.org/t?id=1") == "https://example.org/t?id=1"


@pytest.mark.parametrize(("a", "b"), [
    ("We use  cookies.\n\nYou agree.", "We use cookies. You agree."),
    ("It’s “our” service — really.", "It's \"our\" service - really."),
    ("**Important:** read _this_.", "Important: read this."),
    ("## Your account\n\nKeep it safe.", "Your account\n-------------\n\nKeep it safe."),
    ("* first item\n* second item", "*   first item\n*   second item"),
    ("See [our policy](https://ex.org/p).", "See [our policy](http://ex.org/p?utm_source=x)."),
    ("[](#summary)Summary", "[Summary](#summary)"),
    ("the agreement.Our terms", "the agreement. Our terms"),
    ("Zero\u200dwidth and\u00a0nbsp", "Zerowidth and nbsp"),
    ("<p>Hello <b>there</b></p>", "Hello there"),
])
def test_noise_does_not_change_canonical_text(a: str, b: str) -> None:
    assert canonical_text(a) == canonical_text(b)
    assert content_hash(a) == content_hash(b)


@pytest.mark.parametrize(("a", "b"), [
    ("We may use your content.", "We do not use your content."),
    ("Notice of 30 days.", "Notice of 10 days."),
    ("You can cancel.", "You cannot cancel."),
    ("First. Second.", "Second. First."),
])
def test_wording_changes_do_change_canonical_text(a: str, b: str) -> None:
    assert content_hash(a) != content_hash(b)


def test_clause_key_only_evens_out_typography() -> None:
    assert clause_key("  We’re   here ") == "We're here"
    assert clause_key("A **b**") == "A **b**"
