import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { readKeySlotFile, writeKeySlotFile } from '../../../../src/main/vault/keyslots';
import { createAuditBench, type AuditBench } from '../../helpers/auditBench';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';
import { openRawDatabase } from '../../helpers/testCore';

let bench: AuditBench | undefined;
afterEach(async () => {
  removeMigrationVaults();
  await bench?.cleanup();
  bench = undefined;
});

test('0003 from version 2: entries and accounts stay; MAC column, indexes, chain tables; deletes only through the retention gate', () => {
  const db = vaultBefore(3).database;
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  const insert = db.prepare(`INSERT INTO audit_log (at, user_id, action) VALUES (?, 'u1', ?)`);
  for (const action of ['vault.setup', 'vault.unlock', 'case.view']) insert.run('2026-01-01T00:00:00.000Z', action);

  migrateTo(db, 3);
  expect(readSchemaVersion(db)).toBe(3);
  expect(db.prepare('SELECT seq, action, mac, break_glass AS breakGlass FROM audit_log ORDER BY seq').all()).toEqual([
    { seq: 1, action: 'vault.setup', mac: null, breakGlass: 0 },
    { seq: 2, action: 'vault.unlock', mac: null, breakGlass: 0 },
    { seq: 3, action: 'case.view', mac: null, breakGlass: 0 },
  ]);
  expect(db.prepare('SELECT must_change_passphrase FROM users').pluck().get()).toBe(0);
  // No chain yet: it starts at the first supervisor unlock (the key pairs need a passphrase).
  expect(db.prepare('SELECT count(*) FROM audit_chain').pluck().get()).toBe(0);
  const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name`).pluck().all();
  expect(indexes).toEqual(['audit_log_action', 'audit_log_at', 'audit_log_break_glass', 'audit_log_object', 'audit_log_user']);
  const plan = JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM audit_log WHERE user_id = 'u1'`).all());
  expect(plan).toContain('audit_log_user');

  // Still append-only …
  expect(() => db.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
  expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
  // … except a prefix while the retention gate is open, and only up to its bound.
  db.prepare('INSERT INTO audit_purge_gate (upto) VALUES (2)').run();
  expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
  db.prepare('DELETE FROM audit_log WHERE seq <= 2').run();
  db.prepare('DELETE FROM audit_purge_gate').run();
  expect(db.prepare('SELECT seq FROM audit_log').pluck().all()).toEqual([3]);
});

test('a vault from schema 2 starts its chain at the first supervisor unlock; earlier entries are covered by the legacy digest', async () => {
  bench = await createAuditBench();
  await bench.call('vault:lock');
  // Make it look like a schema-2 vault: no chain, no seals, no supervisor keys, no MACs.
  const raw = await openRawDatabase(bench, bench.recoveryKey, false);
  raw.exec(`DELETE FROM audit_chain; DELETE FROM audit_key_seals; DELETE FROM supervisor_keys;
    DROP TRIGGER audit_log_no_update; UPDATE audit_log SET mac = NULL;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  raw.close();
  const file = join(bench.vaultDir, 'keyslots.json');
  const slots = readKeySlotFile(file);
  if (!slots) throw new Error('no slots');
  const { checksum: _checksum, ...body } = slots;
  writeKeySlotFile(file, {
    ...body,
    slots: body.slots.map((slot) => (slot.kind === 'user' ? { ...slot, supervisorKeys: undefined } : slot)),
  });

  // A counsellor works first: entries without MAC, as before.
  await bench.asCounsellor();
  await bench.call('vault:lock');
  await bench.asSupervisor();
  const report = await bench.call('audit:verify');
  expect(report.intact).toBe(true);
  const check = await openRawDatabase(bench, bench.recoveryKey);
  const start = check.prepare('SELECT start_seq FROM audit_chain').pluck().get() as number;
  const unchained = check.prepare('SELECT count(*) FROM audit_log WHERE mac IS NULL').pluck().get();
  check.close();
  expect(unchained).toBe(start - 1);
  expect(readKeySlotFile(file)?.slots.some((slot) => slot.kind === 'user' && slot.role === 'supervisor' && slot.supervisorKeys)).toBe(true);

  // A change to an entry from before the chain is still found.
  const tamper = await openRawDatabase(bench, bench.recoveryKey, false);
  tamper.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'vault.lock' WHERE seq = 2;`);
  tamper.close();
  const changed = await bench.call('audit:verify');
  expect(changed.findings).toEqual([{ kind: 'legacyChanged', fromSeq: 1, toSeq: start - 1, otherSeq: null }]);
  // The supervisor's next unlock opens with the keys now wrapped in the slot.
  await bench.call('vault:lock');
  await bench.asSupervisor();
});
