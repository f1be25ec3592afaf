import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, test } from 'vitest';
import { translate } from '../../../src/shared/i18n';
import { SUPERVISOR } from '../helpers/testCore';
import { pdfEveryText } from '../helpers/pdfText';
import { addCases, createStatsVault, rawDatabase, type StatsVault } from '../helpers/statsVault';

const vaults: StatsVault[] = [];
afterEach(async () => {
  for (const vault of vaults.splice(0)) await vault.bench.cleanup();
});

async function newVault(cases = 40): Promise<StatsVault> {
  const vault = await createStatsVault();
  vaults.push(vault);
  await addCases(vault, cases);
  return vault;
}

const Q3 = { year: 2026, quarter: 3 } as const;
const YEAR_2025 = { year: 2025, quarter: null } as const;
const schema: unknown = JSON.parse(readFileSync(join(__dirname, '../../../schemas/statistics-export.schema.json'), 'utf8'));

async function exportTo(
  vault: StatsVault,
  period: { year: number; quarter: 1 | 2 | 3 | 4 | null },
  profileId: string,
  csvLayout: 'sections' | 'perTable' = 'sections',
) {
  vault.exportDir.current = mkdtempSync(join(vault.bench.root, 'export-'));
  const preview = await vault.bench.call('stats:preview', { period, profileId });
  const result = await vault.bench.call('stats:export', { period, profileId, previewHash: preview.previewHash, csvLayout });
  if (result.status !== 'written') throw new Error('not written');
  return { preview, result, folder: vault.exportDir.current };
}

function filesOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))]),
  );
}

describe('statistics export', () => {
  test('preview shows exactly what is written; JSON validates against the committed JSON Schema; CSV for German Excel; PDF; logged with hashes', async () => {
    const vault = await newVault();
    const { preview, result, folder } = await exportTo(vault, Q3, 'buendnis');
    expect(preview.document.note).toBe('Werte mit Cell-Key-Methode überlagert; nicht additiv');
    expect(preview.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining(['ckmNoSmallValues', 'ckmZerosKept', 'smallRowsMerged', 'groupDisclosure']),
    );
    const files = filesOf(folder);
    expect([...files.keys()]).toEqual([
      'fallbuch-statistik_2026-Q3_buendnis.csv',
      'fallbuch-statistik_2026-Q3_buendnis.json',
      'fallbuch-statistik_2026-Q3_buendnis.pdf',
    ]);
    const json = files.get('fallbuch-statistik_2026-Q3_buendnis.json')!.toString('utf8');
    expect(JSON.parse(json)).toEqual(preview.document);
    const validate = new Ajv({ allErrors: true }).compile(schema as object);
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
    const csv = files.get('fallbuch-statistik_2026-Q3_buendnis.csv')!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\n');
    expect(csv.toString('utf8')).toContain('Geschlecht und Altersgruppe');
    expect(csv.toString('utf8').split('\r\n')[2]).toBe('Hinweis;"Werte mit Cell-Key-Methode überlagert; nicht additiv"');
    expect(files.get('fallbuch-statistik_2026-Q3_buendnis.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');
    // The confirm step lists the names the core planned, and exactly those were written.
    expect(preview.plannedFiles.sections.map((file) => file.name).sort()).toEqual([...files.keys()]);
    expect(preview.plannedFiles.perTable.map((file) => file.name)).toEqual([
      'fallbuch-statistik_2026-Q3_buendnis.json',
      ...preview.document.tables.map((table) => `fallbuch-statistik_2026-Q3_buendnis_${table.id.split('_')[0]!}.csv`),
      'fallbuch-statistik_2026-Q3_buendnis.pdf',
    ]);
    // A year is a name: "2026" in the check text, never "2.026".
    const frozen = preview.checks.find((check) => check.id === 'frozenCategories')!;
    expect(frozen.params.year).toBe('2026');
    expect(translate('de', 'stats.check.frozenCategories', frozen.params)).toMatch(/^Kategorienlisten für 2026 festgeschrieben/);
    // The export is logged, and the history names every file with its SHA-256.
    const history = await vault.bench.call('stats:history', {});
    expect(history).toHaveLength(1);
    expect(history[0]!.files).toEqual(result.files.map(({ fileName, sha256 }) => ({ fileName, sha256 })));
    const db = await rawDatabase(vault);
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'stats.export'`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'stats.preview'`).pluck().get()).toBe(1);
    db.close();
  });

  test('the same vault state gives byte-identical files, for both methods and both CSV layouts', async () => {
    const vault = await newVault();
    for (const [profileId, period] of [
      ['buendnis', Q3],
      ['ministerium', YEAR_2025],
    ] as const) {
      for (const layout of ['sections', 'perTable'] as const) {
        const first = filesOf((await exportTo(vault, period, profileId, layout)).folder);
        const second = filesOf((await exportTo(vault, period, profileId, layout)).folder);
        expect([...second.keys()]).toEqual([...first.keys()]);
        for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes), name).toBe(true);
      }
    }
    const perTable = await exportTo(vault, Q3, 'buendnis', 'perTable');
    expect(readdirSync(perTable.folder).sort()).toEqual(perTable.preview.plannedFiles.perTable.map((file) => file.name).sort());
    expect(readdirSync(perTable.folder)).toContain('fallbuch-statistik_2026-Q3_buendnis_T02.csv');
  });

  test('leak test: no name, case code, case id, note text, record key or exact date reaches any byte of any file', async () => {
    const vault = await newVault(36);
    const db = await rawDatabase(vault);
    const cases = db.prepare('SELECT id, code FROM cases ORDER BY code').all() as { id: string; code: string }[];
    const canaries = [
      'Qwzyxandra',
      'Vlorbington',
      'Kanarien-Notiz-7781',
      'Zielwortlaut-4417',
      'Vermittlungsnotiz-9932',
      'Systemhinweis-Text-5521',
      'Bedarfstext-6613',
    ];
    db.transaction(() => {
      cases.forEach((row, index) => {
        db.prepare('UPDATE cases SET family_name = ?, given_names = ?, record_key = ? WHERE id = ?').run(
          `Qwzyxandra${index}`,
          `Vlorbington${index}`,
          3_141_592_653 - index * 7,
          row.id,
        );
        db.prepare(`UPDATE journal_entries SET note = ? WHERE case_id = ?`).run(`Kanarien-Notiz-7781 ${index}`, row.id);
        db.prepare(
          `INSERT INTO goals (id, case_id, field, wording, agreed_on, target_date, status, updated_at) VALUES (?, ?, 'work', ?, '2025-07-13', '2025-12-24', 'achieved', '2025-11-07T10:00:00Z')`,
        ).run(`g${index}`, row.id, `Zielwortlaut-4417 ${index}`);
        db.prepare(
          `INSERT INTO referrals (id, case_id, offer_kind, referred_on, result, note, updated_at) VALUES (?, ?, 'languageCourse', '2025-06-17', 'accepted', ?, 'now')`,
        ).run(`r${index}`, row.id, `Vermittlungsnotiz-9932 ${index}`);
        db.prepare(`INSERT INTO assessments (case_id, field, needs, has_need, updated_at) VALUES (?, 'language', ?, 1, 'now')`).run(
          row.id,
          `Bedarfstext-6613 ${index}`,
        );
        if (index % 3 === 0) {
          db.prepare(`UPDATE cases SET closed_on = '2025-10-29' WHERE id = ? AND intake_date <= '2025-10-29'`).run(row.id);
          db.prepare(
            `INSERT INTO closures (id, case_id, closed_on, reason, whereabouts, created_at) VALUES (?, ?, '2025-10-29', 'goalsAchieved', 'vocationalTraining', 'now')`,
          ).run(`c${index}`, row.id);
        }
        db.prepare(
          `INSERT INTO structural_notes (id, field, kind, observed_on, text, created_at) VALUES (?, 'housing', 'waitingTime', '2025-08-19', ?, 'now')`,
        ).run(`n${index}`, `Systemhinweis-Text-5521 ${index}`);
      });
    })();
    const recordKeys = (db.prepare('SELECT record_key FROM cases').pluck().all() as number[]).flatMap((key) => [
      String(key),
      key.toString(16).padStart(8, '0'),
    ]);
    db.close();
    const forbidden = [...canaries, ...cases.map((row) => row.code), ...cases.map((row) => row.id), ...recordKeys, 'FB-2026', 'FB-2025'];
    const datePatterns = [/\d{4}-\d{2}-\d{2}/, /\d{1,2}\.\d{1,2}\.\d{4}/];
    for (const [profileId, period] of [
      ['buendnis', YEAR_2025],
      ['ministerium', YEAR_2025],
      ['buendnis', Q3],
      ['ministerium', Q3],
    ] as const) {
      const { folder } = await exportTo(vault, period, profileId);
      for (const [name, bytes] of filesOf(folder)) {
        const texts = name.endsWith('.pdf') ? await pdfEveryText(bytes) : bytes.toString('utf8');
        // The scan must see the real text (a table title), or it would prove nothing.
        expect(texts, name).toContain('Herkunft');
        for (const canary of forbidden) expect(texts.includes(canary), `${canary} in ${name}`).toBe(false);
        for (const pattern of datePatterns) expect(pattern.test(texts), `${String(pattern)} in ${name}`).toBe(false);
      }
    }
  });

  test('cases whose statistics consent was withdrawn are not counted unless the supervisor says otherwise', async () => {
    const vault = await newVault(30);
    const before = await vault.bench.call('stats:preview', { period: YEAR_2025, profileId: 'ministerium' });
    const db = await rawDatabase(vault);
    const caseId = db.prepare(`SELECT id FROM cases WHERE intake_date <= '2025-12-31' ORDER BY id LIMIT 1`).pluck().get() as string;
    db.prepare(
      `INSERT INTO consents (id, case_id, kind, form, given_on, withdrawn_on, created_at, updated_at) VALUES ('k1', ?, 'statistics', 'written', '2025-01-02', '2025-03-01', 'now', 'now')`,
    ).run(caseId);
    db.close();
    const after = await vault.bench.call('stats:preview', { period: YEAR_2025, profileId: 'ministerium' });
    expect(after.local).toMatchObject({ casesCounted: before.local.casesCounted - 1, casesExcludedByConsent: 1 });
    expect((await vault.bench.fail('stats:saveSettings', { consentRule: 'countAll' })).code).toBe('FORBIDDEN');
    await vault.bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    await vault.bench.call('stats:saveSettings', { consentRule: 'countAll' });
    const all = await vault.bench.call('stats:preview', { period: YEAR_2025, profileId: 'ministerium' });
    expect(all.local).toMatchObject({
      casesCounted: before.local.casesCounted,
      casesExcludedByConsent: before.local.casesExcludedByConsent,
    });
  });

  test('bad input: clear messages and nothing written', async () => {
    const vault = await newVault(12);
    const message = async (channel: 'stats:preview', input: unknown) => (await vault.bench.fail(channel, input)).message;
    expect(await message('stats:preview', { period: { year: 2027, quarter: 1 }, profileId: 'buendnis' })).toBe('stats.error.periodFuture');
    expect(await message('stats:preview', { period: { year: 2026, quarter: 4 }, profileId: 'buendnis' })).toBe(
      'stats.error.periodNotEnded',
    );
    expect(await message('stats:preview', { period: { year: 2024, quarter: 1 }, profileId: 'buendnis' })).toBe('stats.error.emptyPeriod');
    expect(await message('stats:preview', { period: Q3, profileId: 'nope' })).toBe('stats.error.profileNotFound');
    // A custom profile with k < 3 is refused; only a supervisor may define profiles.
    const custom: { name: string; method: 'suppression'; k: number; tables: string[] } = {
      name: 'Jugendamt',
      method: 'suppression',
      k: 2,
      tables: ['T02_genderAge'],
    };
    expect((await vault.bench.fail('stats:saveProfile', { profile: { ...custom, k: 5 } })).code).toBe('FORBIDDEN');
    await vault.bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    expect((await vault.bench.fail('stats:saveProfile', { profile: custom })).fields).toEqual({ 'profile.k': 'validation.stats.kMin' });
    expect((await vault.bench.fail('stats:saveProfile', { profile: { ...custom, k: 3, id: 'buendnis' } })).message).toBe(
      'stats.error.builtInProfile',
    );
    const { id } = await vault.bench.call('stats:saveProfile', { profile: { ...custom, k: 5, tables: ['T12_closures'] } });
    expect(await message('stats:preview', { period: Q3, profileId: id })).toBe('stats.error.noTablesForPeriod');
    // A preview that no longer matches, a folder that cannot be written, a cancelled dialog.
    const preview = await vault.bench.call('stats:preview', { period: Q3, profileId: 'buendnis' });
    const stale = await vault.bench.fail('stats:export', {
      period: Q3,
      profileId: 'buendnis',
      previewHash: '0'.repeat(64),
      csvLayout: 'sections',
    });
    expect([stale.code, stale.message]).toEqual(['CONFLICT', 'stats.error.previewOutdated']);
    const notAFolder = join(vault.bench.root, 'a-file.txt');
    writeFileSync(notAFolder, 'x');
    vault.exportDir.current = notAFolder;
    expect(
      (
        await vault.bench.fail('stats:export', {
          period: Q3,
          profileId: 'buendnis',
          previewHash: preview.previewHash,
          csvLayout: 'sections',
        })
      ).message,
    ).toBe('stats.error.folderNotWritable');
    vault.exportDir.current = null;
    expect(
      await vault.bench.call('stats:export', {
        period: Q3,
        profileId: 'buendnis',
        previewHash: preview.previewHash,
        csvLayout: 'sections',
      }),
    ).toEqual({ status: 'cancelled' });
    expect(await vault.bench.call('stats:history', {})).toEqual([]);
  });

  test('a write that fails partway leaves the folder as it was: an earlier file of the same name survives byte for byte, nothing new, nothing logged', async () => {
    const vault = await newVault(20);
    const folder = mkdtempSync(join(vault.bench.root, 'export-'));
    const earlierJson = Buffer.from('{"eine": "frühere Fassung, schon verschickt"}\n', 'utf8');
    writeFileSync(join(folder, 'fallbuch-statistik_2026-Q3_buendnis.json'), earlierJson);
    // The PDF's name is taken by a folder, so the last file of the export cannot be put in place.
    mkdirSync(join(folder, 'fallbuch-statistik_2026-Q3_buendnis.pdf'));
    vault.exportDir.current = folder;
    const preview = await vault.bench.call('stats:preview', { period: Q3, profileId: 'buendnis' });
    const failed = await vault.bench.fail('stats:export', {
      period: Q3,
      profileId: 'buendnis',
      previewHash: preview.previewHash,
      csvLayout: 'sections',
    });
    expect(failed.message).toBe('stats.error.folderNotWritable');
    expect(readdirSync(folder).sort()).toEqual(['fallbuch-statistik_2026-Q3_buendnis.json', 'fallbuch-statistik_2026-Q3_buendnis.pdf']);
    expect(readFileSync(join(folder, 'fallbuch-statistik_2026-Q3_buendnis.json')).equals(earlierJson)).toBe(true);
    expect(await vault.bench.call('stats:history', {})).toEqual([]);
    const db = await rawDatabase(vault);
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'stats.export'`).pluck().get()).toBe(0);
    db.close();

    // Once the way is free, a complete export replaces the earlier file and leaves no temporary behind.
    rmdirSync(join(folder, 'fallbuch-statistik_2026-Q3_buendnis.pdf'));
    const written = await vault.bench.call('stats:export', {
      period: Q3,
      profileId: 'buendnis',
      previewHash: preview.previewHash,
      csvLayout: 'sections',
    });
    expect(written.status).toBe('written');
    expect(readdirSync(folder).sort()).toEqual(preview.plannedFiles.sections.map((file) => file.name).sort());
    expect(JSON.parse(readFileSync(join(folder, 'fallbuch-statistik_2026-Q3_buendnis.json'), 'utf8'))).toEqual(preview.document);
  });

  test('combine: exports of two workstations add up, "." stays ".", foreign files are refused with the reason, files of another period, method or catalogue version are refused one by one', async () => {
    const first = await newVault(40);
    const second = await newVault(30);
    const a = await exportTo(first, YEAR_2025, 'ministerium');
    const b = await exportTo(second, YEAR_2025, 'ministerium');
    const other = await exportTo(first, Q3, 'ministerium');
    const junk = join(first.bench.root, 'junk.json');
    writeFileSync(junk, '{"schemaVersion": 1, "tables": "nein"}');
    const aJson = join(a.folder, 'fallbuch-statistik_2025_ministerium.json');
    const bJson = join(b.folder, 'fallbuch-statistik_2025_ministerium.json');
    first.openFiles.current = [aJson, bJson, junk, aJson];
    const combined = await first.bench.call('stats:combine', {});
    if (combined.status !== 'combined' || !combined.document) throw new Error('not combined');
    expect(combined.sources.map((source) => source.fileName)).toEqual([
      'fallbuch-statistik_2025_ministerium.json',
      'fallbuch-statistik_2025_ministerium.json',
    ]);
    expect(combined.refused.map((entry) => entry.reason)).toEqual(['stats.refused.schema', 'stats.refused.duplicate']);
    for (const table of combined.document.tables) {
      const left = a.preview.document.tables.find((candidate) => candidate.id === table.id)!;
      const right = b.preview.document.tables.find((candidate) => candidate.id === table.id)!;
      const expected = left.grandTotal === null || right.grandTotal === null ? null : left.grandTotal + right.grandTotal;
      expect(table.grandTotal).toBe(expected);
    }
    first.exportDir.current = mkdtempSync(join(first.bench.root, 'combined-'));
    const written = await first.bench.call('stats:combineExport', { combineId: combined.combineId, csvLayout: 'sections' });
    expect(written.status).toBe('written');
    expect(readdirSync(first.exportDir.current).sort()).toEqual([
      'fallbuch-statistik_2025_zusammenfuehrung.csv',
      'fallbuch-statistik_2025_zusammenfuehrung.json',
      'fallbuch-statistik_2025_zusammenfuehrung.pdf',
    ]);

    // A file of another period is refused on its own, with the reason, relative to the files combined.
    const otherJson = join(other.folder, 'fallbuch-statistik_2026-Q3_ministerium.json');
    first.openFiles.current = [otherJson, aJson, bJson];
    const mixed = await first.bench.call('stats:combine', {});
    if (mixed.status !== 'combined' || !mixed.document) throw new Error('not combined');
    expect(mixed.sources.map((source) => source.sha256)).toEqual(combined.sources.map((source) => source.sha256));
    expect(mixed.refused).toEqual([
      {
        fileName: 'fallbuch-statistik_2026-Q3_ministerium.json',
        reason: 'stats.refused.period',
        params: { value: '2026-Q3', expected: '2025' },
      },
    ]);
    expect(mixed.document.tables).toEqual(combined.document.tables);
    expect(mixed.plannedFiles?.sections.map((file) => file.name)).toEqual([
      'fallbuch-statistik_2025_zusammenfuehrung.json',
      'fallbuch-statistik_2025_zusammenfuehrung.csv',
      'fallbuch-statistik_2025_zusammenfuehrung.pdf',
    ]);
    // With no majority the first file decides; another method and another catalogue version are named too.
    const ckm = await exportTo(second, YEAR_2025, 'buendnis');
    const ckmJson = join(ckm.folder, 'fallbuch-statistik_2025_buendnis.json');
    const foreignCatalogue = join(first.bench.root, 'katalog.json');
    writeFileSync(foreignCatalogue, JSON.stringify({ ...JSON.parse(readFileSync(bJson, 'utf8')), catalogueVersion: '2027.1' }));
    first.openFiles.current = [aJson, ckmJson, foreignCatalogue];
    const three = await first.bench.call('stats:combine', {});
    if (three.status !== 'combined') throw new Error('not combined');
    expect(three.sources.map((source) => source.fileName)).toEqual(['fallbuch-statistik_2025_ministerium.json']);
    expect(three.refused).toEqual([
      { fileName: 'fallbuch-statistik_2025_buendnis.json', reason: 'stats.refused.method.ckm', params: {} },
      { fileName: 'katalog.json', reason: 'stats.refused.catalogueVersion', params: { value: '2027.1', expected: '2026.2' } },
    ]);
    expect(translate('de', three.refused[1]!.reason, three.refused[1]!.params)).toBe(
      'Katalogversion 2027.1; die zusammengeführten Dateien haben die Katalogversion 2026.2.',
    );
  });
});
