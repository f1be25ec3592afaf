import { afterEach, describe, expect, test } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { contract } from '../../../src/shared/contract/contract';
import { createApi } from '../../../src/shared/contract/api';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

describe('the contract and the dispatcher', () => {
  test('the channel list and the contract name the same channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  test('unknown channels and malformed input are answered as data, never thrown', async () => {
    bench = createTestBench();
    expect(await bench.core.invoke('vault:dropEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await bench.core.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    for (const payload of [null, 42, 'text', [], { account: 7 }]) {
      expect(await bench.core.invoke('vault:unlock', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    // Unknown keys are refused rather than silently passed on.
    const extra = await bench.fail('app:setLanguage', { language: 'de', admin: true });
    expect(extra.code).toBe('INVALID_INPUT');
    expect((await bench.fail('app:setLanguage', { language: 'fr' })).fields).toHaveProperty('language');
  });

  test('createApi maps every channel to area.verb and passes an empty object for no input', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: null };
    });
    await api.vault.lock();
    await api.vault.unlock({ account: 'A', passphrase: 'B' });
    expect(calls).toEqual([
      ['vault:lock', {}],
      ['vault:unlock', { account: 'A', passphrase: 'B' }],
    ]);
    const mapped = Object.entries(api).flatMap(([area, verbs]) => Object.keys(verbs).map((verb) => `${area}:${verb}`));
    expect(mapped.sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  test('settings persist in the vault and language in the device config', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    expect(await bench.call('settings:update', { autoLockMinutes: 15, language: 'en' })).toMatchObject({
      language: 'en',
      autoLockMinutes: 15,
      caseCodePrefix: 'FB',
    });
    expect((await bench.fail('settings:update', { autoLockMinutes: 0 })).fields).toEqual({ autoLockMinutes: 'validation.autoLockRange' });
    expect((await bench.fail('settings:update', { autoLockMinutes: 2.5 })).fields).toEqual({ autoLockMinutes: 'validation.autoLockRange' });
    bench.restart();
    expect((await bench.call('vault:status')).language).toBe('en');
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('settings:get')).toMatchObject({ language: 'en', autoLockMinutes: 15, caseCodePrefix: 'FB' });
  });

  test('unlock, lock, failed unlocks and settings changes are in the access log', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    await bench.call('vault:lock');
    await bench.fail('vault:unlock', { account: SUPERVISOR.name, passphrase: 'nicht-das-richtige' });
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    await bench.call('settings:update', { autoLockMinutes: 10 });
    await bench.call('vault:lock');

    const raw = await openRawDatabase(bench, recoveryKey);
    const entries = raw.prepare('SELECT action, user_name AS user FROM audit_log ORDER BY seq').all();
    raw.close();
    expect(entries).toEqual([
      { action: 'vault.setup', user: SUPERVISOR.name },
      { action: 'user.create', user: SUPERVISOR.name },
      { action: 'user.create', user: SUPERVISOR.name },
      { action: 'vault.unlock', user: COUNSELLOR.name },
      { action: 'vault.lock', user: COUNSELLOR.name },
      { action: 'vault.unlockFailed', user: SUPERVISOR.name },
      { action: 'vault.unlock', user: COUNSELLOR.name },
      { action: 'settings.update', user: COUNSELLOR.name },
      { action: 'vault.lock', user: COUNSELLOR.name },
    ]);
  });

  test('an unexpected failure returns INTERNAL without the underlying message', async () => {
    bench = createTestBench({
      ports: {
        chooseFolder: async () => {
          throw new Error('geheim: Müller, Ahmad');
        },
      },
    });
    const error = await bench.fail('vault:chooseFolder');
    expect(error).toEqual({ code: 'INTERNAL', message: 'error.INTERNAL' });
    expect(JSON.stringify(error)).not.toContain('Müller');
  });
});
