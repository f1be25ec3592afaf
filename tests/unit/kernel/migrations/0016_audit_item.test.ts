import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0016 from the previous version: log entries keep every field and name no item; new ones may, the log stays append-only', () => {
  const database = vaultBefore(16).database;
  expect(readSchemaVersion(database)).toBeLessThan(16);
  database
    .prepare(
      `INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac)
       VALUES (1, '2026-11-21T09:00:00.000Z', 'u1', 'Chris', 'counsellor', 'case.document.view', 'LEV-2026-0001', NULL, 'abc', 0, 'ff')`,
    )
    .run();

  migrateTo(database, 16);
  expect(readSchemaVersion(database)).toBe(16);
  expect(database.prepare(`SELECT seq, action, object, details_hash AS detailsHash, mac, item FROM audit_log`).all()).toEqual([
    { seq: 1, action: 'case.document.view', object: 'LEV-2026-0001', detailsHash: 'abc', mac: 'ff', item: null },
  ]);
  const insert = database.prepare(
    `INSERT INTO audit_log (seq, at, action, object, break_glass, item) VALUES (?, '2026-11-21T09:01:00.000Z', 'case.document.view', 'LEV-2026-0001', 0, ?)`,
  );
  insert.run(2, '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f');
  expect(() => insert.run(3, '')).toThrow();
  expect(() => insert.run(4, 'x'.repeat(81))).toThrow();
  // Still append-only: an item cannot be put on an entry afterwards.
  expect(() => database.prepare(`UPDATE audit_log SET item = 'd1' WHERE seq = 1`).run()).toThrow(/append-only/);
  expect(database.prepare(`SELECT item FROM audit_log ORDER BY seq`).pluck().all()).toEqual([null, '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f']);
});
