import { createHmac, randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  BATCH_HEADER_BYTES,
  MacWorkerPool,
  NO_ANSWER,
  ROW_HEAD_BYTES,
  ROW_TAIL_BYTES,
  START_KEY,
} from '../../../src/main/audit/macWorkers';
import { nextKey } from '../../../src/main/session/log/chain';

/** One batch in the workers' layout (START_KEY: the worker derives the keys from K). */
function batchOf(key: Buffer, previous: Buffer, entries: Buffer[], macs: Buffer[]): ArrayBuffer {
  const buffer = new ArrayBuffer(1 << 16);
  const bytes = Buffer.from(buffer);
  bytes.writeUInt32LE(entries.length, 0);
  bytes.writeUInt32LE(START_KEY, 4);
  previous.copy(bytes, 8);
  key.copy(bytes, 40);
  let offset = BATCH_HEADER_BYTES;
  entries.forEach((entry, index) => {
    bytes.writeUInt32LE(entry.length, offset);
    macs[index]?.copy(bytes, offset + 4);
    entry.copy(bytes, offset + ROW_HEAD_BYTES);
    (index === 0 ? previous : macs[index - 1])?.copy(bytes, offset + ROW_HEAD_BYTES + entry.length);
    offset += ROW_HEAD_BYTES + entry.length + ROW_TAIL_BYTES;
  });
  return buffer;
}

test('a worker checks a batch, derives the keys and answers with the key after it; a changed MAC is named by its row', async () => {
  const k0 = randomBytes(32);
  const previous = randomBytes(32);
  const entries = ['erste', 'zweite', 'dritte'].map((text) => Buffer.from(text));
  const macs: Buffer[] = [];
  let key: Buffer = k0;
  for (const [index, entry] of entries.entries()) {
    macs.push(
      createHmac('sha256', key)
        .update(entry)
        .update(index === 0 ? previous : (macs[index - 1] as Buffer))
        .digest(),
    );
    key = nextKey(key);
  }
  const pool = new MacWorkerPool(1);
  try {
    const answer = await pool.submit(batchOf(k0, previous, entries, macs));
    expect(answer.firstFailed).toBe(3);
    expect(answer.endKey).toEqual(key);
    const changed = macs.map((mac) => Buffer.from(mac));
    changed[1]?.fill(0);
    expect((await pool.submit(batchOf(k0, previous, entries, changed))).firstFailed).toBe(1);
  } finally {
    pool.close();
  }
});

test('a worker that fails answers NO_ANSWER, so the caller checks those batches itself', async () => {
  const pool = new MacWorkerPool(1);
  try {
    // A batch that claims a row it does not hold: reading past its end throws in the worker.
    const broken = new ArrayBuffer(BATCH_HEADER_BYTES);
    Buffer.from(broken).writeUInt32LE(1, 0);
    expect(await pool.submit(broken)).toEqual({ firstFailed: NO_ANSWER, endKey: null });
  } finally {
    pool.close();
  }
});
