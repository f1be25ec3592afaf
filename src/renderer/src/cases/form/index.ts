export { NewCasePage, EditCasePage } from './CaseFormPage';
