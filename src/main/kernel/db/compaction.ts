import { AppError } from '../errors';
import { checkpointWal, type VaultDatabase } from './database';

/**
 * Gives the pages of deleted rows back to the file system and empties the WAL, without rewriting
 * the vault (migration 0009 switched it to incremental auto-vacuum). The content of those pages is
 * already gone: `secure_delete` overwrites deleted cells and freed pages with zeros in the same
 * transaction as the delete. What this adds: `incremental_vacuum` moves live pages from the end of
 * the file into the freed slots and truncates the file, and the TRUNCATE checkpoints write the WAL
 * back and cut it to zero bytes, so no older image of a page (from before the delete) survives in
 * the WAL. Cost: proportional to what was deleted, not to the size of the vault.
 */
export function releaseFreedPages(db: VaultDatabase): void {
  checkpointWal(db);
  db.pragma('incremental_vacuum');
  if (!checkpointWal(db)) throw new AppError('INTERNAL');
}

/** Size of the vault file and of its free pages (what the next `releaseFreedPages` gives back). */
export function databaseSpace(db: VaultDatabase): { bytes: number; freeBytes: number } {
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const pages = Number(db.pragma('page_count', { simple: true }));
  const free = Number(db.pragma('freelist_count', { simple: true }));
  return { bytes: pageSize * pages, freeBytes: pageSize * free };
}
