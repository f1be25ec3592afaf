import { randomUUID } from 'node:crypto';
import type { Account, CaseAssignment } from '@shared/accounts/domain';
import type { Role } from '@shared/kernel/roles';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { generateSupervisorKeyPairs, wipeKeyPairs, type SupervisorKeyPairs } from '../session/log/keys';
import { openK0, registerSupervisorKeys, storeSeal, supervisorRecipient } from '../session/log/keyring';
import { removeSeal, retireSupervisorKeys } from '../session/log/repository';
import type { VaultService } from '../vault';
import type { Actor, Session } from '../session/session';
import { checkRecoveryKey, hasUserSlot, removeUserSlot, restoreSlots, snapshotSlots, writeUserSlot } from '../vault';
import {
  findCaseAssignment,
  insertAccount,
  listAssignments,
  listOpenCaseIds,
  listUsers,
  markUserDisabled,
  markUserEnabled,
  requirePassphraseChange,
  setCaseCounsellor,
} from './repository';

/**
 * The supervisor's accounts screen: add counsellors and supervisors (with an initial passphrase to
 * be changed at first unlock), disable and enable, reset access with the recovery key, assign and
 * hand over cases. A new or re-enabled supervisor gets key pairs and K_0 sealed to them by the
 * acting supervisor, who alone can open it. Every change is logged.
 */
export class AccountService {
  constructor(
    private readonly session: Session,
    private readonly vault: VaultService,
  ) {}

  private requireUser(db: VaultDatabase, userId: string) {
    const user = listUsers(db).find((candidate) => candidate.userId === userId);
    if (!user) throw new AppError('NOT_FOUND');
    return user;
  }

  list(): Account[] {
    return listUsers(this.session.db).map(({ mustChange, disabledAt, ...user }) => ({
      ...user,
      disabledAt,
      disabled: disabledAt !== null,
      mustChangePassphrase: mustChange === 1,
    }));
  }

  /** K_0 from the acting supervisor, sealed to a (new) supervisor key pair. */
  private sealFor(open: Session, userId: string, keys: SupervisorKeyPairs): void {
    if (!open.supervisorKeys) throw new AppError('FORBIDDEN', { messageKey: 'error.NO_SUPERVISOR_KEYS' });
    const k0 = openK0(open.db, open.vaultId, supervisorRecipient(open.actor.userId), open.supervisorKeys.x25519Private);
    if (!k0) throw new AppError('SUPERVISOR_NOT_VERIFIED');
    try {
      registerSupervisorKeys(open.db, userId, keys, this.session.now());
      storeSeal(open.db, open.vaultId, supervisorRecipient(userId), keys.x25519Public, k0, this.session.now());
    } finally {
      k0.fill(0);
    }
  }

  /**
   * Writes the key slot (Argon2id, async) and then the database change in one transaction. If the
   * database part fails, the slot is put back as it was, so the two never disagree for long.
   */
  private async withSlot(user: Actor, passphrase: string, keys: SupervisorKeyPairs | null, change: (open: Session) => void): Promise<void> {
    const open = this.session;
    const hadSlot = hasUserSlot(this.session, user.userId);
    const previous = snapshotSlots(this.session);
    try {
      await writeUserSlot(this.session, user, passphrase, keys);
      open.transaction(() => change(open));
    } catch (error) {
      if (hadSlot) restoreSlots(this.session, previous);
      else removeUserSlot(this.session, user.userId);
      throw error;
    } finally {
      wipeKeyPairs(keys);
    }
  }

  async create(name: string, role: Role, initialPassphrase: string): Promise<{ userId: string }> {
    const open = this.session;
    const taken = listUsers(open.db).some((user) => user.name.toLocaleLowerCase('de') === name.toLocaleLowerCase('de'));
    if (taken) throw new AppError('CONFLICT', { messageKey: 'error.ACCOUNT_NAME_TAKEN', fields: { name: 'error.ACCOUNT_NAME_TAKEN' } });
    const user: Actor = { userId: randomUUID(), name, role };
    const keys = role === 'supervisor' ? generateSupervisorKeyPairs() : null;
    await this.withSlot(user, initialPassphrase, keys, (session) => {
      insertAccount(session.db, user, this.session.now().toISOString());
      if (keys) this.sealFor(session, user.userId, keys);
      this.session.record('user.create', { object: user.userId, details: { role } });
    });
    return { userId: user.userId };
  }

  private activeSupervisors(db: VaultDatabase): number {
    return listUsers(db).filter((user) => user.role === 'supervisor' && user.disabledAt === null).length;
  }

  /** Also one's own account, as long as another supervisor stays active (then the session ends). */
  disable(userId: string): void {
    const open = this.session;
    const user = this.requireUser(open.db, userId);
    if (user.disabledAt !== null) return;
    if (user.role === 'supervisor' && this.activeSupervisors(open.db) <= 1) throw new AppError('LAST_SUPERVISOR');
    const previous = snapshotSlots(this.session);
    // The slot goes first: from then on the passphrase opens nothing, not even outside Fallbuch.
    removeUserSlot(this.session, userId);
    try {
      open.transaction(() => {
        markUserDisabled(open.db, userId, this.session.now().toISOString());
        if (user.role === 'supervisor') {
          removeSeal(open.db, supervisorRecipient(userId));
          retireSupervisorKeys(open.db, userId, this.session.now());
        }
        this.session.record('user.disable', { object: userId, details: { role: user.role, openCases: user.openCases } });
      });
    } catch (error) {
      restoreSlots(this.session, previous);
      throw error;
    }
    // A supervisor leaving disables their own account (another one is active): the session ends.
    if (userId === open.actor.userId) this.vault.lock('manual');
  }

  async enable(userId: string, initialPassphrase: string): Promise<void> {
    const open = this.session;
    const user = this.requireUser(open.db, userId);
    if (user.disabledAt === null) throw new AppError('CONFLICT');
    const keys = user.role === 'supervisor' ? generateSupervisorKeyPairs() : null;
    await this.withSlot({ userId, name: user.name, role: user.role }, initialPassphrase, keys, (session) => {
      markUserEnabled(session.db, userId);
      if (keys) this.sealFor(session, userId, keys);
      this.session.record('user.enable', { object: userId, details: { role: user.role } });
    });
  }

  /** The recovery key (kept locked away) authorises a new initial passphrase for someone who forgot theirs. */
  async resetAccess(userId: string, recoveryKey: string, initialPassphrase: string): Promise<void> {
    const open = this.session;
    if (userId === open.actor.userId) throw new AppError('FORBIDDEN', { messageKey: 'error.CANNOT_RESET_SELF' });
    const user = this.requireUser(open.db, userId);
    if (user.disabledAt !== null) throw new AppError('FORBIDDEN', { messageKey: 'error.ACCOUNT_DISABLED' });
    checkRecoveryKey(this.session, recoveryKey);
    // A supervisor's old private keys are lost with the passphrase: new pairs, K_0 sealed anew.
    const keys = user.role === 'supervisor' ? generateSupervisorKeyPairs() : null;
    await this.withSlot({ userId, name: user.name, role: user.role }, initialPassphrase, keys, (session) => {
      requirePassphraseChange(session.db, userId);
      if (keys) this.sealFor(session, userId, keys);
      this.session.record('user.resetAccess', { object: userId, details: { role: user.role, method: 'recoveryKey' } });
    });
  }

  // ----- cases: codes and assignment only -----------------------------------------------------

  cases(includeClosed: boolean): CaseAssignment[] {
    const { db } = this.session;
    const rows = listAssignments(db, includeClosed);
    this.session.record('cases.assignmentList');
    return rows.map((row) => ({ ...row, state: row.closedOn === null ? ('open' as const) : ('closed' as const) }));
  }

  private requireActiveCounsellor(db: VaultDatabase, userId: string): void {
    const user = listUsers(db).find((candidate) => candidate.userId === userId);
    if (!user || user.role !== 'counsellor' || user.disabledAt !== null) {
      throw new AppError('INVALID_INPUT', { messageKey: 'error.NOT_A_COUNSELLOR', fields: { counsellorId: 'error.NOT_A_COUNSELLOR' } });
    }
  }

  private move(db: VaultDatabase, caseIds: readonly string[], counsellorId: string): number {
    let moved = 0;
    for (const caseId of caseIds) {
      const row = findCaseAssignment(db, caseId);
      if (!row) throw new AppError('NOT_FOUND');
      if (row.counsellorId === counsellorId) continue;
      setCaseCounsellor(db, caseId, counsellorId, this.session.now().toISOString());
      this.session.record('case.assign', { object: row.code, details: { from: row.counsellorId, to: counsellorId } });
      moved += 1;
    }
    return moved;
  }

  assign(caseIds: readonly string[], counsellorId: string): { moved: number } {
    const { db } = this.session;
    return this.session.transaction(() => {
      this.requireActiveCounsellor(db, counsellorId);
      return { moved: this.move(db, [...new Set(caseIds)], counsellorId) };
    });
  }

  handOver(fromUserId: string, toUserId: string): { moved: number } {
    if (fromUserId === toUserId) throw new AppError('INVALID_INPUT', { fields: { toUserId: 'validation.sameCounsellor' } });
    const { db } = this.session;
    return this.session.transaction(() => {
      this.requireUser(db, fromUserId);
      this.requireActiveCounsellor(db, toUserId);
      const moved = this.move(db, listOpenCaseIds(db, fromUserId), toUserId);
      this.session.record('cases.handOver', { object: fromUserId, details: { to: toUserId, moved } });
      return { moved };
    });
  }
}
