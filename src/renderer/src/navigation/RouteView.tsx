import { AccountsPage } from '../accounts';
import { AuditPage } from '../audit';
import { CaseListPage } from '../cases/list';
import { DeadlinesPage } from '../deadlines';
import { CaseDetailPage } from '../cases/detail';
import { EditCasePage, NewCasePage } from '../cases/form';
import { PartnersPage } from '../partners';
import { DataProtectionPage } from '../privacyRights';
import { SearchPage } from '../search';
import { SettingsPage } from '../settings';
import { StatisticsPage } from '../statistics';
import { StructuralNotesPage } from '../structuralNotes';
import type { Route } from './route';

/** The screen for a route. Feature areas replace their "not available" placeholder here. */
export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
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
      return <CaseDetailPage key={route.caseId} caseId={route.caseId} section={route.section} />;
    case 'caseEdit':
      return <EditCasePage key={route.caseId} caseId={route.caseId} />;
    case 'partners':
      return <PartnersPage />;
    case 'structuralNotes':
      return <StructuralNotesPage />;
    case 'statistics':
      return <StatisticsPage view={route.view} />;
    case 'audit':
      return <AuditPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'dataProtection':
      return <DataProtectionPage />;
  }
}
