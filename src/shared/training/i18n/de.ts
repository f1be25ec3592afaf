/** Texts of the feature "training" (Schulungstresor): German is the source language. */
export const trainingDe = {
  'training.banner': 'Schulung – keine echten Daten',
  'training.bannerLabel': 'Hinweis: Schulungstresor',
  'training.bannerDetail': 'Alle Fälle sind erfunden. Hier bitte keine echten Personen eintragen.',
  'training.account.supervisor': 'Übungskonto Leitung',
  'training.account.counsellor': 'Übungskonto Beratung',
  'training.entry.intro':
    'Erst einmal ausprobieren? Ein Schulungstresor enthält erfundene Fälle zum Üben. Er liegt in einem eigenen Ordner und lässt sich nie mit einem echten Tresor verwechseln oder zusammenführen.',
  'training.entry.button': 'Schulungstresor anlegen',
  'training.dialog.title': 'Schulungstresor anlegen',
  'training.dialog.explain':
    'Fallbuch legt zwei Übungskonten an – „{supervisor}“ und „{counsellor}“ – und füllt den Tresor mit {count} erfundenen Fällen. Beide Konten bekommen das Kennwort, das Sie hier festlegen. Nach dem Anlegen sind Sie als „{counsellor}“ angemeldet.',
  'training.dialog.passphrase': 'Kennwort für beide Übungskonten',
  'training.dialog.confirmation': 'Kennwort wiederholen',
  'training.dialog.create': 'Schulungstresor anlegen',
  'training.dialog.creating': 'Der Schulungstresor wird angelegt und mit erfundenen Fällen gefüllt. Das dauert einige Sekunden …',
  'training.leave.button': 'Schulung beenden',
  'training.leave.question': 'Schulung beenden?',
  'training.leave.text':
    'Fallbuch vergisst den Schulungstresor und zeigt danach die Einrichtung eines echten Tresors. Der Ordner mit den erfundenen Fällen bleibt erhalten: {vaultDir}',
  'training.leave.confirm': 'Schulung beenden',
  'training.leave.done': 'Die Schulung ist beendet. Der Schulungsordner liegt weiter unter {vaultDir}.',
  'training.fileMarker': 'SCHULUNG – erfundene Daten, keine echten Personen',
  'training.fileNamePrefix': 'SCHULUNG',
  'error.NOT_TRAINING_VAULT': 'Dies ist kein Schulungstresor. Ein echter Tresor wird hier nicht vergessen.',
  'error.TRAINING_BACKUP_INTO_REAL':
    'Diese Sicherung stammt aus einem Schulungstresor (erfundene Daten). Sie wird nie an die Stelle eines echten Tresors zurückgespielt. Es wurde nichts verändert.',
  'error.REAL_BACKUP_INTO_TRAINING':
    'Diese Sicherung stammt aus einem echten Tresor. Sie wird nie in einen Schulungstresor zurückgespielt, echte Daten werden nie mit Schulungsdaten vermischt. Es wurde nichts verändert.',
  'error.TRAINING_MIXED':
    'Schulungsdaten und echte Daten werden nie vermischt: Eine Sicherung oder Datei aus einem Schulungstresor passt nicht zu einem echten Tresor und umgekehrt.',
} as const;
