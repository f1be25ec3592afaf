/** Texts of the feature "import": German is the source language. Placeholders use `{name}`. */
export const importDe = {
  'error.FILE_REFUSED': 'Die Datei kann nicht übernommen werden.',
  'import.journalHeading': 'Übernommen aus Liste',
  'import.noDraft': 'Es ist keine Liste geöffnet (oder Fallbuch war zwischendurch gesperrt). Bitte wählen Sie die Datei erneut.',
  'import.profileNotFound': 'Diese gespeicherte Zuordnung gibt es nicht mehr.',
  'import.batchNotFound': 'Diesen Import gibt es nicht (mehr), oder er stammt von einem anderen Konto.',
  'import.noSourceToDelete': 'Es gibt keine gerade übernommene Liste, die gelöscht werden könnte.',
  'import.sourceNotDeleted': 'Die Datei konnte nicht gelöscht werden (schreibgeschützt oder geöffnet). Bitte löschen Sie sie selbst.',
  'import.nothingToImport': 'Keine Zeile kann übernommen werden. Bitte prüfen Sie die Fehler und die Entscheidungen zu Dubletten.',
  'import.undo.changed':
    '{count} Fälle aus diesem Import wurden seitdem geändert. Bestätigen Sie, dass diese bleiben und nur die übrigen entfernt werden.',

  'import.plan.noSheet': 'Dieses Tabellenblatt gibt es in der Datei nicht.',
  'import.plan.headerOutside': 'Die gewählte Überschriftenzeile liegt außerhalb der Tabelle.',
  'import.plan.columnOutside': 'Eine zugeordnete Spalte gibt es in der Tabelle nicht.',
  'import.plan.fieldTwice': 'Ein Feld ist mehreren Spalten zugeordnet (zuletzt Spalte {column}). Jedes Feld darf nur einmal vorkommen.',
  'import.plan.nameRequired':
    'Bitte ordnen Sie den Namen zu: eine Spalte „Name“ (Vor- und Nachname) oder je eine für Nachname und Vorname.',

  'import.file.tooLarge': 'Die Datei ist größer als {limit} MB. Bitte teilen Sie die Liste auf oder entfernen Sie nicht benötigte Blätter.',
  'import.file.unreadable': 'Die Datei kann nicht gelesen werden (kein Zugriff, oder sie wurde verschoben oder gelöscht).',
  'import.file.empty': 'Die Datei ist leer (0 Byte).',
  'import.file.encrypted':
    'Die Arbeitsmappe ist mit einem Kennwort verschlüsselt. Bitte entfernen Sie in Excel das Kennwort (Datei › Informationen › Arbeitsmappe schützen), speichern Sie und wählen Sie die Datei erneut.',
  'import.file.legacyXls':
    'Das ist eine Arbeitsmappe im alten Excel-Format (.xls). Bitte speichern Sie sie in Excel als „Excel-Arbeitsmappe (*.xlsx)“ und wählen Sie sie erneut.',
  'import.file.wrongType':
    'Die Datei ist keine Liste, sondern eine Datei vom Typ {found}. Bitte wählen Sie eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei.',
  'import.file.notXlsx':
    'Die Datei endet auf .xlsx, ist aber keine Excel-Arbeitsmappe (erkannt: {found}). Bitte speichern Sie die Liste in Excel erneut als .xlsx.',
  'import.file.notCsv':
    'Die Datei endet auf .csv, ist aber eine Excel-Arbeitsmappe. Bitte benennen Sie sie in .xlsx um oder speichern Sie sie als CSV.',
  'import.file.noData': 'Die Datei enthält keine Tabelle mit Daten.',
  'import.file.damaged':
    'Die Excel-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte öffnen und speichern Sie sie in Excel erneut.',
  'import.file.zipBomb':
    'Die Excel-Datei würde entpackt mehr als {limit} MB ergeben. Sie wird zum Schutz des Computers nicht gelesen. Bitte speichern Sie nur die benötigte Tabelle.',
  'import.file.notWorkbook': 'Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe.',
  'import.file.tooManyRows': 'Die Liste hat mehr als {limit} Zeilen. Bitte teilen Sie sie in mehrere Listen auf.',
  'import.file.tooManyColumns': 'Die Liste hat mehr als {limit} Spalten. Bitte entfernen Sie nicht benötigte Spalten.',
  'import.file.cellTooLong': 'Eine Zelle (Zeile {row}, Spalte {column}) ist länger als {limit} Zeichen. Bitte kürzen Sie sie.',
  'import.file.notText': 'Die Datei ist keine Textdatei (CSV): Sie enthält Steuerzeichen. Bitte wählen Sie eine CSV- oder .xlsx-Datei.',
  'import.file.csvQuote': 'Die CSV-Datei ist beschädigt: Ein Anführungszeichen ab Zeile {row} wird nicht geschlossen.',

  'import.row.dateInvalid': '„{value}“ ist kein Datum (erwartet z. B. 12.03.2005).',
  'import.row.dateNoYear': '„{value}“: Das Jahr fehlt. Bitte mit Jahr angeben, z. B. 12.03.2026.',
  'import.row.dateAmbiguous': '„{value}“ ist nicht eindeutig (Tag und Monat vertauschbar). Bitte als TT.MM.JJJJ schreiben.',
  'import.row.twoDigitYearUnresolved': '„{value}“: Die zweistellige Jahreszahl ist nicht eindeutig. Bitte vierstellig schreiben.',
  'import.row.serialOutOfRange': '„{value}“ ist als Excel-Datumszahl außerhalb des möglichen Bereichs.',
  'import.row.notWholeNumber': '„{value}“ ist keine ganze Zahl.',
  'import.row.valueUnmapped': '„{value}“ ist keinem Eintrag zugeordnet (Schritt „Werte zuordnen“).',
  'import.row.counsellorUnmapped': '„{value}“ ist keinem Konto zugeordnet (Schritt „Werte zuordnen“).',
  'import.row.counsellorInactive': 'Das zugeordnete Konto ist keine aktive Beraterin und kein aktiver Berater.',
  'import.row.nameNotSplit': 'Der Name „{value}“ lässt sich nicht in Vor- und Nachname trennen.',
  'import.row.nameMissing': 'Vor- oder Nachname fehlt.',
  'import.row.nameHasDigits': 'Der Name enthält Ziffern (vielleicht eine Summen- oder Fußzeile).',
  'import.row.statusMissing': 'Eine Gültigkeit ist angegeben, aber kein Aufenthaltsstatus.',
  'import.row.tooLong': 'Der Text ist zu lang (höchstens {max} Zeichen).',

  'import.note.twoDigitBirthYear': '„{value}“ als {date} gelesen: Die zweistellige Jahreszahl passt nur so zum Alter 18–27.',
  'import.note.twoDigitYear': '„{value}“ als {date} gelesen (zweistellige Jahreszahl).',
  'import.note.serialDate': '„{value}“ als Excel-Datumszahl gelesen: {date}.',
  'import.note.formulaText': 'Beginnt mit „{first}“: als Text übernommen, nicht als Formel.',
  'import.note.statusFromHeader': 'Status „Duldung (§ 60a AufenthG)“ aus der Spaltenüberschrift übernommen.',
  'import.note.notData': 'Zeile übersprungen: keine Falldaten (z. B. Summe oder Fußnote).',
  'import.note.ageOutsideRange': 'Alter {age}: außerhalb von 18–27 (nur ein Hinweis).',

  'audit.action.import.dryRun': 'Liste für einen Import geprüft (Probelauf)',
  'audit.action.import.commit': 'Liste importiert',
  'audit.action.import.undo.preview': 'Rückgängigmachen eines Imports geprüft',
  'audit.action.import.undo.case': 'Importierten Fall entfernt (Import rückgängig)',
  'audit.action.import.undo': 'Import rückgängig gemacht',
  'audit.action.import.sourceDeleted': 'Importierte Liste von der Festplatte gelöscht',
  'audit.action.import.profile.save': 'Import-Zuordnung gespeichert',
  'audit.action.import.profile.delete': 'Import-Zuordnung gelöscht',

  'disclosure.column.batch_id': 'Import',
  'disclosure.column.origin': 'Herkunft der Daten',
  'disclosure.column.source_row': 'Zeile in der übernommenen Liste',
  'disclosure.column.merged_fields': 'Aus der Liste ergänzte Felder',
  'disclosure.column.fingerprint': 'Prüfsumme beim Import',
  'disclosure.column.status_id': 'Vom Import angelegter Status (Kennung)',
  'disclosure.column.journal_id': 'Vom Import angelegter Verlaufseintrag (Kennung)',
} as const;
