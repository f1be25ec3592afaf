import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../kernel/errors';
import { DATABASE_FILE_NAME, isCorruption, openEncryptedDatabase, type VaultDatabase } from '../kernel/db/database';
import { migrate } from '../kernel/db/migrations';
import { Session, type AccessRule, type Actor } from '../session/session';
import { appendAccessLog } from '../session/log/accessLog';
import { startChain } from '../session/log/chain';
import { readChainState } from '../session/log/repository';
import { generateSupervisorKeyPairs, keyPairsFromSeeds, recoveryKeyPair, wipeKeyPairs, type SupervisorKeyPairs } from '../session/log/keys';
import {
  RECOVERY_RECIPIENT,
  isRegisteredSupervisorKey,
  openK0,
  registerSupervisorKeys,
  storeSeal,
  supervisorRecipient,
} from '../session/log/keyring';
import type { VaultSettings } from '@shared/settings/domain';
import { readVaultSettings } from '../settings';
import type { StorageMode } from './location';
import { findUserSlot, type KeySlotFile, type UserSlot } from './keyslots';
import { checkPages } from './pageCheck';
import { findUnlockingUser, readVaultId, readVaultPurpose } from './repository';
import type { UnlockThrottle } from './throttle';

/** Where a supervisor's key pairs come from at unlock. */
export type SupervisorSource = { kind: 'seeds'; seeds: Buffer | null } | { kind: 'recovery'; recoveryKey: Buffer };

export interface OpenRequest {
  vaultDir: string;
  slots: KeySlotFile;
  dataKey: Buffer;
  slot: UserSlot;
  throttle: UnlockThrottle;
  method: 'passphrase' | 'recoveryKey';
  source: SupervisorSource;
  now: () => Date;
  accessRule: AccessRule;
  nativeBinding?: string | undefined;
  /** WAL on local storage; rollback journal + exclusive lock on an allowed network location. */
  mode: StorageMode;
  /** The stored settings within the machine policy's limits. */
  effectiveSettings: (stored: VaultSettings) => VaultSettings;
}

/**
 * Opens the database with an unwrapped data key and starts the session: checks the vault id and the
 * account (the role in the encrypted database is authoritative; disabled accounts are refused),
 * proves a supervisor through the log key, and logs the failed attempts since the last unlock and
 * this unlock in one transaction. On any failure the key is wiped and nothing stays open.
 */
export async function openSession(request: OpenRequest): Promise<{ session: Session; keysCreated: boolean }> {
  const { slot, slots, dataKey } = request;
  let supervisorKeys: SupervisorKeyPairs | null = null;
  let keysCreated = false;
  let db: VaultDatabase | undefined;
  try {
    const file = join(request.vaultDir, DATABASE_FILE_NAME);
    db = openEncryptedDatabase(file, dataKey, { create: false, nativeBinding: request.nativeBinding, mode: request.mode });
    // The key came from an authenticated key slot: a file that still will not read is damaged.
    if (!(await checkPages(db, { file, dataKey, nativeBinding: request.nativeBinding, mode: request.mode })).passed) {
      throw new AppError('VAULT_DAMAGED');
    }
    migrate(db);
    if (readVaultId(db) !== slots.vaultId) throw new AppError('VAULT_CORRUPT');
    const user = findUnlockingUser(db, slot.userId);
    // The role in the encrypted database is authoritative; a slot claiming another role is refused.
    if (!user || user.role !== slot.role) throw new AppError('FORBIDDEN');
    if (user.disabledAt) throw new AppError('FORBIDDEN', { messageKey: 'error.ACCOUNT_DISABLED' });
    const actor: Actor = { userId: slot.userId, name: slot.name, role: slot.role };
    const now = request.now();
    const pending = request.throttle.read().pending;
    const opened = db;
    opened.transaction(() => {
      if (slot.role === 'supervisor') {
        const established = establishSupervisor({ db: opened, vaultId: slots.vaultId, userId: slot.userId, source: request.source, now });
        supervisorKeys = established.keys;
        keysCreated = established.created;
      }
      for (const attempt of pending) {
        const attempted = findUserSlot(slots, attempt.account);
        appendAccessLog(opened, {
          at: new Date(attempt.at),
          actor: attempted ? { userId: attempted.userId, name: attempted.name, role: attempted.role } : null,
          action: 'vault.unlockFailed',
          details: { method: attempt.method },
        });
      }
      appendAccessLog(opened, { at: now, actor, action: 'vault.unlock', details: { method: request.method } });
    })();
    request.throttle.reset();
    const session = new Session({
      db: opened,
      dataKey,
      vaultDir: request.vaultDir,
      vaultId: slots.vaultId,
      actor,
      settings: request.effectiveSettings(readVaultSettings(opened)),
      mustChangePassphrase: user.mustChange === 1 && request.method === 'passphrase',
      supervisorKeys,
      isTraining: readVaultPurpose(opened) === 'training',
      now: request.now,
      accessRule: request.accessRule,
    });
    return { session, keysCreated };
  } catch (error) {
    db?.close();
    dataKey.fill(0);
    wipeKeyPairs(supervisorKeys);
    if (error instanceof AppError && error.code === 'VAULT_CORRUPT' && db === undefined) throw new AppError('VAULT_DAMAGED');
    if (isCorruption(error)) throw new AppError('VAULT_DAMAGED');
    throw error;
  }
}

/** A supervisor's unlock of an opened vault. */
interface SupervisorUnlock {
  db: VaultDatabase;
  vaultId: string;
  userId: string;
  source: SupervisorSource;
  now: Date;
}

/** The supervisor's key pairs, and whether they were made in this unlock. */
type EstablishedSupervisor = { keys: SupervisorKeyPairs; created: boolean };

/**
 * The supervisor role rests on the log key, not on anything a counsellor could write: the slot's
 * key pair must open a seal of K_0 that passes the stored K_0 check. A counsellor holds the data
 * key and could forge a slot or a users row, but cannot produce K_0 (see docs/access-log.md).
 * Vaults from schema 2 have no chain yet: it starts here, at the first supervisor unlock.
 */
function establishSupervisor(unlock: SupervisorUnlock): EstablishedSupervisor {
  const { db, vaultId, userId, source, now } = unlock;
  if (!readChainState(db)) return startChainWithSupervisor(unlock);
  if (source.kind === 'recovery') {
    // Forgotten passphrase: the old private keys are lost with it. K_0 comes from the recovery
    // seal and is sealed to a new key pair; the old public keys stay known for old checkpoints.
    const recovery = recoveryKeyPair(source.recoveryKey);
    const k0 = openK0(db, vaultId, RECOVERY_RECIPIENT, recovery.privateSeed);
    recovery.privateSeed.fill(0);
    if (!k0) throw new AppError('SUPERVISOR_NOT_VERIFIED');
    const keys = generateSupervisorKeyPairs();
    registerSupervisorKeys(db, userId, keys, now);
    storeSeal(db, vaultId, supervisorRecipient(userId), keys.x25519Public, k0, now);
    k0.fill(0);
    return { keys, created: true };
  }
  if (!source.seeds) throw new AppError('SUPERVISOR_NOT_VERIFIED');
  const keys = keyPairsFromSeeds(source.seeds);
  const k0 = openK0(db, vaultId, supervisorRecipient(userId), keys.x25519Private);
  if (!k0 || !isRegisteredSupervisorKey(db, userId, keys)) {
    k0?.fill(0);
    wipeKeyPairs(keys);
    throw new AppError('SUPERVISOR_NOT_VERIFIED');
  }
  k0.fill(0);
  return { keys, created: false };
}

/** Starts the log chain of a vault from schema 2 at its first supervisor unlock, sealed to that supervisor. */
function startChainWithSupervisor({ db, vaultId, userId, source, now }: SupervisorUnlock): EstablishedSupervisor {
  const hasSeeds = source.kind === 'seeds' && source.seeds !== null;
  const keys = source.kind === 'seeds' && source.seeds ? keyPairsFromSeeds(source.seeds) : generateSupervisorKeyPairs();
  const k0 = randomBytes(32);
  try {
    startChain(db, vaultId, k0, now);
    registerSupervisorKeys(db, userId, keys, now);
    storeSeal(db, vaultId, supervisorRecipient(userId), keys.x25519Public, k0, now);
    if (source.kind === 'recovery') storeSeal(db, vaultId, RECOVERY_RECIPIENT, recoveryKeyPair(source.recoveryKey).publicRaw, k0, now);
    appendAccessLog(db, { at: now, actor: null, action: 'audit.chainStarted', object: userId });
  } finally {
    k0.fill(0);
  }
  return { keys, created: !hasSeeds };
}
