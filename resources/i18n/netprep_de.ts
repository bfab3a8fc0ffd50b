<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Today</source>
        <extracomment>The sidebar&apos;s sections in its order, with their menu text: Ctrl+1… follow this order.</extracomment>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Empfehlungen</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rückblick</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the form you are editing</source>
        <translation>Das Formular speichern, das Sie bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Kontakt &amp;suchen</translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation>Ihre Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Den ausgewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>Treffen &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>Build a brief for a meeting</source>
        <translation>Ein Briefing für ein Treffen erstellen</translation>
    </message>
    <message>
        <source>&amp;Export brief as PDF…</source>
        <translation>Briefing als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the brief as a PDF</source>
        <translation>Das Briefing als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>Briefing &amp;drucken…</translation>
    </message>
    <message>
        <source>Copy &amp;brief</source>
        <translation>Briefing &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the brief to paste elsewhere</source>
        <translation>Das Briefing kopieren, um es anderswo einzufügen</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>LinkedIn, Google, vCard…</source>
        <translation>LinkedIn, Google, vCard…</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A backup, or contacts as CSV or vCard</source>
        <translation>Eine Sicherung oder Kontakte als CSV oder vCard</translation>
    </message>
    <message>
        <source>Undo import or merge</source>
        <translation>Import oder Zusammenführen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Merge contacts…</source>
        <translation>Kontakte &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Two contacts who are the same person</source>
        <translation>Zwei Kontakte, die dieselbe Person sind</translation>
    </message>
    <message>
        <source>&amp;About netprep</source>
        <translation>Über &amp;netprep</translation>
    </message>
</context>
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <source>Add a follow-up</source>
        <translation>Follow-up hinzufügen</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>Art des Follow-ups</translation>
    </message>
    <message>
        <source>Why they should meet, in a few words</source>
        <translation>Warum sie sich kennenlernen sollten, in wenigen Worten</translation>
    </message>
    <message>
        <source>What to do, e.g. Send Grace the virtual wards paper</source>
        <translation>Was zu tun ist, z. B. Grace den Artikel über virtuelle Stationen schicken</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Introduce to</source>
        <translation>Vorstellen bei</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Introduce {a} and {b}</source>
        <translation>{a} und {b} miteinander bekannt machen</translation>
    </message>
    <message>
        <source>Choose the contact this follow-up is about.</source>
        <translation>Wählen Sie den Kontakt, um den es bei diesem Follow-up geht.</translation>
    </message>
</context>
<context>
    <name>AgendaEditorDialog</name>
    <message>
        <source>Common-ground hooks</source>
        <translation>Gemeinsamkeiten als Einstieg</translation>
    </message>
    <message>
        <source>Your three-sentence overview</source>
        <translation>Ihr Überblick in drei Sätzen</translation>
    </message>
    <message>
        <source>The three questions (with insight fields)</source>
        <translation>Die drei Fragen (mit Feldern für Erkenntnisse)</translation>
    </message>
    <message>
        <source>Referral slots</source>
        <translation>Felder für Empfehlungen</translation>
    </message>
    <message>
        <source>What to offer back</source>
        <translation>Was Sie zurückgeben können</translation>
    </message>
    <message>
        <source>Nothing from the brief</source>
        <translation>Nichts aus dem Briefing</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Agenda bearbeiten</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>&amp;Add phase</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>e.g. 2 or 2.5</source>
        <translation>z. B. 2 oder 2,5</translation>
    </message>
    <message>
        <source>Brief section shown</source>
        <translation>Angezeigter Teil des Briefings</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source>&amp;Shows</source>
        <translation>&amp;Zeigt</translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation>Hin&amp;weise</translation>
    </message>
    <message>
        <source>Reset to the book&apos;s agenda</source>
        <translation>Auf die Agenda aus dem Buch zurücksetzen</translation>
    </message>
    <message>
        <source>{name} · {minutes} min</source>
        <translation>{name} · {minutes} Min.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), {minutes} minutes in all</source>
        <translation>
            <numerusform>%n Phase, insgesamt {minutes} Minuten</numerusform>
            <numerusform>%n Phasen, insgesamt {minutes} Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Unsaved agenda</source>
        <translation>Nicht gespeicherte Agenda</translation>
    </message>
    <message>
        <source>Save your changes to the agenda?</source>
        <translation>Ihre Änderungen an der Agenda speichern?</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>netprep cannot open your data</source>
        <extracomment>Imported by the opening thread once the data is read, so that the GUI thread finds them loaded (the window&apos;s module and the page it opens on).</extracomment>
        <translation>netprep kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>{problem}

Restore the unreadable file(s) from the backup “{backup}” (it holds {holds})? Only the unreadable files are replaced; each is kept beside it, renamed “….corrupt-&lt;time&gt;”, so nothing is deleted.</source>
        <translation>{problem}

Die unlesbaren Dateien aus der Sicherung „{backup}“ wiederherstellen (sie enthält {holds})? Nur die unlesbaren Dateien werden ersetzt; jede bleibt daneben erhalten, umbenannt in „….corrupt-&lt;Zeit&gt;“, sodass nichts gelöscht wird.</translation>
    </message>
    <message>
        <source>netprep cannot read a data file</source>
        <translation>netprep kann eine Datendatei nicht lesen</translation>
    </message>
    <message>
        <source>netprep could not restore the backup</source>
        <translation>netprep konnte die Sicherung nicht wiederherstellen</translation>
    </message>
    <message>
        <source>netprep is already open on this data folder: its window is brought forward.</source>
        <translation>netprep ist mit diesem Datenordner bereits geöffnet: Sein Fenster wird in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>BackgroundBuilder</name>
    <message>
        <source>The brief could not be built: {reason}</source>
        <translation>Das Briefing konnte nicht erstellt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Unexpected error: {error}. Nothing was imported.</source>
        <translation>Unerwarteter Fehler: {error}. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Kontaktaufnahme</numerusform>
            <numerusform>%n Kontaktaufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n Empfehlung</numerusform>
            <numerusform>%n Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Follow-up</numerusform>
            <numerusform>%n Follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>contents unknown (it could not be read)</source>
        <translation>Inhalt unbekannt (konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>{counts} fewer than now</source>
        <translation>{counts} weniger als jetzt</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>BriefEditor</name>
    <message>
        <source>Your overview</source>
        <translation>Ihr Überblick</translation>
    </message>
    <message>
        <source>Three sentences, about a minute spoken: who you are, what you are good at, why this meeting.</source>
        <translation>Drei Sätze, gesprochen etwa eine Minute: wer Sie sind, was Sie gut können, warum dieses Treffen.</translation>
    </message>
    <message>
        <source>Sentence {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>Overview sentence {number}</source>
        <translation>Überblick, Satz {number}</translation>
    </message>
    <message>
        <source>Three insight questions</source>
        <translation>Drei Fragen für Erkenntnisse</translation>
    </message>
    <message>
        <source>Common ground to open with</source>
        <translation>Gemeinsamkeiten für den Einstieg</translation>
    </message>
    <message>
        <source>Add a hook</source>
        <translation>Einstieg hinzufügen</translation>
    </message>
    <message>
        <source>Something you share with them</source>
        <translation>Etwas, das Sie gemeinsam haben</translation>
    </message>
    <message>
        <source>What to offer back</source>
        <translation>Was Sie zurückgeben können</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>An article, an introduction, a hand</source>
        <translation>Ein Artikel, eine Vorstellung, eine helfende Hand</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>Nicht fragen</translation>
    </message>
    <message>
        <source>You can already find these out: asking wastes their time.</source>
        <translation>Das können Sie selbst herausfinden: Danach zu fragen kostet die Person Zeit.</translation>
    </message>
    <message>
        <source>Careful (from your notes)</source>
        <translation>Vorsicht (aus Ihren Notizen)</translation>
    </message>
    <message>
        <source>Add a caution</source>
        <translation>Vorsicht hinzufügen</translation>
    </message>
    <message>
        <source>A topic to steer clear of</source>
        <translation>Ein Thema, das Sie meiden sollten</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Something already known</source>
        <translation>Etwas bereits Bekanntes</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <source>Your notes were not sure of these: ask, don&apos;t assert.</source>
        <translation>Ihre Notizen waren sich hier nicht sicher: fragen, nicht behaupten.</translation>
    </message>
    <message>
        <source>Something to confirm</source>
        <translation>Etwas zum Bestätigen</translation>
    </message>
    <message>
        <source>Ask for three names</source>
        <translation>Nach drei Namen fragen</translation>
    </message>
    <message>
        <source>Who else should I talk to?</source>
        <translation>Mit wem sollte ich noch sprechen?</translation>
    </message>
    <message>
        <source>How you ask for three names</source>
        <translation>Wie Sie nach drei Namen fragen</translation>
    </message>
    <message>
        <source>Research gaps</source>
        <translation>Recherchelücken</translation>
    </message>
    <message>
        <source>{words} words · about {seconds} s spoken</source>
        <translation>{words} Wörter · ca. {seconds} s</translation>
    </message>
    <message>
        <source> — over a minute: trim it</source>
        <translation> – über eine Minute: bitte kürzen</translation>
    </message>
</context>
<context>
    <name>BriefOutput</name>
    <message>
        <source>Rendering the brief with your template…</source>
        <extracomment>(suggested path, file-type filter) -&gt; the chosen path, or &quot;&quot; when cancelled. What to export: the brief and its meeting context, or None when there is none.</extracomment>
        <translation>Das Briefing wird mit Ihrer Vorlage erstellt…</translation>
    </message>
    <message>
        <source>PDF, one page…</source>
        <translation>PDF, eine Seite…</translation>
    </message>
    <message>
        <source>Pocket card PDF…</source>
        <translation>PDF als Taschenkarte…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Web page (HTML)…</source>
        <translation>Webseite (HTML)…</translation>
    </message>
    <message>
        <source>Brief not exported</source>
        <translation>Briefing nicht exportiert</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Brief sent to the printer</source>
        <translation>Briefing an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Brief copied: paste it into an email or a document</source>
        <translation>Briefing kopiert: Fügen Sie es in eine E-Mail oder ein Dokument ein</translation>
    </message>
    <message>
        <source>Pick a meeting or a contact first</source>
        <translation>Wählen Sie zuerst ein Treffen oder einen Kontakt</translation>
    </message>
    <message>
        <source>Your brief template has a problem</source>
        <translation>Ihre Briefing-Vorlage enthält einen Fehler</translation>
    </message>
    <message>
        <source>Export the brief</source>
        <translation>Briefing exportieren</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who are you meeting?&lt;/h3&gt;&lt;p&gt;Pick the contact on the left: their brief appears here — your three sentences, three questions, common ground and what to offer back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wen treffen Sie?&lt;/h3&gt;&lt;p&gt;Wählen Sie links den Kontakt: Hier erscheint das Briefing – Ihre drei Sätze, drei Fragen, Gemeinsamkeiten und was Sie zurückgeben können.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>*Rendering the brief with your template…*</source>
        <translation>*Das Briefing wird mit Ihrer Vorlage erstellt…*</translation>
    </message>
</context>
<context>
    <name>CadenceState</name>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <source>People to reconnect with</source>
        <translation>Menschen, bei denen Sie sich wieder melden sollten</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Leave them out of the review for a while</source>
        <translation>Für eine Weile aus dem Rückblick nehmen</translation>
    </message>
    <message>
        <source>For {time}</source>
        <translation>Für {time}</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Pick someone in the list to see why they are on it.</source>
        <translation>Wählen Sie jemanden in der Liste, um zu sehen, warum er oder sie darauf steht.</translation>
    </message>
    <message>
        <source>No email address yet: add one on their contact page.</source>
        <translation>Noch keine E-Mail-Adresse: Fügen Sie auf der Kontaktseite eine hinzu.</translation>
    </message>
</context>
<context>
    <name>CaptureAutosave</name>
    <message>
        <source>Your notes could not be saved: {error}</source>
        <translation>Ihre Notizen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Circle</name>
    <message>
        <source>Stay in touch</source>
        <extracomment>context (the enum&apos;s class name, or a table&apos;s name) -&gt; the English texts lupdate extracts.</extracomment>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Want to get to know</source>
        <translation>Näher kennenlernen</translation>
    </message>
    <message>
        <source>Collaborated with</source>
        <translation>Zusammengearbeitet</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Treffen vorbereiten</translation>
    </message>
    <message>
        <source>Build a brief for a coffee meeting with this person</source>
        <translation>Ein Briefing für ein Kaffeetreffen mit dieser Person erstellen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Log a touch…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>An email, a call, a message or a chance meeting</source>
        <translation>Eine E-Mail, ein Anruf, eine Nachricht oder eine zufällige Begegnung</translation>
    </message>
    <message>
        <source>Touch logged: it counts as last contacted</source>
        <translation>Kontakt erfasst: Er zählt als letzter Kontakt</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Two contacts who are the same person: choose the other, then each field</source>
        <translation>Zwei Kontakte für dieselbe Person: Wählen Sie den anderen, dann jedes Feld</translation>
    </message>
</context>
<context>
    <name>ContactDelete</name>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete {name} and their {notes}?</source>
        <translation>{name} mit {notes} löschen?</translation>
    </message>
    <message>
        <source>Keep the meetings as a record</source>
        <translation>Die Treffen als Aufzeichnung behalten</translation>
    </message>
    <message>
        <source>Delete the meetings too</source>
        <translation>Die Treffen ebenfalls löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation>Kontakt nicht gelöscht</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig machen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>referred by {name}</source>
        <translation>empfohlen von {name}</translation>
    </message>
    <message>
        <source>  — unsaved changes</source>
        <translation>  – nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>ContactDrafts</name>
    <message>
        <source>without a name yet</source>
        <translation>noch ohne Namen</translation>
    </message>
    <message>
        <source>An unsaved new contact, {who}, from {when} was kept.</source>
        <translation>Ein nicht gespeicherter neuer Kontakt, {who}, vom {when} wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesem Kontakt</translation>
    </message>
    <message>
        <source>Unsaved changes to {who} from {when} were kept.</source>
        <translation>Nicht gespeicherte Änderungen an {who} vom {when} wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Kept changes restored: check them, then Save</source>
        <translation>Aufbewahrte Änderungen wiederhergestellt: Prüfen Sie sie und speichern Sie dann</translation>
    </message>
    <message>
        <source>The kept changes could not be discarded: {reason}</source>
        <translation>Die aufbewahrten Änderungen konnten nicht verworfen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactGone</name>
    <message>
        <source>The contact was deleted</source>
        <translation>Der Kontakt wurde gelöscht</translation>
    </message>
    <message>
        <source>This meeting&apos;s contact has been deleted, so there is no outcome to record. End the meeting and keep its notes and timer?</source>
        <translation>Der Kontakt dieses Treffens wurde gelöscht, daher gibt es kein Ergebnis zu erfassen. Das Treffen beenden und Notizen und Zeiten behalten?</translation>
    </message>
    <message>
        <source>The meeting was not ended</source>
        <translation>Das Treffen wurde nicht beendet</translation>
    </message>
</context>
<context>
    <name>ContactMatches</name>
    <message>
        <source>Add “{name}” as a new contact</source>
        <translation>„{name}“ als neuen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Details can wait: add them on the Contacts page later</source>
        <translation>Details können warten: Ergänzen Sie sie später auf der Seite „Kontakte“</translation>
    </message>
</context>
<context>
    <name>ContactMeetingsPanel</name>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>goals {met}/3</source>
        <translation>Ziele {met}/3</translation>
    </message>
    <message>
        <source>Open referrer</source>
        <translation>Empfehlungsgeber öffnen</translation>
    </message>
    <message>
        <source>Meetings with this contact</source>
        <translation>Treffen mit diesem Kontakt</translation>
    </message>
    <message>
        <source>Meet now</source>
        <translation>Jetzt treffen</translation>
    </message>
    <message>
        <source>Build the brief and open the meeting timer now</source>
        <translation>Briefing erstellen und den Timer für das Treffen jetzt öffnen</translation>
    </message>
    <message>
        <source>Start / resume</source>
        <translation>Starten / fortsetzen</translation>
    </message>
    <message>
        <source>Edit agenda…</source>
        <translation>Agenda bearbeiten…</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Referrals this contact gave</source>
        <translation>Empfehlungen dieses Kontakts</translation>
    </message>
    <message>
        <source>Names they suggested</source>
        <translation>Vorgeschlagene Namen</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Empfohlen von {name}</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation> am {date}</translation>
    </message>
    <message>
        <source> (status: {status})</source>
        <translation> (Status: {status})</translation>
    </message>
    <message>
        <source>Not referred by anyone you have recorded.</source>
        <translation>Von niemandem empfohlen, den Sie erfasst haben.</translation>
    </message>
    <message>
        <source>noted on their contact</source>
        <translation>im Kontakt vermerkt</translation>
    </message>
    <message>
        <source>No meetings yet: use Meet now, or prepare one.</source>
        <translation>Noch keine Treffen: Nutzen Sie „Jetzt treffen“ oder bereiten Sie eines vor.</translation>
    </message>
    <message>
        <source>No names yet: ask “who else should I talk to?” when you meet.</source>
        <translation>Noch keine Namen: Fragen Sie beim Treffen „Mit wem sollte ich noch sprechen?“</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>This meeting&apos;s agenda</source>
        <translation>Agenda dieses Treffens</translation>
    </message>
    <message>
        <source>Use my default agenda</source>
        <translation>Meine Standard-Agenda verwenden</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Type a name, company or interest…</source>
        <translation>Name, Firma oder Interesse eingeben…</translation>
    </message>
</context>
<context>
    <name>ContactTabs</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Meetings &amp;&amp; referrals</source>
        <translation>Treffen &amp;&amp; Empfehlungen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Search name, company, role, tags, interests…</source>
        <translation>Name, Firma, Rolle, Schlagwörter, Interessen suchen…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No contact selected&lt;/h2&gt;&lt;p&gt;Pick someone on the left, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to add the person you are about to meet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Kontakt ausgewählt&lt;/h2&gt;&lt;p&gt;Wählen Sie links jemanden aus, oder drücken Sie &lt;b&gt;Strg+N&lt;/b&gt;, um die Person hinzuzufügen, die Sie gleich treffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not saved: please fix the fields marked in red</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Kontakt nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Deleted {name} — Ctrl+Z to undo</source>
        <translation>{name} gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to {name}?</source>
        <translation>Ihre Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>this new contact</source>
        <translation>diesem neuen Kontakt</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {everyone}</source>
        <translation>{shown} von {everyone}</translation>
    </message>
</context>
<context>
    <name>Copier</name>
    <message>
        <source>The copy stopped on an unexpected error.</source>
        <translation>Das Kopieren wurde durch einen unerwarteten Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DataCare</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Finishing the backup before closing…</source>
        <translation>Die Sicherung wird vor dem Schließen abgeschlossen…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Nur lesen: {reason}</translation>
    </message>
    <message>
        <source>A backup failed: {reason}</source>
        <translation>Eine Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the data changed on disk</source>
        <translation>Die auf der Festplatte geänderten Daten neu laden</translation>
    </message>
    <message numerus="yes">
        <source>
…and %n more</source>
        <translation>
            <numerusform>
…und %n weiteres</numerusform>
            <numerusform>
…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Some saved data was damaged</source>
        <translation>Einige gespeicherte Daten waren beschädigt</translation>
    </message>
    <message>
        <source>netprep found damage in your data files and set the damaged parts aside (kept in the “quarantine” folder of your data folder); everything else opened.

{listed}{more}

File → Restore from backup… shows the backups and what each holds.</source>
        <translation>netprep hat Schäden in Ihren Datendateien gefunden und die beschädigten Teile beiseitegelegt (im Ordner „quarantine“ Ihres Datenordners); alles andere wurde geöffnet.

{listed}{more}

Datei → Aus Sicherung wiederherstellen… zeigt die Sicherungen und was jede enthält.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {reason}</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Die Sicherung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Backed up {holds} ({size}) to {folder}</source>
        <translation>{holds} ({size}) gesichert in {folder}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}

Your data itself is unchanged.</source>
        <translation>Es wurde keine Sicherung erstellt: {reason}

Ihre Daten selbst sind unverändert.</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Ihre Daten werden gesichert…</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Your data is now as in the backup {restored}. What it replaced is kept in the backup {kept}. netprep reopens it now.</source>
        <translation>Ihre Daten entsprechen jetzt der Sicherung {restored}. Was dabei ersetzt wurde, bleibt in der Sicherung {kept} erhalten. netprep öffnet die Daten jetzt neu.</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <source>Great start</source>
        <translation>Guter Anfang</translation>
    </message>
    <message>
        <source>Your overview</source>
        <translation>Ihr Überblick</translation>
    </message>
    <message>
        <source>Three insights</source>
        <translation>Drei Erkenntnisse</translation>
    </message>
    <message>
        <source>Three contacts</source>
        <translation>Drei Kontakte</translation>
    </message>
    <message>
        <source>Great finish</source>
        <translation>Guter Abschluss</translation>
    </message>
    <message>
        <source>Thank them for making the time: twenty minutes of their day is a real gift.</source>
        <translation>Bedanken Sie sich für die Zeit: Zwanzig Minuten ihres Tages sind ein echtes Geschenk.</translation>
    </message>
    <message>
        <source>Confirm you will keep to the 20 minutes you asked for, and that this still suits them.</source>
        <translation>Bestätigen Sie, dass Sie bei den erbetenen 20 Minuten bleiben und dass es noch passt.</translation>
    </message>
    <message>
        <source>Open with something you have in common (see the hooks).</source>
        <translation>Beginnen Sie mit einer Gemeinsamkeit (siehe Einstiege).</translation>
    </message>
    <message>
        <source>Say where you are and why you asked for this meeting, in three sentences (about a minute).</source>
        <translation>Sagen Sie in drei Sätzen (etwa einer Minute), wo Sie stehen und warum Sie um dieses Treffen gebeten haben.</translation>
    </message>
    <message>
        <source>Make it clear you came for their insight and advice; never ask for a job.</source>
        <translation>Machen Sie klar, dass es Ihnen um Einschätzungen und Rat geht; fragen Sie nie nach einer Stelle.</translation>
    </message>
    <message>
        <source>Hand the conversation back to them with your first question.</source>
        <translation>Geben Sie das Gespräch mit Ihrer ersten Frage zurück.</translation>
    </message>
    <message>
        <source>Ask your three questions one at a time: their view on X, how they did Y, their advice on Z.</source>
        <translation>Stellen Sie Ihre drei Fragen nacheinander: ihre Sicht auf X, wie sie Y geschafft haben, ihr Rat zu Z.</translation>
    </message>
    <message>
        <source>Keep it a discussion, not their biography: don&apos;t ask what you could have read online.</source>
        <translation>Führen Sie ein Gespräch, keine Befragung zum Lebenslauf: Fragen Sie nichts, was Sie online hätten lesen können.</translation>
    </message>
    <message>
        <source>Listen more than you talk, and note the one thing you learned from each answer.</source>
        <translation>Hören Sie mehr zu, als Sie reden, und notieren Sie, was Sie aus jeder Antwort mitnehmen.</translation>
    </message>
    <message>
        <source>Keep an eye on the clock: about four minutes per question.</source>
        <translation>Behalten Sie die Uhr im Blick: etwa vier Minuten pro Frage.</translation>
    </message>
    <message>
        <source>Ask: “Who else should I talk to?” Aim for three names.</source>
        <translation>Fragen Sie: „Mit wem sollte ich noch sprechen?“ Ziel sind drei Namen.</translation>
    </message>
    <message>
        <source>For each name, ask why that person, how best to reach them, and whether they would introduce you.</source>
        <translation>Fragen Sie zu jedem Namen: Warum diese Person, wie erreicht man sie am besten, und würde man Sie vorstellen?</translation>
    </message>
    <message>
        <source>Thank them for their time and for what you learned.</source>
        <translation>Bedanken Sie sich für die Zeit und für das, was Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Offer something back: an article, an introduction, helping to promote their work.</source>
        <translation>Bieten Sie etwas an: einen Artikel, eine Vorstellung, Unterstützung bei der Verbreitung ihrer Arbeit.</translation>
    </message>
    <message>
        <source>Agree the follow-up: you will tell them how the conversations with their contacts go.</source>
        <translation>Vereinbaren Sie das Follow-up: Sie berichten, wie die Gespräche mit den empfohlenen Kontakten verlaufen.</translation>
    </message>
    <message>
        <source>End on time, even if the conversation is going well.</source>
        <translation>Enden Sie pünktlich, auch wenn das Gespräch gut läuft.</translation>
    </message>
</context>
<context>
    <name>DeleteWords</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo delete until you close netprep.</source>
        <translation>Bis Sie netprep schließen, können Sie das mit Bearbeiten → Löschen rückgängig machen zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>They have %n meeting(s). Kept, the meetings stay under Meetings with their name, as a record of what was said</source>
        <translation>
            <numerusform>Es gibt %n Treffen. Behalten bleiben die Treffen unter „Treffen“ mit dem Namen, als Aufzeichnung des Gesprächs</numerusform>
            <numerusform>Es gibt %n Treffen. Behalten bleiben die Treffen unter „Treffen“ mit dem Namen, als Aufzeichnung der Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the %n not yet held can still be ended or cancelled)</source>
        <translation>
            <numerusform> (das %n noch nicht stattgefundene kann noch beendet oder abgesagt werden)</numerusform>
            <numerusform> (die %n noch nicht stattgefundenen können noch beendet oder abgesagt werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>; deleted, the names given and follow-ups of those meetings go too.</source>
        <translation>; gelöscht, verschwinden auch die genannten Namen und Follow-ups dieser Treffen.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Cannot open the folder</source>
        <translation>Der Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}: {reason}</translation>
    </message>
    <message>
        <source>The folder</source>
        <translation>Der Ordner</translation>
    </message>
    <message>
        <source>netprep keeps it here:
{folder}</source>
        <translation>netprep legt ihn hier ab:
{folder}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>Ordner der &amp;Sicherungen öffnen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Kept unsaved changes</source>
        <translation>Aufbewahrte, nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the kept text back into the form (then Save)</source>
        <translation>Den aufbewahrten Text wieder ins Formular setzen (dann speichern)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Forget the kept text: the saved record stays as it is</source>
        <translation>Den aufbewahrten Text verwerfen: Der gespeicherte Eintrag bleibt, wie er ist</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Their email address</source>
        <translation>E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <source>Email to {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Times proposed: {times}.</source>
        <translation>Vorgeschlagene Termine: {times}.</translation>
    </message>
    <message>
        <source>The quotation is from {source}.</source>
        <translation>Das Zitat stammt aus {source}.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>.eml speichern…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Logs the email as a touch with them</source>
        <translation>Erfasst die E-Mail als Kontakt mit der Person</translation>
    </message>
    <message>
        <source>Too long for a mail link: the email is copied instead</source>
        <translation>Zu lang für einen Mail-Link: Die E-Mail wird stattdessen kopiert</translation>
    </message>
    <message>
        <source>No mail program answered: the email is copied instead</source>
        <translation>Kein E-Mail-Programm hat reagiert: Die E-Mail wird stattdessen kopiert</translation>
    </message>
    <message>
        <source>Email to {name} copied</source>
        <translation>E-Mail an {name} kopiert</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved {name}: open it to send it</source>
        <translation>{name} gespeichert: Öffnen Sie die Datei, um sie zu senden</translation>
    </message>
    <message>
        <source>Sent ✓ — logged as a touch</source>
        <translation>Gesendet ✓ – als Kontakt erfasst</translation>
    </message>
</context>
<context>
    <name>DraftTabs</name>
    <message>
        <source>Drop your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed the email to {names}, who is no longer picked: writing the emails now drops those changes. Drop them? (Tick them again to keep the email.)</source>
        <translation>Sie haben die E-Mail an {names} geändert, die nicht mehr ausgewählt sind: Wenn Sie die E-Mails jetzt schreiben, gehen diese Änderungen verloren. Verwerfen? (Haken Sie sie wieder an, um die E-Mail zu behalten.)</translation>
    </message>
</context>
<context>
    <name>DraftTimer</name>
    <message>
        <source>Your unsaved changes could not be kept: {error}</source>
        <translation>Ihre nicht gespeicherten Änderungen konnten nicht aufbewahrt werden: {error}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied: paste them into a bug report or an email.</source>
        <translation>Kopiert: Fügen Sie sie in einen Fehlerbericht oder eine E-Mail ein.</translation>
    </message>
</context>
<context>
    <name>EvidenceLabel</name>
    <message>
        <source>your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Why this? From</source>
        <translation>Warum? Aus</translation>
    </message>
    <message>
        <source>From {sources}</source>
        <translation>Aus {sources}</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>netprep hit an unexpected error: {error}

What was saved before is safe. If it happens again, please report it with the details below (they are in the log folder too: Help → Open log folder).</source>
        <translation>netprep ist auf einen unerwarteten Fehler gestoßen: {error}

Was vorher gespeichert wurde, ist sicher. Wenn es wieder passiert, melden Sie es bitte mit den Details unten (sie liegen auch im Protokollordner: Hilfe → Protokollordner öffnen).</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>netprep contacts (CSV)</source>
        <translation>netprep-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>netprep backup (JSON)</source>
        <translation>netprep-Sicherung (JSON)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Tell netprep about you</source>
        <translation>Erzählen Sie netprep von sich</translation>
    </message>
    <message>
        <source>Your name, what you are good at and your current goal: every brief is built from them.</source>
        <translation>Ihr Name, Ihre Stärken und Ihr aktuelles Ziel: Darauf baut jedes Briefing auf.</translation>
    </message>
    <message>
        <source>Open your profile</source>
        <translation>Ihr Profil öffnen</translation>
    </message>
    <message>
        <source>Add the person you are meeting</source>
        <translation>Die Person hinzufügen, die Sie treffen</translation>
    </message>
    <message>
        <source>Their name, role and company, and anything you already know about them.</source>
        <translation>Name, Rolle und Firma und alles, was Sie schon über die Person wissen.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>Das Treffen vorbereiten</translation>
    </message>
    <message>
        <source>netprep builds a one-page brief: your overview, three questions, what to offer back.</source>
        <translation>netprep erstellt ein einseitiges Briefing: Ihr Überblick, drei Fragen, was Sie zurückgeben können.</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Treffen vorbereiten</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Three steps to your first 20-minute networking meeting.</source>
        <translation>Drei Schritte zu Ihrem ersten 20-Minuten-Networking-Treffen.</translation>
    </message>
    <message>
        <source>Step {number}: {action}</source>
        <translation>Schritt {number}: {action}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Add the person first (step 2)</source>
        <translation>Fügen Sie zuerst die Person hinzu (Schritt 2)</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What the email is about</source>
        <translation>Worum es in der E-Mail geht</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>E-Mail öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>.eml speichern…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Done, and the email is logged as a touch</source>
        <translation>Erledigt, und die E-Mail ist als Kontakt erfasst</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Choose a follow-up on the left.</source>
        <translation>Wählen Sie links ein Follow-up.</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gesendet ✓</translation>
    </message>
    <message>
        <source>A fresh draft quoting this insight replaced your email.</source>
        <translation>Ein neuer Entwurf mit diesem Zitat hat Ihre E-Mail ersetzt.</translation>
    </message>
    <message>
        <source>Your email is back</source>
        <translation>Ihre E-Mail ist wieder da</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Insight to quote</source>
        <translation>Zu zitierende Erkenntnis</translation>
    </message>
    <message>
        <source>The insight the thank-you quotes back to them</source>
        <translation>Die Erkenntnis, die das Dankeschön aufgreift</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Introduction step</source>
        <translation>Schritt der Vorstellung</translation>
    </message>
    <message>
        <source>Double opt-in: ask each of them first, then introduce them</source>
        <translation>Doppeltes Einverständnis: Erst beide fragen, dann miteinander bekannt machen</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>An: {to}
Betreff: {subject}</translation>
    </message>
    <message>
        <source>(no email address saved)</source>
        <translation>(keine E-Mail-Adresse gespeichert)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Too long for a mail link: the email is copied, paste it into your mail program</source>
        <translation>Zu lang für einen Mail-Link: Die E-Mail wurde kopiert, fügen Sie sie in Ihr E-Mail-Programm ein</translation>
    </message>
    <message>
        <source>No mail program answered: the email is copied instead</source>
        <translation>Kein E-Mail-Programm hat reagiert: Die E-Mail wird stattdessen kopiert</translation>
    </message>
    <message>
        <source>Email copied</source>
        <translation>E-Mail kopiert</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved {name}: open it to send it</source>
        <translation>{name} gespeichert: Öffnen Sie die Datei, um sie zu senden</translation>
    </message>
    <message>
        <source>Sent: the follow-up is done and the email is logged</source>
        <translation>Gesendet: Das Follow-up ist erledigt und die E-Mail erfasst</translation>
    </message>
</context>
<context>
    <name>FollowUpFilter</name>
    <message>
        <source>Due now</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Thank-you</source>
        <translation>Dankeschön</translation>
    </message>
    <message>
        <source>Send an article</source>
        <translation>Einen Artikel schicken</translation>
    </message>
    <message>
        <source>Make an introduction</source>
        <translation>Jemanden vorstellen</translation>
    </message>
    <message>
        <source>Something I offered</source>
        <translation>Etwas, das ich angeboten habe</translation>
    </message>
    <message>
        <source>Reach a referral</source>
        <translation>Eine Empfehlung kontaktieren</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Dem Empfehlungsgeber berichten, wie es lief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>FollowUpState</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Thank them, reach the names they gave, tell the referrer how it went. Unless you make contact again, that will likely be the last conversation you have.</source>
        <translation>Bedanken Sie sich, kontaktieren Sie die genannten Personen und berichten Sie dem Empfehlungsgeber, wie es lief. Wenn Sie sich nicht wieder melden, war das wahrscheinlich Ihr letztes Gespräch.</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Neues Follow-up…</translation>
    </message>
    <message>
        <source>Log a touch…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>1 Woche zurückstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Nicht zurückgestellt</translation>
    </message>
    <message>
        <source>Snoozed until {when}</source>
        <translation>Zurückgestellt bis {when}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “{what}”: Undo delete brings it back</source>
        <translation>„{what}“ gelöscht: „Löschen rückgängig machen“ holt es zurück</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <source>Restored “{what}”</source>
        <translation>„{what}“ wiederhergestellt</translation>
    </message>
    <message>
        <source>Follow-up added: {what}</source>
        <translation>Follow-up hinzugefügt: {what}</translation>
    </message>
    <message>
        <source>Touch logged: it counts as last contacted</source>
        <translation>Kontakt erfasst: Er zählt als letzter Kontakt</translation>
    </message>
    <message>
        <source>No follow-ups yet. Record a meeting&apos;s outcome and the thank-you, the referrals to reach and what you offered appear here — or add one by hand.</source>
        <translation>Noch keine Follow-ups. Erfassen Sie das Ergebnis eines Treffens, dann erscheinen hier das Dankeschön, die zu kontaktierenden Empfehlungen und was Sie angeboten haben – oder fügen Sie eines von Hand hinzu.</translation>
    </message>
    <message>
        <source>Nothing due: you are up to date.</source>
        <translation>Nichts fällig: Sie sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>No {kind} follow-ups.</source>
        <translation>Keine Follow-ups unter „{kind}“.</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <source>Rebuild brief</source>
        <translation>Briefing neu erstellen</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You have edited this brief, so changes above no longer rebuild it.</source>
        <translation>Sie haben dieses Briefing bearbeitet, daher erstellen Änderungen oben es nicht mehr neu.</translation>
    </message>
    <message>
        <source>This brief was prepared for {other}. Rebuild it for {chosen}?</source>
        <translation>Dieses Briefing wurde für {other} vorbereitet. Für {chosen} neu erstellen?</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Learned something</source>
        <translation>Etwas gelernt</translation>
    </message>
    <message>
        <source>Got more names</source>
        <translation>Weitere Namen bekommen</translation>
    </message>
    <message>
        <source>Gained an evangelist</source>
        <translation>Einen Fürsprecher gewonnen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reviews done</source>
        <translation>Erledigte Rückblicke</translation>
    </message>
    <message>
        <source>Weekly reviews done</source>
        <translation>Erledigte Wochenrückblicke</translation>
    </message>
    <message>
        <source>Week / person</source>
        <translation>Woche / Person</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n week(s) in a row</source>
        <translation>
            <numerusform>Serie: %n Woche in Folge</numerusform>
            <numerusform>Serie: %n Wochen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: one review a week builds it.</source>
        <translation>Noch keine Serie: Ein Rückblick pro Woche baut sie auf.</translation>
    </message>
    <message>
        <source>{sent} written to, {answered} answered or met</source>
        <translation>{sent} angeschrieben, {answered} geantwortet oder getroffen</translation>
    </message>
    <message>
        <source>{kind} on {date}</source>
        <translation>{kind} am {date}</translation>
    </message>
    <message>
        <source>no answer logged yet</source>
        <translation>noch keine Antwort erfasst</translation>
    </message>
</context>
<context>
    <name>ImportFormatDialog</name>
    <message>
        <source>Which kind of file is {name}?</source>
        <translation>Welche Art Datei ist {name}?</translation>
    </message>
    <message>
        <source>netprep reads LinkedIn connections, Google Contacts and its own contacts as CSV, vCard files and netprep backups (JSON). If this file is one of those CSV files with columns renamed or left out, choose which to read it as. You see what it holds before anything is imported.</source>
        <translation>netprep liest LinkedIn-Kontakte, Google Contacts und seine eigenen Kontakte als CSV, vCard-Dateien und netprep-Sicherungen (JSON). Ist diese Datei eine dieser CSV-Dateien mit umbenannten oder fehlenden Spalten, wählen Sie, als was sie gelesen werden soll. Sie sehen, was sie enthält, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Import ansehen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {source}</source>
        <translation>{source} importieren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>same {field}</source>
        <translation>gleiche Angabe: {field}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Warum übersprungen</translation>
    </message>
    <message>
        <source>Left out (the rest of the row goes in)</source>
        <translation>Weggelassen (der Rest der Zeile wird übernommen)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Merge with existing</source>
        <translation>Mit vorhandenem zusammenführen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Sonstige ({count})</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Sonstige Einträge</translation>
    </message>
    <message>
        <source>Nothing is written until you import; Edit → Undo import takes it back.</source>
        <translation>Erst beim Importieren wird etwas geschrieben; Bearbeiten → Import rückgängig machen nimmt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{format}&lt;/b&gt; — {new} new, {merged} merged into contacts you have, {skipped} skipped, %n value(s) left out.</source>
        <translation>
            <numerusform>&lt;b&gt;{format}&lt;/b&gt; – {new} neu, {merged} mit vorhandenen Kontakten zusammengeführt, {skipped} übersprungen, %n Wert ausgelassen.</numerusform>
            <numerusform>&lt;b&gt;{format}&lt;/b&gt; – {new} neu, {merged} mit vorhandenen Kontakten zusammengeführt, {skipped} übersprungen, %n Werte ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {new} new</source>
        <translation>{new} neue importieren</translation>
    </message>
    <message>
        <source>Import {new} new, merge {merges}</source>
        <translation>{new} neue importieren, {merges} zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag wiederherstellen</numerusform>
            <numerusform>%n Einträge wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Chance meeting</source>
        <translation>Zufällige Begegnung</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Remove this item</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>You added this: there is nothing to show</source>
        <translation>Von Ihnen hinzugefügt: Es gibt nichts zu zeigen</translation>
    </message>
</context>
<context>
    <name>KeptReviewKeeper</name>
    <message>
        <source>Kept weekly review</source>
        <translation>Aufbewahrter Wochenrückblick</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Carry on with that review: its picks and your emails as you left them</source>
        <translation>Diesen Wochenrückblick fortsetzen: die Auswahl und Ihre E-Mails so, wie Sie sie verlassen haben</translation>
    </message>
    <message>
        <source>Forget that review&apos;s emails (those marked sent stay logged)</source>
        <translation>Die E-Mails dieses Wochenrückblicks verwerfen (als gesendet markierte bleiben vermerkt)</translation>
    </message>
    <message>
        <source>{name} (sent)</source>
        <translation>{name} (gesendet)</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (bearbeitet)</translation>
    </message>
    <message>
        <source>Your weekly review from {when} was not finished. Your emails: {names}.</source>
        <translation>Ihr Wochenrückblick von {when} wurde nicht abgeschlossen. Ihre E-Mails: {names}.</translation>
    </message>
    <message>
        <source>Your review is back as you left it</source>
        <translation>Ihr Wochenrückblick ist wieder da, wie Sie ihn verlassen haben</translation>
    </message>
    <message>
        <source>The kept review could not be discarded: {reason}</source>
        <translation>Der aufbewahrte Wochenrückblick konnte nicht verworfen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lower-case a label inside a sentence (yes/no)</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LatenessWords</name>
    <message>
        <source>overdue from today</source>
        <translation>ab heute überfällig</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>fällig seit {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Resume the meeting in progress</source>
        <translation>Laufendes Treffen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Edit the default &amp;agenda…</source>
        <translation>Standard-&amp;Agenda bearbeiten…</translation>
    </message>
    <message>
        <source>A meeting is open</source>
        <translation>Ein Treffen ist geöffnet</translation>
    </message>
    <message>
        <source>End or close the meeting that is open first.</source>
        <translation>Beenden oder schließen Sie zuerst das geöffnete Treffen.</translation>
    </message>
    <message>
        <source>Cannot start the meeting</source>
        <translation>Das Treffen kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Your default agenda</source>
        <translation>Ihre Standard-Agenda</translation>
    </message>
    <message>
        <source>Default agenda saved: new meetings will use it</source>
        <translation>Standard-Agenda gespeichert: Neue Treffen verwenden sie</translation>
    </message>
    <message numerus="yes">
        <source>Meeting recorded: %n new contact(s), {followups}</source>
        <translation>
            <numerusform>Treffen erfasst: %n neuer Kontakt, {followups}</numerusform>
            <numerusform>Treffen erfasst: %n neue Kontakte, {followups}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Follow-up</numerusform>
            <numerusform>%n Follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting with {name} is still in progress: Meeting → Resume</source>
        <translation>Das Treffen mit {name} läuft noch: Treffen → Fortsetzen</translation>
    </message>
    <message>
        <source>Demo data (a temporary copy: changes are discarded on quit)</source>
        <translation>Demodaten (eine temporäre Kopie: Änderungen werden beim Beenden verworfen)</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Daten: {folder}</translation>
    </message>
    <message>
        <source>  ·  read-only</source>
        <translation>  ·  nur lesen</translation>
    </message>
    <message>
        <source>Prepare, run and follow up the 20-minute networking meeting. Everything stays on this computer.</source>
        <translation>Das 20-Minuten-Networking-Treffen vorbereiten, durchführen und nachbereiten. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>About netprep</source>
        <translation>Über netprep</translation>
    </message>
</context>
<context>
    <name>MeetNowDialog</name>
    <message>
        <source>Meet now</source>
        <translation>Jetzt treffen</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Das Treffen starten</translation>
    </message>
    <message>
        <source>Who are you meeting? The brief is built as the meeting starts.</source>
        <translation>Wen treffen Sie? Das Briefing wird beim Start des Treffens erstellt.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Cancel meeting…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>It will not take place (kept under Past; undo brings it back)</source>
        <translation>Es findet nicht statt (bleibt unter „Vergangen“; Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Bring a cancelled meeting back</source>
        <translation>Ein abgesagtes Treffen zurückholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Als Markdown…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Cancel the meeting with {name}?</source>
        <translation>Das Treffen mit {name} absagen?</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>The meeting was not cancelled</source>
        <translation>Das Treffen wurde nicht abgesagt</translation>
    </message>
    <message>
        <source>Meeting with {name} cancelled — Undo brings it back</source>
        <translation>Treffen mit {name} abgesagt – Rückgängig holt es zurück</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <source>Delete the meeting with {name}, its brief and its notes? (Referrals and follow-ups it produced stay.)</source>
        <translation>Das Treffen mit {name} samt Briefing und Notizen löschen? (Empfehlungen und Follow-ups daraus bleiben erhalten.)</translation>
    </message>
    <message>
        <source>The meeting was not deleted</source>
        <translation>Das Treffen wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Meeting with {name} deleted — Undo brings it back</source>
        <translation>Treffen mit {name} gelöscht – Rückgängig holt es zurück</translation>
    </message>
    <message>
        <source>The meeting was not reopened</source>
        <translation>Das Treffen wurde nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Meeting reopened</source>
        <translation>Treffen wieder geöffnet</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s record</source>
        <translation>Aufzeichnung des Treffens speichern</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Die Aufzeichnung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Café, their office, or a video link</source>
        <translation>Café, ihr Büro oder ein Videolink</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>W&amp;o</translation>
    </message>
    <message>
        <source>What you want to &amp;learn</source>
        <translation>Was Sie &amp;erfahren möchten</translation>
    </message>
    <message>
        <source>Leave empty to use your current goal (see its full text in the tooltip)</source>
        <translation>Leer lassen, um Ihr aktuelles Ziel zu verwenden (den vollen Text zeigt der Tooltip)</translation>
    </message>
    <message>
        <source>e.g. how they moved from nursing into product</source>
        <translation>z. B. wie die Person aus der Pflege ins Produktmanagement gewechselt ist</translation>
    </message>
    <message>
        <source>Your current goal: {goal}</source>
        <translation>Ihr aktuelles Ziel: {goal}</translation>
    </message>
</context>
<context>
    <name>MeetingRecordDialog</name>
    <message>
        <source>Meeting with {name}</source>
        <translation>Treffen mit {name}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>MeetingRecordView</name>
    <message>
        <source>No meeting selected.</source>
        <translation>Kein Treffen ausgewählt.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>planned</source>
        <extracomment>The domain gives a meeting&apos;s status no words: these are the GUI&apos;s own.</extracomment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Meeting with {name} — netprep</source>
        <translation>Treffen mit {name} – netprep</translation>
    </message>
    <message>
        <source>Mini view</source>
        <translation>Mini-Ansicht</translation>
    </message>
    <message>
        <source>A small always-on-top timer (Ctrl+Shift+M)</source>
        <translation>Ein kleiner Timer, immer im Vordergrund (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Beep at each cue (off by default)</source>
        <translation>Bei jedem Hinweis piepen (standardmäßig aus)</translation>
    </message>
    <message>
        <source>End meeting…</source>
        <translation>Treffen beenden…</translation>
    </message>
    <message>
        <source>Review the outcome and record it (Ctrl+E)</source>
        <translation>Das Ergebnis prüfen und erfassen (Strg+E)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous phase (← or Alt+← / PageUp)</source>
        <translation>Vorige Phase (← oder Alt+← / Bild↑)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Give this phase one more minute (+ or Alt+↑)</source>
        <translation>Dieser Phase eine Minute mehr geben (+ oder Alt+↑)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next phase (→ or Alt+→ / PageDown)</source>
        <translation>Nächste Phase (→ oder Alt+→ / Bild↓)</translation>
    </message>
    <message>
        <source>Space: start/pause · ←/→: phases · while typing: Ctrl+Space, Alt+←/→ · Esc leaves a text field</source>
        <translation>Leertaste: Start/Pause · ←/→: Phasen · beim Tippen: Strg+Leertaste, Alt+←/→ · Esc verlässt ein Textfeld</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Starten (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Common ground to open with</source>
        <translation>Gemeinsamkeiten für den Einstieg</translation>
    </message>
    <message>
        <source>Your overview — three sentences, about a minute</source>
        <translation>Ihr Überblick – drei Sätze, etwa eine Minute</translation>
    </message>
    <message>
        <source>Your three questions — note what you learn under each</source>
        <translation>Ihre drei Fragen – notieren Sie unter jeder, was Sie erfahren</translation>
    </message>
    <message>
        <source>Three names — who else should you talk to?</source>
        <translation>Drei Namen – mit wem sollten Sie noch sprechen?</translation>
    </message>
    <message>
        <source>What you can offer back — tick what you offered</source>
        <translation>Was Sie zurückgeben können – haken Sie ab, was Sie angeboten haben</translation>
    </message>
    <message>
        <source>Now: {phase}.</source>
        <translation>Jetzt: {phase}.</translation>
    </message>
    <message>
        <source>“{phase}” has used its {minutes} minutes.</source>
        <translation>Die Zeit für „{phase}“ ({minutes} Minuten) ist um.</translation>
    </message>
    <message>
        <source>Two minutes left: thank them, offer something back, agree the follow-up.</source>
        <translation>Noch zwei Minuten: bedanken, etwas anbieten, das Follow-up vereinbaren.</translation>
    </message>
    <message>
        <source>The {minutes} minutes are up: thank them and end on time.</source>
        <translation>Die {minutes} Minuten sind um: Bedanken Sie sich und enden Sie pünktlich.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meet now…</source>
        <translation>Jetzt treffen…</translation>
    </message>
    <message>
        <source>Start a meeting straight away, with a fresh brief</source>
        <translation>Sofort ein Treffen beginnen, mit einem neuen Briefing</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Treffen vorbereiten</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation>Vergangene Treffen</translation>
    </message>
    <message>
        <source>Nothing planned yet. Prepare your next coffee meeting.</source>
        <translation>Noch nichts geplant. Bereiten Sie Ihr nächstes Kaffeetreffen vor.</translation>
    </message>
    <message>
        <source>Meetings you have held will be listed here.</source>
        <translation>Hier erscheinen die Treffen, die stattgefunden haben.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Brief of the selected meeting</source>
        <translation>Briefing des ausgewählten Treffens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No meeting selected&lt;/h2&gt;&lt;p&gt;Pick a meeting on the left to read its brief, or press &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; to prepare a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Treffen ausgewählt&lt;/h2&gt;&lt;p&gt;Wählen Sie links ein Treffen, um sein Briefing zu lesen, oder drücken Sie &lt;b&gt;Strg+Umschalt+P&lt;/b&gt;, um ein neues vorzubereiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no date set</source>
        <translation>kein Datum festgelegt</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Treffen mit {name}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Keep the other one instead</source>
        <translation>Stattdessen den anderen behalten</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Choose two different contacts: the first one stays.</source>
        <translation>Wählen Sie zwei verschiedene Kontakte: Der erste bleibt erhalten.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>both kept: {values}</source>
        <translation>beide behalten: {values}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{other} will be removed; moved to {survivor}: {moved}. Edit → Undo takes the merge back.</source>
        <translation>{other} wird entfernt; zu {survivor} verschoben: {moved}. Bearbeiten → Rückgängig nimmt das Zusammenführen zurück.</translation>
    </message>
    <message>
        <source>{other} will be removed; nothing else to move. Edit → Undo takes the merge back.</source>
        <translation>{other} wird entfernt; sonst ist nichts zu verschieben. Bearbeiten → Rückgängig nimmt das Zusammenführen zurück.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Merged {other} into {survivor}; moved: {moved}.</source>
        <translation>{other} wurde mit {survivor} zusammengeführt; verschoben: {moved}.</translation>
    </message>
    <message>
        <source>Merged {other} into {survivor}.</source>
        <translation>{other} wurde mit {survivor} zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Meeting timer</source>
        <translation>Timer für das Treffen</translation>
    </message>
    <message>
        <source>Back to the full meeting window (Enter)</source>
        <translation>Zurück zum vollständigen Fenster des Treffens (Eingabe)</translation>
    </message>
    <message>
        <source>Back to the full meeting window</source>
        <translation>Zurück zum vollständigen Fenster des Treffens</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source> · not started</source>
        <translation> · nicht gestartet</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Anything worth remembering: names, numbers, a book…</source>
        <translation>Alles, was Sie sich merken sollten: Namen, Zahlen, ein Buch…</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Notizen zum Treffen</translation>
    </message>
    <message>
        <source>They offered to help</source>
        <translation>Hat Hilfe angeboten</translation>
    </message>
    <message>
        <source>“Let me know how I can help” — a sign of an evangelist</source>
        <translation>„Sagen Sie mir, wie ich helfen kann“ – das Zeichen eines Fürsprechers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>A blank note dated today: start typing</source>
        <translation>Eine leere Notiz mit heutigem Datum: einfach lostippen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this note (Undo brings it back)</source>
        <translation>Diese Notiz löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Note date</source>
        <translation>Datum der Notiz</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>New note: start typing</source>
        <translation>Neue Notiz: einfach lostippen</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Notiz nicht gelöscht</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>Note of {when} deleted.</source>
        <translation>Notiz vom {when} gelöscht.</translation>
    </message>
    <message>
        <source>Note deleted — Ctrl+Z or Undo brings it back</source>
        <translation>Notiz gelöscht – Strg+Z oder Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Note not restored</source>
        <translation>Notiz nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Notiz wiederhergestellt</translation>
    </message>
    <message>
        <source>Change discarded</source>
        <translation>Änderung verworfen</translation>
    </message>
    <message>
        <source>Saved as {parts} notes</source>
        <translation>Als {parts} Notizen gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>The preview shows the first {count} characters.</source>
        <translation>Die Vorschau zeigt die ersten {count} Zeichen.</translation>
    </message>
    <message>
        <source>Read-only: this data folder is open in another netprep.</source>
        <translation>Nur lesen: Dieser Datenordner ist in einem anderen netprep geöffnet.</translation>
    </message>
    <message>
        <source>Write in Markdown: - bullet points, **bold**, [links](https://…)</source>
        <translation>In Markdown schreiben: - Aufzählungen, **fett**, [Links](https://…)</translation>
    </message>
    <message>
        <source>Start typing to write a new note (Markdown: - bullet points, **bold**, [links](https://…)). It saves itself.</source>
        <translation>Tippen Sie los, um eine neue Notiz zu schreiben (Markdown: - Aufzählungen, **fett**, [Links](https://…)). Sie wird von selbst gespeichert.</translation>
    </message>
    <message>
        <source>This note has {length} characters; one note holds at most {limit}. Save it as {parts} notes, one after the other?</source>
        <translation>Diese Notiz hat {length} Zeichen; eine Notiz fasst höchstens {limit}. Als {parts} aufeinanderfolgende Notizen speichern?</translation>
    </message>
    <message>
        <source>Note too long for one</source>
        <translation>Zu lang für eine Notiz</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Nothing prepared: an article, an introduction, sharing their work?</source>
        <translation>Nichts vorbereitet: ein Artikel, eine Vorstellung, ihre Arbeit teilen?</translation>
    </message>
    <message>
        <source>Something else you offered — press Enter to add</source>
        <translation>Etwas anderes, das Sie angeboten haben – mit Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Something else you offered</source>
        <translation>Etwas anderes, das Sie angeboten haben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>How did it go with {name}?</source>
        <translation>Wie lief es mit {name}?</translation>
    </message>
    <message>
        <source>Check the three goals and say who each name is. Saving records the meeting, adds the referrals to your contacts and schedules the follow-ups: a thank-you tomorrow, reaching each name within two days.</source>
        <translation>Prüfen Sie die drei Ziele und geben Sie an, wer hinter jedem Namen steckt. Beim Speichern wird das Treffen erfasst, die Empfehlungen kommen zu Ihren Kontakten und die Follow-ups werden geplant: ein Dankeschön morgen, die Kontaktaufnahme mit jedem Namen innerhalb von zwei Tagen.</translation>
    </message>
    <message>
        <source>The three goals</source>
        <translation>Die drei Ziele</translation>
    </message>
    <message>
        <source>Where you met (the thank-you names it)</source>
        <translation>Wo Sie sich getroffen haben (das Dankeschön erwähnt es)</translation>
    </message>
    <message>
        <source>Where you met</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>Was Sie gelernt haben</translation>
    </message>
    <message>
        <source>Names {name} suggested</source>
        <translation>Von {name} vorgeschlagene Namen</translation>
    </message>
    <message>
        <source>No names were noted.</source>
        <translation>Es wurden keine Namen notiert.</translation>
    </message>
    <message>
        <source>What you offered</source>
        <translation>Was Sie angeboten haben</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Zurück zum Treffen</translation>
    </message>
    <message>
        <source>Discard the meeting…</source>
        <translation>Treffen verwerfen…</translation>
    </message>
    <message>
        <source>It did not take place: kept as cancelled, reopen any time</source>
        <translation>Es hat nicht stattgefunden: bleibt als abgesagt erhalten, jederzeit wieder zu öffnen</translation>
    </message>
    <message>
        <source>Referral {name}</source>
        <translation>Empfehlung {name}</translation>
    </message>
    <message>
        <source>Who is {name}?</source>
        <translation>Wer ist {name}?</translation>
    </message>
    <message>
        <source>Choose: the same person, or someone new?</source>
        <translation>Bitte wählen: dieselbe Person oder jemand Neues?</translation>
    </message>
    <message>
        <source>Same person as {name}</source>
        <translation>Dieselbe Person wie {name}</translation>
    </message>
    <message>
        <source>Someone else: add as a new contact</source>
        <translation>Jemand anderes: als neuen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Als neuen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Don&apos;t record this name</source>
        <translation>Diesen Namen nicht erfassen</translation>
    </message>
    <message>
        <source>Who introduced {name}?</source>
        <translation>Wer hat {name} vorgestellt?</translation>
    </message>
    <message>
        <source>another contact</source>
        <translation>(gelöschter Kontakt)</translation>
    </message>
    <message>
        <source>A name you didn&apos;t catch</source>
        <translation>Ein Name, den Sie nicht verstanden haben</translation>
    </message>
    <message>
        <source>You noted: {what}</source>
        <translation>Sie haben notiert: {what}</translation>
    </message>
    <message>
        <source>Their name, if you have it — left empty, a follow-up asks {name} for it</source>
        <translation>Der Name, falls Sie ihn haben – bleibt das Feld leer, fragt ein Follow-up {name} danach</translation>
    </message>
    <message>
        <source>Name of the person suggested</source>
        <translation>Name der vorgeschlagenen Person</translation>
    </message>
    <message>
        <source>Your answers could not be kept: {error}</source>
        <translation>Ihre Antworten konnten nicht aufbewahrt werden: {error}</translation>
    </message>
    <message>
        <source>Is {name} someone you already know? Choose below their name.</source>
        <translation>Kennen Sie {name} schon? Wählen Sie unter dem Namen.</translation>
    </message>
    <message>
        <source>Who introduced {name}? Choose below.</source>
        <translation>Wer hat {name} vorgestellt? Wählen Sie unten.</translation>
    </message>
    <message>
        <source>Discard the meeting</source>
        <translation>Treffen verwerfen</translation>
    </message>
    <message>
        <source>Discard the meeting with {name}? It is kept under past meetings as cancelled, with its notes; Meetings → Reopen brings it back.</source>
        <translation>Das Treffen mit {name} verwerfen? Es bleibt mit seinen Notizen als abgesagt unter den vergangenen Treffen; Treffen → Wieder öffnen holt es zurück.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Warum: {why}</translation>
    </message>
    <message>
        <source>Reach: {how}</source>
        <translation>Erreichbar: {how}</translation>
    </message>
    <message>
        <source>Will introduce you</source>
        <translation>Stellt Sie vor</translation>
    </message>
    <message>
        <source>{name} has the email address {email}.</source>
        <translation>{name} hat die E-Mail-Adresse {email}.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Ein Kontakt</translation>
    </message>
    <message>
        <source>You already have a contact called {name} (and {more} more): is this the same person?</source>
        <translation>Sie haben bereits einen Kontakt namens {name} (und {more} weitere): Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>You already have a contact called {name}: is this the same person?</source>
        <translation>Sie haben bereits einen Kontakt namens {name}: Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>Choose: who introduced them?</source>
        <translation>Bitte wählen: Wer hat die Person vorgestellt?</translation>
    </message>
    <message>
        <source>Keep {first} as the one who introduced them</source>
        <translation>{first} als vorstellende Person behalten</translation>
    </message>
    <message>
        <source>Record {name} instead</source>
        <translation>Stattdessen {name} erfassen</translation>
    </message>
    <message>
        <source>Keep {first}, and note that {name} suggested them too</source>
        <translation>{first} behalten und vermerken, dass auch {name} sie vorgeschlagen hat</translation>
    </message>
    <message>
        <source>{name} was first introduced by {first}. Who introduced them?</source>
        <translation>{name} wurde zuerst von {first} vorgestellt. Wer hat die Person vorgestellt?</translation>
    </message>
</context>
<context>
    <name>PhaseBars</name>
    <message>
        <source>Time used in {phase}</source>
        <translation>Verbrauchte Zeit in {phase}</translation>
    </message>
</context>
<context>
    <name>PhasePanels</name>
    <message>
        <source>No common ground in the brief: ask what they are working on.</source>
        <translation>Keine Gemeinsamkeiten im Briefing: Fragen Sie, woran die Person gerade arbeitet.</translation>
    </message>
    <message>
        <source>No overview prepared: say where you are and why you came.</source>
        <translation>Kein Überblick vorbereitet: Sagen Sie, wo Sie stehen und warum Sie gekommen sind.</translation>
    </message>
</context>
<context>
    <name>PrepScreen</name>
    <message>
        <source>Prepare a meeting</source>
        <translation>Treffen vorbereiten</translation>
    </message>
    <message>
        <source>← Meetings</source>
        <translation>← Treffen</translation>
    </message>
    <message>
        <source>Edit meeting with {name}</source>
        <translation>Treffen mit {name} bearbeiten</translation>
    </message>
    <message>
        <source>Rebuild the brief?</source>
        <translation>Das Briefing neu erstellen?</translation>
    </message>
    <message>
        <source>This replaces the brief, including your edits, with a new one built from the form and your notes.</source>
        <translation>Das ersetzt das Briefing samt Ihren Änderungen durch ein neues aus dem Formular und Ihren Notizen.</translation>
    </message>
    <message>
        <source>The brief could not be built: {reason}</source>
        <translation>Das Briefing konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Building the brief…</source>
        <translation>Das Briefing wird erstellt…</translation>
    </message>
    <message>
        <source>Yours: edits are kept</source>
        <translation>Ihres: Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Follows the form until you edit it</source>
        <translation>Folgt dem Formular, bis Sie es bearbeiten</translation>
    </message>
    <message>
        <source>Nobody is called “{name}” yet: choose “Add … as a new contact” under the name, or pick someone else.</source>
        <translation>Noch niemand heißt „{name}“: Wählen Sie unter dem Namen „… als neuen Kontakt hinzufügen“ oder eine andere Person.</translation>
    </message>
    <message>
        <source>Type the name of who you are meeting and choose them from the list.</source>
        <translation>Geben Sie den Namen der Person ein, die Sie treffen, und wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <source>The brief is for someone else</source>
        <translation>Das Briefing ist für jemand anderen</translation>
    </message>
    <message>
        <source>The brief on screen was prepared for {other}. Rebuild it for the person you are meeting before saving.</source>
        <translation>Das angezeigte Briefing wurde für {other} vorbereitet. Erstellen Sie es vor dem Speichern für die Person neu, die Sie treffen.</translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation>Treffen nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the meeting with {name}</source>
        <translation>Treffen mit {name} gespeichert</translation>
    </message>
    <message>
        <source>Unsaved meeting</source>
        <translation>Nicht gespeichertes Treffen</translation>
    </message>
    <message>
        <source>Save this meeting and its brief before leaving?</source>
        <translation>Dieses Treffen und sein Briefing vor dem Verlassen speichern?</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Every brief starts from you: the first two sentences of your self-summary come from here, and the common ground with each person is found in your interests, employers and schools.</source>
        <translation>Jedes Briefing geht von Ihnen aus: Die ersten beiden Sätze Ihrer Selbstvorstellung stammen von hier, und Gemeinsamkeiten mit jeder Person werden in Ihren Interessen, Arbeitgebern und Schulen gesucht.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Unsaved changes to your profile from {when} were kept.</source>
        <translation>Nicht gespeicherte Änderungen an Ihrem Profil vom {when} wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Kept changes restored: check them, then Save profile</source>
        <translation>Aufbewahrte Änderungen wiederhergestellt: Prüfen Sie sie und klicken Sie dann auf „Profil speichern“</translation>
    </message>
    <message>
        <source>The kept changes could not be discarded: {reason}</source>
        <translation>Die aufbewahrten Änderungen konnten nicht verworfen werden: {reason}</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Nicht gespeichertes Profil</translation>
    </message>
    <message>
        <source>Save the changes to your profile?</source>
        <translation>Die Änderungen an Ihrem Profil speichern?</translation>
    </message>
    <message>
        <source>Profile not saved: please fix the fields marked in red</source>
        <translation>Profil nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
</context>
<context>
    <name>PromptList</name>
    <message>
        <source>Follow the conversation; the clock keeps time.</source>
        <translation>Folgen Sie dem Gespräch; die Uhr behält die Zeit im Blick.</translation>
    </message>
</context>
<context>
    <name>QuestionKind</name>
    <message>
        <source>Their view on…</source>
        <translation>Ihre Sicht auf…</translation>
    </message>
    <message>
        <source>How they did…</source>
        <translation>Ihr Weg zu…</translation>
    </message>
    <message>
        <source>Their advice on…</source>
        <translation>Ihr Rat zu…</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Insight question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap for another “{kind}” question</source>
        <translation>Gegen eine andere Frage „{kind}“ tauschen</translation>
    </message>
    <message>
        <source>No other question of this kind: edit this one in place</source>
        <translation>Keine andere Frage dieser Art: Bearbeiten Sie diese direkt</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>(no question prepared — ask your own)</source>
        <translation>(keine Frage vorbereitet – stellen Sie Ihre eigene)</translation>
    </message>
    <message>
        <source>What did you learn? A line or two is enough.</source>
        <translation>Was haben Sie erfahren? Ein, zwei Zeilen genügen.</translation>
    </message>
    <message>
        <source>Insight from question {number}</source>
        <translation>Erkenntnis aus Frage {number}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Senior Product Manager</source>
        <translation>z. B. Senior Product Manager</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>e.g. Wardline Health</source>
        <translation>z. B. Wardline Health</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Stadt, Land</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>https://…  (profile, website, article)</source>
        <translation>https://…  (Profil, Website, Artikel)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>e.g. NHS Confed 2025, panel Q&amp;A</source>
        <translation>z. B. NHS Confed 2025, Q&amp;A-Runde</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <source>Who introduced you</source>
        <translation>Wer Sie vorgestellt hat</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>The weekly review groups people by why you keep in touch.</source>
        <translation>Der Wochenrückblick ordnet Menschen danach, warum Sie in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Melden alle</translation>
    </message>
    <message>
        <source>Their own interval (not set: their circle&apos;s, see Review → Settings). The weekly review suggests them when this long has passed.</source>
        <translation>Eigenes Intervall (nicht gesetzt: das des Kreises, siehe Rückblick → Einstellungen). Der Wochenrückblick schlägt die Person vor, wenn so viel Zeit vergangen ist.</translation>
    </message>
    <message>
        <source>…and at the latest every</source>
        <translation>…und spätestens alle</translation>
    </message>
    <message>
        <source>Past this they are overdue and come first in the weekly review.</source>
        <translation>Danach ist die Person überfällig und steht im Wochenrückblick oben.</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Left out of the weekly review until this day (not set: never snoozed).</source>
        <translation>Bis zu diesem Tag nicht im Wochenrückblick (nicht gesetzt: nie zurückgestellt).</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Was der Person wichtig ist</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>e.g. trail running, Arsenal, ceramics</source>
        <translation>z. B. Trailrunning, Arsenal, Töpfern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>e.g. health-tech, mentor</source>
        <translation>z. B. Health-Tech, Mentor</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <source>Past roles, schools, career moves…</source>
        <translation>Frühere Stellen, Ausbildung, Wechsel…</translation>
    </message>
    <message>
        <source>Current projects</source>
        <translation>Aktuelle Projekte</translation>
    </message>
    <message>
        <source>What they work on now</source>
        <translation>Woran die Person gerade arbeitet</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Talks, articles, launches, awards</source>
        <translation>Vorträge, Artikel, Produktstarts, Auszeichnungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <source>e.g. ICU nurse moving into product</source>
        <translation>z. B. Intensivpflegerin auf dem Weg ins Produktmanagement</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Your three sentences</source>
        <translation>Ihre drei Sätze</translation>
    </message>
    <message>
        <source>What I&apos;m good at</source>
        <translation>Worin ich gut bin</translation>
    </message>
    <message>
        <source>I&apos;m good at … (one sentence, in your own voice)</source>
        <translation>Ich bin gut darin, … (ein Satz, in Ihren eigenen Worten)</translation>
    </message>
    <message>
        <source>What makes me unique</source>
        <translation>Was mich auszeichnet</translation>
    </message>
    <message>
        <source>What I bring that few others do…</source>
        <translation>Was ich mitbringe, das nur wenige haben…</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>Specific beats generic: Arsenal &gt; sport</source>
        <translation>Konkret schlägt allgemein: Arsenal &gt; Sport</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Where you have worked</source>
        <translation>Wo Sie gearbeitet haben</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Where you studied</source>
        <translation>Wo Sie gelernt oder studiert haben</translation>
    </message>
    <message>
        <source>Why you&apos;re meeting people</source>
        <translation>Warum Sie Menschen treffen</translation>
    </message>
    <message>
        <source>Current goal</source>
        <translation>Aktuelles Ziel</translation>
    </message>
    <message>
        <source>What you want to learn or do next</source>
        <translation>Was Sie als Nächstes lernen oder tun möchten</translation>
    </message>
    <message>
        <source>Current challenge</source>
        <translation>Aktuelle Herausforderung</translation>
    </message>
    <message>
        <source>Where advice would help most</source>
        <translation>Wo ein Rat am meisten helfen würde</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>e.g. Tue and Thu 8-10am, Fri after 3pm, Europe/London</source>
        <translation>z. B. Di und Do 8–10 Uhr, Fr ab 15 Uhr, Europe/Berlin</translation>
    </message>
    <message>
        <source>The weekly review proposes times from this, in the time zone named (else your computer&apos;s): days, times like 8-10am or after 3pm, mornings…</source>
        <translation>Der Wochenrückblick schlägt daraus Termine vor, in der genannten Zeitzone (sonst der Ihres Computers): Tage, Zeiten wie 8–10 Uhr oder ab 15 Uhr, vormittags…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No contact called “{name}”: pick one from the list.</source>
        <translation>Kein Kontakt namens „{name}“: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>(deleted contact)</source>
        <translation>(gelöschter Kontakt)</translation>
    </message>
</context>
<context>
    <name>ReferralAdvance</name>
    <message>
        <source>Mark as contacted</source>
        <translation>Als kontaktiert markieren</translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>Als getroffen markieren</translation>
    </message>
    <message>
        <source>Mark referrer thanked</source>
        <translation>Als „Empfehlungsgeber bedankt“ markieren</translation>
    </message>
</context>
<context>
    <name>ReferralNextStep</name>
    <message>
        <source>Get in touch</source>
        <translation>Kontakt aufnehmen</translation>
    </message>
    <message>
        <source>Waiting to meet</source>
        <translation>Treffen steht aus</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Dem Empfehlungsgeber berichten, wie es lief</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Name given</source>
        <translation>Name genannt</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Referrer thanked</source>
        <translation>Empfehlungsgeber bedankt</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>The names your contacts gave you, from asked to referrer thanked. Those waiting for you come first.</source>
        <translation>Die Namen, die Ihnen Ihre Kontakte genannt haben – vom Nachfragen bis zum Dank an den Empfehlungsgeber. Was auf Sie wartet, steht oben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Referrals waiting</source>
        <translation>Offene Empfehlungen</translation>
    </message>
    <message>
        <source>Show finished ones too</source>
        <translation>Auch abgeschlossene zeigen</translation>
    </message>
    <message>
        <source>Waiting for action</source>
        <translation>Warten auf Sie</translation>
    </message>
    <message>
        <source>Who referred whom</source>
        <translation>Wer wen empfohlen hat</translation>
    </message>
    <message>
        <source>Mark as contacted</source>
        <translation>Als kontaktiert markieren</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Nothing waiting for you: every name has been followed up and its referrer thanked. Tick “Show finished ones too” to see them.</source>
        <translation>Nichts wartet auf Sie: Jedem Namen wurde nachgegangen und jedem Empfehlungsgeber gedankt. Haken Sie „Auch abgeschlossene zeigen“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No names from meetings yet; below is who referred whom among your contacts. At the end of a meeting, ask “Who else should I talk to?” — the names you note come here.</source>
        <translation>Noch keine Namen aus Treffen; unten steht, wer wen unter Ihren Kontakten empfohlen hat. Fragen Sie am Ende eines Treffens „Mit wem sollte ich noch sprechen?“ – die notierten Namen erscheinen hier.</translation>
    </message>
    <message>
        <source>No referrals yet. At the end of a meeting, ask “Who else should I talk to?” — the names you note become contacts here.</source>
        <translation>Noch keine Empfehlungen. Fragen Sie am Ende eines Treffens „Mit wem sollte ich noch sprechen?“ – die notierten Namen werden hier zu Kontakten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{name}, suggested by {referrer}: {step}</source>
        <translation>{name}, vorgeschlagen von {referrer}: {step}</translation>
    </message>
    <message>
        <source>Referral not updated</source>
        <translation>Empfehlung nicht aktualisiert</translation>
    </message>
    <message>
        <source> — follow-up added: {what}</source>
        <translation> – Follow-up hinzugefügt: {what}</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Who else do you think I should talk to? Could you suggest three people?</source>
        <translation>Mit wem sollte ich Ihrer Meinung nach noch sprechen? Könnten Sie mir drei Personen nennen?</translation>
    </message>
    <message>
        <source>Ask: “{ask}”</source>
        <translation>Fragen Sie: „{ask}“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why this person</source>
        <translation>Warum diese Person</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Wie erreichbar</translation>
    </message>
    <message>
        <source>+ Add another name</source>
        <translation>+ Weiteren Namen hinzufügen</translation>
    </message>
    <message>
        <source>Add another referral</source>
        <translation>Weitere Empfehlung hinzufügen</translation>
    </message>
    <message>
        <source>Name {number}</source>
        <translation>Name {number}</translation>
    </message>
    <message>
        <source>Why they suggested them</source>
        <translation>Warum empfohlen</translation>
    </message>
    <message>
        <source>Email, phone, link, “via …”</source>
        <translation>E-Mail, Telefon, Link, „über …“</translation>
    </message>
    <message>
        <source>Will introduce</source>
        <translation>Stellt vor</translation>
    </message>
    <message>
        <source>Referral {number}: name</source>
        <translation>Empfehlung {number}: Name</translation>
    </message>
    <message>
        <source>Referral {number}: why</source>
        <translation>Empfehlung {number}: warum</translation>
    </message>
    <message>
        <source>Referral {number}: how to reach</source>
        <translation>Empfehlung {number}: wie erreichbar</translation>
    </message>
</context>
<context>
    <name>ReplaceEmail</name>
    <message>
        <source>Quote another insight</source>
        <translation>Eine andere Erkenntnis zitieren</translation>
    </message>
    <message>
        <source>Your email no longer quotes an insight word for word.</source>
        <translation>Ihre E-Mail zitiert keine Erkenntnis mehr wörtlich.</translation>
    </message>
    <message>
        <source>To quote this one, the email is replaced by a fresh draft and your changes to it go (Undo brings them back). Or keep your email as it is.</source>
        <translation>Um diese zu zitieren, wird die E-Mail durch einen neuen Entwurf ersetzt, und Ihre Änderungen daran gehen verloren (Rückgängig holt sie zurück). Oder Sie behalten Ihre E-Mail, wie sie ist.</translation>
    </message>
    <message>
        <source>Replace with a fresh draft</source>
        <translation>Durch neuen Entwurf ersetzen</translation>
    </message>
    <message>
        <source>Keep my email</source>
        <translation>Meine E-Mail behalten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of your data. Your data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Wählen Sie eine Sicherung, die Ihre Daten ersetzen soll. Ihre jetzigen Daten werden vorher gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Compared with now</source>
        <translation>Verglichen mit jetzt</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>nichts fehlt</translation>
    </message>
    <message>
        <source>There are no backups yet: File → Back up now makes one.</source>
        <translation>Es gibt noch keine Sicherungen: Datei → Jetzt sichern erstellt eine.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>This backup holds less than your data</source>
        <translation>Diese Sicherung enthält weniger als Ihre Daten</translation>
    </message>
    <message>
        <source>The backup of {when} holds {holds}.

Restoring it would lose {loss}. Your data as it is now is backed up first.

Restore it anyway?</source>
        <translation>Die Sicherung vom {when} enthält {holds}.

Beim Wiederherstellen ginge Folgendes verloren: {loss}. Ihre jetzigen Daten werden vorher gesichert.

Trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>A meeting is still in progress</source>
        <translation>Ein Treffen läuft noch</translation>
    </message>
    <message>
        <source>, started {when} ({ago}),</source>
        <translation>, begonnen {when} ({ago}),</translation>
    </message>
    <message>
        <source>is paused</source>
        <translation>ist pausiert</translation>
    </message>
    <message>
        <source>was still running when netprep closed</source>
        <translation>lief noch, als netprep beendet wurde</translation>
    </message>
    <message>
        <source>Your meeting with {name}{since} {state}.</source>
        <translation>Ihr Treffen mit {name}{since} {state}.</translation>
    </message>
    <message>
        <source>Resume it where it was (the time that passed counts unless it was paused), record its outcome now (the clock stops when netprep closed), or discard it.</source>
        <translation>Setzen Sie es fort, wo es war (die vergangene Zeit zählt mit, außer es war pausiert), erfassen Sie jetzt das Ergebnis (die Uhr bleibt beim Beenden von netprep stehen) oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Record the outcome now</source>
        <translation>Ergebnis jetzt erfassen</translation>
    </message>
    <message>
        <source>A meeting{since} {state}, and its contact has since been deleted.</source>
        <translation>Ein Treffen{since} {state}, und sein Kontakt wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>End it and keep its notes, or discard it.</source>
        <translation>Beenden Sie es und behalten Sie die Notizen, oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>End it, keep the notes</source>
        <translation>Beenden, Notizen behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The meeting was not changed</source>
        <translation>Das Treffen wurde nicht geändert</translation>
    </message>
    <message>
        <source>Start the prepared meeting?</source>
        <translation>Das vorbereitete Treffen starten?</translation>
    </message>
    <message>
        <source>You have a meeting prepared with {name}{purpose}, with its brief. Start that one instead of a new meeting?</source>
        <translation>Sie haben ein Treffen mit {name}{purpose} samt Briefing vorbereitet. Dieses statt eines neuen Treffens starten?</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The weekly review (repeating, 15 minutes)…</source>
        <translation>Der Wochenrückblick (wiederkehrend, 15 Minuten)…</translation>
    </message>
    <message>
        <source>Planned meetings (alarm 15 minutes before)…</source>
        <translation>Geplante Treffen (Erinnerung 15 Minuten vorher)…</translation>
    </message>
    <message>
        <source>Follow-ups with a due date (to-dos)…</source>
        <translation>Follow-ups mit Fälligkeitsdatum (Aufgaben)…</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Time left in the review</source>
        <translation>Verbleibende Zeit im Rückblick</translation>
    </message>
    <message>
        <source>Start the 15-minute review</source>
        <translation>Rückblick starten</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <source>Calendar files (.ics) your calendar program opens</source>
        <translation>Kalenderdateien (.ics), die Ihr Kalenderprogramm öffnet</translation>
    </message>
    <message>
        <source>Write the emails →</source>
        <translation>Die E-Mails schreiben →</translation>
    </message>
    <message>
        <source>1. Who to reconnect with</source>
        <translation>1. Bei wem Sie sich melden</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Zurück zur Liste</translation>
    </message>
    <message>
        <source>2. Your emails: adjust, send, mark sent</source>
        <translation>2. Ihre E-Mails: anpassen, senden, als gesendet markieren</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>on {day}s</source>
        <translation>jeden {day}</translation>
    </message>
    <message>
        <source>Fifteen minutes a week ({when}): who you have not talked to in a while. Pick three, and send each a personal email saying why and offering some times.</source>
        <translation>Fünfzehn Minuten pro Woche ({when}): Mit wem haben Sie länger nicht gesprochen? Wählen Sie drei aus und schicken Sie jeder Person eine persönliche E-Mail mit dem Anlass und einigen Terminvorschlägen.</translation>
    </message>
    <message>
        <source>Your availability (“{text}”) could not be read, so the emails propose no times. Write it on your profile like “Tue and Thu 8-10am, Fri after 3pm, Europe/London”.</source>
        <translation>Ihre Verfügbarkeit („{text}“) konnte nicht gelesen werden, daher schlagen die E-Mails keine Zeiten vor. Tragen Sie sie in Ihrem Profil so ein: „Tue and Thu 8-10am, Fri after 3pm, Europe/London“.</translation>
    </message>
    <message>
        <source>Add your availability to your profile (e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”) and the emails will propose times.</source>
        <translation>Tragen Sie Ihre Verfügbarkeit im Profil ein (z. B. „Di und Do 8–10 Uhr, Fr ab 15 Uhr, Europe/Berlin“), dann schlagen die E-Mails Termine vor.</translation>
    </message>
    <message>
        <source>Part of your availability was not understood: {parts}.</source>
        <translation>Ein Teil Ihrer Verfügbarkeit wurde nicht verstanden: {parts}.</translation>
    </message>
    <message>
        <source>Nobody is due for a catch-up this week. Well kept!</source>
        <translation>Diese Woche ist niemand fällig. Gut gepflegt!</translation>
    </message>
    <message>
        <source>{count} people are due: the {shown} to start with are listed. Snooze some, or widen the intervals in Settings.</source>
        <translation>{count} Personen sind fällig: Die ersten {shown} stehen in der Liste. Stellen Sie einige zurück oder vergrößern Sie die Abstände in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n picked: {names}</source>
        <translation>
            <numerusform>%n ausgewählt: {names}</numerusform>
            <numerusform>%n ausgewählt: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the people to write to.</source>
        <translation>Haken Sie die Personen an, denen Sie schreiben möchten.</translation>
    </message>
    <message>
        <source>Time&apos;s up: finish the email you are on.</source>
        <translation>Die Zeit ist um: Schreiben Sie die aktuelle E-Mail noch fertig.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>At most {count} at a time: three is the habit</source>
        <translation>Höchstens {count} auf einmal: drei sind die Gewohnheit</translation>
    </message>
    <message>
        <source>Writing the emails with your template…</source>
        <translation>Die E-Mails werden mit Ihrer Vorlage geschrieben…</translation>
    </message>
    <message>
        <source>Logged: you wrote to {name}</source>
        <translation>Erfasst: Sie haben {name} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Review done in {minutes} min: %n email(s) sent. See you next week.</source>
        <translation>
            <numerusform>Rückblick in {minutes} Min. erledigt: %n E-Mail gesendet. Bis nächste Woche.</numerusform>
            <numerusform>Rückblick in {minutes} Min. erledigt: %n E-Mails gesendet. Bis nächste Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Unsent review emails</source>
        <translation>Nicht gesendete E-Mails aus dem Rückblick</translation>
    </message>
    <message>
        <source>Your changes to the email to {names} are not sent yet. Quit anyway? (Copy or save them first to keep them; the review drafts them again next time.)</source>
        <translation>Ihre Änderungen an der E-Mail an {names} sind noch nicht gesendet. Trotzdem beenden? (Kopieren oder speichern Sie sie zuerst, um sie zu behalten; der Rückblick entwirft sie beim nächsten Mal neu.)</translation>
    </message>
    <message>
        <source>{name} is snoozed until {until}</source>
        <translation>{name} ist zurückgestellt bis {until}</translation>
    </message>
    <message>
        <source>Review settings saved</source>
        <translation>Einstellungen für den Rückblick gespeichert</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Zu Ihrem Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saved {name}: open it to add it to your calendar</source>
        <translation>{name} gespeichert: Öffnen Sie die Datei, um den Termin in Ihren Kalender zu übernehmen</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <source>Circle: {circle}.</source>
        <translation>Kreis: {circle}.</translation>
    </message>
    <message>
        <source>You promised: {what}</source>
        <translation>Sie haben versprochen: {what}</translation>
    </message>
    <message>
        <source>Their current project: {project}</source>
        <translation>Aktuelles Projekt: {project}</translation>
    </message>
    <message numerus="yes">
        <source>No contact logged since you added them %n day(s) ago</source>
        <translation>
            <numerusform>Kein Kontakt erfasst, seit Sie die Person vor %n Tag hinzugefügt haben</numerusform>
            <numerusform>Kein Kontakt erfasst, seit Sie die Person vor %n Tagen hinzugefügt haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n day(s) ago ({kind}, {date})</source>
        <translation>
            <numerusform>Letzter Kontakt vor %n Tag ({kind}, {date})</numerusform>
            <numerusform>Letzter Kontakt vor %n Tagen ({kind}, {date})</numerusform>
        </translation>
    </message>
    <message>
        <source> (“{summary}”)</source>
        <translation> („{summary}“)</translation>
    </message>
    <message numerus="yes">
        <source>past the longest gap of %n day(s)</source>
        <translation>
            <numerusform>länger als der größte Abstand von %n Tag</numerusform>
            <numerusform>länger als der größte Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the ideal of every %n day(s)</source>
        <translation>
            <numerusform>länger als der ideale Abstand von %n Tag</numerusform>
            <numerusform>länger als der ideale Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the ideal of every %n day(s)</source>
        <translation>
            <numerusform>innerhalb des idealen Abstands von %n Tag</numerusform>
            <numerusform>innerhalb des idealen Abstands von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{since}; {rule}.</source>
        <translation>{since}; {rule}.</translation>
    </message>
    <message numerus="yes">
        <source>never contacted (added %n day(s) ago)</source>
        <translation>
            <numerusform>nie kontaktiert (vor %n Tag hinzugefügt)</numerusform>
            <numerusform>nie kontaktiert (vor %n Tagen hinzugefügt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago ({kind})</source>
        <translation>
            <numerusform>letzter Kontakt vor %n Tag ({kind})</numerusform>
            <numerusform>letzter Kontakt vor %n Tagen ({kind})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n promise(s) pending</source>
        <translation>
            <numerusform> · %n Versprechen offen</numerusform>
            <numerusform> · %n Versprechen offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Weekly review settings</source>
        <translation>Einstellungen für den Wochenrückblick</translation>
    </message>
    <message>
        <source>Keep in touch, by circle</source>
        <translation>In Kontakt bleiben, nach Kreis</translation>
    </message>
    <message>
        <source>{circle}: ideally every</source>
        <translation>{circle}: idealerweise alle</translation>
    </message>
    <message>
        <source>{circle}: at the latest every</source>
        <translation>{circle}: spätestens alle</translation>
    </message>
    <message>
        <source>ideally every</source>
        <translation>idealerweise alle</translation>
    </message>
    <message>
        <source>at the latest every</source>
        <translation>spätestens alle</translation>
    </message>
    <message>
        <source>A contact&apos;s own interval (on their page) wins over their circle&apos;s.</source>
        <translation>Das eigene Intervall eines Kontakts (auf seiner Seite) hat Vorrang vor dem seines Kreises.</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>Der Wochenrückblick</translation>
    </message>
    <message>
        <source>Review day</source>
        <translation>Tag des Rückblicks</translation>
    </message>
    <message>
        <source>Calendar event at</source>
        <translation>Kalendertermin um</translation>
    </message>
    <message>
        <source>Reminders while netprep is open</source>
        <translation>Erinnerungen, solange netprep geöffnet ist</translation>
    </message>
    <message>
        <source>A meeting starts in 15 minutes</source>
        <translation>Ein Treffen beginnt in 15 Minuten</translation>
    </message>
    <message>
        <source>Follow-ups fall due</source>
        <translation>Follow-ups werden fällig</translation>
    </message>
    <message>
        <source>It is the review day</source>
        <translation>Es ist der Tag des Rückblicks</translation>
    </message>
</context>
<context>
    <name>SameName</name>
    <message>
        <source>Another contact has this name</source>
        <translation>Ein anderer Kontakt hat diesen Namen</translation>
    </message>
    <message>
        <source>Saved. You already have another {who}.</source>
        <translation>Gespeichert. Sie haben bereits einen weiteren Kontakt {who}.</translation>
    </message>
    <message>
        <source>Saved. You already have {count} others called {name}:
{listed}</source>
        <translation>Gespeichert. Sie haben bereits {count} weitere Kontakte namens {name}:
{listed}</translation>
    </message>
    <message>
        <source>If they are the same person, open the other one and use Merge with… in the list&apos;s menu. Adding a company or an email tells them apart in every list.</source>
        <translation>Wenn es dieselbe Person ist, öffnen Sie den anderen Kontakt und wählen Sie im Menü der Liste „Zusammenführen mit…“. Mit einer Firma oder E-Mail-Adresse lassen sie sich in jeder Liste unterscheiden.</translation>
    </message>
    <message>
        <source>Open the other one</source>
        <translation>Den anderen öffnen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Contacts → Clear the search</source>
        <translation>Kontakte → Suche leeren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Contacts → From the search into the results</source>
        <translation>Kontakte → Von der Suche in die Ergebnisse</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Contacts → Delete the selected contact</source>
        <translation>Kontakte → Ausgewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Notes → Bring back a deleted note</source>
        <translation>Notizen → Gelöschte Notiz zurückholen</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Demo data — netprep</source>
        <translation>Demodaten – netprep</translation>
    </message>
    <message>
        <source>20-minute networking meetings</source>
        <translation>20-Minuten-Networking-Treffen</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>TimerBand</name>
    <message>
        <source>left in this phase</source>
        <translation>übrig in dieser Phase</translation>
    </message>
    <message>
        <source>left in the meeting</source>
        <translation>übrig im Treffen</translation>
    </message>
    <message>
        <source>PHASE {number} OF {count}</source>
        <translation>PHASE {number} VON {count}</translation>
    </message>
    <message>
        <source>Last phase: thank them and end on time</source>
        <translation>Letzte Phase: bedanken und pünktlich enden</translation>
    </message>
    <message>
        <source>Next: {phase} · {minutes}</source>
        <translation>Als Nächstes: {phase} · {minutes}</translation>
    </message>
    <message>
        <source>over in this phase</source>
        <translation>über der Zeit dieser Phase</translation>
    </message>
    <message>
        <source>paused · {caption}</source>
        <translation>pausiert · {caption}</translation>
    </message>
    <message>
        <source>over the meeting&apos;s time</source>
        <translation>über der Zeit des Treffens</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
</context>
<context>
    <name>TimerText</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Open the follow-ups due now</source>
        <translation>Die jetzt fälligen Follow-ups öffnen</translation>
    </message>
    <message>
        <source>Follow-ups due: open them</source>
        <translation>Fällige Follow-ups: öffnen</translation>
    </message>
    <message>
        <source>Log a touch…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>An email, a call, a message or a chance meeting</source>
        <translation>Eine E-Mail, ein Anruf, eine Nachricht oder eine zufällige Begegnung</translation>
    </message>
    <message>
        <source>Complete your profile</source>
        <translation>Ihr Profil vervollständigen</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Meetings coming up</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <source>No meeting planned. Meetings → Prepare a meeting (Ctrl+Shift+P) builds your brief.</source>
        <translation>Kein Treffen geplant. Treffen → Treffen vorbereiten (Strg+Umschalt+P) erstellt Ihr Briefing.</translation>
    </message>
    <message>
        <source>Due for a catch-up</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <source>Contacts due for a catch-up</source>
        <translation>Kontakte, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Guten Morgen, {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Guten Abend, {name}</translation>
    </message>
    <message>
        <source>Prepare the next coffee meeting, run it on a 20-minute agenda, and keep in touch with the people who help you.</source>
        <translation>Bereiten Sie das nächste Kaffeetreffen vor, führen Sie es nach einer 20-Minuten-Agenda und bleiben Sie mit den Menschen in Kontakt, die Ihnen helfen.</translation>
    </message>
    <message numerus="yes">
        <source>follow-ups due (%n overdue)</source>
        <translation>
            <numerusform>fällige Follow-ups (%n überfällig)</numerusform>
            <numerusform>fällige Follow-ups (%n überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-ups due</source>
        <translation>fällige Follow-ups</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>due for a catch-up</source>
        <translation>fällig zum Melden</translation>
    </message>
    <message>
        <source>Nobody is due for a catch-up. Set a keep-in-touch cadence on a contact.</source>
        <translation>Niemand ist für ein Wiedersehen fällig. Legen Sie bei einem Kontakt fest, wie oft Sie sich melden wollen.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Your briefs will be better with {missing}.</source>
        <translation>Ihre Briefings werden besser mit {missing}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>last contacted {when}, {late}</source>
        <translation>zuletzt kontaktiert: {when}, {late}</translation>
    </message>
    <message>
        <source>{day} is review day: fifteen minutes, 1 person to reconnect with, three personal emails.</source>
        <translation>{day} ist Rückblick-Tag: fünfzehn Minuten, 1 Person, bei der Sie sich melden, drei persönliche E-Mails.</translation>
    </message>
    <message>
        <source>{day} is review day: fifteen minutes, {count} people to reconnect with, three personal emails.</source>
        <translation>{day} ist Rückblick-Tag: fünfzehn Minuten, {count} Personen, bei denen Sie sich melden, drei persönliche E-Mails.</translation>
    </message>
    <message>
        <source>Start the weekly review</source>
        <translation>Den Wochenrückblick starten</translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <source>Log a touch</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Kind of touch</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>Eine Zeile: worum es ging</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Choose whom you were in touch with.</source>
        <translation>Wählen Sie, mit wem Sie in Kontakt waren.</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.json);;LinkedIn or Google CSV (*.csv);;vCard (*.vcf *.vcard);;netprep backup (*.json);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.json);;LinkedIn- oder Google-CSV (*.csv);;vCard (*.vcf *.vcard);;netprep-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>netprep backup, everything (*.json)</source>
        <translation>netprep-Sicherung, alles (*.json)</translation>
    </message>
    <message>
        <source>Contacts as a spreadsheet (*.csv)</source>
        <translation>Kontakte als Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Contacts as vCard (*.vcf)</source>
        <translation>Kontakte als vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing {source}…</source>
        <translation>{source} wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) imported</source>
        <translation>
            <numerusform>%n neuer Kontakt importiert</numerusform>
            <numerusform>%n neue Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into contacts you had</source>
        <translation>
            <numerusform>%n mit vorhandenen Kontakten zusammengeführt</numerusform>
            <numerusform>%n mit vorhandenen Kontakten zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) restored</source>
        <translation>
            <numerusform>%n weiterer Eintrag wiederhergestellt</numerusform>
            <numerusform>%n weitere Einträge wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>{result}

Edit → Undo import takes it back.</source>
        <translation>{result}

Bearbeiten → Import rückgängig machen nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Undone: the {what}.</source>
        <translation>Rückgängig gemacht: {what}.</translation>
    </message>
    <message>
        <source>Undo the {what}</source>
        <translation>{what} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import or merge</source>
        <translation>Import oder Zusammenführen rückgängig machen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported to {path} ({size} bytes).</source>
        <translation>Exportiert nach {path} ({size} Byte).</translation>
    </message>
    <message>
        <source>A sync tool (Dropbox, iCloud Drive, OneDrive, Syncthing) left copies of your data here when two computers changed it:
{names}

</source>
        <translation>Ein Synchronisierungsprogramm (Dropbox, iCloud Drive, OneDrive, Syncthing) hat hier Kopien Ihrer Daten hinterlassen, als zwei Computer sie geändert haben:
{names}

</translation>
    </message>
    <message>
        <source>Sync conflict copies</source>
        <translation>Konfliktkopien der Synchronisierung</translation>
    </message>
    <message>
        <source>netprep cannot merge these.</source>
        <translation>netprep kann diese nicht zusammenführen.</translation>
    </message>
    <message>
        <source>Review what {name} holds that is not here, and merge it?</source>
        <translation>Prüfen, was {name} enthält, das hier fehlt, und es zusammenführen?</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Zurückholen (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>A PDF needs a file to go to: add -o FILE.pdf (or use --format md).</source>
        <translation>Ein PDF braucht eine Zieldatei: Geben Sie -o DATEI.pdf an (oder verwenden Sie --format md).</translation>
    </message>
    <message>
        <source>A contact cannot refer themselves.</source>
        <translation>Ein Kontakt kann sich nicht selbst empfehlen.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters; this one has {length}. Split it into several notes (or keep the long text in a file and link to it).</source>
        <translation>Eine Notiz fasst höchstens {limit} Zeichen; diese hat {length}. Teilen Sie sie auf mehrere Notizen auf (oder legen Sie den langen Text in einer Datei ab und verlinken Sie diese).</translation>
    </message>
    <message>
        <source>A phase</source>
        <translation>Eine Phase</translation>
    </message>
    <message>
        <source>A touch is logged once it has happened: the date is in the future.</source>
        <translation>Ein Kontakt wird erst erfasst, wenn er stattgefunden hat: Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>An extension</source>
        <translation>Eine Verlängerung</translation>
    </message>
    <message>
        <source>An in-memory store has no backups.</source>
        <translation>Daten, die nur im Arbeitsspeicher liegen, haben keine Sicherungen.</translation>
    </message>
    <message>
        <source>An introduction needs a second, different contact.</source>
        <translation>Eine Vorstellung braucht einen zweiten, anderen Kontakt.</translation>
    </message>
    <message>
        <source>Cannot open the data folder {folder}: {reason}{where}.</source>
        <translation>Der Datenordner {folder} lässt sich nicht öffnen: {reason}{where}.</translation>
    </message>
    <message>
        <source>Cannot read your agenda ({path}): {reason}. Using the book&apos;s agenda.</source>
        <translation>Ihre Agenda ({path}) lässt sich nicht lesen: {reason}. Die Agenda aus dem Buch wird verwendet.</translation>
    </message>
    <message>
        <source>Cannot read your review settings ({path}): {reason}.</source>
        <translation>Ihre Einstellungen für den Wochenrückblick ({path}) lassen sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. The file was left untouched. No good backup was found.</source>
        <translation>{path} lässt sich nicht lesen: {reason}. Die Datei wurde nicht verändert. Es wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. The file was left untouched. The newest good backup is {backup}.</source>
        <translation>{path} lässt sich nicht lesen: {reason}. Die Datei wurde nicht verändert. Die neueste intakte Sicherung ist {backup}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} lässt sich nicht schreiben: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} lässt sich nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>Wählen Sie zwei verschiedene Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Could not restore from {backup}: {reason}.</source>
        <translation>Die Wiederherstellung aus {backup} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>Could not restore {name}: {reason}. Your data was backed up first.</source>
        <translation>{name} konnte nicht wiederhergestellt werden: {reason}. Ihre Daten wurden vorher gesichert.</translation>
    </message>
    <message>
        <source>Could not save {path}: {cause}. The previous version is intact.</source>
        <translation>{path} konnte nicht gespeichert werden: {cause}. Die vorherige Fassung ist unversehrt.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Could not start a backup in {folder}: {reason}.</source>
        <translation>In {folder} konnte keine Sicherung begonnen werden: {reason}.</translation>
    </message>
    <message>
        <source>Deleted in the copy, not merged: {deleted}</source>
        <translation>In der Kopie gelöscht, nicht übernommen: {deleted}</translation>
    </message>
    <message>
        <source>Every phase needs a name.</source>
        <translation>Jede Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>If it is one of these, name its format with --format ({choices}).</source>
        <translation>Ist sie eine davon, nennen Sie ihr Format mit --format ({choices}).</translation>
    </message>
    <message>
        <source>Intervals are {low} to {high} days.</source>
        <translation>Abstände liegen zwischen {low} und {high} Tagen.</translation>
    </message>
    <message>
        <source>Keep in touch at most every 1 to 3650 days, or leave it empty.</source>
        <translation>Der längste Abstand liegt zwischen 1 und 3650 Tagen – oder bleibt leer.</translation>
    </message>
    <message>
        <source>Keep in touch ideally every 1 to 3650 days, or leave it empty.</source>
        <translation>Der ideale Abstand liegt zwischen 1 und 3650 Tagen – oder bleibt leer.</translation>
    </message>
    <message>
        <source>Keep the follow-up to one line (at most {limit} characters).</source>
        <translation>Fassen Sie das Follow-up in eine Zeile (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Keep the note to one line (at most {limit} characters).</source>
        <translation>Fassen Sie die Notiz in eine Zeile (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Merged {other} into {survivor}; linked records moved: {moved}.</source>
        <translation>{other} wurde mit {survivor} zusammengeführt; verknüpfte Einträge verschoben: {moved}.</translation>
    </message>
    <message>
        <source>Names are limited to {limit} characters.</source>
        <translation>Namen haben höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>No contact matches “{ref}”. Did you mean:
  {listed}</source>
        <translation>Kein Kontakt passt zu „{ref}“. Meinten Sie:
  {listed}</translation>
    </message>
    <message>
        <source>No contact matches “{ref}”. Try `netprep contacts` to list them.</source>
        <translation>Kein Kontakt passt zu „{ref}“. `netprep contacts` listet alle auf.</translation>
    </message>
    <message>
        <source>No data folder at {folder}. Create one with `netprep init`.</source>
        <translation>Unter {folder} gibt es keinen Datenordner. Legen Sie einen mit `netprep init` an.</translation>
    </message>
    <message>
        <source>No days or times could be read in “{text}”.</source>
        <translation>In „{text}“ konnten keine Tage oder Zeiten gelesen werden.</translation>
    </message>
    <message>
        <source>No free time in your availability over the next three weeks.</source>
        <translation>In Ihrer Verfügbarkeit ist in den nächsten drei Wochen keine Zeit frei.</translation>
    </message>
    <message>
        <source>No meeting with a date is planned yet.</source>
        <translation>Es ist noch kein Treffen mit Datum geplant.</translation>
    </message>
    <message>
        <source>No planned meeting matches “{ref}”: give a meeting id or the name of someone you have a meeting planned with (`netprep meetings --upcoming` lists them).</source>
        <translation>Kein geplantes Treffen passt zu „{ref}“: Geben Sie die ID eines Treffens an oder den Namen einer Person, mit der Sie ein Treffen geplant haben (`netprep meetings --upcoming` listet sie auf).</translation>
    </message>
    <message>
        <source>No times proposed: add your availability to your profile (e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”).</source>
        <translation>Keine Terminvorschläge: Tragen Sie Ihre Verfügbarkeit im Profil ein (z. B. „Di und Do 8–10 Uhr, Fr ab 15 Uhr, Europe/Berlin“).</translation>
    </message>
    <message>
        <source>No times proposed: your availability (“{text}”) could not be read. Write it on your profile like “Tue and Thu 8-10am, Fri after 3pm, Europe/London”.</source>
        <translation>Keine Zeiten vorgeschlagen: Ihre Verfügbarkeit („{text}“) konnte nicht gelesen werden. Tragen Sie sie in Ihrem Profil so ein: „Tue and Thu 8-10am, Fri after 3pm, Europe/London“.</translation>
    </message>
    <message>
        <source>Not understood: {parts} (the rest is read).</source>
        <translation>Nicht verstanden: {parts} (der Rest wird gelesen).</translation>
    </message>
    <message>
        <source>Nothing to back up yet.</source>
        <translation>Noch gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>Einen der beiden Kontakte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only a finished meeting counts as having been in touch.</source>
        <translation>Nur ein beendetes Treffen zählt als Kontakt.</translation>
    </message>
    <message>
        <source>Only a paused meeting can be resumed.</source>
        <translation>Nur ein pausiertes Treffen kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Only a running meeting can be paused.</source>
        <translation>Nur ein laufendes Treffen kann pausiert werden.</translation>
    </message>
    <message>
        <source>Only a thank-you after a meeting quotes an insight.</source>
        <translation>Nur ein Dankeschön nach einem Treffen greift eine Erkenntnis auf.</translation>
    </message>
    <message>
        <source>Phase names are limited to {limit} characters.</source>
        <translation>Namen von Phasen haben höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Phase {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>Phase {n} of the agenda is not a phase (expected name, minutes, …).</source>
        <translation>Phase {n} der Agenda ist keine Phase (erwartet: Name, Minuten, …).</translation>
    </message>
    <message>
        <source>Pick one of the insights you wrote down.</source>
        <translation>Wählen Sie eine der Erkenntnisse, die Sie notiert haben.</translation>
    </message>
    <message>
        <source>Say what the follow-up is, in a few words.</source>
        <translation>Beschreiben Sie das Follow-up in wenigen Worten.</translation>
    </message>
    <message>
        <source>Say what to export: a MEETING (id or name), or --review, or --followups.</source>
        <translation>Geben Sie an, was exportiert werden soll: ein TREFFEN (ID oder Name), --review oder --followups.</translation>
    </message>
    <message>
        <source>Say when the meeting took place before recording it.</source>
        <translation>Geben Sie an, wann das Treffen stattfand, bevor Sie es erfassen.</translation>
    </message>
    <message>
        <source>Say whether {name} is the same person as a contact, or someone new.</source>
        <translation>Geben Sie an, ob {name} ein vorhandener Kontakt ist oder jemand Neues.</translation>
    </message>
    <message>
        <source>Say whether {name} is the same person as {other}, or someone new.</source>
        <translation>Geben Sie an, ob {name} dieselbe Person ist wie {other} oder jemand Neues.</translation>
    </message>
    <message>
        <source>Snooze by at least one day.</source>
        <translation>Stellen Sie um mindestens einen Tag zurück.</translation>
    </message>
    <message>
        <source>Snooze for at most a year.</source>
        <translation>Stellen Sie höchstens um ein Jahr zurück.</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>Stellen Sie bis zu einem Tag nach heute zurück.</translation>
    </message>
    <message>
        <source>Start the meeting first.</source>
        <translation>Starten Sie zuerst das Treffen.</translation>
    </message>
    <message>
        <source>Template {template}, line {line}: {reason}. The built-in template was used instead.</source>
        <translation>Vorlage {template}, Zeile {line}: {reason}. Stattdessen wurde die eingebaute Vorlage verwendet.</translation>
    </message>
    <message>
        <source>Template {template}: {reason}. The built-in template was used instead.</source>
        <translation>Vorlage {template}: {reason}. Stattdessen wurde die eingebaute Vorlage verwendet.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Dieses Follow-up gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Dieses Treffen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Diese Empfehlung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The PDF was not written: {reason}.</source>
        <translation>Das PDF wurde nicht geschrieben: {reason}.</translation>
    </message>
    <message>
        <source>The agenda needs at least one phase, so the last one cannot go.</source>
        <translation>Die Agenda braucht mindestens eine Phase, die letzte kann also nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The agenda needs at least one phase.</source>
        <translation>Die Agenda braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read; choose another one.</source>
        <translation>Die Sicherung {name} lässt sich nicht lesen; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The backup {name} holds less than your data now ({loss}). Restoring it would lose those; confirm to restore it anyway.</source>
        <translation>Die Sicherung {name} enthält weniger als Ihre jetzigen Daten ({loss}). Beim Wiederherstellen gingen diese verloren; bestätigen Sie, um sie trotzdem wiederherzustellen.</translation>
    </message>
    <message>
        <source>The built-in template {template} could not be rendered (line {line}: {reason}); please report this.</source>
        <translation>Die eingebaute Vorlage {template} ließ sich nicht ausgeben (Zeile {line}: {reason}); bitte melden Sie das.</translation>
    </message>
    <message>
        <source>The contact chosen for {name} no longer exists.</source>
        <translation>Den für {name} gewählten Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The contact still exists: record the outcome instead.</source>
        <translation>Den Kontakt gibt es noch: Erfassen Sie stattdessen das Ergebnis.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: follow-ups cannot be changed.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Follow-ups lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: meetings cannot be run or saved.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Treffen lassen sich weder durchführen noch speichern.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: no backup can be written.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Es kann keine Sicherung geschrieben werden.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be changed.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Es lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be logged.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Es lässt sich nichts erfassen.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: nothing can be restored.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Es lässt sich nichts wiederherstellen.</translation>
    </message>
    <message>
        <source>The data folder is open read-only: the settings were not saved.</source>
        <translation>Der Datenordner ist nur zum Lesen geöffnet: Die Einstellungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in another netprep (process {owner}). Close it there first; only one netprep can write to a data folder.</source>
        <translation>Der Datenordner {folder} ist bereits in einem anderen netprep geöffnet (Prozess {owner}). Schließen Sie ihn dort zuerst; nur ein netprep kann in einen Datenordner schreiben.</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in another netprep. Close it there first; only one netprep can write to a data folder.</source>
        <translation>Der Datenordner {folder} ist bereits in einem anderen netprep geöffnet. Schließen Sie ihn dort zuerst; nur ein netprep kann in einen Datenordner schreiben.</translation>
    </message>
    <message>
        <source>The data folder {folder} is open read-only; nothing was saved.</source>
        <translation>Der Datenordner {folder} ist nur zum Lesen geöffnet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The data is open read-only.</source>
        <translation>Die Daten sind nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full (or cannot be written): netprep opened your data read-only. Free some space and restart netprep to make changes; nothing was lost.</source>
        <translation>Das Laufwerk mit {folder} ist voll (oder nicht beschreibbar): netprep hat Ihre Daten nur zum Lesen geöffnet. Geben Sie Speicherplatz frei und starten Sie netprep neu, um Änderungen vorzunehmen; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The longest gap cannot be shorter than the ideal one.</source>
        <translation>Der längste Abstand kann nicht kürzer sein als der ideale.</translation>
    </message>
    <message>
        <source>The maximum cannot be shorter than the ideal.</source>
        <translation>Der längste Abstand kann nicht kürzer sein als der ideale.</translation>
    </message>
    <message>
        <source>The meeting has already started.</source>
        <translation>Das Treffen hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The meeting has finished.</source>
        <translation>Das Treffen ist beendet.</translation>
    </message>
    <message>
        <source>The meeting&apos;s contact no longer exists.</source>
        <translation>Den Kontakt dieses Treffens gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The note&apos;s contact has been deleted since: undo that first (Edit → Undo delete), then the note can come back.</source>
        <translation>Der Kontakt dieser Notiz wurde inzwischen gelöscht: Machen Sie das zuerst rückgängig (Bearbeiten → Löschen rückgängig), dann kann die Notiz zurückkommen.</translation>
    </message>
    <message>
        <source>The note&apos;s contact no longer exists.</source>
        <translation>Den Kontakt dieser Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The prompts of “{name}” must be a list of sentences.</source>
        <translation>Die Hinweise von „{name}“ müssen eine Liste von Sätzen sein.</translation>
    </message>
    <message>
        <source>The review day must be a day of the week.</source>
        <translation>Der Tag des Wochenrückblicks muss ein Wochentag sein.</translation>
    </message>
    <message>
        <source>The running meeting is not the one being recorded.</source>
        <translation>Das laufende Treffen ist nicht das, dessen Ergebnis gerade erfasst wird.</translation>
    </message>
    <message>
        <source>The saved meeting timer has a damaged agenda: {reason}</source>
        <translation>Der gespeicherte Timer des Treffens hat eine beschädigte Agenda: {reason}</translation>
    </message>
    <message>
        <source>The saved meeting timer is damaged and cannot be resumed.</source>
        <translation>Der gespeicherte Timer des Treffens ist beschädigt und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>There is no backup named “{name}”. Run `netprep restore` to list.</source>
        <translation>Es gibt keine Sicherung namens „{name}“. `netprep restore` listet alle auf.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to save {name} in.</source>
        <translation>Den Ordner {folder}, in dem {name} gespeichert werden soll, gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no phase {n} in this agenda.</source>
        <translation>Diese Agenda hat keine Phase {n}.</translation>
    </message>
    <message>
        <source>There is no phase {n}; the agenda has {count}.</source>
        <translation>Es gibt keine Phase {n}; die Agenda hat {count}.</translation>
    </message>
    <message>
        <source>These do not look like {what}: {values}</source>
        <translation>Diese Angaben sehen nicht nach {what} aus: {values}</translation>
    </message>
    <message>
        <source>This data folder already has contacts; demo data goes in an empty one.</source>
        <translation>Dieser Datenordner enthält bereits Kontakte; Demodaten kommen in einen leeren.</translation>
    </message>
    <message>
        <source>This data is kept in memory only: there is nothing to back up.</source>
        <translation>Diese Daten liegen nur im Arbeitsspeicher: Es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>This follow-up is done: reopen it before snoozing it.</source>
        <translation>Dieses Follow-up ist erledigt: Öffnen Sie es wieder, bevor Sie es zurückstellen.</translation>
    </message>
    <message>
        <source>This is already the first phase.</source>
        <translation>Das ist schon die erste Phase.</translation>
    </message>
    <message>
        <source>This is not an agenda: it has no list of phases.</source>
        <translation>Das ist keine Agenda: Sie hat keine Liste von Phasen.</translation>
    </message>
    <message>
        <source>This is the last phase: finish the meeting instead.</source>
        <translation>Das ist die letzte Phase: Beenden Sie stattdessen das Treffen.</translation>
    </message>
    <message>
        <source>This meeting has already started, so its agenda is fixed: add minutes to a phase from the meeting window instead.</source>
        <translation>Dieses Treffen hat schon begonnen, seine Agenda steht also fest: Geben Sie einer Phase stattdessen im Treffen-Fenster Minuten dazu.</translation>
    </message>
    <message>
        <source>This meeting has no date and time yet: set one first.</source>
        <translation>Dieses Treffen hat noch kein Datum und keine Uhrzeit: Legen Sie diese zuerst fest.</translation>
    </message>
    <message>
        <source>This meeting is over and its outcome recorded.</source>
        <translation>Dieses Treffen ist vorbei und sein Ergebnis erfasst.</translation>
    </message>
    <message>
        <source>This meeting is over; its record is under past meetings.</source>
        <translation>Dieses Treffen ist vorbei; sein Protokoll steht unter den vergangenen Treffen.</translation>
    </message>
    <message>
        <source>This meeting took place and is recorded: delete it instead.</source>
        <translation>Dieses Treffen hat stattgefunden und ist erfasst: Löschen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>This meeting was cancelled.</source>
        <translation>Dieses Treffen wurde abgesagt.</translation>
    </message>
    <message>
        <source>This meeting&apos;s outcome has already been recorded.</source>
        <translation>Das Ergebnis dieses Treffens wurde bereits erfasst.</translation>
    </message>
    <message>
        <source>This referral is already done: the referrer has been thanked.</source>
        <translation>Diese Empfehlung ist bereits abgeschlossen: Der empfehlenden Person wurde gedankt.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”: choose one of {choices}.</source>
        <translation>Unbekanntes Exportformat „{format}“: Wählen Sie eines von {choices}.</translation>
    </message>
    <message>
        <source>Write days (Mon, Tuesdays, Mon-Fri, weekdays), times (8-10am, 14:00-16:30, after 3pm, mornings) and a time zone, e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”.</source>
        <translation>Schreiben Sie Tage (Mon, Tuesdays, Mon-Fri, weekdays), Zeiten (8-10am, 14:00-16:30, after 3pm, mornings) und eine Zeitzone, z. B. „Tue and Thu 8-10am, Fri after 3pm, Europe/London“ (auf Englisch).</translation>
    </message>
    <message>
        <source>Your data was changed on disk by another program since netprep read it ({names}): a sync tool or netprep on another computer. Nothing was saved, so that change is not overwritten. Reload the data to see it, then make your change again.</source>
        <translation>Ihre Daten wurden auf dem Datenträger von einem anderen Programm geändert, seit netprep sie gelesen hat ({names}): von einem Synchronisierungsprogramm oder netprep auf einem anderen Computer. Es wurde nichts gespeichert, damit diese Änderung nicht überschrieben wird. Laden Sie die Daten neu, um sie zu sehen, und nehmen Sie Ihre Änderung dann noch einmal vor.</translation>
    </message>
    <message>
        <source>Your meeting with {name} is still in progress. End it (or discard it) first, then delete {name} with their meetings.</source>
        <translation>Ihr Treffen mit {name} läuft noch. Beenden (oder verwerfen) Sie es zuerst und löschen Sie {name} dann mit den Treffen.</translation>
    </message>
    <message>
        <source>Your name is used in the self-summary and in emails.</source>
        <translation>Ihr Name wird in der Selbstvorstellung und in E-Mails verwendet.</translation>
    </message>
    <message>
        <source>Your review settings ({path}) cannot be used: {reason}. The defaults are used until you save new ones; the file was left untouched.</source>
        <translation>Ihre Einstellungen für den Wochenrückblick ({path}) lassen sich nicht verwenden: {reason}. Bis Sie neue speichern, gelten die Standardwerte; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Your saved agenda ({path}) cannot be used: {reason} The book&apos;s agenda is used until you save a new one; the file was left untouched.</source>
        <translation>Ihre gespeicherte Agenda ({path}) lässt sich nicht verwenden: {reason} Bis Sie eine neue speichern, gilt die Agenda aus dem Buch; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>a field is longer than {size} KB; this does not look like a contacts file (or a quote is never closed)</source>
        <translation>ein Feld ist länger als {size} KB; das sieht nicht nach einer Kontaktdatei aus (oder ein Anführungszeichen wird nie geschlossen)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>einer Telefonnummer</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Datensatz</translation>
    </message>
    <message>
        <source>a value is longer than {size} KB; not a contact&apos;s detail</source>
        <translation>ein Wert ist länger als {size} KB; das ist keine Angabe zu einem Kontakt</translation>
    </message>
    <message>
        <source>a web link (example.org/page or https://…)</source>
        <translation>einem Weblink (example.org/seite oder https://…)</translation>
    </message>
    <message>
        <source>already here, and the copy here is newer</source>
        <translation>schon vorhanden, und die Fassung hier ist neuer</translation>
    </message>
    <message>
        <source>already here, identical</source>
        <translation>schon vorhanden, unverändert</translation>
    </message>
    <message>
        <source>already in netprep as {name} (same {how}), nothing new</source>
        <translation>schon in netprep als {name} (gleiche Angabe: {how}), nichts Neues</translation>
    </message>
    <message>
        <source>an email address (name@example.org)</source>
        <translation>einer E-Mail-Adresse (name@example.org)</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>senkrechten Strichen</translation>
    </message>
    <message>
        <source>belong to a contact that is in neither the backup nor netprep</source>
        <translation>gehören zu einem Kontakt, der weder in der Sicherung noch in netprep ist</translation>
    </message>
    <message>
        <source>cannot find the template {name!r} it includes or extends</source>
        <translation>findet die Vorlage {name!r} nicht, die sie einbindet oder erweitert</translation>
    </message>
    <message>
        <source>change {number}</source>
        <translation>Änderung {number}</translation>
    </message>
    <message>
        <source>circle “{value}” not understood</source>
        <translation>Kreis „{value}“ nicht verstanden</translation>
    </message>
    <message>
        <source>contact {id}: {problems}</source>
        <translation>Kontakt {id}: {problems}</translation>
    </message>
    <message>
        <source>date “{value}” not understood</source>
        <translation>Datum „{value}“ nicht verstanden</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>email “{value}” left out: {reason}</source>
        <translation>E-Mail „{value}“ weggelassen: {reason}</translation>
    </message>
    <message>
        <source>failed while rendering ({kind}: {reason})</source>
        <translation>ist bei der Ausgabe gescheitert ({kind}: {reason})</translation>
    </message>
    <message>
        <source>import of {source}</source>
        <translation>Import aus {source}</translation>
    </message>
    <message>
        <source>it deletes something that is not a record</source>
        <translation>sie löscht etwas, das kein Datensatz ist</translation>
    </message>
    <message>
        <source>it does not fit a {kind}: {reason}</source>
        <translation>er passt nicht zu einem Datensatz vom Typ {kind}: {reason}</translation>
    </message>
    <message>
        <source>it has no valid schema_version</source>
        <translation>sie hat keine gültige schema_version</translation>
    </message>
    <message>
        <source>it is damaged (an unknown field {field!r})</source>
        <translation>sie ist beschädigt (ein unbekanntes Feld {field!r})</translation>
    </message>
    <message>
        <source>it is damaged (its checksum does not match what it says)</source>
        <translation>sie ist beschädigt (ihre Prüfsumme passt nicht zum Inhalt)</translation>
    </message>
    <message>
        <source>it is missing although data files exist</source>
        <translation>sie fehlt, obwohl es Datendateien gibt</translation>
    </message>
    <message>
        <source>it is not a netprep change</source>
        <translation>sie ist keine netprep-Änderung</translation>
    </message>
    <message>
        <source>it is not a netprep data file</source>
        <translation>sie ist keine netprep-Datendatei</translation>
    </message>
    <message>
        <source>it is not a netprep data file (top level is not an object)</source>
        <translation>sie ist keine netprep-Datendatei (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>it is not a netprep {table} file (unexpected section {section!r})</source>
        <translation>sie ist keine netprep-Datei für {table} (unerwarteter Abschnitt {section!r})</translation>
    </message>
    <message>
        <source>it is not valid JSON ({reason})</source>
        <translation>sie ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>it used too much memory and was stopped</source>
        <translation>sie hat zu viel Speicher gebraucht und wurde angehalten</translation>
    </message>
    <message>
        <source>its checksum does not match (damaged)</source>
        <translation>ihre Prüfsumme stimmt nicht (beschädigt)</translation>
    </message>
    <message>
        <source>its line end is damaged</source>
        <translation>ihr Zeilenende ist beschädigt</translation>
    </message>
    <message>
        <source>its output is over {limit} characters</source>
        <translation>ihre Ausgabe ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>its sequence number is not a number</source>
        <translation>ihre laufende Nummer ist keine Zahl</translation>
    </message>
    <message>
        <source>its {table!r} section is not an object</source>
        <translation>ihr Abschnitt {table!r} ist kein Objekt</translation>
    </message>
    <message>
        <source>link “{value}” left out</source>
        <translation>Link „{value}“ weggelassen</translation>
    </message>
    <message>
        <source>merge of {other} into {survivor}</source>
        <translation>Zusammenführen von {other} mit {survivor}</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>Name und Firma</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>no name (someone who has left LinkedIn)</source>
        <translation>kein Name (jemand, der LinkedIn verlassen hat)</translation>
    </message>
    <message>
        <source>no name (someone who left the service, or an empty row)</source>
        <translation>kein Name (jemand, der den Dienst verlassen hat, oder eine leere Zeile)</translation>
    </message>
    <message>
        <source>phone “{value}” left out: not a phone number</source>
        <translation>Telefon „{value}“ weggelassen: keine Telefonnummer</translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>record {key}</source>
        <translation>Datensatz {key}</translation>
    </message>
    <message>
        <source>referred by “{name}”: more than one contact has that name; not linked</source>
        <translation>empfohlen von „{name}“: mehrere Kontakte heißen so; nicht verknüpft</translation>
    </message>
    <message>
        <source>referred by “{name}”: no contact has that name; not linked</source>
        <translation>empfohlen von „{name}“: kein Kontakt heißt so; nicht verknüpft</translation>
    </message>
    <message>
        <source>refused by the template sandbox ({reason})</source>
        <translation>von der Vorlagen-Sandbox abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>syntax error ({reason})</source>
        <translation>Syntaxfehler ({reason})</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>template error ({reason})</source>
        <translation>Fehler in der Vorlage ({reason})</translation>
    </message>
    <message>
        <source>the CSV cannot be read ({reason})</source>
        <translation>die CSV-Datei lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>the card cannot be read ({reason})</source>
        <translation>die Karte lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>the card is cut off (no END:VCARD)</source>
        <translation>die Karte ist abgeschnitten (kein END:VCARD)</translation>
    </message>
    <message>
        <source>the checksums</source>
        <translation>die Prüfsummen</translation>
    </message>
    <message>
        <source>the file is empty (it may have been truncated)</source>
        <translation>die Datei ist leer (sie wurde vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the interval for {key!r} cannot be read</source>
        <translation>der Abstand für {key!r} lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the last change</source>
        <translation>die letzte Änderung</translation>
    </message>
    <message>
        <source>the last line is damaged</source>
        <translation>die letzte Zeile ist beschädigt</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the profile: {reason}</source>
        <translation>das Profil: {reason}</translation>
    </message>
    <message>
        <source>the reminders are not an object</source>
        <translation>die Erinnerungen sind kein Objekt</translation>
    </message>
    <message>
        <source>the same person as row {row} (same {how}): joined</source>
        <translation>dieselbe Person wie in Zeile {row} (gleiche Angabe: {how}): zusammengeführt</translation>
    </message>
    <message>
        <source>the settings are not an object</source>
        <translation>die Einstellungen sind kein Objekt</translation>
    </message>
    <message>
        <source>uses something that does not exist ({reason})</source>
        <translation>verwendet etwas, das es nicht gibt ({reason})</translation>
    </message>
    <message>
        <source>{circle}: {problem}</source>
        <translation>{circle}: {problem}</translation>
    </message>
    <message>
        <source>{count} {table}: {why}</source>
        <translation>{count} {table}: {why}</translation>
    </message>
    <message>
        <source>{day!r} is not a day of the week</source>
        <translation>{day!r} ist kein Wochentag</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {where} was set aside ({reason}).</source>
        <translation>{file}: {where} wurde beiseitegelegt ({reason}).</translation>
    </message>
    <message>
        <source>{folder} holds no netprep data (no netprep.json or contacts.json). Use --data-dir with your data folder, or `netprep init` to start one there.</source>
        <translation>{folder} enthält keine netprep-Daten (kein netprep.json oder contacts.json). Geben Sie mit --data-dir Ihren Datenordner an oder legen Sie dort mit `netprep init` einen an.</translation>
    </message>
    <message>
        <source>{label} can last at most {limit} minutes.</source>
        <translation>{label} kann höchstens {limit} Minuten dauern.</translation>
    </message>
    <message>
        <source>{label} needs at least half a minute.</source>
        <translation>{label} braucht mindestens eine halbe Minute.</translation>
    </message>
    <message>
        <source>{label} needs its length in minutes as a number.</source>
        <translation>{label}: Die Dauer in Minuten muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{label} needs more than zero minutes.</source>
        <translation>{label} braucht mehr als null Minuten.</translation>
    </message>
    <message>
        <source>{label} shows an unknown part of the brief.</source>
        <translation>{label} zeigt einen unbekannten Teil des Briefings.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>{name} does not say which netprep version wrote it.</source>
        <translation>{name} gibt nicht an, welche netprep-Version sie geschrieben hat.</translation>
    </message>
    <message>
        <source>{name} ends in the middle of a row (line {line}): it looks cut off. Download or export it again.</source>
        <translation>{name} endet mitten in einer Zeile (Zeile {line}): Die Datei scheint abgeschnitten. Laden Sie sie erneut herunter oder exportieren Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>{name} has no email address: add one to send this.</source>
        <translation>{name} hat keine E-Mail-Adresse: Fügen Sie eine hinzu, um diese Nachricht zu senden.</translation>
    </message>
    <message>
        <source>{name} has no header row naming the columns ({wanted}); netprep cannot read it.</source>
        <translation>{name} hat keine Kopfzeile mit den Spaltennamen ({wanted}); netprep kann die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>{name} holds no vCard (no BEGIN:VCARD line).</source>
        <translation>{name} enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>{name} is JSON but not a netprep backup.</source>
        <translation>{name} ist JSON, aber keine netprep-Sicherung.</translation>
    </message>
    <message>
        <source>{name} is a copy of the {table} changes, which are not merged.</source>
        <translation>{name} ist eine Kopie der Änderungen an {table}; diese werden nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>{name} is a copy of the {table} file, which is not merged.</source>
        <translation>{name} ist eine Kopie der Datei {table}; diese wird nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>{name} is already done: the referrer has been thanked.</source>
        <translation>{name} ist bereits abgeschlossen: Der empfehlenden Person wurde gedankt.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is in an encoding netprep cannot read (only UTF-8, UTF-16 and Windows-1252/Latin-1). Export it again as UTF-8.</source>
        <translation>{name} hat eine Zeichenkodierung, die netprep nicht lesen kann (nur UTF-8, UTF-16 und Windows-1252/Latin-1). Exportieren Sie die Datei noch einmal als UTF-8.</translation>
    </message>
    <message>
        <source>{name} is larger than 200 MB: this is not a contacts file.</source>
        <translation>{name} ist größer als 200 MB: Das ist keine Kontaktdatei.</translation>
    </message>
    <message>
        <source>{name} is not a LinkedIn or Google Contacts CSV, a netprep CSV, a vCard file or a netprep backup.</source>
        <translation>{name} ist weder eine LinkedIn- oder Google-Contacts-CSV noch eine netprep-CSV, eine vCard-Datei oder eine netprep-Sicherung.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}, column {column}); it may be cut off or damaged.</source>
        <translation>{name} ist kein gültiges JSON (Zeile {line}, Spalte {column}); die Datei ist vielleicht abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data). Choose a CSV, vCard or netprep JSON file.</source>
        <translation>{name} ist keine Textdatei (sie enthält Binärdaten). Wählen Sie eine CSV-, vCard- oder netprep-JSON-Datei.</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} (byte {byte}): it may be damaged.</source>
        <translation>{name} ist kein gültiges {encoding} (Byte {byte}): Die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>{name} separates its columns with {separator}, not commas. Export it again as a comma-separated CSV.</source>
        <translation>{name} trennt die Spalten mit {separator}, nicht mit Kommas. Exportieren Sie die Datei noch einmal als kommagetrennte CSV-Datei.</translation>
    </message>
    <message>
        <source>{name} was first introduced by someone else: keep that introducer, record {referrer} instead, or keep both.</source>
        <translation>{name} wurde zuerst von jemand anderem vorgestellt: Behalten Sie diese Person, tragen Sie stattdessen {referrer} ein oder behalten Sie beide.</translation>
    </message>
    <message>
        <source>{name} was written by a newer netprep; update netprep first.</source>
        <translation>{name} wurde von einem neueren netprep geschrieben; aktualisieren Sie netprep zuerst.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {reason}</source>
        <translation>{name}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: {problems}</source>
        <translation>{name}: {problems}</translation>
    </message>
    <message>
        <source>{name}: “{table}” is not a list of records.</source>
        <translation>{name}: „{table}“ ist keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a netprep demo file.</source>
        <translation>{path} ist keine netprep-Demodatei.</translation>
    </message>
    <message>
        <source>{path} was written by a newer netprep (data version {found}; this one reads up to {supported}). Update netprep to open it; the file was left untouched.</source>
        <translation>{path} wurde von einem neueren netprep geschrieben (Datenversion {found}; dieses liest bis Version {supported}). Aktualisieren Sie netprep, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{referrer} cannot be their own referral ({name}).</source>
        <translation>{referrer} kann sich nicht selbst empfehlen ({name}).</translation>
    </message>
    <message>
        <source>{table} record {key}: {reason}</source>
        <translation>{table}, Datensatz {key}: {reason}</translation>
    </message>
    <message>
        <source>{time!r} is not a time like 16:00</source>
        <translation>{time!r} ist keine Uhrzeit wie 16:00</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where}record {key!r} is not a netprep record</source>
        <translation>{where}Datensatz {key!r} ist kein netprep-Datensatz</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of follow-up: use one of {choices}.</source>
        <translation>„{kind}“ ist keine Art von Follow-up: Verwenden Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of touch: use one of {choices}.</source>
        <translation>„{kind}“ ist keine Art von Kontakt: Verwenden Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>“{name}” is not a contact field.</source>
        <translation>„{name}“ ist kein Feld eines Kontakts.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone netprep knows: write one like Europe/London, or UTC.</source>
        <translation>„{name}“ ist keine Zeitzone, die netprep kennt: Schreiben Sie eine wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone netprep knows; your computer&apos;s is used.</source>
        <translation>„{name}“ ist keine Zeitzone, die netprep kennt; die Ihres Computers wird verwendet.</translation>
    </message>
    <message>
        <source>“{name}” shows “{shows}”, which is not part of the brief (use one of: {known}).</source>
        <translation>„{name}“ zeigt „{shows}“, das kein Teil des Briefings ist (verwenden Sie eines von: {known}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>„{text}“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-11-30.</translation>
    </message>
    <message>
        <source>“{value}”</source>
        <translation>„{value}“</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address.</source>
        <translation>„{value}“ sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>“{value}” does not look like {what}.</source>
        <translation>„{value}“ sieht nicht nach {what} aus.</translation>
    </message>
    <message>
        <source>“{what}” matches more than one contact:
  {listed}</source>
        <translation>„{what}“ passt zu mehr als einem Kontakt:
  {listed}</translation>
    </message>
</context>
<context>
    <name>WhyButton</name>
    <message>
        <source>why?</source>
        <translation>warum?</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
</context>
</TS>
