export { DocumentsSection } from './DocumentsSection';
export { StorageSection } from './StorageSection';
export { useDocuments } from './useDocuments';
