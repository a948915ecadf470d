"""German regression suite: short sentences written by us, per category, that must or must not be risks.

Each positive sentence must give a risk finding (severity low or above) of its category through the whole
pipeline (load_text + analyze); each negative one (negations, fair variants such as the consumer's home
courts or full liability for intent, the reader acting instead of the provider, unrelated uses of the same
words) must not. Fair variants that deserve a mention are checked for their ``info`` finding.
"""

from __future__ import annotations

import pytest

from tosreader.core.analysis import analyze, get_ruleset
from tosreader.core.loaders import load_text

POSITIVE: dict[str, list[str]] = {
    "arbitration": [
        "Das Schiedsverfahren wird nach den jeweils geltenden Verbraucherregeln der Schiedsstelle von Wyvern („Schiedsregeln“) durchgeführt.",
        "Das Schlichtungsverfahren soll schriftlich oder per Videokonferenz abgehalten werden.",
        "Du erkennst das US-Bundesschiedsgesetz (Federal Arbitration Act) als maßgeblich für diese Klausel an.",
        "Alle Streitigkeiten zwischen Ihnen und Lindwurm werden durch ein verbindliches Schiedsverfahren beigelegt.",
        "Jeder Anspruch ist ausschließlich schiedsgerichtlich nach den Regeln der ICC beizulegen.",
        "Der Schiedsspruch ist endgültig und bindend für beide Parteien.",
        "Über Ihre Ansprüche entscheidet nicht von einem Richter, sondern ein Schiedsrichter.",
        "Über alle Streitigkeiten zwischen den Parteien entscheidet ein Schiedsgericht in Stockholm.",
        "Sämtliche Streitigkeiten werden vor einem Schiedsgericht nach den Regeln der ICC verhandelt.",
        "Die Parteien vereinbaren, jeden Rechtsstreit einem Schiedsverfahren zu unterwerfen.",
        "Ansprüche werden im Wege eines verbindlichen Schiedsverfahrens beigelegt.",
        "Sie verzichten auf Ihr Recht auf ein Verfahren vor einem Geschworenengericht und auf Sammelklagen; Streitigkeiten werden schiedsgerichtlich entschieden.",
        "Die Parteien unterwerfen sich einem Schiedsverfahren in London.",
        "Der Schiedsspruch ist für beide Parteien bindend.",
        "Diese Schiedsvereinbarung gilt für alle Streitigkeiten zwischen Ihnen und Lindwurm.",
    ],
    "unilateral_change": [
        "Wir passen diese Nutzungsbedingungen von Zeit zu Zeit an.",
        "Wir nehmen gelegentlich Änderungen an diesen Bedingungen vor.",
        "Heron führt gelegentlich neue Gebühren ein.",
        "Änderungen dieser Bedingungen werden Ihnen per E-Mail mitgeteilt und gelten als genehmigt, wenn Sie nicht innerhalb von sechs Wochen widersprechen.",
        "Wir behalten uns vor, zu jeder Zeit den Umfang des Speicherplatzes einzuschränken und andere Einschränkungen vorzunehmen.",
        "Sie akzeptieren, dass Heron ohne Vorankündigung neue Verfahren und Limits für Überweisungen einführen darf.",
        "Wyvern kann die Partnerportale bei Bedarf aktualisieren.",
        "Wir ergänzen oder entfernen möglicherweise Funktionen unserer App.",
        "Jede Modifizierung oder Löschung der App erfolgt nach unserem eigenen und alleinigen Ermessen.",
        "Quillbox kann die Anweisungen zur Nutzung des Geräts aktualisieren.",
        "Wir behalten uns vor, diese Nutzungsbedingungen jederzeit zu ändern.",
        "Kranich ist berechtigt, den Funktionsumfang der App nach eigenem Ermessen anzupassen.",
        "Die Preise können von uns von Zeit zu Zeit angepasst werden.",
        "Wir entwickeln unsere Dienste ständig weiter und ändern sie fortlaufend.",
        "Es gilt jeweils die aktuelle Fassung, die auf unserer Website veröffentlicht ist.",
        "Diese Nutzungsbedingungen können sich von Zeit zu Zeit ändern.",
        "Technische Änderungen und Preisänderungen vorbehalten.",
        "Der Anbieter ist befugt, die Tarife einseitig anzupassen.",
        "Wir werden diese Nutzungsbedingungen gelegentlich aktualisieren.",
        "Diese AGB werden wir bei Bedarf überarbeiten.",
        "Ihr Monatspreis kann sich ändern.",
        "Lindwurm darf die Abonnementgebühr mit einer Frist von sechs Wochen anheben.",
        "Es liegt in unserem freien Ermessen, einzelne Funktionen zu ändern.",
        "Die Nutzungsentgelte können wir mit einer Ankündigungsfrist von 30 Tagen erhöhen.",
        "Ihre Zustimmung zu den geänderten Bedingungen gilt als erteilt, wenn Sie nicht binnen zwei Monaten widersprechen.",
        "Wir behalten uns vor, die App jederzeit abzuwandeln.",
        "Der Anbieter ist zu Preisanpassungen berechtigt.",
        "Wir sind zur Änderung dieser Bedingungen berechtigt.",
        "Jede Änderung oder Einstellung von Funktionen erfolgt nach unserem alleinigen Ermessen.",
        "Wir ändern diese Bedingungen gelegentlich.",
        "Die geänderten Bedingungen treten mit ihrer Veröffentlichung auf der Website in Kraft.",
        "Widersprechen Sie nicht innerhalb von sechs Wochen, gelten die Änderungen als genehmigt.",
    ],
    "content_removal": [
        "Heron kann Nutzerbeiträge jederzeit und ohne Angabe von Gründen löschen.",
        "Wir können Ihre Gen-Ergebnisse und Gen-Berichte jederzeit entfernen.",
        "Sie stimmen zu, dass Heron Ihren Benutzernamen aus berechtigtem Grund entfernen oder zurückverlangen kann.",
        "Wir können jederzeit deinen Nutzernamen zurückfordern.",
        "Wir können Beiträge, die gegen die Hausordnung verstoßen, ohne Vorwarnung löschen.",
        "Kranich behält sich das Recht vor, hochgeladene Fotos nach eigenem Ermessen zu entfernen.",
        "Kommentare können jederzeit und ohne Angabe von Gründen gesperrt werden.",
        "Wir sind berechtigt (aber nicht verpflichtet), Bewertungen zu prüfen und zu löschen.",
        "Verstößt ein Foto gegen diese Regeln, entfernen wir das Foto.",
        "Kranich behält sich die Löschung unzulässiger Beiträge vor.",
        "Wir sind zur Löschung von Beiträgen berechtigt, die Rechte Dritter verletzen.",
        "Die Entfernung von Kommentaren liegt in unserem freien Ermessen.",
        "Wir behalten uns vor, eingereichte Bewertungen nicht zu veröffentlichen.",
        "Nach eigenem Ermessen entscheiden wir, ob ein Beitrag veröffentlicht wird.",
        "Wir werden Inhalte, die gegen diese Regeln verstoßen, löschen.",
        "Wir sind berechtigt, Ihre Beiträge zu kürzen.",
        "Inhalte, die wir für unangemessen halten, können wir ohne Vorankündigung entfernen.",
        "Wir dürfen Ihre Videos jederzeit offline nehmen.",
        "Wir können die Sichtbarkeit Ihrer Beiträge einschränken.",
        "Nach Vertragsende werden Ihre Fotos gelöscht.",
        "Nachrichten, die gegen die Hausordnung verstoßen, können von Moderatoren entfernt werden.",
        "Verstößt ein Kommentar gegen diese Regeln, können wir ihn ohne Vorwarnung entfernen.",
        "Kranich kann Forenbeiträge und Rezensionen jederzeit löschen.",
        "Wir können folgende Maßnahmen ergreifen:\n\n- Löschung von Inhalten;\n\n- Sperrung von Beiträgen.",
        "Kranich ist berechtigt:\n\n(a) Kommentare zu kürzen;\n\n(b) Fotos ohne Vorwarnung zu entfernen.",
    ],
    "jurisdiction": [
        "Sie stimmen zu, dass solche Klagen an einem Gericht mit Sitz in Dublin erhoben werden.",
        "Ausschließlicher Gerichtsstand für alle Streitigkeiten ist Dublin.",
        "Sie stimmen der ausschließlichen Zuständigkeit der Gerichte in Delaware zu.",
        "Für alle Klagen sind ausschließlich die Gerichte von Ontario zuständig.",
        "Sie unterwerfen sich der persönlichen Gerichtsbarkeit der Gerichte in Texas.",
        "Zuständig sind ausschließlich die Gerichte in Kopenhagen.",
        "Die Parteien vereinbaren als Gerichtsstand Luxemburg.",
        "Sie erklären sich einverstanden, dass die Gerichte in Irland zuständig sind.",
        "Zuständiges Gericht ist das Landgericht Hamburg.",
        "Klagen sind vor den zuständigen Gerichten in Madrid zu erheben.",
        "Streitigkeiten sind vor dem Bezirksgericht in Zürich auszutragen.",
        "Die Gerichte von Malta sind für alle Streitigkeiten zuständig.",
        "Zuständig für sämtliche Klagen sind ausschließlich die Gerichte in Reykjavik.",
        "Für Streitigkeiten mit Kranich sind die schwedischen Gerichte zuständig.",
        "Die Zuständigkeit liegt bei den Gerichten in Tallinn.",
        "Klagen gegen Lindwurm können nur in Valletta erhoben werden.",
        "Alle Klagen müssen in Estland erhoben werden.",
        "Streitigkeiten werden ausschließlich vor den Bundes- oder Landesgerichten in Oregon verhandelt.",
        "Es gilt der Gerichtsstand Riga.",
        "Alle Ansprüche werden von den Gerichten in Vilnius entschieden.",
        "Sie unterwerfen sich der Gerichtsbarkeit der Gerichte im Staat Oregon.",
    ],
    "choice_of_law": [
        "Diese Bedingungen unterliegen den Gesetzen des Staates Oregon.",
        "Diese Bedingungen unterliegen dem Recht des Staates New York.",
        "Für diesen Vertrag gilt maltesisches Recht unter Ausschluss des UN-Kaufrechts.",
        "Auf diesen Vertrag findet englisches Recht Anwendung.",
        "Die Vereinbarung unterliegt den Gesetzen Irlands ohne Berücksichtigung kollisionsrechtlicher Bestimmungen.",
        "Dieser Vertrag ist nach dem Recht des Staates Oregon auszulegen.",
        "Diese Vereinbarung richtet sich nach finnischem Recht.",
        "Anwendbar ist ausschließlich estnisches Recht.",
        "Auf diese Bedingungen ist das Recht von Schottland anzuwenden.",
    ],
    "limitation_of_liability": [
        "Schadensersatzansprüche gegen Heron sind ausgeschlossen.",
        "Ansprüche des Nutzers auf Schadensersatz sind ausgeschlossen, soweit gesetzlich zulässig.",
        "Wir übernehmen keine Haftung für verlorene Dateien.",
        "Kranich haftet nicht für Schäden durch Ausfälle des Netzes.",
        "Im Falle leichter Fahrlässigkeit haften wir nur für den vorhersehbaren, vertragstypischen Schaden.",
        "Unsere Gesamthaftung ist auf die in den letzten zwölf Monaten gezahlten Entgelte begrenzt.",
        "In keinem Fall sind wir für Folgeschäden oder entgangenen Gewinn haftbar.",
        "Die Haftung für leicht fahrlässige Pflichtverletzungen ist ausgeschlossen.",
        "Sie tragen allein die Verantwortung für alle Schäden an Ihrem Gerät.",
        "Eine Haftung für die Richtigkeit der Fahrpläne wird nicht übernommen.",
        "Unsere Haftung beträgt höchstens 200 Euro je Schadensfall.",
        "Kranich steht nicht dafür ein, dass die Karten fehlerfrei sind.",
        "Bei kostenlosen Diensten haftet Lindwurm ausschließlich für Vorsatz und grobe Fahrlässigkeit.",
        "Soweit gesetzlich zulässig, schließen wir jede Haftung für Datenverluste aus.",
        "Für Schäden durch fremde Netze besteht keine Haftung.",
        "Sie erklären sich einverstanden, dass Kranich Ihnen oder Dritten gegenüber für eine Sperrung nicht haftbar ist.",
        "Wir haften nicht für:\n\n(a) Ausfälle fremder Netze;\n\n(b) verlorene Spielstände.",
        "Heron ist nur für Schäden haftbar, die bei Vertragsschluss typischerweise vorhersehbar waren.",
        "Wir sind Ihnen gegenüber nur für den Ersatz der defekten Ladekarte verantwortlich.",
        "Wir sind in keinem Fall für Verluste, Datenverluste oder Schäden an Geräten, die Ihnen beim Herunterladen von Material oder bei der Nutzung der Website entstehen, verantwortlich.",
        "Auf keinen Fall ist Wyvern für das Abschalten einzelner Funktionen haftbar.",
        "Quillbox darf die Testphase jederzeit beenden, ohne dass dabei Haftungsansprüche gegen Quillbox entstehen.",
    ],
    "unilateral_termination": [
        "Wyvern kann Nutzerkonten ohne Vorwarnung sperren.",
        "Wir können z. B. Ihr Konto deaktivieren, wenn es zwei Jahre lang nicht genutzt wurde.",
        "Auch Wyvern kann diese Nutzungsbedingungen Ihnen gegenüber jederzeit kündigen.",
        "Wir haben ein Verfahren eingeführt, nach dem wir die Konten von Mitgliedern, die wiederholt Rechte verletzen, nach eigenem Ermessen sperren können.",
        "Wiederholte Verstöße können zu einer dauerhaften Sperrung Ihres Heron-Kontos führen.",
        "Wir behalten uns vor, den Dienst jederzeit zu ändern oder einzustellen.",  # einstellen zählt als Kündigung
        "Wir können Ihr Konto jederzeit und ohne Angabe von Gründen sperren.",
        "Kranich ist berechtigt, den Vertrag fristlos zu kündigen.",
        "Inaktive Konten können nach zwei Jahren gelöscht werden.",
        "Ein Verstoß gegen diese Regeln kann zur Sperrung Ihres Kontos führen.",
        "Ihr Recht zur Nutzung der App erlischt automatisch, wenn Sie gegen diese Bedingungen verstoßen.",
        "Wir behalten uns das Recht vor, Bestellungen ohne Begründung zu stornieren.",
        "Bei Missbrauch sperren wir Ihr Konto sofort.",
        "Es steht uns frei, die Mitgliedschaft jederzeit zu beenden.",
        "Wer betrügt, kann von der Nutzung des Dienstes ausgeschlossen werden.",
        "Der Anbieter ist zur Sperrung des Kontos berechtigt, wenn der Nutzer gegen diese Regeln verstößt.",
        "Wir sind berechtigt, das Vertragsverhältnis aus wichtigem Grund fristlos zu kündigen.",
        "Eine Sperrung des Zugangs ist auch ohne vorherige Abmahnung zulässig.",
        "In diesem Fall wird Ihr Konto ohne Vorwarnung gesperrt.",
        "Der Nutzer kann von der Teilnahme an der Plattform ausgeschlossen werden.",
        "Eine Kündigung durch Lindwurm ist jederzeit mit einer Frist von vier Wochen möglich.",
        "Bei Verstößen können wir geeignete Maßnahmen ergreifen, bis hin zur Sperrung Ihres Kontos.",
        "Bei wiederholten Verstößen droht die dauerhafte Sperrung.",
        "Wir dürfen Ihnen den Zugang zur App jederzeit verweigern.",
        "Kranich kann Ihren Zugriff auf einzelne Funktionen beschränken.",
        "Wir können Spieler, die schummeln, vom Spiel ausschließen.",
        "Wir können wiederholten Rechtsverletzern kündigen.",
        "Sofern hier keine kürzere Frist genannt ist, ist Kranich berechtigt, den Vertrag mit einer Frist von zwei Monaten zu beenden.",
        "Kranich ist berechtigt, die Verwendung Ihres Kontos vorübergehend auszusetzen.",
        "Wenn wir Ihr Konto kündigen, verfallen Ihre gesammelten Punkte.",
        "Sie erklären sich einverstanden, dass wir Ihren Zugang jederzeit sperren können.",
        "Falls Ihr Konto gesperrt wird, erhalten Sie eine E-Mail.",
        "Bei einem Verstoß erlischt Ihr Recht zur Nutzung der App ohne weiteres automatisch.",
        "Ein wichtiger Grund liegt insbesondere vor, wenn der Nutzer gegen diese AGB verstößt.",
        "Im Falle eines Verstoßes kann Lindwurm folgende Maßnahmen ergreifen:\n\n- Verwarnung des Nutzers;\n\n- vorübergehende Sperrung des Kontos.",
        "Wir können Maßnahmen ergreifen, z. B. Ihr Konto vorübergehend sperren.",
        "Zu den Gründen für eine Sperrung des Kontos gehören unter anderem Betrug und Spam.",
        "Wir stellen die Bereitstellung des Dienstes für Sie ein, wenn Sie diese Bedingungen nicht akzeptieren.",
        "Lindwurm kann Sie jederzeit vom Dienst ausschließen.",
        "Die Sperrung kann auch ohne vorherige Abmahnung erfolgen.",
        "Kranich darf Nutzer, die gegen die Hausordnung verstoßen, dauerhaft sperren.",
        "Wir werden Ihr Konto schließen, wenn Sie gegen diese Bedingungen verstoßen.",
        "Wir sperren Konten, die Spam versenden.",
        "Nach einer Kündigung durch uns werden bereits gezahlte Gebühren anteilig erstattet.",
        "Ist die Zahlung überfällig, wird Kranich Ihren Zugang zum Dienst vorübergehend sperren.",
        "Wir sind berechtigt:\n\n(a) Ihr Konto zu sperren;\n\n(b) den Vertrag fristlos zu kündigen.",
    ],
    "contract_by_using": [
        "Durch Ihre Nutzung der Dienste kommt ein Vertrag zu diesen Bedingungen zustande.",
        "Durch das Öffnen der Heron-App erkennst du diese AGB und unsere Hausregeln als verbindlich an.",
        "Wenn du die Zusatzdienste von Wyvern nutzt, werden deren Sonderbedingungen Bestandteil deines Vertrages mit uns.",
        "Durch die Registrierung bei Quillbox gehen Sie einen verbindlichen Vertrag mit der Quillbox GmbH ein.",
        "Durch die Nutzung der App stimmen Sie zu, sich an diese Nutzungsbedingungen zu halten.",
        "Durch die Nutzung der App erklären Sie sich mit diesen Bedingungen einverstanden.",
        "Indem Sie die Website besuchen, akzeptieren Sie diese Nutzungsbedingungen.",
        "Wenn du den Dienst nach einer Änderung weiterhin nutzt, bist du an die neuen Bedingungen gebunden.",
        "Die fortgesetzte Nutzung des Dienstes gilt als Zustimmung zu den geänderten AGB.",
        "Die Nutzung der Plattform setzt Ihre Zustimmung zu diesen Bedingungen voraus.",
        "Die Nutzung des Dienstes gilt als Annahme dieser Bedingungen.",
        "Mit dem Zugriff auf die Website gelten diese Bedingungen als angenommen.",
        "Mit Ihrer Bestellung erkennen Sie diese AGB an.",
        "Diese Bedingungen sind ab dem Zeitpunkt Ihrer ersten Nutzung für Sie verbindlich.",
        "Mit der Erstellung eines Kontos stimmen Sie diesen Bedingungen zu.",
        "Nutzen Sie die App nach Inkrafttreten der Änderungen weiter, gelten die neuen Bedingungen als angenommen.",
        "Sobald Sie die Website besuchen, gelten diese Bedingungen als vereinbart.",
        "Die Nutzung des Portals ist nur unter Anerkennung dieser Bedingungen gestattet.",
        "Durch die Registrierung oder die Nutzung der App bestätigen Sie, dass Sie diese Bedingungen gelesen haben und annehmen.",
        "Mit dem Aufruf der Seite erkennen Sie diese Regeln an.",
        "Ihre Nutzung der Dienste stellt Ihre Zustimmung zu diesen Bedingungen dar.",
        "Der Zugriff auf den Dienst erfolgt unter der Bedingung, dass Sie diese Bedingungen akzeptieren.",
        "Mit der Installation der Software nehmen Sie diese Lizenzbedingungen an.",
        "Nutzen Sie unsere Website, so erklären Sie sich mit diesen Bedingungen einverstanden.",
        "Diese Nutzungsbedingungen sind mit Beginn der Nutzung für Sie verbindlich.",
        "Mit dem Betreten der Website erklärst du dich mit diesen Regeln einverstanden.",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "arbitration": [
        "Die Schiedsvereinbarung gilt nicht für Verbraucher mit Wohnsitz in der EU.",
        "Die EU-Kommission stellt eine Plattform zur Online-Streitbeilegung bereit.",
        "Wir sind nicht bereit, an einem Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.",
        "Bei Streitigkeiten können Sie sich an die Schlichtungsstelle für Verbraucher wenden.",
        "Weitere Informationen zum Schiedsverfahren finden Sie in Abschnitt 14.",
    ],
    "unilateral_change": [
        "Gelegentlich nehmen wir geringfügige formale Korrekturen und redaktionelle Änderungen am Wortlaut vor.",
        "Wir nehmen Änderungen nur vor, wenn sie für Sie zumutbar sind.",
        "Sie räumen allen anderen Mitgliedern das Recht ein, Ihre Beiträge auf der Plattform zu nutzen und anzupassen.",
        "Die Heron-Software kann automatisch auf Ihrem Gerät aktualisiert werden, sobald eine neue Version verfügbar ist.",
        "Wir behalten uns vor, jederzeit Fehler zu beheben und Daten zu aktualisieren.",
        "Wyvern kann Ihre Nutzung des Dienstes gemäß diesen Bedingungen vorübergehend einschränken.",
        "Wenn wir eine redaktionelle Änderung vornehmen, können wir das Datum der letzten Aktualisierung dieser Bedingungen anpassen.",
        "Bitte beachten Sie, dass Sie die Einstellungen Ihres Profils jederzeit ändern können.",
        "Sie können Ihren Benutzernamen jederzeit in den Einstellungen ändern.",
        "Diese Bedingungen können nur durch eine schriftliche Vereinbarung beider Seiten geändert werden.",
        "Wir können Ihr Konto sperren, wenn Sie gegen die Regeln verstoßen.",
        "Wir werden diese Bedingungen niemals ohne Ihre Zustimmung ändern.",
        "Wir informieren Sie per E-Mail über Änderungen dieser Bedingungen.",
        "Sie können jederzeit Ihre Spracheinstellung ändern.",
        "Wenn wir diese Bedingungen aktualisieren, benachrichtigen wir Sie vorab.",
        "Wir erheben keine Gebühren für die Registrierung.",
        "Sie können Ihre Zahlungsmethode jederzeit ändern.",
        "Diese Vereinbarung kann nur schriftlich durch beide Parteien geändert werden.",
        "Wir können den Zugang zum Dienst deaktivieren, wenn Sie gegen die Regeln verstoßen.",
        "Sie können Funktionen in den Einstellungen deaktivieren.",
        "Kranich kann Ihre Nutzung des Dienstes vorübergehend einschränken.",
    ],
    "content_removal": [
        "Wir sind nicht dazu verpflichtet, Beiträge zu löschen, die Sie bloß unhöflich finden.",
        "Verstößt ein App-Anbieter gegen unsere Regeln, können wir die Inhalte Dritter aus dem Store entfernen.",
        "Quillbox kann Ihren Zugang zu den Inhalten des Dienstes aus wichtigem Grund sperren.",
        "Sie können Ihre eigenen Beiträge jederzeit löschen.",
        "Wir werden Ihre Inhalte nicht ohne Begründung entfernen.",
        "Können Sie Inhalte entfernen, die Sie geteilt haben?",
        "Beiträge, die nur unhöflich sind, werden von uns nicht entfernt.",
        "Andere Nutzer können Fotos, die Sie teilen, speichern oder löschen.",
        "Wenn wir einen Beitrag entfernen, informieren wir Sie über die Gründe.",
        "Wenn wir einen von Ihnen geteilten Beitrag wegen eines Verstoßes entfernen, informieren wir Sie.",
        "Sie können entscheiden, Ihre Fotos nicht zu veröffentlichen.",
        "Wir entfernen Ihre Inhalte nicht ohne Begründung.",
        "Sie können uns bitten, Inhalte zu entfernen, die Sie betreffen.",
        "Wenn Sie einen Beitrag veröffentlichen, können Sie ihn jederzeit löschen.",
        "Wenn Sie Ihr Konto löschen, werden Ihre Inhalte nach 30 Tagen gelöscht.",
        "Sie haben das Recht:\n\n(a) Ihre Beiträge zu löschen;\n\n(b) Ihre Fotos zu bearbeiten.",
    ],
    "jurisdiction": [
        "Wenn Sie in Italien wohnen, sind ausschließlich die Gerichte in Italien zuständig.",
        "Dem Schlichter fällt die ausschließliche Zuständigkeit für Fragen zur Auslegung dieser Klausel zu.",
        "Als Verbraucher können Sie auch vor den Gerichten Ihres Wohnsitzes klagen.",
        "Ist der Kunde Kaufmann, ist ausschließlicher Gerichtsstand Hamburg.",
        "Es wird die nicht-ausschließliche Zuständigkeit der Gerichte in Graz vereinbart.",
        "Für Streitigkeiten sind die Gerichte in Deutschland zuständig.",
        "Gerichtsstand ist der Wohnsitz des Verbrauchers.",
        "Sie können auch vor den Gerichten Ihres Landes klagen.",
        "Streitigkeiten werden vor einem Schiedsgericht in Genf ausgetragen.",
        "Ansprüche müssen innerhalb eines Jahres erhoben werden.",
        "Streitigkeiten werden von den Gerichten in Ihrem Wohnsitzstaat entschieden.",
    ],
    "choice_of_law": [
        "Wenn Sie in Spanien wohnen, unterliegen diese Bedingungen spanischem Recht.",
        "Wenn Sie in Frankreich leben, gilt für diesen Vertrag französisches Recht.",
        "Es gilt das Recht des Landes, in dem Sie Ihren Wohnsitz haben.",
        "Zwingende Verbraucherschutzvorschriften Ihres Aufenthaltsstaates bleiben unberührt.",
        "Es gilt deutsches Recht.",
        "Sie verpflichten sich, alle anwendbaren US-amerikanischen Exportgesetze einzuhalten.",
        "Nach europäischem Recht sind Sie berechtigt, eine Kopie Ihrer Daten zu erhalten.",
        "Das Recht von Nutzern auf Widerruf bleibt unberührt.",
    ],
    "limitation_of_liability": [
        "Heron übernimmt keine Verantwortung für Ihre Auswahl der gebuchten Kurse.",
        "Wir übernehmen keinerlei Haftung für die Folgen Ihrer Handlungen beim Teilen Ihres Passworts.",
        "Wyvern ist nicht Vertragspartner und übernimmt daher keine Haftung für den Kaufvertrag mit dem Händler.",
        "Für Vorsatz und grobe Fahrlässigkeit haften wir unbeschränkt.",
        "Diese Haftungsbeschränkungen gelten nicht, wenn Leben, Körper oder Gesundheit verletzt werden.",
        "Nichts in diesen Bedingungen beschränkt unsere Haftung für Betrug.",
        "Sie sind verantwortlich dafür, Ihr Passwort geheim zu halten.",
        "Wir sind nicht für die Inhalte verlinkter Websites Dritter verantwortlich.",
        "Nichts in diesen Bedingungen schließt unsere Haftung aus für:\n\n(a) Betrug;\n\n(b) Schäden an Leben und Gesundheit.",
        # Der Leser haftet selbst, stellt frei oder hat den Schaden selbst verursacht
        "Wenn Sie die Hausregeln von Heron nicht einhalten, haften Sie für alle daraus entstehenden Schäden.",
        "Sie haften für sämtliche Gebühren und sonstigen Schäden, die Heron durch Ihren Verstoß entstehen.",
        "Sie stimmen zu, Wyvern von allen Forderungen und Haftungen, einschließlich, aber nicht beschränkt auf Anwaltskosten, freizustellen und schadlos zu halten.",
        "Wir haften nicht für Verluste, die entstehen, weil Sie Ihr Passwort, Ihre PIN oder Ihr Gerät nicht geschützt haben.",
        "Für Schäden aus einem Ihnen zurechenbaren Fehlverhalten kommt Quillbox nicht auf.",
        "Sie allein (und nicht Heron) tragen die Verantwortung für die Einhaltung Ihrer örtlichen Steuergesetze.",
        # Keine Prüfpflicht; Websites und Apps Dritter; ein Dritter schließt für sich etwas aus
        "Wir sind nicht verantwortlich für die Prüfung und Bewertung der Gutscheine unserer Partner.",
        "Wyvern ist nicht verantwortlich für die Inhalte, die auf Websites oder Apps Dritter abrufbar sind.",
        "Apple haftet nicht für folgende Ansprüche:\n\n(a) Ansprüche aus Produkthaftung;\n\n(b) Ansprüche aus Verbraucherschutzgesetzen.",
    ],
    "unilateral_termination": [
        "7. Wann wir Ihr Konto sperren können",
        "12. Wie kann ich mein Konto schließen?",
        "Ihr Abonnement endet automatisch mit Ablauf des vorausbezahlten Zeitraums.",
        "Wir informieren Sie über die Sperrung des Kontos und soweit möglich über die Gründe.",
        "Wir behalten uns vor, den Zugang zu einzelnen Beiträgen zu sperren, wenn diese gegen die Hausordnung verstoßen.",
        "Bitte beachten Sie, dass Sie die Konten Ihrer Kinder jederzeit selbst löschen können.",
        "Sie können Ihr Abonnement jederzeit in den Einstellungen kündigen.",
        "Wir werden Ihr Konto nicht ohne vorherige Warnung sperren.",
        "Im Profil können Sie Ihr Konto selbst löschen.",
        "Haben Sie das Recht, den Vertrag zu widerrufen?",
        "Wir dürfen Ihr Konto nur sperren, wenn Sie erheblich gegen diese Regeln verstoßen.",
        "Um Ihr Recht auf Rücktritt auszuüben, schreiben Sie uns eine E-Mail.",
        "Das Recht beider Parteien zur Kündigung aus wichtigem Grund bleibt unberührt.",
        "Wir sperren Ihr Konto nicht ohne vorherige Anhörung.",
        "Der Nutzer kann nicht ohne vorherige Anhörung gesperrt werden.",
        "Der Vertrag kann von Ihnen jederzeit gekündigt werden.",
        "Eine Kündigung durch Sie ist jederzeit möglich.",
        "Personen unter 16 Jahren sind von der Nutzung ausgeschlossen.",
        "Wie wird mein Konto geschlossen?",
        "Nach der Kündigung Ihres Kontos sind wir berechtigt, Ihre gespeicherten Daten zu löschen.",
        "Ihr Arbeitgeber kann Ihr Konto verwalten oder deaktivieren.",
        "Sie haben das Recht:\n\n(a) Ihr Konto zu löschen;\n\n(b) den Vertrag zu kündigen.",
        "Sie können Ihrem Kind zeigen, wie das Konto gelöscht werden kann.",
        "Diese Lizenz endet, wenn Ihr Foto aus unseren Systemen gelöscht wird.",
        "Wenn Ihr Konto Ihrer Meinung nach irrtümlich deaktiviert worden ist, wenden Sie sich an uns.",
        "Geben Sie das Material an, zu dem der Zugang deaktiviert werden soll.",
        "Ihre Zahlungsdaten werden gespeichert, bis das Nutzerkonto gelöscht wird.",
        "Wir nennen Ihnen die Gründe für diese Sperrung.",
    ],
    "contract_by_using": [
        "Durch die Nutzung der App stimmen Sie zu, von Heron Servicemitteilungen per E-Mail zu erhalten.",
        "Wenn Sie Quillbox im Auftrag Ihres Arbeitgebers nutzen, akzeptiert Ihr Arbeitgeber diese Bedingungen.",
        "Wenn du Wyvern für gewerbliche Zwecke nutzen möchtest, musst du zusätzlich unseren Händlerbedingungen zustimmen.",
        "Wenn du den Tresor nutzt, gelten die Tresor-AGB, mit denen du dich einverstanden erklärt hast.",
        "Durch die Bestätigung dieser Bedingungen erklären Sie sich mit einer Anmeldung zum Newsletter einverstanden.",
        "Wenn Sie diesen Bedingungen nicht zustimmen, dürfen Sie den Dienst nicht nutzen.",
        "Durch die Nutzung der Kamera erklären Sie sich einverstanden, dass wir Ihr Foto speichern.",
        "Die Nutzung des Forums setzt eine Anmeldung voraus.",
        "Der Vertrag kommt zustande, wenn wir Ihre Bestellung per E-Mail bestätigen.",
        "Durch die Nutzung der Suche erkennen Sie schneller, welche Inhalte neu sind.",
        "Durch Anklicken von „Zustimmen“ akzeptieren Sie diese Bedingungen.",
        "Durch die Nutzung der App bestätigen Sie, dass Sie mindestens 16 Jahre alt sind.",
        "Falls Sie mit den Regeln von Kranich nicht einverstanden sind, verwenden Sie die App bitte nicht.",
        "Die Nutzung Ihrer Fotos für Werbung bedarf Ihrer gesonderten Zustimmung.",
    ],
}

# Fair clauses that should be shown as noteworthy (info) in their category, not as risks.
FAIR_INFO: list[tuple[str, str]] = [
    ("jurisdiction", "Als Verbraucher können Sie auch vor den Gerichten Ihres Wohnsitzes klagen."),
    ("jurisdiction", "Ist der Kunde Kaufmann, ist ausschließlicher Gerichtsstand Hamburg."),
    ("choice_of_law", "Zwingende Verbraucherschutzvorschriften Ihres Aufenthaltsstaates bleiben unberührt."),
    ("limitation_of_liability", "Für Vorsatz und grobe Fahrlässigkeit haften wir unbeschränkt."),
    ("unilateral_change", "Bitte lesen Sie diese Bedingungen regelmäßig, um über Änderungen informiert zu sein."),
    ("limitation_of_liability", "Die Nutzung der Karten erfolgt auf Ihr eigenes Risiko."),
]


def _findings(text: str):
    ruleset = get_ruleset("de", include_user=False)
    return analyze(load_text(text), "de", ruleset=ruleset).findings


def _risk_categories(text: str) -> set[str]:
    return {f.category for f in _findings(text) if f.severity.is_risk}


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in POSITIVE.items() for s in sentences])
def test_positive(category: str, sentence: str) -> None:
    assert category in _risk_categories(sentence), f"{category} missed: {sentence}"


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in NEGATIVE.items() for s in sentences])
def test_negative(category: str, sentence: str) -> None:
    assert category not in _risk_categories(sentence), f"{category} wrongly flagged: {sentence}"


@pytest.mark.parametrize(("category", "sentence"), FAIR_INFO)
def test_fair_clause_is_info(category: str, sentence: str) -> None:
    severities = {f.severity.value for f in _findings(sentence) if f.category == category}
    assert severities == {"info"}, f"{category}: {sentence} -> {severities}"


def test_matched_words_lie_in_the_text() -> None:
    text = "Wir können Ihr Konto jederzeit sperren."
    analysis = analyze(load_text(text), "de", ruleset=get_ruleset("de", include_user=False))
    risks = [f for f in analysis.findings if f.severity.is_risk]
    assert risks
    for f in risks:
        assert analysis.document.text[f.match_start:f.match_end] == f.matched
        assert f.explanation.what and f.explanation.why and f.explanation.action


def test_every_unfair_category_is_covered() -> None:
    categories = get_ruleset("de", include_user=False).categories
    unfair = {c for c, cat in categories.items() if cat.group == "unfair"}
    assert unfair <= set(POSITIVE) and unfair <= set(NEGATIVE)
