/** Texts of the feature "settings": German is the source language. Placeholders use `{name}`. */
export const settingsDe = {
  'settings.title': 'Einstellungen',
  'settings.language.heading': 'Sprache',
  'settings.language.explain': 'Die Auswahl gilt sofort, auch für die Anmeldung.',
  'settings.autoLock.heading': 'Automatische Sperre',
  'settings.autoLock.label': 'Sperren nach so vielen Minuten ohne Eingabe',
  'settings.autoLock.hint': 'Eine ganze Zahl von 1 bis 120. In geteilten Büros sind 5 Minuten oder weniger empfehlenswert.',
  'settings.autoLock.saved': 'Fallbuch sperrt sich jetzt nach {minutes} Minuten ohne Eingabe.',
  'settings.passphrase.heading': 'Kennwort ändern',
  'settings.passphrase.current': 'Aktuelles Kennwort',
  'settings.passphrase.new': 'Neues Kennwort',
  'settings.passphrase.confirm': 'Neues Kennwort wiederholen',
  'settings.passphrase.submit': 'Kennwort ändern',
  'settings.passphrase.changed': 'Ihr Kennwort wurde geändert. Verwenden Sie ab jetzt das neue Kennwort.',
} as const;
