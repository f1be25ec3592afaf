import { LIST_OF_FIELD, type ImportField, type TableChoice, type ValueChoice, type ValueList } from '@shared/import/domain';
import { AppError } from '../kernel/errors';
import { cellString, columnLetter, valueKeyOf, type Cell, type SheetTable } from './sheet';
import { suggestValue, type Account } from './suggestions';

/**
 * The table the counsellor chose: which rows are data, which cell feeds which field, and the
 * distinct values of the list columns. Shared by the value step, the dry run and the import.
 */

export interface ChosenTable {
  sheet: SheetTable;
  headerRow: number;
  headers: string[];
  /** Column index per mapped field. */
  columnOf: Partial<Record<ImportField, number>>;
}

function invalidPlan(messageKey: string, params?: Record<string, string | number>): AppError {
  return new AppError('INVALID_INPUT', { messageKey, ...(params ? { params } : {}) });
}

export function chooseTable(sheets: readonly SheetTable[], choice: TableChoice): ChosenTable {
  const sheet = sheets[choice.sheet];
  if (!sheet) throw invalidPlan('import.plan.noSheet');
  if (choice.headerRow >= sheet.rows.length) throw invalidPlan('import.plan.headerOutside');
  const columnOf: Partial<Record<ImportField, number>> = {};
  for (const { column, field } of choice.columns) {
    if (column >= sheet.columns) throw invalidPlan('import.plan.columnOutside');
    if (columnOf[field] !== undefined) throw invalidPlan('import.plan.fieldTwice', { column: columnLetter(column) });
    columnOf[field] = column;
  }
  const headers = (sheet.rows[choice.headerRow] ?? []).map(cellString);
  return { sheet, headerRow: choice.headerRow, headers, columnOf };
}

/** Rows below the header, with their number as the spreadsheet shows it (1-based). */
export function* dataRows(table: ChosenTable): Generator<{ number: number; cells: Cell[] }> {
  for (let index = table.headerRow + 1; index < table.sheet.rows.length; index += 1) {
    yield { number: index + 1, cells: table.sheet.rows[index] ?? [] };
  }
}

export function cellAt(table: ChosenTable, cells: readonly Cell[], field: ImportField): Cell {
  const column = table.columnOf[field];
  return column === undefined ? null : (cells[column] ?? null);
}

export function columnRef(table: ChosenTable, field: ImportField): { index: number; letter: string; header: string } | null {
  const column = table.columnOf[field];
  return column === undefined ? null : { index: column, letter: columnLetter(column), header: table.headers[column] ?? '' };
}

/** "Duldung bis 12.03.2026" → the status words and the date after "bis" (either may be empty). */
export function splitStatusText(text: string): { status: string; until: string } {
  const match = /^(.*?)\s*(?:\(?\s*(?:gültig\s+)?bis(?:\s+zum)?:?\s+)(.+?)\)?\s*$/i.exec(text.trim());
  if (!match) return { status: text.trim(), until: '' };
  return { status: (match[1] ?? '').trim(), until: (match[2] ?? '').trim() };
}

/** Several nationalities or languages in one cell: "syrisch, irakisch", "Arabisch / Kurdisch", "A und B". */
export function splitMultiple(text: string): string[] {
  return text
    .split(/\s*(?:[,;/+]|\bund\b|\band\b|&)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The texts of one cell that a list maps, each once per cell. */
export function listTexts(field: ImportField, cell: Cell): string[] {
  const text = cellString(cell);
  if (text === '') return [];
  if (field === 'nationality') return [...new Set(splitMultiple(text))];
  if (field === 'status') {
    const { status } = splitStatusText(text);
    return status === '' ? [] : [status];
  }
  return [text];
}

/** Every distinct value of the mapped list columns, with how often it occurs and a suggestion. */
export function distinctValues(
  table: ChosenTable,
  context: { accounts: readonly Account[]; selfId: string },
): Record<ValueList, ValueChoice[]> {
  const found: Record<ValueList, Map<string, ValueChoice>> = {
    status: new Map(),
    gender: new Map(),
    country: new Map(),
    programme: new Map(),
    accessRoute: new Map(),
    counsellor: new Map(),
  };
  const fields = (Object.keys(table.columnOf) as ImportField[]).filter((field) => LIST_OF_FIELD[field] !== undefined);
  for (const { cells } of dataRows(table)) {
    for (const field of fields) {
      const list = LIST_OF_FIELD[field];
      if (!list) continue;
      for (const text of listTexts(field, cellAt(table, cells, field))) {
        const key = valueKeyOf(text);
        const known = found[list].get(key);
        if (known) known.count += 1;
        else found[list].set(key, { key, label: text, count: 1, suggestion: suggestValue(list, text, context.accounts, context.selfId) });
      }
    }
  }
  const sorted = (map: Map<string, ValueChoice>) =>
    [...map.values()].sort((left, right) => right.count - left.count || left.label.localeCompare(right.label, 'de'));
  return {
    status: sorted(found.status),
    gender: sorted(found.gender),
    country: sorted(found.country),
    programme: sorted(found.programme),
    accessRoute: sorted(found.accessRoute),
    counsellor: sorted(found.counsellor),
  };
}
