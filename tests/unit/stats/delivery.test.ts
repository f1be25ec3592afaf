import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { translate } from '../../../src/shared/i18n';
import { pdfText } from '../helpers/pdfText';
import { addCases, createStatsVault, fields, rawDatabase, type StatsVault } from '../helpers/statsVault';

/**
 * A period exported again (issue 13, part 1, through the channels): a repeat of the same tables is
 * allowed; different figures only as an explicit Korrekturlieferung, checked against every earlier
 * publication, withheld table by table with the reason; the year's merges are frozen by its first
 * export. And the „Datenqualität“ step (part 3): shares per table in the files, the counsellor's own
 * incomplete or implausible cases by code in the app only — never in any file.
 */
const vaults: StatsVault[] = [];
afterEach(async () => {
  for (const vault of vaults.splice(0)) await vault.bench.cleanup();
});

async function newVault(cases = 40, clockStart?: Date): Promise<StatsVault> {
  const vault = await createStatsVault(clockStart);
  vaults.push(vault);
  await addCases(vault, cases);
  return vault;
}

const Q3 = { year: 2026, quarter: 3 } as const;

async function exportTo(vault: StatsVault, input: { period: typeof Q3; profileId: string; correction?: boolean }) {
  vault.exportDir.current = mkdtempSync(join(vault.bench.root, 'export-'));
  const preview = await vault.bench.call('stats:preview', input);
  const result = await vault.bench.call('stats:export', { ...input, previewHash: preview.previewHash, csvLayout: 'sections' });
  if (result.status !== 'written') throw new Error('not written');
  return { preview, result, folder: vault.exportDir.current };
}

async function textsOf(folder: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const bytes = readFileSync(join(folder, name));
    texts.set(name, name.endsWith('.pdf') ? await pdfText(bytes) : bytes.toString('utf8'));
  }
  return texts;
}

describe('a period delivered again', () => {
  test('same figures: a plain repeat; a late case: only as a Korrekturlieferung, with the changed tables withheld and said why', async () => {
    // Delivered at 23:30 UTC on 21 November: 00:30 on the 22nd on the office's calendar.
    const vault = await newVault(40, new Date('2026-11-21T23:30:00Z'));
    const first = await exportTo(vault, { period: Q3, profileId: 'buendnis' });
    expect(first.preview.delivery).toEqual({ kind: 'first', revision: 0 });
    // The year's merges are frozen by its first export.
    const db = await rawDatabase(vault);
    expect(db.prepare('SELECT count(*) FROM stats_frozen_merges WHERE year = 2026').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM stats_published_tables').pluck().get()).toBe(first.preview.document.tables.length);
    db.close();

    const again = await exportTo(vault, { period: Q3, profileId: 'buendnis' });
    expect(again.preview.delivery).toEqual({ kind: 'repeat', revision: 0 });
    expect(again.preview.document).toEqual(first.preview.document);

    // A case taken in during the quarter is entered late.
    await vault.bench.call('cases:create', {
      fields: fields({ intakeDate: '2026-08-14', familyName: 'Nachzügler', countryOfOrigin: 'ER' }),
    });
    const refused = await vault.bench.fail('stats:preview', { period: Q3, profileId: 'buendnis' });
    expect([refused.code, refused.message]).toEqual(['CONFLICT', 'stats.error.correctionRequired']);
    expect(translate('de', refused.message, refused.params)).toMatch(
      /^Für 3\. Quartal 2026 wurde am 22\.11\.2026 bereits an „Bündnis“ geliefert, .* nur als Korrekturlieferung möglich\.$/,
    );
    const correction = await exportTo(vault, { period: Q3, profileId: 'buendnis', correction: true });
    expect(correction.preview.delivery).toEqual({ kind: 'correction', revision: 1 });
    const withheld = correction.preview.withheld.map((entry) => entry.tableId);
    expect(withheld).toEqual(expect.arrayContaining(['T02_genderAge', 'T05_workPermission', 'T06_origin']));
    for (const entry of correction.preview.withheld) expect(entry).toMatchObject({ reason: 'overlap', period: '2026-Q3', changed: 1 });
    expect(correction.preview.checks.find((check) => check.id === 'overlapGuard')?.status).toBe('warning');
    // The file says it is a correction and which tables the recipient keeps from before; the case counts are never withheld.
    const document = correction.preview.document;
    expect(document.revision).toBe(1);
    expect(document.withheldTables).toEqual([...withheld].sort());
    expect(document.tables.map((table) => table.id)).toContain('T01_cases');
    expect(readdirSync(correction.folder).sort()).toEqual([
      'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.csv',
      'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.json',
      'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.pdf',
    ]);
    expect(readFileSync(join(correction.folder, 'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.csv'), 'utf8')).toContain(
      'Korrekturlieferung 1',
    );
    const history = await vault.bench.call('stats:history', {});
    expect(history.map((entry) => entry.revision).sort()).toEqual([0, 0, 1]);

    // Combined, the Korrekturlieferung replaces the delivery it corrects, whichever comes first.
    vault.openFiles.current = [
      join(correction.folder, 'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.json'),
      join(first.folder, 'fallbuch-statistik_2026-Q3_buendnis.json'),
    ];
    const combined = await vault.bench.call('stats:combine', {});
    if (combined.status !== 'combined' || !combined.document) throw new Error('not combined');
    expect(combined.sources.map((source) => source.fileName)).toEqual(['fallbuch-statistik_2026-Q3_buendnis_korrektur-1.json']);
    expect(combined.refused).toEqual([
      { fileName: 'fallbuch-statistik_2026-Q3_buendnis.json', reason: 'stats.refused.superseded', params: {} },
    ]);
    expect(translate('de', combined.refused[0]!.reason)).toBe(
      'Durch eine Korrekturlieferung desselben Arbeitsplatzes für denselben Zeitraum ersetzt.',
    );

    // The other recipient's first delivery of the quarter is no correction, but it is checked against the Bündnis's too.
    const ministry = await vault.bench.call('stats:preview', { period: Q3, profileId: 'ministerium' });
    expect(ministry.delivery.kind).toBe('first');
    expect(ministry.withheld.map((entry) => entry.tableId)).toEqual(expect.arrayContaining(['T02_genderAge']));
    // Nothing to correct where nothing was delivered.
    expect(
      (await vault.bench.fail('stats:preview', { period: { year: 2026, quarter: 2 }, profileId: 'buendnis', correction: true })).message,
    ).toBe('stats.error.nothingToCorrect');
  });
});

describe('Datenqualität', () => {
  test('shares per table go into the files; the own incomplete or implausible cases are listed in the app by code, never in a file', async () => {
    const vault = await newVault(24);
    const incomplete = await vault.bench.call('cases:create', {
      fields: fields({ birthDate: null, countryOfOrigin: null, benefits: null, intakeDate: '2026-07-03', familyName: 'Lückenhaft' }),
    });
    const tooOld = await vault.bench.call('cases:create', { fields: fields({ birthDate: '1990-01-01', intakeDate: '2026-07-04' }) });
    const future = await vault.bench.call('cases:create', { fields: fields({ intakeDate: '2026-12-24' }) });
    await vault.bench
      .call('status:add', {
        caseId: tooOld.id,
        status: {
          status: 'duldung60a',
          validFrom: '2026-08-01',
          validUntil: '2026-07-01',
          workPermission: null,
          residenceObligation: 'unknown',
          identityClarified: 'yes',
          documentSeenOn: null,
        },
      })
      .catch(() => undefined);
    const preview = await vault.bench.call('stats:preview', { period: Q3, profileId: 'ministerium' });
    const quality = preview.local.quality;
    expect(quality.threshold).toBe(0.67);
    const listed = new Map(quality.cases.map((entry) => [entry.code, entry]));
    expect(listed.get(incomplete.code)).toMatchObject({ missing: expect.arrayContaining(['birthDate', 'countryOfOrigin', 'benefits']) });
    expect(listed.get(incomplete.code)!.completeness).toBeLessThan(0.67);
    expect(listed.get(tooOld.code)?.problems).toContain('ageOutsideAtIntake');
    expect(listed.get(future.code)?.problems).toEqual(['intakeInFuture']);
    const t02 = quality.tables.find((table) => table.id === 'T02_genderAge')!;
    expect(t02.items).toEqual(['birthDate']);
    expect(t02.share).toBeLessThan(1);
    // A quarter's files hold no flows and outcomes, so the step does not rate them either.
    expect(quality.tables.map((table) => table.id)).not.toContain('T12_closures');
    expect(quality.tables.map((table) => table.id)).not.toContain('T04_statusTransitions');
    // Every listed case is a logged look at that case.
    const db = await rawDatabase(vault);
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'case.quality.view'`).pluck().get()).toBe(quality.cases.length);
    db.close();
    // The files state completeness in bands, never exact shares, and no listed case code.
    const exported = await exportTo(vault, { period: Q3, profileId: 'ministerium' });
    expect(exported.preview.document.tables.find((table) => table.id === 'T02_genderAge')?.completeness).toEqual({
      band: t02.share >= 0.95 ? '95plus' : t02.share >= 0.8 ? '80to95' : t02.share >= 0.67 ? '67to80' : 'below67',
      items: ['birthDate'],
    });
    for (const [name, text] of await textsOf(exported.folder)) {
      expect(text, name).toMatch(/Vollst|completeness/);
      for (const entry of quality.cases) expect(text.includes(entry.code), `${entry.code} in ${name}`).toBe(false);
      expect(text.includes('Lückenhaft'), name).toBe(false);
    }
  });

  test('a supervisor sees the shares and how many cases need work, but no case codes', async () => {
    const vault = await newVault(12);
    await vault.bench.call('cases:create', {
      fields: fields({ birthDate: null, countryOfOrigin: null, benefits: null, intakeDate: '2026-07-03' }),
    });
    const { SUPERVISOR } = await import('../helpers/testCore');
    await vault.bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const preview = await vault.bench.call('stats:preview', { period: Q3, profileId: 'ministerium' });
    expect(preview.local.quality.cases).toEqual([]);
    expect(preview.local.quality.otherCases).toBeGreaterThan(0);
  });
});
