import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0001 from an empty file (version 0): tables, append-only access log, user_version 1', () => {
  const { database: db } = vaultBefore(1);
  expect(readSchemaVersion(db)).toBe(0);
  migrateTo(db, 1);
  expect(readSchemaVersion(db)).toBe(1);
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
  expect(tables).toEqual(['audit_log', 'meta', 'settings', 'users']);
  db.prepare(`INSERT INTO audit_log (at, action) VALUES ('2026-01-01T00:00:00Z', 'test')`).run();
  expect(() => db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow('append-only');
  expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
  expect(() => db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('1', 'A', 'admin', 'now')`).run()).toThrow();
});

test('a failing migration leaves the vault at the last whole version', () => {
  const { database: db } = vaultBefore(1);
  const broken = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'broken',
    up(target: VaultDatabase) {
      target.exec('CREATE TABLE half_done (x INTEGER)');
      throw new Error('power cut');
    },
  };
  expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('power cut');
  expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half_done'`).pluck().get()).toBe(0);
});

test('a vault from a newer version is refused before anything is changed', () => {
  const { database: db } = vaultBefore(1);
  db.pragma('user_version = 42');
  expect(() => migrate(db)).toThrow('VAULT_TOO_NEW');
  expect(readSchemaVersion(db)).toBe(42);
  expect(db.prepare(`SELECT count(*) FROM sqlite_master`).pluck().get()).toBe(0);
});
