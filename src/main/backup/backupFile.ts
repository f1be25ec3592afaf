import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../kernel/errors';
import { writeAll, writeFileAtomicStream } from '../kernel/files';

/**
 * The backup container (`.fbsicherung`): one file, so a copy is never half a vault.
 *
 *   "FALLBUCH-SICHERUNG\n" · u32 BE header length · header JSON · key-slot file · database file · SHA-256
 *
 * The database part is the vault's SQLCipher file byte for byte (every page encrypted with the data
 * key), the key-slot part the sidecar that wraps that key per account and for the recovery key — so
 * the backup opens with any account's passphrase or the recovery key, and holds no plaintext page.
 * The trailing SHA-256 over everything before it detects truncation and bit rot before any restore.
 */
export const BACKUP_MAGIC = Buffer.from('FALLBUCH-SICHERUNG\n', 'utf8');
export const BACKUP_EXTENSION = '.fbsicherung';
const CHUNK = 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal('fallbuch-backup'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  schemaVersion: z.number().int().min(1),
  keyslotBytes: z.number().int().min(1),
  databaseBytes: z.number().int().min(1),
  /** What the vault is for (issue 10). Written since then; a header without it is read from the key slots. */
  purpose: z.enum(['real', 'training']).optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupPurpose = NonNullable<BackupHeader['purpose']>;

const keySlotPurpose = z.object({ purpose: z.literal('training').optional() });

/**
 * Whether a backup holds a training vault or a real one. The header says so since issue 10; older
 * backups are judged by their key slots (a training vault's key-slot file has always said so), and
 * count as real otherwise. A header and key slots that disagree are not a backup Fallbuch made.
 */
export function backupPurpose(backup: Pick<VerifiedBackup, 'header' | 'keyslots'>): BackupPurpose {
  let slots: z.infer<typeof keySlotPurpose>;
  try {
    slots = keySlotPurpose.parse(JSON.parse(backup.keyslots.toString('utf8')));
  } catch {
    throw damaged();
  }
  const fromSlots = slots.purpose ?? 'real';
  if (backup.header.purpose !== undefined && backup.header.purpose !== fromSlots) throw damaged();
  return fromSlots;
}

/**
 * Training data and real data never meet (issue 10): a training vault's backup is never restored into
 * a real vault's place, nor a real one into a training vault's. Checked before anything is written.
 */
export function requireSamePurpose(backup: Pick<VerifiedBackup, 'header' | 'keyslots'>, target: BackupPurpose): void {
  const purpose = backupPurpose(backup);
  if (purpose === target) return;
  throw new AppError('CONFLICT', {
    messageKey: purpose === 'training' ? 'error.TRAINING_BACKUP_INTO_REAL' : 'error.REAL_BACKUP_INTO_TRAINING',
  });
}

/** Seam for tests: how bytes reach the disk (a failing writer simulates a full disk). */
export type WriteChunk = (handle: number, bytes: Buffer) => void;

export const writeChunkToDisk: WriteChunk = writeAll;

/**
 * Writes the container to `target` atomically (the kernel's one atomic write: temporary sibling,
 * fsync, rename): a failure at any point leaves no partial backup under the final name and removes
 * the temporary file.
 */
export function writeBackupFile(
  target: string,
  parts: { header: Omit<BackupHeader, 'keyslotBytes' | 'databaseBytes'>; keyslots: Buffer; databaseFile: string },
  writeChunk: WriteChunk = writeChunkToDisk,
): { sha256: string; bytes: number } {
  const source = openSync(parts.databaseFile, 'r');
  try {
    const databaseBytes = fstatSync(source).size;
    const header = Buffer.from(
      JSON.stringify({ ...parts.header, keyslotBytes: parts.keyslots.length, databaseBytes } satisfies BackupHeader),
      'utf8',
    );
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.length, 0);
    return writeFileAtomicStream(target, (out) => {
      const hash = createHash('sha256');
      let total = 0;
      const emit = (bytes: Buffer) => {
        hash.update(bytes);
        writeChunk(out, bytes);
        total += bytes.length;
      };
      emit(BACKUP_MAGIC);
      emit(length);
      emit(header);
      emit(parts.keyslots);
      const buffer = Buffer.alloc(CHUNK);
      let position = 0;
      while (position < databaseBytes) {
        const read = readSync(source, buffer, 0, Math.min(CHUNK, databaseBytes - position), position);
        if (read === 0) throw new AppError('INTERNAL');
        emit(buffer.subarray(0, read));
        position += read;
      }
      const digest = hash.digest();
      writeChunk(out, digest);
      total += digest.length;
      return { sha256: digest.toString('hex'), bytes: total };
    });
  } finally {
    closeSync(source);
  }
}

export interface VerifiedBackup {
  header: BackupHeader;
  keyslots: Buffer;
  /** Byte offset and length of the database part inside the file. */
  databaseOffset: number;
  sha256: string;
  bytes: number;
}

function damaged(): AppError {
  return new AppError('BACKUP_DAMAGED');
}

/**
 * Reads and checks a container without trusting anything in it: magic, header shape, lengths that
 * add up to the file size exactly, and the trailing SHA-256. Any mismatch is BACKUP_DAMAGED.
 */
export function verifyBackupFile(file: string): VerifiedBackup {
  let handle: number;
  try {
    handle = openSync(file, 'r');
  } catch {
    throw new AppError('NOT_FOUND');
  }
  try {
    const size = fstatSync(handle).size;
    const prefix = Buffer.alloc(BACKUP_MAGIC.length + 4);
    if (size < prefix.length + 32 || readSync(handle, prefix, 0, prefix.length, 0) !== prefix.length) throw damaged();
    if (!prefix.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) throw damaged();
    const headerLength = prefix.readUInt32BE(BACKUP_MAGIC.length);
    if (headerLength > 64 * 1024 || prefix.length + headerLength > size) throw damaged();
    const headerBytes = Buffer.alloc(headerLength);
    readSync(handle, headerBytes, 0, headerLength, prefix.length);
    let header: BackupHeader;
    try {
      header = backupHeaderSchema.parse(JSON.parse(headerBytes.toString('utf8')));
    } catch {
      throw damaged();
    }
    const keyslotOffset = prefix.length + headerLength;
    const databaseOffset = keyslotOffset + header.keyslotBytes;
    if (databaseOffset + header.databaseBytes + 32 !== size) throw damaged();
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(CHUNK);
    let position = 0;
    const end = size - 32;
    while (position < end) {
      const read = readSync(handle, buffer, 0, Math.min(CHUNK, end - position), position);
      if (read === 0) throw damaged();
      hash.update(buffer.subarray(0, read));
      position += read;
    }
    const trailer = Buffer.alloc(32);
    readSync(handle, trailer, 0, 32, end);
    const digest = hash.digest();
    if (!digest.equals(trailer)) throw damaged();
    const keyslots = Buffer.alloc(header.keyslotBytes);
    readSync(handle, keyslots, 0, header.keyslotBytes, keyslotOffset);
    return { header, keyslots, databaseOffset, sha256: digest.toString('hex'), bytes: size };
  } finally {
    closeSync(handle);
  }
}

/** Copies the database part of a verified container to `target` (fsynced). */
export function extractDatabase(file: string, backup: VerifiedBackup, target: string): void {
  const source = openSync(file, 'r');
  const out = openSync(target, 'wx', 0o600);
  try {
    const buffer = Buffer.alloc(CHUNK);
    let position = 0;
    while (position < backup.header.databaseBytes) {
      const read = readSync(source, buffer, 0, Math.min(CHUNK, backup.header.databaseBytes - position), backup.databaseOffset + position);
      if (read === 0) throw damaged();
      writeChunkToDisk(out, buffer.subarray(0, read));
      position += read;
    }
    fsyncSync(out);
  } finally {
    closeSync(out);
    closeSync(source);
  }
}
