import { z } from 'zod';
import { partnerSchema, type Partner, type PartnerInput } from '@shared/planning/plan';
import { partnerKindSchema } from '@shared/kernel/vocabulary';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, sql } from '../kernel/sql';

/**
 * SQL of the partner directory. Migration 0002 has no column for the kind of organisation; it is
 * kept in the `offers` column as a small JSON object (`{"kind":"jobcenter"}`), parsed here, so a
 * later field can join it without a migration.
 */

const offersColumnSchema = z.object({ kind: partnerKindSchema });

const partnerRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  offers: z.string(),
  contact: z.string(),
  isActive: z.number(),
  referralCount: z.number(),
  createdAt: z.string(),
});

function parsePartner(raw: unknown): Partner {
  const row = partnerRowSchema.parse(raw);
  const { kind } = offersColumnSchema.parse(JSON.parse(row.offers));
  return partnerSchema.parse({
    id: row.id,
    name: row.name,
    kind,
    contact: row.contact,
    archived: row.isActive === 0,
    referralCount: row.referralCount,
    createdAt: row.createdAt,
  });
}

const PARTNER_COLUMNS = sql`p.id, p.name, p.offers, p.contact, p.is_active AS isActive, p.created_at AS createdAt,
  (SELECT count(*) FROM referrals r WHERE r.partner_id = p.id) AS referralCount`;

export function listPartners(db: VaultDatabase, options: { includeArchived: boolean }): Partner[] {
  return queryRows(
    db,
    sql`SELECT ${PARTNER_COLUMNS} FROM partners p WHERE ${options.includeArchived} = 1 OR p.is_active = 1
        ORDER BY p.name COLLATE NOCASE, p.rowid`,
  ).map(parsePartner);
}

export function findPartner(db: VaultDatabase, id: string): Partner | null {
  const row = queryRow(db, sql`SELECT ${PARTNER_COLUMNS} FROM partners p WHERE p.id = ${id}`);
  return row ? parsePartner(row) : null;
}

/** Another active or archived partner with the same name (case-insensitive), if any. */
export function findPartnerByName(db: VaultDatabase, name: string, exceptId: string | null): string | null {
  const rows = z
    .array(z.object({ id: z.string(), name: z.string() }))
    .parse(queryRows(db, sql`SELECT id, name FROM partners WHERE id IS NOT ${exceptId}`));
  const wanted = name.toLocaleLowerCase('de');
  return rows.find((row) => row.name.toLocaleLowerCase('de') === wanted)?.id ?? null;
}

export function insertPartner(db: VaultDatabase, row: { id: string; partner: PartnerInput; at: string }): void {
  const offers = JSON.stringify({ kind: row.partner.kind });
  execute(
    db,
    sql`INSERT INTO partners (id, name, offers, contact, is_active, created_at)
        VALUES (${row.id}, ${row.partner.name}, ${offers}, ${row.partner.contact}, 1, ${row.at})`,
  );
}

export function updatePartner(db: VaultDatabase, id: string, partner: PartnerInput): void {
  const offers = JSON.stringify({ kind: partner.kind });
  execute(db, sql`UPDATE partners SET name = ${partner.name}, offers = ${offers}, contact = ${partner.contact} WHERE id = ${id}`);
}

export function setPartnerArchived(db: VaultDatabase, id: string, archived: boolean): void {
  execute(db, sql`UPDATE partners SET is_active = ${archived ? 0 : 1} WHERE id = ${id}`);
}
