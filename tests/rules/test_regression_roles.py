"""Terms written in the third person ("the Company may …", "the User agrees …", "der Nutzer erklärt sich …"):
the language profiles read role names as the pronouns the rules are written with (``roles`` in
``language.toml``), so these sentences give the verdicts of their "we"/"you" and "Sie" forms. All sentences
written for this suite."""

from __future__ import annotations

from tests.rules.regression import sentence_tests

POSITIVE: dict[str, list[str]] = {
    "unilateral_termination": [
        "The Company may terminate the User's account at any time and without notice.",
        "The User's account can be suspended by the Company whenever the Company decides.",
        "The Provider reserves the right to close the Customer's account for any reason.",
    ],
    "content_removal": [
        "The Company may remove the User's posts at its sole discretion.",
        "The Operator may delete any content the Member uploads, without giving reasons.",
    ],
    "unilateral_change": [
        "The Company may change these terms at any time, and the User is bound by the new version.",
        "The Provider reserves the right to modify the service and its prices whenever it wishes.",
    ],
    "limitation_of_liability": [
        "The Company is not liable for any loss of the User's data.",
        "In no event shall the Licensor be liable to the Licensee for indirect or consequential damages.",
    ],
    "contract_by_using": [
        "By using the service, the User agrees to these terms.",
        "The Customer accepts these conditions by placing an order or using the website.",
    ],
    "arbitration": [
        "Any dispute between the User and the Company shall be resolved by binding arbitration.",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "unilateral_termination": [
        "The User may close the User's account at any time from the settings page.",
        "The Company will close the User's account if the User asks the Company to.",
        "If the User closes the User's account, the Company deletes the User's profile within 30 days.",
    ],
    "content_removal": [
        "The Company will remove the User's content if the User asks the Company to.",
        "The User may delete the User's posts whenever the User wishes.",
    ],
    "unilateral_change": [
        "The Company will not change the User's price without the User's consent.",
        "The User may change the User's plan at any time.",
    ],
    "limitation_of_liability": [
        "The User is not liable for payments made after the User reports the card as lost.",
        "The Company is liable for damage caused by the Company's negligence.",
    ],
    "jurisdiction": [
        "The Company can only bring proceedings against the User in the courts of the country where the User lives.",
    ],
    "choice_of_law": [
        "If the User lives in Norway, the laws of Norway apply to these terms.",
    ],
}

test_positive, test_negative = sentence_tests("en", POSITIVE, NEGATIVE)

# German: the reader as "der Nutzer", "der Kunde", "dem Nutzer", "den Kunden"; the verb agrees also when it
# stands before the role ("Verstößt der Nutzer …", "ist der Kunde …").
POSITIVE_DE: dict[str, list[str]] = {
    "unilateral_termination": [
        "Verstößt der Nutzer gegen diese Bedingungen, ist der Anbieter berechtigt, den Nutzer ohne Vorwarnung zu sperren.",
        "Der Anbieter kann dem Kunden jederzeit ohne Angabe von Gründen kündigen.",
    ],
    "contract_by_using": [
        "Mit der Nutzung der App erklärt sich der Nutzer mit diesen Bedingungen einverstanden.",
        "Nutzt der Kunde den Dienst nach einer Änderung weiter, gelten die neuen Bedingungen als angenommen.",
        "Durch die Registrierung schließt der Nutzer einen verbindlichen Vertrag mit dem Anbieter.",
    ],
    "unilateral_change": [
        "Widerspricht der Kunde nicht innerhalb von vier Wochen, wird die neue Fassung Vertragsbestandteil.",
    ],
}

NEGATIVE_DE: dict[str, list[str]] = {
    "unilateral_termination": [
        "Der Nutzer kann sein Konto jederzeit in den Einstellungen kündigen.",
        "Meldet der Kunde den Verlust seiner Karte, sperren wir die Karte auf seinen Wunsch.",
    ],
    "jurisdiction": [
        "Die Regeln zum Gerichtsstand findet der Nutzer in Abschnitt 20.",
        "Der Verbraucher kann an seinem Wohnsitz klagen.",
    ],
    "limitation_of_liability": [
        "Der Nutzer ist von der Haftung für Schäden befreit, die er nicht zu vertreten hat.",
    ],
    "contract_by_using": [
        "Der Kunde muss den neuen Bedingungen ausdrücklich zustimmen, bevor er den Dienst weiter nutzen kann.",
    ],
}

test_positive_de, test_negative_de = sentence_tests("de", POSITIVE_DE, NEGATIVE_DE)
