"""Clause segmentation in English and German: numbering, enumerations, abbreviations, dates, blocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tosreader.core.document import Document, DocumentBuilder
from tosreader.core.loaders import load_text
from tosreader.core.segment import LONG_CLAUSE, abbreviations, segment, split_sentences


def _doc(*blocks: tuple[str, str], language: str = "en") -> Document:
    builder = DocumentBuilder()
    for kind, text in blocks:
        builder.add(kind, text)  # type: ignore[arg-type]
    document = builder.build()
    document.language = language
    return document


def clauses(text: str, lang: str = "en") -> list[str]:
    document = _doc(("paragraph", text), language=lang)
    return [document.clause_text(c) for c in segment(document, lang)]


def labels(text: str, lang: str = "en") -> list[str]:
    document = _doc(("paragraph", text), language=lang)
    return [c.number for c in segment(document, lang)]


# --- plain sentences -------------------------------------------------------------------------------

def test_two_sentences_split() -> None:
    assert clauses("We may end your account. You can export your data first.") == [
        "We may end your account.", "You can export your data first."]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert clauses("Do you agree? If not, stop using the app! Thank you.") == [
        "Do you agree?", "If not, stop using the app!", "Thank you."]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert clauses('The service is offered "as is." Use it at your own risk.') == [
        'The service is offered "as is."', "Use it at your own risk."]


def test_german_closing_quote_stays_with_its_sentence() -> None:
    assert clauses("Der Dienst heißt „Cloud.“ Er ist kostenlos.", "de") == [
        "Der Dienst heißt „Cloud.“", "Er ist kostenlos."]


def test_lowercase_after_period_does_not_split() -> None:
    assert clauses("Visit example.com. then log in.") == ["Visit example.com. then log in."]


def test_decimal_numbers_do_not_split() -> None:
    assert clauses("The fee is USD 5.99 per month. It renews monthly.") == [
        "The fee is USD 5.99 per month.", "It renews monthly."]


def test_single_sentence_without_final_period() -> None:
    assert clauses("We may change these terms") == ["We may change these terms"]


# --- English abbreviations -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We may share data, e.g. Your name, with partners.",
    "Some content, i.e. Posts and comments, stays public.",
    "Example Inc. Provides the service.",
    "The company is based in the U.S. Government district.",
    "Payments go to Dr. Jones at the billing office.",
    "See No. 5 of the price list.",
    "Read Sec. 4 before you sign.",
    "We act under Art. 6 of the regulation.",
    "Contact Example Corp. Legal by letter.",
    "Meetings start at 9 a.m. Central time.",
    "Laws of the U.K. Apply here.",
])
def test_english_abbreviations_do_not_end_sentences(sentence: str) -> None:
    assert clauses(sentence) == [sentence]


def test_etc_before_a_new_sentence_ends_it() -> None:
    assert clauses("We use cookies, pixels, etc. We also use logs.") == [
        "We use cookies, pixels, etc.", "We also use logs."]


def test_company_suffix_before_a_new_sentence_ends_it() -> None:
    assert clauses("The service is run by Example Ltd. You contract with them.") == [
        "The service is run by Example Ltd.", "You contract with them."]


def test_initials_do_not_split() -> None:
    assert clauses("Signed by J. R. Smith for the company. Done.") == [
        "Signed by J. R. Smith for the company.", "Done."]


# --- German abbreviations --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Wir dürfen z. B. Preise ändern.",
    "Wir dürfen z.B. Preise ändern.",
    "Das heißt d. h. Sie haben ein Widerrufsrecht.",
    "Sie können kündigen bzw. Widerspruch einlegen.",
    "Das gilt ggf. Auch für Dritte.",
    "Die Regelung in Nr. 3 gilt entsprechend.",
    "Gemäß § 5 Abs. 2 BGB gilt dies.",
    "Es gilt Art. 6 Abs. 1 lit. B DSGVO.",
    "Das gilt u. a. Für Verbraucher.",
    "Preise sind inkl. MwSt. Angegeben.",
    "Die Beispiel GmbH mit Sitz in Berlin haftet.",
    "Die Frist beträgt ca. 14 Tage.",
    "Siehe vgl. Ziff. 4 dieser Bedingungen.",
])
def test_german_abbreviations_do_not_end_sentences(sentence: str) -> None:
    assert clauses(sentence, "de") == [sentence]


def test_german_usw_before_a_new_sentence_ends_it() -> None:
    assert clauses("Wir speichern Name, Adresse usw. Wir löschen sie nach einem Jahr.", "de") == [
        "Wir speichern Name, Adresse usw.", "Wir löschen sie nach einem Jahr."]


def test_german_text_still_knows_english_company_abbreviations() -> None:
    assert "inc" in abbreviations("de") and "z.b" in abbreviations("de")
    assert clauses("Anbieter ist Example Inc. Mit Sitz in Kalifornien.", "de") == [
        "Anbieter ist Example Inc. Mit Sitz in Kalifornien."]


# --- German ordinals and dates ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Die Frist beginnt am 1. Januar 2024.",
    "Die Änderung gilt ab dem 15. März.",
    "Im 3. Jahr sinkt der Preis.",
    "Die Kündigung wirkt zum 31. Dezember eines Jahres.",
    "Mit Ablauf des 14. Tages endet die Frist.",
    "Zahlungen sind bis zum 5. Werktag fällig.",
])
def test_german_ordinals_do_not_end_sentences(sentence: str) -> None:
    assert clauses(sentence, "de") == [sentence]


def test_german_number_at_sentence_end_still_splits() -> None:
    assert clauses("Die Anzahl der Geräte ist 5. Danach ist Schluss.", "de") == [
        "Die Anzahl der Geräte ist 5.", "Danach ist Schluss."]


def test_english_dates_with_abbreviated_months() -> None:
    assert clauses("Effective Jan. 5, 2024. Updated yearly.") == ["Effective Jan. 5, 2024.", "Updated yearly."]


# --- numbering and enumerations --------------------------------------------------------------------

def test_numbered_section_label_at_block_start() -> None:
    assert clauses("1. Scope of these terms applies to all users.") == [
        "1. Scope of these terms applies to all users."]
    assert labels("1. Scope of these terms applies to all users.") == ["1."]


def test_dotted_section_numbers() -> None:
    assert labels("10.2 We may end the contract. Notice is given by email.") == ["10.2", ""]
    assert clauses("See section 10.2 for details. Then read 11.3 too.") == [
        "See section 10.2 for details.", "Then read 11.3 too."]


def test_consecutive_numbered_subsections_in_one_block() -> None:
    assert clauses("1.1 First part applies. 1.2 Second part applies.") == [
        "1.1 First part applies.", "1.2 Second part applies."]
    assert labels("1.1 First part applies. 1.2 Second part applies.") == ["1.1", "1.2"]


def test_paragraph_sign_labels() -> None:
    assert labels("§ 5 Abs. 2 Der Vertrag kann gekündigt werden.", "de") == ["§ 5 Abs. 2"]
    assert labels("§ 12 Haftung ist ausgeschlossen.", "de") == ["§ 12"]
    assert labels("Art. 6 The rules apply.") == ["Art. 6"]


@pytest.mark.parametrize("marker", ["(a)", "(b)", "(i)", "(iv)", "a)", "(3)"])
def test_enumeration_labels(marker: str) -> None:
    assert labels(f"{marker} you keep your password safe.") == [marker]


def test_enumeration_after_colon_and_semicolons() -> None:
    assert clauses("You must not: (a) copy the app; (b) resell it; or (c) break it.") == [
        "You must not:", "(a) copy the app;", "(b) resell it; or", "(c) break it."]


def test_roman_enumeration_after_and() -> None:
    assert labels("We may: (i) suspend access; and (ii) delete content.") == ["", "(i)", "(ii)"]


def test_numbered_enumeration_after_colon() -> None:
    assert clauses("The following applies: 1. you pay monthly; 2. you may cancel.") == [
        "The following applies:", "1. you pay monthly;", "2. you may cancel."]


def test_german_enumeration() -> None:
    assert clauses("Sie müssen: a) volljährig sein; b) in Deutschland wohnen; oder c) zustimmen.", "de") == [
        "Sie müssen:", "a) volljährig sein;", "b) in Deutschland wohnen; oder", "c) zustimmen."]


def test_semicolons_without_enumeration_do_not_split_short_clauses() -> None:
    text = "We may suspend your account; we will tell you why."
    assert clauses(text) == [text]


# --- all caps and long clauses ---------------------------------------------------------------------

def test_all_caps_paragraph_splits_into_sentences() -> None:
    text = ("THE SERVICE IS PROVIDED AS IS. WE DISCLAIM ALL WARRANTIES TO THE EXTENT THE LAW ALLOWS. "
            "SOME STATES DO NOT ALLOW THIS, SO IT MAY NOT APPLY TO YOU.")
    assert clauses(text) == ["THE SERVICE IS PROVIDED AS IS.",
                             "WE DISCLAIM ALL WARRANTIES TO THE EXTENT THE LAW ALLOWS.",
                             "SOME STATES DO NOT ALLOW THIS, SO IT MAY NOT APPLY TO YOU."]


def test_all_caps_with_abbreviation() -> None:
    assert clauses("EXAMPLE INC. IS NOT LIABLE, E.G. FOR LOST DATA. YOU ACCEPT THIS.") == [
        "EXAMPLE INC. IS NOT LIABLE, E.G. FOR LOST DATA.", "YOU ACCEPT THIS."]


def test_run_on_clause_is_split_at_semicolons() -> None:
    part = "IN NO EVENT SHALL WE BE LIABLE FOR ANY LOSS OF PROFITS OR DATA OR GOODWILL OR OTHER DAMAGES"
    text = "; ".join([part] * 40) + "."
    spans = clauses(text)
    assert len(spans) > 1
    assert all(len(s) <= LONG_CLAUSE * 1.2 for s in spans)
    assert " ".join(spans) == text


# --- blocks ----------------------------------------------------------------------------------------

def test_a_clause_never_spans_two_blocks() -> None:
    document = _doc(("paragraph", "We may change these terms e.g"), ("paragraph", "Prices will rise."),
                    ("list_item", "first item without period"), ("list_item", "second item"))
    found = segment(document)
    assert [document.clause_text(c) for c in found] == [
        "We may change these terms e.g", "Prices will rise.", "first item without period", "second item"]
    for clause in found:
        block = document.blocks[clause.block]
        assert block.start <= clause.start < clause.end <= block.end


def test_headings_are_clauses_and_name_the_section() -> None:
    document = _doc(("heading", "7. Termination"), ("paragraph", "We may end it. You may too."),
                    ("heading", "8. Law"), ("paragraph", "Irish law applies."))
    found = segment(document)
    assert [(document.clause_text(c), c.heading) for c in found] == [
        ("7. Termination", "7. Termination"), ("We may end it.", "7. Termination"),
        ("You may too.", "7. Termination"), ("8. Law", "8. Law"), ("Irish law applies.", "8. Law")]
    assert found[0].number == "7."


def test_list_items_are_separate_clauses() -> None:
    document = load_text("- We collect your name\n- We collect your email. We keep it for a year.\n")
    texts = [document.clause_text(c) for c in segment(document)]
    assert texts == ["- We collect your name", "- We collect your email.", "We keep it for a year."]


def test_clause_indices_are_sequential_and_language_defaults_to_document() -> None:
    document = _doc(("paragraph", "Die Frist beginnt am 1. Januar. Sie endet später."), language="de")
    found = segment(document)
    assert [c.index for c in found] == list(range(len(found)))
    assert len(found) == 2


def test_split_sentences_on_a_slice() -> None:
    text = "xx One. Two. yy"
    assert split_sentences(text, 3, 12, "en") == [(3, 7), (8, 12)]


def test_empty_document_has_no_clauses() -> None:
    assert segment(Document(text="")) == []


# --- properties ------------------------------------------------------------------------------------

_words = st.sampled_from(["We", "may", "e.g.", "Inc.", "z. B.", "1.", "(a)", "§", "5", "Abs.", "am", "1.",
                          "Januar", "etc.", "You", "THE", "U.S.", ";", ":", "or", "?", "!", "„x.“", "10.2",
                          "Nr.", "d. h.", "—", "…", "\u00a0"])
_block = st.lists(_words, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["heading", "paragraph", "list_item", "table_row"]), _block),
                max_size=8),
       st.sampled_from(["en", "de"]))
def test_every_clause_lies_within_its_block(blocks: list[tuple[str, str]], lang: str) -> None:
    document = _doc(*blocks, language=lang)
    found = segment(document, lang)
    last_end = 0
    for clause in found:
        block = document.blocks[clause.block]
        assert block.start <= clause.start < clause.end <= block.end
        assert clause.start >= last_end
        text = document.clause_text(clause)
        assert text == text.strip()
        last_end = clause.end
    covered = {c.block for c in found}
    assert covered == set(range(len(document.blocks)))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["en", "de", ""]))
def test_any_text_segments_within_blocks(text: str, lang: str) -> None:
    document = load_text(text)
    for clause in segment(document, lang):
        block = document.blocks[clause.block]
        assert block.start <= clause.start < clause.end <= block.end
