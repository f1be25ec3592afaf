import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Database from 'better-sqlite3-multiple-ciphers';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, journalInput } from '../helpers/caseFixtures';
import { samplePdf } from '../helpers/documentFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * The exit kit: the data key for the data-protection audit and the Gesamtexport, both supervisor
 * only and only with the supervisor's passphrase and the recovery key together.
 */
const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

const CANARY_NAME = 'Kanarienvogel-Zqx';
const CANARY_NOTE = 'Notiz-Kanarie 7781 "mit; Semikolon" und =FORMEL';

async function supervisorBench(save: { path: string | null }): Promise<{ bench: TestBench; recoveryKey: string }> {
  const bench = createTestBench({ ports: { chooseSaveFile: async () => save.path } });
  benches.push(bench);
  const { recoveryKey } = await setUpVault(bench);
  const first = await bench.call('cases:create', { fields: caseFields({ familyName: CANARY_NAME, givenNames: 'Ümit' }) });
  await bench.call('journal:add', { caseId: first.id, entry: journalInput({ note: CANARY_NOTE }) });
  await bench.call('cases:create', { fields: caseFields({ familyName: 'Zweiter' }) });
  await bench.call('documents:addFiles', {
    caseId: first.id,
    details: { kind: 'notice', date: '2026-11-02', note: '', link: null },
    files: [{ name: 'Bescheid: Ümit.pdf', bytes: await samplePdf() }],
  });
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  return { bench, recoveryKey };
}

function logActions(raw: Database.Database): string[] {
  return raw.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];
}

/** Every table's rows (the access log and its chain state excepted), for "the vault is unchanged". */
function contentDump(raw: Database.Database): Record<string, unknown[]> {
  const tables = raw
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'search_index%'`)
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables.filter((name) => name !== 'audit_log' && name !== 'audit_chain')) {
    dump[table] = raw.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
  }
  return dump;
}

describe('Datenschlüssel für die Datenschutzprüfung', () => {
  test('with both credentials: the raw key and the exact PRAGMA lines, logged; the lines open the file', async () => {
    const { bench, recoveryKey } = await supervisorBench({ path: null });
    const shown = await bench.call('exit:revealDataKey', { passphrase: SUPERVISOR.passphrase, recoveryKey, acknowledged: true });
    expect(shown.pragmas).toEqual([
      `PRAGMA key = "x'${shown.dataKeyHex}'";`,
      'PRAGMA cipher_compatibility = 4;',
      'PRAGMA integrity_check;',
    ]);
    expect(shown.databaseFile).toBe('fallbuch.db');
    await bench.call('vault:lock');
    const db = new Database(join(bench.vaultDir, 'fallbuch.db'), { readonly: true });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${shown.dataKeyHex}'"`);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logActions(db)).toContain('exit.dataKeyRevealed');
    db.close();
  });

  test('one credential is not enough, nor the wrong role, nor skipping the warning; nothing is logged', async () => {
    const { bench, recoveryKey } = await supervisorBench({ path: null });
    expect(await bench.fail('exit:revealDataKey', { passphrase: 'falsches-Kennwort-99', recoveryKey, acknowledged: true })).toMatchObject({
      code: 'WRONG_PASSPHRASE',
      fields: { passphrase: 'error.WRONG_PASSPHRASE' },
    });
    // The counsellor's passphrase opens a slot too, but not the supervisor's own one.
    expect((await bench.fail('exit:revealDataKey', { passphrase: COUNSELLOR.passphrase, recoveryKey, acknowledged: true })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    const wrongKey = recoveryKey.replace(/^.{4}/, 'AAAA');
    expect(
      await bench.fail('exit:revealDataKey', { passphrase: SUPERVISOR.passphrase, recoveryKey: wrongKey, acknowledged: true }),
    ).toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      fields: { recoveryKey: 'error.WRONG_RECOVERY_KEY' },
    });
    expect(
      (await bench.fail('exit:revealDataKey', { passphrase: SUPERVISOR.passphrase, recoveryKey, acknowledged: false })).fields,
    ).toEqual({
      acknowledged: 'validation.acknowledgeRequired',
    });
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await bench.fail('exit:revealDataKey', { passphrase: COUNSELLOR.passphrase, recoveryKey, acknowledged: true })).code).toBe(
      'FORBIDDEN',
    );
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(logActions(raw)).not.toContain('exit.dataKeyRevealed');
    raw.close();
  });
});

describe('Gesamtexport bei Systemwechsel', () => {
  test('round trip: every table as JSON valid against the schema and as CSV, canaries where they belong, hashes, the log verified; the vault unchanged', async () => {
    const save: { path: string | null } = { path: null };
    const { bench, recoveryKey } = await supervisorBench(save);
    save.path = join(bench.root, 'Export', 'Gesamtexport.zip');
    const before = await openRawDatabase(bench, recoveryKey);
    const dumpBefore = contentDump(before);
    const logBefore = logActions(before).length;
    before.close();

    const result = await bench.call('exit:export', {
      passphrase: SUPERVISOR.passphrase,
      recoveryKey,
      acknowledged: true,
      confirmation: 'gesamtexport',
    });
    if (result.cancelled) throw new Error('cancelled');
    const zipBytes = readFileSync(save.path);
    expect(result.sha256).toBe(createHash('sha256').update(zipBytes).digest('hex'));
    expect(result.logIntact).toBe(true);
    expect(result.documents).toBe(1);

    const files = unzipSync(zipBytes);
    const text = (path: string) => Buffer.from(files[path] ?? new Uint8Array()).toString('utf8');
    const manifest = JSON.parse(text('manifest.json')) as {
      format: string;
      tables: { name: string; rows: number }[];
      files: { path: string; sha256: string; bytes: number }[];
      derivedTablesLeftOut: string[];
    };
    expect(manifest.format).toBe('fallbuch-gesamtexport');
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((file) => file.path), 'manifest.json'].sort());
    // The document as a file below its case's code, the same bytes the vault keeps (the name made safe for any file system).
    const documentPaths = Object.keys(files).filter((path) => path.startsWith('dokumente/'));
    expect(documentPaths).toHaveLength(1);
    expect(documentPaths[0]).toMatch(/^dokumente\/[^/]+\/01_Bescheid_ Ümit\.pdf$/);
    const stored = createHash('sha256')
      .update(files[documentPaths[0] ?? ''] ?? new Uint8Array())
      .digest('hex');
    const vault = await openRawDatabase(bench, recoveryKey);
    expect(stored).toBe(vault.prepare('SELECT sha256 FROM documents').pluck().get());
    vault.close();
    for (const file of manifest.files) {
      expect(
        createHash('sha256')
          .update(files[file.path] ?? new Uint8Array())
          .digest('hex'),
        file.path,
      ).toBe(file.sha256);
    }
    expect(manifest.derivedTablesLeftOut).toEqual(['search_index']);

    // Every table and every row, exactly (the log as it was when the export read it).
    const raw = await openRawDatabase(bench, recoveryKey);
    const schema = JSON.parse(text('schema.json')) as { $id: string; $defs: Record<string, unknown> };
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(schema);
    const tableNames = Object.keys(contentDump(raw)).concat(['audit_log', 'audit_chain']).sort();
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(tableNames);
    for (const { name, rows } of manifest.tables) {
      const exported = JSON.parse(text(`tabellen/${name}.json`)) as Record<string, unknown>[];
      expect(exported, name).toHaveLength(rows);
      const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
      expect(validate?.(exported), `${name}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      const csvLines = text(`tabellen/${name}.csv`)
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(csvLines[0], name).toBe(Object.keys(exported[0] ?? {}).join(';') || csvLines[0]);
      if (name !== 'audit_log' && name !== 'audit_chain') {
        const stored = raw.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[];
        const asJson = stored.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? { base64: value.toString('base64') } : value]),
          ),
        );
        expect(exported, name).toEqual(asJson);
      }
    }
    const cases = JSON.parse(text('tabellen/cases.json')) as { family_name: string; given_names: string }[];
    expect(cases.map((row) => row.family_name)).toEqual([CANARY_NAME, 'Zweiter']);
    expect(cases[0]?.given_names).toBe('Ümit');
    expect(text('tabellen/journal_entries.json')).toContain(JSON.stringify(CANARY_NOTE).slice(1, -1));
    // CSV: quoted because of the semicolon, the formula start defused only where a cell begins with it.
    expect(text('tabellen/journal_entries.csv')).toContain('"Notiz-Kanarie 7781 ""mit; Semikolon"" und =FORMEL"');
    expect(text('tabellen/cases.csv')).toContain(CANARY_NAME);
    expect(text('tabellen/users.json')).toContain(SUPERVISOR.name);
    expect(JSON.parse(text('zugriffsprotokoll/pruefung.json'))).toMatchObject({ intact: true, findings: [] });
    expect(text('LIESMICH.txt')).toContain('UNVERSCHLÜSSELT');

    // The vault: not a row changed; the log grew by the verification and the export itself.
    expect(contentDump(raw)).toEqual(dumpBefore);
    const actions = logActions(raw);
    expect(actions.slice(logBefore)).toEqual(['audit.verify', 'exit.export']);
    const detailsHash = raw.prepare(`SELECT details_hash FROM audit_log WHERE action = 'exit.export'`).pluck().get();
    const manifestSha256 = createHash('sha256')
      .update(files['manifest.json'] ?? new Uint8Array())
      .digest('hex');
    const details = { fileName: 'Gesamtexport.zip', sha256: result.sha256, bytes: zipBytes.length, manifestSha256 };
    expect(detailsHash).toBe(createHash('sha256').update(JSON.stringify(details)).digest('hex'));
    raw.close();
  });

  test('the second confirmation, both credentials, the dialog: any of them missing and nothing is written or logged', async () => {
    const save: { path: string | null } = { path: null };
    const { bench, recoveryKey } = await supervisorBench(save);
    const target = join(bench.root, 'Gesamtexport.zip');
    save.path = target;
    const input = { passphrase: SUPERVISOR.passphrase, recoveryKey, acknowledged: true as const, confirmation: 'GESAMTEXPORT' };
    expect(await bench.fail('exit:export', { ...input, confirmation: 'EXPORT' })).toMatchObject({
      code: 'CONFIRMATION_MISMATCH',
      fields: { confirmation: 'exit.confirmationMismatch' },
    });
    expect((await bench.fail('exit:export', { ...input, passphrase: 'nicht-das-Kennwort' })).code).toBe('WRONG_PASSPHRASE');
    expect((await bench.fail('exit:export', { ...input, recoveryKey: 'ABCD-EFGH' })).code).toBe('WRONG_RECOVERY_KEY');
    expect(existsSync(target)).toBe(false);
    save.path = null;
    expect(await bench.call('exit:export', input)).toEqual({ cancelled: true });
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(logActions(raw).filter((action) => action.startsWith('exit.') || action === 'audit.verify')).toEqual([]);
    raw.close();
  });
});
