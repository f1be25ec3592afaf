import type { Migration } from './types';

/**
 * Issue 18 (documents): which document an entry is about, readable in the access log — until now
 * only inside the hashed details. `item` names the object within the case (a document id; never a
 * file name or free text). Entries from before have NULL, and the MAC encoding takes `item` in only
 * when it is set (session/log/chain.ts), so every existing chain still verifies unchanged.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'audit_item',
  up(db) {
    db.exec(`ALTER TABLE audit_log ADD COLUMN item TEXT CHECK (item IS NULL OR length(item) BETWEEN 1 AND 80);`);
  },
};
