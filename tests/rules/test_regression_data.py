"""Data, AI and consumer-risk regression suite (EN and DE): short sentences written by us, per category.

Each positive sentence must give a risk finding (severity low or above) of its category through the whole
pipeline (load_text + analyze); each negative one (denials, consent, fair variants, unrelated uses of the
same words) must not. GOOD sentences must also carry a ``good`` finding of their category.
"""

from __future__ import annotations

import pytest

from tosreader.core.analysis import analyze, get_ruleset
from tosreader.core.loaders import load_text
from tosreader.core.severity import Severity

POSITIVE: dict[str, dict[str, list[str]]] = {
    "en": {
        "ai_training": [
            "You agree that Parlo may access, use, collect, modify, share and otherwise exploit service generated "
            "data for any purpose, including product development and training and tuning of artificial "
            "intelligence and machine-learning models.",
            "We may use the documents you upload to train our AI models.",
            "Transcripts of your calls may be used for training machine learning algorithms.",
            "We fine-tune our language models on customer prompts and uploaded files.",
            "Your chats help train our AI models unless you opt out in the settings.",
        ],
        "any_purpose": [
            "You agree that Parlo may access, use, collect, modify, share and otherwise exploit service generated "
            "data for any purpose, including product development and training and tuning of artificial "
            "intelligence and machine-learning models.",
            "We may use any information collected through the app for any purpose whatsoever.",
            "Bellway reserves the right to use data it collects in any manner it deems appropriate.",
        ],
        "content_licence": [
            "By uploading a recipe you grant us a perpetual, irrevocable, worldwide licence to use it.",
            "You grant Fernhill a royalty-free, transferable and sublicensable license to your photos.",
            "The licence you grant for your content survives the closing of your account.",
            "We may distribute your videos in any media now known or later developed.",
        ],
        "data_sharing": [
            # a denial before ", and we" does not reach the unfair clause after it
            "We do not charge a registration fee, and we sell your personal data to advertisers.",
            "We may sell your personal information to data brokers.",
            "We share your browsing activity with advertising partners.",
            "Your contact details may be disclosed to affiliated companies and other third parties.",
            "If Pebble is acquired, your personal data may be transferred to the new owner.",
        ],
        "tracking": [
            "We use tracking pixels and browser fingerprinting to recognise returning visitors.",
            "Third-party advertising cookies are set when you visit our pages.",
            "We use your purchase history to show you personalised ads.",
            "Our ad partners track your activity across other websites and devices.",
            "The app collects your precise GPS location even when it is closed.",
            "Our site does not honour Do Not Track signals sent by your browser.",
        ],
        "data_retention": [
            "We may keep your messages even after you delete your account.",
            "Copies of deleted photos may remain in our backups.",
            "Usage logs are stored indefinitely.",
            "You cannot delete your profile once it is verified.",
        ],
        "auto_renewal": [
            "Your plan renews automatically every month.",
            "The annual fee will be charged unless you cancel at least 7 days before the renewal date.",
            "Subscriptions continue and are billed until you cancel them.",
        ],
        "class_action_waiver": [
            "You waive any right to bring or join a class action against us.",
            "Claims may only be brought on an individual basis and not as part of any class or representative proceeding.",
        ],
        "indemnification": [
            "You agree to indemnify and hold harmless Parlo and its staff from any claim arising from your use.",
            "You will defend us against any claims, losses and costs resulting from content you post.",
        ],
    },
    "de": {
        "ai_training": [
            "Sie erklären sich einverstanden, dass Parlo die vom Dienst erzeugten Daten zu beliebigen Zwecken "
            "nutzt, einschließlich des Trainings von Modellen der künstlichen Intelligenz.",
            "Wir verwenden Ihre hochgeladenen Dokumente, um unsere KI-Modelle zu trainieren.",
            "Gesprächsprotokolle dienen als Trainingsdaten für maschinelles Lernen.",
            "Ihre Chats können zum KI-Training genutzt werden, sofern Sie dem nicht widersprechen.",
        ],
        "any_purpose": [
            "Sie erklären sich einverstanden, dass Parlo die vom Dienst erzeugten Daten zu beliebigen Zwecken "
            "nutzt, einschließlich des Trainings von Modellen der künstlichen Intelligenz.",
            "Wir dürfen die erhobenen Informationen für jegliche Zwecke verwenden.",
            "Nutzungsdaten werden ohne Zweckbindung ausgewertet.",
        ],
        "content_licence": [
            "Sie räumen uns eine unwiderrufliche, weltweite, unentgeltliche, unterlizenzierbare Lizenz an Ihren Inhalten ein.",
            "Mit dem Hochladen gewähren Sie uns ein zeitlich unbeschränktes Nutzungsrecht an Ihren Fotos.",
            "Das Nutzungsrecht an Ihren Beiträgen besteht auch nach der Löschung Ihres Kontos fort.",
        ],
        "data_sharing": [
            "Wir verkaufen Ihre Kontaktdaten an Adresshändler.",
            "Wir geben Ihre personenbezogenen Daten an Werbepartner weiter.",
            "Ihre Daten können an verbundene Unternehmen übermittelt werden.",
            "Im Fall einer Übernahme gehen Ihre Daten auf den Erwerber über und werden übertragen.",
        ],
        "tracking": [
            "Wir setzen Zählpixel und Geräte-Fingerprinting ein.",
            "Diese Seite nutzt Marketing-Cookies von Drittanbietern.",
            "Wir verwenden Ihre Bestelldaten zu Werbezwecken.",
            "Aus Ihrem Surfverhalten bilden wir Nutzungsprofile.",
            "Die App erfasst Ihren Standort per GPS.",
        ],
        "data_retention": [
            "Auch nach der Kündigung speichern wir Ihre Nachrichten weiter.",
            "Gelöschte Fotos können in Sicherungskopien gespeichert bleiben.",
            "Protokolldaten werden unbefristet aufbewahrt.",
            "Bewertungen können nicht gelöscht werden.",
        ],
        "auto_renewal": [
            "Der Vertrag verlängert sich automatisch um weitere zwölf Monate.",
            "Das Abo verlängert sich jeweils um ein Jahr, sofern Sie nicht drei Monate vor Ablauf kündigen.",
        ],
        "class_action_waiver": [
            "Sie verzichten auf die Teilnahme an Sammelklagen.",
            "Ansprüche können nur einzeln und nicht in einem kollektiven Verfahren geltend gemacht werden.",
        ],
        "indemnification": [
            "Sie stellen uns von sämtlichen Ansprüchen Dritter frei.",
            "Der Kunde ist verpflichtet, den Anbieter von allen Kosten und Ansprüchen freizustellen.",
            "Sie halten uns gegenüber Forderungen Dritter schadlos zu halten verpflichtet.",
        ],
    },
}

NEGATIVE: dict[str, dict[str, list[str]]] = {
    "en": {
        "ai_training": [
            "Parlo does not use any of your audio, video, chat, screen sharing, attachments or other "
            "communications-like content to train Parlo's or third-party artificial intelligence models.",
            "We will not use your recordings to train AI models unless you consent.",
            "We do not use your messages to train our machine learning models without your consent.",
            "With your consent, we may use your recordings to train our AI models.",
            "All new staff complete training on privacy.",
            "You must not use the assistant to build or train language models that compete with ours.",
            "If you crawl or scrape the forum with automated tools to train a commercial AI system, you owe us a "
            "licence fee.",
        ],
        "any_purpose": [
            "We use your data only for the purposes described in this notice.",
            "We will not use your information for any other purpose.",
            "You may use the templates for any lawful purpose.",
        ],
        "content_licence": [
            "We grant you a limited, revocable, non-transferable licence to use the app.",
            "You keep all rights in your drawings; we only store them to show them to you.",
        ],
        "data_sharing": [
            "We do not sell the personal data of our members.",
            "We never share your personal information with advertisers.",
            "We only share aggregated statistics that cannot identify you.",
            "You may not share your login with third parties.",
        ],
        "tracking": [
            "We do not use tracking cookies or analytics.",
            "We only use cookies that are strictly necessary to keep you signed in.",
            "If you disable cookies, some features may not work.",
            "You can update your profile picture at any time.",
            "Our servers are in a secure location in Frankfurt.",
        ],
        "data_retention": [
            "When you delete your account, we erase your data within 30 days.",
            "We keep your data only as long as necessary to provide the service.",
            "Deleted accounts cannot be restored.",
        ],
        "auto_renewal": [
            "Your plan does not renew automatically.",
            "The free trial ends after 14 days and you will not be charged.",
        ],
        "class_action_waiver": [
            "Nothing in these terms prevents you from joining a class action where the law allows it.",
            "Economy and business class tickets are sold separately.",
        ],
        "indemnification": [
            "We will indemnify you against claims that our software infringes a patent.",
            "You are responsible for keeping your password safe.",
        ],
    },
    "de": {
        "ai_training": [
            "Wir verwenden Ihre Audio-, Video- und Chatinhalte nicht zum Training von KI-Modellen.",
            "Wir verwenden keine Ihrer Audio-, Video-, Chat-, Bildschirmfreigabe-, Anhangs- oder sonstigen "
            "kommunikationsähnlichen Inhalte, um unsere oder fremde KI-Modelle zu trainieren.",
            "Wir nutzen Ihre Inhalte nicht ohne Ihre Einwilligung zum Training künstlicher Intelligenz.",
            "Mit Ihrer ausdrücklichen Einwilligung verwenden wir Ihre Aufnahmen zum Training unserer KI.",
            "Unser Support-Team erhält regelmäßig ein Training.",
        ],
        "any_purpose": [
            "Wir verarbeiten Ihre Daten nur zu den oben genannten Zwecken.",
            "Wir verwenden Ihre Daten nicht für andere Zwecke.",
        ],
        "content_licence": [
            "Wir räumen Ihnen ein einfaches, nicht übertragbares Recht zur Nutzung der App ein.",
            "Sie bleiben Inhaber aller Rechte an Ihren Inhalten.",
        ],
        "data_sharing": [
            "Wir verkaufen Ihre Daten nicht.",
            "Wir geben Ihre Daten nicht an Dritte weiter.",
            "Eine Weitergabe Ihrer Daten an Dritte findet nicht statt.",
            "Wir geben nur anonymisierte, statistische Daten an Partner weiter.",
            "Sie dürfen Ihre Zugangsdaten nicht an Dritte weitergeben.",
        ],
        "tracking": [
            "Wir verwenden Ihre Daten nicht zu Werbezwecken.",
            "Eine Profilbildung findet nicht statt.",
            "Wir setzen ausschließlich technisch notwendige Cookies ein.",
            "Sie können Ihr Profilbild jederzeit ändern.",
            "Wir erfassen Ihren Standort nicht.",
        ],
        "data_retention": [
            "Nach der Löschung Ihres Kontos werden Ihre Daten innerhalb von 30 Tagen gelöscht.",
            "Wir speichern Ihre Daten nur so lange, wie dies erforderlich ist.",
            "Gelöschte Konten können nicht wiederhergestellt werden.",
        ],
        "auto_renewal": [
            "Das Abonnement verlängert sich nicht automatisch.",
            "Die Testphase endet automatisch nach 14 Tagen.",
        ],
        "class_action_waiver": [
            "Das Recht von Verbraucherverbänden, Verbandsklagen zu erheben, bleibt unberührt.",
        ],
        "indemnification": [
            "Wir stellen Sie von Ansprüchen Dritter wegen einer Verletzung von Schutzrechten durch die Software frei.",
            "Für Schäden haften wir nach den gesetzlichen Vorschriften.",
        ],
    },
}

# Denials and fair variants that must also show up as a good point of their category.
GOOD: dict[str, dict[str, list[str]]] = {
    "en": {
        "ai_training": [
            "Parlo does not use any of your audio, video, chat, screen sharing, attachments or other "
            "communications-like content to train Parlo's or third-party artificial intelligence models "
            "without your consent.",
            "We will not use your recordings to train AI models unless you consent.",
            "We never use customer files to fine-tune machine-learning models.",
        ],
        "any_purpose": ["We use your data only for the purposes described in this notice."],
        "data_sharing": ["We do not sell the personal data of our members.", "We will never share your personal data with advertisers.",
                         # a comma and a pronoun inside the denied list or a remark do not end the denial
                         "It is not our practice, and we want to be clear about this, to sell your personal data.",
                         "We will not, without your consent, and we confirm this in writing, share your personal data with advertisers."],
        "tracking": ["We honour Do Not Track signals.", "We do not track you across other websites.",
                     "We do not sell your email address, or your browsing history, to advertisers."],
        "data_retention": ["You can request the deletion of your personal data at any time."],
        "content_licence": ["You retain ownership of everything you upload."],
        "auto_renewal": ["Your plan does not renew automatically."],
    },
    "de": {
        "ai_training": [
            "Wir verwenden Ihre Audio-, Video- und Chatinhalte nicht, um KI-Modelle zu trainieren.",
            "Wir verwenden keine Ihrer Audio-, Video-, Chat-, Bildschirmfreigabe-, Anhangs- oder sonstigen "
            "kommunikationsähnlichen Inhalte, um unsere oder fremde KI-Modelle zu trainieren.",
            "Ohne Ihre Einwilligung werden Ihre Inhalte nicht zum Training von KI-Modellen verwendet.",
        ],
        "any_purpose": ["Wir verarbeiten Ihre Daten ausschließlich zu den in dieser Erklärung genannten Zwecken."],
        "data_sharing": ["Wir verkaufen Ihre Daten nicht.", "Wir geben Ihre Daten nicht an Dritte weiter."],
        "tracking": ["Eine Profilbildung findet nicht statt.", "Wir setzen keine Tracking-Cookies ein."],
        "data_retention": ["Sie können jederzeit die Löschung Ihrer Daten verlangen."],
        "content_licence": ["Sie bleiben Inhaber aller Rechte an Ihren Inhalten."],
        "auto_renewal": ["Der Vertrag verlängert sich nicht automatisch."],
    },
}


def _cases(table: dict[str, dict[str, list[str]]]) -> list[tuple[str, str, str]]:
    return [(lang, cat, text) for lang, cats in table.items() for cat, texts in cats.items() for text in texts]


def _findings(lang: str, text: str):
    analysis = analyze(load_text(text), lang, ruleset=get_ruleset(lang, include_user=False))
    return analysis.findings


@pytest.mark.parametrize(("lang", "category", "text"), _cases(POSITIVE))
def test_risk_is_found(lang: str, category: str, text: str) -> None:
    risks = [f for f in _findings(lang, text) if f.severity.is_risk and f.category == category]
    assert risks, f"no {category} risk in: {text}"


@pytest.mark.parametrize(("lang", "category", "text"), _cases(NEGATIVE))
def test_no_risk_is_found(lang: str, category: str, text: str) -> None:
    risks = [f for f in _findings(lang, text) if f.severity.is_risk and f.category == category]
    assert not risks, f"{[f.rule for f in risks]} fired on: {text} -> {[f.matched for f in risks]}"


@pytest.mark.parametrize(("lang", "category", "text"), _cases(GOOD))
def test_good_point_is_found(lang: str, category: str, text: str) -> None:
    found = _findings(lang, text)
    assert not [f for f in found if f.severity.is_risk and f.category == category], text
    assert [f for f in found if f.severity == Severity.GOOD and f.category == category], f"no good point: {text}"


def test_the_video_call_story_flips_from_high_risk_to_good_point() -> None:
    before = ("3.3 You agree that Parlo may access, use, collect, modify, share and otherwise exploit service "
              "generated data for any purpose, including product development, marketing, and training and "
              "tuning of artificial intelligence and machine-learning models.")
    after = ("3.3 Parlo does not use any of your audio, video, chat, screen sharing, attachments or other "
             "communications-like content to train Parlo's or third-party artificial intelligence models "
             "without your consent.")
    old = {(f.category, f.severity) for f in _findings("en", before)}
    assert ("ai_training", Severity.HIGH) in old and ("any_purpose", Severity.HIGH) in old
    new = _findings("en", after)
    assert not [f for f in new if f.severity.is_risk and f.category in ("ai_training", "any_purpose")]
    goods = [f for f in new if f.category == "ai_training" and f.severity == Severity.GOOD]
    assert goods and goods[0].negated, "the denial should be the rule's when_negated good point"


def test_consent_lowers_ai_training_to_info() -> None:
    found = _findings("en", "If you opt in, we may use your recordings to train our AI models.")
    training = [f for f in found if f.category == "ai_training"]
    assert training and all(not f.severity.is_risk for f in training)


@pytest.mark.parametrize("sentence", [
    "You must not use the assistant to build or train language models that compete with ours.",
    "Users agree not to use the API to develop or train machine-learning models.",
])
def test_a_duty_of_the_reader_is_no_promise_about_training_either(sentence: str) -> None:
    # "must not" here binds the reader; read as a denial it would wrongly credit the provider with a good point.
    found = analyze(load_text(sentence), "en", ruleset=get_ruleset("en", include_user=False)).findings
    assert not [f for f in found if f.category == "ai_training"]
