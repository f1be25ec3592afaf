export { createDocumentsHandlers } from './app';
/** For papers (letters, certificates from templates): store a generated file as a document of a case. */
export { storeDocument } from './service';
/** For retention and the Auskunft: documents by age, and a document's checked bytes. */
export { listDocumentAges, listDocuments, readContent } from './repository';
