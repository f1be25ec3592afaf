export {
  NavigationProvider,
  useNavigation,
  usePendingNavigation,
  useUnsavedChangesGuard,
  type PendingNavigation,
} from './NavigationProvider';
export type { CaseFormField, CaseSection, Route, StatisticsView } from './route';
