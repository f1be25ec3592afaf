import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { TRAINING_CASE_COUNT } from '../../../src/shared/training/contract';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const PASSPHRASE = 'Schulung ohne echte Daten 2026';

async function trainingBench() {
  bench = createTestBench();
  return bench.call('trainingVault:create', { passphrase: PASSPHRASE });
}

describe('the training vault (Schulungstresor)', () => {
  test('created at set-up in a folder of its own, filled with synthetic cases, the counsellor signed in', async () => {
    const created = await trainingBench();
    expect(created.vaultDir).toBe(`${bench.vaultDir}-Schulung`);
    expect(created.session).toMatchObject({ name: 'Übungskonto Beratung', role: 'counsellor' });
    expect(created.accounts.map((account) => account.name)).toEqual(['Übungskonto Leitung', 'Übungskonto Beratung']);
    expect(created.cases).toBe(TRAINING_CASE_COUNT);
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'unlocked', isTraining: true });

    const cases = await bench.call('cases:list', { includeClosed: true });
    expect(cases).toHaveLength(TRAINING_CASE_COUNT);
    expect(cases.every((row) => /^SCH-\d{4}-\d{4}$/.test(row.code))).toBe(true);
    // Names in Arabic script carry the Latin spelling of the document; the realistic mix is there.
    const inArabic = cases.filter((row) => /\p{Script=Arabic}/u.test(row.familyName));
    expect(inArabic.length).toBeGreaterThan(0);
    expect(inArabic.every((row) => row.documentFamilyName && /^[A-Za-z' -]+$/.test(row.documentFamilyName))).toBe(true);
    const first = cases.find((row) => row.closedOn === null);
    if (!first) throw new Error('no open case');
    const detail = await bench.call('cases:get', { id: first.id });
    expect(detail.journal.length).toBeGreaterThan(0);
    expect(detail.journal.some((entry) => entry.occurredTime !== null)).toBe(true);
    // New cases of the training vault get training codes too.
    const own = await bench.call('cases:create', {
      fields: { ...detail.fields, familyName: 'Übung', givenNames: 'Neu' },
    });
    expect(own.code).toMatch(/^SCH-/);
  });

  test('marked in the database and in the key-slot file; after locking the unlock screen knows it is training', async () => {
    const created = await trainingBench();
    await bench.call('vault:lock', {});
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'locked', isTraining: true, vaultDir: created.vaultDir });
    const slots = JSON.parse(readFileSync(join(created.vaultDir, 'keyslots.json'), 'utf8'));
    expect(slots.purpose).toBe('training');
    await bench.call('vault:unlock', { account: 'Übungskonto Leitung', passphrase: PASSPHRASE });
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'unlocked', isTraining: true });
    // The supervisor sees the seeding in the log like any other action.
    const log = await bench.call('audit:list', { filter: { action: 'training.seed' }, offset: 0, limit: 10 });
    expect(log.total).toBe(1);
  });

  test('a real vault is not training; a training vault cannot be created over it, and it is never forgotten by "leave"', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    expect((await bench.call('vault:status', {})).isTraining).toBe(false);
    expect((await bench.fail('trainingVault:create', { passphrase: PASSPHRASE })).code).toBe('ALREADY_INITIALISED');
    const refused = await bench.fail('trainingVault:leave', {});
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'error.NOT_TRAINING_VAULT' });
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'unlocked', isTraining: false, vaultDir: bench.vaultDir });
    await bench.call('vault:lock', {});
    expect((await bench.fail('trainingVault:leave', {})).message).toBe('error.NOT_TRAINING_VAULT');
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'locked', isTraining: false });
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(raw.prepare(`SELECT count(*) FROM meta WHERE key = 'purpose'`).pluck().get()).toBe(0);
    raw.close();
    expect(JSON.parse(readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8')).purpose).toBeUndefined();
  });

  test('leaving the training locks it and forgets its folder (which stays); a real vault can be set up next', async () => {
    const created = await trainingBench();
    expect(await bench.call('trainingVault:leave', {})).toEqual({ vaultDir: created.vaultDir });
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'uninitialised', isTraining: false });
    expect(existsSync(join(created.vaultDir, 'fallbuch.db'))).toBe(true);
    // A second training vault takes the next free folder.
    const second = await bench.call('trainingVault:create', { passphrase: PASSPHRASE });
    expect(second.vaultDir).toBe(`${bench.vaultDir}-Schulung-2`);
    await bench.call('trainingVault:leave', {});
    await bench.call('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    expect(await bench.call('vault:status', {})).toMatchObject({ state: 'unlocked', isTraining: false });
    expect(await bench.call('cases:list', {})).toEqual([]);
  });

  test('a short passphrase is refused with the usual message and nothing is created', async () => {
    bench = createTestBench();
    const refused = await bench.fail('trainingVault:create', { passphrase: 'kurz' });
    expect(refused.fields).toEqual({ passphrase: 'validation.passphraseTooShort' });
    expect(existsSync(`${bench.vaultDir}-Schulung`)).toBe(false);
    expect((await bench.call('vault:status', {})).state).toBe('uninitialised');
  });
});

test('the app never imports from bench/ (the generator it needs lives in src/main/training)', () => {
  const root = join(__dirname, '../../../src');
  const offenders: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && /from '(\.\.\/)+bench\//.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
});
