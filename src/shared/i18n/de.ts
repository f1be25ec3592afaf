/**
 * German is the source language: every key exists here first. Keys are grouped by prefix
 * (`error.`, `validation.`, screen names). Placeholders use `{name}`.
 */
export const de = {
  'app.name': 'Fallbuch',

  'error.INVALID_INPUT': 'Bitte prüfen Sie die markierten Angaben.',
  'error.INVALID_OUTPUT': 'Interner Fehler: Die Antwort hatte eine unerwartete Form.',
  'error.LOCKED': 'Der Tresor ist gesperrt. Bitte melden Sie sich erneut an.',
  'error.FORBIDDEN': 'Für diese Aktion fehlt Ihrer Rolle die Berechtigung.',
  'error.NOT_FOUND': 'Der Eintrag wurde nicht gefunden.',
  'error.CONFLICT': 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie ihn neu.',
  'error.ALREADY_INITIALISED': 'Fallbuch ist bereits eingerichtet.',
  'error.NOT_INITIALISED': 'Fallbuch ist noch nicht eingerichtet.',
  'error.WRONG_PASSPHRASE': 'Das Kennwort ist falsch. Bitte versuchen Sie es noch einmal.',
  'error.UNKNOWN_ACCOUNT': 'Ein Konto mit diesem Namen gibt es nicht.',
  'error.WRONG_RECOVERY_KEY': 'Der Wiederherstellungsschlüssel ist falsch.',
  'error.RECOVERY_KEY_FORMAT': 'Der Wiederherstellungsschlüssel hat nicht das erwartete Format (13 Gruppen zu je 4 Zeichen).',
  'error.THROTTLED': 'Zu viele Fehlversuche. Bitte warten Sie {seconds} Sekunden bis zum nächsten Versuch.',
  'error.KEYSLOTS_DAMAGED': 'Die Schlüsseldatei des Tresors (keyslots.json) fehlt oder ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.',
  'error.VAULT_CORRUPT': 'Die Tresordatei ist beschädigt und kann nicht geöffnet werden. Stellen Sie eine Sicherung wieder her.',
  'error.VAULT_TOO_NEW': 'Dieser Tresor wurde mit einer neueren Fallbuch-Version erstellt (Schema {found}, diese Version kennt {supported}). Bitte aktualisieren Sie Fallbuch.',
  'error.VAULT_MISSING': 'Im eingestellten Ordner wurde kein Tresor gefunden: {vaultDir}',
  'error.VAULT_PATH_INVALID': 'In diesem Ordner kann kein Tresor angelegt werden: {reason}',
  'error.VAULT_PATH_NOT_EMPTY': 'Der Ordner enthält bereits einen Tresor. Wählen Sie einen leeren Ordner.',
  'error.UNKNOWN_CHANNEL': 'Unbekannte Aktion.',
  'error.INTERNAL': 'Ein unerwarteter Fehler ist aufgetreten. Es wurden keine Daten verändert.',

  'validation.nameRequired': 'Bitte geben Sie einen Namen ein.',
  'validation.nameTooLong': 'Der Name darf höchstens 80 Zeichen lang sein.',
  'validation.namesMustDiffer': 'Die beiden Konten brauchen verschiedene Namen.',
  'validation.passphraseRequired': 'Bitte geben Sie Ihr Kennwort ein.',
  'validation.passphraseTooShort': 'Das Kennwort muss mindestens 12 Zeichen lang sein.',
  'validation.passphraseTooLong': 'Das Kennwort darf höchstens 1024 Zeichen lang sein.',
  'validation.passphraseMismatch': 'Die beiden Eingaben stimmen nicht überein.',
  'validation.passphraseUnchanged': 'Das neue Kennwort muss sich vom bisherigen unterscheiden.',
  'validation.folderRequired': 'Bitte wählen Sie einen Ordner.',
  'validation.recoveryKeyRequired': 'Bitte geben Sie den Wiederherstellungsschlüssel ein.',
  'validation.autoLockRange': 'Bitte eine ganze Zahl von 1 bis 120 Minuten.',
  'validation.invalid': 'Ungültige Eingabe.',
} as const;

export type MessageKey = keyof typeof de;
