export { createDeadlinesHandlers } from './app';
export { rederiveAllDeadlines, syncCaseDeadlines } from './sync';
export { listCaseDeadlines } from './repository';
