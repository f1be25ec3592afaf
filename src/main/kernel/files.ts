import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes every byte (one writeSync may write fewer than asked). */
export function writeAll(handle: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(handle, bytes, written, bytes.length - written);
}

/**
 * The one atomic file write: `write` fills a temporary sibling through its handle (in as many
 * pieces as it likes — a backup streams the whole vault), then it is fsynced, renamed over the
 * target and the folder fsynced. After a crash either the old or the new content is there, never a
 * torn mix; on any failure the temporary file is removed and the target is left as it was.
 */
export function writeFileAtomicStream<T>(file: string, write: (handle: number) => T): T {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = openSync(temporary, 'wx', 0o600);
  let result: T;
  try {
    result = write(handle);
    fsyncSync(handle);
  } catch (error) {
    closeSync(handle);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(handle);
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(file));
  return result;
}

/** The whole content at once (see writeFileAtomicStream). */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  writeFileAtomicStream(file, (handle) => writeAll(handle, bytes));
}

/** Creates `file` (which must not exist, owner-only), writes all bytes and fsyncs them. */
export function writeNewFileSynced(file: string, bytes: Uint8Array): void {
  const handle = openSync(file, 'wx', 0o600);
  try {
    writeAll(handle, bytes);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Fsyncs a file that exists (e.g. one just copied). */
export function syncFile(file: string): void {
  fsyncOpened(file, 'r+');
}

/** Fsyncs a folder, so that a rename or a new entry in it survives a crash. */
export function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  fsyncOpened(folder, 'r');
}

function fsyncOpened(path: string, flags: 'r' | 'r+'): void {
  const handle = openSync(path, flags);
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

export function readTextFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

export interface WrittenFile {
  /** Only the file name goes into the access log; the folder can name a person (e.g. a user folder). */
  fileName: string;
  sha256: string;
  bytes: number;
}

/**
 * Writes an export (statistics, audit CSV/PDF, Auskunft, checkpoint …) to a path the user chose,
 * atomically, and returns the SHA-256 that the access log records. Callers write only what the user
 * confirmed; nothing sensitive ever goes to a temporary location outside that folder.
 */
export function writeExportFile(path: string, content: string | Uint8Array): WrittenFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, bytes);
  return {
    fileName: path.split(/[\\/]/).at(-1) ?? path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}
