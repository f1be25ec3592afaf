import type { casesDe } from './cases.de';

/** Case notebook screens (issue 3): English texts, same keys as German. */
export const casesEn = {
  'unsaved.title': 'Unsaved changes',
  'unsaved.text': 'Some of your input has not been saved yet. If you leave this page, it will be lost.',
  'unsaved.stay': 'Keep editing',
  'unsaved.discard': 'Discard changes',
  'privacy.toggle': 'Hide names',
  'privacy.shortcut': 'Ctrl+Shift+P',
  'privacy.nameHidden': 'Name hidden',
} as const satisfies Record<keyof typeof casesDe, string>;
