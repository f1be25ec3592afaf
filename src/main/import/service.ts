import { rmSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import {
  IMPORT_LIMITS,
  type ImportPlan,
  type ImportPreview,
  type ImportProfile,
  type ImportValues,
  type ProfileMapping,
  type TableChoice,
  type ValueList,
} from '@shared/import/domain';
import { listCaseIdentities } from '../cases';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { Session } from '../session/session';
import { suggestColumns } from './aliases';
import { analyse, type Analysis, type AnalysisContext } from './analyse';
import { importStateOf, requireDraft } from './drafts';
import { readListFile } from './listFile';
import * as repository from './repository';
import { cellString, cellText, columnLetter, comparable, findHeaderRow, type ListFile } from './sheet';
import { chooseTable, dataRows, distinctValues } from './table';

/** The steps before anything is written: choose the file, the sheet and header, map columns and values, dry run. */

export async function openList(session: Session, ports: CorePorts) {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  const chosen = await ports.chooseOpenFiles({ kind: 'spreadsheet' });
  const path = chosen?.[0];
  if (!path) return { cancelled: true as const };
  const state = importStateOf(session);
  // A new list replaces the one before, also when it is refused.
  state.draft = null;
  state.analysis = null;
  const file = await readListFile(path);
  state.draft = { file, path };
  return {
    cancelled: false as const,
    kind: file.kind,
    bytes: file.bytes,
    sha256: file.sha256,
    encoding: file.encoding,
    delimiter: file.delimiter,
    sheets: file.sheets.map((sheet, index) => ({ index, name: sheet.name, rows: sheet.rows.length, columns: sheet.columns })),
  };
}

export function discardList(session: Session): void {
  const state = importStateOf(session);
  state.draft = null;
  state.analysis = null;
}

function findProfile(session: Session, profileId: string | null | undefined): ImportProfile | null {
  if (!profileId) return null;
  const profile = repository.listProfiles(session.db).find((candidate) => candidate.id === profileId);
  if (!profile) throw new AppError('NOT_FOUND', { messageKey: 'import.profileNotFound' });
  return profile;
}

export function previewSheet(
  session: Session,
  input: { sheet: number; headerRow: number | null; profileId?: string | null },
): ImportPreview {
  const { file } = requireDraft(session);
  const sheet = file.sheets[input.sheet];
  if (!sheet) throw new AppError('INVALID_INPUT', { messageKey: 'import.plan.noSheet' });
  const found = findHeaderRow(sheet.rows, IMPORT_LIMITS.headerSearchRows);
  const headerRow = input.headerRow ?? found ?? 0;
  if (headerRow >= Math.max(1, sheet.rows.length)) throw new AppError('INVALID_INPUT', { messageKey: 'import.plan.headerOutside' });
  const headerCells = sheet.rows[headerRow] ?? [];
  const headers = Array.from({ length: sheet.columns }, (_unused, index) => cellString(headerCells[index] ?? null));
  const profile = findProfile(session, input.profileId);
  const suggested = suggestColumns(headers);
  const fields = profile
    ? headers.map((header) => profile.mapping.columns.find((column) => comparable(column.header) === comparable(header))?.field ?? null)
    : suggested.fields;
  const table = chooseTable(file.sheets, { sheet: input.sheet, headerRow, columns: [] });
  const samples = (column: number) =>
    [...dataRows(table)]
      .map(({ cells }) => cellString(cells[column] ?? null))
      .filter((text) => text !== '')
      .slice(0, 3);
  return {
    sheet: input.sheet,
    headerRow,
    headerFound: found !== null,
    rows: sheet.rows
      .slice(0, Math.max(IMPORT_LIMITS.previewRows, headerRow + 4))
      .map((cells, index) => ({ index, number: index + 1, cells: cells.map(cellText) })),
    columns: headers.map((header, index) => ({
      index,
      letter: columnLetter(index),
      header,
      samples: samples(index),
      suggestion: fields[index] ?? null,
    })),
    nameOrder: profile?.mapping.nameOrder ?? suggested.nameOrder,
    dataRows: Math.max(0, sheet.rows.length - headerRow - 1),
  };
}

function accountsOf(session: Session) {
  const accounts = repository.listCounsellorAccounts(session.db);
  // The caller first: "into my own caseload" is the usual choice.
  return [
    ...accounts.filter((account) => account.id === session.actor.userId),
    ...accounts.filter((account) => account.id !== session.actor.userId),
  ];
}

export function listValues(session: Session, input: { table: TableChoice; profileId?: string | null }): ImportValues {
  const { file } = requireDraft(session);
  const table = chooseTable(file.sheets, input.table);
  const accounts = accountsOf(session);
  const lists = distinctValues(table, { accounts, selfId: session.actor.userId });
  const profile = findProfile(session, input.profileId);
  if (profile) {
    for (const list of Object.keys(lists) as ValueList[]) {
      const saved: Record<string, string | null> = profile.mapping.values[list] ?? {};
      for (const choice of lists[list]) if (choice.key in saved) choice.suggestion = saved[choice.key] ?? null;
    }
  }
  // A counsellor value saved for an account that no longer exists suggests nothing.
  const active = new Set(accounts.map((account) => account.id));
  for (const choice of lists.counsellor) if (choice.suggestion !== null && !active.has(choice.suggestion)) choice.suggestion = null;
  return { lists, counsellors: accounts.map((account) => ({ ...account, isSelf: account.id === session.actor.userId })) };
}

/** What the analysis needs from the vault, read in the caller's transaction. */
export function analysisContextOf(session: Session, file: ListFile): AnalysisContext {
  return {
    today: session.today(),
    selfId: session.actor.userId,
    accounts: accountsOf(session),
    existing: listCaseIdentities(session.db),
    date1904: file.date1904,
  };
}

/**
 * The analysis of the open list under a plan, in the caller's transaction. The import reuses the
 * dry run's when the plan, the day, the accounts and every case's name and birth date are the same.
 */
export function analyseDraft(session: Session, plan: ImportPlan): Analysis {
  const state = importStateOf(session);
  const { file } = requireDraft(session);
  const context = analysisContextOf(session, file);
  const key = createHash('sha256')
    .update(JSON.stringify([plan, context.today, context.selfId, context.accounts, context.existing]))
    .digest('hex');
  if (state.analysis?.key === key) return state.analysis.result;
  const result = analyse(file.sheets, plan, context);
  state.analysis = { key, result };
  return result;
}

export function dryRun(session: Session, plan: ImportPlan) {
  const { file } = requireDraft(session);
  return session.transaction(() => {
    // That a list was checked against the vault is logged; nothing of the list.
    session.record('import.dryRun', { details: { sha256: file.sha256 } });
    return analyseDraft(session, plan).dryRun;
  });
}

/** Deletes the list just imported, where the dialog found it. Only that file, and only once. */
export function deleteSourceFile(session: Session): { deleted: boolean } {
  const state = importStateOf(session);
  const path = state.committedPath;
  if (!path) throw new AppError('NOT_FOUND', { messageKey: 'import.noSourceToDelete' });
  try {
    rmSync(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      state.committedPath = null;
      return { deleted: false };
    }
    throw new AppError('STORAGE_READONLY', { messageKey: 'import.sourceNotDeleted' });
  }
  state.committedPath = null;
  session.transaction(() => session.record('import.sourceDeleted'));
  return { deleted: true };
}

export function listProfiles(session: Session): ImportProfile[] {
  return repository.listProfiles(session.db);
}

export function saveProfile(session: Session, name: string, mapping: ProfileMapping): { id: string } {
  return session.transaction((db) => {
    const id = repository.saveProfile(db, { id: randomUUID(), name, mapping, at: session.at() });
    session.record('import.profile.save', { object: id });
    return { id };
  });
}

export function deleteProfile(session: Session, id: string): void {
  session.transaction((db) => {
    if (!repository.deleteProfile(db, id)) throw new AppError('NOT_FOUND', { messageKey: 'import.profileNotFound' });
    session.record('import.profile.delete', { object: id });
  });
}
