import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KEY_TAG } from '../session/log/chain';

/** How a batch gives the worker its keys (the second header word). */
export const ROW_KEYS = 0;
export const START_KEY = 1;
export const CARRIED_KEY = 2;
/** Bytes before the first row: row count, mode, previous MAC, start key. */
export const BATCH_HEADER_BYTES = 72;
/** Bytes of a row before its entry (length, stored MAC, the free bytes for the pad; plus K_i in ROW_KEYS). */
export const ROW_HEAD_BYTES = 4 + 32 + 64;
/** Bytes of a row after its entry: the predecessor's stored MAC. */
export const ROW_TAIL_BYTES = 32;

/**
 * Worker threads that check batches of access-log MACs (issue 16: 1,000,000 entries took 11 s on
 * one core). A batch is one ArrayBuffer, moved (not copied) to a worker:
 *
 *   u32le row count ‖ u32le mode ‖ previous MAC (32) ‖ start key (32) ‖ rows
 *   row = u32le entry length ‖ [K_i (32), mode ROW_KEYS only] ‖ stored MAC_i (32)
 *         ‖ 64 free bytes ‖ entry(e_i) ‖ stored MAC_{i-1} (32)
 *
 * The worker checks HMAC-SHA256(K_i, entry(e_i) ‖ stored MAC_{i-1}) = stored MAC_i row by row: it
 * writes K_i ⊕ ipad into the free bytes and hashes the row where it lies (no copy of the entry). It
 * wipes the batch (keys included) and answers with the index of the first row that does not fit (or
 * the row count) and K after the batch. In the modes without row keys the worker derives K_i itself
 * (K_{i+1} = SHA-256(tag ‖ K_i)), from the header's start key (START_KEY) or from the key after its
 * previous batch (CARRIED_KEY: a pool of one worker gets every batch in order). The carried key lives
 * in shared memory the pool wipes when it closes. Keys exist only in memory; the workers touch no
 * file. The caller awaits the answer (the core's thread stays free for other requests meanwhile).
 * The code is evaluated from this string, so no separate worker file has to be built or shipped.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash, createHmac, hash } = require('node:crypto');
const carried = Buffer.from(workerData.carried);
const keyInput = Buffer.concat([Buffer.from(workerData.keyTag), Buffer.alloc(32)]);
const tagLength = keyInput.length - 32;
function deriveNext(key) {
  key.copy(keyInput, tagLength);
  const following = typeof hash === 'function' ? hash('sha256', keyInput, 'buffer') : createHash('sha256').update(keyInput).digest();
  following.copy(key);
  following.fill(0);
}
// HMAC-SHA256 (RFC 2104) as two plain hashes, one native call each instead of an HMAC object per
// entry (a million per verification). The outer pad's second half (the 32-byte key padded with
// zeros) never changes.
const outer = Buffer.alloc(96, 0x5c);
function fits(key, bytes, pad, length, mac) {
  const end = pad + 64 + length + 32;
  if (typeof hash !== 'function') return createHmac('sha256', key).update(bytes.subarray(pad + 64, end)).digest().equals(mac);
  for (let index = 0; index < 32; index += 1) {
    bytes[pad + index] = key[index] ^ 0x36;
    outer[index] = key[index] ^ 0x5c;
  }
  bytes.fill(0x36, pad + 32, pad + 64);
  hash('sha256', bytes.subarray(pad, end), 'buffer').copy(outer, 64);
  return hash('sha256', outer, 'buffer').equals(mac);
}
parentPort.on('message', ({ buffer, id }) => {
  const bytes = Buffer.from(buffer);
  const count = bytes.readUInt32LE(0);
  const mode = bytes.readUInt32LE(4);
  const key = Buffer.alloc(32);
  if (mode === ${CARRIED_KEY}) carried.copy(key);
  else bytes.copy(key, 0, 40, 72);
  const rowKeys = mode === ${ROW_KEYS};
  let offset = ${BATCH_HEADER_BYTES};
  let firstFailed = count;
  for (let index = 0; index < count; index += 1) {
    const length = bytes.readUInt32LE(offset);
    let at = offset + 4;
    if (rowKeys) {
      bytes.copy(key, 0, at, at + 32);
      at += 32;
    }
    // After a row that does not fit, the keys still move on: the key after the batch stays right.
    if (firstFailed === count && !fits(key, bytes, at + 32, length, bytes.subarray(at, at + 32))) firstFailed = index;
    if (!rowKeys) deriveNext(key);
    offset = at + 32 + 64 + length + 32;
  }
  if (!rowKeys) key.copy(carried);
  bytes.fill(0, 0, offset);
  keyInput.fill(0, tagLength);
  outer.fill(0x5c, 0, 32);
  outer.fill(0, 64);
  if (rowKeys) {
    parentPort.postMessage({ id, firstFailed, endKey: null });
  } else {
    const endKey = new Uint8Array(key).buffer;
    parentPort.postMessage({ id, firstFailed, endKey }, [endKey]);
  }
  key.fill(0);
});
`;

/** The answer when none came in time (a worker that died): the caller checks that batch itself. */
export const NO_ANSWER = -2;
const ANSWER_TIMEOUT_MS = 60_000;

export interface MacResult {
  /** Index of the first row that does not fit, the row count when all fit, or NO_ANSWER. */
  firstFailed: number;
  /** K after the batch, when the worker derived the keys (the caller wipes it). */
  endKey: Buffer | null;
}

export type MacAnswer = Promise<MacResult>;

interface WorkerMessage {
  id: number;
  firstFailed: number;
  endKey: ArrayBuffer | null;
}

export class MacWorkerPool {
  private readonly workers: Worker[];
  /** Each worker's carried key (CARRIED_KEY), shared so that closing the pool wipes it. */
  private readonly carried: Uint8Array[] = [];
  private readonly waiting = new Map<number, { resolve: (answer: MacResult) => void; timer: NodeJS.Timeout }>();
  private next = 0;
  readonly size: number;

  constructor(size = defaultPoolSize()) {
    this.size = size;
    this.workers = Array.from({ length: size }, () => {
      const carried = new SharedArrayBuffer(32);
      this.carried.push(new Uint8Array(carried));
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { carried, keyTag: new Uint8Array(KEY_TAG) } });
      worker.on('message', (message: WorkerMessage) =>
        this.settle(message.id, { firstFailed: message.firstFailed, endKey: message.endKey ? Buffer.from(message.endKey) : null }),
      );
      // A worker that fails answers nothing more: its batches are checked by the caller.
      worker.on('error', () => {
        for (const id of [...this.waiting.keys()]) this.settle(id, { firstFailed: NO_ANSWER, endKey: null });
      });
      return worker;
    });
  }

  private settle(id: number, answer: MacResult): void {
    const waiting = this.waiting.get(id);
    if (!waiting) {
      answer.endKey?.fill(0);
      return;
    }
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    waiting.resolve(answer);
  }

  /**
   * Hands the batch to a worker (the buffer moves there: it must not be used afterwards). Batches
   * in mode CARRIED_KEY go to the worker that had the batch before, so the pool must have one worker.
   */
  submit(buffer: ArrayBuffer): MacAnswer {
    const id = this.next;
    this.next += 1;
    const worker = this.workers[id % this.workers.length];
    return new Promise<MacResult>((resolve) => {
      const timer = setTimeout(() => this.settle(id, { firstFailed: NO_ANSWER, endKey: null }), ANSWER_TIMEOUT_MS);
      timer.unref();
      this.waiting.set(id, { resolve, timer });
      worker?.postMessage({ buffer, id }, [buffer]);
    });
  }

  close(): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, { firstFailed: NO_ANSWER, endKey: null });
    const wipe = (): void => {
      for (const carried of this.carried) carried.fill(0);
    };
    wipe();
    // Once more when the workers are gone: one may still have been finishing a batch.
    void Promise.allSettled(this.workers.map((worker) => worker.terminate())).then(wipe);
  }
}

/** One worker per core but one (the main thread reads and encodes the rows meanwhile), at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
