import { afterEach, describe, expect, test } from 'vitest';
import type { ConsentInput } from '../../../src/shared/privacy/consent';
import type { CounsellorToday, SupervisorToday } from '../../../src/shared/home';
import { caseFields, closureInput, journalInput, logRows, partnerInput, unlockedBench } from '../helpers/caseFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';
import { join } from 'node:path';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const DAY_MS = 86_400_000;

function consent(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    kind: 'processing',
    recipientPartnerId: null,
    recipientText: null,
    purpose: 'Beratung',
    dataCategories: ['identity'],
    specialCategories: [],
    form: 'written',
    language: null,
    interpreter: false,
    givenOn: '2026-01-10',
    validUntil: null,
    note: '',
    ...overrides,
  };
}

async function counsellorToday(): Promise<CounsellorToday> {
  const today = await bench.call('home:today');
  if (today.role !== 'counsellor') throw new Error('expected the counsellor page');
  return today;
}

async function supervisorToday(): Promise<SupervisorToday> {
  const today = await bench.call('home:today');
  if (today.role !== 'supervisor') throw new Error('expected the supervisor page');
  return today;
}

describe('"Heute" for a counsellor (the bench clock stands at Saturday 2026-11-21)', () => {
  test('deadlines, later tasks, cases without contact, expiring consents and the cases opened last, own open cases only', async () => {
    let recoveryKey: string;
    ({ bench, recoveryKey } = await unlockedBench());
    const create = async (familyName: string, intakeDate = '2026-03-02') =>
      bench.call('cases:create', { fields: caseFields({ familyName, givenNames: 'Amal', birthDate: null, intakeDate }) });
    const quiet = await create('Stille');
    const busy = await create('Rege');
    const fresh = await create('Neu', '2026-11-19');
    const closed = await create('Geschlossen');
    await bench.call('journal:add', { caseId: quiet.id, entry: journalInput({ occurredOn: '2026-09-01' }) });
    await bench.call('journal:add', { caseId: busy.id, entry: journalInput({ occurredOn: '2026-11-18' }) });
    await bench.call('journal:add', { caseId: closed.id, entry: journalInput({ occurredOn: '2026-05-01' }) });
    await bench.call('deadlines:add', { caseId: busy.id, kind: 'appointment', title: 'Ausländerbehörde', dueOn: '2026-11-19' });
    await bench.call('deadlines:add', { caseId: busy.id, kind: 'task', title: 'Zeugnis anfordern', dueOn: '2026-11-22' });
    await bench.call('deadlines:add', { caseId: quiet.id, kind: 'task', title: 'Wohnung suchen', dueOn: '2026-12-15' });
    await bench.call('deadlines:add', { caseId: quiet.id, kind: 'appointment', title: 'Kurs', dueOn: '2026-12-16' });
    await bench.call('deadlines:add', { caseId: closed.id, kind: 'task', title: 'Nachfassen', dueOn: '2026-11-20' });
    const { id: jobcenter } = await bench.call('partners:add', { partner: partnerInput() });
    await bench.call('consents:record', {
      caseId: busy.id,
      consent: consent({ kind: 'release', recipientPartnerId: jobcenter, purpose: 'Vermittlung', validUntil: '2026-12-01' }),
    });
    await bench.call('consents:record', { caseId: quiet.id, consent: consent({ validUntil: '2027-03-01' }) });
    await bench.call('consents:record', { caseId: fresh.id, consent: consent({ validUntil: '2026-11-20' }) });
    const withdrawn = await bench.call('consents:record', { caseId: fresh.id, consent: consent({ validUntil: '2026-11-30' }) });
    await bench.call('consents:withdraw', { id: withdrawn.id, withdrawnOn: '2026-11-15' });
    await bench.call('closure:close', { caseId: closed.id, closure: closureInput() });
    await bench.call('cases:get', { id: quiet.id });
    await bench.call('cases:get', { id: busy.id });
    await bench.call('cases:get', { id: quiet.id });

    const today = await counsellorToday();
    expect(today.today).toBe('2026-11-21');
    expect(today.noContactWeeks).toBe(4);
    // The consent that ended yesterday left its expiry deadline behind; the withdrawn one took its own along.
    expect(today.deadlines.counts).toEqual({ overdue: 2, thisWeek: 1 });
    expect(today.deadlines.items.map((item) => [item.bucket, item.kind, item.caseCode])).toEqual([
      ['overdue', 'appointment', busy.code],
      ['overdue', 'consentExpiry', fresh.code],
      ['thisWeek', 'task', busy.code],
    ]);
    // Only tasks due after this week; the appointment and the closed case's task are not "own open tasks".
    expect(today.tasks).toEqual({
      items: [
        {
          id: expect.any(String),
          caseId: quiet.id,
          caseCode: quiet.code,
          familyName: 'Stille',
          givenNames: 'Amal',
          title: 'Wohnung suchen',
          dueOn: '2026-12-15',
        },
      ],
      total: 1,
    });
    // The case taken in two days ago has had no contact, but not for four weeks.
    expect(today.quietCases.items.map((item) => [item.caseCode, item.lastContactOn])).toEqual([[quiet.code, '2026-09-01']]);
    expect(today.expiringConsents.items.map((item) => [item.caseCode, item.kind, item.recipient, item.validUntil])).toEqual([
      [busy.code, 'release', 'Jobcenter Leverkusen', '2026-12-01'],
    ]);
    expect(today.recentCases.map((item) => item.caseCode)).toEqual([quiet.code, busy.code]);

    // The chosen weeks are the counsellor's own: ten weeks make the quiet case count as busy enough.
    await bench.call('prefs:set', { key: 'home.noContactWeeks', value: 12 });
    const later = await counsellorToday();
    expect(later.noContactWeeks).toBe(12);
    expect(later.quietCases).toEqual({ items: [], total: 0 });

    // Logged once per call, without a case code, names or anything readable.
    const raw = await openRawDatabase(bench, recoveryKey);
    const entries = logRows(raw).filter((row) => row.action === 'home.view');
    raw.close();
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.object === null && /^[0-9a-f]{64}$/.test(entry.detailsHash ?? ''))).toBe(true);
  });

  test('lists are capped and carry their full size; a colleague’s cases never appear', async () => {
    ({ bench } = await unlockedBench());
    for (let index = 0; index < 11; index += 1) {
      await bench.call('cases:create', { fields: caseFields({ familyName: `Fall${index}`, intakeDate: '2026-01-05' }) });
    }
    const today = await counsellorToday();
    expect(today.quietCases.items).toHaveLength(8);
    expect(today.quietCases.total).toBe(11);

    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    await bench.call('accounts:create', { name: 'Jonas Vogt', role: 'counsellor', initialPassphrase: 'Erstes Kennwort für Jonas 1' });
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: 'Jonas Vogt', passphrase: 'Erstes Kennwort für Jonas 1' });
    await bench.call('vault:changePassphrase', { current: 'Erstes Kennwort für Jonas 1', next: 'Jonas vertritt heute Samira 22' });
    const colleague = await counsellorToday();
    expect(colleague.quietCases).toEqual({ items: [], total: 0 });
    expect(colleague.recentCases).toEqual([]);
  });
});

test('the weeks without contact and the list density are per-user preferences with checked values', async () => {
  ({ bench } = await unlockedBench());
  expect(await bench.call('prefs:get', { key: 'home.noContactWeeks' })).toEqual({ key: 'home.noContactWeeks', value: 4 });
  expect(await bench.call('prefs:get', { key: 'caseList.density' })).toEqual({ key: 'caseList.density', value: 'comfortable' });
  for (const value of [0, 53, 2.5]) {
    expect((await bench.fail('prefs:set', { key: 'home.noContactWeeks', value })).fields).toEqual({ value: 'validation.noContactWeeks' });
  }
  expect((await bench.fail('prefs:set', { key: 'caseList.density', value: 'tiny' })).code).toBe('INVALID_INPUT');
  await bench.call('prefs:set', { key: 'caseList.density', value: 'compact' });
  expect((await bench.call('prefs:get', { key: 'caseList.density' })).value).toBe('compact');
});

describe('"Heute" for a supervisor', () => {
  test('the log state, the backup age and the accounts that need attention', async () => {
    ({ bench } = await unlockedBench());
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    expect(id).toBeTruthy();
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });

    const first = await supervisorToday();
    expect(first.log.lastVerifiedAt).toBeNull();
    expect(first.log.entriesSinceCheck).toBe(first.log.entries);
    expect(first.log.lastCheckpointAt).toBeNull();
    // Set up moments ago: no backup yet, and none due yet either.
    expect(first.backup).toEqual({ lastBackupAt: null, daysSince: null, reminderDays: 7, isDue: false });
    expect(first.accounts).toEqual([]);

    await bench.call('audit:verify');
    const checked = await supervisorToday();
    expect(checked.log.lastVerifiedAt).toBe('2026-11-21T09:00:00.000Z');
    // Counted after the check's own entry: only the "Heute" entry of the first call came before it.
    expect(checked.log.entriesSinceCheck).toBe(0);

    // A new account waits for its first own passphrase; three failed sign-ins of the counsellor show
    // once someone signs in successfully (the log lives in the vault, failures are written then).
    await bench.call('accounts:create', { name: 'Jonas Vogt', role: 'counsellor', initialPassphrase: 'Erstes Kennwort für Jonas 1' });
    await bench.call('vault:lock');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: 'falsch geraten 123' })).code).toBe(
        'WRONG_PASSPHRASE',
      );
    }
    bench.clock.advance(60_000);
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const attention = await supervisorToday();
    expect(attention.accounts.map((account) => [account.name, account.reasons, account.failedSignIns])).toEqual([
      [COUNSELLOR.name, ['failedSignIns'], 3],
      ['Jonas Vogt', ['initialPassphrase'], 0],
    ]);

    // 91 days without a sign-in make an active account "unused"; the supervisor has just signed in.
    bench.clock.advance(91 * DAY_MS);
    // The idle vault has locked itself meanwhile.
    expect((await bench.call('vault:status')).state).toBe('locked');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const quiet = await supervisorToday();
    expect(quiet.backup).toMatchObject({ lastBackupAt: null, isDue: true });
    expect(quiet.accounts.map((account) => [account.name, account.reasons])).toEqual([
      [COUNSELLOR.name, ['failedSignIns', 'unused']],
      ['Jonas Vogt', ['initialPassphrase']],
    ]);

    // A disabled account that still holds open cases needs a hand-over.
    const accounts = await bench.call('accounts:list');
    const counsellor = accounts.find((account) => account.name === COUNSELLOR.name);
    await bench.call('accounts:disable', { userId: counsellor?.userId ?? '' });
    const months = await supervisorToday();
    expect(months.accounts.map((account) => [account.name, account.reasons, account.openCases])).toEqual([
      [COUNSELLOR.name, ['disabledWithCases'], 1],
      ['Jonas Vogt', ['initialPassphrase'], 0],
    ]);
    expect(months.log.checkpointAgeDays).toBeNull();
    expect(months.log.lastVerifiedAt).toBe('2026-11-21T09:00:00.000Z');
    expect(months.log.entriesSinceCheck).toBeGreaterThan(5);
  });

  test('the age of the last signed checkpoint saved outside the vault', async () => {
    let saved = '';
    bench = createTestBench({
      ports: {
        chooseSaveFile: async ({ defaultName }) => {
          saved = join(bench.root, defaultName);
          return saved;
        },
      },
    });
    await setUpVault(bench);
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    await bench.call('audit:saveCheckpoint');
    expect(saved).not.toBe('');
    expect((await supervisorToday()).log).toMatchObject({ lastCheckpointAt: '2026-11-21T09:00:00.000Z', checkpointAgeDays: 0 });
    bench.clock.advance(3 * DAY_MS);
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    expect((await supervisorToday()).log.checkpointAgeDays).toBe(3);
  });
});
