import type { statsDe } from './stats.de';

/** Statistics (issue 5): English texts, same keys as German. */
export const statsEn = {
  'stats.validation.year': 'Please give a year between 2000 and 2100.',
  'stats.validation.kMin': 'The minimum count k must be at least 3.',
  'stats.validation.kMax': 'The minimum count k must be at most 20.',
  'stats.validation.noTables': 'Please choose at least one table.',

  'stats.error.periodFuture': 'The period lies in the future. Statistics exist only for completed periods.',
  'stats.error.periodNotEnded': 'The period has not ended yet ({end}). Please choose a completed period.',
  'stats.error.emptyPeriod': 'No counted cases fall into the chosen period. Nothing was written.',
  'stats.error.noTablesForPeriod': 'The profile contains only yearly tables (flows and outcomes). Please choose a year.',
  'stats.error.profileNotFound': 'The recipient profile was not found.',
  'stats.error.builtInProfile': 'The built-in profiles "Bündnis" and "Ministerium" cannot be changed or deleted.',
  'stats.error.unknownTable': 'The profile names a table that is not in the catalogue.',
  'stats.error.previewOutdated': 'The data changed since the preview. Please look at the preview again before exporting.',
  'stats.error.auditFailed': 'The disclosure audit could not be satisfied. Nothing was written.',
  'stats.error.folderNotWritable': 'The chosen folder cannot be written to. Nothing was written; please choose another folder.',
  'stats.error.combineNotFound': 'The combination is no longer available. Please load the files again.',
  'stats.error.combineMismatch': 'The files do not belong together: {reason}. Nothing was combined.',
  'stats.error.noValidFiles': 'None of the chosen files could be used.',
} as const satisfies Record<keyof typeof statsDe, string>;
