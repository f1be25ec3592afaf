import type { MessageKey } from '@shared/i18n';
import type { Route } from '../navigation';

export const PAGE_IDS = ['cases', 'deadlines', 'partners', 'structuralNotes', 'statistics', 'audit', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const PAGE_LABEL: Record<PageId, MessageKey> = {
  cases: 'nav.cases',
  deadlines: 'nav.deadlines',
  partners: 'partners.nav',
  structuralNotes: 'structuralNotes.nav',
  statistics: 'nav.statistics',
  audit: 'nav.audit',
  settings: 'nav.settings',
};

/** Which navigation entry a route belongs to (a case screen belongs to "Fälle"). */
export function navPageOf(route: Route): PageId {
  switch (route.page) {
    case 'caseNew':
    case 'case':
    case 'caseEdit':
    case 'search':
      return 'cases';
    default:
      return route.page;
  }
}
