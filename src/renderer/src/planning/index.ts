export { PlanningSection } from './PlanningSection';
export { ClosureSection } from './closure/ClosureSection';
export { PartnersPage } from './partners/PartnersPage';
export { StructuralNotesPage } from './structuralNotes/StructuralNotesPage';
export { ReopenCaseButton } from './closure/ReopenCaseButton';
