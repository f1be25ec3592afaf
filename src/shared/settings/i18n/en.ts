import type { settingsDe } from './de';

/** English texts, same keys as German. */
export const settingsEn = {
  'settings.title': 'Settings',
  'settings.language.heading': 'Language',
  'settings.language.explain': 'The choice applies at once, also to the sign-in screen.',
  'settings.autoLock.heading': 'Automatic lock',
  'settings.autoLock.label': 'Lock after this many minutes without input',
  'settings.autoLock.hint': 'A whole number from 1 to 120. In shared offices 5 minutes or less is advisable.',
  'settings.autoLock.saved': 'Fallbuch now locks after {minutes} minutes without input.',
  'settings.ageLimitLead.heading': 'Deadline: end of programme participation at 27',
  'settings.ageLimitLead.label': 'Remind this many days before the 27th birthday',
  'settings.ageLimitLead.hint':
    'A whole number from {min} to {max}. Applies to every case in this vault; the reminders of open deadlines are recalculated on saving.',
  'settings.ageLimitLead.save': 'Save lead time',
  'settings.ageLimitLead.saved': 'The end of programme participation now shows among the deadlines {days} days before the 27th birthday.',
  'settings.passphrase.heading': 'Change passphrase',
  'settings.passphrase.current': 'Current passphrase',
  'settings.passphrase.new': 'New passphrase',
  'settings.passphrase.confirm': 'Repeat new passphrase',
  'settings.passphrase.submit': 'Change passphrase',
  'settings.passphrase.changed': 'Your passphrase has been changed. Use the new passphrase from now on.',
} as const satisfies Record<keyof typeof settingsDe, string>;
