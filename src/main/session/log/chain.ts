import { createHash, createHmac, hash } from 'node:crypto';
import type { VaultDatabase } from '../../kernel/db/database';
import { insertAuditRow, insertChainState, listAuditRows, maxSeq, readChainState, updateChainHead, type AuditRow } from './repository';

/**
 * The forward-secure MAC chain of the access log (Schneier–Kelsey; ARCHITECTURE.md §5,
 * docs/access-log.md has the exact byte layout):
 *
 *   entry(e)  = "fallbuch-audit-entry-v1" ‖ F(seq) ‖ F(at) ‖ F(user_id) ‖ F(user_name) ‖ F(role)
 *               ‖ F(action) ‖ F(object) ‖ F(reason) ‖ F(details_hash) ‖ F(break_glass) [‖ F(item)]
 *   F(v)      = u32be(byte length of UTF-8 v) ‖ UTF-8 v;  NULL = FF FF FF FF (no bytes);
 *               seq in decimal digits, break_glass "0" or "1"
 *   mac_i     = HMAC-SHA256(K_i, entry(e_i) ‖ mac_{i-1})            (32 raw bytes; stored as hex)
 *   K_{i+1}   = SHA-256("fallbuch-audit-key-v1" ‖ K_i)
 *   mac_{s-1} = SHA-256("fallbuch-audit-legacy-v1" ‖ F(vault id) ‖ entry(e_1) ‖ … ‖ entry(e_{s-1}))
 *
 * where s is the first chained seq. F(item) (schema 16: the document an entry is about) is there only
 * when item is set: every entry without one encodes exactly as before, so older chains verify
 * unchanged. Unambiguous all the same: the MAC input is entry ‖ 32 bytes of mac_{i-1}, so whatever
 * lies between F(break_glass) and those 32 bytes is F(item); setting, changing or removing an item
 * changes the bytes the MAC covers. Only K for the next entry is stored (`audit_chain.next_key`);
 * K_0 exists only sealed to the supervisors and the recovery key. Whoever reads the vault later
 * cannot recompute earlier keys, so past entries cannot be re-MACed without being noticed.
 */

const ENTRY_TAG = Buffer.from('fallbuch-audit-entry-v1', 'utf8');
/** The tag of the key step (exported for the log check's workers, which derive keys themselves). */
export const KEY_TAG = Buffer.from('fallbuch-audit-key-v1', 'utf8');
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

function valuesOf(row: AuditRow, seq: number): (string | null)[] {
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
  if (row.item !== null) values.push(row.item);
  return values;
}

/** Byte length of `entry(row)`. */
function entryLength(values: readonly (string | null)[]): number {
  let length = ENTRY_TAG.length;
  for (const value of values) length += 4 + (value === null ? 0 : Buffer.byteLength(value, 'utf8'));
  return length;
}

/** At least the byte length of `entry(row)` (a UTF-16 unit takes at most 3 bytes): no pass over the text. */
function entryLengthBound(values: readonly (string | null)[]): number {
  let length = ENTRY_TAG.length;
  for (const value of values) length += 4 + (value === null ? 0 : 3 * value.length);
  return length;
}

/**
 * F(v) for each value. ASCII text is copied byte by byte here: nearly every field is ASCII, and a
 * loop is cheaper than a native call per field (a million entries per log check). Text with any
 * other character is written by Buffer's UTF-8 encoder, as before.
 */
function writeValues(values: readonly (string | null)[], target: Buffer, start: number): number {
  target.set(ENTRY_TAG, start);
  let offset = start + ENTRY_TAG.length;
  for (const value of values) {
    if (value === null) {
      target.set(NULL_FIELD, offset);
      offset += 4;
      continue;
    }
    const text = offset + 4;
    let written = value.length;
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (code >= 0x80) {
        written = target.write(value, text, 'utf8');
        break;
      }
      target[text + index] = code;
    }
    target.writeUInt32BE(written, offset);
    offset = text + written;
  }
  return offset - start;
}

function encodeInto(row: AuditRow, seq: number): number {
  const values = valuesOf(row, seq);
  const length = entryLengthBound(values);
  if (scratch.length < length) scratch = Buffer.allocUnsafe(length * 2);
  return writeValues(values, scratch, 0);
}

/**
 * Writes `entry(row)` into `target` at `offset` (the parallel verification's batches); returns the
 * bytes written, or -1 when it does not fit before `end` (nothing written then).
 */
export function writeEntry(row: AuditRow, target: Buffer, offset: number, end = target.length): number {
  const values = valuesOf(row, row.seq);
  const space = end - offset;
  if (entryLengthBound(values) > space && entryLength(values) > space) return -1;
  return writeValues(values, target, offset);
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

/** Tag ‖ K as one buffer: one native call per key instead of a hash object (1.7 → 1.0 µs; a million per verification). */
const KEY_INPUT = Buffer.alloc(KEY_TAG.length + 32);
KEY_TAG.copy(KEY_INPUT);

export function nextKey(key: Buffer): Buffer {
  if (key.length !== 32) return createHash('sha256').update(KEY_TAG).update(key).digest();
  key.copy(KEY_INPUT, KEY_TAG.length);
  const following = hash('sha256', KEY_INPUT, 'buffer');
  KEY_INPUT.fill(0, KEY_TAG.length);
  return following;
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

/**
 * Starts the chain with a fresh K_0 (returned; the caller seals it and wipes it). Entries already in
 * the log (vaults from schema 2) are folded into the legacy digest that the first chained MAC covers.
 */
export function startChain(db: VaultDatabase, vaultId: string, k0: Buffer, at: Date): void {
  const last = maxSeq(db);
  const digest = legacyDigest(vaultId, listAuditRows(db)).toString('hex');
  insertChainState(db, {
    startSeq: last + 1,
    legacyDigest: digest,
    lastSeq: last,
    lastMac: digest,
    nextKey: k0.toString('hex'),
    k0Check: k0CheckOf(k0, vaultId),
    startedAt: at.toISOString(),
  });
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
  /** The object within the case (a document id; never a file name or free text). */
  item: string | null;
}

/** Appends one entry: MAC with the current key, store it, keep only the next key. Needs a transaction. */
export function appendChained(db: VaultDatabase, entry: NewEntry): number {
  const state = readChainState(db);
  const values = { ...entry, breakGlass: entry.breakGlass ? 1 : 0 };
  if (!state) {
    // Only vaults from schema 2 before a supervisor's first unlock: folded in when the chain starts.
    const seq = maxSeq(db) + 1;
    insertAuditRow(db, { ...values, seq, mac: null });
    return seq;
  }
  const seq = state.lastSeq + 1;
  const key = Buffer.from(state.nextKey, 'hex');
  const mac = macOf(key, { ...values, seq, mac: null }, Buffer.from(state.lastMac, 'hex')).toString('hex');
  insertAuditRow(db, { ...values, seq, mac });
  const following = nextKey(key);
  key.fill(0);
  updateChainHead(db, seq, mac, following.toString('hex'));
  following.fill(0);
  return seq;
}
