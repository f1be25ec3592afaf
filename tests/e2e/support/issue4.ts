import path from 'node:path';
import { PEOPLE, type Bench } from '../fixtures';
import { createCase, type SeededCase } from './seedCases';

/** Seeding for the screens of issue 4, through the core's own channels (no SQL). */

async function invoke<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  const result = (await bench.core.invoke(channel, payload)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A second counsellor, created by the supervisor (initial passphrase, to be changed at first unlock). */
export const COLLEAGUE = { name: 'Jonas Vogt', initial: 'Erstes Kennwort für Jonas 1', own: 'Jonas vertritt heute Samira 22' } as const;

/**
 * Sets the vault up, lets the counsellor create cases, and locks it again; returns the recovery
 * key and the cases (they belong to the counsellor of fixtures.PEOPLE).
 */
export async function setUpWithCases(bench: Bench, count: number): Promise<{ recoveryKey: string; cases: SeededCase[] }> {
  const recoveryKey = await bench.setUpVault();
  await invoke(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
  const cases: SeededCase[] = [];
  for (let index = 0; index < count; index += 1) {
    cases.push(await createCase(bench, { familyName: `Beispiel${index}`, givenNames: 'Amal' }));
  }
  await invoke(bench, 'vault:lock', {});
  return { recoveryKey, cases };
}

/** The supervisor creates the colleague through the core (as the Konten screen does) and locks. */
export async function createColleague(bench: Bench): Promise<void> {
  await invoke(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  await invoke(bench, 'accounts:create', { name: COLLEAGUE.name, role: 'counsellor', initialPassphrase: COLLEAGUE.initial });
  await invoke(bench, 'vault:lock', {});
}

/**
 * Changes one field of a logged entry behind Fallbuch's back, as an attacker with the data key
 * would: a separate raw SQLCipher connection (key from the recovery slot), the append-only
 * triggers dropped first. The vault must be locked.
 */
export async function tamperWithEntry(bench: Bench, recoveryKey: string, seq: number): Promise<void> {
  const Database = (await import('better-sqlite3-multiple-ciphers')).default;
  const { readKeySlotFile, findRecoverySlot, openRecoverySlot } = await import('../../../src/main/vault/keyslots');
  const { parseRecoveryKey } = await import('../../../src/main/vault/recoveryKey');
  const slots = readKeySlotFile(path.join(bench.defaultVaultDir, 'keyslots.json'));
  const slot = slots && findRecoverySlot(slots);
  const key = slots && slot && openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('the recovery key did not open the recovery slot');
  const db = new Database(path.join(bench.defaultVaultDir, 'fallbuch.db'));
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    const triggers = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
      .pluck()
      .all() as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER "${name.replaceAll('"', '""')}"`);
    db.prepare(`UPDATE audit_log SET user_name = 'Jemand anderes' WHERE seq = ?`).run(seq);
  } finally {
    db.close();
    key.fill(0);
  }
}
