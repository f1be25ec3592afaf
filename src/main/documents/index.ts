export { createDocumentsHandlers } from './app';
/** For papers (letters, certificates from templates): store a generated file as a document of a case. */
export { storeDocument } from './service';
/** For the Auskunft (Art. 15): the person's documents as files, listed. */
export { countDocuments, writeDisclosedDocuments, type DisclosedDocument } from './disclosure';
/** For retention: documents by kind and age, and their deletion inside the run's transaction. */
export { deleteDocumentByRetention, planDocumentRetention, type DocumentRetentionItem } from './retention';
/** For the Gesamtexport at a change of system: every document as a file. */
export { exportDocumentFiles } from './exit';
