import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { StatusRecordRow } from '../../../src/shared/cases/domain';
import { translate } from '../../../src/shared/i18n';
import { sampleCaseFields } from '../helpers/sampleCaseFields';
import { createImportBench, csvText, planFor, utf8, vaultSnapshot, type ImportBench } from '../helpers/importFixtures';
import { openRawDatabase } from '../helpers/testCore';
import { pdfPageTexts } from '../helpers/pdfText';

let bench: ImportBench;
afterEach(async () => bench?.cleanup());

// The bench clock: 2026-11-21 (Europe/Berlin).
const HEADER = ['Name', 'Geb.-Datum', 'Geschlecht', 'Nationalität', 'Status', 'gültig bis', 'Eintritt', 'Bemerkung'];
const LIST = [
  HEADER,
  ['Haddad, Rami', '12.03.2004', 'm', 'Syrien', 'Duldung', '12.03.2027', '01.09.2025', 'Kommt dienstags; Termin ABH offen'],
  ['Amina Haidari', '3.4.05', 'w', 'AFG', 'Gestattung', null, '15.10.2025', null],
  ['Yonas Tesfaye', '2003-07-01', 'm', 'eritreisch', 'AE 25a', '30.06.2028', null, null],
];

function statusInputOf(record: StatusRecordRow | undefined) {
  if (!record) throw new Error('no status');
  return {
    status: record.status,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    workPermission: null,
    residenceObligation: null,
    identityClarified: null,
    documentSeenOn: null,
  };
}

async function offerList(rows: readonly (readonly (string | null)[])[] = LIST) {
  bench.offer('Fallliste.csv', utf8(csvText(rows)));
  return planFor(bench);
}

async function auditRows() {
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  try {
    return raw
      .prepare(`SELECT action, object, reason, details_hash AS detailsHash, user_name AS userName FROM audit_log ORDER BY seq`)
      .all() as {
      action: string;
      object: string | null;
      reason: string | null;
      detailsHash: string | null;
      userName: string | null;
    }[];
  } finally {
    raw.close();
  }
}

describe('dry run', () => {
  test('counts, per-row errors with row, column and a German reason — and nothing is written', async () => {
    bench = await createImportBench();
    const { plan } = await offerList([
      ...LIST,
      ['Rami', '12.03.2004', 'm', 'Syrien', null, null, null, null],
      ['Sara Berhane', '12.03.', 'q', 'Narnia', 'Duldung', '31.02.2027', null, null],
      [null, null, null, null, null, null, null, null],
      ['Stand: 20.11.2026', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, 'Liste geführt von Frau K.'],
    ]);
    const before = await vaultSnapshot(bench, ['audit_log', 'audit_chain']);
    const dryRun = await bench.call('import:dryRun', { plan });
    expect(dryRun).toMatchObject({ dataRows: 7, emptyRows: 1, ignoredRows: 1, create: 3, errorRows: 3, withStatus: 3, withRemark: 1 });
    const errors = dryRun.errors.map((error) => [error.row, error.column?.header ?? null, error.messageKey]);
    expect(errors).toEqual([
      [5, 'Name', 'import.row.nameNotSplit'],
      [6, 'Geb.-Datum', 'import.row.dateNoYear'],
      [6, 'Geschlecht', 'import.row.valueUnmapped'],
      [6, 'Nationalität', 'import.row.valueUnmapped'],
      [6, 'gültig bis', 'import.row.dateInvalid'],
      [8, 'Name', 'import.row.nameHasDigits'],
    ]);
    expect(dryRun.errorCount).toBe(6);
    expect(dryRun.notes).toContainEqual({ row: 9, column: null, messageKey: 'import.note.notData', params: {} });
    const reason = dryRun.errors[1];
    expect(translate('de', reason?.messageKey ?? '', reason?.params)).toBe(
      '„12.03.“: Das Jahr fehlt. Bitte mit Jahr angeben, z. B. 12.03.2026.',
    );
    // "3.4.05" is a two-digit year: read as 2005 because only that fits 18–27, and said so.
    expect(dryRun.notes).toContainEqual({
      row: 3,
      column: { index: 1, letter: 'B', header: 'Geb.-Datum' },
      messageKey: 'import.note.twoDigitBirthYear',
      params: { value: '3.4.05', date: '03.04.2005' },
    });
    expect(await vaultSnapshot(bench, ['audit_log', 'audit_chain'])).toEqual(before);
    expect(await bench.call('cases:list', {})).toEqual([]);
  });

  test('a plan without a name, or with a field twice, is refused with its reason', async () => {
    bench = await createImportBench();
    const { plan } = await offerList();
    const withoutName = { ...plan, columns: plan.columns.filter((column) => column.field !== 'fullName') };
    expect(await bench.fail('import:dryRun', { plan: withoutName })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'import.plan.nameRequired',
    });
    const twice = { ...plan, columns: [...plan.columns, { column: 7, field: 'birthDate' as const }] };
    expect(await bench.fail('import:dryRun', { plan: twice })).toMatchObject({ code: 'INVALID_INPUT', message: 'import.plan.fieldTwice' });
  });
});

describe('import', () => {
  test('each case as a hand-made one: status history with derived deadlines, the remark as the first journal entry, search', async () => {
    bench = await createImportBench();
    const { plan } = await offerList();
    const result = await bench.call('import:commit', { plan });
    expect(result).toMatchObject({ created: 3, merged: 0, skipped: 0, errorRows: 0 });
    const cases = await bench.call('cases:list', {});
    expect(
      cases.map((row) => [row.code, row.familyName, row.givenNames, row.birthDate, row.currentStatus, row.currentStatusUntil]),
    ).toEqual([
      ['FB-2026-0001', 'Haddad', 'Rami', '2004-03-12', 'duldung60a', '2027-03-12'],
      ['FB-2026-0002', 'Haidari', 'Amina', '2005-04-03', 'gestattung55', null],
      ['FB-2026-0003', 'Tesfaye', 'Yonas', '2003-07-01', 'ae25a', '2028-06-30'],
    ]);
    const rami = await bench.call('cases:get', { id: cases[0]?.id ?? '' });
    expect(rami.fields).toMatchObject({
      gender: 'male',
      nationalities: ['SY'],
      intakeDate: '2025-09-01',
      programme: 'kim',
      accessRoute: 'other',
    });
    expect(rami.statuses).toMatchObject([{ status: 'duldung60a', validUntil: '2027-03-12', validFrom: null }]);
    // The deadlines a hand-made case with the same fields and status gets, by the same rules.
    const byHand = await bench.call('cases:create', { fields: rami.fields });
    await bench.call('status:add', { caseId: byHand.id, status: statusInputOf(rami.statuses[0]) });
    const expected = (await bench.call('cases:get', { id: byHand.id })).deadlines.map((deadline) => [deadline.kind, deadline.dueOn]);
    expect(expected.map(([kind]) => kind)).toEqual(expect.arrayContaining(['statusExpiry', 'application25a']));
    expect(rami.deadlines.map((deadline) => [deadline.kind, deadline.dueOn])).toEqual(expected);
    expect(rami.journal).toMatchObject([
      {
        occurredOn: '2026-11-21',
        kind: 'note',
        note: 'Übernommen aus Liste\nKommt dienstags; Termin ABH offen',
        authorName: 'Chris Beratung',
      },
    ]);
    const amina = await bench.call('cases:get', { id: cases[1]?.id ?? '' });
    // Without a list date the default intake date of the plan.
    expect(amina.fields.intakeDate).toBe('2025-10-15');
    expect(amina.journal).toEqual([]);
    expect((await bench.call('search:query', { text: 'Tesfaye' })).map((hit) => hit.caseCode)).toEqual(['FB-2026-0003']);
    expect((await bench.call('search:query', { text: 'dienstags' })).map((hit) => hit.source)).toEqual(['journal']);
    // The list is gone from the core once imported.
    expect((await bench.fail('import:dryRun', { plan })).message).toBe('import.noDraft');
  });

  test('the access log: the import with batch id, file SHA-256 and counts, each created case — no names, no file name, no values', async () => {
    bench = await createImportBench();
    const bytes = utf8(csvText(LIST));
    bench.offer('Fallliste Nord 2026.csv', bytes);
    const { plan } = await planFor(bench);
    const { batchId } = await bench.call('import:commit', { plan });
    const rows = await auditRows();
    const created = rows.filter((row) => row.action === 'case.create');
    expect(created.map((row) => row.object)).toEqual(['FB-2026-0001', 'FB-2026-0002', 'FB-2026-0003']);
    // The status goes in with its case: one creation, one entry (the remark is a journal entry of its own).
    expect(rows.filter((row) => row.action === 'case.status.add')).toEqual([]);
    expect(rows.filter((row) => row.action === 'case.journal.add').map((row) => row.object)).toEqual(['FB-2026-0001']);
    const commit = rows.find((row) => row.action === 'import.commit');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const details = { batchId, sha256, kind: 'csv', rows: 3, created: 3, merged: 0, skipped: 0, errorRows: 0 };
    expect(commit).toMatchObject({ object: batchId, detailsHash: createHash('sha256').update(JSON.stringify(details)).digest('hex') });
    const logText = JSON.stringify(rows);
    for (const secret of ['Haddad', 'Rami', 'Haidari', 'Tesfaye', 'Fallliste', 'dienstags', '2004-03-12', 'Syrien', sha256]) {
      expect(logText, secret).not.toContain(secret);
    }
    // The batch keeps the hash and the counts, never the file name.
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const batch = raw.prepare(`SELECT * FROM import_batches`).get();
    raw.close();
    expect(batch).toMatchObject({ id: batchId, file_sha256: sha256, file_kind: 'csv', created_count: 3 });
    expect(JSON.stringify(batch)).not.toContain('Fallliste');
  });

  test('all valid rows in one transaction or nothing: a failure at the third case leaves the vault as it was', async () => {
    bench = await createImportBench();
    const { plan } = await offerList();
    await bench.call('import:dryRun', { plan });
    const raw = await openRawDatabase(bench, bench.recoveryKey, false);
    raw.exec(
      `CREATE TRIGGER import_test_failure BEFORE INSERT ON cases WHEN (SELECT count(*) FROM cases) >= 2 BEGIN SELECT RAISE(ABORT, 'disk'); END`,
    );
    raw.close();
    const before = await vaultSnapshot(bench);
    expect((await bench.fail('import:commit', { plan })).code).toBe('INTERNAL');
    expect(await vaultSnapshot(bench)).toEqual(before);
    const fix = await openRawDatabase(bench, bench.recoveryKey, false);
    fix.exec(`DROP TRIGGER import_test_failure`);
    fix.close();
    // The list is still open: the same plan imports once the cause is gone.
    expect((await bench.call('import:commit', { plan })).created).toBe(3);
  });

  test('round trip: the Auskunft (Art. 15) of an imported person shows exactly what the list held, and where it came from', async () => {
    bench = await createImportBench();
    const { plan } = await offerList();
    await bench.call('import:commit', { plan });
    const [rami] = await bench.call('cases:list', {});
    const written = await bench.call('disclosure:create', { caseId: rami?.id ?? '' });
    if (written.cancelled) throw new Error('cancelled');
    const disclosure = JSON.parse(readFileSync(join(bench.out, written.json.fileName), 'utf8')) as {
      person: Record<string, unknown>;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(disclosure.person).toMatchObject({
      family_name: 'Haddad',
      given_names: 'Rami',
      birth_date: '2004-03-12',
      gender: 'male',
      nationalities: '["SY"]',
      intake_date: '2025-09-01',
    });
    expect(disclosure.tables.residence_statuses).toMatchObject([{ status: 'duldung60a', valid_until: '2027-03-12' }]);
    expect(disclosure.tables.journal_entries).toMatchObject([{ note: 'Übernommen aus Liste\nKommt dienstags; Termin ABH offen' }]);
    expect(disclosure.tables.import_batch_cases).toMatchObject([{ origin: 'created', source_row: 2 }]);
    // The PDF says it in words: where the case came from and on which day the list was taken over.
    const text = (await pdfPageTexts(readFileSync(join(bench.out, written.pdf.fileName)))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Übernahme aus einer Liste');
    expect(text).toMatch(
      /Herkunft der Daten: Fall aus der Liste neu angelegt · Zeile in der übernommenen Liste: 2 · Aus der Liste ergänzte Felder: – · Übernommen am: \d\d\.\d\d\.\d{4}/,
    );
    expect(text).not.toContain('fingerprint');
  });
});

describe('duplicates', () => {
  test('same name and birth date as an own case: skip (default), import anyway, or merge into its empty fields', async () => {
    bench = await createImportBench();
    const existing = await bench.call('cases:create', {
      fields: sampleCaseFields({
        familyName: 'Haddad',
        givenNames: 'Rami',
        birthDate: '2004-03-12',
        nationalities: [],
        gender: 'notStated',
      }),
    });
    const { plan } = await offerList();
    const dryRun = await bench.call('import:dryRun', { plan });
    expect(dryRun.duplicates).toEqual([{ row: 2, match: 'case', code: existing.code, own: true, otherRow: null, decision: 'skip' }]);
    expect(dryRun).toMatchObject({ create: 2, skip: 1 });
    const anyway = await bench.call('import:dryRun', { plan: { ...plan, duplicates: { '2': 'import' } } });
    expect(anyway).toMatchObject({ create: 3, skip: 0 });
    const result = await bench.call('import:commit', { plan: { ...plan, duplicates: { '2': 'merge' } } });
    expect(result).toMatchObject({ created: 2, merged: 1 });
    const merged = await bench.call('cases:get', { id: existing.id });
    // Empty fields filled, filled ones kept (the intake date, programme and access route of the case stay).
    expect(merged.fields).toMatchObject({ nationalities: ['SY'], gender: 'male', intakeDate: '2026-11-02', programme: 'kim' });
    expect(merged.statuses).toMatchObject([{ status: 'duldung60a', validUntil: '2027-03-12' }]);
    expect(merged.journal[0]?.note).toBe('Übernommen aus Liste\nKommt dienstags; Termin ABH offen');
  });

  test('twice in the list: the later row is skipped unless imported anyway', async () => {
    bench = await createImportBench();
    const { plan } = await offerList([...LIST, ['HADDAD Rami', '12.03.2004', 'm', 'SYR', null, null, null, null]]);
    const dryRun = await bench.call('import:dryRun', { plan });
    expect(dryRun.duplicates).toEqual([{ row: 5, match: 'row', code: null, own: true, otherRow: 2, decision: 'skip' }]);
    expect((await bench.call('import:dryRun', { plan: { ...plan, duplicates: { '5': 'import' } } })).create).toBe(4);
  });
});
