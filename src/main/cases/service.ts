import { randomBytes, randomUUID } from 'node:crypto';
import { type CaseDetail, type CaseFields, type CaseSummary, type SearchHit, type StatusInput } from '@shared/cases/domain';
import { DASHBOARD_DEFAULT_LIMIT } from '@shared/deadlines/domain';
import { type JournalInput } from '@shared/journal/domain';
import { ageOn, todayIn, type IsoDate } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { VaultService } from '../vault/vaultService';
import * as repository from './repository';
import { summarizeCase } from './summary';
import { syncCaseDeadlines } from '../deadlines/sync';
import { recordFieldChanges } from '../session/fieldHistory';
import type { AccessReason } from '@shared/cases/access';
import { caseScopeOf, grantCaseAccess, isVisible } from './access';
import { listDashboardDeadlines, type DashboardLimits, type DeadlineDashboard } from '../deadlines/dashboard';

export type CaseWarning = 'ageOutsideRange';

const TARGET_AGE = { min: 18, max: 27 } as const;

function fieldError(field: string, messageKey: string): AppError {
  return new AppError('INVALID_INPUT', { fields: { [field]: messageKey } });
}

/** Rules that need today's date; the schemas check everything else. */
function checkDates(fields: CaseFields, today: IsoDate): void {
  if (fields.birthDate && fields.birthDate > today) throw fieldError('birthDate', 'validation.birthDateFuture');
  if (fields.entryDate && fields.entryDate > today) throw fieldError('entryDate', 'validation.dateFuture');
  if (fields.entryDate && fields.birthDate && fields.entryDate < fields.birthDate)
    throw fieldError('entryDate', 'validation.entryBeforeBirth');
  if (fields.intakeDate && fields.birthDate && fields.intakeDate < fields.birthDate)
    throw fieldError('intakeDate', 'validation.intakeBeforeBirth');
}

function warningsFor(fields: CaseFields, today: IsoDate): CaseWarning[] {
  if (!fields.birthDate) return [];
  const age = ageOn(fields.birthDate, today);
  return age < TARGET_AGE.min || age > TARGET_AGE.max ? ['ageOutsideRange'] : [];
}

/** Names of fields whose value changed — logged instead of the values themselves. */
function changedFields(before: CaseFields, after: CaseFields): string[] {
  return (Object.keys(after) as (keyof CaseFields)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The case notebook's use cases. Every read and write goes through `vault.record` (the access-log
 * seam) inside the same transaction as the change, so a change is never stored without its entry.
 */
export class CaseService {
  constructor(
    private readonly vault: VaultService,
    private readonly now: () => Date,
  ) {}

  private today(): IsoDate {
    return todayIn(this.now());
  }

  private at(): string {
    return this.now().toISOString();
  }

  private transaction<T>(work: (db: VaultDatabase) => T): T {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => work(db))();
  }

  private requireCase(db: VaultDatabase, caseId: string): repository.CaseRecord {
    const found = repository.findCase(db, caseId);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  }

  private syncDeadlines(db: VaultDatabase, caseId: string): void {
    syncCaseDeadlines(db, caseId, this.vault.requireOpen().settings.deadlines, this.at());
  }

  listCases(includeClosed: boolean): CaseSummary[] {
    const today = this.today();
    return this.transaction((db) => {
      this.vault.record('cases.list');
      const open = this.vault.requireOpen();
      return repository
        .listCases(db, { includeClosed })
        .filter((row) => isVisible(open, row.counsellorId, row.code))
        .map((row) => summarizeCase(row, today));
    });
  }

  createCase(fields: CaseFields): { id: string; code: string; warnings: CaseWarning[] } {
    const today = this.today();
    checkDates(fields, today);
    return this.transaction((db) => {
      const open = this.vault.requireOpen();
      const id = randomUUID();
      const code = repository.reserveCaseCode(db, open.settings.caseCodePrefix, Number(today.slice(0, 4)));
      repository.insertCase(db, {
        id,
        code,
        fields,
        counsellorId: open.actor.userId,
        recordKey: randomBytes(4).readUInt32BE(0),
        at: this.at(),
      });
      this.syncDeadlines(db, id);
      this.vault.record('case.create', { object: code });
      return { id, code, warnings: warningsFor(fields, today) };
    });
  }

  updateCase(caseId: string, fields: CaseFields): { warnings: CaseWarning[] } {
    const today = this.today();
    checkDates(fields, today);
    return this.transaction((db) => {
      const before = this.requireCase(db, caseId);
      const changed = changedFields(before.fields, fields);
      if (changed.length === 0) return { warnings: warningsFor(fields, today) };
      repository.updateCaseFields(db, caseId, fields, this.at());
      // Art. 16: who changed what from which value to which (issue 6).
      recordFieldChanges(db, {
        caseId,
        table: 'cases',
        rowId: caseId,
        actor: this.vault.requireOpen().actor,
        at: this.at(),
        before: before.fields,
        after: fields,
      });
      this.syncDeadlines(db, caseId);
      this.vault.record('case.update', { object: before.code, details: { fields: changed } });
      return { warnings: warningsFor(fields, today) };
    });
  }

  getCase(caseId: string, access?: AccessReason): CaseDetail {
    return this.transaction((db) => {
      const record = this.requireCase(db, caseId);
      // A colleague's case needs a reason (break-the-glass); the log seam refuses it otherwise.
      grantCaseAccess(this.vault.requireOpen(), record, access);
      this.vault.record('case.view', { object: record.code });
      const statuses = repository.listStatuses(db, caseId);
      return {
        ...record,
        statuses,
        currentStatusId: statuses[0]?.id ?? null,
        trainingStarts: repository.listTrainingStarts(db, caseId),
        deadlines: repository.listCaseDeadlines(db, caseId),
        journal: repository.listJournal(db, caseId),
      };
    });
  }

  addStatus(caseId: string, input: StatusInput): { id: string } {
    if (input.documentSeenOn && input.documentSeenOn > this.today()) throw fieldError('documentSeenOn', 'validation.dateFuture');
    return this.transaction((db) => {
      const record = this.requireCase(db, caseId);
      const id = randomUUID();
      repository.insertStatus(db, { ...input, id, caseId, at: this.at() });
      this.syncDeadlines(db, caseId);
      this.vault.record('case.status.add', { object: record.code, details: { status: input.status } });
      return { id };
    });
  }

  deleteStatus(statusId: string): void {
    this.transaction((db) => {
      const caseId = repository.findStatusCase(db, statusId);
      if (!caseId) throw new AppError('NOT_FOUND');
      const record = this.requireCase(db, caseId);
      repository.deleteStatus(db, statusId);
      this.syncDeadlines(db, caseId);
      this.vault.record('case.status.delete', { object: record.code });
    });
  }

  addTrainingStart(caseId: string, startsOn: IsoDate, description: string | null): { id: string } {
    return this.transaction((db) => {
      const record = this.requireCase(db, caseId);
      const id = randomUUID();
      repository.insertTrainingStart(db, { id, caseId, startsOn, description, at: this.at() });
      this.syncDeadlines(db, caseId);
      this.vault.record('case.training.add', { object: record.code });
      return { id };
    });
  }

  deleteTrainingStart(id: string): void {
    this.transaction((db) => {
      const caseId = repository.deleteTrainingStart(db, id);
      if (!caseId) throw new AppError('NOT_FOUND');
      const record = this.requireCase(db, caseId);
      this.syncDeadlines(db, caseId);
      this.vault.record('case.training.delete', { object: record.code });
    });
  }

  /** The Fristen dashboard: capped rows of the three buckets and every bucket's size (deadlineDashboard.ts). */
  listDeadlines(scope: 'mine' | 'all', limits: Partial<DashboardLimits> = {}): { today: IsoDate } & DeadlineDashboard {
    const today = this.today();
    return this.transaction((db) => {
      const open = this.vault.requireOpen();
      this.vault.record('deadlines.list');
      // "Mine" is the own cases; "all" adds the colleagues' cases opened with a reason this session.
      const openedCodes = scope === 'all' ? (caseScopeOf(open)?.openedCodes ?? []) : [];
      const dashboard = listDashboardDeadlines(db, {
        today,
        scope: { counsellorId: open.actor.userId, openedCodes },
        limits: {
          overdue: limits.overdue ?? DASHBOARD_DEFAULT_LIMIT,
          thisWeek: limits.thisWeek ?? DASHBOARD_DEFAULT_LIMIT,
          next30Days: limits.next30Days ?? DASHBOARD_DEFAULT_LIMIT,
        },
      });
      return { today, ...dashboard };
    });
  }

  addDeadline(caseId: string, input: { kind: 'appointment' | 'task'; title: string; dueOn: IsoDate }): { id: string } {
    return this.transaction((db) => {
      const record = this.requireCase(db, caseId);
      const id = randomUUID();
      repository.insertOwnDeadline(db, { id, caseId, ...input, at: this.at() });
      this.vault.record('case.deadline.add', { object: record.code, details: { kind: input.kind } });
      return { id };
    });
  }

  resolveDeadline(id: string, state: 'done' | 'dismissed', reason: string | null): void {
    if (state === 'dismissed' && !reason) throw fieldError('reason', 'validation.reasonRequired');
    this.transaction((db) => {
      const deadline = repository.findDeadline(db, id);
      if (!deadline) throw new AppError('NOT_FOUND');
      if (deadline.state !== 'open') throw new AppError('CONFLICT');
      repository.resolveDeadline(db, id, state, this.today(), reason);
      this.vault.record(`case.deadline.${state}`, { object: deadline.caseCode, details: { kind: deadline.kind } });
    });
  }

  addJournalEntry(caseId: string, input: JournalInput): { id: string } {
    if (input.occurredOn > this.today()) throw fieldError('occurredOn', 'validation.dateFuture');
    return this.transaction((db) => {
      const record = this.requireCase(db, caseId);
      const id = randomUUID();
      repository.insertJournalEntry(db, { id, caseId, authorId: this.vault.requireOpen().actor.userId, at: this.at(), input });
      this.vault.record('case.journal.add', { object: record.code, details: { kind: input.kind } });
      return { id };
    });
  }

  updateJournalEntry(id: string, input: JournalInput): void {
    if (input.occurredOn > this.today()) throw fieldError('occurredOn', 'validation.dateFuture');
    this.transaction((db) => {
      const entry = repository.findJournalEntry(db, id);
      if (!entry) throw new AppError('NOT_FOUND');
      const record = this.requireCase(db, entry.caseId);
      repository.updateJournalEntry(db, id, input, this.at());
      recordFieldChanges(db, {
        caseId: entry.caseId,
        table: 'journal_entries',
        rowId: id,
        actor: this.vault.requireOpen().actor,
        at: this.at(),
        before: entry,
        after: input,
      });
      this.vault.record('case.journal.update', { object: record.code });
    });
  }

  deleteJournalEntry(id: string): void {
    this.transaction((db) => {
      const entry = repository.findJournalEntry(db, id);
      if (!entry) throw new AppError('NOT_FOUND');
      const record = this.requireCase(db, entry.caseId);
      repository.deleteJournalEntry(db, id);
      this.vault.record('case.journal.delete', { object: record.code });
    });
  }

  search(text: string): SearchHit[] {
    return this.transaction((db) => {
      const scope = caseScopeOf(this.vault.requireOpen());
      const hits = scope ? repository.searchIndex(db, text, scope) : [];
      // That a search happened is logged, never what was searched for.
      this.vault.record('search', { details: { hits: hits.length } });
      return hits;
    });
  }
}
