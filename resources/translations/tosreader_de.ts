<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="40"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="41"/>
        <source>Search the document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="42"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="43"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="44"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="56"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="58"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="59"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="289"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="292"/>
        <source>Show or hide %1 findings</source>
        <translation>Funde der Stufe %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="336"/>
        <source>Analysis running; grade pending</source>
        <translation>Analyse läuft; Note folgt</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="337"/>
        <source>No document analysed yet</source>
        <translation>Noch kein Dokument geprüft</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="346"/>
        <source>Grade %1 (score %2)</source>
        <translation>Note %1 (Punkte %2)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="384"/>
        <source>No findings to show</source>
        <translation>Keine Funde anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="418"/>
        <source>Good points</source>
        <translation>Gute Punkte</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="510"/>
        <source>Select a finding to read what it means.</source>
        <translation>Wählen Sie einen Fund, um zu lesen, was er bedeutet.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="511"/>
        <source>Open a document to see its findings.</source>
        <translation>Öffnen Sie ein Dokument, um seine Funde zu sehen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="522"/>
        <source>What it says</source>
        <translation>Was da steht</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="523"/>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="524"/>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="531"/>
        <source>Triggered by:</source>
        <translation>Ausgelöst durch:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="532"/>
        <source>The clause:</source>
        <translation>Die Klausel:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="541"/>
        <source>Also on this clause</source>
        <translation>Außerdem zu dieser Klausel</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="59"/>
        <source>Fair terms: few or no risks found</source>
        <translation>Faire Bedingungen: kaum oder keine Risiken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="60"/>
        <source>Mostly fair, a few points to note</source>
        <translation>Überwiegend fair, einige Punkte beachten</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="61"/>
        <source>Some clauses deserve a careful read</source>
        <translation>Einige Klauseln genau lesen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="62"/>
        <source>Several serious risks</source>
        <translation>Mehrere ernste Risiken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="63"/>
        <source>Many serious risks</source>
        <translation>Viele ernste Risiken</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="83"/>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="89"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="89"/>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="89"/>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="90"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="94"/>
        <source>Versions of this document</source>
        <translation>Versionen dieses Dokuments</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="95"/>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="97"/>
        <source>Select two versions to see what changed between them</source>
        <translation>Wählen Sie zwei Versionen, um zu sehen, was sich zwischen ihnen geändert hat</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="103"/>
        <source>Changes between the two versions</source>
        <translation>Änderungen zwischen den beiden Versionen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="134"/>
        <source>No stored versions of this document yet.</source>
        <translation>Von diesem Dokument sind noch keine Versionen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="182"/>
        <source>Comparing @{0} with @{1}…</source>
        <translation>Vergleiche @{0} mit @{1} …</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="198"/>
        <source>{0} added, {1} removed, {2} changed, {3} moved</source>
        <translation>{0} hinzugefügt, {1} entfernt, {2} geändert, {3} verschoben</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/history_view.py" line="214"/>
        <source>Could not compare: {0}</source>
        <translation>Vergleich nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="328"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="329"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="330"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="331"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="332"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="333"/>
        <source>Open &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="334"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="337"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="337"/>
        <source>&amp;Paste Text as Document</source>
        <translation>Text als Dokument &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="338"/>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="338"/>
        <source>&amp;Close Document</source>
        <translation>Dokument &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="339"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="339"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="339"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="340"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="340"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="341"/>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Fund</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="341"/>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Vorheriger Fund</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="342"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="342"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="343"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="343"/>
        <source>&amp;About ToS Reader</source>
        <translation>Ü&amp;ber ToS Reader</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="344"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="345"/>
        <location filename="../../tosreader/ui/main_window.py" line="346"/>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="345"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="346"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="351"/>
        <source>Next finding (F3)</source>
        <translation>Nächster Fund (F3)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="352"/>
        <source>Previous finding (Shift+F3)</source>
        <translation>Vorheriger Fund (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="353"/>
        <source>Paste a terms URL…</source>
        <translation>Adresse von AGB einfügen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="354"/>
        <source>Type or paste the address of a terms page and press Enter</source>
        <translation>Adresse einer AGB-Seite eingeben oder einfügen und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="355"/>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="356"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="357"/>
        <source>Read the terms before you agree</source>
        <translation>Erst lesen, dann zustimmen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="359"/>
        <source>Open a terms of service document (.txt, .md, .html, .pdf, .docx), drop it on this window, paste its text, or paste the address of a terms page above. Risky clauses are highlighted and explained in plain language.</source>
        <translation>Öffnen Sie Nutzungsbedingungen oder AGB (.txt, .md, .html, .pdf, .docx), ziehen Sie die Datei auf dieses Fenster, fügen Sie den Text ein oder oben die Adresse einer AGB-Seite. Riskante Klauseln werden hervorgehoben und verständlich erklärt.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="362"/>
        <source>Open a File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="363"/>
        <source>Paste Text</source>
        <translation>Text einfügen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="364"/>
        <source>Try a built-in sample:</source>
        <translation>Ein mitgeliefertes Beispiel ausprobieren:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="365"/>
        <source>No built-in samples are installed.</source>
        <translation>Es sind keine Beispiele installiert.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="454"/>
        <source>Terms documents</source>
        <translation>AGB-Dokumente</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="454"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="455"/>
        <source>Open Terms Document</source>
        <translation>AGB-Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="462"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="466"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="467"/>
        <source>Reading pasted text…</source>
        <translation>Eingefügter Text wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="472"/>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>„%1“ ist keine Webadresse (sie muss mit http:// oder https:// beginnen).</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="476"/>
        <source>Fetching web pages is not available in this version yet. Save the page from your browser and open the file instead.</source>
        <translation>Webseiten abrufen ist in dieser Version noch nicht möglich. Speichern Sie die Seite im Browser und öffnen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="480"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="485"/>
        <source>The clipboard holds no text to read.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="576"/>
        <location filename="../../tosreader/ui/main_window.py" line="657"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="597"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="597"/>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="597"/>
        <source>Analysing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="645"/>
        <source>First part highlighted; analysing the rest…</source>
        <translation>Erster Teil markiert; der Rest wird analysiert …</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="673"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="682"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="687"/>
        <source>1 risky clause</source>
        <translation>1 riskante Klausel</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="687"/>
        <source>%1 risky clauses</source>
        <translation>%1 riskante Klauseln</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="688"/>
        <source>1 good point</source>
        <translation>1 guter Punkt</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="688"/>
        <source>%1 good points</source>
        <translation>%1 gute Punkte</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="689"/>
        <source>%1, %2; language: %3</source>
        <translation>%1, %2; Sprache: %3</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="796"/>
        <source>Highlights risky clauses in terms of service and explains them. The rules are open data you can read and extend.</source>
        <translation>Hebt riskante Klauseln in Nutzungsbedingungen hervor und erklärt sie. Die Regeln sind offene Daten, die Sie lesen und erweitern können.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="800"/>
        <source>Rule packs:</source>
        <translation>Regelpakete:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="825"/>
        <source>About ToS Reader</source>
        <translation>Über ToS Reader</translation>
    </message>
</context>
<context>
    <name>ReaderExtras</name>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="76"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="77"/>
        <source>&amp;Export Summary…</source>
        <translation>Zusammenfassung &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="82"/>
        <source>Check for &amp;Updates</source>
        <translation>Auf &amp;Änderungen prüfen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="181"/>
        <source>The terms changed: a new version was recorded.</source>
        <translation>Die Bedingungen haben sich geändert: eine neue Version wurde aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="182"/>
        <source>No change since the last recorded version.</source>
        <translation>Keine Änderung seit der zuletzt aufgezeichneten Version.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="187"/>
        <source>Checking for updates…</source>
        <translation>Prüfe auf Änderungen …</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="198"/>
        <source>Export Summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="210"/>
        <source>Unsupported export format: %1</source>
        <translation>Nicht unterstütztes Exportformat: %1</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/extras.py" line="236"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="48"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="49"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="50"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="51"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="52"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
</context>
</TS>
