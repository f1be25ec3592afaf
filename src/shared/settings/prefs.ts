import { z } from 'zod';
import { wholeNumberIn } from '../kernel/spec';

/**
 * Per-user UI preferences, kept in the vault (not in the renderer's storage, which is unencrypted
 * and shared by everyone using the workstation). A closed list of keys, each with its own schema.
 */

/** Columns the case list can show, in their default order. */
export const CASE_LIST_COLUMNS = [
  'code',
  'name',
  'documentName',
  'birthDate',
  'age',
  'status',
  'statusUntil',
  'nextDeadline',
  'phase',
  'programme',
  'counsellor',
  'intakeDate',
] as const;
export type CaseListColumn = (typeof CASE_LIST_COLUMNS)[number];
export const caseListColumnSchema = z.enum(CASE_LIST_COLUMNS);

/**
 * Fits a 1024 px window without sideways scrolling. The counsellor column is a choice: the list
 * holds the counsellor's own cases (and colleagues' only after a break-the-glass access).
 */
export const DEFAULT_CASE_LIST_COLUMNS: readonly CaseListColumn[] = ['code', 'name', 'status', 'statusUntil', 'nextDeadline', 'phase'];

/** Row height of the case list: one line per case either way; compact fits about a third more rows. */
export const CASE_LIST_DENSITIES = ['comfortable', 'compact'] as const;
export type CaseListDensity = (typeof CASE_LIST_DENSITIES)[number];

/** "Heute": a case counts as without contact once its last journal entry is older than this many weeks. */
export const NO_CONTACT_WEEKS = { min: 1, max: 52, default: 4 } as const;
const noContactWeeksSchema = wholeNumberIn(NO_CONTACT_WEEKS, 'validation.noContactWeeks');

const caseListColumnsSchema = z
  .array(caseListColumnSchema)
  .min(1, 'validation.columnsRequired')
  .max(CASE_LIST_COLUMNS.length, 'validation.tooMany')
  .refine((columns) => new Set(columns).size === columns.length, 'validation.duplicate');

const caseListSortSchema = z.strictObject({ column: caseListColumnSchema, descending: z.boolean() });

/** Every preference: its schema and its value when nothing is stored. */
export const PREFERENCES = {
  'caseList.columns': { schema: caseListColumnsSchema, default: [...DEFAULT_CASE_LIST_COLUMNS] },
  'caseList.sort': { schema: caseListSortSchema, default: { column: 'code', descending: false } },
  'caseList.density': { schema: z.enum(CASE_LIST_DENSITIES), default: 'comfortable' },
  'home.noContactWeeks': { schema: noContactWeeksSchema, default: NO_CONTACT_WEEKS.default },
} as const satisfies Record<string, { schema: z.ZodType; default: unknown }>;

export const PREFERENCE_KEYS = [
  'caseList.columns',
  'caseList.sort',
  'caseList.density',
  'home.noContactWeeks',
] as const satisfies readonly (keyof typeof PREFERENCES)[];
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];
export const preferenceKeySchema = z.enum(PREFERENCE_KEYS);

/** `{ key, value }` with the value checked by its key's schema. */
export const preferenceSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('caseList.columns'), value: PREFERENCES['caseList.columns'].schema }),
  z.strictObject({ key: z.literal('caseList.sort'), value: PREFERENCES['caseList.sort'].schema }),
  z.strictObject({ key: z.literal('caseList.density'), value: PREFERENCES['caseList.density'].schema }),
  z.strictObject({ key: z.literal('home.noContactWeeks'), value: PREFERENCES['home.noContactWeeks'].schema }),
]);
export type Preference = z.infer<typeof preferenceSchema>;
export type PreferenceValue<K extends PreferenceKey> = Extract<Preference, { key: K }>['value'];
