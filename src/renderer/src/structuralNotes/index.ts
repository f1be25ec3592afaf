export { StructuralNotesPage } from './StructuralNotesPage';
