export { CaseDetailPage } from './CaseDetailPage';
export { StatusValidity, validityState } from './StatusValidity';
