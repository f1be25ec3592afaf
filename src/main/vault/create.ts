import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, storageErrorOf } from '../kernel/errors';
import { writeFileAtomic } from '../kernel/files';
import { DATABASE_FILE_NAME, openEncryptedDatabase, type VaultDatabase } from '../kernel/db/database';
import { migrate } from '../kernel/db/migrations';
import { LOCK_FILE_NAME, type VaultLock } from '../kernel/db/vaultLock';
import type { VaultClaim } from './claim';
import type { StorageDecision } from './location';
import { usedEntries } from './quarantine';
import type { Actor } from '../session/session';
import { appendAccessLog } from '../session/log/accessLog';
import { startChain } from '../session/log/chain';
import { generateSupervisorKeyPairs, recoveryKeyPair, seedsOf, wipeKeyPairs } from '../session/log/keys';
import { RECOVERY_RECIPIENT, registerSupervisorKeys, storeSeal, supervisorRecipient } from '../session/log/keyring';
import { writeVaultSettings } from '../settings';
import type { Argon2Parameters } from './kdf';
import { KEYSLOT_FILE_NAME, createKeySlotFileBody, createRecoverySlot, createUserSlot, writeKeySlotFile } from './keyslots';
import { createRecoveryKey, formatRecoveryKey } from './recoveryKey';
import { insertUser, insertVaultMeta } from './repository';

export interface SetupInput {
  vaultDir: string;
  supervisor: { name: string; passphrase: string };
  counsellor: { name: string; passphrase: string };
  /** A training vault (issue 10): marked in the database and in the key-slot file. */
  isTraining?: boolean;
}

export interface CreatedVault {
  db: VaultDatabase;
  dataKey: Buffer;
  vaultDir: string;
  vaultId: string;
  /** The first counsellor, who is signed in after set-up. */
  counsellor: Actor;
  /** Grouped Base32, shown once. */
  recoveryKey: string;
  /** How it was opened and the lock that holds it. */
  claim: VaultClaim;
}

/**
 * Creates a vault: the data key, the supervisor's log keys, the key slots and the database with its
 * first log entries. Either all of it exists afterwards or nothing (files are removed on failure).
 */
export async function createVault(
  input: SetupInput,
  options: {
    kdf: Argon2Parameters;
    now: Date;
    nativeBinding?: string | undefined;
    onCreated: (vaultDir: string) => void;
    /** Policy and storage checks on the resolved folder, before anything is created; says how to open. */
    check: (vaultDir: string) => StorageDecision;
    /** Takes the vault lock once the folder exists. */
    lock: (vaultDir: string) => VaultLock;
  },
): Promise<CreatedVault> {
  let storage: StorageDecision | undefined;
  const vaultDir = prepareVaultFolder(input.vaultDir, (resolved) => {
    storage = options.check(resolved);
  });
  const mode = storage?.mode ?? 'wal';
  const lock = options.lock(vaultDir);
  const dataKey = randomBytes(32);
  const recoveryKey = createRecoveryKey();
  const body = createKeySlotFileBody(options.kdf, input.isTraining ?? false);
  const supervisor: Actor = { userId: randomUUID(), name: input.supervisor.name, role: 'supervisor' };
  const counsellor: Actor = { userId: randomUUID(), name: input.counsellor.name, role: 'counsellor' };
  // The supervisor's keys protect the log from its first entry: K_0 is sealed to them and to the
  // recovery key before anything is logged.
  const supervisorKeys = generateSupervisorKeyPairs();
  const recoveryPair = recoveryKeyPair(recoveryKey);
  const k0 = randomBytes(32);
  body.slots = [
    await createUserSlot(body.vaultId, supervisor, input.supervisor.passphrase, dataKey, options.kdf, 1, {
      seeds: seedsOf(supervisorKeys),
      x25519Public: supervisorKeys.x25519Public,
      ed25519Public: supervisorKeys.ed25519Public,
    }),
    await createUserSlot(body.vaultId, counsellor, input.counsellor.passphrase, dataKey, options.kdf),
    createRecoverySlot(body.vaultId, recoveryKey, dataKey),
  ];
  const databaseFile = join(vaultDir, DATABASE_FILE_NAME);
  let db: VaultDatabase | undefined;
  try {
    db = openEncryptedDatabase(databaseFile, dataKey, { create: true, nativeBinding: options.nativeBinding, mode });
    migrate(db);
    const now = options.now;
    const at = now.toISOString();
    const created = db;
    created.transaction(() => {
      insertVaultMeta(created, body.vaultId, at, input.isTraining ? 'training' : 'real');
      for (const actor of [supervisor, counsellor]) insertUser(created, actor, at);
      registerSupervisorKeys(created, supervisor.userId, supervisorKeys, now);
      startChain(created, body.vaultId, k0, now);
      storeSeal(created, body.vaultId, supervisorRecipient(supervisor.userId), supervisorKeys.x25519Public, k0, now);
      storeSeal(created, body.vaultId, RECOVERY_RECIPIENT, recoveryPair.publicRaw, k0, now);
      writeVaultSettings(created, {});
      appendAccessLog(created, {
        at: now,
        actor: supervisor,
        action: 'vault.setup',
        ...(input.isTraining ? { details: { purpose: 'training' } } : {}),
      });
      for (const actor of [supervisor, counsellor]) {
        appendAccessLog(created, {
          at: now,
          actor: supervisor,
          action: 'user.create',
          object: actor.userId,
          details: { role: actor.role },
        });
      }
      appendAccessLog(created, { at: now, actor: counsellor, action: 'vault.unlock', details: { method: 'setup' } });
    })();
    writeKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME), body);
    options.onCreated(vaultDir);
  } catch (error) {
    db?.close();
    dataKey.fill(0);
    lock.release();
    const lockFile = join(vaultDir, LOCK_FILE_NAME);
    for (const file of [
      databaseFile,
      `${databaseFile}-wal`,
      `${databaseFile}-shm`,
      join(vaultDir, KEYSLOT_FILE_NAME),
      lockFile,
      `${lockFile}-journal`,
    ]) {
      rmSync(file, { force: true });
    }
    throw error;
  } finally {
    recoveryPair.privateSeed.fill(0);
    k0.fill(0);
    wipeKeyPairs(supervisorKeys);
  }
  const formatted = formatRecoveryKey(recoveryKey);
  recoveryKey.fill(0);
  return {
    db,
    dataKey,
    vaultDir,
    vaultId: body.vaultId,
    counsellor,
    recoveryKey: formatted,
    claim: { storage: storage ?? { kind: 'unknown', reason: 'unchecked', mode }, release: () => lock.release() },
  };
}

/** Set-up must fit comfortably: the empty vault with its WAL is a few hundred KiB at most. */
const PROBE_BYTES = 1024 * 1024;

function pathError(messageKey: string): AppError {
  return new AppError('VAULT_PATH_INVALID', { messageKey, fields: { vaultDir: messageKey } });
}

/**
 * Resolves and creates the chosen folder. Refuses relative paths, files, folders that hold a vault
 * or anything else (a vault folder is backed up and erased as a whole, so it must be ours alone),
 * and proves the folder is writable with room to spare before any key material is created.
 */
export function prepareVaultFolder(chosen: string, check: (vaultDir: string) => void = () => undefined): string {
  if (!isAbsolute(chosen)) throw pathError('error.VAULT_PATH_RELATIVE');
  const vaultDir = resolve(chosen);
  if (existsSync(vaultDir)) {
    if (!statSync(vaultDir).isDirectory()) throw pathError('error.VAULT_PATH_NOT_FOLDER');
    const entries = usedEntries(vaultDir);
    if (entries.includes(DATABASE_FILE_NAME) || entries.includes(KEYSLOT_FILE_NAME)) throw pathError('error.VAULT_PATH_HAS_VAULT');
    if (entries.length > 0) throw pathError('error.VAULT_PATH_NOT_EMPTY');
  }
  check(vaultDir);
  try {
    mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
    const probe = join(vaultDir, '.fallbuch-schreibtest');
    try {
      writeFileAtomic(probe, randomBytes(PROBE_BYTES));
    } finally {
      rmSync(probe, { force: true });
    }
  } catch (error) {
    const storage = storageErrorOf(error);
    if (storage?.code === 'STORAGE_FULL') throw new AppError('STORAGE_FULL', { fields: { vaultDir: 'error.STORAGE_FULL' } });
    throw pathError('error.VAULT_PATH_NOT_WRITABLE');
  }
  return vaultDir;
}
