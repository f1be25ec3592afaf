/** Case notebook screens (issue 3): German source texts. Keys start with the screen or feature name. */
export const casesDe = {
  'unsaved.title': 'Ungespeicherte Änderungen',
  'unsaved.text': 'Sie haben Eingaben, die noch nicht gespeichert sind. Wenn Sie die Seite verlassen, gehen sie verloren.',
  'unsaved.stay': 'Weiter bearbeiten',
  'unsaved.discard': 'Änderungen verwerfen',
  'privacy.toggle': 'Namen verbergen',
  'privacy.shortcut': 'Strg+Umschalt+P',
  'privacy.nameHidden': 'Name verborgen',
} as const;
