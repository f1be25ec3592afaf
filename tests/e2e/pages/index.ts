export { MainLayout, type Area } from './MainLayout';
export { SettingsPage } from './SettingsPage';
export { SetupPage, type AccountInput } from './SetupPage';
export { UnlockPage } from './UnlockPage';
export { CaseListPage } from './CaseListPage';
export { DeadlinesPage, type DeadlineGroup } from './DeadlinesPage';
export { SearchPage } from './SearchPage';
