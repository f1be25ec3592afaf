import type { Finding } from '@shared/audit/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { advanceKey, legacyDigest, macOf, nextKey } from '../session/log/chain';
import { readChainState, type AuditRow } from '../session/log/repository';
import { auditRowOfRaw, lastEntrySeq, listAuditRowsBefore, listRawAuditRows } from './repository';
import { betweenBatches, checkInParallel, PARALLEL_MIN_ENTRIES, READ_ROWS, type VerifyOptions } from './parallelVerify';

/**
 * Recomputes the chain from K_0 and says exactly what does not fit. Each entry is checked against
 * the stored MAC of its predecessor, so one changed entry does not drag all later ones along; gaps
 * in `seq` are removals; failed entries that verify at another position were moved; the stored
 * chain state (last seq, current key) tells a cut-off end. Keys are hashed forward only.
 *
 * The run covers the log as it was when it started (the chain state and the newest entry are read
 * together, before the first await): entries appended meanwhile by other requests are the next
 * run's. It reads in batches and yields between them (see parallelVerify.ts), reporting progress
 * and stopping with VerifyCancelled when asked to.
 */

export interface RetentionBase {
  uptoSeq: number;
  uptoMac: string;
}

export interface ChainReport {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  findings: Finding[];
  /** seq → stored MAC, for the checkpoint comparison (only the requested positions). */
  macAt: Map<number, string>;
}

/** Failed entries kept for the reorder analysis; beyond this they are only reported as changed. */
const REORDER_ANALYSIS_LIMIT = 64;

/** Verification recomputes public facts (no secret is compared), so a plain comparison is fine. */
function equalHex(a: Buffer, hex: string | null): boolean {
  return hex !== null && hex.length === 64 && a.toString('hex') === hex.toLowerCase();
}

function ranges(seqs: number[], kind: Finding['kind']): Finding[] {
  const sorted = [...seqs].sort((a, b) => a - b);
  const findings: Finding[] = [];
  for (const seq of sorted) {
    const last = findings.at(-1);
    if (last && last.toSeq === seq - 1) last.toSeq = seq;
    else findings.push({ kind, fromSeq: seq, toSeq: seq, otherSeq: null });
  }
  return findings;
}

export interface ChainOptions extends VerifyOptions {
  /** Entries checked of those this run covers; `checked` only grows. */
  progress?: (checked: number, total: number) => void;
}

export async function verifyChain(
  db: VaultDatabase,
  vaultId: string,
  k0: Buffer,
  base: RetentionBase | null,
  watch: readonly number[] = [],
  options: ChainOptions = {},
): Promise<ChainReport> {
  const state = readChainState(db);
  if (!state) {
    options.progress?.(0, 0);
    return { entries: 0, firstSeq: null, lastSeq: null, findings: [], macAt: new Map() };
  }
  // The end of this run: the newest entry now (a row past the stored state is itself a finding).
  const upTo = Math.max(lastEntrySeq(db) ?? 0, state.lastSeq);
  const findings: Finding[] = [];
  const watched = new Set(watch);
  const macAt = new Map<number, string>();

  // Where checking begins: after the retention base, or at the chain start (with the legacy digest).
  let expected: number;
  let previous: Buffer;
  if (base) {
    expected = base.uptoSeq + 1;
    previous = Buffer.from(base.uptoMac, 'hex');
  } else {
    expected = state.startSeq;
    previous = Buffer.from(state.legacyDigest, 'hex');
    const legacyRows = listAuditRowsBefore(db, state.startSeq);
    if (!equalHex(legacyDigest(vaultId, legacyRows), state.legacyDigest)) {
      findings.push({ kind: 'legacyChanged', fromSeq: legacyRows[0]?.seq ?? 1, toSeq: state.startSeq - 1, otherSeq: null });
    }
  }
  let key = advanceKey(k0, Math.max(0, expected - state.startSeq));
  const detail = new Map<number, { row: AuditRow; key: Buffer; previousStored: string }>();
  const firstExpected = expected;
  const total = Math.max(0, upTo - firstExpected + 1);
  let checked = 0;
  const control: VerifyOptions = {
    ...options,
    upToSeq: upTo,
    reached: (seq) => {
      checked = Math.min(total, Math.max(checked, seq - firstExpected + 1));
      options.progress?.(checked, total);
    },
  };
  options.progress?.(0, total);
  const batchRows = Math.min(options.batchRows ?? READ_ROWS, READ_ROWS);
  try {
    let entries = 0;
    let firstSeq: number | null = null;
    let lastSeq: number | null = null;
    let previousComputed: Buffer | null = null;
    let from: number | null = expected;
    // A large log: worker threads check the MACs first; this walk goes on only where something does not fit.
    if (upTo - expected + 1 >= (options.minEntries ?? PARALLEL_MIN_ENTRIES)) {
      const start = await checkInParallel(db, { expected, key, previous }, watched, control);
      key.fill(0);
      ({ expected, key, previous, previousComputed, entries, firstSeq, lastSeq } = start);
      for (const [seq, mac] of start.macAt) macAt.set(seq, mac);
      from = start.fromSeq;
    }
    const failed: number[] = [];
    let previousStoredHex = previous.toString('hex');
    let previousUnknown = false;

    // Raw rows, unparsed on purpose (see listRawAuditRows): every field goes into the MAC.
    for (let next = from; next !== null;) {
      const batch = listRawAuditRows(db, next, upTo, batchRows);
      if (batch.length === 0) break;
      for (const raw of batch) {
        const row = auditRowOfRaw(raw);
        entries += 1;
        firstSeq ??= row.seq;
        lastSeq = row.seq;
        if (watched.has(row.seq) && row.mac) macAt.set(row.seq, row.mac);
        if (row.seq > expected) {
          findings.push({ kind: 'removed', fromSeq: expected, toSeq: row.seq - 1, otherSeq: null });
          const advanced = advanceKey(key, row.seq - expected);
          key.fill(0);
          key = advanced;
          previousUnknown = true;
        }
        const computed = macOf(key, row, previous);
        const computedHex = computed.toString('hex');
        let ok = computedHex === row.mac;
        // The predecessor's content may be intact while its stored MAC was replaced: try the MAC it should have had.
        if (!ok && previousComputed && !previousComputed.equals(previous)) ok = equalHex(macOf(key, row, previousComputed), row.mac);
        // Right after a removal the predecessor's MAC is gone with it; this entry cannot be judged.
        if (!ok && !previousUnknown) {
          failed.push(row.seq);
          if (detail.size < REORDER_ANALYSIS_LIMIT) detail.set(row.seq, { row, key: Buffer.from(key), previousStored: previousStoredHex });
        }
        previousComputed = computed;
        // The hot path (the MAC matched) needs no hex parsing: the stored MAC is the computed one.
        if (ok && computedHex === row.mac) {
          previous = computed;
          previousStoredHex = computedHex;
        } else {
          previous = row.mac && /^[0-9a-f]{64}$/.test(row.mac) ? Buffer.from(row.mac, 'hex') : computed;
          previousStoredHex = previous.toString('hex');
        }
        previousUnknown = false;
        // Intermediate keys are not wiped one by one: each follows from K_0, which is held for the whole walk.
        key = nextKey(key);
        expected = row.seq + 1;
      }
      next = expected;
      await betweenBatches(control, expected - 1);
    }
    control.reached?.(upTo);

    // Moved entries: a failed entry that verifies as another failed position's entry.
    const moved = new Set<number>();
    /** Where a moved entry belongs → its MAC: the predecessor MAC its successor there was made with. */
    const originalMacAt = new Map<number, string>();
    const candidatesPrevious = [...detail.values()].map((item) => item.row.mac).filter((mac): mac is string => mac !== null);
    for (const [seq, item] of detail) {
      for (const [otherSeq, other] of detail) {
        if (otherSeq === seq) continue;
        const previousOptions = [other.previousStored, ...candidatesPrevious];
        const fits = previousOptions.some((candidate) =>
          equalHex(macOf(other.key, item.row, Buffer.from(candidate, 'hex'), otherSeq), item.row.mac),
        );
        if (fits) {
          moved.add(seq);
          if (item.row.mac) originalMacAt.set(otherSeq, item.row.mac);
          findings.push({ kind: 'reordered', fromSeq: seq, toSeq: seq, otherSeq });
          break;
        }
      }
    }
    // An intact entry right after a moved one failed only because its predecessor's MAC moved away.
    const explained = (seq: number): boolean => {
      const item = detail.get(seq);
      const previousMac = originalMacAt.get(seq - 1);
      return (
        item !== undefined &&
        previousMac !== undefined &&
        equalHex(macOf(item.key, item.row, Buffer.from(previousMac, 'hex')), item.row.mac)
      );
    };
    const changed = ranges(
      failed.filter((seq) => !moved.has(seq) && !explained(seq)),
      'changed',
    );
    for (const item of detail.values()) item.key.fill(0);

    // The stored state must be where the chain leads: same last seq, same MAC, same next key.
    const lastChecked = lastSeq ?? expected - 1;
    if (state.lastSeq > lastChecked) {
      findings.push({ kind: 'truncated', fromSeq: lastChecked + 1, toSeq: state.lastSeq, otherSeq: null });
    }
    const keyAtState = advanceKey(key, Math.max(0, state.lastSeq + 1 - expected));
    key.fill(0);
    const stateMacMatches = state.lastSeq !== lastChecked || lastSeq === null || equalHex(previous, state.lastMac);
    if (state.lastSeq < lastChecked || !equalHex(keyAtState, state.nextKey) || !stateMacMatches) {
      // Entries appended after the key was replaced fail from that point to the end: one finding.
      const tail = changed.at(-1);
      if (tail && tail.toSeq === lastSeq) {
        changed.pop();
        findings.push({ kind: 'keyReplaced', fromSeq: tail.fromSeq, toSeq: lastSeq, otherSeq: null });
      } else {
        findings.push({ kind: 'keyReplaced', fromSeq: state.lastSeq + 1, toSeq: state.lastSeq + 1, otherSeq: null });
      }
    }
    findings.push(...changed);
    keyAtState.fill(0);
    findings.sort((a, b) => a.fromSeq - b.fromSeq);
    return { entries, firstSeq, lastSeq, findings, macAt };
  } finally {
    // Also when cancelled half-way (the keys at the end were wiped already; wiping twice is harmless).
    key.fill(0);
    for (const item of detail.values()) item.key.fill(0);
  }
}
