"""Language detection: English and German, short and long, mixed, and only the start is read."""

from __future__ import annotations

import pytest

from tosreader.core.language import SUPPORTED, detect_language

EN_LONG = ("These terms govern your use of the service. We may change them at any time, and if you "
           "keep using the service after a change, you accept the new terms. You can close your account "
           "whenever you like. ") * 20
DE_LONG = ("Diese Bedingungen gelten für die Nutzung des Dienstes. Wir können sie jederzeit ändern; wenn "
           "Sie den Dienst danach weiter nutzen, stimmen Sie den neuen Bedingungen zu. Sie können Ihr "
           "Konto jederzeit schließen. ") * 20


def test_supported_languages() -> None:
    assert SUPPORTED == ("en", "de")


def test_long_english() -> None:
    assert detect_language(EN_LONG) == "en"


def test_long_german() -> None:
    assert detect_language(DE_LONG) == "de"


@pytest.mark.parametrize(("text", "expected"), [
    ("We may end your account.", "en"),
    ("The terms of use", "en"),
    ("Wir dürfen Ihr Konto sperren.", "de"),
    ("Allgemeine Geschäftsbedingungen", "de"),
    ("Kündigung und Widerruf", "de"),
    ("Datenschutzerklärung für Nutzer", "de"),
    ("Sie haben das Recht auf Auskunft.", "de"),
    ("Privacy policy", "en"),
])
def test_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 67.89", "§§§ --- ***", "Acme"])
def test_no_evidence_means_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_mixed_document_follows_the_majority() -> None:
    assert detect_language(DE_LONG + EN_LONG[:300]) == "de"
    assert detect_language(EN_LONG + DE_LONG[:300]) == "en"


def test_german_terms_with_english_company_names() -> None:
    text = "Anbieter ist die Example Cloud Services Inc. Für die Nutzung der Software gelten diese AGB."
    assert detect_language(text) == "de"


def test_english_terms_with_a_german_address() -> None:
    text = "The service is provided by Beispiel GmbH, Hauptstraße 1, München. You must be 18 or older to use it."
    assert detect_language(text) == "en"


def test_only_the_start_is_sampled() -> None:
    text = DE_LONG[:3000] + EN_LONG * 50
    assert detect_language(text, sample=3000) == "de"
    assert detect_language(text, sample=len(text)) == "en"


def test_upper_case_text() -> None:
    assert detect_language("DIE HAFTUNG IST AUSGESCHLOSSEN, SOWEIT DAS GESETZ ES ZULÄSST.") == "de"
    assert detect_language("THE SERVICE IS PROVIDED AS IS AND WITHOUT ANY WARRANTY.") == "en"
