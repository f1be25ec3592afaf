import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../vault/atomicFile';

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
