import { CaseListPage } from '../cases/list';
import { DeadlinesPage } from '../deadlines';
import { NotAvailablePage } from '../layout/NotAvailablePage';
import { SearchPage } from '../search';
import { SettingsPage } from '../settings';
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
    case 'case':
    case 'caseEdit':
      return <NotAvailablePage title="nav.cases" description="notAvailable.cases" />;
    case 'statistics':
      return <NotAvailablePage title="nav.statistics" description="notAvailable.statistics" />;
    case 'audit':
      return <NotAvailablePage title="nav.audit" description="notAvailable.audit" />;
  }
}
