import type { ComponentType } from 'react';
import type { Route } from '../kernel/navigation/route';
import { AccountsPage } from '../accounts';
import { AuditPage } from '../audit';
import { DeadlinesPage } from '../deadlines';
import { DataProtectionPage } from '../privacy';
import { CaseDetailPage, CaseListPage, EditCasePage, NewCasePage, SearchPage } from '../cases';
import { SettingsPage } from '../settings';
import { ExitPage } from '../exit';
import { StatisticsPage } from '../stats';
import { ImportPage } from '../import';
import { PartnersPage, StructuralNotesPage } from '../planning';
import { HomePage } from '../home';

/** The routes that carry nothing but their page. */
type PlainPage = Exclude<Route['page'], 'search' | 'case' | 'caseEdit' | 'statistics'>;

/** The screen of each such route. */
const PLAIN_PAGES: Record<PlainPage, ComponentType> = {
  home: HomePage,
  settings: SettingsPage,
  cases: CaseListPage,
  deadlines: DeadlinesPage,
  caseNew: NewCasePage,
  partners: PartnersPage,
  structuralNotes: StructuralNotesPage,
  import: ImportPage,
  audit: AuditPage,
  accounts: AccountsPage,
  dataProtection: DataProtectionPage,
  exit: ExitPage,
};

/** The screen for a route. Feature areas replace their "not available" placeholder here. */
export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'search':
      return <SearchPage key={route.query} query={route.query} />;
    case 'case':
      return <CaseDetailPage key={route.caseId} caseId={route.caseId} section={route.section} newEntryRequest={route.newEntryRequest} />;
    case 'caseEdit':
      return <EditCasePage key={route.caseId} caseId={route.caseId} focus={route.focus} />;
    case 'statistics':
      return <StatisticsPage view={route.view} />;
    default: {
      const Page = PLAIN_PAGES[route.page];
      return <Page />;
    }
  }
}
