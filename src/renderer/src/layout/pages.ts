import type { MessageKey } from '@shared/i18n';

export const PAGE_IDS = ['cases', 'deadlines', 'statistics', 'audit', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const PAGE_LABEL: Record<PageId, MessageKey> = {
  cases: 'nav.cases',
  deadlines: 'nav.deadlines',
  statistics: 'nav.statistics',
  audit: 'nav.audit',
  settings: 'nav.settings',
};

/** Areas that are not built yet, with the one sentence that says what they will hold. */
export const NOT_AVAILABLE_TEXT: Partial<Record<PageId, MessageKey>> = {
  cases: 'notAvailable.cases',
  deadlines: 'notAvailable.deadlines',
  statistics: 'notAvailable.statistics',
  audit: 'notAvailable.audit',
};
