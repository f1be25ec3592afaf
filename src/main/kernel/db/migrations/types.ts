import type { VaultDatabase } from '../database';

/** One schema step. Append-only: a released migration is never edited, only followed by another. */
export interface Migration {
  version: number;
  name: string;
  up(db: VaultDatabase): void;
  /**
   * A step that cannot run inside a transaction (VACUUM, changing `auto_vacuum`). It runs after the
   * transactional steps, on every open of a vault at or past this version, and must be idempotent
   * and cheap when already done: a crash between `up`'s commit and this step leaves the vault at
   * the new version, and the next open finishes the job.
   */
  ensure?(db: VaultDatabase): void;
}
