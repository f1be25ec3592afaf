import { sampleCaseFields } from '../helpers/sampleCaseFields';
import { afterEach, describe, expect, test } from 'vitest';
import type { CaseFields } from '../../../src/shared/cases/domain';
import type { JournalInput } from '../../../src/shared/journal/domain';
import { closureInput } from '../helpers/caseFixtures';
import { createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

// The bench clock starts on 2026-11-21.
export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return sampleCaseFields({ languages: ['Arabisch', 'Kurdisch'], interpreterNeeded: true, ...overrides });
}

function journal(overrides: Partial<JournalInput> = {}): JournalInput {
  return {
    occurredOn: '2026-11-20',
    durationMinutes: 45,
    kind: 'inPerson',
    interpreter: false,
    topics: ['language'],
    participants: [],
    note: '',
    ...overrides,
  };
}

async function unlockedBench(): Promise<{ recoveryKey: string }> {
  bench = createTestBench();
  return setUpVault(bench);
}

describe('case files', () => {
  test('codes are generated per prefix and year with a running number', async () => {
    await unlockedBench();
    const first = await bench.call('cases:create', { fields: caseFields() });
    const second = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari' }) });
    expect([first.code, second.code]).toEqual(['FB-2026-0001', 'FB-2026-0002']);
    const list = await bench.call('cases:list', {});
    expect(list.map((row) => [row.code, row.familyName])).toEqual([
      ['FB-2026-0001', 'Müller'],
      ['FB-2026-0002', 'Haidari'],
    ]);
  });

  test('the first screen: only the first open cases in code order, logged like the whole list', async () => {
    const { recoveryKey } = await unlockedBench();
    const names = ['Haidari', 'Müller', 'Rahimi', 'Osman', 'Yilmaz'];
    const ids: string[] = [];
    for (const familyName of names) ids.push((await bench.call('cases:create', { fields: caseFields({ familyName }) })).id);
    await bench.call('closure:close', { caseId: ids[1] ?? '', closure: closureInput() });
    const first = await bench.call('cases:list', { first: 3 });
    expect(first.map((row) => [row.code, row.familyName])).toEqual([
      ['FB-2026-0001', 'Haidari'],
      ['FB-2026-0003', 'Rahimi'],
      ['FB-2026-0004', 'Osman'],
    ]);
    // The same rows as the whole list's first three, field for field.
    expect(first).toEqual((await bench.call('cases:list', {})).slice(0, 3));
    expect((await bench.call('cases:list', { includeClosed: true, first: 2 })).map((row) => row.code)).toEqual([
      'FB-2026-0001',
      'FB-2026-0002',
    ]);
    expect((await bench.fail('cases:list', { first: 0 })).code).toBe('INVALID_INPUT');
    expect((await bench.fail('cases:list', { first: 201 })).code).toBe('INVALID_INPUT');
    const raw = await openRawDatabase(bench, recoveryKey);
    const lists = raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'cases.list'`).get() as { n: number };
    raw.close();
    expect(lists.n).toBe(3);
  });

  test('an age outside 18–27 is a warning, not a block', async () => {
    await unlockedBench();
    expect((await bench.call('cases:create', { fields: caseFields({ birthDate: '1990-01-01' }) })).warnings).toEqual(['ageOutsideRange']);
    expect((await bench.call('cases:create', { fields: caseFields({ birthDate: '2008-11-21' }) })).warnings).toEqual([]);
    expect((await bench.call('cases:create', { fields: caseFields({ birthDate: '2008-11-22' }) })).warnings).toEqual(['ageOutsideRange']);
    expect(await bench.call('cases:list', {})).toHaveLength(3);
  });

  test('bad input gets field messages and nothing is saved', async () => {
    await unlockedBench();
    const future = await bench.fail('cases:create', { fields: caseFields({ birthDate: '2030-01-01' }) });
    expect(future.fields).toEqual({ birthDate: 'validation.birthDateFuture' });
    const unknownEnum = await bench.fail('cases:create', { fields: { ...caseFields(), gender: 'x' } });
    expect(unknownEnum.fields).toHaveProperty(['fields.gender']);
    const missing = await bench.fail('cases:create', { fields: { ...caseFields(), familyName: '   ' } });
    expect(missing.fields).toEqual({ 'fields.familyName': 'validation.required' });
    const badCountry = await bench.fail('cases:create', { fields: { ...caseFields(), countryOfOrigin: 'Syrien' } });
    expect(badCountry.fields).toEqual({ 'fields.countryOfOrigin': 'validation.country' });
    const badDate = await bench.fail('cases:create', { fields: { ...caseFields(), birthDate: '2005-02-29' } });
    expect(badDate.fields).toEqual({ 'fields.birthDate': 'validation.date' });
    expect(await bench.call('cases:list', {})).toEqual([]);
  });

  test('update logs which fields changed, never their values', async () => {
    const { recoveryKey } = await unlockedBench();
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    await bench.call('cases:update', { id, fields: caseFields({ phase: 'assessment', germanLevel: 'B1' }) });
    const detail = await bench.call('cases:get', { id });
    expect(detail.fields).toMatchObject({ phase: 'assessment', germanLevel: 'B1', familyName: 'Müller' });
    const raw = await openRawDatabase(bench, recoveryKey);
    const log = raw
      .prepare(`SELECT action, object, user_name AS userName, reason, details_hash AS detailsHash FROM audit_log WHERE action LIKE 'case%'`)
      .all();
    raw.close();
    expect(log.map((entry) => (entry as { action: string }).action)).toEqual(['case.create', 'case.update', 'case.view']);
    expect(log.every((entry) => (entry as { object: string }).object === 'FB-2026-0001')).toBe(true);
    expect(JSON.stringify(log)).not.toMatch(/Müller|Ayşe|assessment/);
  });
});

describe('residence status and deadlines', () => {
  test('a Duldung with expiry creates expiry, renewal and §25a deadlines on the dashboard', async () => {
    await unlockedBench();
    const { id, code } = await bench.call('cases:create', { fields: caseFields() });
    const invalid = await bench.fail('status:add', {
      caseId: id,
      status: {
        status: 'duldung60a',
        validFrom: '2026-11-01',
        validUntil: '2026-10-01',
        workPermission: null,
        residenceObligation: null,
        identityClarified: null,
        documentSeenOn: null,
      },
    });
    expect(invalid.fields).toEqual({ 'status.validUntil': 'validation.untilBeforeFrom' });

    await bench.call('status:add', {
      caseId: id,
      status: {
        status: 'duldung60a',
        validFrom: '2026-09-01',
        validUntil: '2026-11-26',
        workPermission: 'employmentWithApproval',
        residenceObligation: 'yes',
        identityClarified: 'inProgress',
        documentSeenOn: '2026-11-02',
      },
    });
    const detail = await bench.call('cases:get', { id });
    // The Duldung's renewal (no Fiktionswirkung) is due six weeks before it expires; the 27th birthday
    // ends eligibility for every case, § 25a is due the day before.
    expect(detail.deadlines.map((deadline) => [deadline.kind, deadline.dueOn])).toEqual([
      ['suspensionRenewal', '2026-10-15'],
      ['statusExpiry', '2026-11-26'],
      ['application25a', '2031-05-14'],
      ['ageLimit27', '2031-05-15'],
    ]);
    const list = await bench.call('cases:list', {});
    expect(list[0]).toMatchObject({ currentStatus: 'duldung60a', currentStatusUntil: '2026-11-26', nextDeadlineOn: '2026-10-15' });

    const dashboard = await bench.call('deadlines:list', { scope: 'mine' });
    expect(dashboard.today).toBe('2026-11-21');
    expect(dashboard.items.map((item) => [item.caseCode, item.kind, item.bucket])).toEqual([
      [code, 'suspensionRenewal', 'overdue'],
      [code, 'statusExpiry', 'next30Days'],
    ]);
    // § 25a and the 27th birthday are years away: counted, not listed.
    expect(dashboard.counts).toEqual({ overdue: 1, thisWeek: 0, next30Days: 1, later: 2 });
  });

  test('a newer status replaces the derived deadlines; done marks survive while the source is unchanged', async () => {
    await unlockedBench();
    const { id } = await bench.call('cases:create', { fields: caseFields({ birthDate: null }) });
    const status = { workPermission: null, residenceObligation: null, identityClarified: null, documentSeenOn: null } as const;
    await bench.call('status:add', {
      caseId: id,
      status: { ...status, status: 'gestattung55', validFrom: '2026-01-01', validUntil: '2026-11-23' },
    });
    const expiry = (await bench.call('cases:get', { id })).deadlines.find((deadline) => deadline.kind === 'statusExpiry');
    expect(expiry?.dueOn).toBe('2026-11-23');
    expect((await bench.fail('deadlines:resolve', { id: expiry?.id ?? '', state: 'dismissed', reason: null })).fields).toEqual({
      reason: 'validation.reasonRequired',
    });
    await bench.call('deadlines:resolve', { id: expiry?.id ?? '', state: 'done', reason: null });
    await bench.call('training:add', { caseId: id, startsOn: '2027-08-01', description: 'Ausbildung Pflegefachfrau' });
    let deadlines = (await bench.call('cases:get', { id })).deadlines;
    expect(deadlines.find((deadline) => deadline.kind === 'statusExpiry')?.state).toBe('done');
    expect(deadlines.some((deadline) => deadline.kind === 'window60c')).toBe(false);

    await bench.call('status:add', {
      caseId: id,
      status: { ...status, status: 'duldung60a', validFrom: '2026-11-20', validUntil: '2027-02-20' },
    });
    deadlines = (await bench.call('cases:get', { id })).deadlines;
    expect(
      deadlines.filter((deadline) => deadline.state === 'open').map((deadline) => [deadline.kind, deadline.dueOn, deadline.opensOn]),
    ).toEqual([
      ['suspensionRenewal', '2027-01-09', null],
      ['statusExpiry', '2027-02-20', null],
      ['window60c', '2027-08-01', '2027-01-01'],
    ]);
    // The resolved expiry of the old status stays as history.
    expect(deadlines.filter((deadline) => deadline.state === 'done')).toHaveLength(1);
  });

  test('own appointments and tasks appear on the dashboard; settlement permits derive nothing', async () => {
    await unlockedBench();
    // No birth date: the age limit (derived for every case with one) stays out of this test.
    const { id } = await bench.call('cases:create', { fields: caseFields({ birthDate: null }) });
    await bench.call('status:add', {
      caseId: id,
      status: {
        status: 'settlementPermit',
        validFrom: '2025-01-01',
        validUntil: '2030-01-01',
        workPermission: 'gainfulActivityPermitted',
        residenceObligation: 'no',
        identityClarified: 'yes',
        documentSeenOn: null,
      },
    });
    await bench.call('deadlines:add', { caseId: id, kind: 'appointment', title: 'Termin Ausländerbehörde', dueOn: '2026-11-19' });
    const dashboard = await bench.call('deadlines:list', { scope: 'all' });
    expect(dashboard.items.map((item) => [item.kind, item.title, item.bucket])).toEqual([
      ['appointment', 'Termin Ausländerbehörde', 'overdue'],
    ]);
  });
});

describe('journal and full-text search', () => {
  test('umlauts fold both ways, prefixes match, deleted entries leave the index', async () => {
    await unlockedBench();
    const { id, code } = await bench.call('cases:create', { fields: caseFields() });
    const { id: entryId } = await bench.call('journal:add', {
      caseId: id,
      entry: journal({ note: 'Gespräch über den Ausbildungsplatz bei Bäckerei Öztürk' }),
    });
    for (const query of ['muller', 'Müller', 'MÜLLER', 'ayse', 'Ausbild', 'backerei oztu', 'Bäckerei']) {
      const hits = await bench.call('search:query', { text: query });
      expect(hits.length, query).toBeGreaterThan(0);
      expect(hits[0]?.caseCode).toBe(code);
    }
    const [hit] = await bench.call('search:query', { text: 'ausbildungs' });
    expect(hit).toMatchObject({ source: 'journal', sourceId: entryId });
    expect(hit?.snippet).toContain('\u0002Ausbildungsplatz\u0003');

    await bench.call('journal:update', { id: entryId, entry: journal({ note: 'Praktikum vereinbart' }) });
    expect(await bench.call('search:query', { text: 'Ausbild' })).toEqual([]);
    expect(await bench.call('search:query', { text: 'praktikum' })).toHaveLength(1);
    await bench.call('journal:delete', { id: entryId });
    expect(await bench.call('search:query', { text: 'praktikum' })).toEqual([]);
  });

  test('long notes, emoji and text that looks like SQL or FTS syntax are stored verbatim', async () => {
    await unlockedBench();
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    const long = `${'Lernfortschritt '.repeat(625)}`.slice(0, 10_000);
    const tricky = `'); DROP TABLE cases; -- "NEAR(a b)" OR * 🙂👍🏽 Zoë`;
    await bench.call('journal:add', { caseId: id, entry: journal({ note: long }) });
    await bench.call('journal:add', { caseId: id, entry: journal({ note: tricky, occurredOn: '2026-11-19' }) });
    const notes = (await bench.call('cases:get', { id })).journal.map((entry) => entry.note);
    expect(notes).toEqual([long, tricky]);
    expect(notes[0]).toHaveLength(10_000);
    for (const query of ['DROP TABLE', '"NEAR(', 'OR *', '🙂', 'zoe', "'); --", 'AND NOT', "')"]) {
      await bench.call('search:query', { text: query });
    }
    expect(await bench.call('search:query', { text: 'drop table' })).toHaveLength(1);
    expect(await bench.call('search:query', { text: 'zoe' })).toHaveLength(1);
    expect((await bench.fail('journal:add', { caseId: id, entry: journal({ note: 'x'.repeat(20_001) }) })).fields).toEqual({
      'entry.note': 'validation.noteTooLong',
    });
    expect((await bench.fail('journal:add', { caseId: id, entry: journal({ occurredOn: '2026-12-01' }) })).fields).toEqual({
      occurredOn: 'validation.dateFuture',
    });
  });

  test('the Art. 9 notes are never in the search index', async () => {
    await unlockedBench();
    await bench.call('cases:create', { fields: caseFields({ specialCategoryNotes: 'Traumatherapie beantragt' }) });
    expect(await bench.call('search:query', { text: 'Traumatherapie' })).toEqual([]);
  });
});
