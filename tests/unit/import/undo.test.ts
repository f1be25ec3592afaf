import { existsSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { IMPORT_CHANNELS } from '../../../src/shared/import/channels';
import { sampleCaseFields } from '../helpers/sampleCaseFields';
import { SECOND_COUNSELLOR, createImportBench, csvText, planFor, utf8, vaultSnapshot, type ImportBench } from '../helpers/importFixtures';
import { COUNSELLOR, SUPERVISOR, openRawDatabase } from '../helpers/testCore';

let bench: ImportBench;
afterEach(async () => bench?.cleanup());

const LIST = [
  ['Nachname', 'Vorname', 'Geb.-Datum', 'Status', 'gültig bis', 'Zuständig', 'Bemerkung'],
  ['Haddad', 'Rami', '12.03.2004', 'Duldung', '12.03.2027', 'Chris', 'Termin ABH offen'],
  ['Haidari', 'Amina', '03.04.2005', 'Gestattung', null, null, null],
  ['Tesfaye', 'Yonas', '01.07.2003', 'AE 25a', '30.06.2028', 'Chris', 'Sprachkurs B1'],
];

async function importList(rows: readonly (readonly (string | null)[])[] = LIST) {
  bench.offer('Liste.csv', utf8(csvText(rows)));
  const { plan, values } = await planFor(bench);
  return { result: await bench.call('import:commit', { plan }), plan, values };
}

/** Tables an undo may leave different: the log grows, and case codes are never handed out twice. */
const LOGGED = ['audit_log', 'audit_chain', 'case_code_counters'];

describe('undo', () => {
  test('an unchanged batch: a real erasure — rows, full-text index and deadlines as before the import', async () => {
    bench = await createImportBench();
    const kept = await bench.call('cases:create', { fields: sampleCaseFields({ familyName: 'Bleibt' }) });
    const before = await vaultSnapshot(bench, LOGGED);
    const { result } = await importList();
    expect(await bench.call('import:batches')).toMatchObject([{ id: result.batchId, created: 3, linked: 3, partlyUndone: false }]);
    expect(await bench.call('import:undoPreview', { batchId: result.batchId })).toEqual({ unchanged: 3, changed: [] });
    expect(await bench.call('import:undo', { batchId: result.batchId, keepChanged: false })).toEqual({ undone: 3, kept: 0 });
    const after = await vaultSnapshot(bench, LOGGED);
    expect(after).toEqual(before);
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining(['search_index_content', 'deadlines', 'journal_entries', 'residence_statuses']),
    );
    expect((await bench.call('cases:list', {})).map((row) => row.id)).toEqual([kept.id]);
    expect(await bench.call('search:query', { text: 'Haddad' })).toEqual([]);
    expect(await bench.call('import:batches')).toEqual([]);
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const actions = raw.prepare(`SELECT action, object FROM audit_log WHERE action LIKE 'import.undo%'`).all();
    raw.close();
    expect(actions).toEqual([
      { action: 'import.undo.preview', object: result.batchId },
      { action: 'import.undo.case', object: 'FB-2026-0002' },
      { action: 'import.undo.case', object: 'FB-2026-0003' },
      { action: 'import.undo.case', object: 'FB-2026-0004' },
      { action: 'import.undo', object: result.batchId },
    ]);
  });

  test('changed cases are listed; on confirmation they stay and the rest is undone', async () => {
    bench = await createImportBench();
    const { result } = await importList();
    const [rami, amina] = await bench.call('cases:list', {});
    await bench.call('journal:add', {
      caseId: amina?.id ?? '',
      entry: {
        occurredOn: '2026-11-21',
        durationMinutes: 30,
        kind: 'phone',
        interpreter: false,
        topics: [],
        participants: [],
        note: 'Rückruf',
      },
    });
    const preview = await bench.call('import:undoPreview', { batchId: result.batchId });
    expect(preview).toEqual({ unchanged: 2, changed: [{ code: amina?.code, row: 3 }] });
    const refused = await bench.fail('import:undo', { batchId: result.batchId, keepChanged: false });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'import.undo.changed', params: { count: 1 } });
    expect(await bench.call('cases:list', {})).toHaveLength(3);
    expect(await bench.call('import:undo', { batchId: result.batchId, keepChanged: true })).toEqual({ undone: 2, kept: 1 });
    expect((await bench.call('cases:list', {})).map((row) => row.code)).toEqual([amina?.code]);
    expect(await bench.call('import:batches')).toMatchObject([{ id: result.batchId, linked: 1, partlyUndone: true }]);
    expect((await bench.fail('cases:get', { id: rami?.id ?? '' })).code).toBe('NOT_FOUND');
  });

  test('a merge is undone by emptying the fields it filled and removing the status and note it added', async () => {
    bench = await createImportBench();
    const existing = await bench.call('cases:create', {
      fields: sampleCaseFields({ familyName: 'Haddad', givenNames: 'Rami', birthDate: '2004-03-12', nationalities: [], entryDate: null }),
    });
    const before = await bench.call('cases:get', { id: existing.id });
    bench.offer(
      'Liste.csv',
      utf8(
        csvText([
          [...(LIST[0] ?? []), 'Nationalität'],
          [...(LIST[1] ?? []), 'Syrien'],
        ]),
      ),
    );
    const { plan } = await planFor(bench);
    const { batchId } = await bench.call('import:commit', { plan: { ...plan, duplicates: { '2': 'merge' } } });
    const merged = await bench.call('cases:get', { id: existing.id });
    expect(merged.fields.nationalities).toEqual(['SY']);
    expect(merged.statuses).toHaveLength(1);
    expect(await bench.call('import:undo', { batchId, keepChanged: false })).toEqual({ undone: 1, kept: 0 });
    const after = await bench.call('cases:get', { id: existing.id });
    expect(after.fields).toEqual(before.fields);
    expect(after.statuses).toEqual([]);
    expect(after.journal).toEqual([]);
    expect(after.deadlines.map((deadline) => deadline.kind)).toEqual(before.deadlines.map((deadline) => deadline.kind));
  });
});

describe('who may import, and for whom', () => {
  test('supervisors cannot import (they see no case contents)', async () => {
    bench = await createImportBench();
    await bench.call('vault:lock');
    await bench.signIn(SUPERVISOR);
    for (const channel of IMPORT_CHANNELS) expect((await bench.fail(channel, {})).code, channel).toBe('FORBIDDEN');
  });

  test('a "Zuständig" value maps to a colleague’s account: the case is handed over and that is logged; unknown names are errors', async () => {
    bench = await createImportBench();
    await bench.addColleague();
    bench.offer(
      'Liste.csv',
      utf8(
        csvText([
          ...LIST,
          ['Berhane', 'Sara', '05.05.2002', null, null, 'Dana', null],
          ['Rahimi', 'Omid', '06.06.2001', null, null, 'Herr Meier', null],
        ]),
      ),
    );
    const { plan, values } = await planFor(bench);
    const dana = values.counsellors.find((account) => account.name === SECOND_COUNSELLOR.name);
    expect(values.lists.counsellor.map((choice) => [choice.label, choice.suggestion])).toEqual([
      ['Chris', values.counsellors[0]?.id],
      ['Dana', dana?.id],
      ['Herr Meier', null],
    ]);
    const dryRun = await bench.call('import:dryRun', { plan });
    expect(dryRun.errors).toMatchObject([{ row: 6, column: { header: 'Zuständig' }, messageKey: 'import.row.counsellorUnmapped' }]);
    expect(dryRun.assigned.map((entry) => [entry.name, entry.isSelf, entry.count])).toEqual([
      ['Chris Beratung', true, 3],
      ['Dana Vertretung', false, 1],
    ]);
    const { batchId } = await bench.call('import:commit', { plan });
    expect((await bench.call('cases:list', {})).map((row) => row.familyName)).toEqual(['Haddad', 'Haidari', 'Tesfaye']);
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const assigned = raw.prepare(`SELECT action, object, user_name AS userName FROM audit_log WHERE action = 'case.assign'`).all();
    raw.close();
    expect(assigned).toEqual([{ action: 'case.assign', object: 'FB-2026-0004', userName: COUNSELLOR.name }]);
    await bench.call('vault:lock');
    await bench.signIn(SECOND_COUNSELLOR);
    expect((await bench.call('cases:list', {})).map((row) => row.familyName)).toEqual(['Berhane']);
    // The batch is the importer's: a colleague cannot undo it.
    expect((await bench.fail('import:undo', { batchId, keepChanged: true })).message).toBe('import.batchNotFound');
    await bench.call('vault:lock');
    await bench.signIn(COUNSELLOR);
    expect(await bench.call('import:undo', { batchId, keepChanged: false })).toEqual({ undone: 4, kept: 0 });
  });
});

describe('around the import', () => {
  test('a mapping saved as a profile maps the next list of the same shape', async () => {
    bench = await createImportBench();
    bench.offer(
      'Liste.csv',
      utf8(
        csvText([
          ['Familie', 'Rufname', 'Aufenthalt laut Papier'],
          ['Haddad', 'Rami', 'Dul.'],
        ]),
      ),
    );
    await bench.call('import:open');
    const preview = await bench.call('import:preview', { sheet: 0, headerRow: null });
    expect(preview.columns.map((column) => column.suggestion)).toEqual([null, 'givenNames', null]);
    const { id } = await bench.call('import:saveProfile', {
      name: 'Liste Team Nord',
      mapping: {
        columns: [
          { header: 'Familie', field: 'familyName' },
          { header: 'Rufname', field: 'givenNames' },
          { header: 'Aufenthalt laut Papier', field: 'status' },
        ],
        nameOrder: 'givenFirst',
        values: { status: { 'dul.': 'duldung60a' } },
        defaults: { programme: 'durchstarten', accessRoute: 'jobcenter' },
      },
    });
    expect((await bench.call('import:profiles')).map((profile) => profile.name)).toEqual(['Liste Team Nord']);
    bench.offer(
      'Liste2.csv',
      utf8(
        csvText([
          ['Familie', 'Rufname', 'Aufenthalt laut Papier'],
          ['Haidari', 'Amina', 'Dul.'],
        ]),
      ),
    );
    await bench.call('import:open');
    const mapped = await bench.call('import:preview', { sheet: 0, headerRow: null, profileId: id });
    expect(mapped.columns.map((column) => column.suggestion)).toEqual(['familyName', 'givenNames', 'status']);
    const table = {
      sheet: 0,
      headerRow: 0,
      columns: mapped.columns.map((column) => ({ column: column.index, field: column.suggestion ?? 'remark' })),
    };
    const values = await bench.call('import:values', { table, profileId: id });
    expect(values.lists.status).toEqual([{ key: 'dul.', label: 'Dul.', count: 1, suggestion: 'duldung60a' }]);
    // The same name again replaces the profile; deleting removes it.
    const again = await bench.call('import:saveProfile', {
      name: 'Liste Team Nord',
      mapping: { columns: [], nameOrder: 'familyFirst', values: {}, defaults: { programme: 'kim', accessRoute: 'other' } },
    });
    expect(again.id).toBe(id);
    await bench.call('import:deleteProfile', { id });
    expect(await bench.call('import:profiles')).toEqual([]);
    expect((await bench.fail('import:deleteProfile', { id })).code).toBe('NOT_FOUND');
  });

  test('the source file can be deleted after the import — that file only, once', async () => {
    bench = await createImportBench();
    expect((await bench.fail('import:deleteSource')).message).toBe('import.noSourceToDelete');
    const path = bench.offer('Liste.csv', utf8(csvText(LIST)));
    const { plan } = await planFor(bench);
    expect((await bench.fail('import:deleteSource')).message).toBe('import.noSourceToDelete');
    await bench.call('import:commit', { plan });
    expect(existsSync(path)).toBe(true);
    expect(await bench.call('import:deleteSource')).toEqual({ deleted: true });
    expect(existsSync(path)).toBe(false);
    expect((await bench.fail('import:deleteSource')).message).toBe('import.noSourceToDelete');
  });

  test('locking drops the open list from memory', async () => {
    bench = await createImportBench();
    bench.offer('Liste.csv', utf8(csvText(LIST)));
    const { plan } = await planFor(bench);
    await bench.call('vault:lock');
    await bench.signIn(COUNSELLOR);
    expect((await bench.fail('import:dryRun', { plan })).message).toBe('import.noDraft');
    await bench.call('import:discard');
  });
});
