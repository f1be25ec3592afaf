export { MainLayout, type Area } from './MainLayout';
export { SettingsPage } from './SettingsPage';
export { SetupPage, type AccountInput } from './SetupPage';
export { UnlockPage } from './UnlockPage';
