import { caseFieldsSchema, statusInputSchema, type CaseFields, type StatusInput } from '@shared/cases/domain';
import { LIST_OF_FIELD, type ImportField, type ImportPlan, type RowProblem, type ValueList } from '@shared/import/domain';
import type { IsoDate } from '@shared/kernel/dates';
import type { AccessRoute, Gender, Programme, ResidenceStatus } from '@shared/kernel/vocabulary';
import { checkCaseDates } from '../cases';
import { AppError } from '../kernel/errors';
import { readDate, readWholeNumber, type DateKind } from './dates';
import { splitName } from './names';
import { cellString, valueKeyOf, type Cell } from './sheet';
import { cellAt, columnRef, listTexts, splitMultiple, splitStatusText, type ChosenTable } from './table';
import { suggestValue, type Account } from './suggestions';

/**
 * One list row turned into a case as the case form would make it (same schema, same date rules),
 * or into the reasons it cannot be: each with the row number, the column and a message key.
 */

export interface RowContext {
  plan: ImportPlan;
  table: ChosenTable;
  today: IsoDate;
  selfId: string;
  accounts: readonly Account[];
  date1904: boolean;
}

export interface ReadRow {
  number: number;
  fields: CaseFields;
  status: StatusInput | null;
  remark: string | null;
  counsellorId: string;
}

/** Journal notes hold 20,000 characters; the remark shares its entry with the heading line. */
const REMARK_MAXIMUM = 19_900;
/** What a spreadsheet would read as a formula: kept as text here, and said so. */
const FORMULA_START = /^[=+\-@]/;

/** Case fields whose schema errors belong to an import field (its column). */
const FIELD_SOURCE: Partial<Record<keyof CaseFields, ImportField>> = {
  birthDate: 'birthDate',
  gender: 'gender',
  nationalities: 'nationality',
  countryOfOrigin: 'countryOfOrigin',
  languages: 'languages',
  entryDate: 'entryDate',
  schoolYears: 'schoolYears',
  programme: 'programme',
  accessRoute: 'accessRoute',
  intakeDate: 'intakeDate',
};

class RowReader {
  readonly problems: RowProblem[] = [];
  readonly notes: RowProblem[] = [];

  constructor(
    private readonly context: RowContext,
    private readonly number: number,
    private readonly cells: readonly Cell[],
  ) {}

  cell(field: ImportField): Cell {
    return cellAt(this.context.table, this.cells, field);
  }

  text(field: ImportField): string {
    return cellString(this.cell(field));
  }

  problem(field: ImportField | null, messageKey: string, params: Record<string, string | number> = {}): void {
    this.problems.push({ row: this.number, column: field ? columnRef(this.context.table, field) : null, messageKey, params });
  }

  note(field: ImportField | null, messageKey: string, params: Record<string, string | number> = {}): void {
    this.notes.push({ row: this.number, column: field ? columnRef(this.context.table, field) : null, messageKey, params });
  }

  date(field: ImportField, kind: DateKind, cell: Cell = this.cell(field)): IsoDate | null {
    const reading = readDate(cell, kind, this.context.today, this.context.date1904);
    if (!reading.ok) {
      this.problem(field, reading.messageKey, reading.params);
      return null;
    }
    if (reading.note) this.note(field, reading.note.messageKey, reading.note.params);
    return reading.date;
  }

  /** The mapped code of one list value; undefined for an empty cell, null (with a problem) when unmapped. */
  listValue(field: ImportField, text: string): string | null {
    const list = LIST_OF_FIELD[field] as ValueList;
    const chosen = this.context.plan.values[list]?.[valueKeyOf(text)];
    const code = chosen === undefined ? suggestValue(list, text, this.context.accounts, this.context.selfId) : chosen;
    if (code === null)
      this.problem(field, list === 'counsellor' ? 'import.row.counsellorUnmapped' : 'import.row.valueUnmapped', {
        value: text.slice(0, 60),
      });
    return code;
  }

  single(field: ImportField): string | null | undefined {
    const [text] = listTexts(field, this.cell(field));
    return text === undefined ? undefined : this.listValue(field, text);
  }

  plainText(field: ImportField): string | null {
    const text = this.text(field);
    if (FORMULA_START.test(text)) this.note(field, 'import.note.formulaText', { first: text.charAt(0) });
    return text === '' ? null : text;
  }

  names(): { familyName: string; givenNames: string } | null {
    const { columnOf } = this.context.table;
    let familyName = this.plainText('familyName') ?? '';
    let givenNames = this.plainText('givenNames') ?? '';
    const full = this.plainText('fullName');
    if (full !== null && (familyName === '' || givenNames === '')) {
      const split = splitName(full, this.context.plan.nameOrder);
      if (!split.ok) {
        this.problem('fullName', 'import.row.nameNotSplit', { value: full.slice(0, 60) });
        return null;
      }
      familyName ||= split.familyName;
      givenNames ||= split.givenNames;
    }
    if (familyName === '' || givenNames === '') {
      const field: ImportField = columnOf.fullName !== undefined ? 'fullName' : familyName === '' ? 'familyName' : 'givenNames';
      this.problem(field, 'import.row.nameMissing');
      return null;
    }
    if (/\p{N}/u.test(familyName + givenNames)) {
      this.problem(columnOf.fullName !== undefined ? 'fullName' : 'familyName', 'import.row.nameHasDigits');
      return null;
    }
    return { familyName, givenNames };
  }

  status(): StatusInput | null {
    const text = this.text('status');
    const { status: words, until } = splitStatusText(text);
    let code = words === '' ? null : (this.listValue('status', words) as ResidenceStatus | null);
    const untilColumn = this.cell('statusValidUntil');
    let validUntil = this.date('statusValidUntil', 'other', untilColumn);
    if (validUntil === null && cellString(untilColumn) === '' && until !== '') validUntil = this.date('status', 'other', until);
    const validFrom = this.date('statusValidFrom', 'other');
    if (code === null && words === '' && (validUntil !== null || validFrom !== null)) {
      // A "Duldung bis" column without a status column: the header names the status.
      const header = columnRef(this.context.table, 'statusValidUntil')?.header ?? '';
      if (/^duldung/i.test(header.trim())) {
        code = 'duldung60a';
        this.note('statusValidUntil', 'import.note.statusFromHeader');
      } else {
        this.problem('statusValidUntil', 'import.row.statusMissing');
        return null;
      }
    }
    if (code === null) return null;
    const parsed = statusInputSchema.safeParse({
      status: code,
      validFrom,
      validUntil,
      workPermission: null,
      residenceObligation: null,
      identityClarified: null,
      documentSeenOn: null,
    });
    if (!parsed.success) {
      this.problem('statusValidUntil', parsed.error.issues[0]?.message ?? 'validation.invalid');
      return null;
    }
    return parsed.data;
  }
}

function schemaProblems(reader: RowReader, fields: unknown): CaseFields | null {
  const parsed = caseFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof CaseFields;
    const source = FIELD_SOURCE[key] ?? (key === 'familyName' || key === 'givenNames' ? 'fullName' : null);
    reader.problem(source, issue.message.startsWith('validation.') ? issue.message : 'validation.invalid');
  }
  return null;
}

export function readRow(
  context: RowContext,
  number: number,
  cells: readonly Cell[],
): { row: ReadRow | null; problems: RowProblem[]; notes: RowProblem[] } {
  const reader = new RowReader(context, number, cells);
  const { defaults } = context.plan;
  const names = reader.names();
  const birthDate = reader.date('birthDate', 'birth');
  const gender = (reader.single('gender') ?? 'notStated') as Gender | null;
  const nationalities = listTexts('nationality', reader.cell('nationality')).map((text) => reader.listValue('nationality', text));
  const countryOfOrigin = reader.single('countryOfOrigin');
  const languagesText = reader.plainText('languages');
  const languages = languagesText === null ? [] : splitMultiple(languagesText);
  const entryDate = reader.date('entryDate', 'other');
  const intakeDate = reader.date('intakeDate', 'other') ?? defaults.intakeDate;
  const programme = (reader.single('programme') ?? defaults.programme) as Programme | null;
  const accessRoute = (reader.single('accessRoute') ?? defaults.accessRoute) as AccessRoute | null;
  const schoolYears = readWholeNumber(reader.cell('schoolYears'));
  if (!schoolYears.ok) reader.problem('schoolYears', schoolYears.messageKey, schoolYears.params);
  const status = reader.status();
  const counsellorId = reader.single('counsellor') ?? context.selfId;
  const remark = reader.plainText('remark');
  if (remark !== null && remark.length > REMARK_MAXIMUM) reader.problem('remark', 'import.row.tooLong', { max: REMARK_MAXIMUM });
  if (
    reader.problems.length > 0 ||
    names === null ||
    gender === null ||
    programme === null ||
    accessRoute === null ||
    counsellorId === null
  ) {
    return { row: null, problems: reader.problems, notes: reader.notes };
  }
  if (nationalities.includes(null) || countryOfOrigin === null) return { row: null, problems: reader.problems, notes: reader.notes };
  const fields = schemaProblems(reader, {
    ...names,
    birthDate,
    gender,
    nationalities: [...new Set(nationalities)],
    countryOfOrigin: countryOfOrigin ?? null,
    languages,
    interpreterNeeded: false,
    entryDate,
    housing: null,
    benefits: null,
    schoolYears: schoolYears.ok ? schoolYears.value : null,
    schoolCertificate: null,
    schoolCountry: null,
    germanLevel: null,
    germanCertificate: null,
    workExperience: null,
    programme,
    accessRoute,
    intakeDate,
    phase: 'intake',
    specialCategoryNotes: null,
  });
  if (fields === null) return { row: null, problems: reader.problems, notes: reader.notes };
  try {
    checkCaseDates(fields, context.today);
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    for (const [key, messageKey] of Object.entries(error.fields)) reader.problem(FIELD_SOURCE[key as keyof CaseFields] ?? null, messageKey);
    return { row: null, problems: reader.problems, notes: reader.notes };
  }
  return { row: { number, fields, status, remark, counsellorId }, problems: [], notes: reader.notes };
}
