import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';

/** Kinds of documents in a case file (DOMAIN.md); labels in `documents.kind.*`. */
export const DOCUMENT_KINDS = ['residencePaper', 'notice', 'certificate', 'contract', 'consentForm', 'correspondence', 'other'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Largest file taken into the vault (bytes). Larger scans belong split or compressed. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** How many files one add may carry (dialog or drop). */
export const MAX_FILES_PER_ADD = 20;

/** What the app shows in its own viewer; everything else only leaves as „Kopie speichern unter …“. */
export const documentViewSchema = z.enum(['pdf', 'image']).nullable();
export type DocumentView = z.infer<typeof documentViewSchema>;

/** A document may point to one entry of the same case: the status it proves, the signed consent, the contact it came with. */
export const documentLinkSchema = z.strictObject({
  type: z.enum(['status', 'consent', 'journal']),
  id: z.string().min(1).max(64),
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

/** What the counsellor says about a document (the file itself comes from the dialog or a drop). */
export const documentDetailsSchema = z.strictObject({
  kind: documentKindSchema,
  date: isoDateSchema.nullable(),
  note: z.string().max(2000, 'validation.tooLong'),
  link: documentLinkSchema.nullable(),
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

/** A file name as people see it: no folders, no control characters, a sensible length. */
export const documentFileNameSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(200, 'validation.tooLong')
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  .refine((name) => !/[\u0000-\u001f\u007f/\\:*?"<>|]/.test(name) && name !== '.' && name !== '..', 'documents.validation.fileName');

export const documentUpdateSchema = documentDetailsSchema.safeExtend({ fileName: documentFileNameSchema });
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: documentKindSchema,
  date: z.string().nullable(),
  note: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteLength: z.number().int(),
  sha256: z.string(),
  view: documentViewSchema,
  link: documentLinkSchema.nullable(),
  /** Photo metadata (EXIF/GPS) was removed when the file was taken in. */
  metadataRemoved: z.boolean(),
  /** The original format when the file was converted (HEIC → JPEG). */
  convertedFrom: z.string().nullable(),
  addedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A message about one file (refusal or notice): an i18n key and its parameters, never file content. */
export const fileMessageSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type FileMessage = z.infer<typeof fileMessageSchema>;

export const addResultSchema = z.object({
  cancelled: z.literal(false),
  added: z.array(z.object({ id: z.string(), fileName: z.string(), notices: z.array(fileMessageSchema) })),
  refused: z.array(z.object({ fileName: z.string(), reason: fileMessageSchema })),
});
export type AddResult = z.infer<typeof addResultSchema>;

export const storageFiguresSchema = z.object({
  vaultBytes: z.number().int(),
  /** Space inside the file that deleted content left and the next compaction gives back. */
  reclaimableBytes: z.number().int(),
  documentBytes: z.number().int(),
  documentCount: z.number().int(),
  maxDocumentBytes: z.number().int(),
});
export type StorageFigures = z.infer<typeof storageFiguresSchema>;

/** Newest first by date (documents without a date after those with one), then by kind's order, then name. */
export function compareDocuments(sort: 'date' | 'kind') {
  const kindOrder = (kind: DocumentKind) => DOCUMENT_KINDS.indexOf(kind);
  const byDate = (a: DocumentSummary, b: DocumentSummary) =>
    (b.date ?? '').localeCompare(a.date ?? '') || b.createdAt.localeCompare(a.createdAt);
  return (a: DocumentSummary, b: DocumentSummary): number =>
    sort === 'kind' ? kindOrder(a.kind) - kindOrder(b.kind) || byDate(a, b) : byDate(a, b) || kindOrder(a.kind) - kindOrder(b.kind);
}
