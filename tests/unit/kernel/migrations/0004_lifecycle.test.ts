import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0004 from the previous version: cases stay; consents and field history appear and cascade with the case', () => {
  const db = vaultBefore(4).database;
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  const insertCase =
    db.prepare(`INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
    VALUES (?, ?, 'X', 'Y', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 1, 'now', 'now')`);
  insertCase.run('c1', 'LEV-2026-0001');
  insertCase.run('c2', 'LEV-2026-0002');
  db.prepare(`INSERT INTO partners (id, name, created_at) VALUES ('p1', 'Jobcenter', 'now')`).run();

  migrateTo(db, 4);
  expect(readSchemaVersion(db)).toBe(4);
  expect(db.prepare('SELECT code FROM cases ORDER BY code').pluck().all()).toEqual(['LEV-2026-0001', 'LEV-2026-0002']);

  const insertConsent =
    db.prepare(`INSERT INTO consents (id, case_id, kind, recipient_partner_id, recipient_text, data_categories, special_categories, form, given_on, valid_until, withdrawn_on, created_at, updated_at)
    VALUES (@id, @caseId, @kind, @partner, @text, @categories, @special, @form, @givenOn, @validUntil, @withdrawnOn, 'now', 'now')`);
  const base = {
    caseId: 'c1',
    kind: 'processing',
    partner: null,
    text: null,
    categories: '["identity"]',
    special: '[]',
    form: 'written',
    givenOn: '2026-02-01',
    validUntil: null,
    withdrawnOn: null,
  };
  insertConsent.run({ ...base, id: 'k1' });
  insertConsent.run({ ...base, id: 'k2', kind: 'release', partner: 'p1', special: '["health"]', validUntil: '2027-02-01' });
  insertConsent.run({ ...base, id: 'k3', kind: 'statistics', withdrawnOn: '2026-03-01' });
  insertConsent.run({ ...base, id: 'k4', caseId: 'c2', kind: 'release', text: 'Schule am Park' });
  // Closed lists, dates in order, a release always names its recipient, categories are JSON arrays.
  expect(() => insertConsent.run({ ...base, id: 'x1', kind: 'marketing' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x2', form: 'telepathic' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x3', validUntil: '2026-01-01' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x4', withdrawnOn: '2026-01-01' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x5', kind: 'release' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x6', categories: '{"a":1}' })).toThrow();
  expect(() => insertConsent.run({ ...base, id: 'x7', caseId: 'nope' })).toThrow();

  const insertHistory = db.prepare(
    `INSERT INTO field_history (case_id, at, user_id, table_name, row_id, field, old_value, new_value) VALUES (?, 'now', 'u1', 'cases', ?, 'family_name', 'X', 'Z')`,
  );
  insertHistory.run('c1', 'c1');
  insertHistory.run('c2', 'c2');

  // Erasing a person takes their consents and history along; a removed partner leaves the text-less release readable.
  db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(db.prepare('SELECT id FROM consents ORDER BY id').pluck().all()).toEqual(['k4']);
  expect(db.prepare('SELECT case_id FROM field_history').pluck().all()).toEqual(['c2']);
  expect(db.prepare(`SELECT count(*) FROM consents WHERE kind = 'statistics' AND withdrawn_on IS NULL`).pluck().get()).toBe(0);
});
