import { createHash } from 'node:crypto';
import type { Role } from '@shared/kernel/roles';
import type { VaultDatabase } from '../../kernel/db/database';
import { appendChained } from './chain';

/**
 * The one seam every logged action passes through (ARCHITECTURE.md §5). Entries name the case code
 * at most, never names or note text; details are stored only as a hash. Each entry is MACed into
 * the forward-secure chain (chain.ts) in the caller's transaction.
 */
export interface AccessLogEntry {
  at: Date;
  actor: { userId: string; name: string; role: Role } | null;
  action: string;
  object?: string | undefined;
  /** The object within the case the entry is about (a document id), readable in the log; never a file name. */
  item?: string | undefined;
  reason?: string | undefined;
  details?: unknown;
  /** A counsellor working in a case assigned to someone else, with a reason (break-the-glass). */
  breakGlass?: boolean | undefined;
}

export function hashDetails(details: unknown): string | null {
  if (details === undefined) return null;
  return createHash('sha256').update(JSON.stringify(details)).digest('hex');
}

export function appendAccessLog(db: VaultDatabase, entry: AccessLogEntry): number {
  const append = () =>
    appendChained(db, {
      at: entry.at.toISOString(),
      userId: entry.actor?.userId ?? null,
      userName: entry.actor?.name ?? null,
      role: entry.actor?.role ?? null,
      action: entry.action,
      object: entry.object ?? null,
      reason: entry.reason ?? null,
      detailsHash: hashDetails(entry.details),
      breakGlass: entry.breakGlass ?? false,
      item: entry.item ?? null,
    });
  // Reading the chain state and writing the entry must not interleave with another writer.
  return db.inTransaction ? append() : db.transaction(append)();
}
