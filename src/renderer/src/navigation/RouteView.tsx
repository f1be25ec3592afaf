import { NotAvailablePage } from '../layout/NotAvailablePage';
import { SettingsPage } from '../settings';
import type { Route } from './route';

/** The screen for a route. Feature areas replace their "not available" placeholder here. */
export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'settings':
      return <SettingsPage />;
    case 'cases':
    case 'caseNew':
    case 'case':
    case 'caseEdit':
    case 'search':
      return <NotAvailablePage title="nav.cases" description="notAvailable.cases" />;
    case 'deadlines':
      return <NotAvailablePage title="nav.deadlines" description="notAvailable.deadlines" />;
    case 'statistics':
      return <NotAvailablePage title="nav.statistics" description="notAvailable.statistics" />;
    case 'audit':
      return <NotAvailablePage title="nav.audit" description="notAvailable.audit" />;
  }
}
