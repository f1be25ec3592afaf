import { createDecipheriv, createHash, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { caseFields } from '../helpers/caseFixtures';
import { createTestBench, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * docs/vault-format.md, followed step by step by someone who has only that page, node:crypto and an
 * SQLCipher build: from keyslots.json and the printed recovery key to the data key, and with it
 * into the database. Nothing below imports Fallbuch's code (only the bench that creates a vault).
 */

// --- what the page says, written out independently ------------------------------------------------

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** „drop spaces and dashes, upper-case, read 0 as O, 1 as I and 8 as B, decode, keep 32 bytes“ */
function decodePrintedRecoveryKey(printed: string): Buffer {
  const text = printed.replace(/[\s-]/g, '').toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  if (text.length !== 52) throw new Error('a recovery key has 52 characters');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of text) {
    const value = BASE32.indexOf(character);
    if (value < 0) throw new Error(`not Base32: ${character}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return Buffer.from(bytes.slice(0, 32));
}

interface RecoverySlotJson {
  kind: 'recovery';
  slotVersion: number;
  kdf: { algorithm: string; salt: string };
  iv: string;
  wrappedKey: string;
  tag: string;
}

function checksumHolds(file: Record<string, unknown>): boolean {
  const { checksum, ...withoutChecksum } = file;
  return createHash('sha256').update(JSON.stringify(withoutChecksum), 'utf8').digest('hex') === checksum;
}

function dataKeyFromRecoveryKey(keyslotsText: string, printedRecoveryKey: string): Buffer {
  const file = JSON.parse(keyslotsText) as { format: string; version: number; vaultId: string; slots: { kind: string }[] };
  expect(file.format).toBe('fallbuch-keyslots');
  expect(file.version).toBe(1);
  expect(checksumHolds(file as unknown as Record<string, unknown>)).toBe(true);
  const slot = file.slots.find((candidate): candidate is RecoverySlotJson => candidate.kind === 'recovery');
  if (!slot) throw new Error('no recovery slot');
  expect(slot.kdf.algorithm).toBe('hkdf-sha256');
  const kek = Buffer.from(
    hkdfSync(
      'sha256',
      decodePrintedRecoveryKey(printedRecoveryKey),
      Buffer.from(slot.kdf.salt, 'base64'),
      'fallbuch recovery-slot kek v1',
      32,
    ),
  );
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
  decipher.setAAD(Buffer.from(`fallbuch-keyslot|v1|${file.vaultId}|recovery|||${slot.slotVersion}`, 'utf8'));
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
}

// --- the vault it is tried on ---------------------------------------------------------------------

let bench: TestBench;
let recoveryKey: string;

beforeAll(async () => {
  bench = createTestBench();
  ({ recoveryKey } = await setUpVault(bench));
  await bench.call('cases:create', { fields: caseFields({ familyName: 'Formatprüfung' }) });
  // Closed, so that everything is in fallbuch.db (the page: open only while Fallbuch is closed).
  await bench.call('vault:lock');
});

afterAll(async () => bench?.cleanup());

test('the data key derived from keyslots.json and the printed recovery key opens fallbuch.db as the page describes', () => {
  const keyslots = readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8');
  const dataKey = dataKeyFromRecoveryKey(keyslots, recoveryKey);
  expect(dataKey).toHaveLength(32);

  const db = new Database(join(bench.vaultDir, 'fallbuch.db'), { readonly: true });
  try {
    // SQLite3MultipleCiphers' spelling of the page's `PRAGMA cipher_compatibility = 4`.
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const vaultId = (JSON.parse(keyslots) as { vaultId: string }).vaultId;
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get()).toBe(vaultId);
    expect(db.prepare('SELECT family_name FROM cases').pluck().all()).toEqual(['Formatprüfung']);
    // The search index (FTS5) is part of the file and readable with the same key.
    expect(
      db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH 'formatprufung OR formatprüfung'`).pluck().get(),
    ).toBeGreaterThan(0);
  } finally {
    db.close();
  }
});

test('what people misread from paper (lower case, spaces, 0/1/8) still decodes to the same key', () => {
  const keyslots = readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8');
  const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/o/g, '0').replace(/i/g, '1').replace(/b/g, '8');
  expect(dataKeyFromRecoveryKey(keyslots, typed).equals(dataKeyFromRecoveryKey(keyslots, recoveryKey))).toBe(true);
});

test('a changed slot fails authentication: the associated data binds it to vault, kind and version', () => {
  const file = JSON.parse(readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8')) as {
    slots: { kind: string; slotVersion: number }[];
  };
  const slot = file.slots.find((candidate) => candidate.kind === 'recovery');
  if (!slot) throw new Error('no recovery slot');
  slot.slotVersion += 1;
  // A consistent checksum, so that only the AEAD can object.
  const { checksum: _checksum, ...body } = file as unknown as Record<string, unknown>;
  const resealed = { ...body, checksum: createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex') };
  expect(() => dataKeyFromRecoveryKey(JSON.stringify(resealed), recoveryKey)).toThrow(/unable to authenticate|Unsupported state/);
});
