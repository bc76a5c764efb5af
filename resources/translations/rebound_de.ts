<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppContext</name>
    <message>
        <source>this counter has no central server</source>
        <translation>dieser Schalter hat keinen zentralen Server</translation>
    </message>
    <message>
        <source>not working on an offline copy</source>
        <translation>es wird nicht mit einer Kopie ohne Verbindung gearbeitet</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Customer added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Recovery opened</source>
        <translation>Wiedergutmachung eröffnet</translation>
    </message>
    <message>
        <source>Apologized</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Gesture given</source>
        <translation>Geste gegeben</translation>
    </message>
    <message>
        <source>Gesture approved by a supervisor</source>
        <translation>Geste von einer Aufsicht genehmigt</translation>
    </message>
    <message>
        <source>Gestures totalled</source>
        <translation>Gesten summiert</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Nachfassen geplant</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachfassen erledigt</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>Kunde nicht erreicht</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Nachfassen wieder geöffnet</translation>
    </message>
    <message>
        <source>Recovery closed</source>
        <translation>Wiedergutmachung abgeschlossen</translation>
    </message>
    <message>
        <source>Recovery corrected</source>
        <translation>Wiedergutmachung korrigiert</translation>
    </message>
    <message>
        <source>Playbook imported</source>
        <translation>Leitfaden importiert</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Ausgabegrenzen geändert</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Mitarbeiter angelegt</translation>
    </message>
    <message>
        <source>Employee reactivated</source>
        <translation>Mitarbeiter reaktiviert</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>Mitarbeiter deaktiviert</translation>
    </message>
    <message>
        <source>Employee unlocked</source>
        <translation>Mitarbeiter entsperrt</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN zurückgesetzt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Review threshold changed</source>
        <translation>Prüfschwelle geändert</translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation>Öffnungszeiten geändert</translation>
    </message>
    <message>
        <source>Marked as reviewed</source>
        <translation>Als geprüft markiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Playbook edited</source>
        <translation>Leitfaden bearbeitet</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Tag abgeschlossen</translation>
    </message>
    <message>
        <source>Drill practised</source>
        <translation>Übung absolviert</translation>
    </message>
    <message>
        <source>Drill added to the library</source>
        <translation>Übung zur Bibliothek hinzugefügt</translation>
    </message>
    <message>
        <source>Story nominated</source>
        <translation>Geschichte vorgeschlagen</translation>
    </message>
    <message>
        <source>Story approved</source>
        <translation>Geschichte genehmigt</translation>
    </message>
    <message>
        <source>Story edited</source>
        <translation>Geschichte bearbeitet</translation>
    </message>
    <message>
        <source>Story declined</source>
        <translation>Geschichte abgelehnt</translation>
    </message>
    <message>
        <source>Prevention action opened</source>
        <translation>Vorbeugende Maßnahme eröffnet</translation>
    </message>
    <message>
        <source>Prevention action updated</source>
        <translation>Vorbeugende Maßnahme aktualisiert</translation>
    </message>
    <message>
        <source>Prevention action closed</source>
        <translation>Vorbeugende Maßnahme abgeschlossen</translation>
    </message>
    <message>
        <source>Customer is back</source>
        <translation>Kunde ist zurück</translation>
    </message>
    <message>
        <source>A counter&apos;s history moved in</source>
        <translation>Verlauf eines Schalters übernommen</translation>
    </message>
    <message>
        <source>Recovery arrived from an offline counter</source>
        <translation>Vorgang von einem Schalter ohne Verbindung eingetroffen</translation>
    </message>
    <message>
        <source>Follow-up arrived from an offline counter</source>
        <translation>Nachfassen von einem Schalter ohne Verbindung eingetroffen</translation>
    </message>
    <message>
        <source>Offline allowance shared out</source>
        <translation>Offline-Rahmen zugeteilt</translation>
    </message>
    <message>
        <source>Limit broken offline</source>
        <translation>Grenze offline überschritten</translation>
    </message>
    <message>
        <source>A counter&apos;s copy failed its check</source>
        <translation>Die Kopie eines Schalters hat ihre Prüfung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 reached the customer: satisfaction %2 of 5, %3.</source>
        <translation>%1 hat den Kunden erreicht: Zufriedenheit %2 von 5, %3.</translation>
    </message>
    <message>
        <source>%1 did the follow-up.</source>
        <translation>%1 hat nachgefasst.</translation>
    </message>
    <message>
        <source>%1 could not reach the customer (try %2); next try %3.</source>
        <translation>%1 hat den Kunden nicht erreicht (Versuch %2); nächster Versuch %3.</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>Kategorie %1 → %2</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message>
        <source>what happened now reads %1</source>
        <translation>was passiert ist, lautet jetzt %1</translation>
    </message>
    <message>
        <source>withdrew %1, recorded by mistake</source>
        <translation>hat %1 zurückgenommen, irrtümlich erfasst</translation>
    </message>
    <message>
        <source>%1 corrected the recovery: %2. %3</source>
        <translation>%1 hat die Wiedergutmachung korrigiert: %2. %3</translation>
    </message>
    <message>
        <source>%1 reopened the follow-up: %2</source>
        <translation>%1 hat das Nachfassen wieder geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 changed the opening hours to %2.</source>
        <translation>%1 hat die Öffnungszeiten auf %2 geändert.</translation>
    </message>
    <message>
        <source>%1 opened the recovery for %2: %3, %4. %5</source>
        <translation>%1 hat die Wiedergutmachung für %2 eröffnet: %3, %4. %5</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>einen Kunden</translation>
    </message>
    <message>
        <source>%1 apologized in the playbook&apos;s words.</source>
        <translation>%1 hat sich mit den Worten des Leitfadens entschuldigt.</translation>
    </message>
    <message>
        <source>%1 apologized: %2</source>
        <translation>%1 hat sich entschuldigt: %2</translation>
    </message>
    <message>
        <source>%1 fixed the problem.</source>
        <translation>%1 hat das Problem behoben.</translation>
    </message>
    <message>
        <source>%1 worked on the problem, not yet resolved.</source>
        <translation>%1 hat am Problem gearbeitet, noch nicht gelöst.</translation>
    </message>
    <message>
        <source>%1 gave %2 of %3</source>
        <translation>%1 hat %2 über %3 gegeben</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, genehmigt von %1</translation>
    </message>
    <message>
        <source>, voucher code %1</source>
        <translation>, Gutscheincode %1</translation>
    </message>
    <message>
        <source>%1 approved %2 given by %3: %4</source>
        <translation>%1 hat %2 genehmigt, gegeben von %3: %4</translation>
    </message>
    <message>
        <source>%1&apos;s gestures come to %2 in all.</source>
        <translation>Die Gesten von %1 ergeben insgesamt %2.</translation>
    </message>
    <message>
        <source>%1 will follow up by %2 on %3.</source>
        <translation>%1 fasst per %2 am %3 nach.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5.</source>
        <translation>Zufriedenheit am Schalter: %1 von 5.</translation>
    </message>
    <message>
        <source>%1 added %2 (%3) as %4.</source>
        <translation>%1 hat %2 (%3) als %4 angelegt.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 hat %2 reaktiviert.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 hat %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 unlocked %2.</source>
        <translation>%1 hat %2 entsperrt.</translation>
    </message>
    <message>
        <source>%1 reset the PIN of %2.</source>
        <translation>%1 hat die PIN von %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4.</source>
        <translation>%1 hat die Rolle von %2 von %3 auf %4 geändert.</translation>
    </message>
    <message>
        <source>Sign-in refused for %1 (%2).</source>
        <translation>Anmeldung für %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 closed %2: %3 recoveries, %4 given, %5 overrides.</source>
        <translation>%1 hat %2 abgeschlossen: %3 Wiedergutmachungen, %4 gegeben, %5 Freigaben.</translation>
    </message>
    <message>
        <source>%1 nominated story #%2: %3</source>
        <translation>%1 hat Geschichte Nr. %2 vorgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 edited story #%2.</source>
        <translation>%1 hat Geschichte Nr. %2 bearbeitet.</translation>
    </message>
    <message>
        <source>%1 approved story #%2, recognising %3.</source>
        <translation>%1 hat Geschichte Nr. %2 genehmigt; sie würdigt %3.</translation>
    </message>
    <message>
        <source>%1 declined story #%2: %3</source>
        <translation>%1 hat Geschichte Nr. %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 opened prevention action #%2 on %3, owned by %4, due %5: %6</source>
        <translation>%1 hat die vorbeugende Maßnahme Nr. %2 zu %3 eröffnet, zuständig %4, fällig %5: %6</translation>
    </message>
    <message>
        <source>%1 started prevention action #%2.</source>
        <translation>%1 hat die vorbeugende Maßnahme Nr. %2 begonnen.</translation>
    </message>
    <message>
        <source>%1 closed prevention action #%2: %3</source>
        <translation>%1 hat die vorbeugende Maßnahme Nr. %2 abgeschlossen: %3</translation>
    </message>
    <message>
        <source>%1 marked %2 as back.</source>
        <translation>%1 hat %2 als zurück erfasst.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over the day&apos;s offline allowance while the server was away.</source>
        <translation>Verstoß: %1 gab %2 über den Offline-Rahmen des Tages, während der Server nicht erreichbar war.</translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over their authority while the server was away, with no approval from an active supervisor who may give that much.</source>
        <translation>Verstoß: %1 gab %2 über die eigene Befugnis, während der Server nicht erreichbar war, ohne Freigabe einer aktiven Aufsicht, die so viel freigeben darf.</translation>
    </message>
    <message>
        <source>The offline copy of counter %1 failed its own check and sent nothing: %2</source>
        <translation>Die Offline-Kopie von Schalter %1 hat ihre eigene Prüfung nicht bestanden und nichts gesendet: %2</translation>
    </message>
    <message>
        <source>%1&apos;s offline allowance for %2 at counter %3: %4 (was %5, %6 given).</source>
        <translation>Offline-Rahmen von %1 für %2 an Schalter %3: %4 (vorher %5, %6 gegeben).</translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Gutschrift auf das Kundenkonto</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Waived charges</source>
        <translation>Erlassene Gebühren</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
</context>
<context>
    <name>ClosingSlip</name>
    <message>
        <source>Day closed: %1</source>
        <translation>Tag abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Closed by %1 on %2.</source>
        <translation>Abgeschlossen von %1 am %2.</translation>
    </message>
    <message>
        <source>Audit entry %1, SHA-256 of the chain up to this closing:</source>
        <translation>Prüfprotokolleintrag %1, SHA-256 der Kette bis zu diesem Abschluss:</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Wiedergutmachungen</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gesten</translation>
    </message>
    <message>
        <source>Given in all</source>
        <translation>Insgesamt gegeben</translation>
    </message>
    <message>
        <source>Overrides approved</source>
        <translation>Genehmigte Freigaben</translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation>Je Mitarbeiter</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Keep this slip with the day&apos;s takings. reboundctl verify names any later change to this day.</source>
        <translation>Diesen Beleg bei den Tageseinnahmen aufbewahren. reboundctl verify nennt jede spätere Änderung an diesem Tag.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>audit entry %1 is missing: the log jumps from entry %2 to entry %3</source>
        <translation>Protokolleintrag %1 fehlt: Das Protokoll springt von Eintrag %2 zu Eintrag %3</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): its link to entry %5 is broken</source>
        <translation>Protokolleintrag %1 (%2 %3 %4): Die Verkettung mit Eintrag %5 ist unterbrochen</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written</source>
        <translation>Protokolleintrag %1 (%2 %3 %4, vom %5): Sein Inhalt wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): it was moved to another recovery</source>
        <translation>Protokolleintrag %1 (%2 %3 %4): Er wurde in einen anderen Vorgang verschoben</translation>
    </message>
    <message>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation>Prüfung nach %1 von %2 Einträgen abgebrochen</translation>
    </message>
    <message>
        <source>--incidents: must be from 0 to 10000000</source>
        <translation>--incidents: muss zwischen 0 und 10000000 liegen</translation>
    </message>
    <message>
        <source>the database already has employees; seed-demo needs a fresh database</source>
        <translation>Die Datenbank enthält bereits Mitarbeitende; seed-demo benötigt eine neue, leere Datenbank</translation>
    </message>
    <message>
        <source>seed-demo needs the built-in playbook; another one is in force</source>
        <translation>seed-demo benötigt den mitgelieferten Leitfaden; derzeit gilt ein anderer</translation>
    </message>
    <message>
        <source>status: a recovery that is %1 cannot become %2</source>
        <translation>status: Ein Vorgang im Status %1 kann nicht in den Status %2 wechseln</translation>
    </message>
    <message>
        <source>status: the time of step %1 is missing</source>
        <translation>status: Der Zeitpunkt von Schritt %1 fehlt</translation>
    </message>
    <message>
        <source>status: step %1 cannot happen before step %2</source>
        <translation>status: Schritt %1 kann nicht vor Schritt %2 erfolgen</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO 4217 code</source>
        <translation>Währung &quot;%1&quot; ist kein dreibuchstabiger ISO-4217-Code</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>Der Betrag ist leer</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is negative</source>
        <translation>Betrag &quot;%1&quot; ist negativ</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than one decimal point</source>
        <translation>Betrag &quot;%1&quot; enthält mehr als einen Dezimalpunkt</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be plain digits with an optional decimal point</source>
        <translation>Betrag &quot;%1&quot; darf nur aus Ziffern und optional einem Dezimalpunkt bestehen</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than %2 decimal places for %3</source>
        <translation>Betrag &quot;%1&quot; hat mehr als %2 Nachkommastellen für %3</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is too large</source>
        <translation>Betrag &quot;%1&quot; ist zu groß</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits before the decimal point</source>
        <translation>Betrag &quot;%1&quot; hat keine Ziffern vor dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits after the decimal point</source>
        <translation>Betrag &quot;%1&quot; hat keine Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO-8601 date and time</source>
        <translation>%1: &quot;%2&quot; ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>currency: </source>
        <translation>currency: </translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unbekanntes Feld</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: must be a decimal string such as &quot;12.50&quot;</source>
        <translation>%1: muss eine Dezimalzahl als Zeichenkette sein, z. B. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; may hold only a-z, 0-9 and &apos;-&apos;</source>
        <translation>%1.id: &quot;%2&quot; darf nur a-z, 0-9 und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>%1.id: duplicate id &quot;%2&quot;</source>
        <translation>%1.id: doppelte ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.multiplier: must be a number above 0 and at most 100, with at most two decimals</source>
        <translation>%1.multiplier: muss eine Zahl größer als 0 und höchstens 100 mit höchstens zwei Nachkommastellen sein</translation>
    </message>
    <message>
        <source>%1.target_minutes: must be a whole number of minutes from 1 to 10080</source>
        <translation>%1.target_minutes: muss eine ganze Minutenzahl von 1 bis 10080 sein</translation>
    </message>
    <message>
        <source>%1.base: severities must be listed from least to most severe, with budgets that do not decrease</source>
        <translation>%1.base: Die Schweregrade müssen vom leichtesten zum schwersten aufgeführt sein, mit Budgets, die nicht sinken</translation>
    </message>
    <message>
        <source>%1.kind: unknown kind &quot;%2&quot; (one of %3)</source>
        <translation>%1.kind: unbekannte Art &quot;%2&quot; (zulässig: %3)</translation>
    </message>
    <message>
        <source>%1.amount: a fixed-price gesture must be worth more than zero</source>
        <translation>%1.amount: Eine Geste mit Festpreis muss mehr als null wert sein</translation>
    </message>
    <message>
        <source>%1: must be a non-empty string</source>
        <translation>%1: muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: unknown severity &quot;%2&quot;</source>
        <translation>%1: unbekannter Schweregrad &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: must be a list of catalog item ids</source>
        <translation>%1: muss eine Liste von Katalogeintrags-IDs sein</translation>
    </message>
    <message>
        <source>%1: unknown item &quot;%2&quot;</source>
        <translation>%1: unbekannter Eintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: missing suggestions for severity &quot;%2&quot;</source>
        <translation>%1: Vorschläge für Schweregrad &quot;%2&quot; fehlen</translation>
    </message>
    <message>
        <source>%1: must be a whole number of hours from 1 to 2160</source>
        <translation>%1: muss eine ganze Stundenzahl von 1 bis 2160 sein</translation>
    </message>
    <message>
        <source>%1.id: unknown role &quot;%2&quot; (associate, supervisor or manager)</source>
        <translation>%1.id: unbekannte Rolle &quot;%2&quot; (associate, supervisor oder manager)</translation>
    </message>
    <message>
        <source>%1.per_day: must not be below per_recovery</source>
        <translation>%1.per_day: darf nicht unter per_recovery liegen</translation>
    </message>
    <message>
        <source>roles: missing role &quot;%1&quot;</source>
        <translation>roles: Rolle &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>Ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the playbook must be a JSON object</source>
        <translation>Der Leitfaden muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 is above every limit: nobody may give more than %2 in one recovery</source>
        <translation>%1 liegt über jedem Limit: Niemand darf in einem Vorgang mehr als %2 gewähren</translation>
    </message>
    <message>
        <source>%1 is above your authority of %2 per recovery</source>
        <translation>%1 übersteigt Ihre Befugnis von %2 pro Vorgang</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your daily authority of %3</source>
        <translation>%1 übersteigt die verbleibenden %2 Ihrer Tagesbefugnis von %3</translation>
    </message>
    <message>
        <source>approval: nobody may approve their own gesture; ask a supervisor</source>
        <translation>approval: Niemand darf die eigene Geste freigeben; wenden Sie sich an die Schichtleitung</translation>
    </message>
    <message>
        <source>approval: %1 is deactivated and may not approve</source>
        <translation>approval: %1 ist deaktiviert und darf nicht freigeben</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may not approve gestures</source>
        <translation>approval: %1 (%2) darf keine Gesten freigeben</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may approve up to %3; this recovery gives %4</source>
        <translation>approval: %1 (%2) darf bis %3 freigeben; dieser Vorgang gewährt %4</translation>
    </message>
    <message>
        <source>%1%2: unknown field</source>
        <translation>%1%2: unbekanntes Feld</translation>
    </message>
    <message>
        <source>%1%2: must be a string</source>
        <translation>%1%2: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>malformed JSON at character %1: %2</source>
        <translation>Fehlerhaftes JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected one JSON object per line</source>
        <translation>Erwartet wird ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>customer: missing or not an object</source>
        <translation>customer: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>customer.id: must be a positive whole number</source>
        <translation>customer.id: muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>category: missing</source>
        <translation>category: fehlt</translation>
    </message>
    <message>
        <source>severity: missing</source>
        <translation>severity: fehlt</translation>
    </message>
    <message>
        <source>fix: must be an object</source>
        <translation>fix: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>fix.resolved: must be true or false</source>
        <translation>fix.resolved: muss true oder false sein</translation>
    </message>
    <message>
        <source>compensations: must be a list</source>
        <translation>compensations: muss eine Liste sein</translation>
    </message>
    <message>
        <source>compensations[%1]: must be an object</source>
        <translation>compensations[%1]: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>follow_up: must be an object</source>
        <translation>follow_up: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>satisfaction: must be a whole number from 1 to 5</source>
        <translation>satisfaction: muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>--from: %1 is after --to %2</source>
        <translation>--from: %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>could not write the export: %1</source>
        <translation>Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>recovery %1 does not exist</source>
        <translation>Vorgang Nr. %1 existiert nicht</translation>
    </message>
    <message>
        <source>PIN: must contain digits only</source>
        <translation>PIN: darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>not enough memory to hash the PIN</source>
        <translation>Nicht genügend Arbeitsspeicher, um die PIN zu hashen</translation>
    </message>
    <message>
        <source>code: &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>code: &quot;%1&quot; muss aus 1 bis 16 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen</translation>
    </message>
    <message>
        <source>name: must be 1 to 100 characters</source>
        <translation>name: muss 1 bis 100 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the first manager was already created; sign in instead</source>
        <translation>Der erste Manager wurde bereits angelegt; melden Sie sich stattdessen an</translation>
    </message>
    <message>
        <source>code: an employee with code &quot;%1&quot; already exists</source>
        <translation>code: Der Personalcode &quot;%1&quot; ist bereits vergeben</translation>
    </message>
    <message>
        <source>no employee with code &quot;%1&quot;</source>
        <translation>Unbekannter Personalcode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown employee code or wrong PIN</source>
        <translation>Unbekannter Personalcode oder falsche PIN</translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until %3</source>
        <translation>%1 ist nach %2 falschen PIN-Eingaben bis %3 gesperrt</translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out for %2 minutes</source>
        <translation>Falsche PIN; %1 ist jetzt für %2 Minuten gesperrt</translation>
    </message>
    <message>
        <source>only a manager may unlock an employee</source>
        <translation>Nur ein Manager darf Mitarbeitende entsperren</translation>
    </message>
    <message>
        <source>only a manager may activate or deactivate an employee</source>
        <translation>Nur ein Manager darf Mitarbeitende aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>a manager may not deactivate themselves</source>
        <translation>Ein Manager darf sich nicht selbst deaktivieren</translation>
    </message>
    <message>
        <source>the database has no playbook yet (run: reboundctl init)</source>
        <translation>Die Datenbank enthält noch keinen Leitfaden (ausführen: reboundctl init)</translation>
    </message>
    <message>
        <source>stored playbook version %1 is invalid: %2</source>
        <translation>Die gespeicherte Leitfadenversion %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>only a manager may change the playbook</source>
        <translation>Nur ein Manager darf den Leitfaden ändern</translation>
    </message>
    <message>
        <source>only a manager may change spending limits</source>
        <translation>Nur ein Manager darf die Ausgabelimits ändern</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>customer.id: no customer %1</source>
        <translation>customer.id: Kunde %1 existiert nicht</translation>
    </message>
    <message>
        <source>customer.name: missing for a new customer</source>
        <translation>customer.name: fehlt bei einem neuen Kunden</translation>
    </message>
    <message>
        <source>customer.email: &quot;%1&quot; is not an email address</source>
        <translation>customer.email: &quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>customer.phone: longer than 40 characters</source>
        <translation>customer.phone: länger als 40 Zeichen</translation>
    </message>
    <message>
        <source>category: unknown category &quot;%1&quot;</source>
        <translation>category: unbekannte Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>severity: unknown severity &quot;%1&quot;</source>
        <translation>severity: unbekannter Schweregrad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>detected_by: must be &quot;customer&quot; or &quot;staff&quot;, not &quot;%1&quot;</source>
        <translation>detected_by: muss &quot;customer&quot; oder &quot;staff&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer.segment: unknown segment &quot;%1&quot;</source>
        <translation>customer.segment: unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>description: say what happened</source>
        <translation>description: Beschreiben Sie, was passiert ist</translation>
    </message>
    <message>
        <source>satisfaction: must be 1 to 5</source>
        <translation>satisfaction: muss zwischen 1 und 5 liegen</translation>
    </message>
    <message>
        <source>follow_up.channel: unknown channel &quot;%1&quot; (one of %2)</source>
        <translation>follow_up.channel: unbekannter Kanal &quot;%1&quot; (zulässig: %2)</translation>
    </message>
    <message>
        <source>occurred_at: is in the future</source>
        <translation>occurred_at: liegt in der Zukunft</translation>
    </message>
    <message>
        <source>%1: its time is in the future</source>
        <translation>%1: Der Zeitpunkt liegt in der Zukunft</translation>
    </message>
    <message>
        <source>%1.item: unknown catalog item &quot;%2&quot;</source>
        <translation>%1.item: unbekannter Katalogeintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.amount: missing; &quot;%2&quot; needs an amount</source>
        <translation>%1.amount: fehlt; &quot;%2&quot; benötigt einen Betrag</translation>
    </message>
    <message>
        <source>%1.amount: must be more than zero</source>
        <translation>%1.amount: muss größer als null sein</translation>
    </message>
    <message>
        <source>%1.amount: &quot;%2&quot; has a fixed price of %3</source>
        <translation>%1.amount: &quot;%2&quot; hat einen Festpreis von %3</translation>
    </message>
    <message>
        <source>%1 is not an active employee</source>
        <translation>%1 gehört nicht zu den aktiven Mitarbeitenden</translation>
    </message>
    <message>
        <source>compensations: </source>
        <translation>compensations: </translation>
    </message>
    <message>
        <source>compensations: %1; a supervisor must approve</source>
        <translation>compensations: %1; eine Schichtleitung muss freigeben</translation>
    </message>
    <message>
        <source>approval: unknown approver</source>
        <translation>approval: unbekannte freigebende Person</translation>
    </message>
    <message>
        <source>follow_up.due: must be in the future</source>
        <translation>follow_up.due: muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>follow-up %1 does not exist</source>
        <translation>Nachfassen Nr. %1 existiert nicht</translation>
    </message>
    <message>
        <source>follow-up %1 is already done</source>
        <translation>Nachfassen Nr. %1 ist bereits erledigt</translation>
    </message>
    <message>
        <source>only supervisors and managers may use the supervisor workspace</source>
        <translation>Nur Schichtleitungen und Manager dürfen den Arbeitsbereich der Schichtleitung nutzen</translation>
    </message>
    <message>
        <source>threshold: must be more than zero</source>
        <translation>threshold: muss größer als null sein</translation>
    </message>
    <message>
        <source>gave %1 or more</source>
        <translation>%1 oder mehr gewährt</translation>
    </message>
    <message>
        <source>spent %1 this week; the weekly average of the previous eight weeks is %2</source>
        <translation>diese Woche %1 ausgegeben; der Wochendurchschnitt der vorherigen acht Wochen liegt bei %2</translation>
    </message>
    <message>
        <source>note: say what you found</source>
        <translation>note: Beschreiben Sie, was Sie festgestellt haben</translation>
    </message>
    <message>
        <source>review: you gave or approved this yourself; another supervisor or a manager reviews it</source>
        <translation>review: Sie haben dies selbst gewährt oder freigegeben; die Prüfung übernimmt eine andere Schichtleitung oder ein Manager</translation>
    </message>
    <message>
        <source>this item was already reviewed</source>
        <translation>Dieser Eintrag wurde bereits geprüft</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>the database is busy: another counter is writing; try again</source>
        <translation>Die Datenbank ist belegt: Ein anderer Tresen schreibt gerade; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk is full: the change was not saved (%1)</source>
        <translation>Der Datenträger ist voll: Die Änderung wurde nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>the database is read-only: the change was not saved</source>
        <translation>Die Datenbank ist schreibgeschützt: Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the database file is damaged or not a database (%1)</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank (%1)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>cannot open database %1: the folder %2 does not exist</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>no database at %1 (create it with: reboundctl --db %1 init)</source>
        <translation>Keine Datenbank unter %1 (anlegen mit: reboundctl --db %1 init)</translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Es handelt sich um einen Ordner</translation>
    </message>
    <message>
        <source>cannot open database %1: the file is read-only</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not a Rebound database (an SQLite file of another program)</source>
        <translation>Keine Rebound-Datenbank (eine SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Rebound understands (%2); update Rebound</source>
        <translation>Die Datenbank hat die Schemaversion %1 und ist damit neuer, als diese Rebound-Version versteht (%2); aktualisieren Sie Rebound</translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be migrated first (reboundctl init)</source>
        <translation>Die Datenbank hat die Schemaversion %1 und muss zuerst migriert werden (reboundctl init)</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>Die Integritätsprüfung lieferte kein Ergebnis</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>time zone: unknown zone &quot;%1&quot;</source>
        <translation>time zone: unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>opening hours: &quot;%1&quot; is not like &quot;mon 09:00-18:00&quot; or &quot;sun closed&quot;</source>
        <translation>Öffnungszeiten: „%1“ hat nicht die Form „mon 09:00-18:00“ oder „sun closed“</translation>
    </message>
    <message>
        <source>opening hours: on %1 the opening must come before the closing</source>
        <translation>Öffnungszeiten: am %1 muss die Öffnung vor dem Schluss liegen</translation>
    </message>
    <message>
        <source>opening hours: %1 is given twice</source>
        <translation>Öffnungszeiten: %1 steht zweimal da</translation>
    </message>
    <message>
        <source>opening hours: %1 is missing</source>
        <translation>Öffnungszeiten: %1 fehlt</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>morgen, %1</translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <translation>%1, zwischen %2 und %3 Uhr</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; could mean %2 or %3: type the decimals too</source>
        <translation>Betrag „%1“ kann %2 oder %3 heißen: bitte mit Nachkommastellen eingeben</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: write it as %2, or without separators</source>
        <translation>Betrag „%1“: bitte als %2 oder ohne Trennzeichen schreiben</translation>
    </message>
    <message>
        <source>the unfinished recovery&apos;s file is damaged</source>
        <translation>die Datei der unfertigen Wiedergutmachung ist beschädigt</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery in %1</source>
        <translation>die unfertige Wiedergutmachung kann nicht in %1 aufbewahrt werden</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery: %1</source>
        <translation>die unfertige Wiedergutmachung kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the unfinished recovery: %1</source>
        <translation>die unfertige Wiedergutmachung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>type your PIN</source>
        <translation>geben Sie Ihre PIN ein</translation>
    </message>
    <message numerus="yes">
        <source>wrong PIN; %n attempt(s) left before %1 is locked out</source>
        <translation>
            <numerusform>falsche PIN; noch %n Versuch, bevor %1 gesperrt wird</numerusform>
            <numerusform>falsche PIN; noch %n Versuche, bevor %1 gesperrt wird</numerusform>
        </translation>
    </message>
    <message>
        <source>only a manager may add an employee</source>
        <translation>nur eine Leitung darf Mitarbeiter anlegen</translation>
    </message>
    <message>
        <source>only a manager may reset a PIN</source>
        <translation>nur eine Leitung darf eine PIN zurücksetzen</translation>
    </message>
    <message>
        <source>only a manager may change a role</source>
        <translation>nur eine Leitung darf eine Rolle ändern</translation>
    </message>
    <message>
        <source>a manager may not change their own role</source>
        <translation>eine Leitung darf ihre eigene Rolle nicht ändern</translation>
    </message>
    <message>
        <source>comment: at most %1 characters</source>
        <translation>comment: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>satisfaction: ask the customer, from 1 to 5</source>
        <translation>satisfaction: fragen Sie den Kunden, von 1 bis 5</translation>
    </message>
    <message>
        <source>verdict: blown away, satisfied or not satisfied, in their words</source>
        <translation>verdict: begeistert, zufrieden oder nicht zufrieden, nach seinen Worten</translation>
    </message>
    <message>
        <source>retry_at: the next try must be in the future</source>
        <translation>retry_at: der nächste Versuch muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>reason: say why it is reopened</source>
        <translation>reason: sagen Sie, warum es wieder geöffnet wird</translation>
    </message>
    <message>
        <source>follow-up %1 is not done</source>
        <translation>Nachfassen %1 ist nicht erledigt</translation>
    </message>
    <message>
        <source>customer.name: who was let down? Type their name</source>
        <translation>customer.name: Wer wurde enttäuscht? Geben Sie den Namen ein</translation>
    </message>
    <message>
        <source>category: choose one</source>
        <translation>category: bitte eine wählen</translation>
    </message>
    <message>
        <source>only a manager may change the opening hours</source>
        <translation>nur eine Leitung darf die Öffnungszeiten ändern</translation>
    </message>
    <message>
        <source>reason: say why the recovery is corrected</source>
        <translation>reason: sagen Sie, warum die Wiedergutmachung korrigiert wird</translation>
    </message>
    <message>
        <source>%1: at most 4000 characters</source>
        <translation>%1: höchstens 4000 Zeichen</translation>
    </message>
    <message>
        <source>only who recorded a recovery, or a supervisor, may correct it</source>
        <translation>nur wer die Wiedergutmachung erfasst hat oder eine Aufsicht darf sie korrigieren</translation>
    </message>
    <message>
        <source>the correction changes nothing</source>
        <translation>die Korrektur ändert nichts</translation>
    </message>
    <message>
        <source>gesture: %1 is not one of this recovery&apos;s</source>
        <translation>gesture: %1 gehört nicht zu dieser Wiedergutmachung</translation>
    </message>
    <message>
        <source>gesture: %1 is already withdrawn</source>
        <translation>gesture: %1 ist schon zurückgenommen</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4)</source>
        <translation>Prüfprotokolleintrag %1 (%2 %3 %4)</translation>
    </message>
    <message>
        <source>it names row %1, which cannot exist</source>
        <translation>er nennt Zeile %1, die es nicht geben kann</translation>
    </message>
    <message>
        <source>it was moved to another recovery</source>
        <translation>er wurde einer anderen Wiedergutmachung zugeordnet</translation>
    </message>
    <message>
        <source>it was taken out of recovery #%1&apos;s history</source>
        <translation>er wurde aus dem Verlauf der Wiedergutmachung #%1 entfernt</translation>
    </message>
    <message>
        <source>it shows a recovery&apos;s category, total or override but has no recovery</source>
        <translation>er zeigt Kategorie, Summe oder Freigabe einer Wiedergutmachung, gehört aber zu keiner</translation>
    </message>
    <message>
        <source>category %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>Kategorie %1 in der Prüfansicht, %2 in den Einträgen der Wiedergutmachung</translation>
    </message>
    <message>
        <source>total %1 (minor units) in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>Summe %1 (kleinste Einheit) in der Prüfansicht, %2 in den Einträgen der Wiedergutmachung</translation>
    </message>
    <message>
        <source>override %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>Freigabe %1 in der Prüfansicht, %2 in den Einträgen der Wiedergutmachung</translation>
    </message>
    <message>
        <source>audit entry %1 of recovery #%2: %3</source>
        <translation>Prüfprotokolleintrag %1 der Wiedergutmachung #%2: %3</translation>
    </message>
    <message>
        <source>recovery #%1 was already opened by audit entry %2</source>
        <translation>Wiedergutmachung #%1 wurde schon von Prüfprotokolleintrag %2 eröffnet</translation>
    </message>
    <message>
        <source>recovery #%1 was never opened</source>
        <translation>Wiedergutmachung #%1 wurde nie eröffnet</translation>
    </message>
    <message>
        <source>it withdraws gesture %1, which was never given</source>
        <translation>er zieht Geste %1 zurück, die nie gegeben wurde</translation>
    </message>
    <message>
        <source>gesture %1 was already given by audit entry %2</source>
        <translation>Geste %1 wurde schon von Prüfprotokolleintrag %2 gegeben</translation>
    </message>
    <message>
        <source>follow-up %1 was already scheduled by audit entry %2</source>
        <translation>Nachfassen %1 wurde schon von Prüfprotokolleintrag %2 geplant</translation>
    </message>
    <message>
        <source>follow-up %1 was never scheduled</source>
        <translation>Nachfassen %1 wurde nie geplant</translation>
    </message>
    <message>
        <source>larger than a receipt can be</source>
        <translation>größer, als ein Beleg sein kann</translation>
    </message>
    <message>
        <source>not a receipt: %1</source>
        <translation>kein Beleg: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>must be closing, export or backup</source>
        <translation>muss closing, export oder backup sein</translation>
    </message>
    <message>
        <source>must be an audit entry number</source>
        <translation>muss die Nummer eines Prüfprotokolleintrags sein</translation>
    </message>
    <message>
        <source>must be %1 lower-case hexadecimal digits</source>
        <translation>muss aus %1 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>muss ein Datum sein, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cannot create the receipts folder %1</source>
        <translation>der Belegordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the receipt %1: %2</source>
        <translation>der Beleg %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>audit entry %1 does not exist</source>
        <translation>Prüfprotokolleintrag %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 %2 in the table, %3 in audit entry %4</source>
        <translation>%1 %2 in der Tabelle, %3 in Prüfprotokolleintrag %4</translation>
    </message>
    <message>
        <source>recovery #%1</source>
        <translation>Wiedergutmachung #%1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry opened it</source>
        <translation>sie steht in der Tabelle, aber kein Prüfprotokolleintrag hat sie eröffnet</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>opened by employee / playbook</source>
        <translation>eröffnet von Mitarbeiter / Leitfaden</translation>
    </message>
    <message>
        <source>audit entry %1 opened it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat sie eröffnet, aber sie fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>compensation %1 of recovery #%2</source>
        <translation>Ausgleich %1 der Wiedergutmachung #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry gave it</source>
        <translation>er steht in der Tabelle, aber kein Prüfprotokolleintrag hat ihn gegeben</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Freigebende Person</translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>audit entry %1 withdrew it, but the table counts it</source>
        <translation>Prüfprotokolleintrag %1 hat ihn zurückgezogen, aber die Tabelle zählt ihn</translation>
    </message>
    <message>
        <source>the table has it withdrawn, but no audit entry withdrew it</source>
        <translation>die Tabelle führt ihn als zurückgezogen, aber kein Prüfprotokolleintrag hat ihn zurückgezogen</translation>
    </message>
    <message>
        <source>audit entry %1 gave it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat ihn gegeben, aber er fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>follow-up %1 of recovery #%2</source>
        <translation>Nachfassen %1 der Wiedergutmachung #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry scheduled it</source>
        <translation>es steht in der Tabelle, aber kein Prüfprotokolleintrag hat es geplant</translation>
    </message>
    <message>
        <source>recovery / owner</source>
        <translation>Wiedergutmachung / zuständig</translation>
    </message>
    <message>
        <source>due time</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>outcome (reached, satisfaction, verdict, tries)</source>
        <translation>Ergebnis (erreicht, Zufriedenheit, Urteil, Versuche)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>audit entry %1 scheduled it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat es geplant, aber es fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry added it</source>
        <translation>steht in der Tabelle, aber kein Prüfprotokolleintrag hat es angelegt</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>role (and so the spending limits)</source>
        <translation>Rolle (und damit die Ausgabegrenzen)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>audit entry %1 added them, but they are missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat ihn angelegt, aber er fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>audit entry %1 added it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat ihn angelegt, aber er fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>playbook version %1</source>
        <translation>Leitfaden-Version %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry imported it</source>
        <translation>sie steht in der Tabelle, aber kein Prüfprotokolleintrag hat sie importiert</translation>
    </message>
    <message>
        <source>SHA-256 of its rules</source>
        <translation>SHA-256 ihrer Regeln</translation>
    </message>
    <message>
        <source>audit entry %1 imported it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat sie importiert, aber sie fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry set it</source>
        <translation>sie steht in der Tabelle, aber kein Prüfprotokolleintrag hat sie gesetzt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the table differs from audit entry %2</source>
        <translation>„%1“ in der Tabelle weicht von Prüfprotokolleintrag %2 ab</translation>
    </message>
    <message>
        <source>review mark %1</source>
        <translation>Prüfvermerk %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry marked it</source>
        <translation>er steht in der Tabelle, aber kein Prüfprotokolleintrag hat ihn gesetzt</translation>
    </message>
    <message>
        <source>reviewed by employee</source>
        <translation>geprüft von Mitarbeiter</translation>
    </message>
    <message>
        <source>review marks: %1 in the table, %2 in the audit log</source>
        <translation>Prüfvermerke: %1 in der Tabelle, %2 im Prüfprotokoll</translation>
    </message>
    <message>
        <source>%1 corrections in the table, %2 in the audit log</source>
        <translation>%1 Korrekturen in der Tabelle, %2 im Prüfprotokoll</translation>
    </message>
    <message>
        <source>corrections: %1 in the table, %2 in the audit log</source>
        <translation>Korrekturen: %1 in der Tabelle, %2 im Prüfprotokoll</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>Beleg %1: %2</translation>
    </message>
    <message>
        <source>this database has no installation key (%1) to check it with</source>
        <translation>diese Datenbank hat keinen Installationsschlüssel (%1), um ihn zu prüfen</translation>
    </message>
    <message>
        <source>it was signed by another key than this installation&apos;s</source>
        <translation>er wurde mit einem anderen Schlüssel als dem dieser Installation signiert</translation>
    </message>
    <message>
        <source>its signature does not match its content: it was edited</source>
        <translation>seine Signatur passt nicht zu seinem Inhalt: er wurde bearbeitet</translation>
    </message>
    <message>
        <source>it saw audit entry %1, but the log now ends at entry %2: entries were removed from its end, or the database was replaced by an older copy</source>
        <translation>er hat Prüfprotokolleintrag %1 gesehen, aber das Protokoll endet jetzt bei Eintrag %2: Einträge wurden am Ende entfernt oder die Datenbank durch eine ältere Kopie ersetzt</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one it saw: the database was replaced by another copy or its log rewritten</source>
        <translation>Prüfprotokolleintrag %1 ist nicht der, den er gesehen hat: die Datenbank wurde durch eine andere Kopie ersetzt oder ihr Protokoll neu geschrieben</translation>
    </message>
    <message>
        <source>audit entry %1 is not a closing</source>
        <translation>Prüfprotokolleintrag %1 ist kein Abschluss</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) has no receipt in %3</source>
        <translation>der abgeschlossene Tag %1 (Prüfprotokolleintrag %2) hat keinen Beleg in %3</translation>
    </message>
    <message>
        <source>the export was written, but its receipt was not: %1</source>
        <translation>der Export wurde geschrieben, sein Beleg aber nicht: %1</translation>
    </message>
    <message>
        <source>%1 already exists: an installation key is never replaced</source>
        <translation>%1 gibt es schon: ein Installationsschlüssel wird nie ersetzt</translation>
    </message>
    <message>
        <source>cannot write the installation key %1: %2</source>
        <translation>der Installationsschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no installation key at %1: %2</source>
        <translation>kein Installationsschlüssel unter %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an installation key</source>
        <translation>%1 ist kein Installationsschlüssel</translation>
    </message>
    <message>
        <source>only a manager may close a day</source>
        <translation>nur eine Leitung darf einen Tag abschließen</translation>
    </message>
    <message>
        <source>date: not a date</source>
        <translation>date: kein Datum</translation>
    </message>
    <message>
        <source>date: %1 has not begun yet</source>
        <translation>date: der %1 hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 is closed (audit entry %2), but its receipt could not be written: %3; close the day again to write it</source>
        <translation>%1 ist abgeschlossen (Prüfprotokolleintrag %2), aber der Beleg konnte nicht geschrieben werden: %3; den Tag noch einmal abschließen, um ihn zu schreiben</translation>
    </message>
    <message>
        <source>%1 is already closed (audit entry %2)</source>
        <translation>%1 ist schon abgeschlossen (Prüfprotokolleintrag %2)</translation>
    </message>
    <message>
        <source>it was put into recovery #%1&apos;s history, which it does not belong to</source>
        <translation>er wurde in den Verlauf der Wiedergutmachung #%1 eingefügt, zu dem er nicht gehört</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>opened at</source>
        <translation>eröffnet am</translation>
    </message>
    <message>
        <source>given by employee</source>
        <translation>gegeben von Mitarbeiter</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>audit entry %1 set it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat sie gesetzt, aber sie fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>practice result %1</source>
        <translation>Übungsergebnis %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry recorded it</source>
        <translation>es steht in der Tabelle, aber kein Prüfprotokolleintrag hat es erfasst</translation>
    </message>
    <message>
        <source>employee / drill</source>
        <translation>Mitarbeiter / Übung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>audit entry %1 recorded it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat es erfasst, aber es fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>it is in the library, but no audit entry added it</source>
        <translation>sie steht in der Bibliothek, aber kein Prüfprotokolleintrag hat sie hinzugefügt</translation>
    </message>
    <message>
        <source>SHA-256 of the drill</source>
        <translation>SHA-256 der Übung</translation>
    </message>
    <message>
        <source>drill library: %1 drills in the table, %2 in the audit log</source>
        <translation>Übungsbibliothek: %1 Übungen in der Tabelle, %2 im Prüfprotokoll</translation>
    </message>
    <message>
        <source>%1 recoveries, %2 gestures, %3 given (minor units), %4 overrides</source>
        <translation>%1 Wiedergutmachungen, %2 Gesten, %3 gegeben (kleinste Einheit), %4 Freigaben</translation>
    </message>
    <message>
        <source>the figures per kind or per employee differ</source>
        <translation>die Zahlen je Art oder je Mitarbeiter weichen ab</translation>
    </message>
    <message>
        <source>its closing counted %1; its entries now give %2</source>
        <translation>sein Abschluss zählte %1; seine Einträge ergeben jetzt %2</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) was changed: %3</source>
        <translation>der abgeschlossene Tag %1 (Prüfprotokolleintrag %2) wurde verändert: %3</translation>
    </message>
    <message>
        <source>verification cancelled after the audit chain</source>
        <translation>die Prüfung wurde nach der Kette des Prüfprotokolls abgebrochen</translation>
    </message>
    <message>
        <source>cannot create a folder for the practice: %1</source>
        <translation>für die Übung kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 is not in the practice</source>
        <translation>%1 gibt es in der Übung nicht</translation>
    </message>
    <message>
        <source>only a supervisor or a manager sees the team&apos;s practice</source>
        <translation>nur eine Schichtleitung oder eine Leitung sieht die Übungen des Teams</translation>
    </message>
    <message>
        <source>only a manager may add drills</source>
        <translation>nur eine Leitung darf Übungen hinzufügen</translation>
    </message>
    <message>
        <source>the library has no drills of this business yet</source>
        <translation>die Bibliothek hat noch keine Übungen für diesen Betrieb</translation>
    </message>
    <message>
        <source>the installation key %1 is missing, but receipts signed with it are in %2: put the key back from its backup</source>
        <translation>der Installationsschlüssel %1 fehlt, aber in %2 liegen damit signierte Belege: den Schlüssel aus seiner Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>recovery %1 is not closed yet: a drill is made from a recovery that is over</source>
        <translation>die Wiedergutmachung %1 ist noch nicht abgeschlossen: eine Übung entsteht nur aus einer abgeschlossenen Wiedergutmachung</translation>
    </message>
    <message>
        <source>story %1 was never nominated</source>
        <translation>Geschichte %1 wurde nie vorgeschlagen</translation>
    </message>
    <message>
        <source>action %1 was never opened</source>
        <translation>Maßnahme %1 wurde nie eröffnet</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>story %1</source>
        <translation>Geschichte %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry nominated it</source>
        <translation>sie steht in der Tabelle, aber kein Prüfprotokolleintrag hat sie vorgeschlagen</translation>
    </message>
    <message>
        <source>recovery / nominated by</source>
        <translation>Vorgang / vorgeschlagen von</translation>
    </message>
    <message>
        <source>status / decided by</source>
        <translation>Status / entschieden von</translation>
    </message>
    <message>
        <source>its text is not what audit entry %1 wrote</source>
        <translation>ihr Text ist nicht der, den Prüfprotokolleintrag %1 schrieb</translation>
    </message>
    <message>
        <source>audit entry %1 nominated it, but it is missing from the table</source>
        <translation>Prüfprotokolleintrag %1 hat sie vorgeschlagen, aber sie fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>prevention action %1</source>
        <translation>vorbeugende Maßnahme %1</translation>
    </message>
    <message>
        <source>category / owner</source>
        <translation>Kategorie / zuständig</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>what / due</source>
        <translation>was / Termin</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>was getan wurde</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>Besuch %1</translation>
    </message>
    <message>
        <source>customer / recorded by</source>
        <translation>Kunde / erfasst von</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Recovered, blown away</source>
        <translation>Zurückgewonnen, begeistert</translation>
    </message>
    <message>
        <source>Recovered, satisfied</source>
        <translation>Zurückgewonnen, zufrieden</translation>
    </message>
    <message>
        <source>Recovered, not satisfied</source>
        <translation>Zurückgewonnen, nicht zufrieden</translation>
    </message>
    <message>
        <source>Recovered, no verdict heard</source>
        <translation>Zurückgewonnen, kein Urteil gehört</translation>
    </message>
    <message>
        <source>All recovered customers</source>
        <translation>Alle zurückgewonnenen Kunden</translation>
    </message>
    <message>
        <source>Customers never let down</source>
        <translation>Kunden ohne Fehler</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Combustion point</source>
        <translation>Brennpunkt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is not in the playbook</source>
        <translation>category: „%1“ steht nicht im Leitfaden</translation>
    </message>
    <message>
        <source>what: say what to change</source>
        <translation>what: sagen Sie, was zu ändern ist</translation>
    </message>
    <message>
        <source>what: at most %1 characters</source>
        <translation>what: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>due: not a date</source>
        <translation>due: kein Datum</translation>
    </message>
    <message>
        <source>due: %1 is already past</source>
        <translation>due: %1 ist schon vorbei</translation>
    </message>
    <message>
        <source>owner: not an active employee</source>
        <translation>owner: keine aktive Person im Personal</translation>
    </message>
    <message>
        <source>source: no story #%1</source>
        <translation>source: keine Geschichte Nr. %1</translation>
    </message>
    <message>
        <source>source: no recovery #%1</source>
        <translation>source: kein Vorgang Nr. %1</translation>
    </message>
    <message>
        <source>action #%1: only its owner, a supervisor or a manager may move it on</source>
        <translation>Maßnahme Nr. %1: nur die zuständige Person, eine Aufsicht oder die Leitung darf sie voranbringen</translation>
    </message>
    <message>
        <source>action #%1 is already done</source>
        <translation>Maßnahme Nr. %1 ist bereits erledigt</translation>
    </message>
    <message>
        <source>done: say what was done</source>
        <translation>done: sagen Sie, was getan wurde</translation>
    </message>
    <message>
        <source>done: at most %1 characters</source>
        <translation>done: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>action #%1: no such action</source>
        <translation>Maßnahme Nr. %1: gibt es nicht</translation>
    </message>
    <message>
        <source>customer.lifetime_value: &quot;%1&quot; is not an amount</source>
        <translation>customer.lifetime_value: „%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Wartet auf eine Aufsicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>recovery #%1: no such recovery</source>
        <translation>Vorgang Nr. %1: gibt es nicht</translation>
    </message>
    <message>
        <source>Apologised: %1</source>
        <translation>Entschuldigt: %1</translation>
    </message>
    <message>
        <source>Gave: %1</source>
        <translation>Gegeben: %1</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5</source>
        <translation>Zufriedenheit am Schalter: %1 von 5</translation>
    </message>
    <message>
        <source>At the follow-up: %1</source>
        <translation>Beim Nachfassen: %1</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>happened: say what happened</source>
        <translation>happened: sagen Sie, was passiert ist</translation>
    </message>
    <message>
        <source>did: say what was done</source>
        <translation>did: sagen Sie, was getan wurde</translation>
    </message>
    <message>
        <source>recovery #%1 already has a story (#%2)</source>
        <translation>Vorgang Nr. %1 hat schon eine Geschichte (Nr. %2)</translation>
    </message>
    <message>
        <source>story #%1: you nominated it; another supervisor or a manager decides on it</source>
        <translation>Geschichte Nr. %1: Sie haben sie vorgeschlagen; eine andere Aufsicht oder die Leitung entscheidet</translation>
    </message>
    <message>
        <source>story #%1: it recognises you; another supervisor or a manager decides on it</source>
        <translation>Geschichte Nr. %1: sie würdigt Sie; eine andere Aufsicht oder die Leitung entscheidet</translation>
    </message>
    <message>
        <source>story #%1 is already %2</source>
        <translation>Geschichte Nr. %1 ist bereits: %2</translation>
    </message>
    <message>
        <source>story #%1 was declined</source>
        <translation>Geschichte Nr. %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>reason: say why it is declined</source>
        <translation>reason: sagen Sie, warum sie abgelehnt wird</translation>
    </message>
    <message>
        <source>story #%1: no such story</source>
        <translation>Geschichte Nr. %1: gibt es nicht</translation>
    </message>
    <message>
        <source>customer %1: no such customer</source>
        <translation>Kunde %1: gibt es nicht</translation>
    </message>
    <message>
        <source>%1 was already marked back today at %2</source>
        <translation>%1 wurde heute schon um %2 als zurück erfasst</translation>
    </message>
    <message>
        <source>the server has no playbook yet: run reboundctl server init first</source>
        <translation>der Server hat noch kein Playbook: zuerst reboundctl server init ausführen</translation>
    </message>
    <message>
        <source>--site: name the counter&apos;s site</source>
        <translation>--site: den Standort des Schalters angeben</translation>
    </message>
    <message>
        <source>the history to move in must be a counter&apos;s own file</source>
        <translation>der zu übernehmende Verlauf muss die eigene Datei eines Schalters sein</translation>
    </message>
    <message>
        <source>the counter&apos;s database does not verify, nothing was imported: %1</source>
        <translation>die Datenbank des Schalters besteht die Prüfung nicht, nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full: the change was not saved (%1)</source>
        <translation>die Festplatte des Servers ist voll: die Änderung wurde nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server does not answer: %1</source>
        <translation>der Server antwortet nicht: %1</translation>
    </message>
    <message>
        <source>cannot use the server address %1: %2</source>
        <translation>die Serveradresse %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>als postgresql://benutzer@host:port/datenbank schreiben</translation>
    </message>
    <message>
        <source>a password never goes in the address; put it in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</source>
        <translation>ein Passwort gehört nie in die Adresse; es kommt in ~/.pgpass (oder PGPASSFILE, PGPASSWORD)</translation>
    </message>
    <message>
        <source>it names no database (…/dbname)</source>
        <translation>sie nennt keine Datenbank (…/datenbank)</translation>
    </message>
    <message>
        <source>unknown option %1 (known: %2)</source>
        <translation>unbekannte Option %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: libqt6sql6-psql installieren</translation>
    </message>
    <message>
        <source>the server at %1 refused the sign-in of %2: %3</source>
        <translation>der Server unter %1 hat die Anmeldung von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the server at %1 has no database %2 (%3)</source>
        <translation>der Server unter %1 hat keine Datenbank %2 (%3)</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: %2</source>
        <translation>der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>not a Rebound database (it holds %n tables of another program)</source>
        <translation>
            <numerusform>keine Rebound-Datenbank (sie enthält %n Tabelle eines anderen Programms)</numerusform>
            <numerusform>keine Rebound-Datenbank (sie enthält %n Tabellen eines anderen Programms)</numerusform>
        </translation>
    </message>
    <message>
        <source>no Rebound database on the server yet (create it with: reboundctl server init %1 --site NAME)</source>
        <translation>noch keine Rebound-Datenbank auf dem Server (anlegen mit: reboundctl server init %1 --site NAME)</translation>
    </message>
    <message>
        <source>a central server is backed up on the server, with pg_dump or its own backups; reboundctl backup copies a counter&apos;s own database file</source>
        <translation>ein zentraler Server wird auf dem Server gesichert, mit pg_dump oder seinen eigenen Sicherungen; reboundctl backup kopiert die eigene Datenbankdatei eines Schalters</translation>
    </message>
    <message>
        <source>an application role exists only on a central server</source>
        <translation>eine Anwendungsrolle gibt es nur auf einem zentralen Server</translation>
    </message>
    <message>
        <source>--app-role: %1 is not a plain role name (a-z, 0-9, _)</source>
        <translation>--app-role: %1 ist kein einfacher Rollenname (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>granting %1 its rights failed: %2</source>
        <translation>die Rechte für %1 konnten nicht vergeben werden: %2</translation>
    </message>
    <message>
        <source>--site: %1 are not kept per site; export them without --site</source>
        <translation>--site: %1 werden nicht je Standort geführt; ohne --site exportieren</translation>
    </message>
    <message>
        <source>--site: the %1 report counts every site; export it without --site</source>
        <translation>--site: der Bericht %1 zählt alle Standorte; ohne --site exportieren</translation>
    </message>
    <message>
        <source>%1.offline_per_recovery: must not be above per_recovery</source>
        <translation>%1.offline_per_recovery: darf per_recovery nicht übersteigen</translation>
    </message>
    <message>
        <source>%1.offline_per_day: must not be above per_day</source>
        <translation>%1.offline_per_day: darf per_day nicht übersteigen</translation>
    </message>
    <message>
        <source>%1 is above your offline allowance of %2 per recovery (the server is away)</source>
        <translation>%1 übersteigt Ihren Rahmen ohne Verbindung von %2 pro Vorgang (der Server antwortet nicht)</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>das Exportieren</translation>
    </message>
    <message>
        <source>adding an employee</source>
        <translation>das Anlegen eines Mitarbeiters</translation>
    </message>
    <message>
        <source>adding employees</source>
        <translation>das Anlegen von Mitarbeitern</translation>
    </message>
    <message>
        <source>unlocking an employee</source>
        <translation>das Entsperren eines Mitarbeiters</translation>
    </message>
    <message>
        <source>activating or deactivating an employee</source>
        <translation>das Aktivieren oder Deaktivieren eines Mitarbeiters</translation>
    </message>
    <message>
        <source>resetting a PIN</source>
        <translation>das Zurücksetzen einer PIN</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>das Ändern einer Rolle</translation>
    </message>
    <message>
        <source>changing the playbook</source>
        <translation>das Ändern des Leitfadens</translation>
    </message>
    <message>
        <source>changing spending limits</source>
        <translation>das Ändern der Ausgabenlimits</translation>
    </message>
    <message>
        <source>employee %1 is not on the server</source>
        <translation>Mitarbeiter %1 ist nicht auf dem Server</translation>
    </message>
    <message>
        <source>given while counter %1 was offline, approved there by a supervisor</source>
        <translation>gewährt, während Schalter %1 ohne Verbindung war, dort von einer Aufsicht genehmigt</translation>
    </message>
    <message>
        <source>given while counter %1 was offline</source>
        <translation>gewährt, während Schalter %1 ohne Verbindung war</translation>
    </message>
    <message>
        <source>gave %1 on %2, above the daily cap of %3: counters offline at the same time could not know</source>
        <translation>gewährte am %2 %1, über dem Tageslimit von %3: gleichzeitig getrennte Schalter konnten es nicht wissen</translation>
    </message>
    <message>
        <source>offline: %1 is done at the server, and this counter works from its own copy until the server answers</source>
        <translation>ohne Verbindung: %1 geschieht am Server, und dieser Schalter arbeitet mit seiner eigenen Kopie, bis der Server antwortet</translation>
    </message>
    <message>
        <source>an offline copy is a file on the counter, not a server</source>
        <translation>eine Kopie für die Arbeit ohne Verbindung ist eine Datei am Schalter, kein Server</translation>
    </message>
    <message>
        <source>%1 (%2) is not in this database yet</source>
        <translation>%1 (%2) ist noch nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>reopening a follow-up</source>
        <translation>das Wiedereröffnen eines Nachfassens</translation>
    </message>
    <message>
        <source>adding a follow-up</source>
        <translation>das Hinzufügen eines Nachfassens</translation>
    </message>
    <message>
        <source>changing the opening hours</source>
        <translation>das Ändern der Öffnungszeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; another database now would leave them behind. Let them be sent first (reboundctl sync now, or wait for the status bar)</source>
        <translation>
            <numerusform>%n Vorgang oder Nachfassen, hier erfasst, während der Server nicht erreichbar war, wartet auf das Senden; eine andere Datenbank würde ihn jetzt zurücklassen. Lassen Sie ihn zuerst senden (reboundctl sync now, oder warten Sie auf die Statusleiste)</numerusform>
            <numerusform>%n Vorgänge oder Nachfassen, hier erfasst, während der Server nicht erreichbar war, warten auf das Senden; eine andere Datenbank würde sie jetzt zurücklassen. Lassen Sie sie zuerst senden (reboundctl sync now, oder warten Sie auf die Statusleiste)</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no offline copy at %1</source>
        <translation>unter %1 gibt es keine Kopie für die Arbeit ohne Verbindung</translation>
    </message>
    <message>
        <source>%1 is not an offline copy of a server</source>
        <translation>%1 ist keine Kopie eines Servers für die Arbeit ohne Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; removing the copy would lose them. Let them be sent first (reboundctl sync now)</source>
        <translation>
            <numerusform>%n Vorgang oder Nachfassen, hier erfasst, während der Server nicht erreichbar war, wartet auf das Senden; das Entfernen der Kopie würde ihn verlieren. Lassen Sie ihn zuerst senden (reboundctl sync now)</numerusform>
            <numerusform>%n Vorgänge oder Nachfassen, hier erfasst, während der Server nicht erreichbar war, warten auf das Senden; das Entfernen der Kopie würde sie verlieren. Lassen Sie sie zuerst senden (reboundctl sync now)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the follow-up&apos;s recovery %1 is not on the server</source>
        <translation>der Vorgang %1 des Nachfassens ist nicht auf dem Server</translation>
    </message>
    <message>
        <source>%1, satisfaction %2 of 5</source>
        <translation>%1, Zufriedenheit %2 von 5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>follow-up done at counter %1 while it was offline (%2), after it was done here: the customer may have been contacted twice</source>
        <translation>Nachfassen am Schalter %1 ohne Verbindung erledigt (%2), nachdem es hier erledigt war: der Kunde wurde vielleicht zweimal kontaktiert</translation>
    </message>
    <message>
        <source>not a Rebound database (not an SQLite file)</source>
        <translation>keine Rebound-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>the file system cannot hold a write-ahead log (journal mode %1); keep the database on this computer&apos;s own disk</source>
        <translation>das Dateisystem kann kein Write-Ahead-Log führen (Journalmodus %1); legen Sie die Datenbank auf die eigene Festplatte dieses Computers</translation>
    </message>
    <message>
        <source>another connection has it open</source>
        <translation>eine andere Verbindung hat sie geöffnet</translation>
    </message>
    <message>
        <source>the database file %1 was moved, replaced or deleted while it was open, and nothing more is written to it; its latest changes may still be in %1-wal: put the file back, and close every program using it before moving it</source>
        <translation>die Datenbankdatei %1 wurde verschoben, ersetzt oder gelöscht, während sie geöffnet war, und es wird nichts mehr hineingeschrieben; ihre letzten Änderungen können noch in %1-wal stehen: Legen Sie die Datei zurück und schließen Sie jedes Programm, das sie nutzt, bevor Sie sie verschieben</translation>
    </message>
    <message>
        <source>cannot open database %1: it is on a network file system (%2), whose locks SQLite cannot trust; keep the database on this computer&apos;s own disk, or share a central server</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Sie liegt auf einem Netzwerkdateisystem (%2), dessen Sperren SQLite nicht trauen kann; legen Sie die Datenbank auf die eigene Festplatte dieses Computers oder nutzen Sie gemeinsam einen zentralen Server</translation>
    </message>
    <message>
        <source>cannot open database %1: it is not a regular file</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Es ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot open database %1: the file has %2 names (hard links), and each name would get a log of its own; keep one</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: Die Datei hat %2 Namen (harte Links), und jeder Name bekäme ein eigenes Log; behalten Sie einen</translation>
    </message>
    <message>
        <source>the write-ahead log %1-wal was deleted or replaced while the database was open, so what is written now would be lost; nothing more is written: close every Rebound and reboundctl on it, then open it again</source>
        <translation>das Write-Ahead-Log %1-wal wurde gelöscht oder ersetzt, während die Datenbank geöffnet war, sodass jetzt Geschriebenes verloren ginge; es wird nichts mehr geschrieben: Schließen Sie jedes Rebound und reboundctl darauf und öffnen Sie sie dann erneut</translation>
    </message>
    <message>
        <source>the offline copy %1 is open in another program (Rebound?); close it first</source>
        <translation>die Kopie ohne Verbindung %1 ist in einem anderen Programm geöffnet (Rebound?); schließen Sie es zuerst</translation>
    </message>
    <message>
        <source>only a supervisor or a manager may export</source>
        <translation>nur eine Aufsicht oder ein Manager darf exportieren</translation>
    </message>
    <message>
        <source>only a supervisor or a manager may back up the database</source>
        <translation>nur eine Aufsicht oder ein Manager darf die Datenbank sichern</translation>
    </message>
    <message>
        <source>voiding a gesture needs a supervisor&apos;s approval</source>
        <translation>das Stornieren einer Geste braucht die Freigabe einer Aufsicht</translation>
    </message>
    <message>
        <source>a supervisor other than who gave a gesture approves voiding it</source>
        <translation>eine andere Aufsicht als die Person, die die Geste gab, gibt die Stornierung frei</translation>
    </message>
    <message>
        <source>only a manager may move a counter&apos;s history into the server</source>
        <translation>nur ein Manager darf die Geschichte eines Schalters in den Server übernehmen</translation>
    </message>
    <message>
        <source>only a manager of the server may move a counter&apos;s history into it</source>
        <translation>nur ein Manager des Servers darf die Geschichte eines Schalters dorthin übernehmen</translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until a manager unlocks</source>
        <translation>%1 ist nach %2 falschen PINs gesperrt, bis ein Manager entsperrt</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is being checked on another counter; try again</source>
        <translation>Die PIN von %1 wird gerade an einem anderen Schalter geprüft; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out until a manager unlocks</source>
        <translation>falsche PIN; %1 ist jetzt gesperrt, bis ein Manager entsperrt</translation>
    </message>
    <message>
        <source>approval: %1 approved %2 for %3; the customer or the gestures changed since, so it must be approved again</source>
        <translation>Freigabe: %1 hat %2 für %3 freigegeben; seitdem haben sich der Kunde oder die Gesten geändert, daher muss erneut freigegeben werden</translation>
    </message>
    <message>
        <source>gesture voided by %1: %2</source>
        <translation>Geste storniert von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in one day</source>
        <translation>
            <numerusform>%n falsche PIN an einem Tag</numerusform>
            <numerusform>%n falsche PINs an einem Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: must be 4 to %1 digits</source>
        <translation>PIN: muss 4 bis %1 Ziffern haben</translation>
    </message>
    <message>
        <source>PIN: at least %1 digits for this role</source>
        <translation>PIN: mindestens %1 Ziffern für diese Rolle</translation>
    </message>
    <message>
        <source>PIN: too easy to guess (a digit or a pattern repeated, a run up or down, or the employee&apos;s code); choose another</source>
        <translation>PIN: zu leicht zu erraten (eine Ziffer oder ein Muster wiederholt, eine Folge auf- oder abwärts oder der eigene Code); bitte eine andere wählen</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your offline allowance at this counter (%3 a day in the whole business)</source>
        <translation>%1 ist mehr als die %2, die von Ihrem Offline-Rahmen an diesem Schalter übrig sind (%3 pro Tag im ganzen Betrieb)</translation>
    </message>
    <message>
        <source>replacement: a gesture replaces a voided one; choose which</source>
        <translation>replacement: eine Geste ersetzt eine stornierte; wählen Sie, welche</translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over the day&apos;s offline allowance</source>
        <translation>Verstoß an Schalter %1: %2 über dem Offline-Rahmen des Tages</translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over their authority, with no approval from an active supervisor</source>
        <translation>Verstoß an Schalter %1: %2 über der eigenen Befugnis, ohne Freigabe einer aktiven Aufsicht</translation>
    </message>
    <message>
        <source>the offline copy of counter %1 failed its own check and sends nothing: %2</source>
        <translation>die Offline-Kopie von Schalter %1 hat ihre eigene Prüfung nicht bestanden und sendet nichts: %2</translation>
    </message>
    <message>
        <source>the server has schema version %1, which this Rebound cannot migrate</source>
        <translation>der Server hat Schema-Version %1, die dieses Rebound nicht migrieren kann</translation>
    </message>
    <message>
        <source>the server has schema version %1 and must be migrated to %2 by its owner (reboundctl server init ADDRESS --site NAME --app-role ROLE, as the owner): %3</source>
        <translation>der Server hat Schema-Version %1 und muss von seinem Eigentümer auf %2 migriert werden (reboundctl server init ADRESSE --site NAME --app-role ROLLE, als Eigentümer): %3</translation>
    </message>
    <message>
        <source>this counter&apos;s offline copy failed its own check and sends nothing until a manager looks at it: %1</source>
        <translation>die Offline-Kopie dieses Schalters hat ihre eigene Prüfung nicht bestanden und sendet nichts, bis eine Leitung sie ansieht: %1</translation>
    </message>
</context>
<context>
    <name>DefaultPlaybook</name>
    <message>
        <source>Rebound default playbook</source>
        <translation>Rebound-Standardleitfaden</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Gutschrift auf das Kundenkonto</translation>
    </message>
    <message>
        <source>Voucher for a next visit</source>
        <translation>Gutschein für den nächsten Besuch</translation>
    </message>
    <message>
        <source>Personal gift</source>
        <translation>Persönliches Geschenk</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Gebühr erlassen</translation>
    </message>
    <message>
        <source>A round of drinks for the table</source>
        <translation>Eine Runde Getränke für den Tisch</translation>
    </message>
    <message>
        <source>Dessert on the house</source>
        <translation>Dessert aufs Haus</translation>
    </message>
    <message>
        <source>Breakfast on the house</source>
        <translation>Frühstück aufs Haus</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Später Check-out</translation>
    </message>
    <message>
        <source>Flowers or a small personal gift</source>
        <translation>Blumen oder ein kleines persönliches Geschenk</translation>
    </message>
    <message>
        <source>A driver for the day</source>
        <translation>Ein Fahrer für einen Tag</translation>
    </message>
    <message>
        <source>One month of service free</source>
        <translation>Ein Monat kostenlos</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry we charged you incorrectly. That should never happen, and I&apos;ll put it right with you now. I&apos;m {employee}, and I&apos;ll see this through.</source>
        <translation>{customer}, es tut mir leid, dass wir Ihnen einen falschen Betrag berechnet haben. Das darf nicht passieren, und ich bringe das jetzt gemeinsam mit Ihnen in Ordnung. Ich bin {employee} und kümmere mich darum, bis alles erledigt ist.</translation>
    </message>
    <message>
        <source>Thank you for pointing this out, {customer}. You shouldn&apos;t have to check our bills for us; I&apos;m sorry. Let me correct it right away.</source>
        <translation>Danke, dass Sie uns darauf hinweisen, {customer}. Sie sollten unsere Rechnungen nicht für uns prüfen müssen – das tut mir leid. Ich korrigiere das sofort.</translation>
    </message>
    <message>
        <source>Find the charge or order in the billing system</source>
        <translation>Buchung oder Bestellung im Abrechnungssystem suchen</translation>
    </message>
    <message>
        <source>Reverse or correct the wrong amount</source>
        <translation>Falschen Betrag stornieren oder korrigieren</translation>
    </message>
    <message>
        <source>Remove any fee that followed from the mistake</source>
        <translation>Durch den Fehler entstandene Gebühren streichen</translation>
    </message>
    <message>
        <source>Confirm the correction to the customer in writing</source>
        <translation>Korrektur dem Kunden schriftlich bestätigen</translation>
    </message>
    <message>
        <source>Note what made the mistake possible</source>
        <translation>Festhalten, wodurch der Fehler möglich wurde</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>I&apos;m so sorry for the wait, {customer}. Your time matters, and we didn&apos;t respect it. I&apos;m {employee}, and I&apos;m taking care of this now.</source>
        <translation>Es tut mir sehr leid, dass Sie warten mussten, {customer}. Ihre Zeit ist wertvoll, und wir haben sie nicht respektiert. Ich bin {employee} und kümmere mich jetzt darum.</translation>
    </message>
    <message>
        <source>{customer}, thank you for your patience; you shouldn&apos;t have needed it. Let me make this right straight away.</source>
        <translation>{customer}, danke für Ihre Geduld – Sie hätten sie gar nicht aufbringen müssen. Ich bringe das sofort in Ordnung.</translation>
    </message>
    <message>
        <source>Find out where the order or service is stuck</source>
        <translation>Herausfinden, wo die Bestellung oder Leistung hängt</translation>
    </message>
    <message>
        <source>Give the customer a realistic time and keep it</source>
        <translation>Dem Kunden eine realistische Zeit nennen und sie einhalten</translation>
    </message>
    <message>
        <source>Prioritise the order now</source>
        <translation>Bestellung jetzt vorziehen</translation>
    </message>
    <message>
        <source>Tell the team what happened</source>
        <translation>Das Team über den Vorfall informieren</translation>
    </message>
    <message>
        <source>Defect or outage</source>
        <translation>Defekt oder Ausfall</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry this isn&apos;t working as it should. You counted on it. I&apos;m {employee}; let&apos;s get you a working solution today.</source>
        <translation>{customer}, es tut mir leid, dass das nicht so funktioniert, wie es sollte. Sie haben sich darauf verlassen. Ich bin {employee} – lassen Sie uns heute noch eine Lösung finden, die funktioniert.</translation>
    </message>
    <message>
        <source>We let you down with this, {customer}, and I apologise. Here is what I&apos;ll do right now.</source>
        <translation>Damit haben wir Sie im Stich gelassen, {customer}, und dafür entschuldige ich mich. Ich sage Ihnen, was ich jetzt sofort tue.</translation>
    </message>
    <message>
        <source>Confirm the defect or outage and its extent</source>
        <translation>Defekt oder Ausfall und dessen Umfang feststellen</translation>
    </message>
    <message>
        <source>Replace, repair or restore service</source>
        <translation>Ersetzen, reparieren oder den Service wiederherstellen</translation>
    </message>
    <message>
        <source>Offer a working alternative while the fix is under way</source>
        <translation>Bis zur Behebung eine funktionierende Alternative anbieten</translation>
    </message>
    <message>
        <source>Report the defect to the team that owns it</source>
        <translation>Defekt an das zuständige Team melden</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Nicht gehaltenes Versprechen</translation>
    </message>
    <message>
        <source>{customer}, we promised you something and didn&apos;t deliver. I&apos;m truly sorry. I&apos;m {employee}, and I&apos;ll make sure you get what you were promised.</source>
        <translation>{customer}, wir haben Ihnen etwas versprochen und es nicht gehalten. Das tut mir aufrichtig leid. Ich bin {employee} und sorge dafür, dass Sie bekommen, was Ihnen zugesagt wurde.</translation>
    </message>
    <message>
        <source>I&apos;m sorry, {customer}. You planned around our word and we let you down. Let me fix that now.</source>
        <translation>Es tut mir leid, {customer}. Sie haben sich auf unser Wort verlassen, und wir haben Sie enttäuscht. Ich bringe das jetzt in Ordnung.</translation>
    </message>
    <message>
        <source>Find out exactly what was promised</source>
        <translation>Genau klären, was versprochen wurde</translation>
    </message>
    <message>
        <source>Deliver it now, or the closest thing available</source>
        <translation>Zusage jetzt einlösen oder das Nächstbeste anbieten</translation>
    </message>
    <message>
        <source>Keep the customer informed until it is done</source>
        <translation>Kunden auf dem Laufenden halten, bis alles erledigt ist</translation>
    </message>
    <message>
        <source>Hold the customer&apos;s belongings or time slot meanwhile</source>
        <translation>Bis dahin Sachen des Kunden verwahren oder Termin freihalten</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Verhalten des Personals</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry for how you were spoken to. That is not how we treat our guests. I&apos;m {employee}, and I&apos;d like to make it right.</source>
        <translation>{customer}, es tut mir leid, wie mit Ihnen gesprochen wurde. So gehen wir nicht mit unseren Gästen um. Ich bin {employee} und möchte das wiedergutmachen.</translation>
    </message>
    <message>
        <source>Thank you for telling us, {customer}. You deserved courtesy and didn&apos;t get it; I apologise on behalf of all of us.</source>
        <translation>Danke, dass Sie uns das sagen, {customer}. Sie hätten Freundlichkeit verdient, und die haben Sie nicht bekommen. Dafür entschuldige ich mich im Namen von uns allen.</translation>
    </message>
    <message>
        <source>Listen to the whole story without interrupting</source>
        <translation>Die ganze Geschichte anhören, ohne zu unterbrechen</translation>
    </message>
    <message>
        <source>Resolve the original request</source>
        <translation>Das ursprüngliche Anliegen erledigen</translation>
    </message>
    <message>
        <source>Arrange a call from the manager within a day</source>
        <translation>Anruf des Managers innerhalb eines Tages vereinbaren</translation>
    </message>
    <message>
        <source>Record what happened, without naming blame</source>
        <translation>Vorfall festhalten, ohne Schuldige zu benennen</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry; this should have been ready and working for you. I&apos;m {employee}, and I&apos;ll sort it out now.</source>
        <translation>{customer}, es tut mir leid – das hätte für Sie bereitstehen und funktionieren müssen. Ich bin {employee} und kümmere mich jetzt darum.</translation>
    </message>
    <message>
        <source>That&apos;s not the stay we wanted for you, {customer}. I apologise, and here&apos;s what I&apos;m going to do.</source>
        <translation>So hatten wir uns Ihren Aufenthalt nicht vorgestellt, {customer}. Ich entschuldige mich dafür und sage Ihnen, was ich jetzt tue.</translation>
    </message>
    <message>
        <source>Check the room, car or equipment in person</source>
        <translation>Zimmer, Fahrzeug oder Gerät persönlich prüfen</translation>
    </message>
    <message>
        <source>Call maintenance or the outside company</source>
        <translation>Haustechnik oder externe Firma rufen</translation>
    </message>
    <message>
        <source>Move the customer somewhere comfortable meanwhile</source>
        <translation>Kunden bis dahin an einem angenehmen Ort unterbringen</translation>
    </message>
    <message>
        <source>Confirm the repair before the customer returns</source>
        <translation>Reparatur prüfen, bevor der Kunde zurückkommt</translation>
    </message>
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>The reports and printing module is missing:
%1</source>
        <translation>Das Modul für Berichte und Druck fehlt:
%1</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 drills</source>
        <translation>muss eine Liste von 1 bis %1 Übungen sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be a text, not empty</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>must be a list of at most 100 texts</source>
        <translation>muss eine Liste von höchstens 100 Texten sein</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, at most 64</source>
        <translation>nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 64</translation>
    </message>
    <message>
        <source>customer or staff</source>
        <translation>customer oder staff</translation>
    </message>
    <message>
        <source>a whole number of seconds from 10 to 3600</source>
        <translation>eine ganze Zahl von Sekunden, von 10 bis 3600</translation>
    </message>
    <message>
        <source>say the ideal path, one step a line</source>
        <translation>den idealen Ablauf angeben, ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment „%1“</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>zulässig: %1</translation>
    </message>
    <message>
        <source>must be an object with the customer&apos;s lines</source>
        <translation>muss ein Objekt mit den Sätzen des Kunden sein</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the playbook&apos;s catalog</source>
        <translation>„%1“ steht nicht im Katalog des Leitfadens</translation>
    </message>
    <message>
        <source>name at least one gesture that would delight</source>
        <translation>mindestens eine Geste nennen, die begeistern würde</translation>
    </message>
    <message>
        <source>must be a list of at most 20 events</source>
        <translation>muss eine Liste von höchstens 20 Ereignissen sein</translation>
    </message>
    <message>
        <source>one of situation, apology, fix, compensation, follow-up</source>
        <translation>zulässig: situation, apology, fix, compensation, follow-up</translation>
    </message>
    <message>
        <source>one of interrupt, above-authority, blame</source>
        <translation>zulässig: interrupt, above-authority, blame</translation>
    </message>
    <message>
        <source>not a drill file: %1</source>
        <translation>keine Übungsdatei: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[E-Mail]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[Telefon]</translation>
    </message>
    <message>
        <source>Sam Taylor</source>
        <translation>Alex Schneider</translation>
    </message>
    <message>
        <source>From recovery #%1</source>
        <translation>Aus Wiedergutmachung #%1</translation>
    </message>
    <message>
        <source>At our counter</source>
        <translation>An unserem Tresen</translation>
    </message>
    <message>
        <source>(what the counter knows about them)</source>
        <translation>(was man am Tresen über den Kunden weiß)</translation>
    </message>
    <message>
        <source>(what the customer says after the apology)</source>
        <translation>(was der Kunde nach der Entschuldigung sagt)</translation>
    </message>
    <message>
        <source>(what the customer says once it is fixed)</source>
        <translation>(was der Kunde sagt, sobald es behoben ist)</translation>
    </message>
    <message>
        <source>(what the customer says about the gesture)</source>
        <translation>(was der Kunde zur Geste sagt)</translation>
    </message>
    <message>
        <source>(the ideal path, one step a line)</source>
        <translation>(der ideale Ablauf, ein Schritt pro Zeile)</translation>
    </message>
</context>
<context>
    <name>DrillCard</name>
    <message>
        <source>What went wrong:</source>
        <translation>Was schiefging:</translation>
    </message>
    <message>
        <source>The customer:</source>
        <translation>Der Kunde:</translation>
    </message>
    <message>
        <source>They say</source>
        <translation>Was der Kunde sagt</translation>
    </message>
    <message>
        <source>A good recovery:</source>
        <translation>Eine gute Wiedergutmachung:</translation>
    </message>
    <message>
        <source>Practise it at the counter: Practice a drill (Ctrl+D). Target: %1 s.</source>
        <translation>Am Tresen üben: Übung starten (Ctrl+D). Ziel: %1 s.</translation>
    </message>
</context>
<context>
    <name>DrillScore</name>
    <message>
        <source>No gesture was given: the customer was let down and deserved one (up to %1 here).</source>
        <translation>Keine Geste gegeben: Der Kunde wurde enttäuscht und hätte eine verdient (hier bis %1).</translation>
    </message>
    <message>
        <source>%1 is out of proportion for this situation.</source>
        <translation>%1 ist für diese Situation unverhältnismäßig.</translation>
    </message>
    <message>
        <source>%1 in all is above the overreact notch of %2: generous, but more than the playbook&apos;s range.</source>
        <translation>%1 insgesamt liegt über der Grenze für „eine Stufe mehr“ von %2: großzügig, aber mehr, als der Leitfaden vorsieht.</translation>
    </message>
    <message>
        <source>%1 in all: within the playbook&apos;s range (up to %2 with the overreact notch).</source>
        <translation>%1 insgesamt: im Rahmen des Leitfadens (bis %2 mit „eine Stufe mehr“).</translation>
    </message>
    <message>
        <source>No follow-up was booked.</source>
        <translation>Kein Nachfassen geplant.</translation>
    </message>
    <message>
        <source>Follow-up within 24 hours, by %1, as the customer prefers.</source>
        <translation>Nachfassen innerhalb von 24 Stunden über den Kanal, den der Kunde bevorzugt (%1).</translation>
    </message>
    <message>
        <source>The follow-up is more than 24 hours away: call back within a day.</source>
        <translation>Das Nachfassen liegt mehr als 24 Stunden entfernt: innerhalb eines Tages zurückrufen.</translation>
    </message>
    <message>
        <source>The follow-up goes by %1; this customer prefers %2.</source>
        <translation>Kanal für das Nachfassen: %1; dieser Kunde bevorzugt: %2.</translation>
    </message>
    <message>
        <source>Done in %1 s, within the target of %2 s.</source>
        <translation>In %1 s erledigt, innerhalb des Ziels von %2 s.</translation>
    </message>
    <message>
        <source>%1 s against a target of %2 s: the customer is still waiting.</source>
        <translation>%1 s bei einem Ziel von %2 s: Der Kunde wartet noch.</translation>
    </message>
    <message>
        <source>Apologised using the customer&apos;s name</source>
        <translation>Entschuldigung mit dem Namen des Kunden</translation>
    </message>
    <message>
        <source>Apologised without blaming anyone</source>
        <translation>Entschuldigung ohne Schuldzuweisung</translation>
    </message>
    <message>
        <source>Category right</source>
        <translation>Kategorie richtig</translation>
    </message>
    <message>
        <source>Severity right</source>
        <translation>Schweregrad richtig</translation>
    </message>
    <message>
        <source>Fixed before compensating</source>
        <translation>Behoben vor dem Ausgleich</translation>
    </message>
    <message>
        <source>Gesture in the playbook&apos;s range, not excessive</source>
        <translation>Geste im Rahmen des Leitfadens, nicht übertrieben</translation>
    </message>
    <message>
        <source>A personal touch from the customer&apos;s notes</source>
        <translation>Eine persönliche Note aus den Kundennotizen</translation>
    </message>
    <message>
        <source>Over-authority gestures approved properly</source>
        <translation>Gesten über dem eigenen Limit ordnungsgemäß freigegeben</translation>
    </message>
    <message>
        <source>Follow-up within 24 h by the preferred channel</source>
        <translation>Nachfassen innerhalb von 24 h über den bevorzugten Kanal</translation>
    </message>
    <message>
        <source>Time against the target</source>
        <translation>Zeit im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>The apology spoke to %1 by name.</source>
        <translation>Die Entschuldigung sprach %1 mit Namen an.</translation>
    </message>
    <message>
        <source>Say the customer&apos;s name: &quot;%1&quot;.</source>
        <translation>Den Namen des Kunden nennen: „%1“.</translation>
    </message>
    <message>
        <source>The apology points at someone: apologise for the business, blame no one.</source>
        <translation>Die Entschuldigung zeigt auf jemanden: im Namen des Betriebs entschuldigen, niemandem die Schuld geben.</translation>
    </message>
    <message>
        <source>No blame on a colleague or the system.</source>
        <translation>Keine Schuldzuweisung an Kollegen oder das System.</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <source>The problem was fixed before anything was given.</source>
        <translation>Das Problem wurde behoben, bevor etwas gegeben wurde.</translation>
    </message>
    <message>
        <source>Fix the problem first: a gift does not replace the fix.</source>
        <translation>Zuerst das Problem beheben: Ein Geschenk ersetzt keine Lösung.</translation>
    </message>
    <message>
        <source>It showed you read the notes: %1</source>
        <translation>Man merkte, dass Sie die Notizen gelesen haben: %1</translation>
    </message>
    <message>
        <source>The notes said: %1 Use it.</source>
        <translation>In den Notizen stand: %1 Nutzen Sie das.</translation>
    </message>
    <message>
        <source>Within your own limit of %1: no approval needed.</source>
        <translation>Innerhalb Ihres eigenen Limits von %1: keine Freigabe nötig.</translation>
    </message>
    <message>
        <source>Above your limit of %1 and approved by %2.</source>
        <translation>Über Ihrem Limit von %1 und von %2 freigegeben.</translation>
    </message>
    <message>
        <source>Above your limit of %1: a supervisor must approve.</source>
        <translation>Über Ihrem Limit von %1: Eine Schichtleitung muss freigeben.</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>apologized</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>Nachfassen geplant</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>LineUpSheet</name>
    <message>
        <source>Line-up: recoveries to be proud of, week of %1</source>
        <translation>Teambesprechung: Vorgänge, auf die wir stolz sind, Woche vom %1</translation>
    </message>
    <message>
        <source>No story was approved in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde keine Geschichte genehmigt.</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · thanks to %3</source>
        <translation>Vorgang Nr. %1 · %2 · dank %3</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Was wir taten</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>Wie der Kunde reagierte</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Was wir lernten</translation>
    </message>
    <message>
        <source>Ask the team: what would you have done? What can we change so it does not happen again?</source>
        <translation>Fragen Sie das Team: Was hättet ihr getan? Was können wir ändern, damit es nicht wieder passiert?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Service-recovery assistant for the counter</source>
        <translation>Service-Recovery-Assistent für den Tresen</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Zu öffnende Datenbankdatei.</translation>
    </message>
    <message>
        <source>Open the demo database (created and filled once).</source>
        <translation>Demo-Datenbank öffnen (wird einmalig angelegt und befüllt).</translation>
    </message>
    <message>
        <source>Open the database, draw the first window, then quit (exit code 0).</source>
        <translation>Datenbank öffnen, das erste Fenster zeichnen und beenden (Exit-Code 0).</translation>
    </message>
    <message>
        <source>Rebound could not open the database
%1

%2</source>
        <translation>Rebound konnte die Datenbank nicht öffnen
%1

%2</translation>
    </message>
    <message>
        <source>Rebound cannot open its database</source>
        <translation>Rebound kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Load the reports and printing module, say whether it loaded, then quit.</source>
        <translation>Das Modul für Berichte und Druck laden, melden, ob es geladen wurde, und beenden.</translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation>%1: geladen</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>1 earlier recovery</source>
        <translation>1 früherer Vorgang</translation>
    </message>
    <message>
        <source>%1 earlier recoveries</source>
        <translation>%1 frühere Vorgänge</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Blown away</source>
        <translation>Begeistert</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Nicht zufrieden</translation>
    </message>
</context>
<context>
    <name>rebound::ActionDialog</name>
    <message>
        <source>New prevention action</source>
        <translation>Neue vorbeugende Maßnahme</translation>
    </message>
    <message>
        <source>What to change so this kind of failure stops: a process, a tool, a schedule, a training</source>
        <translation>Was zu ändern ist, damit diese Art Fehler aufhört: ein Ablauf, ein Werkzeug, ein Dienstplan, eine Schulung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From story #%1.</source>
        <translation>Aus Geschichte Nr. %1.</translation>
    </message>
    <message>
        <source>From recovery #%1.</source>
        <translation>Aus Vorgang Nr. %1.</translation>
    </message>
    <message>
        <source>From a combustion point.</source>
        <translation>Aus einem Brennpunkt.</translation>
    </message>
    <message>
        <source>The owner moves it on and closes it with what was done; the combustion-point report then shows the category&apos;s recoveries before and after.</source>
        <translation>Die zuständige Person treibt sie voran und schließt sie mit dem ab, was getan wurde; der Brennpunkt-Bericht zeigt dann die Vorgänge der Kategorie davor und danach.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;What to change</source>
        <translation>&amp;Was ändern</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>O&amp;pen the action</source>
        <translation>Maßnahme &amp;eröffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rebound::ApologyPage</name>
    <message>
        <source>&amp;Apology given</source>
        <translation>&amp;Entschuldigung ausgesprochen</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Own it: a sincere apology from you, now, without blaming anyone.</source>
        <translation>Übernehmen Sie Verantwortung: eine aufrichtige Entschuldigung von Ihnen, jetzt, ohne jemandem die Schuld zu geben.</translation>
    </message>
    <message>
        <source>Suggested apologies</source>
        <translation>Vorgeschlagene Entschuldigungen</translation>
    </message>
    <message>
        <source>What you said</source>
        <translation>Was Sie gesagt haben</translation>
    </message>
    <message>
        <source>Apology given</source>
        <translation>Entschuldigung ausgesprochen</translation>
    </message>
    <message>
        <source>S&amp;uggested words (pick one, then say it in your own way)</source>
        <translation>&amp;Vorgeschlagene Worte (eine wählen und mit eigenen Worten sagen)</translation>
    </message>
    <message>
        <source>What you &amp;said</source>
        <translation>Was Sie &amp;gesagt haben</translation>
    </message>
</context>
<context>
    <name>rebound::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Freigabe durch die Schichtleitung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to give &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;A supervisor or manager other than %1 enters their own code and PIN to approve it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte &lt;b&gt;%2&lt;/b&gt; gewähren.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;Zur Freigabe gibt eine Schichtleitung oder ein Manager (nicht %1) den eigenen Code und die eigene PIN ein.</translation>
    </message>
    <message>
        <source>Approver&apos;s code</source>
        <translation>Code der freigebenden Person</translation>
    </message>
    <message>
        <source>Approver&apos;s PIN</source>
        <translation>PIN der freigebenden Person</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;code</source>
        <translation>&amp;Code der freigebenden Person</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;PIN</source>
        <translation>&amp;PIN der freigebenden Person</translation>
    </message>
</context>
<context>
    <name>rebound::Ask</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Recovery total</source>
        <translation>Vorgangssumme</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogView</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Overrides only</source>
        <translation>Nur &amp;Freigaben</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>min. total</source>
        <translation>Min. Summe</translation>
    </message>
    <message>
        <source>Minimum recovery total</source>
        <translation>Mindestsumme des Vorgangs</translation>
    </message>
    <message>
        <source>Customer, voucher code, employee or recovery number</source>
        <translation>Kunde, Gutscheincode, Mitarbeitende oder Vorgangsnummer</translation>
    </message>
    <message>
        <source>Sorting by recovery total needs a filter that leaves at most %L1 entries.</source>
        <translation>Zum Sortieren nach Vorgangssumme muss der Filter höchstens %L1 Einträge übrig lassen.</translation>
    </message>
    <message>
        <source>The recovery&apos;s full history</source>
        <translation>Der vollständige Verlauf des Vorgangs</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;note as PDF…</source>
        <translation>&amp;Kundenschreiben als PDF…</translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation>%L1 Einträge</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Select an entry that belongs to a recovery to see its whole history here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Wählen Sie einen Eintrag, der zu einem Vorgang gehört, um hier dessen gesamten Verlauf zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log has been tampered with:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Das Prüfprotokoll wurde manipuliert:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The check could not finish:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Die Prüfung konnte nicht abgeschlossen werden:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Show the raw &amp;entries</source>
        <translation>&amp;Rohe Einträge zeigen</translation>
    </message>
    <message>
        <source>C&amp;lose a day…</source>
        <translation>Tag ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Closing &amp;slip as PDF…</source>
        <translation>Abschluss&amp;beleg als PDF…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log is intact:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Das Prüfprotokoll ist unversehrt:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No day has been closed yet. A manager closes each business day: its totals go into the audit log and a signed receipt is kept outside the database.</source>
        <translation>Noch kein Tag abgeschlossen. Eine Leitung schließt jeden Geschäftstag ab: seine Summen kommen ins Prüfprotokoll, ein signierter Beleg wird außerhalb der Datenbank aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Everything up to now verifies.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Alles bis jetzt ist geprüft.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not verified since this view opened: use Verify.</source>
        <translation>Seit dem Öffnen dieser Ansicht nicht geprüft: Prüfen verwenden.</translation>
    </message>
    <message>
        <source>Close a day</source>
        <translation>Tag abschließen</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>Tag &amp;abschließen</translation>
    </message>
    <message>
        <source>The day&apos;s totals are recorded in the audit log and signed in a receipt kept beside the database. A day closes once.</source>
        <translation>Die Summen des Tages werden im Prüfprotokoll festgehalten und in einem Beleg neben der Datenbank signiert. Ein Tag wird nur einmal abgeschlossen.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>all %L1 entries are chained and unchanged, every table agrees with them, and the receipts kept outside the database match (%L2 checked).</source>
        <translation>alle %L1 Einträge sind verkettet und unverändert, jede Tabelle stimmt mit ihnen überein, und die außerhalb der Datenbank aufbewahrten Belege passen (%L2 geprüft).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last closed day:&lt;/b&gt; %1 (audit entry %L2; entries since: %L3).</source>
        <translation>&lt;b&gt;Zuletzt abgeschlossener Tag:&lt;/b&gt; %1 (Prüfprotokolleintrag %L2; Einträge seither: %L3).</translation>
    </message>
    <message>
        <source>%1 is closed. Recoveries: %2, given: %3, overrides: %4. Receipt: %5</source>
        <translation>%1 ist abgeschlossen. Wiedergutmachungen: %2, gegeben: %3, Freigaben: %4. Beleg: %5</translation>
    </message>
    <message>
        <source>Verified up to entry %L1; %L2 entries written since: use Verify again.</source>
        <translation>Geprüft bis Eintrag %L1; seither %L2 Einträge geschrieben: erneut prüfen.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
</context>
<context>
    <name>rebound::CompensationPage</name>
    <message>
        <source>Ask a su&amp;pervisor to approve…</source>
        <translation>Freigabe durch die Schicht&amp;leitung anfordern…</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Make it personal, and when in doubt, overreact.</source>
        <translation>Machen Sie es persönlich – und im Zweifel lieber eine Stufe mehr.</translation>
    </message>
    <message>
        <source>Suggested gestures; Enter adds one</source>
        <translation>Vorgeschlagene Gesten; Eingabetaste fügt eine hinzu</translation>
    </message>
    <message>
        <source>Another gesture from the catalog</source>
        <translation>Weitere Geste aus dem Katalog</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Gestures given; Delete removes one</source>
        <translation>Gewährte Gesten; Entf entfernt eine</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Geste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Past recoveries</source>
        <translation>Frühere Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Suggested (Enter adds)</source>
        <translation>&amp;Vorgeschlagen (Eingabetaste fügt hinzu)</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gewährt</translation>
    </message>
    <message>
        <source>About this customer</source>
        <translation>Zum Kunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3 customer&lt;/b&gt; — suggested budget &lt;b&gt;%4&lt;/b&gt;, overreact &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 · %2 · Segment %3&lt;/b&gt; — vorgeschlagenes Budget &lt;b&gt;%4&lt;/b&gt;, eine Stufe mehr &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2   ▲ overreact</source>
        <translation>%1 — %2   ▲ eine Stufe mehr</translation>
    </message>
    <message>
        <source>The notch above the standard gesture: for when the failure hurt more than it looks.</source>
        <translation>Eine Stufe über der üblichen Geste: für Fälle, in denen der Fehler schwerer wiegt, als es scheint.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet for %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Notizen zu %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 · %2 · gave %3</source>
        <translation>%1 · %2 · gewährt: %3</translation>
    </message>
    <message>
        <source> · satisfaction %1/5</source>
        <translation> · Zufriedenheit %1/5</translation>
    </message>
    <message>
        <source>First recovery for this customer.</source>
        <translation>Erster Vorgang für diesen Kunden.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>Der Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>your limit %1 per recovery · %2 left today</source>
        <translation>Ihr Limit: %1 pro Vorgang · heute noch %2 übrig</translation>
    </message>
    <message>
        <source>your limit %1 per recovery</source>
        <translation>Ihr Limit: %1 pro Vorgang</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>Im Rahmen Ihrer Befugnis.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Freigegeben von %1.</translation>
    </message>
    <message>
        <source>%1: a supervisor approves it here with their own PIN.</source>
        <translation>%1: Eine Schichtleitung gibt das hier mit der eigenen PIN frei.</translation>
    </message>
    <message>
        <source>%1. You may give up to %2 on your own, or more with a supervisor&apos;s approval; lower the amounts.</source>
        <translation>%1. Sie dürfen bis zu %2 selbst gewähren, mit Freigabe der Schichtleitung auch mehr; verringern Sie die Beträge.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;Summe &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>· second failure: suggested as %1</source>
        <translation>· zweiter Fehler: vorgeschlagen als %1</translation>
    </message>
</context>
<context>
    <name>rebound::CounterSync</name>
    <message numerus="yes">
        <source>Offline — %n recoveries waiting to be sent</source>
        <translation>
            <numerusform>Ohne Verbindung — %n Vorgang wartet auf das Senden</numerusform>
            <numerusform>Ohne Verbindung — %n Vorgänge warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source> · server away since %1</source>
        <translation> · Server nicht erreichbar seit %1</translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Sending %1 of %2 recoveries…</source>
        <translation>Sende %1 von %2 Vorgängen…</translation>
    </message>
    <message>
        <source>Offline copy not refreshed: %1</source>
        <translation>Kopie für die Arbeit ohne Verbindung nicht aktualisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n follow-ups</source>
        <translation>
            <numerusform> und %n Nachfassen</numerusform>
            <numerusform> und %n Nachfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers again and every recovery made here is on it: Rebound goes back to the server at the next sign-in</source>
        <translation>Der Server antwortet wieder und alle hier erfassten Vorgänge sind dort: Rebound wechselt bei der nächsten Anmeldung zurück zum Server</translation>
    </message>
</context>
<context>
    <name>rebound::ExportDialog</name>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for spreadsheets that need one to read UTF-8)</source>
        <translation>Byte-Order-&amp;Mark hinzufügen (für Tabellenkalkulationen, die ihn zum Lesen von UTF-8 benötigen)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Recoveries (incidents)</source>
        <translation>Vorgänge (Vorfälle)</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Gesten</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation>%L1 Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Return visits (each visit)</source>
        <translation>Wiederbesuche (jeder Besuch)</translation>
    </message>
    <message>
        <source>Prevention actions, with counts before and after</source>
        <translation>Vorbeugende Maßnahmen, mit Zahlen davor und danach</translation>
    </message>
    <message>
        <source>Recognitions per employee</source>
        <translation>Würdigungen je Mitarbeitende</translation>
    </message>
    <message>
        <source>Return visits within 30 and 90 days</source>
        <translation>Wiederbesuche binnen 30 und 90 Tagen</translation>
    </message>
    <message>
        <source>Recovery economics by segment</source>
        <translation>Wirtschaftlichkeit der Vorgänge nach Segment</translation>
    </message>
    <message>
        <source>Follow-up verdicts by category, segment, gesture, employee</source>
        <translation>Urteile beim Nachfassen nach Kategorie, Segment, Geste, Mitarbeitenden</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>Voids by employee, beside what each gave</source>
        <translation>Stornierungen je Mitarbeiter, neben dem jeweils Gegebenen</translation>
    </message>
</context>
<context>
    <name>rebound::FirstRunPage</name>
    <message>
        <source>Welcome to Rebound</source>
        <translation>Willkommen bei Rebound</translation>
    </message>
    <message>
        <source>This database is new. Create the first manager: they set up the rest of the team and the playbook.</source>
        <translation>Diese Datenbank ist neu. Legen Sie den ersten Manager an; dieser richtet das übrige Team und den Leitfaden ein.</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Personalcode</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Manager anlegen</translation>
    </message>
    <message>
        <source>Employee &amp;code</source>
        <translation>Personal&amp;code</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Vollständiger &amp;Name</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Die beiden PINs stimmen nicht überein; bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least %1 digits)</source>
        <translation>&amp;PIN (mindestens %1 Ziffern)</translation>
    </message>
</context>
<context>
    <name>rebound::FixPage</name>
    <message>
        <source>&amp;Resolved: the problem itself is fixed</source>
        <translation>&amp;Gelöst: Das Problem selbst ist behoben</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Put the problem right first; the gesture comes after.</source>
        <translation>Bringen Sie zuerst das Problem in Ordnung; die Geste kommt danach.</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Checkliste zur Behebung</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>How to prevent it</source>
        <translation>Wie es sich vermeiden lässt</translation>
    </message>
    <message>
        <source>Root cause and how to stop it happening again (seen by managers; no names)</source>
        <translation>Ursache und wie sich eine Wiederholung verhindern lässt (für Manager sichtbar; keine Namen)</translation>
    </message>
    <message>
        <source>C&amp;hecklist (Space ticks a step)</source>
        <translation>&amp;Checkliste (Leertaste hakt einen Schritt ab)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Prevention note</source>
        <translation>Hinweis zur &amp;Vorbeugung</translation>
    </message>
    <message>
        <source>What was done, and what is still pending (printed on the customer&apos;s note)</source>
        <translation>Was getan wurde und was noch aussteht (erscheint im Kundenschreiben)</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpDialog</name>
    <message>
        <source>&amp;Reached them</source>
        <translation>&amp;Erreicht</translation>
    </message>
    <message>
        <source>&amp;Could not reach them</source>
        <translation>&amp;Nicht erreicht</translation>
    </message>
    <message>
        <source>Follow-up with %1</source>
        <translation>Nachfassen bei %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Zufriedenheit %1 von 5</translation>
    </message>
    <message>
        <source>Satisfaction now (keys 1–5)</source>
        <translation>Zufriedenheit jetzt (Tasten 1–5)</translation>
    </message>
    <message>
        <source>Did we blow them away?</source>
        <translation>Haben wir begeistert?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, if they said something worth keeping</source>
        <translation>In den Worten des Kunden, wenn er etwas Festhaltenswertes gesagt hat</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpPage</name>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction.</source>
        <translation>Ein Anruf oder eine Nachricht zu einem späteren Zeitpunkt zeigt dem Kunden, dass wir es ernst meinen. Mit den Tasten 1–5 erfassen Sie seine Zufriedenheit.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>1 · very unhappy</source>
        <translation>1 · sehr unzufrieden</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 · delighted</source>
        <translation>5 · begeistert</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Zufriedenheit %1 von 5</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Not saved: %1. Everything you typed is still here; try again.</source>
        <translation>Nicht gespeichert: %1. Ihre Eingaben sind noch vorhanden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter (optional)</source>
        <translation>Zufriedenheit am Schalter (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;One open day later</source>
        <translation>&amp;Einen Öffnungstag später</translation>
    </message>
    <message>
        <source>The customer&apos;s note will say: %1.</source>
        <translation>Auf dem Schreiben an den Kunden steht: %1.</translation>
    </message>
    <message>
        <source>That is outside the opening hours.</source>
        <translation>Das liegt außerhalb der Öffnungszeiten.</translation>
    </message>
    <message>
        <source>Waiting for the central server: %1. Everything you typed is kept, and the recovery is saved as soon as the server answers (trying every %2 seconds).</source>
        <translation>Warten auf den zentralen Server: %1. Alles Eingegebene bleibt erhalten, und die Wiedergutmachung wird gespeichert, sobald der Server antwortet (neuer Versuch alle %2 Sekunden).</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpsTable</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <source>Mark the follow-up with %1 done</source>
        <translation>Nachfassen bei %1 als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>rebound::HistoryText</name>
    <message>
        <source>&lt;h3&gt;Recovery #%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wiedergutmachung Nr. %1&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::HomePage</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Recovered in</source>
        <translation>Erledigt in</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>Supervisor &amp;workspace</source>
        <translation>&amp;Arbeitsbereich der Schichtleitung</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock  (Ctrl+L)</source>
        <translation>&amp;Sperren  (Strg+L)</translation>
    </message>
    <message>
        <source>New recovery   Ctrl+N</source>
        <translation>Neuer Vorgang   Strg+N</translation>
    </message>
    <message>
        <source>New recovery</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Heute fälliges und überfälliges Nachfassen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Find a customer or a recovery: name, phone, email, room, #number, date</source>
        <translation>Kunde oder Wiedergutmachung suchen: Name, Telefon, E-Mail, Zimmer, #Nummer, Datum</translation>
    </message>
    <message>
        <source>a customer not named yet</source>
        <translation>einen noch namenlosen Kunden</translation>
    </message>
    <message>
        <source>Continue the recovery for %1   Ctrl+N</source>
        <translation>Wiedergutmachung für %1 fortsetzen   Strg+N</translation>
    </message>
    <message>
        <source>Continue the unfinished recovery</source>
        <translation>Unfertige Wiedergutmachung fortsetzen</translation>
    </message>
    <message>
        <source>Type two letters or digits of a name, phone, email or room to see a customer&apos;s notes and past recoveries; #12 or a date finds a recovery.</source>
        <translation>Tippen Sie zwei Buchstaben oder Ziffern eines Namens, Telefons, einer E-Mail oder eines Zimmers, um Notizen und frühere Wiedergutmachungen zu sehen; #12 oder ein Datum findet eine Wiedergutmachung.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>    #%1 · %2 · %3 · %4</source>
        <translation>    Nr. %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>Nr. %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Double-click or Enter: open recovery #%1</source>
        <translation>Doppelklick oder Eingabe: Wiedergutmachung Nr. %1 öffnen</translation>
    </message>
    <message>
        <source>Unfinished, kept at %1: everything typed is still there.</source>
        <translation>Unfertig, aufbewahrt um %1: alles Eingegebene ist noch da.</translation>
    </message>
    <message>
        <source>Practice a &amp;drill   Ctrl+D</source>
        <translation>&amp;Übung starten   Strg+D</translation>
    </message>
    <message>
        <source>Rehearse a recovery in the real wizard, scored, without touching real data</source>
        <translation>Eine Wiedergutmachung im echten Assistenten proben, mit Punktzahl, ohne echte Daten zu berühren</translation>
    </message>
    <message>
        <source>Customer is &amp;back</source>
        <translation>Kunde ist &amp;zurück</translation>
    </message>
    <message>
        <source>The customer chosen above came back: one click records the visit, so the reports show whether recoveries win customers back</source>
        <translation>Der oben gewählte Kunde ist wieder da: ein Klick erfasst den Besuch, damit die Berichte zeigen, ob Wiedergutmachung Kunden zurückgewinnt</translation>
    </message>
    <message>
        <source>Recoveries to be proud of</source>
        <translation>Vorgänge, auf die wir stolz sind</translation>
    </message>
    <message>
        <source>%1 — %2
%3 (#%4)</source>
        <translation>%1 — %2
%3 (Nr. %4)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Earlier this month</source>
        <translation>Früher in diesem Monat</translation>
    </message>
    <message>
        <source>No story approved this month yet. Proud of a recovery? Open it and nominate it as a story.</source>
        <translation>Diesen Monat ist noch keine Geschichte genehmigt. Stolz auf einen Vorgang? Öffnen Sie ihn und schlagen Sie ihn als Geschichte vor.</translation>
    </message>
    <message>
        <source>Choose a customer in the search results first.</source>
        <translation>Wählen Sie zuerst einen Kunden in den Suchergebnissen.</translation>
    </message>
    <message>
        <source>Welcome back: the visit of %1 is recorded.</source>
        <translation>Willkommen zurück: der Besuch von %1 ist erfasst.</translation>
    </message>
    <message>
        <source>Customer is back (Alt+B): record this visit</source>
        <translation>Kunde ist zurück: diesen Besuch erfassen</translation>
    </message>
    <message>
        <source>Your prevention actions</source>
        <translation>Ihre vorbeugenden Maßnahmen</translation>
    </message>
    <message>
        <source>#%1 · %2, due %3: %4</source>
        <translation>Nr. %1 · %2, fällig %3: %4</translation>
    </message>
    <message>
        <source>Double-click or Enter: mark it started, or close it with what was done</source>
        <translation>Doppelklick oder Eingabe: als begonnen markieren oder mit dem abschließen, was getan wurde</translation>
    </message>
    <message>
        <source>Prevention action #%1</source>
        <translation>Vorbeugende Maßnahme Nr. %1</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Begonnen</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Abschließen mit dem, was getan wurde…</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Maßnahme Nr. %1 abschließen</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>Was wurde getan?</translation>
    </message>
    <message>
        <source>Action #%1 started.</source>
        <translation>Maßnahme Nr. %1 begonnen.</translation>
    </message>
    <message>
        <source>Action #%1 closed: %2</source>
        <translation>Maßnahme Nr. %1 abgeschlossen: %2</translation>
    </message>
</context>
<context>
    <name>rebound::LoginPage</name>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Sign in to open a recovery.</source>
        <translation>Melden Sie sich an, um einen Vorgang zu öffnen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database&lt;/b&gt; — sign in as any of these:&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Demo-Datenbank&lt;/b&gt; — melden Sie sich als eine dieser Personen an:&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Wählen Sie Ihren Namen aus der Liste.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Geben Sie Ihre PIN ein.</translation>
    </message>
</context>
<context>
    <name>rebound::MainWindow</name>
    <message>
        <source>Rebound — demo</source>
        <translation>Rebound — Demo</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;New recovery</source>
        <translation>&amp;Neuer Vorgang</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Discard the unfinished recovery?</source>
        <translation>Unfertige Wiedergutmachung verwerfen?</translation>
    </message>
    <message>
        <source>What was typed for this recovery will be lost.</source>
        <translation>Was für diese Wiedergutmachung eingegeben wurde, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Practice a &amp;drill</source>
        <translation>&amp;Übung starten</translation>
    </message>
    <message>
        <source>Central server: %1 · site %2 · counter %3</source>
        <translation>Zentraler Server: %1 · Standort %2 · Schalter %3</translation>
    </message>
    <message>
        <source>No offline copy to work on: %1</source>
        <translation>Keine Kopie für die Arbeit ohne Verbindung: %1</translation>
    </message>
    <message>
        <source>Working offline; sign in again: %1</source>
        <translation>Arbeit ohne Verbindung; bitte erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Still on the offline copy: %1</source>
        <translation>Weiterhin auf der Kopie ohne Verbindung: %1</translation>
    </message>
    <message>
        <source>Rebound must close</source>
        <translation>Rebound muss schließen</translation>
    </message>
    <message>
        <source>Rebound closes now: %1.

A recovery being typed is kept as a draft in %2.</source>
        <translation>Rebound schließt jetzt: %1.

Eine Wiedergutmachung, die gerade erfasst wird, bleibt als Entwurf in %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>rebound::NotePrinter</name>
    <message>
        <source>Save the note as PDF</source>
        <translation>Kundenschreiben als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The note was saved to %1.</source>
        <translation>Das Kundenschreiben wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The note was sent to the printer.</source>
        <translation>Das Kundenschreiben wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>PRACTICE — NOT A REAL RECOVERY</source>
        <translation>ÜBUNG — KEINE ECHTE WIEDERGUTMACHUNG</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookEditor</name>
    <message>
        <source>&amp;Save the playbook</source>
        <translation>Leitfaden &amp;speichern</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount (empty: typed)</source>
        <translation>Betrag (leer: wird eingegeben)</translation>
    </message>
    <message>
        <source>Cost (empty: the amount)</source>
        <translation>Kosten (leer: der Betrag)</translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation>&amp;Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve it</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Gestures in the catalog</source>
        <translation>Gesten im Katalog</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook.</source>
        <translation>Nur eine Leitung darf den Leitfaden ändern.</translation>
    </message>
    <message>
        <source>One script a line; {customer} and {employee} are filled in</source>
        <translation>Ein Text pro Zeile; {customer} und {employee} werden eingesetzt</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Hours after the recovery, the first the default: 4, 24</source>
        <translation>Stunden nach der Wiedergutmachung, die erste als Vorgabe: 4, 24</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Apologies</source>
        <translation>&amp;Entschuldigungen</translation>
    </message>
    <message>
        <source>&amp;Fix checklist</source>
        <translation>&amp;Checkliste zur Behebung</translation>
    </message>
    <message>
        <source>Follow-up &amp;hours</source>
        <translation>Nachfass-&amp;Stunden</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Neue Kategorie %1</translation>
    </message>
    <message>
        <source>Saved: playbook version %1, in force from the next recovery.</source>
        <translation>Gespeichert: Leitfaden-Version %1, gültig ab der nächsten Wiedergutmachung.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookView</name>
    <message>
        <source>&amp;Save limits</source>
        <translation>Limits &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Import playbook…</source>
        <translation>Leitfaden &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport playbook…</source>
        <translation>Leitfaden e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Pro Vorgang</translation>
    </message>
    <message>
        <source>Per day (empty: no cap)</source>
        <translation>Pro Tag (leer: keine Obergrenze)</translation>
    </message>
    <message>
        <source>May approve up to</source>
        <translation>Darf freigeben bis</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Ausgabelimits</translation>
    </message>
    <message>
        <source>Within these limits the front line acts at once; above them a supervisor approves on the spot. Every change makes a new playbook version and is audited.</source>
        <translation>Innerhalb dieser Limits handeln die Mitarbeitenden sofort; darüber gibt eine Schichtleitung direkt vor Ort frei. Jede Änderung erzeugt eine neue Leitfadenversion und wird protokolliert.</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook and the limits.</source>
        <translation>Nur ein Manager darf den Leitfaden und die Limits ändern.</translation>
    </message>
    <message>
        <source>Import playbook</source>
        <translation>Leitfaden importieren</translation>
    </message>
    <message>
        <source>Playbook (*.json)</source>
        <translation>Leitfaden (*.json)</translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation>Leitfaden exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force:&lt;/b&gt; “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, currency %6.</source>
        <translation>&lt;b&gt;Gültig:&lt;/b&gt; „%1“, Version %2 — %3 Kategorien, %4 Katalogeinträge, %5 Segmente, Währung %6.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not imported; the playbook in force is unchanged. %1: %2</source>
        <translation>Nicht importiert; der gültige Leitfaden bleibt unverändert. %1: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 is now in force.</source>
        <translation>Leitfadenversion %1 ist jetzt gültig.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 written to %2.</source>
        <translation>Leitfadenversion %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>pro Vorgang</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>may approve up to</source>
        <translation>darf freigeben bis</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Limits saved as playbook version %1; they apply to the next recovery.</source>
        <translation>Limits als Leitfadenversion %1 gespeichert; sie gelten ab dem nächsten Vorgang.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeCoach</name>
    <message>
        <source>PRACTICE&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;nothing here is real&lt;/span&gt;</source>
        <translation>ÜBUNG&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;hier ist nichts echt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;“%2”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;„%2“&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer interrupts</source>
        <translation>Der Kunde unterbricht</translation>
    </message>
    <message>
        <source>Above your authority</source>
        <translation>Über Ihrer Befugnis</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prefers %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · bevorzugt: %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What went wrong:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was schiefging:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drill target: %1 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ziel der Übung: %1 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticePicker</name>
    <message>
        <source>Practice a drill</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>last %1, best %2</source>
        <translation>zuletzt %1, Bestwert %2</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation>noch nicht geübt</translation>
    </message>
    <message>
        <source>The real wizard, against a practice copy of the playbook and limits: nothing you record here reaches real reports, exports or follow-ups. Your score is kept.</source>
        <translation>Der echte Assistent, mit einer Übungskopie von Leitfaden und Limits: Nichts, was Sie hier erfassen, gelangt in echte Berichte, Exporte oder Nachfassen. Ihre Punktzahl wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Start the drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>Drill of the &amp;day</source>
        <translation>Übung des &amp;Tages</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Target: %4 s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Ziel: %4 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeResultDialog</name>
    <message>
        <source>Practice result — %1</source>
        <translation>Übungsergebnis — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 s against a target of %2 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 s bei einem Ziel von %2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;What the customer did not say&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Was der Kunde nicht gesagt hat&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The ideal path&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;Der ideale Ablauf&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeRun</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The score could not be kept: %1</source>
        <translation>Die Punktzahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeView</name>
    <message>
        <source>Edit the drill, then add it to the library</source>
        <translation>Übung bearbeiten, dann zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to the library</source>
        <translation>Zur Bibliothek &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Names and contact details were replaced; read the text once more for anything else that could identify the customer.</source>
        <translation>Namen und Kontaktdaten wurden ersetzt; bitte den Text noch einmal auf weitere Angaben prüfen, die den Kunden erkennbar machen könnten.</translation>
    </message>
    <message>
        <source>Drill &amp;card as PDF…</source>
        <translation>Übungs&amp;karte als PDF…</translation>
    </message>
    <message>
        <source>Drill from a &amp;recovery…</source>
        <translation>Übung aus einer &amp;Wiedergutmachung…</translation>
    </message>
    <message>
        <source>Last score and days since each drill was practised; an empty cell was never practised.</source>
        <translation>Letzte Punktzahl und Tage seit dem letzten Üben jeder Übung; eine leere Zelle heißt: nie geübt.</translation>
    </message>
    <message>
        <source>Drill from a recovery</source>
        <translation>Übung aus einer Wiedergutmachung</translation>
    </message>
    <message>
        <source>Recovery number (closed):</source>
        <translation>Nummer der Wiedergutmachung (abgeschlossen):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 d</source>
        <translation>%1 · %2 Tg.</translation>
    </message>
    <message>
        <source>last %1, best %2, played %3 times</source>
        <translation>zuletzt %1, Bestwert %2, %3-mal geübt</translation>
    </message>
    <message>
        <source>Everyone has practised in the last 30 days.</source>
        <translation>Alle haben in den letzten 30 Tagen geübt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not practised in 30 days:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Seit 30 Tagen nicht geübt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No criterion missed yet.</source>
        <translation>Noch kein Kriterium verfehlt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed most by the team:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Am häufigsten verfehlt im Team:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Added to the library: %1</source>
        <translation>Zur Bibliothek hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PreventionView</name>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Auch &amp;erledigte zeigen</translation>
    </message>
    <message>
        <source>Category to act on</source>
        <translation>Kategorie, bei der gehandelt wird</translation>
    </message>
    <message>
        <source>&amp;New action on it…</source>
        <translation>&amp;Neue Maßnahme dazu…</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Begonnen</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Abschließen mit dem, was getan wurde…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was ändern</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Act on</source>
        <translation>Handeln bei</translation>
    </message>
    <message>
        <source>%1 — flagged by the c-chart this week</source>
        <translation>%1 — diese Woche von der c-Karte gemeldet</translation>
    </message>
    <message>
        <source>No category is flagged by the c-chart this week.</source>
        <translation>Die c-Karte meldet diese Woche keine Kategorie.</translation>
    </message>
    <message>
        <source>Combustion points this week (beyond 3σ of their last 12 weeks, or 8 weeks in a row above their mean): %1.</source>
        <translation>Brennpunkte dieser Woche (über 3σ ihrer letzten 12 Wochen oder 8 Wochen in Folge über ihrem Mittel): %1.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No prevention action is open.</source>
        <translation>Keine vorbeugende Maßnahme ist offen.</translation>
    </message>
    <message>
        <source>%L1 actions open.</source>
        <translation>%L1 Maßnahmen offen.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Wählen Sie zuerst eine Maßnahme.</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Maßnahme Nr. %1 abschließen</translation>
    </message>
    <message>
        <source>What was done? (%1)</source>
        <translation>Was wurde getan? (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryDialog</name>
    <message>
        <source>Recovery #%1</source>
        <translation>Wiedergutmachung Nr. %1</translation>
    </message>
    <message>
        <source>&amp;Reprint the customer&apos;s note…</source>
        <translation>Kunden&amp;schreiben erneut drucken…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>K&amp;orrigieren…</translation>
    </message>
    <message>
        <source>Another follow-up</source>
        <translation>Weiteres Nachfassen</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>Nachfassen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Correct the recovery (kept beside it, with your reason)</source>
        <translation>Wiedergutmachung korrigieren (daneben festgehalten, mit Ihrem Grund)</translation>
    </message>
    <message>
        <source>Why: a wrong category, a typo, a gesture typed twice…</source>
        <translation>Warum: falsche Kategorie, Tippfehler, Geste doppelt erfasst…</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
    <message>
        <source>Category, severity</source>
        <translation>Kategorie, Schweregrad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>No such recovery.</source>
        <translation>Diese Wiedergutmachung gibt es nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · opened %4 · given %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · eröffnet %4 · gegeben %5 · %6</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (zurückgenommen)</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Nachfassen für %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Corrected; the amendment and its reason are in the story above.</source>
        <translation>Korrigiert; die Änderung und ihr Grund stehen oben im Verlauf.</translation>
    </message>
    <message>
        <source>Nominate as a s&amp;tory…</source>
        <translation>Als &amp;Geschichte vorschlagen…</translation>
    </message>
    <message>
        <source>A recovery to be proud of: told in four parts, approved by a supervisor, it goes on the board and recognises everyone who worked it</source>
        <translation>Ein Vorgang, auf den man stolz sein kann: in vier Teilen erzählt und von der Aufsicht genehmigt, kommt er an die Tafel und würdigt alle, die daran gearbeitet haben</translation>
    </message>
    <message>
        <source>&amp;Prevention action…</source>
        <translation>&amp;Vorbeugende Maßnahme…</translation>
    </message>
    <message>
        <source>Change what caused this failure, with an owner and a due date</source>
        <translation>Ändern, was diesen Fehler verursacht hat, mit Zuständigen und Termin</translation>
    </message>
    <message>
        <source>Story nominated: a supervisor reads it next.</source>
        <translation>Geschichte vorgeschlagen: als Nächstes liest sie eine Aufsicht.</translation>
    </message>
    <message>
        <source>Prevention action opened; supervisors follow it on the Prevention tab.</source>
        <translation>Vorbeugende Maßnahme eröffnet; die Aufsicht verfolgt sie auf der Registerkarte Vorbeugung.</translation>
    </message>
    <message>
        <source>Story #%1 nominated</source>
        <translation>Geschichte Nr. %1 vorgeschlagen</translation>
    </message>
    <message>
        <source>Tick a gesture to void</source>
        <translation>Geste zum Stornieren ankreuzen</translation>
    </message>
    <message numerus="yes">
        <source>Voiding %n gesture(s) of this recovery.&lt;br&gt;Reason: %1&lt;br&gt;&lt;br&gt;A supervisor or manager who did not give them enters their own code and PIN to approve it. A voided gesture still counts towards its giver&apos;s day.</source>
        <translation>
            <numerusform>%n Geste dieses Vorgangs wird storniert.&lt;br&gt;Grund: %1&lt;br&gt;&lt;br&gt;Eine Aufsicht oder ein Manager, die sie nicht gegeben haben, gibt mit eigenem Code und eigener PIN frei. Eine stornierte Geste zählt weiter zum Tag der Person, die sie gab.</numerusform>
            <numerusform>%n Gesten dieses Vorgangs werden storniert.&lt;br&gt;Grund: %1&lt;br&gt;&lt;br&gt;Eine Aufsicht oder ein Manager, die sie nicht gegeben haben, gibt mit eigenem Code und eigener PIN frei. Eine stornierte Geste zählt weiter zum Tag der Person, die sie gab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Replacement amount</source>
        <translation>Ersatzbetrag</translation>
    </message>
    <message>
        <source>Replace &amp;with</source>
        <translation>&amp;Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement amount: %1</source>
        <translation>Ersatzbetrag: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Empty: the item&apos;s price</source>
        <translation>Leer: der Preis des Artikels</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryNote</name>
    <message>
        <source>Our apologies</source>
        <translation>Wir bitten um Entschuldigung</translation>
    </message>
    <message>
        <source>For %1 · %2 · reference R-%3</source>
        <translation>Für %1 · %2 · Referenz R-%3</translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation>Es tut uns leid</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <source>The problem has been put right.</source>
        <translation>Das Problem wurde behoben.</translation>
    </message>
    <message>
        <source>We are still working on it.</source>
        <translation>Wir arbeiten noch daran.</translation>
    </message>
    <message>
        <source>With our compliments</source>
        <translation>Als kleine Aufmerksamkeit</translation>
    </message>
    <message>
        <source>voucher code %1</source>
        <translation>Gutscheincode %1</translation>
    </message>
    <message>
        <source>We will be in touch</source>
        <translation>Wir melden uns bei Ihnen</translation>
    </message>
    <message>
        <source>%1 is your contact for anything more.</source>
        <translation>Für alles Weitere ist %1 für Sie da.</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Fragen? %1</translation>
    </message>
    <message>
        <source>Thank you for giving us the chance to make this right.</source>
        <translation>Danke, dass Sie uns die Gelegenheit gegeben haben, das wiedergutzumachen.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>%1 will contact you by %2 %3.</source>
        <translation>%1 meldet sich per %2 bei Ihnen: %3.</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryPage</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation>Vorbeugung</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>Notizen zur Lösung</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryWizard</name>
    <message>
        <source>New recovery</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>&amp;Save recovery</source>
        <translation>Vorgang &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Time so far: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bisherige Zeit: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>Ziel für %1: %2</translation>
    </message>
    <message>
        <source>Discard this recovery?</source>
        <translation>Diese Wiedergutmachung verwerfen?</translation>
    </message>
    <message>
        <source>What you typed for this recovery will be lost.</source>
        <translation>Was Sie für diese Wiedergutmachung eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>PRACTICE — New recovery</source>
        <translation>ÜBUNG — Neue Wiedergutmachung</translation>
    </message>
</context>
<context>
    <name>rebound::ReportsView</name>
    <message>
        <source>Combustion points</source>
        <translation>Brennpunkte</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Found by staff first</source>
        <translation>Zuerst vom Personal bemerkt</translation>
    </message>
    <message>
        <source>by employee</source>
        <translation>nach Mitarbeitenden</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>nach Kategorie</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Recoveries per category, week by week (weeks start on Monday)</source>
        <translation>Vorgänge pro Kategorie, Woche für Woche (Wochen beginnen am Montag)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Given and what it cost, %1</source>
        <translation>Gewährte Gesten und ihre Kosten, %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation>Kosten für das Unternehmen</translation>
    </message>
    <message>
        <source>Who / what / when</source>
        <translation>Wer / was / wann</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total given in the period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Im Zeitraum insgesamt gewährt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Minutes from opening to the scheduled follow-up</source>
        <translation>Minuten von der Eröffnung bis zum geplanten Nachfassen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Median (Min.)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90. Perzentil (Min.)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Ziel (Min.)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>How satisfied customers left, per category</source>
        <translation>Wie zufrieden die Kunden gegangen sind, pro Kategorie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Who noticed first</source>
        <translation>Wer es zuerst bemerkt hat</translation>
    </message>
    <message>
        <source>Staff, before a complaint</source>
        <translation>Personal, vor einer Beschwerde</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Found by staff</source>
        <translation>Vom Personal bemerkt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Found by staff before the customer complained: &lt;b&gt;%1&lt;/b&gt; of all recoveries in the period.</source>
        <translation>Vom Personal bemerkt, bevor der Kunde sich beschwerte: &lt;b&gt;%1&lt;/b&gt; aller Vorgänge im Zeitraum.</translation>
    </message>
    <message>
        <source>Time to the counter&apos;s part done</source>
        <translation>Zeit bis zum Abschluss am Schalter</translation>
    </message>
    <message>
        <source>Satisfaction at the counter</source>
        <translation>Zufriedenheit am Schalter</translation>
    </message>
    <message>
        <source>After the follow-up</source>
        <translation>Nach dem Nachfassen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Tries not reached</source>
        <translation>Versuche ohne Erfolg</translation>
    </message>
    <message>
        <source>Satisfaction then</source>
        <translation>Zufriedenheit dann</translation>
    </message>
    <message>
        <source>No follow-up was done in the period.</source>
        <translation>Im Zeitraum wurde nicht nachgefasst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blown away:&lt;/b&gt; %1 of %2 customers reached (%3).</source>
        <translation>&lt;b&gt;Begeistert:&lt;/b&gt; %1 von %2 erreichten Kunden (%3).</translation>
    </message>
    <message>
        <source>Categories, most first (Pareto)</source>
        <translation>Kategorien, häufigste zuerst (Pareto)</translation>
    </message>
    <message>
        <source>Signal (beyond 3σ, or 8 weeks above the mean)</source>
        <translation>Signal (jenseits von 3σ oder 8 Wochen über dem Mittel)</translation>
    </message>
    <message>
        <source>beyond 3σ (limit %1)</source>
        <translation>jenseits von 3σ (Grenze %1)</translation>
    </message>
    <message>
        <source>8 weeks in a row above the mean</source>
        <translation>8 Wochen in Folge über dem Mittel</translation>
    </message>
    <message>
        <source>%1 ▲ %2</source>
        <translation>%1 ▲ %2</translation>
    </message>
    <message>
        <source>not judged: less than 12 weeks of history</source>
        <translation>nicht bewertet: weniger als 12 Wochen Verlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mean of the 12 weeks before</source>
        <translation>Mittel der 12 Wochen davor</translation>
    </message>
    <message>
        <source>Limit (3σ)</source>
        <translation>Grenze (3σ)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Not judged yet: each week is set against the 12 weeks before it, so combustion points show once 12 weeks of history are recorded.</source>
        <translation>Noch nicht bewertet: Jede Woche wird mit den 12 Wochen davor verglichen; Brennpunkte zeigen sich, sobald 12 Wochen Verlauf erfasst sind.</translation>
    </message>
    <message>
        <source>No category signals this week: every count is within its c-chart&apos;s limit.</source>
        <translation>Keine Kategorie zeigt diese Woche ein Signal: Jede Anzahl liegt innerhalb der Grenze ihrer c-Karte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Combustion points this week:&lt;/b&gt; %1. Each week is set against the mean of the 12 weeks before it; a count beyond 3σ (√mean) or 8 weeks in a row above the mean is a signal, not noise.</source>
        <translation>&lt;b&gt;Brennpunkte diese Woche:&lt;/b&gt; %1. Jede Woche wird mit dem Mittel der 12 Wochen davor verglichen; eine Anzahl jenseits von 3σ (√Mittel) oder 8 Wochen in Folge über dem Mittel ist ein Signal, kein Rauschen.</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>Recoveries per category, most first, and the cumulative share</source>
        <translation>Wiedergutmachungen je Kategorie, häufigste zuerst, und der kumulierte Anteil</translation>
    </message>
    <message>
        <source>No recoveries in this period.</source>
        <translation>Keine Wiedergutmachungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vital few:&lt;/b&gt; %1 — about 80 % of the recoveries in the period.</source>
        <translation>&lt;b&gt;Die wenigen Wichtigen:&lt;/b&gt; %1 — etwa 80 % der Wiedergutmachungen im Zeitraum.</translation>
    </message>
    <message>
        <source>by segment</source>
        <translation>nach Segment</translation>
    </message>
    <message>
        <source>by gesture</source>
        <translation>nach Geste</translation>
    </message>
    <message>
        <source>What the follow-ups heard, %1</source>
        <translation>Was beim Nachfassen zu hören war, %1</translation>
    </message>
    <message>
        <source>Blown away</source>
        <translation>Begeistert</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Nicht zufrieden</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>All recovered</source>
        <translation>Alle zurückgewonnen</translation>
    </message>
    <message>
        <source>Never let down</source>
        <translation>Ohne Fehler</translation>
    </message>
    <message>
        <source>Did they come back?</source>
        <translation>Kamen sie wieder?</translation>
    </message>
    <message>
        <source>Recovery economics</source>
        <translation>Wirtschaftlichkeit der Vorgänge</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Würdigungen</translation>
    </message>
    <message>
        <source>Prevention: 4 weeks before → after</source>
        <translation>Vorbeugung: 4 Wochen davor → danach</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prevention actions&lt;/b&gt; (recoveries in the 4 weeks before → after): %1</source>
        <translation>&lt;b&gt;Vorbeugende Maßnahmen&lt;/b&gt; (Vorgänge in den 4 Wochen davor → danach): %1</translation>
    </message>
    <message>
        <source>#%1 done %2: %3 → %4 in %5 days</source>
        <translation>Nr. %1 erledigt am %2: %3 → %4 in %5 Tagen</translation>
    </message>
    <message>
        <source>#%1 %2: %3 before</source>
        <translation>Nr. %1 %2: %3 vorher</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Customers back within 30 and 90 days (%)</source>
        <translation>Kunden zurück binnen 30 und 90 Tagen (%)</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>binnen 30 Tagen</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>binnen 90 Tagen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>Back within 30 days</source>
        <translation>Zurück binnen 30 Tagen</translation>
    </message>
    <message>
        <source>Back within 90 days</source>
        <translation>Zurück binnen 90 Tagen</translation>
    </message>
    <message>
        <source>Each customer once, from their first recovery in the range, by what the follow-up heard; a visit marked “Customer is back”, or another recovery at least 12 hours later, is a return. Customers never let down count from their first recorded visit. A share counts only customers whose 30 or 90 days are over.</source>
        <translation>Jeder Kunde einmal, ab seinem ersten Vorgang im Zeitraum, nach dem, was beim Nachfassen zu hören war; ein als „Kunde ist zurück“ erfasster Besuch oder ein weiterer Vorgang mindestens 12 Stunden später zählt als Rückkehr. Kunden ohne Fehler zählen ab ihrem ersten erfassten Besuch. Ein Anteil zählt nur Kunden, deren 30 oder 90 Tage vorbei sind.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What recoveries cost the business, per segment (%1)</source>
        <translation>Was die Vorgänge das Geschäft kosten, je Segment (%1)</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>je Vorgang</translation>
    </message>
    <message>
        <source>per customer who came back</source>
        <translation>je Kunde, der wiederkam</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Je Vorgang</translation>
    </message>
    <message>
        <source>Back in 90 days</source>
        <translation>Zurück binnen 90 Tagen</translation>
    </message>
    <message>
        <source>Per returning customer</source>
        <translation>Je wiederkehrendem Kunden</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>Durchschnittlicher Kundenwert</translation>
    </message>
    <message>
        <source>Cost / value</source>
        <translation>Kosten / Wert</translation>
    </message>
    <message>
        <source>To recover, p50 / p90</source>
        <translation>Bis zur Wiedergutmachung, p50 / p90</translation>
    </message>
    <message>
        <source>Amounts in %1. Given is the gestures&apos; face value; cost is what they cost the business, per recovery and per customer back within 90 days. Lifetime value is what a customer had spent when first recorded, where known; cost / value sets the cost per customer against it. Time to recover runs from the moment of failure to the counter&apos;s part done.</source>
        <translation>Beträge in %1. Gegeben ist der Nennwert der Gesten; Kosten sind, was sie das Geschäft kosten, je Vorgang und je Kunde, der binnen 90 Tagen wiederkam. Der Kundenwert ist, was ein Kunde bei der ersten Erfassung ausgegeben hatte, soweit bekannt; Kosten / Wert setzt die Kosten je Kunde dagegen. Die Zeit bis zur Wiedergutmachung läuft vom Fehler bis zum Abschluss am Schalter.</translation>
    </message>
    <message>
        <source>%1 of %2 recognised</source>
        <translation>%1 von %2 gewürdigt</translation>
    </message>
    <message>
        <source>Approved stories naming each employee</source>
        <translation>Genehmigte Geschichten, die die einzelnen Mitarbeitenden nennen</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Recoveries opened</source>
        <translation>Eröffnete Vorgänge</translation>
    </message>
    <message>
        <source>Stories nominated</source>
        <translation>Vorgeschlagene Geschichten</translation>
    </message>
    <message>
        <source>Everyone who opened a recovery in the range is recognised in a story.</source>
        <translation>Alle, die im Zeitraum einen Vorgang eröffnet haben, sind in einer Geschichte gewürdigt.</translation>
    </message>
    <message>
        <source>Opened recoveries but not yet recognised: %1. A story of theirs may be waiting to be told.</source>
        <translation>Haben Vorgänge eröffnet, sind aber noch nicht gewürdigt: %1. Vielleicht wartet eine ihrer Geschichten darauf, erzählt zu werden.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Sites side by side</source>
        <translation>Standorte nebeneinander</translation>
    </message>
    <message>
        <source>Recoveries in the last %1 weeks (▲ signals this week)</source>
        <translation>Vorgänge in den letzten %1 Wochen (▲ signalisiert diese Woche)</translation>
    </message>
    <message>
        <source>Given, %1</source>
        <translation>Gewährt, %1</translation>
    </message>
    <message>
        <source>Median minutes from opening to the scheduled follow-up</source>
        <translation>Median der Minuten von der Eröffnung bis zum geplanten Nachfassen</translation>
    </message>
    <message>
        <source>Average satisfaction at the counter (1–5)</source>
        <translation>Durchschnittliche Zufriedenheit am Schalter (1–5)</translation>
    </message>
    <message>
        <source>Share found by staff first (%)</source>
        <translation>Anteil zuerst vom Personal bemerkt (%)</translation>
    </message>
    <message>
        <source>Share blown away of the customers reached (%), %1</source>
        <translation>Anteil begeisterter unter den erreichten Kunden (%), %1</translation>
    </message>
    <message>
        <source>Recoveries per category</source>
        <translation>Vorgänge pro Kategorie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sites side by side:&lt;/b&gt; %1. Each site counts the recoveries opened there, with their gestures and follow-ups; “—” where a site has none.</source>
        <translation>&lt;b&gt;Standorte nebeneinander:&lt;/b&gt; %1. Jeder Standort zählt die dort eröffneten Vorgänge mit ihren Gesten und Nachfassungen; „—“, wo ein Standort keine hat.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewQueueView</name>
    <message>
        <source>Review recoveries that give at least</source>
        <translation>Vorgänge prüfen ab einem Wert von</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>Als &amp;geprüft markieren…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Review every recovery that gives at least</source>
        <translation>Jeden Vorgang prüfen ab einem Wert von</translation>
    </message>
    <message>
        <source>Recovery #%1 </source>
        <translation>Vorgang Nr. %1 </translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Keine offenen Prüfungen.</translation>
    </message>
    <message>
        <source>%L1 items wait for review.</source>
        <translation>%L1 Einträge warten auf Prüfung.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst einen Eintrag.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>What did you find? (%1)</source>
        <translation>Was haben Sie festgestellt? (%1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Recovery #%1 (%2) </source>
        <translation>Vorgang Nr. %1 (%2) </translation>
    </message>
</context>
<context>
    <name>rebound::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Printed at the top of the customer&apos;s note</source>
        <translation>Erscheint oben im Kundenschreiben</translation>
    </message>
    <message>
        <source>Who the customer may call, e.g. “Front desk, +1 555 0100”</source>
        <translation>Wen der Kunde anrufen kann, z. B. „Rezeption, +49 30 1234 5678“</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · amounts in %2, e.g. %3 · dates like %4</source>
        <translation>%1 · Beträge in %2, z. B. %3 · Datum wie %4</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Name des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Contact on notes</source>
        <translation>&amp;Kontakt im Kundenschreiben</translation>
    </message>
    <message>
        <source>&amp;Lock the counter after</source>
        <translation>&amp;Tresen sperren nach</translation>
    </message>
    <message>
        <source>&amp;Database (next start)</source>
        <translation>&amp;Datenbank (nächster Start)</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Only a manager may change these settings.</source>
        <translation>Nur ein Manager darf diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage (next start)</source>
        <translation>S&amp;prache (nächster Start)</translation>
    </message>
    <message>
        <source>There is no database at %1; create it first with reboundctl init.</source>
        <translation>Unter %1 gibt es keine Datenbank; legen Sie sie zuerst mit reboundctl init an.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Each day once: “mon 09:00-18:00”, … “sun closed”. Follow-ups are set inside them.</source>
        <translation>Jeder Tag einmal: „mon 09:00-18:00“, … „sun closed“. Nachfassen wird in diese Zeiten gelegt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>S&amp;ite of this counter</source>
        <translation>Standort d&amp;ieses Schalters</translation>
    </message>
    <message>
        <source>Counter &amp;name</source>
        <translation>Schalter&amp;name</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Zentraler Server</translation>
    </message>
    <message>
        <source>The password is never typed here: it goes in ~/.pgpass.</source>
        <translation>Das Passwort wird nie hier eingegeben: es kommt in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Connected: a Rebound database, schema %1.</source>
        <translation>Verbunden: eine Rebound-Datenbank, Schema %1.</translation>
    </message>
    <message>
        <source>Recoveries, follow-ups and audit entries made here carry this site and counter.</source>
        <translation>Wiedergutmachungen, Nachfassaktionen und Protokolleinträge von hier tragen diesen Standort und Schalter.</translation>
    </message>
</context>
<context>
    <name>rebound::SituationPage</name>
    <message>
        <source>New customer &amp;instead</source>
        <translation>Stattdessen &amp;neuer Kunde</translation>
    </message>
    <message>
        <source>The c&amp;ustomer told us</source>
        <translation>Der Kunde hat es gem&amp;eldet</translation>
    </message>
    <message>
        <source>We n&amp;oticed first</source>
        <translation>W&amp;ir haben es zuerst bemerkt</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Find the customer, say what went wrong and how much it matters to them.</source>
        <translation>Suchen Sie den Kunden und beschreiben Sie, was schiefgelaufen ist und wie wichtig es ihm ist.</translation>
    </message>
    <message>
        <source>Type a name, phone, email or room to find a returning customer</source>
        <translation>Name, Telefon, E-Mail oder Zimmer eingeben, um einen wiederkehrenden Kunden zu finden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Room or account</source>
        <translation>Zimmer oder Konto</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>What makes a gesture personal: favourite drink, anniversary, a dog…</source>
        <translation>Was eine Geste persönlich macht: Lieblingsgetränk, Jahrestag, ein Hund …</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>In the customer&apos;s words. No blame: what went wrong, not who. (Ctrl+Enter: next)</source>
        <translation>In den Worten des Kunden. Keine Schuldzuweisung: was schiefging, nicht wer. (Strg+Eingabe: weiter)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sc&amp;hweregrad</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>P&amp;hone / email</source>
        <translation>&amp;Telefon / E-Mail</translation>
    </message>
    <message>
        <source>&amp;Room / account</source>
        <translation>Zimmer / K&amp;onto</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Vorlieben</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategorie</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Bemerkt von</translation>
    </message>
    <message>
        <source>%1 (target %2 min)</source>
        <translation>%1 (Ziel %2 Min.)</translation>
    </message>
    <message>
        <source>Returning customer, no earlier recoveries.</source>
        <translation>Wiederkehrender Kunde, keine früheren Vorgänge.</translation>
    </message>
    <message>
        <source>Returning customer: %1.</source>
        <translation>Wiederkehrender Kunde: %1.</translation>
    </message>
    <message>
        <source>Second failure: let down on %1 too (%2, recovery #%3). What to give is suggested one severity notch up.</source>
        <translation>Zweiter Fehler: schon am %1 enttäuscht (%2, Wiedergutmachung #%3). Was gegeben werden soll, wird eine Schwerestufe höher vorgeschlagen.</translation>
    </message>
    <message>
        <source>Spent with us so far</source>
        <translation>Bisher bei uns ausgegeben</translation>
    </message>
    <message>
        <source>if known, from the till or the booking system</source>
        <translation>falls bekannt, aus der Kasse oder dem Buchungssystem</translation>
    </message>
    <message>
        <source>What this customer has spent with the business: the economics report weighs what recoveries cost against it</source>
        <translation>Was dieser Kunde bisher beim Geschäft ausgegeben hat: der Wirtschaftlichkeitsbericht stellt die Kosten der Vorgänge dem gegenüber</translation>
    </message>
    <message>
        <source>Spent with us so &amp;far</source>
        <translation>Bisher bei uns &amp;ausgegeben</translation>
    </message>
</context>
<context>
    <name>rebound::StaffView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only a manager may change the team.</source>
        <translation>Nur eine Leitung darf das Team ändern.</translation>
    </message>
    <message>
        <source>Selected employee</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>PIN &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>New PIN, twice</source>
        <translation>Neue PIN, zweimal</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>What they type or pick to sign in, e.g. A7</source>
        <translation>Was sie zum Anmelden tippt oder wählt, z. B. A7</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add employee</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n falsche PIN in Folge</numerusform>
            <numerusform>%n falsche PINs in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Die beiden PINs unterscheiden sich; bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is reset; tell them the new one in person.</source>
        <translation>Die PIN von %1 ist zurückgesetzt; sagen Sie die neue persönlich.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Locked out until a manager unlocks</source>
        <translation>Gesperrt, bis ein Manager entsperrt</translation>
    </message>
    <message>
        <source>%1 · PIN older than the rule for this role (%2 digits): give a new one</source>
        <translation>%1 · PIN älter als die Regel für diese Rolle (%2 Ziffern): eine neue vergeben</translation>
    </message>
    <message>
        <source>&amp;PIN, twice (%1 digits, %2 for a supervisor or a manager)</source>
        <translation>&amp;PIN, zweimal (%1 Ziffern, %2 für Aufsicht oder Manager)</translation>
    </message>
</context>
<context>
    <name>rebound::StoriesView</name>
    <message>
        <source>Declined by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Wartet auf eine Aufsicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Alle Geschichten</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Prevention &amp;action…</source>
        <translation>Vorbeugende &amp;Maßnahme…</translation>
    </message>
    <message>
        <source>Open a prevention action on what this story teaches</source>
        <translation>Eine vorbeugende Maßnahme zu dem eröffnen, was diese Geschichte lehrt</translation>
    </message>
    <message>
        <source>&amp;Line-up sheet as PDF…</source>
        <translation>&amp;Blatt für die Teambesprechung als PDF…</translation>
    </message>
    <message>
        <source>Two approved stories of the week, recognising different people, for the team briefing</source>
        <translation>Zwei genehmigte Geschichten der Woche, die verschiedene Personen würdigen, für die Teambesprechung</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Recognises</source>
        <translation>Würdigt</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>No story here yet. Anyone nominates one from a recovery: open it from the main screen and choose “Nominate as a story”.</source>
        <translation>Hier ist noch keine Geschichte. Jeder kann eine aus einem Vorgang vorschlagen: auf dem Hauptbildschirm öffnen und „Als Geschichte vorschlagen“ wählen.</translation>
    </message>
    <message>
        <source>%L1 stories.</source>
        <translation>%L1 Geschichten.</translation>
    </message>
    <message>
        <source>Choose a story first.</source>
        <translation>Wählen Sie zuerst eine Geschichte.</translation>
    </message>
    <message>
        <source>Prevention action opened; it is on the Prevention tab.</source>
        <translation>Vorbeugende Maßnahme eröffnet; sie steht auf der Registerkarte Vorbeugung.</translation>
    </message>
    <message>
        <source>The line-up could not be read.</source>
        <translation>Die Teambesprechung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line-up</source>
        <translation>Teambesprechung</translation>
    </message>
    <message>
        <source>Line-up sheet written to %1.</source>
        <translation>Blatt für die Teambesprechung in %1 geschrieben.</translation>
    </message>
    <message>
        <source>line-up.pdf</source>
        <translation>teambesprechung.pdf</translation>
    </message>
</context>
<context>
    <name>rebound::StoryDialog</name>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>What went wrong for the customer</source>
        <translation>Was für den Kunden schiefging</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Was wir taten</translation>
    </message>
    <message>
        <source>The apology, the fix, what was given, anything beyond the rules</source>
        <translation>Die Entschuldigung, die Lösung, was gegeben wurde, alles über die Regeln hinaus</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>Wie der Kunde reagierte</translation>
    </message>
    <message>
        <source>What they said or did: at the counter, at the follow-up, afterwards</source>
        <translation>Was der Kunde sagte oder tat: am Schalter, beim Nachfassen, danach</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Was wir lernten</translation>
    </message>
    <message>
        <source>What others can copy, and what could stop it happening again</source>
        <translation>Was andere nachmachen können und was eine Wiederholung verhindern könnte</translation>
    </message>
    <message>
        <source>Why it is declined (the nominating employee reads it)</source>
        <translation>Warum sie abgelehnt wird (die vorschlagende Person liest es)</translation>
    </message>
    <message>
        <source>Nominate recovery #%1 as a story</source>
        <translation>Vorgang Nr. %1 als Geschichte vorschlagen</translation>
    </message>
    <message>
        <source>A recovery worth telling: say it in four parts, in your own words. A supervisor reads it; once approved it goes on the board and recognises everyone who worked the recovery.</source>
        <translation>Ein Vorgang, der es wert ist, erzählt zu werden: in vier Teilen, in Ihren eigenen Worten. Eine Aufsicht liest ihn; genehmigt kommt er an die Tafel und würdigt alle, die an dem Vorgang gearbeitet haben.</translation>
    </message>
    <message>
        <source>Story #%1</source>
        <translation>Geschichte Nr. %1</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · %3. Nominated by %4 on %5. It recognises %6.</source>
        <translation>Vorgang Nr. %1 · %2 · %3. Vorgeschlagen von %4 am %5. Würdigt %6.</translation>
    </message>
    <message>
        <source>Declined by %1: %2</source>
        <translation>Abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>What we &amp;did</source>
        <translation>Was wir &amp;taten</translation>
    </message>
    <message>
        <source>How the customer &amp;reacted</source>
        <translation>Wie der Kunde &amp;reagierte</translation>
    </message>
    <message>
        <source>What we &amp;learned</source>
        <translation>Was wir &amp;lernten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Save the edits</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Decline &amp;because</source>
        <translation>Ablehnen &amp;weil</translation>
    </message>
    <message>
        <source>&amp;Nominate</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
</context>
<context>
    <name>rebound::SummaryPage</name>
    <message>
        <source>Recovery saved</source>
        <translation>Vorgang gespeichert</translation>
    </message>
    <message>
        <source>Summary of the recovery</source>
        <translation>Zusammenfassung des Vorgangs</translation>
    </message>
    <message>
        <source>&amp;Print the customer&apos;s note…</source>
        <translation>Kundenschreiben d&amp;rucken…</translation>
    </message>
    <message>
        <source>Recovery #%1, recovered in %2.</source>
        <translation>Vorgang Nr. %1, erledigt in %2.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was passiert ist:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Apology:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entschuldigung:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the playbook&apos;s words)</source>
        <translation>(Worte aus dem Leitfaden)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Behebung:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>noch nicht gelöst</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt; none&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesten:&lt;/b&gt; keine&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesten:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 — %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Summe &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, freigegeben von %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Voucher code(s) for the customer:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gutscheincode(s) für den Kunden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 by %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachfassen:&lt;/b&gt; %1, Kanal: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction:&lt;/b&gt; %1 / 5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zufriedenheit:&lt;/b&gt; %1 / 5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Recorded by %1 at %2 under playbook “%3”.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Erfasst von %1 am %2 nach Leitfaden „%3“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the customer&apos;s note as PD&amp;F…</source>
        <translation>Kundenschreiben als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Saved on this counter while the server is away; it is sent as soon as the server answers.</source>
        <translation>An diesem Schalter gespeichert, während der Server nicht erreichbar ist; er wird gesendet, sobald der Server antwortet.</translation>
    </message>
</context>
<context>
    <name>rebound::SupervisorWorkspace</name>
    <message>
        <source>Supervisor workspace</source>
        <translation>Arbeitsbereich der Schichtleitung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Back to the &amp;counter</source>
        <translation>Zurück zum &amp;Tresen</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Offene Prüfungen</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whoever owns it.</source>
        <translation>Jedes heute fällige oder überfällige Nachfassen, unabhängig von der Zuständigkeit.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Nachfassen</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>Play&amp;book and limits</source>
        <translation>&amp;Leitfaden und Limits</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Categories and &amp;gestures</source>
        <translation>Kategorien und &amp;Gesten</translation>
    </message>
    <message>
        <source>Prac&amp;tice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>St&amp;ories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>Pre&amp;vention</source>
        <translation>&amp;Vorbeugung</translation>
    </message>
</context>
</TS>
