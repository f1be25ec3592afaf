export { CaseListPage } from './CaseListPage';
