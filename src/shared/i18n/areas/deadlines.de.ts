/**
 * The Fristen dashboard at scale: German texts for groups longer than their first page. (The
 * dashboard's other texts are in cases.de.ts.)
 */
export const deadlinesDe = {
  'deadlines.shownOf': '{shown} von {total} angezeigt.',
  'deadlines.showMore': 'Weitere {count} anzeigen',
} as const;
