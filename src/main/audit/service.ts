import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { type AuditFilter, type CheckpointSummary, type Finding, type VerifyReport } from '@shared/audit/domain';
import { translate } from '@shared/i18n';
import type { AppConfigStore } from '../kernel/config';
import type { CorePorts, ExportFileKind } from '../kernel/ports';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { writeExportFile } from '../kernel/files';
import type { Session } from '../session/session';
import { encodeEntry, encodeFields } from '../session/log/chain';
import { hasValidSignature, parseCheckpoint, readCheckpointText, signCheckpoint, type Checkpoint } from './checkpoint';
import { openK0, supervisorRecipient } from '../session/log/keyring';
import { isKnownSupervisorKey, readChainState } from '../session/log/repository';
import { signEd25519 } from '../session/log/keys';
import { auditCsv, auditPdf } from './logExport';
import type { ExportContext, LogCheck } from './exportWords';
import {
  archivedUpTo,
  countEntries,
  countEntriesUpTo,
  countNewer,
  findEntryTime,
  findLatestRetention,
  iterateEntries,
  lastEntrySeq,
  lastSeqBefore,
  listAuditRowsUpTo,
  listEntries,
  listFacets,
  readRetentionMonths,
  removeArchivedPrefix,
  writeRetentionMonths,
} from './repository';
import { verifyChain, type ChainOptions, type RetentionBase } from './verify';
import { VerifyCancelled, type VerifyOptions } from './parallelVerify';

export const PDF_MAX_ENTRIES = 20_000;

/**
 * The last check of the log per session: an export of exactly the checked state says it was
 * checked, and when. Kept in memory only (a session ends with the lock); never trusted from the UI.
 */
const lastChecks = new WeakMap<Session, LogCheck>();
const CHECKPOINT_MAX_BYTES = 64 * 1024;

type Saved = { saved: false } | { saved: true; fileName: string; sha256: string; bytes: number };

/**
 * The supervisor's audit: the log view, verification with K_0 (opened with the supervisor's
 * X25519 key from the session), signed checkpoints outside the vault, exports and retention.
 * Every one of these is itself logged.
 */
export class AuditService {
  constructor(
    private readonly session: Session,
    private readonly ports: CorePorts,
    private readonly config: AppConfigStore,
    /** Batch size, workers and the like of the check (tests make a small log span several batches). */
    private readonly verifyTuning: VerifyOptions = {},
  ) {}

  private language() {
    return this.config.get().language;
  }

  private supervisorSession(): Session {
    const open = this.session;
    open.requireSupervisorKeys();
    return open;
  }

  /** K_0 exists only while the work runs (across its awaits), then it is wiped. */
  private async withK0<T>(work: (k0: Buffer, open: Session) => Promise<T>): Promise<T> {
    const open = this.supervisorSession();
    const k0 = openK0(open.db, open.vaultId, supervisorRecipient(open.actor.userId), open.requireSupervisorKeys().x25519Private);
    if (!k0) throw new AppError('SUPERVISOR_NOT_VERIFIED');
    try {
      return await work(k0, open);
    } finally {
      k0.fill(0);
    }
  }

  // ----- log view ------------------------------------------------------------------------------

  /**
   * A window of the view at one moment: up to the filter's `upToSeq`, or (for the first block of a
   * new view) up to the newest entry — including the entry that logs this reading, which is written
   * first, so the view counts its own access and the next check of the same moment agrees with it.
   */
  list(filter: AuditFilter, offset: number, limit: number) {
    return this.session.transaction((db) => {
      // Reading the log is itself an access worth logging, but not every scroll: once per view from the top.
      if (offset === 0) this.session.record('audit.view', { details: { filter } });
      const upToSeq = filter.upToSeq ?? lastEntrySeq(db);
      if (upToSeq === null) return { total: 0, offset, entries: [], upToSeq: null, asOf: this.session.at(), newer: 0 };
      const scoped = { ...filter, upToSeq };
      return {
        total: countEntries(db, scoped),
        offset,
        entries: listEntries(db, scoped, offset, limit),
        upToSeq,
        asOf: this.session.at(),
        newer: countNewer(db, filter, upToSeq),
      };
    });
  }

  facets() {
    return listFacets(this.session.db);
  }

  // ----- verification --------------------------------------------------------------------------

  /** The latest retention base whose signed checkpoint holds (or a finding when it does not). */
  private retentionBase(db: VaultDatabase, vaultId: string): { base: RetentionBase | null; finding: Finding | null } {
    const row = findLatestRetention(db);
    if (!row) return { base: null, finding: null };
    let checkpoint: Checkpoint | null;
    try {
      checkpoint = parseCheckpoint(JSON.parse(row.checkpoint));
    } catch {
      checkpoint = null;
    }
    const holds =
      checkpoint !== null &&
      hasValidSignature(checkpoint) &&
      checkpoint.vaultId === vaultId &&
      checkpoint.seq === row.uptoSeq &&
      checkpoint.mac === row.uptoMac &&
      isKnownSupervisorKey(db, checkpoint.publicKey);
    const base = { uptoSeq: row.uptoSeq, uptoMac: row.uptoMac };
    return { base, finding: holds ? null : { kind: 'baseInvalid', fromSeq: 1, toSeq: row.uptoSeq, otherSeq: null } };
  }

  private async report(k0: Buffer, open: Session, checkpoint: Checkpoint | null, run: ChainOptions = {}): Promise<VerifyReport> {
    const { base, finding } = this.retentionBase(open.db, open.vaultId);
    const chain = await verifyChain(open.db, open.vaultId, k0, base, checkpoint ? [checkpoint.seq] : [], { ...this.verifyTuning, ...run });
    const findings = finding ? [finding, ...chain.findings] : chain.findings;
    let summary: CheckpointSummary | null = null;
    if (checkpoint) {
      summary = {
        vaultId: checkpoint.vaultId,
        seq: checkpoint.seq,
        at: checkpoint.at,
        supervisorName: checkpoint.supervisor.name,
        isKnownSigner: isKnownSupervisorKey(open.db, checkpoint.publicKey),
      };
      const archivedPast = base !== null && checkpoint.seq <= base.uptoSeq;
      const lastSeq = chain.lastSeq ?? base?.uptoSeq ?? 0;
      if (!archivedPast) {
        // Older than the checkpoint: fewer entries, or a different history at the checkpoint's position.
        if (checkpoint.seq > lastSeq) {
          findings.push({ kind: 'rolledBack', fromSeq: lastSeq + 1, toSeq: checkpoint.seq, otherSeq: null });
        } else if (chain.macAt.get(checkpoint.seq) !== checkpoint.mac) {
          findings.push({ kind: 'rolledBack', fromSeq: checkpoint.seq, toSeq: checkpoint.seq, otherSeq: null });
        }
      }
    }
    return {
      intact: findings.length === 0,
      entries: chain.entries,
      firstSeq: chain.firstSeq,
      lastSeq: chain.lastSeq,
      archivedUpTo: base?.uptoSeq ?? null,
      findings,
      checkpoint: summary,
      verifiedAt: this.session.now().toISOString(),
    };
  }

  /**
   * The one engine of "Protokoll prüfen": `audit:verify` awaits it, the job (verifyJob.ts) runs it
   * with progress and cancel. The outcome is logged only for a run that was not cancelled.
   */
  async verify(run: ChainOptions = {}): Promise<VerifyReport> {
    return this.withK0(async (k0, open) => {
      const report = await this.report(k0, open, null, run);
      if (run.isCancelled?.()) throw new VerifyCancelled();
      lastChecks.set(this.session, { upToSeq: report.lastSeq, at: report.verifiedAt, intact: report.intact });
      this.session.record('audit.verify', {
        details: { intact: report.intact, entries: report.entries, findings: report.findings.length },
      });
      return report;
    });
  }

  // ----- checkpoints ---------------------------------------------------------------------------

  private currentCheckpoint(open: Session): Checkpoint {
    const state = readChainState(open.db);
    if (!state) throw new AppError('SUPERVISOR_NOT_VERIFIED');
    return signCheckpoint(
      {
        vaultId: open.vaultId,
        seq: state.lastSeq,
        mac: state.lastMac,
        at: this.session.now().toISOString(),
        supervisor: { userId: open.actor.userId, name: open.actor.name },
      },
      { privateSeed: open.requireSupervisorKeys().ed25519Private, publicRaw: open.requireSupervisorKeys().ed25519Public },
    );
  }

  private async chooseTarget(
    kind: ExportFileKind,
    nameKey: string,
    extension: string,
    params: Record<string, string | number> = {},
  ): Promise<string | null> {
    if (!this.ports.chooseSaveFile) return null;
    const date = this.session.today();
    // A file from a training vault says so in its name as well as in its content.
    const prefix = this.session.isTraining ? `${translate(this.language(), 'training.fileNamePrefix')} ` : '';
    return this.ports.chooseSaveFile({ defaultName: `${prefix}${translate(this.language(), nameKey, params)} ${date}.${extension}`, kind });
  }

  async saveCheckpoint(): Promise<Saved> {
    this.supervisorSession();
    const path = await this.chooseTarget('checkpoint', 'audit.checkpoint.defaultName', 'json');
    if (!path) return { saved: false };
    const open = this.supervisorSession();
    // The checkpoint names the entry that records it being saved, so it covers its own creation.
    return open.transaction(() => {
      this.session.record('audit.checkpoint');
      const checkpoint = this.currentCheckpoint(open);
      const written = writeExportFile(path, `${JSON.stringify(checkpoint, null, 2)}\n`);
      return { saved: true as const, ...written };
    });
  }

  async verifyCheckpoint(): Promise<{ report: VerifyReport | null }> {
    this.supervisorSession();
    if (!this.ports.chooseOpenFiles) return { report: null };
    const chosen = await this.ports.chooseOpenFiles({ kind: 'checkpoint' });
    const path = chosen?.[0];
    if (!path) return { report: null };
    let text: string;
    try {
      if (statSync(path).size > CHECKPOINT_MAX_BYTES) throw new AppError('CHECKPOINT_INVALID');
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('CHECKPOINT_INVALID');
    }
    const open = this.session;
    const checkpoint = readCheckpointText(text, open.vaultId);
    return this.withK0(async (k0, session) => {
      const report = await this.report(k0, session, checkpoint);
      lastChecks.set(this.session, { upToSeq: report.lastSeq, at: report.verifiedAt, intact: report.intact });
      this.session.record('audit.checkpointVerified', {
        details: { seq: checkpoint.seq, at: checkpoint.at, intact: report.intact, findings: report.findings.length },
      });
      return { report };
    });
  }

  // ----- export --------------------------------------------------------------------------------

  /**
   * Exactly one moment of the filtered view: up to `filter.upToSeq` (the entry the screen's table or
   * check counts to), else up to the newest entry now. The file says so in its head, with the check
   * of that very state if this session made one.
   */
  async export(filter: AuditFilter, format: 'csv' | 'pdf'): Promise<Saved> {
    const { db } = this.session;
    const upToSeq = filter.upToSeq ?? lastEntrySeq(db) ?? 0;
    const scoped = { ...filter, upToSeq };
    const total = countEntries(db, scoped);
    if (format === 'pdf' && total > PDF_MAX_ENTRIES) {
      throw new AppError('INVALID_INPUT', { messageKey: 'error.AUDIT_PDF_TOO_LARGE', params: { count: total, max: PDF_MAX_ENTRIES } });
    }
    const path = await this.chooseTarget(format, 'audit.export.defaultNameScoped', format, { seq: upToSeq });
    if (!path) return { saved: false };
    const open = this.session;
    const context: ExportContext = {
      language: this.language(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      accountNames: new Map(listFacets(open.db).users.map((user) => [user.userId, user.name])),
      scope: { count: total, upToSeq, upToAt: findEntryTime(open.db, upToSeq) },
      check: lastChecks.get(open) ?? null,
      filter,
      createdAt: this.session.now(),
      createdBy: open.actor.name,
      isTraining: open.isTraining,
    };
    const content =
      format === 'csv' ? auditCsv(iterateEntries(open.db, scoped), context) : await auditPdf(iterateEntries(open.db, scoped), context);
    const written = writeExportFile(path, content);
    this.session.record('audit.export', {
      details: {
        format,
        filter: scoped,
        entries: total,
        recipient: 'dataProtectionOfficer',
        fileName: written.fileName,
        sha256: written.sha256,
      },
    });
    return { saved: true, ...written };
  }

  // ----- retention -----------------------------------------------------------------------------

  private cutoff(months: number): Date {
    const now = this.session.now();
    return new Date(now.getFullYear(), now.getMonth() - months, now.getDate(), now.getHours(), now.getMinutes());
  }

  /** Entries to archive form a prefix: everything up to the newest entry older than the cut-off. */
  private dueUpTo(db: VaultDatabase, cutoff: Date): number | null {
    return lastSeqBefore(db, cutoff.toISOString());
  }

  retention() {
    const { db } = this.session;
    const months = readRetentionMonths(db);
    const cutoff = this.cutoff(months);
    const upTo = this.dueUpTo(db, cutoff);
    const dueEntries = upTo === null ? 0 : countEntriesUpTo(db, upTo);
    return { months, cutoff: cutoff.toISOString(), dueEntries, archivedUpTo: archivedUpTo(db) };
  }

  setRetention(months: number) {
    const { db } = this.session;
    this.session.transaction(() => {
      const before = readRetentionMonths(db);
      writeRetentionMonths(db, months);
      this.session.record('audit.retention', { details: { before, months } });
    });
    return this.retention();
  }

  /**
   * Archives the due prefix of the log to a signed file and removes it behind a signed checkpoint.
   * Refused unless the log verifies: archiving must never hide a change.
   */
  async archive() {
    const status = this.retention();
    const open = this.supervisorSession();
    const upTo = this.dueUpTo(open.db, new Date(status.cutoff));
    if (upTo === null || status.dueEntries === 0) throw new AppError('NOTHING_TO_ARCHIVE');
    const intact = await this.withK0(async (k0, session) => (await this.report(k0, session, null)).intact);
    if (!intact) throw new AppError('CONFLICT', { messageKey: 'error.AUDIT_NOT_INTACT' });
    const path = await this.chooseTarget('archive', 'audit.archive.defaultName', 'json');
    if (!path) return { saved: false as const };
    const session = this.supervisorSession();
    const rows = listAuditRowsUpTo(session.db, upTo);
    const last = rows.at(-1);
    if (!last?.mac) throw new AppError('CONFLICT', { messageKey: 'error.AUDIT_NOT_INTACT' });
    const checkpoint = signCheckpoint(
      {
        vaultId: session.vaultId,
        seq: upTo,
        mac: last.mac,
        at: this.session.now().toISOString(),
        supervisor: { userId: session.actor.userId, name: session.actor.name },
      },
      { privateSeed: session.requireSupervisorKeys().ed25519Private, publicRaw: session.requireSupervisorKeys().ed25519Public },
    );
    // The archive is signed over the canonical entry bytes, independent of the JSON layout.
    const entriesHash = createHash('sha256');
    for (const row of rows) entriesHash.update(encodeEntry(row)).update(row.mac ?? '');
    const digest = entriesHash.digest('hex');
    const archiveSignature = signEd25519(
      session.requireSupervisorKeys().ed25519Private,
      encodeFields('fallbuch-audit-archive-v1', [session.vaultId, String(rows[0]?.seq ?? upTo), String(upTo), digest]),
    ).toString('base64');
    const archive = {
      format: 'fallbuch-audit-archive',
      version: 1,
      vaultId: session.vaultId,
      fromSeq: rows[0]?.seq ?? upTo,
      toSeq: upTo,
      entriesSha256: digest,
      entries: rows,
      checkpoint,
      signature: archiveSignature,
    };
    const written = writeExportFile(path, `${JSON.stringify(archive)}\n`);
    const uptoMac = last.mac;
    session.transaction((db) => {
      removeArchivedPrefix(db, {
        upTo,
        uptoMac,
        removed: rows.length,
        at: this.session.now().toISOString(),
        checkpoint: JSON.stringify(checkpoint),
      });
      this.session.record('audit.archive', {
        details: { upTo, removed: rows.length, months: status.months, fileName: written.fileName, sha256: written.sha256 },
      });
    });
    return { saved: true as const, ...written, removed: rows.length, archivedUpTo: upTo };
  }
}
