import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  documentSummarySchema,
  type DocumentDetails,
  type DocumentLink,
  type DocumentSummary,
  type DocumentUpdate,
} from '@shared/documents/domain';
import { AppError, isDamagedPage } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, iterateRaw, queryRow, queryRows, queryValue, sql, sqlIdentifier } from '../kernel/sql';

/** SQL of the documents: one row per document, its bytes in chunks of CHUNK_SIZE. */

/** 256 KiB: large enough that a 50 MB file is 200 rows, small enough that no step holds much more than one. */
export const CHUNK_SIZE = 256 * 1024;

const SELECT = sql`SELECT d.id, d.case_id AS caseId, d.kind, d.document_date AS date, d.note, d.file_name AS fileName,
  d.media_type AS mediaType, d.byte_length AS byteLength, d.sha256, d.link_type AS linkType, d.link_id AS linkId,
  d.metadata_removed AS metadataRemoved, d.converted_from AS convertedFrom, u.name AS addedBy,
  d.created_at AS createdAt, d.updated_at AS updatedAt
  FROM documents d LEFT JOIN users u ON u.id = d.added_by`;

function viewOf(mediaType: string): 'pdf' | 'image' | null {
  if (mediaType === 'application/pdf') return 'pdf';
  return mediaType === 'image/jpeg' || mediaType === 'image/png' ? 'image' : null;
}

function parseRow(raw: unknown): DocumentSummary {
  const row = raw as Record<string, unknown>;
  const linkType = row.linkType;
  return documentSummarySchema.parse({
    ...row,
    view: viewOf(String(row.mediaType)),
    link: linkType ? { type: linkType, id: row.linkId } : null,
    metadataRemoved: row.metadataRemoved === 1,
  });
}

export function listDocuments(db: VaultDatabase, caseId: string): DocumentSummary[] {
  return queryRows(db, sql`${SELECT} WHERE d.case_id = ${caseId} ORDER BY d.document_date DESC, d.created_at DESC`).map(parseRow);
}

const documentCaseSchema = z.object({ caseId: z.string(), code: z.string() });

/** The cases that keep documents, by code (the Gesamtexport's folders). */
export function listDocumentCases(db: VaultDatabase): z.infer<typeof documentCaseSchema>[] {
  return queryRows(db, sql`SELECT DISTINCT c.id AS caseId, c.code FROM documents d JOIN cases c ON c.id = d.case_id ORDER BY c.code`).map(
    (row) => documentCaseSchema.parse(row),
  );
}

export function findDocument(db: VaultDatabase, id: string): DocumentSummary | null {
  const row = queryRow(db, sql`${SELECT} WHERE d.id = ${id}`);
  return row ? parseRow(row) : null;
}

export interface StoredContent {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  metadataRemoved: boolean;
  convertedFrom: string | null;
}

/** Writes the bytes as chunks (subarrays: no copy of the file is made). */
function insertChunks(db: VaultDatabase, documentId: string, bytes: Uint8Array): void {
  for (let offset = 0, seq = 0; offset < bytes.byteLength; offset += CHUNK_SIZE, seq += 1) {
    const chunk = bytes.subarray(offset, Math.min(offset + CHUNK_SIZE, bytes.byteLength));
    execute(db, sql`INSERT INTO document_chunks (document_id, seq, bytes) VALUES (${documentId}, ${seq}, ${chunk})`);
  }
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function insertDocument(
  db: VaultDatabase,
  row: { id: string; caseId: string; details: DocumentDetails; content: StoredContent; addedBy: string; at: string },
): void {
  const { details, content } = row;
  execute(
    db,
    sql`INSERT INTO documents (id, case_id, kind, document_date, note, file_name, media_type, byte_length, sha256, chunk_size,
          link_type, link_id, metadata_removed, converted_from, added_by, created_at, updated_at)
        VALUES (${row.id}, ${row.caseId}, ${details.kind}, ${details.date}, ${details.note}, ${content.fileName}, ${content.mediaType},
          ${content.bytes.byteLength}, ${sha256Of(content.bytes)}, ${CHUNK_SIZE}, ${details.link?.type ?? null}, ${details.link?.id ?? null},
          ${content.metadataRemoved}, ${content.convertedFrom}, ${row.addedBy}, ${row.at}, ${row.at})`,
  );
  insertChunks(db, row.id, content.bytes);
}

/** New bytes for an existing document: the old chunks go (secure_delete zeroes them), the new ones come. */
export function replaceContent(db: VaultDatabase, id: string, content: StoredContent, at: string): void {
  execute(db, sql`DELETE FROM document_chunks WHERE document_id = ${id}`);
  insertChunks(db, id, content.bytes);
  execute(
    db,
    sql`UPDATE documents SET file_name = ${content.fileName}, media_type = ${content.mediaType}, byte_length = ${content.bytes.byteLength},
          sha256 = ${sha256Of(content.bytes)}, chunk_size = ${CHUNK_SIZE}, metadata_removed = ${content.metadataRemoved},
          converted_from = ${content.convertedFrom}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function updateDocument(db: VaultDatabase, id: string, update: DocumentUpdate, at: string): void {
  execute(
    db,
    sql`UPDATE documents SET file_name = ${update.fileName}, kind = ${update.kind}, document_date = ${update.date}, note = ${update.note},
          link_type = ${update.link?.type ?? null}, link_id = ${update.link?.id ?? null}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function deleteDocument(db: VaultDatabase, id: string): void {
  execute(db, sql`DELETE FROM documents WHERE id = ${id}`);
}

/**
 * The stored bytes, assembled into one buffer while their SHA-256 is computed; DOCUMENT_DAMAGED
 * when a chunk is missing or the hash differs — a damaged document says so instead of showing
 * garbage. One copy of the file in memory, plus one chunk at a time.
 */
export function readContent(db: VaultDatabase, document: { id: string; byteLength: number; sha256: string }): Buffer {
  try {
    return assembleContent(db, document);
  } catch (error) {
    // A page whose HMAC fails (SQLCipher: SQLITE_CORRUPT or SQLITE_NOTADB): the unlock does not read
    // the documents' bytes (vault/repository.ts), so a damaged one is found here and said so.
    if (isDamagedPage(error)) throw new AppError('DOCUMENT_DAMAGED');
    throw error;
  }
}

function assembleContent(db: VaultDatabase, document: { id: string; byteLength: number; sha256: string }): Buffer {
  const bytes = Buffer.allocUnsafe(document.byteLength);
  const hash = createHash('sha256');
  let offset = 0;
  let expected = 0;
  for (const [seq, chunk] of iterateRaw(db, sql`SELECT seq, bytes FROM document_chunks WHERE document_id = ${document.id} ORDER BY seq`)) {
    if (seq !== expected || !(chunk instanceof Uint8Array) || offset + chunk.byteLength > bytes.length) {
      throw new AppError('DOCUMENT_DAMAGED');
    }
    bytes.set(chunk, offset);
    hash.update(chunk);
    offset += chunk.byteLength;
    expected += 1;
  }
  if (offset !== bytes.length || hash.digest('hex') !== document.sha256) {
    bytes.fill(0);
    throw new AppError('DOCUMENT_DAMAGED');
  }
  return bytes;
}

const LINK_TABLES = { status: 'residence_statuses', consent: 'consents', journal: 'journal_entries' } as const;

/** The case a link target belongs to, or null: a document may only point into its own case. */
export function findLinkTargetCase(db: VaultDatabase, link: DocumentLink): string | null {
  const table = LINK_TABLES[link.type];
  const caseId = queryValue(db, sql`SELECT case_id FROM ${sqlIdentifier(table, Object.values(LINK_TABLES))} WHERE id = ${link.id}`);
  return typeof caseId === 'string' ? caseId : null;
}

const totalsSchema = z.object({ count: z.number().int(), bytes: z.number().int() });

export function documentTotals(db: VaultDatabase): z.infer<typeof totalsSchema> {
  return totalsSchema.parse(queryRow(db, sql`SELECT count(*) AS count, coalesce(sum(byte_length), 0) AS bytes FROM documents`));
}

const retentionRowSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  code: z.string(),
  kind: z.string(),
  date: z.string(),
});

/** Every document with the day its retention counts from (its own date, else the day it was added). */
export function listDocumentAges(db: VaultDatabase): z.infer<typeof retentionRowSchema>[] {
  const rows = queryRows(
    db,
    sql`SELECT d.id, d.case_id AS caseId, c.code, d.kind, coalesce(d.document_date, substr(d.created_at, 1, 10)) AS date
        FROM documents d JOIN cases c ON c.id = d.case_id`,
  );
  return z.array(retentionRowSchema).parse(rows);
}
