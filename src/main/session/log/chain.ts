import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { VaultDatabase } from '../../kernel/db/database';

/**
 * The forward-secure MAC chain of the access log (Schneier–Kelsey; ARCHITECTURE.md §5,
 * docs/access-log.md has the exact byte layout):
 *
 *   entry(e)  = "fallbuch-audit-entry-v1" ‖ F(seq) ‖ F(at) ‖ F(user_id) ‖ F(user_name) ‖ F(role)
 *               ‖ F(action) ‖ F(object) ‖ F(reason) ‖ F(details_hash) ‖ F(break_glass)
 *   F(v)      = u32be(byte length of UTF-8 v) ‖ UTF-8 v;  NULL = FF FF FF FF (no bytes);
 *               seq in decimal digits, break_glass "0" or "1"
 *   mac_i     = HMAC-SHA256(K_i, entry(e_i) ‖ mac_{i-1})            (32 raw bytes; stored as hex)
 *   K_{i+1}   = SHA-256("fallbuch-audit-key-v1" ‖ K_i)
 *   mac_{s-1} = SHA-256("fallbuch-audit-legacy-v1" ‖ F(vault id) ‖ entry(e_1) ‖ … ‖ entry(e_{s-1}))
 *
 * where s is the first chained seq. Only K for the next entry is stored (`audit_chain.next_key`);
 * K_0 exists only sealed to the supervisors and the recovery key. Whoever reads the vault later
 * cannot recompute earlier keys, so past entries cannot be re-MACed without being noticed.
 */

export interface AuditRow {
  seq: number;
  at: string;
  userId: string | null;
  userName: string | null;
  role: string | null;
  action: string;
  object: string | null;
  reason: string | null;
  detailsHash: string | null;
  breakGlass: number;
  mac: string | null;
}

/** For exports and archives. Verification reads rows unparsed: a million zod parses would double its time, and every field goes into the MAC, so a malformed row fails there. */
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
});

export const AUDIT_ROW_COLUMNS = `seq, at, user_id AS userId, user_name AS userName, role, action, object, reason,
  details_hash AS detailsHash, break_glass AS breakGlass, mac`;

const ENTRY_TAG = Buffer.from('fallbuch-audit-entry-v1', 'utf8');
const KEY_TAG = Buffer.from('fallbuch-audit-key-v1', 'utf8');
const LEGACY_TAG = Buffer.from('fallbuch-audit-legacy-v1', 'utf8');
const NULL_FIELD = Buffer.from([0xff, 0xff, 0xff, 0xff]);

function field(value: string | null): Buffer[] {
  if (value === null) return [NULL_FIELD];
  const bytes = Buffer.from(value, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return [length, bytes];
}

/** Tag ‖ F(v_1) ‖ … ‖ F(v_n): the length-prefixed layout used for entries, checkpoints and archives. */
export function encodeFields(tag: string, values: readonly (string | null)[]): Buffer {
  return Buffer.concat([Buffer.from(tag, 'utf8'), ...values.flatMap((value) => field(value))]);
}

/** Reused by `macOf`: HMAC consumes the bytes at once, so a million encodings need no million buffers. */
let scratch = Buffer.allocUnsafe(4096);

function encodeInto(row: AuditRow, seq: number): number {
  const values = [
    String(seq),
    row.at,
    row.userId,
    row.userName,
    row.role,
    row.action,
    row.object,
    row.reason,
    row.detailsHash,
    row.breakGlass ? '1' : '0',
  ];
  let length = ENTRY_TAG.length;
  for (const value of values) length += 4 + (value === null ? 0 : Buffer.byteLength(value, 'utf8'));
  if (scratch.length < length) scratch = Buffer.allocUnsafe(length * 2);
  scratch.set(ENTRY_TAG, 0);
  let offset = ENTRY_TAG.length;
  for (const value of values) {
    if (value === null) {
      scratch.set(NULL_FIELD, offset);
      offset += 4;
    } else {
      const written = scratch.write(value, offset + 4, 'utf8');
      scratch.writeUInt32BE(written, offset);
      offset += 4 + written;
    }
  }
  return length;
}

/** The canonical bytes of one entry. `seq` may be overridden to test where a moved entry belongs. */
export function encodeEntry(row: AuditRow, seq = row.seq): Buffer {
  const length = encodeInto(row, seq);
  return Buffer.from(scratch.subarray(0, length));
}

export function macOf(key: Buffer, row: AuditRow, previousMac: Buffer, seq = row.seq): Buffer {
  const length = encodeInto(row, seq);
  return createHmac('sha256', key).update(scratch.subarray(0, length)).update(previousMac).digest();
}

export function nextKey(key: Buffer): Buffer {
  return createHash('sha256').update(KEY_TAG).update(key).digest();
}

/** K for position `steps` after the key given (K_{i+steps} from K_i). */
export function advanceKey(key: Buffer, steps: number): Buffer {
  let current: Buffer = Buffer.from(key);
  for (let step = 0; step < steps; step += 1) {
    const following = nextKey(current);
    current.fill(0);
    current = following;
  }
  return current;
}

/** Proves possession of K_0 without revealing it or any later key. */
export function k0CheckOf(k0: Buffer, vaultId: string): string {
  return createHmac('sha256', k0).update(`fallbuch-k0-check|${vaultId}`, 'utf8').digest('hex');
}

export function legacyDigest(vaultId: string, rows: Iterable<AuditRow>): Buffer {
  const hash = createHash('sha256').update(LEGACY_TAG);
  for (const part of field(vaultId)) hash.update(part);
  for (const row of rows) hash.update(encodeEntry(row));
  return hash.digest();
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

const stateStatements = new WeakMap<VaultDatabase, Statement>();

export function readChainState(db: VaultDatabase): ChainState | null {
  let statement = stateStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `SELECT start_seq AS startSeq, legacy_digest AS legacyDigest, last_seq AS lastSeq, last_mac AS lastMac,
         next_key AS nextKey, k0_check AS k0Check, started_at AS startedAt FROM audit_chain WHERE id = 1`,
    );
    stateStatements.set(db, statement);
  }
  const row = statement.get();
  return row === undefined ? null : chainStateSchema.parse(row);
}

export function maxSeq(db: VaultDatabase): number {
  const value: unknown = db.prepare('SELECT max(seq) FROM audit_log').pluck().get();
  return typeof value === 'number' ? value : 0;
}

/**
 * Starts the chain with a fresh K_0 (returned; the caller seals it and wipes it). Entries already in
 * the log (vaults from schema 2) are folded into the legacy digest that the first chained MAC covers.
 */
export function startChain(db: VaultDatabase, vaultId: string, k0: Buffer, at: Date): void {
  const last = maxSeq(db);
  const rows = z.array(auditRowSchema).parse(db.prepare(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log ORDER BY seq`).all());
  const digest = legacyDigest(vaultId, rows).toString('hex');
  db.prepare(
    `INSERT INTO audit_chain (id, start_seq, legacy_digest, last_seq, last_mac, next_key, k0_check, started_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(last + 1, digest, last, digest, k0.toString('hex'), k0CheckOf(k0, vaultId), at.toISOString());
}

export interface NewEntry {
  at: string;
  userId: string | null;
  userName: string | null;
  role: string | null;
  action: string;
  object: string | null;
  reason: string | null;
  detailsHash: string | null;
  breakGlass: boolean;
}

/** Prepared once per connection: every logged action appends, and preparing costs more than the insert. */
const appendStatements = new WeakMap<VaultDatabase, { insert: Statement; update: Statement }>();

function statementsFor(db: VaultDatabase): { insert: Statement; update: Statement } {
  let statements = appendStatements.get(db);
  if (!statements) {
    statements = {
      insert: db.prepare(
        `INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac)
         VALUES (@seq, @at, @userId, @userName, @role, @action, @object, @reason, @detailsHash, @breakGlass, @mac)`,
      ),
      update: db.prepare('UPDATE audit_chain SET last_seq = ?, last_mac = ?, next_key = ? WHERE id = 1'),
    };
    appendStatements.set(db, statements);
  }
  return statements;
}

/** Appends one entry: MAC with the current key, store it, keep only the next key. Needs a transaction. */
export function appendChained(db: VaultDatabase, entry: NewEntry): number {
  const state = readChainState(db);
  const { insert, update } = statementsFor(db);
  const values = { ...entry, breakGlass: entry.breakGlass ? 1 : 0 };
  if (!state) {
    // Only vaults from schema 2 before a supervisor's first unlock: folded in when the chain starts.
    const seq = maxSeq(db) + 1;
    insert.run({ ...values, seq, mac: null });
    return seq;
  }
  const seq = state.lastSeq + 1;
  const key = Buffer.from(state.nextKey, 'hex');
  const mac = macOf(key, { ...values, seq, mac: null }, Buffer.from(state.lastMac, 'hex')).toString('hex');
  insert.run({ ...values, seq, mac });
  const following = nextKey(key);
  key.fill(0);
  update.run(seq, mac, following.toString('hex'));
  following.fill(0);
  return seq;
}
