/** Texts of the feature "settings": German is the source language. Placeholders use `{name}`. */
export const settingsDe = {
  'settings.title': 'Einstellungen',
  'settings.language.heading': 'Sprache',
  'settings.language.explain': 'Die Auswahl gilt sofort, auch für die Anmeldung.',
  'settings.autoLock.heading': 'Automatische Sperre',
  'settings.autoLock.label': 'Sperren nach so vielen Minuten ohne Eingabe',
  'settings.autoLock.hint': 'Eine ganze Zahl von 1 bis 120. In geteilten Büros sind 5 Minuten oder weniger empfehlenswert.',
  'settings.autoLock.saved': 'Fallbuch sperrt sich jetzt nach {minutes} Minuten ohne Eingabe.',
  'settings.ageLimitLead.heading': 'Frist: Ende der Programmteilnahme mit 27',
  'settings.ageLimitLead.label': 'Erinnern so viele Tage vor dem 27. Geburtstag',
  'settings.ageLimitLead.hint':
    'Eine ganze Zahl von {min} bis {max}. Gilt für alle Fälle dieses Tresors; die Erinnerungen offener Fristen werden beim Speichern neu berechnet.',
  'settings.ageLimitLead.save': 'Vorlauf speichern',
  'settings.ageLimitLead.saved': 'Das Ende der Programmteilnahme erscheint jetzt {days} Tage vor dem 27. Geburtstag unter den Fristen.',
  'settings.passphrase.heading': 'Kennwort ändern',
  'settings.passphrase.current': 'Aktuelles Kennwort',
  'settings.passphrase.new': 'Neues Kennwort',
  'settings.passphrase.confirm': 'Neues Kennwort wiederholen',
  'settings.passphrase.submit': 'Kennwort ändern',
  'settings.passphrase.changed': 'Ihr Kennwort wurde geändert. Verwenden Sie ab jetzt das neue Kennwort.',
} as const;
