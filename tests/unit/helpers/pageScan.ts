import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRecoverySlot, openRecoverySlot, readKeySlotFile } from '../../../src/main/vault/keyslots';
import { parseRecoveryKey } from '../../../src/main/vault/recoveryKey';

/**
 * Decrypts every page of a SQLCipher 4 file (and every frame of its WAL) with the raw data key, so a
 * test can look for a marker in the plaintext the pages hold — the raw bytes are ciphertext and would
 * never contain it. Layout (SQLCipher 4 defaults): 4096-byte pages, 80 reserved bytes at the end of
 * each page (16-byte IV, 64-byte HMAC), AES-256-CBC; page 1 starts with the 16-byte salt.
 */
const PAGE = 4096;
const RESERVE = 80;

/** Damages `length` bytes of a file from `offset` on (each XOR 0xa5), as a failing disk would; returns the file as written. */
export function flipBytes(file: string, offset: number, length: number): Buffer {
  const bytes = readFileSync(file);
  for (let index = offset; index < offset + length; index += 1) bytes[index] = (bytes[index] ?? 0) ^ 0xa5;
  writeFileSync(file, bytes);
  return bytes;
}

export function dataKeyOf(vaultDir: string, recoveryKey: string): Buffer {
  const slots = readKeySlotFile(join(vaultDir, 'keyslots.json'));
  const slot = slots && findRecoverySlot(slots);
  const key = slots && slot && openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('the recovery key did not open the recovery slot');
  return key;
}

function decryptPage(page: Buffer, pageNumber: number, key: Buffer): Buffer {
  const start = pageNumber === 1 ? 16 : 0;
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
}

/** Plaintext of every page in the database file and every WAL frame, concatenated. */
export function decryptedContent(databaseFile: string, key: Buffer): Buffer {
  const parts: Buffer[] = [];
  const bytes = readFileSync(databaseFile);
  for (let offset = 0, number = 1; offset + PAGE <= bytes.length; offset += PAGE, number += 1) {
    parts.push(decryptPage(bytes.subarray(offset, offset + PAGE), number, key));
  }
  const walFile = `${databaseFile}-wal`;
  if (existsSync(walFile)) {
    const wal = readFileSync(walFile);
    for (let offset = 32; offset + 24 + PAGE <= wal.length; offset += 24 + PAGE) {
      const pageNumber = wal.readUInt32BE(offset);
      parts.push(decryptPage(wal.subarray(offset + 24, offset + 24 + PAGE), pageNumber, key));
    }
  }
  return Buffer.concat(parts);
}

/** Where a marker appears: plaintext of pages, and (as a sanity check) the raw bytes of every file. */
export function containsMarker(databaseFile: string, key: Buffer, marker: string): boolean {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker.toLowerCase(), 'utf8')];
  const plain = decryptedContent(databaseFile, key);
  const raw = [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`].filter(existsSync).map((file) => readFileSync(file));
  return [plain, ...raw].some((haystack) => needles.some((needle) => haystack.includes(needle)));
}
