import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import { AppError } from '../kernel/errors';
import type { AppConfigStore } from '../kernel/config';
import { DATABASE_FILE_NAME } from '../kernel/db/database';
import { Session, type AccessRule } from '../session/session';
import { appendAccessLog } from '../session/log/accessLog';
import { calibrateArgon2, type Argon2Parameters } from './kdf';
import { createVault, type SetupInput } from './create';
import {
  KEYSLOT_FILE_NAME,
  findRecoverySlot,
  findUserSlot,
  openRecoverySlot,
  openUserSlot,
  openUserSlotWithKeys,
  readKeySlotFile,
  type KeySlotFile,
  type UserSlot,
} from './keyslots';
import { openSession, type OpenRequest } from './open';
import { parseRecoveryKey } from './recoveryKey';
import { readVaultSettings } from '../settings';
import { clearMustChangePassphrase } from './repository';
import { findOwnSlot, readSlots, replaceOwnSlot } from './slots';
import { UnlockThrottle, waitSecondsAfter } from './throttle';
import { PolicyRules } from '../policy';
import { acquireVaultLock } from '../kernel/db/vaultLock';
import { claimVault, openUnderClaim, suggestVaultLocation, type VaultClaim } from './claim';
import { checkVaultLocation, systemLocationProbes, type LocationProbes, type StorageKind } from './location';
import { findQuarantine } from './quarantine';

export interface VaultServiceOptions {
  config: AppConfigStore;
  defaultVaultDir: string;
  nativeBinding?: string | undefined;
  /** Fixed Argon2id parameters (tests); otherwise calibrated on this machine at set-up. */
  kdf?: Argon2Parameters | undefined;
  now: () => Date;
  /** Who may touch which case: provided by cases, asked by every session for every case access. */
  accessRule: AccessRule;
  /** The machine policy (folders, network permission, passphrase length, settings limits). */
  policy?: PolicyRules | undefined;
  /** How the vault folder's storage is recognised; tests inject their own. */
  locationProbes?: LocationProbes | undefined;
  /** Work every feature may need right after a session opens (e.g. deadlines derived by newer rules). */
  onUnlock?: ((session: Session) => void) | undefined;
}

export type LockReason = 'manual' | 'idle' | 'shutdown';

export type { Actor } from '../session/session';
/** Transitional name while features move to the session they get from the dispatcher. */
export type OpenVault = Session;

interface LocatedVault {
  vaultDir: string;
  slots: KeySlotFile;
}

/**
 * The vault as the app sees it: locked or unlocked with one session. Set-up, unlock (passphrase or
 * recovery key), lock (by hand, idle, shutdown) and the user's own passphrase change.
 */
export class VaultService {
  private session: Session | null = null;
  /** The storage decision and the vault lock, held exactly while a session is open. */
  private claim: VaultClaim | null = null;
  private readonly policy: PolicyRules;
  private readonly probes: LocationProbes;

  constructor(private readonly options: VaultServiceOptions) {
    this.policy = options.policy ?? new PolicyRules();
    this.probes = options.locationProbes ?? systemLocationProbes();
  }

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
      storage: null,
      damaged: null,
      isTraining: false,
    } satisfies Omit<VaultStatus, 'state'>;
    if (this.session) {
      return {
        ...base,
        state: 'unlocked',
        accounts: accountsOf(readKeySlotFile(join(this.session.vaultDir, KEYSLOT_FILE_NAME))),
        session: this.session.info(),
        storage: this.claim ? { kind: this.claim.storage.kind, mode: this.claim.storage.mode } : null,
        isTraining: this.session.isTraining,
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
      const { slots } = this.locate();
      return { ...lockedBase, accounts: accountsOf(slots), isTraining: slots.purpose === 'training' };
    } catch (error) {
      // A vault put aside as damaged leaves its folder without database and key slots.
      const quarantine = error instanceof AppError && error.code === 'VAULT_MISSING' ? findQuarantine(vaultDir) : null;
      if (quarantine)
        return { ...lockedBase, problem: 'VAULT_DAMAGED', damaged: { quarantineFolder: quarantine.folder, quarantinedAt: quarantine.at } };
      if (error instanceof AppError && (error.code === 'KEYSLOTS_DAMAGED' || error.code === 'VAULT_MISSING')) {
        return { ...lockedBase, problem: error.code };
      }
      throw error;
    }
  }

  isUnlocked(): boolean {
    return this.session !== null;
  }

  /** The signed-in session, or null while locked. */
  currentSession(): Session | null {
    return this.session;
  }

  /** The session for a handler; LOCKED when there is none. */
  requireSession(): Session {
    if (!this.session) throw new AppError('LOCKED');
    return this.session;
  }

  /** Records activity; returns when the vault will lock itself if nothing else happens. */
  touch(): Date {
    const session = this.requireSession();
    session.lastActivityAt = this.options.now().getTime();
    return new Date(session.lastActivityAt + session.settings.autoLockMinutes * 60_000);
  }

  /** Locks when the vault has been idle for the configured minutes. Returns true if it locked. */
  lockIfIdle(): boolean {
    const session = this.session;
    if (!session) return false;
    const idleMs = this.options.now().getTime() - session.lastActivityAt;
    if (idleMs < session.settings.autoLockMinutes * 60_000) return false;
    this.lock('idle');
    return true;
  }

  async setup(input: SetupInput): Promise<{ recoveryKey: string; session: SessionInfo }> {
    if (this.configuredVaultDir()) throw new AppError('ALREADY_INITIALISED');
    this.policy.checkNewPassphrase(input.supervisor.passphrase, 'supervisor.passphrase');
    this.policy.checkNewPassphrase(input.counsellor.passphrase, 'counsellor.passphrase');
    const created = await createVault(input, {
      kdf: this.options.kdf ?? (await calibrateArgon2()),
      now: this.options.now(),
      nativeBinding: this.options.nativeBinding,
      onCreated: (vaultDir) => this.options.config.update({ vaultDir }),
      check: (vaultDir) => {
        this.policy.checkVaultFolder(vaultDir);
        return checkVaultLocation(vaultDir, { probes: this.probes, allowNetwork: this.policy.allowNetworkVault });
      },
      lock: (vaultDir) => acquireVaultLock(vaultDir, { nativeBinding: this.options.nativeBinding }),
    });
    this.claim = created.claim;
    this.session = new Session({
      db: created.db,
      dataKey: created.dataKey,
      vaultDir: created.vaultDir,
      vaultId: created.vaultId,
      actor: created.counsellor,
      settings: this.policy.effectiveSettings(readVaultSettings(created.db)),
      mustChangePassphrase: false,
      supervisorKeys: null,
      isTraining: input.isTraining ?? false,
      now: this.options.now,
      accessRule: this.options.accessRule,
    });
    this.afterUnlock(this.session);
    return { recoveryKey: created.recoveryKey, session: this.session.info() };
  }

  async unlock(account: string, passphrase: string): Promise<SessionInfo> {
    this.lockIfOpen();
    const { vaultDir, slots } = this.locate();
    const throttle = this.checkThrottle(vaultDir);
    const slot = findSlot(slots, account);
    const claim = this.claimVault(vaultDir);
    const keysCreated = await openUnderClaim(vaultDir, claim, this.options.now, async () => {
      const opened = await openUserSlotWithKeys(slots.vaultId, slot, passphrase);
      if (!opened) {
        const state = throttle.recordFailure(this.options.now(), slot.name, 'passphrase');
        throw new AppError('WRONG_PASSPHRASE', { params: { failures: state.failures, seconds: waitSecondsAfter(state.failures) } });
      }
      try {
        // Awaited here: the seeds are wiped below only once the session is open.
        return await this.open(claim, {
          vaultDir,
          slots,
          dataKey: opened.dataKey,
          slot,
          throttle,
          method: 'passphrase',
          source: { kind: 'seeds', seeds: opened.seeds },
        });
      } finally {
        opened.seeds?.fill(0);
      }
    });
    // A supervisor of a vault from schema 2 got key pairs just now: wrap them with this passphrase.
    if (keysCreated) await replaceOwnSlot(this.requireSession(), passphrase);
    return this.requireSession().info();
  }

  /** Unlocks with the recovery key and sets a new passphrase for the chosen account. */
  async unlockWithRecoveryKey(account: string, recoveryKeyText: string, newPassphrase: string): Promise<SessionInfo> {
    this.policy.checkNewPassphrase(newPassphrase, 'newPassphrase');
    this.lockIfOpen();
    const { vaultDir, slots } = this.locate();
    const throttle = this.checkThrottle(vaultDir);
    const slot = findSlot(slots, account);
    const recoverySlot = findRecoverySlot(slots);
    if (!recoverySlot) throw new AppError('KEYSLOTS_DAMAGED');
    const recoveryKey = parseRecoveryKey(recoveryKeyText);
    const claim = this.claimVault(vaultDir);
    await openUnderClaim(vaultDir, claim, this.options.now, async () => {
      try {
        const dataKey = openRecoverySlot(slots.vaultId, recoverySlot, recoveryKey);
        if (!dataKey) {
          const state = throttle.recordFailure(this.options.now(), slot.name, 'recoveryKey');
          throw new AppError('WRONG_RECOVERY_KEY', { params: { failures: state.failures, seconds: waitSecondsAfter(state.failures) } });
        }
        // Awaited here: the recovery key is wiped below only once the session is open.
        await this.open(claim, {
          vaultDir,
          slots,
          dataKey,
          slot,
          throttle,
          method: 'recoveryKey',
          source: { kind: 'recovery', recoveryKey },
        });
      } finally {
        recoveryKey.fill(0);
      }
    });
    const session = this.requireSession();
    try {
      await replaceOwnSlot(session, newPassphrase);
      session.transaction(() => session.record('user.passphraseReset', { object: slot.userId, details: { method: 'recoveryKey' } }));
    } catch (error) {
      this.lock('manual');
      throw error;
    }
    return session.info();
  }

  lock(reason: LockReason): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    try {
      appendAccessLog(session.db, { at: this.options.now(), actor: session.actor, action: 'vault.lock', details: { reason } });
    } finally {
      session.close();
      this.claim?.release();
      this.claim = null;
    }
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const session = this.requireSession();
    if (current === next) throw new AppError('INVALID_INPUT', { fields: { next: 'validation.passphraseUnchanged' } });
    this.policy.checkNewPassphrase(next, 'next');
    const slots = readSlots(session.vaultDir);
    const slot = findOwnSlot(slots, session.actor.userId);
    const key = await openUserSlot(slots.vaultId, slot, current);
    if (!key) throw new AppError('WRONG_PASSPHRASE', { fields: { current: 'error.WRONG_PASSPHRASE' } });
    key.fill(0);
    await replaceOwnSlot(session, next);
    session.transaction(() => {
      clearMustChangePassphrase(session.db, session.actor.userId);
      session.record('user.passphraseChanged', { object: session.actor.userId });
    });
    session.mustChangePassphrase = false;
  }

  private async open(
    claim: VaultClaim,
    request: Omit<OpenRequest, 'now' | 'accessRule' | 'nativeBinding' | 'mode' | 'effectiveSettings'>,
  ): Promise<boolean> {
    const { session, keysCreated } = await openSession({
      ...request,
      now: this.options.now,
      accessRule: this.options.accessRule,
      nativeBinding: this.options.nativeBinding,
      mode: claim.storage.mode,
      effectiveSettings: (stored) => this.policy.effectiveSettings(stored),
    });
    this.session = session;
    this.claim = claim;
    this.afterUnlock(session);
    return keysCreated;
  }

  /** A session whose follow-up work failed does not stay open half-prepared. */
  private afterUnlock(session: Session): void {
    try {
      this.options.onUnlock?.(session);
    } catch (error) {
      this.lock('manual');
      throw error;
    }
  }

  /** Storage check and vault lock for opening the vault in this folder (see claim.ts). */
  private claimVault(vaultDir: string): VaultClaim {
    return claimVault(vaultDir, {
      probes: this.probes,
      allowNetwork: this.policy.allowNetworkVault,
      nativeBinding: this.options.nativeBinding,
    });
  }

  /** The folder set-up suggests (the policy's, else the default), classified like any other. */
  suggestLocation(): { vaultDir: string; storage: StorageKind; pinned: boolean } {
    return suggestVaultLocation(this.options.defaultVaultDir, this.policy, this.probes);
  }

  /** The policy in force, for the features that enforce parts of it. */
  get rules(): PolicyRules {
    return this.policy;
  }

  private lockIfOpen(): void {
    if (this.session) this.lock('manual');
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
}

function findSlot(slots: KeySlotFile, account: string): UserSlot {
  const slot = findUserSlot(slots, account);
  if (!slot) throw new AppError('NOT_FOUND', { messageKey: 'error.UNKNOWN_ACCOUNT', fields: { account: 'error.UNKNOWN_ACCOUNT' } });
  return slot;
}

function accountsOf(slots: KeySlotFile | null): VaultStatus['accounts'] {
  if (!slots) return [];
  return slots.slots.flatMap((slot) => (slot.kind === 'user' ? [{ name: slot.name, role: slot.role }] : []));
}
