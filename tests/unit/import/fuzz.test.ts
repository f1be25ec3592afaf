import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMessageKey } from '../../../src/shared/i18n';
import type { ImportPlan } from '../../../src/shared/import/domain';
import type { AppErrorData } from '../../../src/shared/kernel/result';
import { createImportBench, utf8, vaultSnapshot, windows1252, xlsxBytes, type ImportBench } from '../helpers/importFixtures';

/**
 * Whatever a list holds: the core never crashes (no INTERNAL), never imports half, and every refusal
 * carries a message the app has a German text for. One vault for all runs; after each run the
 * vault is compared with its state before (a refused or failed import changes nothing) or the
 * batch is undone.
 */

let bench: ImportBench;
beforeAll(async () => {
  bench = await createImportBench();
});
afterAll(async () => bench?.cleanup());

const EXPECTED_CODES = new Set(['FILE_REFUSED', 'INVALID_INPUT', 'CONFLICT', 'NOT_FOUND']);

function expectGermanRefusal(error: AppErrorData): void {
  expect(EXPECTED_CODES.has(error.code), JSON.stringify(error)).toBe(true);
  expect(isMessageKey(error.message), error.message).toBe(true);
  for (const key of Object.values(error.fields ?? {})) expect(isMessageKey(key), key).toBe(true);
}

async function attempt<T>(channel: Parameters<ImportBench['call']>[0], input: unknown): Promise<T | null> {
  const result = await bench.core.invoke(channel, input);
  if (result.ok) return result.value as T;
  expectGermanRefusal(result.error);
  return null;
}

/** Opens the queued file and goes through every step with the suggestions; checks all-or-nothing. */
async function importWhateverItHolds(): Promise<void> {
  const before = await vaultSnapshot(bench, ['audit_log', 'audit_chain']);
  const opened = await attempt<{ cancelled: boolean; sheets: { rows: number }[] }>('import:open', {});
  if (!opened || opened.cancelled) {
    expect(await vaultSnapshot(bench, ['audit_log', 'audit_chain'])).toEqual(before);
    return;
  }
  const preview = await attempt<{
    headerRow: number;
    nameOrder: ImportPlan['nameOrder'];
    columns: { index: number; suggestion: string | null }[];
  }>('import:preview', { sheet: 0, headerRow: null });
  if (!preview) return;
  const columns = preview.columns.flatMap((column) => (column.suggestion ? [{ column: column.index, field: column.suggestion }] : []));
  if (!columns.some((column) => ['fullName', 'familyName'].includes(column.field)) && preview.columns[0]) {
    columns.splice(0, columns.length, ...columns.filter((column) => column.column !== 0), { column: 0, field: 'fullName' });
  }
  const table = { sheet: 0, headerRow: preview.headerRow, columns };
  const values = await attempt<{ lists: Record<string, { key: string; suggestion: string | null }[]> }>('import:values', { table });
  if (!values) return;
  const mapping = (list: string) => Object.fromEntries((values.lists[list] ?? []).map((choice) => [choice.key, choice.suggestion]));
  const plan = {
    ...table,
    nameOrder: preview.nameOrder,
    values: {
      status: mapping('status'),
      gender: mapping('gender'),
      country: mapping('country'),
      programme: mapping('programme'),
      accessRoute: mapping('accessRoute'),
      counsellor: mapping('counsellor'),
    },
    defaults: { programme: 'kim', accessRoute: 'other', intakeDate: '2026-11-01' },
    duplicates: {},
  };
  const dryRun = await attempt<{ create: number; merge: number }>('import:dryRun', { plan });
  const committed = await attempt<{ batchId: string; created: number; merged: number }>('import:commit', { plan });
  if (!committed) {
    expect(await vaultSnapshot(bench, ['audit_log', 'audit_chain'])).toEqual(before);
    return;
  }
  expect(dryRun && [committed.created, committed.merged]).toEqual(dryRun && [dryRun.create, dryRun.merge]);
  expect((await bench.call('cases:list', {})).length).toBe(committed.created);
  await bench.call('import:undo', { batchId: committed.batchId, keepChanged: false });
  // Undone: as before, but for the log and the case-code counter (codes are never handed out twice).
  const { case_code_counters: _counters, ...unchanged } = before;
  expect(await vaultSnapshot(bench, ['audit_log', 'audit_chain', 'case_code_counters'])).toEqual(unchanged);
}

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Haddad, Rami',
    'Amina Haidari',
    '12.03.2005',
    '3.4.05',
    '38423',
    'Duldung bis 12.03.',
    'AE 25a',
    'w',
    'SYR',
    'Syrien',
    '=SUMME(A1)',
    '+49',
    '-',
    '@x',
    'Name',
    'Geb.-Datum',
    'Status',
    'gültig bis',
    'Zuständig',
    'Bemerkung',
  ),
  fc.string({ unit: fc.constantFrom('"', ';', ',', '\n', '\r', '\t', 'ä', '€', '„', 'x', ' ', '\u0000'), maxLength: 8 }),
);

describe('fuzz', () => {
  test('CSV text of any shape and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { maxLength: 7 }), { maxLength: 12 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.constantFrom('utf8', 'utf8bom', 'cp1252', 'raw'),
        fc.uint8Array({ maxLength: 300 }),
        async (rows, delimiter, newline, encoding, raw) => {
          const text = rows.map((row) => row.join(delimiter)).join(newline);
          let bytes: Uint8Array = raw;
          if (encoding === 'utf8') bytes = utf8(text);
          if (encoding === 'utf8bom') bytes = utf8(text, true);
          if (encoding === 'cp1252') {
            try {
              bytes = windows1252(text);
            } catch {
              bytes = utf8(text);
            }
          }
          bench.offer('Liste.csv', bytes);
          await importWhateverItHolds();
        },
      ),
      { numRuns: 120 },
    );
  });

  test('damaged .xlsx bytes: truncated, flipped, spliced', async () => {
    const valid = await xlsxBytes([
      {
        rows: [
          ['Name', 'Geb.-Datum', 'Status', 'Bemerkung'],
          ['Haddad, Rami', new Date(Date.UTC(2005, 2, 12)), 'Duldung', 'kommt dienstags'],
          ['Amina Haidari', 38423, 'Gestattung', null],
        ],
      },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: valid.length }) }),
          fc.record({
            kind: fc.constant('flip' as const),
            flips: fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 }),
          }),
          fc.record({
            kind: fc.constant('splice' as const),
            at: fc.nat({ max: valid.length }),
            bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
          }),
        ),
        async (damage) => {
          let bytes = Buffer.from(valid);
          if (damage.kind === 'truncate') bytes = bytes.subarray(0, damage.at);
          if (damage.kind === 'flip') for (const [at, mask] of damage.flips) bytes[at] = (bytes[at] ?? 0) ^ mask;
          if (damage.kind === 'splice') bytes = Buffer.concat([bytes.subarray(0, damage.at), damage.bytes, bytes.subarray(damage.at)]);
          bench.offer('Liste.xlsx', bytes);
          await importWhateverItHolds();
        },
      ),
      { numRuns: 120 },
    );
  });
});
