export {
  NavigationProvider,
  useNavigation,
  usePendingNavigation,
  useUnsavedChangesGuard,
  type PendingNavigation,
} from './NavigationProvider';
export type { CaseSection, Route, StatisticsView } from './route';
