import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { VaultDatabase } from '../../kernel/db/database';
import { k0CheckOf, readChainState } from './chain';
import { openSeal, seal, type Sealed, type SupervisorKeyPairs } from './keys';

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
  const sealed = seal(publicRaw, k0, context(vaultId, recipient));
  db.prepare(
    `INSERT INTO audit_key_seals (recipient, ephemeral_public, iv, ciphertext, tag, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (recipient) DO UPDATE SET ephemeral_public = excluded.ephemeral_public, iv = excluded.iv,
       ciphertext = excluded.ciphertext, tag = excluded.tag, created_at = excluded.created_at`,
  ).run(recipient, sealed.ephemeralPublic, sealed.iv, sealed.ciphertext, sealed.tag, at.toISOString());
}

export function removeSeal(db: VaultDatabase, recipient: string): void {
  db.prepare('DELETE FROM audit_key_seals WHERE recipient = ?').run(recipient);
}

const sealRowSchema = z.object({ ephemeralPublic: z.string(), iv: z.string(), ciphertext: z.string(), tag: z.string() });

/** K_0 for this recipient if its seal opens and passes the stored check; null otherwise. */
export function openK0(db: VaultDatabase, vaultId: string, recipient: string, privateSeed: Buffer): Buffer | null {
  const row = db
    .prepare(`SELECT ephemeral_public AS ephemeralPublic, iv, ciphertext, tag FROM audit_key_seals WHERE recipient = ?`)
    .get(recipient);
  const chain = readChainState(db);
  if (row === undefined || !chain) return null;
  const sealed: Sealed = sealRowSchema.parse(row);
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
  db.prepare('UPDATE supervisor_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL').run(at.toISOString(), userId);
  db.prepare('INSERT INTO supervisor_keys (ed25519_public, user_id, x25519_public, created_at) VALUES (?, ?, ?, ?)').run(
    keys.ed25519Public.toString('base64'),
    userId,
    keys.x25519Public.toString('base64'),
    at.toISOString(),
  );
}

export function retireSupervisorKeys(db: VaultDatabase, userId: string, at: Date): void {
  db.prepare('UPDATE supervisor_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL').run(at.toISOString(), userId);
}

/** Whether this Ed25519 public key is (or was) a supervisor key of this vault. */
export function isKnownSupervisorKey(db: VaultDatabase, ed25519PublicBase64: string): boolean {
  return db.prepare('SELECT 1 FROM supervisor_keys WHERE ed25519_public = ?').get(ed25519PublicBase64) !== undefined;
}

/** The key pair is this supervisor's current registered one (a forged slot carries other keys). */
export function isRegisteredSupervisorKey(db: VaultDatabase, userId: string, keys: SupervisorKeyPairs): boolean {
  const row = db
    .prepare('SELECT 1 FROM supervisor_keys WHERE user_id = ? AND ed25519_public = ? AND x25519_public = ? AND retired_at IS NULL')
    .get(userId, keys.ed25519Public.toString('base64'), keys.x25519Public.toString('base64'));
  return row !== undefined;
}
