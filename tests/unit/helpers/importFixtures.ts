import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import type { ImportPlan } from '../../../src/shared/import/domain';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from './testCore';

/**
 * Lists made in the tests: .xlsx written by write-excel-file (and, where Excel writes something the
 * library does not — cached formula values — patched in its XML), CSV bytes in UTF-8 and
 * Windows-1252. An import bench answers the open-file dialog with the files queued in `lists`.
 */

export type FixtureCell = string | number | boolean | Date | null | { value: unknown; [option: string]: unknown };

function cellOf(value: FixtureCell) {
  if (value === null) return null;
  if (value instanceof Date) return { value, type: Date, format: 'dd.mm.yyyy' };
  if (typeof value === 'object') return value;
  return { value };
}

export async function xlsxBytes(sheets: { name?: string; rows: FixtureCell[][] }[]): Promise<Buffer> {
  const data = sheets.map((sheet, index) => ({
    sheet: sheet.name ?? `Tabelle${index + 1}`,
    data: sheet.rows.map((row) => row.map(cellOf)),
  }));
  const written =
    data.length === 1 ? writeExcelFile(data[0]?.data as never, { sheet: data[0]?.sheet } as never) : writeExcelFile(data as never);
  return written.toBuffer();
}

/** Rewrites parts of an .xlsx (e.g. to add what Excel writes and the library does not). */
export function patchXlsx(bytes: Uint8Array, patch: (name: string, text: string) => string): Buffer {
  const files = unzipSync(bytes);
  const patched = Object.fromEntries(
    Object.entries(files).map(([name, content]) => [name, name.endsWith('.xml') ? strToU8(patch(name, strFromU8(content))) : content]),
  );
  return Buffer.from(zipSync(patched));
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** Text as German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252, one byte per character. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const extra = CP1252_EXTRA[character];
      if (extra !== undefined) return extra;
      const code = character.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in Windows-1252: ${character}`);
      return code;
    }),
  );
}

export function utf8(text: string, bom = false): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

export const SECOND_COUNSELLOR = { name: 'Dana Vertretung', passphrase: 'Vertretung-Kennwort-2026' };

/** A CSV list as German Excel writes it (`;`, every cell quoted where needed, CRLF). */
export function csvText(rows: readonly (readonly (string | null)[])[]): string {
  const quote = (cell: string | null) => (cell === null ? '' : /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

export interface ImportBench extends TestBench {
  recoveryKey: string;
  /** Where save dialogs write (Auskunft). */
  out: string;
  /** Files the next open-file dialogs return (null = cancelled). */
  lists: (string | null)[];
  /** Writes a fixture list and queues it for the next dialog; returns its path. */
  offer(name: string, bytes: Uint8Array): string;
  signIn(account: { name: string; passphrase: string }): Promise<void>;
  addColleague(): Promise<string>;
}

export async function createImportBench(): Promise<ImportBench> {
  const lists: (string | null)[] = [];
  let out = '';
  const bench = createTestBench({
    ports: {
      chooseOpenFiles: async () => {
        const next = lists.shift();
        return next ? [next] : null;
      },
      chooseSaveFile: async (request) => join(out, request.defaultName),
    },
  });
  out = join(bench.root, 'out');
  mkdirSync(out, { recursive: true });
  const { recoveryKey } = await setUpVault(bench);
  const folder = join(bench.root, 'Listen');
  mkdirSync(folder, { recursive: true });
  const importBench: ImportBench = Object.assign(bench, {
    recoveryKey,
    out,
    lists,
    offer(name: string, bytes: Uint8Array) {
      const path = join(folder, name);
      writeFileSync(path, bytes);
      lists.push(path);
      return path;
    },
    async signIn(account: { name: string; passphrase: string }) {
      await bench.call('vault:unlock', { account: account.name, passphrase: account.passphrase });
    },
    async addColleague() {
      await bench.call('vault:lock');
      await importBench.signIn(SUPERVISOR);
      await bench.call('accounts:create', { name: SECOND_COUNSELLOR.name, role: 'counsellor', initialPassphrase: 'Erstes-Kennwort-2026' });
      await bench.call('vault:lock');
      await bench.call('vault:unlock', { account: SECOND_COUNSELLOR.name, passphrase: 'Erstes-Kennwort-2026' });
      await bench.call('vault:changePassphrase', { current: 'Erstes-Kennwort-2026', next: SECOND_COUNSELLOR.passphrase });
      await bench.call('vault:lock');
      await importBench.signIn(COUNSELLOR);
      return SECOND_COUNSELLOR.name;
    },
  });
  return importBench;
}

/**
 * Opens the queued list and walks the steps the UI walks: the first sheet (or `sheet`), the header
 * the core finds, the suggested columns and values; returns a plan ready for the dry run.
 */
export async function planFor(bench: ImportBench, options: { sheet?: number; overrides?: Partial<ImportPlan> } = {}) {
  const opened = await bench.call('import:open');
  if (opened.cancelled) throw new Error('the dialog was cancelled');
  const sheet = options.sheet ?? 0;
  const preview = await bench.call('import:preview', { sheet, headerRow: null });
  const columns = preview.columns.flatMap((column) => (column.suggestion ? [{ column: column.index, field: column.suggestion }] : []));
  const table = { sheet, headerRow: preview.headerRow, columns };
  const values = await bench.call('import:values', { table });
  const mapping = (list: keyof typeof values.lists) =>
    Object.fromEntries(values.lists[list].map((choice) => [choice.key, choice.suggestion]));
  const plan: ImportPlan = {
    ...table,
    nameOrder: preview.nameOrder,
    values: {
      status: mapping('status') as ImportPlan['values']['status'],
      gender: mapping('gender') as ImportPlan['values']['gender'],
      country: mapping('country') as ImportPlan['values']['country'],
      programme: mapping('programme') as ImportPlan['values']['programme'],
      accessRoute: mapping('accessRoute') as ImportPlan['values']['accessRoute'],
      counsellor: mapping('counsellor'),
    },
    defaults: { programme: 'kim', accessRoute: 'other', intakeDate: '2026-11-21' },
    duplicates: {},
    ...options.overrides,
  };
  return { opened, preview, values, plan };
}

/**
 * Every table of the vault, read through a second connection: rows as sorted JSON per table. The
 * full-text index is compared by what it holds — its rows, and every indexed term with its
 * document, column and position — not by its b-tree pages, which merging rewrites without changing
 * a thing the index answers. `except` leaves out tables a test expects to change.
 */
export async function vaultSnapshot(bench: ImportBench, except: readonly string[] = []): Promise<Record<string, string[]>> {
  const db = await openRawDatabase(bench, bench.recoveryKey);
  try {
    const physical = new Set(['search_index_data', 'search_index_idx', 'search_index_config']);
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const rowsOf = (query: string) =>
      db
        .prepare(query)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    const snapshot: Record<string, string[]> = {};
    for (const table of tables.filter((name) => !except.includes(name) && !physical.has(name)))
      snapshot[table] = rowsOf(`SELECT * FROM "${table}"`);
    db.exec(`CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, search_index, 'instance')`);
    snapshot['search_index (terms)'] = rowsOf(`SELECT term, doc, col, offset FROM temp.search_terms`);
    return snapshot;
  } finally {
    db.close();
  }
}
