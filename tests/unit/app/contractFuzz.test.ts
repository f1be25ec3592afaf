import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { contract } from '../../../src/shared/contract/contract';
import { SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

/** Keys each channel's schema knows, so generated payloads hit real fields with wrong values. */
function knownKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function malformedPayloads(channel: (typeof CHANNELS)[number]) {
  const schema = contract[channel].input;
  const keys = [...knownKeys(schema), 'extra', '__proto__', 'constructor'];
  const value = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string()),
    fc.string({ minLength: 2000, maxLength: 3000 }),
  );
  return fc
    .oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), value), fc.record({ language: fc.string() }))
    .filter((payload) => !schema.safeParse(payload).success);
}

test('every channel rejects malformed input with INVALID_INPUT and changes nothing', async () => {
  bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  const raw = await openRawDatabase(bench, recoveryKey);
  const snapshot = () => ({
    keyslots: readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8'),
    config: readFileSync(join(bench.configDir, 'fallbuch-config.json'), 'utf8'),
    log: raw.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    settings: raw.prepare('SELECT key, value FROM settings ORDER BY key').all(),
  });
  // Roles are checked before input (issue 4), so each channel is fuzzed in a session that may call it.
  for (const role of ['counsellor', 'supervisor'] as const) {
    if (role === 'supervisor') await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const before = snapshot();
    for (const channel of CHANNELS) {
      const access = contract[channel].access;
      if (access !== 'public' && !access.some((allowed) => allowed === role)) continue;
      await fc.assert(
        fc.asyncProperty(malformedPayloads(channel), async (payload) => {
          const result = await bench.core.invoke(channel, payload);
          expect(result, `${channel} ${JSON.stringify(payload)?.slice(0, 200)}`).toMatchObject({
            ok: false,
            error: { code: 'INVALID_INPUT' },
          });
        }),
        { numRuns: 40, seed: 20261121 },
      );
    }
    expect(snapshot()).toEqual(before);
  }
  expect((await bench.call('vault:status')).state).toBe('unlocked');
  raw.close();
});

test('a locked core answers LOCKED to every channel that needs a session, whatever is sent', async () => {
  bench = createTestBench();
  await setUpVault(bench);
  await bench.call('vault:lock');
  for (const channel of CHANNELS) {
    if (contract[channel].access === 'public') continue;
    for (const payload of [{}, null, { autoLockMinutes: 3 }, 'x']) {
      expect(await bench.core.invoke(channel, payload), channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  }
});
