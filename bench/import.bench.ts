import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import writeExcelFile from 'write-excel-file/node';
import { createCore, type Core } from '../src/main/app/createCore';
import type { ImportPlan } from '../src/shared/import/domain';
import { median, percentile, round, timeAsync, type BenchResult } from './stats';

/**
 * import.dryrun, import.commit and import.undo for a 5,000-row caseload list, as .xlsx and as CSV
 * (Windows-1252, `;`), into an empty vault through a real core (cheap test KDF). Also the open step
 * (reading the file) and the process's resident memory after each phase. --quick: one run each.
 */
const KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 } as const;
const SUPERVISOR = { name: 'Bench Aufsicht', passphrase: 'Bench-Aufsicht-2026' };
const COUNSELLOR = { name: 'Bench Beratung', passphrase: 'Bench-Beratung-2026' };
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5_000);

const GIVEN = ['Rami', 'Amina', 'Yonas', 'Fatima', 'Ahmad', 'Mariam', 'Dawit', 'Sara', 'Omid', 'Hiwet', 'Ali', 'Nour'];
const FAMILY = ['Haddad', 'Haidari', 'Tesfaye', 'Rahimi', 'Al-Khalil', 'Yilmaz', 'Mohammadi', 'Berhane', 'Hussaini', 'Ahmadi'];
const COUNTRIES = ['Syrien', 'AFG', 'Eritrea', 'irakisch', 'Guinea', 'TUR', 'Iran', 'Somalia'];
const STATUSES = ['Duldung', 'Gestattung', 'AE 25a', '§ 60c', 'BüMA', 'Duldung bis 12.03.2027', 'AE § 25 Abs. 5'];

async function call(core: Core, channel: string, input: unknown = {}): Promise<unknown> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Letters, not digits: a name with digits is refused as a probable sum line. */
function suffixOf(index: number): string {
  let text = '';
  let rest = index;
  do {
    text += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function caseloadRows(count: number): (string | number | Date | null)[][] {
  const header = [
    'Nachname',
    'Vorname',
    'Geb.-Datum',
    'Geschlecht',
    'Staatsangehörigkeit',
    'Status',
    'gültig bis',
    'Eintritt',
    'Bemerkung',
  ];
  const rows: (string | number | Date | null)[][] = [header];
  for (let index = 0; index < count; index += 1) {
    const year = 1999 + (index % 9);
    rows.push([
      `${FAMILY[index % FAMILY.length] ?? ''}-${suffixOf(index)}`,
      GIVEN[index % GIVEN.length] ?? '',
      `${String((index % 28) + 1).padStart(2, '0')}.${String((index % 12) + 1).padStart(2, '0')}.${year}`,
      index % 3 === 0 ? 'w' : 'm',
      COUNTRIES[index % COUNTRIES.length] ?? '',
      STATUSES[index % STATUSES.length] ?? '',
      index % 2 === 0 ? `${String((index % 27) + 1)}.${String((index % 12) + 1)}.2027` : null,
      `0${(index % 9) + 1}.0${(index % 9) + 1}.2025`,
      index % 3 === 0 ? `Termin bei der Ausländerbehörde vereinbart, Sprachkurs B1 läuft (${index})` : null,
    ]);
  }
  return rows;
}

function csvOf(rows: (string | number | Date | null)[][]): Buffer {
  const text = rows.map((row) => row.map((cell) => (cell === null ? '' : `"${String(cell).replace(/"/g, '""')}"`)).join(';')).join('\r\n');
  return Buffer.from(text, 'latin1');
}

async function planOf(core: Core): Promise<ImportPlan> {
  const preview = (await call(core, 'import:preview', { sheet: 0, headerRow: null })) as {
    headerRow: number;
    nameOrder: 'givenFirst';
    columns: { index: number; suggestion: ImportPlan['columns'][number]['field'] | null }[];
  };
  const columns = preview.columns.flatMap((column) => (column.suggestion ? [{ column: column.index, field: column.suggestion }] : []));
  const table = { sheet: 0, headerRow: preview.headerRow, columns };
  const values = (await call(core, 'import:values', { table })) as { lists: Record<string, { key: string; suggestion: string | null }[]> };
  const mapping = (list: string) => Object.fromEntries((values.lists[list] ?? []).map((choice) => [choice.key, choice.suggestion]));
  return {
    ...table,
    nameOrder: preview.nameOrder,
    values: { status: mapping('status'), gender: mapping('gender'), country: mapping('country') } as ImportPlan['values'],
    defaults: { programme: 'kim', accessRoute: 'other', intakeDate: '2026-01-05' },
    duplicates: {},
  };
}

/** Time and the CPU time of this process (load-independent: other work on the machine does not count). */
async function measure(run: () => Promise<unknown>): Promise<{ ms: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const ms = await timeAsync(run);
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000 };
}

function rssMb(): number {
  return round(process.memoryUsage().rss / (1024 * 1024));
}

/** The JavaScript heap still in use after a full collection: what the import keeps, not what it left to collect. */
function heapAfterGcMb(): number {
  setFlagsFromString('--expose-gc');
  const collect: unknown = runInNewContext('gc');
  if (typeof collect === 'function') collect();
  return round(process.memoryUsage().heapUsed / (1024 * 1024));
}

export async function benchImport(options: { quick: boolean }): Promise<BenchResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'fallbuch-bench-import-'));
  const rows = caseloadRows(ROWS);
  const files = {
    xlsx: join(root, 'Fallliste.xlsx'),
    csv: join(root, 'Fallliste.csv'),
  };
  writeFileSync(files.xlsx, await writeExcelFile(rows.map((row) => row.map((value) => (value === null ? null : { value })))).toBuffer());
  writeFileSync(files.csv, csvOf(rows));
  let next = files.xlsx;
  const core = createCore({
    configDir: join(root, 'config'),
    defaultVaultDir: join(root, 'vault'),
    kdf: KDF,
    ports: { chooseOpenFiles: async () => [next] },
  });
  const results: BenchResult[] = [];
  try {
    await call(core, 'vault:setup', { vaultDir: join(root, 'vault'), supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    const runs = options.quick ? 1 : 3;
    for (const kind of ['xlsx', 'csv'] as const) {
      next = files[kind];
      const timings = { open: [] as number[], dryrun: [] as number[], commit: [] as number[], undo: [] as number[] };
      const cpu = { open: [] as number[], dryrun: [] as number[], commit: [] as number[], undo: [] as number[] };
      const record = (phase: keyof typeof timings, measured: { ms: number; cpu: number }) => {
        timings[phase].push(measured.ms);
        cpu[phase].push(measured.cpu);
      };
      let rss = { open: 0, dryrun: 0, commit: 0, peak: 0 };
      const heap = { dryrun: 0 };
      for (let run = 0; run < runs; run += 1) {
        record('open', await measure(() => call(core, 'import:open')));
        rss.open = rssMb();
        const plan = await planOf(core);
        record('dryrun', await measure(() => call(core, 'import:dryRun', { plan })));
        rss.dryrun = rssMb();
        heap.dryrun = heapAfterGcMb();
        let batchId = '';
        record(
          'commit',
          await measure(async () => {
            batchId = ((await call(core, 'import:commit', { plan })) as { batchId: string }).batchId;
          }),
        );
        rss.commit = rssMb();
        rss = { ...rss, peak: Math.max(rss.peak, rss.open, rss.dryrun, rss.commit) };
        record('undo', await measure(() => call(core, 'import:undo', { batchId, keepChanged: false })));
      }
      const figure = (name: string, phase: keyof typeof timings, extra: Record<string, unknown> = {}): BenchResult => ({
        name,
        cases: ROWS,
        format: kind,
        median_ms: median(timings[phase]),
        p99_ms: percentile(timings[phase], 99),
        cpu_median_ms: median(cpu[phase]),
        ...extra,
      });
      results.push(
        figure('import.open', 'open', { rss_mb: rss.open }),
        figure('import.dryrun', 'dryrun', { rss_mb: rss.dryrun, heap_after_gc_mb: heap.dryrun }),
        figure('import.commit', 'commit', {
          rss_mb: rss.commit,
          peak_rss_mb: rss.peak,
          dryrun_plus_commit_ms: round(median(timings.dryrun) + median(timings.commit)),
          dryrun_plus_commit_cpu_ms: round(median(cpu.dryrun) + median(cpu.commit)),
        }),
        figure('import.undo', 'undo'),
      );
    }
  } finally {
    await core.dispose();
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1]?.endsWith('import.bench.ts')) {
  void benchImport({ quick: process.argv.includes('--quick') }).then((results) => console.log(JSON.stringify(results, null, 2)));
}
