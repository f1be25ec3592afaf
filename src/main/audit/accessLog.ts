import { createHash } from 'node:crypto';
import type { Role } from '@shared/domain/roles';
import type { VaultDatabase } from '../db/database';

/**
 * The one seam every logged action passes through (ARCHITECTURE.md §5). Entries name the case code
 * at most, never names or note text; details are stored only as a hash.
 */
export interface AccessLogEntry {
  at: Date;
  actor: { userId: string; name: string; role: Role } | null;
  action: string;
  object?: string | undefined;
  reason?: string | undefined;
  details?: unknown;
}

export function hashDetails(details: unknown): string | null {
  if (details === undefined) return null;
  return createHash('sha256').update(JSON.stringify(details)).digest('hex');
}

export function appendAccessLog(db: VaultDatabase, entry: AccessLogEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, role, action, object, reason, details_hash)
     VALUES (@at, @userId, @userName, @role, @action, @object, @reason, @detailsHash)`,
  ).run({
    at: entry.at.toISOString(),
    userId: entry.actor?.userId ?? null,
    userName: entry.actor?.name ?? null,
    role: entry.actor?.role ?? null,
    action: entry.action,
    object: entry.object ?? null,
    reason: entry.reason ?? null,
    detailsHash: hashDetails(entry.details),
  });
}
