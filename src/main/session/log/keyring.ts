import { timingSafeEqual } from 'node:crypto';
import type { VaultDatabase } from '../../kernel/db/database';
import { k0CheckOf } from './chain';
import { openSeal, seal, type SupervisorKeyPairs } from './keys';
import { findSeal, hasCurrentSupervisorKeys, insertSupervisorKey, readChainState, retireSupervisorKeys, upsertSeal } from './repository';

/**
 * K_0 sealed to every supervisor (`user:<id>`) and to the recovery key (`recovery`), and the
 * supervisors' public keys. Seals are bound to the vault and the recipient through the AAD.
 */

export const RECOVERY_RECIPIENT = 'recovery';
export const supervisorRecipient = (userId: string): string => `user:${userId}`;

function context(vaultId: string, recipient: string): string {
  return `${vaultId}|audit-k0|${recipient}`;
}

export function storeSeal(db: VaultDatabase, vaultId: string, recipient: string, publicRaw: Buffer, k0: Buffer, at: Date): void {
  upsertSeal(db, recipient, seal(publicRaw, k0, context(vaultId, recipient)), at.toISOString());
}

/** K_0 for this recipient if its seal opens and passes the stored check; null otherwise. */
export function openK0(db: VaultDatabase, vaultId: string, recipient: string, privateSeed: Buffer): Buffer | null {
  const chain = readChainState(db);
  if (!chain) return null;
  const sealed = findSeal(db, recipient);
  if (!sealed) return null;
  const k0 = openSeal(privateSeed, sealed, context(vaultId, recipient));
  if (!k0 || k0.length !== 32) return null;
  const expected = Buffer.from(chain.k0Check, 'hex');
  const actual = Buffer.from(k0CheckOf(k0, vaultId), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    k0.fill(0);
    return null;
  }
  return k0;
}

export function registerSupervisorKeys(db: VaultDatabase, userId: string, keys: SupervisorKeyPairs, at: Date): void {
  retireSupervisorKeys(db, userId, at);
  insertSupervisorKey(db, {
    userId,
    ed25519Public: keys.ed25519Public.toString('base64'),
    x25519Public: keys.x25519Public.toString('base64'),
    at: at.toISOString(),
  });
}

/** The key pair is this supervisor's current registered one (a forged slot carries other keys). */
export function isRegisteredSupervisorKey(db: VaultDatabase, userId: string, keys: SupervisorKeyPairs): boolean {
  return hasCurrentSupervisorKeys(db, userId, keys.ed25519Public.toString('base64'), keys.x25519Public.toString('base64'));
}
