import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { addCases, createStatsVault, type StatsVault } from './helpers/statsVault';

let vault: StatsVault;
afterEach(async () => vault?.bench.cleanup());

const Q3 = { year: 2026, quarter: 3 } as const;

describe('statistics service', () => {
  test('preview and export with the Cell Key Method', async () => {
    vault = await createStatsVault();
    await addCases(vault, 40);
    const preview = await vault.bench.call('stats:preview', { period: Q3, profileId: 'buendnis' });
    expect(preview.document.method).toBe('ckm');
    expect(preview.document.tables.length).toBeGreaterThan(5);
    const result = await vault.bench.call('stats:export', { period: Q3, profileId: 'buendnis', previewHash: preview.previewHash, csvLayout: 'sections' });
    expect(result.status).toBe('written');
    const files = readdirSync(vault.exportDir.current!);
    expect(files.sort()).toEqual(['fallbuch-statistik_2026-Q3_bundnis.csv', 'fallbuch-statistik_2026-Q3_bundnis.json', 'fallbuch-statistik_2026-Q3_bundnis.pdf']);
    const json = readFileSync(join(vault.exportDir.current!, 'fallbuch-statistik_2026-Q3_bundnis.json'), 'utf8');
    expect(JSON.parse(json)).toEqual(preview.document);
  });

  test('preview with suppression', async () => {
    vault = await createStatsVault();
    await addCases(vault, 40);
    const preview = await vault.bench.call('stats:preview', { period: { year: 2025, quarter: null }, profileId: 'ministerium' });
    console.log(JSON.stringify(preview.checks), JSON.stringify(preview.informationLoss));
  });
});
