export { NavigationProvider, useNavigation, useUnsavedChangesGuard } from './NavigationProvider';
export type { CaseSection, Route } from './route';
