/** Statistics (issue 5): German source texts. Keys start with the screen or feature name. */
export const statsDe = {
  'stats.validation.year': 'Bitte ein Jahr zwischen 2000 und 2100 angeben.',
  'stats.validation.kMin': 'Die Mindestfallzahl k muss mindestens 3 betragen.',
  'stats.validation.kMax': 'Die Mindestfallzahl k darf höchstens 20 betragen.',
  'stats.validation.noTables': 'Bitte mindestens eine Tabelle auswählen.',

  'stats.error.periodFuture': 'Der Zeitraum liegt in der Zukunft. Statistiken gibt es nur für abgeschlossene Zeiträume.',
  'stats.error.periodNotEnded': 'Der Zeitraum ist noch nicht abgeschlossen ({end}). Bitte wählen Sie einen abgeschlossenen Zeitraum.',
  'stats.error.emptyPeriod': 'Im gewählten Zeitraum gibt es keine Fälle, die gezählt werden. Es wurde nichts geschrieben.',
  'stats.error.noTablesForPeriod': 'Das Profil enthält nur Jahrestabellen (Verläufe und Ergebnisse). Bitte wählen Sie einen Jahreszeitraum.',
  'stats.error.profileNotFound': 'Das Empfängerprofil wurde nicht gefunden.',
  'stats.error.builtInProfile': 'Die vorgegebenen Profile „Bündnis“ und „Ministerium“ können nicht geändert oder gelöscht werden.',
  'stats.error.unknownTable': 'Das Profil nennt eine Tabelle, die es im Katalog nicht gibt.',
  'stats.error.previewOutdated': 'Die Daten haben sich seit der Vorschau geändert. Bitte sehen Sie sich die Vorschau erneut an, bevor Sie exportieren.',
  'stats.error.auditFailed': 'Die Geheimhaltungsprüfung konnte nicht erfüllt werden. Es wurde nichts geschrieben.',
  'stats.error.folderNotWritable': 'In den gewählten Ordner kann nicht geschrieben werden. Es wurde nichts geschrieben; bitte wählen Sie einen anderen Ordner.',
  'stats.error.combineNotFound': 'Die Zusammenführung ist nicht mehr vorhanden. Bitte laden Sie die Dateien erneut.',
  'stats.error.combineMismatch': 'Die Dateien passen nicht zusammen: {reason}. Es wurde nichts zusammengeführt.',
  'stats.error.noValidFiles': 'Keine der gewählten Dateien konnte verwendet werden.',
} as const;
