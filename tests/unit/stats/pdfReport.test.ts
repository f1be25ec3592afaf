import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { computeStatistics } from '../../../src/main/stats/compute';
import { renderReport } from '../../../src/main/stats/pdfReport';
import type { Period } from '../../../src/shared/stats/period';
import type { ExportDocument } from '../../../src/shared/stats/schemas';
import { pdfPageTexts } from '../helpers/pdfText';
import { seededPopulation } from '../helpers/statsSeeded';
import { profile } from '../helpers/statsPopulation';

/**
 * The PDF report as people read it (issue 13, part 5). Every page is rendered to PNG with pdftoppm
 * (kept in test-results/stats-pdf/ to be looked at) and checked: something printed on it, the text
 * as a reader gets it (titles in words, umlauts, Arabic, a merge said once), a one-page summary first.
 */
const OUT = join(__dirname, '../../../test-results/stats-pdf');
const YEAR: Period = { year: 2025, quarter: null };

let seeded: ReturnType<typeof seededPopulation> | null = null;

async function documentOf(method: 'buendnis' | 'ministerium', period: Period): Promise<ExportDocument> {
  seeded ??= seededPopulation(260, 2025);
  const result = await computeStatistics({
    population: seeded,
    period,
    profile: profile(method),
    frozenOrigin: null,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'report',
    excludedByConsent: 0,
    consentRule: 'countAll',
  });
  return result.document;
}

async function renderPages(name: string, bytes: Uint8Array): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT).filter((candidate) => candidate.startsWith(`${name}-`))) rmSync(join(OUT, file));
  writeFileSync(join(OUT, `${name}.pdf`), bytes);
  execFileSync('pdftoppm', ['-r', '60', '-png', join(OUT, `${name}.pdf`), join(OUT, name)]);
  return readdirSync(OUT)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => join(OUT, file));
}

/** Share of the page that is not white: a page with nothing printed on it (missing glyphs) stays near 0. */
async function inkOf(png: string): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const value of data) if (value < 200) dark += 1;
  return dark / (info.width * info.height);
}

describe('the statistics report', () => {
  test.each([['ministerium'], ['buendnis']] as const)(
    '%s, a year with the Bedarfs- und Angebotsanalyse: every page renders and reads right',
    async (method) => {
      const document = await documentOf(method, YEAR);
      const bytes = await renderReport(document);
      const pngs = await renderPages(`report-${method}-2025`, bytes);
      const texts = await pdfPageTexts(bytes);
      expect(pngs).toHaveLength(texts.length);
      expect(texts.length).toBeGreaterThanOrEqual(4);
      for (const png of pngs) expect(await inkOf(png), png).toBeGreaterThan(0.01);
      // A one-page summary first: the key figures, the contents with pages, the gap view.
      expect(texts[0]).toContain('Jahr 2025');
      expect(texts[0]).toContain('Bestand am Stichtag');
      expect(texts[0]).toContain('Inhalt');
      expect(texts[0]).toContain('Lücken im Angebot');
      expect(texts[0]).toMatch(/Seite 1 von \d+/);
      expect(texts[1]).toContain('Fälle: Bestand am Stichtag, Zugänge, Abschlüsse');
      const all = texts.join('\n');
      // Titles in words, every table; umlauts as written; a merged row said once.
      // (The fonts have no arrow: „von → nach“ prints as „von – nach“.)
      for (const table of document.tables) expect(all).toContain(table.title.replace('→', '–'));
      expect(all).not.toMatch(/T\d\d[a-z]?_/);
      expect(all).toContain('Übergänge in Ausbildung, Arbeit, Schule, Sprachkurs');
      expect(all).toMatch(/Sonstige[^()]*\(zusammengefasst: \d+ Kategorien?\)/);
      expect(all).not.toContain('(zusammengefasst) (zusammengefasst)');
      expect(all).toContain('Median Tage bis Beginn');
    },
    120_000,
  );

  test('a recipient and a place of origin in Arabic print in Arabic letters, next to German text', async () => {
    const document = await documentOf('buendnis', { year: 2025, quarter: 4 });
    const arabic: ExportDocument = {
      ...document,
      recipient: 'Integrationsrat – مجلس الاندماج',
      tables: document.tables.map((table) =>
        table.id === 'T06_origin'
          ? { ...table, rows: table.rows.map((row, index) => (index === 0 ? { ...row, label: 'دمشق (Damaskus)' } : row)) }
          : table,
      ),
    };
    const bytes = await renderReport(arabic);
    const pngs = await renderPages('report-arabic', bytes);
    const text = (await pdfPageTexts(bytes)).join('\n');
    expect(text).toMatch(/[\u0600-\u06ff]{3,}/);
    expect(text).toContain('Integrationsrat');
    expect(text).toContain('Damaskus');
    for (const png of pngs) expect(await inkOf(png)).toBeGreaterThan(0.01);
  }, 120_000);
});
