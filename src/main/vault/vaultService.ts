import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@shared/kernel/roles';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import { AppError, storageErrorOf } from '../kernel/errors';
import { writeFileAtomic } from '../kernel/files';
import type { AppConfigStore } from '../kernel/config';
import { DATABASE_FILE_NAME, openEncryptedDatabase, type VaultDatabase } from '../kernel/db/database';
import { migrate } from '../kernel/db/migrations';
import { appendAccessLog } from '../session/accessLog';
import { startChain } from '../session/chain';
import {
  generateSupervisorKeyPairs,
  keyPairsFromSeeds,
  recoveryKeyPair,
  seedsOf,
  wipeKeyPairs,
  type SupervisorKeyPairs,
} from '../audit/keys';
import { RECOVERY_RECIPIENT, openK0, registerSupervisorKeys, storeSeal, supervisorRecipient } from '../audit/keyring';
import { readVaultSettings, writeVaultSettings, type VaultSettings } from '../settings/repository';
import { calibrateArgon2, type Argon2Parameters } from './kdf';
import {
  KEYSLOT_FILE_NAME,
  createKeySlotFileBody,
  createRecoverySlot,
  createUserSlot,
  findRecoverySlot,
  findUserSlot,
  openRecoverySlot,
  openUserSlot,
  openUserSlotWithKeys,
  readKeySlotFile,
  writeKeySlotFile,
  type KeySlotFile,
  type UserSlot,
} from './keyslots';
import { createRecoveryKey, formatRecoveryKey, parseRecoveryKey } from './recoveryKey';
import { UnlockThrottle, waitSecondsAfter } from './throttle';
import { checkCaseAccess } from '../cases/access';

export interface Actor {
  userId: string;
  name: string;
  role: Role;
}

/** What exists only while the vault is unlocked. `lock()` closes the database and wipes the key. */
export interface OpenVault {
  db: VaultDatabase;
  dataKey: Buffer;
  vaultDir: string;
  vaultId: string;
  actor: Actor;
  settings: VaultSettings;
  lastActivityAt: number;
  /** An initial or reset passphrase: only changing it (and locking) is allowed until then. */
  mustChangePassphrase: boolean;
  /** A supervisor's unwrapped key pairs (seeds zeroed on lock); null for counsellors. */
  supervisorKeys: SupervisorKeyPairs | null;
  /** Cases (by code) this counsellor opened with a reason in this session: later entries carry it. */
  breakGlass: Map<string, string>;
}

/** Where a supervisor's key pairs come from at unlock. */
type SupervisorSource = { kind: 'seeds'; seeds: Buffer | null } | { kind: 'recovery'; recoveryKey: Buffer };

export interface VaultServiceOptions {
  config: AppConfigStore;
  defaultVaultDir: string;
  nativeBinding?: string | undefined;
  /** Fixed Argon2id parameters (tests); otherwise calibrated on this machine at set-up. */
  kdf?: Argon2Parameters | undefined;
  now: () => Date;
}

export type LockReason = 'manual' | 'idle' | 'shutdown';

interface LocatedVault {
  vaultDir: string;
  slots: KeySlotFile;
}

export class VaultService {
  private open: OpenVault | null = null;

  constructor(private readonly options: VaultServiceOptions) {}

  // ----- state -------------------------------------------------------------------------------

  status(): VaultStatus {
    const config = this.options.config.get();
    const base = {
      vaultDir: config.vaultDir,
      language: config.language,
      accounts: [] as VaultStatus['accounts'],
      retryAt: null,
      failedAttempts: 0,
      session: null,
      problem: null,
    } satisfies Omit<VaultStatus, 'state'>;
    if (this.open) {
      return {
        ...base,
        state: 'unlocked',
        accounts: this.accountsOf(readKeySlotFile(join(this.open.vaultDir, KEYSLOT_FILE_NAME))),
        session: this.sessionInfo(),
      };
    }
    const vaultDir = this.configuredVaultDir();
    if (!vaultDir) return { ...base, state: 'uninitialised' };
    const throttle = new UnlockThrottle(vaultDir);
    const retryAt = throttle.retryAt(this.options.now());
    const lockedBase = {
      ...base,
      vaultDir,
      state: 'locked' as const,
      retryAt: retryAt?.toISOString() ?? null,
      failedAttempts: throttle.read().failures,
    };
    try {
      return { ...lockedBase, accounts: this.accountsOf(this.locate().slots) };
    } catch (error) {
      if (error instanceof AppError && (error.code === 'KEYSLOTS_DAMAGED' || error.code === 'VAULT_MISSING')) {
        return { ...lockedBase, problem: error.code };
      }
      throw error;
    }
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  /** The open vault for a handler; LOCKED when there is none. */
  requireOpen(): OpenVault {
    if (!this.open) throw new AppError('LOCKED');
    return this.open;
  }

  sessionInfo(): SessionInfo | null {
    if (!this.open) return null;
    return {
      ...this.open.actor,
      autoLockMinutes: this.open.settings.autoLockMinutes,
      mustChangePassphrase: this.open.mustChangePassphrase,
    };
  }

  /** Records activity; returns when the vault will lock itself if nothing else happens. */
  touch(): Date {
    const open = this.requireOpen();
    open.lastActivityAt = this.options.now().getTime();
    return new Date(open.lastActivityAt + open.settings.autoLockMinutes * 60_000);
  }

  /** Locks when the vault has been idle for the configured minutes. Returns true if it locked. */
  lockIfIdle(): boolean {
    const open = this.open;
    if (!open) return false;
    const idleMs = this.options.now().getTime() - open.lastActivityAt;
    if (idleMs < open.settings.autoLockMinutes * 60_000) return false;
    this.lock('idle');
    return true;
  }

  record(action: string, extra: { object?: string; reason?: string; details?: unknown; breakGlass?: boolean } = {}): void {
    const open = this.requireOpen();
    // Access rules live at this seam so no case read or write can skip them (cases/caseAccess.ts).
    checkCaseAccess(open.db, open, action, extra.object);
    // Everything done in a case opened by break-the-glass is flagged with the reason given.
    const granted = extra.object !== undefined ? open.breakGlass.get(extra.object) : undefined;
    appendAccessLog(open.db, {
      at: this.options.now(),
      actor: open.actor,
      action,
      ...extra,
      ...(granted !== undefined ? { reason: extra.reason ?? granted, breakGlass: true } : {}),
    });
  }

  // ----- set-up --------------------------------------------------------------------------------

  async setup(input: {
    vaultDir: string;
    supervisor: { name: string; passphrase: string };
    counsellor: { name: string; passphrase: string };
  }): Promise<{ recoveryKey: string; session: SessionInfo }> {
    if (this.configuredVaultDir()) throw new AppError('ALREADY_INITIALISED');
    const vaultDir = prepareVaultFolder(input.vaultDir);
    const parameters = this.options.kdf ?? (await calibrateArgon2());
    const dataKey = randomBytes(32);
    const recoveryKey = createRecoveryKey();
    const body = createKeySlotFileBody(parameters);
    const supervisor: Actor = { userId: randomUUID(), name: input.supervisor.name, role: 'supervisor' };
    const counsellor: Actor = { userId: randomUUID(), name: input.counsellor.name, role: 'counsellor' };
    // The supervisor's keys protect the log from its first entry: K_0 is sealed to them and to the
    // recovery key before anything is logged.
    const supervisorKeys = generateSupervisorKeyPairs();
    const recoveryPair = recoveryKeyPair(recoveryKey);
    const k0 = randomBytes(32);
    body.slots = [
      await createUserSlot(body.vaultId, supervisor, input.supervisor.passphrase, dataKey, parameters, 1, {
        seeds: seedsOf(supervisorKeys),
        x25519Public: supervisorKeys.x25519Public,
        ed25519Public: supervisorKeys.ed25519Public,
      }),
      await createUserSlot(body.vaultId, counsellor, input.counsellor.passphrase, dataKey, parameters),
      createRecoverySlot(body.vaultId, recoveryKey, dataKey),
    ];
    const databaseFile = join(vaultDir, DATABASE_FILE_NAME);
    let db: VaultDatabase | undefined;
    try {
      db = openEncryptedDatabase(databaseFile, dataKey, { create: true, nativeBinding: this.options.nativeBinding });
      migrate(db);
      const now = this.options.now();
      const created = db;
      created.transaction(() => {
        const meta = created.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        meta.run('vault_id', body.vaultId);
        meta.run('created_at', now.toISOString());
        const user = created.prepare('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)');
        for (const actor of [supervisor, counsellor]) user.run(actor.userId, actor.name, actor.role, now.toISOString());
        registerSupervisorKeys(created, supervisor.userId, supervisorKeys, now);
        startChain(created, body.vaultId, k0, now);
        storeSeal(created, body.vaultId, supervisorRecipient(supervisor.userId), supervisorKeys.x25519Public, k0, now);
        storeSeal(created, body.vaultId, RECOVERY_RECIPIENT, recoveryPair.publicRaw, k0, now);
        writeVaultSettings(created, {});
        appendAccessLog(created, { at: now, actor: supervisor, action: 'vault.setup' });
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
      this.options.config.update({ vaultDir });
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      wipeKeyPairs(supervisorKeys);
      for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, join(vaultDir, KEYSLOT_FILE_NAME)]) {
        rmSync(file, { force: true });
      }
      throw error;
    }
    const formatted = formatRecoveryKey(recoveryKey);
    recoveryKey.fill(0);
    recoveryPair.privateSeed.fill(0);
    k0.fill(0);
    wipeKeyPairs(supervisorKeys);
    this.open = {
      db: db as VaultDatabase,
      dataKey,
      vaultDir,
      vaultId: body.vaultId,
      actor: counsellor,
      settings: readVaultSettings(db as VaultDatabase),
      lastActivityAt: this.options.now().getTime(),
      mustChangePassphrase: false,
      supervisorKeys: null,
      breakGlass: new Map(),
    };
    return { recoveryKey: formatted, session: this.requireSession() };
  }

  // ----- unlock / lock ------------------------------------------------------------------------

  async unlock(account: string, passphrase: string): Promise<SessionInfo> {
    this.lockIfOpen();
    const { vaultDir, slots } = this.locate();
    const throttle = this.checkThrottle(vaultDir);
    const slot = this.findSlot(slots, account);
    const opened = await openUserSlotWithKeys(slots.vaultId, slot, passphrase);
    if (!opened) {
      const state = throttle.recordFailure(this.options.now(), slot.name, 'passphrase');
      throw new AppError('WRONG_PASSPHRASE', {
        params: { failures: state.failures, seconds: waitSecondsAfter(state.failures) },
      });
    }
    const keysCreated = this.openWithKey(vaultDir, slots, opened.dataKey, slot, throttle, 'passphrase', {
      kind: 'seeds',
      seeds: opened.seeds,
    });
    opened.seeds?.fill(0);
    // A supervisor of a vault from schema 2 got key pairs just now: wrap them with this passphrase.
    if (keysCreated) await this.replaceUserSlot(slot.userId, passphrase);
    return this.requireSession();
  }

  /** Unlocks with the recovery key and sets a new passphrase for the chosen account. */
  async unlockWithRecoveryKey(account: string, recoveryKeyText: string, newPassphrase: string): Promise<SessionInfo> {
    this.lockIfOpen();
    const { vaultDir, slots } = this.locate();
    const throttle = this.checkThrottle(vaultDir);
    const slot = this.findSlot(slots, account);
    const recoverySlot = findRecoverySlot(slots);
    if (!recoverySlot) throw new AppError('KEYSLOTS_DAMAGED');
    const recoveryKey = parseRecoveryKey(recoveryKeyText);
    const dataKey = openRecoverySlot(slots.vaultId, recoverySlot, recoveryKey);
    if (!dataKey) {
      recoveryKey.fill(0);
      const state = throttle.recordFailure(this.options.now(), slot.name, 'recoveryKey');
      throw new AppError('WRONG_RECOVERY_KEY', {
        params: { failures: state.failures, seconds: waitSecondsAfter(state.failures) },
      });
    }
    try {
      this.openWithKey(vaultDir, slots, dataKey, slot, throttle, 'recoveryKey', { kind: 'recovery', recoveryKey });
    } finally {
      recoveryKey.fill(0);
    }
    try {
      await this.replaceUserSlot(slot.userId, newPassphrase);
      this.record('user.passphraseReset', { object: slot.userId, details: { method: 'recoveryKey' } });
    } catch (error) {
      this.lock('manual');
      throw error;
    }
    return this.requireSession();
  }

  lock(reason: LockReason): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    try {
      appendAccessLog(open.db, { at: this.options.now(), actor: open.actor, action: 'vault.lock', details: { reason } });
    } finally {
      open.db.close();
      open.dataKey.fill(0);
      wipeKeyPairs(open.supervisorKeys);
      open.breakGlass.clear();
    }
  }

  // ----- account -------------------------------------------------------------------------------

  async changePassphrase(current: string, next: string): Promise<void> {
    const open = this.requireOpen();
    if (current === next) {
      throw new AppError('INVALID_INPUT', { fields: { next: 'validation.passphraseUnchanged' } });
    }
    const slots = this.readSlots(open.vaultDir);
    const slot = slots.slots.find(
      (candidate): candidate is UserSlot => candidate.kind === 'user' && candidate.userId === open.actor.userId,
    );
    if (!slot) throw new AppError('KEYSLOTS_DAMAGED');
    const key = await openUserSlot(slots.vaultId, slot, current);
    if (!key) throw new AppError('WRONG_PASSPHRASE', { fields: { current: 'error.WRONG_PASSPHRASE' } });
    key.fill(0);
    await this.replaceUserSlot(open.actor.userId, next);
    open.db.transaction(() => {
      open.db.prepare('UPDATE users SET must_change_passphrase = 0 WHERE id = ?').run(open.actor.userId);
      this.record('user.passphraseChanged', { object: open.actor.userId });
    })();
    open.mustChangePassphrase = false;
  }

  updateSettings(change: Partial<VaultSettings>): VaultSettings {
    const open = this.requireOpen();
    open.db.transaction(() => {
      open.settings = writeVaultSettings(open.db, change);
      this.record('settings.update', { details: { keys: Object.keys(change) } });
    })();
    return open.settings;
  }

  // ----- internals -----------------------------------------------------------------------------

  private requireSession(): SessionInfo {
    const session = this.sessionInfo();
    if (!session) throw new AppError('LOCKED');
    return session;
  }

  private lockIfOpen(): void {
    if (this.open) this.lock('manual');
  }

  /** The configured vault folder; adopts a vault in the default folder if the config was lost. */
  private configuredVaultDir(): string | null {
    const configured = this.options.config.get().vaultDir;
    if (configured) return configured;
    if (existsSync(join(this.options.defaultVaultDir, KEYSLOT_FILE_NAME))) {
      this.options.config.update({ vaultDir: this.options.defaultVaultDir });
      return this.options.defaultVaultDir;
    }
    return null;
  }

  private locate(): LocatedVault {
    const vaultDir = this.configuredVaultDir();
    if (!vaultDir) throw new AppError('NOT_INITIALISED');
    const hasDatabase = existsSync(join(vaultDir, DATABASE_FILE_NAME));
    const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
    if (!slots) {
      if (hasDatabase) throw new AppError('KEYSLOTS_DAMAGED');
      throw new AppError('VAULT_MISSING', { params: { vaultDir } });
    }
    if (!hasDatabase) throw new AppError('VAULT_MISSING', { params: { vaultDir } });
    return { vaultDir, slots };
  }

  private readSlots(vaultDir: string): KeySlotFile {
    const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
    if (!slots) throw new AppError('KEYSLOTS_DAMAGED');
    return slots;
  }

  private checkThrottle(vaultDir: string): UnlockThrottle {
    const throttle = new UnlockThrottle(vaultDir);
    const now = this.options.now();
    const retryAt = throttle.retryAt(now);
    if (retryAt) {
      throw new AppError('THROTTLED', {
        params: { seconds: Math.ceil((retryAt.getTime() - now.getTime()) / 1000), retryAt: retryAt.toISOString() },
      });
    }
    return throttle;
  }

  private findSlot(slots: KeySlotFile, account: string): UserSlot {
    const slot = findUserSlot(slots, account);
    if (!slot) throw new AppError('NOT_FOUND', { messageKey: 'error.UNKNOWN_ACCOUNT', fields: { account: 'error.UNKNOWN_ACCOUNT' } });
    return slot;
  }

  private accountsOf(slots: KeySlotFile | null): VaultStatus['accounts'] {
    if (!slots) return [];
    return slots.slots.flatMap((slot) => (slot.kind === 'user' ? [{ name: slot.name, role: slot.role }] : []));
  }

  private openWithKey(
    vaultDir: string,
    slots: KeySlotFile,
    dataKey: Buffer,
    slot: UserSlot,
    throttle: UnlockThrottle,
    method: 'passphrase' | 'recoveryKey',
    source: SupervisorSource,
  ): boolean {
    let supervisorKeys: SupervisorKeyPairs | null = null;
    let keysCreated = false;
    let db: VaultDatabase | undefined;
    try {
      db = openEncryptedDatabase(join(vaultDir, DATABASE_FILE_NAME), dataKey, {
        create: false,
        nativeBinding: this.options.nativeBinding,
      });
      migrate(db);
      const vaultId = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get();
      if (vaultId !== slots.vaultId) throw new AppError('VAULT_CORRUPT');
      const user = db
        .prepare('SELECT role, disabled_at AS disabledAt, must_change_passphrase AS mustChange FROM users WHERE id = ?')
        .get(slot.userId) as { role: string; disabledAt: string | null; mustChange: number } | undefined;
      // The role in the encrypted database is authoritative; a slot claiming another role is refused.
      if (!user || user.role !== slot.role) throw new AppError('FORBIDDEN');
      if (user.disabledAt) throw new AppError('FORBIDDEN', { messageKey: 'error.ACCOUNT_DISABLED' });
      const actor: Actor = { userId: slot.userId, name: slot.name, role: slot.role };
      const now = this.options.now();
      const pending = throttle.read().pending;
      const opened = db;
      opened.transaction(() => {
        if (slot.role === 'supervisor') {
          const established = this.establishSupervisor(opened, slots.vaultId, slot.userId, source, now);
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
        appendAccessLog(opened, { at: now, actor, action: 'vault.unlock', details: { method } });
      })();
      throttle.reset();
      this.open = {
        db: opened,
        dataKey,
        vaultDir,
        vaultId: slots.vaultId,
        actor,
        settings: readVaultSettings(opened),
        lastActivityAt: now.getTime(),
        mustChangePassphrase: user.mustChange === 1 && method === 'passphrase',
        supervisorKeys,
        breakGlass: new Map(),
      };
      return keysCreated;
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      wipeKeyPairs(supervisorKeys);
      throw error;
    }
  }

  /**
   * The supervisor role rests on the log key, not on anything a counsellor could write: the slot's
   * key pair must open a seal of K_0 that passes the stored K_0 check. A counsellor holds the data
   * key and could forge a slot or a users row, but cannot produce K_0 (see docs/access-log.md).
   * Vaults from schema 2 have no chain yet: it starts here, at the first supervisor unlock.
   */
  private establishSupervisor(
    db: VaultDatabase,
    vaultId: string,
    userId: string,
    source: SupervisorSource,
    now: Date,
  ): { keys: SupervisorKeyPairs; created: boolean } {
    const hasChain = db.prepare('SELECT 1 FROM audit_chain WHERE id = 1').get() !== undefined;
    if (!hasChain) {
      const keys = source.kind === 'seeds' && source.seeds ? keyPairsFromSeeds(source.seeds) : generateSupervisorKeyPairs();
      const k0 = randomBytes(32);
      try {
        startChain(db, vaultId, k0, now);
        registerSupervisorKeys(db, userId, keys, now);
        storeSeal(db, vaultId, supervisorRecipient(userId), keys.x25519Public, k0, now);
        if (source.kind === 'recovery') {
          storeSeal(db, vaultId, RECOVERY_RECIPIENT, recoveryKeyPair(source.recoveryKey).publicRaw, k0, now);
        }
        appendAccessLog(db, { at: now, actor: null, action: 'audit.chainStarted', object: userId });
      } finally {
        k0.fill(0);
      }
      return { keys, created: !(source.kind === 'seeds' && source.seeds) };
    }
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
    const registered = db
      .prepare('SELECT 1 FROM supervisor_keys WHERE user_id = ? AND ed25519_public = ? AND x25519_public = ? AND retired_at IS NULL')
      .get(userId, keys.ed25519Public.toString('base64'), keys.x25519Public.toString('base64'));
    if (!k0 || registered === undefined) {
      k0?.fill(0);
      wipeKeyPairs(keys);
      throw new AppError('SUPERVISOR_NOT_VERIFIED');
    }
    k0.fill(0);
    return { keys, created: false };
  }

  /** Re-wraps the session user's own slot (with their key pairs, if a supervisor). */
  private async replaceUserSlot(userId: string, passphrase: string): Promise<void> {
    const open = this.requireOpen();
    const slot = this.readSlots(open.vaultDir).slots.find(
      (candidate): candidate is UserSlot => candidate.kind === 'user' && candidate.userId === userId,
    );
    if (!slot) throw new AppError('KEYSLOTS_DAMAGED');
    await this.writeUserSlot(
      { userId, name: slot.name, role: slot.role },
      passphrase,
      userId === open.actor.userId ? open.supervisorKeys : null,
    );
  }

  /**
   * Adds or re-wraps one user's slot (accounts: create, enable, reset; passphrase change). Every
   * other slot stays byte-identical. Supervisor slots carry their key pairs.
   */
  async writeUserSlot(user: Actor, passphrase: string, keys: SupervisorKeyPairs | null): Promise<void> {
    const open = this.requireOpen();
    const file = join(open.vaultDir, KEYSLOT_FILE_NAME);
    const slots = this.readSlots(open.vaultDir);
    const index = slots.slots.findIndex((slot) => slot.kind === 'user' && slot.userId === user.userId);
    const old = slots.slots[index];
    const seeds = keys ? seedsOf(keys) : null;
    const replacement = await createUserSlot(
      slots.vaultId,
      user,
      passphrase,
      open.dataKey,
      slots.kdfDefaults,
      old && old.kind === 'user' ? old.slotVersion + 1 : 1,
      keys && seeds ? { seeds, x25519Public: keys.x25519Public, ed25519Public: keys.ed25519Public } : undefined,
    );
    seeds?.fill(0);
    const { checksum: _checksum, ...body } = slots;
    const next = index < 0 ? [...slots.slots, replacement] : slots.slots.map((slot, position) => (position === index ? replacement : slot));
    writeKeySlotFile(file, { ...body, slots: next });
  }

  hasUserSlot(userId: string): boolean {
    const open = this.requireOpen();
    return this.readSlots(open.vaultDir).slots.some((slot) => slot.kind === 'user' && slot.userId === userId);
  }

  /** The key-slot file as it is now, to put back if a change that belongs with it fails. */
  snapshotSlots(): KeySlotFile {
    return this.readSlots(this.requireOpen().vaultDir);
  }

  restoreSlots(snapshot: KeySlotFile): void {
    const { checksum: _checksum, ...body } = snapshot;
    writeKeySlotFile(join(this.requireOpen().vaultDir, KEYSLOT_FILE_NAME), body);
  }

  /** Removes one user's slot (disable): the passphrase no longer opens the vault, not even outside Fallbuch. */
  removeUserSlot(userId: string): void {
    const open = this.requireOpen();
    const slots = this.readSlots(open.vaultDir);
    const { checksum: _checksum, ...body } = slots;
    writeKeySlotFile(join(open.vaultDir, KEYSLOT_FILE_NAME), {
      ...body,
      slots: slots.slots.filter((slot) => slot.kind !== 'user' || slot.userId !== userId),
    });
  }

  /**
   * Seals the log's K_0 to a new recovery key (call inside the transaction that replaces the
   * recovery slot, from a supervisor session): without it a supervisor who later forgets their
   * passphrase could not get K_0 back through the new recovery key.
   */
  sealLogKeyToRecovery(recoveryKey: Buffer): void {
    const open = this.requireOpen();
    if (!open.supervisorKeys) throw new AppError('FORBIDDEN', { messageKey: 'error.NO_SUPERVISOR_KEYS' });
    const k0 = openK0(open.db, open.vaultId, supervisorRecipient(open.actor.userId), open.supervisorKeys.x25519Private);
    if (!k0) throw new AppError('SUPERVISOR_NOT_VERIFIED');
    const pair = recoveryKeyPair(recoveryKey);
    try {
      storeSeal(open.db, open.vaultId, RECOVERY_RECIPIENT, pair.publicRaw, k0, this.options.now());
    } finally {
      k0.fill(0);
      pair.privateSeed.fill(0);
    }
  }

  /** The recovery slot must open with this key (a procedural check before resetting someone's access). */
  checkRecoveryKey(recoveryKeyText: string): void {
    const open = this.requireOpen();
    const slots = this.readSlots(open.vaultDir);
    const recoverySlot = findRecoverySlot(slots);
    if (!recoverySlot) throw new AppError('KEYSLOTS_DAMAGED');
    const recoveryKey = parseRecoveryKey(recoveryKeyText);
    const dataKey = openRecoverySlot(slots.vaultId, recoverySlot, recoveryKey);
    recoveryKey.fill(0);
    if (!dataKey) throw new AppError('WRONG_RECOVERY_KEY', { fields: { recoveryKey: 'error.WRONG_RECOVERY_KEY' } });
    dataKey.fill(0);
  }
}

/** Files an operating system may put into any folder; they do not make a folder "used". */
const IGNORABLE_FILES = new Set(['.DS_Store', 'desktop.ini', 'Thumbs.db']);

function pathError(messageKey: string): AppError {
  return new AppError('VAULT_PATH_INVALID', { messageKey, fields: { vaultDir: messageKey } });
}

/**
 * Resolves and creates the chosen folder. Refuses relative paths, files, folders that hold a vault
 * or anything else (a vault folder is backed up and erased as a whole, so it must be ours alone),
 * and proves the folder is writable with room to spare before any key material is created.
 */
function prepareVaultFolder(chosen: string): string {
  if (!isAbsolute(chosen)) throw pathError('error.VAULT_PATH_RELATIVE');
  const vaultDir = resolve(chosen);
  if (existsSync(vaultDir)) {
    if (!statSync(vaultDir).isDirectory()) throw pathError('error.VAULT_PATH_NOT_FOLDER');
    const entries = readdirSync(vaultDir).filter((entry) => !IGNORABLE_FILES.has(entry));
    if (entries.includes(DATABASE_FILE_NAME) || entries.includes(KEYSLOT_FILE_NAME)) throw pathError('error.VAULT_PATH_HAS_VAULT');
    if (entries.length > 0) throw pathError('error.VAULT_PATH_NOT_EMPTY');
  }
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

/** Set-up must fit comfortably: the empty vault with its WAL is a few hundred KiB at most. */
const PROBE_BYTES = 1024 * 1024;
