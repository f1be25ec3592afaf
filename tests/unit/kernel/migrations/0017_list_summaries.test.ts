import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

function openAt(version: number): VaultDatabase {
  const database = vaultBefore(version + 1).database;
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  return database;
}

const insertCase = (database: VaultDatabase, id: string) =>
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES (?, ?, 'X', 'Y', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run(id, `LEV-2026-${id}`);
const insertStatus = (database: VaultDatabase, id: string, caseId: string, validFrom: string | null, createdAt: string) =>
  database
    .prepare(
      `INSERT INTO residence_statuses (id, case_id, status, valid_from, valid_until, created_at) VALUES (?, ?, ?, ?, '2027-01-01', ?)`,
    )
    // The status text is the row's id here, so a summary naming the wrong row cannot pass.
    .run(id, caseId, `status-${id}`, validFrom, createdAt);
const insertDeadline = (database: VaultDatabase, id: string, caseId: string, dueOn: string, state: string) =>
  database
    .prepare(`INSERT INTO deadlines (id, case_id, kind, due_on, remind_from, state, created_at) VALUES (?, ?, 'task', ?, ?, ?, 'now')`)
    .run(id, caseId, dueOn, dueOn, state);

/** What the case list computed per case before 0017: the expected content of `case_summaries`. */
function recomputed(database: VaultDatabase): unknown[] {
  return database
    .prepare(
      `SELECT c.id AS caseId, cs.status AS currentStatus, cs.valid_until AS currentStatusUntil,
         (SELECT min(d.due_on) FROM deadlines d WHERE d.case_id = c.id AND d.state = 'open') AS nextDeadlineOn
       FROM cases c LEFT JOIN residence_statuses cs ON cs.rowid = (SELECT s.rowid FROM residence_statuses s WHERE s.case_id = c.id
         ORDER BY s.valid_from IS NULL, s.valid_from DESC, s.created_at DESC, s.rowid DESC LIMIT 1)
       ORDER BY c.id`,
    )
    .all();
}

function summaries(database: VaultDatabase): unknown[] {
  return database
    .prepare(
      `SELECT case_id AS caseId, current_status AS currentStatus, current_status_until AS currentStatusUntil, next_deadline_on AS nextDeadlineOn
       FROM case_summaries ORDER BY case_id`,
    )
    .all();
}

test('0017 from the previous version: every existing case gets its current status and next open deadline', () => {
  const database = openAt(16);
  expect(readSchemaVersion(database)).toBe(16);
  insertCase(database, 'c1');
  insertCase(database, 'c2');
  insertCase(database, 'c3');
  insertStatus(database, 's1', 'c1', '2025-01-01', '2025-01-01T10:00:00Z');
  insertStatus(database, 's2', 'c1', '2026-01-01', '2026-01-01T10:00:00Z');
  insertStatus(database, 's3', 'c1', null, '2026-06-01T10:00:00Z');
  insertDeadline(database, 'd1', 'c1', '2026-12-01', 'open');
  insertDeadline(database, 'd2', 'c1', '2026-11-01', 'done');
  insertDeadline(database, 'd3', 'c2', '2027-03-01', 'open');
  const before = recomputed(database);

  migrateTo(database, 17);
  expect(readSchemaVersion(database)).toBe(17);
  expect(summaries(database)).toEqual(before);
  expect(
    database.prepare(`SELECT current_status, current_status_until, next_deadline_on FROM case_summaries WHERE case_id = 'c1'`).get(),
  ).toEqual({
    current_status: 'status-s2',
    current_status_until: '2027-01-01',
    next_deadline_on: '2026-12-01',
  });
  expect(database.prepare(`SELECT * FROM case_summaries WHERE case_id = 'c3'`).get()).toEqual({
    case_id: 'c3',
    current_status: null,
    current_status_until: null,
    next_deadline_on: null,
  });
});

type Step =
  | { op: 'status'; caseIndex: number; validFrom: string | null; createdAt: string }
  | { op: 'deadline'; caseIndex: number; dueOn: string; state: 'open' | 'done' }
  | { op: 'resolve' | 'reopen' | 'moveDeadline' | 'deleteDeadline' | 'deleteStatus' | 'redateStatus'; pick: number; date: string }
  | { op: 'deleteCase'; caseIndex: number };

const day = fc.integer({ min: 0, max: 40 }).map((offset) => `2026-0${String(1 + (offset % 9))}-${String(10 + (offset % 19))}`);
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('status' as const), caseIndex: fc.nat(3), validFrom: fc.option(day, { nil: null }), createdAt: day }),
  fc.record({
    op: fc.constant('deadline' as const),
    caseIndex: fc.nat(3),
    dueOn: day,
    state: fc.constantFrom('open' as const, 'done' as const),
  }),
  fc.record({
    op: fc.constantFrom(
      'resolve' as const,
      'reopen' as const,
      'moveDeadline' as const,
      'deleteDeadline' as const,
      'deleteStatus' as const,
      'redateStatus' as const,
    ),
    pick: fc.nat(50),
    date: day,
  }),
  fc.record({ op: fc.constant('deleteCase' as const), caseIndex: fc.nat(3) }),
);

test('0017 triggers: after any sequence of status and deadline writes (and case deletions) the summaries equal a fresh computation', () => {
  const database = openAt(17);
  let counter = 0;
  fc.assert(
    fc.property(fc.array(stepArbitrary, { maxLength: 25 }), (steps) => {
      database.exec(`DELETE FROM deadlines; DELETE FROM residence_statuses; DELETE FROM cases;`);
      const cases = ['k0', 'k1', 'k2', 'k3'];
      for (const id of cases) insertCase(database, id);
      const pickOf = (table: string, pick: number): string | undefined => {
        const ids = database.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
        return ids.length === 0 ? undefined : ids[pick % ids.length];
      };
      for (const step of steps) {
        counter += 1;
        const id = `x${String(counter)}`;
        const caseId = 'caseIndex' in step ? (cases[step.caseIndex] ?? 'k0') : 'k0';
        const exists = database.prepare(`SELECT 1 FROM cases WHERE id = ?`).get(caseId) !== undefined;
        if (step.op === 'status' && exists) insertStatus(database, id, caseId, step.validFrom, step.createdAt);
        if (step.op === 'deadline' && exists) insertDeadline(database, id, caseId, step.dueOn, step.state);
        if (step.op === 'deleteCase') database.prepare(`DELETE FROM cases WHERE id = ?`).run(caseId);
        if ('pick' in step) {
          const deadline = pickOf('deadlines', step.pick);
          const status = pickOf('residence_statuses', step.pick);
          if (step.op === 'resolve' && deadline) database.prepare(`UPDATE deadlines SET state = 'done' WHERE id = ?`).run(deadline);
          if (step.op === 'reopen' && deadline) database.prepare(`UPDATE deadlines SET state = 'open' WHERE id = ?`).run(deadline);
          if (step.op === 'moveDeadline' && deadline)
            database.prepare(`UPDATE deadlines SET due_on = ? WHERE id = ?`).run(step.date, deadline);
          if (step.op === 'deleteDeadline' && deadline) database.prepare(`DELETE FROM deadlines WHERE id = ?`).run(deadline);
          if (step.op === 'deleteStatus' && status) database.prepare(`DELETE FROM residence_statuses WHERE id = ?`).run(status);
          if (step.op === 'redateStatus' && status)
            database.prepare(`UPDATE residence_statuses SET valid_from = ?, valid_until = NULL WHERE id = ?`).run(step.date, status);
        }
        expect(summaries(database)).toEqual(recomputed(database));
      }
    }),
    { numRuns: 60 },
  );
});
