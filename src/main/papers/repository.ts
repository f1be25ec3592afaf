import { z } from 'zod';
import { EMPTY_LETTERHEAD, paperRecordSchema, type Letterhead, type PaperRecord, type WrittenPaperFile } from '@shared/papers/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, sql } from '../kernel/sql';

/** SQL of papers: own templates, the letterhead row, the record of papers written per case (migration 0011). */

const templateRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  placeholders: z.string().transform((text) => z.array(z.string()).parse(JSON.parse(text))),
  createdAt: z.string(),
});
export type TemplateRow = z.infer<typeof templateRowSchema>;

const TEMPLATE_COLUMNS = sql`id, name, file_name AS fileName, sha256, placeholders, created_at AS createdAt`;

export function listTemplates(db: VaultDatabase): TemplateRow[] {
  return z
    .array(templateRowSchema)
    .parse(queryRows(db, sql`SELECT ${TEMPLATE_COLUMNS} FROM paper_templates ORDER BY name COLLATE NOCASE, created_at`));
}

export function findTemplate(db: VaultDatabase, id: string): (TemplateRow & { content: Uint8Array }) | null {
  const row = queryRow(db, sql`SELECT ${TEMPLATE_COLUMNS}, content FROM paper_templates WHERE id = ${id}`);
  if (row === undefined) return null;
  const { content } = z.object({ content: z.instanceof(Uint8Array) }).parse(row);
  return { ...templateRowSchema.parse(row), content };
}

export function insertTemplate(
  db: VaultDatabase,
  row: {
    id: string;
    name: string;
    fileName: string;
    content: Uint8Array;
    sha256: string;
    placeholders: string[];
    createdBy: string;
    at: string;
  },
): void {
  execute(
    db,
    sql`INSERT INTO paper_templates (id, name, file_name, content, sha256, placeholders, created_by, created_at)
        VALUES (${row.id}, ${row.name}, ${row.fileName}, ${row.content}, ${row.sha256}, ${JSON.stringify(row.placeholders)}, ${row.createdBy}, ${row.at})`,
  );
}

export function deleteTemplate(db: VaultDatabase, id: string): boolean {
  return execute(db, sql`DELETE FROM paper_templates WHERE id = ${id}`).changes > 0;
}

const letterheadRowSchema = z.object({
  organisation: z.string(),
  addressLines: z.string().transform((text) => z.array(z.string()).parse(JSON.parse(text))),
  contact: z.string(),
  signatureBlock: z.string(),
  logo: z.instanceof(Uint8Array).nullable(),
});

export function readLetterheadRow(db: VaultDatabase): { letterhead: Letterhead; logo: Uint8Array | null } {
  const row = queryRow(
    db,
    sql`SELECT organisation, address_lines AS addressLines, contact, signature_block AS signatureBlock, logo FROM paper_letterhead WHERE id = 1`,
  );
  if (row === undefined) return { letterhead: EMPTY_LETTERHEAD, logo: null };
  const { logo, ...letterhead } = letterheadRowSchema.parse(row);
  return { letterhead, logo };
}

export function writeLetterhead(db: VaultDatabase, letterhead: Letterhead, by: string, at: string): void {
  execute(
    db,
    sql`INSERT INTO paper_letterhead (id, organisation, address_lines, contact, signature_block, updated_by, updated_at)
        VALUES (1, ${letterhead.organisation}, ${JSON.stringify(letterhead.addressLines)}, ${letterhead.contact}, ${letterhead.signatureBlock}, ${by}, ${at})
        ON CONFLICT (id) DO UPDATE SET organisation = excluded.organisation, address_lines = excluded.address_lines,
          contact = excluded.contact, signature_block = excluded.signature_block, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
}

/** Sets (PNG bytes) or removes (null) the logo, creating the row when there is none yet. */
export function writeLogo(db: VaultDatabase, logo: Uint8Array | null, by: string, at: string): void {
  const type = logo === null ? null : 'image/png';
  execute(
    db,
    sql`INSERT INTO paper_letterhead (id, logo, logo_type, updated_by, updated_at) VALUES (1, ${logo}, ${type}, ${by}, ${at})
        ON CONFLICT (id) DO UPDATE SET logo = excluded.logo, logo_type = excluded.logo_type, updated_by = excluded.updated_by,
          updated_at = excluded.updated_at`,
  );
}

export function insertPaper(
  db: VaultDatabase,
  row: { id: string; caseId: string; templateId: string; recipientKind: string; files: WrittenPaperFile[]; createdBy: string; at: string },
): void {
  execute(
    db,
    sql`INSERT INTO papers (id, case_id, template_id, recipient_kind, files, created_by, created_at)
        VALUES (${row.id}, ${row.caseId}, ${row.templateId}, ${row.recipientKind}, ${JSON.stringify(row.files)}, ${row.createdBy}, ${row.at})`,
  );
}

export function listPapers(db: VaultDatabase, caseId: string): PaperRecord[] {
  const rows = queryRows(
    db,
    sql`SELECT p.id, p.template_id AS templateId, p.recipient_kind AS recipientKind, p.files, p.created_at AS createdAt, u.name AS authorName
        FROM papers p LEFT JOIN users u ON u.id = p.created_by WHERE p.case_id = ${caseId} ORDER BY p.created_at DESC, p.rowid DESC`,
  );
  return rows.map((raw) => {
    const row = z.object({ files: z.string() }).loose().parse(raw);
    return paperRecordSchema.parse({ ...row, files: JSON.parse(row.files) });
  });
}
