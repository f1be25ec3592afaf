import type { paletteDe } from './de';

/** English texts of the command palette (Ctrl+K), same keys as German. */
export const paletteEn = {
  'palette.button': 'Go to …',
  'palette.shortcut': 'Ctrl+K',
  'palette.title': 'Go to …',
  'palette.entryTitle': 'New entry – for which case?',
  'palette.inputLabel': 'Case, page or action',
  'palette.entryInputLabel': 'Case code or name',
  'palette.hint': 'Type a case code or name; arrow keys choose, Enter runs, Escape closes.',
  'palette.listLabel': 'Results',
  'palette.count': '{count} results',
  'palette.none': 'Nothing found.',
  'palette.group.cases': 'Cases',
  'palette.group.pages': 'Pages',
  'palette.group.actions': 'Actions',
  'palette.pageWord': 'open page',
  'palette.caseClosed': 'closed',
  'palette.action.newCase': 'New case',
  'palette.action.newEntry': 'New entry contact journal',
  'palette.action.newEntryIn': 'New entry in {code}',
  'palette.action.newEntryPick': 'New entry … (choose a case)',
  'palette.action.hideNames': 'Hide names',
  'palette.action.showNames': 'Show names again',
  'palette.action.search': 'Search all notes: “{query}”',
} as const satisfies Record<keyof typeof paletteDe, string>;
