import type { VaultDatabase } from '../kernel/db/database';
import { advanceKey, nextKey, writeEntry } from '../session/log/chain';
import {
  BATCH_HEADER_BYTES,
  CARRIED_KEY,
  MacWorkerPool,
  ROW_HEAD_BYTES,
  ROW_KEYS,
  ROW_TAIL_BYTES,
  START_KEY,
  type MacAnswer,
} from './macWorkers';
import { auditRowOfRaw, listRawAuditRows } from './repository';

/**
 * The first pass of the verification at scale: this thread reads the log in order and writes each
 * entry with its stored MAC into batches; worker threads derive K_i (or get it from here when there
 * are several) and check the MACs, each against the stored MAC of its predecessor. Where every entry
 * fits, this is the whole verification. At the first batch with an entry that does not fit — or at a gap, or a
 * stored MAC that is not 64 lowercase hex digits — the sequential walk of `verifyChain` takes over
 * from that batch's start with exactly the state it would have had there (all entries before fit,
 * so "previous" is the stored MAC of the entry before), and names what it finds as before.
 *
 * The thread never blocks: it reads one batch (its own statement), hands it over and yields to the
 * event loop before the next, awaiting the workers' answers when enough are in flight — so the core
 * answers other requests (a progress poll, a cancel) while the log is checked.
 */

export interface ParallelOptions {
  /** Fewer entries than this are verified on this thread alone (starting workers costs ~50 ms). */
  minEntries?: number;
  batchRows?: number;
  workers?: number;
}

/** How a run reports, pauses and stops between two batches. */
export interface RunControl {
  /** The last entry this run covers: entries appended meanwhile belong to the next run. */
  upToSeq?: number;
  /** The entry up to which the run has come (called between batches). */
  reached?: (seq: number) => void;
  isCancelled?: () => boolean;
  /** A test seam awaited between batches: a test holds a check half-way (no sleeps in the product). */
  pause?: () => Promise<void>;
}

export type VerifyOptions = ParallelOptions & RunControl;

/** Thrown between batches when the run was cancelled (or the session that ran it closed). */
export class VerifyCancelled extends Error {
  constructor() {
    super('verification cancelled');
    this.name = 'VerifyCancelled';
  }
}

/** Between two batches: say how far, let other requests in, and stop if cancelled. */
export async function betweenBatches(control: RunControl, reachedSeq: number): Promise<void> {
  control.reached?.(reachedSeq);
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (control.pause) await control.pause();
  if (control.isCancelled?.()) throw new VerifyCancelled();
}

export const PARALLEL_MIN_ENTRIES = 20_000;
const BATCH_ROWS = 4096;
/**
 * Rows read (and encoded) between two yields: ~5 ms of this thread's work on a free core, so a poll
 * or any other request waits at most about that long (a worker batch collects several reads).
 */
export const READ_ROWS = 1024;
const BATCH_BYTES = 1 << 21;

export interface WalkStart {
  /** The seq the sequential walk expects next, its key and the MAC it is chained to. */
  expected: number;
  key: Buffer;
  previous: Buffer;
  /** The computed MAC of the entry before (equal to `previous` after a fitting entry; null at the start). */
  previousComputed: Buffer | null;
  /** Where the sequential walk reads on; null when every entry was checked here. */
  fromSeq: number | null;
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  macAt: Map<number, string>;
}

interface Sent {
  answer: MacAnswer;
  rows: number;
  firstSeq: number;
  /** K at the batch's first entry when this thread derives the keys (ROW_KEYS); null when a worker does. */
  key: Buffer | null;
  previous: Buffer;
}

export async function checkInParallel(
  db: VaultDatabase,
  start: { expected: number; key: Buffer; previous: Buffer },
  watched: ReadonlySet<number>,
  options: VerifyOptions,
): Promise<WalkStart> {
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const pool = new MacWorkerPool(options.workers);
  // A single worker derives the keys itself, batch after batch, so this thread only reads and
  // encodes (on two cores the threads then carry about the same load). With several workers each
  // batch needs its keys from here: this thread derives them and writes each entry's key.
  const workerKeys = pool.size === 1;
  const rowHead = workerKeys ? ROW_HEAD_BYTES : ROW_HEAD_BYTES + 32;
  /** Where entries may end: the last row's tail (its predecessor's MAC) still fits after. */
  const entriesEnd = BATCH_BYTES - ROW_TAIL_BYTES;
  const sent: Sent[] = [];
  const macAt = new Map<number, string>();
  let waitedUpTo = 0;
  let failureSeen = false;
  let key: Buffer | null = workerKeys ? null : Buffer.from(start.key);
  let expected = start.expected;
  let previous = Buffer.from(start.previous);
  let stopSeq: number | null = null;

  let buffer = new ArrayBuffer(BATCH_BYTES);
  let bytes = Buffer.from(buffer);
  let offset = BATCH_HEADER_BYTES;
  let rows = 0;
  let lastMac = 0;
  let batchStart = { firstSeq: expected, key: key && Buffer.from(key), previous: Buffer.from(previous) };
  bytes.set(previous, 8);

  const upToSeq = options.upToSeq ?? Number.MAX_SAFE_INTEGER;
  const send = (): void => {
    const mode = workerKeys ? (sent.length === 0 ? START_KEY : CARRIED_KEY) : ROW_KEYS;
    bytes.writeUInt32LE(rows, 0);
    bytes.writeUInt32LE(mode, 4);
    if (mode === START_KEY) bytes.set(start.key, 40);
    previous = Buffer.from(bytes.subarray(lastMac, lastMac + 32));
    sent.push({ answer: pool.submit(buffer), rows, ...batchStart });
    buffer = new ArrayBuffer(BATCH_BYTES);
    bytes = Buffer.from(buffer);
    offset = BATCH_HEADER_BYTES;
    rows = 0;
    batchStart = { firstSeq: expected, key: key && Buffer.from(key), previous: Buffer.from(previous) };
    bytes.set(previous, 8);
  };
  /** K after batch `index`, from the worker that derived it (the batch fit, so it answered). */
  const keyAfter = async (index: number): Promise<Buffer> => {
    const item = sent[index];
    const endKey = item ? (await item.answer).endKey : null;
    if (endKey) return Buffer.from(endKey);
    // Not reached (a batch that fit was answered with its key); derived from the start to be sure.
    return advanceKey(start.key, item ? item.firstSeq + item.rows - start.expected : 0);
  };

  // At most a few batches in flight: memory stays small, and a failure stops the reading early.
  const inFlight = 2 * pool.size + 2;
  const awaitInFlight = async (): Promise<void> => {
    while (sent.length - waitedUpTo > inFlight) {
      const item = sent[waitedUpTo];
      if (item && (await item.answer).firstFailed !== item.rows) failureSeen = true;
      waitedUpTo += 1;
    }
  };

  try {
    reading: for (;;) {
      const batch = listRawAuditRows(db, expected, upToSeq, Math.min(batchRows, READ_ROWS));
      if (batch.length === 0) break;
      for (const raw of batch) {
        const row = auditRowOfRaw(raw);
        const mac = row.mac;
        // 64 lowercase hex digits (the hex decoding below stops at any other character).
        if (row.seq !== expected || typeof mac !== 'string' || mac.length !== 64 || mac.toLowerCase() !== mac) {
          stopSeq = row.seq;
          break reading;
        }
        let length = rows === batchRows ? -1 : writeEntry(row, bytes, offset + rowHead, entriesEnd);
        if (length < 0 && rows > 0) {
          send();
          length = writeEntry(row, bytes, offset + rowHead, entriesEnd);
        }
        if (length < 0) {
          // An entry larger than a whole batch: the sequential walk handles it.
          stopSeq = row.seq;
          break reading;
        }
        // The stored MAC comes right before the 64 free bytes the worker writes the pad into.
        const macOffset = offset + rowHead - 64 - 32;
        if (bytes.write(mac, macOffset, 'hex') !== 32) {
          stopSeq = row.seq;
          break reading;
        }
        bytes.writeUInt32LE(length, offset);
        if (key) bytes.set(key, offset + 4);
        // The predecessor's stored MAC right after the entry: the worker hashes the row where it lies.
        const previousAt = rows === 0 ? 8 : lastMac;
        bytes.copy(bytes, offset + rowHead + length, previousAt, previousAt + 32);
        lastMac = macOffset;
        offset += rowHead + length + ROW_TAIL_BYTES;
        rows += 1;
        if (watched.has(row.seq)) macAt.set(row.seq, mac);
        if (key) key = nextKey(key);
        expected = row.seq + 1;
      }
      // A full batch goes now; a partly filled one collects the next read's rows (or goes at the end).
      if (rows === batchRows) send();
      await awaitInFlight();
      if (failureSeen) {
        stopSeq = expected;
        break;
      }
      await betweenBatches(options, expected - 1);
    }
    if (rows > 0) send();
    bytes.fill(0);

    let failed = -1;
    for (const [index, item] of sent.entries()) {
      if ((await item.answer).firstFailed !== item.rows) {
        failed = index;
        break;
      }
    }
    let entries = 0;
    for (const item of sent.slice(0, failed < 0 ? sent.length : failed)) entries += item.rows;
    const resume = failed < 0 ? null : sent[failed];
    const result: WalkStart = resume
      ? {
          expected: resume.firstSeq,
          key: resume.key ? Buffer.from(resume.key) : failed === 0 ? Buffer.from(start.key) : await keyAfter(failed - 1),
          previous: resume.previous,
          previousComputed: failed === 0 ? null : resume.previous,
          fromSeq: resume.firstSeq,
          entries,
          firstSeq: entries > 0 ? start.expected : null,
          lastSeq: entries > 0 ? resume.firstSeq - 1 : null,
          macAt: new Map([...macAt].filter(([seq]) => seq < resume.firstSeq)),
        }
      : {
          expected,
          key: key ? Buffer.from(key) : sent.length === 0 ? Buffer.from(start.key) : await keyAfter(sent.length - 1),
          previous,
          previousComputed: entries > 0 ? previous : null,
          fromSeq: stopSeq,
          entries,
          firstSeq: entries > 0 ? start.expected : null,
          lastSeq: entries > 0 ? expected - 1 : null,
          macAt,
        };
    return result;
  } finally {
    // Also when cancelled half-way: the batch being filled holds keys too, and so do the answers.
    bytes.fill(0);
    for (const item of sent) {
      item.key?.fill(0);
      void item.answer.then((answer) => answer.endKey?.fill(0));
    }
    key?.fill(0);
    batchStart.key?.fill(0);
    pool.close();
  }
}
