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

/** The screen for a route. Feature areas replace their "not available" placeholder here. */
export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return <SettingsPage />;
    case 'cases':
      return <CaseListPage />;
    case 'search':
      return <SearchPage key={route.query} query={route.query} />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'caseNew':
      return <NewCasePage />;
    case 'case':
      return <CaseDetailPage key={route.caseId} caseId={route.caseId} section={route.section} newEntryRequest={route.newEntryRequest} />;
    case 'caseEdit':
      return <EditCasePage key={route.caseId} caseId={route.caseId} focus={route.focus} />;
    case 'partners':
      return <PartnersPage />;
    case 'structuralNotes':
      return <StructuralNotesPage />;
    case 'statistics':
      return <StatisticsPage view={route.view} />;
    case 'import':
      return <ImportPage />;
    case 'audit':
      return <AuditPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'dataProtection':
      return <DataProtectionPage />;
    case 'exit':
      return <ExitPage />;
  }
}
