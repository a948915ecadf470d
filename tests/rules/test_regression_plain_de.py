"""German regression suite for the plain phrasings pack (resources/rules/de/plain_phrasings.toml).

Short sentences written by us, in the many everyday ways terms say the same thing (verb-second with a
brand as actor, passive, verb-final, nominal style, "gilt als", a relative clause between object and
verb). Each positive sentence must give a risk finding of its category through the whole pipeline; each
negative one (negations, the reader's own rights or acts, consumer carve-outs, unrelated uses of the same
words) must not.
"""

from __future__ import annotations

import pytest

from tests.rules.test_regression_de import _risk_categories

POSITIVE: dict[str, list[str]] = {
    "arbitration": [
        "Für Streitigkeiten aus der Mitgliedschaft ist ein Schiedsverfahren vorgesehen.",
        "Die Vertragspartner vereinbaren ein Schiedsverfahren nach der Schiedsordnung der DIS.",
        "Alle Streitigkeiten aus diesem Vertrag werden ausschließlich durch ein Schiedsgericht entschieden.",
        "Meinungsverschiedenheiten über Rechnungen sind zwingend vor einem Schiedsrichter auszutragen.",
        "Für sämtliche Klagen ist allein das Schiedsgericht in Genf zuständig.",
        "Der ordentliche Rechtsweg ist ausgeschlossen; es entscheidet ein Schiedsgericht.",
        "Alle Forderungen des Kunden unterliegen einem verbindlichen Schiedsverfahren.",
        "Statt vor einem staatlichen Gericht wird der Streit vor einem Schiedsgericht geführt.",
        "Über die Gültigkeit dieser Schiedsvereinbarung befindet das Schiedsgericht selbst.",
        "Du musst Ansprüche bei einem Schiedsrichter geltend machen.",
        "Bist du mit einer Sperre nicht einverstanden, kannst du sie nur in einem Schiedsverfahren überprüfen lassen.",
        "Jeder Konflikt wird für sich und nicht als Gruppenklage vor einem Einzelschiedsrichter verhandelt.",
        "Über Beschwerden zur Abrechnung entscheidet ein von Kranich ernannter Schiedsrichter endgültig.",
        "Die Mitglieder unterwerfen sich für alle Konflikte aus der Mitgliedschaft unter Ausschluss des Rechtswegs dem Schiedsgericht des Vereins.",
    ],
    "unilateral_change": [
        "Kranich behält sich vor, den Umfang der App – soweit er nicht für laufende Buchungen nötig ist – jederzeit zu ändern.",
        "Sie räumen Heron das Recht ein, bei Bedarf Änderungen an diesen Bedingungen vorzunehmen.",
        "Die angebotenen Tarife können sich gelegentlich ändern.",
        "Kranich darf den Leistungsumfang einseitig reduzieren.",
        "Das Musikangebot kann jederzeit ohne Vorankündigung eingeschränkt werden.",
        "Wir können einzelne Funktionen abschalten.",
        "Die Höhe der Servicegebühr legt Heron nach eigenem Ermessen fest.",
        "Neue Bedingungen gelten ab dem Tag ihrer Veröffentlichung.",
        "Wir können die Tarife jederzeit neu gestalten.",
        "Die Öffnungszeiten der Filialen können ohne Ankündigung geändert werden.",
        "Der Anbieter ist ermächtigt, die Gebühren nach billigem Ermessen neu festzulegen.",
        "Streamo stellt einzelne Funktionen jederzeit ein.",
        "Der Dispozins kann von der Sparkasse Nord jederzeit angepasst werden.",
        "Wir dürfen die Reihenfolge der Suchergebnisse und die Empfehlungslogik ohne Vorankündigung umstellen.",
        "Widersprichst du nicht binnen 30 Tagen, gelten die neuen Bedingungen als akzeptiert.",
        "Neue Preise teilen wir per E-Mail mit; widerspricht die Kundin nicht innerhalb eines Monats, gelten sie als genehmigt.",
        "Die aktualisierte Fassung tritt mit ihrer Veröffentlichung auf unserer Website in Kraft.",
        "Es ist möglich, dass einzelne kostenlose Dienste künftig kostenpflichtig werden.",
    ],
    "content_removal": [
        "Wir prüfen alle Kleinanzeigen und löschen diejenigen, die gegen unsere Regeln verstoßen.",
        "Wir dürfen Forenbeiträge ohne Rücksprache kürzen oder löschen.",
        "Hochgeladene Dokumente können von uns jederzeit entfernt werden.",
        "Moderatoren sind berechtigt, Kommentare auszublenden.",
        "Bewertungen, die Beleidigungen enthalten, löschen wir.",
        "Heron entfernt Videos mit urheberrechtlich geschütztem Material ohne Rückfrage.",
        "Ihre Kundenrezensionen können durch Kranich jederzeit verborgen werden.",
        "Sie erkennen an, dass Ihre Fotos ohne Vorwarnung gelöscht werden können.",
        "Hotelbewertungen, die Werbung enthalten, werden nicht freigeschaltet oder später wieder gelöscht.",
        "Verletzt ein Video fremde Rechte, nehmen wir es offline.",
        "Streamo ist befugt, Profilnamen und Gruppennamen ohne Rücksprache zu ändern, wenn sie anstößig sind.",
        "Mit dem Vertragsende werden alle Dateien des Kunden endgültig gelöscht.",
    ],
    "jurisdiction": [
        "Heron kann Verfahren mit dem Gerichtsstand wahlweise in Malta einleiten.",
        "Alle Streitigkeiten werden in Dublin verhandelt.",
        "Klagen gegen Kranich sind nur in Amsterdam zulässig.",
        "Zuständiges Gericht: Amtsgericht Görlitz.",
        "Gerichtsstand ist München.",
        "Ausschließlicher Gerichtsstand: Zürich.",
        "Zuständig ist je nach Höhe des Streitwerts das Amtsgericht oder das Landgericht Leipzig.",
        "Klagen werden vor dem Amtsgericht Charlottenburg verhandelt.",
        "Klagen der Kundin dürfen ausschließlich in Bonn erhoben werden.",
        "Verlegt der Nutzer seinen Wohnsitz ins Ausland, ist Hamburg Gerichtsstand.",
        "Gerichtsstand für Unternehmer und Verbraucher ist Dresden.",
        "Der Kunde stimmt der Verweisung an das Landgericht Kiel zu.",
    ],
    "choice_of_law": [
        "Die Auslegung dieser Bedingungen erfolgt nach dem Recht von Ontario.",
        "Die Wirksamkeit dieser AGB wird nach dem Recht von Delaware beurteilt.",
        "Maßgeblich ist das Recht Kanadas.",
        "Anwendbares Recht: Irland.",
        "Wir vereinbaren mit Ihnen die Anwendung österreichischen Rechts.",
        "Es gilt das am Sitz des Anbieters geltende Recht.",
        "Auf alle Ansprüche wird niederländisches Recht angewendet.",
        "Verbraucherschutzvorschriften Ihres Wohnsitzlandes finden keine Anwendung.",
        "Die zwingenden Bestimmungen Ihres Heimatstaates sind ausgeschlossen.",
    ],
    "limitation_of_liability": [
        "Für Verspätungen leisten wir keinen Ersatz.",
        "Schadenersatz ist auf den Kaufpreis begrenzt.",
        "Für Folgeschäden kommt der Verkäufer nicht auf.",
        "Für Währungsverluste kommen wir in keinem Fall auf.",
        "Mängelansprüche des Kunden verjähren nach einem Jahr.",
        "Ansprüche gegen den Anbieter verjähren innerhalb von sechs Monaten.",
    ],
    "unilateral_termination": [
        "Bei Meinungsverschiedenheiten über Zahlungen kann Heron das Konto jederzeit sperren.",
        "Bei Verdacht auf Missbrauch sperren wir die Debitkarte sofort.",
        "Wir können Ihnen den Zutritt zur Kletterhalle verweigern.",
        "Wir können Ihr Kundenkonto jederzeit ohne Angabe von Gründen schließen.",
        "Kranich darf Mitgliedschaften, die länger als ein Jahr nicht genutzt wurden, beenden.",
        "Konten, bei denen wir Betrug vermuten, werden ohne Vorwarnung stillgelegt.",
        "Die Sparkasse kann die Kreditkarte jederzeit sperren.",
        "Bei Zahlungsverzug wird das Video-Konto gesperrt.",
        "Das Hotel ist berechtigt, Gästen, die die Nachtruhe stören, den Aufenthalt zu verweigern.",
        "Die Fluggesellschaft kann die Beförderung von Passagieren ohne gültige Papiere verweigern.",
        "Wir stellen den Service für betroffene Nutzer ohne Vorwarnung ein.",
        "Heron kann Nutzungsrechte entziehen und die weitere Nutzung der App unterbinden.",
        "Die Bank ist befugt, die Kundenbeziehung ohne Einhaltung einer Frist zu kündigen.",
        "Spieler-Accounts, die Cheats verwenden, werden dauerhaft gebannt.",
    ],
    "contract_by_using": [
        "Mit dem Scannen des Codes nimmst du die Mietbedingungen an.",
        "Durch das Aufrufen dieser Seite werden Sie an diese Bedingungen gebunden.",
        "Sie sind an diese Lizenzbedingungen gebunden, sobald Sie die Software installieren.",
        "Wer ein Spielerkonto erstellt, akzeptiert diese Bedingungen.",
        "Wer unsere Website besucht, erklärt sich mit diesen AGB einverstanden.",
        "Alle, die die App installieren, unterliegen diesen Bedingungen.",
        "Wer Quillbox nutzt, ist an diese Bedingungen gebunden.",
        "Mit dem Download der Software akzeptiert der Nutzer die Lizenzbedingungen.",
        "Durch die Benutzung des Parkplatzes erkennt der Mieter die Parkordnung an.",
        "Durch das Betreten des Geländes erklärt sich der Besucher mit der Hausordnung einverstanden.",
        "Mit dem Start der App erklärst du dich mit den Regeln einverstanden.",
        "Diese AGB werden mit dem ersten Zugriff auf die Plattform wirksam.",
        "Surfen Sie weiter, gehen wir davon aus, dass Sie diese Bedingungen akzeptieren.",
        "Benutzen Sie unsere Software, so gelten diese Lizenzbedingungen als angenommen.",
        "Diese Regeln gelten für alle, die das WLAN nutzen, auch ohne Registrierung.",
        "Das Ausleihen eines Rads gilt als Zustimmung zu diesen Mietbedingungen.",
        "Sobald Sie die App öffnen, kommt ein Nutzungsvertrag zu diesen Bedingungen zustande.",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "arbitration": [
        "Streitigkeiten werden nicht vor einem Schiedsgericht ausgetragen.",
        "Es besteht keine Schiedsvereinbarung; Sie können vor den ordentlichen Gerichten klagen.",
        "Der Rechtsweg ist ausgeschlossen.",
        "Die Entscheidung der Jury ist endgültig, der Rechtsweg ist ausgeschlossen.",
        "Der Schiedsrichter kann nur Schadensersatz für einzelne Ansprüche zusprechen.",
        "Im Turnier entscheidet allein der Schiedsrichter über Regelverstöße.",
        "Eine Schlichtungsstelle entscheidet nur, wenn Sie sie freiwillig anrufen.",
    ],
    "unilateral_change": [
        "Die Lieferung erfolgt binnen drei Werktagen; Liefertermine können sich kurzfristig ändern.",
        "Wir behalten uns nicht vor, den Tarif – auch nicht bei steigenden Kosten – zu ändern.",
        "Sie haben das Recht, Änderungen an Ihrem Profil vorzunehmen.",
        "Sie können einzelne Funktionen in den Einstellungen abschalten.",
        "Gleichwohl darf Heron Nutzerinhalte jederzeit bearbeiten oder einschränken.",
        "Wir werden die Preise während der Laufzeit nicht erhöhen.",
        "Sie können Ihr Profilbild jederzeit ändern.",
        "Die Lieferzeiten können sich aufgrund hoher Nachfrage verschieben.",
        "Die Gebühr entfällt, wenn Sie per Lastschrift zahlen.",
        "Deine Benachrichtigungen kannst du jederzeit in den Einstellungen ändern.",
        "Die kostenlose Basisversion wird auch künftig nicht kostenpflichtig.",
    ],
    "content_removal": [
        "Wir können Sonderangebote jederzeit ändern.",
        "Du kannst deine Kommentare jederzeit löschen.",
        "Wir löschen Ihre personenbezogenen Daten nach Ablauf der gesetzlichen Fristen.",
        "Sie können uns bitten, Ihre Inhalte zu entfernen.",
        "Die gelöschten Inhalte bleiben 30 Tage im Papierkorb.",
        "Beiträge, die wir prüfen, löschen wir nicht ohne Begründung.",
        "Wir werden Ihre Fotos nicht ohne Ihre Zustimmung entfernen.",
    ],
    "jurisdiction": [
        "Zuständig ist Ihr allgemeiner Gerichtsstand.",
        "Hat der Kunde keinen Gerichtsstand in der EU, gilt das Gesetz.",
        "Streitigkeiten werden in Ihrem Wohnsitzland verhandelt.",
        "Klagen sind nur in Deutschland zulässig.",
        "Gerichtsstand ist der Wohnsitz des Kunden.",
        "Gerichtsstand für Unternehmer ist Köln.",
        "Sie können an Ihrem Wohnsitz vor Gericht ziehen.",
        "Gerichtsstand: Es gelten die gesetzlichen Regeln.",
        "Die Heron AG ist im Handelsregister des Amtsgerichts München eingetragen.",
        "Unser Büro in Potsdam ist werktags geöffnet.",
    ],
    "choice_of_law": [
        "Die Auslegung erfolgt nach dem Recht des Landes, in dem Sie wohnen.",
        "Es gilt das Recht Ihres Wohnsitzlandes.",
        "Sie müssen das Recht Ihres Landes einhalten.",
        "Nach irischem Recht ist dies nicht erlaubt.",
        "Anwendbares Recht: Es gilt deutsches Recht.",
        "Die Verbraucherschutzvorschriften gelten nicht, wenn Sie als Unternehmer handeln.",
        "Zwingende Verbraucherschutzvorschriften Ihres Wohnsitzstaates bleiben unberührt.",
    ],
    "limitation_of_liability": [
        "Ihr Anspruch auf Schadensersatz ist nicht beschränkt.",
        "Wir leisten Schadensersatz nach den gesetzlichen Vorschriften.",
        "Für Schäden aus Vorsatz kommen wir voll auf.",
        "Ansprüche verjähren nach den gesetzlichen Vorschriften.",
        "Für Transportschäden kommen wir selbstverständlich auf.",
    ],
    "unilateral_termination": [
        "Wir sperren die Karte nicht ohne Grund.",
        "Die Kundin kann ihr Sparkonto jederzeit selbst auflösen.",
        "Wir werden Ihr Konto nicht ohne Grund sperren.",
        "Der Kunde kann die Geschäftsverbindung jederzeit ohne Einhaltung einer Frist kündigen.",
        "Wann darf Kranich mein Spielerkonto sperren?",
        "Bei Verlust können Sie Ihre Karte über die Hotline sperren lassen.",
        "Steigen die Gebühren, haben Sie das Recht, die Kundenbeziehung ohne Einhaltung einer Frist zu kündigen.",
    ],
    "contract_by_using": [
        "Mit dem Newsletter nehmen Sie an Gewinnspielen teil, für die diese Teilnahmebedingungen gelten.",
        "Mit der Anmeldung erklären Sie, dass Ihre Angaben stimmen; es gelten diese Bestimmungen.",
        "Bei der Registrierung werden Sie gebeten, die Bedingungen zu lesen.",
        "Sie sind an diese Bedingungen gebunden, wenn Sie sie ausdrücklich akzeptiert haben.",
        "Mit einem Klick auf „Registrieren“ akzeptierst du die AGB.",
        "Wer den Dienst nutzt, muss die Regeln beachten.",
        "Wer den Dienst nutzt, ist verpflichtet, die Regeln einzuhalten.",
        "Bitte lesen Sie diese Bedingungen, bevor Sie die App nutzen.",
        "Die Nutzung ist nur im Rahmen der Hausordnung erlaubt.",
        "Widersprechen Sie nicht, gilt dies als Zustimmung zu den geänderten Bedingungen.",
        "Wenn Sie auf unserer Seite weiter surfen, gehen wir davon aus, dass Sie Cookies akzeptieren.",
    ],
}


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in POSITIVE.items() for s in sentences])
def test_positive(category: str, sentence: str) -> None:
    assert category in _risk_categories(sentence), f"{category} missed: {sentence}"


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in NEGATIVE.items() for s in sentences])
def test_negative(category: str, sentence: str) -> None:
    assert category not in _risk_categories(sentence), f"{category} wrongly flagged: {sentence}"
