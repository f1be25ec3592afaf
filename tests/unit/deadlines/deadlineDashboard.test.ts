import { afterEach, describe, expect, test } from 'vitest';
import { seedVaultFolder } from '../../../bench/synthetic';
import { DASHBOARD_DEFAULT_LIMIT } from '../../../src/shared/deadlines/domain';
import { classifyDeadline } from '../../../src/shared/deadlines/rules';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { COUNSELLOR, openRawDatabase } from '../helpers/testCore';

/**
 * The Fristen dashboard at scale: the core sends the three buckets capped per bucket (earliest
 * first) and every bucket's size, classified exactly like `classifyDeadline`, for the cases the
 * counsellor may see — instead of every open deadline of every case.
 */

const TODAY = '2026-11-21';
let bench: AuditBench;
afterEach(async () => {
  await bench.cleanup();
});

interface OpenDeadline {
  id: string;
  caseCode: string;
  kind: string;
  dueOn: string;
}

/** The same vault with many synthetic cases of the counsellor (the core is locked while seeding). */
async function seededBench(count: number): Promise<{ all: OpenDeadline[] }> {
  bench = await createAuditBench();
  await bench.call('vault:lock');
  const db = await openRawDatabase(bench, bench.recoveryKey);
  const counsellorId = db.prepare(`SELECT id FROM users WHERE role = 'counsellor'`).pluck().get() as string;
  db.close();
  seedVaultFolder(bench.vaultDir, bench.recoveryKey, { count, counsellorIds: [counsellorId], entriesPerCase: 0, today: TODAY, seed: 11 });
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const all = raw
    .prepare(
      `SELECT d.id, c.code AS caseCode, d.kind, d.due_on AS dueOn FROM deadlines d JOIN cases c ON c.id = d.case_id
       WHERE d.state = 'open' AND c.closed_on IS NULL ORDER BY d.due_on, c.code, d.kind, d.id`,
    )
    .all() as OpenDeadline[];
  raw.close();
  await bench.asCounsellor();
  return { all };
}

function byBucket(all: readonly OpenDeadline[]) {
  const buckets = {
    overdue: [] as OpenDeadline[],
    thisWeek: [] as OpenDeadline[],
    next30Days: [] as OpenDeadline[],
    later: [] as OpenDeadline[],
  };
  for (const deadline of all) buckets[classifyDeadline(deadline.dueOn, TODAY)].push(deadline);
  return buckets;
}

describe('deadlines:list for the dashboard', () => {
  test('every bucket is counted, the first rows of the three listed buckets are sent, classified like classifyDeadline', async () => {
    const { all } = await seededBench(400);
    const expected = byBucket(all);
    // The synthetic caseload must fill every bucket beyond the cap, or the test would prove little.
    expect(expected.overdue.length).toBeGreaterThan(DASHBOARD_DEFAULT_LIMIT);
    expect(expected.next30Days.length).toBeGreaterThan(DASHBOARD_DEFAULT_LIMIT);
    expect(expected.thisWeek.length).toBeGreaterThan(0);
    expect(expected.later.length).toBeGreaterThan(0);

    const dashboard = await bench.call('deadlines:list', { scope: 'mine' });
    expect(dashboard.today).toBe(TODAY);
    expect(dashboard.counts).toEqual({
      overdue: expected.overdue.length,
      thisWeek: expected.thisWeek.length,
      next30Days: expected.next30Days.length,
      later: expected.later.length,
    });
    for (const bucket of ['overdue', 'thisWeek', 'next30Days'] as const) {
      const sent = dashboard.items.filter((item) => item.bucket === bucket);
      expect(
        sent.map((item) => item.id),
        bucket,
      ).toEqual(expected[bucket].slice(0, DASHBOARD_DEFAULT_LIMIT).map((deadline) => deadline.id));
      for (const item of sent) expect(classifyDeadline(item.dueOn, TODAY)).toBe(bucket);
    }
    // The names come along (the page no longer loads the whole case list for them).
    expect(dashboard.items.every((item) => item.familyName.length > 0 && item.givenNames.length > 0)).toBe(true);

    // "Weitere anzeigen": a larger limit for one bucket, the others keep theirs.
    const more = await bench.call('deadlines:list', { scope: 'mine', limits: { overdue: DASHBOARD_DEFAULT_LIMIT + 100 } });
    expect(more.items.filter((item) => item.bucket === 'overdue').map((item) => item.id)).toEqual(
      expected.overdue.slice(0, DASHBOARD_DEFAULT_LIMIT + 100).map((deadline) => deadline.id),
    );
    expect(more.items.filter((item) => item.bucket === 'next30Days')).toHaveLength(DASHBOARD_DEFAULT_LIMIT);
    const everything = await bench.call('deadlines:list', {
      scope: 'all',
      limits: { overdue: 10_000, thisWeek: 10_000, next30Days: 10_000 },
    });
    expect(everything.items.map((item) => item.id)).toEqual(
      [...expected.overdue, ...expected.thisWeek, ...expected.next30Days].map((deadline) => deadline.id),
    );

    expect((await bench.fail('deadlines:list', { scope: 'mine', limits: { overdue: 0 } })).code).toBe('INVALID_INPUT');
    expect((await bench.fail('deadlines:list', { scope: 'mine', limits: { later: 5 } })).code).toBe('INVALID_INPUT');
  });

  test('a colleague\'s case shows under "Alle Fälle" only after it was opened with a reason, never under "Meine Fälle"', async () => {
    bench = await createAuditBench();
    const own = await bench.call('cases:create', { fields: caseFields({ familyName: 'Eigene' }) });
    await bench.call('deadlines:add', { caseId: own.id, kind: 'task', title: 'Eigene Aufgabe', dueOn: '2026-11-20' });
    await bench.call('vault:lock');
    await bench.asSupervisor();
    await bench.call('accounts:create', { name: 'Dana Vertretung', role: 'counsellor', initialPassphrase: 'Erstes-Kennwort-2026' });
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: 'Dana Vertretung', passphrase: 'Erstes-Kennwort-2026' });
    await bench.call('vault:changePassphrase', { current: 'Erstes-Kennwort-2026', next: 'Vertretung-Kennwort-2026' });
    const theirs = await bench.call('cases:create', { fields: caseFields({ familyName: 'Andere' }) });
    await bench.call('deadlines:add', { caseId: theirs.id, kind: 'appointment', title: 'Termin der Kollegin', dueOn: '2026-11-23' });
    await bench.call('vault:lock');
    await bench.signIn(COUNSELLOR);

    const titles = async (scope: 'mine' | 'all') => (await bench.call('deadlines:list', { scope })).items.map((item) => item.title);
    expect(await titles('mine')).toEqual(['Eigene Aufgabe']);
    expect(await titles('all')).toEqual(['Eigene Aufgabe']);
    // The own case's end of eligibility at 27 (2031) is counted as later; the colleague's is not in scope.
    expect((await bench.call('deadlines:list', { scope: 'all' })).counts).toEqual({ overdue: 1, thisWeek: 0, next30Days: 0, later: 1 });
    await bench.call('cases:get', { id: theirs.id, access: { kind: 'substitution' } });
    expect(await titles('all')).toEqual(['Eigene Aufgabe', 'Termin der Kollegin']);
    expect(await titles('mine')).toEqual(['Eigene Aufgabe']);
  });
});
