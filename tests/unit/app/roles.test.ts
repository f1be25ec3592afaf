import { afterEach, describe, expect, test } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { contract } from '../../../src/shared/contract/contract';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { COUNSELLOR, SUPERVISOR, openRawDatabase } from '../helpers/testCore';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

const SECOND = { name: 'Dana Vertretung', passphrase: 'Vertretung-Kennwort-2026' };

/** A vault with a second counsellor (own passphrase set) and one case of the first counsellor. */
async function twoCounsellors(): Promise<{ caseId: string; code: string }> {
  bench = await createAuditBench();
  const created = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari' }) });
  await bench.call('journal:add', {
    caseId: created.id,
    entry: {
      occurredOn: '2026-11-20',
      durationMinutes: 30,
      kind: 'inPerson',
      interpreter: false,
      topics: ['language'],
      participants: [],
      note: 'Termin bei der Ausländerbehörde',
    },
  });
  await bench.call('vault:lock');
  await bench.asSupervisor();
  await bench.call('accounts:create', { name: SECOND.name, role: 'counsellor', initialPassphrase: 'Erstes-Kennwort-2026' });
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SECOND.name, passphrase: 'Erstes-Kennwort-2026' });
  await bench.call('vault:changePassphrase', { current: 'Erstes-Kennwort-2026', next: SECOND.passphrase });
  return { caseId: created.id, code: created.code };
}

describe('every channel with every role', () => {
  test('the core answers FORBIDDEN exactly where the contract says the role may not call', async () => {
    bench = await createAuditBench();
    for (const [role, account] of [
      ['counsellor', COUNSELLOR],
      ['supervisor', SUPERVISOR],
    ] as const) {
      await bench.signIn(account);
      for (const channel of CHANNELS) {
        const access = contract[channel].access;
        const allowed = access === 'public' || access.some((permitted) => permitted === role);
        // Roles are checked before input: a probe that no schema accepts shows the decision.
        const result = await bench.core.invoke(channel, { probe: 'roles' });
        const forbidden = !result.ok && result.error.code === 'FORBIDDEN';
        expect(forbidden, `${role} → ${channel}`).toBe(!allowed);
        if ((await bench.call('vault:status')).state !== 'unlocked') await bench.signIn(account);
      }
    }
  });

  test('supervisors get no case contents; counsellors no audit data', async () => {
    bench = await createAuditBench();
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    for (const channel of ['audit:list', 'audit:verify', 'audit:export', 'accounts:list', 'accounts:cases', 'accounts:create'] as const) {
      expect((await bench.fail(channel, {})).code, channel).toBe('FORBIDDEN');
    }
    await bench.call('vault:lock');
    await bench.asSupervisor();
    for (const [channel, input] of [
      ['cases:get', { id }],
      ['cases:list', {}],
      ['search:query', { text: 'Müller' }],
      ['deadlines:list', { scope: 'all' }],
      ['journal:add', { caseId: id }],
    ] as const) {
      expect((await bench.fail(channel, input)).code, channel).toBe('FORBIDDEN');
    }
  });
});

describe('break-the-glass', () => {
  test("a colleague's case needs a reason; the access is logged with it and flagged", async () => {
    const { caseId, code } = await twoCounsellors();
    // Own list and search: nothing of the colleague's case.
    expect(await bench.call('cases:list', {})).toEqual([]);
    expect(await bench.call('search:query', { text: 'Haidari' })).toEqual([]);
    expect((await bench.call('deadlines:list', { scope: 'all' })).items).toEqual([]);
    // Looking the code up shows who holds it and that a reason is needed.
    expect(await bench.call('access:lookupCase', { code: code.toLowerCase() })).toMatchObject({
      caseId,
      code,
      counsellorName: COUNSELLOR.name,
      isOwn: false,
      needsReason: true,
    });
    const refused = await bench.fail('cases:get', { id: caseId });
    expect(refused).toMatchObject({ code: 'REASON_REQUIRED', message: 'error.REASON_REQUIRED' });
    // Writing without having opened it with a reason is refused just the same (nothing stored).
    expect(
      (
        await bench.fail('journal:add', {
          caseId,
          entry: {
            occurredOn: '2026-11-20',
            durationMinutes: 10,
            kind: 'phone',
            interpreter: false,
            topics: [],
            participants: [],
            note: 'x',
          },
        })
      ).code,
    ).toBe('REASON_REQUIRED');
    // A reason left empty: a field message, nothing logged.
    const empty = await bench.fail('cases:get', { id: caseId, access: { kind: 'other', text: '  ' } });
    expect(empty.fields).toEqual({ 'access.text': 'validation.reasonTextRequired' });
    expect((await bench.fail('cases:get', { id: caseId, access: { kind: 'curiosity' } })).code).toBe('INVALID_INPUT');

    const detail = await bench.call('cases:get', { id: caseId, access: { kind: 'substitution' } });
    expect(detail.code).toBe(code);
    // For the rest of the session the case is open to this counsellor, every step flagged.
    await bench.call('journal:add', {
      caseId,
      entry: {
        occurredOn: '2026-11-21',
        durationMinutes: 15,
        kind: 'phone',
        interpreter: false,
        topics: [],
        participants: [],
        note: 'Vertretung',
      },
    });
    expect((await bench.call('cases:list', {})).map((row) => row.code)).toEqual([code]);
    expect((await bench.call('access:lookupCase', { code })).needsReason).toBe(false);
    await bench.call('cases:get', { id: caseId, access: { kind: 'other', text: 'Rückfrage Jobcenter' } });

    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const flagged = raw.prepare('SELECT action, object, reason FROM audit_log WHERE break_glass = 1 ORDER BY seq').all();
    raw.close();
    expect(flagged).toEqual([
      { action: 'case.view', object: code, reason: 'substitution' },
      { action: 'case.journal.add', object: code, reason: 'substitution' },
      { action: 'case.lookup', object: code, reason: 'substitution' },
      // A new reason given when opening again replaces the earlier one from then on.
      { action: 'case.view', object: code, reason: 'other: Rückfrage Jobcenter' },
    ]);
    // The grant ends with the session.
    await bench.call('vault:lock');
    await bench.signIn(SECOND);
    expect((await bench.fail('cases:get', { id: caseId })).code).toBe('REASON_REQUIRED');
  });

  test('the supervisor finds break-the-glass entries with the filter and the reason', async () => {
    const { caseId, code } = await twoCounsellors();
    await bench.call('cases:get', { id: caseId, access: { kind: 'caseConference' } });
    await bench.call('vault:lock');
    await bench.asSupervisor();
    const page = await bench.call('audit:list', { filter: { breakGlassOnly: true }, offset: 0, limit: 50 });
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({
      action: 'case.view',
      object: code,
      userName: SECOND.name,
      breakGlass: true,
      reasonKind: 'caseConference',
      reasonText: null,
    });
  });

  test("a colleague's many matching entries do not crowd a counsellor's own hit out of the search", async () => {
    const { caseId: colleagueCase, code } = await twoCounsellors();
    const own = await bench.call('cases:create', { fields: caseFields({ familyName: 'Rahimi' }) });
    const entry = (note: string) => ({
      occurredOn: '2026-11-20',
      durationMinutes: 30,
      kind: 'inPerson' as const,
      interpreter: false,
      topics: [],
      participants: [],
      note,
    });
    await bench.call('journal:add', {
      caseId: own.id,
      entry: entry('Lange Notiz über Schule, Sprachkurs, Wohnung und zuletzt den Termin bei der Ausländerbehörde.'),
    });
    await bench.call('vault:lock');
    await bench.asCounsellor();
    // More than one page of hits, each ranked above the colleague's single one.
    for (let index = 0; index < 60; index += 1) {
      await bench.call('journal:add', { caseId: colleagueCase, entry: entry('Ausländerbehörde Ausländerbehörde') });
    }
    await bench.call('vault:lock');
    await bench.signIn(SECOND);
    expect((await bench.call('search:query', { text: 'Ausländerbehörde' })).map((hit) => hit.caseId)).toEqual([own.id]);
    // Opened with a reason, the colleague's case is searched too.
    await bench.call('cases:get', { id: colleagueCase, access: { kind: 'substitution' } });
    const hits = await bench.call('search:query', { text: 'Ausländerbehörde' });
    expect(hits.some((hit) => hit.caseCode === code)).toBe(true);
  });

  test('own cases need no reason, and a reason given for one is not a break-the-glass', async () => {
    bench = await createAuditBench();
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    await bench.call('cases:get', { id });
    await bench.call('cases:get', { id, access: { kind: 'substitution' } });
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    expect(raw.prepare('SELECT count(*) FROM audit_log WHERE break_glass = 1').pluck().get()).toBe(0);
    raw.close();
  });
});
