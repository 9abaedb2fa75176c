<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CodeChoosers</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Fräulein</translation>
    </message>
    <message>
        <source>Mr and Mrs</source>
        <translation>Herr und Frau</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptadresse</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Title</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Main email</source>
        <translation>Haupt-E-Mail</translation>
    </message>
    <message>
        <source>Ticket-shop login</source>
        <translation>Ticketshop-Login</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-Mails und Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Granted authorizations</source>
        <translation>Erteilte Einwilligungen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address name 1</source>
        <translation>Adressname 1</translation>
    </message>
    <message>
        <source>Address name 2</source>
        <translation>Adressname 2</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Server fault</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Someone else changed this contact since it was opened: %1</source>
        <translation>Jemand anderes hat diesen Kontakt seit dem Öffnen geändert: %1</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server reported a fault: %1</source>
        <translation>Der Server meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>Die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The answer was too large to be read.</source>
        <translation>Die Antwort war zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again in a minute.</source>
        <translation>Das Anfragelimit des Servers ist erreicht; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The credentials are missing.</source>
        <translation>Die Zugangsdaten fehlen.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataAge</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>no reference data</source>
        <translation>keine Referenzdaten</translation>
    </message>
    <message>
        <source>offline: cached %1 ago</source>
        <translation>offline: vor %1 zwischengespeichert</translation>
    </message>
    <message>
        <source>reference data %1 old</source>
        <translation>Referenzdaten %1 alt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A ticket-shop password needs a login.</source>
        <translation>Ein Ticketshop-Passwort braucht ein Login.</translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation>Hier ist nur ein Wert erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation>Muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Unknown administrative number &quot;%1&quot;.</source>
        <translation>Unbekannte Verwaltungsnummer „%1“.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (jetzt %2).</translation>
    </message>
    <message>
        <source>Not a valid email address (name@example.com).</source>
        <translation>Keine gültige E-Mail-Adresse (name@beispiel.de).</translation>
    </message>
    <message>
        <source>Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.</source>
        <translation>Keine gültige Telefonnummer: Ziffern, Leerzeichen und + . - / ( ), 6 bis 20 Ziffern.</translation>
    </message>
    <message>
        <source>Not an ISO 639-1 language code (two lower-case letters, e.g. de).</source>
        <translation>Kein ISO-639-1-Sprachcode (zwei Kleinbuchstaben, z. B. de).</translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom, not UK.</source>
        <translation>Verwenden Sie GB für das Vereinigte Königreich, nicht UK.</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).</source>
        <translation>Kein ISO-3166-1-Ländercode (zwei Großbuchstaben, z. B. CH).</translation>
    </message>
    <message>
        <source>The birth date must not be in the future.</source>
        <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The birth date must not be before %1.</source>
        <translation>Das Geburtsdatum darf nicht vor %1 liegen.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>Does not match the expected format (%1).</source>
        <translation>Entspricht nicht dem erwarteten Format (%1).</translation>
    </message>
    <message>
        <source>Not a number (digits, &apos;.&apos; as decimal separator).</source>
        <translation>Keine Zahl (Ziffern, „.“ als Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation>Kein Datum (jjjj-mm-tt).</translation>
    </message>
</context>
<context>
    <name>contactdesk::app::EmbeddedDemoBackend</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>Die Demo-Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation>Aufrufe dieser Sitzung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected calls (all when none is selected), secrets redacted</source>
        <translation>Die ausgewählten Aufrufe kopieren (alle, wenn keiner ausgewählt ist), Geheimnisse geschwärzt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation>Die aufgeführten Aufrufe vergessen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AddressListEditor</name>
    <message>
        <source>Line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Zeile 2</translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation>Zeile 3</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Town complement</source>
        <translation>Ortszusatz</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Address %1 is a %2 address</source>
        <translation>Adresse %1 ist eine Adresse vom Typ „%2“</translation>
    </message>
    <message>
        <source>Change the address types</source>
        <translation>Adresstypen ändern</translation>
    </message>
    <message>
        <source>%1 of address %2</source>
        <translation>%1 der Adresse %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
    <message>
        <source>Country of address %1</source>
        <translation>Land der Adresse %1</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation>Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AdministrativeNumbersEditor</name>
    <message>
        <source>Add an administrative number</source>
        <translation>Verwaltungsnummer hinzufügen</translation>
    </message>
    <message>
        <source>Kind of administrative number %1</source>
        <translation>Art der Verwaltungsnummer %1</translation>
    </message>
    <message>
        <source>Administrative number %1</source>
        <translation>Verwaltungsnummer %1</translation>
    </message>
    <message>
        <source>Change the kind of number</source>
        <translation>Art der Nummer ändern</translation>
    </message>
    <message>
        <source>Edit an administrative number</source>
        <translation>Verwaltungsnummer bearbeiten</translation>
    </message>
    <message>
        <source>Expected format: %1</source>
        <translation>Erwartetes Format: %1</translation>
    </message>
    <message>
        <source>Remove an administrative number</source>
        <translation>Verwaltungsnummer entfernen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AppActions</name>
    <message>
        <source>Send a registration &amp;token…</source>
        <translation>Registrierungs-&amp;Token senden…</translation>
    </message>
    <message>
        <source>&amp;Verify a token…</source>
        <translation>Token &amp;prüfen…</translation>
    </message>
    <message>
        <source>Send tokens to the &amp;selection…</source>
        <translation>Tokens an die &amp;Auswahl senden…</translation>
    </message>
    <message>
        <source>Tic&amp;ket-shop tools…</source>
        <translation>Ti&amp;cketshop-Werkzeuge…</translation>
    </message>
    <message>
        <source>Demo &amp;outbox…</source>
        <translation>Demo-&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV…</translation>
    </message>
    <message>
        <source>Results as &amp;vCard…</source>
        <translation>Ergebnisse als &amp;vCard…</translation>
    </message>
    <message>
        <source>Select the individuals to send tokens to in the results first.</source>
        <translation>Wählen Sie zuerst in den Ergebnissen die Personen aus, die Tokens erhalten sollen.</translation>
    </message>
    <message>
        <source>Search first: the export writes the results, or the selected ones.</source>
        <translation>Suchen Sie zuerst: Der Export schreibt die Ergebnisse oder die ausgewählten.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>kontakte.csv</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>kontakte.vcf</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AuthorizationsEditor</name>
    <message>
        <source>No authorization is defined for this institution.</source>
        <translation>Für diese Institution sind keine Einwilligungen definiert.</translation>
    </message>
    <message>
        <source>[third party]</source>
        <translation>[Dritte]</translation>
    </message>
    <message>
        <source>Authorization %1</source>
        <translation>Einwilligung %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>Grant an authorization</source>
        <translation>Einwilligung erteilen</translation>
    </message>
    <message>
        <source>Withdraw an authorization</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenDialog</name>
    <message>
        <source>Send registration tokens</source>
        <translation>Registrierungs-Tokens senden</translation>
    </message>
    <message numerus="yes">
        <source>A registration token is mailed to each of the %n selected contact(s). The server&apos;s rate limit is respected: a large selection takes a while.</source>
        <translation>
            <numerusform>Ein Registrierungs-Token wird an den ausgewählten Kontakt gemailt. Das Anfragelimit des Servers wird eingehalten: Eine große Auswahl dauert eine Weile.</numerusform>
            <numerusform>Ein Registrierungs-Token wird an jeden der %n ausgewählten Kontakte gemailt. Das Anfragelimit des Servers wird eingehalten: Eine große Auswahl dauert eine Weile.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Single-use tokens</source>
        <translation>&amp;Einmal-Tokens</translation>
    </message>
    <message>
        <source>Tokens sent</source>
        <translation>Gesendete Tokens</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Save report as &amp;CSV…</source>
        <translation>Bericht als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Cancelling after the call under way…</source>
        <translation>Abbruch nach dem laufenden Aufruf…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>token-report.csv</source>
        <translation>token-bericht.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 von %2…</translation>
    </message>
    <message>
        <source>Sent: %1. Failed: %2. Not sent (cancelled): %3.</source>
        <translation>Gesendet: %1. Fehlgeschlagen: %2. Nicht gesendet (abgebrochen): %3.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenReportModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenSender</name>
    <message>
        <source>not sent: cancelled</source>
        <translation>nicht gesendet: abgebrochen</translation>
    </message>
    <message>
        <source>no contact id</source>
        <translation>keine Kontakt-ID</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>A request is running</source>
        <translation>Eine Anfrage läuft</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CommunicationMeansEditor</name>
    <message>
        <source>Add an email or phone</source>
        <translation>E-Mail oder Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Type of contact means %1</source>
        <translation>Art des Kontaktmittels %1</translation>
    </message>
    <message>
        <source>Email or number %1</source>
        <translation>E-Mail oder Nummer %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main contact means %1</source>
        <translation>Hauptkontaktmittel %1</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Professional contact means %1</source>
        <translation>Geschäftliches Kontaktmittel %1</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Edit an email or phone</source>
        <translation>E-Mail oder Telefon bearbeiten</translation>
    </message>
    <message>
        <source>Change the main contact means</source>
        <translation>Hauptkontaktmittel ändern</translation>
    </message>
    <message>
        <source>Change professional</source>
        <translation>„Geschäftlich“ ändern</translation>
    </message>
    <message>
        <source>Remove an email or phone</source>
        <translation>E-Mail oder Telefon entfernen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>This contact was saved by someone else after you opened it. For each field that differs, choose the value to keep, then save again.</source>
        <translation>Dieser Kontakt wurde von jemand anderem gespeichert, nachdem Sie ihn geöffnet haben. Wählen Sie für jedes abweichende Feld den zu behaltenden Wert und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meiner</translation>
    </message>
    <message>
        <source>%1: keep the stored value</source>
        <translation>%1: gespeicherten Wert behalten</translation>
    </message>
    <message>
        <source>%1: keep my value</source>
        <translation>%1: meinen Wert behalten</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Diese Werte verwenden</translation>
    </message>
    <message>
        <source>Take all stored</source>
        <translation>Alles Gespeicherte übernehmen</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alles Meine behalten</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The demo sandbox runs inside ContactDesk: its address and credentials are set when it starts, and nothing here needs to be typed.</source>
        <translation>Die Demo-Sandbox läuft in ContactDesk: Adresse und Zugangsdaten werden beim Start gesetzt, hier muss nichts eingegeben werden.</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Operator login:</source>
        <translation>&amp;Operator-Login:</translation>
    </message>
    <message>
        <source>The partner name the REST binding signs its tokens with (JWT iss).</source>
        <translation>Der Partnername, mit dem die REST-Bindung ihre Tokens signiert (JWT iss).</translation>
    </message>
    <message>
        <source>&amp;Partner name:</source>
        <translation>&amp;Partnername:</translation>
    </message>
    <message>
        <source>SOAP 1.1</source>
        <translation>SOAP 1.1</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>B&amp;inding:</source>
        <translation>B&amp;indung:</translation>
    </message>
    <message>
        <source>Sales &amp;channel:</source>
        <translation>Verkaufs&amp;kanal:</translation>
    </message>
    <message>
        <source>Point of sales id:</source>
        <translation>Verkaufsstellen-ID:</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> Aufrufe/Min.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Anfrage&amp;limit:</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Extra C&amp;A (PEM):</source>
        <translation>Zusätzliche C&amp;A (PEM):</translation>
    </message>
    <message>
        <source>Symphony (registration tokens)</source>
        <translation>Symphony (Registrierungs-Tokens)</translation>
    </message>
    <message>
        <source>empty: tokens are not used</source>
        <translation>leer: keine Tokens</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>SOAP 1.2</source>
        <translation>SOAP 1.2</translation>
    </message>
    <message>
        <source>HTTP GET</source>
        <translation>HTTP GET</translation>
    </message>
    <message>
        <source>HTTP POST</source>
        <translation>HTTP POST</translation>
    </message>
    <message>
        <source>Bindin&amp;g:</source>
        <translation>Bindun&amp;g:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Operator pass&amp;word:</source>
        <translation>Operator-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>API-&amp;Geheimnis (REST):</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>S&amp;ymphony-Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Secrets are never shown again once typed. Unticked, they are kept in memory until ContactDesk closes.</source>
        <translation>Einmal eingegebene Geheimnisse werden nie wieder angezeigt. Ohne Häkchen bleiben sie bis zum Schließen von ContactDesk im Speicher.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>handed over by the demo sandbox</source>
        <translation>von der Demo-Sandbox übergeben</translation>
    </message>
    <message>
        <source>kept for this session — type to replace</source>
        <translation>für diese Sitzung gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Duplicated. The secrets are not copied: type them for the copy.</source>
        <translation>Dupliziert. Die Geheimnisse werden nicht kopiert: Geben Sie sie für die Kopie ein.</translation>
    </message>
    <message>
        <source>This connection is in use: connect to another one before deleting it.</source>
        <translation>Diese Verbindung wird verwendet: Verbinden Sie sich mit einer anderen, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and the secrets stored for it?</source>
        <translation>„%1“ und die dafür gespeicherten Geheimnisse löschen?</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Die Geheimnisse gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Saved; the secrets are in the system keychain.</source>
        <translation>Gespeichert; die Geheimnisse sind im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session.</source>
        <translation>Gespeichert; die Geheimnisse gelten für diese Sitzung.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A secret is missing: %1.</source>
        <translation>Ein Geheimnis fehlt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the server answered with %n structure type(s).</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: Der Server antwortete mit %n Strukturtyp.</numerusform>
            <numerusform>Die Verbindung funktioniert: Der Server antwortete mit %n Strukturtypen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>%n Kontakt exportiert.</numerusform>
            <numerusform>%n Kontakte exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactSearchModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CriteriaEditor</name>
    <message>
        <source>No criterion is defined for this institution (or the reference data is not loaded yet).</source>
        <translation>Für diese Institution sind keine Kriterien definiert (oder die Referenzdaten sind noch nicht geladen).</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation>eine Zahl, z. B. 12.5</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::FilterRow</name>
    <message>
        <source>Contact type</source>
        <translation>Kontakttyp</translation>
    </message>
    <message>
        <source>Individuals and structures</source>
        <translation>Personen und Strukturen</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Strukturen</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Structure name</source>
        <translation>Strukturname</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Criterion value</source>
        <translation>Kriteriumswert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Granted authorization</source>
        <translation>Erteilte Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>K&amp;riterium:</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>&amp;Erteilt:</translation>
    </message>
    <message>
        <source>(any criterion)</source>
        <translation>(alle Kriterien)</translation>
    </message>
    <message>
        <source>(any authorization)</source>
        <translation>(alle Einwilligungen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-Mails und Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Ticket shop</source>
        <translation>Ticketshop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Anrede ändern</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Edit the first name</source>
        <translation>Vornamen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Edit the last name</source>
        <translation>Nachnamen bearbeiten</translation>
    </message>
    <message>
        <source>Empty it with Ctrl+Delete</source>
        <translation>Mit Strg+Entf leeren</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Change the birth date</source>
        <translation>Geburtsdatum ändern</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Edit the function</source>
        <translation>Funktion bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>Haupt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Haupt-E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Edit the remark</source>
        <translation>Bemerkung bearbeiten</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>Edit the ticket-shop login</source>
        <translation>Ticketshop-Login bearbeiten</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>A new ticket-shop password; leave empty to keep the current one. It is never shown, stored or kept in a draft.</source>
        <translation>Ein neues Ticketshop-Passwort; leer lassen, um das aktuelle zu behalten. Es wird nie angezeigt, gespeichert oder in einem Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Set a ticket-shop password</source>
        <translation>Ticketshop-Passwort setzen</translation>
    </message>
    <message>
        <source>New individual: not saved yet.</source>
        <translation>Neue Person: noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>has a warning</source>
        <translation>hat eine Warnung</translation>
    </message>
    <message>
        <source>advantage %1</source>
        <translation>Vorteil %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualTab</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Kontakt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the stored contact again</source>
        <translation>Den gespeicherten Kontakt neu laden</translation>
    </message>
    <message>
        <source>Registration token…</source>
        <translation>Registrierungs-Token…</translation>
    </message>
    <message>
        <source>Ticket shop…</source>
        <translation>Ticketshop…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Nicht gespeicherte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Ihre nicht gespeicherte Änderung von %1 wurde wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>Someone else saved this contact meanwhile: choose the values to keep.</source>
        <translation>Jemand anderes hat diesen Kontakt inzwischen gespeichert: Wählen Sie die zu behaltenden Werte.</translation>
    </message>
    <message>
        <source>Not saved: the contact was changed by someone else. Your edit is kept.</source>
        <translation>Nicht gespeichert: Der Kontakt wurde von jemand anderem geändert. Ihre Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Ihre ungespeicherte Änderung an %1 war bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ListEditorBase</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Eintrag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time ContactDesk starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von ContactDesk.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Geöffnete Kontakte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Could not open the connection &quot;%1&quot;: %2</source>
        <translation>Die Verbindung „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The reference data could not be loaded: %1</source>
        <translation>Die Referenzdaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Refresh the reference data</source>
        <translation>Referenzdaten aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New individual</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>switching the connection</source>
        <translation>dem Wechsel der Verbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Profile: %1 (demo)</source>
        <translation>Profil: %1 (Demo)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation>Bindung: %1</translation>
    </message>
    <message>
        <source>Structure types, criteria, authorizations and administrative numbers</source>
        <translation>Strukturtypen, Kriterien, Einwilligungen und Verwaltungsnummern</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (nicht gespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>dem Beenden</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>New s&amp;tructure</source>
        <translation>Neue S&amp;truktur</translation>
    </message>
    <message>
        <source>Before %1: these contacts have unsaved changes:
%2

Discard them? (Cancel to go back and save them.)</source>
        <translation>Vor %1: Diese Kontakte haben nicht gespeicherte Änderungen:
%2

Verwerfen? (Abbrechen, um zurückzugehen und sie zu speichern.)</translation>
    </message>
    <message>
        <source>Type a name, contact number, email or phone in the search (Ctrl+F), then press Enter to open the contact here.

Ctrl+N: new individual. Ctrl+Shift+N: new structure.</source>
        <translation>Geben Sie in der Suche (Strg+F) einen Namen, eine Kontaktnummer, eine E-Mail-Adresse oder eine Telefonnummer ein und drücken Sie die Eingabetaste, um den Kontakt hier zu öffnen.

Strg+N: neue Person. Strg+Umschalt+N: neue Struktur.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Professional &amp;email:</source>
        <translation>Geschäftliche &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Professional &amp;phone:</source>
        <translation>Geschäftliches &amp;Telefon:</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberPickerDialog</name>
    <message>
        <source>Add an existing individual</source>
        <translation>Bestehende Person hinzufügen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Add to the structure</source>
        <translation>Zur Struktur &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Pick an individual in the results first.</source>
        <translation>Wählen Sie zuerst eine Person in den Ergebnissen.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MembersPanel</name>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Filter members by last name</source>
        <translation>Mitglieder nach Nachname filtern</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Filter members by function</source>
        <translation>Mitglieder nach Funktion filtern</translation>
    </message>
    <message>
        <source>Filter members by role</source>
        <translation>Mitglieder nach Rolle filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add &amp;existing…</source>
        <translation>&amp;Bestehendes hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Neues Mitglied…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 members (first %2 shown)</source>
        <translation>%1 Mitglieder (die ersten %2 angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Mitglied hinzugefügt.</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Mitglied erstellt.</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (contact %2) from this structure? The contact itself stays.</source>
        <translation>%1 (Kontakt %2) aus dieser Struktur entfernen? Der Kontakt selbst bleibt bestehen.</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Mitglied entfernt.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::OutboxDialog</name>
    <message>
        <source>Demo outbox</source>
        <translation>Demo-Postausgang</translation>
    </message>
    <message>
        <source>The demo sandbox sends no real mail: what it would have sent is listed here.</source>
        <translation>Die Demo-Sandbox verschickt keine echten E-Mails: Was sie gesendet hätte, steht hier.</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet am</translation>
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
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::RestoreDraftsDialog</name>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These edits were not saved when ContactDesk last closed. Restore them to review and save them.</source>
        <translation>Diese Änderungen waren beim letzten Schließen von ContactDesk nicht gespeichert. Stellen Sie sie wieder her, um sie zu prüfen und zu speichern.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>%1 (new, not created yet)</source>
        <translation>%1 (neu, noch nicht angelegt)</translation>
    </message>
    <message>
        <source>%1 (contact %2)</source>
        <translation>%1 (Kontakt %2)</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, bearbeitet am %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SearchPanel</name>
    <message>
        <source>Search by name, contact number, email or phone (Ctrl+F)</source>
        <translation>Suche nach Name, Kontaktnummer, E-Mail oder Telefon (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Number of contacts found</source>
        <translation>Anzahl gefundener Kontakte</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>Filter ausblenden</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Zum Suchen tippen.</translation>
    </message>
    <message>
        <source>No contact found.</source>
        <translation>Kein Kontakt gefunden.</translation>
    </message>
    <message>
        <source>%1 contacts (%2 loaded)</source>
        <translation>%1 Kontakte (%2 geladen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SecretsPrompt</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Anmelden bei %1</translation>
    </message>
    <message>
        <source>ContactDesk needs the secrets of &quot;%1&quot; (%2, operator %3).</source>
        <translation>ContactDesk braucht die Geheimnisse von „%1“ (%2, Operator %3).</translation>
    </message>
    <message>
        <source>Operator &amp;password:</source>
        <translation>Operator-&amp;Passwort:</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>API-&amp;Geheimnis (REST):</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>S&amp;ymphony-Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SendTokenDialog</name>
    <message>
        <source>Send a registration token</source>
        <translation>Registrierungs-Token senden</translation>
    </message>
    <message>
        <source>A registration token for %1 (contact id %2) is mailed to the contact&apos;s address. Any earlier token of this contact stops working.</source>
        <translation>Ein Registrierungs-Token für %1 (Kontakt-ID %2) wird an die Adresse des Kontakts gemailt. Jedes frühere Token dieses Kontakts wird ungültig.</translation>
    </message>
    <message>
        <source>&amp;Single use (stops working once verified)</source>
        <translation>&amp;Einmalig (nach der Prüfung ungültig)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>This contact has no id the Symphony API can use.</source>
        <translation>Dieser Kontakt hat keine ID, die die Symphony-API verwenden kann.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SessionManager</name>
    <message>
        <source>The demo sandbox is not available in this build.</source>
        <translation>Die Demo-Sandbox ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>No such connection profile.</source>
        <translation>Kein solches Verbindungsprofil.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Edit the name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Code bearbeiten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Address name &amp;1:</source>
        <translation>Adressname &amp;1:</translation>
    </message>
    <message>
        <source>Edit the address name</source>
        <translation>Adressnamen bearbeiten</translation>
    </message>
    <message>
        <source>Address name &amp;2:</source>
        <translation>Adressname &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Edit the web site</source>
        <translation>Website bearbeiten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Mitarbeitende:</translation>
    </message>
    <message>
        <source>Change the number of employees</source>
        <translation>Anzahl Mitarbeitende ändern</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>Haupt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Haupt-E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Open the relay</source>
        <translation>Ansprechperson öffnen</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>Ansprechperson:</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Administrative numbers</source>
        <translation>Verwaltungsnummern</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-Mails und Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>New structure: not saved yet.</source>
        <translation>Neue Struktur: noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation>Struktur %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert am %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>The contact number of the individual who is the structure&apos;s relay</source>
        <translation>Die Kontaktnummer der Person, die Ansprechperson der Struktur ist</translation>
    </message>
    <message>
        <source>Relay contact n&amp;umber:</source>
        <translation>Kontaktn&amp;ummer der Ansprechperson:</translation>
    </message>
    <message>
        <source>Choose the relay</source>
        <translation>Ansprechperson wählen</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureMembersModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Professional email</source>
        <translation>Geschäftliche E-Mail</translation>
    </message>
    <message>
        <source>Professional phone</source>
        <translation>Geschäftliches Telefon</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureTab</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the structure (Ctrl+S)</source>
        <translation>Struktur speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Nicht gespeicherte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Ihre nicht gespeicherte Änderung von %1 wurde wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Neue Struktur</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Ihre ungespeicherte Änderung an %1 war bereits gespeichert.</translation>
    </message>
    <message>
        <source>A new structure needs its relay: the contact number of an individual.</source>
        <translation>Eine neue Struktur braucht ihre Ansprechperson: die Kontaktnummer einer Person.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::TicketShopDialog</name>
    <message>
        <source>Ticket-shop tools — contact %1</source>
        <translation>Ticketshop-Werkzeuge — Kontakt %1</translation>
    </message>
    <message>
        <source>Test a login</source>
        <translation>Login testen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Point of sales</source>
        <translation>Verkaufsstelle</translation>
    </message>
    <message>
        <source>(any point of sales)</source>
        <translation>(alle Verkaufsstellen)</translation>
    </message>
    <message>
        <source>Lis&amp;t authorized</source>
        <translation>Erlaubte auf&amp;listen</translation>
    </message>
    <message>
        <source>The points of sales this login may use (listAuthorizedPOS)</source>
        <translation>Die Verkaufsstellen, die dieses Login nutzen darf (listAuthorizedPOS)</translation>
    </message>
    <message>
        <source>Point of &amp;sales:</source>
        <translation>&amp;Verkaufsstelle:</translation>
    </message>
    <message>
        <source>&amp;Remember me (issues a remember-me token)</source>
        <translation>An&amp;gemeldet bleiben (erzeugt ein Remember-me-Token)</translation>
    </message>
    <message>
        <source>T&amp;est the login</source>
        <translation>Login t&amp;esten</translation>
    </message>
    <message>
        <source>&amp;Copy the remember-me cookie</source>
        <translation>Remember-me-Cookie &amp;kopieren</translation>
    </message>
    <message>
        <source>Recover the password</source>
        <translation>Passwort wiederherstellen</translation>
    </message>
    <message>
        <source>Email to recover</source>
        <translation>E-Mail zur Wiederherstellung</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Mail a &amp;new password</source>
        <translation>&amp;Neues Passwort mailen</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Akt&amp;uelles Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>Ne&amp;ues Passwort:</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <source>Asking for the points of sales…</source>
        <translation>Verkaufsstellen werden abgefragt…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of sales for this login.</source>
        <translation>
            <numerusform>%n Verkaufsstelle für dieses Login.</numerusform>
            <numerusform>%n Verkaufsstellen für dieses Login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying the login…</source>
        <translation>Login wird versucht…</translation>
    </message>
    <message>
        <source>The login fails: %1</source>
        <translation>Das Login schlägt fehl: %1</translation>
    </message>
    <message>
        <source>The login works: contact %1.</source>
        <translation>Das Login funktioniert: Kontakt %1.</translation>
    </message>
    <message>
        <source>A remember-me cookie is ready to copy.</source>
        <translation>Ein Remember-me-Cookie ist zum Kopieren bereit.</translation>
    </message>
    <message>
        <source>No remember-me cookie: %1</source>
        <translation>Kein Remember-me-Cookie: %1</translation>
    </message>
    <message>
        <source>The remember-me cookie is on the clipboard.</source>
        <translation>Das Remember-me-Cookie ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Anfrage läuft…</translation>
    </message>
    <message>
        <source>A new password was mailed to %1.</source>
        <translation>Ein neues Passwort wurde an %1 gemailt.</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>Geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Das neue Passwort und seine Bestätigung unterscheiden sich.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Das Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::VerifyTokenDialog</name>
    <message>
        <source>Verify a registration token</source>
        <translation>Registrierungs-Token prüfen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Consume it (a single-use token then stops working)</source>
        <translation>&amp;Verbrauchen (ein Einmal-Token wird dann ungültig)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Valid: contact id %1, %2</source>
        <translation>Gültig: Kontakt-ID %1, %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for S-360 contacts and Symphony registration tokens.</source>
        <translation>Desktop-Client für S-360-Kontakte und Symphony-Registrierungs-Tokens.</translation>
    </message>
    <message>
        <source>Run the demo sandbox on a temporary database.</source>
        <translation>Die Demo-Sandbox mit einer temporären Datenbank betreiben.</translation>
    </message>
    <message>
        <source>Individuals seeded into a new demo database.</source>
        <translation>Personen, die in eine neue Demo-Datenbank eingefügt werden.</translation>
    </message>
    <message>
        <source>Save screenshots of a scripted tour into a folder, then quit.</source>
        <translation>Bildschirmfotos eines geskripteten Rundgangs in einem Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Test builds: drive the window from a script file.</source>
        <translation>Testversionen: das Fenster aus einer Skriptdatei steuern.</translation>
    </message>
</context>
</TS>
