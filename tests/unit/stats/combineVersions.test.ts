import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../../src/shared/stats/catalogue';
import type { ExportDocument } from '../../../src/shared/stats/schemas';
import { addCases, createStatsVault, type StatsVault } from '../helpers/statsVault';

/**
 * Catalogue 2026.2 (issue 13, part 4) adds the Bedarfs- und Angebotsanalyse; exports made before
 * (schema 1, catalogue 2026.1) must stay readable and combinable with new ones over the tables both
 * have. The old file is made here from a new export the way version 1 wrote it: no revision,
 * withheld tables, gap view, row measure or completeness, and only the tables of 2026.1.
 */
const vaults: StatsVault[] = [];
afterEach(async () => {
  for (const vault of vaults.splice(0)) await vault.bench.cleanup();
});

const YEAR_2025 = { year: 2025, quarter: null } as const;
const NAME = 'fallbuch-statistik_2025_ministerium.json';

async function exportedDocument(cases: number): Promise<{ vault: StatsVault; file: string; document: ExportDocument }> {
  const vault = await createStatsVault();
  vaults.push(vault);
  await addCases(vault, cases);
  vault.exportDir.current = mkdtempSync(join(vault.bench.root, 'export-'));
  const preview = await vault.bench.call('stats:preview', { period: YEAR_2025, profileId: 'ministerium' });
  await vault.bench.call('stats:export', {
    period: YEAR_2025,
    profileId: 'ministerium',
    previewHash: preview.previewHash,
    csvLayout: 'sections',
  });
  const file = join(vault.exportDir.current, NAME);
  return { vault, file, document: JSON.parse(readFileSync(file, 'utf8')) as ExportDocument };
}

/** The same export as schema version 1 (catalogue 2026.1) wrote it. */
function asVersion1(document: ExportDocument): unknown {
  const { schemaVersion: _schema, revision: _revision, withheldTables: _withheld, gaps: _gaps, tables, ...rest } = document;
  const old = new Set(CATALOGUES['2026.1']);
  return {
    schemaVersion: 1,
    ...rest,
    catalogueVersion: '2026.1',
    tables: tables
      .filter((table) => old.has(table.id))
      .map(({ measure: _measure, completeness: _completeness, rows, ...table }) => ({
        ...table,
        rows: rows.map(({ measure: _rowMeasure, ...row }) => row),
      })),
  };
}

describe('exports of catalogue 2026.1 and 2026.2 together', () => {
  test('a version-1 file is read and combined with a new one over the tables both have; the result says 2026.1', async () => {
    const first = await exportedDocument(40);
    const second = await exportedDocument(30);
    expect(first.document.catalogueVersion).toBe('2026.2');
    expect(first.document.tables.map((table) => table.id)).toContain('T16a_needsAndReferrals');
    const oldFile = join(first.vault.bench.root, 'fallbuch-statistik_2025_ministerium_alt.json');
    writeFileSync(oldFile, JSON.stringify(asVersion1(second.document)));

    first.vault.openFiles.current = [first.file, oldFile];
    const combined = await first.vault.bench.call('stats:combine', {});
    if (combined.status !== 'combined' || !combined.document) throw new Error('not combined');
    expect(combined.refused).toEqual([]);
    expect(combined.sources.map((source) => source.fileName)).toEqual([NAME, 'fallbuch-statistik_2025_ministerium_alt.json']);
    const { document } = combined;
    expect(document.catalogueVersion).toBe('2026.1');
    expect(document.tables.map((table) => table.id)).toEqual(
      first.document.tables.map((table) => table.id).filter((id) => CATALOGUES['2026.1']!.includes(id)),
    );
    // The analysis is not in the old file, so it is not in the sum, and neither is its gap view.
    expect(document.gaps).toEqual([]);
    for (const table of document.tables) {
      const left = first.document.tables.find((candidate) => candidate.id === table.id)!;
      const right = second.document.tables.find((candidate) => candidate.id === table.id)!;
      const expected = left.grandTotal === null || right.grandTotal === null ? null : left.grandTotal + right.grandTotal;
      expect(table.grandTotal, table.id).toBe(expected);
    }

    // Written, the combined files carry the old catalogue version.
    first.vault.exportDir.current = mkdtempSync(join(first.vault.bench.root, 'combined-'));
    const written = await first.vault.bench.call('stats:combineExport', { combineId: combined.combineId, csvLayout: 'sections' });
    expect(written.status).toBe('written');
    const json = JSON.parse(
      readFileSync(join(first.vault.exportDir.current, 'fallbuch-statistik_2025_zusammenfuehrung.json'), 'utf8'),
    ) as ExportDocument;
    expect([json.schemaVersion, json.catalogueVersion]).toEqual([2, '2026.1']);
  });
});
