import type { MessageKey } from '@shared/i18n';
import type { Role } from '@shared/kernel/roles';
import type { ChannelName } from '@shared/contract/channels';
import { contract } from '@shared/contract/contract';
import type { Route } from '../kernel/navigation';

export const PAGE_IDS = [
  'home',
  'cases',
  'deadlines',
  'partners',
  'structuralNotes',
  'statistics',
  'import',
  'audit',
  'accounts',
  'dataProtection',
  'exit',
  'settings',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const PAGE_LABEL: Record<PageId, MessageKey> = {
  home: 'home.nav',
  cases: 'nav.cases',
  deadlines: 'nav.deadlines',
  partners: 'partners.nav',
  structuralNotes: 'structuralNotes.nav',
  statistics: 'nav.statistics',
  import: 'importUi.nav',
  audit: 'nav.audit',
  accounts: 'accountsUi.nav',
  dataProtection: 'lifecycleUi.nav',
  exit: 'exit.nav',
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

/**
 * The areas of each role, in navigation order (issue 4): supervisors audit and manage accounts and
 * see no case contents; counsellors keep the case files.
 */
const ROLE_PAGES: Record<Role, readonly PageId[]> = {
  counsellor: ['home', 'cases', 'deadlines', 'partners', 'structuralNotes', 'statistics', 'import', 'dataProtection', 'settings'],
  supervisor: ['home', 'audit', 'accounts', 'statistics', 'dataProtection', 'exit', 'settings'],
};

/** The channel a page cannot work without: a page is shown only when the contract lets the role call it. */
const PAGE_CHANNEL: Record<PageId, ChannelName> = {
  home: 'home:today',
  cases: 'cases:list',
  deadlines: 'deadlines:list',
  partners: 'partners:list',
  structuralNotes: 'structuralNotes:list',
  statistics: 'stats:profiles',
  import: 'import:batches',
  audit: 'audit:list',
  accounts: 'accounts:list',
  dataProtection: 'backup:status',
  exit: 'exit:export',
  settings: 'settings:get',
};

export function pagesFor(role: Role): PageId[] {
  return ROLE_PAGES[role].filter((page) => {
    const access = contract[PAGE_CHANNEL[page]].access;
    return access === 'public' || access.some((allowed) => allowed === role);
  });
}

/** Where a role lands after unlocking: the first of its areas ("Heute" for both roles). */
export function landingPageFor(role: Role): PageId {
  return pagesFor(role)[0] ?? 'settings';
}
