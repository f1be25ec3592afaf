import { IMPORT_LIMITS, type DryRun, type ImportDuplicate, type ImportPlan, type RowProblem } from '@shared/import/domain';
import { ageOn, type IsoDate } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import { readRow, type ReadRow } from './rows';
import { cellString, comparable, type Cell, type SheetTable } from './sheet';
import type { Account } from './suggestions';
import { chooseTable, columnRef, dataRows, type ChosenTable } from './table';

/**
 * The dry run and the import share this: every data row read, checked and classified — create,
 * merge into an existing case, skip (a duplicate the counsellor skips), or error — before anything
 * is written. The import writes exactly the rows this finds valid.
 */

export interface CaseIdentity {
  id: string;
  code: string;
  familyName: string;
  givenNames: string;
  birthDate: string | null;
  counsellorId: string;
}

export interface AnalysisContext {
  today: IsoDate;
  selfId: string;
  /** Active counsellor accounts (the caller among them). */
  accounts: readonly Account[];
  existing: readonly CaseIdentity[];
  date1904: boolean;
}

export interface PlannedRow extends ReadRow {
  action: 'create' | 'merge';
  /** For a merge: the caller's existing case. */
  mergeInto: CaseIdentity | null;
}

export interface Analysis {
  dryRun: DryRun;
  planned: PlannedRow[];
}

const TARGET_AGE = { min: 18, max: 27 } as const;

function identityKey(familyName: string, givenNames: string, birthDate: string | null): string | null {
  return birthDate === null ? null : `${comparable(familyName)}|${comparable(givenNames)}|${birthDate}`;
}

function requireNameColumns(table: ChosenTable): void {
  const { columnOf } = table;
  const hasName = columnOf.fullName !== undefined || (columnOf.familyName !== undefined && columnOf.givenNames !== undefined);
  if (!hasName) throw new AppError('INVALID_INPUT', { messageKey: 'import.plan.nameRequired' });
}

function isIgnorable(table: ChosenTable, cells: readonly Cell[]): boolean {
  const mapped = Object.values(table.columnOf).filter((column) => cellString(cells[column] ?? null) !== '');
  const { fullName, familyName, givenNames } = table.columnOf;
  const hasName = [fullName, familyName, givenNames].some((column) => column !== undefined && mapped.includes(column));
  // A footnote or a sum line below the table: one filled cell and no name.
  return !hasName && mapped.length <= 1;
}

export function analyse(sheets: readonly SheetTable[], plan: ImportPlan, context: AnalysisContext): Analysis {
  const table = chooseTable(sheets, plan);
  requireNameColumns(table);
  const existing = new Map<string, CaseIdentity>();
  for (const identity of context.existing) {
    const key = identityKey(identity.familyName, identity.givenNames, identity.birthDate);
    // Own cases first: a merge should find the caller's case when a colleague holds a twin.
    if (key && (!existing.has(key) || identity.counsellorId === context.selfId)) existing.set(key, identity);
  }
  const activeIds = new Set(context.accounts.map((account) => account.id));
  const seen = new Map<string, number>();
  const errors: RowProblem[] = [];
  const notes: RowProblem[] = [];
  const duplicates: ImportDuplicate[] = [];
  const planned: PlannedRow[] = [];
  const assigned = new Map<string, number>();
  let emptyRows = 0;
  let ignoredRows = 0;
  let errorRows = 0;
  let skip = 0;
  let rowCount = 0;
  for (const { number, cells } of dataRows(table)) {
    if (cells.every((cell) => cellString(cell) === '')) {
      emptyRows += 1;
      continue;
    }
    rowCount += 1;
    if (isIgnorable(table, cells)) {
      ignoredRows += 1;
      notes.push({ row: number, column: null, messageKey: 'import.note.notData', params: {} });
      continue;
    }
    const read = readRow(
      { plan, table, today: context.today, selfId: context.selfId, accounts: context.accounts, date1904: context.date1904 },
      number,
      cells,
    );
    notes.push(...read.notes);
    const row = read.row;
    if (row && !activeIds.has(row.counsellorId)) {
      read.problems.push({ row: number, column: columnRef(table, 'counsellor'), messageKey: 'import.row.counsellorInactive', params: {} });
    }
    if (!row || read.problems.length > 0) {
      errorRows += 1;
      errors.push(...read.problems);
      continue;
    }
    const birthDate = row.fields.birthDate;
    if (birthDate) {
      const age = ageOn(birthDate, context.today);
      if (age < TARGET_AGE.min || age > TARGET_AGE.max)
        notes.push({ row: number, column: columnRef(table, 'birthDate'), messageKey: 'import.note.ageOutsideRange', params: { age } });
    }
    const key = identityKey(row.fields.familyName, row.fields.givenNames, birthDate);
    const chosen = plan.duplicates[String(number)] ?? 'skip';
    const match = key ? existing.get(key) : undefined;
    const earlier = key ? seen.get(key) : undefined;
    if (key && earlier === undefined) seen.set(key, number);
    let action: PlannedRow['action'] | 'skip' = 'create';
    let mergeInto: CaseIdentity | null = null;
    if (match) {
      const own = match.counsellorId === context.selfId;
      // Merging writes into the case: only into one's own (a colleague's needs a reason, case by case).
      const decision = chosen === 'merge' && !own ? 'skip' : chosen;
      duplicates.push({ row: number, match: 'case', code: match.code, own, otherRow: null, decision });
      action = decision === 'merge' ? 'merge' : decision === 'import' ? 'create' : 'skip';
      mergeInto = decision === 'merge' ? match : null;
    } else if (earlier !== undefined) {
      const decision = chosen === 'import' ? 'import' : 'skip';
      duplicates.push({ row: number, match: 'row', code: null, own: true, otherRow: earlier, decision });
      action = decision === 'import' ? 'create' : 'skip';
    }
    if (action === 'skip') {
      skip += 1;
      continue;
    }
    planned.push({ ...row, action, mergeInto });
    assigned.set(row.counsellorId, (assigned.get(row.counsellorId) ?? 0) + 1);
  }
  if (rowCount > IMPORT_LIMITS.rows)
    throw new AppError('FILE_REFUSED', { messageKey: 'import.file.tooManyRows', params: { limit: IMPORT_LIMITS.rows } });
  const names = new Map(context.accounts.map((account) => [account.id, account.name]));
  const listed = IMPORT_LIMITS.listedProblems;
  return {
    planned,
    dryRun: {
      dataRows: rowCount,
      emptyRows,
      ignoredRows,
      create: planned.filter((row) => row.action === 'create').length,
      merge: planned.filter((row) => row.action === 'merge').length,
      skip,
      errorRows,
      withStatus: planned.filter((row) => row.status !== null).length,
      withRemark: planned.filter((row) => row.remark !== null).length,
      assigned: [...assigned].map(([counsellorId, count]) => ({
        counsellorId,
        name: names.get(counsellorId) ?? '',
        isSelf: counsellorId === context.selfId,
        count,
      })),
      errors: errors.slice(0, listed),
      errorCount: errors.length,
      notes: notes.slice(0, listed),
      noteCount: notes.length,
      duplicates: duplicates.slice(0, listed),
      duplicateCount: duplicates.length,
    },
  };
}
