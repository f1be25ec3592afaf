import type { VaultDatabase } from '../database';

/** One schema step. Append-only: a released migration is never edited, only followed by another. */
export interface Migration {
  version: number;
  name: string;
  up(db: VaultDatabase): void;
}
