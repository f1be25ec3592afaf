import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';
import { countryCodeSchema } from '../kernel/countries';
import { accessRouteSchema, genderSchema, programmeSchema, residenceStatusSchema } from '../kernel/vocabulary';

/**
 * Taking over a caseload from an Excel or CSV list (issue 11): the fields a column can feed, the
 * plan the counsellor builds step by step (sheet, header row, columns, values, defaults, duplicate
 * decisions), and what the dry run and the import answer. Messages are i18n keys with parameters;
 * the core never sends the file's name and never logs a value.
 */

/** Hard bounds: a file beyond one is refused as a whole with its own message, nothing is half read. */
export const IMPORT_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Data rows below the header row. */
  rows: 20_000,
  columns: 200,
  cellCharacters: 20_000,
  /** Everything an .xlsx expands to (its XML parts); checked while inflating, so a zip bomb stops early. */
  inflatedBytes: 100 * 1024 * 1024,
  /** Rows a header may be searched in, and rows the preview shows. */
  headerSearchRows: 20,
  previewRows: 12,
  /** Errors, notes and duplicates listed in a dry run (all are counted). */
  listedProblems: 300,
} as const;

export const IMPORT_FIELDS = [
  'fullName',
  'familyName',
  'givenNames',
  'birthDate',
  'gender',
  'nationality',
  'countryOfOrigin',
  'languages',
  'entryDate',
  'intakeDate',
  'programme',
  'accessRoute',
  'status',
  'statusValidFrom',
  'statusValidUntil',
  'counsellor',
  'schoolYears',
  'remark',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const importFieldSchema = z.enum(IMPORT_FIELDS);

/** Columns whose values are mapped to a fixed list, each distinct value once. */
export const VALUE_LISTS = ['status', 'gender', 'country', 'programme', 'accessRoute', 'counsellor'] as const;
export type ValueList = (typeof VALUE_LISTS)[number];

/** Which list a field's values belong to (nationality and country of origin share the country list). */
export const LIST_OF_FIELD: Partial<Record<ImportField, ValueList>> = {
  status: 'status',
  gender: 'gender',
  nationality: 'country',
  countryOfOrigin: 'country',
  programme: 'programme',
  accessRoute: 'accessRoute',
  counsellor: 'counsellor',
};

/** How a combined name column is split: "Haddad, Rami" always family first; without a comma as chosen. */
export const NAME_ORDERS = ['givenFirst', 'familyFirst'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];

export const DUPLICATE_DECISIONS = ['skip', 'import', 'merge'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];

const valueKey = z.string().max(400);
const valueMap = <T extends z.ZodType>(code: T) => z.record(valueKey, code.nullable());

/** The counsellor's choice per distinct value (key = the value as the core normalised it); null = not mapped. */
export const valueMappingSchema = z.strictObject({
  status: valueMap(residenceStatusSchema).optional(),
  gender: valueMap(genderSchema).optional(),
  country: valueMap(countryCodeSchema).optional(),
  programme: valueMap(programmeSchema).optional(),
  accessRoute: valueMap(accessRouteSchema).optional(),
  counsellor: valueMap(z.string().min(1).max(64)).optional(),
});
export type ValueMapping = z.infer<typeof valueMappingSchema>;

export const importDefaultsSchema = z.strictObject({
  programme: programmeSchema,
  accessRoute: accessRouteSchema,
  /** For rows without an intake date (Eintritt/Aufnahme). */
  intakeDate: isoDateSchema,
});
export type ImportDefaults = z.infer<typeof importDefaultsSchema>;

export const columnMappingSchema = z.strictObject({ column: z.number().int().min(0).max(1000), field: importFieldSchema });

/** Where the table is: the sheet (0 for CSV), the header row and the mapped columns. */
export const tableChoiceSchema = z.strictObject({
  sheet: z.number().int().min(0).max(1000),
  headerRow: z
    .number()
    .int()
    .min(0)
    .max(IMPORT_LIMITS.headerSearchRows * 10),
  columns: z.array(columnMappingSchema).max(IMPORT_LIMITS.columns),
});
export type TableChoice = z.infer<typeof tableChoiceSchema>;

export const importPlanSchema = tableChoiceSchema.extend({
  nameOrder: z.enum(NAME_ORDERS),
  values: valueMappingSchema,
  defaults: importDefaultsSchema,
  /** Per row number of a duplicate: what to do (default skip). */
  duplicates: z.record(z.string().regex(/^\d{1,7}$/), z.enum(DUPLICATE_DECISIONS)),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

export const sheetInfoSchema = z.object({ index: z.number().int(), name: z.string(), rows: z.number().int(), columns: z.number().int() });

export const openedFileSchema = z.object({
  cancelled: z.literal(false),
  kind: z.enum(['xlsx', 'csv']),
  bytes: z.number().int(),
  sha256: z.string(),
  /** CSV only: how the text was decoded and split. */
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le']).nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(sheetInfoSchema),
});

export const columnInfoSchema = z.object({
  index: z.number().int(),
  /** Spreadsheet letter (A, B, … AA) — what a counsellor sees in Excel. */
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
  suggestion: importFieldSchema.nullable(),
});
export type ColumnInfo = z.infer<typeof columnInfoSchema>;

export const previewSchema = z.object({
  sheet: z.number().int(),
  headerRow: z.number().int(),
  headerFound: z.boolean(),
  /** The first rows as text, with their row number in the file (1-based, as Excel shows it). */
  rows: z.array(z.object({ index: z.number().int(), number: z.number().int(), cells: z.array(z.string()) })),
  columns: z.array(columnInfoSchema),
  nameOrder: z.enum(NAME_ORDERS),
  dataRows: z.number().int(),
});
export type ImportPreview = z.infer<typeof previewSchema>;

export const valueChoiceSchema = z.object({
  key: z.string(),
  /** The value as first written in the list. */
  label: z.string(),
  count: z.number().int(),
  suggestion: z.string().nullable(),
});
export type ValueChoice = z.infer<typeof valueChoiceSchema>;

export const valuesSchema = z.object({
  lists: z.object({
    status: z.array(valueChoiceSchema),
    gender: z.array(valueChoiceSchema),
    country: z.array(valueChoiceSchema),
    programme: z.array(valueChoiceSchema),
    accessRoute: z.array(valueChoiceSchema),
    counsellor: z.array(valueChoiceSchema),
  }),
  /** Active counsellor accounts a "Zuständig" value can map to; the caller's own first. */
  counsellors: z.array(z.object({ id: z.string(), name: z.string(), isSelf: z.boolean() })),
});
export type ImportValues = z.infer<typeof valuesSchema>;

export const cellRefSchema = z.object({ index: z.number().int(), letter: z.string(), header: z.string() });

export const rowProblemSchema = z.object({
  row: z.number().int(),
  column: cellRefSchema.nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const duplicateSchema = z.object({
  row: z.number().int(),
  /** Another case in the vault (its code; own = the caller's caseload) or an earlier row of the list. */
  match: z.enum(['case', 'row']),
  code: z.string().nullable(),
  own: z.boolean(),
  otherRow: z.number().int().nullable(),
  decision: z.enum(DUPLICATE_DECISIONS),
});
export type ImportDuplicate = z.infer<typeof duplicateSchema>;

export const dryRunSchema = z.object({
  dataRows: z.number().int(),
  emptyRows: z.number().int(),
  ignoredRows: z.number().int(),
  create: z.number().int(),
  merge: z.number().int(),
  skip: z.number().int(),
  errorRows: z.number().int(),
  withStatus: z.number().int(),
  withRemark: z.number().int(),
  assigned: z.array(z.object({ counsellorId: z.string(), name: z.string(), isSelf: z.boolean(), count: z.number().int() })),
  errors: z.array(rowProblemSchema),
  errorCount: z.number().int(),
  notes: z.array(rowProblemSchema),
  noteCount: z.number().int(),
  duplicates: z.array(duplicateSchema),
  duplicateCount: z.number().int(),
});
export type DryRun = z.infer<typeof dryRunSchema>;

export const commitResultSchema = z.object({
  batchId: z.string(),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  errorRows: z.number().int(),
  /** The first created case, to open it from the closing screen. */
  firstCaseId: z.string().nullable(),
});

export const batchSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  fileKind: z.enum(['xlsx', 'csv']),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  errorRows: z.number().int(),
  /** Cases still linked to the batch (fewer than created + merged after a partial undo or an erasure). */
  linked: z.number().int(),
  partlyUndone: z.boolean(),
});
export type ImportBatch = z.infer<typeof batchSchema>;

export const undoPreviewSchema = z.object({
  unchanged: z.number().int(),
  changed: z.array(z.object({ code: z.string(), row: z.number().int() })),
});

/** A saved mapping: columns by their header text, so the next list of the same shape maps itself. */
export const profileMappingSchema = z.strictObject({
  columns: z.array(z.strictObject({ header: z.string().max(200), field: importFieldSchema })).max(IMPORT_LIMITS.columns),
  nameOrder: z.enum(NAME_ORDERS),
  values: valueMappingSchema,
  defaults: importDefaultsSchema.pick({ programme: true, accessRoute: true }),
});
export type ProfileMapping = z.infer<typeof profileMappingSchema>;

export const profileSchema = z.object({ id: z.string(), name: z.string(), updatedAt: z.string(), mapping: profileMappingSchema });
export type ImportProfile = z.infer<typeof profileSchema>;

export const profileNameSchema = z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong');
