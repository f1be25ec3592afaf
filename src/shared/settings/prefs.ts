import { z } from 'zod';

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

export const DEFAULT_CASE_LIST_COLUMNS: readonly CaseListColumn[] = [
  'code',
  'name',
  'status',
  'statusUntil',
  'nextDeadline',
  'phase',
  'counsellor',
];

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
} as const satisfies Record<string, { schema: z.ZodType; default: unknown }>;

export const PREFERENCE_KEYS = ['caseList.columns', 'caseList.sort'] as const satisfies readonly (keyof typeof PREFERENCES)[];
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];
export const preferenceKeySchema = z.enum(PREFERENCE_KEYS);

/** `{ key, value }` with the value checked by its key's schema. */
export const preferenceSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('caseList.columns'), value: PREFERENCES['caseList.columns'].schema }),
  z.strictObject({ key: z.literal('caseList.sort'), value: PREFERENCES['caseList.sort'].schema }),
]);
export type Preference = z.infer<typeof preferenceSchema>;
export type PreferenceValue<K extends PreferenceKey> = Extract<Preference, { key: K }>['value'];
