/** Texts of the feature "exit" (Datenschlüssel für die Datenschutzprüfung, Gesamtexport). German is the source language. */
export const exitDe = {
  'audit.action.exit.dataKeyRevealed': 'Datenschlüssel für die Datenschutzprüfung angezeigt',
  'audit.action.exit.export': 'Gesamtexport gespeichert',
  'exit.nav': 'Systemwechsel',
  'exit.page.title': 'Datenschutzprüfung und Systemwechsel',
  'exit.page.intro':
    'Fallbuch schließt niemanden ein. Mit zwei Schlüsseln – Ihrem Kennwort und dem Wiederherstellungsschlüssel der Dienststelle – erhalten Sie hier den Datenschlüssel für eine Prüfung durch die Datenschutzbeauftragte oder alle Daten in offenen Formaten.',
  'exit.credentials.passphrase': 'Ihr Kennwort (Leitung)',
  'exit.credentials.recoveryKey': 'Wiederherstellungsschlüssel der Dienststelle',
  'validation.acknowledgeRequired': 'Bitte bestätigen Sie, dass Sie den Hinweis gelesen haben.',
  'exit.confirmationMismatch': 'Bitte tippen Sie zur Bestätigung genau „GESAMTEXPORT“ ein.',
  'exit.dataKey.heading': 'Datenschlüssel für die Datenschutzprüfung',
  'exit.dataKey.explain':
    'Mit dem Datenschlüssel öffnet das offizielle SQLCipher-Programm die Tresordatei fallbuch.db ohne Fallbuch. So kann die Datenschutzbeauftragte selbst prüfen, was gespeichert ist.',
  'exit.dataKey.warning':
    'Achtung: Wer den Datenschlüssel kennt, kann alle Fälle lesen – ohne Kennwort und ohne dass es im Zugriffsprotokoll steht. Geben Sie ihn nur der prüfenden Person, nie per E-Mail, und bewahren Sie ihn nicht auf. Dass er angezeigt wurde, wird protokolliert.',
  'exit.dataKey.acknowledge': 'Ich habe den Hinweis gelesen und gebe den Schlüssel nur der prüfenden Person.',
  'exit.dataKey.show': 'Datenschlüssel anzeigen',
  'exit.dataKey.shownOnce': 'Der Datenschlüssel wird nur jetzt angezeigt. Wenn Sie ihn verbergen, ist er nicht mehr zu sehen.',
  'exit.dataKey.label': 'Datenschlüssel (hexadezimal, 64 Zeichen)',
  'exit.dataKey.pragmas': 'So öffnet die prüfende Person die Datei im SQLCipher-Programm (genau so eingeben):',
  'exit.dataKey.hide': 'Schlüssel verbergen',
  'exit.export.heading': 'Gesamtexport bei Systemwechsel',
  'exit.export.explain':
    'Der Gesamtexport enthält jede Tabelle des Tresors als JSON (mit Schema) und als CSV, die Dokumente als Dateien sowie das Zugriffsprotokoll mit dem Ergebnis seiner Prüfung – in einer ZIP-Datei, die jedes andere System lesen kann.',
  'exit.export.warning':
    'Achtung: Die ZIP-Datei ist NICHT verschlüsselt. Sie enthält sämtliche Falldaten im Klartext. Speichern Sie sie nur auf einem geschützten Laufwerk, übergeben Sie sie nur dem Nachfolgesystem und löschen Sie sie danach. Der Export wird mit dem Prüfwert der Datei protokolliert.',
  'exit.export.acknowledge': 'Ich habe verstanden, dass der Export alle Daten unverschlüsselt enthält.',
  'exit.export.confirmLabel': 'Zur Bestätigung „GESAMTEXPORT“ eintippen',
  'exit.export.start': 'Gesamtexport speichern …',
  'exit.export.working': 'Der Gesamtexport wird erstellt …',
  'exit.export.done': 'Gesamtexport gespeichert: {fileName} ({tables} Tabellen, {documents} Dokumente). Prüfwert (SHA-256): {sha256}',
  'exit.export.logIntact': 'Das Zugriffsprotokoll wurde geprüft und ist unverändert.',
  'exit.export.logNotIntact':
    'Achtung: Die Prüfung des Zugriffsprotokolls hat Abweichungen gefunden. Das Ergebnis liegt im Export (zugriffsprotokoll/pruefung.json).',
  'exit.export.cancelled': 'Abgebrochen. Es wurde nichts gespeichert.',
} as const;
