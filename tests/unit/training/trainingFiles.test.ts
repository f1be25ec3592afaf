import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, test } from 'vitest';
import { translate } from '../../../src/shared/i18n';
import { pdfText } from '../helpers/pdfText';
import { addCases } from '../helpers/statsVault';
import { createTestBench, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * Issue 10: statistics and Auskunft files written from a training vault say so in their content and
 * in their file name (the prefix the audit export uses); a real vault's files do not. A training
 * export is never combined with real ones.
 */

const MARKER = translate('de', 'training.fileMarker');
const PREFIX = translate('de', 'training.fileNamePrefix');
const YEAR_2025 = { year: 2025, quarter: null } as const;

interface Dialogs {
  folder: string | null;
  openFiles: string[] | null;
  savePath: string | null;
  defaultNames: string[];
}

const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

function benchWithDialogs(): { bench: TestBench; dialogs: Dialogs } {
  const dialogs: Dialogs = { folder: null, openFiles: null, savePath: null, defaultNames: [] };
  const bench = createTestBench({
    ports: {
      chooseFolder: async () => dialogs.folder,
      chooseOpenFiles: async () => dialogs.openFiles,
      chooseSaveFile: async (options) => {
        dialogs.defaultNames.push(options.defaultName);
        return dialogs.savePath;
      },
    },
  });
  benches.push(bench);
  return { bench, dialogs };
}

async function trainingVault() {
  const made = benchWithDialogs();
  await made.bench.call('trainingVault:create', { passphrase: 'Schulung ohne echte Daten 2026' });
  return made;
}

async function realVault() {
  const made = benchWithDialogs();
  await setUpVault(made.bench);
  await addCases({ bench: made.bench, recoveryKey: '', exportDir: { current: null }, openFiles: { current: null } }, 30);
  return made;
}

async function exportStatistics({ bench, dialogs }: { bench: TestBench; dialogs: Dialogs }): Promise<string> {
  dialogs.folder = mkdtempSync(join(bench.root, 'export-'));
  const preview = await bench.call('stats:preview', { period: YEAR_2025, profileId: 'ministerium' });
  const written = await bench.call('stats:export', {
    period: YEAR_2025,
    profileId: 'ministerium',
    previewHash: preview.previewHash,
    csvLayout: 'sections',
  });
  expect(written.status).toBe('written');
  expect(readdirSync(dialogs.folder).sort()).toEqual(preview.plannedFiles.sections.map((file) => file.name).sort());
  return dialogs.folder;
}

async function disclose({ bench, dialogs }: { bench: TestBench; dialogs: Dialogs }) {
  const [first] = await bench.call('cases:list', { includeClosed: true });
  if (!first) throw new Error('no case');
  dialogs.savePath = join(bench.root, 'Auskunft.pdf');
  const result = await bench.call('disclosure:create', { caseId: first.id });
  if (result.cancelled) throw new Error('cancelled');
  const pdfBytes = readFileSync(dialogs.savePath);
  return {
    defaultName: dialogs.defaultNames.at(-1) ?? '',
    json: JSON.parse(readFileSync(join(bench.root, 'Auskunft.json'), 'utf8')) as Record<string, unknown>,
    text: await pdfText(pdfBytes),
    title: (await PDFDocument.load(pdfBytes)).getTitle() ?? '',
  };
}

describe('files written from a training vault are marked as training data', () => {
  test('statistics export: every file name begins with the prefix; JSON, CSV and PDF say it is invented data', async () => {
    const training = await trainingVault();
    const folder = await exportStatistics(training);
    const names = readdirSync(folder).sort();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name.startsWith(`${PREFIX}_fallbuch-statistik_2025_`)).toBe(true);
    const jsonName = names.find((name) => name.endsWith('.json'))!;
    const json = JSON.parse(readFileSync(join(folder, jsonName), 'utf8'));
    expect(json.training).toEqual({ note: MARKER, noteEn: translate('en', 'training.fileMarker') });
    const csv = readFileSync(
      join(
        folder,
        names.find((name) => name.endsWith('.csv'))!,
      ),
      'utf8',
    );
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(MARKER);
    const pdfBytes = readFileSync(
      join(
        folder,
        names.find((name) => name.endsWith('.pdf'))!,
      ),
    );
    expect(await pdfText(pdfBytes)).toContain(MARKER);
    expect((await PDFDocument.load(pdfBytes)).getTitle()).toContain(MARKER);
  }, 120_000);

  test('statistics export of a real vault: no prefix, no marker', async () => {
    const real = await realVault();
    const folder = await exportStatistics(real);
    for (const name of readdirSync(folder)) {
      expect(name.startsWith('fallbuch-statistik_2025_')).toBe(true);
      const bytes = readFileSync(join(folder, name));
      const text = name.endsWith('.pdf') ? await pdfText(bytes) : bytes.toString('utf8');
      expect(text).not.toContain(PREFIX);
      expect(text).not.toContain(MARKER);
    }
    const json = JSON.parse(
      readFileSync(
        join(
          folder,
          readdirSync(folder).find((name) => name.endsWith('.json'))!,
        ),
        'utf8',
      ),
    );
    expect('training' in json).toBe(false);
  }, 120_000);

  test('Auskunft (Art. 15): the proposed name begins with the prefix, the JSON and the PDF say it is invented data', async () => {
    const training = await trainingVault();
    const marked = await disclose(training);
    expect(marked.defaultName).toMatch(new RegExp(`^${PREFIX} Auskunft-SCH-\\d{4}-\\d{4}-2026-11-21\\.pdf$`));
    expect(marked.json.training).toBe(MARKER);
    expect(Object.keys(marked.json)[0]).toBe('training');
    expect(marked.text).toContain(MARKER);
    expect(marked.title.startsWith(`${PREFIX} `)).toBe(true);

    const real = await realVault();
    const plain = await disclose(real);
    expect(plain.defaultName).toMatch(/^Auskunft-/);
    expect('training' in plain.json).toBe(false);
    expect(plain.text).not.toContain(MARKER);
    expect(plain.title).not.toContain(PREFIX);
  }, 120_000);
});

describe('statistics of a training vault are never combined with real ones', () => {
  test('a real vault refuses the training export, a training vault the real one; the combined training export is marked', async () => {
    const training = await trainingVault();
    const real = await realVault();
    const trainingFolder = await exportStatistics(training);
    const realFolder = await exportStatistics(real);
    const jsonIn = (folder: string) =>
      join(
        folder,
        readdirSync(folder).find((name) => name.endsWith('.json'))!,
      );
    const files = [jsonIn(trainingFolder), jsonIn(realFolder)];

    real.dialogs.openFiles = files;
    const inReal = await real.bench.call('stats:combine', {});
    if (inReal.status !== 'combined') throw new Error('cancelled');
    expect(inReal.sources.map((source) => source.fileName)).toEqual([files[1]!.split('/').at(-1)]);
    expect(inReal.refused).toEqual([{ fileName: files[0]!.split('/').at(-1), reason: 'stats.refused.trainingFile', params: {} }]);
    expect(inReal.document && 'training' in inReal.document).toBe(false);

    training.dialogs.openFiles = files;
    const inTraining = await training.bench.call('stats:combine', {});
    if (inTraining.status !== 'combined' || !inTraining.document) throw new Error('not combined');
    expect(inTraining.refused).toEqual([{ fileName: files[1]!.split('/').at(-1), reason: 'stats.refused.realFile', params: {} }]);
    expect(inTraining.document.training?.note).toBe(MARKER);
    expect(inTraining.plannedFiles?.sections.every((file) => file.name.startsWith(`${PREFIX}_`))).toBe(true);
  }, 180_000);
});
