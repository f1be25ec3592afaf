import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { de } from '../../../src/shared/i18n/de';
import { encryptedWorkbook, legacyWorkbook, pdfBytes, pngBytes, zipBomb } from '../helpers/badFiles';
import {
  createImportBench,
  patchXlsx,
  planFor,
  utf8,
  vaultSnapshot,
  windows1252,
  xlsxBytes,
  type ImportBench,
} from '../helpers/importFixtures';

let bench: ImportBench;
beforeAll(async () => {
  bench = await createImportBench();
});
afterAll(async () => bench?.cleanup());

async function cellsOf(name: string, bytes: Uint8Array): Promise<string[][]> {
  bench.offer(name, bytes);
  const opened = await bench.call('import:open');
  if (opened.cancelled) throw new Error('cancelled');
  const preview = await bench.call('import:preview', { sheet: 0, headerRow: null });
  return preview.rows.map((row) => row.cells);
}

describe('CSV as German Excel saves it', () => {
  test('Windows-1252 with ; and a quoted line break', async () => {
    const text = 'Nachname;Vorname;Bemerkung\r\nMüller;Jürgen;"Straße „Am Bach“\r\nzweite Zeile – 5 €"\r\nÖztürk;Ayşe;\r\n'.replace(
      'ş',
      's',
    );
    expect(await cellsOf('Liste.csv', windows1252(text))).toEqual([
      ['Nachname', 'Vorname', 'Bemerkung'],
      ['Müller', 'Jürgen', 'Straße „Am Bach“\r\nzweite Zeile – 5 €'],
      ['Öztürk', 'Ayse', ''],
    ]);
    bench.offer('Liste.csv', windows1252(text));
    const opened = await bench.call('import:open');
    expect(opened).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
  });

  test('UTF-8 with and without BOM, comma or tab, Excel’s sep= line, UTF-16', async () => {
    const expected = [
      ['Name', 'Geburtsdatum'],
      ['Ayşe Öztürk', '12.03.2005'],
    ];
    expect(await cellsOf('a.csv', utf8('Name,Geburtsdatum\nAyşe Öztürk,12.03.2005\n', true))).toEqual(expected);
    expect(await cellsOf('b.csv', utf8('Name;Geburtsdatum\r\nAyşe Öztürk;12.03.2005'))).toEqual(expected);
    expect(await cellsOf('c.csv', utf8('sep=,\r\nName,Geburtsdatum\r\nAyşe Öztürk,12.03.2005\r\n'))).toEqual(expected);
    expect(await cellsOf('d.txt', utf8('Name\tGeburtsdatum\nAyşe Öztürk\t12.03.2005\n'))).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tGeburtsdatum\r\nAyşe Öztürk\t12.03.2005\r\n', 'utf16le')]);
    expect(await cellsOf('e.csv', utf16)).toEqual(expected);
  });
});

describe('.xlsx as Excel writes it', () => {
  test('title row, merged cells, date cells and serial numbers, cached formula values, empty rows, trailing lines', async () => {
    const written = await xlsxBytes([
      {
        rows: [
          [{ value: 'Fallliste Team Nord – Stand November', columnSpan: 5 }, null, null, null, null],
          ['Name', 'Geb.-Datum', 'Status', 'Zuständig', 'Bemerkung'],
          ['Haddad, Rami', new Date(Date.UTC(2005, 2, 12)), 'Duldung', { value: 'Chris', rowSpan: 2 }, '=HYPERLINK("x")'],
          ['Amina Haidari', 38423, 'Gestattung', null, '+49 170 0000000'],
          [null, null, null, null, null],
          ['Yonas Tesfaye', { value: '=DATE(2004,5,6)', type: 'Formula' }, 'AE 25a', 'Chris', '@Termin'],
          ['Summe: 3', null, null, null, null],
        ],
      },
    ]);
    // Excel stores the result of a formula next to it; the library writes only the formula.
    const bytes = patchXlsx(written, (name, text) =>
      name.endsWith('sheet1.xml') ? text.replace(/<c r="B6"([^>]*)><f>([^<]*)<\/f><\/c>/, '<c r="B6"$1><f>$2</f><v>38113</v></c>') : text,
    );
    bench.offer('Fallliste.xlsx', bytes);
    const { plan, preview } = await planFor(bench);
    expect(preview.headerRow).toBe(1);
    expect(preview.rows[0]?.cells[0]).toBe('Fallliste Team Nord – Stand November');
    expect(preview.rows[3]?.cells).toEqual(['Amina Haidari', '38423', 'Gestattung', 'Chris', '+49 170 0000000']);
    const dryRun = await bench.call('import:dryRun', { plan });
    expect(dryRun).toMatchObject({ dataRows: 4, emptyRows: 1, create: 3, errorRows: 1, ignoredRows: 0 });
    expect(dryRun.errors).toEqual([
      { row: 7, column: { index: 0, letter: 'A', header: 'Name' }, messageKey: 'import.row.nameHasDigits', params: {} },
    ]);
    expect(dryRun.notes.map((note) => [note.row, note.messageKey])).toEqual(
      expect.arrayContaining([
        [3, 'import.note.formulaText'],
        [4, 'import.note.serialDate'],
        [4, 'import.note.formulaText'],
        [6, 'import.note.formulaText'],
      ]),
    );
    const { firstCaseId } = await bench.call('import:commit', { plan });
    const cases = await bench.call('cases:list', {});
    const byName = Object.fromEntries(cases.map((row) => [row.familyName, row]));
    expect(byName.Haddad?.birthDate).toBe('2005-03-12');
    // The merged "Zuständig" belongs to both rows, the serial is a date, the formula its cached value.
    expect(byName.Haidari?.birthDate).toBe('2005-03-12');
    expect(byName.Tesfaye?.birthDate).toBe('2004-05-06');
    expect(cases.every((row) => row.counsellorName === 'Chris Beratung')).toBe(true);
    const detail = await bench.call('cases:get', { id: firstCaseId ?? '' });
    expect(detail.journal[0]?.note).toBe('Übernommen aus Liste\n=HYPERLINK("x")');
  });

  test('the sheet is chosen; a header row can be picked', async () => {
    bench.offer(
      'Mappe.xlsx',
      await xlsxBytes([
        { name: 'Hinweise', rows: [['Diese Liste ist vertraulich']] },
        {
          name: 'Fälle',
          rows: [
            ['Kennung', 'Nachname', 'Vorname'],
            ['Name', 'Nachname', 'Vorname'],
            ['x', 'Haddad', 'Rami'],
          ],
        },
      ]),
    );
    const opened = await bench.call('import:open');
    expect(!opened.cancelled && opened.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual([
      ['Hinweise', 1],
      ['Fälle', 3],
    ]);
    expect((await bench.call('import:preview', { sheet: 1, headerRow: null })).headerRow).toBe(0);
    const picked = await bench.call('import:preview', { sheet: 1, headerRow: 1 });
    expect(picked.columns.map((column) => column.header)).toEqual(['Name', 'Nachname', 'Vorname']);
    expect(picked.dataRows).toBe(1);
    expect((await bench.fail('import:preview', { sheet: 2, headerRow: null })).message).toBe('import.plan.noSheet');
  });
});

describe('bad files are refused with the reason, and the vault stays as it was', () => {
  const rows = (count: number) => ['Nachname;Vorname', ...Array.from({ length: count }, () => 'Haddad;Rami')].join('\n');
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['Liste.xlsx', 'import.file.empty', () => Buffer.alloc(0)],
    ['Liste.xlsx', 'import.file.wrongType', pdfBytes],
    ['Liste.csv', 'import.file.wrongType', pngBytes],
    ['Liste.xlsx', 'import.file.notXlsx', () => utf8('Name;Vorname\nHaddad;Rami\n')],
    ['Liste.csv', 'import.file.notCsv', () => xlsxBytes([{ rows: [['Name'], ['Rami Haddad']] }])],
    ['Liste.xlsx', 'import.file.encrypted', encryptedWorkbook],
    ['Liste.xls', 'import.file.legacyXls', legacyWorkbook],
    ['Liste.xlsx', 'import.file.zipBomb', () => zipBomb(120)],
    ['Liste.xlsx', 'import.file.damaged', async () => (await xlsxBytes([{ rows: [['Name'], ['Rami Haddad']] }])).subarray(0, 300)],
    ['Liste.csv', 'import.file.tooManyRows', () => utf8(rows(100_000))],
    [
      'Liste.xlsx',
      'import.file.tooManyRows',
      () => xlsxBytes([{ rows: Array.from({ length: 100_000 }, (_row, index) => [`Rami Haddad ${index}`]) }]),
    ],
    ['Liste.csv', 'import.file.tooManyColumns', () => utf8(`${Array.from({ length: 201 }, (_cell, index) => `S${index}`).join(';')}\n`)],
    ['Liste.csv', 'import.file.cellTooLong', () => utf8(`Name;Bemerkung\nRami Haddad;${'x'.repeat(20_001)}\n`)],
    ['Liste.csv', 'import.file.csvQuote', () => utf8('Name;Bemerkung\nRami Haddad;"offen\n')],
    ['Liste.csv', 'import.file.notText', () => Buffer.from(Array.from({ length: 4096 }, (_byte, index) => (index * 7919) % 256))],
  ];

  test.each(cases)('%s → %s', async (name, messageKey, make) => {
    const before = await vaultSnapshot(bench);
    bench.offer(name, await make());
    const error = await bench.fail('import:open');
    expect(error).toMatchObject({ code: 'FILE_REFUSED', message: messageKey });
    expect(Object.hasOwn(de, messageKey)).toBe(true);
    // Nothing of a refused file stays in the core: there is no list to go on with.
    expect((await bench.fail('import:preview', { sheet: 0, headerRow: null })).message).toBe('import.noDraft');
    expect(await vaultSnapshot(bench)).toEqual(before);
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const before = await vaultSnapshot(bench);
    const path = join(bench.root, 'Listen', 'Riesig.csv');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, 50 * 1024 * 1024 + 1);
    closeSync(handle);
    bench.lists.push(path);
    expect(await bench.fail('import:open')).toMatchObject({ code: 'FILE_REFUSED', message: 'import.file.tooLarge', params: { limit: 50 } });
    expect(await vaultSnapshot(bench)).toEqual(before);
  });

  test('a cancelled dialog changes nothing', async () => {
    bench.lists.push(null);
    expect(await bench.call('import:open')).toEqual({ cancelled: true });
  });
});
