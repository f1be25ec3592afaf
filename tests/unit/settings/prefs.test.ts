import { afterEach, expect, test } from 'vitest';
import { CASE_LIST_COLUMNS, DEFAULT_CASE_LIST_COLUMNS } from '../../../src/shared/settings/prefs';
import { COUNSELLOR, SUPERVISOR, openRawDatabase, type TestBench } from '../helpers/testCore';
import { unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

test('the case list columns are remembered per user inside the vault, across restarts', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  expect(await bench.call('prefs:get', { key: 'caseList.columns' })).toEqual({
    key: 'caseList.columns',
    value: [...DEFAULT_CASE_LIST_COLUMNS],
  });
  await bench.call('prefs:set', { key: 'caseList.columns', value: ['code', 'age', 'status', 'nextDeadline'] });
  await bench.call('prefs:set', { key: 'caseList.sort', value: { column: 'nextDeadline', descending: true } });
  const me = (await bench.call('vault:status')).session?.name;

  bench.restart();
  const other = me === COUNSELLOR.name ? SUPERVISOR : COUNSELLOR;
  await bench.call('vault:unlock', { account: other.name, passphrase: other.passphrase });
  expect((await bench.call('prefs:get', { key: 'caseList.columns' })).value).toEqual([...DEFAULT_CASE_LIST_COLUMNS]);
  await bench.call('vault:lock');
  const self = me === COUNSELLOR.name ? COUNSELLOR : SUPERVISOR;
  await bench.call('vault:unlock', { account: self.name, passphrase: self.passphrase });
  expect((await bench.call('prefs:get', { key: 'caseList.columns' })).value).toEqual(['code', 'age', 'status', 'nextDeadline']);
  expect((await bench.call('prefs:get', { key: 'caseList.sort' })).value).toEqual({ column: 'nextDeadline', descending: true });
  // Vault settings are unaffected by the preferences sharing their table.
  expect((await bench.call('settings:get')).caseCodePrefix).toBe('FB');

  const raw = await openRawDatabase(bench, setup.recoveryKey);
  const stored = raw.prepare("SELECT key FROM settings WHERE key LIKE 'pref:%' ORDER BY key").pluck().all();
  expect(stored).toHaveLength(2);
  expect(raw.prepare("SELECT count(*) FROM audit_log WHERE action = 'prefs.update'").pluck().get()).toBe(2);
  raw.close();
});

test('unknown keys and columns, duplicates and an empty choice are refused; nothing is stored', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  expect((await bench.fail('prefs:set', { key: 'caseList.columns', value: ['code', 'religion'] })).fields).toHaveProperty(['value.1']);
  expect((await bench.fail('prefs:set', { key: 'caseList.columns', value: ['code', 'code'] })).fields).toEqual({
    value: 'validation.duplicate',
  });
  expect((await bench.fail('prefs:set', { key: 'caseList.columns', value: [] })).fields).toEqual({ value: 'validation.columnsRequired' });
  expect((await bench.fail('prefs:set', { key: 'theme', value: 'dark' })).code).toBe('INVALID_INPUT');
  expect((await bench.fail('prefs:set', { key: 'caseList.sort', value: { column: 'code' } })).code).toBe('INVALID_INPUT');
  expect((await bench.fail('prefs:get', { key: 'theme' })).code).toBe('INVALID_INPUT');
  expect((await bench.call('prefs:get', { key: 'caseList.columns' })).value).toEqual([...DEFAULT_CASE_LIST_COLUMNS]);
  // Every column id can be chosen, in any order.
  await bench.call('prefs:set', { key: 'caseList.columns', value: [...CASE_LIST_COLUMNS].reverse() });
  expect((await bench.call('prefs:get', { key: 'caseList.columns' })).value).toEqual([...CASE_LIST_COLUMNS].reverse());
});

test('a stored value that no longer fits its schema falls back to the default', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  await bench.call('prefs:set', { key: 'caseList.columns', value: ['code', 'name'] });
  const raw = await openRawDatabase(bench, setup.recoveryKey, false);
  raw.prepare("UPDATE settings SET value = ? WHERE key LIKE 'pref:%caseList.columns'").run(JSON.stringify(['code', 'removedColumn']));
  raw.close();
  expect((await bench.call('prefs:get', { key: 'caseList.columns' })).value).toEqual([...DEFAULT_CASE_LIST_COLUMNS]);
});
