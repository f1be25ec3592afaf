import type { Role } from '@shared/kernel/roles';
import { todayIn, type IsoDate } from '@shared/kernel/dates';
import type { VaultSettings } from '@shared/settings/domain';
import type { SessionInfo } from '@shared/vault/contract';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { appendAccessLog } from './log/accessLog';
import { wipeKeyPairs, type SupervisorKeyPairs } from './log/keys';
import { findCaseHead, findCaseHeadByCode, type CaseHead } from './repository';

export type { CaseHead } from './repository';

export interface Actor {
  userId: string;
  name: string;
  role: Role;
}

/**
 * Who may touch which case. The session asks it for every logged action on a case, inside the
 * transaction of the read or write; it throws to refuse. Cases provide it (cases/access.ts) and the
 * app injects it, so the session knows the seam but not the rule.
 */
export type AccessRule = (session: Session, action: string, subject: CaseHead) => void;

/** A logged action: on a case (checked by the access rule), on another object (an account id), or on none. */
export interface RecordOptions {
  case?: CaseHead | undefined;
  object?: string | undefined;
  /** What within the case the entry is about (a document id): shown in the log, in the MAC; never a file name. */
  item?: string | undefined;
  reason?: string | undefined;
  details?: unknown;
}

export interface SessionParts {
  db: VaultDatabase;
  dataKey: Buffer;
  vaultDir: string;
  vaultId: string;
  actor: Actor;
  settings: VaultSettings;
  mustChangePassphrase: boolean;
  /** A supervisor's unwrapped key pairs (seeds zeroed on close); null for counsellors. */
  supervisorKeys: SupervisorKeyPairs | null;
  /** A training vault (synthetic cases only): files written from it are marked as training data. */
  isTraining?: boolean;
  now: () => Date;
  accessRule: AccessRule;
}

/**
 * The open vault of one signed-in user: the database, who they are, the clock, and the one seam
 * every logged action passes through (`record`: access rule + log append in the caller's
 * transaction). Handlers get it from the dispatcher; it exists only while the vault is unlocked.
 */
export class Session {
  private readonly database: VaultDatabase;
  private closed = false;
  readonly vaultDir: string;
  readonly vaultId: string;
  readonly actor: Actor;
  readonly isTraining: boolean;
  settings: VaultSettings;
  mustChangePassphrase: boolean;
  lastActivityAt: number;
  /** Cases (by code) this counsellor opened with a reason in this session: later entries carry it. */
  readonly breakGlass = new Map<string, string>();
  private readonly key: Buffer;
  private keys: SupervisorKeyPairs | null;
  private readonly clock: () => Date;
  private readonly accessRule: AccessRule;

  constructor(parts: SessionParts) {
    this.database = parts.db;
    this.key = parts.dataKey;
    this.vaultDir = parts.vaultDir;
    this.vaultId = parts.vaultId;
    this.actor = parts.actor;
    this.isTraining = parts.isTraining ?? false;
    this.settings = parts.settings;
    this.mustChangePassphrase = parts.mustChangePassphrase;
    this.keys = parts.supervisorKeys;
    this.clock = parts.now;
    this.accessRule = parts.accessRule;
    this.lastActivityAt = parts.now().getTime();
  }

  /** The open database; LOCKED once the session was closed (a handler that awaited a dialog meanwhile). */
  get db(): VaultDatabase {
    if (this.closed) throw new AppError('LOCKED');
    return this.database;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get dataKey(): Buffer {
    return this.key;
  }

  get supervisorKeys(): SupervisorKeyPairs | null {
    return this.keys;
  }

  /** A supervisor's key pairs; FORBIDDEN for anyone else (only a supervisor's unlock unwraps them). */
  requireSupervisorKeys(): SupervisorKeyPairs {
    if (this.actor.role !== 'supervisor' || !this.keys) throw new AppError('FORBIDDEN', { messageKey: 'error.NO_SUPERVISOR_KEYS' });
    return this.keys;
  }

  /** A supervisor's key pairs after a recovery (new pairs replace the lost ones). */
  replaceSupervisorKeys(keys: SupervisorKeyPairs): void {
    wipeKeyPairs(this.keys);
    this.keys = keys;
  }

  now(): Date {
    return this.clock();
  }

  /** The calendar day of the core's clock (Europe/Berlin: the office's day). */
  today(): IsoDate {
    return todayIn(this.clock());
  }

  /** The core's clock as an ISO timestamp, for `created_at` columns. */
  at(): string {
    return this.clock().toISOString();
  }

  info(): SessionInfo {
    return {
      ...this.actor,
      autoLockMinutes: this.settings.autoLockMinutes,
      mustChangePassphrase: this.mustChangePassphrase,
    };
  }

  /** One use case, one transaction: a change is never stored without its access-log entry. */
  transaction<T>(work: (db: VaultDatabase) => T): T {
    return this.db.transaction(() => work(this.db))();
  }

  /** The few facts of a case every feature needs (code, counsellor, intake, closure); NOT_FOUND if none. */
  requireCase(caseId: string): CaseHead {
    const head = findCaseHead(this.db, caseId);
    if (!head) throw new AppError('NOT_FOUND');
    return head;
  }

  /** The same by case code (the code is what people type); null if none. */
  findCaseByCode(code: string): CaseHead | null {
    return findCaseHeadByCode(this.db, code);
  }

  /**
   * Logs an action in the caller's transaction. An action on a case passes the access rule first
   * (so a refused read or write rolls back with its transaction), names the case by code only, and
   * carries the break-the-glass reason when the case was opened with one.
   */
  record(action: string, options: RecordOptions = {}): void {
    const subject = options.case;
    if (subject) this.accessRule(this, action, subject);
    const granted = subject ? this.breakGlass.get(subject.code) : undefined;
    appendAccessLog(this.db, {
      at: this.clock(),
      actor: this.actor,
      action,
      object: subject?.code ?? options.object,
      item: options.item,
      reason: options.reason,
      details: options.details,
      ...(granted !== undefined ? { reason: options.reason ?? granted, breakGlass: true } : {}),
    });
  }

  /** Closes the database and wipes the key material (lock, idle, shutdown). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.database.close();
    } finally {
      this.key.fill(0);
      wipeKeyPairs(this.keys);
      this.keys = null;
      this.breakGlass.clear();
    }
  }
}
