export { CaseAccessProvider } from './access/CaseAccessProvider';
export { OpenByCodeButton } from './access/OpenByCodeButton';
export { CaseDetailPage } from './detail/CaseDetailPage';
export { EditCasePage, NewCasePage } from './form/CaseFormPage';
export { CaseListPage } from './list/CaseListPage';
export { SearchPage } from './search/SearchPage';
export { useSearchShortcut } from './search/useSearchShortcut';
