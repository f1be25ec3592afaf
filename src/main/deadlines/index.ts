export { createDeadlinesHandlers } from './app';
export { rederiveAllDeadlines, refreshDerivedDeadlines, syncCaseDeadlines } from './sync';
export { listCaseDeadlines, queryDashboard } from './repository';
