export { DeadlinesPage } from './DeadlinesPage';
export { CaseDeadlinesSection } from './case/CaseDeadlinesSection';
export { DeadlineState } from './case/DeadlineState';
export { dueStateOf } from './deadlineText';
