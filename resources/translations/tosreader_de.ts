<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="40" />
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="41" />
        <source>Search the document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="42" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="43" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="44" />
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="56" />
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="58" />
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/find_bar.py" line="59" />
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="123" />
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="126" />
        <source>Show or hide %1 findings</source>
        <translation>Funde der Stufe %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="157" />
        <source>No document analysed yet</source>
        <translation>Noch kein Dokument geprüft</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="166" />
        <source>Grade %1 (score %2)</source>
        <translation>Note %1 (Punkte %2)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="223" />
        <source>Good points</source>
        <translation>Gute Punkte</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="226" />
        <source>No findings to show</source>
        <translation>Keine Funde anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="316" />
        <source>Select a finding to read what it means.</source>
        <translation>Wählen Sie einen Fund, um zu lesen, was er bedeutet.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="317" />
        <source>Open a document to see its findings.</source>
        <translation>Öffnen Sie ein Dokument, um seine Funde zu sehen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="328" />
        <source>What it says</source>
        <translation>Was da steht</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="329" />
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="330" />
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="337" />
        <source>Triggered by:</source>
        <translation>Ausgelöst durch:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="338" />
        <source>The clause:</source>
        <translation>Die Klausel:</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="44" />
        <source>Fair terms: few or no risks found</source>
        <translation>Faire Bedingungen: kaum oder keine Risiken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="45" />
        <source>Mostly fair, a few points to note</source>
        <translation>Überwiegend fair, einige Punkte beachten</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="46" />
        <source>Some clauses deserve a careful read</source>
        <translation>Einige Klauseln genau lesen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="47" />
        <source>Several serious risks</source>
        <translation>Mehrere ernste Risiken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="48" />
        <source>Many serious risks</source>
        <translation>Viele ernste Risiken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="318" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="319" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="320" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="321" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="322" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="323" />
        <source>Open &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="324" />
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="325" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="327" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="327" />
        <source>&amp;Paste Text as Document</source>
        <translation>Text als Dokument &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="328" />
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="328" />
        <source>&amp;Close Document</source>
        <translation>Dokument &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="329" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="329" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="329" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="330" />
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="330" />
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="331" />
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Fund</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="331" />
        <source>&amp;Previous Finding</source>
        <translation>&amp;Vorheriger Fund</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="332" />
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="332" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="333" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="333" />
        <source>&amp;About ToS Reader</source>
        <translation>Ü&amp;ber ToS Reader</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="334" />
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="335" />
        <location filename="../../tosreader/ui/main_window.py" line="336" />
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="335" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="336" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="341" />
        <source>Next finding (F3)</source>
        <translation>Nächster Fund (F3)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="342" />
        <source>Previous finding (Shift+F3)</source>
        <translation>Vorheriger Fund (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="343" />
        <source>Paste a terms URL…</source>
        <translation>Adresse von AGB einfügen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="344" />
        <source>Type or paste the address of a terms page and press Enter</source>
        <translation>Adresse einer AGB-Seite eingeben oder einfügen und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="345" />
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="346" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="347" />
        <source>Read the terms before you agree</source>
        <translation>Erst lesen, dann zustimmen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="349" />
        <source>Open a terms of service document (.txt, .md, .html, .pdf, .docx), drop it on this window, paste its text, or paste the address of a terms page above. Risky clauses are highlighted and explained in plain language.</source>
        <translation>Öffnen Sie Nutzungsbedingungen oder AGB (.txt, .md, .html, .pdf, .docx), ziehen Sie die Datei auf dieses Fenster, fügen Sie den Text ein oder oben die Adresse einer AGB-Seite. Riskante Klauseln werden hervorgehoben und verständlich erklärt.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="352" />
        <source>Open a File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="353" />
        <source>Paste Text</source>
        <translation>Text einfügen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="354" />
        <source>Try a built-in sample:</source>
        <translation>Ein mitgeliefertes Beispiel ausprobieren:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="355" />
        <source>No built-in samples are installed.</source>
        <translation>Es sind keine Beispiele installiert.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="444" />
        <source>Terms documents</source>
        <translation>AGB-Dokumente</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="444" />
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="445" />
        <source>Open Terms Document</source>
        <translation>AGB-Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="452" />
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="456" />
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="457" />
        <source>Reading pasted text…</source>
        <translation>Eingefügter Text wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="462" />
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>„%1“ ist keine Webadresse (sie muss mit http:// oder https:// beginnen).</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="466" />
        <source>Fetching web pages is not available in this version yet. Save the page from your browser and open the file instead.</source>
        <translation>Webseiten abrufen ist in dieser Version noch nicht möglich. Speichern Sie die Seite im Browser und öffnen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="470" />
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="475" />
        <source>The clipboard holds no text to read.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="563" />
        <location filename="../../tosreader/ui/main_window.py" line="612" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="582" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="582" />
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="582" />
        <source>Analysing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="624" />
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="633" />
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="636" />
        <source>%1 risky clauses, %2 good points; language: %3</source>
        <translation>%1 riskante Klauseln, %2 gute Punkte; Sprache: %3</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="742" />
        <source>Highlights risky clauses in terms of service and explains them. The rules are open data you can read and extend.</source>
        <translation>Hebt riskante Klauseln in Nutzungsbedingungen hervor und erklärt sie. Die Regeln sind offene Daten, die Sie lesen und erweitern können.</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="746" />
        <source>Rule packs:</source>
        <translation>Regelpakete:</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/main_window.py" line="771" />
        <source>About ToS Reader</source>
        <translation>Über ToS Reader</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="33" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="34" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="35" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="36" />
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../tosreader/ui/findings_panel.py" line="37" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
</context>
</TS>