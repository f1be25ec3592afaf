import { z } from 'zod';
import type { VaultDatabase } from '../../kernel/db/database';
import { execute, queryRow, queryRows, queryValue, sql } from '../../kernel/sql';
import type { Sealed } from './keys';

/**
 * SQL of the access log's append side: the log rows, the stored chain state (chain.ts has the
 * MAC layout), K_0's seals and the supervisors' public keys. Every statement text is constant, so
 * the sql helpers prepare each once per connection — the append runs for every logged action.
 */

/** For exports, archives and the legacy digest. Verification reads rows unparsed: a million zod parses would double its time, and every field goes into the MAC, so a malformed row fails there. */
export const auditRowSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  object: z.string().nullable(),
  reason: z.string().nullable(),
  detailsHash: z.string().nullable(),
  breakGlass: z.number().int(),
  mac: z.string().nullable(),
  /** The object within the case (a document id), since schema 16; NULL for everything else and every older entry. */
  item: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

/** The columns of an AuditRow, in its field order (verification reads them as raw arrays). */
export const AUDIT_ROW_COLUMNS = sql`seq, at, user_id AS userId, user_name AS userName, role, action, object, reason,
  details_hash AS detailsHash, break_glass AS breakGlass, mac, item`;

/** Every entry, oldest first (folded into the legacy digest when the chain starts). */
export function listAuditRows(db: VaultDatabase): AuditRow[] {
  return z.array(auditRowSchema).parse(queryRows(db, sql`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log ORDER BY seq`));
}

export function maxSeq(db: VaultDatabase): number {
  const value = queryValue(db, sql`SELECT max(seq) FROM audit_log`);
  return typeof value === 'number' ? value : 0;
}

/** One entry as it is stored; the caller has computed its MAC (null only before the chain starts). */
export function insertAuditRow(db: VaultDatabase, row: AuditRow): void {
  execute(
    db,
    sql`INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac, item)
        VALUES (${row.seq}, ${row.at}, ${row.userId}, ${row.userName}, ${row.role}, ${row.action}, ${row.object}, ${row.reason},
          ${row.detailsHash}, ${row.breakGlass}, ${row.mac}, ${row.item})`,
  );
}

// ----- stored chain state ---------------------------------------------------------------------

const chainStateSchema = z.object({
  startSeq: z.number().int(),
  legacyDigest: z.string().regex(/^[0-9a-f]{64}$/),
  lastSeq: z.number().int(),
  lastMac: z.string().regex(/^[0-9a-f]{64}$/),
  nextKey: z.string().regex(/^[0-9a-f]{64}$/),
  k0Check: z.string(),
  startedAt: z.string(),
});
export type ChainState = z.infer<typeof chainStateSchema>;

export function readChainState(db: VaultDatabase): ChainState | null {
  const row = queryRow(
    db,
    sql`SELECT start_seq AS startSeq, legacy_digest AS legacyDigest, last_seq AS lastSeq, last_mac AS lastMac,
          next_key AS nextKey, k0_check AS k0Check, started_at AS startedAt FROM audit_chain WHERE id = 1`,
  );
  return row === undefined ? null : chainStateSchema.parse(row);
}

export function insertChainState(db: VaultDatabase, state: ChainState): void {
  execute(
    db,
    sql`INSERT INTO audit_chain (id, start_seq, legacy_digest, last_seq, last_mac, next_key, k0_check, started_at)
        VALUES (1, ${state.startSeq}, ${state.legacyDigest}, ${state.lastSeq}, ${state.lastMac}, ${state.nextKey}, ${state.k0Check},
          ${state.startedAt})`,
  );
}

/** Moves the chain's head to the entry just appended; only the key for the next entry is kept. */
export function updateChainHead(db: VaultDatabase, lastSeq: number, lastMac: string, nextKey: string): void {
  execute(db, sql`UPDATE audit_chain SET last_seq = ${lastSeq}, last_mac = ${lastMac}, next_key = ${nextKey} WHERE id = 1`);
}

// ----- K_0 seals --------------------------------------------------------------------------------

export function upsertSeal(db: VaultDatabase, recipient: string, sealed: Sealed, at: string): void {
  execute(
    db,
    sql`INSERT INTO audit_key_seals (recipient, ephemeral_public, iv, ciphertext, tag, created_at)
        VALUES (${recipient}, ${sealed.ephemeralPublic}, ${sealed.iv}, ${sealed.ciphertext}, ${sealed.tag}, ${at})
        ON CONFLICT (recipient) DO UPDATE SET ephemeral_public = excluded.ephemeral_public, iv = excluded.iv,
          ciphertext = excluded.ciphertext, tag = excluded.tag, created_at = excluded.created_at`,
  );
}

export function removeSeal(db: VaultDatabase, recipient: string): void {
  execute(db, sql`DELETE FROM audit_key_seals WHERE recipient = ${recipient}`);
}

const sealRowSchema = z.object({ ephemeralPublic: z.string(), iv: z.string(), ciphertext: z.string(), tag: z.string() });

export function findSeal(db: VaultDatabase, recipient: string): Sealed | null {
  const row = queryRow(
    db,
    sql`SELECT ephemeral_public AS ephemeralPublic, iv, ciphertext, tag FROM audit_key_seals WHERE recipient = ${recipient}`,
  );
  return row === undefined ? null : sealRowSchema.parse(row);
}

// ----- supervisor keys (base64 public keys) ---------------------------------------------------------

export function retireSupervisorKeys(db: VaultDatabase, userId: string, at: Date): void {
  execute(db, sql`UPDATE supervisor_keys SET retired_at = ${at.toISOString()} WHERE user_id = ${userId} AND retired_at IS NULL`);
}

export function insertSupervisorKey(
  db: VaultDatabase,
  row: { userId: string; ed25519Public: string; x25519Public: string; at: string },
): void {
  execute(
    db,
    sql`INSERT INTO supervisor_keys (ed25519_public, user_id, x25519_public, created_at)
        VALUES (${row.ed25519Public}, ${row.userId}, ${row.x25519Public}, ${row.at})`,
  );
}

/** Whether this Ed25519 public key is (or was) a supervisor key of this vault. */
export function isKnownSupervisorKey(db: VaultDatabase, ed25519PublicBase64: string): boolean {
  return queryRow(db, sql`SELECT 1 FROM supervisor_keys WHERE ed25519_public = ${ed25519PublicBase64}`) !== undefined;
}

/** This supervisor's current registered key pair is exactly this one. */
export function hasCurrentSupervisorKeys(db: VaultDatabase, userId: string, ed25519Public: string, x25519Public: string): boolean {
  const row = queryRow(
    db,
    sql`SELECT 1 FROM supervisor_keys
        WHERE user_id = ${userId} AND ed25519_public = ${ed25519Public} AND x25519_public = ${x25519Public} AND retired_at IS NULL`,
  );
  return row !== undefined;
}
