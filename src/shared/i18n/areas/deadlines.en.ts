import type { deadlinesDe } from './deadlines.de';

/** The Fristen dashboard at scale: English texts, same keys as German. */
export const deadlinesEn = {
  'deadlines.shownOf': '{shown} of {total} shown.',
  'deadlines.showMore': 'Show {count} more',
} as const satisfies Record<keyof typeof deadlinesDe, string>;
